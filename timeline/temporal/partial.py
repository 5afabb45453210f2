"""Partial times: what a rule read off the text, before any anchor is applied."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import IntEnum

# Granularities from coarse to fine; the order matters for "keep the finer of two".
GRANULARITIES = (
    "millennium", "century", "decade", "year", "half", "season", "quarter", "month", "week", "weekend",
    "day", "part_of_day", "hour", "minute",
)
GRAN_RANK = {g: i for i, g in enumerate(GRANULARITIES)}
UNIT_GRAN = {
    "Y": "year", "M": "month", "W": "week", "2W": "week", "D": "day", "Q": "quarter", "DE": "decade",
    "CE": "century", "ML": "millennium", "H": "hour", "MIN": "minute", "S": "minute", "WE": "weekend",
    "SEASON": "season", "HALF": "half",
}


class Direction(IntEnum):
    """Which way from the anchor a time stated without its year (or week) lies: a rule's word ("last",
    "next") or else the sentence's tense. The sign is past/future; the strict ones exclude the anchor's
    own period.

    The integer codes are the ones rules have always written (``Partial(direction=-2)``), so ints still work.
    """

    STRICT_PAST = -2  # over by the anchor: "last Tuesday" said on a Tuesday is a week back
    PAST = -1  # begun by the anchor (the same day counts); past tense, with slack for schedules
    NONE = 0  # no cue: the nearest reading
    FUTURE = 1  # not over by the anchor (the same day counts); future tense, "will", "coming"
    STRICT_FUTURE = 2  # not begun by the anchor: "next Tuesday" said on a Tuesday is a week on


@dataclass(frozen=True)
class Partial:
    """A time as the text states it. Fields left None were not said.

    ``kind`` decides how the resolver treats it: ``point`` (DATE/TIME calendar values, possibly relative),
    ``literal`` (value fixed by the rule: durations, sets, vague references).
    """

    kind: str = "point"
    type: str = "DATE"
    value: str | None = None  # literal value
    mod: str | None = None
    quant: str | None = None
    freq: str | None = None
    # a share of the period named ("the final quarter of the decade": (3, 4), the last of four; rules/dates.py
    # period_fraction): TIMEX3 keeps the whole period with a mod, the event table draws the share
    share: tuple[int, int] | None = None
    # calendar fields
    millennium: int | None = None
    century: int | None = None
    decade: int | None = None  # e.g. 199 for the 1990s
    year: int | None = None
    year_rel: int | None = None  # year given relative to the publication date ("June last year")
    year_of_story: bool = False  # year_rel counts from the story's year instead ("March of that year")
    # "an agreement signed the previous spring" (of a story in November 2014): the latest such season ended before
    # the story time, not the year before its year
    before_story: bool = False
    half: int | None = None
    quarter: int | None = None
    season: str | None = None
    month: int | None = None
    week: int | None = None
    weekend: bool = False
    day: int | None = None
    weekday: int | None = None  # 1=Monday; resolved by tense when no day is given
    weekday_count: int | None = None  # "two Fridays ago": the nth such weekday back from the publication date
    # "the third Friday of March" (-1: "the last"); with gran "week", the week of the nth Thursday ("the first
    # week of May" is the ISO week holding the month's first Thursday, as an ISO year holds its first)
    weekday_nth: int | None = None
    pod: str | None = None  # MO AF EV NI MI DT
    hour: int | None = None
    minute: int | None = None
    second: int | None = None  # "at 4:17:09 a.m.": written into the value by the resolver (resolve.context)
    zone: str | None = None  # "Z" for a clock time said in UTC/GMT (codec.Parts.zone)
    # relative: shift by rel_n units from the anchor ("dct" = publication date, "story" = story time)
    rel_unit: str | None = None
    rel_n: int | None = None  # None with rel_unit set = unknown count (XX)
    anchor: str | None = None  # "dct" | "story" | None (absolute)
    gran: str | None = None  # granularity of the result when the rule knows it (e.g. "last week" -> week)
    keep_anchor_gran: bool = False  # "a year earlier" keeps the story time's granularity
    direction: Direction | None = None  # forced by the rule's wording; None = by the sentence's tense
    holiday: tuple | None = None  # (month, weekday, nth) floating holiday
    fiscal: bool = False
    # Whether the result becomes the story time for later anaphora. "For the year" or a year-on-year
    # comparison ("up from a year earlier") names a time without moving the narrative there.
    moves_story: bool = True
    # "the 1988 period" in an earnings report: the story's quarter (or month, half) in that year
    period_of_story: bool = False
    # "the first quarter", "the second half" without a year: the latest begun ("third-quarter profit fell"),
    # unless the clause looks forward, when one that is over is the next (resolve._year_for). The direction is
    # then the sentence's, so the tagger reads the tense for it (pipeline.candidates.needs_tense)
    begun_unless_future: bool = False
    # "first-quarter results": a period whose figures are reported after it ends, so in a future clause one just
    # over is still the one meant ("will report first-quarter results" said in April is this year's)
    reported: bool = False
    # "the second half of the year": "the year" is the publication's, as "this year" is, unless the clause tells the
    # half as over in its own past ("sales fell in the second half of the year"); a plan or an expectation
    # reported in the past ("said they did not expect a hike before the second half of the year") is this year's
    of_the_year: bool = False
    # Anaphora that only the story can resolve ("that evening", "the same week", "the day before"): with no
    # story time, or one coarser than the unit ("that day" after "in 1987"), the parts the text does not
    # give stay X (1987-XX-XX) and the value is flagged unresolved, instead of being read off the DCT.
    story_only: bool = False
    # "the previous month", "the prior quarter": counted from the story's period only when the story named it in
    # this sentence or the one before; further back it is more often a comparison's base than the period meant,
    # and the publication date anchors (tagger._recent_story)
    story_recent: bool = False
    # A year-back comparison with the period being reported ("the year-ago period", "from a year ago"): a plan or a
    # forecast an earlier sentence named is not its base, the latest period over by the publication is
    # (tagger._forecast_before)
    looks_back: bool = False

    def __post_init__(self) -> None:
        if self.direction is not None and not isinstance(self.direction, Direction):
            object.__setattr__(self, "direction", Direction(self.direction))  # ValueError for a code outside -2..2

    def with_(self, **kw) -> "Partial":
        return replace(self, **kw)


def literal(type_: str, value: str, mod: str | None = None, **kw) -> Partial:
    return Partial(kind="literal", type=type_, value=value, mod=mod, **kw)
