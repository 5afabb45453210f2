"""The corpus as a stream of Documents: a JSONL file line by line, a folder entry by entry."""

from __future__ import annotations

import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..document import Document
from ..errors import InputError
from ..readers import SUPPORTED, read_path
from ..readers.files import (
    DEFAULT_MAX_BYTES,
    limited_lines,
    list_directory,
    open_input,
    printable,
    stat_input,
    too_large_message,
)
from ..readers.jsonl import parse_jsonl_bytes
from .manifest import Key


@dataclass
class SourceItem:
    document: Document
    nbytes: int  # input bytes this document came from, for the progress fraction
    source: str  # input file name (printable), for the manifest
    position: int = 1  # line in a JSONL file; 1 for a one-document file

    @property
    def key(self) -> Key:
        return self.source, self.position


def _writable_id(doc_id: str) -> str:
    # a lone surrogate (a JSON "\\ud800" escape) cannot be written as UTF-8: the manifest and Parquet refuse it
    try:
        doc_id.encode("utf-8")
    except UnicodeEncodeError:
        return printable(doc_id)
    return doc_id


class CorpusSource:
    """Documents from a JSONL file, a single document file or a directory, one at a time.

    A JSONL file is read line by line and a directory file by file, in the readers' order
    (:func:`timeline.readers.files.list_directory`, by name), so no more than one document is held. A line,
    file or directory entry that cannot be read (a symlink loop, a broken link, a FIFO) becomes an error
    Document and the run goes on.
    """

    def __init__(self, path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES):
        self.path = Path(path)
        self.max_bytes = max_bytes  # per file, and per line of a JSONL file (--max-input-mb)
        st = stat_input(self.path)  # InputError saying why: missing, a broken link, a symlink loop
        self.is_dir = stat.S_ISDIR(st.st_mode)
        if self.is_dir:
            # the readers' own listing, so a folder's documents come in the same order as `timeline extract DIR`
            self.entries = list_directory(self.path, SUPPORTED)
            if not self.entries:
                raise InputError(f"{printable(self.path)}: directory holds no .txt/.html/.jsonl/.tml documents")
            self.total_bytes = sum(_size(e.path) for e in self.entries if not e.error)
        else:
            self.total_bytes = st.st_size

    def __iter__(self) -> Iterator[SourceItem]:
        if not self.is_dir:
            yield from self._file(self.path)
            return
        for entry in self.entries:
            if entry.error:
                name = printable(entry.path.name)
                whole = 0 if name.lower().endswith(".jsonl") else 1  # position 0: a JSONL file as a whole
                yield SourceItem(Document(text="", doc_id=name, error=entry.error), 0, name, whole)
            else:
                yield from self._file(entry.path)

    def _file(self, path: Path) -> Iterator[SourceItem]:
        name = printable(path.name)
        if path.suffix.lower() == ".jsonl":
            yield from self._jsonl(path, name)
            return

        try:
            size = path.stat().st_size
            docs = read_path(path, self.max_bytes)
        except (InputError, OSError) as exc:
            msg = str(exc) if isinstance(exc, InputError) else f"{printable(path)}: cannot read ({exc.strerror or exc})"
            yield SourceItem(Document(text="", doc_id=name, error=msg), 0, name)
            return
        for i, d in enumerate(docs):
            d.doc_id = _writable_id(d.doc_id)
            yield SourceItem(d, size if i == 0 else 0, name, i + 1)

    def _jsonl(self, path: Path, name: str) -> Iterator[SourceItem]:
        try:
            f = open_input(path)
        except InputError as exc:
            yield SourceItem(Document(text="", doc_id=name, error=str(exc)), 0, name, 0)
            return
        with f:
            try:
                yield from self._jsonl_lines(f, name)
            except OSError as exc:  # EIO and the like halfway through: the lines read so far stay done
                error = f"{printable(path)}: cannot read ({exc.strerror or exc})"
                yield SourceItem(Document(text="", doc_id=name, error=error), 0, name, 0)

    def _jsonl_lines(self, f, name: str) -> Iterator[SourceItem]:
        """The reader's own line functions (as in :func:`timeline.readers.jsonl.iter_jsonl`), each line's
        number kept: it is the document's identity."""

        for n, raw in enumerate(limited_lines(f, self.max_bytes), 1):
            where = f"{name}:{n}"
            if raw is None:
                error = too_large_message(where, self.max_bytes, "line longer")
                yield SourceItem(Document(text="", doc_id=where, error=error), self.max_bytes, name, n)
                continue
            nbytes = len(raw)
            if n == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]  # a UTF-8 byte-order mark
            if raw.strip():
                doc = parse_jsonl_bytes(raw, where)
                doc.doc_id = _writable_id(doc.doc_id)
                yield SourceItem(doc, nbytes, name, n)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0
