"""Temporal awareness (UzZaman & Allen 2011) over SemEval-2015 Task 4 timelines.

A timeline file is a total preorder of events (ORDINAL), each optionally placed in a calendar anchor. It
becomes a graph of relations between *nodes* — event mentions and anchor time expressions:

* the mentions on one line are one event: SIMULTANEOUS;
* events with equal ordinals are SIMULTANEOUS; each event is BEFORE the events of the next ordinal;
* an event with a known anchor (its year is not ``XXXX``) is IS_INCLUDED in the anchor's time expression.
  Inclusion rather than simultaneity because gold timelines put several ordinals on one day (a keynote,
  then what was said at it): with "simultaneous with its day" those would be equal and ordered at once;
* ordinal 0 ("could not be placed") is left out altogether.

Temporal awareness compares two graphs through their closure (G⁺, everything they imply) and their reduced
form (G⁻, a smallest set of relations with the same closure)::

    precision = |sys⁻ ∩ gold⁺| / |sys⁻|        recall = |gold⁻ ∩ sys⁺| / |gold⁻|

and the task's figure is the micro average over the entity files: numerators and denominators are summed over
all files before dividing, and F1 is their harmonic mean. A system timeline that equals the gold scores 100.

The reduced form is canonical rather than found by deleting relations one at a time (which depends on the
deletion order): each class of simultaneous nodes is a chain in order of first appearance, consecutive
classes are linked by one BEFORE between their first nodes, and each anchor includes one node of each class
placed in it. Its closure equals the closure of the full graph (tested).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError

BEFORE, SIMULTANEOUS, INCLUDES = "BEFORE", "SIMULTANEOUS", "INCLUDES"
Relation = tuple[str, str, str]  # (relation, a, b); SIMULTANEOUS with a < b, INCLUDES as (container, contained)

_ANCHOR_RE = re.compile(r"^(\d{4}|X{3,4})(-(\d{2}|XX)){0,2}$")
TIMEX_PREFIX = "TIMEX:"


@dataclass
class TimelineLine:
    ordinal: int
    anchor: str
    mentions: list[str]


@dataclass
class Timeline:
    entity: str
    lines: list[TimelineLine] = field(default_factory=list)


def parse_timeline(text: str, name: str = "timeline") -> Timeline:
    """A timeline file's content: the entity on the first line, then ORDINAL, ANCHOR, MENTION... by tabs."""
    rows = [r for r in text.splitlines()]
    if not rows or not rows[0].strip():
        raise InputError(f"{name}: empty timeline (the first line must name the entity)")
    tl = Timeline(rows[0].strip())
    for n, row in enumerate(rows[1:], 2):
        if not row.strip():
            continue
        cells = [c.strip() for c in row.split("\t")]
        if len(cells) < 3 or not cells[0].lstrip("-").isdigit():
            raise InputError(f"{name}:{n}: expected ORDINAL<TAB>ANCHOR<TAB>MENTION...")
        mentions = [c for c in cells[2:] if c]
        if not mentions:
            raise InputError(f"{name}:{n}: no mention")
        tl.lines.append(TimelineLine(int(cells[0]), cells[1], mentions))
    return tl


def read_timeline(path: str | Path) -> Timeline:
    p = Path(path)
    try:
        return parse_timeline(p.read_text(encoding="utf-8"), name=p.name)
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{p}: cannot read ({exc})") from None


def known_anchor(anchor: str) -> bool:
    """Whether the anchor places the event in a calendar interval (the year at least is known)."""
    return bool(anchor) and anchor[:4].isdigit()


@dataclass
class Graph:
    """Nodes in order of first appearance, and relations (see the module notes)."""

    nodes: list[str] = field(default_factory=list)
    relations: set[Relation] = field(default_factory=set)


def _sim(a: str, b: str) -> Relation:
    return (SIMULTANEOUS, a, b) if a < b else (SIMULTANEOUS, b, a)


def reduced_graph(tl: Timeline) -> Graph:
    """The canonical reduced graph of a timeline (ordinal 0 left out)."""
    g = Graph()
    seen: set[str] = set()

    def node(x: str) -> str:
        if x not in seen:
            seen.add(x)
            g.nodes.append(x)
        return x

    groups: dict[int, list[TimelineLine]] = {}
    for line in tl.lines:
        if line.ordinal > 0:
            groups.setdefault(line.ordinal, []).append(line)
    previous_first: str | None = None
    for ordinal in sorted(groups):
        members: list[str] = []
        for line in groups[ordinal]:
            for m in line.mentions:
                if m not in seen:
                    members.append(node(m))
        if not members:
            continue  # every mention already placed at an earlier ordinal: a contradiction, the first wins
        for a, b in zip(members, members[1:]):
            g.relations.add(_sim(a, b))
        if previous_first is not None:
            g.relations.add((BEFORE, previous_first, members[0]))
        previous_first = members[0]
        for anchor in dict.fromkeys(line.anchor for line in groups[ordinal] if known_anchor(line.anchor)):
            g.relations.add((INCLUDES, node(TIMEX_PREFIX + anchor), members[0]))
    return g


def closure(relations: Iterable[Relation]) -> set[Relation]:
    """Every relation the given ones imply, over BEFORE, SIMULTANEOUS and INCLUDES.

    Simultaneous nodes are merged into classes first; then, between classes, to a fixed point: BEFORE and
    INCLUDES are transitive, a < b ⊇ c gives a < c, and a ⊆ b < c gives a < c.
    """
    relations = list(relations)
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for rel, a, b in relations:
        find(a), find(b)
        if rel == SIMULTANEOUS:
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[ra] = rb
    classes: dict[str, list[str]] = {}
    for x in list(parent):
        classes.setdefault(find(x), []).append(x)
    before: dict[str, set[str]] = {c: set() for c in classes}
    includes: dict[str, set[str]] = {c: set() for c in classes}
    for rel, a, b in relations:
        if rel == BEFORE:
            before[find(a)].add(find(b))
        elif rel == INCLUDES:
            includes[find(a)].add(find(b))
    changed = True
    while changed:
        changed = False
        containers: dict[str, set[str]] = {c: set() for c in classes}
        for d, inside in includes.items():
            for c in inside:
                containers[c].add(d)
        for c in classes:
            b_new = set(before[c])
            for d in before[c]:
                b_new |= before[d] | includes[d]  # a < b, b < x or b ⊇ x  =>  a < x
            i_new = set(includes[c])
            for d in includes[c]:
                i_new |= includes[d]
            for d in containers[c]:  # a ⊆ d and d < x  =>  a < x
                b_new |= before[d]
            if b_new != before[c] or i_new != includes[c]:
                before[c], includes[c] = b_new, i_new
                changed = True
    out: set[Relation] = set()
    for members in classes.values():
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                out.add(_sim(a, b))
    for c, later in before.items():
        for d in later:
            out.update((BEFORE, a, b) for a in classes[c] for b in classes[d])
    for c, inside in includes.items():
        for d in inside:
            out.update((INCLUDES, a, b) for a in classes[c] for b in classes[d])
    return out


@dataclass
class Counts:
    """One entity's (or the sum's) numerators and denominators."""

    precision_hits: int = 0
    system_relations: int = 0
    recall_hits: int = 0
    gold_relations: int = 0

    def add(self, other: Counts) -> None:
        self.precision_hits += other.precision_hits
        self.system_relations += other.system_relations
        self.recall_hits += other.recall_hits
        self.gold_relations += other.gold_relations

    @property
    def precision(self) -> float:
        return self.precision_hits / self.system_relations if self.system_relations else 0.0

    @property
    def recall(self) -> float:
        return self.recall_hits / self.gold_relations if self.gold_relations else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score_timeline(gold: Timeline, system: Timeline | None) -> Counts:
    """Temporal awareness counts for one entity; a missing system timeline scores nothing."""
    g_red = reduced_graph(gold).relations
    if system is None:
        return Counts(0, 0, 0, len(g_red))
    s_red = reduced_graph(system).relations
    return Counts(len(s_red & closure(g_red)), len(s_red), len(g_red & closure(s_red)), len(g_red))


@dataclass
class Report:
    per_entity: dict[str, Counts]
    total: Counts
    missing: list[str]

    def to_dict(self) -> dict:
        def figures(c: Counts) -> dict:
            return {"precision": round(100 * c.precision, 2), "recall": round(100 * c.recall, 2),
                    "f1": round(100 * c.f1, 2), "precision_hits": c.precision_hits,
                    "system_relations": c.system_relations, "recall_hits": c.recall_hits,
                    "gold_relations": c.gold_relations}

        return {"micro": figures(self.total), "entities": {k: figures(v) for k, v in self.per_entity.items()},
                "missing_system_files": self.missing}

    def format_table(self) -> str:
        lines = [f"{'entity file':<34} {'P':>6} {'R':>6} {'F1':>6}  sys/gold relations"]
        for name, c in self.per_entity.items():
            lines.append(f"{name:<34} {100 * c.precision:6.2f} {100 * c.recall:6.2f} {100 * c.f1:6.2f}  "
                         f"{c.system_relations}/{c.gold_relations}")
        t = self.total
        lines.append(f"{'micro average':<34} {100 * t.precision:6.2f} {100 * t.recall:6.2f} {100 * t.f1:6.2f}  "
                     f"{t.system_relations}/{t.gold_relations}")
        if self.missing:
            lines.append(f"no system timeline for: {', '.join(self.missing)}")
        return "\n".join(lines)


def evaluate_dirs(gold_dir: str | Path, system_dir: str | Path) -> Report:
    """Score every gold timeline file (``*.txt``) against the system file of the same name."""
    gold_dir, system_dir = Path(gold_dir), Path(system_dir)
    for d in (gold_dir, system_dir):
        if not d.is_dir():
            raise InputError(f"{d}: not a directory")
    gold_files = sorted(gold_dir.glob("*.txt"))
    if not gold_files:
        raise InputError(f"{gold_dir}: no gold timeline files (*.txt)")
    per: dict[str, Counts] = {}
    total = Counts()
    missing: list[str] = []
    for gf in gold_files:
        sf = system_dir / gf.name
        system = read_timeline(sf) if sf.is_file() else None
        if system is None:
            missing.append(gf.name)
        counts = score_timeline(read_timeline(gf), system)
        per[gf.name] = counts
        total.add(counts)
    return Report(per, total, missing)


def add_parser(kinds) -> None:
    """``timeline eval timeline GOLD_DIR SYS_DIR`` (called by :mod:`timeline.eval.command`)."""
    p = kinds.add_parser(
        "timeline", help="SemEval-2015 TimeLine: temporal awareness of per-entity timelines",
        description="Score every gold timeline file in GOLD_DIR against the file of the same name in SYS_DIR: "
                    "temporal awareness (UzZaman & Allen 2011), micro-averaged over the files.")
    p.add_argument("gold_dir", metavar="GOLD_DIR", help="gold timelines, one <entity>.txt per entity")
    p.add_argument("system_dir", metavar="SYS_DIR", help="system timelines with the same file names")
    p.add_argument("--json", action="store_true", help="print the scores as JSON")
    p.set_defaults(func=_run)


def _run(args) -> int:
    import json

    report = evaluate_dirs(args.gold_dir, args.system_dir)
    print(json.dumps(report.to_dict(), indent=2) if args.json else report.format_table())
    return 0
