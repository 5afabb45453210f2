"""JSON Lines: one document per line, ``{"text": ..., "pub_date": "YYYY-MM-DD"?, "id": ...?}``.

The file is streamed line by line and the size limit applies to each line. A bad line (bad JSON, NUL bytes,
bytes that are not UTF-8, no text, bad pub_date, longer than the limit) becomes a Document with ``error``
set, naming FILE:LINE, so the run goes on, the good lines are kept and that line shows up as an error row.
A missing, null or empty ``id`` falls back to FILE:LINE.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from ..document import Document, document_id, parse_date_string
from ..errors import InputError
from .files import DEFAULT_MAX_BYTES, limited_lines, open_input, printable, too_large_message
from .text import apply_date_precedence

_BOM = b"\xef\xbb\xbf"


def _text_problem(obj: dict) -> str | None:
    if "text" not in obj or obj["text"] is None:
        return "no 'text'"
    if not isinstance(obj["text"], str):
        return "'text' is not a string"
    if not obj["text"].strip():
        return "empty 'text'"
    return None


def parse_jsonl_line(line: str, default_id: str) -> Document:
    """The Document for one decoded line; ``default_id`` is its FILE:LINE, which every error names."""
    try:
        obj = json.loads(line)
    except ValueError as exc:
        error = f"{default_id}: malformed JSON: {exc.msg} (column {exc.colno})"
        return Document(text="", doc_id=default_id, error=error)
    except RecursionError:  # json recurses once per nesting level
        return Document(text="", doc_id=default_id, error=f"{default_id}: malformed JSON: nested too deeply")
    if not isinstance(obj, dict):
        return Document(text="", doc_id=default_id, error=f"{default_id}: JSON line is not an object")
    doc_id = document_id(obj, default_id)
    problem = _text_problem(obj)
    if problem:
        return Document(text="", doc_id=doc_id, error=f"{default_id}: {problem}")
    doc = Document(text=obj["text"], doc_id=doc_id, meta={k: v for k, v in obj.items() if k != "text"})
    pub = obj.get("pub_date")
    if pub:
        found = parse_date_string(str(pub))
        if found is None:
            doc.error = (f"{default_id}: malformed publication date {str(pub)[:40]!r}: expected a full, "
                         "unambiguous date such as 2023-09-05 or Sept. 5, 2023")
            return doc
        doc.pub_date, doc.dct_source = found, "metadata"
        return doc
    return apply_date_precedence(doc)


def parse_jsonl_bytes(raw: bytes, where: str) -> Document:
    """The Document for one raw line (newline included or not); ``where`` is its FILE:LINE."""
    if b"\x00" in raw:
        return Document(text="", doc_id=where, error=f"{where}: binary data (NUL bytes), not a JSON line")
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:  # JSON text is UTF-8 (RFC 8259); guessing would corrupt the text
        return Document(text="", doc_id=where, error=f"{where}: not valid UTF-8 (byte {exc.start})")
    return parse_jsonl_line(line.rstrip("\r\n"), where)


def iter_jsonl(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Document]:
    """One Document per non-blank line, read one line at a time; at most ``max_bytes + 1`` bytes of a
    line are held. Raises InputError only when the file cannot be opened."""
    path = Path(path)
    name = printable(path.name)
    with open_input(path) as f:
        try:
            for n, raw in enumerate(limited_lines(f, max_bytes), 1):
                where = f"{name}:{n}"
                if raw is None:
                    yield Document(text="", doc_id=where, error=too_large_message(where, max_bytes, "line longer"))
                    continue
                if n == 1 and raw.startswith(_BOM):
                    raw = raw[len(_BOM):]
                if raw.strip():
                    yield parse_jsonl_bytes(raw, where)
        except OSError as exc:  # EIO and the like halfway through the file
            raise InputError(f"{printable(path)}: cannot read ({exc.strerror or exc})") from None


def read_jsonl(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> list[Document]:
    docs = list(iter_jsonl(path, max_bytes))
    if not docs:
        raise InputError(f"{printable(path)}: empty file")
    return docs
