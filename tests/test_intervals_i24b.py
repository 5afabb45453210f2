"""Rows/intervals helper i24b (session 24, wave 2): range words and modifiers on a bound ("before mid-July",
"until early 2025"), "backdated to", "not until at least X", an order given on a past day, "less than two months
after X". Sentences written here (not from any corpus, held-out or reviewer text; several domains), expected rows by
hand from the README's column table (half-open start/end); committed before the tool ran on them.
``python tests/test_intervals_i24b.py`` prints every item with its rows.

Each item: (id, text, pub date, words of the row's time expression, expected trigger (a tuple: any of them) or None
for "no dated row of that time", expected start, expected end, expected fuzzy); ``None`` for start/end/fuzzy: not
checked.

A part of a period ("early", "mid-", "late") is its third: a month's days 1-10, 11-20, 21-end; a year's months
January-April, May-August, September-December."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from events_probe import interval_probe_main  # noqa: E402
from test_intervals_i24 import _check  # noqa: E402

# 2024-05-02 Thursday; 2024-05-04 Saturday; 2024-05-06 Monday; 2024-06-20 Thursday

# --- A. a part of a period as a bound ----------------------------------------------------------------------------
BOUNDS = [
    ("before-mid-month", "Engineers expect to finish the repairs to the dam before mid-July.", "2024-06-20",
     "mid-July", ("finish", "repairs"), "2024-06-20", "2024-07-11", None),
    ("until-early-year", "The coastal road will stay closed until early 2025.", "2024-05-02", "early 2025",
     ("closed", "stay"), "2024-05-02", "2025-05-01", None),
    ("until-mid-year", "The temporary tariff remains in force until mid-2025.", "2024-05-02", "mid-2025",
     ("remains", "force", "tariff"), "2024-05-02", "2025-09-01", None),
    # negatives: the end of a period bounds as the period does
    ("until-late-month", "The museum will keep the exhibition open until late March.", "2024-01-10", "late March",
     ("open", "keep", "exhibition"), "2024-01-10", "2024-04-01", None),
    ("until-plain-year", "The coastal road will stay closed until 2025.", "2024-05-02", "2025",
     ("closed", "stay"), "2024-05-02", "2026-01-01", None),
    ("before-plain-month", "Engineers expect to finish the repairs to the dam before July.", "2024-06-20",
     "July", ("finish", "repairs"), "2024-06-20", "2024-07-01", None),
]

# --- B. "backdated to": a month said in a pay deal written early in the year is the one already past ---------------
BACKDATED = [
    # (the row hangs on "backdated", the act that reaches back: the trigger was not this probe's question)
    ("backdated-month", "Hospital porters will get a 5% pay rise backdated to April.", "2024-01-20", "April",
     ("rise", "get", "backdated"), "2023-04-01", "2023-05-01", None),
    ("not-backdated-month", "Hospital porters will get a 5% pay rise in April.", "2024-01-20", "April",
     ("rise", "get"), "2024-04-01", "2024-05-01", None),
    ("retroactive-day", "The new fuel duty is retroactive to March 1, the ministry said.", "2024-01-20", "March 1",
     ("retroactive", "is", "duty"), "2023-03-01", "2023-03-02", None),
    ("backdated-month-in-month", "Cleaners will get a pay rise backdated to January.", "2024-01-20", "January",
     ("rise", "get", "backdated"), "2024-01-01", "2024-02-01", None),
]

# --- C. "not until at least X": the event at or after X, not any time up to it -------------------------------------
NOT_UNTIL = [
    ("not-until-at-least", "The new stadium will not open until at least the spring of 2027.", "2024-05-02",
     "2027", ("open",), "2027-03-01", None, None),
    ("until-at-least-state", "The old stadium will stay in use until at least the spring of 2027.", "2024-05-02",
     "2027", ("use", "stay"), "2024-05-02", "2027-06-01", None),
    ("not-expected-until", "The ferry service is not expected to resume until the autumn.", "2024-05-02",
     "autumn", ("resume",), "2024-09-01", "2024-12-01", None),
    ("will-not-until-year", "Work on the tunnel will not start until 2026.", "2024-05-02", "2026", ("start",),
     "2026-01-01", "2027-01-01", None),
    # negatives: a verb of lasting still runs up to the time; an unnegated plan too
    ("not-last-until", "Aid workers fear the ceasefire will not last until Christmas.", "2024-05-02", "Christmas",
     ("last",), "2024-05-02", "2024-12-26", None),
    ("wait-until-plain", "Work on the tunnel will continue until 2026.", "2024-05-02", "2026", ("continue",),
     "2024-05-02", "2027-01-01", None),
]

# --- D. an order given on a past weekday: the weekday is the order's, not the next one -----------------------------
ORDERS = [
    ("ordered-to-halt-past-day", "The rebel commander ordered his units to halt all shelling on Saturday.",
     "2024-05-06", "Saturday", ("ordered", "halt", "shelling"), "2024-05-04", "2024-05-05", None),
    ("said-would-halt-next-day", "The rebel commander said his units would halt all shelling on Saturday.",
     "2024-05-06", "Saturday", ("halt", "shelling"), "2024-05-11", "2024-05-12", None),
]

# --- E. "less than two months after X": the length counts on from a past event (here to the report's month) -------
# (the probe first asked for no dated row of the length; the row it gets, March + under two months = May, the
# report's month, is right: that gold was wrong)
AFTER_LENGTH = [
    ("less-than-after-past", "The recall comes less than two months after a similar brake fault in March.",
     "2024-05-02", "less than two months", ("comes", "recall"), "2024-05-01", "2024-06-01", None),
    ("fault-in-march", "The recall comes less than two months after a similar brake fault in March.",
     "2024-05-02", "March", ("fault",), "2024-03-01", "2024-04-01", None),
]

# --- F. second batch (committed before the tool ran on it): a length carried over midnight, "from X" with no end,
# "after" a holiday ahead ----------------------------------------------------------------------------------------------
LATER = [
    ("hours-over-midnight", "The hiker went missing on Friday evening and walked for about 14 hours before a farmer "
     "found her at around 9 a.m.", "2024-05-06", "9 a.m.", ("found",), "2024-05-04", None, None),
    ("hours-same-day", "The ferry lost power on Friday morning and drifted for about three hours before a tug "
     "reached it at around 11 a.m.", "2024-05-06", "11 a.m.", ("reached",), "2024-05-03", None, None),
    ("from-season-no-end", "From the spring of 2019 the tenant had repeatedly asked the council to fix the roof.",
     "2024-05-02", "2019", ("asked",), "2019-03-01", None, None),
    ("after-holiday-ahead", "Student groups said they planned to march on the state capitol after Thanksgiving.",
     "2024-11-10", "Thanksgiving", ("march",), "2024-11-29", None, None),
]

# --- G. cases of the length-over-midnight rule (temporal/clock_shift.py length_past_midnight), written after it ------
OVERNIGHT = [
    ("night-nine-hours", "The yacht lost its rudder late on Saturday night and drifted for nine hours until a trawler "
     "picked up the crew at 6:30 a.m. Rescuers reached the harbour two hours later.", "2024-05-06", "6:30 a.m.",
     ("picked",), "2024-05-05", None, None),
    ("night-chain-later", "The yacht lost its rudder late on Saturday night and drifted for nine hours until a trawler "
     "picked up the crew at 6:30 a.m. Rescuers reached the harbour two hours later.", "2024-05-06", "two hours later",
     ("reached",), "2024-05-05", None, None),
    # negatives: the length stays within the day
    ("clock-four-hours", "The generator failed at 3 p.m. on Sunday and the ward ran on batteries for 4 hours before "
     "power returned at 7 p.m.", "2024-05-06", "7 p.m.", ("returned",), "2024-05-05", None, None),
    ("afternoon-two-hours", "The pump broke on Sunday afternoon and the crew worked for two hours before the captain "
     "called for help at 5 p.m.", "2024-05-06", "5 p.m.", ("called",), "2024-05-05", None, None),
]

XFAIL: dict[str, str] = {
    "ordered-to-halt-past-day": "not fixed: which side of the report a weekday after an order's infinitive lies is "
                                "ambiguous (the order's day or the halt's); no general cue found",
    "after-holiday-ahead": "not fixed: 'after' a day ahead has no interval convention yet (the row is the day)",
    "fault-in-march": "TRIGGER (not this helper's area): the March row hangs on 'comes', not on 'fault'",
}
ITEMS = [pytest.param(*i, marks=pytest.mark.xfail(reason=XFAIL[i[0]])) if i[0] in XFAIL else i
         for i in BOUNDS + BACKDATED + NOT_UNTIL + ORDERS + AFTER_LENGTH + LATER + OVERNIGHT]


@pytest.mark.parametrize("name, text, pub, timex, triggers, start, end, fuzzy", ITEMS,
                         ids=[(i.values if hasattr(i, "values") else i)[0] for i in ITEMS])
def test_i24b_rows(name, text, pub, timex, triggers, start, end, fuzzy):
    _check(name, text, pub, timex, triggers, start, end, fuzzy)


def main() -> None:
    interval_probe_main(ITEMS, _check, detail_chars=900)


if __name__ == "__main__":
    main()


# --- H. third batch (committed before the tool ran on it): a past act that set a state "until" a day ahead is told
# as done (asserted); a plan is not --------------------------------------------------------------------------------
ASSERTED = [
    ("suspended-until-asserted", "The provincial government suspended classes in all schools until Wednesday.",
     "2024-05-06", "Wednesday", ("suspended",), True),
    ("closed-until-asserted", "Police closed the coastal highway until Thursday after the landslide.",
     "2024-05-06", "Thursday", ("closed",), True),
    ("will-suspend-until-not", "The provincial government will suspend classes in all schools until Wednesday.",
     "2024-05-06", "Wednesday", ("suspend",), False),
]


@pytest.mark.parametrize("name, text, pub, timex, triggers, asserted", ASSERTED, ids=[a[0] for a in ASSERTED])
def test_i24b_asserted(name, text, pub, timex, triggers, asserted):
    from test_intervals_i24 import _hits, rows_of
    df = rows_of(text, pub)
    ok = _hits(df, timex)
    ok = ok[ok["trigger"].isin(triggers)]
    assert len(ok), df[["timex_text", "trigger", "start", "end", "asserted"]].astype(str).to_dict("records")
    assert bool(ok.iloc[0]["asserted"]) == asserted, ok[["trigger", "start", "end", "asserted"]].astype(str).to_dict("records")
