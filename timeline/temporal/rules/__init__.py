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
for _family, _rules in FAMILIES.items():
    for _r in _rules:
        _r.family = _family  # the rule name users see is "family.rule", e.g. "relative.weekday"

__all__ = ["ALL_RULES", "FAMILIES", "Rule", "Ex", "EXAMPLE_DCT"]

# Speed index, not meaning: words every match of a rule contains. A rule only runs in windows around
# them, so rare rules ("ago", "century") cost almost nothing on long texts.
TRIGGERS = {
    "date_mdy": "@MONTH@", "date_dmy": "@MONTH@", "date_md": "@MONTH@", "date_dm": "@MONTH@",
    "month_year": "@MONTH@", "month_rel": "@MONTH@", "month_rel_year": "@MONTH@",
    "iso_date": r"\d{4}-\d\d", "numeric_date": r"\d/\d", "year": r"(?<!\d)(?:1\d|20)\d\d(?!\d)",
    "year_the": r"(?<!\d)(?:1\d|20)\d\d(?!\d)", "year_words": "nineteen|eighteen|thousand",
    "decade": r"0['’]?s\b|ties\b", "century": "century", "quarter": "quarter|period", "quarter_q": r"Q[1-4]",
    "half": r"half\b", "season": "@SEASON@", "holiday": "@HOLIDAY@",
    "deictic_day": "today|yesterday|tomorrow|tonight", "last_night": "@POD@", "rel_unit": "@UNIT@",
    "story_day": "day|@POD@", "day_before_after": "yesterday|tomorrow", "weekday": "@WEEKDAY@",
    "ago": "ago", "from_now": "now|today", "earlier_later": "earlier|later|afterward",
    "year_ago_period": "ago|earlier", "same_period_last_year": "year", "year_period": "period|quarter", "latest_quarter": "quarter|period", "the_weekend": "weekend",
    "year_end": "year", "the_year": "year", "year_to_date": "year", "year_earlier_adj": "ago|earlier",
    "period_part": "beginning|start|end|close|middle",
    "clock_ampm": r"\d\s*[ap]\.?\s?m", "clock_24h": r"\d:\d\d", "noon": "noon|midnight", "clock_pod": "morning|afternoon|evening|night",
    "duration": "@UNIT@", "duration_adj": "@UNIT@", "duration_half": "half", "duration_bare": "@UNIT@",
    "duration_long": "long", "every_unit": "every|each", "every_weekday": "every|each", "every_pod": "every|each",
    "every_month": "every|each", "weekday_plural": r"days\b|(?:mornings|afternoons|evenings|nights)\b",
    "set_adverb": "@SETADV@", "times_per": "once|twice|thrice|times", "per_unit": "year|month|week|day|annum",
    "vague_word": "@VAGUE@", "recent_units": "recent", "coming_units": "coming|few|upcoming",
    "temporal_adjective": "current",
}


def _attach_triggers() -> None:
    from ..triggers import make_trigger

    for r in ALL_RULES:
        r.trigger = TRIGGERS.get(r.name)
        r.trigger_obj = make_trigger(r.trigger) if r.trigger else None


_attach_triggers()
