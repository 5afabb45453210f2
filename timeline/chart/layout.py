"""Label layout: events grouped into labels, labels placed in two rows without overlap or crossing.

Why this shape:

* Events on the same day (or, when a lane is crowded, the same week, month, quarter, year) share one label,
  one line each, most salient first, "+N more" past :data:`MAX_LINES`. A group takes the coarsest step it
  needs and no coarser: :func:`plan_lane` tries day, then week, ... until the labels fit.
* Each lane has a row of labels above its axis line and one below. Within a row the labels keep the order
  of their dates and their leader lines all start on one line (the axis, or the bottom of the bar band), so
  two leaders can never cross and a label never sits on the wrong side of its neighbour's date.
* In a row, the label centres are as close to their dates as they can be without overlapping: a least-squares
  fit under "next centre >= this centre + half widths + gap", solved exactly by pool-adjacent-violators.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from dataclasses import dataclass, field

import pandas as pd

from ..labels import date_label
from .rows import ChartEvent

MAX_LINES = 5  # events listed in one label before "+N more"
WRAPS = (34, 24)  # characters per line: roomy, then narrow before grouping coarser
GAP_PX = 10.0  # air between two labels in a row
# grouping steps, finest first: pandas period codes
LEVELS = ("D", "W", "M", "Q", "Y")
_LEVEL_DAYS = {"D": 1, "W": 7, "M": 31, "Q": 92, "Y": 366}
_LEVEL_GRAN = {"D": "day", "W": "week", "M": "month", "Q": "quarter", "Y": "year"}


@dataclass
class Group:
    events: list[ChartEvent]
    anchor: float  # pixel on the axis the leader line points at
    text: str = ""
    width: float = 0.0
    height: float = 0.0
    row: int = 1  # 1 above the axis, -1 below
    centre: float = 0.0  # label centre, pixels
    asserted: bool = True

    @property
    def start(self) -> pd.Timestamp:
        return min(e.start for e in self.events)


@dataclass
class LanePlan:
    groups: list[Group] = field(default_factory=list)
    level: str = "D"


def _bucket(e: ChartEvent, level: str):
    """Events in one bucket share a label. A bar longer than the step keeps a label of its own."""
    if (e.end - e.start).days > _LEVEL_DAYS[level]:
        return ("bar", e.start, e.end)
    return ("at", e.start.to_period(level).start_time)


def _wrap(s: str, lines: int, width: int) -> list[str]:
    out = textwrap.wrap(s, width) or [""]
    if len(out) > lines:
        out = out[:lines]
        out[-1] = out[-1][: width - 1].rstrip() + "…"
    return out


def _label_text(group: list[ChartEvent], level: str, wrap: int) -> str:
    evs = sorted(group, key=lambda e: (-e.salience, e.row))
    same_date = len({e.date_text for e in evs}) == 1
    if same_date:
        head = evs[0].date_text
    else:
        first, last = min(evs, key=lambda e: e.start), max(evs, key=lambda e: e.start)
        a = date_label(first.start, None, _LEVEL_GRAN[level])
        b = date_label(last.start, None, _LEVEL_GRAN[level])
        head = a if a == b else f"{a} – {b}"
    shown = evs[:MAX_LINES]
    if not same_date:  # several dates in one label: the most salient ones, read in date order
        shown = sorted(shown, key=lambda e: (e.start, e.row))
    per = 5 if len(evs) == 1 else 3  # a lone event may take the room its label has anyway
    lines = [head]
    for e in shown:
        mark = "" if e.asserted else "◇ "
        prefix = "" if same_date else f"{e.date_text}: "
        body = _wrap(mark + prefix + e.headline, per, wrap)
        lines.append(body[0] if len(evs) == 1 else "• " + body[0])
        lines += [("" if len(evs) == 1 else "  ") + b for b in body[1:]]
    if len(evs) > len(shown):
        lines.append(f"+{len(evs) - len(shown)} more")
    return "\n".join(lines)


def group_events(events: list[ChartEvent], level: str, px: Callable[[pd.Timestamp], float],
                 wrap: int = WRAPS[0]) -> list[Group]:
    buckets: dict = {}
    for e in events:
        buckets.setdefault(_bucket(e, level), []).append(e)
    groups = [_make_group(evs, level, px, wrap) for evs in buckets.values()]
    groups.sort(key=lambda g: (g.anchor, g.start))
    # two labels pointing at the same pixel would share a leader's foot: one label
    merged: list[Group] = []
    for g in groups:
        if merged and abs(g.anchor - merged[-1].anchor) < 1.0:
            merged[-1] = _make_group(merged[-1].events + g.events, level, px, wrap)
        else:
            merged.append(g)
    return merged


def place_row(anchors: list[float], widths: list[float], lo: float, hi: float, gap: float = GAP_PX):
    """Centres for labels of ``widths`` kept in this order, as near ``anchors`` as possible, no overlap,
    inside [lo, hi]; None when they cannot fit."""
    n = len(anchors)
    if n == 0:
        return []
    # c_i: minimal distance from the first centre to the i-th; q_i = centre_i - c_i must be non-decreasing
    c = [0.0]
    for i in range(1, n):
        c.append(c[-1] + (widths[i - 1] + widths[i]) / 2 + gap)
    low, high = lo + widths[0] / 2, hi - widths[-1] / 2 - c[-1]
    if low > high + 1e-6:
        return None
    targets = [a - ci for a, ci in zip(anchors, c)]
    blocks: list[list[float]] = []  # [mean, count]
    for t in targets:  # pool adjacent violators: the least-squares non-decreasing fit
        blocks.append([t, 1])
        while len(blocks) > 1 and blocks[-2][0] > blocks[-1][0]:
            m2, n2 = blocks.pop()
            m1, n1 = blocks.pop()
            blocks.append([(m1 * n1 + m2 * n2) / (n1 + n2), n1 + n2])
    q = [m for m, k in blocks for _ in range(int(k))]
    q = [min(max(v, low), high) for v in q]  # clipping a monotone fit to the box keeps it optimal
    return [v + ci for v, ci in zip(q, c)]


def _fits(groups: list[Group], width: float, two_rows: bool):
    rows = {1: [], -1: []}
    for i, g in enumerate(groups):
        rows[(1 if i % 2 == 0 else -1) if two_rows else 1].append(g)
    placed = {}
    for r, gs in rows.items():
        pos = place_row([g.anchor for g in gs], [g.width for g in gs], 0.0, width)
        if pos is None:
            return None
        placed[r] = (gs, pos)
    return placed


def _make_group(evs: list[ChartEvent], level: str, px, wrap: int) -> Group:
    anchors = [px(e.start) if e.point else (px(e.start) + px(e.end)) / 2 for e in evs]
    return Group(evs, anchor=sum(anchors) / len(anchors), text=_label_text(evs, level, wrap),
                 asserted=all(e.asserted for e in evs))


def _try(groups: list[Group], width: float, measure) -> bool:
    for g in groups:
        g.width, g.height = measure(g.text)
    total = sum(g.width + GAP_PX for g in groups)
    # one row above the axis when it is roomy; else alternate above and below, in date order
    for two in ((False, True) if total <= 0.6 * width else (True,)):
        placed = _fits(groups, width, two)
        if placed is not None:
            for r, (gs, pos) in placed.items():
                for g, p in zip(gs, pos):
                    g.row, g.centre = r, p
            return True
    return False


def plan_lane(events: list[ChartEvent], px: Callable[[pd.Timestamp], float], width: float,
              measure: Callable[[str], tuple[float, float]]) -> LanePlan:
    """Group a lane's events at the finest step whose labels fit (narrower labels before coarser groups),
    and place them. Past a year per label, the two nearest labels merge until they fit."""
    if not events:
        return LanePlan()
    for level in LEVELS:
        for wrap in WRAPS:
            groups = group_events(events, level, px, wrap)
            if _try(groups, width, measure):
                return LanePlan(groups, level)
    wrap = WRAPS[-1]
    while len(groups) > 1:
        gaps = [groups[i + 1].anchor - groups[i].anchor for i in range(len(groups) - 1)]
        i = gaps.index(min(gaps))
        merged = _make_group(groups[i].events + groups[i + 1].events, "Y", px, wrap)
        groups = groups[:i] + [merged] + groups[i + 2:]
        if _try(groups, width, measure):
            return LanePlan(groups, "Y")
    groups[0].row, groups[0].centre = 1, width / 2  # one label wider than the axis: centred, as it is
    return LanePlan(groups, "Y")
