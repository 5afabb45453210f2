"""timeline: find, normalize and chart the time expressions in news text.

Public API::

    timeline.tag(text, pub_date="2023-09-05")        -> list[Timex]
    timeline.annotate(text, pub_date=...)             -> spaCy Doc with doc._.timexes
    timeline.extract(text, pub_date=..., doc_id=...)  -> pandas DataFrame (one row per event/time)
    timeline.extract_many(documents)                  -> pandas DataFrame
    timeline.plot(df)                                 -> matplotlib Figure
    timeline.entity_timelines(documents, entities)    -> pandas DataFrame (one ordered timeline per entity)

The functions live in :mod:`timeline.api` and :mod:`timeline.chart`; they are loaded on first use so that
``import timeline`` (and the command line's ``--help``) does not pay for spaCy and matplotlib.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from .document import Document
from .temporal.timex import Timex

if TYPE_CHECKING:
    from .api import annotate, entity_timelines, extract, extract_many, tag
    from .chart import plot

__all__ = ["Timex", "Document", "tag", "annotate", "extract", "extract_many", "plot", "entity_timelines"]
__version__ = "0.1.0"

_LAZY = {"tag": "api", "annotate": "api", "extract": "api", "extract_many": "api", "plot": "chart",
         "entity_timelines": "api"}


def __getattr__(name: str):
    if name in _LAZY:
        value = getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value  # once loaded, a plain attribute
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
