"""Corpus mode: thousands to millions of documents through the event extractor, with bounded memory.

``timeline extract --corpus IN.jsonl|DIR -o OUT.parquet|OUT.csv`` lands here. The shape of a run::

    CorpusSource ──► partitions of Documents ──► engine ──► PartitionResult ──► PartStore ──► OUT + manifest
    (JSONL read       (``batch_size`` each,       local /     (rows as a typed    (OUT.parts/: one
     line by line,     at most ``window`` in       process     DataFrame, one       closed file +
     a directory       flight)                     pool /      manifest entry       manifest per part)
     entry by entry)                               Dask        per document)

Every engine runs :func:`process_partition`, which is :func:`timeline.pipeline.extract_documents` (the
single per-document implementation behind the API and the ``extract`` command) on one partition.

Memory stays bounded whatever the corpus size: the source reads one document at a time, at most
``window`` partitions are in flight, and rows are held only until the next part is written. What grows
with the corpus is the set of ids seen (to report repeated ids) and, under ``--resume``, the set of
finished documents: about 100 bytes per document.

Identity. A document is its place in the input: ``source`` (the file it came from) and ``position`` (its
line in a JSONL file, 0 for a JSONL file that cannot be read at all; 1 for a file holding one document).
That pair is unique by construction, whatever the ids say: two lines with the same ``id`` are two
documents, in the output and in the manifest, and a run that stops and resumes keeps both, as an
uninterrupted run does. Repeated ids are reported once, at the end of the run, with a count. Names that
are not valid UTF-8 or hold control characters are written escaped (``\\xNN``;
:func:`timeline.readers.files.printable`), so every cell can be printed.

Files (OUT is the ``-o`` path):

``OUT``
    the event table (schema in :mod:`timeline.table`), rows in input order and, within a document, in
    timeline order. It appears only when the run is complete.
``OUT.manifest.csv``
    one line per input document: ``doc_id``, ``status`` (``ok``/``error``), ``error`` (the message),
    ``n_rows`` (rows the document put in OUT; an error document puts its one error row there), ``source``
    (the input file), ``position`` (the line in it). Text cells are spreadsheet-safe
    (:mod:`timeline.export.cells`; :func:`read_manifest` undoes it). Written after OUT, so it never lists
    a document whose rows OUT does not hold.
``OUT.parts/``
    work in progress: ``part-NNNNNN.parquet|csv`` and ``part-NNNNNN.manifest.csv``, each written
    atomically, the manifest last, so a part counts only once both exist. Removed when the run completes;
    left behind by an interrupted run so that ``--resume`` continues from it.
``.OUT.lock``
    held (``flock``) for the whole run, so a second run on the same OUT stops at once with exit code 4
    (:mod:`timeline.export.lock`); removed at the end.

``--resume`` skips every document (source and position) already in ``OUT.manifest.csv`` (a finished
earlier run, whose rows are kept) or in a part's manifest (an interrupted run), ok or error alike.

Crashes. Whatever point a run dies at (Ctrl-C, SIGTERM, ``kill -9``, a full disk), ``--resume`` ends with
the same OUT and manifest as an uninterrupted run. The end of a run is a small journal in ``OUT.parts/``:

1. the parts (and, under ``--resume``, the earlier OUT) are combined into ``OUT.parts/final.data`` and
   ``OUT.parts/final.manifest.csv``; until both are complete, OUT and its manifest are untouched;
2. ``OUT.parts/COMMITTED`` is written: from here on the run is finished, whatever happens;
3. ``final.data`` replaces OUT, then ``final.manifest.csv`` replaces the manifest (in that order, so the
   manifest never claims rows OUT does not hold);
4. the parts are deleted, ``COMMITTED`` last.

A run that finds ``COMMITTED`` redoes steps 3-4 first (with or without ``--resume``). A run without
``--resume`` leaves ``OUT.parts/FRESH``, so that resuming it never mixes in an older OUT. The guarantee is
against the process dying; against power loss it holds as far as ``fsync`` before each rename does.

What an abrupt end loses. Finished documents are written as a part every ``PART_DOCS`` (500) documents or
``PART_SECONDS`` (5) seconds, whichever comes first (checked as each partition finishes). ``kill -9`` or a
dead machine therefore loses at most the documents finished since the last part (fewer than 500, finished
within 5 seconds plus one partition's time), and the partitions in flight (``window`` x ``batch_size``
documents: by default 64 in one process, 2 x N x 64 with N workers); ``--resume`` redoes exactly those. Ctrl-C, SIGTERM and SIGHUP
write what is finished first and lose only the partitions in flight. Writing parts that often costs
little: 7-20 ms a part (fsync included), under 0.5 % of a run. Measured on 2,400 short news documents, the
old 60 s / 2,000 against 5 s / 500: 16.6-16.8 s against 16.7 s on an idle machine (2 parts against 5,
35 ms), 48.3 s against 48.6 s on a loaded one (0.2 s of parts). Worker processes
(``--workers N``) die with the run, even under ``kill -9``: a parent-death signal on Linux and a watchdog
thread elsewhere.

Test hooks (for ``tests/test_corpus_faults.py``; never set in normal use, where each hook costs one
environment lookup): ``TIMELINE_TEST_HOOK="exit@POINT"`` ends the process at once with ``os._exit(86)``
(as ``kill -9`` would: nothing flushed, no cleanup) the first time the run reaches POINT, ``exit@POINT#N``
the N-th time; ``pause@POINT[#N]`` instead prints ``timeline: test hook: paused at POINT`` on stderr and
sleeps (5 minutes at most), so that a test can send a real signal at a known point.
``TIMELINE_TEST_PART_DOCS=K`` writes a part every K documents. The points are named where
:func:`_test_hook` is called.
"""

from __future__ import annotations

import contextlib
import csv
import errno
import io
import os
import shutil
import signal
import stat
import sys
import threading
import time
import warnings
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from time import perf_counter

import pandas as pd

from .document import Document
from .errors import InputError, OutputError, TimelineError, UsageError
from .export.cells import neutralise, restore
from .readers.files import DEFAULT_MAX_BYTES, printable, stat_input

CORPUS_FORMATS = ("parquet", "csv")
MANIFEST_SUFFIX = ".manifest.csv"
PARTS_SUFFIX = ".parts"
MANIFEST_FIELDS = ("doc_id", "status", "error", "n_rows", "source", "position")
TEXT_FIELDS = ("doc_id", "error", "source")  # the manifest cells made spreadsheet-safe

# A part is written once this many documents or rows have accumulated, or this many seconds have passed:
# the bound on what kill -9 loses (see the module notes) and on rows held in memory. They were 60 s / 2,000,
# which lost a minute of work to kill -9; the cost of writing parts this often is measured in the module notes.
PART_DOCS = 500
PART_ROWS = 50_000
PART_SECONDS = 5.0
REPEATS_SHOWN = 3  # repeated ids named in the warning

Key = tuple[str, int]  # (source, position): a document's identity


# --------------------------------------------------------------------------------------------- input


@dataclass
class SourceItem:
    document: Document
    nbytes: int  # input bytes this document came from, for the progress fraction
    source: str  # input file name (printable), for the manifest
    position: int = 1  # line in a JSONL file; 1 for a one-document file

    @property
    def key(self) -> Key:
        return self.source, self.position


def _writable_id(doc_id: str) -> str:
    # a lone surrogate (a JSON "\\ud800" escape) cannot be written as UTF-8: the manifest and Parquet refuse it
    try:
        doc_id.encode("utf-8")
    except UnicodeEncodeError:
        return printable(doc_id)
    return doc_id


class CorpusSource:
    """Documents from a JSONL file, a single document file or a directory, one at a time.

    A JSONL file is read line by line and a directory entry by entry (``os.scandir``, in the file system's
    order, which is stable for an unchanged directory), so nothing holds the whole corpus. A line, file or
    directory entry that cannot be read (a symlink loop, a broken link, a FIFO) becomes an error Document
    and the run goes on.
    """

    def __init__(self, path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES):
        self.path = Path(path)
        self.max_bytes = max_bytes  # per file, and per line of a JSONL file (--max-input-mb)
        st = stat_input(self.path)  # InputError saying why: missing, a broken link, a symlink loop
        if stat.S_ISDIR(st.st_mode):
            # one pass that only counts, for the progress bar's ETA: O(1) memory
            self.total_bytes, n = 0, 0
            for entry, _ in self._entries():
                n += 1
                with contextlib.suppress(OSError):
                    self.total_bytes += entry.stat().st_size
            if n == 0:
                raise InputError(f"{printable(self.path)}: directory holds no .txt/.html/.jsonl/.tml documents")
        else:
            self.total_bytes = st.st_size

    def _entries(self) -> Iterator[tuple[os.DirEntry, str | None]]:
        """(entry, None) for each document file; (entry, why) for one that cannot be read."""
        from .readers import SUPPORTED

        try:
            it = os.scandir(self.path)
        except OSError as exc:
            raise InputError(f"{printable(self.path)}: cannot read ({exc.strerror or exc})") from None
        with it:
            for entry in it:
                name = entry.name
                if name.startswith(".") or Path(name).suffix.lower() not in SUPPORTED or name.endswith(".meta.json"):
                    continue
                why = _entry_problem(entry)
                if why != "":
                    yield entry, why

    def __iter__(self) -> Iterator[SourceItem]:
        if stat.S_ISDIR(stat_input(self.path).st_mode):
            for entry, why in self._entries():
                if why:
                    name = printable(entry.name)
                    whole = 0 if name.lower().endswith(".jsonl") else 1  # position 0: a JSONL file as a whole
                    yield SourceItem(Document(text="", doc_id=name, error=why), 0, name, whole)
                else:
                    yield from self._file(Path(entry.path))
        else:
            yield from self._file(self.path)

    def _file(self, path: Path) -> Iterator[SourceItem]:
        name = printable(path.name)
        if path.suffix.lower() == ".jsonl":
            yield from self._jsonl(path, name)
            return
        from .readers import read_path

        try:
            size = path.stat().st_size
            docs = read_path(path, self.max_bytes)
        except (InputError, OSError) as exc:
            msg = str(exc) if isinstance(exc, InputError) else f"{printable(path)}: cannot read ({exc.strerror or exc})"
            yield SourceItem(Document(text="", doc_id=name, error=msg), 0, name)
            return
        for i, d in enumerate(docs):
            d.doc_id = _writable_id(d.doc_id)
            yield SourceItem(d, size if i == 0 else 0, name, i + 1)

    def _jsonl(self, path: Path, name: str) -> Iterator[SourceItem]:
        from .readers.files import open_input

        try:
            f = open_input(path)
        except InputError as exc:
            yield SourceItem(Document(text="", doc_id=name, error=str(exc)), 0, name, 0)
            return
        with f:
            try:
                yield from self._jsonl_lines(f, name)
            except OSError as exc:  # EIO and the like halfway through: the lines read so far stay done
                error = f"{printable(path)}: cannot read ({exc.strerror or exc})"
                yield SourceItem(Document(text="", doc_id=name, error=error), 0, name, 0)

    def _jsonl_lines(self, f, name: str) -> Iterator[SourceItem]:
        """The reader's own line functions (as in :func:`timeline.readers.jsonl.iter_jsonl`), each line's
        number kept: it is the document's identity."""
        from .readers.files import limited_lines, too_large_message
        from .readers.jsonl import parse_jsonl_bytes

        for n, raw in enumerate(limited_lines(f, self.max_bytes), 1):
            where = f"{name}:{n}"
            if raw is None:
                error = too_large_message(where, self.max_bytes, "line longer")
                yield SourceItem(Document(text="", doc_id=where, error=error), self.max_bytes, name, n)
                continue
            nbytes = len(raw)
            if n == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]  # a UTF-8 byte-order mark
            if raw.strip():
                doc = parse_jsonl_bytes(raw, where)
                doc.doc_id = _writable_id(doc.doc_id)
                yield SourceItem(doc, nbytes, name, n)


def _entry_problem(entry: os.DirEntry) -> str | None:
    """None for a regular file (or a link to one), "" for what is silently not a document (a directory),
    else why the entry cannot be read. ``DirEntry.is_file`` raises on a symlink loop; it must not end the run."""
    name = printable(entry.path)
    try:
        st = entry.stat()  # follows symlinks
    except FileNotFoundError:
        return f"{name}: broken symlink (its target does not exist)" if entry.is_symlink() else ""
    except OSError as exc:
        return f"{name}: symlink loop" if exc.errno == errno.ELOOP else f"{name}: cannot read ({exc.strerror or exc})"
    if stat.S_ISDIR(st.st_mode):
        return ""
    if not stat.S_ISREG(st.st_mode):
        # a FIFO or device may never end or never open: name it on the command line instead
        return f"{name}: not a regular file (pipe, socket or device), skipped"
    return None


# ------------------------------------------------------------------------------------------ manifest


@dataclass
class ManifestEntry:
    doc_id: str
    status: str  # "ok" or "error"
    error: str = ""
    n_rows: int = 0
    source: str = ""
    position: int = 0

    def as_row(self) -> list:
        return [neutralise(self.doc_id), self.status, neutralise(self.error), self.n_rows, neutralise(self.source),
                self.position]


def manifest_path(out: str | Path) -> Path:
    return Path(str(out) + MANIFEST_SUFFIX)


def parts_dir(out: str | Path) -> Path:
    return Path(str(out) + PARTS_SUFFIX)


def read_manifest(path: str | Path) -> pd.DataFrame:
    """A manifest as a DataFrame (doc_id, status, error, n_rows, source, position), cells as written."""
    df = pd.read_csv(path, dtype={"doc_id": "string", "status": "string", "error": "string", "source": "string"},
                     keep_default_na=False)
    for c in TEXT_FIELDS:
        if c in df:
            df[c] = df[c].map(restore).astype("string")
    df["n_rows"] = df["n_rows"].astype("int64")
    if "position" in df:
        df["position"] = df["position"].astype("int64")
    return df


def _manifest_keys(path: Path) -> Iterator[Key]:
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        if "position" not in (reader.fieldnames or ()):
            raise UsageError(f"{printable(path)} was written by an older timeline (no 'position' column): "
                             "run again without --resume")
        sources: dict[str, str] = {}  # one string per source, not one per line
        for row in reader:
            src = restore(row["source"])
            yield sources.setdefault(src, src), int(row["position"])


def _manifest_text(entries: list[ManifestEntry], header: bool = True) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    if header:
        w.writerow(MANIFEST_FIELDS)
    w.writerows(e.as_row() for e in entries)
    return buf.getvalue()


# ----------------------------------------------------------------------------------------- the work


@dataclass
class PartitionResult:
    entries: list[ManifestEntry]
    table: pd.DataFrame  # typed rows (timeline.table schema), documents in input order
    words: int = 0


def rows_to_frame(docs_rows: list[list[dict]]) -> pd.DataFrame:
    """One typed DataFrame for a partition's rows: one DataFrame construction per partition, not per
    document. Documents keep their input order; within a document, rows follow timeline order."""
    from .table import apply_schema, empty_table

    flat: list[dict] = []
    seq: list[int] = []
    for i, rows in enumerate(docs_rows):
        flat.extend(rows)
        seq.extend([i] * len(rows))
    if not flat:
        return empty_table()
    df = apply_schema(pd.DataFrame(flat))
    key = pd.DataFrame({
        "seq": seq,
        "err": df["error"].notna(),
        "vague": df["start"].isna(),
        "start": df["start"],
        "end": df["end"],
        "pos": df["char_start"].fillna(-1),
    })
    order = key.sort_values(["seq", "err", "vague", "start", "end", "pos"], kind="stable",
                            na_position="last").index
    return df.loc[order].reset_index(drop=True)


def process_partition(items: list[tuple[Document, Key]], model: str | None = None, batch_size: int = 32,
                      nlp=None) -> PartitionResult:
    """The unit of work of every engine: a partition of (document, (source, position)) in, its rows and
    manifest entries out. Runs :func:`timeline.pipeline.extract_documents`; the pipeline is loaded once per
    process (``timeline.pipeline.load`` caches it), so a worker pays for it on its first partition only."""
    from .pipeline import extract_documents, load

    if nlp is None:
        nlp = load(model)
    keys = {id(d): k for d, k in items}
    entries: list[ManifestEntry] = []
    all_rows: list[list[dict]] = []
    words = 0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # per-document warnings would flood a corpus run; the manifest has errors
        for d, rows in extract_documents((d for d, _ in items), nlp, batch_size):
            err = next((r["error"] for r in rows if r.get("error")), None)
            source, position = keys[id(d)]
            entries.append(ManifestEntry(d.doc_id, "error" if err else "ok", err or "", len(rows), source, position))
            all_rows.append(rows)
            if not d.error:
                words += len(d.text.split())
    return PartitionResult(entries, rows_to_frame(all_rows), words)


# --------------------------------------------------------------------------------------------- engines


class Engine:
    """Maps :func:`process_partition` over partitions, results in input order, ``window`` in flight."""

    window: int = 1

    def submit(self, items: list[tuple[Document, Key]]):
        raise NotImplementedError

    def result(self, handle) -> PartitionResult:
        raise NotImplementedError

    def close(self, interrupted: bool = False) -> None:
        """Release the workers: let them finish, or (``interrupted``) stop them now."""

    def map(self, partitions: Iterable[list[tuple[Document, Key]]]) -> Iterator[tuple[list, PartitionResult]]:
        pending: deque = deque()
        for part in partitions:
            pending.append((part, self.submit(part)))
            while len(pending) >= self.window:
                p, h = pending.popleft()
                yield p, self.result(h)
        while pending:
            p, h = pending.popleft()
            yield p, self.result(h)


class LocalEngine(Engine):
    """In this process: the pipeline loaded once, partitions run one after another."""

    def __init__(self, model: str | None, batch_size: int):
        from .pipeline import load

        self.nlp = load(model)
        self.batch_size = batch_size

    def submit(self, items):
        return items

    def result(self, handle) -> PartitionResult:
        return process_partition(handle, batch_size=self.batch_size, nlp=self.nlp)


# Signals a terminal sends to its whole foreground process group (Ctrl-C, a closed window). Workers must not
# act on them: the run's own process decides (keeps what is finished, then ends the workers).
_GROUP_SIGNALS = tuple(getattr(signal, n) for n in ("SIGINT", "SIGHUP") if hasattr(signal, n))
PR_SET_PDEATHSIG = 1  # <linux/prctl.h>
WATCH_SECONDS = 1.0  # how often a worker's watchdog looks for its parent


@contextlib.contextmanager
def group_signals_blocked() -> Iterator[None]:
    """Block the terminal's group signals in this thread for the block. Processes started meanwhile inherit
    the blocked mask (through exec), and so do threads, which then start processes of their own (Dask's
    nanny); this thread gets what arrived meanwhile as soon as the block ends, so nothing is lost."""
    if not hasattr(signal, "pthread_sigmask"):  # pragma: no cover - not POSIX
        yield
        return
    from multiprocessing import resource_tracker

    old = signal.pthread_sigmask(signal.SIG_BLOCK, _GROUP_SIGNALS)
    try:
        # multiprocessing's resource tracker ignores SIGINT and SIGTERM but dies of SIGHUP, and starting it
        # unblocks SIGINT in the calling thread: start it here (SIGHUP blocked), then block again
        resource_tracker.ensure_running()
        signal.pthread_sigmask(signal.SIG_BLOCK, _GROUP_SIGNALS)
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


def _set_parent_death_signal() -> None:
    """Linux: have the kernel SIGKILL this process when its parent dies, whatever killed the parent."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0)


def watch_parent(parent: int, interval: float = WATCH_SECONDS) -> threading.Thread:
    """A daemon thread that ends this process as soon as ``parent`` is no longer its parent (it died and
    the process was re-parented): the portable half of dying with the parent."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(interval)
        os._exit(1)

    t = threading.Thread(target=watch, name="timeline-parent-watch", daemon=True)
    t.start()
    return t


def _worker_init(model: str | None, parent: int | None = None) -> None:
    if parent is not None:  # a process-pool worker: it lives only as long as the run
        if hasattr(signal, "pthread_sigmask"):
            signal.pthread_sigmask(signal.SIG_BLOCK, _GROUP_SIGNALS)
        _set_parent_death_signal()
        if os.getppid() != parent:
            os._exit(1)  # the parent died before the death signal was armed
        watch_parent(parent)
    from .pipeline import load

    load(model)  # once per worker process, before the first partition arrives


class ProcessPoolEngine(Engine):
    """``--workers N`` with the local engine: N processes, each loading the pipeline once.

    Why not ``nlp.pipe(n_process=N)``: it sends every parsed Doc (tokens, parse, entities) back to this
    process, which would then link events and build rows alone, one core doing the part that is ours.
    Here a worker returns only its partition's rows, and row building runs in parallel too.

    Workers ignore Ctrl-C and SIGHUP (this process handles them and ends the workers) and die with this
    process however it ends: Linux's parent-death signal, and a watchdog thread for other systems.
    """

    def __init__(self, model: str | None, batch_size: int, workers: int):
        import multiprocessing as mp
        from concurrent.futures import ProcessPoolExecutor

        # spawn, not fork: a fresh interpreter per worker is safe whatever threads this process holds
        with group_signals_blocked():
            self.pool = ProcessPoolExecutor(max_workers=workers, mp_context=mp.get_context("spawn"),
                                            initializer=_worker_init, initargs=(model, os.getpid()))
        self.model, self.batch_size, self.window = model, batch_size, 2 * workers

    def submit(self, items):
        with group_signals_blocked():  # workers are started on demand, here
            return self.pool.submit(process_partition, items, self.model, self.batch_size)

    def result(self, handle) -> PartitionResult:
        from concurrent.futures.process import BrokenProcessPool

        try:
            return handle.result()
        except BrokenProcessPool:
            raise TimelineError("a worker process died (out of memory?); rerun with --resume to continue") from None

    def close(self, interrupted: bool = False) -> None:
        if interrupted:
            # the partitions in flight are lost anyway: do not wait for them
            for p in list(getattr(self.pool, "_processes", {}).values()):
                with contextlib.suppress(Exception):
                    p.kill()
        self.pool.shutdown(wait=True, cancel_futures=True)


def dask_missing_message() -> str:
    return "--engine dask needs Dask: pip install 'timeline[dask]' (dask[dataframe,distributed])"


class DaskEngine(Engine):
    """``--engine dask``: the same partitions on a Dask distributed cluster (a LocalCluster with
    ``workers`` single-threaded worker processes, or the cluster at ``scheduler``).

    Partitions are submitted as futures with a bounded window rather than built into one Dask graph up
    front, so the corpus is still streamed (a graph would need every partition's documents at once) and
    the manifest, parts and ``--resume`` are those of the local engine. Workers of an existing cluster
    need timeline and the spaCy model installed.
    """

    def __init__(self, model: str | None, batch_size: int, workers: int, scheduler: str | None = None):
        import logging

        # Ctrl-C reaches the LocalCluster's worker processes too (one terminal process group), and each
        # printed a traceback as it died: they are started with the group signals blocked, and the
        # cluster is closed by this process instead
        with group_signals_blocked():
            try:
                from distributed import Client, LocalCluster
            except ImportError:
                raise UsageError(dask_missing_message()) from None

            self.cluster = None
            if scheduler:
                try:
                    self.client = Client(scheduler, timeout="10s")
                except (OSError, TimeoutError) as exc:
                    raise UsageError(f"--scheduler {scheduler}: cannot connect ({exc})") from None
                n = max(1, len(self.client.scheduler_info().get("workers", {})))
            else:
                import dask

                n = max(1, workers)
                # Dask's nanny sets MALLOC_TRIM_THRESHOLD_=65536 in its workers, so glibc hands memory back
                # to the OS at every free; spaCy allocates and frees large arrays per batch, and that setting
                # made a worker 15-25 % slower than the same work in one local process (measured: 1,888 vs
                # 2,220-2,417 words/s). Our memory is bounded by the batch caps instead. The worker's
                # statistical profiler (a stack sample every 10 ms) is of no use to a batch job either.
                with dask.config.set({"distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
                                      "distributed.worker.profile.enabled": False}):
                    self.cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True,
                                                dashboard_address=None, silence_logs=logging.ERROR)
                self.client = Client(self.cluster)
        self.client.run(_worker_init, model)
        self.model, self.batch_size, self.window = model, batch_size, 2 * n

    def submit(self, items):
        return self.client.submit(process_partition, items, self.model, self.batch_size, pure=False)

    def result(self, handle) -> PartitionResult:
        return handle.result()

    def close(self, interrupted: bool = False) -> None:
        if interrupted:
            _silence_dask()
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def _silence_dask() -> None:
    """Closing a cluster with work in flight logs a warning per cancelled task and per worker: the user
    pressed Ctrl-C and gets the one line every interrupted command prints."""
    import logging

    for name in ("distributed", "tornado", "asyncio"):
        logging.getLogger(name).setLevel(logging.CRITICAL + 1)


# ----------------------------------------------------------------------------------------- output

COMMITTED = "COMMITTED"  # in OUT.parts/: the final files are complete; the run is finished
FRESH = "FRESH"  # in OUT.parts/: started without --resume; an OUT already beside it is not part of this run
FINAL_DATA = "final.data"
FINAL_MANIFEST = "final" + MANIFEST_SUFFIX


class PartStore:
    """Parts in ``OUT.parts/`` while the run goes, then OUT and its manifest through the journal described
    in the module notes. The caller holds OUT's lock (:func:`timeline.export.lock.output_lock`)."""

    def __init__(self, out: str | Path, fmt: str, resume: bool, raw_cells: bool = False):
        if fmt not in CORPUS_FORMATS:
            raise UsageError(f"corpus mode writes {' or '.join(CORPUS_FORMATS)}, not {fmt}")
        self.out, self.fmt, self.raw_cells = Path(out), fmt, raw_cells
        self.manifest = manifest_path(out)
        self.dir = parts_dir(out)
        self.docs_written = 0  # documents in the parts this run wrote
        try:
            shutil.rmtree(self._new_dir(), ignore_errors=True)  # left by a run that died making it
            if self.dir.exists():
                self._roll_forward()  # an earlier run got past its commit: finish it first, whatever this run is
            if not resume:
                if self.dir.exists():
                    shutil.rmtree(self.dir)  # leftovers of an interrupted run nobody asked to resume
                self._make_fresh_dir()
            else:
                self.dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OutputError(f"{printable(self.dir)}: cannot write ({exc.strerror or exc})") from None
        # a finished earlier run is the base this run adds to (only under --resume, and never under FRESH)
        self.base = (resume and not (self.dir / FRESH).exists() and self.out.exists()
                     and self.manifest.exists())
        self._drop_orphans()
        self.next_index = 1 + max((self._index(p) for p in self._manifests()), default=-1)

    def _new_dir(self) -> Path:
        return self.dir.with_name(f".{self.dir.name}.new")  # one name will do: we hold OUT's lock

    def _make_fresh_dir(self) -> None:
        # built aside and renamed into place, so OUT.parts/ never exists without its FRESH mark
        tmp = self._new_dir()
        tmp.mkdir(parents=True)
        (tmp / FRESH).touch()
        os.rename(tmp, self.dir)

    @staticmethod
    def _index(p: Path) -> int:
        return int(p.name.split("-")[1].split(".")[0])

    def _manifests(self) -> list[Path]:
        return sorted(self.dir.glob("part-*" + MANIFEST_SUFFIX))

    def _data(self, i: int) -> Path:
        return self.dir / f"part-{i:06d}.{self.fmt}"

    def _drop_orphans(self) -> None:
        # a data file whose manifest never got written belongs to an interrupted part: its documents are
        # not in any manifest, so they will be done again; the rows must not be counted twice
        have = {self._index(p) for p in self._manifests()}
        for p in self.dir.glob("part-*"):
            if not p.name.endswith(MANIFEST_SUFFIX) and self._index(p) not in have:
                p.unlink()
        for p in chain(self.dir.glob(".*"), self.dir.glob("final.*")):
            p.unlink()  # temporary files of an interrupted write; a combine that never committed

    def done_keys(self) -> set[Key]:
        done: set[Key] = set()
        if self.base:
            done.update(_manifest_keys(self.manifest))
        for p in self._manifests():
            done.update(_manifest_keys(p))
        return done

    def write_part(self, table: pd.DataFrame, entries: list[ManifestEntry]) -> None:
        from .export.atomic import write_text_atomic

        i = self.next_index
        self.next_index += 1
        if self.fmt == "parquet":
            from .export.parquet import write_parquet

            write_parquet(table, self._data(i))
        else:
            from .export.csv_json import to_csv_string

            write_text_atomic(self._data(i), to_csv_string(table, raw=self.raw_cells))
        _test_hook("part-data")
        write_text_atomic(self.dir / f"part-{i:06d}{MANIFEST_SUFFIX}", _manifest_text(entries))
        self.docs_written += len(entries)
        _test_hook("part")

    def finish(self) -> tuple[int, int, int]:
        """Combine base and parts into OUT and its manifest; return (documents, errors, rows) in them."""
        from .export.atomic import write_atomic, write_text_atomic

        manifests = ([self.manifest] if self.base else []) + self._manifests()
        data = ([self.out] if self.base else []) + [self._data(self._index(p)) for p in self._manifests()]
        counts = [0, 0, 0]

        def write_manifest(tmp: Path) -> None:
            from .export.atomic import CheckedFile

            with CheckedFile(tmp, "w") as f:
                buf = io.StringIO()
                w = csv.writer(buf, lineterminator="\n")
                w.writerow(MANIFEST_FIELDS)
                for m in manifests:
                    with open(m, newline="", encoding="utf-8") as src:
                        for row in csv.DictReader(src):
                            counts[0] += 1
                            counts[1] += row["status"] == "error"
                            counts[2] += int(row["n_rows"] or 0)
                            w.writerow([row[k] for k in MANIFEST_FIELDS])  # cells as written: already safe
                            if buf.tell() >= 1 << 20:
                                f.write(buf.getvalue().encode("utf-8"))
                                buf.seek(0)
                                buf.truncate()
                f.write(buf.getvalue().encode("utf-8"))

        write_atomic(self.dir / FINAL_DATA, _naming(self.out, lambda tmp: self._combine(data, tmp)))
        write_atomic(self.dir / FINAL_MANIFEST, _naming(self.manifest, write_manifest))
        _test_hook("combined")
        write_text_atomic(self.dir / COMMITTED, "")
        _test_hook("committed")
        self._roll_forward()
        return counts[0], counts[1], counts[2]

    def _roll_forward(self) -> None:
        """Steps 3-4 of the journal: idempotent, so a run that died anywhere in them is completed."""
        if not (self.dir / COMMITTED).exists():
            return
        final_data, final_manifest = self.dir / FINAL_DATA, self.dir / FINAL_MANIFEST
        try:
            if final_data.exists():
                # a symlinked OUT keeps its link: the file it points to is replaced
                os.replace(final_data, os.path.realpath(self.out) if self.out.is_symlink() else self.out)
                _test_hook("out")
            if final_manifest.exists():
                os.replace(final_manifest, self.manifest)
                _test_hook("manifest")
            for p in self.dir.iterdir():
                if p.name != COMMITTED:
                    p.unlink()
            _test_hook("cleanup")
            (self.dir / COMMITTED).unlink()  # last: until here, a crash still rolls forward
            self.dir.rmdir()
        except OSError as exc:
            raise OutputError(f"{printable(self.out)}: cannot write ({exc.strerror or exc})") from None

    def _combine(self, data: list[Path], tmp: Path) -> None:
        from .export.atomic import CheckedFile

        if self.fmt == "parquet":
            from .export.parquet import concat_parquet

            concat_parquet(data, tmp)  # one part's row group at a time: bounded memory
        else:
            with CheckedFile(tmp, "w") as out:
                header_written = False
                for p in data:
                    with open(p, "rb") as src:
                        header = src.readline()
                        if not header_written:
                            out.write(header)
                            header_written = True
                        while chunk := src.read(1 << 20):
                            out.write(chunk)
                if not header_written:
                    from .export.csv_json import to_csv_string

                    out.write(to_csv_string(_empty(), raw=self.raw_cells).encode("utf-8"))

    def abandon_if_empty(self) -> None:
        with contextlib.suppress(OSError):
            if {p.name for p in self.dir.iterdir()} <= {FRESH}:  # only when nothing was written
                (self.dir / FRESH).unlink(missing_ok=True)
                self.dir.rmdir()


def _naming(target: Path, writer: Callable[[Path], None]) -> Callable[[Path], None]:
    """``writer``, its failure (a full disk) reported against ``target``, not the journal's file name."""

    def write(tmp: Path) -> None:
        try:
            writer(tmp)
        except OSError as exc:
            raise OutputError(f"{printable(target)}: cannot write ({exc.strerror or exc})") from None

    return write


def _empty() -> pd.DataFrame:
    from .table import empty_table

    return empty_table()


# ------------------------------------------------------------------------------------------ progress


class Progress:
    """One status line on stderr: documents, documents/s, rows, ETA. Redrawn in place (at most 5 times a
    second) when stderr is a terminal; silent otherwise, where only the final summary line is printed."""

    def __init__(self, total_bytes: int, stream=None, enabled: bool | None = None):
        self.stream = stream if stream is not None else sys.stderr
        if enabled is None:
            isatty = getattr(self.stream, "isatty", None)
            enabled = bool(isatty and isatty())
        self.enabled = enabled
        self.total_bytes = max(1, total_bytes)
        self.t0 = perf_counter()
        self._last = 0.0
        self.docs = self.errors = self.rows = self.words = self.skipped = self.bytes = 0
        self.skipped_bytes = 0

    def restart(self) -> float:
        """Start the clock again; return the seconds since the previous start."""
        now = perf_counter()
        before, self.t0 = now - self.t0, now
        return before

    def skip(self, nbytes: int) -> None:
        self.skipped += 1
        self.skipped_bytes += nbytes
        self.bytes += nbytes

    def advance(self, result: PartitionResult, nbytes: int) -> None:
        self.docs += len(result.entries)
        self.errors += sum(e.status == "error" for e in result.entries)
        self.rows += len(result.table)
        self.words += result.words
        self.bytes += nbytes
        now = perf_counter()
        if self.enabled and now - self._last >= 0.2:
            self._last = now
            self.stream.write("\r" + self.line(now) + "\033[K")
            self.stream.flush()

    def line(self, now: float | None = None) -> str:
        elapsed = max(1e-9, (now or perf_counter()) - self.t0)
        rate = self.docs / elapsed
        # ETA from the share of input bytes done in this run; resumed documents cost nothing
        todo = self.total_bytes - self.skipped_bytes
        frac = min(1.0, (self.bytes - self.skipped_bytes) / todo) if todo > 0 else 1.0
        eta = elapsed * (1 - frac) / frac if frac > 0 else float("nan")
        return (f"timeline: {self.docs:,} docs ({self.errors:,} errors) {frac:4.0%}  {rate:,.1f} docs/s  "
                f"{self.words / elapsed:,.0f} words/s  {self.rows:,} rows  ETA {_duration(eta)}")

    def close(self) -> None:
        if self.enabled:
            self.stream.write("\r\033[K")
            self.stream.flush()

    @property
    def seconds(self) -> float:
        return perf_counter() - self.t0


def _duration(s: float) -> str:
    if s != s:  # NaN: nothing done yet
        return "?"
    s = int(round(s))
    return f"{s // 3600}h{s % 3600 // 60:02d}m" if s >= 3600 else f"{s // 60}m{s % 60:02d}s"


# ------------------------------------------------------------------------------------------- driver


@dataclass
class CorpusOptions:
    input: Path
    output: Path
    fmt: str = "parquet"
    engine: str = "local"  # local | dask
    workers: int = 1
    batch_size: int = 64
    resume: bool = False
    scheduler: str | None = None
    model: str | None = None
    pub_date: object = None  # a datetime.date overriding every document's own ("cli")
    progress: bool | None = None  # None: only when stderr is a terminal
    stream: object = None  # where progress and the summary go (stderr by default)
    # CSV output cells as-is, without the spreadsheet-safety quote. The manifest is always written safe:
    # it is read back by --resume, which must not depend on how the run was started.
    raw_cells: bool = False
    max_bytes: int = DEFAULT_MAX_BYTES  # per document file and per JSONL line (--max-input-mb)


@dataclass
class CorpusSummary:
    processed: int  # documents run in this invocation
    errors: int  # of those, how many became error rows
    skipped: int  # documents skipped by --resume
    rows: int  # rows written in this invocation
    seconds: float
    words: int
    total_docs: int = 0  # in the final manifest (earlier runs included)
    total_errors: int = 0
    total_rows: int = 0
    no_pub_date: int = 0
    startup_seconds: float = 0.0  # loading the pipeline (in every worker) before the first document
    repeated_ids: int = 0  # documents whose id an earlier document of the corpus already had
    repeated_examples: list[str] = field(default_factory=list)

    @property
    def docs_per_s(self) -> float:
        return self.processed / self.seconds if self.seconds else 0.0

    @property
    def words_per_s(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0


class RepeatedIds:
    """Counts documents whose id an earlier document already had, naming the first few. Both documents
    are kept (identity is the source position); the count is for the one warning at the end."""

    def __init__(self) -> None:
        self.seen: set[str] = set()
        self.count = 0
        self.examples: list[str] = []

    def see(self, doc_id: str) -> None:
        if doc_id not in self.seen:
            self.seen.add(doc_id)
            return
        self.count += 1
        if len(self.examples) < REPEATS_SHOWN and doc_id not in self.examples:
            self.examples.append(doc_id)


def repeated_ids_message(s: CorpusSummary) -> str:
    shown = ", ".join(repr(printable(i)) for i in s.repeated_examples)
    more = ", ..." if s.repeated_ids > len(s.repeated_examples) else ""
    return (f"{s.repeated_ids:,} documents repeat an earlier document's id ({shown}{more}): all are kept; "
            "the manifest tells them apart by source and position")


def make_engine(opts: CorpusOptions) -> Engine:
    if opts.engine == "dask":
        return DaskEngine(opts.model, opts.batch_size, opts.workers, opts.scheduler)
    if opts.engine != "local":
        raise UsageError(f"unknown --engine {opts.engine!r}: choose local or dask")
    if opts.workers > 1:
        return ProcessPoolEngine(opts.model, opts.batch_size, opts.workers)
    return LocalEngine(opts.model, opts.batch_size)


def resume_hint(opts: CorpusOptions, kept: int | None = None) -> str:
    """How to continue an interrupted run: the one line the user needs."""
    again = "the same command again" if opts.resume else "the same command with --resume"
    if kept == 0:
        return f"no document finished yet; run {again} to continue"
    what = "finished documents" if kept is None else f"{kept:,} finished documents"
    return f"{what} kept in {printable(parts_dir(opts.output))}; run {again} to continue"


def run_corpus(opts: CorpusOptions, engine_factory: Callable[[CorpusOptions], Engine] = make_engine) -> CorpusSummary:
    """Run corpus mode end to end; see the module docstring for the files it writes.

    An interruption (KeyboardInterrupt, which the CLI also raises for SIGTERM and SIGHUP) leaves with a
    ``hint`` attribute saying how to resume; so does an OutputError once parts exist."""
    from .export.lock import output_lock

    if opts.batch_size < 1 or opts.workers < 1:
        raise UsageError("--batch-size and --workers must be at least 1")
    source = CorpusSource(opts.input, opts.max_bytes)
    with output_lock(opts.output):  # OUT, OUT.parts/ and OUT.manifest.csv are this run's alone
        store = PartStore(opts.output, opts.fmt, opts.resume, opts.raw_cells)
        done: set[Key] = set()
        try:
            _test_hook("start")
            done = store.done_keys() if opts.resume else done
            return _run(opts, source, store, done, engine_factory)
        except KeyboardInterrupt as exc:
            if store.dir.exists():
                exc.hint = resume_hint(opts, store.docs_written + len(done))
            raise
        except OutputError as exc:
            if store.dir.exists() and (store.docs_written or done):
                raise OutputError(f"{exc}; {resume_hint(opts, store.docs_written + len(done))}") from None
            raise


def _run(opts: CorpusOptions, source: CorpusSource, store: PartStore, done: set[Key],
         engine_factory: Callable[[CorpusOptions], Engine]) -> CorpusSummary:
    stream = opts.stream if opts.stream is not None else sys.stderr
    progress = Progress(source.total_bytes, stream, opts.progress)
    no_pub = [0]
    repeats = RepeatedIds()
    part_docs = int(os.environ.get("TIMELINE_TEST_PART_DOCS") or PART_DOCS)  # a test hook (module notes)
    sizes: deque[int] = deque()  # input bytes per partition, in order, for the progress fraction

    def partitions() -> Iterator[list[tuple[Document, Key]]]:
        part: list[tuple[Document, Key]] = []
        nbytes = 0
        for item in source:
            d = item.document
            repeats.see(d.doc_id)
            if item.key in done:
                progress.skip(item.nbytes)
                continue
            if opts.pub_date is not None and not d.error:
                d.pub_date, d.dct_source = opts.pub_date, "cli"
            no_pub[0] += d.pub_date is None and not d.error
            part.append((d, item.key))
            nbytes += item.nbytes
            if len(part) >= opts.batch_size:
                sizes.append(nbytes)
                yield part
                part, nbytes = [], 0
        if part:
            sizes.append(nbytes)
            yield part

    pending_tables: list[pd.DataFrame] = []
    pending_entries: list[ManifestEntry] = []
    last_part = perf_counter()

    def flush() -> None:
        nonlocal last_part
        if pending_entries:
            tables = [t for t in pending_tables if len(t)]
            table = pd.concat(tables, ignore_index=True) if tables else _empty()
            store.write_part(table, list(pending_entries))
        pending_tables.clear()
        pending_entries.clear()
        last_part = perf_counter()

    engine: Engine | None = None
    interrupted = False
    startup = 0.0
    try:
        todo = partitions()
        first = next(todo, None)  # None: everything was done before (a finished run resumed), no pipeline to load
        if first is not None:
            engine = engine_factory(opts)
            # the clock starts once the pipeline is loaded (in every worker), so docs/s and ETA measure the work
            startup = progress.restart()
            for _, result in engine.map(chain([first], todo)):
                pending_tables.append(result.table)
                pending_entries.extend(result.entries)
                progress.advance(result, sizes.popleft() if sizes else 0)
                _test_hook("partition")
                if (len(pending_entries) >= part_docs or sum(len(t) for t in pending_tables) >= PART_ROWS
                        or perf_counter() - last_part >= PART_SECONDS):
                    flush()
        flush()
    except BaseException as exc:
        # interrupted (Ctrl-C, SIGTERM, a dead worker): keep what is finished, so --resume redoes as little as possible
        interrupted = isinstance(exc, KeyboardInterrupt)
        with contextlib.suppress(Exception):
            flush()
        raise
    finally:
        if engine is not None:
            engine.close(interrupted)
        progress.close()
    _test_hook("finish")
    if progress.docs == 0 and progress.skipped == 0:
        store.abandon_if_empty()
        raise InputError(f"{printable(opts.input)}: no documents")
    total_docs, total_errors, total_rows = store.finish()
    return CorpusSummary(progress.docs, progress.errors, progress.skipped, progress.rows, progress.seconds,
                         progress.words, total_docs, total_errors, total_rows, no_pub[0], startup,
                         repeats.count, repeats.examples)


def summary_line(s: CorpusSummary, opts: CorpusOptions) -> str:
    resumed = f", {s.skipped:,} skipped (--resume)" if s.skipped else ""
    return (f"timeline: corpus: {s.processed:,} documents ({s.processed - s.errors:,} ok, {s.errors:,} errors{resumed})"
            f" -> {s.rows:,} rows in {s.seconds:.1f} s ({s.docs_per_s:,.1f} docs/s, {s.words_per_s:,.0f} words/s,"
            f" after {s.startup_seconds:.1f} s loading the pipeline);"
            f" wrote {printable(opts.output)} and {printable(manifest_path(opts.output))}")


# ---------------------------------------------------------------------------------------- test hooks

_HOOK_COUNTS: dict[str, int] = {}
HOOK_EXIT = 86  # the exit status of an "exit@" test hook


def _test_hook(point: str) -> None:
    """A fault-injection point for tests (module notes, "Test hooks"); nothing happens unless
    TIMELINE_TEST_HOOK names this point."""
    spec = os.environ.get("TIMELINE_TEST_HOOK")
    if not spec:
        return
    action, _, where = spec.partition("@")
    name, _, nth = where.partition("#")
    if name != point:
        return
    _HOOK_COUNTS[point] = _HOOK_COUNTS.get(point, 0) + 1
    if _HOOK_COUNTS[point] != int(nth or 1):
        return
    if action == "exit":
        os._exit(HOOK_EXIT)
    if action == "pause":
        print(f"timeline: test hook: paused at {point}", file=sys.stderr, flush=True)
        time.sleep(300)  # until the test's signal; a test that failed first leaves no process behind for long
        os._exit(HOOK_EXIT)
