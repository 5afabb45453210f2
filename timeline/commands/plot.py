"""``timeline plot TABLE -o CHART.png|.svg|.pdf|.html``: draw a saved event table (CSV, JSON or Parquet) as
a chart, or write the interactive HTML page."""

from __future__ import annotations

import argparse
import warnings

from ..errors import UsageError
from ..export import read_table
from ..export.atomic import protect_inputs

CHART_EXTS = (".png", ".svg", ".pdf")
PAGE_EXTS = (".html", ".htm")


def register(sub) -> None:
    from ..chart import MAX_EVENTS

    p = sub.add_parser("plot", help="draw an event table as a timeline chart or an interactive page",
                       description="Draw an event table written by `timeline extract` as a chart (PNG, SVG, PDF) "
                                   "or write the interactive HTML page.")
    p.add_argument("table", metavar="TABLE", help="event table: .csv, .json or .parquet")
    p.add_argument("-o", "--output", required=True, metavar="OUT",
                   help="CHART.png, .svg or .pdf, or PAGE.html (interactive, self-contained)")
    p.add_argument("--title", help="chart title")
    p.add_argument("--lanes", choices=("actors",), help="one lane per actor (the subject's entity first)")
    p.add_argument("--by", choices=("doc", "actor"), help="one panel per document or per actor")
    p.add_argument("--max-events", type=int, default=MAX_EVENTS, metavar="N",
                   help=f"draw at most the N most salient dated events (default {MAX_EVENTS}); the chart says so")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    out = args.output.lower()
    if not out.endswith(CHART_EXTS + PAGE_EXTS):
        raise UsageError(f"-o {args.output}: give CHART.png, .svg or .pdf, or PAGE.html")
    if args.max_events < 1:
        raise UsageError("--max-events must be at least 1")
    with protect_inputs([args.table]):  # an output path that is a link to the table must not replace it
        df = read_table(args.table)
        if out.endswith(PAGE_EXTS):
            from ..chart import MAX_EVENTS
            from ..chart.rows import usable
            from ..export.html import write_html

            ignored = [o for o, v in (("--lanes", args.lanes), ("--by", args.by),
                                      ("--max-events", args.max_events != MAX_EVENTS)) if v]
            if ignored:  # the page shows every row, with its own lanes and filters
                warnings.warn(f"{', '.join(ignored)} ignored for an HTML page (it has lanes and filters of its own)",
                              stacklevel=1)

            usable(df)  # not an event table: the same error as for a chart
            write_html(df, args.output, title=args.title)
            return 0
        from ..chart import plot, save

        save(plot(df, title=args.title, lanes=args.lanes, by=args.by, max_events=args.max_events), args.output)
    return 0
