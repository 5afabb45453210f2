"""What a rule is: a pattern over text, a builder to a Partial, and its own examples."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Callable, Optional

from ..partial import Partial
from ..vocab import expand

# The reference date examples are written against unless they say otherwise: a Tuesday.
EXAMPLE_DCT = dt.date(2023, 9, 5)


@dataclass(frozen=True)
class Ex:
    """A positive example: in ``sentence`` (published ``dct``) the tagger finds ``span`` with ``value``."""

    sentence: str
    span: str
    value: str
    type: str | None = None
    mod: str | None = None
    dct: dt.date = EXAMPLE_DCT


@dataclass
class Rule:
    name: str
    pattern: str
    build: Callable[[re.Match], Optional[Partial]]
    examples: tuple[Ex, ...] = ()
    negatives: tuple[str, ...] = ()  # sentences in which this rule must not produce a timex
    # context checks by name (see veto.py): "month_context", "year_context", ...
    checks: tuple[str, ...] = ()
    priority: int = 0  # breaks ties between equally long matches
    # A cheap regex for words every match contains: the rule only runs near them (speed, not meaning).
    trigger: str | None = None
    case_sensitive: bool = False
    regex: re.Pattern = field(init=False, repr=False)
    trigger_obj: object = field(init=False, repr=False, default=None)
    family: str = field(init=False, default="rules")  # set when the families are assembled

    def __post_init__(self):
        flags = 0 if self.case_sensitive else re.IGNORECASE
        # words never start or end inside another word
        self.regex = re.compile(r"(?<![\w'’])(?:" + expand(self.pattern) + r")(?![\w])", flags)
        if self.trigger:
            from ..triggers import make_trigger

            self.trigger_obj = make_trigger(self.trigger)


def g(m: re.Match, name: str) -> str | None:
    """A named group's text, or None when the rule has no such group or it did not take part."""
    try:
        return m.group(name)
    except IndexError:
        return None
