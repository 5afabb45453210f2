"""Friendly at the edges (issue 16): the real command in subprocesses, as a new user meets it."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import warnings
from pathlib import Path

import pandas as pd
import pytest

import timeline
from timeline.errors import EXIT_INPUT, EXIT_USAGE

PUB = "2023-09-05"


def timeline_cli(*args, cwd=None):
    proc = subprocess.run([sys.executable, "-m", "timeline.cli", *map(str, args)], capture_output=True,
                          text=True, cwd=cwd, timeout=180)
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc.returncode, proc.stdout, [ln for ln in proc.stderr.splitlines() if ln.strip()]


def test_bare_command_prints_usage_and_commands():
    code, _, err = timeline_cli()
    assert code == EXIT_USAGE
    text = "\n".join(err)
    assert text.startswith("usage: timeline") and all(c in text for c in ("tag", "extract", "plot", "eval"))


def test_version():
    code, out, _ = timeline_cli("--version")
    assert code == 0 and out.strip() == f"timeline {timeline.__version__}"


def test_plot_refuses_a_csv_that_is_not_an_event_table(tmp_path):
    table = tmp_path / "t.csv"
    table.write_text("a,b\n1,2\n")
    code, _, err = timeline_cli("plot", table, "-o", tmp_path / "c.png")
    assert code == EXIT_INPUT and len(err) == 1 and "no doc_id" in err[0]
    assert not (tmp_path / "c.png").exists()


def test_plot_of_an_empty_table_says_no_dated_events(tmp_path):
    table = tmp_path / "t.csv"
    timeline.extract("Nothing is dated here.", pub_date=PUB).to_csv(table, index=False)
    code, _, err = timeline_cli("plot", table, "-o", tmp_path / "c.png")
    assert code == EXIT_INPUT and "no dated events" in err[0]
    assert not (tmp_path / "c.png").exists()


def test_extract_without_dated_events_writes_the_table_and_no_chart(tmp_path):
    text = tmp_path / "a.txt"
    text.write_text("Nothing is dated here.\n")
    code, _, err = timeline_cli("extract", text, "--pub-date", PUB, "-o", tmp_path / "t.csv",
                                "--plot", tmp_path / "c.png")
    assert code == 0 and any("no dated events" in ln and "warning" in ln for ln in err)
    assert (tmp_path / "t.csv").exists() and not (tmp_path / "c.png").exists()


def test_ignored_lanes_option_is_warned_about(tmp_path):
    text = tmp_path / "a.txt"
    text.write_text("Talks resumed on Tuesday.\n")
    code, _, err = timeline_cli("extract", text, "--pub-date", PUB, "--lanes", "actors")
    assert code == 0 and any("--lanes is ignored without --plot" in ln for ln in err)


def test_dates_at_the_ends_of_the_calendar_do_not_crash_the_chart():
    df = timeline.extract("Talks resumed on Tuesday.", pub_date=PUB)
    extreme = df.iloc[[0, 0]].copy()
    extreme["start"] = [pd.Timestamp("0001-01-01"), pd.Timestamp("9999-01-01")]
    extreme["end"] = [pd.Timestamp("0001-01-02"), pd.Timestamp("9999-12-31")]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        fig = timeline.plot(pd.concat([df, extreme], ignore_index=True))
    assert fig is not None and any("left off the chart" in str(w.message) for w in caught)


def test_jsonl_errors_name_file_and_line_in_order(tmp_path):
    lines = ['{"id": "ok", "text": "Talks resumed on Tuesday."}', '{"text": ""}', '{"text": 12345}', "not json"]
    lines += ['{"text": ""}'] * 8  # lines 5-12: a table sorted by id would print line 10 before line 5
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(lines) + "\n")
    code, _, err = timeline_cli("extract", src, "--pub-date", PUB, "-o", tmp_path / "t.csv")
    errors = [ln for ln in err if ln.startswith("timeline: error:")]
    assert code == 5 and len(errors) == 11
    assert [int(ln.split("in.jsonl:")[1].split(":")[0]) for ln in errors] == list(range(2, 13))
    assert "empty 'text'" in errors[0] and "not a string" in errors[1] and "malformed JSON" in errors[2]


def test_dask_engine_without_dask_leaves_nothing_behind(tmp_path, monkeypatch, capsys):
    from timeline.cli import main

    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "a", "text": "Talks resumed on Tuesday."}\n')
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if Dask were not installed
    assert main(["extract", "--corpus", str(src), "-o", str(tmp_path / "out.parquet"), "--engine", "dask"]) == 2
    assert "needs Dask" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl"]


def test_dateline_is_not_an_event_time():
    text = "WASHINGTON, Sept. 5, 2023 — The Senate voted on Tuesday to extend the program.\n"
    df = timeline.extract(text, pub_date=PUB)
    assert list(df["timex_text"]) == ["Tuesday"]
    assert timeline.tag(text, PUB)[0].text == "Sept. 5, 2023"  # still a time expression for the tagger
    assert df.iloc[0]["start"] == pd.Timestamp(dt.date(2023, 9, 5))


def test_eval_events_options_have_help():
    code, out, _ = timeline_cli("eval", "events", "--help")
    assert code == 0
    options = out.split("options:", 1)[1]
    for opt, words in (("--mode", "gold"), ("--model", "spaCy"), ("--json", "JSON"), ("--by-decision", "check half")):
        block = options.split("\n  " + opt, 1)[1].split("\n  -", 1)[0]
        assert words in block, (opt, block)


def test_public_api_has_real_signatures_and_docstrings():
    import inspect

    for name in ("tag", "annotate", "extract", "extract_many", "plot"):
        fn = getattr(timeline, name)
        assert "*args" not in str(inspect.signature(fn)) and fn.__doc__ and len(fn.__doc__) > 40, name


def test_api_module_path_is_not_shadowed():
    import timeline.chart  # noqa: F401  (importing submodules must not replace the functions)
    import timeline.pipeline  # noqa: F401

    assert callable(timeline.extract) and callable(timeline.plot)
    assert Path(timeline.__file__).parent.joinpath("api.py").exists()


def test_multi_document_run_ends_with_one_summary_line_and_no_bar_in_logs(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "a", "text": "Talks resumed on Tuesday."}\n{"id": "b", "text": "They met in July."}\n'
                   '{"id": "c", "text": ""}\n')
    proc = subprocess.run([sys.executable, "-m", "timeline.cli", "extract", str(src), "--pub-date", PUB, "-o",
                           str(tmp_path / "t.csv")], capture_output=True, text=True, timeout=180)
    assert proc.returncode == 5 and "\r" not in proc.stderr  # no progress bar when stderr is not a terminal
    last = proc.stderr.strip().splitlines()[-1]
    assert last.startswith("timeline: 3 documents (2 ok, 1 errors) -> 2 rows in "), last


def test_help_never_points_at_source_files():
    for cmd in (["tag"], ["extract"], ["plot"], ["eval", "tempeval"], ["eval", "events"]):
        code, out, _ = timeline_cli(*cmd, "--help")
        assert code == 0 and ".py" not in out and "timeline/" not in out, cmd
