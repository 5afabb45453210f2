"""Corpus mode: thousands to millions of documents through the event extractor, with bounded memory.

``timeline extract --corpus IN.jsonl|DIR -o OUT.parquet|OUT.csv`` lands here. The shape of a run::

    CorpusSource ──► partitions of Documents ──► engine ──► PartitionResult ──► PartStore ──► OUT + manifest
    (JSONL read       (``batch_size`` each,       local /     (rows as a typed    (OUT.parts/: one
     line by line,     at most ``window`` in       process     DataFrame, one       closed file +
     a directory       flight)                     pool /      manifest entry       manifest per part)
     entry by entry)                               Dask        per document)

Every engine runs :func:`process_partition`, which is :func:`timeline.extract.process_documents` (the
single per-document implementation behind the API and the ``extract`` command) on one partition.

Memory stays bounded whatever the corpus size: the source reads one document at a time, at most
``window`` partitions are in flight, and rows are held only until the next part is written. What grows
with the corpus is the set of finished doc ids, and only under ``--resume``.

Files (OUT is the ``-o`` path):

``OUT``
    the event table (schema in :mod:`timeline.table`), rows in input order and, within a document, in
    timeline order. It appears only when the run is complete (written to a temporary file, then renamed).
``OUT.manifest.csv``
    one line per input document: ``doc_id``, ``status`` (``ok``/``error``), ``error`` (the message),
    ``n_rows`` (rows the document put in OUT; an error document puts its one error row there), ``source``
    (the input file). Written atomically beside OUT.
``OUT.parts/``
    work in progress: ``part-NNNNNN.parquet|csv`` and ``part-NNNNNN.manifest.csv``, each written
    atomically, the manifest last, so a part counts only once both exist. Removed when the run completes;
    left behind by an interrupted run so that ``--resume`` continues from it.

``--resume`` skips every doc id already in ``OUT.manifest.csv`` (a finished earlier run, whose rows are
kept) or in a part's manifest (an interrupted run), ok or error alike. Doc ids should therefore be unique
in a corpus: JSONL lines without an ``id`` get ``FILE:LINE``, files their name.
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
import shutil
import sys
import warnings
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from time import perf_counter

import pandas as pd

from .document import Document
from .errors import InputError, OutputError, TimelineError, UsageError

CORPUS_FORMATS = ("parquet", "csv")
MANIFEST_SUFFIX = ".manifest.csv"
PARTS_SUFFIX = ".parts"
MANIFEST_FIELDS = ("doc_id", "status", "error", "n_rows", "source")

# A part is written once this many documents or rows have accumulated, or this many seconds have passed:
# the unit of loss when a run is interrupted, and the bound on rows held in memory.
PART_DOCS = 2000
PART_ROWS = 50_000
PART_SECONDS = 60.0


# --------------------------------------------------------------------------------------------- input


@dataclass
class SourceItem:
    document: Document
    nbytes: int  # input bytes this document came from, for the progress fraction
    source: str  # input file name, for the manifest


class CorpusSource:
    """Documents from a JSONL file, a single document file or a directory, one at a time.

    A JSONL file is read line by line and a directory entry by entry (``os.scandir``, in the file system's
    order, which is stable for an unchanged directory), so nothing holds the whole corpus. A line or file
    that cannot be read becomes an error Document and the run goes on.
    """

    def __init__(self, path: str | Path):
        self.path = Path(path)
        if not self.path.exists():
            raise InputError(f"{self.path}: no such file or directory")
        if self.path.is_dir():
            # one pass that only counts, for the progress bar's ETA: O(1) memory
            self.total_bytes, n = 0, 0
            for entry in self._entries():
                n += 1
                with contextlib.suppress(OSError):
                    self.total_bytes += entry.stat().st_size
            if n == 0:
                raise InputError(f"{self.path}: directory holds no .txt/.html/.jsonl/.tml documents")
        else:
            self.total_bytes = self.path.stat().st_size

    def _entries(self) -> Iterator[os.DirEntry]:
        from .readers import SUPPORTED

        with os.scandir(self.path) as it:
            for entry in it:
                name = entry.name
                if (entry.is_file() and not name.startswith(".") and Path(name).suffix.lower() in SUPPORTED
                        and not name.endswith(".meta.json")):
                    yield entry

    def __iter__(self) -> Iterator[SourceItem]:
        if self.path.is_dir():
            for entry in self._entries():
                yield from self._file(Path(entry.path))
        else:
            yield from self._file(self.path)

    def _file(self, path: Path) -> Iterator[SourceItem]:
        if path.suffix.lower() == ".jsonl":
            yield from self._jsonl(path)
            return
        from .readers import read_path

        try:
            size = path.stat().st_size
            docs = read_path(path)
        except (InputError, OSError) as exc:
            msg = str(exc) if isinstance(exc, InputError) else f"{path}: cannot read ({exc})"
            yield SourceItem(Document(text="", doc_id=path.name, error=msg), 0, path.name)
            return
        for i, d in enumerate(docs):
            yield SourceItem(d, size if i == 0 else 0, path.name)

    def _jsonl(self, path: Path) -> Iterator[SourceItem]:
        from .readers.jsonl import parse_jsonl_line

        try:
            f = open(path, "rb")
        except OSError as exc:
            yield SourceItem(Document(text="", doc_id=path.name, error=f"cannot read ({exc.strerror})"), 0, path.name)
            return
        with f:
            for n, raw in enumerate(f, 1):
                if n == 1 and raw.startswith(b"\xef\xbb\xbf"):
                    raw = raw[3:]  # a UTF-8 byte-order mark
                if not raw.strip():
                    continue
                # undecodable bytes are replaced, as the whole-file reader does, and the line still counts
                line = raw.decode("utf-8", errors="replace").rstrip("\r\n")
                if "\x00" in line:
                    doc = Document(text="", doc_id=f"{path.name}:{n}", error="binary data (NUL bytes) in JSON line")
                else:
                    doc = parse_jsonl_line(line, f"{path.name}:{n}")
                yield SourceItem(doc, len(raw), path.name)


# ------------------------------------------------------------------------------------------ manifest


@dataclass
class ManifestEntry:
    doc_id: str
    status: str  # "ok" or "error"
    error: str = ""
    n_rows: int = 0
    source: str = ""

    def as_row(self) -> list:
        return [self.doc_id, self.status, self.error, self.n_rows, self.source]


def manifest_path(out: str | Path) -> Path:
    return Path(str(out) + MANIFEST_SUFFIX)


def parts_dir(out: str | Path) -> Path:
    return Path(str(out) + PARTS_SUFFIX)


def read_manifest(path: str | Path) -> pd.DataFrame:
    """A manifest as a DataFrame (doc_id, status, error, n_rows, source)."""
    df = pd.read_csv(path, dtype={"doc_id": "string", "status": "string", "error": "string", "source": "string"},
                     keep_default_na=False)
    df["n_rows"] = df["n_rows"].astype("int64")
    return df


def _manifest_ids(path: Path) -> Iterator[str]:
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            yield row["doc_id"]


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


def process_partition(items: list[tuple[Document, str]], model: str | None = None, batch_size: int = 32,
                      nlp=None) -> PartitionResult:
    """The unit of work of every engine: a partition of (document, source) in, its rows and manifest
    entries out. Runs :func:`timeline.extract.process_documents`; the pipeline is loaded once per process
    (``timeline.nlp.load`` caches it), so a worker pays for it on its first partition only."""
    from .extract import process_documents

    if nlp is None:
        from . import nlp as nlp_mod

        nlp = nlp_mod.load(model)
    sources = {id(d): s for d, s in items}
    entries: list[ManifestEntry] = []
    all_rows: list[list[dict]] = []
    words = 0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # per-document warnings would flood a corpus run; the manifest has errors
        for d, rows in process_documents((d for d, _ in items), nlp, batch_size):
            err = next((r["error"] for r in rows if r.get("error")), None)
            entries.append(ManifestEntry(d.doc_id, "error" if err else "ok", err or "", len(rows), sources[id(d)]))
            all_rows.append(rows)
            if not d.error:
                words += len(d.text.split())
    return PartitionResult(entries, rows_to_frame(all_rows), words)


# --------------------------------------------------------------------------------------------- engines


class Engine:
    """Maps :func:`process_partition` over partitions, results in input order, ``window`` in flight."""

    window: int = 1

    def submit(self, items: list[tuple[Document, str]]):
        raise NotImplementedError

    def result(self, handle) -> PartitionResult:
        raise NotImplementedError

    def close(self) -> None:
        pass

    def map(self, partitions: Iterable[list[tuple[Document, str]]]) -> Iterator[tuple[list, PartitionResult]]:
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
        from . import nlp as nlp_mod

        self.nlp = nlp_mod.load(model)
        self.batch_size = batch_size

    def submit(self, items):
        return items

    def result(self, handle) -> PartitionResult:
        return process_partition(handle, batch_size=self.batch_size, nlp=self.nlp)


def _worker_init(model: str | None) -> None:
    from . import nlp as nlp_mod

    nlp_mod.load(model)  # once per worker process, before the first partition arrives


class ProcessPoolEngine(Engine):
    """``--workers N`` with the local engine: N processes, each loading the pipeline once.

    Why not ``nlp.pipe(n_process=N)``: it sends every parsed Doc (tokens, parse, entities) back to this
    process, which would then link events and build rows alone, one core doing the part that is ours.
    Here a worker returns only its partition's rows, and row building runs in parallel too.
    """

    def __init__(self, model: str | None, batch_size: int, workers: int):
        import multiprocessing as mp
        from concurrent.futures import ProcessPoolExecutor

        # spawn, not fork: a fresh interpreter per worker is safe whatever threads this process holds
        self.pool = ProcessPoolExecutor(max_workers=workers, mp_context=mp.get_context("spawn"),
                                        initializer=_worker_init, initargs=(model,))
        self.model, self.batch_size, self.window = model, batch_size, 2 * workers

    def submit(self, items):
        return self.pool.submit(process_partition, items, self.model, self.batch_size)

    def result(self, handle) -> PartitionResult:
        from concurrent.futures.process import BrokenProcessPool

        try:
            return handle.result()
        except BrokenProcessPool:
            raise TimelineError("a worker process died (out of memory?); rerun with --resume to continue") from None

    def close(self) -> None:
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
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise UsageError(dask_missing_message()) from None
        import logging

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
            # Dask's nanny sets MALLOC_TRIM_THRESHOLD_=65536 in its workers, so glibc hands memory back to
            # the OS at every free; spaCy allocates and frees large arrays per batch, and that setting made
            # a worker 15-25 % slower than the same work in one local process (measured: 1,888 vs 2,220-2,417
            # words/s). Our memory is bounded by the batch caps instead. The worker's statistical profiler
            # (a stack sample every 10 ms) is of no use to a batch job either.
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

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


# ----------------------------------------------------------------------------------------- output


class PartStore:
    """Parts in ``OUT.parts/`` while the run goes, then OUT and its manifest, each written atomically."""

    def __init__(self, out: str | Path, fmt: str, resume: bool):
        if fmt not in CORPUS_FORMATS:
            raise UsageError(f"corpus mode writes {' or '.join(CORPUS_FORMATS)}, not {fmt}")
        self.out, self.fmt = Path(out), fmt
        self.manifest = manifest_path(out)
        self.dir = parts_dir(out)
        # a finished earlier run is the base this run adds to (only under --resume)
        self.base = resume and self.out.exists() and self.manifest.exists()
        try:
            if self.dir.exists() and not resume:
                shutil.rmtree(self.dir)  # leftovers of an interrupted run nobody asked to resume
            self.dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OutputError(f"{self.dir}: cannot write ({exc.strerror or exc})") from None
        self._drop_orphans()
        self.next_index = 1 + max((self._index(p) for p in self._manifests()), default=-1)

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
            if p.name.startswith("part-") and not p.name.endswith(MANIFEST_SUFFIX) and self._index(p) not in have:
                p.unlink()
        for p in self.dir.glob(".*"):
            p.unlink()  # temporary files of an interrupted atomic write

    def done_ids(self) -> set[str]:
        done: set[str] = set()
        if self.base:
            done.update(_manifest_ids(self.manifest))
        for p in self._manifests():
            done.update(_manifest_ids(p))
        return done

    def write_part(self, table: pd.DataFrame, entries: list[ManifestEntry]) -> None:
        from .export.atomic import write_atomic, write_text_atomic

        i = self.next_index
        self.next_index += 1
        if self.fmt == "parquet":
            import pyarrow.parquet as pq

            write_atomic(self._data(i), lambda p: pq.write_table(_arrow_table(table), p))
        else:
            from .export.csv_json import to_csv_string

            write_text_atomic(self._data(i), to_csv_string(table))
        write_text_atomic(self.dir / f"part-{i:06d}{MANIFEST_SUFFIX}", _manifest_text(entries))

    def finish(self) -> tuple[int, int, int]:
        """Combine base and parts into OUT and its manifest; return (documents, errors, rows) in them."""
        from .export.atomic import write_atomic

        manifests = ([self.manifest] if self.base else []) + self._manifests()
        data = ([self.out] if self.base else []) + [self._data(self._index(p)) for p in self._manifests()]
        counts = [0, 0, 0]

        def write_manifest(tmp: Path) -> None:
            with open(tmp, "w", newline="", encoding="utf-8") as f:
                w = csv.writer(f, lineterminator="\n")
                w.writerow(MANIFEST_FIELDS)
                for m in manifests:
                    with open(m, newline="", encoding="utf-8") as src:
                        for row in csv.DictReader(src):
                            counts[0] += 1
                            counts[1] += row["status"] == "error"
                            counts[2] += int(row["n_rows"] or 0)
                            w.writerow([row[k] for k in MANIFEST_FIELDS])

        # the manifest first: if we die between the two renames, the old OUT plus the parts still left
        # in OUT.parts/ are what a --resume combines again, so no row is lost or doubled
        write_atomic(self.manifest, write_manifest)
        write_atomic(self.out, lambda tmp: self._combine(data, tmp))
        shutil.rmtree(self.dir, ignore_errors=True)
        return counts[0], counts[1], counts[2]

    def _combine(self, data: list[Path], tmp: Path) -> None:
        if self.fmt == "parquet":
            import pyarrow.parquet as pq

            schema = arrow_schema()
            with pq.ParquetWriter(tmp, schema) as writer:
                for p in data:
                    pf = pq.ParquetFile(p)
                    for g in range(pf.num_row_groups):  # one row group at a time: bounded memory
                        writer.write_table(pf.read_row_group(g).cast(schema))
                if not data:
                    writer.write_table(_arrow_table(_empty()))
        else:
            with open(tmp, "wb") as out:
                header_written = False
                for p in data:
                    with open(p, "rb") as src:
                        header = src.readline()
                        if not header_written:
                            out.write(header)
                            header_written = True
                        shutil.copyfileobj(src, out, 1 << 20)
                if not header_written:
                    from .export.csv_json import to_csv_string

                    out.write(to_csv_string(_empty()).encode("utf-8"))

    def abandon_if_empty(self) -> None:
        with contextlib.suppress(OSError):
            self.dir.rmdir()  # only when nothing was written


def _empty() -> pd.DataFrame:
    from .table import empty_table

    return empty_table()


_SCHEMA = None


def arrow_schema():
    """The Arrow schema of the event table, from :mod:`timeline.table`'s dtypes."""
    global _SCHEMA
    if _SCHEMA is None:
        import pyarrow as pa

        _SCHEMA = pa.Schema.from_pandas(_empty(), preserve_index=False)
    return _SCHEMA


def _arrow_table(df: pd.DataFrame):
    import pyarrow as pa

    return pa.Table.from_pandas(df, schema=arrow_schema(), preserve_index=False)


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

    @property
    def docs_per_s(self) -> float:
        return self.processed / self.seconds if self.seconds else 0.0

    @property
    def words_per_s(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0


def make_engine(opts: CorpusOptions) -> Engine:
    if opts.engine == "dask":
        return DaskEngine(opts.model, opts.batch_size, opts.workers, opts.scheduler)
    if opts.engine != "local":
        raise UsageError(f"unknown --engine {opts.engine!r}: choose local or dask")
    if opts.workers > 1:
        return ProcessPoolEngine(opts.model, opts.batch_size, opts.workers)
    return LocalEngine(opts.model, opts.batch_size)


def run_corpus(opts: CorpusOptions, engine_factory: Callable[[CorpusOptions], Engine] = make_engine) -> CorpusSummary:
    """Run corpus mode end to end; see the module docstring for the files it writes."""
    if opts.batch_size < 1 or opts.workers < 1:
        raise UsageError("--batch-size and --workers must be at least 1")
    source = CorpusSource(opts.input)
    store = PartStore(opts.output, opts.fmt, opts.resume)
    done = store.done_ids() if opts.resume else set()
    stream = opts.stream if opts.stream is not None else sys.stderr
    progress = Progress(source.total_bytes, stream, opts.progress)
    no_pub = [0]

    def partitions() -> Iterator[list[tuple[Document, str]]]:
        part: list[tuple[Document, str]] = []
        nbytes = 0
        for item in source:
            d = item.document
            if d.doc_id in done:
                progress.skip(item.nbytes)
                continue
            if opts.pub_date is not None and not d.error:
                d.pub_date, d.dct_source = opts.pub_date, "cli"
            no_pub[0] += d.pub_date is None and not d.error
            part.append((d, item.source))
            nbytes += item.nbytes
            if len(part) >= opts.batch_size:
                sizes.append(nbytes)
                yield part
                part, nbytes = [], 0
        if part:
            sizes.append(nbytes)
            yield part

    sizes: deque[int] = deque()  # input bytes per partition, in order, for the progress fraction
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

    engine = engine_factory(opts)
    # the clock starts once the pipeline is loaded (in every worker), so docs/s and ETA measure the work
    startup = progress.restart()
    try:
        for _, result in engine.map(partitions()):
            pending_tables.append(result.table)
            pending_entries.extend(result.entries)
            progress.advance(result, sizes.popleft() if sizes else 0)
            if (len(pending_entries) >= PART_DOCS or sum(len(t) for t in pending_tables) >= PART_ROWS
                    or perf_counter() - last_part >= PART_SECONDS):
                flush()
        flush()
    except BaseException:
        # interrupted (Ctrl-C, a dead worker): keep what is finished, so --resume redoes as little as possible
        with contextlib.suppress(Exception):
            flush()
        raise
    finally:
        engine.close()
        progress.close()
    if progress.docs == 0 and progress.skipped == 0:
        store.abandon_if_empty()
        raise InputError(f"{opts.input}: no documents")
    total_docs, total_errors, total_rows = store.finish()
    return CorpusSummary(progress.docs, progress.errors, progress.skipped, progress.rows, progress.seconds,
                         progress.words, total_docs, total_errors, total_rows, no_pub[0], startup)


def summary_line(s: CorpusSummary, opts: CorpusOptions) -> str:
    resumed = f", {s.skipped:,} skipped (--resume)" if s.skipped else ""
    return (f"timeline: corpus: {s.processed:,} documents ({s.processed - s.errors:,} ok, {s.errors:,} errors{resumed})"
            f" -> {s.rows:,} rows in {s.seconds:.1f} s ({s.docs_per_s:,.1f} docs/s, {s.words_per_s:,.0f} words/s,"
            f" after {s.startup_seconds:.1f} s loading the pipeline);"
            f" wrote {opts.output} and {manifest_path(opts.output)}")
