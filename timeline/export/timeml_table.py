"""TimeML export of the event table's time expressions, through the TimeML writer
(:func:`timeline.export.timeml.write_timeml`). The table's rows carry the timex fields; the documents
carry the text the offsets refer to."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from ..errors import UsageError
from ..temporal.timex import Timex
from .atomic import write_text_atomic


def _timexes_for(df: pd.DataFrame, doc_id: str) -> list[Timex]:
    sub = df[(df["doc_id"] == doc_id) & df["error"].isna() & df["char_start"].notna()]
    seen, out = set(), []
    for r in sub.itertuples(index=False):
        key = (int(r.char_start), int(r.char_end))
        if key in seen:
            continue
        seen.add(key)
        out.append(Timex(text=str(r.timex_text), start=key[0], end=key[1], type=str(r.timex_type),
                         value=str(r.timex_value), mod=None if pd.isna(r.timex_mod) else str(r.timex_mod)))
    return sorted(out, key=lambda t: t.start)


def timeml_strings(df: pd.DataFrame, documents) -> dict[str, str]:
    from .timeml import write_timeml

    return {d.doc_id: write_timeml(d, _timexes_for(df, d.doc_id)) for d in documents if not d.error}


def write_timeml_docs(df: pd.DataFrame, documents, path: str | Path) -> Path:
    """One document → ``path``; several → ``path`` is a directory of ``<doc_id>.tml`` files."""
    docs = timeml_strings(df, documents)
    path = Path(path)
    if len(docs) == 1 and not path.is_dir():
        return write_text_atomic(path, next(iter(docs.values())))
    if path.exists() and not path.is_dir():
        raise UsageError(f"{path}: TimeML output for several documents needs a directory")
    for doc_id, text in docs.items():
        name = doc_id if doc_id.endswith(".tml") else Path(doc_id).stem + ".tml"
        write_text_atomic(path / name, text)
    return path
