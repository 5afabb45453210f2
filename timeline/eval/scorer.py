"""TempEval-3 Task A (TIMEX3 extraction and normalization) scoring, written from the task description.

Per document, system and gold timexes are paired one to one by span overlap. A pair with identical spans is a
strict match; any overlapping pair is a relaxed match. Type and value are judged over relaxed pairs and
reported as F1 = 2 * correct / (N_system + N_gold), the figure the TempEval-3 results tables use. The DCT is
never scored: callers pass only the timexes inside TEXT.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

ERROR_KINDS = ("false_positive", "false_negative", "span", "type", "value")


@dataclass(frozen=True)
class Mention:
    """What scoring needs of a timex, whether it came from gold TimeML or from the tagger."""

    start: int
    end: int
    text: str = ""
    type: str = ""
    value: str = ""


def to_mention(x: Any) -> Mention:
    """A Mention from a Timex, a gold dict from ``read_timeml`` or a Mention."""
    if isinstance(x, Mention):
        return x
    get = x.get if isinstance(x, dict) else (lambda k, default=None: getattr(x, k, default))
    return Mention(int(get("start")), int(get("end")), get("text") or "", get("type") or "", get("value") or "")


def _overlap(a: Mention, b: Mention) -> int:
    return min(a.end, b.end) - max(a.start, b.start)


def pair_mentions(gold: Sequence[Mention], system: Sequence[Mention]) -> list[tuple[int, int]]:
    """One-to-one (gold index, system index) pairs: identical spans first, then by largest overlap."""
    used_g: set[int] = set()
    used_s: set[int] = set()
    pairs: list[tuple[int, int]] = []
    by_span: dict[tuple[int, int], list[int]] = {}
    for j, s in enumerate(system):
        by_span.setdefault((s.start, s.end), []).append(j)
    for i, g in enumerate(gold):
        for j in by_span.get((g.start, g.end), []):
            if j not in used_s:
                pairs.append((i, j))
                used_g.add(i)
                used_s.add(j)
                break
    # Greedy on overlap size; ties go to the pair whose starts are closest, then to text order, so the result
    # does not depend on the order the tagger emitted its timexes in.
    candidates = sorted(
        (
            (-_overlap(g, s), abs(g.start - s.start), g.start, s.start, i, j)
            for i, g in enumerate(gold) if i not in used_g
            for j, s in enumerate(system) if j not in used_s and _overlap(g, s) > 0
        )
    )
    for *_, i, j in candidates:
        if i not in used_g and j not in used_s:
            pairs.append((i, j))
            used_g.add(i)
            used_s.add(j)
    pairs.sort()
    return pairs


def _ratio(num: int, den: int) -> float:
    return num / den if den else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Counts:
    """Raw counts; every score is derived from these so that corpus totals are plain sums (micro average)."""

    n_gold: int = 0
    n_sys: int = 0
    strict: int = 0  # pairs with identical spans
    relaxed: int = 0  # all pairs (overlap)
    type_correct: int = 0  # relaxed pairs with the same type
    value_correct: int = 0  # relaxed pairs with the same value

    def __add__(self, other: Counts) -> Counts:
        return Counts(*(a + b for a, b in zip(asdict(self).values(), asdict(other).values())))

    @property
    def strict_p(self) -> float:
        return _ratio(self.strict, self.n_sys)

    @property
    def strict_r(self) -> float:
        return _ratio(self.strict, self.n_gold)

    @property
    def strict_f1(self) -> float:
        return _f1(self.strict_p, self.strict_r)

    @property
    def relaxed_p(self) -> float:
        return _ratio(self.relaxed, self.n_sys)

    @property
    def relaxed_r(self) -> float:
        return _ratio(self.relaxed, self.n_gold)

    @property
    def relaxed_f1(self) -> float:
        return _f1(self.relaxed_p, self.relaxed_r)

    @property
    def type_accuracy(self) -> float:
        return _ratio(self.type_correct, self.relaxed)

    @property
    def value_accuracy(self) -> float:
        return _ratio(self.value_correct, self.relaxed)

    @property
    def type_p(self) -> float:
        return _ratio(self.type_correct, self.n_sys)

    @property
    def type_r(self) -> float:
        return _ratio(self.type_correct, self.n_gold)

    @property
    def type_f1(self) -> float:
        return _ratio(2 * self.type_correct, self.n_sys + self.n_gold)

    @property
    def value_p(self) -> float:
        return _ratio(self.value_correct, self.n_sys)

    @property
    def value_r(self) -> float:
        return _ratio(self.value_correct, self.n_gold)

    @property
    def value_f1(self) -> float:
        return _ratio(2 * self.value_correct, self.n_sys + self.n_gold)

    def scores(self) -> dict[str, float | int]:
        names = ("strict_p", "strict_r", "strict_f1", "relaxed_p", "relaxed_r", "relaxed_f1", "type_accuracy",
                 "value_accuracy", "type_p", "type_r", "type_f1", "value_p", "value_r", "value_f1")
        return {**asdict(self), **{n: getattr(self, n) for n in names}}


_DIGIT_RE = re.compile(r"\d")
_SPACE_RE = re.compile(r"\s+")


def coarse_category(text: str) -> str:
    """Group errors on similar expressions: lowercased, digits as 9, whitespace collapsed."""
    return _SPACE_RE.sub(" ", _DIGIT_RE.sub("9", text.lower())).strip()


@dataclass
class ScoringError:
    """One disagreement between system and gold; ``text`` is the gold text when there is a gold timex."""

    doc_id: str
    kind: str  # one of ERROR_KINDS
    text: str
    start: int
    end: int
    category: str
    gold_text: str | None = None
    gold_start: int | None = None
    gold_end: int | None = None
    gold_type: str | None = None
    gold_value: str | None = None
    sys_text: str | None = None
    sys_start: int | None = None
    sys_end: int | None = None
    sys_type: str | None = None
    sys_value: str | None = None
    subcorpus: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _error(doc_id: str, kind: str, g: Mention | None, s: Mention | None) -> ScoringError:
    ref = g if g is not None else s
    assert ref is not None
    err = ScoringError(doc_id, kind, ref.text, ref.start, ref.end, coarse_category(ref.text))
    if g is not None:
        err.gold_text, err.gold_start, err.gold_end, err.gold_type, err.gold_value = g.text, g.start, g.end, g.type, g.value
    if s is not None:
        err.sys_text, err.sys_start, err.sys_end, err.sys_type, err.sys_value = s.text, s.start, s.end, s.type, s.value
    return err


@dataclass
class DocumentScore:
    doc_id: str
    counts: Counts
    errors: list[ScoringError] = field(default_factory=list)


def score_document(doc_id: str, gold: Iterable[Any], system: Iterable[Any]) -> DocumentScore:
    """Counts and error listing for one document (gold and system: Timex, gold dicts or Mentions)."""
    g = [to_mention(x) for x in gold]
    s = [to_mention(x) for x in system]
    pairs = pair_mentions(g, s)
    counts = Counts(n_gold=len(g), n_sys=len(s), relaxed=len(pairs))
    errors: list[ScoringError] = []
    for i, j in pairs:
        gi, sj = g[i], s[j]
        if (gi.start, gi.end) == (sj.start, sj.end):
            counts.strict += 1
        else:
            errors.append(_error(doc_id, "span", gi, sj))
        if gi.type == sj.type:
            counts.type_correct += 1
        else:
            errors.append(_error(doc_id, "type", gi, sj))
        if gi.value == sj.value:
            counts.value_correct += 1
        else:
            errors.append(_error(doc_id, "value", gi, sj))
    paired_g = {i for i, _ in pairs}
    paired_s = {j for _, j in pairs}
    errors += [_error(doc_id, "false_negative", x, None) for i, x in enumerate(g) if i not in paired_g]
    errors += [_error(doc_id, "false_positive", None, x) for j, x in enumerate(s) if j not in paired_s]
    errors.sort(key=lambda e: (e.start, e.end, ERROR_KINDS.index(e.kind)))
    return DocumentScore(doc_id, counts, errors)


@dataclass
class ErrorClass:
    kind: str
    category: str
    count: int
    example: ScoringError


def error_classes(errors: Iterable[ScoringError]) -> list[ErrorClass]:
    """Errors grouped by (kind, coarse category), largest first."""
    groups: dict[tuple[str, str], list[ScoringError]] = {}
    for e in errors:
        groups.setdefault((e.kind, e.category), []).append(e)
    classes = [ErrorClass(k, c, len(es), es[0]) for (k, c), es in groups.items()]
    classes.sort(key=lambda c: (-c.count, c.kind, c.category))
    return classes


def total(scores: Iterable[DocumentScore]) -> Counts:
    out = Counts()
    for s in scores:
        out = out + s.counts
    return out
