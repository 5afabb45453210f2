"""Every rule's own examples are its tests (Duckling style), and they must catch a broken rule.

Positives: in the example sentence the tagger finds the span, with the value, type and mod, *and the rule that
found it is the example's own*. Another rule producing the same span would otherwise hide a broken one.

Negatives are dimension-wide. A rule's dimension is what its examples produce: "time" (DATE and TIME, which
rules trade between them: "yesterday" is a DATE, "last night" a TIME), "duration" or "set". In a negative
sentence the tagger finds no timex of that dimension at all, from any rule, anywhere in the sentence; so a
false positive vetoed in one rule cannot reappear through another ("the year 2000 problem" vetoed as
``year_the`` must not come back as ``year``). Negative sentences hold no other time of that dimension.

The builders run in strict mode here: a builder that raises fails the test instead of quietly losing a match.
"""

from __future__ import annotations

import re
import warnings

import pytest

import timeline
from timeline.temporal import tagger
from timeline.temporal.rules import ALL_RULES, Ex, Rule
from timeline.temporal.rules.base import family
from timeline.temporal.triggers import find_windows
from timeline.temporal.vocab import Lexicon, expand, lexicon

DIMENSION = {"DATE": "time", "TIME": "time", "DURATION": "duration", "SET": "set"}

POSITIVES = [(r, ex) for r in ALL_RULES for ex in r.examples]
NEGATIVES = [(r, s) for r in ALL_RULES for s in r.negatives]


@pytest.fixture(autouse=True)
def strict(monkeypatch):
    monkeypatch.setenv(tagger.STRICT_ENV, "1")


def dimensions(rule: Rule) -> set[str]:
    return {DIMENSION[ex.type] for ex in rule.examples}


def positive_failure(rule: Rule, ex: Ex) -> str | None:
    """Why ``ex`` does not hold for ``rule`` (None when it does)."""
    timexes = timeline.tag(ex.sentence, pub_date=ex.dct)
    found = [t for t in timexes if t.text == ex.span]
    if not found:
        return f"{ex.span!r} not found in {ex.sentence!r}; got {[(t.text, t.value, t.rule) for t in timexes]}"
    t = found[0]
    got = (t.rule, t.value, t.type, t.mod)
    want = (rule.id, ex.value, ex.type, ex.mod)
    if got != want:
        return f"{ex.span!r}: (rule, value, type, mod) = {got}, want {want}"
    if ex.sentence[t.start:t.end] != t.text:
        return f"offsets {t.start}:{t.end} do not hold {t.text!r}"
    return None


@pytest.mark.parametrize("rule,ex", POSITIVES, ids=[f"{r.id}:{e.span}" for r, e in POSITIVES])
def test_positive_example(rule, ex):
    failure = positive_failure(rule, ex)
    assert failure is None, failure


@pytest.mark.parametrize("rule,sentence", NEGATIVES, ids=[f"{r.id}:{s}" for r, s in NEGATIVES])
def test_negative_example(rule, sentence):
    dims = dimensions(rule)
    timexes = timeline.tag(sentence, pub_date="2023-09-05")
    fired = [(t.text, t.type, t.value, t.rule) for t in timexes if DIMENSION[t.type] in dims]
    assert not fired, f"{sorted(dims)} tagged in a negative of {rule.id}: {fired}"


def test_every_rule_has_examples_and_negatives():
    assert not [r.id for r in ALL_RULES if not r.examples]
    assert not [r.id for r in ALL_RULES if not r.negatives]


def test_rule_ids_are_unique_and_name_their_module():
    ids = [r.id for r in ALL_RULES]
    assert len(ids) == len(set(ids))
    for r in ALL_RULES:
        assert r.build.__module__.rsplit(".", 1)[-1] in (r.family, "durations"), r.id  # sets reuse durations' values
        assert re.fullmatch(r"[a-z]+\.[a-z0-9_]+", r.id), r.id


@pytest.mark.parametrize("rule", ALL_RULES, ids=[r.id for r in ALL_RULES])
def test_trigger_covers_examples(rule):
    """The speed index never hides a rule's own examples: its trigger occurs in every example span."""
    if rule.trigger_obj is None:
        return
    for ex in rule.examples:
        assert find_windows(ex.span, [rule.trigger_obj])[rule.trigger_obj], (rule.id, rule.trigger, ex.span)


@pytest.mark.parametrize("rule", ALL_RULES, ids=[r.id for r in ALL_RULES])
@pytest.mark.parametrize("strict_mode", [True, False], ids=["strict", "lenient"])
def test_broken_builder_fails_an_example(rule, strict_mode, monkeypatch):
    """Make the rule's builder raise: at least one of its examples must fail, strict or not."""
    def broken(m):
        raise ValueError("broken on purpose")

    monkeypatch.setattr(rule, "build", broken)
    if not strict_mode:
        monkeypatch.delenv(tagger.STRICT_ENV)
    failures = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", tagger.RuleWarning)
        for ex in rule.examples:
            try:
                failures.append(positive_failure(rule, ex))
            except Exception as e:  # noqa: BLE001 - strict mode raises RuleError out of the pipeline
                failures.append(repr(e))
    assert any(f is not None for f in failures), f"{rule.id}: every example still passes with a broken builder"


def test_builder_errors_are_loud_outside_strict_mode(monkeypatch, caplog):
    rule = next(r for r in ALL_RULES if r.id == "relative.deictic_day")

    def broken(m):
        raise KeyError("no such word")

    monkeypatch.setattr(rule, "build", broken)
    with pytest.raises(Exception, match="relative.deictic_day"):
        timeline.tag("He left yesterday.", pub_date="2023-09-05")
    monkeypatch.delenv(tagger.STRICT_ENV)
    with pytest.warns(tagger.RuleWarning, match="relative.deictic_day"):
        assert timeline.tag("He left yesterday.", pub_date="2023-09-05") == []
    assert "relative.deictic_day" in caplog.text


# ---------------------------------------------------------------- lexicons and declarations


def test_macro_words_must_be_in_their_lexicon():
    assert "this" in lexicon("REL_YEAR")
    with pytest.raises(ValueError, match="yesteryear"):
        expand(r"(?P<rel>@REL_YEAR:this|yesteryear@)\s+year")
    with pytest.raises(KeyError, match="NO_SUCH_TABLE"):
        expand(r"@NO_SUCH_TABLE@")


def test_lexicon_keys_are_in_lookup_form():
    with pytest.raises(ValueError, match="lower case"):
        Lexicon("BAD", {"This Past": -1})
    with pytest.raises(KeyError, match="REL_YEAR"):
        lexicon("REL_YEAR")["yesteryear"]
    assert lexicon("REL_YEAR")["Last"] == -1 and lexicon("REL_YEAR").get(None, 0) == 0


def test_a_pattern_cannot_list_words_of_its_own():
    rule = family("timeline.temporal.rules.relative")
    with pytest.raises(ValueError, match="vocab/en.json"):
        rule("bad", r"(?P<rel>last|next)\s+week", lambda m: None, trigger="week")
    assert rule("good", r"(?P<rel>@REL_YEAR@)\s+year", lambda m: None, trigger="year").id == "relative.good"
