"""Who a row belongs to, for lanes and facets: the entity the sentence's subject names, before any other actor.

The table has no entity labels, so the affiliation a subject carries ("EU Trade Commissioner Ana
Lopez" speaks for the EU) is read from the table itself:

* the subject's entity is the first actor that occurs in the subject phrase (else the row's first actor);
* an entity that starts with a shorter entity of the same document ("EU Commission" -> "EU") is
  that shorter one: the country or organisation before the office;
* a person named after such an entity in one subject ("... Commissioner Ana Lopez") keeps that affiliation
  wherever else the document names them alone ("Lopez said ..."), unless the two are coordinated
  ("Lopez and Weber" are two parties, not one speaking for the other).

Shared by the static chart and the HTML page, so both draw the same lanes.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pandas as pd

from ..table import actors_list

_WORDS = json.loads(Path(__file__).with_name("lanes.json").read_text(encoding="utf-8"))
# what may stand between an entity and the person it introduces; a coordination breaks the link
_COORDINATION = re.compile(
    "|".join([r"\b(?:" + "|".join(map(re.escape, _WORDS["coordination"]["words"])) + r")\b",
              *map(re.escape, _WORDS["coordination"]["marks"])]), re.IGNORECASE)
_POSSESSIVE = tuple(_WORDS["possessive_joins"]["words"])

OTHER = "Other"


def _text(v) -> str:
    return "" if v is None or (not isinstance(v, str) and pd.isna(v)) else str(v)


def _in_subject(subject: str, actors: list[str]) -> list[tuple[int, str]]:
    """Actors named in the subject phrase, with their position, in subject order."""
    found = []
    for a in actors:
        m = re.search(r"(?<!\w)" + re.escape(a) + r"(?!\w)", subject)
        if m:
            found.append((m.start(), a))
    return sorted(found)


def _shortest_prefix_entity(name: str, known: set[str]) -> str:
    best = name
    for k in known:
        if len(k) < len(best) and any(name.startswith(k + sep) for sep in _POSSESSIVE):
            best = k
    return best


def lane_keys(df: pd.DataFrame) -> list[str]:
    """One key per row (in row order): the subject's entity, reduced to the organisation or country it
    speaks for; "" when the row names nobody."""
    docs = df["doc_id"].map(_text).tolist() if "doc_id" in df.columns else [""] * len(df)
    subjects = df["subject"].map(_text).tolist() if "subject" in df.columns else [""] * len(df)
    actors = [actors_list(a) for a in df["actors"]] if "actors" in df.columns else [[] for _ in range(len(df))]

    known: dict[str, set[str]] = {}
    for d, names in zip(docs, actors):
        known.setdefault(d, set()).update(names)

    firsts: list[str] = []
    affiliation: dict[tuple[str, str], str] = {}
    for d, subj, names in zip(docs, subjects, actors):
        named = _in_subject(subj, names)
        first = named[0][1] if named else (names[0] if names else "")
        firsts.append(first)
        if len(named) >= 2:
            head = _shortest_prefix_entity(named[0][1], known[d])
            for pos, person in named[1:]:
                between = subj[named[0][0] + len(named[0][1]):pos]
                if not _COORDINATION.search(between):
                    affiliation[(d, person)] = head
                    affiliation.setdefault((d, person.split()[-1]), head)  # "Lopez" for "Ana Lopez"

    keys = []
    for d, first in zip(docs, firsts):
        if not first:
            keys.append("")
            continue
        keys.append(affiliation.get((d, first)) or _shortest_prefix_entity(first, known[d]))
    return keys


def lane_names(keys: list[str], max_lanes: int) -> list[str]:
    """The most frequent keys (ties: first seen), at most ``max_lanes`` lanes counting "Other"; a lane only
    when some row falls in it."""
    counts = Counter(k for k in keys if k)
    order = {k: i for i, k in reversed(list(enumerate(keys)))}
    ranked = sorted(counts, key=lambda k: (-counts[k], order[k]))
    if len(ranked) + (1 if "" in keys else 0) <= max_lanes:
        top = ranked
    else:
        top = ranked[: max_lanes - 1]
    names = list(top)
    if any(k not in top for k in keys):
        names.append(OTHER)
    return names


def assign(keys: list[str], names: list[str]) -> list[str]:
    return [k if k in names else OTHER for k in keys]
