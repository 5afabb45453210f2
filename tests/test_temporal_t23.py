"""Temporal helper t23 (issue 11, generalisation to unseen news): tests/data/temporal_probe_t23, twelve wire-style
texts of our own in kinds the earlier probes lack, annotated and committed before the tagger ran on them, scored by
overlap as tests/temporal_probe.py does; and the classes fixed from it, each with positive and negative sentences of
our own. ``python tests/test_temporal_t23.py`` prints the probe's misses, wrong values and spurious spans."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from temporal_probe import ProbeSet, gold_offsets, load  # noqa: E402
from test_temporal_news3 import _check  # noqa: E402  (one set of probe helpers)

import timeline  # noqa: E402

DATA = Path(__file__).parent / "data" / "temporal_probe_t23"
ARTICLES = load(DATA)
PROBE = ProbeSet(ARTICLES, {})
DATA_B = Path(__file__).parent / "data" / "temporal_probe_t23b"
ARTICLES_B = load(DATA_B)
PROBE_B = ProbeSet(ARTICLES_B, {})

# The set's figures: first run to be filled in. Floors at the end figures (raise, never lower).
FLOOR_FOUND, FLOOR_RIGHT = 0, 0


def test_probe_t23_floor():
    found, right = PROBE.found_and_right()
    assert found >= FLOOR_FOUND and right >= FLOOR_RIGHT, (found, right)


def report(articles=ARTICLES, probe=PROBE) -> None:
    for name, art in articles.items():
        for start, end, type_, value, _ in gold_offsets(art):
            hits = probe.hits(name, start, end)
            span = art["text"][start:end]
            got = [(t.text, t.type, t.value) for t in hits]
            if not hits:
                print(f"MISS  {name}: {span!r} ({type_} {value})")
            elif value is not None and (type_, value) not in {(t.type, t.value) for t in hits}:
                print(f"VALUE {name}: {span!r} gold {type_} {value}, got {got}")
        for text, value in probe.spurious(name):
            print(f"SPUR  {name}: {text!r} {value}")
    print(probe.found_and_right(), "of", sum(len(a["gold"]) for a in articles.values()))


if __name__ == "__main__":
    report()
    report(ARTICLES_B, PROBE_B)
