"""Corpus mode under faults, with real `timeline` processes and real signals: a run killed at every step
then resumed ends with the same output and manifest as an uninterrupted run; two runs on one output; a
full disk during the final combine; SIGTERM, SIGHUP and Ctrl-C; workers that must die with their parent.

The points where a run is killed are the test hooks of :mod:`timeline.corpus` (TIMELINE_TEST_HOOK,
TIMELINE_TEST_PART_DOCS; see its module notes). Each process loads the spaCy pipeline (~2-5 s) unless it
has nothing left to extract, so the runs after the last document skip it.
"""

from __future__ import annotations

import contextlib
import io
import os
import select
import shutil
import signal
import subprocess
import sys
import time
from contextlib import redirect_stdout
from pathlib import Path

import pandas as pd
import pytest

from timeline.cli import main
from timeline.corpus import HOOK_EXIT, manifest_path, parts_dir, read_manifest
from timeline.errors import EXIT_OUTPUT, EXIT_PARTIAL
from timeline.export import read_table

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals and flock")

# Twelve short documents: repeated ids, a null and an empty id, a malformed line, an empty text, a formula.
DOCS = [
    '{"id": "a", "pub_date": "2023-09-05", "text": "Shoigu visited North Korea in July."}',
    '{"id": "b", "pub_date": "2022-03-01", "text": "The company reported losses in 2021."}',
    '{"id": "a", "pub_date": "2023-09-05", "text": "He met Kim on Tuesday."}',
    '{"id": null, "pub_date": "2020-01-10", "text": "The council voted in March."}',
    '{"id": "broken", "text": ',
    '{"id": "empty", "text": ""}',
    '{"id": "c", "text": "Talks will resume next week, officials said on Monday."}',
    '{"id": null, "pub_date": "2019-05-05", "text": "The treaty was signed in 1951."}',
    '{"id": "", "pub_date": "2018-12-31", "text": "The war ended in 1945."}',
    '{"id": "=1+1", "pub_date": "2001-01-01", "text": "It rained on Friday."}',
    '{"id": "e", "pub_date": "2001-01-01", "text": "The bridge opened in May 1999."}',
    '{"id": "b", "pub_date": "2015-06-01", "text": "Prices rose in the first quarter."}',
]
BATCH = "2"  # six partitions
PART_DOCS = "4"  # a part every two partitions: three parts


def timeline_cmd() -> list[str]:
    script = Path(sys.executable).with_name("timeline")
    return [str(script)] if script.exists() else [sys.executable, "-m", "timeline.cli"]


_STARTED: list[subprocess.Popen] = []


def _default_signals() -> None:
    for sig in (signal.SIGHUP, signal.SIGINT):
        signal.signal(sig, signal.SIG_DFL)


def start(args: list[str], hook: str | None = None, **popen) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TIMELINE_TEST_")}
    env["TIMELINE_TEST_PART_DOCS"] = PART_DOCS
    if hook:
        env["TIMELINE_TEST_HOOK"] = hook
    # a session of its own: a signal sent to its process group reaches it and its workers only. Signals as a
    # terminal leaves them: a suite started with nohup or `&` from a script ignores SIGHUP/SIGINT, and a
    # child inherits that, so the signal tests would hang rather than test the command
    popen.setdefault("preexec_fn", _default_signals)
    p = subprocess.Popen(timeline_cmd() + args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                         text=True, start_new_session=True, **popen)
    _STARTED.append(p)
    return p


@pytest.fixture(autouse=True)
def _no_process_left():
    """A test that fails while a run is paused must not leave it (and its workers) running."""
    yield
    while _STARTED:
        p = _STARTED.pop()
        if p.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(p.pid, signal.SIGKILL)
            p.communicate()


def finish(p: subprocess.Popen, timeout: float = 120) -> tuple[int, list[str]]:
    _, err = p.communicate(timeout=timeout)
    return p.returncode, [line for line in err.splitlines() if "test hook" not in line]


def run(args: list[str], hook: str | None = None, **popen) -> tuple[int, list[str]]:
    return finish(start(args, hook, **popen))


def wait_paused(p: subprocess.Popen, timeout: float = 120) -> None:
    """Until the process prints the pause hook's line (it then sleeps until a signal ends it)."""
    deadline = time.monotonic() + timeout
    seen = ""
    while time.monotonic() < deadline:
        ready, _, _ = select.select([p.stderr], [], [], 0.5)
        if ready:
            line = p.stderr.readline()
            if not line:
                break
            seen += line
            if "test hook: paused" in line:
                return
    p.kill()
    raise AssertionError(f"never paused; stderr so far: {seen!r}")


def extract_args(corpus: Path, out: Path, *extra: str) -> list[str]:
    return ["extract", "--corpus", str(corpus), "-o", str(out), "--batch-size", BATCH, *extra]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("corpus") / "in.jsonl"
    path.write_text("\n".join(DOCS) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def baseline(corpus, tmp_path_factory) -> dict[str, Path]:
    """The uninterrupted run, in CSV and Parquet (in this process: the pipeline is cached across tests)."""
    d = tmp_path_factory.mktemp("baseline")
    outs = {"csv": d / "ev.csv", "parquet": d / "ev.parquet"}
    for out in outs.values():
        with redirect_stdout(io.StringIO()):
            assert main(extract_args(corpus, out)) == EXIT_PARTIAL
    return outs


def assert_same(out: Path, expected: Path) -> None:
    assert manifest_path(out).read_bytes() == manifest_path(expected).read_bytes()
    if out.suffix == ".csv":
        assert out.read_bytes() == expected.read_bytes()
    else:
        pd.testing.assert_frame_equal(read_table(out), read_table(expected))
    assert not parts_dir(out).exists()
    assert not any(p.name.startswith(".") for p in out.parent.iterdir()), list(out.parent.iterdir())


def assert_manifest_truthful(out: Path) -> None:
    """Whatever the state, the manifest never lists a document whose rows OUT does not hold."""
    m = manifest_path(out)
    if not m.exists():
        return
    assert out.exists(), "a manifest without its output"
    man, df = read_manifest(m), read_table(out)
    assert man["n_rows"].sum() == len(df)
    counts = df.groupby("doc_id").size()
    for doc_id, n in man.groupby("doc_id")["n_rows"].sum().items():
        assert counts.get(doc_id, 0) == n


def test_killed_at_every_step_of_the_work_then_resumed(corpus, baseline, tmp_path):
    out = tmp_path / "ev.csv"
    # an older finished run sits beside: a fresh run that is interrupted and resumed must not mix it in
    shutil.copy(baseline["csv"], out)
    shutil.copy(manifest_path(baseline["csv"]), manifest_path(out))

    # 1. killed before the first part: nothing flushed, the older OUT untouched
    code, _ = run(extract_args(corpus, out), "exit@partition#1")
    assert code == HOOK_EXIT
    assert not list(parts_dir(out).glob("part-*"))
    assert_manifest_truthful(out)

    # 2. SIGTERM mid-part (one part written, one partition pending): the pending one is written too
    p = start(extract_args(corpus, out, "--resume"), "pause@partition#3")
    wait_paused(p)
    p.send_signal(signal.SIGTERM)
    code, err = finish(p)
    assert code == 128 + signal.SIGTERM
    assert err == [f"timeline: interrupted (SIGTERM); 6 finished documents kept in {parts_dir(out)}; "
                   "run the same command again to continue"]
    done = sum(len(read_manifest(m)) for m in parts_dir(out).glob("part-*.manifest.csv"))
    assert done == 6

    # 3. killed between a part's data file and its manifest: that part is dropped and redone
    code, _ = run(extract_args(corpus, out, "--resume"), "exit@part-data#1")
    assert code == HOOK_EXIT
    names = [p.name for p in parts_dir(out).glob("part-*")]
    manifests = [n for n in names if n.endswith(".manifest.csv")]
    assert len(names) - len(manifests) == len(manifests) + 1

    # 4. resumed to the end: the uninterrupted run's bytes, repeated ids and null ids included
    code, err = run(extract_args(corpus, out, "--resume"))
    assert code == EXIT_PARTIAL, err
    assert any("2 documents repeat an earlier document's id ('a', 'b')" in line for line in err)
    assert_same(out, baseline["csv"])


@pytest.fixture(scope="module")
def all_parts_written(corpus, tmp_path_factory) -> Path:
    """A run killed once every part is written, before the final combine (the pipeline runs once here)."""
    out = tmp_path_factory.mktemp("finish") / "ev.parquet"
    code, err = run(extract_args(corpus, out), "exit@finish")
    assert code == HOOK_EXIT, err
    assert len(list(parts_dir(out).glob("part-*.manifest.csv"))) == 3 and not out.exists()
    return out


@pytest.mark.parametrize("point", ["combined", "committed", "out", "manifest", "cleanup"])
def test_killed_at_every_step_of_the_finish_then_resumed(point, corpus, all_parts_written, baseline, tmp_path):
    out = tmp_path / all_parts_written.name
    shutil.copytree(parts_dir(all_parts_written), parts_dir(out))
    code, err = run(extract_args(corpus, out, "--resume"), f"exit@{point}")
    assert code == HOOK_EXIT, err
    assert_manifest_truthful(out)
    code, err = run(extract_args(corpus, out, "--resume"))
    assert code == EXIT_PARTIAL, err
    assert_same(out, baseline["parquet"])


def test_full_disk_during_the_combine_claims_nothing_and_resume_completes(corpus, all_parts_written, baseline,
                                                                          tmp_path):
    import resource

    out = tmp_path / all_parts_written.name
    shutil.copytree(parts_dir(all_parts_written), parts_dir(out))

    def small_disk() -> None:  # writes past 1 KB fail with EFBIG, as a full disk fails with ENOSPC
        resource.setrlimit(resource.RLIMIT_FSIZE, (1024, 1024))

    code, err = run(extract_args(corpus, out, "--resume"), preexec_fn=small_disk)
    assert code == EXIT_OUTPUT and len(err) == 1
    assert err[0].startswith(f"timeline: error: {out}: cannot write (") and "File too large" in err[0]
    assert err[0].endswith(f"; 12 finished documents kept in {parts_dir(out)}; "
                           "run the same command again to continue")
    assert not out.exists() and not manifest_path(out).exists()
    names = sorted(p.name for p in parts_dir(out).iterdir())
    assert names == sorted(p.name for p in parts_dir(all_parts_written).iterdir())
    code, err = run(extract_args(corpus, out, "--resume"))
    assert code == EXIT_PARTIAL, err
    assert_same(out, baseline["parquet"])


def test_a_second_run_on_the_same_output_stops_at_once(corpus, tmp_path):
    out = tmp_path / "ev.parquet"
    first = start(extract_args(corpus, out), "pause@start")  # holds the lock, as a long run would
    wait_paused(first)
    t0 = time.monotonic()
    code, err = run(extract_args(corpus, out))
    assert (code, err) == (EXIT_OUTPUT, [f"timeline: error: {out}: another timeline run is writing it"])
    assert time.monotonic() - t0 < 30  # at once, not after the pipeline
    first.kill()  # kill -9: the kernel releases the lock with the process
    first.wait()
    code, err = run(extract_args(corpus, out), "exit@start")
    assert code == HOOK_EXIT, err  # it got the lock


@pytest.mark.parametrize("sig", [signal.SIGHUP, signal.SIGINT])
def test_hangup_and_ctrl_c_stop_like_sigterm(sig, corpus, tmp_path):
    out = tmp_path / "ev.csv"
    p = start(extract_args(corpus, out), "pause@start")
    wait_paused(p)
    os.killpg(p.pid, sig)  # to the process group, as a terminal sends them
    code, err = finish(p)
    name = "" if sig == signal.SIGINT else f" ({sig.name})"
    assert (code, err) == (128 + sig, [f"timeline: interrupted{name}; no document finished yet; "
                                       "run the same command with --resume to continue"])


def _gone(proc) -> bool:
    import psutil

    try:
        return proc.status() == psutil.STATUS_ZOMBIE  # dead, waiting for a parent to reap it
    except psutil.NoSuchProcess:
        return True


def _assert_all_gone(procs, seconds: float = 10) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and not all(_gone(c) for c in procs):
        time.sleep(0.2)
    assert all(_gone(c) for c in procs), [" ".join(c.cmdline())[:100] for c in procs if not _gone(c)]


def _workers(pid: int) -> list:
    import psutil

    children = psutil.Process(pid).children(recursive=True)
    assert sum("spawn_main" in " ".join(c.cmdline()) for c in children) == 2, children
    return children


def test_workers_die_with_their_parent_under_kill_9(corpus, tmp_path):
    pytest.importorskip("psutil")
    out = tmp_path / "ev.parquet"
    p = start(extract_args(corpus, out, "--workers", "2"), "pause@partition#1")
    wait_paused(p)
    children = _workers(p.pid)  # two workers and multiprocessing's resource tracker
    p.kill()
    p.wait()
    _assert_all_gone(children)


def test_sigterm_with_workers_keeps_finished_work_and_ends_them(corpus, baseline, tmp_path):
    pytest.importorskip("psutil")
    out = tmp_path / "ev.csv"
    p = start(extract_args(corpus, out, "--workers", "2"), "pause@partition#2")
    wait_paused(p)
    children = _workers(p.pid)
    p.send_signal(signal.SIGTERM)
    code, err = finish(p)
    assert code == 128 + signal.SIGTERM
    assert err == [f"timeline: interrupted (SIGTERM); 4 finished documents kept in {parts_dir(out)}; "
                   "run the same command with --resume to continue"]
    _assert_all_gone(children)
    code, err = run(extract_args(corpus, out, "--resume"))
    assert code == EXIT_PARTIAL, err
    assert_same(out, baseline["csv"])


def test_watchdog_ends_a_worker_whose_parent_died():
    """The portable half of dying with the parent (no parent-death signal here): a grandchild watching its
    parent exits once that parent is killed."""
    pytest.importorskip("psutil")
    import psutil

    child = ("import os, subprocess, sys, time\n"
             "g = subprocess.Popen([sys.executable, '-c', sys.argv[1]], stdout=subprocess.PIPE, text=True)\n"
             "print(g.pid, g.stdout.readline().strip(), flush=True)\n"
             "time.sleep(60)\n")
    grandchild = ("import os, time\n"
                  "from timeline.corpus import watch_parent\n"
                  "watch_parent(os.getppid(), interval=0.1)\n"
                  "print('watching', flush=True)\n"
                  "time.sleep(60)\n")
    p = subprocess.Popen([sys.executable, "-c", child, grandchild], stdout=subprocess.PIPE, text=True)
    pid, state = p.stdout.readline().split()
    assert state == "watching"
    g = psutil.Process(int(pid))
    p.kill()
    p.wait()
    _assert_all_gone([g], seconds=5)


def test_ctrl_c_under_dask_prints_one_line(corpus, tmp_path):
    pytest.importorskip("distributed")
    pytest.importorskip("psutil")
    import psutil

    out = tmp_path / "ev.parquet"
    p = start(extract_args(corpus, out, "--engine", "dask", "--workers", "2"), "pause@partition#1")
    wait_paused(p)
    children = psutil.Process(p.pid).children(recursive=True)
    os.killpg(p.pid, signal.SIGINT)  # what Ctrl-C in a terminal does: the whole foreground group
    code, err = finish(p)
    # the partition that was finished is kept, as with the other engines
    assert (code, err) == (130, [f"timeline: interrupted; 2 finished documents kept in {parts_dir(out)}; "
                                 "run the same command with --resume to continue"])
    _assert_all_gone(children)
