"""Speed-ups that must not change what comes out: the lemmatizer's kept answers (timeline/pipeline/lemmas.py) give
the lemmas spaCy's own rule lemmatizer gives; a Doc's text joined once (timeline/doctext.py) is its text."""

import spacy

from timeline.pipeline import model
from timeline.pipeline.lemmas import CachedLemmas

TEXT = ("The ministers said on Tuesday that they had been meeting since 2019 and would meet again. She says the "
        "talks are going well; the best offers were rejected. Flights were cancelled, flying was banned, and the "
        "airline's shares fell. He was happier, and their happiest days are behind them. Running, ran, runs, run.")


def test_cached_lemmas_are_spacys_own():
    ours = model.load()
    assert isinstance(ours.get_pipe("lemmatizer").lemmatize, CachedLemmas)
    plain = spacy.load(model.DEFAULT_MODEL)
    want = [(t.text, t.lemma_) for t in plain(TEXT)]
    # twice: the second pass is answered from what the first kept
    for _ in range(2):
        with model.one_blas_thread():
            got = [(t.text, t.lemma_) for t in ours(TEXT)]
        assert got == want


def test_cache_is_installed_once():
    ours = model.load()
    before = ours.get_pipe("lemmatizer").lemmatize
    from timeline.pipeline.lemmas import cache_lemmas

    cache_lemmas(ours)
    assert ours.get_pipe("lemmatizer").lemmatize is before


def test_doc_text_joined_once_is_the_docs_text():
    from timeline.doctext import text_of

    doc = model.load_for_tagging()("Rains hit the city on Monday.  Schools closed\\non Tuesday.")
    assert text_of(doc) == doc.text
    assert text_of(doc) is text_of(doc)  # kept, not joined again


def test_lemma_index_answers_membership_as_its_list():
    lemmatizer = model.load().get_pipe("lemmatizer")
    plain = spacy.load(model.DEFAULT_MODEL).get_pipe("lemmatizer").lookups.get_table("lemma_index")
    index = lemmatizer.lookups.get_table("lemma_index")
    assert set(index) == set(plain)
    for key, words in index.items():
        assert isinstance(words, list) and list(words) == plain[key]  # the same list, in order
        for w in words[:50] + ["meeting", "xqzzy", "", "Ministers", words[-1] + "s"]:
            assert (w in words) == (w in plain[key])
    assert lemmatizer.lookups.to_bytes()  # still serialisable
