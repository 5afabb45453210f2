"""Events, subjects and modality round s19 (session helper s19): the reviewer's items (review18 round 2) and the
classes found on TimeBank wire documents of the tuned half (docs/subjects_wire19_classes.md). Every sentence here
is our own, none from a corpus or a held-out set; each rule has positive and negative sentences."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import pytest  # noqa: E402
from test_events_v6 import _na, row_of  # noqa: E402

PUB = "2024-06-12"


def _field(text: str, timex: str, field: str, pub: str = PUB):
    v = row_of(text, timex, pub)[field]
    return "" if _na(v) else v


# --- a relative clause's object pronoun is not the main clause's subject ("The leak that flooded it began ...") ----

@pytest.mark.parametrize("text,timex,subject", [
    ("The storm hit the coast last week. The leak that flooded it first appeared in 2019.", "2019", "The leak"),
    ("Engineers found a fault in the bridge. The corrosion that weakened it probably began in 2011.", "2011",
     "The corrosion"),
    ("The virus reached the farm in May. The outbreak that closed it ended in August.", "August", "The outbreak"),
])
def test_subject_of_a_clause_with_a_relative_on_its_subject(text, timex, subject):
    assert _field(text, timex, "subject").startswith(subject)


@pytest.mark.parametrize("text,timex,subject", [
    # the pronoun is the subject of its own clause: it stays (resolved or not, it is no relative's antecedent)
    ("The factory closed in 2015. It reopened in 2019.", "2019", "The factory"),
    ("The engineers who inspected the dam said it failed in 2019.", "2019", "the dam"),
])
def test_pronoun_subjects_not_taken_for_a_relatives_object(text, timex, subject):
    assert subject.lower() in _field(text, timex, "subject").lower()


# --- "X took N days to V": the subject of V is X, not the length ------------------------------------------------

@pytest.mark.parametrize("text,timex,subject", [
    ("The previous government took 80 days to form in 2017.", "2017", "The previous government"),
    ("The new bridge took three years to build in the 1990s.", "the 1990s", "The new bridge"),
    ("The jury took four hours to reach a verdict on Monday.", "Monday", "The jury"),
])
def test_subject_of_took_a_length_to(text, timex, subject):
    assert _field(text, timex, "subject") == subject


@pytest.mark.parametrize("text,timex,subject", [
    # a length that is itself the subject stays it
    ("Three weeks passed before the mayor answered in March.", "March", "the mayor"),
    ("The company spent 40 days negotiating the sale in 2020.", "2020", "The company"),
])
def test_lengths_not_subjects(text, timex, subject):
    assert _field(text, timex, "subject") == subject


# --- modality of a modal auxiliary before a raising predicate, and "hoped to" with a deadline ---------------------

@pytest.mark.parametrize("text,timex,modality", [
    ("Dock workers will refuse to unload ships from July 1, their union said.", "July 1", "will refuse to"),
    ("The airline would fail to repay the loan by December, analysts warned.", "December", "would fail to"),
    ("The two parties had hoped to sign a deal by Friday.", "Friday", "hopes to"),
    ("The builders had planned to finish the tower by March.", "March", "plans to"),
])
def test_modality_reads_as_words(text, timex, modality):
    assert _field(text, timex, "modality", "2024-01-10") == modality


@pytest.mark.parametrize("text,timex,modality", [
    # no modal before it: the form is kept
    ("The board refused to approve the merger on Monday.", "Monday", "refused to"),
    ("The council agreed to sell the land in May.", "May", "agreed to"),
])
def test_modality_kept_without_a_modal(text, timex, modality):
    assert _field(text, timex, "modality", "2024-06-12") == modality


# --- "had not ruled out a strike": a possibility is not asserted -----------------------------------------------

@pytest.mark.parametrize("text,timex", [
    ("The pilots' union said it had not ruled out a strike in the summer.", "the summer"),
    ("The club has not ruled out a move for the striker in January.", "January"),
    ("Officials did not rule out an evacuation of the town on Friday.", "Friday"),
])
def test_not_ruled_out_is_not_asserted(text, timex):
    assert not bool(row_of(text, timex, "2024-03-12")["asserted"])


@pytest.mark.parametrize("text,timex", [
    # ruled out without "not": still no act asserted... but a past act named beside it stays asserted
    ("The union held a strike in January.", "January"),
    ("The ministry said it had ruled out a recount, and the results were certified on Friday.", "Friday"),
])
def test_other_rows_stay_asserted(text, timex):
    assert bool(row_of(text, timex, "2024-03-12")["asserted"])


# --- wire class 1: a possessive pronoun on the event noun left unresolved (docs/subjects_wire19_classes.md) --------

@pytest.mark.parametrize("text,timex,subject", [
    # a possessive in a relative clause whose subject is the relative word: the noun the clause hangs on
    ("Former senator Paul Brandt, who made the issue the centre of his failed 2018 campaign, welcomed the vote.",
     "2018", "Paul Brandt"),
    ("The airline, which cut its 2020 schedule in half, hired 300 pilots on Friday.", "2020", "The airline"),
    # a company's short name the entity tagger took for a person's: the company, named in full
    ("Morton Fielding Co. reported a 40% drop in profit on Tuesday. The Leeds company earned 5 million pounds, "
     "down from 9 million pounds. Sales in the period rose 3%. The bakery in Hull will be closed over the next "
     "year, a spokesman said. Morton attributed its third-quarter slump partly to higher costs of flour.",
     "third-quarter", "Morton"),
])
def test_possessive_pronoun_on_the_event_noun(text, timex, subject):
    assert subject in _field(text, timex, "subject", "2024-10-02")


@pytest.mark.parametrize("text,timex,wrong", [
    # another noun that fits comes between the relative word and the pronoun: not the clause's noun
    ("The mayor, who criticised the governor over his 2018 campaign, lost the vote.", "2018", "mayor"),
    # a person's surname that opened no company's name is no "it"
    ("Anna Morton joined Fielding Co. on Tuesday as its finance chief. Sales rose 3% in the period. "
     "Morton attributed its third-quarter slump partly to higher costs of flour.", "third-quarter", "Morton"),
])
def test_possessive_pronoun_not_given_to_a_noun_that_does_not_fit(text, timex, wrong):
    assert wrong not in _field(text, timex, "subject", "2024-10-02")


# --- wire class 2: the clause's subject given to an event noun it did not do, inside its object's phrase ---------

@pytest.mark.parametrize("text,timex,wrong", [
    # an event in a report the subject takes in (report_taking_verbs + attribution_documents)
    # (a bare time: with its own preposition, "in 2019", the time is the receiving's, session 27)
    ("The agency said it received more than 900 reports of hate crimes last year.", "last year", "agency"),
    ("The ministry received reports of a 2019 attack on a convoy.", "2019", "ministry"),
    # a noun set off by a comma after the object, parsed as a second object
    ("Protesters blamed the police for the shooting, a 2020 raid on a flat.", "2020", "Protesters"),
])
def test_subject_not_given_to_an_event_inside_the_object(text, timex, wrong):
    assert wrong not in _field(text, timex, "subject")


@pytest.mark.parametrize("text,timex,subject", [
    # a verb of making the record: its subject did what it records
    ("Police released records of the 2021 arrests.", "2021", "Police"),
    # the verb's own object: its subject takes part in it
    ("England lost the 2021 final to Italy.", "2021", "England"),
])
def test_subject_kept_for_an_event_the_subject_takes_part_in(text, timex, subject):
    assert _field(text, timex, "subject") == subject


def _parsed(words, heads, deps, pos, tags):
    """A Doc with the parse given (the misparse a rule is for, which the model makes in some contexts only)."""
    import spacy
    from spacy.tokens import Doc
    nlp = spacy.blank("en")
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags,
              lemmas=[w.lower() for w in words])
    return doc


def test_noun_set_off_after_the_object_parsed_as_the_verbs_conjunct():
    from timeline.events import link
    # "Rebel leaflets claim responsibility for the ambush, a 2016 attack on a post."
    words = ["Rebel", "leaflets", "claim", "responsibility", "for", "the", "ambush", ",", "a", "2016", "attack", "on",
             "a", "post", "."]
    heads = [1, 2, 2, 2, 3, 6, 4, 2, 10, 10, 2, 10, 13, 11, 2]
    deps = ["compound", "nsubj", "ROOT", "dobj", "prep", "det", "pobj", "punct", "det", "nummod", "conj", "prep",
            "det", "pobj", "punct"]
    pos = ["PROPN", "NOUN", "VERB", "NOUN", "ADP", "DET", "NOUN", "PUNCT", "DET", "NUM", "NOUN", "ADP", "DET", "NOUN",
           "PUNCT"]
    tags = ["NNP", "NNS", "VBP", "NN", "IN", "DT", "NN", ",", "DT", "CD", "NN", "IN", "DT", "NN", "."]
    doc = _parsed(words, heads, deps, pos, tags)
    assert link._set_off_second_object(doc[10], doc[2])
    # with an "and" it is a list, whose members the verb's subject may do
    words2 = words[:7] + ["and", "a", "2016", "attack", "on", "a", "post", "."]
    deps2 = deps[:7] + ["cc"] + deps[8:]
    pos2 = pos[:7] + ["CCONJ"] + pos[8:]
    tags2 = tags[:7] + ["CC"] + tags[8:]
    doc2 = _parsed(words2, heads, deps2, pos2, tags2)
    assert not link._set_off_second_object(doc2[10], doc2[2])


# --- wire class 3 (asserted): an event noun an outcome verb yields shares that verb's modality ("expects to post a
# loss", "expected to result in a charge"). Read through the TimeML reader, as the wire documents were: with the
# time expression given, the plain-text path reaches the verb's modality by another way. -------------------------

_TML = """<?xml version="1.0" ?>
<TimeML><DOCID>own</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="{pub}" functionInDocument="CREATION_TIME">{pub}</TIMEX3></DCT>
<TEXT>
{text}
</TEXT>
</TimeML>
"""


def _tml_row(tmp_path, text: str, timex: str, pub: str = "2024-10-02"):
    import timeline
    from timeline.readers import read_path
    f = tmp_path / "own.tml"
    f.write_text(_TML.format(pub=pub, text=text), encoding="utf-8")
    df = timeline.extract_many(read_path(f))
    hit = df[df["timex_text"] == timex]
    assert len(hit), df[["timex_text", "trigger"]].to_dict("records")
    return hit.iloc[0]


@pytest.mark.parametrize("text,timex", [
    ('Tarvik Audio has lost money for years. It expects to post a loss of 2 billion yen for the year ending '
     '<TIMEX3 tid="t1" type="DATE" value="2024-10-03">tomorrow</TIMEX3>, and its debts exceed its assets.',
     "tomorrow"),
    ('Halden Bank said it will close 40 branches in a cost-cutting move expected to result in a '
     '<TIMEX3 tid="t1" type="DATE" value="2024-Q3">third-quarter</TIMEX3> charge.', "third-quarter"),
    ('Halden Bank expects to post a loss for <TIMEX3 tid="t1" type="DATE" value="2024-Q3">the third quarter'
     '</TIMEX3>.', "the third quarter"),
])
def test_outcome_noun_under_a_modal_verb_is_not_asserted(tmp_path, text, timex):
    row = _tml_row(tmp_path, text, timex)
    assert not bool(row["asserted"]) and not _na(row["modality"])


@pytest.mark.parametrize("text,timex", [
    ('Halden Bank posted a loss for <TIMEX3 tid="t1" type="DATE" value="2024-Q3">the third quarter</TIMEX3>.',
     "the third quarter"),
    ('The closures resulted in a <TIMEX3 tid="t1" type="DATE" value="2024-Q3">third-quarter</TIMEX3> charge.',
     "third-quarter"),
    ('The bank, which expects to grow, posted a loss for <TIMEX3 tid="t1" type="DATE" value="2024-Q3">the third '
     'quarter</TIMEX3>.', "the third quarter"),
])
def test_outcome_noun_of_a_plain_verb_stays_asserted(tmp_path, text, timex):
    assert bool(_tml_row(tmp_path, text, timex)["asserted"])
