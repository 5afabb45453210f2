"""Untrusted file access shared by every reader: bounded reads, printable names, directory listings.

Inputs come from anywhere: ``/dev/zero``, a FIFO, a 5 GB dump, a symlink loop, a name that is not UTF-8.
Nothing here reads more than ``limit + 1`` bytes of a document, and every failure is an InputError whose
one-line message names the file in a form that can be printed (and written to UTF-8 output) safely.
"""

from __future__ import annotations

import errno
import math
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from ..errors import InputError, UsageError

MB = 1 << 20
DEFAULT_MAX_INPUT_MB = 20
DEFAULT_MAX_BYTES = DEFAULT_MAX_INPUT_MB * MB
LIMIT_OPTION = "--max-input-mb"
# Endless streams are consumed in pieces this size, so memory tracks the limit, not the stream.
CHUNK = 1 << 20


def max_bytes_from_mb(mb: float | None) -> int:
    """The byte limit for ``--max-input-mb`` (None: the default). Raises UsageError for a bad value."""
    if mb is None:
        return DEFAULT_MAX_BYTES
    if not isinstance(mb, (int, float)) or isinstance(mb, bool) or not math.isfinite(mb) or mb <= 0:
        shown = f"{mb:g}" if isinstance(mb, (int, float)) else repr(mb)
        raise UsageError(f"{LIMIT_OPTION} must be a positive number of megabytes, not {shown}")
    return max(1, int(mb * MB))


def describe_limit(limit: int) -> str:
    return f"{limit // MB} MB" if limit % MB == 0 else f"{limit / MB:.3g} MB ({limit:,} bytes)"


def too_large_message(name: str, limit: int, what: str = "larger") -> str:
    return f"{name}: {what} than the {describe_limit(limit)} input limit (raise it with {LIMIT_OPTION})"


def printable(name: str | os.PathLike | bytes) -> str:
    """A name safe to print and to write as UTF-8: undecodable bytes (surrogate-escaped by the OS layer)
    become ``\\xNN`` and control characters their escapes, so an error message stays on one line."""
    text = os.fsdecode(name)
    try:
        text = text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a surrogate that is not an escaped byte: keep it visible, not raw
        text = text.encode("utf-8", "backslashreplace").decode("utf-8")
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() or c == " " else repr(c)[1:-1] for c in text)


def _os_error(name: str, exc: OSError) -> InputError:
    if isinstance(exc, FileNotFoundError):
        return InputError(f"{name}: no such file")
    if exc.errno == errno.ELOOP:
        return InputError(f"{name}: symlink loop")
    if isinstance(exc, IsADirectoryError):
        return InputError(f"{name}: is a directory")
    return InputError(f"{name}: cannot read ({exc.strerror or exc})")


def stat_input(path: Path) -> os.stat_result:
    """``os.stat`` with the reasons a path cannot be read spelled out (a loop is not a missing file)."""
    try:
        return os.stat(path)
    except FileNotFoundError:
        if os.path.islink(path):
            raise InputError(f"{printable(path)}: broken symlink (its target does not exist)") from None
        raise InputError(f"{printable(path)}: no such file") from None
    except OSError as exc:
        raise _os_error(printable(path), exc) from None
    except ValueError:  # a NUL byte in the name
        raise InputError(f"{printable(path)}: invalid file name") from None


def open_input(path: Path) -> BinaryIO:
    """The file opened for binary reading; InputError (one line, naming it) if it cannot be."""
    try:
        return open(path, "rb")
    except OSError as exc:
        raise _os_error(printable(path), exc) from None
    except ValueError:  # a NUL byte in the name
        raise InputError(f"{printable(path)}: invalid file name") from None


def read_upto(f: BinaryIO, n: int) -> bytes:
    """At most ``n`` bytes, in CHUNK-sized reads, so a device or pipe that never ends costs ``n`` bytes."""
    buf = bytearray()
    while len(buf) < n:
        chunk = f.read(min(CHUNK, n - len(buf)))
        if not chunk:
            break
        buf += chunk
    return bytes(buf)


def read_limited(path: str | Path, limit: int = DEFAULT_MAX_BYTES) -> bytes:
    """The whole file if it holds at most ``limit`` bytes; otherwise InputError naming the file and the
    option that raises the limit. Reads ``limit + 1`` bytes at most, whatever the file is."""
    path = Path(path)
    name = printable(path)
    with open_input(path) as f:
        try:
            st = os.fstat(f.fileno())
            if stat.S_ISREG(st.st_mode) and st.st_size > limit:
                raise InputError(too_large_message(name, limit))  # no need to read what we would refuse
            data = read_upto(f, limit + 1)
        except OSError as exc:
            raise _os_error(name, exc) from None
    if len(data) > limit:
        raise InputError(too_large_message(name, limit))
    return data


def limited_lines(f: BinaryIO, limit: int) -> Iterator[bytes | None]:
    """The file's lines (split on b"\\n" only), each read with at most ``limit + 1`` bytes held; a longer
    line is skipped in bounded pieces and yields None, so its number still counts."""
    while True:
        line = f.readline(limit + 1)
        if not line:
            return
        if len(line) <= limit or line.endswith(b"\n"):  # at most ``limit`` bytes before the newline
            yield line
            continue
        while True:  # the rest of the overlong line, never held whole
            rest = f.readline(CHUNK)
            if not rest or rest.endswith(b"\n"):
                break
        yield None


@dataclass
class DirectoryEntry:
    """A document-like name found in a directory, or why it cannot be read."""

    path: Path
    error: str | None = None


def _entry_error(path: Path) -> str | None:
    """None for a regular file; otherwise why this entry is not read (a subdirectory is not an error)."""
    try:
        st = os.stat(path)
    except OSError as exc:
        if isinstance(exc, FileNotFoundError) and os.path.islink(path):
            return f"{printable(path)}: broken symlink (its target does not exist)"
        return str(_os_error(printable(path), exc))
    if stat.S_ISDIR(st.st_mode):
        return ""
    if not stat.S_ISREG(st.st_mode):
        # a FIFO or device in a folder may never end or never open: name it on the command line instead
        return f"{printable(path)}: not a regular file (pipe, socket or device), skipped"
    return None


def list_directory(path: Path, extensions: tuple[str, ...]) -> list[DirectoryEntry]:
    """Entries of ``path`` with one of ``extensions``, sorted by name: the one document order of a folder,
    for plain runs and corpus mode alike. Sidecar ``.meta.json`` files and hidden names (editor and
    temporary files) are left out. Entries that cannot be read are kept, with the reason, so each can become
    an error row. Only names are held (about 100 bytes per entry), never documents."""
    try:
        with os.scandir(path) as it:
            names = sorted(e.name for e in it)
    except OSError as exc:
        raise _os_error(printable(path), exc) from None
    entries = []
    for name in names:
        if name.startswith(".") or name.endswith(".meta.json") or Path(name).suffix.lower() not in extensions:
            continue
        p = path / name
        error = _entry_error(p)
        if error != "":
            entries.append(DirectoryEntry(p, error))
    return entries


def add_input_limit_option(parser) -> None:
    """``--max-input-mb N`` on a command that reads documents (tag, extract)."""
    parser.add_argument(LIMIT_OPTION, type=float, metavar="N", dest="max_input_mb",
                        help=f"refuse a document larger than N MB (default {DEFAULT_MAX_INPUT_MB}; for JSONL, "
                             "per line)")
