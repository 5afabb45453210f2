"""The driver: source → partitions → engine → store, with the summary and the resume hint."""

from __future__ import annotations

import contextlib
import os
import sys
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from time import perf_counter

import pandas as pd

from ..document import Document
from ..errors import InputError, OutputError, UsageError
from ..export.lock import output_lock
from ..readers.files import DEFAULT_MAX_BYTES, printable
from ..table import empty_table
from .engines import DaskEngine, Engine, LocalEngine, ProcessPoolEngine, dask_missing_message
from .hooks import test_hook
from .manifest import Key, ManifestEntry, manifest_path, parts_dir
from .progress import Progress
from .source import CorpusSource
from .store import PartStore

# A part is written once this many documents or rows have accumulated, or this many seconds have passed:
# the bound on what kill -9 loses (see the module notes) and on rows held in memory. They were 60 s / 2,000,
# which lost a minute of work to kill -9; the cost of writing parts this often is measured in the module notes.
PART_DOCS = 500
PART_ROWS = 50_000
PART_SECONDS = 5.0
REPEATS_SHOWN = 3  # repeated ids named in the warning


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


def _has_dask() -> bool:
    try:
        import distributed  # noqa: F401  (the engine imports it anyway)
    except ImportError:
        return False
    return True


def run_corpus(opts: CorpusOptions, engine_factory: Callable[[CorpusOptions], Engine] = make_engine) -> CorpusSummary:
    """Run corpus mode end to end; see the module docstring for the files it writes.

    An interruption (KeyboardInterrupt, which the CLI also raises for SIGTERM and SIGHUP) leaves with a
    ``hint`` attribute saying how to resume; so does an OutputError once parts exist."""

    if opts.batch_size < 1 or opts.workers < 1:
        raise UsageError("--batch-size and --workers must be at least 1")
    if opts.engine == "dask" and not _has_dask():
        raise UsageError(dask_missing_message())  # before any file or folder is made
    source = CorpusSource(opts.input, opts.max_bytes)
    with output_lock(opts.output):  # OUT, OUT.parts/ and OUT.manifest.csv are this run's alone
        store = PartStore(opts.output, opts.fmt, opts.resume, opts.raw_cells)
        done: set[Key] = set()
        try:
            test_hook("start")
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
            table = pd.concat(tables, ignore_index=True) if tables else empty_table()
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
                test_hook("partition")
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
    test_hook("finish")
    if progress.docs == 0 and progress.skipped == 0:
        store.abandon_ifempty_table()
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
