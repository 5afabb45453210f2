"""``timeline eval <kind>``: evaluation commands. ``tempeval`` lives here; other kinds add themselves.

Another module adds a kind by calling ``EVAL_SUBPARSERS.add_parser(...)`` once this module's ``register`` has
run (the CLI registers command modules in order), setting ``func`` on its parser like every command does.
"""

from __future__ import annotations

import argparse
import json
import sys

from ..errors import UsageError

# The `eval` parser's subparsers, for other evaluation kinds (e.g. `events`) to register into.
EVAL_SUBPARSERS: argparse._SubParsersAction | None = None


def register(subparsers: argparse._SubParsersAction) -> None:
    global EVAL_SUBPARSERS
    parser = subparsers.add_parser("eval", help="evaluate against annotated corpora",
                                   description="Evaluate the tagger against annotated corpora.")
    EVAL_SUBPARSERS = parser.add_subparsers(dest="eval_kind", required=True, metavar="KIND",
                                            parser_class=type(parser))
    _register_tempeval(EVAL_SUBPARSERS)
    from .timeline_metric import add_parser as add_timeline_parser  # SemEval-2015 TimeLine (issue 15)

    add_timeline_parser(EVAL_SUBPARSERS)


def _register_tempeval(kinds: argparse._SubParsersAction) -> None:
    p = kinds.add_parser(
        "tempeval", help="TempEval-3 Task A: TIMEX3 extraction and normalization",
        description="Tag every .tml file under GOLD_DIR (recursively, text and DCT only) and score the "
                    "TIMEX3 against the gold annotation: strict/relaxed P/R/F1, type and value F1.",
    )
    p.add_argument("gold_dir", metavar="GOLD_DIR", help="directory of TimeML files, e.g. tempeval3/train")
    p.add_argument("--errors", metavar="FILE", help="write every error to FILE (.tsv for TSV, else JSON Lines)")
    p.add_argument("--top", metavar="N", type=int, default=15, help="show the N largest error classes (15)")
    p.add_argument("--model", metavar="NAME", help="spaCy pipeline to use (default: the project's)")
    p.add_argument("--limit", metavar="N", type=int, help="only the first N files (sorted by path)")
    p.add_argument("--json", action="store_true", help="print the scores as JSON instead of a table")
    p.add_argument("--all-errors", action="store_true",
                   help="list errors (and write --errors) from the check half too; by default only the tuned "
                        "half's are listed, so the check half stays unseen while rules are written")
    p.add_argument("--split", choices=("tuned", "check"),
                   help="only one half of the documents: 'tuned' (odd files per folder, read while writing rules) "
                        "or 'check' (even files, never read: a gain on tuned alone is memorisation)")
    p.set_defaults(func=run_tempeval)


def run_tempeval(args: argparse.Namespace) -> int:
    from .tempeval import (
        evaluate,  # spaCy: loaded when the evaluation runs, not for `timeline --help`
    )

    if args.top < 0:
        raise UsageError("--top must be 0 or more")
    if args.limit is not None and args.limit < 1:
        raise UsageError("--limit must be 1 or more")
    report = evaluate(args.gold_dir, limit=args.limit, model=args.model, split=args.split,
                      all_errors=args.all_errors)
    written = report.write_errors(args.errors) if args.errors else None
    if args.json:
        print(json.dumps(report.to_dict(top=args.top), indent=2, ensure_ascii=False))
    else:
        print(report.format_table(top=args.top))
    if written is not None:
        print(f"wrote {written} errors to {args.errors}", file=sys.stderr)
    return 0
