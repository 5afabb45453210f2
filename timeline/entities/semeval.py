"""The SemEval-2015 TimeLine format: one file per entity, ``ORDINAL<TAB>ANCHOR<TAB>MENTION...`` lines."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from ..export.atomic import write_text_atomic
from .names import entity_file_name


def timeline_text(entity: str, rows: pd.DataFrame) -> str:
    """One entity's file: the entity, then its events (ordinal 0 first, as the task's files have them)."""
    lines = [entity]
    for r in rows.sort_values("ordinal", kind="stable").itertuples(index=False):
        mentions = str(r.semeval_mentions).split()
        if mentions:
            lines.append("\t".join([str(int(r.ordinal)), str(r.anchor), *mentions]))
    return "\n".join(lines) + "\n"


def write_semeval(df: pd.DataFrame, entities: list[str], out_dir: str | Path) -> list[Path]:
    """A file per entity in ``out_dir`` (created); an entity with no event gets a file with its name only."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name in entities:
        rows = df[df["entity"] == name]
        path = out / entity_file_name(name)
        write_text_atomic(path, timeline_text(name, rows))
        written.append(path)
    return written
