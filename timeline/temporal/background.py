"""A time told as background to the story: in a relative clause ("a fire that gutted it in 2007", "a striker who
had scored 30 goals in 2018", "a contract signed in 2006") or in a past perfect ("a loan she had taken in 2003").
It is a time the story looks back to, not one it moves on to: "that year", "that summer" a clause later still
mean the story's own year ("The museum reopened in 2022, fifteen years after a fire that gutted it in 2007;
visitor numbers doubled that summer" is the summer of 2022). Read from words and tags alone (the tagging path
has no parse)."""

from __future__ import annotations

from spacy.tokens import Span

from .morph import upos

# how far back from the time its clause's verb may stand ("who had scored 30 goals in 2018")
_VERB_REACH = 8
_SUBJECT_REACH = 4  # words of a relative clause's subject between its pronoun and verb ("that the city had signed")
_PERFECT = frozenset({"had", "'d", "’d"})
_AUX_BETWEEN = frozenset({"been", "not", "never", "already", "just", "first", "also"})
_RELATIVE_TAGS = frozenset({"WDT", "WP"})
_SUBJECT_POS = frozenset({"DET", "PRON", "PROPN", "NOUN", "ADJ", "NUM"})
_CLAUSE_BREAKS = frozenset({",", ";", ":", ".", "!", "?", "(", ")", "--", "—", "–"})


def background_time(span: Span) -> bool:
    """Whether the time at ``span`` hangs off a verb told as background: a past perfect, a relative clause's
    verb (after "who", "which", "that" and the clause's subject), or a participle right after its noun (a
    reduced relative: "a contract signed in 2006"). The verb is the nearest one before the time in its clause."""
    doc = span.doc
    lo = max(0, span.start - _VERB_REACH)
    verb = None
    for t in reversed(doc[lo:span.start]):
        if t.text in _CLAUSE_BREAKS:
            return False
        if upos(t) in ("VERB", "AUX") and t.tag_.startswith("VB"):
            verb = t
            break
    if verb is None:
        return False
    j = verb.i - 1
    aux = []
    while j >= 0 and (doc[j].lower_ in _PERFECT or doc[j].lower_ in _AUX_BETWEEN):
        aux.append(doc[j].lower_)
        j -= 1
    if any(a in _PERFECT for a in aux):
        return True  # "a loan she had taken in 2003", "a club that had been founded in 1908"
    if verb.tag_ == "VBN" and not aux and j >= 0 and upos(doc[j]) == "NOUN":
        return True  # "a contract signed in 2006"
    if verb.tag_ not in ("VBD", "VBN"):
        return False  # a present or a plan is no look back
    k = 0
    while j >= 0 and k <= _SUBJECT_REACH:
        if doc[j].tag_ in _RELATIVE_TAGS:
            return j > 0 and (upos(doc[j - 1]) in ("NOUN", "PROPN", "NUM") or doc[j - 1].text == ",")
        if upos(doc[j]) not in _SUBJECT_POS and upos(doc[j]) != "AUX":
            return False
        j, k = j - 1, k + 1
    return False
