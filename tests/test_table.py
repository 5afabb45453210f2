"""The event table: schema, dtypes, one row per (event, timex), sorting, error rows."""

import datetime as dt

import pandas as pd
import pytest

import timeline
from timeline.document import Document
from timeline import pipeline
from timeline.table import COLUMNS, CONTRACT_COLUMNS, DTYPES, build_table
from timeline.temporal.timex import Timex

SEED = "seeds/000_77470e3bf062b03c.txt"


@pytest.fixture(scope="module")
def seed_df():
    with open(SEED, encoding="utf-8") as fh:
        return timeline.extract(fh.read(), pub_date="2023-09-05", doc_id="seed")


def test_columns_and_dtypes(seed_df):
    assert tuple(seed_df.columns[: len(CONTRACT_COLUMNS)]) == CONTRACT_COLUMNS
    assert tuple(seed_df.columns) == COLUMNS
    for c, dtype in DTYPES.items():
        assert str(seed_df[c].dtype) == dtype, c


def test_sorted_by_time_vague_last(seed_df):
    dated = seed_df[seed_df["start"].notna()]
    assert dated["start"].is_monotonic_increasing
    first_vague = seed_df["start"].isna().idxmax()
    assert seed_df.loc[first_vague:, "start"].isna().all()
    # fuzzy rows are vague references or vague periods ("recent weeks" = PXW, issue 11), never invented dates
    fuzzy = set(seed_df.loc[seed_df["fuzzy"], "timex_value"])
    assert all(v in {"PAST_REF", "PRESENT_REF", "FUTURE_REF"} or v.startswith("PX") for v in fuzzy), fuzzy


@pytest.mark.parametrize("value,lemma", [
    ("2023-07", "meet"), ("2023-08", "exchange"), ("2022", "accuse"), ("2022-02", "launch"),
    ("2023-W37", "meet"), ("2023-09-04", "say"),
])
def test_seed_dated_statements(seed_df, value, lemma):
    rows = seed_df[seed_df["timex_value"] == value]
    assert lemma in set(rows["trigger_lemma"]), (value, rows[["trigger", "event"]].to_dict("records"))


def test_seed_tuesday_statements(seed_df):
    tuesday = seed_df[seed_df["timex_value"] == "2023-09-05"]
    assert {"say", "warn", "tell"} <= set(tuesday["trigger_lemma"])
    assert (tuesday["start"] == pd.Timestamp("2023-09-05")).all()
    assert (tuesday["end"] == pd.Timestamp("2023-09-06")).all()


def test_month_keeps_granularity(seed_df):
    july = seed_df[seed_df["timex_value"] == "2023-07"].iloc[0]
    assert july["granularity"] == "month"
    assert july["start"] == pd.Timestamp("2023-07-01") and july["end"] == pd.Timestamp("2023-08-01")


def test_char_offsets_point_at_the_timex(seed_df):
    text = open(SEED, encoding="utf-8").read()
    for r in seed_df.itertuples():
        assert text[r.char_start:r.char_end] == r.timex_text


class _FakeNLP:
    """Stands in for the pipeline: a real tokenizer/parser is not needed to test row selection."""

    def __init__(self, timexes):
        self._timexes = timexes

    def make_doc(self, text):
        import spacy

        from timeline.temporal import component  # noqa: F401 (registers the Doc extensions)

        return spacy.blank("en").make_doc(text)

    def __call__(self, doc):
        doc._.timexes = self._timexes
        return doc

    def pipe(self, docs, batch_size=None):
        return (self(d) for d in docs)


def process_document(document, nlp):
    """The one per-document path (timeline.pipeline) on a single document."""
    ((_, rows),) = pipeline.extract_documents([document], nlp)
    return rows


def test_durations_and_sets_are_not_rows_unless_anchored():
    text = "It lasted six months and happens every Tuesday."
    timexes = [
        Timex("six months", 10, 20, "DURATION", "P6M"),
        Timex("every Tuesday", 33, 46, "SET", "XXXX-WXX-2"),
    ]
    rows = process_document(Document(text, dt.date(2023, 9, 5), "d", "cli"), _FakeNLP(timexes))
    assert rows == []
    anchored = Timex("the past six months", 0, 5, "DURATION", "P6M", interval_start=dt.datetime(2023, 3, 5),
                     interval_end=dt.datetime(2023, 9, 5), granularity="day")
    rows = process_document(Document(text, dt.date(2023, 9, 5), "d", "cli"), _FakeNLP([anchored]))
    assert len(rows) == 1


def test_error_document_gives_one_error_row_last():
    good = {"doc_id": "a", "timex_text": "July", "start": dt.datetime(2023, 7, 1), "end": dt.datetime(2023, 8, 1)}
    vague = {"doc_id": "a", "timex_text": "now", "fuzzy": True}
    bad = process_document(Document("", doc_id="b", error="empty file"), nlp=None)
    df = build_table([bad[0], vague, good])
    assert list(df["doc_id"]) == ["a", "a", "b"]
    assert df.iloc[2]["error"] == "empty file" and pd.isna(df.iloc[2]["timex_text"])


def test_extract_many_mixes_documents_dicts_and_errors():
    df = timeline.extract_many([
        Document("Shoigu visited North Korea in July.", dt.date(2023, 9, 5), "one", "metadata"),
        {"id": "two", "text": "Kim and Putin exchanged letters last month.", "pub_date": "2023-09-05"},
        {"id": "three", "text": ""},
    ])
    assert set(df["doc_id"]) == {"one", "two", "three"}
    assert df.loc[df["doc_id"] == "three", "error"].notna().all()
    assert set(df.loc[df["doc_id"] == "two", "timex_value"]) == {"2023-08"}


def test_no_pub_date_warns_once_and_flags_unresolved():
    with pytest.warns(UserWarning, match="no publication date"):
        df = timeline.extract("He said on Tuesday that talks would resume.")
    row = df[df["timex_text"] == "Tuesday"].iloc[0]
    assert bool(row["unresolved"]) and pd.isna(row["start"]) and row["dct_source"] == "none"


def test_rows_from_doc_is_the_shared_path():
    nlp = _FakeNLP([Timex("July", 0, 4, "DATE", "2023-07")])
    doc = nlp(nlp.make_doc("July"))
    rows = pipeline.rows_from_doc(doc, Document("July", dt.date(2023, 9, 5), "x", "cli"))
    assert rows[0]["doc_id"] == "x" and rows[0]["timex_value"] == "2023-07"


def test_to_datetime_places_each_value_or_nat():
    # the column is built in one go (timeline/table.py): every kind of cell still lands as before
    import datetime as dt

    import numpy as np
    import pandas as pd

    from timeline.table import DATETIME_DTYPE, _to_datetime

    vals = [None, float("nan"), pd.NaT, "", "garbage", "2023-09-05", dt.date(1500, 1, 1),
            dt.datetime(2023, 9, 5, 12, 30, 15, 999999), "2023-09-05T10:00:00+02:00", np.datetime64("2020-02-02"),
            "2024-13-45"]
    got = _to_datetime(vals)
    assert str(got.dtype) == DATETIME_DTYPE and list(got.index) == list(range(len(vals)))
    want = [None] * 5 + ["2023-09-05", "1500-01-01", "2023-09-05 12:30:15", "2023-09-05 08:00:00", "2020-02-02", None]
    assert [None if pd.isna(v) else v for v in got] == [None if w is None else pd.Timestamp(w) for w in want]
    assert len(_to_datetime([])) == 0
