"""What a rule is: one declaration holding everything about it.

A rule is its pattern over vocabulary macros, the words that trigger it, the builder that turns a match into a
Partial, the context checks that veto a match, the modifiers it takes, and its own examples. A family module
(dates.py, relative.py, ...) declares its rules with ``rule = family(__name__)``: the module's name is the
family's, so a rule's id ("relative.weekday") is fixed where the rule is written.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import KW_ONLY, dataclass, field
from typing import Callable, Optional

from ..partial import Partial
from ..triggers import Trigger, make_trigger
from ..vocab import expand

# The reference date examples are written against unless they say otherwise: a Tuesday.
EXAMPLE_DCT = dt.date(2023, 9, 5)


# the year said right after a date, read by lookahead so that it stays an expression of its own ("on June 10 last
# year", "at 5:52 p.m. on March 3 last year"): rules/dates.py day_rel_year and rules/times.py's clock rules
YEAR_SAID_AFTER = r"(?=,?\s+(?:of\s+)?(?P<yrel>@REL_YEAR@)\s+year(?![\w'’-]))"


@dataclass(frozen=True)
class Ex:
    """A positive example: in ``sentence`` (published ``dct``) the rule itself finds ``span`` with ``value``."""

    sentence: str
    span: str
    value: str
    type: str = "DATE"
    mod: str | None = None
    dct: dt.date = EXAMPLE_DCT


# A named group that lists words ("(?P<rel>last|next)") is vocabulary written into code, which a builder
# would then look up in a dict of its own that nothing keeps in step with the regex: use a macro.
_WORD_GROUP = re.compile(r"\(\?P<(\w+)>((?:[A-Za-z?]|\\s\+)+(?:\|(?:[A-Za-z?]|\\s\+)+)+)\)")


@dataclass(eq=False)
class Rule:
    family: str
    name: str
    pattern: str
    build: Callable[[re.Match], Optional[Partial]]
    _: KW_ONLY
    # Speed, not meaning: a regex or word class (@MONTH@, "ago|earlier") every match contains. The rule
    # only runs in windows around it, so rare rules cost almost nothing on long texts. None = everywhere.
    trigger: str | None
    # context checks (veto.py), each (match, token span) -> keep?
    checks: tuple[Callable, ...] = ()
    priority: int = 0  # breaks ties between equally long matches
    case_sensitive: bool = False
    # whether "early", "late", "the end of", "mid-" in front join the expression as its mod. Weekdays and clock
    # times do not take them (TimeBank mostly leaves "late" out of "late Monday"); "yesterday" reads its own.
    position_mods: bool = True
    # whether a bare "early" / "late" right before it joins it although position_mods is off: the wire lede's
    # "erupted early Thursday", "filed late Friday" (the TIMEX3 guidelines take the word in as mod START / END;
    # "early on Tuesday" keeps the day alone)
    day_mods: bool = False
    # whether a past point counted back from the publication date takes "about", "nearly" in front like a
    # duration does ("about three years ago"); durations take them anyway
    approx_mods: bool = False
    # whether a match is a whole noun phrase with its own article ("a three-year period"): then a word in front
    # is a preposition ("over a three-year period"), as before "the past two years", unless it is one of the
    # modifiers that go before a determiner ("at least", "nearly")
    noun_phrase: bool = False
    examples: tuple[Ex, ...] = ()
    negatives: tuple[str, ...] = ()  # sentences with no timex of this rule's dimension (see tests/test_rules.py)
    regex: re.Pattern = field(init=False, repr=False)
    trigger_obj: Trigger | None = field(init=False, repr=False)

    def __post_init__(self):
        words = _WORD_GROUP.search(self.pattern)
        if words:
            raise ValueError(f"rule {self.id}: group {words.group(1)!r} lists words ({words.group(2)}); "
                             "put them in vocab/en.json and write a macro")
        flags = 0 if self.case_sensitive else re.IGNORECASE
        # words never start or end inside another word
        self.regex = re.compile(r"(?<![\w'’])(?:" + expand(self.pattern) + r")(?![\w])", flags)
        self.trigger_obj = make_trigger(self.trigger) if self.trigger else None

    @property
    def id(self) -> str:
        """The name users see on every timex: "family.rule"."""
        return f"{self.family}.{self.name}"


def family(module_name: str) -> Callable[..., Rule]:
    """The rule constructor for the family module ``module_name`` (pass ``__name__``)."""
    return functools.partial(Rule, module_name.rsplit(".", 1)[-1])


def g(m: re.Match, name: str) -> str | None:
    """A named group's text, or None when the rule has no such group or it did not take part."""
    try:
        return m.group(name)
    except IndexError:
        return None
