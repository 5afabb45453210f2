"""One writer per output path: an exclusive, non-blocking lock that dies with its process.

Two runs writing the same OUT used to interleave their temporary files and renames, both reported success,
and the file held a fraction of the work. :func:`output_lock` makes the second run fail at once with one
line (exit 4) instead of waiting or racing.

The lock is ``fcntl.flock`` on a hidden sibling file, ``.NAME.lock`` beside ``NAME``. The kernel drops it
when the process ends however it ends (``kill -9`` included), so a crashed run never leaves a stale lock
to clean by hand. Not the output itself: it is replaced by renames, and a lock on a replaced inode guards
nothing.

The lock file is removed on release. That is safe because a run that gets the lock then checks that the
name still points at the inode it locked, and starts again if not: without that check, a run could lock
the unlinked file of the previous holder while a third locks a new one. A run killed outright leaves the
empty lock file behind; it is harmless and reused by the next run.

Where ``fcntl`` does not exist (Windows) the lock is a no-op: concurrent runs are then the user's to avoid.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

from ..errors import OutputError

try:
    import fcntl
except ImportError:  # pragma: no cover - not POSIX
    fcntl = None  # type: ignore[assignment]


def lock_path(path: str | Path) -> Path:
    path = Path(path)
    return path.with_name(f".{path.name}.lock")


def _acquire(lock: Path, target: Path) -> int:
    while True:
        try:
            fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o666)
        except OSError as exc:
            raise OutputError(f"{target}: cannot write ({exc.strerror or exc})") from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise OutputError(f"{target}: another timeline run is writing it") from None
        except OSError as exc:
            os.close(fd)
            raise OutputError(f"{target}: cannot lock ({exc.strerror or exc})") from None
        try:
            same = os.path.samestat(os.fstat(fd), os.stat(lock))
        except FileNotFoundError:
            same = False
        if same:
            return fd
        os.close(fd)  # the previous holder removed the file after we opened it: lock the new one


@contextlib.contextmanager
def output_lock(path: str | Path) -> Iterator[None]:
    """Hold the exclusive lock of ``path`` for the block; OutputError at once if another run holds it."""
    if fcntl is None:  # pragma: no cover
        yield
        return
    target = Path(path)
    lock = lock_path(target)
    try:
        lock.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{target}: cannot write ({exc.strerror or exc})") from None
    fd = _acquire(lock, target)
    try:
        yield
    finally:
        # unlink while still holding the lock, so nobody can lock this inode in between and think it theirs
        with contextlib.suppress(OSError):
            os.unlink(lock)
        os.close(fd)
