"""Outputs never lose or destroy data (issue 9): real ``timeline`` commands in subprocesses.

* no command writes over one of its inputs, whatever the spelling: same path, another folder spelling, a
  symlink, a hard link;
* devices and FIFOs are written through, never replaced by a regular file;
* a full disk (``/dev/full``, a tiny tmpfs where the machine lets us mount one) is exit 4 with one line,
  for files and for standard output alike, and leaves no partial file or temporary file behind;
* ``-o -`` is standard output;
* charts are byte-identical across runs in every format.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from timeline.errors import EXIT_OUTPUT

ARTICLE = ("Officials said on Tuesday that the talks, which broke down on Aug. 9, 2023, will resume next week. "
           "The ministry had warned in July that a deal was unlikely before the end of the year.\n")
PUB = "2023-09-05"
TIMEML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>t1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2023-09-05" temporalFunction="false" functionInDocument="CREATION_TIME">2023-09-05</TIMEX3></DCT>
<TEXT>Officials <EVENT eid="e1" class="REPORTING">said</EVENT> on <TIMEX3 tid="t1" type="DATE" value="2023-09-05">Tuesday</TIMEX3> that talks will resume.</TEXT>
<MAKEINSTANCE eiid="ei1" eventID="e1" pos="VERB" tense="PAST" aspect="NONE" polarity="POS"/>
<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1"/>
</TimeML>
"""


def timeline(*args, stdout=subprocess.PIPE, cwd=None, timeout=180):
    """Run the real command: (exit code, stdout bytes, stderr lines)."""
    proc = subprocess.run([sys.executable, "-m", "timeline.cli", *map(str, args)], stdout=stdout,
                          stderr=subprocess.PIPE, cwd=cwd, timeout=timeout)
    err = [ln for ln in proc.stderr.decode("utf-8", "replace").splitlines() if ln.strip()]
    return proc.returncode, proc.stdout or b"", err


def assert_output_error(code, err, *needles):
    assert code == EXIT_OUTPUT, (code, err)
    errors = [ln for ln in err if ln.startswith("timeline: error:")]
    assert len(errors) == 1, err
    assert not any("Traceback" in ln for ln in err), err
    for n in needles:
        assert n in errors[0], errors[0]


@pytest.fixture
def article(tmp_path) -> Path:
    p = tmp_path / "article.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    return p


# --------------------------------------------------------------------------- inputs are never outputs


def test_tag_timeml_out_dir_never_replaces_its_input(tmp_path):
    doc = tmp_path / "doc.tml"
    doc.write_text(TIMEML, encoding="utf-8")
    before = doc.read_bytes()
    for out_dir in (".", str(tmp_path), "./"):
        code, _, err = timeline("tag", "doc.tml", "--format", "timeml", "--out-dir", out_dir, cwd=tmp_path)
        assert_output_error(code, err, "input")
        assert doc.read_bytes() == before  # EVENT and TLINK annotations kept
    assert sorted(p.name for p in tmp_path.iterdir()) == ["doc.tml"]  # no temporary file left


@pytest.mark.parametrize("how", ["same", "symlink", "hardlink", "dotdot"])
def test_extract_output_is_never_an_input(tmp_path, article, how):
    before = article.read_bytes()
    if how == "same":
        out = article
    elif how == "symlink":
        out = tmp_path / "link.csv"
        out.symlink_to(article)
    elif how == "hardlink":
        out = tmp_path / "hard.csv"
        os.link(article, out)
    else:
        (tmp_path / "sub").mkdir()
        out = tmp_path / "sub" / ".." / article.name
    code, _, err = timeline("extract", article, "--pub-date", PUB, "-o", out)
    assert_output_error(code, err, "input")
    assert article.read_bytes() == before


def test_chart_is_never_an_input(tmp_path, article):
    before = article.read_bytes()
    link = tmp_path / "chart.png"
    link.symlink_to(article)
    code, _, err = timeline("extract", article, "--pub-date", PUB, "-o", tmp_path / "t.csv", "--plot", link)
    assert_output_error(code, err, "input")
    assert article.read_bytes() == before
    assert not (tmp_path / "t.csv").exists()  # refused before any work was done


def test_writing_through_a_symlink_keeps_the_link(tmp_path, article):
    real = tmp_path / "real.csv"
    real.write_text("old\n")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    code, _, err = timeline("extract", article, "--pub-date", PUB, "-o", link)
    assert code == 0, err
    assert link.is_symlink() and real.read_text().startswith("doc_id,")


# --------------------------------------------------------------------------- devices and FIFOs


def test_dev_null_stays_a_device(article):
    if not os.access("/dev/null", os.W_OK):
        pytest.skip("/dev/null not writable here")
    code, _, err = timeline("extract", article, "--pub-date", PUB, "-o", "/dev/null")
    assert code == 0, err
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_fifo_is_written_through(tmp_path, article):
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()), daemon=True)
    reader.start()
    code, _, err = timeline("extract", article, "--pub-date", PUB, "-o", fifo, "--format", "csv")
    reader.join(timeout=60)
    assert code == 0, err
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert got and got[0].startswith(b"doc_id,") and b"2023-09-05" in got[0]


# --------------------------------------------------------------------------- full disks


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full on this system")
@pytest.mark.parametrize("command", [["extract"], ["tag", "--format", "jsonl"], ["tag", "--format", "csv"]])
def test_stdout_on_a_full_disk_is_an_output_error(article, command):
    with open("/dev/full", "wb") as full:
        code, _, err = timeline(*command, article, "--pub-date", PUB, stdout=full)
    assert_output_error(code, err, "standard output", "No space left")


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full on this system")
def test_output_file_on_a_full_device_is_an_output_error(article):
    code, _, err = timeline("extract", article, "--pub-date", PUB, "-o", "/dev/full")
    assert_output_error(code, err, "/dev/full", "No space left")


@pytest.fixture
def tiny_fs(tmp_path):
    """A 16 KB tmpfs: a real full file system. Needs root (mount); skipped where it cannot be made."""
    mnt = tmp_path / "tiny"
    mnt.mkdir()
    try:
        proc = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16k", "tmpfs", str(mnt)],
                              capture_output=True, timeout=20)
    except (OSError, subprocess.TimeoutExpired):
        pytest.skip("cannot run mount here")
    if proc.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({proc.stderr.decode(errors='replace').strip()})")
    try:
        yield mnt
    finally:
        subprocess.run(["umount", "-l", str(mnt)], capture_output=True, timeout=20)


def test_full_file_system_leaves_no_partial_output(tmp_path, tiny_fs):
    # a document long enough that its table is far bigger than the file system
    big = tmp_path / "big.txt"
    big.write_text(ARTICLE * 60, encoding="utf-8")
    out = tiny_fs / "events.csv"
    code, _, err = timeline("extract", big, "--pub-date", PUB, "-o", out)
    assert_output_error(code, err, str(out), "No space left")
    assert list(tiny_fs.iterdir()) == []  # neither a truncated table nor a temporary file
    with open(tiny_fs / "redirected.csv", "wb") as fh:
        code, _, err = timeline("extract", big, "--pub-date", PUB, stdout=fh)
    assert_output_error(code, err, "standard output")


# --------------------------------------------------------------------------- stdout and determinism


def test_dash_output_is_stdout(tmp_path, article):
    code, out, err = timeline("extract", article, "--pub-date", PUB, "-o", "-", cwd=tmp_path)
    assert code == 0, err
    assert out.startswith(b"doc_id,") and not (tmp_path / "-").exists()


def test_broken_pipe_is_quiet(article):
    proc = subprocess.Popen([sys.executable, "-m", "timeline.cli", "tag", str(article), "--pub-date", PUB],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.close()  # the reader goes away before anything is written, like `| head -0`
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=180) == 0
    assert "Traceback" not in err and "Exception ignored" not in err, err


@pytest.mark.parametrize("ext", ["svg", "pdf", "png"])
def test_charts_are_byte_identical_across_runs(tmp_path, article, ext):
    table = tmp_path / "t.csv"
    code, _, err = timeline("extract", article, "--pub-date", PUB, "-o", table)
    assert code == 0, err
    outs = []
    for i, seed in enumerate(("1", "2")):
        out = tmp_path / f"chart{i}.{ext}"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        proc = subprocess.run([sys.executable, "-m", "timeline.cli", "plot", str(table), "-o", str(out)],
                              capture_output=True, env=env, timeout=180)
        assert proc.returncode == 0, proc.stderr
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]
