"""One status line on stderr while a corpus runs."""

from __future__ import annotations

import sys
from time import perf_counter

from .work import PartitionResult


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
