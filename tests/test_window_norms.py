"""The selective pipeline runs the model on windows rebuilt from the tokens: they must carry the tokenizer's
norms ("’ll" -> "will", "n’t" -> "not"), which the tagger and parser read as features. Without them a curly
contraction, as web pages write it, was tagged a verb of its own and the row lost its modality and subject."""

from __future__ import annotations

import pytest

import timeline
from timeline import pipeline
from timeline.pipeline import selective

CURLY = [
    "She’ll testify on Friday.",
    "The mayor’s office said it’ll reopen the bridge on Friday.",
    "The company won’t sell the plant before June.",
    "They’re meeting on Monday, and we’ve asked to attend.",
]


@pytest.mark.parametrize("text", CURLY)
def test_windows_keep_the_tokenizers_norms(text):
    nlp = pipeline.load()
    doc = nlp.make_doc(text)
    norms = [t.norm_ for t in doc]
    out = selective.annotate(nlp, [doc], [text])[0]
    assert [t.norm_ for t in out] == norms
    full = nlp(text)
    assert [(t.tag_, t.dep_) for t in out] == [(t.tag_, t.dep_) for t in full]


@pytest.mark.parametrize("text", CURLY[:2])
def test_curly_contractions_give_the_rows_of_straight_ones(text):
    columns = ["timex_value", "trigger", "subject", "modality", "asserted"]
    curly = timeline.extract(text, pub_date="2023-09-05")[columns]
    straight = timeline.extract(text.replace("’", "'"), pub_date="2023-09-05")[columns]
    assert curly.assign(subject=curly.subject.str.replace("’", "'")).equals(straight)
