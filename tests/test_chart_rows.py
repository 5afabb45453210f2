"""Row preparation shared by the static chart and the HTML page (timeline/chart/rows.py), and the
publication dates each draws: the same rows and dates whichever draws them, each read once."""

from __future__ import annotations

import pandas as pd
import pytest

import timeline
from timeline.chart import rows as chart_rows


def _table(n_docs: int = 3) -> pd.DataFrame:
    out = []
    for d in range(n_docs):
        pub = f"2023-0{d + 1}-15"
        for k in range(3):
            day = pd.Timestamp(pub) - pd.Timedelta(days=3 * k + 1)
            out.append({"doc_id": f"doc{d}", "pub_date": pub, "timex_text": "Monday", "timex_value": str(day.date()),
                        "start": day, "end": day + pd.Timedelta(days=1), "granularity": "day",
                        "event": f"Party {d} met group {k}", "subject": f"Party {d}", "actors": f"Party {d}",
                        "sentence": f"Party {d} met group {k} on Monday.", "char_start": 10 * k})
    return pd.DataFrame(out)


def _pub_labels(ax) -> list[str]:
    return sorted(t.get_text() for t in ax.get_children() if t.get_gid() == "pub-date-label")


def _panels(fig) -> dict[str, list[str]]:
    out = {}
    for ax in fig.axes:
        titles = [t.get_text() for t in ax.get_children() if t.get_gid() == "panel-title"]
        if titles:
            out[titles[0]] = _pub_labels(ax)
    return out


def test_each_document_panel_marks_its_own_publication_date():
    panels = _panels(timeline.plot(_table(), by="doc"))
    assert panels == {f"Document: doc{d}": [f"published 15 {m} 2023"] for d, m in enumerate(("Jan", "Feb", "Mar"))}


def test_publication_dates_are_read_once_per_chart_not_once_per_panel(monkeypatch):
    calls = []
    real = chart_rows.publication_dates_by_doc

    def counting(df):
        calls.append(len(df))
        return real(df)

    monkeypatch.setattr("timeline.chart.render.publication_dates_by_doc", counting)
    timeline.plot(_table(5), by="doc")
    assert calls == [15]


@pytest.mark.parametrize("values,expected", [
    (["2023-01-15", "2023-01-15", None, "2022-12-01"], [pd.Timestamp("2022-12-01"), pd.Timestamp("2023-01-15")]),
    ([None, None], []),
])
def test_publication_dates_distinct_and_ordered(values, expected):
    df = pd.DataFrame({"doc_id": ["a", "b", "c", "d"][:len(values)], "pub_date": values})
    assert chart_rows.publication_dates(df) == expected
    assert chart_rows.publication_dates(df.drop(columns="pub_date")) == []


def _mixed() -> pd.DataFrame:
    t = pd.Timestamp
    rows = [
        ("Talks ran", t("2023-07-03"), t("2023-07-10"), "day", "", True),  # a range of days: one bar, both ends
        ("Kim met Putin", t("2023-09-04"), t("2023-09-05"), "day", "", True),
        ("Kim met Putin", t("2023-09-04"), t("2023-09-05"), "day", "", True),  # tagged twice: drawn once
        ("Kim could visit", t("2023-09-11"), t("2023-09-18"), "week", "could", False),
        ("", t("2023-09-05"), t("2023-09-06"), "day", "", True),  # a dateline: in the table only
        ("Prices rose", None, None, None, "", True),  # vague
    ]
    return pd.DataFrame([{"doc_id": "d", "pub_date": "2023-09-05", "timex_text": "x", "timex_value": "v",
                          "start": s, "end": e, "granularity": g, "event": ev, "modality": m, "asserted": a,
                          "subject": ev.split(" ")[0] if ev else None, "actors": ev.split(" ")[0] if ev else None,
                          "sentence": (ev or "Dateline") + "."} for ev, s, e, g, m, a in rows])


def test_chart_and_page_prepare_a_row_the_same_way():
    from timeline.export.html import page_rows

    df = chart_rows.usable(_mixed())
    events = chart_rows.chart_events(df)
    page = page_rows(df)
    assert [e.row for e in events] == [0, 1, 3]  # the duplicate, the dateline and the vague row are not drawn
    assert len(page) == 6 and page[5]["date"] == "undated" and page[5]["start"] is None
    for e in events:
        p = page[e.row]
        assert (p["start"], p["end"], p["date"], p["event"], p["asserted"], p["point"]) == (
            e.start.isoformat(), e.end.isoformat(), e.date_text, e.headline, e.asserted, e.point)
    assert events[0].date_text == "3 Jul 2023 – 9 Jul 2023" and not events[0].point
    assert events[2].headline == "Kim could visit"  # the modality is in the words already
    assert events[2].asserted is False and page[3]["asserted"] is False


def test_row_views_cover_every_row_dated_or_not():
    views = chart_rows.row_views(chart_rows.usable(_mixed()))
    assert [v.row for v in views] == list(range(6))
    assert views[5].start is None and views[5].end is None and views[5].date_text == "" and views[5].point
    assert views[1].point and views[1].end - views[1].start == chart_rows.POINT
