"""Issue 11, ninth round: articles of tests/data/temporal_probe9 (written for these tests, not taken from any
corpus, annotated before the tagger was run on them) and the fixes made after them, each with cases where the
reading must stay as it was.

Each gold expression must be found (a tagged span overlapping it: the TempEval relaxed match) with the gold
type and value; every tagged span must overlap a gold or an optional expression (no spurious spans). Cases
still failing are marked xfail with the reason.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import timeline

sys.path.insert(0, str(Path(__file__).parent))
from temporal_probe import ProbeSet, load  # noqa: E402

DATA = Path(__file__).parent / "data" / "temporal_probe9"
ARTICLES = load(DATA)

_PART_OF_DAY_TYPE = ("a day with a part of it ('Monday night', 'that evening') is typed DATE, as TimeBank and "
                     "AQUAINT mostly do (13 of 18 in the tuned half); the annotation here followed the guidelines' "
                     "TIME")
# (article, span, nth occurrence among that article's gold entries with this span) -> reason
XFAIL: dict[tuple[str, str, int], str] = {
    ("b_council", "Monday night", 1): _PART_OF_DAY_TYPE,
    ("e_port", "Wednesday evening", 1): _PART_OF_DAY_TYPE,
    ("h_mine", "that evening", 1): _PART_OF_DAY_TYPE,
    ("h_mine", "the following morning", 1): _PART_OF_DAY_TYPE,
    ("f_diversion", "that evening", 1): _PART_OF_DAY_TYPE,
    ("d_transfer", "hours", 1): "open",
    ("f_diversion", "04:10", 1): "open",
    ("f_diversion", "06:30", 1): "open",
    ("h_mine", "the time", 1): "open",
    ("h_mine", "the end of the week", 1): "open",
    ("i_transit", "the spring", 1): "open",
    ("i_transit", "the time", 1): "open",
    ("j_corn", "December", 1): "open",
    ("j_corn", "Recent", 1): "open",
    ("k_pharma", "mid-June", 1): "open",
}

PROBE = ProbeSet(ARTICLES, XFAIL)


@pytest.mark.parametrize("name,start,end,type_,value", list(PROBE.gold_cases()))
def test_gold_expression_found_with_its_value(name, start, end, type_, value):
    hits = PROBE.hits(name, start, end)
    assert hits, f"missed {ARTICLES[name]['text'][start:end]!r}"
    if value is not None:
        got = {(t.type, t.value) for t in hits}
        assert (type_, value) in got, got


@pytest.mark.parametrize("name", list(ARTICLES))
def test_no_spurious_span(name):
    spurious = PROBE.spurious(name)
    assert not spurious, spurious


def _found(sentence: str, pub: str) -> dict[str, tuple[str, str]]:
    return {t.text: (t.type, t.value) for t in timeline.tag(sentence, pub_date=pub)}


# 1. A proper noun in front of a verb is no auxiliary: the month "May" before a participle made its clause a
# modal's future ("hitting a record in May before falling": the participle read "may" as its modal).
# Published Wednesday 2022-08-24.
WED = "2022-08-24"


@pytest.mark.parametrize("sentence,span,value", [
    ("Prices have swung wildly, hitting a record in May before falling by mid-July.", "May", "2022-05"),
    ("Shares peaked in May before sliding in June.", "June", "2022-06"),
    # left as they were: the modal itself still looks forward
    ("The board may meet on Friday.", "Friday", "2022-08-26"),
    ("Talks might resume on Monday.", "Monday", "2022-08-29"),
])
def test_month_may_is_no_modal(sentence, span, value):
    assert _found(sentence, WED).get(span) == ("DATE", value)
