"""Readers: files → :class:`timeline.document.Document`.

``read_path`` dispatches on the extension: ``.txt`` (and files without one), ``.html``/``.htm``,
``.jsonl``, ``.tml`` (TimeML, via :func:`timeline.readers.timeml.read_timeml`). A directory is read as
every supported file in it, sorted by name.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from ..document import Document
from ..errors import InputError

TEXT_EXTENSIONS = (".txt", ".text", "")
HTML_EXTENSIONS = (".html", ".htm")
SUPPORTED = (".txt", ".text", ".html", ".htm", ".jsonl", ".tml")


def read_path(path: str | Path) -> list[Document]:
    """Documents in ``path`` (one, or several for JSONL and directories). Raises InputError."""
    path = Path(path)
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in SUPPORTED
                       and not p.name.endswith(".meta.json"))
        if not files:
            raise InputError(f"{path}: directory holds no .txt/.html/.jsonl/.tml documents")
        return [d for f in files for d in read_path(f)]
    if not path.exists():
        raise InputError(f"{path}: no such file")
    ext = path.suffix.lower()
    if ext in HTML_EXTENSIONS:
        from .html import read_html

        return [read_html(path)]
    if ext == ".jsonl":
        from .jsonl import read_jsonl

        return read_jsonl(path)
    if ext == ".tml":
        from .timeml import read_timeml

        doc = read_timeml(path)
        if doc.pub_date is not None and doc.dct_source == "none":
            doc.dct_source = "metadata"
        return [doc]
    from .text import read_text

    return [read_text(path)]


def read_inputs(paths: Iterable[str | Path], keep_going: bool = False) -> list[Document]:
    """Documents from every path. With ``keep_going`` (multi-document runs) a path that cannot be read
    becomes an error Document instead of stopping the run."""
    docs: list[Document] = []
    for p in paths:
        try:
            docs.extend(read_path(p))
        except InputError as exc:
            if not keep_going:
                raise
            docs.append(Document(text="", doc_id=Path(p).name, error=str(exc)))
    return docs
