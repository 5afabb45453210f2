"""The time axis: dates -> pixels, linear, or broken where the story leaves a long stretch empty.

A story that runs from 1880 to 2022 with most of its events in the last three years is unreadable on a
linear axis: the recent events share a few pixels. When an empty gap between events is longer than
:data:`BREAK_SHARE` of the whole span, the axis is cut there (a visible break, at most :data:`MAX_BREAKS`),
and each remaining stretch gets width by how much happens in it as well as by how long it is. Everything
is in pixels of the axes, so the label layout can measure against it.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass

import matplotlib.dates as mdates
import numpy as np
import pandas as pd

BREAK_SHARE = 0.12
MIN_BREAK_DAYS = 180.0  # a cut saves nothing on a story of a few weeks: there, grouping does the work
MAX_BREAKS = 4
BREAK_PX = 26.0
MIN_SEGMENT_PX = 70.0
PAD_SHARE = 0.04  # air at each end of the axis (and of each stretch), as a share of its span


@dataclass(frozen=True)
class Segment:
    t0: float  # matplotlib date numbers (days)
    t1: float
    px0: float
    px1: float

    def px(self, t: float) -> float:
        return self.px0 + (t - self.t0) / (self.t1 - self.t0) * (self.px1 - self.px0)


@dataclass(frozen=True)
class TimeAxis:
    segments: tuple[Segment, ...]
    width: float

    @property
    def broken(self) -> bool:
        return len(self.segments) > 1

    def px(self, t) -> float:
        """Pixel of a date (Timestamp) or date number; dates in a break go to the nearer stretch's edge."""
        v = mdates.date2num(pd.Timestamp(t).to_pydatetime()) if not isinstance(t, (int, float, np.floating)) else t
        for s in self.segments:
            if v <= s.t1:
                return s.px(max(v, s.t0))
        return self.segments[-1].px(v) if v <= self.segments[-1].t1 else self.segments[-1].px1

    def breaks(self) -> list[tuple[float, float]]:
        """Pixel extents of the breaks between stretches."""
        return [(a.px1, b.px0) for a, b in zip(self.segments, self.segments[1:])]

    def ticks(self) -> list[tuple[float, str]]:
        with warnings.catch_warnings():  # the locator's "unable to pick an interval" is ours to handle
            warnings.simplefilter("ignore")
            return self._ticks()

    def _ticks(self) -> list[tuple[float, str]]:
        out = []
        for s in self.segments:
            n = max(2, int((s.px1 - s.px0) / 95))
            # the locator counts ticks beyond the ends too: ask for more until two fall inside (or give up)
            vals: list[float] = []
            for m in range(n, n + 8):
                loc = mdates.AutoDateLocator(minticks=max(2, m // 3), maxticks=m)
                inside = [v for v in loc.tick_values(mdates.num2date(s.t0), mdates.num2date(s.t1))
                          if s.t0 <= v <= s.t1]
                if len(inside) > n + 1:
                    break
                vals = inside
                if len(vals) >= 2:
                    break
            if not vals:  # a narrow stretch: one tick, at the start of the year it is about
                year = mdates.num2date((s.t0 + s.t1) / 2).year
                v = _num(pd.Timestamp(year=year, month=1, day=1))
                vals = [v] if s.t0 <= v <= s.t1 else [(s.t0 + s.t1) / 2]
            out += [(s.px(v), lab) for v, lab in zip(vals, _tick_labels(vals))]
        return out


def _tick_labels(vals: list[float]) -> list[str]:
    if not vals:
        return []
    dates = [mdates.num2date(v) for v in vals]
    step = (vals[1] - vals[0]) if len(vals) > 1 else 365.0
    labels = []
    for i, d in enumerate(dates):
        first = i == 0
        if step >= 360:
            labels.append(f"{d.year}")
        elif step >= 28:
            labels.append(f"{d:%b}\n{d.year}" if first or d.month == 1 else f"{d:%b}")
        elif step >= 0.99:
            labels.append(f"{d.day} {d:%b}\n{d.year}" if first or (d.month == 1 and d.day <= step) else f"{d.day} {d:%b}")
        else:
            labels.append(f"{d:%H:%M}\n{d.day} {d:%b}" if first or d.hour < step * 24 else f"{d:%H:%M}")
    return labels


def _num(t: pd.Timestamp) -> float:
    return float(mdates.date2num(pd.Timestamp(t).to_pydatetime()))


def build_axis(spans: list[tuple[pd.Timestamp, pd.Timestamp]], width: float, weights: list[float] | None = None,
               allow_breaks: bool = True) -> TimeAxis:
    """An axis ``width`` pixels wide over ``spans`` (each [start, end]; end may equal start). ``weights``
    (one per span, e.g. 1 per event) say how much happens where."""
    if not spans:
        spans = [(pd.Timestamp("2000-01-01"), pd.Timestamp("2000-01-01"))]
    ivs = sorted((_num(a), max(_num(a), _num(b)), w) for (a, b), w in zip(spans, weights or [1.0] * len(spans)))
    lo, hi = ivs[0][0], max(v[1] for v in ivs)
    total = max(hi - lo, 7.0)  # at least a week, so one-day stories breathe

    # blocks of time with something in them, and the empty gaps between
    blocks: list[list[float]] = []  # [t0, t1, weight]
    for a, b, w in ivs:
        if blocks and a <= blocks[-1][1]:
            blocks[-1][1] = max(blocks[-1][1], b)
            blocks[-1][2] += w
        else:
            blocks.append([a, b, w])
    gaps = sorted(((blocks[i + 1][0] - blocks[i][1], i) for i in range(len(blocks) - 1)), reverse=True)
    cut = (sorted(i for g, i in gaps[:MAX_BREAKS] if g > max(BREAK_SHARE * total, MIN_BREAK_DAYS))
           if allow_breaks else [])

    stretches: list[list[float]] = []
    start = 0
    for i in cut + [len(blocks) - 1]:
        part = blocks[start:i + 1]
        stretches.append([part[0][0], max(p[1] for p in part), sum(p[2] for p in part)])
        start = i + 1

    if len(stretches) == 1:
        t0, t1 = lo, hi
        if t1 - t0 < 7:
            t0, t1 = (lo + hi) / 2 - 3.5, (lo + hi) / 2 + 3.5
        pad = (t1 - t0) * PAD_SHARE
        return TimeAxis((Segment(t0 - pad, t1 + pad, 0.0, width),), width)

    # each stretch padded by a share of its own span, or of the whole span when it is a single moment
    padded = []
    for k, (t0, t1, w) in enumerate(stretches):
        pad = max((t1 - t0) * PAD_SHARE, total * 0.01, 15.0)
        before = t0 - stretches[k - 1][1] if k else pad * 3  # never reach past a third of a neighbouring cut
        after = stretches[k + 1][0] - t1 if k + 1 < len(stretches) else pad * 3
        padded.append((t0 - min(pad, before / 3), t1 + min(pad, after / 3), w))
    avail = width - BREAK_PX * (len(padded) - 1)
    span_sum = sum(b - a for a, b, _ in padded)
    w_sum = sum(w for _, _, w in padded)
    share = [0.25 * (b - a) / span_sum + 0.75 * w / w_sum for a, b, w in padded]
    px = [max(MIN_SEGMENT_PX, s * avail) for s in share]
    over = sum(px) - avail
    if over > 0:  # take the excess from the stretches above the minimum, in proportion
        room = [p - MIN_SEGMENT_PX for p in px]
        px = [p - over * r / sum(room) for p, r in zip(px, room)]
    segs, x = [], 0.0
    for (a, b, _), w in zip(padded, px):
        segs.append(Segment(a, b, x, x + w))
        x += w + BREAK_PX
    return TimeAxis(tuple(segs), width)
