"""Standard output that never loses data silently.

A table printed to a full disk (``timeline extract a.txt > /full/out.csv``) must not end with exit 0 and a
truncated file: every write is flushed and checked here, and a failure is the documented output error
(exit code 4). A reader that goes away (``| head``) is not an error: the rest of the output is discarded
quietly, as Unix tools do.
"""

from __future__ import annotations

import contextlib
import os
import sys

from ..errors import OutputError
from .atomic import write_all_fd


def write_stdout(text: str) -> None:
    """Write ``text`` to standard output and flush it; raise OutputError if any byte could not be written."""
    out = sys.stdout
    try:
        fd = out.fileno()
    except (AttributeError, OSError, ValueError):  # replaced by a StringIO (tests, notebooks): no fd to check
        out.write(text)
        out.flush()
        return
    try:
        out.flush()  # anything written through the text layer goes first, in order
        # straight to the descriptor: the buffered layer can lose the tail of a short write (see CheckedFile)
        write_all_fd(fd, text.encode(out.encoding or "utf-8", errors="surrogateescape"))
    except BrokenPipeError:
        _discard_stdout()
        raise
    except OSError as exc:
        _discard_stdout()
        raise OutputError(f"standard output: write failed ({exc.strerror or exc}); the output is incomplete") from None


def _discard_stdout() -> None:
    # Python flushes stdout once more at exit; pointing it at /dev/null keeps that flush from failing again
    # (and printing "Exception ignored ...") after we have reported the error once.
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
