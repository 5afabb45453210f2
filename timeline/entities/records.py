"""A document's facts → the small records the corpus step keeps: no text, no Doc, only what the per-entity
assembly reads. Made where the document was parsed (a Dask worker, or here), so a driver holding a few
thousand documents' records holds no article text.

* :class:`NameRecord`: a mention that may belong to an entity (a target's match, a named entity of a kept
  label, or a reference standing for one), with the mention its reference chain ends at.
* :class:`EventRecord`: a predicate one of those mentions takes part in, with its anchor, the keys of its
  participants' names (what cross-document coreference compares) and where it is written (:class:`Place`:
  sentence and token span, for the SemEval mention ids).
"""

from __future__ import annotations

import bisect
import re
import sys
from dataclasses import dataclass

from .facts import Anchor, DocFacts, Predicate
from .names import key
from .vocab import words
from ..events.lexicon import ACTOR_LABELS  # the labels an actor may carry: one list for both


@dataclass(frozen=True, slots=True)
class Place:
    """Where an event mention is written: its sentence id, token span in that sentence, characters, tokens."""

    sentence: str
    token_start: int
    token_end: int
    char_start: int
    char_end: int
    text: str  # the whitespace-delimited token(s), joined by "_" ("showed_off")


@dataclass(frozen=True, slots=True)
class NameRecord:
    mention: int  # index among the document's mentions
    text: str
    label: str
    target: int | None  # the target entity its chain's first name matched
    root: int  # the mention a reference stands for (its own index for a name)
    ref: bool  # a pronoun or definite description


@dataclass(frozen=True, slots=True)
class EventRecord:
    order: int  # position among the document's predicates
    lemma: str
    text: str
    tense: str
    modality: str
    negated: bool
    anchor: Anchor | None
    summary: str
    participants: tuple[int, ...]  # mention indices
    participant_keys: tuple[str, ...]  # name key of each participant's chain's first name
    place: Place


@dataclass(slots=True)
class DocRecords:
    doc_id: str
    docid: str  # the id SemEval mentions are named by (TimeML DOCID, else doc_id)
    error: str | None = None
    names: tuple[NameRecord, ...] = ()
    events: tuple[EventRecord, ...] = ()


def _root(facts: DocFacts, mi: int) -> int:
    seen = 0
    while facts.mentions[mi].antecedent is not None and seen < 10:
        mi = facts.mentions[mi].antecedent
        seen += 1
    return mi


_WORD_RE = re.compile(r"\S+")


def _words(f: DocFacts) -> list[list[int]]:
    """[start, end) of the words mentions are counted in: the reader's tokens, else whitespace-delimited."""
    return f.tokens if f.tokens is not None else [[m.start(), m.end()] for m in _WORD_RE.finditer(f.text)]


def _word_index(starts: list[int], words: list[list[int]], char: int) -> int:
    """The word holding ``char`` (or the last one starting before it)."""
    return max(0, bisect.bisect_right(starts, char) - 1) if words else 0


def _sentence(f: DocFacts, char: int) -> tuple[str, int]:
    """(sentence id, sentence start) holding ``char``."""
    best = ("0", 0)
    for sid, s, e in f.sentences:
        if s <= char < max(e, s + 1):
            return sid, s
        if s <= char:
            best = (sid, s)
    return best


def place_of(f: DocFacts, p: Predicate, words: list[list[int]] | None = None) -> Place:
    """Where ``p`` is written: its sentence and, counted from the sentence's first word, its words (``words``:
    the document's, from :func:`_words`, when the caller places many predicates)."""
    words = _words(f) if words is None else words
    starts = [w[0] for w in words]
    sid, sstart = _sentence(f, p.start)
    texts: list[str] = []
    first_token = None
    for s, e in p.parts:
        a, b = _word_index(starts, words, s), _word_index(starts, words, max(s, e - 1))
        ts, te = (words[a][0], words[b][1]) if words else (s, e)
        texts.append(f.text[ts:te])
        if first_token is None:
            first_token = a - bisect.bisect_left(starts, sstart)
    first_token = first_token or 0
    return Place(sid, first_token, first_token + len(texts), p.start, p.end, "_".join(texts))


def mention_record(doc_id: str, docid: str, place: Place) -> dict:
    """An event mention as the table's ``mentions`` JSON has it."""
    return {"doc_id": doc_id, "docid": docid, "sentence": place.sentence, "token_start": place.token_start,
            "token_end": place.token_end, "char_start": place.char_start, "char_end": place.char_end,
            "text": place.text}


def _name_kept(f: DocFacts, mi: int, targeted: bool) -> bool:
    """Whether a mention can belong to an entity: a target's (the chain's first name matched one), or, when
    entities are clustered from names, a named entity of a kept label with a name key, or a reference to one."""
    m = f.mentions[_root(f, mi)]
    if targeted:
        return m.target is not None
    return m.label in ACTOR_LABELS and bool(key(m.text))


def reduce_facts(f: DocFacts, targeted: bool) -> DocRecords:
    """The records of one document (``targeted``: entities given by name, so only their mentions matter)."""
    if f.error is not None:
        return DocRecords(f.doc_id, f.docid, f.error)
    # the few words repeated across thousands of records (labels, lemmas, tenses) are stored once
    names = tuple(NameRecord(mi, m.text, sys.intern(m.label), f.mentions[_root(f, mi)].target, _root(f, mi),
                             m.antecedent is not None)
                  for mi, m in enumerate(f.mentions) if _name_kept(f, mi, targeted))
    kept = {n.mention for n in names}
    words = _words(f)
    events = tuple(EventRecord(
        p.order, sys.intern(p.lemma), p.text, sys.intern(p.tense), sys.intern(p.modality), p.negated, p.anchor,
        p.summary, tuple(p.participants), tuple(sys.intern(key(f.mentions[_root(f, mi)].text)) for mi in p.participants),
        place_of(f, p, words)) for p in f.predicates if any(mi in kept for mi in p.participants))
    return DocRecords(f.doc_id, f.docid, None, names, events)
