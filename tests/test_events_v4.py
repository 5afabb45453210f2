"""Events, fourth round (issue 12): rules that generalize, found with a probe set of short news texts written
for it (``tests/data/events_probe4/probe.json``, not a blind set) — each rule with positive and negative
examples written for it (not taken from any corpus or held-out text). ``python tests/test_events_v4.py``
prints every probe row."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pandas as pd
import pytest


sys.path.insert(0, str(Path(__file__).parent))
import events_gold  # noqa: E402
import test_events_heldout as heldout  # noqa: E402
from test_events_v6 import PUB, row_of, rows_of  # noqa: E402,F401  (one set of probe helpers)

PROBE = Path(__file__).parent / "data" / "events_probe4" / "probe.json"


def load() -> list[dict]:
    return json.loads(PROBE.read_text(encoding="utf-8"))["documents"]



@pytest.mark.parametrize("text,timex,start", [
    # a date inside a relative clause or apposition describes a noun: a duration later in the sentence still
    # counts from the report
    ("The drug, which was approved in 2020, will be withdrawn from pharmacies in three months.", "three months",
     "2025-09-10"),
    ("The mayor, who took office in 2021, will step down within two years.", "two years", "2025-06-10"),
    ("The bridge, closed since March, will reopen in two weeks.", "two weeks", "2025-06-24"),
])
def test_duration_counts_from_report_past_an_aside(text, timex, start):
    row = row_of(text, timex)
    assert pd.Timestamp(row["start"]).date().isoformat() == start


@pytest.mark.parametrize("text,timex", [
    # negatives: the earlier time dates the clause the duration is in, so it is the anchor (no interval here)
    ("The firm warned in January that it could run out of cash within a year.", "a year"),
    ("The company said in March that it would cut 200 jobs within six months.", "six months"),
])
def test_duration_after_the_clauses_own_time_has_no_row(text, timex):
    df = rows_of(text)
    assert not df["timex_text"].str.contains(timex, regex=False).any()


@pytest.mark.parametrize("text,timex,subject", [
    # a name right after its title noun, no comma between: part of the subject
    ("The singer Ada Mensah, 42, will release her fifth album in September.", "September", "The singer Ada Mensah"),
    ("The company Norvik Energy cut 300 jobs in May.", "May", "The company Norvik Energy"),
    ("Biologist Tomas Berg published the findings last week.", "last week", "Biologist Tomas Berg"),
    # negatives: an apposition set off by commas is an aside
    ("The coach, Ines Blanco, said on Monday the team would travel.", "Monday", "The coach"),
    ("His brother, Jon, left the firm in 2020.", "2020", "His brother"),
])
def test_name_after_title_is_part_of_subject(text, timex, subject):
    assert row_of(text, timex)["subject"] == subject


@pytest.mark.parametrize("text,timex,subject", [
    # an event noun without an object: its "of" phrase is the doer
    ("Maria Olsen took office in January after the resignation of her predecessor in October.", "October",
     "her predecessor"),
    ("Shares fell after the death of the founder in March.", "March", "the founder"),
    # a verb and preposition that only say the noun happens: the verb's subject is the doer
    ("Nurses at three hospitals in Brent went on strike on Wednesday.", "Wednesday",
     "Nurses at three hospitals in Brent"),
    ("The drivers were on strike last week.", "last week", "The drivers"),
    # an event that happens to someone (``of_patient_event_nouns``): its "of" phrase is who the row is about (lead
    # finding 12j, issue 12 "its possessor/argument as subject"; this row expected no subject before)
    ("The arrest of the suspect on Monday surprised neighbours.", "Monday", "the suspect"),
    # negatives: another transitive noun's "of" phrase is what is done to; "came under attack" is suffered
    ("The acquisition of Dell Farms in 2019 doubled sales.", "2019", None),
    ("The town came under attack on Monday.", "Monday", None),
])
def test_doer_of_an_event_noun(text, timex, subject):
    got = row_of(text, timex)["subject"]
    assert pd.isna(got) if subject is None else got == subject


@pytest.mark.parametrize("text,timex,subject", [
    # "she"/"he" skips a name its words mark as the other gender
    ("Prime Minister Lena Ortiz held talks on Thursday. Opposition leader Paul Grant made an offer last month, "
     "but she rejected it on Saturday.", "Saturday", "Lena Ortiz"),
    ("Ana Reyes met Tom Hale on Monday. She resigned on Tuesday.", "Tuesday", "Ana Reyes"),
    ("Mrs Okafor met Jon Berg on Monday. She resigned on Tuesday.", "Tuesday", "Mrs Okafor"),
    # negatives: the nearest name of the right gender, and a name the words do not mark fits either pronoun
    ("Ana Reyes met Tom Hale on Monday. He resigned on Tuesday.", "Tuesday", "Tom Hale"),
    ("Tom Hale met Kim Lee on Monday. She resigned on Tuesday.", "Tuesday", "Kim Lee"),
])
def test_pronoun_skips_name_of_other_gender(text, timex, subject):
    row = row_of(text, timex)
    assert row["subject"] == subject and not pd.isna(row["subject_resolved_from"])


@pytest.mark.parametrize("text,timex,trigger", [
    # life and career events are event nouns: a time in their phrase dates them
    ("Omar Diallo has scored 40 goals since his debut in 2015.", "2015", "debut"),
    ("She has won four titles since her comeback in 2021.", "2021", "comeback"),
    ("Fans still talk about the club's relegation in May.", "May", "relegation"),
    # negatives: a time on the verb dates the verb, even with such a noun as its object
    ("The club announced the retirement of its captain on Friday.", "Friday", "announced"),
    ("The club confirmed the transfer of the striker on Friday.", "Friday", "confirmed"),
])
def test_career_event_nouns(text, timex, trigger):
    assert row_of(text, timex)["trigger"] == trigger


@pytest.mark.parametrize("text,timex,subject", [
    # a hyphenated word the parser split stays whole in the subject
    ("Her co-defendant will be sentenced in April.", "April", "Her co-defendant"),
    ("Her co-defendant, who is 42, will be sentenced in April.", "April", "Her co-defendant"),
    # (a name set beside it is who the row is about, as beside any title: "Her lawyer, Victor Lund")
    ("Her co-defendant, Victor Lund, will be sentenced in April.", "April", "Victor Lund"),
    ("Twenty-five workers were laid off on Monday.", "Monday", "Twenty-five workers"),
    ("The vice-president resigned in May.", "May", "The vice-president"),
    # negative: a spaced dash joins nothing
    ("The mayor - a former teacher - resigned in May.", "May", "The mayor"),
])
def test_hyphenated_subject_kept_whole(text, timex, subject):
    assert row_of(text, timex)["subject"] == subject


@pytest.mark.parametrize("text,timex,subject,resolved", [
    # a plural noun subject of a reporting verb is what a "they" in its complement stands for
    ("Astronomers at the observatory reported on Thursday that they had found a new comet in December.", "December",
     "Astronomers at the observatory", True),
    ("Geologists said they had mapped the fault in 2023.", "2023", "Geologists", True),
    # negatives: an addressee that could be meant keeps the pronoun; a verb that reports nothing resolves nothing
    ("Geologists told the ministers that they would vote in May.", "May", "they", False),
    ("The documents showed that they had met in May.", "May", "they", False),
])
def test_plural_speaker_is_they(text, timex, subject, resolved):
    row = row_of(text, timex)
    assert row["subject"] == subject and pd.isna(row["subject_resolved_from"]) != resolved


@pytest.mark.parametrize("text,timex,start", [
    # a modal without a perfect looks ahead: the duration counts from the report
    ("The judge said Cruz could be released within three years if she behaved well.", "three years", "2025-06-10"),
    ("The plant may reopen in two weeks.", "two weeks", "2025-06-24"),
])
def test_modal_duration_looks_ahead(text, timex, start):
    assert pd.Timestamp(row_of(text, timex)["start"]).date().isoformat() == start


@pytest.mark.parametrize("text,timex", [
    # negatives: a modal perfect and a past perfect look back, measured from story time, so no dates
    ("Cruz could have been released within three years.", "three years"),
    ("He said the firm had sold the unit within two years.", "two years"),
])
def test_duration_looking_back_gets_no_interval(text, timex):
    df = rows_of(text)
    hit = df[df["timex_text"].str.contains(timex, regex=False)]
    assert hit.empty or hit["start"].isna().all()


@pytest.mark.parametrize("text,timex,subject", [
    # "it" for a body described with common nouns: the whole description as written
    ("The state health department said flu cases had risen. It will publish a full report within a month.",
     "a month", "The state health department"),
    # negatives: a name stays its name words
    ("Respira Biotech, a Belgian company, said on Monday it would cut jobs in May.", "May", "Respira Biotech"),
    ("The carrier Skyline said it would add flights in July.", "July", "The carrier Skyline"),
])
def test_it_stands_for_the_whole_description(text, timex, subject):
    row = row_of(text, timex)
    assert row["subject"] == subject and not pd.isna(row["subject_resolved_from"])


@pytest.mark.parametrize("text,timex,subject", [
    # a pronoun reporting after its reported clause stands for that clause's subject
    ("The retailer Brightmart will close 40 stores by the end of 2025, it said on Thursday.", "Thursday",
     "The retailer Brightmart"),
    ("The minister will resign in July, she said on Monday.", "Monday", "The minister"),
    # negative: a clause subject the pronoun cannot be ("it" is no price rise) leaves the pronoun
    ("Prices will rise in May, it said on Friday.", "Friday", "it"),
])
def test_trailing_reporter_pronoun(text, timex, subject):
    assert row_of(text, timex)["subject"] == subject


@pytest.mark.parametrize("text,timex,subject", [
    # a subject pronoun opening a sentence stands for the last sentence's subject before a name in its object
    ("Defender Luca Moretti signed a contract with Ajax on Wednesday. He joined the academy in 2012.", "2012",
     "Defender Luca Moretti"),
    ("Kim Lee met Jo Park on Monday. She resigned on Tuesday.", "Tuesday", "Kim Lee"),
    # negatives: a subject of the other gender, or one that is no person's name, leaves the nearest name
    ("Ana Reyes met Tom Hale on Monday. He resigned on Tuesday.", "Tuesday", "Tom Hale"),
    ("The board met Jo Park on Monday. She resigned on Tuesday.", "Tuesday", "Jo Park"),
])
def test_subject_pronoun_prefers_last_subject(text, timex, subject):
    assert row_of(text, timex)["subject"] == subject


@pytest.mark.parametrize("text,timex,trigger", [
    # a bare past time on an event noun's infinitive dates the noun: the offer was made, the joining was not
    ("Paul Grant made an offer to join a unity cabinet last month, but she rejected it.", "last month", "offer"),
    ("Officials made an attempt to reach the village last week.", "last week", "attempt"),
    # negatives: a time ahead of the report, and a time in the infinitive's own phrase, date the infinitive
    ("The firm made an offer to buy the rival next year.", "next year", "buy"),
    ("The bank announced an agreement to acquire the lender in January.", "January", "acquire"),
])
def test_past_time_on_an_event_nouns_infinitive(text, timex, trigger):
    assert row_of(text, timex)["trigger"] == trigger


@pytest.mark.parametrize("text,timex,subject", [
    # who is to do what the infinitive on an authored plan or offer says: the author
    ("The firm announced a plan to close the plant next year.", "next year", "The firm"),
    ("The firm made an offer to buy the rival next year.", "next year", "The firm"),
    # negative: the subject of "rejected" is not the proposal's author (and the proposal extends nothing: no
    # subject, issue 12's fifth round; this expectation was "a proposal" before)
    ("The union rejected a proposal to extend the contract until 2027.", "2027", None),
])
def test_author_of_a_plan_does_its_infinitive(text, timex, subject):
    got = row_of(text, timex)["subject"]
    assert pd.isna(got) if subject is None else got == subject


@pytest.mark.parametrize("text,timex,subject", [
    # a short infinitive right after a subject noun is part of what the noun names
    ("A dredging project to deepen the river channel was halted in April.", "April",
     "A dredging project to deepen the river channel"),
    ("Efforts to reach the village were suspended on Sunday.", "Sunday", "Efforts to reach the village"),
    # negatives: a relative clause or apposition is still trimmed
    ("The project, which aims to deepen the channel, was halted in April.", "April", "The project"),
    ("The plan, to close the plant, was approved in May.", "May", "The plan"),
])
def test_purpose_infinitive_in_subject(text, timex, subject):
    assert row_of(text, timex)["subject"] == subject


def test_second_probe_batch_floor():
    docs = json.loads((PROBE.parent / "probe2.json").read_text(encoding="utf-8"))["documents"]
    f = heldout.figures(heldout.score(events_gold.run(docs), docs)[0])
    assert f["fully_right"] / f["rows"] >= FLOOR2, f


# fully right on the second probe batch: 34/41 at its first run (after the first batch's rules)
FLOOR2 = 41 / 41


def test_probe_set_floor():
    docs = load()
    results = heldout.score(events_gold.run(docs), docs)[0]
    f = heldout.figures(results)
    assert f["fully_right"] / f["rows"] >= FLOOR, f


# fully right on the probe set: 65/76 at the first run (before this round's rules), see the commit messages
FLOOR = 74 / 76

if __name__ == "__main__":
    heldout.main(load())
