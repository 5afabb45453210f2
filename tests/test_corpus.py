"""Corpus mode (`timeline extract --corpus`): streaming, manifest, resume, atomic output, engines."""

import io
import json
from contextlib import redirect_stdout
from pathlib import Path

import pandas as pd
import pytest

from timeline.cli import main
from timeline.corpus import (
    CorpusOptions, LocalEngine, manifest_path, parts_dir, read_manifest, run_corpus,
)
from timeline.errors import EXIT_PARTIAL, EXIT_USAGE
from timeline.export import read_table
from timeline.table import sort_table

DOCS = [
    {"id": "a", "pub_date": "2023-09-05", "text": "Shoigu visited North Korea in July.\nHe met Kim on Tuesday."},
    {"id": "b", "pub_date": "2022-03-01", "text": "The company reported losses in the third quarter of 2021."},
    {"id": "c", "text": "Talks will resume next week, officials said on Monday."},  # no pub_date
    {"id": "d", "pub_date": "2020-01-10", "text": "Two weeks ago the council voted. It meets again in March."},
    {"id": "e", "pub_date": "2019-05-05", "text": "Nothing dated here at all."},
    {"id": "f", "pub_date": "2018-12-31", "text": "The war ended in 1945 and the treaty was signed in 1951."},
]
N_LINES = len(DOCS) + 2  # plus one malformed line and one empty text


def write_jsonl(path: Path, docs=DOCS, bad=True) -> Path:
    lines = [json.dumps(d) for d in docs[:2]]
    if bad:
        lines += ['{"id": "broken", "text": ', json.dumps({"id": "empty", "text": ""})]
    lines += [json.dumps(d) for d in docs[2:]]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def corpus(tmp_path):
    return write_jsonl(tmp_path / "in.jsonl")


def cli(argv):
    with redirect_stdout(io.StringIO()):
        return main(argv)


def norm(df):
    return sort_table(df).reset_index(drop=True)


def test_parquet_and_csv_with_full_manifest(corpus, tmp_path, capsys):
    out_pq, out_csv = tmp_path / "ev.parquet", tmp_path / "ev.csv"
    assert cli(["extract", "--corpus", str(corpus), "-o", str(out_pq), "--batch-size", "2"]) == EXIT_PARTIAL
    assert cli(["extract", "--corpus", str(corpus), "-o", str(out_csv), "--batch-size", "3"]) == EXIT_PARTIAL
    err = capsys.readouterr().err
    # stderr is not a terminal here: no progress redraws, one summary line per run
    assert "\r" not in err and err.count("timeline: corpus: 8 documents (6 ok, 2 errors)") == 2

    pq, cs = read_table(out_pq), read_table(out_csv)
    pd.testing.assert_frame_equal(pq, cs)
    m = read_manifest(manifest_path(out_pq))
    assert len(m) == N_LINES and m["doc_id"].is_unique
    assert set(m.loc[m["status"] == "error", "doc_id"]) == {"in.jsonl:3", "empty"}
    assert m.loc[m["doc_id"] == "in.jsonl:3", "error"].str.contains("malformed JSON").all()
    assert m["n_rows"].sum() == len(pq)  # an error document's one error row is counted
    assert pq.groupby("doc_id").size().to_dict() == {k: v for k, v in zip(m["doc_id"], m["n_rows"]) if v}
    assert {"a", "b", "d", "f"} <= set(pq["doc_id"])
    assert not parts_dir(out_pq).exists() and not any(p.name.startswith(".") for p in tmp_path.iterdir())

    # the same table as the ordinary multi-document `extract` of the same file (one implementation)
    plain = tmp_path / "plain.parquet"
    cli(["extract", str(corpus), "-o", str(plain)])
    pd.testing.assert_frame_equal(norm(pq), norm(read_table(plain)))
    # input order; within a document, timeline order (July before Tuesday in "a")
    a = pq[pq["doc_id"] == "a"]
    assert list(a["timex_text"]) == sorted(a["timex_text"], key=["July", "Tuesday"].index)
    assert pq["doc_id"].iloc[0] == "a"


class _FailAfter(LocalEngine):
    """A local engine that dies after ``n`` partitions, like a killed run."""

    def __init__(self, opts, n):
        super().__init__(opts.model, opts.batch_size)
        self.left = n

    def result(self, handle):
        if self.left == 0:
            raise KeyboardInterrupt
        self.left -= 1
        return super().result(handle)


def test_interrupted_run_leaves_no_output_and_resume_completes(corpus, tmp_path):
    full = tmp_path / "full.parquet"
    run_corpus(CorpusOptions(corpus, full, "parquet", batch_size=2, progress=False, stream=io.StringIO()))

    out = tmp_path / "ev.parquet"
    opts = CorpusOptions(corpus, out, "parquet", batch_size=2, progress=False, stream=io.StringIO())
    with pytest.raises(KeyboardInterrupt):
        run_corpus(opts, lambda o: _FailAfter(o, 2))
    assert not out.exists() and not manifest_path(out).exists()  # nothing half-written
    # what was finished before the interruption is kept as a part (two partitions of two documents)
    assert len(list(parts_dir(out).glob("part-*.manifest.csv"))) == 1
    # a data file whose manifest never landed is an unfinished part: dropped, its documents redone
    (parts_dir(out) / "part-000009.parquet").write_bytes(b"half a file")

    opts.resume = True
    s = run_corpus(opts)
    assert (s.skipped, s.processed) == (4, N_LINES - 4)
    assert not parts_dir(out).exists()
    pd.testing.assert_frame_equal(read_table(out), read_table(full))
    assert len(read_manifest(manifest_path(out))) == N_LINES

    # resuming a finished run does nothing but keep it; new documents are added to it
    s = run_corpus(opts)
    assert (s.skipped, s.processed) == (N_LINES, 0)
    pd.testing.assert_frame_equal(read_table(out), read_table(full))
    with open(corpus, "a", encoding="utf-8") as f:
        f.write(json.dumps({"id": "g", "pub_date": "2001-01-01", "text": "It rained on Friday."}) + "\n")
    s = run_corpus(opts)
    assert (s.skipped, s.processed) == (N_LINES, 1)
    df = read_table(out)
    assert len(read_manifest(manifest_path(out))) == N_LINES + 1 and "g" in set(df["doc_id"])
    pd.testing.assert_frame_equal(df[df["doc_id"] != "g"].reset_index(drop=True), read_table(full))


def test_progress_line_without_a_terminal(corpus, tmp_path):
    stream = io.StringIO()  # no isatty(): quiet by default
    run_corpus(CorpusOptions(corpus, tmp_path / "q.csv", "csv", batch_size=2, stream=stream))
    assert stream.getvalue() == ""
    stream = io.StringIO()  # forced on: redraws in place, does not crash
    s = run_corpus(CorpusOptions(corpus, tmp_path / "p.csv", "csv", batch_size=2, progress=True, stream=stream))
    assert "docs/s" in stream.getvalue() and "ETA" in stream.getvalue()
    assert s.processed == N_LINES and s.errors == 2 and s.no_pub_date == 1


def test_directory_corpus_and_long_document_offsets(tmp_path, monkeypatch):
    import dataclasses

    import timeline.pipeline as pipeline

    # make "long" cheap: several pieces per document
    monkeypatch.setattr(pipeline, "EXTRACT", dataclasses.replace(pipeline.EXTRACT, piece_chars=120))
    d = tmp_path / "docs"
    d.mkdir()
    long_text = " ".join(f"In {1900 + i} the mayor opened a new bridge over the river." for i in range(12))
    (d / "long.txt").write_text(long_text, encoding="utf-8")
    (d / "bin.txt").write_bytes(b"\x00\x01binary")
    write_jsonl(d / "more.jsonl", DOCS[:2], bad=False)
    out = tmp_path / "dir.parquet"
    assert cli(["extract", "--corpus", str(d), "-o", str(out), "--pub-date", "2023-09-05"]) == EXIT_PARTIAL
    m = read_manifest(manifest_path(out))
    assert sorted(m["doc_id"]) == sorted(["long.txt", "bin.txt", "a", "b"])
    assert m.loc[m["doc_id"] == "bin.txt", "error"].str.contains("binary").all()
    df = read_table(out)
    rows = df[df["doc_id"] == "long.txt"]
    assert len(rows) == 12 and (df.loc[df["error"].isna(), "dct_source"] == "cli").all()
    for r in rows.itertuples():  # offsets point into the whole text, not into a piece
        assert long_text[r.char_start:r.char_end] == r.timex_text


def test_usage_errors(corpus, tmp_path, monkeypatch, capsys):
    assert cli(["extract", "--corpus", str(corpus)]) == EXIT_USAGE  # no -o
    assert cli(["extract", "--corpus", str(corpus), "-o", str(tmp_path / "x.json")]) == EXIT_USAGE
    assert cli(["extract", "seeds/000_77470e3bf062b03c.txt", "--workers", "2"]) == EXIT_USAGE
    assert cli(["extract"]) == EXIT_USAGE
    monkeypatch.setitem(__import__("sys").modules, "distributed", None)  # as if Dask were not installed
    assert cli(["extract", "--corpus", str(corpus), "-o", str(tmp_path / "x.parquet"), "--engine", "dask"]) == EXIT_USAGE
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1] == "timeline: error: --engine dask needs Dask: pip install 'timeline[dask]' (dask[dataframe,distributed])"
    assert not (tmp_path / "x.parquet").exists()


def test_worker_processes_give_the_same_table(corpus, tmp_path):
    one, two = tmp_path / "one.parquet", tmp_path / "two.parquet"
    run_corpus(CorpusOptions(corpus, one, "parquet", batch_size=2, progress=False, stream=io.StringIO()))
    run_corpus(CorpusOptions(corpus, two, "parquet", batch_size=2, workers=2, progress=False, stream=io.StringIO()))
    pd.testing.assert_frame_equal(read_table(one), read_table(two))
    pd.testing.assert_frame_equal(read_manifest(manifest_path(one)), read_manifest(manifest_path(two)))


def test_dask_engine_gives_the_same_rows(corpus, tmp_path):
    pytest.importorskip("distributed")
    local, dask = tmp_path / "local.parquet", tmp_path / "dask.parquet"
    run_corpus(CorpusOptions(corpus, local, "parquet", batch_size=2, progress=False, stream=io.StringIO()))
    s = run_corpus(CorpusOptions(corpus, dask, "parquet", engine="dask", workers=2, batch_size=2, progress=False,
                                 stream=io.StringIO()))
    assert s.processed == N_LINES
    pd.testing.assert_frame_equal(read_table(local), read_table(dask))
    pd.testing.assert_frame_equal(read_manifest(manifest_path(local)), read_manifest(manifest_path(dask)))


# ------------------------------------------------------------------ identity, manifest, lock, folders

REPEATS = [
    {"id": "a", "pub_date": "2023-09-05", "text": "Shoigu visited North Korea in July."},
    {"id": "b", "pub_date": "2022-03-01", "text": "The company reported losses in 2021."},
    {"id": "a", "pub_date": "2023-09-05", "text": "Kim met him on Tuesday."},  # the id again: another document
    {"id": None, "pub_date": "2020-01-10", "text": "The council voted in March."},
    {"id": "", "pub_date": "2020-01-10", "text": "It meets again in May."},
    {"id": None, "pub_date": "2019-05-05", "text": "The treaty was signed in 1951."},
    {"id": "=HYPERLINK(\"http://x\")", "pub_date": "2019-05-05", "text": "The war ended in 1945."},
    {"id": "b", "pub_date": "2018-12-31", "text": "Talks resume next week."},
]


def write_repeats(path: Path) -> Path:
    path.write_text("".join(json.dumps(d) + "\n" for d in REPEATS), encoding="utf-8")
    return path


def test_repeated_and_null_ids_are_distinct_documents_and_survive_resume(tmp_path):
    src = write_repeats(tmp_path / "=rep.jsonl")  # a name a spreadsheet would run: the manifest quotes it
    full = tmp_path / "full.csv"
    s = run_corpus(CorpusOptions(src, full, "csv", batch_size=2, progress=False, stream=io.StringIO()))
    assert (s.processed, s.repeated_ids, s.repeated_examples) == (8, 2, ["a", "b"])
    m = read_manifest(manifest_path(full))
    assert list(m["position"]) == list(range(1, 9)) and set(m["source"]) == {"=rep.jsonl"}
    assert list(m["doc_id"]).count("a") == 2 and list(m["doc_id"]).count("b") == 2
    # a null or empty id is a missing one: FILE:LINE, never the string "None"
    assert list(m["doc_id"][3:6]) == ["=rep.jsonl:4", "=rep.jsonl:5", "=rep.jsonl:6"]
    raw = manifest_path(full).read_text(encoding="utf-8")
    assert "\n\"'=HYPERLINK(" in raw and ",'=rep.jsonl," in raw  # spreadsheet-safe cells, restored on reading
    assert m["doc_id"][6] == '=HYPERLINK("http://x")'

    out = tmp_path / "ev.csv"
    opts = CorpusOptions(src, out, "csv", batch_size=2, progress=False, stream=io.StringIO())
    with pytest.raises(KeyboardInterrupt):
        run_corpus(opts, lambda o: _FailAfter(o, 2))  # the first "a" and "b" are done, the others not
    opts.resume = True
    s = run_corpus(opts)
    assert (s.skipped, s.processed, s.repeated_ids) == (4, 4, 2)  # the second "a" and "b" were not skipped
    assert out.read_bytes() == full.read_bytes()
    assert manifest_path(out).read_bytes() == manifest_path(full).read_bytes()


def test_resuming_a_finished_run_loads_no_pipeline(corpus, tmp_path):
    out = tmp_path / "ev.parquet"
    run_corpus(CorpusOptions(corpus, out, "parquet", batch_size=4, progress=False, stream=io.StringIO()))
    before = manifest_path(out).read_bytes()

    def no_engine(opts):
        raise AssertionError("nothing was left to do: the pipeline must not be loaded")

    s = run_corpus(CorpusOptions(corpus, out, "parquet", resume=True, progress=False, stream=io.StringIO()), no_engine)
    assert (s.processed, s.skipped, s.startup_seconds) == (0, N_LINES, 0.0)
    assert manifest_path(out).read_bytes() == before


def test_resume_refuses_a_manifest_without_positions(corpus, tmp_path, capsys):
    out = tmp_path / "ev.csv"
    assert cli(["extract", "--corpus", str(corpus), "-o", str(out)]) == EXIT_PARTIAL
    m = read_manifest(manifest_path(out)).drop(columns="position")
    m.to_csv(manifest_path(out), index=False)  # as an older timeline wrote it
    capsys.readouterr()
    assert cli(["extract", "--corpus", str(corpus), "-o", str(out), "--resume"]) == EXIT_USAGE
    assert capsys.readouterr().err.strip().endswith("(no 'position' column): run again without --resume")


def test_output_lock_is_exclusive_and_leaves_nothing(tmp_path):
    from timeline.errors import OutputError
    from timeline.export.lock import lock_path, output_lock

    out = tmp_path / "sub" / "ev.parquet"
    with output_lock(out):
        assert lock_path(out).exists()
        with pytest.raises(OutputError, match=r"ev.parquet: another timeline run is writing it$"):
            with output_lock(out):
                pass
    assert not lock_path(out).exists()
    with output_lock(out):  # free again
        pass


def test_folder_edge_cases_become_error_rows(tmp_path, capsys):
    import os

    d = tmp_path / "docs"
    d.mkdir()
    (d / "ok.txt").write_text("It rained on Friday.", encoding="utf-8")
    (d / "loop1.txt").symlink_to("loop2.txt")
    (d / "loop2.txt").symlink_to("loop1.txt")
    (d / "gone.txt").symlink_to("nowhere.txt")
    os.mkfifo(d / "pipe.txt")  # never opened: it could block the run forever
    latin1 = os.fsencode(d) + b"/caf\xe9.txt"  # a name that is not UTF-8
    with open(latin1, "wb") as f:
        f.write(b"It snowed on Monday.")
    out = tmp_path / "ev.csv"
    assert cli(["extract", "--corpus", str(d), "-o", str(out), "--pub-date", "2023-01-02"]) == EXIT_PARTIAL
    err = capsys.readouterr().err
    assert "internal error" not in err and "Traceback" not in err
    m = read_manifest(manifest_path(out)).set_index("doc_id")
    assert m.loc["loop1.txt", "error"].endswith("loop1.txt: symlink loop")
    assert m.loc["gone.txt", "error"].endswith("gone.txt: broken symlink (its target does not exist)")
    assert "not a regular file" in m.loc["pipe.txt", "error"]
    assert m.loc["caf\\xe9.txt", "status"] == "ok" and m.loc["ok.txt", "status"] == "ok"
    df = read_table(out)
    assert set(df.loc[df["error"].isna(), "doc_id"]) == {"ok.txt", "caf\\xe9.txt"}
    assert len(m) == 6 and m["n_rows"].sum() == len(df)


def test_csv_parts_are_spreadsheet_safe_unless_raw_cells(tmp_path):
    src = write_repeats(tmp_path / "in.jsonl")
    safe, raw = tmp_path / "safe.csv", tmp_path / "raw.csv"
    run_corpus(CorpusOptions(src, safe, "csv", batch_size=2, progress=False, stream=io.StringIO()))
    run_corpus(CorpusOptions(src, raw, "csv", batch_size=2, progress=False, stream=io.StringIO(), raw_cells=True))
    assert "\n\"'=HYPERLINK(" in safe.read_text(encoding="utf-8")
    assert "\n\"=HYPERLINK(" in raw.read_text(encoding="utf-8")
    pd.testing.assert_frame_equal(read_table(safe), read_table(raw))  # read back to the same strings
    # the manifest is always safe: --resume reads it back whatever the run was started with
    assert manifest_path(safe).read_bytes() == manifest_path(raw).read_bytes()


def test_workers_start_up_time_counts_their_pipeline_loads(tmp_path):
    # each worker loads the spaCy pipeline before its first partition: that is start-up, not work (issue 16)
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": f"d{i}", "text": "Talks resumed on Tuesday.", "pub_date": "2023-09-05"})
                           + "\n" for i in range(4)))
    summary = run_corpus(CorpusOptions(input=src, output=tmp_path / "out.parquet", workers=2, batch_size=2,
                                       progress=False, stream=io.StringIO()))
    assert summary.processed == 4 and summary.startup_seconds > 0.5
