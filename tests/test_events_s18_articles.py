"""The s18 round's 22 articles of its own (tests/data/events_subjects_s18: texts committed before the tool ran on
them, expected subjects and sources in expected.tsv; classes in docs/subjects_s18_classes.md). A floor: main
e3d3d45 had 14 wrong subjects and 2 wrong sources of 186 rows; the round left 9 and 0 (7 of them wrong triggers or
parser splits). ``python tests/data/events_subjects_s18/score.py`` prints every row."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "data" / "events_subjects_s18"))
import score  # noqa: E402


def test_s18_articles_subjects_and_sources():
    wrong_subjects, wrong_sources, rows = score.score()
    assert rows == 186
    assert wrong_subjects <= 9
    assert wrong_sources == 0
