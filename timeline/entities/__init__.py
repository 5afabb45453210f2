"""Across documents: entities, the events they take part in, one ordered timeline per entity (issue 15).

::

    Documents ──► pipeline.run (the one per-document loop) ──► DocFacts per document   (reduce.py)
              ──► DocRecords: names and event records, no text                      (records.py)
        (these two steps where the document is parsed: here, or streamed to Dask workers: engine.py)
              ──► entities: targets matched, or names clustered                        (cluster.py)
              ──► group-by entity over the event records; merged across documents,
                  ordered                                                              (assemble.py)
              ──► DataFrame / SemEval files                                             (semeval.py)

The first steps are per document (a map: local or on Dask workers); the rest is a group-by over the
documents' small records, so both engines give the same table.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator

import pandas as pd
from spacy.language import Language

from ..document import Document
from .assemble import COLUMNS, timelines_frame
from .cluster import Entity, cluster_entities, target_entities
from .facts import DocFacts
from .records import DocRecords, reduce_facts
from .reduce import merge_pieces, piece_facts
from .targets import make_targets

__all__ = ["COLUMNS", "DocFacts", "DocRecords", "Entity", "collect_facts", "collect_records", "build_timelines",
           "entity_timelines"]


def _per_piece(targets, piece, doc):
    return piece_facts(doc, piece.document, piece.offset, targets)


def collect_facts(documents: Iterable[Document], nlp: Language, names: list[str] | None = None,
                  batch_size: int = 16) -> Iterator[DocFacts]:
    """:class:`DocFacts` per document, in input order, through :func:`timeline.pipeline.run` on the full pipeline (every sentence parsed: an entity takes part in events with no time expression, which the selective path leaves unparsed); a document
    that failed yields facts with ``error`` set and nothing else."""
    from ..pipeline import EXTRACT_FULL, run

    targets = make_targets(list(names or []))
    for result in run(documents, nlp, EXTRACT_FULL, functools.partial(_per_piece, targets), batch_size):
        yield merge_pieces(result.document, [] if result.error else [f for _, f in result.pieces], result.error)


def collect_records(documents: Iterable[Document], nlp: Language, names: list[str] | None = None,
                    batch_size: int = 16) -> Iterator[DocRecords]:
    """:class:`DocRecords` per document, in input order: the facts reduced as soon as they are made."""
    for facts in collect_facts(documents, nlp, names, batch_size):
        yield reduce_facts(facts, bool(names))


def build_timelines(docs: list[DocRecords], names: list[str] | None = None, top: int | None = 10) -> pd.DataFrame:
    """The per-entity timelines table from the documents' records (see :mod:`.assemble` for the columns); a
    document that failed is kept in place (indices stay corpus positions) and contributes nothing."""
    entities = target_entities(docs, list(names)) if names else cluster_entities(docs, top)
    return timelines_frame(entities, docs)


def entity_timelines(documents: Iterable[Document | dict | str], entities: list[str] | None = None,
                     nlp: Language | None = None, model: str | None = None, top: int = 10) -> pd.DataFrame:
    """One ordered timeline per entity across ``documents``.

    ``entities``: names to build timelines for (each matched by its variants: "Steve Jobs" also as "Jobs",
    "International Business Machines" also as "IBM"); without, the ``top`` most salient named entities of
    the corpus (by documents, then mentions).

    Returns a DataFrame with one row per event: entity, ordinal (0 = not placed), anchor (YYYY-MM-DD, YYYY-MM,
    YYYY or XXXX-XX-XX) with its interval, granularity and source, the event summary and trigger, the
    mentions (JSON: doc_id, sentence, token span, character offsets), the number of source documents, tense,
    modality and whether it is asserted.
    """
    from .. import pipeline
    from ..document import as_document, warn_missing_pub_dates

    docs = [as_document(d, i) for i, d in enumerate(documents)]
    warn_missing_pub_dates(docs)
    if nlp is None:
        nlp = pipeline.load(model)
    return build_timelines(list(collect_records(docs, nlp, entities)), entities, top)
