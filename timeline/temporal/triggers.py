"""Where rules are worth running: windows of text around the words every match of a rule contains.

A speed index, not meaning. Most trigger specs are word classes ("@MONTH@", "today|tomorrow"): one pass
over the words of a text finds all of them at once. The rest ("\\d{4}-\\d\\d") are small regexes.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

try:  # the parser behind re.compile: only to learn which characters a trigger's matches can start with
    from re import _constants as _sre
    from re import _parser as _sre_parse
except ImportError:  # Python 3.10
    import sre_constants as _sre  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

from .vocab import expand, is_lexicon, macro_words

# characters around a trigger that a rule's match may reach ("at least the first two quarters of 1990")
MARGIN = 80

_PLAIN = re.compile(r"^(?:@[A-Z][A-Z0-9_]*@|[a-z]+)$")
_WORD = re.compile(r"[A-Za-z]+")


@dataclass(frozen=True)
class Trigger:
    spec: str
    words: frozenset[str] | None = None
    regex: re.Pattern | None = None
    # a class of characters, none of them a letter, that every match of ``regex`` starts with (a digit for
    # "\d{4}[-/]\d\d"): such characters are rare in text, so the trigger is tried only where they stand
    # (see _starts_at) instead of scanning the whole text again for each such trigger
    first: re.Pattern | None = field(default=None, compare=False)


_STOP = {"the", "a", "an", "at", "in", "as", "right", "these", "this", "of", "new"}


def _first_word(entry: str) -> str:
    """The first word of a vocabulary entry that is not a function word ("the future" -> "future")."""
    words = [w for w in re.split(r"[\s\-.'’]+", entry.lower().strip()) if w]
    return next((w for w in words if w not in _STOP), words[0] if words else "")


@functools.lru_cache(maxsize=None)
def make_trigger(spec: str) -> Trigger:
    parts = spec.split("|")
    if all(_PLAIN.match(p) and (not p.startswith("@") or is_lexicon(p.strip("@"))) for p in parts):
        # a word class: the words themselves, or the first content word of each entry of a lexicon macro
        words: set[str] = set()
        for p in parts:
            if p.startswith("@"):
                words.update(_first_word(e) for e in macro_words(p.strip("@")))
            else:
                words.add(p)
        return Trigger(spec, words=frozenset(w for w in words if w))
    pattern = expand(spec)
    return Trigger(spec, regex=re.compile(pattern, re.IGNORECASE), first=_first_class(pattern, re.IGNORECASE))


# Zero-width operators a match may open with; the first character is the one after them.
_ZERO_WIDTH = {_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT}
_REPEATS = {_sre.MAX_REPEAT, _sre.MIN_REPEAT} | ({_sre.POSSESSIVE_REPEAT} if hasattr(_sre, "POSSESSIVE_REPEAT") else set())


def _first_items(items) -> list | None:
    """The character-class items (LITERAL, RANGE, CATEGORY) one of which the first character of every match
    of the parsed ``items`` satisfies; None when that is not certain (an optional first part, a flag change,
    an operator not handled here)."""
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op is _sre.LITERAL:
            return [(op, av)]
        if op is _sre.IN:
            return None if any(o is _sre.NEGATE for o, _ in av) else list(av)
        if op is _sre.BRANCH:
            out = []
            for alt in av[1]:
                sub = _first_items(alt)
                if sub is None:
                    return None
                out.extend(sub)
            return out
        if op is _sre.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            return None if add_flags or del_flags else _first_items(sub)
        if op in _REPEATS:
            lo, _hi, sub = av
            return _first_items(sub) if lo >= 1 else None
        return None
    return None  # nothing but zero-width operators: an empty match


def _uncased(code: int) -> bool:
    c = chr(code)
    return not c.isalpha() and c.lower() == c == c.upper()


def _first_class(pattern: str, flags: int) -> re.Pattern | None:
    """A character class, compiled with ``flags``, holding every character a match of ``pattern`` can start
    with, when that class holds no letter (digits, quotes, punctuation); else None."""
    try:
        items = _first_items(_sre_parse.parse(pattern, flags).data)
    except Exception:  # an unfamiliar parse tree: the trigger scans the whole text, as any other
        return None
    if not items:
        return None
    parts = []
    for op, av in items:
        if op is _sre.LITERAL and _uncased(av):
            parts.append(re.escape(chr(av)))
        elif op is _sre.RANGE and av[1] - av[0] < 256 and all(_uncased(c) for c in range(av[0], av[1] + 1)):
            parts.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is _sre.CATEGORY and av is _sre.CATEGORY_DIGIT:
            parts.append(r"\d")
        else:
            return None
    return re.compile("[" + "".join(parts) + "]", flags)


def _starts_at(text: str, regex: re.Pattern, positions: list[int]) -> list[tuple[int, int]]:
    """``[m.span() for m in regex.finditer(text)]``, trying ``regex`` only at ``positions`` (sorted, and
    holding every position where a match of it can start). As finditer does, each match is the leftmost one
    at or after the end of the one before; matches here are never empty (their first character is in the
    class), and a match tried at a position still sees the text before it (lookbehind, \\b)."""
    spans: list[tuple[int, int]] = []
    match = regex.match
    last = 0
    for p in positions:
        if p >= last:
            m = match(text, p)
            if m is not None:
                spans.append(m.span())
                last = m.end()
    return spans


def _merge(spans, n: int) -> list[tuple[int, int]]:
    out: list[list[int]] = []
    for s, e in spans:
        s, e = max(0, s - MARGIN), min(n, e + MARGIN)
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [(s, e) for s, e in out]


def find_windows(text: str, triggers: list[Trigger]) -> dict[Trigger, list[tuple[int, int]]]:
    """Windows per trigger, each a sorted list of merged (start, end) ranges."""
    n = len(text)
    by_word = _word_index(tuple(triggers))
    hits: list[list[tuple[int, int]]] = [[] for _ in triggers]
    for m in _WORD.finditer(text):
        ids = by_word.get(m.group().lower())
        if ids:
            span = m.span()
            for i in ids:
                hits[i].append(span)
    positions: dict[re.Pattern, list[int]] = {}  # per first-character class: where it stands in the text
    for i, t in enumerate(triggers):
        if t.regex is None:
            continue
        if t.first is None:
            hits[i] = [m.span() for m in t.regex.finditer(text)]
            continue
        at = positions.get(t.first)
        if at is None:
            at = positions[t.first] = [m.start() for m in t.first.finditer(text)]
        hits[i] = _starts_at(text, t.regex, at)
    return {t: _merge(spans, n) for t, spans in zip(triggers, hits)}


@functools.lru_cache(maxsize=4)
def _word_index(triggers: tuple[Trigger, ...]) -> dict[str, tuple[int, ...]]:
    index: dict[str, list[int]] = {}
    for i, t in enumerate(triggers):
        for w in t.words or ():
            index.setdefault(w, []).append(i)
    return {w: tuple(ids) for w, ids in index.items()}
