"""The rule lemmatizer's answers kept for every word form, base forms included.

spaCy's rule lemmatizer keeps its answer per (word, POS, morphology) only for inflected forms: a base form
("said" aside, most of a text: singular nouns, infinitives, positive adjectives) is checked again at every
occurrence, with the morphology turned into a dict each time, which was about a tenth of the extraction path's
CPU. The answer depends on nothing but that key (the form's text, its POS and its morphology: see
``EnglishLemmatizer.is_base_form``), so every answer can be kept; the lemmas come out the same.
"""

from __future__ import annotations

from spacy.pipeline import Lemmatizer


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


def cache_lemmas(nlp) -> None:
    """Give the pipeline's rule lemmatizer (if it has one) an answer per word form kept for good."""
    if "lemmatizer" not in nlp.component_names:
        return
    lemmatizer = nlp.get_pipe("lemmatizer")
    if isinstance(lemmatizer, Lemmatizer) and lemmatizer.mode == "rule" \
            and not isinstance(lemmatizer.lemmatize, CachedLemmas):
        lemmatizer.lemmatize = CachedLemmas(lemmatizer)
