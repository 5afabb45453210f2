"""The attribute ruler's matches by table lookup: the same matches as spaCy's ``AttributeRuler.match``, faster.

The model's ``attribute_ruler`` maps fine-grained tags to coarse POS and morphology (a converted tag map)
and fixes a few word forms: 179 patterns, nearly all of one token that test only the token's tag, lower
form, dependency label or whether it is whitespace. spaCy runs them through its general ``Matcher``, which
cost as much CPU as tok2vec on the extraction path (about 18 µs a token). Which of those single-token
patterns match a token depends only on those four values, so the answer is looked up per distinct
(tag, lower, dep, is_space) and kept; the other patterns (several tokens, operators, alternatives) still go
through a ``Matcher`` of their own, run only on a Doc holding a token that may start one of their matches. The matches come out as ``AttributeRuler.match`` gives them (sorted by
pattern, so that a later pattern's value wins). ``set_annotations`` then sets each token's attributes once,
with the values the ruler's match-by-match writes leave (each write sets one attribute, the last one wins),
instead of building a Span per match.
"""

from __future__ import annotations

import re

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

# The token attributes a single-token pattern may test to be answered from the table, in key order.
_KEY_ATTRS = ("TAG", "LOWER", "DEP", "IS_SPACE")
_KEY_IDS = [TAG, LOWER, DEP, IS_SPACE]


def _condition(spec: dict, strings) -> tuple | None:
    """The pattern token ``spec`` as tests of key attributes: (position, kind, value); None when it tests
    anything else or in another way. Kinds as the Matcher's predicates: equal, IN, NOT_IN (hashes), REGEX
    (searched in the attribute's string)."""
    tests = []
    for attr, value in spec.items():
        if attr not in _KEY_ATTRS:
            return None
        pos = _KEY_ATTRS.index(attr)
        if attr == "IS_SPACE":
            if not isinstance(value, bool):
                return None
            tests.append((pos, "eq", int(value)))
        elif isinstance(value, str):
            tests.append((pos, "eq", strings.add(value)))
        elif isinstance(value, dict) and len(value) == 1:
            (kind, arg), = value.items()
            if kind in ("IN", "NOT_IN") and isinstance(arg, list) and all(isinstance(v, str) for v in arg):
                tests.append((pos, kind.lower(), frozenset(strings.add(v) for v in arg)))
            elif kind == "REGEX" and isinstance(arg, str):
                tests.append((pos, "regex", re.compile(arg)))
            else:
                return None
        else:
            return None
    return tuple(tests)


def _holds(tests: tuple, key: tuple, strings) -> bool:
    for pos, kind, value in tests:
        v = key[pos]
        if kind == "eq":
            if v != value:
                return False
        elif kind == "in":
            if v not in value:
                return False
        elif kind == "not_in":
            if v in value:
                return False
        elif not value.search(strings[v]):
            return False
    return True


class _State(tuple):
    """What a ruler's patterns were read from: its matcher and attribute list (held, so compared by identity
    without an id being reused) and how many patterns there were."""

    def __eq__(self, other):
        return len(self) == len(other) and all(a is b for a, b in zip(self[:2], other[:2])) and self[2] == other[2]

    def __ne__(self, other):
        return not self == other

    __hash__ = None


def _state(ruler: AttributeRuler) -> _State:
    return _State((ruler.matcher, ruler.attrs, len(ruler.attrs)))


class FastMatch:
    """``ruler.match`` for an :class:`AttributeRuler` (install with :func:`speed_up`)."""

    def __init__(self, ruler: AttributeRuler):
        self.ruler = ruler
        self.read = _state(ruler)
        self.strings = strings = ruler.vocab.strings
        # single-token patterns: by the lower form they ask for, or reading the lower form some other way,
        # or not reading it (those answered per (tag, dep, is_space) alone)
        self.by_lower: dict[int, list[tuple[int, int, tuple]]] = {}
        self.lower_general: list[tuple[int, int, tuple]] = []
        self.general: list[tuple[int, int, tuple]] = []
        self.rest = Matcher(ruler.vocab, validate=False)
        self.rest_keys = 0
        # what the first token of a match of the other patterns must be; None: anything may start one
        self.rest_starts: list[tuple] | None = []
        lower = _KEY_ATTRS.index("LOWER")
        for attr_id in range(len(ruler.attrs)):
            match_id = strings.add(str(attr_id))  # the key AttributeRuler.add gave the pattern
            _on_match, patterns = ruler.matcher.get(match_id)
            tests = None
            if len(patterns) == 1 and len(patterns[0]) == 1 and isinstance(patterns[0][0], dict):
                tests = _condition(patterns[0][0], strings)
            if tests is not None:
                entry = (attr_id, match_id, tests)
                eq = [v for pos, kind, v in tests if pos == lower and kind == "eq"]
                if eq:
                    self.by_lower.setdefault(eq[0], []).append(entry)
                elif any(pos == lower for pos, _, _ in tests):
                    self.lower_general.append(entry)
                else:
                    self.general.append(entry)
                continue
            self.rest.add(match_id, patterns)
            self.rest_keys += 1
            for pattern in patterns:
                first = pattern[0] if pattern and isinstance(pattern[0], dict) and "OP" not in pattern[0] else None
                starts = _condition(first, strings) if first is not None else None
                if starts is None or self.rest_starts is None:
                    self.rest_starts = None
                else:
                    self.rest_starts.append(starts)
        self._general: dict[tuple, tuple[tuple[int, int], ...]] = {}
        self._table: dict[tuple, tuple[tuple[tuple[int, int], ...], bool]] = {}

    def _lookup(self, key: tuple) -> tuple[tuple[tuple[int, int], ...], bool]:
        """The (attr_id, match_id) of the single-token patterns matching a token with ``key``, and whether the
        token may start a match of another pattern."""
        strings = self.strings
        reduced = (key[0], key[2], key[3])
        general = self._general.get(reduced)
        if general is None:
            general = self._general[reduced] = tuple((a, m) for a, m, t in self.general if _holds(t, key, strings))
        own = [(a, m) for a, m, t in self.lower_general + self.by_lower.get(key[1], []) if _holds(t, key, strings)]
        starts = self.rest_starts is None or any(_holds(t, key, strings) for t in self.rest_starts)
        found = self._table[key] = (general + tuple(own), starts)
        return found

    def __call__(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        if _state(self.ruler) != self.read:  # patterns added or replaced since: read them again
            self.__init__(self.ruler)
        matches = []
        rest = self.rest_keys and self.rest_starts is None
        if len(doc):
            table, lookup = self._table, self._lookup
            for i, key in enumerate(map(tuple, doc.to_array(_KEY_IDS).tolist())):
                found = table.get(key)
                if found is None:
                    found = lookup(key)
                for attr_id, match_id in found[0]:
                    matches.append((attr_id, match_id, i, i + 1))
                if found[1]:
                    rest = True
        if rest and self.rest_keys:  # some token may start a match of the other patterns: their Matcher
            strings = self.strings
            matches.extend((int(strings[m]), m, s, e) for m, s, e in self.rest(doc, allow_missing=True, as_spans=False))
        matches.sort()
        return matches


class FastSet:
    """``ruler.set_annotations``: each token's attributes set once, to the values the ruler's own writes, one
    match after another in the given order, would leave. Extension attributes or a pattern index outside its
    match go to the ruler's own method (which sets them, or raises its error)."""

    def __init__(self, ruler: AttributeRuler):
        self.ruler = ruler
        self._merged: dict[tuple[int, ...], dict] = {}  # the merged values of a token's patterns, in order
        self.read = _state(ruler)

    def __call__(self, doc: Doc, matches) -> None:
        ruler = self.ruler
        attrs, indices = ruler.attrs, ruler.indices
        if _state(ruler) != self.read:  # patterns added or replaced since
            self._merged.clear()
            self.read = _state(ruler)
        per_token: dict[int, list[int]] = {}
        for attr_id, _match_id, start, end in matches:
            index = indices[attr_id]
            i = start + index if index >= 0 else end + index
            if not start <= i < end or "_" in attrs[attr_id]:
                return AttributeRuler.set_annotations(ruler, doc, matches)
            per_token.setdefault(i, []).append(attr_id)
        merged = self._merged
        for i, ids in per_token.items():
            key = tuple(ids)
            values = merged.get(key)
            if values is None:
                values = merged[key] = {}
                for attr_id in ids:
                    values.update(attrs[attr_id])
            set_token_attrs(doc[i], values)


def speed_up(nlp) -> None:
    """Give the pipeline's attribute ruler (if it has spaCy's) the table lookup for its matches."""
    if "attribute_ruler" not in nlp.component_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    if type(ruler) is AttributeRuler and not isinstance(ruler.__dict__.get("match"), FastMatch):
        ruler.match = FastMatch(ruler)
        ruler.set_annotations = FastSet(ruler)
