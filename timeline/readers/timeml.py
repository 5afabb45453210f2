"""Read TimeML (TempEval-3 ``.tml``) files into a Document with the gold annotation in ``meta``.

A strict XML parser would hand us element trees but not exact character offsets, and TempEval scoring is
all about offsets, so this module scans tags itself (in linear time, whatever the input) and keeps its own
offset bookkeeping. The same scan is used by the TimeML writer to map offsets in the unescaped text back to
the raw file. Only the five predefined entities and numeric references are ever expanded: a DOCTYPE is
skipped unread, so external and parameter entities (and "billion laughs") stay literal text, and no file
or URL named in one is opened.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..document import Document
from ..errors import InputError
from .files import DEFAULT_MAX_BYTES, printable, read_limited

# Pieces of a tag, each matched at a known position and never backtracking past its own span. The scan
# itself is by hand (``iter_tags``): one regex for a whole tag rescans to the end of the file for every
# unclosed '<!--' or '<?', which is quadratic on hostile input.
_NAME_RE = re.compile(r"[A-Za-z_][\w.:-]*")
_ATTR_HEAD_RE = re.compile(r"\s+[^\s=/>]+\s*=\s*")
_TAG_END_RE = re.compile(r"\s*(/)?>")


@dataclass(frozen=True)
class Tag:
    """One markup construct at raw[start:end]. ``name`` is None for a comment, processing instruction or
    declaration; ``stray`` marks a '<' that starts no construct at all (the file is malformed there)."""

    start: int
    end: int
    name: str | None = None
    close: bool = False
    selfclose: bool = False
    attrs: str = ""
    stray: bool = False


def _delimited(s: str, i: int, opener: str, closer: str) -> Tag | None:
    """A construct from ``opener`` at ``i`` to the first ``closer`` after it, or None if it never ends."""
    j = s.find(closer, i + len(opener))
    return None if j < 0 else Tag(i, j + len(closer))


def _element_tag(s: str, i: int) -> Tag | None:
    """An element's start, end or empty tag at ``i``: name, then ``name="value"`` pairs, then '/>' or '>'.
    A value runs to its first closing quote, so each step is decided without looking back."""
    close = s.startswith("/", i + 1)
    m = _NAME_RE.match(s, i + 1 + close)
    if m is None:
        return None
    pos = m.end()
    while True:
        a = _ATTR_HEAD_RE.match(s, pos)
        if a is None or a.end() >= len(s) or s[a.end()] not in "\"'":
            break
        q = s.find(s[a.end()], a.end() + 1)
        if q < 0:
            break
        pos = q + 1
    end = _TAG_END_RE.match(s, pos)
    if end is None:
        return None
    return Tag(i, end.end(), m.group(), close, end.group(1) is not None, s[m.end():pos])


def _construct_at(s: str, i: int) -> Tag | None:
    if s.startswith("<!--", i):
        return _delimited(s, i, "<!--", "-->")
    if s.startswith("<?", i):
        return _delimited(s, i, "<?", "?>")
    if s.startswith("<!", i) and i + 2 < len(s) and s[i + 2].isascii() and s[i + 2].isalpha():
        return _delimited(s, i, "<!", ">")  # DOCTYPE and friends (an internal subset's '>' ends it early)
    return _element_tag(s, i)


def iter_tags(s: str) -> Iterator[Tag]:
    """The tags of ``s`` in order, in time linear in its length. A '<' that starts no construct yields one
    ``stray`` Tag and ends the scan: every caller refuses the file there."""
    i = s.find("<")
    while i >= 0:
        tag = _construct_at(s, i)
        if tag is None:
            yield Tag(i, i, stray=True)
            return
        yield tag
        i = s.find("<", tag.end)


_ATTR_RE = re.compile(r"""([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_ENTITY_RE = re.compile(r"&(?:#(\d+)|#[xX]([0-9A-Fa-f]+)|(amp|lt|gt|quot|apos));")
_NAMED = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}
_DATE_PREFIX_RE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")
# A sentence element inside TEXT (SemEval-2015 TimeLine files), and the character put between two sentences
# that touch, so that sentences and tokens stay apart in the text.
SENTENCE_TAG = "s"
SENTENCE_BREAK = "\n"
# Attributes of TLINK worth carrying; the rest (origin, signalID...) are not used downstream yet.
_TLINK_KEYS = ("eventInstanceID", "timeID", "relatedToEventInstance", "relatedToTime")


def unescape(raw: str) -> str:
    """XML-unescape the five predefined entities and numeric references; anything else stays literal."""
    return _ENTITY_RE.sub(lambda m: _entity_char(m) or m.group(0), raw)


def _entity_char(m: re.Match) -> str | None:
    try:
        if m.group(1):
            cp = int(m.group(1))
        elif m.group(2):
            cp = int(m.group(2), 16)
        else:
            return _NAMED[m.group(3)]
        if 0xD800 <= cp <= 0xDFFF:
            return None  # a surrogate is not an XML character: keep the reference as written
        return chr(cp)
    except (ValueError, OverflowError):
        return None  # out-of-range code point: keep the reference as written


def parse_attrs(attrs: str) -> dict[str, str]:
    return {m.group(1): unescape(m.group(2) if m.group(2) is not None else m.group(3)) for m in _ATTR_RE.finditer(attrs)}


@dataclass
class Element:
    """One element found inside TEXT, with offsets into the unescaped text."""

    name: str
    attrs: dict[str, str]
    start: int
    end: int


@dataclass
class TextScan:
    """TEXT content three ways: unescaped (``text``), raw with tags removed (``stripped_raw``), and the map."""

    text: str
    stripped_raw: str
    # raw_pos[i] is where text[i] starts in stripped_raw; raw_pos[len(text)] == len(stripped_raw).
    raw_pos: list[int]
    elements: list[Element] = field(default_factory=list)
    # raw_end[i] is where a span of text ending at i ends in stripped_raw; None when that is raw_pos[i] (no
    # character of the raw text was left out between two of ours: only re-spacing leaves spaces out).
    raw_end: list[int] | None = None
    # the file's own tokens as [start, end) in text, for token-per-space files (SemEval names tokens by number)
    tokens: list[list[int]] | None = None


@dataclass
class TimemlLayout:
    """Where the TEXT element sits in the raw file: raw[content_start:content_end] is its content."""

    raw: str
    content_start: int
    content_end: int
    # Elements outside TEXT as (name, attrs, raw offset of the tag), for the DCT, instances and links.
    outside: list[tuple[str, dict[str, str], int]]


def _append_chunk(raw_chunk: str, text_parts: list[str], raw_parts: list[str], raw_pos: list[int],
                  text_len: int, raw_len: int) -> tuple[int, int]:
    """Add a run of character data, recording per-character raw positions so entities map back exactly."""
    if "<" in raw_chunk:
        raise InputError("malformed TimeML: stray '<' or unparseable tag in TEXT")
    pos = 0
    for m in _ENTITY_RE.finditer(raw_chunk):
        ch = _entity_char(m)
        if ch is None:
            continue
        lit = raw_chunk[pos:m.start()]
        raw_pos.extend(range(raw_len, raw_len + len(lit)))
        raw_len += len(lit)
        raw_pos.append(raw_len)  # the entity's unescaped character starts where its '&' is
        raw_len += m.end() - m.start()
        text_parts.append(lit)
        text_parts.append(ch)
        text_len += len(lit) + 1
        pos = m.end()
    lit = raw_chunk[pos:]
    raw_pos.extend(range(raw_len, raw_len + len(lit)))
    text_parts.append(lit)
    raw_parts.append(raw_chunk)
    return text_len + len(lit), raw_len + len(lit)


def _ends_in_space(parts: list[str]) -> bool:
    last = next((p for p in reversed(parts) if p), "")
    return last[-1:].isspace()


def scan_text(content: str) -> TextScan:
    """Strip tags from raw TEXT content, unescape entities, and collect elements with exact offsets; a
    token-per-space file (``<s>`` sentences, the SemEval TimeLine layout) comes back re-spaced."""
    scan = _scan(content)
    if any(el.name == SENTENCE_TAG for el in scan.elements):
        scan = _respaced(scan)
    return scan


def _scan(content: str) -> TextScan:
    text_parts: list[str] = []
    raw_parts: list[str] = []
    raw_pos: list[int] = []
    elements: list[Element] = []
    stack: list[tuple[str, dict[str, str], int]] = []
    text_len = raw_len = 0
    pos = 0
    for m in iter_tags(content):
        if m.stray:
            raise InputError("malformed TimeML: stray '<' or unparseable tag in TEXT")
        text_len, raw_len = _append_chunk(content[pos:m.start], text_parts, raw_parts, raw_pos, text_len, raw_len)
        pos = m.end
        name = m.name
        if name is None:
            continue  # comment or processing instruction: not text, not an element
        if name == SENTENCE_TAG and not m.close and text_len and not _ends_in_space(text_parts):
            # token-per-space files (SemEval TimeLine) put sentences edge to edge: without a separator the
            # last token of one would glue to the first of the next. The break has no raw spelling, so it
            # maps to where the next character starts in the raw text.
            text_parts.append(SENTENCE_BREAK)
            raw_pos.append(raw_len)
            text_len += 1
        if m.close:
            if not stack or stack[-1][0] != name:
                expected = f"</{stack[-1][0]}>" if stack else "no closing tag"
                raise InputError(f"malformed TimeML: unbalanced </{name}> in TEXT (expected {expected})")
            open_name, attrs, start = stack.pop()
            elements.append(Element(open_name, attrs, start, text_len))
        elif m.selfclose:
            elements.append(Element(name, parse_attrs(m.attrs), text_len, text_len))
        else:
            stack.append((name, parse_attrs(m.attrs), text_len))
    text_len, raw_len = _append_chunk(content[pos:], text_parts, raw_parts, raw_pos, text_len, raw_len)
    if stack:
        raise InputError(f"malformed TimeML: <{stack[-1][0]}> never closed in TEXT")
    raw_pos.append(raw_len)
    elements.sort(key=lambda e: (e.start, -e.end))
    return TextScan("".join(text_parts), "".join(raw_parts), raw_pos, elements)


# --- token-per-space files ------------------------------------------------------------------------------
#
# SemEval TimeLine files put a space around every token ("April 28 , 2003", "Apple 's"). The time-expression
# rules and spaCy's models were made for ordinary text: "April 28 , 2003" is read as "April 28" (year guessed)
# where "April 28, 2003" is a full date. So such a file's text is re-spaced here, once, for every command:
# only spaces are removed, never characters added, and the offsets still map to the raw file.

_SPACING = json.loads(Path(__file__).with_name("respace.json").read_text(encoding="utf-8"))
_NO_SPACE_BEFORE = frozenset(_SPACING["no_space_before"]["words"])
_NO_SPACE_AFTER = frozenset(_SPACING["no_space_after"]["words"])
_TOKEN_RE = re.compile(r"\S+")


def respace(text: str) -> tuple[str, list[int]]:
    """(text without the spaces ordinary writing does not have, where each of its characters was; the last
    entry is ``len(text)``)."""
    out: list[str] = []
    where: list[int] = []
    i, n = 0, len(text)
    prev_token = ""
    while i < n:
        if text[i] == " ":
            j = i
            while j < n and text[j] == " ":
                j += 1
            k = j
            while k < n and not text[k].isspace():
                k += 1
            nxt = text[j:k]
            if not (nxt in _NO_SPACE_BEFORE or prev_token in _NO_SPACE_AFTER) or j == n:
                out.append(" ")
                where.append(i)
            i = j
            continue
        k = i
        while k < n and not text[k].isspace():
            k += 1
        for p in range(i, k):
            out.append(text[p])
            where.append(p)
        prev_token = text[i:k]
        if k < n and text[k] != " ":  # a line break: kept
            out.append(text[k])
            where.append(k)
            prev_token = ""
            k += 1
        i = k
    where.append(n)
    return "".join(out), where


def _respaced(scan: TextScan) -> TextScan:
    """``scan`` with its text re-spaced: elements, tokens and the raw map moved onto the new text."""
    old = scan.text
    text, where = respace(old)
    # before[i]: how many characters of the old text before i are kept, i.e. where old offset i lands
    before: list[int] = []
    k = 0
    for i in range(len(old) + 1):
        before.append(k)
        if k < len(text) and where[k] == i:
            k += 1
    kept = where[:-1]
    raw_pos = [scan.raw_pos[w] for w in kept] + [scan.raw_pos[len(old)]]
    # a span ending at j ends right after its last character, before any space left out behind it
    raw_end = [raw_pos[0]] + [scan.raw_pos[w + 1] for w in kept]
    elements = [Element(el.name, el.attrs, before[el.start], before[el.end]) for el in scan.elements]
    tokens = [[before[m.start()], before[m.end()]] for m in _TOKEN_RE.finditer(old)]
    return TextScan(text, scan.stripped_raw, raw_pos, elements, raw_end, tokens)


def locate_text(raw: str) -> TimemlLayout:
    """Find the TEXT element and the top-level annotation outside it; check the whole file's tag balance."""
    stack: list[str] = []
    content_start = content_end = -1
    outside: list[tuple[str, dict[str, str], int]] = []
    for m in iter_tags(raw):
        if m.stray:
            raise InputError("malformed TimeML: stray '<' or unparseable tag")
        name = m.name
        if name is None:
            continue
        inside_text = content_start >= 0 and content_end < 0
        if m.close:
            if not stack or stack[-1] != name:
                expected = f"</{stack[-1]}>" if stack else "no closing tag"
                raise InputError(f"malformed TimeML: unbalanced </{name}> (expected {expected})")
            stack.pop()
            if name == "TEXT" and inside_text and "TEXT" not in stack:
                content_end = m.start
            continue
        if name == "TEXT" and content_start < 0:
            content_start = m.end
            if m.selfclose:
                content_end = content_start
        elif not inside_text:
            outside.append((name, parse_attrs(m.attrs), m.start))
        if not m.selfclose:
            stack.append(name)
    if stack:
        raise InputError(f"malformed TimeML: <{stack[-1]}> never closed")
    if content_start < 0 or content_end < 0:
        raise InputError("malformed TimeML: no <TEXT> element")
    return TimemlLayout(raw, content_start, content_end, outside)


def _dct(layout: TimemlLayout) -> dt.date | None:
    for name, attrs, _ in layout.outside:
        if name == "TIMEX3" and attrs.get("functionInDocument") == "CREATION_TIME":
            m = _DATE_PREFIX_RE.match(attrs.get("value", ""))
            if not m:
                return None
            try:
                return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                return None
    return None


def _gold(scan: TextScan, layout: TimemlLayout) -> dict:
    timexes, events = [], []
    for el in scan.elements:
        a = el.attrs
        span = {"start": el.start, "end": el.end, "text": scan.text[el.start:el.end]}
        if el.name == "TIMEX3" and a.get("functionInDocument") != "CREATION_TIME":
            timexes.append({"tid": a.get("tid"), **span, "type": a.get("type"), "value": a.get("value"),
                            "mod": a.get("mod")})
        elif el.name == "EVENT":
            events.append({"eid": a.get("eid"), **span, "class": a.get("class")})
    tlinks, instances = [], {}
    for name, a, _ in layout.outside:
        if name == "MAKEINSTANCE" and "eiid" in a:
            instances[a["eiid"]] = a.get("eventID")
        elif name == "TLINK":
            link = {"lid": a.get("lid"), "relType": a.get("relType")}
            link.update({k: a[k] for k in _TLINK_KEYS if k in a})
            tlinks.append(link)
    return {"gold_timexes": timexes, "gold_events": events, "tlinks": tlinks, "instances": instances}


def _sentences(scan: TextScan, layout: TimemlLayout) -> dict:
    """The ``<s id>`` sentences (offsets into the text) and the ``<DOCID>``, for the files that have them:
    SemEval TimeLine mentions are named DOCID-SENTID-token."""
    out: dict = {}
    sentences = [{"id": el.attrs.get("id", str(i)), "start": el.start, "end": el.end}
                 for i, el in enumerate((e for e in scan.elements if e.name == SENTENCE_TAG), 1)]
    if sentences:
        out["sentences"] = sentences
    for name, _, pos in layout.outside:
        if name == "DOCID":
            start = layout.raw.find(">", pos) + 1
            end = layout.raw.find("<", start)
            docid = unescape(layout.raw[start:end if end >= 0 else len(layout.raw)]).strip()
            if docid:
                out["docid"] = docid
            break
    return out


def read_text(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """The file as a str, byte-exact (no newline translation: some TimeBank files use CRLF)."""
    p = Path(path)
    data = read_limited(p, max_bytes)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{printable(p)}: not UTF-8 (byte {exc.start})") from None


def parse_timeml(raw: str, doc_id: str = "doc") -> Document:
    """Build a Document from TimeML source text (see ``read_timeml``)."""
    layout = locate_text(raw)
    scan = scan_text(raw[layout.content_start:layout.content_end])
    pub = _dct(layout)
    meta = {"raw": raw, **_gold(scan, layout), **_sentences(scan, layout)}
    if scan.tokens is not None:
        meta["tokens"] = scan.tokens
    return Document(text=scan.text, pub_date=pub, doc_id=doc_id, dct_source="metadata" if pub else "none", meta=meta)


def read_timeml(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read a TimeML file: TEXT content as text, DCT as pub_date, gold TIMEX3/EVENT/TLINK in ``meta``.

    Raises InputError (one line) for unreadable, too large, non-UTF-8 or malformed files.
    """
    p = Path(path)
    name = printable(p)
    try:
        return parse_timeml(read_text(p, max_bytes), doc_id=printable(p.stem))
    except InputError as exc:
        msg = str(exc)
        raise InputError(msg if msg.startswith(name) else f"{name}: {msg}") from None

