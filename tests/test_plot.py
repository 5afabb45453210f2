"""The chart: files written, the expected artists present, labels never overlapping."""

import itertools

import pandas as pd
import pytest
from matplotlib.figure import Figure

import timeline
from timeline.errors import InputError
from timeline.chart import date_label, save
from timeline.readers import read_path


@pytest.fixture(scope="module")
def seed_df():
    return timeline.extract_many(read_path("seeds/000_77470e3bf062b03c.txt"))


@pytest.fixture(scope="module")
def history_df():
    return timeline.extract_many(read_path("tests/data/history_30y.txt"))


def _by_gid(fig, gid):
    found = []
    for ax in fig.axes:
        found += [a for a in ax.get_children() if a.get_gid() == gid]
        found += [a for a in ax.texts if a.get_gid() == gid and a not in found]
        if ax.get_gid() == gid:
            found.append(ax)
    return found


def _labels_do_not_overlap(fig):
    renderer = fig.canvas.get_renderer()
    boxes = [t.get_window_extent(renderer) for t in _by_gid(fig, "event-label")]
    for a, b in itertools.combinations(boxes, 2):
        assert not a.overlaps(b), (a, b)
    return boxes


@pytest.mark.parametrize("name", ["seed", "history"])
def test_chart_artists_and_no_overlap(tmp_path, request, name):
    df = request.getfixturevalue(f"{name}_df")
    fig = timeline.plot(df, title="A title")
    assert isinstance(fig, Figure)
    assert _by_gid(fig, "event-point"), "day events are dots"
    assert _by_gid(fig, "event-interval"), "month/year events are bars"
    assert _by_gid(fig, "pub-date"), "publication date line"
    labels = _labels_do_not_overlap(fig)
    assert len(labels) == len(_by_gid(fig, "leader-line"))
    assert any(t.get_text() == "A title" for t in fig.texts)
    for ext in ("png", "svg"):
        out = tmp_path / f"{name}.{ext}"
        save(fig, out)
        assert out.stat().st_size > 1000


def test_vague_events_are_set_apart(seed_df):
    fig = timeline.plot(seed_df)
    strip = _by_gid(fig, "vague-strip")
    assert strip
    texts = " ".join(t.get_text() for t in strip[0].texts)
    assert "recent weeks" in texts and "Undated / vague" in texts
    main_labels = " ".join(t.get_text() for t in _by_gid(fig, "event-label"))
    assert "public signs" not in main_labels


def test_lanes_by_actor(seed_df):
    fig = timeline.plot(seed_df, lanes="actors")
    _labels_do_not_overlap(fig)
    lane_names = [t.get_text() for t in _by_gid(fig, "lane-name")]
    assert "Other" in lane_names


def test_decade_axis_ticks(history_df):
    fig = timeline.plot(history_df)
    ax = fig.axes[0]
    fig.canvas.draw()
    labels = [t.get_text() for t in ax.get_xticklabels() if t.get_text()]
    years = [int(s.split()[-1]) for s in labels if s.split()[-1].isdigit()]
    assert min(years) <= 1994 and max(years) >= 2020  # the axis spans the three decades
    assert 3 <= len(labels) <= 20


def test_into_existing_axes_and_empty_table():
    fig = Figure()
    ax = fig.add_subplot()
    df = timeline.extract("Shoigu visited North Korea in July.", pub_date="2023-09-05")
    assert timeline.plot(df, ax=ax) is fig
    empty = timeline.extract_many([{"id": "e", "text": "No dates here at all.", "pub_date": "2023-09-05"}])
    with pytest.raises(InputError, match="no dated events"):  # not a fake axis around 2000 (issue 16)
        timeline.plot(empty)


@pytest.mark.parametrize("gran,mod,expected", [
    ("day", None, "5 Sep 2023"), ("month", None, "Sep 2023"), ("year", "START", "early 2023"),
    ("quarter", None, "Q3 2023"), ("decade", None, "2020s"),
])
def test_date_labels(gran, mod, expected):
    start = pd.Timestamp("2023-09-05") if gran != "decade" else pd.Timestamp("2020-01-01")
    if gran == "quarter":
        start = pd.Timestamp("2023-07-01")
    assert date_label(start, None, gran, mod) == expected


# ------------------------------------------------------------------ lanes: the subject's entity, then whom it speaks for

def _lane_table(rows):
    return pd.DataFrame([{"doc_id": "d", "subject": s, "actors": a} for s, a in rows])


@pytest.mark.parametrize("rows,expected", [
    # positive: the organisation or country before the office; a person keeps it when named alone later
    ([("US National Security Advisor Jake Sullivan", "US National Security Advisor; Jake Sullivan; Russia"),
      ("Sullivan", "Sullivan; Biden; Russia"), ("the US", "US; North Korea")], ["US", "US", "US"]),
    ([("Russia’s Defence Minister Sergei Shoigu", "Russia; Sergei Shoigu; North Korea")], ["Russia"]),
    # negative: coordination is two parties, not one speaking for the other
    ([("Kim and Putin", "Kim; Putin"), ("Putin", "Putin; Kim")], ["Kim", "Putin"]),
    # negative: an actor outside the subject does not choose the lane when the subject names someone
    ([("Ukraine", "Ukraine; Russia")], ["Ukraine"]),
    # no subject entity: the row's first actor; nobody at all: no key
    ([(None, "Russia; Ministry of Defence"), ("we", None)], ["Russia", ""]),
])
def test_lane_keys(rows, expected):
    from timeline.chart.lanes import lane_keys

    assert lane_keys(_lane_table(rows)) == expected


def test_lane_names_never_empty():
    from timeline.chart.lanes import OTHER, lane_names

    assert lane_names(["US", "US", "Russia"], 6) == ["US", "Russia"]  # no "Other" with nothing in it
    assert lane_names(["a", "b", "c", "a"], 2) == ["a", OTHER]


def _cli(*args):
    import subprocess
    import sys

    return subprocess.run([sys.executable, "-m", "timeline.cli", *args], capture_output=True, text=True, timeout=120)


def test_plot_command_errors(tmp_path, seed_df):
    from timeline.export import write_table

    bad = tmp_path / "bad.csv"
    bad.write_text("name,score\nx,1\n", encoding="utf-8")
    r = _cli("plot", str(bad), "-o", str(tmp_path / "c.png"))
    assert r.returncode == 3 and len(r.stderr.splitlines()) == 1 and "not" in r.stderr
    assert not (tmp_path / "c.png").exists()
    table = tmp_path / "t.csv"
    write_table(seed_df, table)
    assert _cli("plot", str(table), "-o", str(tmp_path / "c.gif")).returncode == 2
    assert _cli("plot", str(table), "-o", str(tmp_path / "c.png"), "--max-events", "0").returncode == 2
    r = _cli("plot", str(table), "-o", str(tmp_path / "c.png"), "--by", "doc", "--max-events", "5")
    assert r.returncode == 0 and "most salient" in r.stderr and (tmp_path / "c.png").stat().st_size > 1000
