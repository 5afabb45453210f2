"""The entity and timeline word lists, loaded once from ``vocab.json``."""

from __future__ import annotations

import functools
import json
from pathlib import Path


@functools.lru_cache(maxsize=1)
def vocab() -> dict:
    return json.loads((Path(__file__).with_name("vocab.json")).read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=None)
def words(key: str) -> frozenset[str]:
    # cached: rules ask per token (is_predicate, name keys)
    return frozenset(vocab()[key])


@functools.lru_cache(maxsize=1)
def synonym_groups() -> dict[str, int]:
    """lemma -> the index of its synonym group (a lemma in no group is its own)."""
    return {w: i for i, group in enumerate(vocab()["predicate_synonyms"]) for w in group}
