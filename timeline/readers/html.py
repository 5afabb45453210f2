"""HTML pages: main text via trafilatura, publication date via htmldate (``dct_source`` "html")."""

from __future__ import annotations

import logging
from pathlib import Path

from ..document import Document
from ..errors import InputError
from .text import apply_date_precedence, decode_text, read_bytes, read_sidecar


# Fewer words than this is navigation or boilerplate the extractor let through, not an article.
MIN_WORDS = 5


def html_to_text(html: str) -> str | None:
    import trafilatura

    return trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)


def html_pub_date(html: str) -> str | None:
    """The page's own publication date from its markup (meta tags, JSON-LD, time elements)."""
    from htmldate import find_date

    logging.getLogger("htmldate").setLevel(logging.ERROR)
    try:
        # original_date: the first publication, not the last edit; no URL guessing from the wall clock
        return find_date(html, original_date=True, extensive_search=False)
    except Exception:
        return None


def read_html(path: str | Path) -> Document:
    path = Path(path)
    raw = decode_text(read_bytes(path), str(path))
    text = html_to_text(raw)
    if not text or len(text.split()) < MIN_WORDS:
        raise InputError(f"{path}: HTML page without article text")
    meta = read_sidecar(path)
    doc = Document(text=text, doc_id=path.name, meta={"path": str(path), **meta})
    return apply_date_precedence(doc, meta_date=meta.get("pub_date"), html_date=html_pub_date(raw))
