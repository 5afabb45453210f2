"""JSON Lines: one document per line, ``{"text": ..., "pub_date": "YYYY-MM-DD"?, "id": ...?}``.

A malformed line (bad JSON, no text, bad pub_date) becomes a Document with ``error`` set, so the run
goes on and that document shows up as an error row.
"""

from __future__ import annotations

import json
from pathlib import Path

from ..document import Document, parse_date_string
from .text import apply_date_precedence, decode_text, read_bytes


def parse_jsonl_line(line: str, default_id: str) -> Document:
    try:
        obj = json.loads(line)
    except ValueError as exc:
        return Document(text="", doc_id=default_id, error=f"malformed JSON: {exc.msg} (column {exc.colno})")
    if not isinstance(obj, dict):
        return Document(text="", doc_id=default_id, error="JSON line is not an object")
    doc_id = str(obj.get("id", obj.get("doc_id", default_id)))
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        return Document(text="", doc_id=doc_id, error="no 'text' in JSON line")
    doc = Document(text=text, doc_id=doc_id, meta={k: v for k, v in obj.items() if k != "text"})
    pub = obj.get("pub_date")
    if pub:
        found = parse_date_string(str(pub))
        if found is None:
            doc.error = (f"malformed publication date {str(pub)[:40]!r}: expected a full, unambiguous date "
                         "such as 2023-09-05 or Sept. 5, 2023")
            return doc
        doc.pub_date, doc.dct_source = found, "metadata"
        return doc
    return apply_date_precedence(doc)


def read_jsonl(path: str | Path) -> list[Document]:
    path = Path(path)
    text = decode_text(read_bytes(path), str(path))
    docs = []
    # JSON strings may hold U+2028 and other characters str.splitlines() breaks on: split on newlines only
    for n, line in enumerate(text.split("\n"), 1):
        if line.strip():
            docs.append(parse_jsonl_line(line, f"{path.name}:{n}"))
    return docs
