"""HTML pages: main text via trafilatura, publication date via htmldate (``dct_source`` "html")."""

from __future__ import annotations

import datetime as dt
import logging
import re
from pathlib import Path

from ..document import Document
from ..errors import InputError
from .files import DEFAULT_MAX_BYTES, printable, read_limited
from .text import apply_date_precedence, decode_text, read_sidecar

# Fewer words than this is navigation or boilerplate the extractor let through, not an article.
MIN_WORDS = 5

# htmldate's latest acceptable date defaults to the end of *today* (wall clock, local time zone), so the
# same page would get a date or not depending on when and where it is read. Fixed bounds instead, wide
# enough for any real page and for typos to stay out (year 0201). Not year 9999: htmldate compares naive
# local timestamps, and east of UTC the end of 9999 overflows into year 10000 (every date then fails).
HTMLDATE_MIN = dt.datetime(1800, 1, 1)
HTMLDATE_MAX = dt.datetime(2999, 12, 31, 23, 59, 59)

# libxml2 stops building the tree 256 elements deep (2048 with XML_PARSE_HUGE), so text nested deeper
# never reaches trafilatura. A tree that reaches this depth may have been cut short.
DEEP = 250
# Kept when a too-deep page is flattened: elements that hold text or separate it and cannot nest in
# each other (the parser closes an open <p> or <li> at the next one), so the page ends up shallow.
_FLAT_KEEP = frozenset("html head title meta body script style p br li".split())
# A tag up to the next '<' or '>': each attempt stops at the next '<', so the scan stays linear.
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)\b[^<>]*>")


def html_to_text(html: str) -> str | None:
    import trafilatura

    return trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)


def _parse_tree(html: str):
    import lxml.html

    parser = lxml.html.HTMLParser(encoding="utf-8")  # bytes in: an encoding declaration cannot clash
    try:
        return lxml.html.document_fromstring(html.encode("utf-8", "surrogatepass"), parser=parser)
    except Exception:  # lxml refuses some documents outright (empty, only comments): no tree, no depth
        return None


def reaches_parser_depth(html: str) -> bool:
    """True when the parsed tree is deep enough that libxml2 may have dropped what lies below."""
    tree = _parse_tree(html)
    return tree is not None and bool(tree.xpath("/" + "/".join(["*"] * DEEP)))


def flatten_html(html: str) -> str:
    """The page with layout tags (div, span, section, table, ...) removed, keeping the text and the tags
    that mark paragraphs; what is left cannot nest deeply."""
    return _TAG.sub(lambda m: m.group(0) if m.group(2).lower() in _FLAT_KEEP else " ", html)


def _enough_words(text: str | None) -> bool:
    return bool(text) and len(text.split()) >= MIN_WORDS


def article_text(html: str, name: str) -> str:
    """The page's main text. A page nested deeper than the HTML parser goes is read again flattened, so
    the text under the 100,000th <div> is not lost. Raises InputError when there is no article text."""
    text = html_to_text(html)
    if reaches_parser_depth(html):
        flat = flatten_html(html)
        if reaches_parser_depth(flat):
            raise InputError(f"{name}: HTML nested too deeply to read (over {DEEP} levels even without layout "
                             "elements)")
        flat_text = html_to_text(flat)
        if _enough_words(flat_text):
            text = flat_text
    if not _enough_words(text):
        raise InputError(f"{name}: HTML page without article text")
    return text


def html_pub_date(html: str) -> str | None:
    """The page's own publication date from its markup (meta tags, JSON-LD, time elements)."""
    from htmldate import find_date

    logging.getLogger("htmldate").setLevel(logging.ERROR)
    try:
        # original_date: the first publication, not the last edit; no URL guessing from the wall clock
        return find_date(html, original_date=True, extensive_search=False, min_date=HTMLDATE_MIN,
                         max_date=HTMLDATE_MAX)
    except Exception:
        return None


def read_html(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    path = Path(path)
    name = printable(path)
    raw = decode_text(read_limited(path, max_bytes), name)
    text = article_text(raw, name)
    meta = read_sidecar(path, max_bytes)
    doc = Document(text=text, doc_id=printable(path.name), meta={"path": name, **meta})
    return apply_date_precedence(doc, meta_date=meta.get("pub_date"), html_date=html_pub_date(raw))
