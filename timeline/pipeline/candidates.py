"""Which sentences of a piece spaCy's statistical components must see: those holding a time-expression candidate.

A candidate is a match of one of the tagger's rules (:func:`timeline.temporal.tagger.candidates`: every rule
run in the windows its trigger words open), found over the raw text before any model has run. Everything the
tagger reads from the statistical components (fine-grained tags for the vetoes, the governing verb and
sentence bounds for tense, the parse and entities the event linker needs) lies in the sentence of a
candidate, so only those sentences go through tok2vec/tagger/parser/NER; the tokenizer runs over all text.

Sentences here are *units*: text cut after ".", "!" or "?" tokens and at line breaks, a cheap stand-in for
the model's own sentences. :class:`Selection` keeps which units are selected and grows the selection when
the model, run on it, puts a sentence boundary somewhere else (see :meth:`Selection.grow`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from spacy.attrs import IDX, IS_SPACE, LOWER, ORTH, SENT_START, SPACY
from spacy.tokens import Doc

from ..temporal.resolve import TENSED_ANCHORS
from ..temporal.tagger import Candidate, candidates

# Tokens of context handed to the model on each side of the selected units. tok2vec and NER's own embedding
# see 4 tokens either way (MaxoutWindowEncoder, depth 4, window 1), the senter 2: with 4, every token of a
# unit gets the tags and sentence start a whole-document run gives it. (8 gave the same timexes and rows on
# the 256 dev documents, for 6 % more tokens through tok2vec.)
MARGIN = 4

# Tokens around a candidate that its vetoes read (timeline/temporal/veto.py): the span itself, up to 3 tokens
# before ("per_unit_context") and the tokens after (the next one; a noun chain for "modifies_noun", which
# rarely runs past 5 nouns). A candidate whose value does not depend on the sentence's tense needs the model
# only there (a *spot*), not on its whole sentence.
SPOT_BEFORE = 3
SPOT_AFTER = 6

_STOPS = (".", "!", "?")  # what tense.py takes for the end of a clause
_OTHER_ENDS = ("...",)
_CLOSERS = ('"', "'", "”", "’", "''", ")", "]")
_NEWLINE = re.compile("\n")


def candidate_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of every rule match in ``text`` (before vetoes and overlaps are settled)."""
    return [(c.start, c.end) for c in candidates(text)]


def needs_tense(c: Candidate) -> bool:
    """Whether the candidate's value may depend on the sentence's tense (what :func:`tense.tense_for` reads:
    the governing verb, anywhere in the sentence). The resolver reads the tense only as the direction of a
    time without a rule-given one (``resolve.context``), and only in the steps that pick which occurrence is
    meant (``resolve._STEPS``, ``_CALENDAR_STEPS``): a season, weekday or holiday; an unknown count of units
    from an anchor ("in recent years": past or future); a month, quarter or half without a year, a day without a
    month. Literal values (durations, sets, "now"), a year, a decade, a count of units from an anchor ("two days ago",
    "last year") and a clock time without a date never read it. When unsure (the rule's builder fails), True.
    tests/test_selective.py holds every rule example this lets go to that: alike in every direction.
    The built partial is left on the candidate, which the tagger then does not build again."""
    p = c.partial
    if p is None:
        try:
            p = c.partial = c.rule.build(c.match)
        except Exception:
            return True  # the tagger builds it again and reports the failure
    if p is None or p.kind == "literal" or p.direction is not None:
        return False
    if p.season or p.holiday or p.weekday is not None:
        return True
    if p.anchor:
        return p.rel_n is None or p.anchor in TENSED_ANCHORS  # "the next year" in a past clause
    if p.pod == "NI" and p.hour is None and p.day is None and p.month is None and p.year is None:
        return True  # "Overnight," with no day: a night told in the past is the one before (resolve.clock_time)
    if p.year is not None or p.year_rel is not None or p.decade is not None or p.century is not None \
            or p.millennium is not None:
        return False
    return p.month is not None or p.quarter is not None or p.half is not None or p.day is not None  # "on the 14th"


def unit_starts(doc: Doc, text: str) -> tuple[np.ndarray, set[int]]:
    """Sorted token indices where a unit starts (0 first): after a sentence-final mark (and the quotes or
    brackets that close on it), and after a line break; whitespace tokens stay with the unit before them,
    as the model's sentences keep them. Also the set of those starts that follow a full stop (".", "!",
    "?"). ``text`` is ``doc.text`` (which spaCy rebuilds token by token when asked for)."""
    n = len(doc)
    if n == 0:
        return np.zeros(1, dtype=np.int64), set()
    strings = doc.vocab.strings
    arr = doc.to_array([ORTH, IS_SPACE, IDX, SPACY])
    orth, space = arr[:, 0], arr[:, 1].astype(bool)
    stops = _any_of(orth, strings, _STOPS)
    ends = stops | _any_of(orth, strings, _OTHER_ENDS)
    # a quote or bracket closes the sentence when glued to what comes before it ('said."'), else it opens one
    glued = np.concatenate(([False], arr[:-1, 3] == 0))
    closers = _any_of(orth, strings, _CLOSERS) & glued
    kept = np.flatnonzero(~(closers | ends | space))  # tokens a unit may start with

    def first_after(i: np.ndarray) -> np.ndarray:
        """For each token index in ``i`` (at most ``n``), the first kept token at or after it (``n``: none)."""
        k = np.searchsorted(kept, i, side="left")
        return np.where(k < len(kept), kept[np.minimum(k, len(kept) - 1)], n) if len(kept) else np.full(len(i), n)

    found = [np.zeros(1, dtype=np.int64), first_after(np.flatnonzero(ends) + 1)]
    after_stop = set(first_after(np.flatnonzero(stops) + 1).tolist())
    if "\n" in text:
        newlines = np.fromiter((m.start() for m in _NEWLINE.finditer(text)), dtype=np.int64)
        found.append(first_after(np.searchsorted(arr[:, 2].astype(np.int64), newlines, side="right")))
    starts = np.unique(np.concatenate(found).astype(np.int64))
    return starts[starts < n], after_stop


def _any_of(orth: np.ndarray, strings, words: tuple[str, ...]) -> np.ndarray:
    """Whether each ORTH value is one of ``words`` (a few: compared one by one, cheaper than np.isin)."""
    out = np.zeros(len(orth), dtype=bool)
    for w in words:
        out |= orth == strings.add(w)
    return out


@dataclass(frozen=True)
class Window:
    """A token range of the piece run through the model: ``cores`` (the selected units, as token ranges)
    with up to :data:`MARGIN` tokens of context on each side."""

    start: int
    end: int
    cores: tuple[tuple[int, int], ...]


def inner(w: Window, n: int) -> tuple[int, int]:
    """The token range of ``w`` (in an ``n``-token piece) whose annotations from a run on ``w`` alone are
    those of a run on the whole piece: all but the :data:`MARGIN` tokens at an edge that is not the piece's."""
    return w.start + (MARGIN if w.start > 0 else 0), w.end - (MARGIN if w.end < n else 0)


def runs(mask: np.ndarray) -> list[tuple[int, int]]:
    """The maximal runs of True in ``mask``, as sorted token ranges."""
    edges = np.flatnonzero(np.diff(np.concatenate(([0], mask.astype(np.int8), [0]))))
    return list(zip(edges[::2].tolist(), edges[1::2].tolist()))


def windows_around(cores: list[tuple[int, int]], n: int) -> list[Window]:
    """Sorted, disjoint token ranges ``cores`` of an ``n``-token piece, each with :data:`MARGIN` tokens of
    context; cores whose margins meet share a window (the text between them is context)."""
    out: list[Window] = []
    for a, b in cores:
        wa, wb = max(0, a - MARGIN), min(n, b + MARGIN)
        if out and wa <= out[-1].end:
            last = out[-1]
            out[-1] = Window(last.start, max(last.end, wb), last.cores + ((a, b),))
        else:
            out.append(Window(wa, wb, ((a, b),)))
    return out


class Selection:
    """The selected units of one tokenized piece and the windows that cover them."""

    def __init__(self, doc: Doc, text: str, spans: list[tuple[int, int]] | None = None,
                 spots: list[tuple[int, int]] = ()):
        """``spans``: character spans whose whole units are selected (None: every candidate's). ``spots``:
        character spans that need the model only :data:`SPOT_BEFORE`/:data:`SPOT_AFTER` tokens around them
        (within their unit), unless their unit is selected anyway."""
        self.n = len(doc)
        self.starts, self.stops = unit_starts(doc, text)
        self.bounds = np.append(self.starts, self.n)  # unit k is tokens [bounds[k], bounds[k + 1])
        self.selected = np.zeros(len(self.starts), dtype=bool)
        self.spots: list[tuple[int, int, int]] = []  # (unit, first token, end token)
        self._spot_cores: set[tuple[int, int]] = set()
        if spans is None:
            spans = candidate_spans(text)
        if (spans or spots) and self.n:
            idx = doc.to_array(IDX).astype(np.int64)
            for a, b, first, last in self._units(idx, spans):
                self.selected[a:b + 1] = True
            for a, b, first, last in self._units(idx, spots):
                lo = max(first - SPOT_BEFORE, int(self.bounds[a]))
                hi = min(last + 1 + SPOT_AFTER, int(self.bounds[b + 1]))
                self.spots.extend((k, lo, hi) for k in range(a, b + 1))

    def units_before_pronouns(self, doc: Doc, pronouns: frozenset[str], reach: int) -> list[int]:
        """The units within ``reach`` before each selected unit that holds one of ``pronouns`` (lower case):
        where the name such a pronoun stands for is looked for ("Maria Lopez resigned. She left office on
        Monday."). Not applied again to the units it returns: their own pronouns point further back than a
        row's subject needs."""
        if not self.n or not reach or not self.selected.any():
            return []
        strings = doc.vocab.strings
        lower = doc.to_array(LOWER)
        hits = np.flatnonzero(np.isin(lower, np.array([strings.add(w) for w in pronouns], dtype=np.uint64)))
        if not len(hits):
            return []
        units = np.unique(np.searchsorted(self.starts, hits, side="right") - 1)
        out: set[int] = set()
        for k in units[self.selected[units]].tolist():
            out.update(range(max(0, k - reach), k))
        return sorted(out)

    def select_units(self, units: list[int]) -> None:
        for k in units:
            self._select(k)

    def unit_range(self, k: int) -> tuple[int, int]:
        return int(self.bounds[k]), int(self.bounds[k + 1])

    def _units(self, idx: np.ndarray, spans) -> list[tuple[int, int, int, int]]:
        """(first unit, last unit, first token, last token) of each character span."""
        if not spans:
            return []
        s = np.array([a for a, _ in spans], dtype=np.int64)
        e = np.array([b for _, b in spans], dtype=np.int64)
        first = np.maximum(np.searchsorted(idx, s, side="right") - 1, 0)  # the token holding a span's first character
        last = np.maximum(np.searchsorted(idx, e - 1, side="right") - 1, 0)
        u0 = np.searchsorted(self.starts, first, side="right") - 1
        u1 = np.searchsorted(self.starts, last, side="right") - 1
        return list(zip(u0.tolist(), u1.tolist(), first.tolist(), last.tolist()))

    @property
    def share(self) -> float:
        """The share of the piece's tokens in selected units."""
        if not self.n:
            return 0.0
        return float(np.diff(self.bounds)[self.selected].sum()) / self.n

    def cores(self) -> list[tuple[int, int]]:
        """Runs of adjacent selected units, and the spots outside them (overlapping spots merged), as sorted
        token ranges."""
        out: list[tuple[int, int]] = []
        for k in np.flatnonzero(self.selected).tolist():
            a, b = int(self.bounds[k]), int(self.bounds[k + 1])
            if out and out[-1][1] == a:
                out[-1] = (out[-1][0], b)
            else:
                out.append((a, b))
        spots: list[tuple[int, int]] = []
        for lo, hi in sorted({(lo, hi) for k, lo, hi in self.spots if not self.selected[k]}):
            if spots and lo <= spots[-1][1]:
                spots[-1] = (spots[-1][0], max(spots[-1][1], hi))
            else:
                spots.append((lo, hi))
        self._spot_cores = set(spots)
        return sorted(out + spots)

    def windows(self) -> list[Window]:
        return windows_around(self.cores(), self.n)

    def grow(self, window: Window, sub: Doc) -> bool:
        """Select the neighbouring unit wherever the model, run on ``window`` (giving ``sub``), let a sentence
        run across a core's start or end: tense and the event linker read whole sentences. True when the
        selection changed."""
        arr = sub.to_array([SENT_START, IS_SPACE])
        return self.grow_by(window, lambda i: starts_near(arr[:, 0], arr[:, 1], i - window.start),
                            sub.has_annotation("DEP"))

    def grow_by(self, window: Window, starts_near: Callable[[int], bool], parsed: bool) -> bool:
        """:meth:`grow` with the window's sentence starts given as ``starts_near(token)``: whether the model
        starts a sentence at that token of the piece or in the whitespace tokens right before it (within the
        window)."""
        changed = False
        # Without a parse, a unit cut at a full stop needs no neighbour: tense stops its search at the full
        # stop whatever the model's sentence (the senter often runs a sentence on across paragraphs). A
        # parser's sentence is its parse: one that runs on past a unit is parsed whole.
        stops = () if parsed else self.stops
        for a, b in window.cores:
            if (a, b) in self._spot_cores:
                continue  # a spot's candidate reads neither tense nor the sentence
            if a > 0 and a not in stops and not starts_near(a):
                changed |= self._select_unit_before(a)
            if b < min(self.n, window.end) and b not in stops and not starts_near(b):
                changed |= self._select_unit_at(b)
        return changed

    def _select_unit_before(self, token: int) -> bool:
        k = int(np.searchsorted(self.starts, token, side="left")) - 1
        return self._select(k)

    def _select_unit_at(self, token: int) -> bool:
        k = int(np.searchsorted(self.starts, token, side="right")) - 1
        return self._select(k)

    def _select(self, k: int) -> bool:
        if 0 <= k < len(self.selected) and not self.selected[k]:
            self.selected[k] = True
            return True
        return False


def starts_near(sent: np.ndarray, space: np.ndarray, i: int) -> bool:
    """Whether a window's sentence starts ``sent`` (SENT_START values) open a sentence at its token ``i`` or in
    the whitespace tokens right before it (``space``: IS_SPACE; the model often opens a sentence with the line
    break)."""
    while True:
        if sent[i] == 1:
            return True
        if i == 0 or not space[i - 1]:
            return False
        i -= 1
