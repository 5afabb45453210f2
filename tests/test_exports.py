"""Every export is written atomically and read back equal to the table."""

import json
import os

import pandas as pd
import pytest

import timeline
from timeline.export import read_table, table_to_string, write_table
from timeline.export.timelinejs import to_timelinejs
from timeline.readers import read_path


@pytest.fixture(scope="module")
def seed():
    (doc,) = read_path("seeds/000_77470e3bf062b03c.txt")
    df = timeline.extract_many([doc])
    return doc, df


@pytest.mark.parametrize("ext,fmt", [("csv", "csv"), ("json", "json"), ("parquet", "parquet")])
def test_round_trip(tmp_path, seed, ext, fmt):
    doc, df = seed
    path = tmp_path / f"events.{ext}"
    write_table(df, path, fmt)
    back = read_table(path)
    pd.testing.assert_frame_equal(back, df)
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no temp file left behind


def test_round_trip_with_error_rows_and_awkward_strings(tmp_path):
    df = timeline.extract_many([
        {"id": "q", "text": 'He said "NA", then: the meeting, on Tuesday, was "fine".', "pub_date": "2023-09-05"},
        {"id": "bad", "text": ""},
    ])
    for ext in ("csv", "json", "parquet"):
        path = tmp_path / f"t.{ext}"
        write_table(df, path, ext)
        pd.testing.assert_frame_equal(read_table(path), df)


def test_csv_to_stdout_string(seed):
    _, df = seed
    text = table_to_string(df, "csv")
    assert text.splitlines()[0].startswith("doc_id,pub_date,dct_source,sentence,event,trigger")
    assert len(text.splitlines()) == len(df) + 1 or text.count("\n") >= len(df) + 1


def test_timelinejs_keeps_partial_dates(tmp_path, seed):
    _, df = seed
    write_table(df, tmp_path / "tl.json", "timelinejs", title="Seed")
    data = json.loads((tmp_path / "tl.json").read_text(encoding="utf-8"))
    assert data["title"]["text"]["headline"] == "Seed"
    events = data["events"]
    assert len(events) == int(df["start"].notna().sum()) - int(df["error"].notna().sum())
    by_phrase = {}
    for e in events:
        # the resolved date first, then the article's words: "Jul 2023 (July)" (issue 16)
        phrase = e["display_date"].split(" (", 1)[1].rstrip(")") if " (" in e["display_date"] else e["display_date"]
        by_phrase.setdefault(phrase, e)
        assert set(e["text"]) == {"headline", "text"} and "year" in e["start_date"]
        assert not e["text"]["text"].startswith("[")  # no "[will]" prefix: modality is in the table
    july = by_phrase["July"]
    assert july["display_date"] == "Jul 2023 (July)"
    assert july["start_date"] == {"year": 2023, "month": 7} and july["end_date"] == {"year": 2023, "month": 7}
    assert by_phrase["Last year"]["start_date"] == {"year": 2022} == by_phrase["Last year"]["end_date"]
    tuesday = by_phrase["Tuesday"]
    assert tuesday["start_date"] == {"year": 2023, "month": 9, "day": 5} and "end_date" not in tuesday
    assert tuesday["display_date"] == "5 Sep 2023 (Tuesday)"
    week = by_phrase["next week"]
    assert week["start_date"] == {"year": 2023, "month": 9, "day": 11}
    assert week["end_date"] == {"year": 2023, "month": 9, "day": 17}
    assert any(e.get("group") for e in events)


def test_timelinejs_always_has_a_title_slide(seed):
    _, df = seed
    title = to_timelinejs(df)["title"]["text"]
    assert title["headline"].startswith("Timeline") and "dated events from 1 article" in title["text"]


def test_timelinejs_skips_vague_rows(seed):
    _, df = seed
    out = to_timelinejs(df)
    assert "recent weeks" not in {e["display_date"] for e in out["events"]}


def test_timeml_export(tmp_path, seed):
    doc, df = seed
    path = tmp_path / "seed.tml"
    write_table(df, path, "timeml", documents=[doc])
    xml = path.read_text(encoding="utf-8")
    assert "<TIMEX3" in xml and 'value="2023-07"' in xml
    from timeline.readers.timeml import read_timeml

    back = read_timeml(path)
    assert back.text == doc.text


def test_unwritable_output(seed):
    from timeline.errors import OutputError

    _, df = seed
    with pytest.raises(OutputError):
        write_table(df, "/proc/definitely/not/here.csv", "csv")


def test_interrupted_write_leaves_old_file(tmp_path, seed, monkeypatch):
    _, df = seed
    path = tmp_path / "events.csv"
    path.write_text("old\n")

    def boom(self, data):
        import errno

        raise OSError(errno.ENOSPC, "No space left on device")

    # the disk fills during the write of the temporary file
    monkeypatch.setattr("timeline.export.atomic.CheckedFile.write", boom)
    from timeline.errors import OutputError

    with pytest.raises(OutputError):
        write_table(df, path, "csv")
    monkeypatch.undo()
    assert path.read_text() == "old\n" and os.listdir(tmp_path) == ["events.csv"]
