"""TempEval-3 Task A scoring on hand-made cases whose numbers are worked out in the comments."""

from __future__ import annotations

import pytest

from timeline.eval.scorer import (
    Counts, Mention, coarse_category, error_classes, pair_mentions, score_document, to_mention, total,
)
from timeline.temporal.timex import Timex


def m(start: int, end: int, type_: str = "DATE", value: str = "2023", text: str | None = None) -> Mention:
    return Mention(start, end, text if text is not None else f"t{start}", type_, value)


def test_all_correct_is_one_everywhere():
    gold = [m(0, 5), m(10, 20, "DURATION", "P1D")]
    s = score_document("d", gold, list(gold)).counts
    for name, v in s.scores().items():
        if not name.startswith("n_") and name not in ("strict", "relaxed", "type_correct", "value_correct"):
            assert v == 1.0, name
    assert s.n_gold == s.n_sys == s.strict == s.relaxed == 2


def test_mixed_document_by_hand():
    gold = [m(0, 5, value="2023"), m(10, 20, value="2023-09"), m(30, 35, "DURATION", "P1D"), m(40, 45)]
    system = [
        m(0, 5, value="2023"),  # exact, all right
        m(12, 20, value="2023-10"),  # overlap only, wrong value, right type
        m(30, 35, "DATE", "P1D"),  # exact, wrong type, right value
        m(50, 55),  # false positive; gold (40,45) is a false negative
    ]
    score = score_document("d", gold, system)
    c = score.counts
    assert (c.n_gold, c.n_sys, c.strict, c.relaxed, c.type_correct, c.value_correct) == (4, 4, 2, 3, 2, 2)
    assert c.strict_p == c.strict_r == c.strict_f1 == pytest.approx(0.5)
    assert c.relaxed_p == c.relaxed_r == c.relaxed_f1 == pytest.approx(0.75)
    # TempEval-3 attribute F1: 2 * correct / (N_sys + N_gold) = 4 / 8.
    assert c.type_f1 == c.value_f1 == pytest.approx(0.5)
    assert c.type_accuracy == pytest.approx(2 / 3)
    assert (c.value_p, c.value_r) == (pytest.approx(0.5), pytest.approx(0.5))
    kinds = sorted((e.kind, e.start) for e in score.errors)
    assert kinds == [("false_negative", 40), ("false_positive", 50), ("span", 10), ("type", 30), ("value", 10)]
    value_err = next(e for e in score.errors if e.kind == "value")
    assert (value_err.gold_value, value_err.sys_value, value_err.sys_start) == ("2023-09", "2023-10", 12)


def test_attribute_f1_differs_from_accuracy_when_counts_differ():
    gold = [m(0, 5), m(10, 15)]
    system = [m(0, 5, value="1999"), m(10, 15), m(20, 25), m(30, 35)]
    c = score_document("d", gold, system).counts
    # 1 correct value; N_sys + N_gold = 6.
    assert c.value_f1 == pytest.approx(2 / 6)
    assert c.value_accuracy == pytest.approx(0.5)
    assert (c.value_p, c.value_r) == (pytest.approx(1 / 4), pytest.approx(1 / 2))
    assert c.relaxed_p == pytest.approx(0.5) and c.relaxed_r == 1.0
    assert c.relaxed_f1 == pytest.approx(2 * 0.5 * 1.0 / 1.5)


def test_pairing_is_one_to_one():
    # One gold, two system pieces of it: one pair, one false positive.
    c = score_document("d", [m(0, 10)], [m(0, 5), m(5, 10)]).counts
    assert (c.relaxed, c.strict, c.n_sys) == (1, 0, 2)
    assert c.relaxed_p == 0.5 and c.relaxed_r == 1.0
    # Two gold, one system span covering both: one pair, one false negative.
    score = score_document("d", [m(0, 5), m(5, 10)], [m(0, 10)])
    assert score.counts.relaxed == 1
    assert [e.kind for e in score.errors].count("false_negative") == 1


def test_exact_match_wins_over_larger_overlap():
    gold = [m(0, 10), m(0, 4)]
    system = [m(0, 4)]
    assert pair_mentions(gold, system) == [(1, 0)]


def test_largest_overlap_wins_and_order_does_not_matter():
    gold = [m(0, 10)]
    system = [m(0, 3), m(2, 10)]
    assert pair_mentions(gold, system) == [(0, 1)]
    assert pair_mentions(gold, list(reversed(system))) == [(0, 0)]
    # Chained overlaps: greedy by size pairs g0-s0 (4 chars) and g1-s1 (3 chars).
    gold = [m(0, 6), m(6, 12)]
    system = [m(2, 7), m(7, 10)]
    assert pair_mentions(gold, system) == [(0, 0), (1, 1)]


def test_touching_spans_do_not_overlap():
    c = score_document("d", [m(0, 5)], [m(5, 9)]).counts
    assert c.relaxed == 0


def test_empty_inputs_give_zero_not_division_error():
    c = score_document("d", [], []).counts
    assert c.strict_f1 == c.relaxed_f1 == c.value_f1 == c.type_accuracy == 0.0
    c = score_document("d", [m(0, 1)], []).counts
    assert c.relaxed_r == 0.0 and c.relaxed_p == 0.0


def test_micro_average_sums_counts():
    a = score_document("a", [m(0, 5)], [m(0, 5)])
    b = score_document("b", [m(0, 5), m(6, 9), m(10, 12)], [])
    c = total([a, b])
    assert (c.n_gold, c.n_sys, c.strict) == (4, 1, 1)
    assert c.strict_r == pytest.approx(0.25) and c.strict_p == 1.0
    assert Counts(1, 2, 3, 4, 5, 6) + Counts(1, 1, 1, 1, 1, 1) == Counts(2, 3, 4, 5, 6, 7)


def test_inputs_from_timex_and_gold_dicts():
    timex = Timex("May 5", 3, 8, "DATE", "2023-05-05")
    gold = {"tid": "t1", "start": 3, "end": 8, "text": "May 5", "type": "DATE", "value": "2023-05-05", "mod": None}
    assert to_mention(timex) == to_mention(gold) == Mention(3, 8, "May 5", "DATE", "2023-05-05")
    assert score_document("d", [gold], [timex]).counts.value_correct == 1


def test_error_classes_and_category():
    assert coarse_category("June  12,\n1998") == "june 99, 9999"
    s1 = score_document("a", [m(0, 4, text="1998"), m(5, 9, text="1997")], [])
    s2 = score_document("b", [m(0, 6, text="Friday")], [m(10, 13, text="may")])
    classes = error_classes(s1.errors + s2.errors)
    assert (classes[0].kind, classes[0].category, classes[0].count) == ("false_negative", "9999", 2)
    assert classes[0].example.doc_id == "a"
    assert {(c.kind, c.category) for c in classes[1:]} == {("false_negative", "friday"), ("false_positive", "may")}
