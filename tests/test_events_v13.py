"""Issue 12, thirteenth round (helper wt12m): rules measured with a probe written and committed before the tool ran
on it (``tests/data/events_probe12/probe.json``, not a blind set; nominal events dated inside their own noun phrase,
light verbs, ranges, since/until, anchored durations, embedded events) and with the dev set's tuned half. Each rule
has positive and negative examples written here (not the probe's sentences, not any corpus or held-out text).
``python tests/test_events_v13.py`` prints every probe row."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
import events_gold  # noqa: E402
import test_events_heldout as heldout  # noqa: E402
from test_events_v6 import _na, row_of, rows_of  # noqa: E402

PROBE = Path(__file__).parent / "data" / "events_probe12" / "probe.json"


def load() -> list[dict]:
    return json.loads(PROBE.read_text(encoding="utf-8"))["documents"]


def _text(v) -> str:
    return "" if _na(v) else str(v)


# --- a length inside a noun's phrase does not date the noun ------------------------------------------------------------

@pytest.mark.parametrize("text,timex,trigger", [
    ("The protest follows a three-day blockade in May that shut the port.", "May", "blockade"),
    ("The verdict comes after a six-week trial in March.", "March", "trial"),
])
def test_length_in_a_nouns_phrase_leaves_the_later_time_to_the_noun(text, timex, trigger):
    assert row_of(text, timex)["trigger"] == trigger


def test_a_date_in_a_nouns_phrase_still_dates_it_before_a_later_time():
    # the third quarter dates the rise; Thursday is when the company reported it
    assert row_of("The company reported a 12% rise in third-quarter profit on Thursday.", "Thursday")["trigger"] \
        == "reported"


# --- a contest dates the winning or losing set in it ------------------------------------------------------------------

@pytest.mark.parametrize("text,timex,trigger,subject", [
    ("The Greens won 14 seats in Sunday's regional election.", "Sunday", "won", "The Greens"),
    ("The Dutch side beat Spain in the quarter-finals on Saturday.", "Saturday", "beat", "The Dutch side"),
    ("The mayor lost her seat in the 2019 election.", "2019", "lost", "The mayor"),
])
def test_contest_dates_its_outcome(text, timex, trigger, subject):
    row = row_of(text, timex)
    assert (row["trigger"], row["subject"]) == (trigger, subject)


@pytest.mark.parametrize("text,timex,trigger", [
    # any other verb leaves the contest its own time
    ("Analysts studied turnout in Sunday's regional election.", "Sunday", "election"),
    # and a time of the verb's own stays the verb's
    ("The striker scored twice in the final on Sunday.", "Sunday", "scored"),
])
def test_contest_keeps_its_time_without_an_outcome_verb(text, timex, trigger):
    assert row_of(text, timex)["trigger"] in (trigger, "final")


# --- a comparison's base held at an event dates that event ------------------------------------------------------------

def test_event_noun_of_a_comparison_base_is_dated():
    assert row_of("Turnout was 58%, up from 49% in the 2018 referendum.", "2018")["trigger"] == "referendum"


def test_plain_comparison_base_still_dates_nothing():
    row = row_of("Inflation was 2.1% in May, down from 3.4% in the first quarter.", "first quarter")
    assert _text(row["trigger"]) == "", row[["timex_text", "trigger"]].to_dict()


# --- an adverb of the verb after the subject is no part of the subject ------------------------------------------------

@pytest.mark.parametrize("text,timex,subject", [
    ("The stadium last hosted a final in 2011.", "2011", "The stadium"),
    ("The lighthouse first opened to visitors in 1998.", "1998", "The lighthouse"),
])
def test_adverb_after_the_subject_is_not_the_subject(text, timex, subject):
    assert row_of(text, timex)["subject"] == subject


def test_adjective_after_a_noun_stays_when_it_is_the_nouns():
    # "responsible" is the noun's own (and no subject adverb)
    assert row_of("The people responsible were arrested on Monday.", "Monday")["subject"] == "The people responsible"


# --- a hedge between "until"/"since" and its time keeps the bound ------------------------------------------------------

def test_until_at_least_bounds_the_stretch_and_keeps_the_when_clause_row():
    rows = rows_of("The reactors are expected to keep running until at least 2030, when their licences will expire.",
                   "2025-06-10")
    by_trigger = {r["trigger"]: r for _, r in rows.iterrows()}
    assert {"keep", "expire"} <= set(by_trigger), rows[["timex_text", "trigger"]]
    keep = by_trigger["keep"]
    assert (str(keep["start"])[:10], str(keep["end"])[:10]) == ("2025-06-10", "2031-01-01")


def test_until_without_a_hedge_is_unchanged():
    row = row_of("The bridge will stay closed until March.", "March", "2025-06-10")
    assert (str(row["start"])[:10], str(row["end"])[:10]) == ("2025-06-10", "2026-04-01")


def test_a_plain_until_keeps_its_verb_and_the_when_clause_row():
    rows = rows_of("The mill operated until 1994, when its owners sold the site.")
    assert set(rows["trigger"]) == {"operated", "sold"}, rows[["timex_text", "trigger"]]


# --- the other term of a comparison is no event ---------------------------------------------------------------------------

@pytest.mark.parametrize("text,timex,trigger", [
    ("Exports had grown more than forecast in the three months to March.", "March", "grown"),
    ("Orders fell less than expected in April.", "April", "fell"),
])
def test_participle_after_than_is_no_event(text, timex, trigger):
    assert row_of(text, timex)["trigger"] == trigger


def test_participle_with_its_own_subject_after_than_stays():
    # "than analysts had predicted" is a clause of its own; its verb is not rewritten
    row = row_of("Orders fell more than analysts had predicted in April.", "April")
    assert row["trigger"] in ("fell", "predicted")


# --- a conjunct's verb the parser read as an adjective ------------------------------------------------------------------

def test_conjunct_verb_read_as_adjective_dates_its_own_time():
    row = row_of("The park introduced entry fees in 2018 and capped daily visits at 5,000 in 2021.", "2021")
    assert (row["trigger"], row["subject"]) == ("capped", "The park")


def test_adjective_opening_a_conjunct_object_stays_an_adjective():
    # with its own article the conjunct is a noun phrase: "refurbished" describes the trucks
    row = row_of("The dealer sold new cars in 2019 and the refurbished trucks in 2021.", "2021")
    assert row["trigger"] == "sold"


def test_gapped_object_still_takes_the_first_verb():
    # no verb of its own: "the third shift" is the first verb's second object
    assert row_of("The plant cut the second shift last year and the third shift in 2017.", "2017")["trigger"] == "cut"


# --- a state noun is no event; a "when" clause after a range is at its end ----------------------------------------------

def test_range_beside_a_state_noun_dates_the_verb_and_when_clause_takes_the_end():
    rows = rows_of("The council lied about its finances between 2016 and 2019, when the fund collapsed.")
    by_trigger = {r["trigger"]: r for _, r in rows.iterrows()}
    assert "lied" in by_trigger and "collapsed" in by_trigger, rows[["timex_text", "trigger"]]
    assert str(by_trigger["lied"]["start"])[:4] == "2016" and str(by_trigger["lied"]["end"])[:4] == "2020"
    assert str(by_trigger["collapsed"]["start"])[:10] == "2019-01-01"


def test_event_noun_with_a_range_keeps_it():
    assert row_of("The bank paid fines for a series of frauds between 2016 and 2019.", "2016")["trigger"] in ("frauds", "paid")


# --- the infinitive of a noun of being able is no event ---------------------------------------------------------------

@pytest.mark.parametrize("text,timex,trigger,subject", [
    ("Technicians hope to restore the satellite's ability to transmit images next month.", "next month", "restore",
     "Technicians"),
    ("The ruling stripped the agency's power to fine banks in 2021.", "2021", "stripped", "The ruling"),
])
def test_capacity_infinitive_hands_the_time_to_the_verb(text, timex, trigger, subject):
    row = row_of(text, timex)
    assert (row["trigger"], row["subject"]) == (trigger, subject)


def test_other_infinitive_of_a_noun_is_unchanged():
    # a plan's infinitive is what is planned: its time stays with it
    assert row_of("The city approved a plan to close the bridge in March.", "March")["trigger"] == "close"


# --- a time counted back from the report places the finite past verb, not its infinitive ------------------------------

@pytest.mark.parametrize("text,timex,trigger", [
    ("The league invited the club to rejoin three weeks ago.", "three weeks ago", "invited"),
    ("The two climbers were trying to reach the summit two days ago.", "two days ago", "trying"),
])
def test_ago_dates_the_past_verb_before_an_infinitive(text, timex, trigger):
    assert row_of(text, timex)["trigger"] == trigger


@pytest.mark.parametrize("text,timex,trigger", [
    # a dated time (no "ago") may say when the infinitive's event is: left as it was
    ("The union agreed to end the strike on Monday.", "Monday", "end"),
    # a future verb's infinitive: no past verb to hand the time to
    ("The league will invite the club to rejoin next week.", "next week", "rejoin"),
])
def test_other_times_on_an_infinitive_are_unchanged(text, timex, trigger):
    assert row_of(text, timex)["trigger"] == trigger


# --- a bound at part of a period ("by mid-2025", "since late 2021") is at that part ------------------------------------

def _days(row) -> tuple[str, str]:
    return str(row["start"])[:10], str(row["end"])[:10]


@pytest.mark.parametrize("text,timex,days", [
    ("The airport will reopen by mid-2026.", "mid-2026", ("2025-06-10", "2026-09-01")),
    ("Fares have risen since late 2022.", "late 2022", ("2022-09-01", "2025-06-11")),
])
def test_bound_at_part_of_a_period(text, timex, days):
    row = row_of(text, timex)
    assert _days(row) == days and bool(row["fuzzy"])


def test_plain_part_of_a_period_keeps_the_periods_interval():
    # no bound: the row keeps the period its TIMEX3 value names (year 2026, mod END)
    assert _days(row_of("The museum will reopen at the end of 2026.", "2026")) == ("2026-01-01", "2027-01-01")


def test_mod_part_thirds():
    import datetime as dt

    from timeline.events.interval import mod_part
    d = dt.datetime
    assert mod_part(d(2024, 1, 1), d(2025, 1, 1), "END", "year") == (d(2024, 9, 1), d(2025, 1, 1))
    assert mod_part(d(2024, 3, 1), d(2024, 4, 1), "MID", "month") == (d(2024, 3, 11), d(2024, 3, 21))
    assert mod_part(d(2024, 1, 1), d(2025, 1, 1), "START", "year") is None  # the start is already right
    assert mod_part(d(2024, 3, 5), d(2024, 3, 6), "END", "day") is None


# --- records and comparison bases date nothing ---------------------------------------------------------------------------

@pytest.mark.parametrize("text,timex", [
    # an appositive names the record on its own, whatever the clause's tense
    ("The senator voted against the bill, saying she would have preferred a delay, the first defection by a member "
     "since 2011.", "2011"),
    # a possessive is a determiner in the ranked phrase
    ("The airline reported its first annual loss in its cargo business since 2009 on Tuesday.", "2009"),
])
def test_record_comparison_dates_nothing(text, timex):
    row = row_of(text, timex)
    assert _text(row["trigger"]) == "" and row["no_event"] == "record-comparison", row[["trigger", "no_event"]].to_dict()


@pytest.mark.parametrize("text,timex", [
    ("Airlines must cut emissions by 40% from 2019 levels by 2035.", "2019"),
    ("Net profit was 3.1 trillion won, up from 1.2 trillion won in the same period last year.", "last year"),
])
def test_comparison_base_dates_nothing(text, timex):
    row = row_of(text, timex)
    assert _text(row["trigger"]) == "" and row["no_event"] == "comparison-base", row[["trigger", "no_event"]].to_dict()


def test_state_since_a_year_is_no_record():
    # no superlative or record word: a state that has lasted since then
    assert row_of("The agency has tracked emissions since 2011.", "2011")["trigger"] == "tracked"


def test_time_with_levels_that_are_no_base_dates_its_verb():
    # "levels" after no comparison preposition: the time dates the verb
    assert row_of("Water levels rose sharply in March 2023.", "March 2023")["trigger"] == "rose"


# --- "the past year" is the stretch counted back from the report --------------------------------------------------------

@pytest.mark.parametrize("text,timex,days", [
    ("The bank's shares have gained 15% over the past year.", "the past year", ("2024-06-10", "2025-06-11")),
    ("Rents rose sharply in the past month.", "the past month", ("2025-05-10", "2025-06-11")),
])
def test_past_period_counts_back_from_the_report(text, timex, days):
    assert _days(row_of(text, timex)) == days


@pytest.mark.parametrize("text,timex,days", [
    # a calendar period of its own: "last year" is 2024
    ("The bank's shares gained 15% last year.", "last year", ("2024-01-01", "2025-01-01")),
    # said of something else: the final year of the war, not the twelve months to the report
    ("Food ran short in the last year of the war.", "the last year", None),
])
def test_other_periods_keep_their_interval(text, timex, days):
    row = row_of(text, timex)
    assert _na(row["range_text"])
    if days:
        assert _days(row) == days


# --- an onset participle after a verb's length dates the verb --------------------------------------------------------------

def test_onset_after_an_in_length_dates_the_verb():
    row = row_of("The town received a month's rain in 48 hours, starting on the night of June 2.", "June 2")
    assert (row["trigger"], row["subject"]) == ("received", "The town")


def test_onset_after_a_verb_without_a_length_keeps_the_participle():
    # no length and no modal: the participle keeps its time (the rule's measured condition)
    assert row_of("The band toured Europe, starting in Lisbon on June 2.", "June 2")["trigger"] == "starting"


# --- a verb prefix kept on its word does not hide the verb from the word lists (reviewer 1, R1-B) ----------------------

@pytest.mark.parametrize("text,word,listed", [
    ("Talks were re-scheduled for Thursday.", "re-scheduled", True),
    ("The hearing has been re-scheduled for Monday.", "re-scheduled", True),
    ("The trial was re-scheduled to begin on Monday.", "re-scheduled", True),
    # negative: a prefixed word of another verb is not the listed one
    ("The band re-recorded the album in May.", "re-recorded", False),
])
def test_lemma_lookup_sees_through_a_kept_verb_prefix(text, word, listed):
    from timeline.events.grammar import lemma_in
    from timeline.events.lexicon import SCHEDULING_VERBS
    from timeline.pipeline.model import load

    tok = next(t for t in load()(text) if t.text == word)
    assert lemma_in(tok, SCHEDULING_VERBS) is listed


# --- the probe -----------------------------------------------------------------------------------------------------------

def test_probe12_is_well_formed():
    heldout.check_well_formed(load(), 10)


def test_probe12_floor():
    docs = load()
    results, absent, _ = heldout.score(events_gold.run(docs), docs)
    f = heldout.figures(results)
    assert f["fully_right"] / f["rows"] >= 63 / 66, f  # one below the 64 measured
    assert sum(a["rows"] == 0 for a in absent) >= 6, absent


# fully right at the first run (probe e7173b6, code 4323cdd): 60/66 (90.9%); date 55/55, trigger 64/66, subject
# 58/61, asserted 65/66; plain lengths with no row 6/8. After this round: 64/66 (97.0%); trigger 66/66, subject
# 60/61, asserted 65/66; 6/8. Left: "a knee injury in October 2023" (no subject), "said the club had tried to sign
# Mendes last summer" (the tool dates "sign", not asserted; the probe wanted asserted for either trigger),
# "less than three years after its 2022 acquisition" and "fell 6% from a year earlier" (rows of their own; the
# second is TimeBank's convention, see test_comparison_base_dates_nothing's note in the commit log).


if __name__ == "__main__":
    heldout.main(load())


def test_trailing_period_without_a_publication_date_is_no_error():
    # "over the past year" counts back from the report (552aee6); with no report date the row stays unresolved and
    # the document is not lost to an error (code review of the whole change)
    import warnings

    import timeline
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        t = timeline.extract("Shares have risen 20% over the past year.", pub_date=None)
    assert t["error"].isna().all() and (t["timex_text"] == "the past year").any()
