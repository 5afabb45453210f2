"""Vague references: now, recently, the future, the near term, in recent times, current.

A vaguely counted stretch back or ahead ("recent weeks", "the past few years", "the coming months") is a
DURATION with an X count, in durations.py.
"""

from __future__ import annotations

from .. import veto
from ..partial import literal
from ..vocab import lexicon
from .base import Ex, family

rule = family(__name__)

VAGUE, TEMPORAL_ADJECTIVES = map(lexicon, ("VAGUE", "TEMPORAL_ADJECTIVES"))


def vague_word(m):
    return literal("DATE", VAGUE[m["w"]])


def recent_times(m):
    return literal("DATE", "PAST_REF")


def someday(m):
    return literal("DATE", "FUTURE_REF")


def adjective(m):
    # "the then-current price" was current at the time the story is about: a past reference
    return literal("DATE", "PAST_REF" if m["then"] else TEMPORAL_ADJECTIVES[m["w"]])


RULES = [
    rule("vague_word", r"(?P<w>@VAGUE@)", vague_word,
         trigger="@VAGUE@", checks=(veto.vague_context,),
         examples=(Ex("Right now, it seems calm.", "now", "PRESENT_REF"),
                   Ex("Prices have risen recently.", "recently", "PAST_REF"),
                   Ex("More recently, the group has grown.", "More recently", "PAST_REF"),
                   Ex("Talks may resume in the future.", "the future", "FUTURE_REF"),
                   Ex("Rates will stay low in the near term.", "the near term", "FUTURE_REF"),
                   Ex("The firm will raise more money at a later date.", "a later date", "FUTURE_REF")),
         negatives=("The past tense is hard.", "He previously said so.", "The later date of the two was wrong.",
                    "The stock has fallen in four of the past five sessions.")),
    # "the other day" is a day lately passed; "the other day of the week", "the other day and night" contrast two
    rule("other_day", r"the\s+other\s+day(?!\s+(?:and|or|of|to)\b)", recent_times,
         trigger="other", checks=(veto.attributive,),
         examples=(Ex("The senator spoke to reporters the other day.", "the other day", "PAST_REF"),),
         negatives=("One ward was open, the other day and night.", "On the other day of the week he rests.",
                    "He takes the pill every other day.")),
    # "times" counts nothing: "recent times" is the recent past, where "recent weeks" is a duration (durations.py)
    rule("recent_times", r"(?:the\s+)?(?:most\s+)?recent\s+times", recent_times,
         trigger="recent", checks=(veto.whole_word,), priority=1,
         examples=(Ex("In recent times, crime fell.", "recent times", "PAST_REF"),),
         negatives=("The recent times-table test was easy.", "The recent rally faded.")),
    # "Islam will one day be ...": after a modal, "one day" is some day ahead, not a day's length
    rule("one_day_ahead", r"(?:(?<=will\s)|(?<=would\s)|(?<=could\s)|(?<=might\s)|(?<=may\s)|(?<=can\s)"
         r"|(?<=should\s)|(?<=must\s))one\s+day(?!\s+(?:of|before|after|later|earlier|ago|in|a|per)\b)",
         someday, trigger="day", priority=1,
         examples=(Ex("Scientists say the city will one day sink.", "one day", "FUTURE_REF"),
                   Ex("He hopes China could one day host the games.", "one day", "FUTURE_REF")),
         negatives=("The strike will last one day.", "It could take one day or two at most.")),
    rule("temporal_adjective", r"(?:(?:(?<=the\s)|(?<=its\s)|(?<=his\s)|(?<=her\s)|(?<=their\s))(?P<then>then)(?:\s+|\s*-\s*))?"
         r"(?P<w>@TEMPORAL_ADJECTIVES@)", adjective,
         trigger="@TEMPORAL_ADJECTIVES@", checks=(veto.adjective_context,),
         examples=(Ex("The current crisis deepened.", "current", "PRESENT_REF"),
                   Ex("Holders may buy shares at half the then current price.", "then current", "PAST_REF"),
                   Ex("He met the then-current leader.", "then-current", "PAST_REF")),
         negatives=("The current account deficit widened.", "The river's current was strong.",
                    "If rates rise, then current account holders pay.")),
]
