"""Safe, unique file names for documents written one file each into an output folder.

Document ids come from the web (a JSONL ``id``) and may be ``/etc/cron.d/x``, ``../../x``, ``CON``, a name
with a NUL byte, or two ids that differ only in case. None of them may choose where a file lands. Every
name is planned before the first file is written, so a hostile id can no longer fail a run halfway through.
When a file could not simply be named after its input or id, the plan is recorded in ``names.csv`` beside
the files (``doc_id,file,source``), so nothing is lost in the mapping.

A name keeps the readable part of the id (ASCII letters, digits, ``.``, ``_``, ``-``; accents folded);
anything else becomes ``_``. When that changed the id, or the name had to be shortened, a short hash of the
whole id is appended, so different ids never collapse into one file and the same id always gets the same
name. Names a file system treats specially (``CON``, ``NUL``, ``COM1`` ... on Windows; a leading ``.``)
are never produced.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
import unicodedata
from collections.abc import Iterable, Sequence
from pathlib import Path

from ..errors import OutputError
from .atomic import write_text_atomic
from .cells import neutralise, restore

INDEX_NAME = "names.csv"
MAX_STEM = 80  # well under the 255-byte limit of common file systems, suffix and hash included
HASH_LEN = 10
# Extensions of our inputs, dropped before the output suffix is added (article.txt -> article.tml).
INPUT_EXTENSIONS = (".tml", ".txt", ".html", ".htm", ".xml", ".json")
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_DOTS = re.compile(r"\.{2,}")
# Windows refuses these as a file's base name whatever the extension ("con.tml" included).
# (Names are folded to ASCII first, so the superscript-digit variants "COM¹" arrive here as "COM1".)
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"{p}{n}" for p in ("COM", "LPT") for n in range(10))}


def id_hash(doc_id: str) -> str:
    # surrogatepass: a JSON id may hold a lone surrogate, which plain UTF-8 refuses to encode
    return hashlib.sha256(doc_id.encode("utf-8", "surrogatepass")).hexdigest()[:HASH_LEN]


def _fold(text: str) -> str:
    """Accented letters to their ASCII base (é -> e), so readable names stay readable."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _clean_stem(stem: str) -> str:
    cleaned = _UNSAFE.sub("_", _fold(stem))
    cleaned = _DOTS.sub(".", cleaned)  # no '..' survives, even between safe characters
    return cleaned.strip("._-")  # no hidden files, no option-like names, no Windows trailing dot


def _is_reserved(stem: str) -> bool:
    return stem.split(".", 1)[0].upper() in _RESERVED


def _drop_input_extension(doc_id: str, suffix: str) -> str:
    for ext in (suffix, *INPUT_EXTENSIONS):
        if ext and doc_id.lower().endswith(ext) and len(doc_id) > len(ext):
            return doc_id[: -len(ext)]
    return doc_id


def safe_name(doc_id: str, suffix: str = ".tml") -> str:
    """A file name (no directory part) for ``doc_id``; the same id always gives the same name."""
    stem = _drop_input_extension(doc_id, suffix)
    cleaned = _clean_stem(stem)
    changed = cleaned != stem or _is_reserved(cleaned) or not cleaned
    if len(cleaned) > MAX_STEM:
        cleaned, changed = cleaned[:MAX_STEM].rstrip("._-"), True
    if changed:
        cleaned = f"{cleaned}-{id_hash(doc_id)}" if cleaned else f"doc-{id_hash(doc_id)}"
    return cleaned + suffix


def is_safe_file_name(name: str) -> bool:
    """Whether ``name`` may be used as it is: the planner would not change a single character of it."""
    stem, dot, ext = name.rpartition(".")
    if not dot or not stem:
        return False
    return safe_name(name, "." + ext) == name


def plan_names(doc_ids: Sequence[str], suffix: str = ".tml", keep: Sequence[str | None] | None = None) -> list[str]:
    """One distinct file name per entry of ``doc_ids`` (duplicates included), in the same order.

    ``keep[i]``, when given, is a name to use as it is if it is safe (a ``.tml`` input's own file name, which
    TempEval-3 submissions need). Names are compared case-insensitively, as macOS and Windows do; a later
    entry that would clash gets the id's hash, then a counter, so the plan depends only on the input order.
    """
    taken = {INDEX_NAME.lower()}
    out: list[str] = []
    for i, doc_id in enumerate(doc_ids):
        wanted = keep[i] if keep is not None and keep[i] else None
        base = wanted if wanted is not None and is_safe_file_name(wanted) else safe_name(wanted or doc_id, suffix)
        name = base
        if name.lower() in taken:
            stem, ext = _split_ext(base)
            hashed = f"{stem[:MAX_STEM]}-{id_hash(doc_id)}"
            name, n = hashed + ext, 2
            while name.lower() in taken:
                name, n = f"{hashed}-{n}{ext}", n + 1
        taken.add(name.lower())
        out.append(name)
    return out


def _split_ext(name: str) -> tuple[str, str]:
    stem, dot, ext = name.rpartition(".")
    return (stem, dot + ext) if dot and stem else (name, "")


def inside(out_dir: Path, name: str) -> Path:
    """``out_dir / name``, refusing a name that is not one plain component (a last line of defence)."""
    if name in ("", ".", "..") or Path(name).name != name or any(c in name for c in "/\\\0"):
        raise OutputError(f"{out_dir}: refusing unsafe output file name {name!r}")
    return out_dir / name


IndexRow = tuple[str, str, str]  # doc_id, file, source (the input file, when there is one)


def index_text(rows: Iterable[IndexRow]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(["doc_id", "file", "source"])
    for doc_id, name, source in rows:
        # ids and paths are untrusted: spreadsheet-safe like every other CSV cell we write
        writer.writerow([neutralise(_printable(doc_id)), name, neutralise(_printable(source))])
    return buf.getvalue()


def _printable(text: str) -> str:
    """``text`` as a CSV cell: NUL and lone surrogates cannot be written as text, so they are escaped."""
    return text.encode("utf-8", "surrogatepass").decode("utf-8", "backslashreplace").replace("\0", "\\x00")


def read_index(out_dir: Path) -> list[IndexRow]:
    path = out_dir / INDEX_NAME
    if not path.is_file():
        return []
    try:
        with open(path, encoding="utf-8", newline="") as fh:
            rows = list(csv.reader(fh))
    except (OSError, UnicodeDecodeError, csv.Error):
        return []  # an unreadable old index is replaced, not fatal
    return [(restore(r[0]), r[1], restore(r[2])) for r in rows[1:] if len(r) == 3]


def renamed(row: IndexRow) -> bool:
    """Whether a reader could not guess the file from the row: neither the input's own file name nor the id
    with its extension swapped for the output's."""
    doc_id, name, source = row
    suffix = Path(name).suffix
    return name not in (Path(source).name if source else None, _drop_input_extension(doc_id, suffix) + suffix)


def write_index(out_dir: Path, rows: Sequence[IndexRow]) -> Path | None:
    """Record ``doc_id -> file`` in ``names.csv`` when some file had to be renamed.

    A folder where every file is named the obvious way (a TempEval-3 submission) gets no extra file. An index
    left by an earlier run is kept up to date: its entries for files this run did not rewrite stay.
    """
    rows = list(rows)
    if not any(renamed(r) for r in rows) and not (out_dir / INDEX_NAME).is_file():
        return None
    written = {name.lower() for _, name, _ in rows}
    kept = [r for r in read_index(out_dir)
            if r[1].lower() not in written and is_safe_file_name(r[1]) and (out_dir / r[1]).is_file()]
    return write_text_atomic(out_dir / INDEX_NAME, index_text(kept + rows))
