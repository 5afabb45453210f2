"""A parsed piece → event-table rows: each DATE/TIME expression with the event it dates.

The columns are documented in :mod:`timeline.table`; the publication date and its source come from the
:class:`~timeline.document.Document` (the one road it travels), never from the Doc.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..document import Document
from ..events import link_span, time_token_indices
from ..readers.dateline import dateline_span

# Timex types that become timeline rows; DURATION/SET only when the tagger anchored them to an interval,
# or when the duration is a vague period (see _wanted).
ROW_TYPES = ("DATE", "TIME")

# Offsets a row carries into the document text: shifted when a long text was processed in pieces.
OFFSET_COLUMNS = ("char_start", "char_end", "trigger_start", "trigger_end")


def _row_base(document: Document) -> dict:
    return {"doc_id": document.doc_id, "pub_date": document.pub_date, "dct_source": document.dct_source}


def error_row(document: Document, message: str) -> dict:
    """The one row a failed document yields."""
    row = _row_base(document)
    row["error"] = message
    return row


def _wanted(t) -> bool:
    # a vague period ("recent weeks" = PXW, "the past few years" = PXY) dates its event as loosely as
    # "recently" does, so it is a (fuzzy) row like PAST_REF; a measured duration ("for six months") is not
    return t.type in ROW_TYPES or t.interval_start is not None or (t.type == "DURATION" and _vague_period(t.value))


def _vague_period(value: str | None) -> bool:
    return bool(value) and value.startswith(("PX", "PTX"))


def rows_from_doc(doc: Doc, document: Document, offset: int = 0) -> list[dict]:
    """Rows for a Doc that went through the full pipeline (parser, NER and ``timex``); ``offset`` is where
    the Doc's text starts in the document's."""
    rows = []
    # the dateline ("WASHINGTON, Sept. 5, 2023 —") is when the story was filed, not when an event happened
    dateline = dateline_span(document.text) if offset == 0 else None  # the str, not Doc.text (rebuilt per call)
    time_tokens = time_token_indices(doc)
    sentences: dict[int, str] = {}  # sentence start -> its text, whitespace collapsed; many times share one
    for t in doc._.timexes or []:
        if not _wanted(t) or (dateline and dateline[0] <= t.start and t.end <= dateline[1]):
            continue
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        ev = link_span(doc, span, time_tokens) if span is not None and len(span) else None
        sentence = None
        if span is not None and len(span):
            sent = span.sent
            sentence = sentences.get(sent.start)
            if sentence is None:
                sentence = sentences[sent.start] = " ".join(sent.text.split())
        row = _row_base(document)
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
        if offset:
            for c in OFFSET_COLUMNS:
                if row.get(c) is not None:
                    row[c] += offset
        rows.append(row)
    return rows
