"""Run a tagger over a TempEval-3 gold directory and score it (Task A: TIMEX3 extraction and normalization)."""

from __future__ import annotations

import csv
import io
import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import pipeline
from ..document import Document
from ..errors import InputError, TimelineError
from ..export.atomic import write_text_atomic
from ..readers.timeml import read_timeml
from ..temporal.timex import Timex
from .scorer import (
    Counts,
    DocumentScore,
    ScoringError,
    error_classes,
    score_document,
    total,
)

# A tagger maps one Document to its timexes (Timex objects, or anything with start/end/type/value/text).
Tagger = Callable[[Document], Sequence[Any]]

_BATCH_SIZE = 16


@dataclass
class GoldDocument:
    document: Document
    path: Path
    subcorpus: str  # first folder under the gold directory (TimeBank, AQUAINT), "." for files at its top


def find_gold_files(gold_dir: str | Path) -> list[Path]:
    root = Path(gold_dir)
    if not root.is_dir():
        raise InputError(f"{root}: not a directory")
    files = sorted(p for p in root.rglob("*.tml") if p.is_file())
    if not files:
        raise InputError(f"{root}: no .tml files found")
    return files


HALVES = ("tuned", "check")


def half(files: list[Path], which: str | None) -> list[Path]:
    """One half of the dev documents, so rules are not tuned to the documents they are checked on.

    In each subcorpus (folder) in sorted order, the 1st, 3rd, 5th ... file is ``tuned`` (read while writing
    rules) and the 2nd, 4th ... is ``check`` (never read: only its scores are looked at). ``None``: all files.
    """
    if which is None:
        return files
    if which not in HALVES:
        raise ValueError(f"half must be one of {HALVES}, not {which!r}")
    seen: dict[Path, int] = {}
    out = []
    for f in sorted(files):
        k = seen[f.parent] = seen.get(f.parent, 0) + 1
        if (k % 2 == 1) == (which == "tuned"):
            out.append(f)
    return out


def load_gold(gold_dir: str | Path, limit: int | None = None, split: str | None = None) -> list[GoldDocument]:
    root = Path(gold_dir)
    files = half(find_gold_files(root), split)
    if limit is not None:
        files = files[:limit]
    docs = []
    for p in files:
        rel = p.relative_to(root).parts
        docs.append(GoldDocument(read_timeml(p), p, rel[0] if len(rel) > 1 else "."))
    return docs


def gold_timexes(doc: Document) -> list[Timex]:
    """The gold TIMEX3 of a document read by ``read_timeml`` (plain dicts in ``meta``), as Timex objects."""
    return [
        Timex(text=g["text"], start=g["start"], end=g["end"], type=g["type"] or "", value=g["value"] or "",
              mod=g.get("mod"), tid=g.get("tid"), rule="gold")
        for g in doc.meta.get("gold_timexes", [])
    ]


def spacy_tag_documents(docs: Sequence[Document], model: str | None = None,
                        batch_size: int = _BATCH_SIZE) -> list[list[Any]]:
    """The project's tagger over many documents (the one pipeline path, fast tagging mode)."""
    out = []
    for tagged in pipeline.tag_documents(docs, pipeline.load_for_tagging(model), batch_size=batch_size):
        if tagged.error:
            raise TimelineError(f"{tagged.document.doc_id}: {tagged.error}")
        out.append(tagged.timexes)
    return out


@dataclass
class Report:
    """Scores for the whole run, per subcorpus and per document, with the error listing behind them."""

    gold_dir: str
    documents: list[tuple[str, DocumentScore]]  # (subcorpus, score) in file order
    seconds: float = 0.0
    # the documents (positions in ``documents``) whose errors may be listed, None for all: the tuned half, so that
    # a whole or check-half run never shows a rule writer the check half's misses (only its scores)
    listed: frozenset[int] | None = None
    subcorpora: dict[str, Counts] = field(init=False)
    overall: Counts = field(init=False)

    def __post_init__(self) -> None:
        self.overall = total(s for _, s in self.documents)
        self.subcorpora = {}
        for sub, s in self.documents:
            self.subcorpora[sub] = self.subcorpora.get(sub, Counts()) + s.counts

    @property
    def errors(self) -> list[ScoringError]:
        return [e for _, s in self.documents for e in s.errors]

    @property
    def listed_errors(self) -> list[ScoringError]:
        """The errors a listing may show: the tuned half's unless the report was made to list all."""
        return [e for k, (_, s) in enumerate(self.documents) if self.listed is None or k in self.listed
                for e in s.errors]

    def format_table(self, top: int = 10) -> str:
        rows = [("ALL", self.overall)]
        if len(self.subcorpora) > 1:
            rows += sorted(self.subcorpora.items())
        head = (f"{'corpus':<10} {'docs':>5} {'gold':>5} {'sys':>5} | {'strict P':>8} {'R':>6} {'F1':>6} | "
                f"{'relax P':>8} {'R':>6} {'F1':>6} | {'type F1':>7} {'value F1':>8}")
        ndocs = {"ALL": len(self.documents)}
        for sub, _ in self.documents:
            ndocs[sub] = ndocs.get(sub, 0) + 1
        lines = [f"TempEval-3 Task A on {self.gold_dir} ({len(self.documents)} documents, {self.seconds:.1f}s)",
                 head, "-" * len(head)]
        for name, c in rows:
            lines.append(
                f"{name:<10} {ndocs[name]:>5} {c.n_gold:>5} {c.n_sys:>5} | {c.strict_p:>8.3f} {c.strict_r:>6.3f} "
                f"{c.strict_f1:>6.3f} | {c.relaxed_p:>8.3f} {c.relaxed_r:>6.3f} {c.relaxed_f1:>6.3f} | "
                f"{c.type_f1:>7.3f} {c.value_f1:>8.3f}"
            )
        lines.append(f"type accuracy {self.overall.type_accuracy:.3f}, value accuracy "
                     f"{self.overall.value_accuracy:.3f} (over {self.overall.relaxed} relaxed matches)")
        shown = self.listed_errors
        classes = error_classes(shown)[:top] if top > 0 else []
        if classes:
            whose = "" if len(shown) == len(self.errors) else ", tuned half only"
            lines += ["", f"largest error classes (top {len(classes)} of {len(shown)} errors{whose}):"]
            for c in classes:
                lines.append(f"{c.count:>5}  {c.kind:<15} {c.category!r:<28} e.g. {_example(c.example)}")
        return "\n".join(lines)

    def to_dict(self, top: int = 10) -> dict[str, Any]:
        return {
            "gold_dir": self.gold_dir,
            "documents": len(self.documents),
            "seconds": round(self.seconds, 3),
            "overall": self.overall.scores(),
            "subcorpora": {k: v.scores() for k, v in sorted(self.subcorpora.items())},
            "error_classes": [
                {"kind": c.kind, "category": c.category, "count": c.count, "example": c.example.to_dict()}
                for c in error_classes(self.listed_errors)[:top]
            ],
        }

    def write_errors(self, path: str | Path) -> int:
        """The listed errors (:attr:`listed_errors`), one per line: TSV if the name ends in .tsv, JSON Lines
        otherwise. Returns the count."""
        p = Path(path)
        errors = self.listed_errors
        buf = io.StringIO(newline="")
        if p.suffix.lower() == ".tsv":
            _write_tsv(buf, errors)
        else:
            for e in errors:
                buf.write(json.dumps(e.to_dict(), ensure_ascii=False) + "\n")
        # the same safe writer as every other output: whole or nothing, never over an input, full disk = exit 4
        write_text_atomic(p, buf.getvalue())
        return len(errors)


def _write_tsv(fh, errors: Sequence[ScoringError]) -> None:
    fields = list(ScoringError.__dataclass_fields__)
    writer = csv.writer(fh, delimiter="\t", lineterminator="\n")
    writer.writerow(fields)
    for e in errors:
        # Newlines inside a span would break line-oriented tools reading the TSV.
        writer.writerow(["" if v is None else str(v).replace("\r", "\\r").replace("\n", "\\n")
                         for v in e.to_dict().values()])


def _example(e: ScoringError) -> str:
    where = f"{e.doc_id}:{e.start}"
    text = e.text.replace("\n", " ")
    if e.kind == "false_positive":
        return f"{text!r} sys {e.sys_type} {e.sys_value} ({where})"
    if e.kind == "false_negative":
        return f"{text!r} gold {e.gold_type} {e.gold_value} ({where})"
    if e.kind == "span":
        return f"gold {text!r} sys {e.sys_text!r} ({where})"
    attr = "type" if e.kind == "type" else "value"
    return f"{text!r} gold {getattr(e, 'gold_' + attr)} sys {getattr(e, 'sys_' + attr)} ({where})"


def evaluate(gold_dir: str | Path, tagger: Tagger | None = None, limit: int | None = None,
             model: str | None = None, split: str | None = None, all_errors: bool = False) -> Report:
    """Tag every ``*.tml`` under ``gold_dir`` (recursively) and score against its gold TIMEX3.

    ``tagger`` gets each Document (text and pub_date from the DCT); by default the project's spaCy tagger
    runs over all documents in batches. ``split``: only the ``tuned`` or the ``check`` half (:func:`half`).
    The report lists (``listed_errors``, ``write_errors``, the table's error classes) only the tuned half's
    errors unless ``all_errors``; the scores cover every document scored.
    """
    started = time.perf_counter()
    gold = load_gold(gold_dir, limit, split)
    docs = [g.document for g in gold]
    system = [list(tagger(d)) for d in docs] if tagger is not None else spacy_tag_documents(docs, model)
    scored: list[tuple[str, DocumentScore]] = []
    for g, sys_timexes in zip(gold, system):
        score = score_document(g.document.doc_id, g.document.meta["gold_timexes"], sys_timexes)
        for e in score.errors:
            e.subcorpus = g.subcorpus
        scored.append((g.subcorpus, score))
    listed = None
    if not all_errors:
        tuned = set(half(find_gold_files(Path(gold_dir)), "tuned"))
        listed = frozenset(k for k, g in enumerate(gold) if g.path in tuned)
    return Report(str(gold_dir), scored, time.perf_counter() - started, listed)
