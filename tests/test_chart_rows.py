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
