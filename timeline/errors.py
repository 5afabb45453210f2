"""Errors that reach the user as one line and a documented exit code."""

from __future__ import annotations

# Exit codes (documented in the README).
EXIT_OK = 0
EXIT_INTERNAL = 1
EXIT_USAGE = 2  # bad option value: malformed --pub-date, unknown --format (argparse uses 2 too)
EXIT_INPUT = 3  # missing/unreadable/empty/binary/malformed input
EXIT_OUTPUT = 4  # output path not writable
EXIT_PARTIAL = 5  # multi-document run finished but some documents errored


class TimelineError(Exception):
    """An error with a one-line message meant for the user."""

    exit_code = EXIT_INTERNAL

    def __init__(self, message: str, exit_code: int | None = None):
        super().__init__(message)
        if exit_code is not None:
            self.exit_code = exit_code


class InputError(TimelineError):
    exit_code = EXIT_INPUT


class UsageError(TimelineError):
    exit_code = EXIT_USAGE


class OutputError(TimelineError):
    exit_code = EXIT_OUTPUT
