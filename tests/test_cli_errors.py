"""Bad input at ``timeline tag`` (issue 5): one clear stderr line starting with "timeline: ", a documented
non-zero exit code (timeline/errors.py), never a traceback, and nothing half-written.

Exit codes: 2 usage (bad option value), 3 input (missing, empty, binary, malformed), 4 output (not writable),
5 partial (a multi-document run finished but some documents errored). Undecodable bytes in a text file are
decoded with U+FFFD replacement and a warning (exit 0); NUL bytes mean a binary file and are refused.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from timeline.cli import main
from timeline.errors import EXIT_INPUT, EXIT_OUTPUT, EXIT_PARTIAL, EXIT_USAGE

REPO = Path(__file__).resolve().parents[1]
ARTICLE = "WASHINGTON — Talks resumed on Tuesday, officials said, three days after they broke down on Aug. 9, 2023.\n"


def run(argv, capsys):
    """``timeline`` in-process: (exit code, stdout, stderr lines)."""
    try:
        code = main(argv)
    except SystemExit as exc:  # argparse
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, [line for line in err.splitlines() if line.strip()]


def assert_one_line(err_lines, *needles):
    assert len(err_lines) == 1, err_lines
    line = err_lines[0]
    assert line.startswith("timeline: "), line
    assert "Traceback" not in line
    for n in needles:
        assert n in line, (n, line)


@pytest.fixture
def article(tmp_path):
    p = tmp_path / "article.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    return p


# ------------------------------------------------------------------ input errors (exit 3)


def test_missing_file(tmp_path, capsys):
    code, out, err = run(["tag", str(tmp_path / "nope.txt")], capsys)
    assert code == EXIT_INPUT and out == ""
    assert_one_line(err, "nope.txt", "no such file")


def test_directory_without_documents(tmp_path, capsys):
    (tmp_path / "empty").mkdir()
    code, out, err = run(["tag", str(tmp_path / "empty")], capsys)
    assert code == EXIT_INPUT and out == ""
    assert_one_line(err, "empty")


def test_directory_with_only_unsupported_files(tmp_path, capsys):
    d = tmp_path / "other"
    d.mkdir()
    (d / "table.csv").write_text("a,b\n1,2\n")
    (d / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    code, out, err = run(["tag", str(d)], capsys)
    assert code == EXIT_INPUT and out == ""
    assert_one_line(err, "other")


@pytest.mark.parametrize("data", [b"\x00\x01\x02\xff\xfe", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", b"Tuesday\x00\x00"])
def test_binary_file(tmp_path, capsys, data):
    p = tmp_path / "blob.txt"
    p.write_bytes(data)
    code, out, err = run(["tag", str(p)], capsys)
    assert code == EXIT_INPUT and out == ""
    assert_one_line(err, "blob.txt", "binary")


@pytest.mark.parametrize("data", [b"", b"   \n\t\n", b"\xef\xbb\xbf"])
def test_empty_file(tmp_path, capsys, data):
    p = tmp_path / "empty.txt"
    p.write_bytes(data)
    code, out, err = run(["tag", str(p)], capsys)
    assert code == EXIT_INPUT and out == ""
    assert_one_line(err, "empty.txt", "empty")


def test_undecodable_bytes_are_replaced(tmp_path, capsys):
    """Documented choice: decode with U+FFFD replacement and warn; the document is still tagged."""
    p = tmp_path / "latin1.txt"
    p.write_bytes("Talks ended Aug. 9 in Bogot\u00e1 and resumed on Tuesday.\n".encode("latin-1"))
    code, out, err = run(["tag", "--pub-date", "2023-09-05", str(p)], capsys)
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert {r["value"] for r in rows} >= {"2023-08-09", "2023-09-05"}
    assert_one_line(err, "timeline: warning: ", "latin1.txt", "not valid UTF-8")


@pytest.mark.parametrize("raw", [
    '<TimeML><TEXT>On <TIMEX3 tid="t1">Tuesday</TEXT></TimeML>',  # unbalanced
    "<TimeML><DOCID>x</DOCID></TimeML>",  # no TEXT
    "<TimeML><TEXT>a < b</TEXT></TimeML>",  # stray '<'
    "<TimeML><TEXT>never closed",
    "",
])
def test_malformed_timeml(tmp_path, capsys, raw):
    p = tmp_path / "bad.tml"
    p.write_text(raw, encoding="utf-8")
    code, out, err = run(["tag", "--pub-date", "2023-09-05", str(p)], capsys)
    assert code == EXIT_INPUT and out == ""
    assert_one_line(err, "bad.tml")


def test_timeml_not_utf8(tmp_path, capsys):
    p = tmp_path / "latin.tml"
    p.write_bytes("<TimeML><TEXT>Bogot\u00e1 on Tuesday</TEXT></TimeML>".encode("latin-1"))
    code, out, err = run(["tag", "--pub-date", "2023-09-05", str(p)], capsys)
    assert code == EXIT_INPUT and out == ""
    assert_one_line(err, "latin.tml", "UTF-8")


# ------------------------------------------------------------------ usage errors (exit 2)


@pytest.mark.parametrize("value", ["2023-02-30", "yesterday", "2023/09/05", "05-09-2023", "2023-9-5", "0000-01-01",
                                   "10000-01-01", "2023-09-05T10:00", "2023-13-01"])
def test_malformed_pub_date(article, capsys, value):
    code, out, err = run(["tag", "--pub-date", value, str(article)], capsys)
    assert code == EXIT_USAGE and out == ""
    assert_one_line(err, "publication date")


@pytest.mark.parametrize("fmt", ["xml", "parquet", "", "JSONLX"])
def test_unknown_format(article, capsys, fmt):
    code, out, err = run(["tag", "--format", fmt, str(article)], capsys)
    assert code == EXIT_USAGE and out == ""
    assert_one_line(err, "--format")


def test_no_input_files(capsys):
    code, out, err = run(["tag"], capsys)
    assert code == EXIT_USAGE and out == ""
    assert_one_line(err)


def test_timeml_with_several_inputs_needs_out_dir(article, tmp_path, capsys):
    other = tmp_path / "other.txt"
    other.write_text(ARTICLE)
    code, out, err = run(["tag", "--format", "timeml", "--pub-date", "2023-09-05", str(article), str(other)], capsys)
    assert code == EXIT_USAGE and out == ""
    assert_one_line(err, "--out-dir")


# ------------------------------------------------------------------ output errors (exit 4)


def test_out_dir_under_a_regular_file(article, tmp_path, capsys):
    code, out, err = run(["tag", "--format", "timeml", "--pub-date", "2023-09-05",
                          "--out-dir", str(article / "sub"), str(article)], capsys)
    assert code == EXIT_OUTPUT and out == ""
    assert_one_line(err, "sub")


def test_out_dir_is_a_file(article, capsys):
    code, out, err = run(["tag", "--format", "timeml", "--pub-date", "2023-09-05", "--out-dir", str(article),
                          str(article)], capsys)
    assert code == EXIT_OUTPUT and out == ""
    assert_one_line(err, "article.txt")


def test_output_target_is_a_directory(article, tmp_path, capsys):
    out_dir = tmp_path / "out"
    (out_dir / "article.txt").mkdir(parents=True)  # the file it would write is taken by a directory
    code, out, err = run(["tag", "--format", "timeml", "--pub-date", "2023-09-05", "--out-dir", str(out_dir),
                          str(article)], capsys)
    assert code == EXIT_OUTPUT and out == ""
    assert_one_line(err, "article.txt")


def test_failed_write_leaves_no_temporary_file(article, tmp_path, capsys):
    """Regression: _atomic_write used to leave its .tmp file behind when os.replace failed."""
    out_dir = tmp_path / "out"
    (out_dir / "article.txt").mkdir(parents=True)
    run(["tag", "--format", "timeml", "--pub-date", "2023-09-05", "--out-dir", str(out_dir), str(article)], capsys)
    assert sorted(p.name for p in out_dir.iterdir()) == ["article.txt"]


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root ignores directory permissions")
def test_read_only_out_dir(article, tmp_path, capsys):
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o555)
    try:
        code, out, err = run(["tag", "--format", "timeml", "--pub-date", "2023-09-05", "--out-dir", str(ro),
                              str(article)], capsys)
    finally:
        ro.chmod(0o755)
    assert code == EXIT_OUTPUT and out == ""
    assert_one_line(err)


def test_timeml_output_is_written(article, tmp_path, capsys):
    """The good path next to the bad ones: the out-dir gets exactly the output file, nothing else."""
    out_dir = tmp_path / "out"
    code, out, err = run(["tag", "--format", "timeml", "--pub-date", "2023-09-05", "--out-dir", str(out_dir),
                          str(article)], capsys)
    assert code == 0 and err == []
    assert [p.name for p in out_dir.iterdir()] == ["article.txt"]
    assert "<TIMEX3" in (out_dir / "article.txt").read_text(encoding="utf-8")


# ------------------------------------------------------------------ multi-document runs (exit 5)


def test_malformed_jsonl_line_errors_alone(tmp_path, capsys):
    p = tmp_path / "docs.jsonl"
    p.write_text("\n".join([
        json.dumps({"id": "a", "text": "Talks resumed on Tuesday.", "pub_date": "2023-09-05"}),
        "{not json",
        json.dumps({"id": "c", "text": "It ended Aug. 9.", "pub_date": "2023-09-05"}),
        json.dumps({"id": "d", "text": "No date field problem.", "pub_date": "2023-02-30"}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "f", "text": ""}),
    ]) + "\n", encoding="utf-8")
    code, out, err = run(["tag", str(p)], capsys)
    assert code == EXIT_PARTIAL
    rows = [json.loads(line) for line in out.splitlines()]
    assert {r["doc_id"] for r in rows} == {"a", "c"}
    assert len(err) == 4, err  # one line per bad document
    assert all(line.startswith("timeline: ") for line in err)


def test_jsonl_lone_surrogate_errors_alone(tmp_path, capsys):
    """Regression: a '\\ud800' JSON escape crashed the whole run (internal error, exit 1)."""
    p = tmp_path / "docs.jsonl"
    p.write_text('{"id": "a", "text": "On Tuesday \\ud800 it rained.", "pub_date": "2023-09-05"}\n'
                 '{"id": "b", "text": "It ended Aug. 9.", "pub_date": "2023-09-05"}\n', encoding="utf-8")
    code, out, err = run(["tag", str(p)], capsys)
    assert code in (0, EXIT_PARTIAL)
    assert "b" in {json.loads(line)["doc_id"] for line in out.splitlines()}
    assert not any("internal error" in line for line in err)


def test_timeml_surrogate_reference(tmp_path, capsys):
    """Regression: '&#xD800;' became a lone surrogate and an internal UnicodeEncodeError."""
    p = tmp_path / "sur.tml"
    p.write_text("<TimeML><TEXT>Talks &#xD800; resumed on Tuesday.</TEXT></TimeML>", encoding="utf-8")
    code, out, err = run(["tag", "--pub-date", "2023-09-05", str(p)], capsys)
    assert code in (0, EXIT_INPUT)
    assert not any("internal error" in line for line in err)


def test_text_file_over_one_million_characters(tmp_path, capsys):
    """Regression: over nlp.max_length the run died with 'internal error: ValueError: [E088]'."""
    p = tmp_path / "long.txt"
    p.write_text(("x" * 99_999 + "\n") * 10 + "It ended Aug. 9, 2023.\n", encoding="utf-8")  # few tokens: cheap
    code, out, err = run(["tag", "--pub-date", "2023-09-05", str(p)], capsys)
    assert code == 0, err
    assert "2023-08-09" in out


# ------------------------------------------------------------------ a real process: no traceback


def _timeline(*args, cwd):
    env = dict(os.environ, PYTHONPATH=str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    return subprocess.run([sys.executable, "-m", "timeline.cli", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=120)


def test_subprocess_bad_inputs_print_no_traceback(tmp_path):
    blob = tmp_path / "blob.txt"
    blob.write_bytes(b"\x00\xff\x00binary")
    bad_tml = tmp_path / "bad.tml"
    bad_tml.write_text("<TimeML><TEXT>x <b>y</TEXT></TimeML>")
    cases = [
        ((str(tmp_path / "missing.txt"),), EXIT_INPUT),
        ((str(blob),), EXIT_INPUT),
        ((str(bad_tml),), EXIT_INPUT),
        (("--pub-date", "2023-02-30", str(blob)), EXIT_USAGE),
        (("--format", "yaml", str(blob)), EXIT_USAGE),
    ]
    for args, expected in cases:
        proc = _timeline("tag", *args, cwd=tmp_path)
        lines = [line for line in proc.stderr.splitlines() if line.strip()]
        assert proc.returncode == expected, (args, proc.stderr)
        assert proc.stdout == "", args
        assert "Traceback" not in proc.stderr, proc.stderr
        assert len(lines) == 1 and lines[0].startswith("timeline: "), (args, proc.stderr)


def test_subprocess_undecodable_bytes_warn_in_one_line(tmp_path):
    """Regression: the DecodingWarning reached stderr as a raw two-line Python warning."""
    p = tmp_path / "latin1.txt"
    p.write_bytes("Talks ended Aug. 9 in Bogot\u00e1.\n".encode("latin-1"))
    proc = _timeline("tag", "--pub-date", "2023-09-05", str(p), cwd=tmp_path)
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert proc.returncode == 0, proc.stderr
    assert len(lines) == 1 and lines[0].startswith("timeline: warning: "), proc.stderr
