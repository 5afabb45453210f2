"""The vocabulary files are data the code reads by key: a key written twice in one object is silently the last
one's (JSON keeps the last), which once replaced a list another module read. Every object of every vocabulary
file has each key once."""

import json
from pathlib import Path

import pytest

FILES = sorted((Path(__file__).parents[1] / "timeline").rglob("*.json"))


def _no_repeated_keys(pairs):
    keys = [k for k, _ in pairs]
    repeated = sorted({k for k in keys if keys.count(k) > 1})
    assert not repeated, f"keys written twice: {repeated}"
    return dict(pairs)


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(p.parents[2])))
def test_each_key_once(path):
    json.loads(path.read_text(encoding="utf-8"), object_pairs_hook=_no_repeated_keys)


def test_the_check_catches_a_repeated_key():
    with pytest.raises(AssertionError):
        json.loads('{"linking_verbs": [1], "linking_verbs": [2]}', object_pairs_hook=_no_repeated_keys)
