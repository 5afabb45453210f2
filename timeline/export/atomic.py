"""Safe output files: whole or not at all, never over an input, never replacing a device.

A regular file is written to a temporary file in the target's directory, flushed to disk, then moved over the
target with ``os.replace``, so an interrupted run never leaves a half-written output behind. What a rename
must not touch:

* **the run's own inputs.** ``timeline tag doc.tml --format timeml --out-dir .`` would otherwise replace
  ``doc.tml`` and lose its EVENT and TLINK annotations. Commands declare their inputs with
  :func:`protect_inputs`; every write in that context compares the target's device and inode with theirs,
  so another spelling of the path, a symlink or a hard link to an input is refused too.
* **special files.** As root, renaming over ``/dev/null`` replaces the device with a regular file, and
  renaming over a FIFO leaves its reader blocked forever. Character devices, FIFOs and sockets are opened and
  written directly, as a shell redirection would.
* **a symlink itself.** Writing to a symlinked output updates the file it points to; the link stays.

Every failure (full disk, permissions, a directory in the way) is one :class:`OutputError` line, exit code 4.
"""

from __future__ import annotations

import contextlib
import contextvars
import errno
import io
import os
import stat
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from ..errors import OutputError

# (st_dev, st_ino) -> the path the user gave, for the message
_PROTECTED: contextvars.ContextVar[dict[tuple[int, int], str]] = contextvars.ContextVar("protected_inputs",
                                                                                        default={})


def _identity(st: os.stat_result) -> tuple[int, int]:
    return st.st_dev, st.st_ino


def _input_files(path: Path) -> Iterator[Path]:
    """The files a command reads for ``path``: the file, its ``.meta.json`` sidecar, a directory's entries."""
    yield path
    if path.name:
        yield path.with_name(path.stem + ".meta.json")
    with contextlib.suppress(OSError):
        if path.is_dir():
            with os.scandir(path) as it:
                for entry in it:
                    yield Path(entry.path)


@contextlib.contextmanager
def protect_inputs(paths: Iterable[str | Path]) -> Iterator[None]:
    """Within this context no output may replace any of ``paths`` (or a directory's files)."""
    found = dict(_PROTECTED.get())
    for p in paths:
        for f in _input_files(Path(p)):
            with contextlib.suppress(OSError, ValueError):
                st = os.stat(f)
                if stat.S_ISREG(st.st_mode):
                    found[_identity(st)] = str(f)
    token = _PROTECTED.set(found)
    try:
        yield
    finally:
        _PROTECTED.reset(token)


def check_not_input(path: str | Path) -> None:
    """Raise OutputError when ``path`` is (a name of) one of the protected inputs."""
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return  # nothing there yet (or unreachable): nothing to overwrite
    src = _PROTECTED.get().get(_identity(st))
    if src is not None:
        same = "" if os.path.abspath(src) == os.path.abspath(path) else f" (the input {src})"
        raise OutputError(f"{path}: is one of this run's inputs{same}; refusing to write over it: "
                          "choose another output name or folder")


def _fail(path: Path, exc: OSError) -> OutputError:
    return OutputError(f"{path}: cannot write ({exc.strerror or exc})")


def write_atomic(path: str | Path, writer: Callable[[Path], None]) -> Path:
    """Call ``writer(tmp_path)`` to produce the file, then move it over ``path`` (see the module notes)."""
    path = Path(path)
    check_not_input(path)
    target = Path(os.path.realpath(path)) if path.is_symlink() else path
    try:
        st = os.stat(target)
    except (OSError, ValueError):
        st = None
    if st is not None and stat.S_ISDIR(st.st_mode):
        raise OutputError(f"{path}: is a directory")
    if st is not None and not stat.S_ISREG(st.st_mode):
        try:
            writer(target)  # a device, FIFO or socket: write through it, never replace it
        except OSError as exc:
            raise _fail(path, exc) from None
        return path
    parent = target.parent if str(target.parent) else Path(".")
    try:
        parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=parent)
        os.close(fd)
    except OSError as exc:
        raise _fail(path, exc) from None
    try:
        writer(Path(tmp))
        _fsync(tmp)  # the rename must not publish a file whose blocks never reached the disk
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; an output file gets the usual permissions
        os.replace(tmp, target)
    except OSError as exc:
        raise _fail(path, exc) from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
    return path


def write_text_atomic(path: str | Path, text: str) -> Path:
    return write_atomic(path, lambda p: _write_all(p, text.encode("utf-8")))


class CheckedFile(io.FileIO):
    """A binary file whose ``write`` writes everything or raises.

    Python's buffered writer can drop the tail of a large write: when the disk fills mid-write the kernel
    accepts part of it, ``BufferedWriter.write`` reports the short count, and the rest is lost without an
    error (seen on a full tmpfs: 16 KB of 200 KB written, flush() quiet, exit 0). An unbuffered file that
    loops until every byte is accepted turns that into ENOSPC on the next call, as it should.
    """

    def write(self, data) -> int:
        view = memoryview(data).cast("B")
        total = len(view)
        while view:
            n = super().write(view)
            if not n:
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            view = view[n:]
        return total


def write_all_fd(fd: int, data: bytes) -> None:
    """``os.write`` until every byte is written (short writes happen on pipes and full disks)."""
    view = memoryview(data)
    while view:
        n = os.write(fd, view)
        if not n:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        view = view[n:]


def _write_all(p: Path, data: bytes) -> None:
    with CheckedFile(p, "w") as fh:
        fh.write(data)


def _fsync(path: str) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
