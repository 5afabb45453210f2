"""All rule families, in one list. Each family module declares its rules, with their examples, in full."""

from __future__ import annotations

from . import dates, durations, relative, sets, times, vague
from .base import EXAMPLE_DCT, Ex, Rule

# The order is the last tie-break between equally long, equally ranked matches.
FAMILIES: dict[str, list[Rule]] = {m.__name__.rsplit(".", 1)[-1]: m.RULES
                                   for m in (dates, relative, times, durations, sets, vague)}
ALL_RULES: list[Rule] = [r for rules in FAMILIES.values() for r in rules]

__all__ = ["ALL_RULES", "FAMILIES", "Rule", "Ex", "EXAMPLE_DCT"]
