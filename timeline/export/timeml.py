"""Write TempEval-3 submission TimeML: the input's TEXT, byte for byte, with our TIMEX3 tags inline.

TempEval-3 scores nothing for a document whose TEXT (tags removed) differs from the gold file's, so when the
document came from a ``.tml`` file we rebuild TEXT from the raw file itself, keeping its entity spelling and
whitespace (CRLF included), and only insert tags.

The raw file is untrusted, so its prolog is not copied blindly: a ``<!DOCTYPE>`` (with its internal subset)
and any other markup declaration is dropped, so an external entity (``SYSTEM "file:///etc/passwd"``), a
parameter entity or a "billion laughs" chain in the input never reaches a parser that reads our output.
References to the entities it declared are written as literal text (``&amp;name;``), which is what the
reader made of them: it expands only XML's predefined entities and character references.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from xml.sax.saxutils import escape

from ..document import Document
from ..readers.timeml import locate_text, scan_text
from ..temporal.timex import Timex

_TIMEML_OPEN = (
    '<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
    'xsi:noNamespaceSchemaLocation="http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd">'
)
_QUOT = {'"': "&quot;"}
# Annotation after TEXT that points at gold EVENT/TIMEX3 ids.
LINK_ELEMENTS = ("MAKEINSTANCE", "TLINK", "SLINK", "ALINK")
_DECLARATION_RE = re.compile(r"<!--|<!(?:DOCTYPE|ENTITY|ELEMENT|ATTLIST|NOTATION)\b", re.I)
# An entity reference other than XML's five predefined ones (character references are always fine).
_UNDECLARED_REF_RE = re.compile(r"&(?!(?:amp|lt|gt|quot|apos);)([A-Za-z_:][\w.:-]*;)")
# Characters XML 1.0 cannot carry at all (a JSONL id or text may hold them).
_NOT_XML_CHAR_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def select_timexes(timexes: Iterable[Timex], text_len: int) -> list[Timex]:
    """Non-overlapping, in-range timexes in text order; on overlap the earlier (then longer) one wins.

    Inline tags cannot cross, and TempEval-3 gold never nests TIMEX3, so overlaps are resolved rather than nested.
    """
    valid = [t for t in timexes if 0 <= t.start < t.end <= text_len]
    valid.sort(key=lambda t: (t.start, -(t.end - t.start)))
    kept: list[Timex] = []
    for t in valid:
        if not kept or t.start >= kept[-1].end:
            kept.append(t)
    return kept


def _assign_tids(timexes: Sequence[Timex]) -> list[str]:
    """Keep a timex's own tid when it is usable; otherwise the next free tN. t0 is the DCT's."""
    used = {"t0"}
    tids: list[str | None] = []
    for t in timexes:
        tid = t.tid if t.tid and t.tid not in used else None
        if tid:
            used.add(tid)
        tids.append(tid)
    n = 1
    out: list[str] = []
    for tid in tids:
        if tid is None:
            while f"t{n}" in used:
                n += 1
            tid = f"t{n}"
            used.add(tid)
        out.append(tid)
    return out


def _open_tag(t: Timex, tid: str) -> str:
    attrs = [("tid", tid), ("type", t.type), ("value", t.value)]
    attrs += [(k, getattr(t, k)) for k in ("mod", "quant", "freq") if getattr(t, k)]
    # Always double quotes: some TempEval tooling matches attributes with regexes that assume them.
    return "<TIMEX3 " + " ".join(f'{k}="{escape(str(v), _QUOT)}"' for k, v in attrs) + ">"


def _tagged(out_text: str, timexes: Sequence[Timex], out_pos: Sequence[int],
            out_end: Sequence[int] | None = None) -> str:
    """``out_text`` (the output spelling of the text) with TIMEX3 tags inserted.

    ``out_pos[i]`` is where character i of the plain text starts in ``out_text`` (entities make them differ);
    ``out_end[i]``, where a span ending at i ends, when that differs (spaces the reader re-spaced away).
    """
    kept = select_timexes(timexes, len(out_pos) - 1)
    ends = out_pos if out_end is None else out_end
    parts: list[str] = []
    pos = 0
    for t, tid in zip(kept, _assign_tids(kept)):
        s, e = out_pos[t.start], ends[t.end]
        parts += [out_text[pos:s], _open_tag(t, tid), out_text[s:e], "</TIMEX3>"]
        pos = e
    parts.append(out_text[pos:])
    return "".join(parts)


def write_timeml(doc: Document, timexes: Iterable[Timex], keep_links: bool = True) -> str:
    """TimeML for ``doc`` with ``timexes`` (offsets into ``doc.text``) as inline TIMEX3.

    If the document was read from TimeML (``doc.meta["raw"]``), everything outside TEXT is kept as it was
    (DCT included); ``keep_links=False`` drops the MAKEINSTANCE/TLINK/SLINK/ALINK elements, which refer to
    the gold EVENT and TIMEX3 ids that the rewritten TEXT no longer carries.
    """
    timexes = list(timexes)
    raw = doc.meta.get("raw")
    if isinstance(raw, str):
        layout = locate_text(raw)
        scan = scan_text(raw[layout.content_start:layout.content_end])
        if scan.text == doc.text:
            body = _tagged(scan.stripped_raw, timexes, scan.raw_pos, scan.raw_end)
        else:
            # The text was changed after reading, so the raw spelling no longer lines up: escape ours instead.
            body = _tagged_escaped(doc.text, timexes)
        head, tail = raw[:layout.content_start], raw[layout.content_end:]
        if not keep_links:
            tail = _strip_elements(tail, LINK_ELEMENTS)
        head, head_stripped = strip_declarations(head)
        tail, tail_stripped = strip_declarations(tail)
        out = head + body + tail
        if head_stripped or tail_stripped:
            out = _UNDECLARED_REF_RE.sub(r"&amp;\1", out)  # their declarations are gone: keep them as text
        return out
    return _minimal_document(doc, timexes)


def strip_declarations(fragment: str) -> tuple[str, bool]:
    """``fragment`` without DOCTYPE and other markup declarations, and whether any was removed.

    A declaration ends at the first ``>`` outside quotes and outside its ``[...]`` internal subset; comments
    are skipped whole, so a quote or bracket inside one cannot throw the scan off.
    """
    parts: list[str] = []
    pos = 0
    removed = False
    while (m := _DECLARATION_RE.search(fragment, pos)) is not None:
        if m.group(0) == "<!--":
            close = fragment.find("-->", m.end())
            end = len(fragment) if close < 0 else close + 3
            parts.append(fragment[pos:end])
            pos = end
            continue
        parts.append(fragment[pos:m.start()])
        end = _declaration_end(fragment, m.end())
        if fragment.startswith("\r\n", end):
            end += 2  # the declaration's own line goes with it
        elif fragment.startswith("\n", end):
            end += 1
        pos, removed = end, True
    parts.append(fragment[pos:])
    return "".join(parts), removed


def _declaration_end(text: str, i: int) -> int:
    """Index just past the ``>`` closing the declaration whose body starts at ``i`` (or the end of text)."""
    quote, depth = "", 0
    while i < len(text):
        ch = text[i]
        if quote:
            if ch == quote:
                quote = ""
        elif text.startswith("<!--", i):
            close = text.find("-->", i + 4)
            if close < 0:
                return len(text)
            i = close + 3
            continue
        elif ch in "\"'":
            quote = ch
        elif ch == "[":
            depth += 1
        elif ch == "]":
            depth = max(depth - 1, 0)
        elif ch == ">" and depth == 0:
            return i + 1
        i += 1
    return len(text)


def _tagged_escaped(text: str, timexes: Sequence[Timex]) -> str:
    """Escape text and insert tags, mapping plain offsets through the escaping.

    A character XML cannot hold (NUL, a lone surrogate from a bad JSON escape) becomes U+FFFD, one for one,
    so the file stays well-formed and the offsets still line up.
    """
    pieces = [escape(ch) for ch in _NOT_XML_CHAR_RE.sub("\ufffd", text)]
    out_pos = [0]
    for p in pieces:
        out_pos.append(out_pos[-1] + len(p))
    return _tagged("".join(pieces), timexes, out_pos)


def _strip_elements(fragment: str, names: Sequence[str]) -> str:
    """Remove whole lines holding only a self-closing element in ``names`` (how TimeML files lay links out)."""
    pattern = re.compile(r"^[ \t]*<(?:%s)\b[^<>]*/>[ \t]*\r?\n?" % "|".join(names), re.M)
    return pattern.sub("", fragment)


def _minimal_document(doc: Document, timexes: Sequence[Timex]) -> str:
    doc_id = _NOT_XML_CHAR_RE.sub("\ufffd", doc.doc_id)  # a NUL or a lone surrogate would break the file
    lines = ['<?xml version="1.0" ?>', _TIMEML_OPEN, "", f"<DOCID>{escape(doc_id)}</DOCID>", ""]
    if doc.pub_date is not None:
        day = doc.pub_date.isoformat()
        lines += [
            f'<DCT><TIMEX3 tid="t0" type="DATE" value="{day}" temporalFunction="false" '
            f'functionInDocument="CREATION_TIME">{day}</TIMEX3></DCT>',
            "",
        ]
    lines += [f"<TEXT>{_tagged_escaped(doc.text, timexes)}</TEXT>", "", "</TimeML>", ""]
    return "\n".join(lines)
