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
    # for a trigger that can start with a letter: strings (lower case, ASCII), one of which every match holds
    # ("fy", "half", "h1"/"h2"/"1h"/"2h"): a text whose lower case holds none of them is not scanned for it
    needs: frozenset[str] | None = field(default=None, compare=False)


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
    first = _first_class(pattern, re.IGNORECASE)
    return Trigger(spec, regex=re.compile(pattern, re.IGNORECASE), first=first,
                   needs=None if first is not None else _needed_strings(pattern, re.IGNORECASE))


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


_DIGIT = re.compile(r"\d")


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
    if all(op is _sre.CATEGORY and av is _sre.CATEGORY_DIGIT or op is _sre.LITERAL and 48 <= av <= 57
           or op is _sre.RANGE and 48 <= av[0] <= av[1] <= 57 for op, av in items):
        return _DIGIT  # digits only: one list of digit positions serves every such trigger
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


# Under IGNORECASE these four match ASCII letters without lowering to them (Python's re documentation): a
# text holding one is scanned whatever it holds in lower case.
_ODD_FOLDS = re.compile("[\u0130\u0131\u017f\u212a]")
_MAX_STRINGS = 64  # the most alternatives a required part is spelled out into


def _fixed(op, av) -> frozenset[str] | None:
    """The strings (lower case, ASCII) one parsed element matches, when it is a fixed choice of a few short
    ones (a character, a small class, a group or alternation of those); else None."""
    if op is _sre.LITERAL:
        c = chr(av)
        return frozenset({c.lower()}) if c.isascii() else None
    if op is _sre.IN:
        chars: set[str] = set()
        for o, a in av:
            if o is _sre.LITERAL and chr(a).isascii():
                chars.add(chr(a).lower())
            elif o is _sre.RANGE and a[1] < 128 and a[1] - a[0] < 10:
                chars.update(chr(c).lower() for c in range(a[0], a[1] + 1))
            else:
                return None
        return frozenset(chars)
    if op is _sre.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        return None if add_flags or del_flags else _fixed_seq(sub)
    if op is _sre.BRANCH:
        out: set[str] = set()
        for alt in av[1]:
            f = _fixed_seq(alt)
            if f is None:
                return None
            out |= f
        return frozenset(out) if len(out) <= _MAX_STRINGS else None
    return None


def _fixed_seq(items) -> frozenset[str] | None:
    """The strings a whole sequence matches, when each element (zero-width ones aside) is fixed."""
    out = frozenset({""})
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        f = _fixed(op, av)
        if f is None:
            return None
        out = frozenset(a + b for a in out for b in f)
        if len(out) > _MAX_STRINGS:
            return None
    return out


def _needed(items) -> frozenset[str] | None:
    """Strings one of which every match of the parsed sequence ``items`` holds (the longest run of fixed
    elements, or what every alternative of an alternation needs); None when none is certain."""
    best: frozenset[str] | None = None
    run = frozenset({""})

    def better(a, b):
        return b if a is None or (b is not None and min(map(len, b)) > min(map(len, a))) else a

    for op, av in list(items) + [(None, None)]:
        if op in _ZERO_WIDTH:
            continue  # "days\b": the letters around it are still next to each other
        f = _fixed(op, av) if op is not None else None
        if f is not None and len(run) * len(f) <= _MAX_STRINGS:
            run = frozenset(a + b for a in run for b in f)
            continue
        if min(map(len, run)) > 0:
            best = better(best, run)
        run = frozenset({""}) if f is None else f
        if op is _sre.BRANCH and f is None:
            alts = [_needed(alt) for alt in av[1]]
            if all(a is not None for a in alts):
                best = better(best, frozenset().union(*alts))
        elif op is _sre.SUBPATTERN and f is None and not (av[1] or av[2]):
            best = better(best, _needed(av[3]))
        elif op in _REPEATS and f is None and av[0] >= 1:
            best = better(best, _needed(av[2]))
    return best


def _needed_strings(pattern: str, flags: int) -> frozenset[str] | None:
    try:
        found = _needed(_sre_parse.parse(pattern, flags).data)
    except Exception:  # an unfamiliar parse tree: the trigger is always scanned
        return None
    return found if found and all(found) else None


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
    lower: str | None = None
    for i, t in enumerate(triggers):
        if t.regex is None:
            continue
        if t.first is None:
            if t.needs is not None:
                if lower is None:
                    lower = "" if _ODD_FOLDS.search(text) else text.lower()
                if lower and not any(s in lower for s in t.needs):
                    continue  # no match can be in this text
            hits[i] = [m.span() for m in t.regex.finditer(text)]
            continue
        at = positions.get(t.first)
        if at is None:
            at = positions[t.first] = [m.start() for m in t.first.finditer(text)]
        hits[i] = _starts_at(text, t.regex, at)
    return {t: _merge(spans, n) if spans else [] for t, spans in zip(triggers, hits)}


@functools.lru_cache(maxsize=4)
def _word_index(triggers: tuple[Trigger, ...]) -> dict[str, tuple[int, ...]]:
    index: dict[str, list[int]] = {}
    for i, t in enumerate(triggers):
        for w in t.words or ():
            index.setdefault(w, []).append(i)
    return {w: tuple(ids) for w, ids in index.items()}
