"""Triggers/rows helper g17e (issue 12, session 17): classes from the reviewer's round 2 (errors already in BASE),
with sentences written here (not from any corpus or held-out text); the probe (``tests/data/events_probe22/probe.json``)
was committed before the tool ran on it. ``python tests/test_events_g17e.py`` prints every probe row."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_events_v6 import rows_of  # noqa: E402
from events_probe import print_probe, probe_score  # noqa: E402

PROBE = Path(__file__).parent / "data" / "events_probe22" / "probe.json"
PUB = "2025-06-12"


def _probe_score() -> tuple[int, list[str]]:
    return probe_score(PROBE, PUB, rows_of)


def main() -> None:
    print_probe(_probe_score(), "probe22")


if __name__ == "__main__":
    main()


import pytest  # noqa: E402
from test_events_v6 import row_of  # noqa: E402


# --- E1: a past verb acting on a plan noun ("abandoned its attempt to stage ...") is what a past time dates ---------

@pytest.mark.parametrize("text,timex,trigger", [
    ("Lisbon abandoned its attempt to stage the 2030 regatta last week.", "last week", "abandoned"),
    ("The insurer withdrew its offer to buy the rival firm in May.", "May", "withdrew"),
    ("The mayor scrapped a proposal to close the night market in February.", "February", "scrapped"),
    # negative: a light verb keeps the noun; a time ahead stays on the infinitive
    ("Lisbon withdrew its bid to host the regatta in 2031.", "2031", "host"),
    ("The council approved a plan to close the depot in March.", "March", "close"),
    ("Police withdrew to let the crowd pass on Friday.", "Friday", "pass"),
    ("The ministry plans to open a new hospital in 2027.", "2027", "open"),
    # negative: the ending has a time of its own, so the plan's time is the plan's (found by test_summaries_v17)
    ("The board rejected a bid on Monday to buy the club in April.", "April", "buy"),
])
def test_past_verb_on_plan_noun(text, timex, trigger):
    assert row_of(text, timex, PUB)["trigger"] == trigger


# --- E2: a bare season sorting a thing by kind ("in winter conditions", "winter tyres") dates nothing ---------------

@pytest.mark.parametrize("text,timex", [
    ("The pair became the first to ski the ridge in winter conditions.", "winter"),
    ("Garages reported a rush on winter tyres on Monday.", "winter"),
    ("The retailer cut prices on its summer clothing ahead of the sale.", "summer"),
])
def test_season_of_a_kind_dates_nothing(text, timex):
    df = rows_of(text, PUB)
    hit = df[df["timex_text"].fillna("").str.contains(timex, regex=False)]
    assert hit.empty or isinstance(hit.iloc[0]["no_event"], str), df[["timex_text", "trigger", "no_event"]].to_dict("records")


@pytest.mark.parametrize("text,timex,trigger", [
    # negative: a season as the time of an act, or with a determiner of its own, keeps its row
    ("The pair skied the ridge in winter.", "winter", "skied"),
    ("The storm hit the coast last winter.", "last winter", "hit"),
])
def test_season_as_time_keeps_row(text, timex, trigger):
    assert row_of(text, timex, PUB)["trigger"] == trigger


# --- E3: a verb with a time of its own, then "before/after" a contest with a second time: that time is the contest's -

@pytest.mark.parametrize("text,timex,trigger", [
    ("The team will travel on Saturday before the final on Sunday evening.", "Sunday evening", "final"),
    ("The squad will fly home on Thursday after the match on Wednesday night.", "Wednesday night", "match"),
    # negative: the first time stays the verb's; with no time of its own the verb keeps the later one
    ("The team will travel on Saturday before the final on Sunday evening.", "Saturday", "travel"),
    ("The players trained on Friday and played on Sunday.", "Sunday", "played"),
])
def test_contest_after_own_time(text, timex, trigger):
    assert row_of(text, timex, PUB)["trigger"] == trigger
