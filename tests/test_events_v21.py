"""Triggers/rows helper e17t (issue 12, session 17): classes from read sets 6-8 (docs/heldout_6-8_triggers_rows.md)
with sentences written here (not from any corpus or held-out text); the probe (``tests/data/events_probe21/probe.json``)
was committed before the tool ran on it. ``python tests/test_events_v21.py`` prints every probe row."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_events_v6 import rows_of  # noqa: E402
from events_probe import print_probe, probe_score  # noqa: E402

PROBE = Path(__file__).parent / "data" / "events_probe21" / "probe.json"
PUB = "2025-06-12"
FLOOR = 33  # probe21 at the first commit of each class (raise, never lower; 36 -> 33 when the lead withdrew the
# possessed-thing rule, its three probe items: see test_possessed_thing_dates_nothing)


def _probe_score() -> tuple[int, list[str]]:
    return probe_score(PROBE, PUB, rows_of)


def main() -> None:
    print_probe(_probe_score(), "probe21")


if __name__ == "__main__":
    main()


import pytest  # noqa: E402
from test_events_v6 import row_of  # noqa: E402


def test_probe21_floor():
    ok, lines = _probe_score()
    assert ok >= FLOOR, "\n".join(lines)


# --- T1: "hold" + an event noun dates the holding, unless the noun is a gathering -----------------------------------

@pytest.mark.parametrize("text,timex,trigger", [
    ("Farmers held protests outside the agriculture ministry on Tuesday.", "Tuesday", "held"),
    ("The club will hold its annual charity auction next month.", "next month", "hold"),
    ("Opposition parties have held three rallies since April.", "April", "held"),
    ("Dockers held a two-hour stoppage at the container terminal on Friday.", "Friday", "held"),
    # negative: a gathering stays the event ("held talks", "hold a meeting"); other light verbs unchanged
    # (session 34: a light verb with a plural, possessed or definite object is the event itself, not
    # the noun; was 'talks': docs/preceding_nominal_convention.md)
    ("The two sides held talks in Geneva on Monday.", "Monday", "held"),
    ("The board will hold an emergency meeting on Thursday.", "Thursday", "meeting"),
    ("Inspectors carried out a surprise inspection of the plant on Wednesday.", "Wednesday", "inspection"),
    ("The central bank held interest rates steady in May.", "May", "held"),
])
def test_hold_with_event_noun(text, timex, trigger):
    assert row_of(text, timex, PUB)["trigger"] == trigger


# --- T2: an act in a contest or performance, then a time with its own preposition: the act is dated ----------------

@pytest.mark.parametrize("text,timex,trigger", [
    ("The cyclist crashed during a training race in April and broke his collarbone.", "April", "crashed"),
    ("She withdrew from the Berlin marathon in September with a calf injury.", "September", "withdrew"),
    ("The singer, who fainted at a concert in Lisbon in 2019, has cancelled the tour.", "2019", "fainted"),
    ("The boxer pulled out of the title fight in March with a hand injury.", "March", "pulled"),
    ("The sprinter, who tested positive for a stimulant at a meet in Oslo in June, denies wrongdoing.", "June", "tested"),
    # negative: a look ahead keeps the noun; so does a time relating two events. (A gathering spoken at is the
    # speaking's: session 27, docs/preceding_nominal_convention.md)
    ("Diplomats are preparing for the summit in October.", "October", "summit"),
    ("He spoke at a news conference in Rome on Tuesday.", "Tuesday", "spoke"),
    ("Investors are waiting for the vote on Thursday.", "Thursday", "vote"),
])
def test_act_in_contest(text, timex, trigger):
    assert row_of(text, timex, PUB)["trigger"] == trigger


def _no_own_row(text: str, timex: str) -> bool:
    df = rows_of(text, PUB)
    hit = df[df["timex_text"].fillna("").str.contains(timex, regex=False)]
    return hit.empty or hit["no_event"].notna().all()


# --- A1: a record "since" on the ranked noun itself, past its phrases; "nothing like this since" -------------------

@pytest.mark.parametrize("text,timex", [
    ("It was the first gold for a Kenyan woman in the event since 1996.", "1996"),
    ("\"We have not seen flooding like this since 1953,\" the mayor said.", "1953"),
    ("He became the first person to win the race since 1990.", "1990"),
])
def test_record_since(text, timex):
    assert _no_own_row(text, timex)


@pytest.mark.parametrize("text,timex,trigger", [
    # negative: a count of events since, and a state in the perfect, keep their rows
    ("It is the carmaker's fourth recall since 2022.", "2022", "recall"),
    ("The plant has not produced any steel since 2019.", "2019", "produced"),
])
def test_not_a_record_since(text, timex, trigger):
    assert row_of(text, timex, PUB)["trigger"] == trigger


# --- A2: a time owning an acted-on thing, when the clause has a time of its own ------------------------------------

# Withdrawn by the lead at the session's end: the rule (a possessed thing's time gives no row when the clause has a
# time of its own) gained three no-row times on read set 8, which it was written from, and lost one dated row on
# blind set 16 (its date and asserted fields, aggregate figures only, found by switching the rule off), so it does not
# carry to unseen text as written.
# Back in a narrower form on 2026-12-03 (session 28, attach._possessed_label with _clause_dated_apart): a thing in an
# object or a phrase (not a subject), not an amount, and a time of the verb's own after it. Read sets +2 no-row
# times, blind sets 9-16, 18, 19 (set 16 included) and the dev set unchanged. The xfail that stood here is gone.
@pytest.mark.parametrize("text,timex", [
    ("Growers have been storing last year's crop since November.", "last year"),
    ("The auditors will present their review of last year's accounts in October.", "last year"),
    ("Heavy rain in 2021 ruined much of that year's grape vintage, the winery said.", "that year"),
])
def test_possessed_thing_dates_nothing(text, timex):
    assert _no_own_row(text, timex)


@pytest.mark.parametrize("text,timex,trigger", [
    # negative: an event possessed, a thing with no other time in the clause, a time placing the act
    ("Last year's election was marred by violence.", "Last year", "election"),
    ("Farmers sold last year's crop to a trader.", "last year", "sold"),
    ("Halvorsen told reporters after Thursday's game that he had slept badly.", "Thursday", "told"),
])
def test_possessed_time_keeps_row(text, timex, trigger):
    assert row_of(text, timex, PUB)["trigger"] == trigger


# --- A4: a length on a habitual present verb counts from no day --------------------------------------------------------

@pytest.mark.parametrize("text,timex,own", [
    ("Symptoms usually appear within a few days.", "a few days", False),
    ("The wounds typically heal in six weeks, doctors say.", "six weeks", False),
    # negative: a future or a past verb is anchored to the story
    ("The results will appear within a few days.", "a few days", True),
    ("The regulator said on Monday that the banks must agree on a common standard within 90 days.", "90 days", True),
])
def test_habitual_length(text, timex, own):
    assert _no_own_row(text, timex) is not own


# --- T3: a refusal's infinitive never happened: its time dates the refusing ------------------------------------------

@pytest.mark.parametrize("text,timex,trigger", [
    ("The airline declined to comment on Tuesday.", "Tuesday", "declined"),
    ("The former minister refused to testify before the committee on Monday.", "Monday", "refused"),
    # negative: an agreed act, and a refused act that is no saying, are the infinitive's (not done)
    ("The board declined to renew his contract in 2019.", "2019", "renew"),
    ("The company agreed to pay the fine in May.", "May", "pay"),
])
def test_refused_act(text, timex, trigger):
    assert row_of(text, timex, PUB)["trigger"] == trigger


# --- T3: a clock time whose head is "p.m." keeps its verb before a ", when" clause describing the time -------------

def test_clock_time_then_when_clause_keeps_its_verb():
    df = rows_of("The quake hit at 11:42 p.m. Thursday, when most families were asleep.", PUB)
    assert "hit" in set(df["trigger"].astype(str))
    # negative: an amount's time with its "when" clause still gives the clause ("up from ... a year ago, when ...")
    row = row_of("Profit fell to 5 million euros, down from 9 million euros a year ago, when demand was strong.",
                 "a year ago", PUB)
    assert row["trigger"] == "was"


# --- nominal events: incident nouns the lexicon lacked -----------------------------------------------------------------

def test_incident_noun_owns_its_time():
    df = rows_of("A similar glitch on Jan. 12 was fixed two days later.", PUB)
    assert df.loc[df["timex_text"] == "Jan. 12", "trigger"].iloc[0] == "glitch"
    # negative: the verb's own time stays the verb's
    assert row_of("A software glitch grounded flights on Monday.", "Monday", PUB)["trigger"] == "grounded"
