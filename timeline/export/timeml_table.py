"""TimeML export of the event table's time expressions, through the TimeML writer
(:func:`timeline.export.timeml.write_timeml`). The table's rows carry the timex fields; the documents
carry the text the offsets refer to."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from ..errors import UsageError
from ..temporal.timex import Timex
from .atomic import write_text_atomic
from .names import inside, plan_names, write_index
from .timeml import write_timeml


def _timexes_for(df: pd.DataFrame, doc) -> list[Timex]:
    sub = df[(df["doc_id"] == doc.doc_id) & df["error"].isna() & df["char_start"].notna()]
    seen, out = set(), []
    for r in sub.itertuples(index=False):
        key = (int(r.char_start), int(r.char_end))
        # two documents may share an id (a repeated JSONL id): only spans that fit this text are its own
        if key in seen or doc.text[key[0]:key[1]] != str(r.timex_text):
            continue
        seen.add(key)
        out.append(Timex(text=str(r.timex_text), start=key[0], end=key[1], type=str(r.timex_type),
                         value=str(r.timex_value), mod=None if pd.isna(r.timex_mod) else str(r.timex_mod)))
    return sorted(out, key=lambda t: t.start)


def timeml_documents(df: pd.DataFrame, documents) -> list[tuple[object, str]]:
    """(document, TimeML) for every readable document, in input order; repeated ids are all kept."""
    return [(d, write_timeml(d, _timexes_for(df, d))) for d in documents if not d.error]


def timeml_strings(df: pd.DataFrame, documents) -> dict[str, str]:
    return {d.doc_id: xml for d, xml in timeml_documents(df, documents)}


def write_timeml_docs(df: pd.DataFrame, documents, path: str | Path) -> Path:
    """One document → ``path``; several → ``path`` is a directory of ``.tml`` files named by
    :mod:`timeline.export.names` (never by the raw id) and listed in its ``names.csv``."""
    docs = timeml_documents(df, documents)
    path = Path(path)
    if len(docs) == 1 and not path.is_dir():
        return write_text_atomic(path, docs[0][1])
    if path.exists() and not path.is_dir():
        raise UsageError(f"{path}: TimeML output for several documents needs a directory")
    # every name is planned before the first write, so no id can stop the run halfway
    files = [inside(path, n) for n in plan_names([d.doc_id for d, _ in docs])]
    for target, (_, text) in zip(files, docs):
        write_text_atomic(target, text)
    write_index(path, [(d.doc_id, f.name, str(d.meta.get("path", ""))) for f, (d, _) in zip(files, docs)])
    return path
