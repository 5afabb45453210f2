"""Shapes of running text the post-resolve passes share, kept in one place so that they agree on where a
sentence ends."""

from __future__ import annotations

import re

from .morph import irregular_forms
from .vocab import alternation, vocab

# A sentence's end before the next one starts: its full stop (or ! ?), closing quotes or brackets, then space
# before a capital or a digit (what the next sentence opens with)
SENTENCE_END = re.compile(r"[.!?][\"”’')]*\s+(?=[\"“'‘(]?[A-Z0-9])")

# A sentence's end as the passes reading a short stretch around a time expression see it: a full stop, ! or ?
# with its closing quotes, then space, whatever follows; a full stop after a capital is an initial ("U.S. jets"),
# not an end
SENTENCE_BREAK = re.compile(r"(?:(?<![A-Z])\.|[!?])[\"”’')]*\s")


def period_bound(*extra: str) -> re.Pattern:
    """The words between a period and the day that ends it ("the quarter ended Sept. 30", ", which ends in
    May", "that ended on Nov. 30"; vocab period_end_words); ``extra`` adds words a reader also takes as a bound ("to": "the year to
    March")."""
    words = alternation(vocab()["period_end_words"]["words"] + list(extra))
    return re.compile(r"\s*,?\s*(?:that\s+|which\s+)?" + words + r"\s+(?:(?:on|in)\s+)?", re.IGNORECASE)


# The inflected forms of the reporting verbs (vocab "reporting_verbs"): "said", "told", "reported", "announces" ...
_REPORTING = [w for w in vocab()["reporting_verbs"] if not w.startswith("_")]
REPORT_FORMS = sorted({f for w in _REPORTING for f in (w, w + "s", w + "d" if w.endswith("e") else w + "ed")}
                      | irregular_forms(set(_REPORTING)), key=len, reverse=True)
# a reporting verb right before a day, a few words between allowed ("the coast guard said on Sunday", "police said
# in a statement on Wednesday"): the report's day, not where the story is (temporal/clock_days.py, clock_shift.py)
REPORTED_DAY_LEAD = re.compile(r"\b(?:" + "|".join(re.escape(f) for f in REPORT_FORMS)
                               + r")\b(?:\s+[\w'-]+){0,3}?\s+(?:on\s+)?$", re.IGNORECASE)
