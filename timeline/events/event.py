"""The linker's output type."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Event:
    """The event a time expression dates, with who, what and how sure."""

    trigger: str  # the predicate word as it appears ("visited", "invasion")
    trigger_lemma: str
    trigger_start: int  # character offsets of the trigger in the document
    trigger_end: int
    trigger_pos: str  # VERB, NOUN, ADJ ...
    subject: str = ""
    object: str = ""
    actors: list[str] = field(default_factory=list)
    modality: str = ""  # "", "will", "could", "not", "expected to", "would not" ...
    negated: bool = False
    sentence: str = ""
    summary: str = ""  # headline-like: "the minister visited Lisbon and met with the mayor"
    attachment: str = ""  # which attachment decision picked the trigger (provenance)
    source: str = ""  # who reports it, for an event in a reported clause ("officials said the mine shut")
    subject_resolved_from: str = ""  # the pronoun the subject stands in for ("She", "who"); "" if none
