"""Speed-ups that must not change what comes out: the lemmatizer's kept answers (timeline/pipeline/lemmas.py) give
the lemmas spaCy's own rule lemmatizer gives; a Doc's text joined once (timeline/doctext.py) is its text; the parser
and NER stepped from Python (timeline/pipeline/transition.py) give spaCy's own parse and entities."""

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


STEPPED_TEXTS = [
    TEXT,
    "Maria Lopez, the finance minister of Chile, resigned on Monday. She had led the ministry since March 2021, "
    "when President Gabriel Boric named her. Officials in Santiago said her deputy, Tomas Riera, would act until "
    "Friday.",
    "PARIS, May 6 (Wire) - Kestrel Pay plans to list its shares in Amsterdam next year\n\nThe company, founded in "
    "2014 by two former Deutsche Bank traders, said revenue rose 40% to 1.2 billion euros in 2023.",
    "",
    "  \n ",
    "Storm.",
    "The World Health Organization declared the outbreak over on 12 June 2024 after 42 days without a new case in "
    "Kinshasa; Dr. Jean-Paul Mbeki of the ministry said vaccination would continue through the rainy season, and "
    "UNICEF and Gavi promised another $15 million by the end of the year.",
]
_ANNOTATIONS = ["HEAD", "DEP", "SENT_START", "TAG", "POS", "LEMMA", "ENT_IOB", "ENT_TYPE"]


def _prepared(nlp):
    from timeline.pipeline.pieces import prepare_doc

    return [prepare_doc(nlp, t, None, line_sentences=True) for t in STEPPED_TEXTS]


def test_stepped_parse_is_spacys_own():
    from timeline.pipeline import transition

    nlp = model.load()
    assert [name for name, proc in nlp.pipeline if transition.steppable(proc)] == ["parser", "ner"]
    for batch_size in (len(STEPPED_TEXTS), 3, 1):  # Parser.pipe's batches and sorted sub-batches, as cut
        with model.one_blas_thread():
            want = list(nlp.pipe(_prepared(nlp), batch_size=batch_size, disable=["timex"]))
            got = list(transition.pipe(nlp, _prepared(nlp), batch_size, ["timex"]))
        assert len(got) == len(want)
        for g, w in zip(got, want):
            assert g.to_array(_ANNOTATIONS).tolist() == w.to_array(_ANNOTATIONS).tolist(), w.text
            assert [(e.start, e.end, e.label_) for e in g.ents] == [(e.start, e.end, e.label_) for e in w.ents]
    # and one component alone, as the selective path runs NER after the parse
    with model.one_blas_thread():
        parsed = list(nlp.pipe(_prepared(nlp), disable=["ner", "timex"]))
        want = [d.to_array(_ANNOTATIONS).tolist() for d in nlp.pipe([d.copy() for d in parsed], disable=[
            n for n in nlp.pipe_names if n != "ner"])]
        got = [d.to_array(_ANNOTATIONS).tolist() for d in transition.pipe(nlp, parsed, 8, [
            n for n in nlp.pipe_names if n != "ner"])]
    assert got == want


def test_only_greedy_transition_components_are_stepped():
    from timeline.pipeline import transition

    nlp = model.load()
    assert not transition.steppable(nlp.get_pipe("tagger"))
    assert not transition.steppable(nlp.get_pipe("timex"))
    parser = nlp.get_pipe("parser")
    parser.cfg["beam_width"] = 4  # beam search is left to spaCy
    try:
        assert not transition.steppable(parser)
    finally:
        parser.cfg["beam_width"] = 1
