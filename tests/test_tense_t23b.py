"""Helper t23b (session 23, wave 2): which way a time points when its verb is a headline's present, a present the
tagger read as an adjective ("close"), a participle inside a future clause, or an onset participle after an act that
sets something up. Cases are the helper's own sentences, positive and negative; none comes from a reviewer's text,
the corpus or a read/held-out set."""

from __future__ import annotations

import pandas as pd
import pytest

from timeline.api import extract

# (publication date, text, time expression, expected start date)
CASES = [
    # a headline's present simple tells what has just happened
    ("2025-11-12", "Explosion at chemical plant on Tuesday injures five workers\n\nFive workers were hurt.", "Tuesday",
     "2025-11-11"),
    ("2025-11-14", "Storm on Monday cuts power to 40,000 homes\n\nCrews worked through the night.", "Monday",
     "2025-11-10"),
    # a headline's bare infinitive looks ahead
    ("2025-11-12", "Council to vote on budget on Friday\n\nThe council meets at noon.", "Friday", "2025-11-14"),
    # negatives: the body's news present with a date stays a schedule; a headline's past stays past
    ("2025-11-12", "Ferry strike ends\n\nThe union meets again on Friday.", "Friday", "2025-11-14"),
    ("2025-11-12", "Storm on Monday left 40,000 homes without power\n\nCrews worked all night.", "Monday",
     "2025-11-10"),
    # a one-line text with a closing stop is no headline
    ("2025-11-12", "The museum opens its new wing on Friday.", "Friday", "2025-11-14"),
    # "close" read as an adjective after the plural noun that opens its clause: a present, a schedule
    ("2025-11-12", "Entries close on Friday, the council said.", "Friday", "2025-11-14"),
    ("2025-11-12", "Stock exchanges close early on Friday.", "Friday", "2025-11-14"),
    ("2025-11-12", "Nominations close on March 3, the commission said.", "March 3", "2026-03-03"),
    # negative: "close to" is the adjective; the clause's past verb dates the time
    ("2026-06-10", "Houses close to the river flooded on Monday.", "Monday", "2026-06-08"),
    # a participle of a reduced relative inside a future clause takes no past of its own
    ("2025-11-12", "Tenants will receive the refund in cheques posted in March.", "March", "2026-03-01"),
    # negative: in a past clause the participle keeps its past
    ("2025-11-12", "Tenants received the refund in cheques posted in March.", "March", "2025-03-01"),
    # an onset participle with its own preposition after an act that sets something up: the onset lies ahead
    ("2025-11-12", "The council approved a new bus route starting in January, officials said on Monday.", "January",
     "2026-01-01"),
    ("2025-11-12", "The council also approved a two-year parking trial in three town centres starting in January.",
     "January", "2026-01-01"),
    # negative: the onset of what was told as happening keeps the past
    ("2025-11-12", "Traffic on the bridge fell sharply starting in January, officials said.", "January",
     "2025-01-01"),
    # a season or quarter in the frame of a background year ("since <year>, when ...", "In <year>, ...") is that year's
    ("2025-11-12", "It was the first walkout since 2019, when drivers held three strikes over the winter.",
     "the winter", "2019-12-01"),
    ("2025-11-12", "In 2021, the brewery cut 40 jobs in the second quarter.", "the second quarter", "2021-04-01"),
    # negatives: after the clause's comma, or after a semicolon, the season is the report's own
    ("2025-11-12", "Fares have not risen since 2019, when the line opened, and will rise over the summer.",
     "the summer", "2026-06-01"),
    ("2025-11-12", "In 2021, the brewery cut 40 jobs; it hired 30 people in the second quarter.",
     "the second quarter", "2025-04-01"),
    # the odds of an event (vocab prospective_frames) set it ahead, also inside its owner's phrase
    ("2025-03-04", "Traders saw a 40% chance of a rate cut at the bank's March 18-19 meeting.", "March 18",
     "2025-03-18"),
    ("2025-03-04", "Analysts put the odds of a strike in June at one in three.", "June", "2025-06-01"),
    # negatives: without the frame the past verb keeps the past
    ("2025-03-10", "Traders cut their bets after the bank's March 3 meeting.", "March 3", "2025-03-03"),
    ("2025-03-04", "Analysts raised their forecasts at a meeting in June.", "June", "2024-06-01"),
]


@pytest.mark.parametrize("pub,text,timex,start", CASES, ids=[f"{c[2]}:{c[1][:40]}" for c in CASES])
def test_direction(pub, text, timex, start):
    df = extract(text, pub_date=pub)
    rows = df[df["timex_text"] == timex]
    assert len(rows), df[["timex_text", "timex_value"]].values.tolist()
    assert {str(v)[:10] for v in rows["start"]} == {start}


# a reported clause's own modal ("said that ... could stay flooded until ...") runs the wait from the report's day
UNTIL_CASES = [
    ("The mayor said pumps were working but that some cellars could stay flooded until the end of the month.",
     "the end of the month", True),
    ("Engineers said the tunnel may remain shut until the end of the month.", "the end of the month", True),
    ("Officials said most roads would reopen within hours, but that some lanes could stay closed until the end of "
     "the month.", "the end of the month", True),
    ("He said most pupils would be able to return to class within days, but that some schools could stay flooded "
     "until the end of the month.", "the end of the month", True),
    # negative: told in the past, the wait is not from the report
    ("The mayor said some cellars stayed flooded until the end of the month.", "the end of the month", False),
]


@pytest.mark.parametrize("text,timex,from_report", UNTIL_CASES, ids=[c[0][:50] for c in UNTIL_CASES])
def test_until_from_report(text, timex, from_report):
    df = extract(text, pub_date="2025-11-12")
    rows = df[df["timex_text"] == timex]
    assert len(rows), df[["timex_text", "timex_value"]].values.tolist()
    assert (str(rows["start"].iloc[0])[:10] == "2025-11-12") == from_report, rows[["start", "end"]].values.tolist()


# "shortly before" a clock time gone by: the hour up to it, on its own day (midnight's T24:00 is the next day's 00:00)
CLOSE_BEFORE_CASES = [
    ("The lifeboat reached the yacht shortly before midnight on Monday.", "midnight on Monday", "2025-11-10T23:00"),
    ("The last train left minutes before 11 p.m. on Sunday.", "11 p.m. on Sunday", "2025-11-09T22:00"),
    # negative: a bare "before" keeps the time's own interval
    ("The lifeboat reached the yacht before midnight on Monday.", "midnight on Monday", "2025-11-11T00:00"),
]


@pytest.mark.parametrize("text,timex,start", CLOSE_BEFORE_CASES, ids=[c[0][:50] for c in CLOSE_BEFORE_CASES])
def test_close_before(text, timex, start):
    df = extract(text, pub_date="2025-11-12")
    rows = df[df["timex_text"] == timex]
    assert len(rows), df[["timex_text", "timex_value"]].values.tolist()
    assert str(rows["start"].iloc[0].isoformat())[:16] == start, rows[["start", "end"]].values.tolist()


def test_modal_on_plain_verb_kept():
    """"could" hung on "stay", itself the participle's auxiliary: the modality column keeps the modal."""
    df = extract("He said most pupils would be able to return to class within days, but that some schools could stay "
                 "flooded until the end of the month.", pub_date="2025-11-12")
    rows = df[df["timex_text"] == "the end of the month"]
    assert len(rows) and rows["modality"].iloc[0] == "could", rows[["event", "modality"]].values.tolist()
    # negative: a past group keeps no modal
    df = extract("The mayor said some cellars stayed flooded until the end of the month.", pub_date="2025-11-12")
    rows = df[df["timex_text"] == "the end of the month"]
    assert len(rows) and (pd.isna(rows["modality"].iloc[0]) or not rows["modality"].iloc[0])
