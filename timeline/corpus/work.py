"""The unit of work of every engine: a partition of documents in, its rows and manifest entries out."""

from __future__ import annotations

import warnings
from dataclasses import dataclass

import pandas as pd

from ..document import Document
from ..pipeline import extract_documents, load
from ..table import apply_schema, empty_table, sort_table
from .manifest import Key, ManifestEntry

@dataclass
class PartitionResult:
    entries: list[ManifestEntry]
    table: pd.DataFrame  # typed rows (timeline.table schema), documents in input order
    words: int = 0


def rows_to_frame(docs_rows: list[list[dict]]) -> pd.DataFrame:
    """One typed DataFrame for a partition's rows: one DataFrame construction per partition, not per
    document. Documents keep their input order; within a document, rows follow timeline order."""
    flat: list[dict] = []
    seq: list[int] = []
    for i, rows in enumerate(docs_rows):
        flat.extend(rows)
        seq.extend([i] * len(rows))
    if not flat:
        return empty_table()
    # one partition's documents in input order, each in timeline order: the table's own sort, grouped
    return sort_table(apply_schema(pd.DataFrame(flat)), group=seq)


def process_partition(items: list[tuple[Document, Key]], model: str | None = None, batch_size: int = 32,
                      nlp=None) -> PartitionResult:
    """The unit of work of every engine: a partition of (document, (source, position)) in, its rows and
    manifest entries out. Runs :func:`timeline.pipeline.extract_documents`; the pipeline is loaded once per
    process (``timeline.pipeline.load`` caches it), so a worker pays for it on its first partition only."""
    if nlp is None:
        nlp = load(model)
    keys = {id(d): k for d, k in items}
    entries: list[ManifestEntry] = []
    all_rows: list[list[dict]] = []
    words = 0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # per-document warnings would flood a corpus run; the manifest has errors
        for d, rows in extract_documents((d for d, _ in items), nlp, batch_size):
            err = next((r["error"] for r in rows if r.get("error")), None)
            source, position = keys[id(d)]
            entries.append(ManifestEntry(d.doc_id, "error" if err else "ok", err or "", len(rows), source, position))
            all_rows.append(rows)
            if not d.error:
                words += len(d.text.split())
    return PartitionResult(entries, rows_to_frame(all_rows), words)
