"""Events, tenth round (issue 12): rule classes found with a probe of wire copy in new domains written before the
tool ran on it (``tests/data/events_probe9/probe.json``, not a blind set) and with the dev set's tuned half —
each rule with positive and negative examples written for it here (not the probe's sentences, not any corpus or
held-out text). ``python tests/test_events_v10.py`` prints every probe row."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
import events_gold  # noqa: E402
import test_events_heldout as heldout  # noqa: E402
from test_events_v6 import _na, row_of  # noqa: E402

PROBE = Path(__file__).parent / "data" / "events_probe9" / "probe.json"


def load() -> list[dict]:
    return json.loads(PROBE.read_text(encoding="utf-8"))["documents"]


def _text(v) -> str:
    return "" if _na(v) else str(v)


# --- a judging verb's common-noun object did what "for" names ----------------------------------------------------

@pytest.mark.parametrize("text,timex,subject", [
    ("The court jailed a hospital porter for stealing drugs between 2019 and 2021.", "2019", "a hospital porter"),
    ("Regulators fined the carrier for overbooking flights in 2023.", "2023", "the carrier"),
])
def test_judged_common_noun_did_it(text, timex, subject):
    assert row_of(text, timex)["subject"] == subject


@pytest.mark.parametrize("text,timex,not_subject", [
    # an amount did nothing: no doer rather than the wrong one
    ("The board fined $2 million for breaking the rules in 2023.", "2023", "$2 million"),
    ("The panel fined 500 euros for parking on the lawn in May.", "May", "500 euros"),
])
def test_judged_amount_is_no_doer(text, timex, not_subject):
    assert not _text(row_of(text, timex)["subject"]).endswith(not_subject.split()[-1])


def test_after_another_preposition_the_verb_subject_does_it():
    # "after" is no judging "for": the sentencing judge did the meeting
    assert row_of("The judge sentenced the driver after meeting his family in March.", "March")["subject"] == \
        "The judge"


# --- an ordinal after "be" with a possessor counts its event-noun subject ------------------------------------------

@pytest.mark.parametrize("text,timex,trigger", [
    ("The rate cut was the bank's third this year.", "this year", "cut"),
    ("The walkout was the union's second this month.", "this month", "walkout"),
])
def test_possessed_ordinal_counts_its_subject(text, timex, trigger):
    assert row_of(text, timex)["trigger"] == trigger


def test_ordinal_with_a_noun_of_its_own_is_no_count():
    # "the second quarter" is a time, not a count of the increase
    assert row_of("Sales were the highest in the second quarter.", "the second quarter")["trigger"] != "Sales"


# --- a lost verb the parser read as an adjective is no part of the subject ------------------------------------------

def test_lost_verb_leaves_the_subject():
    row = row_of("The engineers, from a firm in Oslo, inspected bridge cables installed since 1990.", "1990")
    assert row["trigger"] == "installed" and row["subject"] == "bridge cables"


@pytest.mark.parametrize("text,timex,subject", [
    ("The damaged houses built in 1990 were razed.", "1990", "The damaged houses"),
    ("Crews cleared the flooded roads closed since Monday.", "Monday", "the flooded roads"),
])
def test_attributive_participle_stays_in_the_subject(text, timex, subject):
    assert row_of(text, timex)["subject"] == subject


# --- an amount "in" a measure after a verb that only states it: the measure is dated --------------------------------

@pytest.mark.parametrize("text,timex,trigger", [
    ("The chain had about $40 million in revenue in 2023.", "2023", "revenue"),
    ("The division had more than $2 billion in sales last year.", "last year", "sales"),
])
def test_amount_in_a_measure(text, timex, trigger):
    assert row_of(text, timex)["trigger"] == trigger


@pytest.mark.parametrize("text,timex,trigger", [
    ("The bank had a loss of $5 million in the quarter.", "the quarter", "had"),  # no "in" measure
    ("The firm had 300 workers in sales last year.", "last year", "had"),  # people, no amount
])
def test_no_measure_keeps_the_verb(text, timex, trigger):
    assert row_of(text, timex)["trigger"] == trigger


# --- a name right after a common-noun subject, parsed as a second subject, is who the noun is -------------------------

@pytest.mark.parametrize("text,timex,who", [
    ("The developer Crestline Homes said on Monday it would build 300 homes.", "Monday", "Crestline Homes"),
    ("The retailer Brightmart said on Tuesday that sales fell.", "Tuesday", "Brightmart"),
])
def test_name_after_a_subject_noun(text, timex, who):
    row = row_of(text, timex)
    assert who in _text(row["subject"]) or who in _text(row["source"])


@pytest.mark.parametrize("text,timex,subject", [
    ("The company said on Monday it would build 300 homes.", "Monday", "The company"),  # no name after it
    ("Officials in Denver said on Monday that rents rose.", "Monday", "Officials in Denver"),
])
def test_subject_noun_without_a_name_stays(text, timex, subject):
    assert row_of(text, timex)["subject"] == subject


# --- the probe ---------------------------------------------------------------------------------------------------

def test_probe9_floor():
    docs = load()
    f = heldout.figures(heldout.score(events_gold.run(docs), docs)[0])
    assert f["fully_right"] / f["rows"] >= 42 / 51, f


# fully right at the first run (b8fec63 + main 3096853): 40/51 (78.4%); date 40/44, trigger 46/51, subject 41/49,
# asserted 47/50; absent 5/9 (the four with a row are record comparisons flagged no_event, and "from a year
# earlier" dated as the comparison base). After this round's rules (61feeee): 42/51 (82.4%); date 40/44, trigger
# 46/51, subject 43/49, asserted 47/50; absent 5/9. Left: three dates from the tagger ("will walk off the job for 48
# hours starting Thursday" and "covering ... from 6 p.m. Saturday" resolved to the past day, "the end of the school
# year" untagged), two "it"/"she" antecedents (coref.py), "host" parsed as a noun, an occasion noun dated instead
# of the verb ("injured his ankle in the defeat on Jan. 11"), "asked for their return in 1972", and "within six
# months" after "promised then" (no row: a duration after a coarser time in its clause gets none by design)


if __name__ == "__main__":
    heldout.main(load())
