"""The `timeline extract` and `timeline plot` commands: outputs, formats, and bad input."""

import io
import json
import os
import shutil
import subprocess
import sys
from contextlib import redirect_stdout
from pathlib import Path

import pandas as pd
import pytest

from timeline.cli import main
from timeline.errors import EXIT_INPUT, EXIT_OUTPUT, EXIT_PARTIAL, EXIT_USAGE
from timeline.export import read_table

SEED = "seeds/000_77470e3bf062b03c.txt"


def run(argv):
    buf = io.StringIO()
    with redirect_stdout(buf):
        code = main(argv)
    return code, buf.getvalue()


def test_demo_command(tmp_path):
    """What `make demo` runs."""
    csv, png = tmp_path / "seed_events.csv", tmp_path / "seed_timeline.png"
    code, _ = run(["extract", SEED, "--pub-date", "2023-09-05", "-o", str(csv), "--plot", str(png)])
    assert code == 0
    df = read_table(csv)
    assert len(df) >= 15 and (df["dct_source"] == "cli").all()
    assert png.stat().st_size > 10_000


def test_csv_to_stdout_uses_sidecar_date(capsys):
    code, out = run(["extract", SEED])
    assert code == 0
    df = pd.read_csv(io.StringIO(out))
    assert (df["dct_source"] == "metadata").all() and (df["pub_date"] == "2023-09-05").all()


@pytest.mark.parametrize("fmt", ["json", "parquet", "timelinejs", "timeml"])
def test_formats(tmp_path, fmt):
    out = tmp_path / f"out.{fmt}"
    code, _ = run(["extract", SEED, "--format", fmt, "-o", str(out)])
    assert code == 0 and out.stat().st_size > 100
    if fmt == "timelinejs":
        assert json.loads(out.read_text())["events"]


def test_plot_command(tmp_path):
    csv = tmp_path / "t.csv"
    assert run(["extract", SEED, "-o", str(csv)])[0] == 0
    for ext in ("png", "svg"):
        assert run(["plot", str(csv), "-o", str(tmp_path / f"c.{ext}"), "--lanes", "actors"])[0] == 0
    assert run(["plot", str(tmp_path / "missing.csv"), "-o", str(tmp_path / "c.png")])[0] == EXIT_INPUT


def _bad(tmp_path, name, content):
    p = tmp_path / name
    p.write_bytes(content)
    return str(p)


@pytest.mark.parametrize("argv_fn,code,message", [
    (lambda t: [_bad(t, "e.txt", b"")], EXIT_INPUT, "empty file"),
    (lambda t: [_bad(t, "b.txt", b"\x00\x01\x02binary")], EXIT_INPUT, "binary"),
    (lambda t: [str(t / "missing.txt")], EXIT_INPUT, "no such file"),
    (lambda t: [_bad(t, "h.html", b"<html><body><nav>Home</nav></body></html>")], EXIT_INPUT, "without article text"),
    (lambda t: [SEED, "--pub-date", "2023-02-30"], EXIT_USAGE, "malformed publication date"),
    (lambda t: [SEED, "--pub-date", "yesterday"], EXIT_USAGE, "malformed publication date"),
    (lambda t: [SEED, "--format", "xml"], EXIT_USAGE, "unknown format"),
    (lambda t: [SEED, "-o", "/proc/nope/out.csv"], EXIT_OUTPUT, "cannot write"),
    (lambda t: [str(t)], EXIT_INPUT, "no .txt"),
])
def test_bad_input_one_line_and_exit_code(tmp_path, capsys, argv_fn, code, message):
    rc = main(["extract", *argv_fn(tmp_path)])
    err = capsys.readouterr().err.strip().splitlines()
    assert rc == code
    assert len(err) == 1 and err[0].startswith("timeline: error:") and message in err[0]


def test_undecodable_bytes_warn_and_continue(tmp_path, capsys):
    p = _bad(tmp_path, "l.txt", "Café opened on Tuesday.".encode("latin-1"))
    rc = main(["extract", p, "--pub-date", "2023-09-05"])
    captured = capsys.readouterr()
    assert rc == 0 and "not valid UTF-8" in captured.err and "Tuesday" in captured.out


def test_multi_document_run_keeps_going(tmp_path, capsys):
    empty = _bad(tmp_path, "e.txt", b"")
    jsonl = tmp_path / "d.jsonl"
    jsonl.write_text('{"id": "ok", "text": "Talks advanced on Tuesday.", "pub_date": "2023-09-05"}\n{broken\n')
    out = tmp_path / "o.csv"
    rc = main(["extract", empty, str(jsonl), SEED, "-o", str(out)])
    err = capsys.readouterr().err
    assert rc == EXIT_PARTIAL
    df = read_table(out)
    assert set(df.loc[df["error"].notna(), "doc_id"]) == {"e.txt", "d.jsonl:2"}
    assert {"ok", "000_77470e3bf062b03c.txt"} <= set(df.loc[df["error"].isna(), "doc_id"])
    assert err.count("timeline: error:") == 2


def test_no_pub_date_one_warning(tmp_path, capsys):
    p = tmp_path / "n.txt"
    p.write_text("Officials said on Tuesday that talks would resume.")
    rc = main(["extract", str(p)])
    captured = capsys.readouterr()
    assert rc == 0
    warnings = [line for line in captured.err.splitlines() if "warning" in line]
    assert len(warnings) == 1 and "no publication date" in warnings[0]
    df = pd.read_csv(io.StringIO(captured.out))
    assert df["unresolved"].all()


@pytest.mark.skipif(shutil.which("timeline", path=str(Path(sys.executable).parent)) is None,
                    reason="console script not installed")
def test_console_script_single_stderr_line(tmp_path):
    exe = Path(sys.executable).parent / "timeline"
    p = tmp_path / "e.txt"
    p.write_bytes(b"")
    r = subprocess.run([str(exe), "extract", str(p)], capture_output=True, text=True, env={**os.environ})
    assert r.returncode == EXIT_INPUT and len(r.stderr.strip().splitlines()) == 1
