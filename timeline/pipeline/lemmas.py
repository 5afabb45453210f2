"""The rule lemmatizer's answers kept for every word form, base forms included.

spaCy's rule lemmatizer keeps its answer per (word, POS, morphology) only for inflected forms: a base form
("said" aside, most of a text: singular nouns, infinitives, positive adjectives) is checked again at every
occurrence, with the morphology turned into a dict each time, which was about a tenth of the extraction path's
CPU. The answer depends on nothing but that key (the form's text, its POS and its morphology: see
``EnglishLemmatizer.is_base_form``), so every answer can be kept; the lemmas come out the same.

Its word lists (``lemma_index``: the known nouns, verbs, adjectives, adverbs) are Python lists, which
``rule_lemmatize`` asks ``form in index`` of for every candidate form: a scan of up to 57,528 nouns, about
0.2 ms per new word form, 7 % of an extraction's CPU on the dev texts. Each list is given a set to answer
membership from (:class:`_IndexList`, still the same list for anything that iterates or serialises it).
"""

from __future__ import annotations

from spacy.pipeline import Lemmatizer


class _IndexList(list):
    """A lemma index list answering ``in`` from a set of its items (the list is never changed after loading)."""

    def __init__(self, items):
        super().__init__(items)
        self._set = frozenset(self)

    def __contains__(self, item) -> bool:
        return item in self._set


class CachedLemmas:
    """``lemmatize`` for a rule lemmatizer: its own ``rule_lemmatize``, each key answered once."""

    def __init__(self, lemmatizer: Lemmatizer):
        self._rule = lemmatizer.rule_lemmatize
        self._known: dict[tuple, list[str]] = {}

    def __call__(self, token) -> list[str]:
        key = (token.orth, token.pos, token.morph.key)
        forms = self._known.get(key)
        if forms is None:
            forms = self._known[key] = self._rule(token)
        return forms


def _index_sets(lemmatizer: Lemmatizer) -> None:
    if "lemma_index" not in lemmatizer.lookups.tables:
        return
    index = lemmatizer.lookups.get_table("lemma_index")
    for key, words in list(index.items()):
        if type(words) is list:
            index[key] = _IndexList(words)


def cache_lemmas(nlp) -> None:
    """Give the pipeline's rule lemmatizer (if it has one) an answer per word form kept for good."""
    if "lemmatizer" not in nlp.component_names:
        return
    lemmatizer = nlp.get_pipe("lemmatizer")
    if isinstance(lemmatizer, Lemmatizer) and lemmatizer.mode == "rule" \
            and not isinstance(lemmatizer.lemmatize, CachedLemmas):
        _index_sets(lemmatizer)
        lemmatizer.lemmatize = CachedLemmas(lemmatizer)
