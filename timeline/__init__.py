"""timeline: find, normalize and chart the time expressions in news text.

Public API::

    timeline.tag(text, pub_date="2023-09-05")        -> list[Timex]
    timeline.annotate(text, pub_date=...)             -> spaCy Doc with doc._.timexes
    timeline.extract(text, pub_date=..., doc_id=...)  -> pandas DataFrame (one row per event/time)
    timeline.plot(df)                                 -> matplotlib Figure
"""

from __future__ import annotations

import datetime as dt
import sys as _sys
import types as _types

from .document import Document, parse_pub_date
from .temporal.timex import Timex

__all__ = ["Timex", "Document", "tag", "annotate", "extract", "extract_many", "plot"]
__version__ = "0.1.0"


def annotate(text: str, pub_date: str | dt.date | None = None, model: str | None = None, nlp=None, fast: bool = False):
    """Run the spaCy pipeline (loaded once per process) plus the ``timex`` component over ``text``.

    ``fast=True`` skips the parser and NER (enough for tagging, not for event linking). One Doc holds at
    most ``nlp.max_length`` characters; ``tag()`` splits longer texts itself.
    """
    from . import nlp as nlp_mod
    from .document import clean_text
    from .errors import InputError

    if nlp is None:
        nlp = nlp_mod.load(model, nlp_mod.TAGGER_ONLY_DISABLE if fast else ())
    text = clean_text(text)
    if len(text) > nlp.max_length:
        raise InputError(f"text of {len(text):,} characters is over the pipeline's max_length "
                         f"({nlp.max_length:,}); use timeline.tag(), which splits long texts")
    doc = nlp.make_doc(text)
    doc._.pub_date = parse_pub_date(pub_date)
    return nlp(doc)


def tag(text: str, pub_date: str | dt.date | None = None, model: str | None = None, nlp=None) -> list[Timex]:
    """Temporal expressions in ``text`` with offsets and TIMEX3 values resolved against ``pub_date``.

    Texts of any length: long ones are tagged in paragraph-aligned pieces with offsets into the whole.
    """
    from . import nlp as nlp_mod

    if nlp is None:
        nlp = nlp_mod.load(model, nlp_mod.TAGGER_ONLY_DISABLE)
    (_, timexes), = nlp_mod.tag_stream(nlp, [(text, parse_pub_date(pub_date), None)])
    return timexes


def extract(*args, **kwargs):
    from .extract import extract as _extract

    return _extract(*args, **kwargs)


def extract_many(*args, **kwargs):
    from .extract import extract_many as _extract_many

    return _extract_many(*args, **kwargs)


def plot(*args, **kwargs):
    from .plot import plot as _plot

    return _plot(*args, **kwargs)


# ``timeline.extract`` and ``timeline.plot`` are also submodule names, and importing a submodule makes
# Python bind it over the function of the same name on this package. Keep the public functions: the
# import system's setattr goes through this class, which declines to shadow them. (The submodules stay
# importable as usual: ``from timeline.plot import save``.)
class _Package(_types.ModuleType):
    def __setattr__(self, name, value):
        if name in ("extract", "plot") and isinstance(value, _types.ModuleType):
            return
        super().__setattr__(name, value)


_sys.modules[__name__].__class__ = _Package
