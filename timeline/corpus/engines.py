"""Engines map the unit of work over partitions: in this process, in a process pool, or on Dask."""

from __future__ import annotations

import contextlib
import ctypes
import logging
import multiprocessing as mp
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator

from ..document import Document
from ..errors import TimelineError, UsageError
from ..pipeline import load
from .manifest import Key
from .work import PartitionResult, process_partition


class Engine:
    """Maps :func:`process_partition` over partitions, results in input order, ``window`` in flight."""

    window: int = 1

    def submit(self, items: list[tuple[Document, Key]]):
        raise NotImplementedError

    def result(self, handle) -> PartitionResult:
        raise NotImplementedError

    def close(self, interrupted: bool = False) -> None:
        """Release the workers: let them finish, or (``interrupted``) stop them now."""

    def map(self, partitions: Iterable[list],
            submit: Callable[[list], object] | None = None) -> Iterator[tuple[list, object]]:
        """(partition, result) in input order. ``submit`` sends a partition to another unit of work on this
        engine's workers (default: :meth:`submit`, the corpus's :func:`process_partition`)."""
        submit = submit or self.submit
        pending: deque = deque()
        for part in partitions:
            pending.append((part, submit(part)))
            while len(pending) >= self.window:
                p, h = pending.popleft()
                yield p, self.result(h)
        while pending:
            p, h = pending.popleft()
            yield p, self.result(h)


class LocalEngine(Engine):
    """In this process: the pipeline loaded once, partitions run one after another."""

    def __init__(self, model: str | None, batch_size: int):
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

    load(model)  # once per worker process, before the first partition arrives


def _ready() -> bool:
    return True


class ProcessPoolEngine(Engine):
    """``--workers N`` with the local engine: N processes, each loading the pipeline once.

    Why not ``nlp.pipe(n_process=N)``: it sends every parsed Doc (tokens, parse, entities) back to this
    process, which would then link events and build rows alone, one core doing the part that is ours.
    Here a worker returns only its partition's rows, and row building runs in parallel too.

    Workers ignore Ctrl-C and SIGHUP (this process handles them and ends the workers) and die with this
    process however it ends: Linux's parent-death signal, and a watchdog thread for other systems.
    """

    def __init__(self, model: str | None, batch_size: int, workers: int):
        from concurrent.futures import ProcessPoolExecutor

        # spawn, not fork: a fresh interpreter per worker is safe whatever threads this process holds
        with group_signals_blocked():
            self.pool = ProcessPoolExecutor(max_workers=workers, mp_context=mp.get_context("spawn"),
                                            initializer=_worker_init, initargs=(model, os.getpid()))
            # start every worker now, so loading the pipeline is counted as start-up (the summary's "after
            # N s loading the pipeline"), not as the first partitions' work
            ready = [self.pool.submit(_ready) for _ in range(workers)]
        for f in ready:
            self.result(f)
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

    for name in ("distributed", "tornado", "asyncio"):
        logging.getLogger(name).setLevel(logging.CRITICAL + 1)
