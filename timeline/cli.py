"""The ``timeline`` command. Each subcommand lives in its own module and registers itself here."""

from __future__ import annotations

import argparse
import contextlib
import importlib
import signal
import sys
import threading
import warnings
from collections.abc import Iterator

from . import __version__
from .errors import EXIT_INTERNAL, EXIT_USAGE, TimelineError

# module path -> it exposes register(subparsers) which adds a parser whose default `func(args) -> int`.
COMMAND_MODULES = (
    "timeline.commands.tag",
    "timeline.commands.extract",
    "timeline.commands.plot",
    "timeline.commands.entities",
    "timeline.eval.command",
    "timeline.eval.events_command",
)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, not the usage block
        self.exit(2, f"timeline: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="timeline", description="Find, normalize and chart the time expressions in news text.",
                     epilog="Run `timeline COMMAND --help` for a command's options.")
    parser.add_argument("--version", action="version", version=f"timeline {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMAND_MODULES:
        try:
            mod = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:
                continue  # a command not built yet
            raise
        mod.register(sub)
    return parser


def _one_line_warning(message, category, filename, lineno, file=None, line=None):
    # warnings reach the user as one line, like errors; no source path or code excerpt
    print(f"timeline: warning: {message}", file=sys.stderr)


class Stopped(KeyboardInterrupt):
    """SIGTERM or SIGHUP, raised where Ctrl-C raises KeyboardInterrupt, so that all three stop a run the same
    way: finished work kept, one line, exit code 128 + the signal's number."""

    def __init__(self, signum: int):
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


# SIGTERM: `timeout`, `kill`, job schedulers; SIGHUP: the terminal went away. SIGINT is Python's own.
_STOP_SIGNALS = tuple(getattr(signal, n) for n in ("SIGTERM", "SIGHUP") if hasattr(signal, n))
_ALL_STOP_SIGNALS = (signal.SIGINT, *_STOP_SIGNALS)


def _raise_stopped(signum: int, frame) -> None:
    raise Stopped(signum)


@contextlib.contextmanager
def _stop_signals_interrupt() -> Iterator[None]:
    """SIGTERM and SIGHUP interrupt like Ctrl-C for the block. A signal the caller ignores (``nohup``) stays
    ignored, and every handler is put back afterwards (``main`` also runs inside tests and notebooks)."""
    if threading.current_thread() is not threading.main_thread():
        yield  # only the main thread may set handlers; there, signals go to the embedding program
        return
    previous = {sig: signal.getsignal(sig) for sig in _ALL_STOP_SIGNALS}
    for sig in _STOP_SIGNALS:
        if previous[sig] == signal.SIG_DFL:
            signal.signal(sig, _raise_stopped)
    try:
        yield
    finally:
        for sig, handler in previous.items():
            if handler is not None:
                signal.signal(sig, handler)


def _interrupted(exc: KeyboardInterrupt) -> int:
    signum = getattr(exc, "signum", signal.SIGINT)
    if threading.current_thread() is threading.main_thread():
        for sig in _ALL_STOP_SIGNALS:  # a second Ctrl-C while we say goodbye must not become a traceback
            signal.signal(sig, signal.SIG_IGN)
    name = "" if signum == signal.SIGINT else f" ({signal.Signals(signum).name})"
    hint = getattr(exc, "hint", None)  # corpus mode: how to resume
    print(f"timeline: interrupted{name}{'; ' + hint if hint else ''}", file=sys.stderr)
    return 128 + signum


def main(argv: list[str] | None = None) -> int:
    warnings.showwarning = _one_line_warning
    with _stop_signals_interrupt():
        try:
            parser = build_parser()
            args = parser.parse_args(argv)
            if args.command is None:  # `timeline` alone: what it can do, not an argparse complaint
                parser.print_help(sys.stderr)
                return EXIT_USAGE
            return int(args.func(args) or 0)
        except TimelineError as exc:
            print(f"timeline: error: {exc}", file=sys.stderr)
            return exc.exit_code
        except KeyboardInterrupt as exc:
            return _interrupted(exc)
        except BrokenPipeError:
            return 0
        except Exception as exc:  # last resort: still one line, never a traceback
            print(f"timeline: internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
            return EXIT_INTERNAL


if __name__ == "__main__":
    sys.exit(main())
