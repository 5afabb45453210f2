"""Events, subjects round s18 (session helper s18): classes found on twelve fresh articles of our own
(tests/data/events_subjects_s18/texts, committed before the tool ran on them; classes in
docs/subjects_s18_classes.md), and the reviewer's items. Each rule has positive and negative sentences of our own,
none from a corpus or a held-out set."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import pytest  # noqa: E402
from test_events_v6 import _na, row_of  # noqa: E402


def _subject(text: str, timex: str, pub: str = "2024-06-12") -> str:
    v = row_of(text, timex, pub)["subject"]
    return "" if _na(v) else str(v)


# --- "they" for a body whose name the text treats as plural (coref._plural_named_body) ------------------------------

@pytest.mark.parametrize("text,timex,subject", [
    ("Harrowgate, who were promoted in May, have lost three games since they beat Selby on August 2.",
     "August 2", "Harrowgate"),
    ("Kestrel Rovers have won four games in a row. They will play Ashby Town on Sunday.", "Sunday", "Kestrel Rovers"),
    ("Denholm were beaten 2-0 at home on Saturday. The defeat leaves them ninth. They host Carrow on Tuesday.",
     "Tuesday", "Denholm"),
])
def test_they_for_a_name_agreeing_in_the_plural(text, timex, subject):
    assert subject in _subject(text, timex)


@pytest.mark.parametrize("text,timex,name", [
    # the name agrees in the singular: the "they" is not the club
    ("Hartley has signed two defenders from Ipswich. They joined the squad on Monday.", "Monday", "Hartley"),
    # a name with no verb that shows its number says nothing
    ("Norvale reported higher sales on Tuesday. They will open a plant in Ohio in May.", "May", "Norvale"),
])
def test_they_not_for_a_name_of_no_plural_number(text, timex, name):
    assert name not in _subject(text, timex)


# --- "X said the suspect was ... He ...": the reported person noun over a name further back
# (coref._reported_person_noun) ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,timex,subject", [
    ("A farmer, named locally as Tom Ridge, was injured in the crash. Superintendent Jane Okafor said the driver "
     "had been arrested. He will appear in court on Tuesday.", "Tuesday", "the driver"),
    ("The shop's owner, identified as Ivan Petrov, was stabbed on Friday. Inspector Ruth Cole said the suspect was "
     "detained in Leeds. He was charged with assault on Sunday.", "Sunday", "the suspect"),
])
def test_pronoun_after_a_reported_person_noun(text, timex, subject):
    assert subject in _subject(text, timex)


@pytest.mark.parametrize("text,timex,subject", [
    # the pronoun reports too: the speaker goes on speaking
    ("A pedestrian, named as Lars Berg, was hurt. Inspector Anne Holt said the driver was arrested at the scene. "
     "She told reporters on Friday that more arrests were likely.", "Friday", "Anne Holt"),
    # a named speaker of the pronoun's gender, the subject of the last sentence, keeps its claim
    ("A pedestrian, named as Lars Berg, was hurt. Chief Inspector Mark Dale said the cyclist was hit near the "
     "bridge. He appealed for witnesses on Monday.", "Monday", "Mark Dale"),
])
def test_pronoun_after_a_reported_person_noun_negatives(text, timex, subject):
    assert subject in _subject(text, timex)


# --- "he"/"she" never a plural common noun the entity tagger labelled a person (coref._plural_common_noun) --------

@pytest.mark.parametrize("text,timex,subject", [
    ("Keepers had watched the female, Mei Hua, around the clock since Monday. She arrived from Japan in 2012 with "
     "a male, Kenji, on a loan.", "2012", "Mei Hua"),
    ("Keepers had watched the tigress, Asha Devi, closely since Tuesday. She arrived from India in 2016.",
     "2016", "Asha Devi"),
])
def test_she_is_no_plural_noun(text, timex, subject):
    assert _subject(text, timex) == subject


def test_she_keeps_a_singular_name_subject():
    text = "Ana Ruiz hired the coach, Tom Berg, in 2019. She resigned in March."
    assert _subject(text, "March") == "Ana Ruiz"


# --- headline of a trailing attribution the parser read as a participle (summary._trailing_attribution_participle) ----

def _event(text: str, timex: str, pub: str = "2024-06-12") -> str:
    v = row_of(text, timex, pub)["event"]
    return "" if _na(v) else str(v)


@pytest.mark.parametrize("text,timex", [
    ("Exports fell for a third month in a row, the statistics office estimated on Monday.", "Monday"),
    ("Attendance dropped by a fifth last season, the league's own survey estimated on Thursday.", "Thursday"),
])
def test_trailing_attribution_is_no_passive(text, timex):
    event = _event(text, timex)
    assert "estimated" in event and "was estimated" not in event


@pytest.mark.parametrize("text,timex,passive", [
    # a participle on the subject, set off by commas before the main verb: passive, "was" goes in
    ("The bridge, opened by the mayor in 1974, was closed on Friday.", "1974", "was opened"),
])
def test_participle_on_a_subject_stays_passive(text, timex, passive):
    assert passive in _event(text, timex)


# --- a same-gender speaker's passive "He was released ..." about the person noun he spoke of (coref._antecedent_name)

@pytest.mark.parametrize("text,timex,subject", [
    ("Detective Sergeant Ian Moss said the driver was stopped on the motorway at 3 a.m. He was charged with "
     "drink-driving on Sunday.", "Sunday", "the driver"),
    ("Superintendent Greg Lowe said the teenager had been seen near the school before the fire broke out. He was "
     "questioned on Tuesday.", "Tuesday", "the teenager"),
])
def test_passive_pronoun_after_a_speakers_person_noun(text, timex, subject):
    assert _subject(text, timex) == subject


@pytest.mark.parametrize("text,timex,subject", [
    # the speaker spoke of a thing: what is done to "he" is done to the speaker
    ("Coach Tom Hale said the deal was signed on Monday. He was sacked on Friday.", "Friday", "Tom Hale"),
    # an active "he" after a same-gender speaker goes on being the speaker
    ("Chief Inspector Mark Dale said the cyclist was hit near the bridge. He appealed for witnesses on Monday.",
     "Monday", "Mark Dale"),
])
def test_passive_pronoun_after_a_speakers_person_noun_negatives(text, timex, subject):
    assert subject in _subject(text, timex)


# --- "The court heard that ...", "..., the tribunal heard": a hearing verb with a clause names the source
# (lexicon hearing_verbs, coref.reports) ----------------------------------------------------------------------------

def _source(text: str, timex: str, pub: str = "2024-06-12") -> str:
    v = row_of(text, timex, pub)["source"]
    return "" if _na(v) else str(v)


@pytest.mark.parametrize("text,timex,source", [
    ("The inquest heard that the pilot had reported an engine fault on March 3.", "March 3", "The inquest"),
    ("Shepherd took cash from the till on 40 occasions in 2021, the tribunal heard.", "2021", "the tribunal"),
])
def test_hearing_verb_with_a_clause_is_the_source(text, timex, source):
    assert _source(text, timex) == source


@pytest.mark.parametrize("text,timex,source", [
    ("Residents heard an explosion on Friday.", "Friday", ""),  # a plain object: an ordinary verb
    ("Neighbours heard shouting on Saturday night, police said.", "Saturday night", "police"),
])
def test_hearing_verb_with_an_object_reports_nothing(text, timex, source):
    assert _source(text, timex) == source


# --- headlines: a name made by a possessive keeps its "'s" (summary._name_with_elided_head) -------------------------

@pytest.mark.parametrize("text,timex,event", [
    ("The deciding match will be played at Lord's on Wednesday.", "Wednesday",
     "The deciding match will be played at Lord's"),
    ("She worked at McDonald's in 2010.", "2010", "She worked at McDonald's"),
])
def test_name_made_by_a_possessive_keeps_its_s(text, timex, event):
    assert _event(text, timex) == event


def test_possessive_of_a_kept_noun_is_no_name():
    # an owner whose possessed noun follows ("Apple's shares") is no name made by the possessive: a headline cut
    # after its "'s" still loses it
    from timeline.events.summary import _name_with_elided_head
    from timeline.pipeline.model import load
    doc = load()("Apple's shares fell on Monday.")
    assert not _name_with_elided_head(doc[1], [doc[0], doc[1]])
    doc = load()("The match will be played at Lord's on Wednesday.")
    at = next(t for t in doc if t.text == "'s")
    assert _name_with_elided_head(at, [doc[at.i - 1], at])
