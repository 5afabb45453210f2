"""Mentions across documents → entities.

With targets (``--entity``/``--list``) a mention belongs to the target it matched (a pronoun to its
antecedent's). Without, named-entity mentions are clustered by name: equal keys (:func:`names.key`: "Apple
Inc." = "Apple"), an upper-case acronym of another cluster's name ("IBM" = "International Business
Machines"), a single surname of exactly one person's full name ("Jobs" = "Steve Jobs"; with two full names
sharing it, the surname stays apart: a wrong merge is worse than a split).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from ..unionfind import UnionFind
from .records import DocRecords
from .names import is_acronym_of, key
from .vocab import words
from ..events.lexicon import ACTOR_LABELS  # the labels an actor may carry: one list for both

MentionRef = tuple[int, int]  # (document index, mention index)


@dataclass
class Entity:
    id: int
    name: str
    mentions: list[MentionRef] = field(default_factory=list)
    documents: int = 0


def target_entities(docs: list[DocRecords], names: list[str]) -> list[Entity]:
    ents = [Entity(i, n) for i, n in enumerate(names)]
    for di, d in enumerate(docs):
        for m in d.names:
            if m.target is not None:
                ents[m.target].mentions.append((di, m.mention))
    for e in ents:
        e.documents = len({d for d, _ in e.mentions})
    return ents


def cluster_entities(docs: list[DocRecords], top: int | None = 10) -> list[Entity]:
    """Named-entity mentions clustered across documents, the most salient first (documents, then mentions)."""
    labels = ACTOR_LABELS
    by_key: dict[str, list[MentionRef]] = defaultdict(list)
    spelled: dict[str, Counter] = defaultdict(Counter)
    person: dict[str, bool] = {}
    for di, d in enumerate(docs):
        for m in d.names:
            if m.ref or m.label not in labels:
                continue
            k = key(m.text)
            if not k:
                continue
            by_key[k].append((di, m.mention))
            spelled[k][m.text.strip()] += 1
            person[k] = person.get(k, False) or m.label in words("person_labels")
    sets: UnionFind[str] = UnionFind(by_key)
    long_names = [k for k in by_key if len(k.split()) >= 2]
    for k in by_key:
        if " " in k:
            continue
        acr = [n for n in long_names if any(is_acronym_of(s, n) for s in spelled[k])]
        if len(acr) == 1:
            sets.union(k, acr[0])
            continue
        if person.get(k):
            full = [n for n in long_names if person.get(n) and n.split()[-1] == k]
            if len(full) == 1:
                sets.union(k, full[0])
    ents: list[Entity] = []
    for keys in sets.groups().values():
        refs = [r for k in keys for r in by_key[k]]
        names = Counter()
        for k in keys:
            names.update(spelled[k])
        # the display name: the longest of the spellings used at least half as often as the commonest
        top_count = max(names.values())
        name = max((n for n, c in names.items() if c * 2 >= top_count), key=lambda n: (len(n.split()), names[n]))
        ents.append(Entity(0, name, refs, len({d for d, _ in refs})))
    # references (pronouns, "the company") join their antecedent's entity
    owner = {r: i for i, e in enumerate(ents) for r in e.mentions}
    for di, d in enumerate(docs):
        for m in d.names:
            if m.ref and (di, m.root) in owner:
                ents[owner[(di, m.root)]].mentions.append((di, m.mention))
    ents.sort(key=lambda e: (-e.documents, -len(e.mentions), e.name))
    if top is not None:
        ents = ents[:top]
    for i, e in enumerate(ents):
        e.id = i
    return ents

