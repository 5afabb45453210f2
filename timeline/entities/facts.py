"""What one parsed document contributes to the per-entity timelines: plain, picklable records (a parsed Doc
is far bigger and never leaves the worker that parsed it)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Anchor:
    """Where an event is placed: a calendar day, month or year, and why."""

    value: str  # YYYY-MM-DD, YYYY-MM or YYYY
    start: dt.date
    end: dt.date  # exclusive
    granularity: str  # day, month, year
    source: str  # timex (a linked time expression), story (the story's time), publication (the DCT)


@dataclass
class Mention:
    """A name (or a pronoun standing for one) in the document text."""

    start: int
    end: int
    text: str
    label: str  # the NER label, or TARGET for a match of an entity the caller asked for
    target: int | None = None  # index of the matched target entity, if any
    antecedent: int | None = None  # for a pronoun or definite description: the mention it stands for


@dataclass
class Predicate:
    """A verb or event noun with the mentions taking part in it."""

    start: int  # the trigger word in the document text (a phrasal verb's particle included: "showed off")
    end: int
    text: str
    lemma: str
    pos: str
    order: int  # position among the document's predicates
    tense: str  # past, present, future, modal, none
    modality: str = ""
    negated: bool = False
    anchor: Anchor | None = None
    summary: str = ""
    participants: list[int] = field(default_factory=list)  # mention indices
    roles: list[str] = field(default_factory=list)
    parts: list[tuple[int, int]] = field(default_factory=list)  # the trigger's words (phrasal verbs: two)


@dataclass
class DocFacts:
    doc_id: str
    docid: str  # the id mentions are named by (TimeML DOCID, else doc_id)
    pub_date: dt.date | None
    text: str = ""
    sentences: list[tuple[str, int, int]] = field(default_factory=list)  # (id, start, end)
    # the words mentions are counted in: the file's own tokens when the reader kept them (token-per-space
    # TimeML), else None: the text's whitespace-delimited words
    tokens: list[list[int]] | None = None
    mentions: list[Mention] = field(default_factory=list)
    predicates: list[Predicate] = field(default_factory=list)
    error: str | None = None
