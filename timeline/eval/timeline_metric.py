"""Temporal awareness (UzZaman & Allen 2011) over SemEval-2015 Task 4 timelines.

Written from the task's published description (the trial data's README; TempEval-3 Task C), not from the
task's own script. A timeline file is a total preorder of events (ORDINAL), each optionally placed in a
calendar anchor. It becomes a graph of relations between *nodes* — event mentions and anchor time
expressions:

* the mentions on one line are one event, and events with equal ordinals are SIMULTANEOUS;
* each event is BEFORE the events of the next ordinal;
* an event with a known anchor (its year is not ``XXXX``) is related to the anchor's time expression:
  SIMULTANEOUS with it (``simultaneous``, the task's definition and the default), or IS_INCLUDED in it
  (``includes``, a variant). Under the task's definition two ordinals on one day are both simultaneous with
  the day and one before the other; the closure adds both, as a TempEval-3-style closure simply adds what
  follows, contradictions included. The variant avoids that contradiction (a keynote, then what was said
  at it, both on 2005-06-06) and is offered to read scores by, never as the task's figure;
* ordinal 0 ("could not be placed") is left out altogether. A mention id written on two lines is one node
  (ids are ``DOCID-SENTID-token``): it joins both, contradictions included again.

Temporal awareness compares two graphs through their closure (G⁺, everything they imply) and their reduced
form (G⁻, relations none of which the others imply, with the same closure)::

    precision = |sys⁻ ∩ gold⁺| / |sys⁻|        recall = |gold⁻ ∩ sys⁺| / |gold⁻|

and the task's figure is the micro average over the entity files: numerators and denominators are summed over
all files before dividing, and F1 is their harmonic mean. A system timeline that equals the gold scores 100.

The reduced form is built in the order the file is read, so it does not depend on chance: a relation is kept
when it joins something the relations before it had not (a spanning forest of each class of simultaneous
nodes: the mentions of an ordinal in a chain, the anchor to the ordinal's first mention), and of the BEFORE
relations between consecutive ordinals' first mentions, those implied by the others are dropped, last first.
Its closure equals the closure of the full graph (tested on the trial timelines).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from ..unionfind import UnionFind

BEFORE, SIMULTANEOUS, INCLUDES = "BEFORE", "SIMULTANEOUS", "INCLUDES"
Relation = tuple[str, str, str]  # (relation, a, b); SIMULTANEOUS with a < b, INCLUDES as (container, contained)
# how an event relates to its anchor's time expression: the task's definition first (the default)
ANCHOR_RELATIONS = ("simultaneous", "includes")
DEFAULT_ANCHOR_RELATION = ANCHOR_RELATIONS[0]

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


def _implied(edges: list[tuple[str, str]], skip: int, a: str, b: str) -> bool:
    """Whether the class edges other than ``edges[skip]`` lead from a to b (one step at least)."""
    succ: dict[str, list[str]] = {}
    for i, (x, y) in enumerate(edges):
        if i != skip:
            succ.setdefault(x, []).append(y)
    todo, seen = list(succ.get(a, [])), set()
    while todo:
        x = todo.pop()
        if x == b:
            return True
        if x not in seen:
            seen.add(x)
            todo.extend(succ.get(x, []))
    return False


def reduced_graph(tl: Timeline, anchor_relation: str = DEFAULT_ANCHOR_RELATION) -> Graph:
    """The reduced graph of a timeline (ordinal 0 left out), built in reading order (see the module notes).

    BEFORE relations are compared between classes of simultaneous nodes: in a timeline's graph only BEFORE
    chains imply a BEFORE (events include nothing, and an including anchor is before nothing).
    """
    if anchor_relation not in ANCHOR_RELATIONS:
        raise ValueError(f"anchor relation {anchor_relation!r}: expected one of {', '.join(ANCHOR_RELATIONS)}")
    g = Graph()
    seen: set[str] = set()
    classes: UnionFind[str] = UnionFind()  # the classes of simultaneous nodes

    def node(x: str) -> str:
        if x not in seen:
            seen.add(x)
            g.nodes.append(x)
        return x

    groups: dict[int, list[TimelineLine]] = {}
    for line in tl.lines:
        if line.ordinal > 0:
            groups.setdefault(line.ordinal, []).append(line)
    before: list[tuple[str, str]] = []  # (first mention of an ordinal, first mention of the next)
    previous_first: str | None = None
    for ordinal in sorted(groups):
        members = [node(m) for m in dict.fromkeys(m for line in groups[ordinal] for m in line.mentions)]
        for a, b in zip(members, members[1:]):
            if classes.union(a, b):
                g.relations.add(_sim(a, b))
        first = members[0]
        for anchor in dict.fromkeys(line.anchor for line in groups[ordinal] if known_anchor(line.anchor)):
            t = node(TIMEX_PREFIX + anchor)
            if anchor_relation == "includes":
                g.relations.add((INCLUDES, t, first))
            elif classes.union(t, first):
                g.relations.add(_sim(t, first))
        if previous_first is not None:
            before.append((previous_first, first))
        previous_first = first
    # between classes (known only now: a later anchor may join earlier ordinals), one edge per class pair,
    # then every edge the others imply dropped, the last first
    kept: list[tuple[str, str]] = []
    edges: list[tuple[str, str]] = []
    for a, b in before:
        e = (classes.find(a), classes.find(b))
        if e not in edges:
            edges.append(e)
            kept.append((a, b))
    for i in range(len(edges) - 1, -1, -1):
        if _implied(edges, i, *edges[i]):
            del edges[i], kept[i]
    g.relations.update((BEFORE, a, b) for a, b in kept)
    return g


def closure(relations: Iterable[Relation]) -> set[Relation]:
    """Every relation the given ones imply, over BEFORE, SIMULTANEOUS and INCLUDES.

    Simultaneous nodes are merged into classes first; then, between classes, to a fixed point: BEFORE and
    INCLUDES are transitive, a < b ⊇ c gives a < c, and a ⊆ b < c gives a < c.
    """
    relations = list(relations)
    sets: UnionFind[str] = UnionFind()
    for rel, a, b in relations:
        sets.find(a), sets.find(b)  # every node a class, in the order the nodes first appear
        if rel == SIMULTANEOUS:
            sets.union(a, b)
    find = sets.find
    classes = sets.groups()
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


def score_timeline(gold: Timeline, system: Timeline | None,
                   anchor_relation: str = DEFAULT_ANCHOR_RELATION) -> Counts:
    """Temporal awareness counts for one entity; a missing system timeline scores nothing."""
    g_red = reduced_graph(gold, anchor_relation).relations
    if system is None:
        return Counts(0, 0, 0, len(g_red))
    s_red = reduced_graph(system, anchor_relation).relations
    return Counts(len(s_red & closure(g_red)), len(s_red), len(g_red & closure(s_red)), len(g_red))


@dataclass
class Report:
    per_entity: dict[str, Counts]
    total: Counts
    missing: list[str]
    anchor_relation: str = DEFAULT_ANCHOR_RELATION

    def to_dict(self) -> dict:
        def figures(c: Counts) -> dict:
            return {"precision": round(100 * c.precision, 2), "recall": round(100 * c.recall, 2),
                    "f1": round(100 * c.f1, 2), "precision_hits": c.precision_hits,
                    "system_relations": c.system_relations, "recall_hits": c.recall_hits,
                    "gold_relations": c.gold_relations}

        return {"anchor_relation": self.anchor_relation, "micro": figures(self.total), "entities": {k: figures(v) for k, v in self.per_entity.items()},
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
        lines.append("each event simultaneous with its anchor (the task's definition)"
                     if self.anchor_relation == "simultaneous" else
                     "each event included in its anchor (a variant, not the task's definition)")
        return "\n".join(lines)


def evaluate_dirs(gold_dir: str | Path, system_dir: str | Path,
                  anchor_relation: str = DEFAULT_ANCHOR_RELATION) -> Report:
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
        counts = score_timeline(read_timeline(gf), system, anchor_relation)
        per[gf.name] = counts
        total.add(counts)
    return Report(per, total, missing, anchor_relation)


def add_parser(kinds) -> None:
    """``timeline eval timeline GOLD_DIR SYS_DIR`` (called by :mod:`timeline.eval.command`)."""
    p = kinds.add_parser(
        "timeline", help="SemEval-2015 TimeLine: temporal awareness of per-entity timelines",
        description="Score every gold timeline file in GOLD_DIR against the file of the same name in SYS_DIR: "
                    "temporal awareness (UzZaman & Allen 2011), micro-averaged over the files.")
    p.add_argument("gold_dir", metavar="GOLD_DIR", help="gold timelines, one <entity>.txt per entity")
    p.add_argument("system_dir", metavar="SYS_DIR", help="system timelines with the same file names")
    p.add_argument("--anchor-relation", choices=ANCHOR_RELATIONS, default=DEFAULT_ANCHOR_RELATION,
                   help="how an event relates to its anchor's time expression: simultaneous (the task's "
                        "definition, default) or includes (a variant: events on one day may still be ordered)")
    p.add_argument("--json", action="store_true", help="print the scores as JSON")
    p.set_defaults(func=_run)


def _run(args) -> int:
    import json

    report = evaluate_dirs(args.gold_dir, args.system_dir, args.anchor_relation)
    print(json.dumps(report.to_dict(), indent=2) if args.json else report.format_table())
    return 0
