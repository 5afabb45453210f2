"""The ``timeline`` command. Each subcommand lives in its own module and registers itself here."""

from __future__ import annotations

import argparse
import importlib
import sys
import warnings

from .errors import EXIT_INTERNAL, TimelineError

# module path -> it exposes register(subparsers) which adds a parser whose default `func(args) -> int`.
COMMAND_MODULES = (
    "timeline.commands.tag",
    "timeline.commands.extract",
    "timeline.commands.plot",
    "timeline.eval.command",
    "timeline.eval.events_command",
)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, not the usage block
        self.exit(2, f"timeline: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="timeline", description="Find, normalize and chart the time expressions in news text.")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
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


def main(argv: list[str] | None = None) -> int:
    warnings.showwarning = _one_line_warning
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except TimelineError as exc:
        print(f"timeline: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("timeline: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # last resort: still one line, never a traceback
        print(f"timeline: internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return EXIT_INTERNAL


if __name__ == "__main__":
    sys.exit(main())
