"""The static chart's layout, measured on the rendered figure: label boxes and leader lines are read back
from the drawn artists (renderer extents, display pixels) and checked for overlap, crossing, order and
distance, on the seed article, a 142-year story and a 200-row table."""

from __future__ import annotations

import itertools
import warnings

import numpy as np
import pandas as pd
import pytest
from PIL import Image

import timeline
from timeline.chart import save
from timeline.chart.layout import place_row
from timeline.readers import read_path
from timeline.table import build_table


# ------------------------------------------------------------------ reading the figure back

def _artists(fig, gid):
    out = []
    for ax in fig.axes:
        out += [a for a in ax.get_children() if a.get_gid() == gid]
    return out


def _geometry(fig):
    """[(label box, leader polyline in display px)], paired in drawing order."""
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    labels = _artists(fig, "event-label")
    leaders = _artists(fig, "leader-line")
    assert len(labels) == len(leaders) > 0
    out = []
    for t, line in zip(labels, leaders):
        box = t.get_bbox_patch().get_window_extent(renderer)
        pts = line.get_transform().transform(line.get_xydata())
        out.append((t, box, pts))
    return out


def _boxes(fig, gid):
    """Display-pixel boxes of the marks drawn under ``gid`` (bars are collections: read their paths)."""
    from matplotlib.collections import Collection
    from matplotlib.transforms import Bbox

    renderer = fig.canvas.get_renderer()
    out = []
    for a in _artists(fig, gid):
        if isinstance(a, Collection):
            out += [Bbox.from_extents(*a.get_transform().transform(p.vertices).min(axis=0),
                                      *a.get_transform().transform(p.vertices).max(axis=0)) for p in a.get_paths()]
        else:
            out.append(a.get_window_extent(renderer))
    return out


def _cross(p1, p2, q1, q2) -> bool:
    """Proper intersection of segments p1p2 and q1q2 (touching at an end point does not count)."""
    def orient(a, b, c):
        v = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])
        return 0 if abs(v) < 1e-6 else (1 if v > 0 else -1)
    o1, o2, o3, o4 = orient(p1, p2, q1), orient(p1, p2, q2), orient(q1, q2, p1), orient(q1, q2, p2)
    return o1 * o2 < 0 and o3 * o4 < 0


def _segment_enters_box(a, b, box, inset=1.5) -> bool:
    x0, x1, y0, y1 = box.x0 + inset, box.x1 - inset, box.y0 + inset, box.y1 - inset
    for t in np.linspace(0, 1, 200):
        x, y = a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t
        if x0 < x < x1 and y0 < y < y1:
            return True
    return False


def assert_readable(fig):
    geo = _geometry(fig)
    for (_, a, _), (_, b, _) in itertools.combinations(geo, 2):
        assert not a.overlaps(b), f"label boxes overlap: {a} {b}"
    segs = [[(pts[i], pts[i + 1]) for i in range(len(pts) - 1)] for _, _, pts in geo]
    for i, j in itertools.combinations(range(len(geo)), 2):
        for p, q in itertools.product(segs[i], segs[j]):
            assert not _cross(*p, *q), f"leaders cross: {geo[i][0].get_text()[:30]!r} / {geo[j][0].get_text()[:30]!r}"
    for i, (_, _, pts) in enumerate(geo):
        for j, (_, box, _) in enumerate(geo):
            if i != j:
                assert not any(_segment_enters_box(a, b, box) for a, b in segs[i]), "a leader runs under a label"
    # date order: within one row (same side of one axis line) labels read left to right in the order of
    # the dates their leaders point at
    rows: dict = {}
    for t, box, pts in geo:
        rows.setdefault((round(pts[-1][1]), t.axes), []).append((box.x0, pts[0][0]))
    for row in rows.values():
        row.sort()
        anchors = [a for _, a in row]
        assert anchors == sorted(anchors), "labels out of date order"
    return geo


# ------------------------------------------------------------------ tables

@pytest.fixture(scope="module")
def seed_df():
    return timeline.extract_many(read_path("seeds/000_77470e3bf062b03c.txt"))


@pytest.fixture(scope="module")
def long_df():
    return timeline.extract_many(read_path("tests/data/long_span_1880.txt"))


def _synthetic(n_rows: int, n_docs: int, seed: int = 7) -> pd.DataFrame:
    """A big table: ``n_rows`` events spread over three years and ``n_docs`` documents."""
    rng = np.random.default_rng(seed)
    subjects = ["the ministry", "the army", "Acme Corp", "the council", "the union", "Dr Lee"]
    rows = []
    for i in range(n_rows):
        day = pd.Timestamp("2020-01-01") + pd.Timedelta(days=int(rng.integers(0, 3 * 365)))
        gran = rng.choice(["day", "day", "day", "month", "year"])
        start = {"day": day, "month": day.replace(day=1), "year": day.replace(month=1, day=1)}[gran]
        end = {"day": start + pd.Timedelta(days=1), "month": start + pd.offsets.MonthBegin(1),
               "year": start + pd.offsets.YearBegin(1)}[gran]
        subj = subjects[i % len(subjects)]
        rows.append({"doc_id": f"doc{i % n_docs:03d}", "pub_date": "2023-01-15", "dct_source": "cli",
                     "sentence": f"{subj.capitalize()} announced measure number {i} on that day.",
                     "event": f"{subj.capitalize()} announced measure number {i}", "subject": subj,
                     "actors": subj.replace("the ", "").title(), "timex_text": "that day", "timex_type": "DATE",
                     "timex_value": start.strftime("%Y-%m-%d"), "start": start, "end": end, "granularity": gran,
                     "fuzzy": False, "rule": "synthetic", "char_start": 10 * i, "char_end": 10 * i + 8})
    return build_table(rows)


# ------------------------------------------------------------------ the checks

def test_place_row_keeps_order_and_gap():
    pos = place_row([100, 101, 102, 500], [80, 80, 80, 80], 0, 1000, gap=10)
    assert pos == sorted(pos)
    assert all(b - a >= 90 - 1e-9 for a, b in zip(pos, pos[1:]))
    assert abs(pos[3] - 500) < 1e-9  # a label with room stays on its date
    assert place_row([10] * 20, [80] * 20, 0, 1000) is None  # cannot fit: says so rather than overlap


def test_seed_chart_readable(seed_df, tmp_path):
    fig = timeline.plot(seed_df, title="seed")
    geo = assert_readable(fig)
    texts = [t.get_text() for t, _, _ in geo]
    # the publication day's statements share one label, most salient first, and it points at that day
    day = [t for t in texts if t.startswith("5 Sep 2023")]
    assert len(day) == 1 and day[0].count("• ") >= 3
    pub_x = _artists(fig, "pub-date")[0].get_transform().transform((_artists(fig, "pub-date")[0].get_xdata()[0], 0))[0]
    for t, box, pts in geo:
        if t.get_text().startswith("5 Sep 2023"):
            assert abs(pts[0][0] - pub_x) < 2
    # the 2022 and 2023 year bars do not touch
    bars = sorted(_boxes(fig, "event-interval"), key=lambda b: b.x0)
    assert len(bars) >= 5
    same_track = [(a, b) for a, b in itertools.combinations(bars, 2) if abs(a.y0 - b.y0) < 1]
    assert same_track
    for a, b in same_track:
        assert b.x0 - a.x1 >= 3, "two intervals on one track drawn touching (they read as one bar)"
    # hypothetical events are drawn differently and explained
    assert _artists(fig, "event-interval-hypothetical") or _artists(fig, "event-point-hypothetical")
    legend = fig.legends[0]
    assert any("hypothetical" in t.get_text() for t in legend.get_texts())
    out = tmp_path / "seed.png"
    save(fig, out)
    w, h = Image.open(out).size
    assert w <= 2000 and h <= 2000


def test_seed_lanes_use_the_subject(seed_df):
    fig = timeline.plot(seed_df, lanes="actors")
    assert_readable(fig)
    lanes = sorted(_artists(fig, "lane-name"), key=lambda t: -t.get_position()[1])
    names = [t.get_text() for t in lanes]
    assert names[0] == "US" and "Moscow" not in names  # the busiest lane on top; no lane without events
    # US officials' statements (Sullivan's, named alone or with his title) are in the US lane
    us_y = lanes[0].get_position()[1]
    for t, box, pts in _geometry(fig):
        if "Sullivan" in t.get_text():
            assert abs(t.axes.transData.inverted().transform(pts[0])[1] - us_y) < 60
    ax = fig.axes[0]
    # no empty lane: every lane's axis line has a dot or a bar on it
    marks = [m for g in ("event-point", "event-point-hypothetical", "event-interval", "event-interval-hypothetical")
             for m in _boxes(fig, g)]
    for t in _artists(fig, "lane-name"):
        y = ax.transData.transform(t.get_position())[1]
        assert any(m.y0 - 40 <= y <= m.y1 + 15 for m in marks), f"empty lane {t.get_text()}"


def test_long_span_story_gets_a_broken_axis(long_df):
    fig = timeline.plot(long_df)
    geo = assert_readable(fig)
    assert _artists(fig, "axis-break"), "142 years with a dense end: the empty decades are cut out"
    # every label stays within a third of the axis width of its date
    ax = fig.axes[0]
    width = ax.get_window_extent().width
    for t, box, pts in geo:
        assert abs((box.x0 + box.x1) / 2 - pts[0][0]) < width / 3, t.get_text()[:40]
    # the recent, dense years get more room than their share of 142 years (2 %)
    ticks = {t.get_text(): t.get_position()[0] for t in ax.get_xticklabels()}
    recent = [x for lab, x in ticks.items() if lab.startswith("20")]
    assert recent and (max(recent) - min(recent)) / width > 0.15 or len(recent) == 1


def test_200_row_table_is_capped_with_a_note(tmp_path):
    df = _synthetic(200, 4)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        fig = timeline.plot(df, max_events=30)
    assert any("most salient" in str(w.message) for w in caught)
    note = [t.get_text() for t in fig.texts if t.get_gid() == "cap-note"]
    assert note and "30 most salient of 200" in note[0]
    geo = assert_readable(fig)
    listed = sum(t.get_text().count("• ") + sum(int(x.split()[0][1:]) for x in t.get_text().split("\n")
                                                  if x.startswith("+")) or 1 for t, _, _ in geo)
    assert listed == 30  # every drawn event is in one label (a line or "+N more")
    out = tmp_path / "big.png"
    save(fig, out)
    assert max(Image.open(out).size) <= 8000


def test_facets_by_document_are_bounded(tmp_path):
    df = _synthetic(600, 60)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        fig = timeline.plot(df, by="doc")
    panels = [t.get_text() for t in _artists(fig, "panel-title")]
    assert 1 < len(panels) <= 8 and all(p.startswith("Document: doc") for p in panels)
    assert any("more documents not drawn" in str(w.message) for w in caught)
    assert_readable(fig)
    out = tmp_path / "facets.png"
    save(fig, out)
    w, h = Image.open(out).size
    assert max(w, h) <= 8000 and out.stat().st_size < 3_000_000


def test_asserted_column_wins_over_derivation(seed_df):
    df = seed_df.copy()
    df["asserted"] = False  # the events helper's column, when present, is the truth
    fig = timeline.plot(df)
    assert not _artists(fig, "event-point") and _artists(fig, "event-point-hypothetical")


def test_a_range_is_one_bar():
    rows = [{"doc_id": "r", "pub_date": "2023-09-05", "event": "Talks ran", "sentence": "Talks ran from 3 to 9 July.",
             "timex_text": "from 3 to 9 July", "timex_value": "2023-07-03", "start": "2023-07-03", "end": "2023-07-10",
             "granularity": "day", "fuzzy": False, "rule": "range", "char_start": 10, "char_end": 26}]
    fig = timeline.plot(build_table(rows))
    assert len(_artists(fig, "event-interval")) == 1 and not _artists(fig, "event-point")


def test_dollar_signs_are_text_not_mathtext(tmp_path):
    """"$2.35 billion from $2.27 billion" is money, and "$\\frac{" must not crash the renderer."""
    rows = [{"doc_id": "m", "pub_date": "2023-09-05", "event": ev, "sentence": ev + " on Tuesday.",
             "timex_text": "Tuesday", "timex_value": "2023-09-05", "start": "2023-09-05", "end": "2023-09-06",
             "granularity": "day", "fuzzy": False, "rule": "t", "char_start": 0, "char_end": 7, "subject": "$x$",
             "actors": "$\\frac{; Acme"}
            for ev in ("revenue rose to $2.35 billion from $2.27 billion", "a broken $\\frac{ formula")]
    fig = timeline.plot(build_table(rows), title="$\\alpha$ title", lanes="actors")
    save(fig, tmp_path / "m.png")
    texts = [" ".join(t.get_text().split()) for t, _, _ in _geometry(fig)]
    assert any("$2.35 billion from $2.27 billion" in t for t in texts)


@pytest.mark.parametrize("start,end,gran,mod,expected", [
    ("2023-07-03", "2023-07-10", "day", None, "3 Jul 2023 – 9 Jul 2023"),  # a range of days: both ends
    ("2020-03-01", "2020-07-01", "month", None, "Mar 2020 – Jun 2020"),
    ("2023-09-05", "2023-09-06", "day", None, "5 Sep 2023"),  # one unit: one date
    ("2022-01-01", "2023-01-01", "year", None, "2022"),
    ("2023-01-01", "2023-09-05", "year", "START", "early 2023"),  # shorter than its unit: as the timex says
    ("2023-09-11", "2023-09-18", "week", None, "week of 11 Sep 2023"),
])
def test_interval_text(start, end, gran, mod, expected):
    from timeline.chart.rows import interval_text

    assert interval_text(pd.Timestamp(start), pd.Timestamp(end), gran, mod) == expected


def test_seed_through_the_command_line(tmp_path):
    """As the issue ran it: `timeline extract SEED --pub-date 2023-09-05 -o t.csv`, then the chart of the
    table read back from CSV, and `timeline plot` writing the PNG."""
    import subprocess
    import sys

    from timeline.export import read_table

    table = tmp_path / "t.csv"
    r = subprocess.run([sys.executable, "-m", "timeline.cli", "extract", "seeds/000_77470e3bf062b03c.txt",
                        "--pub-date", "2023-09-05", "-o", str(table)], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    geo = assert_readable(timeline.plot(read_table(table)))
    assert len(geo) >= 6
    png = tmp_path / "c.png"
    r = subprocess.run([sys.executable, "-m", "timeline.cli", "plot", str(table), "-o", str(png)],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0 and r.stderr == "", r.stderr
    assert max(Image.open(png).size) <= 2000
