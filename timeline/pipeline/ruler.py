"""The attribute ruler's matches by table lookup: the same matches as spaCy's ``AttributeRuler.match``, faster.

The model's ``attribute_ruler`` maps fine-grained tags to coarse POS and morphology (a converted tag map)
and fixes a few word forms: 179 patterns, nearly all of one token that test only the token's tag, lower
form, dependency label or whether it is whitespace. spaCy runs them through its general ``Matcher``, which
cost as much CPU as tok2vec on the extraction path (about 18 µs a token). Which of those single-token
patterns match a token depends only on those four values, so the answer is looked up per distinct
(tag, lower, dep, is_space) and kept; the other patterns (several tokens, regexes, operators) still go
through a ``Matcher`` of their own. The matches, sorted as ``AttributeRuler.match`` sorts them, are then
applied by the ruler's own ``set_annotations``: the annotations are those the ruler gives.
"""

from __future__ import annotations

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

# The token attributes a single-token pattern may test to be answered from the table, in key order.
_KEY_ATTRS = ("TAG", "LOWER", "DEP", "IS_SPACE")
_KEY_IDS = [TAG, LOWER, DEP, IS_SPACE]


def _condition(spec: dict, strings) -> tuple | None:
    """The pattern token ``spec`` as one test per key attribute: (position, kind, values); None when it
    tests anything else or in another way."""
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
        elif isinstance(value, dict) and set(value) == {"IN"} and isinstance(value["IN"], list) \
                and all(isinstance(v, str) for v in value["IN"]):
            tests.append((pos, "in", frozenset(strings.add(v) for v in value["IN"])))
        else:
            return None
    return tuple(tests)


def _holds(tests: tuple, key: tuple) -> bool:
    for pos, kind, value in tests:
        if kind == "eq" and key[pos] != value or kind == "in" and key[pos] not in value:
            return False
    return True


class FastMatch:
    """``ruler.match`` for an :class:`AttributeRuler` (install with :func:`speed_up`)."""

    def __init__(self, ruler: AttributeRuler):
        self.ruler = ruler
        self.n_patterns = len(ruler.attrs)
        strings = ruler.vocab.strings
        self.simple: list[tuple[int, int, tuple]] = []  # (attr_id, match_id, tests) in ruler order
        self.rest = Matcher(ruler.vocab, validate=False)
        self.rest_keys = 0
        for attr_id in range(len(ruler.attrs)):
            match_id = strings.add(str(attr_id))  # the key AttributeRuler.add gave the pattern
            _on_match, patterns = ruler.matcher.get(match_id)
            tests = None
            if len(patterns) == 1 and len(patterns[0]) == 1 and isinstance(patterns[0][0], dict):
                tests = _condition(patterns[0][0], strings)
            if tests is None:
                self.rest.add(match_id, patterns)
                self.rest_keys += 1
            else:
                self.simple.append((attr_id, match_id, tests))
        self.strings = strings
        self._table: dict[tuple, tuple[tuple[int, int], ...]] = {}

    def _lookup(self, key: tuple) -> tuple[tuple[int, int], ...]:
        found = self._table.get(key)
        if found is None:
            found = self._table[key] = tuple((a, m) for a, m, tests in self.simple if _holds(tests, key))
        return found

    def __call__(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        if len(self.ruler.attrs) != self.n_patterns:  # patterns added since: read them again
            self.__init__(self.ruler)
        matches = []
        if len(doc):
            table, lookup = self._table, self._lookup
            for i, key in enumerate(map(tuple, doc.to_array(_KEY_IDS).tolist())):
                found = table.get(key)
                if found is None:
                    found = lookup(key)
                for attr_id, match_id in found:
                    matches.append((attr_id, match_id, i, i + 1))
        if self.rest_keys:
            strings = self.strings
            matches.extend((int(strings[m]), m, s, e) for m, s, e in self.rest(doc, allow_missing=True, as_spans=False))
        matches.sort()
        return matches


def speed_up(nlp) -> None:
    """Give the pipeline's attribute ruler (if it has spaCy's) the table lookup for its matches."""
    if "attribute_ruler" not in nlp.component_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    if type(ruler) is AttributeRuler and not isinstance(ruler.__dict__.get("match"), FastMatch):
        ruler.match = FastMatch(ruler)
