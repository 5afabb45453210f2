"""Where rules are worth running: windows of text around the words every match of a rule contains.

A speed index, not meaning. Most trigger specs are word classes ("@MONTH@", "today|tomorrow"): one pass
over the words of a text finds all of them at once. The rest ("\\d{4}-\\d\\d") are small regexes.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

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
    return Trigger(spec, regex=re.compile(expand(spec), re.IGNORECASE))


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
    for i, t in enumerate(triggers):
        if t.regex is not None:
            hits[i] = [m.span() for m in t.regex.finditer(text)]
    return {t: _merge(spans, n) for t, spans in zip(triggers, hits)}


@functools.lru_cache(maxsize=4)
def _word_index(triggers: tuple[Trigger, ...]) -> dict[str, tuple[int, ...]]:
    index: dict[str, list[int]] = {}
    for i, t in enumerate(triggers):
        for w in t.words or ():
            index.setdefault(w, []).append(i)
    return {w: tuple(ids) for w, ids in index.items()}
