"""THE per-document path: documents in, timexes (``tag``) or event-table rows (``extract``) out.

::

    Document ──► pieces (one chunker) ──► prepared Docs (one preparation) ──► nlp.pipe (one batching loop)
                                                                              ├─► timexes  (tag_documents)
                                                                              └─► rows     (extract_documents)

By default the statistical components see only the sentences that hold a time-expression candidate
(:mod:`.selective`); ``full=True`` (``--full-pipeline``, or ``TIMELINE_FULL_PIPELINE=1``) runs them over
everything.

The CLI, the Python API, the evaluation and every corpus engine call these two functions; nothing else
runs spaCy over documents.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from spacy.language import Language

from ..document import Document
from ..temporal.timex import Timex
from .model import DEFAULT_MODEL, TAGGER_ONLY_DISABLE, load, load_for_tagging
from .pieces import EXTRACT, EXTRACT_FULL, FULL_PIPELINE_ENV, TAG, Mode, Piece, chunk_spans, effective, prepare_doc
from .rows import error_row, rows_from_doc
from .run import Processed, run

__all__ = ["DEFAULT_MODEL", "TAGGER_ONLY_DISABLE", "load", "load_for_tagging", "Mode", "TAG", "EXTRACT",
           "EXTRACT_FULL", "FULL_PIPELINE_ENV", "effective",
           "Piece", "chunk_spans", "prepare_doc", "Tagged", "tag_documents", "extract_documents", "rows_from_doc",
           "error_row", "run", "Processed"]


@dataclass
class Tagged:
    """One document's time expressions, offsets into its whole text, ``tid`` numbered t1, t2, ...; or the
    error that stopped it."""

    document: Document
    timexes: list[Timex]
    error: str | None = None


def _piece_timexes(piece: Piece, doc) -> list[Timex]:
    return list(doc._.timexes or [])


def _merge_timexes(result: Processed) -> list[Timex]:
    out: list[Timex] = []
    for off, timexes in result.pieces:
        piece = [replace(t, start=t.start + off, end=t.end + off) if off else t for t in timexes]
        new_tid = {t.tid: f"t{len(out) + i}" for i, t in enumerate(piece, 1) if t.tid}  # ranges link within a piece
        for i, t in enumerate(piece, 1):
            t.range_with = new_tid.get(t.range_with) if t.range_with else None
            t.tid = f"t{len(out) + i}"
        out.extend(piece)
    return out


def tag_documents(documents: Iterable[Document], nlp: Language, batch_size: int = 32,
                  full: bool | None = None) -> Iterator[Tagged]:
    """:class:`Tagged` for each document, in input order (the fast tagging mode); ``full``: see the module."""
    for result in run(documents, nlp, effective(TAG, full), _piece_timexes, batch_size):
        yield Tagged(result.document, [] if result.error else _merge_timexes(result), result.error)


def _piece_rows(piece: Piece, doc) -> list[dict]:
    return rows_from_doc(doc, piece.document, piece.offset)


def extract_documents(documents: Iterable[Document], nlp: Language, batch_size: int = 16,
                      full: bool | None = None) -> Iterator[tuple[Document, list[dict]]]:
    """(document, rows) for each document, in input order; a failed document yields its one error row.
    ``full``: see the module."""
    for result in run(documents, nlp, effective(EXTRACT, full), _piece_rows, batch_size):
        if result.error is not None:
            yield result.document, [error_row(result.document, result.error)]
        else:
            yield result.document, [row for _, rows in result.pieces for row in rows]
