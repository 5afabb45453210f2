"""Plain-text articles (UTF-8), with an optional sidecar ``<name>.meta.json`` giving ``pub_date``."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

from ..document import Document, parse_date_string
from ..errors import InputError
from .dateline import find_dateline
from .files import DEFAULT_MAX_BYTES, printable, read_limited


class DecodingWarning(UserWarning):
    """Input bytes were not valid UTF-8 and were decoded with replacement characters."""


def decode_text(data: bytes, name: str) -> str:
    """UTF-8 text from ``data``. Binary (NUL bytes) or empty input is refused; other undecodable bytes are
    replaced with U+FFFD and a warning names the file (we prefer a usable table over none)."""
    if not data.strip():
        raise InputError(f"{name}: empty file")
    if b"\x00" in data:
        raise InputError(f"{name}: binary file (NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        warnings.warn(f"{name}: not valid UTF-8 (byte {exc.start}); undecodable bytes replaced", DecodingWarning,
                      stacklevel=3)
        text = data.decode("utf-8", errors="replace")
    if not text.strip():
        raise InputError(f"{name}: empty file")
    return text


def sidecar_path(path: Path) -> Path:
    return path.with_name(path.stem + ".meta.json")


def read_sidecar(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> dict:
    side = sidecar_path(path)
    if not side.exists():
        return {}
    data = read_limited(side, max_bytes)
    try:
        meta = json.loads(data.decode("utf-8-sig"))
    except (ValueError, RecursionError) as exc:  # UnicodeDecodeError is a ValueError; deep nesting recurses
        raise InputError(f"{printable(side)}: unreadable metadata ({exc})") from None
    return meta if isinstance(meta, dict) else {}


def apply_date_precedence(doc: Document, meta_date=None, html_date=None) -> Document:
    """metadata > html > dateline (the CLI's --pub-date is applied later, above all of these)."""
    for value, source in ((meta_date, "metadata"), (html_date, "html")):
        found = parse_date_string(value) if value else None
        if found is not None:
            doc.pub_date, doc.dct_source = found, source
            return doc
    found = find_dateline(doc.text)
    if found is not None:
        doc.pub_date, doc.dct_source = found, "dateline"
    return doc


def read_text(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    path = Path(path)
    text = decode_text(read_limited(path, max_bytes), printable(path))
    meta = read_sidecar(path, max_bytes)
    doc = Document(text=text, doc_id=printable(path.name), meta={"path": printable(path), **meta})
    return apply_date_precedence(doc, meta_date=meta.get("pub_date"))
