"""A time told as background to the story: in a relative clause ("a fire that gutted it in 2007", "a striker who
had scored 30 goals in 2018", "a contract signed in 2006") or in a past perfect ("a loan she had taken in 2003").
It is a time the story looks back to, not one it moves on to: "that year", "that summer" a clause later still
mean the story's own year ("The museum reopened in 2022, fifteen years after a fire that gutted it in 2007;
visitor numbers doubled that summer" is the summer of 2022). Read from words and tags alone (the tagging path
has no parse).

Only year anaphora read it (tagger.tag_doc's fore story). The tagger's own ``_in_relative_clause`` is narrower on
purpose (the verb right before the time): a time it finds does not move the story at all, and a relative clause
that reaches across an object often goes on narrating ("police, who searched his homes on May 2, 2014, and
arrested him the following day": the day after May 2)."""

from __future__ import annotations

from spacy.tokens import Span

from .morph import aux_forms, upos

# how far back from the time its clause's verb may stand ("who had scored 30 goals in 2018")
_VERB_REACH = 8
_SUBJECT_REACH = 4  # words of a relative clause's subject between its pronoun and verb ("that the city had signed")
_PERFECT = aux_forms("have_past")
_AUX_BETWEEN = frozenset({"been", "not", "never", "already", "just", "first", "also"})
_BE = aux_forms("be")
_RELATIVE_TAGS = frozenset({"WDT", "WP"})
_SUBJECT_POS = frozenset({"DET", "PRON", "PROPN", "NOUN", "ADJ", "NUM"})
_CLAUSE_BREAKS = frozenset({",", ";", ":", ".", "!", "?", "(", ")", "--", "—", "–"})


def _clause_verb(span: Span):
    """The nearest verb before the time in its clause (None past a comma or other clause break)."""
    doc = span.doc
    for t in reversed(doc[max(0, span.start - _VERB_REACH):span.start]):
        if t.text in _CLAUSE_BREAKS:
            return None
        if upos(t) in ("VERB", "AUX") and t.tag_.startswith("VB"):
            return t
    return None


def _auxiliaries(verb) -> tuple[list[str], int]:
    """The auxiliaries right before ``verb`` ("had been", "was not") and where the words before them end."""
    doc = verb.doc
    j, aux = verb.i - 1, []
    while j >= 0 and (doc[j].lower_ in _PERFECT or doc[j].lower_ in _AUX_BETWEEN or doc[j].lower_ in _BE):
        aux.append(doc[j].lower_)
        j -= 1
    return aux, j


def relative_clause_time(span: Span) -> bool:
    """Whether the time dates the verb of a relative clause on a noun: a reduced one ("a contract signed in 2006",
    "a telescope launched in 2021") or one with its pronoun and maybe a subject and an object ("a fire that gutted
    it in 2007", "a striker who had scored 30 goals in 2018", "a ship that was launched in 1998")."""
    verb = _clause_verb(span)
    if verb is None or verb.tag_ not in ("VBD", "VBN"):
        return False  # a present or a plan is no look back
    doc = span.doc
    aux, j = _auxiliaries(verb)
    if verb.tag_ == "VBN" and not aux and j >= 0 and upos(doc[j]) == "NOUN":
        return True  # "a contract signed in 2006"
    k = 0
    while j >= 0 and k <= _SUBJECT_REACH:
        if doc[j].tag_ in _RELATIVE_TAGS:
            return j > 0 and (upos(doc[j - 1]) in ("NOUN", "PROPN", "NUM") or doc[j - 1].text == ",")
        if upos(doc[j]) not in _SUBJECT_POS:
            return False
        j, k = j - 1, k + 1
    return False


def background_time(span: Span) -> bool:
    """Whether the time at ``span`` hangs off a verb told as background: a relative clause's
    (:func:`relative_clause_time`) or a past perfect ("a loan she had taken in 2003")."""
    verb = _clause_verb(span)
    if verb is None:
        return False
    aux, _ = _auxiliaries(verb)
    return any(a in _PERFECT for a in aux) or relative_clause_time(span)
