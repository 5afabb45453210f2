"""The part store: parts in OUT.parts/ while the run goes, then OUT and its manifest, never out of step."""

from __future__ import annotations

import contextlib
import csv
import io
import os
import shutil
from collections.abc import Callable
from itertools import chain
from pathlib import Path

import pandas as pd

from ..errors import OutputError, UsageError
from ..export.atomic import CheckedFile, write_atomic, write_text_atomic
from ..export.csv_json import to_csv_string
from ..export.parquet import concat_parquet, write_parquet
from ..readers.files import printable
from ..table import empty_table
from .hooks import test_hook
from .manifest import (
    CORPUS_FORMATS,
    MANIFEST_FIELDS,
    MANIFEST_SUFFIX,
    Key,
    ManifestEntry,
    manifest_keys,
    manifest_path,
    manifest_text,
    parts_dir,
)


COMMITTED = "COMMITTED"  # in OUT.parts/: the final files are complete; the run is finished
FRESH = "FRESH"  # in OUT.parts/: started without --resume; an OUT already beside it is not part of this run
FINAL_DATA = "final.data"
FINAL_MANIFEST = "final" + MANIFEST_SUFFIX


class PartStore:
    """Parts in ``OUT.parts/`` while the run goes, then OUT and its manifest through the journal described
    in the module notes. The caller holds OUT's lock (:func:`timeline.export.lock.output_lock`)."""

    def __init__(self, out: str | Path, fmt: str, resume: bool, raw_cells: bool = False):
        if fmt not in CORPUS_FORMATS:
            raise UsageError(f"corpus mode writes {' or '.join(CORPUS_FORMATS)}, not {fmt}")
        self.out, self.fmt, self.raw_cells = Path(out), fmt, raw_cells
        self.manifest = manifest_path(out)
        self.dir = parts_dir(out)
        self.docs_written = 0  # documents in the parts this run wrote
        try:
            shutil.rmtree(self._new_dir(), ignore_errors=True)  # left by a run that died making it
            if self.dir.exists():
                self._roll_forward()  # an earlier run got past its commit: finish it first, whatever this run is
            if not resume:
                if self.dir.exists():
                    shutil.rmtree(self.dir)  # leftovers of an interrupted run nobody asked to resume
                self._make_fresh_dir()
            else:
                self.dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OutputError(f"{printable(self.dir)}: cannot write ({exc.strerror or exc})") from None
        # a finished earlier run is the base this run adds to (only under --resume, and never under FRESH)
        self.base = (resume and not (self.dir / FRESH).exists() and self.out.exists()
                     and self.manifest.exists())
        self._drop_orphans()
        self.next_index = 1 + max((self._index(p) for p in self._manifests()), default=-1)

    def _new_dir(self) -> Path:
        return self.dir.with_name(f".{self.dir.name}.new")  # one name will do: we hold OUT's lock

    def _make_fresh_dir(self) -> None:
        # built aside and renamed into place, so OUT.parts/ never exists without its FRESH mark
        tmp = self._new_dir()
        tmp.mkdir(parents=True)
        (tmp / FRESH).touch()
        os.rename(tmp, self.dir)

    @staticmethod
    def _index(p: Path) -> int:
        return int(p.name.split("-")[1].split(".")[0])

    def _manifests(self) -> list[Path]:
        return sorted(self.dir.glob("part-*" + MANIFEST_SUFFIX))

    def _data(self, i: int) -> Path:
        return self.dir / f"part-{i:06d}.{self.fmt}"

    def _drop_orphans(self) -> None:
        # a data file whose manifest never got written belongs to an interrupted part: its documents are
        # not in any manifest, so they will be done again; the rows must not be counted twice
        have = {self._index(p) for p in self._manifests()}
        for p in self.dir.glob("part-*"):
            if not p.name.endswith(MANIFEST_SUFFIX) and self._index(p) not in have:
                p.unlink()
        for p in chain(self.dir.glob(".*"), self.dir.glob("final.*")):
            p.unlink()  # temporary files of an interrupted write; a combine that never committed

    def done_keys(self) -> set[Key]:
        done: set[Key] = set()
        if self.base:
            done.update(manifest_keys(self.manifest))
        for p in self._manifests():
            done.update(manifest_keys(p))
        return done

    def write_part(self, table: pd.DataFrame, entries: list[ManifestEntry]) -> None:
        i = self.next_index
        self.next_index += 1
        if self.fmt == "parquet":
            write_parquet(table, self._data(i))
        else:
            write_text_atomic(self._data(i), to_csv_string(table, raw=self.raw_cells))
        test_hook("part-data")
        write_text_atomic(self.dir / f"part-{i:06d}{MANIFEST_SUFFIX}", manifest_text(entries))
        self.docs_written += len(entries)
        test_hook("part")

    def finish(self) -> tuple[int, int, int]:
        """Combine base and parts into OUT and its manifest; return (documents, errors, rows) in them."""

        manifests = ([self.manifest] if self.base else []) + self._manifests()
        data = ([self.out] if self.base else []) + [self._data(self._index(p)) for p in self._manifests()]
        counts = [0, 0, 0]

        def write_manifest(tmp: Path) -> None:
            with CheckedFile(tmp, "w") as f:
                buf = io.StringIO()
                w = csv.writer(buf, lineterminator="\n")
                w.writerow(MANIFEST_FIELDS)
                for m in manifests:
                    with open(m, newline="", encoding="utf-8") as src:
                        for row in csv.DictReader(src):
                            counts[0] += 1
                            counts[1] += row["status"] == "error"
                            counts[2] += int(row["n_rows"] or 0)
                            w.writerow([row[k] for k in MANIFEST_FIELDS])  # cells as written: already safe
                            if buf.tell() >= 1 << 20:
                                f.write(buf.getvalue().encode("utf-8"))
                                buf.seek(0)
                                buf.truncate()
                f.write(buf.getvalue().encode("utf-8"))

        write_atomic(self.dir / FINAL_DATA, _naming(self.out, lambda tmp: self._combine(data, tmp)))
        write_atomic(self.dir / FINAL_MANIFEST, _naming(self.manifest, write_manifest))
        test_hook("combined")
        write_text_atomic(self.dir / COMMITTED, "")
        test_hook("committed")
        self._roll_forward()
        return counts[0], counts[1], counts[2]

    def _roll_forward(self) -> None:
        """Steps 3-4 of the journal: idempotent, so a run that died anywhere in them is completed."""
        if not (self.dir / COMMITTED).exists():
            return
        final_data, final_manifest = self.dir / FINAL_DATA, self.dir / FINAL_MANIFEST
        try:
            if final_data.exists():
                # a symlinked OUT keeps its link: the file it points to is replaced
                os.replace(final_data, os.path.realpath(self.out) if self.out.is_symlink() else self.out)
                test_hook("out")
            if final_manifest.exists():
                os.replace(final_manifest, self.manifest)
                test_hook("manifest")
            for p in self.dir.iterdir():
                if p.name != COMMITTED:
                    p.unlink()
            test_hook("cleanup")
            (self.dir / COMMITTED).unlink()  # last: until here, a crash still rolls forward
            self.dir.rmdir()
        except OSError as exc:
            raise OutputError(f"{printable(self.out)}: cannot write ({exc.strerror or exc})") from None

    def _combine(self, data: list[Path], tmp: Path) -> None:
        if self.fmt == "parquet":
            concat_parquet(data, tmp)  # one part's row group at a time: bounded memory
        else:
            with CheckedFile(tmp, "w") as out:
                header_written = False
                for p in data:
                    with open(p, "rb") as src:
                        header = src.readline()
                        if not header_written:
                            out.write(header)
                            header_written = True
                        while chunk := src.read(1 << 20):
                            out.write(chunk)
                if not header_written:
                    out.write(to_csv_string(empty_table(), raw=self.raw_cells).encode("utf-8"))

    def abandon_if_empty(self) -> None:
        with contextlib.suppress(OSError):
            if {p.name for p in self.dir.iterdir()} <= {FRESH}:  # only when nothing was written
                (self.dir / FRESH).unlink(missing_ok=True)
                self.dir.rmdir()


def _naming(target: Path, writer: Callable[[Path], None]) -> Callable[[Path], None]:
    """``writer``, its failure (a full disk) reported against ``target``, not the journal's file name."""

    def write(tmp: Path) -> None:
        try:
            writer(tmp)
        except OSError as exc:
            raise OutputError(f"{printable(target)}: cannot write ({exc.strerror or exc})") from None

    return write
