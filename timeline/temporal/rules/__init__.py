"""All rule families, in one list. Each family module carries its own examples and negative examples."""

from __future__ import annotations

from . import dates, durations, relative, sets, times, vague
from .base import EXAMPLE_DCT, Ex, Rule

FAMILIES = {
    "dates": dates.RULES,
    "relative": relative.RULES,
    "times": times.RULES,
    "durations": durations.RULES,
    "sets": sets.RULES,
    "vague": vague.RULES,
}
ALL_RULES: list[Rule] = [r for rules in FAMILIES.values() for r in rules]

__all__ = ["ALL_RULES", "FAMILIES", "Rule", "Ex", "EXAMPLE_DCT"]
