"""Speed paths that must give exactly what the plain path gives (benchmarks/same_outputs.py checks the whole
pipeline on the dev texts; these check the pieces on adversarial text)."""

from __future__ import annotations

import random
import re

import pytest

from timeline.temporal.tagger import _TRIGGERS
from timeline.temporal.triggers import _first_class, _starts_at, find_windows, make_trigger

# digits of several scripts, quotes, letters, separators: the characters the trigger classes are about
_ALPHABET = "0123456789" "٣٤" "'’`\"" "aAdDhHmMqQsStT" " \n-/:._,ſKİı"
_TEXTS = [
    "", "1", "a1", "2023-09-05", "the 1990s and '70s", "at 09:15 GMT, 0630 local time", "Q3 and 2Q", "H1 H2 1H",
    "3rd 21st 1st2nd", "1/2/3", "20023 1999 2000a", "FY2023 ’85", "4.30pm 4 p.m. 4 a. m", "x\u0663\u0664\u0665\u0666",
    "12341234", "1" * 50, "Mondays and mornings, holidays", "ſt", "1ſt",
]


_PIECES = ["days", "DAYS", "Days", "dayſ", "mornings", "nights", "half", "HALF", "fy", "FY", "Fy", "q", "Q", "h", "H",
           "mid", "MID-", "ties", "0s", "0’s", "week", "year", "the ", "İ", "ı", "ſ", "K", "ǅ", "é", "Σ"]


def _random_texts(n: int, seed: int = 7) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(_ALPHABET) if rnd.random() < 0.7 else rnd.choice(_PIECES)
                    for _ in range(rnd.randint(0, 60))) for _ in range(n)]


def _regex_triggers():
    return [t for t in _TRIGGERS if t.regex is not None]


def test_some_trigger_takes_the_first_character_path():
    assert any(t.first is not None for t in _regex_triggers())


@pytest.mark.parametrize("trigger", [t for t in _regex_triggers() if t.first is not None], ids=lambda t: t.spec)
def test_first_character_path_finds_what_finditer_finds(trigger):
    for text in _TEXTS + _random_texts(3000):
        positions = [m.start() for m in trigger.first.finditer(text)]
        assert _starts_at(text, trigger.regex, positions) == [m.span() for m in trigger.regex.finditer(text)], text


@pytest.mark.parametrize("pattern,cls", [
    (r"\d{4}[-/]\d\d", r"\d"),
    (r"(?<!\d)(?:1\d|20)\d\d(?!\d)", r"\d"),
    (r"\b[012]\d", r"\d"),
    (r"['’]\d\d", "['’]"),
    (r"(\d+)x", r"\d"),
    (r"[0-9]|٣", "[0-9٣]"),
    (r"Q[1-4]|[1-4]Q", None),  # a letter may start it: scanned as before
    (r"\d?x", None),  # optional first part
    (r"(?:\d|)x", None),  # an empty alternative
    (r"[^a]\d", None),  # a negated class
    (r"(?i:\d)x", None),  # a flag change
    (r"\b", None),  # only zero-width
])
def test_first_class(pattern, cls):
    got = _first_class(pattern, re.IGNORECASE)
    assert (got.pattern if got is not None else None) == cls


def test_letter_triggers_know_what_they_need():
    needs = {t.spec: t.needs for t in _regex_triggers()}
    assert needs["FY"] == {"fy"} and needs["half\\b"] == {"half"}
    assert any(t.needs for t in _regex_triggers())


def test_windows_unchanged_by_the_first_character_path():
    # the same triggers without their class or needed strings scan the whole text: the windows must not differ
    triggers = _TRIGGERS
    plain = [make_trigger.__wrapped__(t.spec) for t in triggers]
    plain = [type(t)(t.spec, t.words, t.regex) for t in plain]
    for text in _TEXTS + _random_texts(500, seed=11):
        fast = find_windows(text, triggers)
        slow = find_windows(text, plain)
        assert [fast[t] for t in triggers] == [slow[p] for p in plain], text


# ------------------------------------------------------------------ the attribute ruler's table lookup

_RULER_TEXTS = [
    "The company said on Monday it ain't going to cut 2,000 jobs, but wasn't sure.",
    "Shares rose 3% to $12.50 in New York; the index fell.\n\nHe's done it — again!",
    "I am, you are, she is: 'tis the season. Don't! Won't? Can't... y'all gonna wanna",
    "  \t Mr. Smith's U.S.-based firm (NYSE: XYZ) posted a 1.2 billion-dollar loss in Q3 2023 .",
]


def test_attribute_ruler_lookup_gives_the_rulers_own_matches():
    from timeline.pipeline import load
    from timeline.pipeline.ruler import FastMatch

    nlp = load(None)
    ruler = nlp.get_pipe("attribute_ruler")
    fast = ruler.__dict__.get("match")
    assert isinstance(fast, FastMatch) and fast.general and fast.by_lower and fast.rest_keys
    plain = type(ruler).match
    rnd = random.Random(3)
    words = " ".join(_RULER_TEXTS).split()
    texts = _RULER_TEXTS + [" ".join(rnd.choice(words) for _ in range(rnd.randint(1, 40))) for _ in range(200)]
    skip = ["attribute_ruler", "lemmatizer", "ner", "timex"]
    from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG
    from spacy.pipeline import AttributeRuler

    for doc in nlp.pipe(texts, disable=skip):
        assert fast(doc) == plain(ruler, doc), doc.text
        other = doc.copy()
        ruler(doc)  # the fast match and set_annotations
        AttributeRuler.set_annotations(ruler, other, plain(ruler, other))
        assert (doc.to_array([POS, TAG, LEMMA, MORPH, DEP]) == other.to_array([POS, TAG, LEMMA, MORPH, DEP])).all()
    doc = nlp.make_doc("no tags at all")  # unannotated: only the lower forms can match
    assert fast(doc) == plain(ruler, doc)


def test_attribute_ruler_lookup_follows_added_patterns():
    import spacy

    from timeline.pipeline.ruler import FastMatch, speed_up

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "x"}]], {"LEMMA": "ex"})
    speed_up(nlp)
    assert isinstance(ruler.__dict__["match"], FastMatch)
    ruler.add([[{"LOWER": "y"}, {"LOWER": "z"}]], {"LEMMA": "why"})
    ruler.add([[{"TAG": {"IN": ["NN", "NNS"]}, "LOWER": "y"}]], {"LEMMA": "wye"})
    doc = nlp("x y z Y")
    assert [t.lemma_ for t in doc] == ["ex", "why", "", ""]
    ruler.clear()  # the same number of patterns again, other ones
    ruler.add([[{"LOWER": "y"}]], {"LEMMA": "new"})
    ruler.add([[{"LOWER": "x"}]], {"LEMMA": "other"})
    ruler.add([[{"LOWER": "z"}]], {"LEMMA": "zed"})
    doc = nlp("x y z Y")
    assert [t.lemma_ for t in doc] == ["other", "new", "zed", "new"]


# ------------------------------------------------------------------ window Docs

def test_window_doc_is_the_doc_built_from_words_and_sentence_starts():
    import numpy as np
    from spacy.attrs import IDX, IS_SPACE, LENGTH, LOWER, NORM, ORTH, SENT_START, SPACY
    from spacy.tokens import Doc

    from timeline.pipeline import load
    from timeline.pipeline.candidates import Window
    from timeline.pipeline.pieces import prepare_doc
    from timeline.pipeline.selective import _Piece

    nlp = load(None)
    text = "Headline here\nBy a writer\n\nThe vote was Monday. \"It won't,\" he said!  Then (in May) it did.\n"
    attrs = [ORTH, SPACY, SENT_START, IDX, LOWER, IS_SPACE, LENGTH, NORM]
    for doc in (prepare_doc(nlp, text, None, line_sentences=True), nlp(text)):
        piece = _Piece.__new__(_Piece)
        piece.doc, piece._arr, piece._sents = doc, doc.to_array([ORTH, SPACY, SENT_START, NORM]), None
        n = len(doc)
        for start in range(0, n, 3):
            for end in (start, min(n, start + 5), n):
                for sentences in (False, True):
                    w = Window(start, end, ())
                    got = piece.window_doc(w, sentences)
                    marks = doc.to_array(SENT_START)[start:end].astype(np.int64).tolist()
                    # the preset non-starts travel too ("a.m. local time": pieces._no_break_after_abbreviations),
                    # except on a window's first token, which no preset may bar from starting it
                    keep = {1: True, -1: False}
                    if marks and not sentences and marks[0] == -1:
                        marks[0] = 0
                    want = Doc(doc.vocab, words=[t.text for t in doc[start:end]],
                               spaces=[bool(t.whitespace_) for t in doc[start:end]],
                               sent_starts=[keep.get(s) for s in marks])
                    if end > start:  # with the tokenizer's norms ("n't" -> "not"), which the window keeps
                        want.from_array([NORM], doc.to_array([NORM])[start:end].reshape(-1, 1))
                    assert got.text == want.text
                    assert (got.to_array(attrs) == want.to_array(attrs)).all()
                    assert [t.is_sent_start for t in got] == [t.is_sent_start for t in want]
