"""The held-out sets 2 to 21 of issue 12 (events) and 3 to 21 of issue 11 (TIMEX3), each scored against the floors
of ``tests/data/heldout_sets.toml``, which also records where each set came from and how its figures moved. Set 1
of the events, and the event scoring all sets share, are ``tests/test_events_heldout.py``.

    python tests/test_heldout_sets.py events 19

prints every row of event set 19, as ``tests/test_events_heldout.py`` does for set 1: only for a set that is no
longer blind (``tests/heldout_aggregate.py`` measures a blind one without showing its text)."""

from __future__ import annotations

import argparse
import functools
import json
import re
import sys
import tomllib
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
import events_gold  # noqa: E402
import test_events_heldout as heldout  # noqa: E402
from timeline.eval.tempeval import evaluate  # noqa: E402

DATA = Path(__file__).parent / "data"
SETS = tomllib.loads((DATA / "heldout_sets.toml").read_text(encoding="utf-8"))
EVENTS = sorted(SETS["events"], key=int)
TIMEX = sorted(SETS["timex"], key=int)
EVENT_FIELDS = {"fully_right", "date", "trigger", "subject", "asserted", "absent"}
TIMEX_FIELDS = {"strict_f1", "relaxed_f1", "type_f1", "value_f1"}


def load(n: str | int) -> list[dict]:
    return json.loads((DATA / f"events_heldout{n}" / f"heldout{n}.json").read_text(encoding="utf-8"))["documents"]


@functools.cache
def scored(n: str):
    # the pipeline run is the slow part: once per set, however many tests read it
    docs = load(n)
    return heldout.score(events_gold.run(docs), docs)


def check_timex_floors(folder: Path, floors: dict, min_gold: int) -> None:
    """Every TIMEX3 held-out set: enough gold expressions, and each F1 at or above its floor."""
    scores = evaluate(folder).overall.scores()
    assert scores["n_gold"] >= min_gold
    low = {k: round(scores[k], 4) for k, floor in floors.items() if scores[k] < floor}
    assert not low, f"below floor: {low} (floors {floors})"


@pytest.mark.parametrize("n", EVENTS)
def test_events_set_is_well_formed(n):
    heldout.check_well_formed(load(n), SETS["events"][n]["docs"])


@pytest.mark.parametrize("n", EVENTS)
def test_events_floors(n):
    heldout.check_floors(scored(n), SETS["events"][n]["floor"])


@pytest.mark.parametrize("n", TIMEX)
def test_timex_floors(n):
    entry = SETS["timex"][n]
    check_timex_floors(DATA / f"timex_heldout{n}", entry["floors"], entry["min_gold"])


def test_every_set_folder_has_floors_and_every_floor_a_folder():
    # a set committed without its table would never be scored, and nothing else would say so
    for kind in ("events", "timex"):
        folders = {m[1] for p in DATA.iterdir() if p.is_dir() and (m := re.fullmatch(kind + r"_heldout(\d+)", p.name))}
        assert folders == set(SETS[kind]), (kind, sorted(folders ^ set(SETS[kind]), key=int))


def test_every_set_gives_every_floor():
    # check_timex_floors tests only the floors it is given: a missing one would pass unnoticed
    for n, entry in SETS["events"].items():
        assert set(entry["floor"]) == EVENT_FIELDS and entry["docs"] > 0 and entry["about"], n
    for n, entry in SETS["timex"].items():
        assert set(entry["floors"]) == TIMEX_FIELDS and entry["min_gold"] > 0 and entry["about"], n


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description="Every row of one held-out event set, then its figures.")
    ap.add_argument("kind", choices=["events"])
    ap.add_argument("n", help="set number (1 is tests/data/events_heldout)")
    args = ap.parse_args(argv)
    heldout.main(None if args.n == "1" else load(args.n))


if __name__ == "__main__":
    main()
