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

import sys
from dataclasses import dataclass

from .facts import Anchor, DocFacts, Predicate
from .names import key
from .vocab import words


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


def _token_at(text: str, start: int, end: int) -> tuple[int, int]:
    """The whitespace-delimited token(s) holding text[start:end]."""
    s = start
    while s > 0 and not text[s - 1].isspace():
        s -= 1
    e = end
    while e < len(text) and not text[e].isspace():
        e += 1
    return s, e


def _sentence(f: DocFacts, char: int) -> tuple[str, int]:
    """(sentence id, sentence start) holding ``char``."""
    best = ("0", 0)
    for sid, s, e in f.sentences:
        if s <= char < max(e, s + 1):
            return sid, s
        if s <= char:
            best = (sid, s)
    return best


def place_of(f: DocFacts, p: Predicate) -> Place:
    sid, sstart = _sentence(f, p.start)
    words_: list[str] = []
    first_token = None
    for s, e in p.parts:
        ts, te = _token_at(f.text, s, e)
        words_.append(f.text[ts:te])
        if first_token is None:
            first_token = len(f.text[sstart:ts].split())
    first_token = first_token or 0
    return Place(sid, first_token, first_token + len(words_), p.start, p.end, "_".join(words_))


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
    return m.label in words("entity_labels") and bool(key(m.text))


def reduce_facts(f: DocFacts, targeted: bool) -> DocRecords:
    """The records of one document (``targeted``: entities given by name, so only their mentions matter)."""
    if f.error is not None:
        return DocRecords(f.doc_id, f.docid, f.error)
    # the few words repeated across thousands of records (labels, lemmas, tenses) are stored once
    names = tuple(NameRecord(mi, m.text, sys.intern(m.label), f.mentions[_root(f, mi)].target, _root(f, mi),
                             m.antecedent is not None)
                  for mi, m in enumerate(f.mentions) if _name_kept(f, mi, targeted))
    kept = {n.mention for n in names}
    events = tuple(EventRecord(
        p.order, sys.intern(p.lemma), p.text, sys.intern(p.tense), sys.intern(p.modality), p.negated, p.anchor,
        p.summary, tuple(p.participants), tuple(sys.intern(key(f.mentions[_root(f, mi)].text)) for mi in p.participants),
        place_of(f, p)) for p in f.predicates if any(mi in kept for mi in p.participants))
    return DocRecords(f.doc_id, f.docid, None, names, events)
