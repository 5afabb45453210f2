"""The Document every reader produces and every later stage consumes."""

from __future__ import annotations

import datetime as dt
import functools
import re
import warnings
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


_NUMERIC_DMY = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-]\d{2,4}$")
_HAS_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
# A fixed base: dateparser would otherwise read the clock for anything relative (we also refuse those).
_DATEPARSER_BASE = dt.datetime(1900, 1, 1)


@functools.lru_cache(maxsize=1)
def _date_data_parser():
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["en"], settings={
        "STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"], "RELATIVE_BASE": _DATEPARSER_BASE,
        "DATE_ORDER": "MDY", "PREFER_DAY_OF_MONTH": "first",
    })


def parse_date_string(value: str | dt.date | None) -> dt.date | None:
    """A full calendar date written in any common format ("Sept. 5, 2023", "Tue, 05 Sep 2023 14:03 GMT",
    "2023-09-05T10:00Z", "09/05/2023"), or None. Relative words ("yesterday") and partial dates are refused:
    a publication date must be stated, never computed."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    m = _ISO_DATE.match(text[:10])
    if m:
        try:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
    if not text or len(text) > 100 or not _HAS_YEAR.search(text):
        return None
    amb = _NUMERIC_DMY.match(text)
    if amb and int(amb.group(1)) <= 12 and int(amb.group(2)) <= 12 and amb.group(1) != amb.group(2):
        return None  # 05/09/2023: May 9 or 5 September? Refuse rather than guess.
    try:
        found = _date_data_parser().get_date_data(text).date_obj
    except Exception:  # dateparser raises assorted errors on odd strings; any of them means "not a date"
        return None
    return found.date() if found is not None else None


# ------------------------------------------------------------------ the publication date's one road
# Parsed once at the edge (CLI option, API argument, reader metadata) into a ``date``; carried typed on the
# Document; applied over the documents' own by one function; one warning when it is missing.


class NoPublicationDateWarning(UserWarning):
    """Relative dates could not be resolved because no publication date was found."""


def override_pub_date(documents: list[Document], pub_date: dt.date | None, source: str = "cli") -> None:
    """Give every readable document ``pub_date`` (from ``--pub-date`` or the API), above its own."""
    if pub_date is None:
        return
    for d in documents:
        if not d.error:
            d.pub_date, d.dct_source = pub_date, source


def missing_pub_date_message(doc_ids: list[str], total: int | None = None) -> str:
    """The one wording of the missing-date warning, for a few documents or a corpus count."""
    n = len(doc_ids) if total is None else total
    shown = ", ".join(doc_ids[:3]) + (f" and {n - 3:,} more" if n > 3 else "")
    return f"no publication date for {shown}: relative dates are left unresolved (give --pub-date)"


def warn_missing_pub_dates(documents: list[Document]) -> None:
    missing = [d.doc_id for d in documents if d.pub_date is None and not d.error]
    if missing:
        warnings.warn(missing_pub_date_message(missing), NoPublicationDateWarning, stacklevel=3)


def document_id(obj: dict, default_id: str) -> str:
    """The first of ``id`` / ``doc_id`` that says something: null or blank means missing, not "None"."""
    for key in ("id", "doc_id"):
        value = obj.get(key)
        if value is not None and str(value).strip():
            return str(value)
    return default_id


def as_document(d: Document | dict | str, i: int) -> Document:
    """A Document from what the API accepts: a Document, a dict (``text``, ``pub_date``, ``id``) or a string."""
    if isinstance(d, Document):
        return d
    if isinstance(d, str):
        return Document(text=d, doc_id=f"doc{i}")
    if isinstance(d, dict):
        doc_id = document_id(d, f"doc{i}")
        try:
            pub = parse_pub_date(d.get("pub_date"))
        except UsageError as exc:
            return Document(text="", doc_id=doc_id, error=str(exc))
        text = d.get("text")
        if not isinstance(text, str) or not text.strip():
            return Document(text="", doc_id=doc_id, pub_date=pub, error="document has no text")
        return Document(text=text, doc_id=doc_id, pub_date=pub,
                        dct_source=d.get("dct_source") or ("metadata" if pub else "none"))
    raise TypeError(f"cannot make a Document from {type(d).__name__}")
