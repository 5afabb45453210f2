"""Vague references: now, recently, the future, in recent weeks, in the coming months, current."""

from __future__ import annotations

from .. import veto
from ..partial import literal
from ..vocab import lexicon
from .base import Ex, family

rule = family(__name__)

VAGUE, TEMPORAL_ADJECTIVES = map(lexicon, ("VAGUE", "TEMPORAL_ADJECTIVES"))


def vague_word(m):
    return literal("DATE", VAGUE[m["w"]])


def recent_units(m):
    return literal("DATE", "PAST_REF")


def coming_units(m):
    return literal("DATE", "FUTURE_REF")


def adjective(m):
    return literal("DATE", TEMPORAL_ADJECTIVES[m["w"]])


RULES = [
    rule("vague_word", r"(?P<w>@VAGUE@)", vague_word,
         trigger="@VAGUE@", checks=(veto.vague_context,),
         examples=(Ex("Right now, it seems calm.", "now", "PRESENT_REF"),
                   Ex("Prices have risen recently.", "recently", "PAST_REF"),
                   Ex("Talks may resume in the future.", "the future", "FUTURE_REF")),
         negatives=("The past tense is hard.", "He previously said so.")),
    rule("recent_units", r"(?:the\s+)?(?:most\s+)?recent\s+(?:days|weeks|months|years|decades|times)", recent_units,
         trigger="recent", checks=(veto.whole_word,), priority=1,
         examples=(Ex("Ties have grown in recent weeks.", "recent weeks", "PAST_REF"),),
         negatives=("The recent weeks-long strike ended.",)),
    rule("coming_units", r"(?:the\s+)?(?:coming|next\s+few|upcoming)\s+(?:days|weeks|months|years|decades|quarters)",
         coming_units, trigger="coming|few|upcoming", checks=(veto.title_case,), priority=1,
         examples=(Ex("A decision is due in the coming months.", "the coming months", "FUTURE_REF"),),
         negatives=("The Coming Days album flopped.",)),
    rule("temporal_adjective", r"(?P<w>@TEMPORAL_ADJECTIVES@)", adjective,
         trigger="@TEMPORAL_ADJECTIVES@", checks=(veto.adjective_context,),
         examples=(Ex("The current crisis deepened.", "current", "PRESENT_REF"),),
         negatives=("The current account deficit widened.", "The river's current was strong.")),
]
