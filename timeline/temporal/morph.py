"""Coarse POS and lemmas that work with or without spaCy's attribute_ruler and lemmatizer.

The fast tagging path runs only tok2vec + tagger (+ senter): fine-grained PTB tags are there, the
universal POS and lemmas are not. These helpers fall back to a PTB -> UPOS table and to the lowercase form.
"""

from __future__ import annotations

import functools

from spacy.tokens import Token

from .vocab import vocab

PTB_TO_UPOS = {
    "NN": "NOUN", "NNS": "NOUN", "NNP": "PROPN", "NNPS": "PROPN", "VB": "VERB", "VBD": "VERB", "VBG": "VERB",
    "VBN": "VERB", "VBP": "VERB", "VBZ": "VERB", "MD": "AUX", "JJ": "ADJ", "JJR": "ADJ", "JJS": "ADJ",
    "RB": "ADV", "RBR": "ADV", "RBS": "ADV", "WRB": "ADV", "DT": "DET", "PDT": "DET", "WDT": "DET",
    "PRP": "PRON", "PRP$": "PRON", "WP": "PRON", "WP$": "PRON", "IN": "ADP", "CD": "NUM", "CC": "CCONJ",
    "TO": "PART", "POS": "PART", "RP": "ADP", "UH": "INTJ", "EX": "PRON", "FW": "X", "SYM": "SYM",
    ".": "PUNCT", ",": "PUNCT", ":": "PUNCT", "``": "PUNCT", "''": "PUNCT", "-LRB-": "PUNCT", "-RRB-": "PUNCT",
    "HYPH": "PUNCT", "NFP": "PUNCT", "$": "SYM", "#": "SYM", "ADD": "X", "AFX": "ADJ", "XX": "X", "_SP": "SPACE",
}


def aux_forms(*classes: str) -> frozenset[str]:
    """The forms of the auxiliary classes named ("be", "be_past", "have", "have_finite", "have_past", "do",
    "get_passive"), from the one vocabulary table every module reads them from."""
    table = vocab()["auxiliaries"]
    return frozenset(w for c in classes for w in table[c])


_AUX_FORMS = aux_forms("be", "have", "do")


def upos(tok: Token) -> str:
    p = tok.pos_
    if p:
        return p
    p = PTB_TO_UPOS.get(tok.tag_, "X")
    if p == "VERB" and tok.lower_ in _AUX_FORMS:
        return "AUX"
    return p


_IRREGULAR = {"said": "say", "says": "say", "told": "tell", "set": "set", "had": "have", "has": "have",
              "was": "be", "were": "be", "is": "be", "are": "be", "been": "be", "am": "be", "'s": "be", "'re": "be",
              "wrote": "write", "written": "write", "going": "go", "went": "go", "did": "do", "does": "do"}


def irregular_forms(lemmas) -> set[str]:
    """The irregular inflected forms this module knows for ``lemmas`` ("said", "told" for say, tell)."""
    return {form for form, lem in _IRREGULAR.items() if lem in lemmas}


@functools.cache
def verb_prefixes() -> tuple[str, ...]:
    """The verb prefixes the tokenizer keeps on their word with the hyphen (vocab "verb_prefixes")."""
    return tuple(vocab()["verb_prefixes"]["words"])


def _split_prefix(word: str) -> tuple[str, str] | None:
    """A word with a listed verb prefix and its hyphen as (prefix, the rest): "re-scheduled" -> ("re", "scheduled")."""
    if "-" in word:
        for p in verb_prefixes():
            if word.startswith(p + "-") and len(word) > len(p) + 1:
                return p, word[len(p) + 1:]
    return None


def unhyphenated(word: str) -> str:
    """A verb with a listed prefix and its hyphen as the vocabulary spells it: "re-scheduled" -> "rescheduled"."""
    split = _split_prefix(word)
    return split[0] + split[1] if split else word


def without_prefix(word: str) -> str:
    """The verb after a listed prefix and its hyphen, as the tokenizer split it before keeping the two whole:
    "re-scheduled" -> "scheduled" (the lemma "re-schedule" -> "schedule")."""
    split = _split_prefix(word)
    return split[1] if split else word


def _lemma_as(tok: Token, spell) -> str:
    # the token's own lemma when the lemmatizer ran over it (asking the Doc would scan every token per call)
    if tok.lemma:
        return spell(tok.lemma_.lower())
    return _fallback_lemma(spell(tok.lower_), tok.tag_)


def lemma(tok: Token) -> str:
    return _lemma_as(tok, unhyphenated)


def lemma_after_prefix(tok: Token) -> str:
    """The lemma of the verb after a listed prefix and its hyphen ("re-scheduled" -> "schedule"); the lemma itself
    for any other word."""
    return _lemma_as(tok, without_prefix)


def _fallback_lemma(w: str, tag: str) -> str:
    if w in _IRREGULAR and tag != "POS":  # a possessive "'s" is no "is"
        return _IRREGULAR[w]
    if tag in ("VBD", "VBN") and w.endswith("ed"):
        stem = w[:-2]
        if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "ls":
            return stem[:-1]  # planned -> plan
        return stem if not stem.endswith(("at", "ir", "ur", "uc", "in", "ar", "iv", "ag", "ud", "os", "ng")) else stem + "e"
    if tag == "VBZ" and w.endswith("s"):
        return w[:-2] if w.endswith(("ches", "shes", "sses", "xes")) else w[:-1]
    if tag == "VBG" and w.endswith("ing"):
        stem = w[:-3]
        if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "ls":
            return stem[:-1]  # planning -> plan
        return stem
    return w


def is_word(tok: Token, words) -> bool:
    """Whether ``tok`` is one of ``words`` (lemmas, or forms the lemma fallback cannot reach), as a whole word:
    by its form, its lemma, the lemma with the silent -e the fallback drops ("postponed" -> "postpon"), or a
    plural noun's singular ("delays"). Never by a word's beginning: "recess" is not "recession"."""
    w = unhyphenated(tok.lower_)
    if w in words:
        return True
    lem = lemma(tok)
    return lem in words or lem + "e" in words or (w.endswith("s") and w[:-1] in words)


def has_to(tok: Token) -> bool:
    """Whether ``tok`` carries an infinitive's "to" as its own auxiliary ("plans to stage", "had until Friday to
    pay"): the parser hangs the marker on the verb it marks, so this is how a "to" infinitive is told from a
    finite verb or a bare infinitive."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


_SENTENCE_STOPS = frozenset({".", "!", "?", ";"})


def verb_before(span, reach: int, *, clause: bool = False) -> Token | None:
    """The nearest verb (or modal) among the ``reach`` tokens before ``span``, None when there is none there. The
    walk stops at a sentence's end ("." "!" "?" ";") or, with ``clause``, at any punctuation; with ``clause`` it
    also passes over a participle before its noun ("from collapsed buildings": no verb of the clause)."""
    doc = span.doc
    for i in range(span.start - 1, max(-1, span.start - 1 - reach), -1):
        t = doc[i]
        if t.is_punct if clause else t.text in _SENTENCE_STOPS:
            return None
        if clause and t.tag_ in ("VBN", "VBG") and i + 1 < len(doc) and doc[i + 1].tag_ in ("NN", "NNS"):
            continue
        if t.tag_.startswith("VB") or t.tag_ == "MD":
            return t
    return None
