"""A Doc's text, joined once (read by the row, interval and veto rules).

spaCy builds ``Doc.text`` anew at every access, joining every token's text (a Token object made per token): the
rows and interval rules read it for a few characters around a time expression, about four times per document,
which was about a twelfth of the extraction path's CPU. A Doc's text never changes (retokenizing merges or splits
tokens, not characters), so it is joined once and kept with the Doc.
"""

from __future__ import annotations

from spacy.tokens import Doc

_KEY = "timeline.text"


def text_of(doc: Doc) -> str:
    """``doc.text``, joined on first use and kept in the Doc's ``user_data``."""
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return text
