"""Readers: files → :class:`timeline.document.Document`.

``read_path`` dispatches on the extension: ``.txt`` (and files without one), ``.html``/``.htm``,
``.jsonl``, ``.tml`` (TimeML, via :func:`timeline.readers.timeml.read_timeml`). A directory is read as
every supported file in it, sorted by name; a file in it that cannot be read becomes an error Document
(one error row) instead of stopping the others. Every document is read with a size limit
(``max_bytes``, ``--max-input-mb``; a JSONL file's limit applies to each line).
"""

from __future__ import annotations

import stat
from collections.abc import Iterable
from pathlib import Path

from ..document import Document
from ..errors import InputError
from .files import DEFAULT_MAX_BYTES, list_directory, printable, stat_input
from .html import read_html
from .jsonl import read_jsonl
from .text import read_text
from .timeml import read_timeml

TEXT_EXTENSIONS = (".txt", ".text", "")
HTML_EXTENSIONS = (".html", ".htm")
SUPPORTED = (".txt", ".text", ".html", ".htm", ".jsonl", ".tml")


def error_document(path: str | Path, message: str) -> Document:
    """The error row's Document for an input that could not be read."""
    return Document(text="", doc_id=printable(Path(path).name), error=message)


def read_file(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> list[Document]:
    """Documents in one file (several for JSONL), chosen by extension. Raises InputError."""
    ext = path.suffix.lower()
    if ext in HTML_EXTENSIONS:
        return [read_html(path, max_bytes)]
    if ext == ".jsonl":
        return read_jsonl(path, max_bytes)
    if ext == ".tml":
        doc = read_timeml(path, max_bytes)
        if doc.pub_date is not None and doc.dct_source == "none":
            doc.dct_source = "metadata"
        return [doc]
    return [read_text(path, max_bytes)]


def read_directory(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> list[Document]:
    """One or more Documents per supported file; a bad file is an error Document naming it."""
    entries = list_directory(path, SUPPORTED)
    if not entries:
        raise InputError(f"{printable(path)}: directory holds no .txt/.html/.jsonl/.tml documents")
    docs: list[Document] = []
    for entry in entries:
        if entry.error:
            docs.append(error_document(entry.path, entry.error))
            continue
        try:
            docs.extend(read_file(entry.path, max_bytes))
        except InputError as exc:
            docs.append(error_document(entry.path, str(exc)))
    return docs


def read_path(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> list[Document]:
    """Documents in ``path`` (one, or several for JSONL and directories). Raises InputError when ``path``
    itself cannot be read; inside a directory or JSONL file, a bad member is an error Document."""
    path = Path(path)
    if stat.S_ISDIR(stat_input(path).st_mode):
        return read_directory(path, max_bytes)
    return read_file(path, max_bytes)


def read_inputs(paths: Iterable[str | Path], keep_going: bool = False,
                max_bytes: int = DEFAULT_MAX_BYTES) -> list[Document]:
    """Documents from every path. With ``keep_going`` (multi-document runs) a path that cannot be read
    becomes an error Document instead of stopping the run."""
    docs: list[Document] = []
    for p in paths:
        try:
            docs.extend(read_path(p, max_bytes))
        except InputError as exc:
            if not keep_going:
                raise
            docs.append(error_document(p, str(exc)))
    return docs
