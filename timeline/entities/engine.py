"""The per-document steps on an engine: here, or on a local Dask cluster (the project's corpus engine setup).

Documents are streamed: read one at a time, sent to the workers a partition at a time with a bounded
number of partitions in flight, and only :class:`DocRecords` (names and event records, no text) come back.
The driver thus holds the records and a window of documents, never the corpus; the assembly that follows is
the same for both engines, so the table is the same whichever engine parsed the documents.
"""

from __future__ import annotations

import itertools
import warnings
from collections.abc import Iterable, Iterator

from ..document import Document
from .records import DocRecords

PARTITION = 16  # documents per Dask task


def _partition(docs: list[Document], names: list[str] | None, model: str | None) -> list[DocRecords]:
    from ..pipeline import load
    from . import collect_records

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return list(collect_records(docs, load(model), names))


def _chunks(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    it = iter(documents)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


def stream_records(documents: Iterable[Document], names: list[str] | None, model: str | None = None,
                   engine: str = "local", workers: int = 2) -> Iterator[DocRecords]:
    """:class:`DocRecords` per document, in input order."""
    if engine == "local":
        from ..pipeline import load
        from . import collect_records

        yield from collect_records(documents, load(model), names)
        return
    from ..corpus.engines import DaskEngine

    eng = DaskEngine(model, batch_size=PARTITION, workers=workers)
    try:
        # the corpus engine's window of partitions in flight, with this package's unit of work
        for _, records in eng.map(_chunks(documents, PARTITION),
                                  lambda part: eng.client.submit(_partition, part, names, model, pure=False)):
            yield from records
    finally:
        eng.close()
