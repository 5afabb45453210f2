"""From documents to the event table.

:func:`process_document` is the single per-document implementation: the API (:func:`extract`,
:func:`extract_many`), the ``extract`` command and corpus mode all go through it (or through
:func:`process_documents`, the same work with the spaCy part batched through ``nlp.pipe``).
"""

from __future__ import annotations

import datetime as dt
import re
import warnings
from collections.abc import Iterable, Iterator

import numpy as np
import pandas as pd

from .document import Document, parse_pub_date
from .events import link_span, time_token_indices
from .table import build_table

# Timex types that become timeline rows; DURATION/SET only when the tagger anchored them to an interval.
ROW_TYPES = ("DATE", "TIME")


class NoPublicationDateWarning(UserWarning):
    """Relative dates could not be resolved because no publication date was found."""


def _row_base(document_id: str, pub_date: dt.date | None, dct_source: str) -> dict:
    return {"doc_id": document_id, "pub_date": pub_date, "dct_source": dct_source}


def error_row(document: Document, message: str) -> dict:
    """The one row a failed document yields (see :mod:`timeline.table`)."""
    row = _row_base(document.doc_id, document.pub_date, document.dct_source)
    row["error"] = message
    return row


def _wanted(t) -> bool:
    return t.type in ROW_TYPES or t.interval_start is not None


def rows_from_doc(doc, doc_id: str = "doc", pub_date: dt.date | None = None, dct_source: str | None = None) -> list[dict]:
    """Rows for a spaCy Doc that went through the full pipeline (parser, NER and the ``timex`` component)."""
    pub = pub_date if pub_date is not None else doc._.pub_date
    if isinstance(pub, str):
        pub = parse_pub_date(pub)
    source = dct_source or ("cli" if pub is not None else "none")
    rows = []
    timexes = doc._.timexes or []
    time_tokens = time_token_indices(doc)
    sentences: dict[int, str] = {}  # sentence start -> its text, whitespace collapsed; many times share one
    for t in timexes:
        if not _wanted(t):
            continue
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        ev = link_span(doc, span, time_tokens) if span is not None and len(span) else None
        sentence = None
        if span is not None and len(span):
            sent = span.sent
            sentence = sentences.get(sent.start)
            if sentence is None:
                sentence = sentences[sent.start] = " ".join(sent.text.split())
        row = _row_base(doc_id, pub, source)
        row.update(
            sentence=sentence,
            timex_text=t.text, timex_type=t.type, timex_value=t.value, timex_mod=t.mod,
            char_start=t.start, char_end=t.end,
            start=t.interval_start, end=t.interval_end,
            granularity=t.granularity, fuzzy=bool(t.fuzzy or t.interval_start is None),
            rule=t.rule, unresolved=bool(t.unresolved), anchor=t.anchor,
        )
        if ev is not None:
            row.update(
                event=ev.summary, trigger=ev.trigger, trigger_lemma=ev.trigger_lemma,
                subject=ev.subject or None, object=ev.object or None, actors=ev.actors,
                modality=ev.modality or None, trigger_start=ev.trigger_start, trigger_end=ev.trigger_end,
            )
        rows.append(row)
    return rows


def make_doc(nlp, text: str, pub_date=None):
    """A tokenized Doc ready for the pipeline: publication date set, and a sentence break at every line
    break (the parser keeps preset boundaries), so a headline or dateline line never fuses with the lede."""
    doc = nlp.make_doc(text)
    doc._.pub_date = pub_date
    if "\n" not in text or len(doc) < 2:
        return doc
    # A token gets a preset sentence start when the text between the previous token's start and its own
    # (the previous token's text_with_ws) holds a line break. Found with numpy over token offsets rather
    # than a Python loop over every token (that loop cost ~0.3 s per 86k words, a third of tokenization).
    idx = doc.to_array("IDX").astype(np.int64)
    newlines = np.fromiter((m.start() for m in _NEWLINE.finditer(text)), dtype=np.int64)
    # the token whose start follows each newline: the newline lies in the previous token's text_with_ws
    after = np.unique(np.searchsorted(idx, newlines, side="right"))
    for i in after[(after >= 1) & (after < len(doc))].tolist():
        tok, prev = doc[i], doc[i - 1]
        if not tok.is_space and (prev.is_space or prev.whitespace_ == "\n" or prev.text_with_ws.endswith("\n")):
            tok.is_sent_start = True
    return doc


_NEWLINE = re.compile("\n")


# Offsets a row carries into the document text: shifted when a long text was processed in pieces.
_OFFSET_COLUMNS = ("char_start", "char_end", "trigger_start", "trigger_end")


# Texts longer than this are processed in pieces cut at paragraph or sentence ends: spaCy refuses texts over
# nlp.max_length and parser memory grows with length. Larger than the tagging path's CHUNK_CHARS on purpose:
# each piece is parsed, linked and story-anchored on its own, so a news article (rarely over 8,000 words)
# should stay whole; only book-length texts are cut.
PIECE_CHARS = 50_000


def _pieces(document: Document) -> list[tuple[int, str]]:
    """(offset, text) pieces of a document (see PIECE_CHARS). Lone surrogates are replaced (offsets
    unchanged) because the tokenizer cannot encode them."""
    from .document import clean_text
    from .nlp import chunk_spans

    text = clean_text(document.text)
    if len(text) <= PIECE_CHARS:
        return [(0, text)]
    return [(s, text[s:e]) for s, e in chunk_spans(text, PIECE_CHARS)]


def _rows_from_pieces(document: Document, parsed: list[tuple[int, object]]) -> list[dict]:
    rows: list[dict] = []
    for offset, doc in parsed:
        piece_rows = rows_from_doc(doc, document.doc_id, document.pub_date, document.dct_source)
        if offset:
            for r in piece_rows:
                for c in _OFFSET_COLUMNS:
                    if r.get(c) is not None:
                        r[c] += offset
        rows.extend(piece_rows)
    return rows


def process_document(document: Document, nlp) -> list[dict]:
    """All rows for one document; a document that fails yields one error row instead of raising."""
    if document.error:
        return [error_row(document, document.error)]
    try:
        parsed = [(off, nlp(make_doc(nlp, text, document.pub_date))) for off, text in _pieces(document)]
        return _rows_from_pieces(document, parsed)
    except Exception as exc:  # one bad document must not stop a run (issue 5)
        return [error_row(document, f"{type(exc).__name__}: {exc}")]


# Characters per nlp.pipe call. spaCy batches by document count, and a batch's memory (tok2vec and parser
# activations) grows with its total length: 64 news articles can hold 300k characters or 3M. Grouping by a
# character budget as well keeps peak memory flat whatever the documents' lengths.
BATCH_CHARS = 60_000


def _groups(pieces: list, batch_size: int) -> Iterator[list]:
    group: list = []
    chars = 0
    for p in pieces:
        if group and (len(group) >= batch_size or chars + len(p[2]) > BATCH_CHARS):
            yield group
            group, chars = [], 0
        group.append(p)
        chars += len(p[2])
    if group:
        yield group


def process_documents(documents: Iterable[Document], nlp, batch_size: int = 16) -> Iterator[tuple[Document, list[dict]]]:
    """(document, rows) for each document, in input order: :func:`process_document`'s result, with the
    spaCy work batched through ``nlp.pipe``. Consumes ``documents`` lazily, ``batch_size`` at a time, so
    memory stays bounded however long the stream; each nlp.pipe call also stays under BATCH_CHARS, and a
    parsed piece is turned into rows at once and dropped (a Doc with its tensors is far bigger than its
    rows). Every engine (API, CLI, corpus mode, Dask) goes through here or through :func:`process_document`.

    A batch that raises is redone one document at a time so only the bad document becomes an error row.
    """
    batch: list[Document] = []

    def flush():
        rows: dict[int, list[dict]] = {id(d): [] for d in batch}
        failed: dict[int, str] = {}
        redo = False
        try:
            pieces = [(d, off, text) for d in batch if not d.error for off, text in _pieces(d)]
            for group in _groups(pieces, batch_size):
                docs = nlp.pipe((make_doc(nlp, text, d.pub_date) for d, _, text in group), batch_size=len(group))
                for (d, off, _), doc in zip(group, docs):
                    if id(d) in failed:
                        continue
                    try:
                        rows[id(d)].extend(_rows_from_pieces(d, [(off, doc)]))
                    except Exception as exc:  # the linker failed on this document: it alone errors
                        failed[id(d)] = f"{type(exc).__name__}: {exc}"
        except Exception:
            redo = True  # spaCy failed somewhere in the batch: find the culprit one document at a time
        for d in batch:
            if d.error or redo:
                yield d, process_document(d, nlp)
            elif id(d) in failed:
                yield d, [error_row(d, failed[id(d)])]
            else:
                yield d, rows[id(d)]

    for d in documents:
        batch.append(d)
        if len(batch) >= batch_size:
            yield from flush()
            batch = []
    if batch:
        yield from flush()


def _as_document(d, i: int) -> Document:
    if isinstance(d, Document):
        return d
    if isinstance(d, str):
        return Document(text=d, doc_id=f"doc{i}")
    if isinstance(d, dict):
        doc_id = str(d.get("id", d.get("doc_id", f"doc{i}")))
        try:
            pub = parse_pub_date(d.get("pub_date"))
        except Exception as exc:
            return Document(text="", doc_id=doc_id, error=str(exc))
        text = d.get("text")
        if not isinstance(text, str) or not text.strip():
            return Document(text="", doc_id=doc_id, pub_date=pub, error="document has no text")
        return Document(text=text, doc_id=doc_id, pub_date=pub,
                        dct_source=d.get("dct_source") or ("metadata" if pub else "none"))
    raise TypeError(f"cannot make a Document from {type(d).__name__}")


def warn_missing_pub_dates(documents: list[Document]) -> None:
    missing = [d.doc_id for d in documents if d.pub_date is None and not d.error]
    if missing:
        shown = ", ".join(missing[:3]) + (f" and {len(missing) - 3} more" if len(missing) > 3 else "")
        warnings.warn(
            f"no publication date for {shown}: relative dates are left unresolved (give --pub-date)",
            NoPublicationDateWarning, stacklevel=3,
        )


def _load_nlp(model: str | None, nlp):
    if nlp is not None:
        return nlp
    from . import nlp as nlp_mod

    return nlp_mod.load(model)


def iter_rows(documents: Iterable[Document], nlp, batch_size: int = 16) -> Iterator[list[dict]]:
    """Rows per document, in input order (see :func:`process_documents`)."""
    for _, rows in process_documents(documents, nlp, batch_size):
        yield rows


def extract_many(documents: Iterable, model: str | None = None, nlp=None, pub_date=None) -> pd.DataFrame:
    """The event table for several documents (``Document`` objects, dicts with ``text``/``pub_date``/``id``,
    or plain strings). ``pub_date`` given here overrides every document's own (``dct_source`` "cli")."""
    override = parse_pub_date(pub_date)
    docs = [_as_document(d, i) for i, d in enumerate(documents)]
    if override is not None:
        for d in docs:
            d.pub_date, d.dct_source = override, "cli"
    warn_missing_pub_dates(docs)
    nlp = _load_nlp(model, nlp)
    rows: list[dict] = []
    for r in iter_rows(docs, nlp):
        rows.extend(r)
    return build_table(rows)


def extract(text: str, pub_date: str | dt.date | None = None, doc_id: str = "doc", model: str | None = None,
            nlp=None) -> pd.DataFrame:
    """The event table for one text: one row per (event, time expression), sorted by time.

    >>> df = extract("The minister visited Pyongyang in July.", pub_date="2023-09-05")  # doctest: +SKIP
    """
    pub = parse_pub_date(pub_date)
    document = Document(text=text, pub_date=pub, doc_id=doc_id, dct_source="cli" if pub else "none")
    if not isinstance(text, str) or not text.strip():
        document.error = "document has no text"
    warn_missing_pub_dates([document])
    return build_table(process_document(document, _load_nlp(model, nlp)))
