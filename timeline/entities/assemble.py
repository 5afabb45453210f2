"""Entities + the documents' event records → one ordered timeline per entity: a group-by over (entity, event).

* **Events of an entity**: every predicate one of its mentions takes part in (:func:`group_events`: one
  pass over the records, each going to the entities among its participants).
* **Cross-document coreference** (conservative: a wrong merge is worse than a duplicate): two events of
  one entity in *different* documents are one when their predicates are the same lemma or synonyms
  (``predicate_synonyms`` in ``vocab.json``), their anchors are the same calendar unit, and they share
  another participant besides the entity (another entity's name, by key). Unplaced events never merge.
* **Ordering**: by anchor interval (start, then end); events on the same anchor share an ordinal and are
  listed in document order; events that cannot be placed get ordinal 0.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from .cluster import Entity
from .facts import Anchor
from .records import DocRecords, EventRecord, mention_record
from .vocab import synonym_groups

UNKNOWN_ANCHOR = "XXXX-XX-XX"

COLUMNS = ("entity", "ordinal", "anchor", "start", "end", "granularity", "anchor_source", "event", "trigger",
           "trigger_lemma", "mentions", "semeval_mentions", "doc_ids", "sources", "tense", "modality", "asserted")


@dataclass
class EventMention:
    doc: int
    pred: EventRecord
    others: frozenset[str]  # keys of the other participants' names


@dataclass
class EntityEvent:
    mentions: list[EventMention] = field(default_factory=list)

    @property
    def first(self) -> EventMention:
        return self.mentions[0]

    @property
    def anchor(self) -> Anchor | None:
        """The most specific anchor among the mentions: one from a time expression before one from tense."""
        dated = [m.pred.anchor for m in self.mentions if m.pred.anchor is not None and m.pred.anchor.source == "timex"]
        return dated[0] if dated else self.first.pred.anchor


def _predicate_class(lemma: str) -> str:
    g = synonym_groups().get(lemma)
    return f"#{g}" if g is not None else lemma


def group_events(entities: list[Entity], docs: list[DocRecords]) -> dict[int, list[EventMention]]:
    """entity id -> every event its mentions take part in, in corpus order (documents, then text): one pass
    over the documents' event records, each record going to the entities among its participants."""
    owner: dict[tuple[int, int], int] = {}
    for e in entities:
        for ref in e.mentions:
            owner.setdefault(ref, e.id)
    out: dict[int, list[EventMention]] = {e.id: [] for e in entities}
    for di, d in enumerate(docs):
        for ev in d.events:
            owners = [owner.get((di, mi)) for mi in ev.participants]
            for eid in dict.fromkeys(o for o in owners if o is not None):
                others = frozenset(k for k, o in zip(ev.participant_keys, owners) if o != eid) - {""}
                out[eid].append(EventMention(di, ev, others))
    return out


def _compatible(a: Anchor | None, b: Anchor | None) -> bool:
    """The same calendar unit. (Letting an undated later report join an event dated elsewhere was tried: on
    the trial data it merged "introduced" in a 2011 article with the 2010 launch through a shared "Apple" —
    a wrong merge costs more than a duplicate.)"""
    return a is not None and b is not None and a.value == b.value


def corefer(events: list[EventMention]) -> list[EntityEvent]:
    """Group the mentions of one entity's events into events across documents (see the module notes)."""
    groups: list[EntityEvent] = []
    index: dict[str, list[int]] = {}
    for em in events:
        a = em.pred.anchor
        slot = None
        if a is not None and em.others:
            k = _predicate_class(em.pred.lemma)
            for gi in index.get(k, []):
                g = groups[gi]
                if all(x.doc != em.doc for x in g.mentions) and any(x.others & em.others for x in g.mentions) \
                        and _compatible(g.anchor, a):
                    slot = gi
                    break
            if slot is None:
                index.setdefault(k, []).append(len(groups))
        if slot is None:
            groups.append(EntityEvent([em]))
        else:
            groups[slot].mentions.append(em)
    return groups


def order(groups: list[EntityEvent]) -> list[tuple[int, EntityEvent]]:
    """(ordinal, event): placed events ranked by anchor interval, equal anchors equal ordinals, then the
    unplaced with ordinal 0; within an ordinal, document order (kept from the input)."""
    placed = [g for g in groups if g.anchor is not None]
    spans = sorted({(g.anchor.start, g.anchor.end) for g in placed})
    rank = {s: i + 1 for i, s in enumerate(spans)}
    out = [(rank[(g.anchor.start, g.anchor.end)], g) for g in placed]
    out.sort(key=lambda x: x[0])  # stable: document order within an ordinal
    return [(0, g) for g in groups if g.anchor is None] + out


def semeval_mention(rec: dict) -> str:
    return f"{rec['docid']}-{rec['sentence']}-{rec['text']}"


def timeline_rows(entity: Entity, events: list[EventMention], docs: list[DocRecords]) -> list[dict]:
    rows = []
    for ordinal, g in order(corefer(events)):
        p = g.first.pred
        a = g.anchor
        recs = [mention_record(docs[m.doc].doc_id, docs[m.doc].docid, m.pred.place) for m in g.mentions]
        rows.append({
            "entity": entity.name, "ordinal": ordinal, "anchor": a.value if a else UNKNOWN_ANCHOR,
            "start": a.start if a else None, "end": a.end if a else None,
            "granularity": a.granularity if a else None, "anchor_source": a.source if a else None,
            "event": p.summary, "trigger": p.text, "trigger_lemma": p.lemma,
            "mentions": json.dumps(recs, ensure_ascii=False),
            "semeval_mentions": " ".join(semeval_mention(r) for r in recs),
            "doc_ids": "; ".join(dict.fromkeys(docs[m.doc].doc_id for m in g.mentions)),
            "sources": len({m.doc for m in g.mentions}), "tense": p.tense,
            "modality": ("not " if p.negated else "") + p.modality if (p.negated or p.modality) else "",
            "asserted": not p.negated and p.tense not in ("future", "modal"),
        })
    return rows


def timelines_frame(entities: list[Entity], docs: list[DocRecords]) -> pd.DataFrame:
    """The table: the documents' event records grouped by entity, then each group merged and ordered."""
    grouped = group_events(entities, docs)
    rows = [r for e in entities for r in timeline_rows(e, grouped[e.id], docs)]
    df = pd.DataFrame(rows, columns=list(COLUMNS))
    for c in ("start", "end"):  # datetime64[s] like the event table: history reaches back before 1677
        df[c] = np.array([v if v is not None and not pd.isna(v) else "NaT" for v in df[c]], dtype="datetime64[s]")
    for c in ("entity", "anchor", "granularity", "anchor_source", "event", "trigger", "trigger_lemma", "mentions",
              "semeval_mentions", "doc_ids", "tense", "modality"):
        df[c] = df[c].astype("string")
    df["ordinal"] = df["ordinal"].astype("Int64")
    df["sources"] = df["sources"].astype("Int64")
    df["asserted"] = df["asserted"].astype("bool")
    return df
