"""The per-document step on an engine: here, or on a local Dask cluster (the project's corpus engine setup).

Only :class:`DocFacts` come back from a worker, and the assembly that follows is the same for both, so the
table is the same whichever engine parsed the documents.
"""

from __future__ import annotations

import warnings

from ..document import Document
from .facts import DocFacts

PARTITION = 16  # documents per Dask task


def _partition(docs: list[Document], names: list[str] | None, model: str | None) -> list[DocFacts]:
    from ..pipeline import load
    from . import collect_facts

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return list(collect_facts(docs, load(model), names))


def facts_for(docs: list[Document], names: list[str] | None, model: str | None = None, engine: str = "local",
              workers: int = 2) -> list[DocFacts]:
    if engine == "local":
        return _partition(docs, names, model)
    from ..corpus.engines import DaskEngine

    eng = DaskEngine(model, batch_size=PARTITION, workers=workers)
    try:
        futures = [eng.client.submit(_partition, docs[i:i + PARTITION], names, model, pure=False)
                   for i in range(0, len(docs), PARTITION)]
        out: list[DocFacts] = []
        for fut in futures:  # input order
            out.extend(fut.result())
        return out
    finally:
        eng.close()
