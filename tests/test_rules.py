"""Every rule family's own examples are its tests (Duckling style): positives and negatives."""

from __future__ import annotations

import pytest

import timeline
from timeline.temporal.rules import FAMILIES

POSITIVES = [(fam, r.name, ex) for fam, rules in FAMILIES.items() for r in rules for ex in r.examples]
NEGATIVES = [(fam, r.name, s) for fam, rules in FAMILIES.items() for r in rules for s in r.negatives]


def test_every_rule_has_examples():
    missing = [r.name for rules in FAMILIES.values() for r in rules if not r.examples]
    assert not missing, f"rules without examples: {missing}"


@pytest.mark.parametrize("family,rule,ex", POSITIVES, ids=[f"{f}.{r}:{e.span}" for f, r, e in POSITIVES])
def test_positive_example(family, rule, ex):
    timexes = timeline.tag(ex.sentence, pub_date=ex.dct)
    found = [t for t in timexes if t.text == ex.span]
    assert found, f"{ex.span!r} not found in {ex.sentence!r}; got {[(t.text, t.value) for t in timexes]}"
    t = found[0]
    assert t.value == ex.value, (t.text, t.value, t.rule)
    if ex.type:
        assert t.type == ex.type
    if ex.mod:
        assert t.mod == ex.mod
    assert ex.sentence[t.start:t.end] == t.text


@pytest.mark.parametrize("family,rule,sentence", NEGATIVES, ids=[f"{f}.{r}:{s}" for f, r, s in NEGATIVES])
def test_negative_example(family, rule, sentence):
    timexes = timeline.tag(sentence, pub_date="2023-09-05")
    fired = [t for t in timexes if t.rule == f"{family}.{rule}"]
    assert not fired, [(t.text, t.value) for t in fired]
