"""The Document every reader produces and every later stage consumes."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from .errors import UsageError

# Where the publication date came from, in precedence order.
DCT_SOURCES = ("cli", "metadata", "html", "dateline", "none")


@dataclass
class Document:
    text: str
    pub_date: dt.date | None = None
    doc_id: str = "doc"
    dct_source: str = "none"
    meta: dict[str, Any] = field(default_factory=dict)
    # Set when the reader could not produce usable text; the document still yields an error row.
    error: str | None = None


_SURROGATE = re.compile("[\ud800-\udfff]")


def clean_text(text: str) -> str:
    """Replace lone surrogates (from bad JSON escapes or char references) with U+FFFD.

    One code point for one, so character offsets into the cleaned text equal those into the original.
    """
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})\s*$")


def parse_pub_date(value: str | dt.date | dt.datetime | None) -> dt.date | None:
    """Parse a publication date given as YYYY-MM-DD (or a date object); raise UsageError if malformed."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    m = _ISO_DATE.match(str(value))
    if not m:
        raise UsageError(f"malformed publication date {value!r}: expected YYYY-MM-DD")
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError as exc:
        raise UsageError(f"malformed publication date {value!r}: {exc}") from None
