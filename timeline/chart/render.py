"""Drawing: planned panels -> a matplotlib Figure. All geometry is in pixels of the figure at :data:`DPI`
(each panel's axes has one data unit per pixel), so what the layout measured is what gets drawn."""

from __future__ import annotations

import warnings
from dataclasses import dataclass

import matplotlib

matplotlib.use("Agg")  # headless; must precede pyplot's first import

import pandas as pd  # noqa: E402
from matplotlib.backends.backend_agg import FigureCanvasAgg  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.lines import Line2D  # noqa: E402
from matplotlib.patches import Patch  # noqa: E402

from ..errors import InputError, UsageError  # noqa: E402
from ..labels import date_label  # noqa: E402
from .axis import TimeAxis, build_axis  # noqa: E402
from .lanes import OTHER, assign, lane_names  # noqa: E402
from .layout import LanePlan, plan_lane  # noqa: E402
from .rows import (ChartEvent, chart_events, most_salient, publication_dates, publication_dates_by_doc,  # noqa: E402
                   usable, vague_lines)

FONT_SIZE = 8
from . import DPI, MAX_EVENTS  # noqa: E402  (the default cap: the N most salient dated events)

FIG_WIDTH_IN = 12.0
MAX_LANES = 6
MAX_PANELS = 8
MAX_HEIGHT_PX = 5000  # at DPI; save() keeps the written file under SAVE_MAX_PX too
PALETTE = ("#1f5f8b", "#c0392b", "#2e8b57", "#8e44ad", "#d35400", "#16a085", "#7f8c8d")
PAD_PT = 0.3 * FONT_SIZE  # label box padding (boxstyle pad is in font sizes)
PAD_PX = PAD_PT * DPI / 72
CLEAR_UP = 24.0  # from the axis line to the row of labels above it
CLEAR_DN = 18.0  # from the bar band to the row of labels below it
BAR_GAP, TRACK, BAR_PX = 9.0, 10.0, 7.0
INSET_PX = 2.0  # bars stop this short of their ends: two touching intervals show a gap
LANE_MARGIN = 10.0
TICK_ROOM = 34.0  # under a panel's axes, for the tick labels
PANEL_TITLE = 22.0
MANY_PUBS = 3  # more distinct publication dates than this: one shaded span instead of a line each


@dataclass
class Lane:
    name: str
    events: list[ChartEvent]
    plan: LanePlan
    tracks: dict[int, int]  # event row -> bar track
    ntracks: int
    up: float = 0.0  # tallest label above / below
    down: float = 0.0

    @property
    def band(self) -> float:  # from the axis line down to the bottom of the bar band
        return BAR_GAP + (self.ntracks - 1) * TRACK + BAR_PX / 2 + 4 if self.ntracks else 6.0

    @property
    def height(self) -> float:
        return (LANE_MARGIN + (CLEAR_DN + self.down if self.down else 0) + self.band
                + CLEAR_UP + self.up + LANE_MARGIN)


@dataclass
class Panel:
    title: str
    axis: TimeAxis
    lanes: list[Lane]
    pubs: list[pd.Timestamp]
    shown: int = 0
    total: int = 0

    @property
    def height(self) -> float:
        return sum(lane.height for lane in self.lanes) + (PANEL_TITLE if self.title else 0)


def _renderer(fig: Figure):
    canvas = fig.canvas if isinstance(fig.canvas, FigureCanvasAgg) else FigureCanvasAgg(fig)
    return canvas.get_renderer()


def _measurer(fig: Figure):
    renderer = _renderer(fig)
    probe = fig.text(0, 0, "", fontsize=FONT_SIZE, parse_math=False)
    cache: dict[str, tuple[float, float]] = {}

    def measure(s: str) -> tuple[float, float]:
        if s not in cache:
            probe.set_text(s)
            bb = probe.get_window_extent(renderer)
            cache[s] = (bb.width + 2 * PAD_PX + 2, bb.height + 2 * PAD_PX + 2)
        return cache[s]

    return measure, probe


def _tracks(events: list[ChartEvent]) -> tuple[dict[int, int], int]:
    """Bars that overlap in time go on separate tracks; bars that only touch share one (the inset shows
    the seam)."""
    ends: list[pd.Timestamp] = []
    out: dict[int, int] = {}
    for e in sorted((e for e in events if not e.point), key=lambda e: (e.start, -(e.end - e.start).value)):
        t = next((i for i, end in enumerate(ends) if end <= e.start), len(ends))
        if t == len(ends):
            ends.append(e.end)
        ends[t] = e.end
        out[e.row] = t
    return out, len(ends)


def plan_panel(events: list[ChartEvent], title: str, width: float, measure, lanes, pubs, cap: int) -> Panel:
    total = len(events)
    shown = most_salient(events, cap)
    axis = build_axis([(e.start, e.end if not e.point else e.start) for e in shown] + [(p, p) for p in pubs],
                      width, [1.0] * len(shown) + [0.2] * len(pubs))
    if lanes is None:
        groups = {"": shown}
    else:
        keys = [e.lane for e in shown]
        names = list(lanes) if not isinstance(lanes, str) else lane_names(keys, MAX_LANES)
        if not isinstance(lanes, str):
            names = [n for n in names if n in keys] + [OTHER]
        lane_of = assign(keys, names)
        groups = {n: [e for e, k in zip(shown, lane_of) if k == n] for n in names}
        groups = {n: evs for n, evs in groups.items() if evs}  # never an empty lane
    out = []
    for name, evs in groups.items():
        plan = plan_lane(evs, axis.px, width, measure)
        tracks, n = _tracks(evs)
        lane = Lane(name, evs, plan, tracks, n)
        lane.up = max([g.height for g in plan.groups if g.row > 0], default=0.0)
        lane.down = max([g.height for g in plan.groups if g.row < 0], default=0.0)
        out.append(lane)
    return Panel(title, axis, out, pubs, shown=len(shown), total=total)


def plot(df: pd.DataFrame, title: str | None = None, lanes=None, ax=None, by: str | None = None,
         max_events: int = MAX_EVENTS) -> Figure:
    """Draw the event table ``df`` as a timeline and return the Figure.

    Parameters
    ----------
    df : pandas.DataFrame
        An event table from :func:`timeline.extract` / :func:`timeline.extract_many` or read back with
        :func:`timeline.export.read_table`. Error rows are skipped; vague rows go to a strip of their own.
    title : str, optional
        The chart title (default "Timeline: <doc_id>" for one document).
    lanes : None, "actors" or list of str
        One line (default), one lane per most frequent subject entity, or lanes for the given names.
    ax : matplotlib.axes.Axes, optional
        Draw the dated part into an existing Axes (the vague strip then becomes a note in it).
    by : None, "doc" or "actor"
        One panel per document or per actor (the most frequent first, as many as fit).
    max_events : int
        Draw at most this many dated events, the most salient ones (a note on the chart says so).

    Returns
    -------
    matplotlib.figure.Figure

    Raises
    ------
    timeline.errors.InputError
        When ``df`` is not an event table, or has no dated or vague row at all ("no dated events to draw").

    Examples
    --------
    >>> df = timeline.extract("Talks resumed on Tuesday.", pub_date="2023-09-05")  # doctest: +SKIP
    >>> fig = timeline.plot(df, title="Talks")                                     # doctest: +SKIP
    >>> timeline.chart.save(fig, "talks.png")                                      # doctest: +SKIP
    """
    if by not in (None, "doc", "actor"):
        raise UsageError(f"by={by!r}: choose 'doc' or 'actor'")
    if max_events < 1:
        raise UsageError("max_events must be at least 1")
    if by and ax is not None:
        raise UsageError("by= draws its own figure: leave ax out")
    df = usable(df)
    events = chart_events(df)
    vague = vague_lines(df)
    if not events and not vague:
        raise InputError("no dated events to draw")
    if title is None:
        ids = df["doc_id"].dropna().unique().tolist()
        title = f"Timeline: {ids[0]}" if len(ids) == 1 else "Timeline"

    own_fig = ax is None
    fig = Figure(figsize=(FIG_WIDTH_IN, 4), dpi=DPI) if own_fig else ax.figure
    measure, probe = _measurer(fig)
    named_lanes = lanes is not None and by != "actor"
    left = 120.0 if named_lanes else 30.0
    width = (FIG_WIDTH_IN * DPI - left - 30.0) if own_fig else ax.get_window_extent(_renderer(fig)).width
    pubs = publication_dates(df)

    top_room = 118.0  # title, note, legend
    vague_h = (len(vague) * 14 + 40) if vague and own_fig else 0
    budget = MAX_HEIGHT_PX - top_room - vague_h - 40
    panels: list[Panel] = []
    skipped: list[str] = []
    if by is None:
        panels.append(plan_panel(events, "", width, measure, lanes if named_lanes else None, pubs, max_events))
    else:
        key = (lambda e: e.doc_id) if by == "doc" else (lambda e: e.lane or OTHER)
        facets: dict[str, list[ChartEvent]] = {}
        for e in events:
            facets.setdefault(key(e), []).append(e)
        order = sorted(facets, key=lambda k: (-len(facets[k]), k))
        per = max(6, max_events // max(1, min(len(order), MAX_PANELS)))
        doc_pubs = publication_dates_by_doc(df) if by == "doc" else {}
        used = 0.0
        for k in order:
            if len(panels) >= MAX_PANELS:
                skipped.append(k)
                continue
            fpubs = [p for p in pubs if by != "doc" or p in doc_pubs.get(k, ())]
            p = plan_panel(facets[k], f"{'Document' if by == 'doc' else 'Actor'}: {k}", width, measure,
                           lanes if named_lanes else None, fpubs, per)
            if used + p.height + TICK_ROOM + 30 > budget and panels:
                skipped.append(k)
                continue
            panels.append(p)
            used += p.height + TICK_ROOM + 30
    probe.remove()

    shown = sum(p.shown for p in panels)
    notes = []
    if shown < len(events):
        notes.append(f"Showing the {shown:,} most salient of {len(events):,} dated events"
                     + (" (set the number with --max-events)" if shown < max_events or by else
                        f" (--max-events {max_events}; raise it to show more)"))
    if skipped:
        notes.append(f"{len(skipped):,} more {'documents' if by == 'doc' else 'actors'} not drawn "
                     f"(the chart is kept under {MAX_HEIGHT_PX:,} px tall)")
    for n in notes:
        warnings.warn(n, stacklevel=2)

    heights = [p.height for p in panels]
    total_h = top_room + (18 if notes else 0) + sum(h + TICK_ROOM + 30 for h in heights) + vague_h + 20
    if own_fig:
        fig.set_size_inches(FIG_WIDTH_IN, total_h / DPI)
    y = total_h - top_room - (18 if notes else 0)
    for p in panels:
        y -= p.height
        if own_fig:
            a = fig.add_axes((left / (FIG_WIDTH_IN * DPI), y / total_h, width / (FIG_WIDTH_IN * DPI),
                              p.height / total_h))
        else:
            a = ax
        _draw_panel(a, p, named_lanes)
        y -= TICK_ROOM + 30

    if own_fig:
        W = FIG_WIDTH_IN * DPI
        fig.text(left / W, 1 - 18 / total_h, title, fontsize=14, fontweight="bold", va="top", gid="title",
                 parse_math=False)
        note = ("Dots: events dated to a day (or an hour). Bars: a week, month, quarter, year or a range. "
                "Same-day events share a label.")
        fig.text(left / W, 1 - 48 / total_h, note, fontsize=FONT_SIZE, color="#666666", va="top")
        for i, n in enumerate(notes):
            fig.text(left / W, 1 - (100 + 14 * i) / total_h, n, fontsize=FONT_SIZE, color="#a04000", va="top",
                     fontweight="bold", gid="cap-note")
        _legend(fig, total_h, left / W)
        if vague:
            vax = fig.add_axes((left / W, 20 / total_h, width / W, vague_h / total_h))
            vax.set_axis_off()
            vax.set_gid("vague-strip")
            vax.text(0, 1, "Undated / vague", fontsize=FONT_SIZE + 2, fontweight="bold", va="top",
                     transform=vax.transAxes)
            vax.text(0, 1 - 24 / vague_h, "\n".join(vague), fontsize=FONT_SIZE, va="top",
                     transform=vax.transAxes, color="#333333", linespacing=1.35, parse_math=False)
    else:
        ax.set_title(title, loc="left", fontweight="bold", parse_math=False)
        if vague:
            ax.text(0, -0.18, "Undated / vague: " + "; ".join(vague[:5]), transform=ax.transAxes,
                    fontsize=FONT_SIZE, va="top", parse_math=False)
    return fig


def _legend(fig: Figure, total_h: float, x: float) -> None:
    c = PALETTE[0]
    handles = [
        Line2D([], [], ls="none", marker="o", ms=6, color=c, label="stated, dated to a day"),
        Patch(fc=c, alpha=0.45, ec=c, label="stated, week / month / year / range"),
        Line2D([], [], ls="none", marker="o", ms=6, mfc="white", mec=c, label="◇ hypothetical, future or negated"),
        Patch(fc="white", ec=c, ls="--", label="◇ hypothetical, over a period"),
    ]
    leg = fig.legend(handles=handles, loc="upper left", bbox_to_anchor=(x - 0.006, 1 - 62 / total_h), ncol=4,
                     fontsize=FONT_SIZE, frameon=False, borderaxespad=0, handletextpad=0.5, columnspacing=1.6)
    leg.set_gid("legend")


def _hline_segments(ax, axis: TimeAxis, y: float, **kw) -> None:
    for s in axis.segments:
        ax.plot([s.px0, s.px1], [y, y], **kw)
    for a, b in axis.breaks():  # the cut: two short slanted strokes
        for x in (a + 5, b - 5):
            ax.plot([x - 3, x + 3], [y - 5, y + 5], color="#444444", lw=1.0, zorder=1, gid="axis-break")


def _draw_panel(ax, p: Panel, named_lanes: bool) -> None:
    W, H = p.axis.width, p.height
    ax.set_xlim(0, W)
    ax.set_ylim(0, H)
    ax.set_yticks([])
    for side in ("left", "right", "top", "bottom"):
        ax.spines[side].set_visible(False)
    ax.patch.set_alpha(0)
    ticks = p.axis.ticks()
    ax.set_xticks([t for t, _ in ticks], [lab for _, lab in ticks], fontsize=FONT_SIZE + 1)
    ax.tick_params(axis="x", length=4, color="#888888")
    _hline_segments(ax, p.axis, 0, color="#888888", lw=0.8, zorder=1)
    if p.title:
        ax.text(0, H - 4, p.title, fontsize=FONT_SIZE + 2, fontweight="bold", va="top", ha="left",
                gid="panel-title", parse_math=False)

    y = 0.0
    for k, lane in enumerate(reversed(p.lanes)):  # first lane on top
        color = PALETTE[(len(p.lanes) - 1 - k) % len(PALETTE)] if named_lanes else PALETTE[0]
        base = y + LANE_MARGIN + (CLEAR_DN + lane.down if lane.down else 0) + lane.band
        _draw_lane(ax, p.axis, lane, base, color)
        if named_lanes and lane.name:
            ax.text(-8, base, lane.name, ha="right", va="center", fontsize=FONT_SIZE + 1, fontweight="bold",
                    color=color, gid="lane-name", wrap=True, parse_math=False)
        y += lane.height

    _draw_pubs(ax, p)


def _draw_pubs(ax, p: Panel) -> None:
    if not p.pubs:
        return
    color = "#c0392b"
    if len(p.pubs) > MANY_PUBS:
        a, b = p.axis.px(p.pubs[0]), p.axis.px(p.pubs[-1])
        ax.axvspan(a, max(b, a + 2), color=color, alpha=0.08, zorder=0, gid="pub-date")
        txt = f"published {date_label(p.pubs[0], None, 'day')} – {date_label(p.pubs[-1], None, 'day')}"
        ax.text((a + b) / 2, 1.0, txt, transform=ax.get_xaxis_transform(), color=color, fontsize=FONT_SIZE,
                ha="center", va="bottom", gid="pub-date-label")
        return
    for pub in p.pubs:
        x = p.axis.px(pub)
        ax.axvline(x, color=color, ls="--", lw=1, zorder=2, gid="pub-date")
        ax.text(x, 1.0, f"published {date_label(pub, None, 'day')}", transform=ax.get_xaxis_transform(),
                color=color, fontsize=FONT_SIZE, ha="center", va="bottom", gid="pub-date-label",
                bbox=dict(boxstyle="round,pad=0.2", fc="white", ec="none"))


def _draw_lane(ax, axis: TimeAxis, lane: Lane, base: float, color: str) -> None:
    _hline_segments(ax, axis, base, color="#444444", lw=1.2, zorder=1)
    band_bottom = base - lane.band
    track_y = {}
    for e in lane.events:
        if e.point:
            style = dict(mfc=color) if e.asserted else dict(mfc="white", mew=1.3)
            ax.plot([axis.px(e.start)], [base], "o", ms=6, mec=color, zorder=5,
                    gid="event-point" if e.asserted else "event-point-hypothetical", **style)
            continue
        t = lane.tracks[e.row]
        ty = base - BAR_GAP - t * TRACK
        track_y[e.row] = ty
        x0, x1 = axis.px(e.start) + INSET_PX, axis.px(e.end) - INSET_PX
        if x1 - x0 < 3:
            mid = (x0 + x1) / 2
            x0, x1 = mid - 1.5, mid + 1.5
        if e.asserted:
            ax.broken_barh([(x0, x1 - x0)], (ty - BAR_PX / 2, BAR_PX), facecolors=color, alpha=0.5,
                           edgecolor=color, lw=0.6, zorder=3, gid="event-interval")
        else:
            ax.broken_barh([(x0, x1 - x0)], (ty - BAR_PX / 2, BAR_PX), facecolors="white", edgecolor=color,
                           lw=1.0, linestyle=(0, (3, 2)), zorder=3, gid="event-interval-hypothetical")

    for g in lane.plan.groups:
        bars = [e for e in g.events if not e.point]
        anchor_y = track_y[bars[0].row] if len(g.events) == 1 and bars else base
        if g.row > 0:
            foot = base
            label_y = base + CLEAR_UP
        else:
            foot = band_bottom
            label_y = band_bottom - CLEAR_DN
        xs, ys = [g.anchor], [anchor_y]
        if anchor_y != foot:
            xs.append(g.anchor)
            ys.append(foot)
        xs.append(g.centre)
        ys.append(label_y)
        ax.plot(xs, ys, color=color, lw=0.7, zorder=2, gid="leader-line",
                ls="-" if g.asserted else (0, (3, 2)))
        ty = label_y + PAD_PX + 1 if g.row > 0 else label_y - PAD_PX - 1
        ax.text(g.centre, ty, g.text, fontsize=FONT_SIZE, ha="center", va="bottom" if g.row > 0 else "top",
                color="#222222", zorder=6, gid="event-label", linespacing=1.2, parse_math=False,
                multialignment="center" if len(g.events) == 1 else "left",
                bbox=dict(boxstyle=f"round,pad={PAD_PT / FONT_SIZE}", fc="white", ec=color, lw=0.6))
