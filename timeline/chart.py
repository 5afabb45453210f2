"""The timeline chart: ``plot(df) -> Figure`` and the ``timeline plot`` command's renderer.

Layout, and why:

* a date axis (AutoDateLocator + ConciseDateFormatter) so ticks read well from days to decades;
* a dot for day (or finer) events, a bar spanning the interval for week/month/quarter/year/decade
  events, so "in July" is not drawn as if it happened on July 1st;
* labels staggered at alternating heights above and below the baseline with leader lines, placed
  greedily after *measuring* each label with the renderer, so two labels never overlap;
* undated and vague events ("in recent weeks", "now") in their own strip under the axis, never on it;
* the publication date as a labelled vertical line; optional lanes (one baseline per actor).

Only the Agg backend is used, so this runs headless.
"""

from __future__ import annotations

import textwrap
import warnings
from dataclasses import dataclass
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # headless; must precede pyplot's first import

import matplotlib.dates as mdates  # noqa: E402
import pandas as pd  # noqa: E402
from matplotlib.backends.backend_agg import FigureCanvasAgg  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

from .errors import InputError, UsageError  # noqa: E402
from .export.atomic import CheckedFile, write_atomic  # noqa: E402
from .labels import date_label  # noqa: E402
from .table import actors_list  # noqa: E402

POINT_GRANULARITIES = frozenset({"day", "hour", "minute", "second", "part_of_day"})
WRAP = 30  # characters per label line
MAX_LABEL_LINES = 4
FONT_SIZE = 8
DPI = 100
FIG_WIDTH_IN = 12.0
MAX_LANES = 6
PALETTE = ("#1f5f8b", "#c0392b", "#2e8b57", "#8e44ad", "#d35400", "#16a085", "#7f8c8d")
GAP_PX = 8  # horizontal air between labels on one level
CLEAR_PX = 22  # from the baseline to the first label row
TRACK_PX = 9  # vertical distance between interval-bar tracks
BAR_PX = 7
BAR_GAP_PX = 8  # from the baseline to the first bar track



@dataclass
class _Item:
    start: pd.Timestamp
    end: pd.Timestamp | None
    point: bool
    label: str
    lane: int
    x: pd.Timestamp  # where the leader line meets the baseline
    width: float = 0.0
    height: float = 0.0
    level: int = 0
    label_px: float = 0.0  # label centre, pixels from the axes' left edge
    track: int = 0  # interval bars: which row under the baseline


def _text(v) -> str:
    return "" if v is None or (not isinstance(v, str) and pd.isna(v)) else str(v)


def _wrap(s: str) -> str:
    lines = textwrap.wrap(s, WRAP) or [""]
    if len(lines) > MAX_LABEL_LINES:
        lines = lines[:MAX_LABEL_LINES]
        lines[-1] = lines[-1][: WRAP - 1].rstrip() + "…"
    return "\n".join(lines)


def _lane_names(df: pd.DataFrame, lanes) -> list[str]:
    if lanes is None:
        return [""]
    if isinstance(lanes, str):  # "actors": the most frequent first actors, the rest under "Other"
        counts: dict[str, int] = {}
        for a in df["actors"]:
            names = actors_list(a)
            if names:
                counts[names[0]] = counts.get(names[0], 0) + 1
        top = sorted(counts, key=lambda k: (-counts[k], k))[: MAX_LANES - 1]
        return top + ["Other"]
    return list(lanes) + ["Other"]


def _lane_of(row_actors, names: list[str]) -> int:
    if len(names) == 1:
        return 0
    for a in actors_list(row_actors):
        if a in names:
            return names.index(a)
    return len(names) - 1


def _items(dated: pd.DataFrame, names: list[str]) -> list[_Item]:
    items: list[_Item] = []
    seen = set()
    for r in dated.itertuples(index=False):
        start = pd.Timestamp(r.start)
        end = pd.Timestamp(r.end) if not pd.isna(r.end) else None
        gran = _text(r.granularity) or "day"
        point = gran in POINT_GRANULARITIES or end is None
        headline = _text(r.event)
        if not headline:  # a date with no event (a dateline): in the table, not on the chart
            continue
        mod = _text(r.modality)
        if mod and not all(w in headline.split() for w in mod.split()):
            headline = f"({mod}) {headline}"
        label = date_label(start, end, gran, getattr(r, "timex_mod", None)) + "\n" + _wrap(headline)
        lane = _lane_of(r.actors, names)
        key = (label, start, end, lane)
        if key in seen:  # the same statement tagged twice (e.g. two rows for one sentence)
            continue
        seen.add(key)
        x = start if point else start + (end - start) / 2
        items.append(_Item(start, end, point, label, lane, x))
    return items


# Horizontal offsets tried at each level, in label widths: a crowded day spreads sideways before it
# stacks up, and the leader line shows where each label belongs.
_OFFSETS = (0.0, -0.55, 0.55, -1.1, 1.1, -1.65, 1.65)


def _place(items: list[_Item], x_to_px, px_min: float, px_max: float) -> None:
    """Greedy stagger: each label takes the lowest free level (1, -1, 2, -2 ...) in its lane, trying a few
    sideways shifts at each level; occupied spans are measured label boxes, so labels never overlap."""
    occupied: dict[tuple[int, int], list[tuple[float, float]]] = {}
    for it in sorted(items, key=lambda i: (i.lane, i.x)):
        cx = x_to_px(it.x)
        placed = False
        k = 1
        while not placed:
            # near levels first; sideways shifts only a little, and wider ones only once the stack is tall
            offsets = _OFFSETS[:3] if k < 3 else _OFFSETS
            for off in offsets:
                for level in (k, -k):
                    spans = occupied.setdefault((it.lane, level), [])
                    left = min(max(cx - it.width / 2 + off * it.width, px_min), px_max - it.width)
                    right = left + it.width
                    if all(right + GAP_PX <= a or left >= b + GAP_PX for a, b in spans):
                        spans.append((left, right))
                        it.level, it.label_px = level, left + it.width / 2
                        placed = True
                        break
                if placed:
                    break
            k += 1


def _tracks(items: list[_Item]) -> None:
    """Interval bars that overlap in time go on separate tracks under the baseline."""
    ends: dict[tuple[int, int], pd.Timestamp] = {}
    for it in sorted((i for i in items if not i.point), key=lambda i: (i.lane, i.start, -(i.end - i.start).value)):
        t = 0
        while (it.lane, t) in ends and ends[(it.lane, t)] > it.start:
            t += 1
        ends[(it.lane, t)] = it.end
        it.track = t


# matplotlib's date axis runs from year 1 to 9999; a margin on both sides keeps the padding inside it
_FIRST_DRAWABLE, _LAST_DRAWABLE = pd.Timestamp("0002-01-01"), pd.Timestamp("9998-01-01")


def _drawable(dated: pd.DataFrame) -> pd.DataFrame:
    """Rows the date axis can show; the others are left off with one warning rather than crash the chart."""
    end = dated["end"].fillna(dated["start"])
    ok = (dated["start"] >= _FIRST_DRAWABLE) & (end <= _LAST_DRAWABLE)
    if not ok.all():
        warnings.warn(f"{int((~ok).sum())} events dated before year 2 or after 9997 are left off the chart",
                      stacklevel=3)
    return dated[ok]


def plot(df: pd.DataFrame, title: str | None = None, lanes=None, ax=None) -> Figure:
    """Draw the event table ``df`` as a timeline and return the Figure.

    Parameters
    ----------
    df : pandas.DataFrame
        An event table from :func:`timeline.extract` / :func:`timeline.extract_many` or read back with
        :func:`timeline.export.read_table`. Error rows are skipped; vague rows go to a strip of their own.
    title : str, optional
        The chart title (default "Timeline: <doc_id>" for one document).
    lanes : None, "actors" or list of str
        One line (default), one lane per most frequent actor, or lanes for the given actor names.
    ax : matplotlib.axes.Axes, optional
        Draw the dated part into an existing Axes (the vague strip then becomes a note in it).

    Returns
    -------
    matplotlib.figure.Figure

    Raises
    ------
    timeline.errors.InputError
        When the table has no dated or vague row at all ("no dated events to draw").

    Examples
    --------
    >>> df = timeline.extract("Talks resumed on Tuesday.", pub_date="2023-09-05")  # doctest: +SKIP
    >>> fig = timeline.plot(df, title="Talks")                                     # doctest: +SKIP
    >>> timeline.chart.save(fig, "talks.png")                                      # doctest: +SKIP
    """
    df = df[df["error"].isna()] if "error" in df.columns else df
    dated = _drawable(df[df["start"].notna()]).sort_values("start")
    vague = df[df["start"].isna()]
    if dated.empty and vague.empty:
        raise InputError("no dated events to draw")
    names = _lane_names(df, lanes)
    items = _items(dated, names)

    if title is None:
        ids = df["doc_id"].dropna().unique().tolist() if "doc_id" in df.columns else []
        title = f"Timeline: {ids[0]}" if len(ids) == 1 else "Timeline"

    # x range: every interval, the publication date, some air; at least a week so one-day stories breathe
    pubs = df["pub_date"].dropna().unique().tolist() if "pub_date" in df.columns else []
    xs = [i.start for i in items] + [i.end for i in items if i.end is not None] + [pd.Timestamp(p) for p in pubs]
    if xs:
        lo, hi = min(xs), max(xs)
    else:
        lo = hi = pd.Timestamp("2000-01-01")
    span = max(hi - lo, pd.Timedelta(days=7))
    lo, hi = lo - span * 0.06, hi + span * 0.06

    own_fig = ax is None
    fig = Figure(figsize=(FIG_WIDTH_IN, 4), dpi=DPI) if own_fig else ax.figure
    renderer = _renderer(fig)

    # measure labels
    probe = fig.text(0, 0, "", fontsize=FONT_SIZE)
    for it in items:
        probe.set_text(it.label)
        bb = probe.get_window_extent(renderer)
        it.width, it.height = bb.width + 6, bb.height + 4
    probe.remove()
    step = max([it.height for it in items] + [30]) + 10  # vertical distance between levels, pixels

    left_m, right_m = 0.9 if len(names) > 1 else 0.3, 0.3  # inches
    ax_w_px = (FIG_WIDTH_IN - left_m - right_m) * DPI
    lo_n, hi_n = mdates.date2num(lo), mdates.date2num(hi)

    def x_to_px(x):
        return (mdates.date2num(x) - lo_n) / (hi_n - lo_n) * ax_w_px

    _place(items, x_to_px, 0, ax_w_px)
    _tracks(items)

    # vertical extent of each lane, in pixels: label levels above, bar tracks then label levels below
    n = len(names)
    lane_up = [max([i.level for i in items if i.lane == k and i.level > 0], default=0) for k in range(n)]
    lane_dn = [max([-i.level for i in items if i.lane == k and i.level < 0], default=0) for k in range(n)]
    lane_tracks = [max([i.track + 1 for i in items if i.lane == k and not i.point], default=0) for k in range(n)]
    below = [CLEAR_PX + BAR_GAP_PX + t * TRACK_PX for t in lane_tracks]  # first label row under the bars
    hmax = step - 10
    lane_h = [CLEAR_PX + max(u - 1, 0) * step + hmax * (u > 0) + below[k] + max(d - 1, 0) * step + hmax * (d > 0) + 15
              for k, (u, d) in enumerate(zip(lane_up, lane_dn))]
    main_h = sum(lane_h) + 20
    vague_lines = _vague_lines(vague)
    vague_h = (len(vague_lines) * 14 + 40) if vague_lines else 0
    top_m, bottom_m, gap = 0.95 * DPI, 0.55 * DPI, 0.45 * DPI
    total_h = top_m + main_h + gap + vague_h + bottom_m

    if own_fig:
        fig.set_size_inches(FIG_WIDTH_IN, total_h / DPI)
        ax = fig.add_axes((left_m / FIG_WIDTH_IN, (bottom_m + vague_h + gap) / total_h,
                           ax_w_px / DPI / FIG_WIDTH_IN, main_h / total_h))
    ax.set_xlim(lo, hi)
    ax.set_ylim(0, main_h)

    # lanes, bottom to top in the order given
    baselines = []
    y = 10
    for k in range(len(names)):
        base = y + max(lane_dn[k] - 1, 0) * step + hmax * (lane_dn[k] > 0) + below[k] + 5
        baselines.append(base)
        y += lane_h[k]
    for k, name in enumerate(names):
        ax.axhline(baselines[k], color="#444444", lw=1.2, zorder=1)
        if name:
            ax.text(-0.005, baselines[k], name, transform=ax.get_yaxis_transform(), ha="right", va="center",
                    fontsize=FONT_SIZE + 1, fontweight="bold", color=PALETTE[k % len(PALETTE)])

    px_to_x = lambda px: mdates.num2date(lo_n + px / ax_w_px * (hi_n - lo_n)).replace(tzinfo=None)  # noqa: E731
    for it in items:
        color = PALETTE[it.lane % len(PALETTE)]
        base = baselines[it.lane]
        if it.point:
            ax.plot([it.start], [base], "o", ms=6, color=color, zorder=4, gid="event-point")
            anchor_y = base
        else:
            ty = base - BAR_GAP_PX - it.track * TRACK_PX  # bars hang clear of the axis line
            ax.broken_barh([(mdates.date2num(it.start), mdates.date2num(it.end) - mdates.date2num(it.start))],
                           (ty - BAR_PX / 2, BAR_PX), facecolors=color, alpha=0.45, edgecolor=color, lw=0.6,
                           zorder=3, gid="event-interval")
            anchor_y = ty
        if it.level > 0:
            ly = base + CLEAR_PX + (it.level - 1) * step
        else:
            ly = base - below[it.lane] - (-it.level - 1) * step
        lx = px_to_x(it.label_px)
        # leader line under the labels (zorder), from the event to the label's edge
        ax.plot([it.x, lx], [anchor_y, ly], "-", color=color, lw=0.7, zorder=2, gid="leader-line")
        ax.text(lx, ly, it.label, fontsize=FONT_SIZE, ha="center", va="bottom" if it.level > 0 else "top",
                color="#222222", zorder=6, gid="event-label",
                bbox=dict(boxstyle="round,pad=0.25", fc="white", ec=color, lw=0.6))
    _fix_label_x(ax, renderer)

    for p in pubs:
        p = pd.Timestamp(p)
        ax.axvline(p, color="#c0392b", ls="--", lw=1, zorder=2, gid="pub-date")
        ax.text(p, 1.0, f"published {date_label(p, None, 'day')}", transform=ax.get_xaxis_transform(),
                color="#c0392b", fontsize=FONT_SIZE, ha="center", va="bottom", gid="pub-date-label",
                bbox=dict(boxstyle="round,pad=0.2", fc="white", ec="none"))

    locator = mdates.AutoDateLocator(minticks=4, maxticks=10)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.set_yticks([])
    for side in ("left", "right", "top"):
        ax.spines[side].set_visible(False)
    ax.tick_params(axis="x", labelsize=FONT_SIZE + 1)

    if own_fig:
        fig.text(left_m / FIG_WIDTH_IN, 1 - 0.3 * DPI / total_h, title, fontsize=14, fontweight="bold", va="top")
        note = "Dots: events dated to a day. Bars: events dated only to a week, month, quarter, year or longer."
        fig.text(left_m / FIG_WIDTH_IN, 1 - 0.58 * DPI / total_h, note, fontsize=FONT_SIZE, color="#666666", va="top")
        if vague_lines:
            vax = fig.add_axes((left_m / FIG_WIDTH_IN, bottom_m / total_h, ax_w_px / DPI / FIG_WIDTH_IN,
                                vague_h / total_h))
            vax.set_axis_off()
            vax.set_gid("vague-strip")
            vax.text(0, 1, "Undated / vague", fontsize=FONT_SIZE + 2, fontweight="bold", va="top",
                     transform=vax.transAxes)
            vax.text(0, 1 - 24 / vague_h, "\n".join(vague_lines), fontsize=FONT_SIZE, va="top",
                     transform=vax.transAxes, color="#333333", linespacing=1.35)
    else:
        ax.set_title(title, loc="left", fontweight="bold")
        if vague_lines:
            ax.text(0, -0.18, "Undated / vague: " + "; ".join(vague_lines[:5]), transform=ax.transAxes,
                    fontsize=FONT_SIZE, va="top")
    return fig


def _vague_lines(vague: pd.DataFrame) -> list[str]:
    out = []
    for r in vague.itertuples(index=False):
        what = _text(r.event) or _text(r.sentence)
        line = f"{_text(r.timex_text)}: {what}"
        if len(line) > 150:
            line = line[:149].rstrip() + "…"
        if line not in out:
            out.append(line)
    return out


def _renderer(fig: Figure):
    canvas = fig.canvas if isinstance(fig.canvas, FigureCanvasAgg) else FigureCanvasAgg(fig)
    return canvas.get_renderer()


def _fix_label_x(ax, renderer) -> None:
    """Keep each label inside the axes horizontally (the leader line still points at its date)."""
    x0, x1 = ax.get_window_extent(renderer).x0, ax.get_window_extent(renderer).x1
    inv = ax.transData.inverted()
    for ann in [c for c in ax.texts if c.get_gid() == "event-label"]:
        bb = ann.get_window_extent(renderer)
        shift = 0.0
        if bb.x0 < x0:
            shift = x0 - bb.x0
        elif bb.x1 > x1:
            shift = x1 - bb.x1
        if shift:
            px, py = ax.transData.transform(ann.get_position())
            ann.set_position(tuple(inv.transform((px + shift, py))))


def save(fig: Figure, path) -> None:
    """Save a chart atomically; the format comes from the extension (.png, .svg or .pdf), and the same
    figure always gives the same bytes.

    Examples
    --------
    >>> save(timeline.plot(df), "chart.svg")  # doctest: +SKIP
    """
    ext = Path(path).suffix.lower()
    if ext not in (".png", ".svg", ".pdf"):
        raise UsageError(f"{path}: chart must be .png, .svg or .pdf")
    fmt = ext[1:]
    # Same table, same bytes: no creation date in the file, and SVG element ids from a fixed salt rather
    # than a random one (PNG already carries no date).
    metadata = {"svg": {"Date": None}, "pdf": {"CreationDate": None, "ModDate": None}}.get(fmt)
    with matplotlib.rc_context({"svg.hashsalt": "timeline"}):
        def draw(p: Path) -> None:
            with CheckedFile(p, "w") as fh:  # a full disk must fail the save, not truncate the chart
                fig.savefig(fh, format=fmt, dpi=150 if fmt == "png" else DPI, bbox_inches="tight",
                            metadata=metadata)

        write_atomic(path, draw)
