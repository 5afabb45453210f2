"""The one per-document loop: documents → pieces → ``nlp.pipe`` in bounded batches → per-piece results.

Every path that runs spaCy over documents goes through :func:`run`: ``timeline tag`` and ``timeline.tag``
(timexes), ``timeline extract`` and ``timeline.extract`` (rows), the TempEval evaluation, and every corpus
engine. What differs between them is only the :class:`~timeline.pipeline.pieces.Mode` and what is kept of
each parsed piece (``per_piece``): a parsed Doc with its tensors is far bigger than its timexes or rows, so
it is reduced at once and dropped. A selective mode (the default) tokenizes everything and runs the
statistical components only on the sentences holding a time-expression candidate (:mod:`.selective`).

Memory stays bounded however long the stream: documents are consumed ``batch_size`` at a time, and each
``nlp.pipe`` call holds at most ``batch_size`` pieces and ``mode.batch_chars`` characters.

One bad document never stops a run: a failure while reducing a piece fails that document alone, and a batch
in which spaCy itself raises is redone one document at a time so only the culprit gets the error.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from spacy.language import Language
from spacy.tokens import Doc

from ..document import Document
from .model import one_blas_thread
from .pieces import Mode, Piece, pieces, prepare_doc
from .selective import annotate, selectable
from .transition import pipe as stepped_pipe

R = TypeVar("R")
PerPiece = Callable[[Piece, Doc], R]


@dataclass
class Processed(Generic[R]):
    """One document's outcome: what ``per_piece`` kept of each piece (with its offset), or an error."""

    document: Document
    pieces: list[tuple[int, R]] = field(default_factory=list)
    error: str | None = None


def run(documents: Iterable[Document], nlp: Language, mode: Mode, per_piece: PerPiece,
        batch_size: int = 16) -> Iterator[Processed]:
    """:class:`Processed` for each document, in input order (see the module notes)."""
    batch: list[Document] = []
    for d in documents:
        batch.append(d)
        if len(batch) >= batch_size:
            yield from _run_batch(batch, nlp, mode, per_piece, batch_size)
            batch = []
    if batch:
        yield from _run_batch(batch, nlp, mode, per_piece, batch_size)


def _message(exc: Exception) -> str:
    return f"{type(exc).__name__}: {exc}"


def _groups(todo: list[Piece], batch_size: int, batch_chars: int) -> Iterator[list[Piece]]:
    group: list[Piece] = []
    chars = 0
    for p in todo:
        if group and (len(group) >= batch_size or chars + len(p.text) > batch_chars):
            yield group
            group, chars = [], 0
        group.append(p)
        chars += len(p.text)
    if group:
        yield group


def _pipe(nlp: Language, group: list[Piece], mode: Mode) -> Iterator[Doc]:
    prepared = (prepare_doc(nlp, p.text, p.document.pub_date, mode.line_sentences) for p in group)
    if mode.selective and selectable(nlp):
        with one_blas_thread():
            return iter(annotate(nlp, list(prepared), [p.text for p in group]))
    if not isinstance(nlp, Language):  # a stand-in object (tests)
        return _one_thread(nlp.pipe(prepared, batch_size=len(group)))
    # the parser and NER stepped from Python (same parse, less CPU: see transition.py)
    return _one_thread(stepped_pipe(nlp, list(prepared), len(group)))


def _one_thread(docs: Iterable[Doc]) -> Iterator[Doc]:
    """``docs``, each computed with BLAS on one thread (the limit is lifted between them, while the caller
    reduces a Doc)."""
    it = iter(docs)
    while True:
        with one_blas_thread():
            doc = next(it, None)
        if doc is None:
            return
        yield doc


def _keep(result: Processed, piece: Piece, doc: Doc, per_piece: PerPiece) -> None:
    if result.error is not None:
        return
    try:
        result.pieces.append((piece.offset, per_piece(piece, doc)))
    except Exception as exc:  # this document's linker/reducer failed: it alone errors
        result.pieces.clear()
        result.error = _message(exc)


def _run_batch(batch: list[Document], nlp: Language, mode: Mode, per_piece: PerPiece,
               batch_size: int) -> Iterator[Processed]:
    results = [Processed(d, error=d.error) for d in batch]
    by_doc = {id(r.document): r for r in results}
    try:
        todo = [p for r in results if r.error is None for p in pieces(r.document, mode)]
        for group in _groups(todo, batch_size, mode.batch_chars):
            for p, doc in zip(group, _pipe(nlp, group, mode)):
                _keep(by_doc[id(p.document)], p, doc, per_piece)
    except Exception:
        # spaCy failed somewhere in the batch: find the culprit one document at a time
        results = [_run_one(d, nlp, mode, per_piece) if d.error is None else Processed(d, error=d.error)
                   for d in batch]
    yield from results


def _run_one(document: Document, nlp: Language, mode: Mode, per_piece: PerPiece) -> Processed:
    result = Processed(document)
    try:
        for p in pieces(document, mode):
            _keep(result, p, next(_pipe(nlp, [p], mode)), per_piece)
    except Exception as exc:
        return Processed(document, error=_message(exc))
    return result
