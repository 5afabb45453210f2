"""``timeline plot TABLE -o CHART.png|.svg``: draw a saved event table (CSV, JSON or Parquet)."""

from __future__ import annotations

import argparse

from ..errors import UsageError
from ..export import read_table
from ..export.atomic import protect_inputs


def register(sub) -> None:
    p = sub.add_parser("plot", help="draw an event table as a timeline chart",
                       description="Draw an event table written by `timeline extract` as a chart.")
    p.add_argument("table", metavar="TABLE", help="event table: .csv, .json or .parquet")
    p.add_argument("-o", "--output", required=True, metavar="CHART", help="CHART.png or CHART.svg")
    p.add_argument("--title", help="chart title")
    p.add_argument("--lanes", choices=("actors",), help="one lane per actor")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..chart import plot, save

    if not args.output.lower().endswith((".png", ".svg", ".pdf")):
        raise UsageError(f"-o {args.output}: chart must be .png or .svg")
    with protect_inputs([args.table]):  # a chart path that is a link to the table must not replace it
        df = read_table(args.table)
        save(plot(df, title=args.title, lanes=args.lanes), args.output)
    return 0
