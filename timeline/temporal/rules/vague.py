"""Vague references: now, recently, the future, in recent weeks, in the coming months, current."""

from __future__ import annotations

from ..partial import literal
from ..vocab import norm_key, vocab
from .base import Ex, Rule


def vague_word(m):
    return literal("DATE", vocab()["vague"][norm_key(m["w"])])


def recent_units(m):
    return literal("DATE", "PAST_REF")


def coming_units(m):
    return literal("DATE", "FUTURE_REF")


def adjective(m):
    return literal("DATE", {"current": "PRESENT_REF", "recent": "PAST_REF", "former": "PAST_REF"}[norm_key(m["w"])])


RULES = [
    Rule("vague_word", r"(?P<w>@VAGUE@)", vague_word, checks=("vague_context",),
         examples=(Ex("Right now, it seems calm.", "now", "PRESENT_REF"),
                   Ex("Prices have risen recently.", "recently", "PAST_REF"),
                   Ex("Talks may resume in the future.", "the future", "FUTURE_REF")),
         negatives=("The past tense is hard.", "He previously said so.")),
    Rule("recent_units", r"(?:the\s+)?(?:most\s+)?recent\s+(?:days|weeks|months|years|decades|times)", recent_units, priority=1,
         examples=(Ex("Ties have grown in recent weeks.", "recent weeks", "PAST_REF"),)),
    Rule("coming_units", r"(?:the\s+)?(?:coming|next\s+few|upcoming)\s+(?:days|weeks|months|years|decades|quarters)",
         coming_units, priority=1,
         examples=(Ex("A decision is due in the coming months.", "the coming months", "FUTURE_REF"),)),
    Rule("temporal_adjective", r"(?P<w>current)", adjective, checks=("adjective_context",),
         examples=(Ex("The current crisis deepened.", "current", "PRESENT_REF"),)),
]
