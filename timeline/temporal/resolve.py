"""Partial time + anchor (publication date or story time) + direction -> TIMEX3 value.

Normalization is a list of small named steps, each for one shape of partial ("the previous Friday",
"three days ago", "Nov. 20" without a year ...). ``resolve`` runs the first step whose test the partial
passes; values are spelled by :mod:`.codec`, years and weekdays picked by :mod:`.pick`.

Pure functions of their inputs: nothing here reads the clock.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace

from . import pick
from .codec import Parts, SPELLED, add_months, date_value, format_value, period_start, shift, span, time_suffix, unknown_value
from .partial import GRAN_RANK, UNIT_GRAN, Direction, Partial


@dataclass(frozen=True)
class StoryTime:
    """The most recent fully resolved time in the text: the anchor for "three days later"."""

    date: dt.date
    gran: str


@dataclass(frozen=True)
class Resolved:
    type: str
    value: str
    mod: str | None = None
    quant: str | None = None
    freq: str | None = None
    anchor: str | None = None
    unresolved: bool = False
    story: StoryTime | None = None  # set when this value can anchor later anaphora


@dataclass(frozen=True)
class Context:
    """What a step reads besides the partial: the anchors and what the sentence says."""

    dct: dt.date | None
    story: StoryTime | None
    direction: Direction  # the rule's, else the sentence's tense
    type: str  # TIME when a clock time is stated
    suffix: str  # the clock time or part of the day, spelled for a day value
    year_anchor: str | None = None  # set once the year was read off the publication date
    direct: bool = False  # the direction is the clause's own: a direct past or "will" (tense.Tense.direct)

    @property
    def dct_anchor(self) -> str | None:
        return f"dct:{self.dct.isoformat()}" if self.dct is not None else None


def _story_anchor(story: StoryTime) -> str:
    return f"story:{date_value(story.date, story.gran)}"


def _day(d: dt.date, c: Context) -> str:
    return date_value(d, "day") + c.suffix


def context(p: Partial, dct: dt.date | None, story: StoryTime | None, tense: int, direct: bool = False) -> Context:
    direction = Direction(p.direction if p.direction is not None else tense)
    # a clock time shows its minutes ("3 p.m." is T15:00), and its seconds when said to the second ("recorded at
    # 4:17:09 a.m." is T04:17:09, as TIMEX3 writes them)
    suffix = time_suffix(p.hour, p.minute or 0, p.second, pod=p.pod, zone=p.zone)
    return Context(dct, story, direction, "TIME" if p.hour is not None else p.type, suffix,
                   direct=direct and p.direction is None)


# ------------------------------------------------------------------ entry point


def resolve(p: Partial, dct: dt.date | None, story: StoryTime | None, tense: int,
            direct: bool = False) -> Resolved:
    """``tense``: the sentence's direction; ``direct``: it is the clause's own (tense.Tense)."""
    if p.kind == "literal":
        # a point whose calendar day the text never gives ("the second day of the trial"): flagged, as an
        # anaphor with no story time is
        unknown = p.type in ("DATE", "TIME") and (p.value or "").startswith("XXXX-XX-XX")
        return Resolved(p.type, p.value or "", p.mod, p.quant, p.freq, unresolved=unknown)
    try:
        c = context(p, dct, story, tense, direct)
        if p.anchor in _STORY_WHEN:
            p = replace(p, anchor="story" if story is not None and _STORY_WHEN[p.anchor](c) else "dct")
        res = step_for(p, c)(p, c)
        if res.story is not None and (not p.moves_story or _is_comparison(p)):
            res = replace(res, story=None)
        return res
    except (OverflowError, ValueError, IndexError):
        # outside the calendar (year 0, 10000, February 30): keep the granularity, flag it
        gran = p.gran or UNIT_GRAN.get(p.rel_unit or "", None) or _stated_gran(p)
        return Resolved(p.type, unknown_value(gran), p.mod, unresolved=True)


# anchors that are the story time only on a condition, else the publication date (vocab rel_unit's comment)
_STORY_WHEN: dict[str, Callable[[Context], bool]] = {
    "story_if_past": lambda c: c.direction < 0,
    # "by the end of the week": the story's, unless the clause's own "will" looks ahead from a story time already
    # behind the publication date ("Rescuers reached them on Saturday. Inspectors will visit by the end of the
    # week", said on a Monday, is this week); a reported "would" keeps the week of the saying ("The minister said
    # last Thursday that a decision would come by the end of the week")
    "story_unless_behind": lambda c: not (c.direction > 0 and c.direct and c.story is not None and c.dct is not None
                                          and c.story.date < c.dct),
}
# the anchors whose choice reads the sentence's tense (the selective pipeline must parse for them)
TENSED_ANCHORS = frozenset(_STORY_WHEN)


def _is_comparison(p: Partial) -> bool:
    """A year-on-year look back ("from $5 a year earlier", "than a year ago") keeps the story where it was.

    Financial reports chain several such comparisons to one period; if each moved the story time, the
    second "a year earlier" would land two years back.
    """
    # "a year earlier" keeps the story's granularity; "the year-ago quarter" names its own
    return ((p.keep_anchor_gran or (p.anchor == "story" and p.gran is not None)) and p.rel_unit == "Y"
            and (p.rel_n or 0) < 0)


def _stated_gran(p: Partial) -> str:
    if p.day is not None or p.weekday is not None or p.holiday:
        return "day"
    for gran in ("week", "month", "quarter", "half", "season", "year", "decade", "century"):
        if getattr(p, gran, None) is not None:
            return gran
    return "day"


Step = Callable[[Partial, Context], Resolved]
Test = Callable[[Partial, Context], bool]


def step_for(p: Partial, c: Context) -> Step:
    """The normalization step for ``p``: the first in ``_STEPS`` whose test it passes, else the first in
    ``_CALENDAR_STEPS``."""
    return _first(_STEPS, p, c) or _first(_CALENDAR_STEPS, p, c)


def _first(steps: tuple[tuple[Test, Step], ...], p: Partial, c: Context) -> Step | None:
    return next((step for applies, step in steps if applies(p, c)), None)


# ------------------------------------------------------------------ counted from an anchor


def story_weekday(p: Partial, c: Context) -> Resolved:
    """"the previous Friday", "the following Monday": counted from the day the story is on."""
    if c.story is not None and c.story.gran == "day":
        base, anchor = c.story.date, _story_anchor(c.story)
    elif c.dct is not None:
        base, anchor = c.dct, c.dct_anchor
    else:
        return _unknown_weekday(p, c)
    d = pick.weekday_date(base, p.weekday, p.direction or Direction.STRICT_PAST)
    return Resolved(c.type, _day(d, c), p.mod, anchor=anchor, story=StoryTime(d, "day"))


def counted_weekday(p: Partial, c: Context) -> Resolved:
    """"two Fridays ago": the last Friday before the publication date is the first, each further one a week
    back (counting weeks from the publication date would skip one when the weekday is still ahead in its week)."""
    if c.dct is None:
        return _unknown_weekday(p, c)
    d = pick.weekday_date(c.dct, p.weekday, Direction.STRICT_PAST) - dt.timedelta(weeks=p.weekday_count - 1)
    return Resolved(c.type, _day(d, c), p.mod, anchor=c.dct_anchor, story=StoryTime(d, "day"))


def nth_weekday_in_month(p: Partial, c: Context) -> Resolved:
    """"the third Friday of October", "the last week of May": that day (week) of the month. A month named
    without a year takes its year as a floating holiday does; "the month" is the story's, "next month" the one
    after the publication date's."""
    if p.month is not None:
        return holiday(p.with_(holiday=(p.month, p.weekday, p.weekday_nth)), c)
    month = _named_month(p, c)
    if month is None:
        return Resolved(c.type, unknown_value(p.gran or "day"), p.mod, unresolved=True)
    first, anchor = month
    d = pick.nth_weekday(first.year, first.month, p.weekday, p.weekday_nth)
    gran = p.gran if p.gran in ("week", "weekend") else "day"
    value = date_value(d, gran) + (c.suffix if gran == "day" else "")
    return Resolved(c.type, value, p.mod, anchor=anchor, story=StoryTime(d, gran))


def day_of_named_month(p: Partial, c: Context) -> Resolved:
    """"the first of next month", "the 15th of the month": that day of the month named."""
    month = _named_month(p, c)
    if month is None:
        return Resolved(c.type, unknown_value("day") + c.suffix, p.mod, unresolved=True)
    first, anchor = month
    d = first.replace(day=p.day)  # ValueError for a 31st the month lacks: unresolved
    return Resolved(c.type, _day(d, c), p.mod, anchor=anchor, story=StoryTime(d, "day"))


def _named_month(p: Partial, c: Context) -> tuple[dt.date, str] | None:
    """The first day of the month "the month" (the story's, else the publication date's) or "next month"
    names, and its anchor; None with nothing to count from."""
    if p.anchor == "story" and c.story is not None and GRAN_RANK[c.story.gran] >= GRAN_RANK["month"]:
        base, anchor = c.story.date, _story_anchor(c.story)
    elif c.dct is not None:
        base, anchor = c.dct, c.dct_anchor
    else:
        return None
    return add_months(base.replace(day=1), p.rel_n or 0), anchor


def year_ago_period(p: Partial, c: Context) -> Resolved:
    """Financial comparisons: "profit in the third quarter ... from a year ago" means the year-ago quarter."""
    d = shift(c.story.date, p.rel_unit or "Y", p.rel_n or 0)
    return Resolved(c.type, date_value(d, c.story.gran), p.mod, anchor=_story_anchor(c.story),
                    story=StoryTime(d, c.story.gran))


def story_itself(p: Partial, c: Context) -> Resolved:
    """"until then", "by then": the story time itself, at its own granularity; unknown without one."""
    if c.story is None:
        return Resolved("DATE", "XXXX", p.mod, unresolved=True)
    return Resolved("DATE", date_value(c.story.date, c.story.gran), p.mod, anchor=_story_anchor(c.story))


def relative(p: Partial, c: Context) -> Resolved:
    """"last week", "three days ago", "a year earlier", "the following month": units from the anchor."""
    if p.story_only and not _story_fits(p, c.story):
        return _story_unknown(p, c)
    if p.anchor == "story" and c.story is not None and not _story_too_coarse(p, c.story, c.dct):
        base, base_gran, anchor = c.story.date, c.story.gran, _story_anchor(c.story)
    elif p.anchor == "story" and c.story is None and p.rel_n is not None and p.rel_n > 0:
        # "Two years later, the mine reopened" with no time told before: counted from the publication date it would
        # lie ahead of a past event, so what it counts from is unknown; and in any tense, as "later" counts from a
        # time of the story, not from the publication (so the value needs no tense: pipeline/candidates.needs_tense)
        gran = p.gran or UNIT_GRAN.get(p.rel_unit or "D", "day")
        return Resolved(c.type, unknown_value(gran) + c.suffix, p.mod, unresolved=True)
    elif c.dct is not None:
        base, base_gran, anchor = c.dct, "day", c.dct_anchor
    else:
        gran = p.gran or UNIT_GRAN.get(p.rel_unit or "D", "day")
        return Resolved(c.type, unknown_value(gran) + c.suffix, p.mod, unresolved=True)
    if p.rel_n is None:  # an unknown count of units: only the direction is known
        return Resolved("DATE", "PAST_REF" if c.direction < 0 else "FUTURE_REF", p.mod, anchor=anchor)
    d = shift(base, p.rel_unit or "D", p.rel_n)
    # with no story time "a month earlier" counts from the publication date as "a month ago" does
    gran = _relative_gran(p if c.story is not None or p.anchor != "story" else replace(p, anchor="dct"), base_gran)
    if p.weekday is not None:  # "Tuesday of last week"
        d, gran = d - dt.timedelta(days=d.isoweekday() - p.weekday), "day"
    if p.season:  # "last summer" steps whole years from the anchor's season
        return _season(p, pick.season_year(p.season, base, c.direction, p.rel_n), anchor, c)
    value = date_value(d, gran) + (c.suffix if gran == "day" else "")
    return Resolved(c.type, value, p.mod, anchor=anchor, story=StoryTime(d, gran))


def _story_too_coarse(p: Partial, story: StoryTime, dct: dt.date | None) -> bool:
    """"the end of the month" after "in 2020": a year cannot say which month it is in, so "the month" is
    the publication's, as with no story time at all."""
    return (dct is not None and p.rel_n == 0 and p.rel_unit is not None
            and GRAN_RANK[story.gran] < GRAN_RANK[UNIT_GRAN.get(p.rel_unit, "day")])


def _story_fits(p: Partial, story: StoryTime | None) -> bool:
    """Whether the story time is as fine as what the anaphor names ("that day" needs a day)."""
    gran = p.gran or UNIT_GRAN.get(p.rel_unit or "D", "day")
    return story is not None and GRAN_RANK[story.gran] >= min(GRAN_RANK[gran], GRAN_RANK["day"])


def _story_unknown(p: Partial, c: Context) -> Resolved:
    """"that day" with no story day: what the story time gives (its year, its month), X for the rest."""
    gran = p.gran or UNIT_GRAN.get(p.rel_unit or "D", "day")
    story = c.story
    year = story.date.year if story is not None and GRAN_RANK[story.gran] >= GRAN_RANK["year"] else None
    month = story.date.month if story is not None and story.gran == "month" and gran == "day" else None
    value = format_value(Parts(gran, year, month=month)) + (c.suffix if gran == "day" else "")
    anchor = _story_anchor(story) if story is not None else None
    return Resolved(c.type, value, p.mod, anchor=anchor, unresolved=True)


def _relative_gran(p: Partial, base_gran: str) -> str:
    unit_gran = UNIT_GRAN.get(p.rel_unit or "D", "day")
    if not p.keep_anchor_gran:
        return p.gran or unit_gran
    # "a year earlier" keeps the story's granularity; from the publication date (a day) a coarser unit
    # gives its own: "a year ago" is a year
    if p.anchor == "dct" and GRAN_RANK[unit_gran] < GRAN_RANK["day"]:
        return unit_gran
    if (p.rel_n or 0) > 0 and GRAN_RANK[unit_gran] <= GRAN_RANK["year"] < GRAN_RANK[base_gran] < GRAN_RANK["day"]:
        # "In March 2015 fish escaped; the firm was fined two years later": a count of years on from a month or a
        # season says the year, not the same month two years on ("a year earlier", a comparison, keeps it; so does
        # a count from a day, "hired on May 1, 2013, and fired two years later to the day")
        return unit_gran
    return base_gran


def quarter_of_year(p: Partial, c: Context) -> Resolved:
    """"the 1988 quarter" with no quarter in the story: the quarter last completed before publication, in 1988."""
    q = (c.dct.month - 1) // 3 or 4  # the quarter before the publication date's (Q4 from January to March)
    return Resolved(c.type, format_value(Parts("quarter", p.year, quarter=q)), p.mod, anchor=c.dct_anchor)


def period_of_story(p: Partial, c: Context) -> Resolved:
    """"the 1988 period" in an earnings report: the story's quarter (or half, month) in that year."""
    d = c.story.date.replace(year=p.year, day=1)
    return Resolved(c.type, date_value(d, c.story.gran), p.mod, anchor=_story_anchor(c.story))


# ------------------------------------------------------------------ stated on the calendar

_ERA_SIZE = (("millennium", 1000), ("century", 100), ("decade", 10))


def era(p: Partial, c: Context) -> Resolved:
    """"the 1990s", "the 19th century", "the third millennium": absolute, whatever the sentence says."""
    gran, size = next((g, n) for g, n in _ERA_SIZE if getattr(p, g) is not None)
    first_year = getattr(p, gran) * size
    value = format_value(Parts(gran, first_year))
    if gran == "millennium":  # it has no interval (see codec.span), so it anchors nothing
        return Resolved("DATE", value, p.mod)
    return Resolved("DATE", value, p.mod, story=StoryTime(dt.date(max(first_year, 1), 1, 1), gran))


def year_from_dct(p: Partial, c: Context) -> Resolved:
    """"June last year", "this year's first quarter": the year counted from the publication date."""
    if c.dct is None:
        return Resolved(c.type, "XXXX", p.mod, unresolved=True)
    p, c = p.with_(year=c.dct.year + p.year_rel), replace(c, year_anchor=c.dct_anchor)
    return _first(_CALENDAR_STEPS, p, c)(p, c)


def year_from_story(p: Partial, c: Context) -> Resolved:
    """"In March of that year", "June of the following year", "that August": the year counted from the story
    time's year (the month named is in it whatever the sentence's tense); "the following spring" (no count):
    the first after the story time; without a story time the year stays unknown."""
    if c.story is None:
        value = format_value(Parts("season", season=p.season)) if p.season \
            else f"XXXX-{p.month:02d}" + (f"-{p.day:02d}" if p.day else "") if p.month else "XXXX"
        return Resolved(c.type, value, p.mod, unresolved=True)
    year = c.story.date.year
    if p.year_rel is not None:
        year += p.year_rel
    elif p.before_story and p.season:
        # "arrived in November 2014 under an agreement signed the previous spring": the spring of 2014; of a story
        # told by its year only, the year before
        if c.story.gran == "year":
            year -= 1  # ("repaired in 2019, after storms the previous winter": 2018-WI)
        else:
            while span(Parts("season", year, season=p.season))[1].date() > c.story.date:
                year -= 1  # ("the previous winter" of February 2015 is the one before the winter February is in)
    elif c.story.gran == "year":
        year += 1  # "By 2015 she employed 14 people, and the following spring": the spring of 2016
    else:
        # "In March 2015 ... the following June": the first June after the story time
        first = period_start(Parts("season", year, season=p.season)) if p.season else dt.date(year, p.month, 1)
        year += first <= c.story.date
    p, c = p.with_(year=year, year_rel=None), replace(c, year_anchor=_story_anchor(c.story))
    return _first(_CALENDAR_STEPS, p, c)(p, c)


def season_by_direction(p: Partial, c: Context) -> Resolved:
    """"last summer" in a past sentence is the summer that has begun; in a future one the next."""
    if c.dct is None:
        return Resolved(c.type, format_value(Parts("season", season=p.season)), p.mod, unresolved=True)
    return _season(p, pick.season_year(p.season, c.dct, c.direction, None), c.dct_anchor, c)


def _season(p: Partial, year: int, anchor: str, c: Context) -> Resolved:
    parts = Parts("season", year, season=p.season)
    story = StoryTime(period_start(parts), "season")
    return Resolved(c.type, format_value(parts), p.mod, anchor=anchor, story=story)


def weekday_by_direction(p: Partial, c: Context) -> Resolved:
    """A bare "Tuesday": the most recent in a past (or tenseless) sentence, the next in a future one."""
    if c.dct is None:
        return _unknown_weekday(p, c)
    d = pick.weekday_date(c.dct, p.weekday, c.direction or Direction.PAST)
    gran = "weekend" if p.gran == "weekend" else "day"
    value = date_value(d, gran) + (c.suffix if gran == "day" else "")
    return Resolved(c.type, value, p.mod, anchor=c.dct_anchor, story=StoryTime(d, gran))


def _unknown_weekday(p: Partial, c: Context) -> Resolved:
    return Resolved(c.type, format_value(Parts("day", weekday=p.weekday)) + c.suffix, p.mod, unresolved=True)


def holiday(p: Partial, c: Context) -> Resolved:
    """Floating holidays ("Thanksgiving"): that year's, or without one the occurrence the direction picks."""
    if p.year is None and c.dct is None:
        return Resolved(c.type, unknown_value("day"), p.mod, unresolved=True)
    if p.year is not None:
        d, anchor = pick.holiday_date(p.year, p.holiday), None
    else:
        days = [d for y in (c.dct.year - 1, c.dct.year, c.dct.year + 1) for d in pick.holiday_dates(y, p.holiday)]
        if not days:  # a lunar holiday outside its table
            return Resolved(c.type, unknown_value("day"), p.mod, unresolved=True)
        # "as Easter week began": a holiday's week has begun on its Monday, not on the holiday
        start = {d: _holiday_period(d, p.gran) for d in days}
        slack = pick.DIRECT_SLACK_DAYS if c.direct else pick.TENSE_SLACK_DAYS
        first = pick.choose(sorted(start.values()), c.dct, c.direction, slack)
        d, anchor = next(d for d in days if start[d] == first), c.dct_anchor
    if p.gran in ("week", "weekend"):
        d = _holiday_period(d, p.gran)
        return Resolved(c.type, date_value(d, p.gran), p.mod, anchor=anchor, story=StoryTime(d, p.gran))
    return Resolved(c.type, _day(d, c), p.mod, anchor=anchor, story=StoryTime(d, "day"))


def _holiday_period(d: dt.date, gran: str | None) -> dt.date:
    """The first day of a holiday's week (its Monday) or weekend (the Saturday it falls on, ends, or opens:
    a Monday holiday ends the weekend before it, a weekday one opens the weekend after)."""
    if gran == "week":
        return d - dt.timedelta(days=d.weekday())
    if gran == "weekend":
        wd = d.isoweekday()
        back = {6: 0, 7: 1, 1: 2}.get(wd)
        return d - dt.timedelta(days=back) if back is not None else d + dt.timedelta(days=6 - wd)
    return d


def day_of_month(p: Partial, c: Context) -> Resolved:
    """"on the 14th", "Sunday the 3rd": a day of the publication month or a month next to it, as the direction
    picks; a weekday said with it picks the month where the two agree."""
    if c.dct is None:
        return Resolved(c.type, unknown_value("day"), p.mod, unresolved=True)
    first = c.dct.replace(day=1)
    cands = []
    for k in (-1, 0, 1):
        month_start = add_months(first, k)
        try:
            cands.append(month_start.replace(day=p.day))
        except ValueError:  # no 31st in this month
            continue
    if p.weekday is not None:
        cands = [d for d in cands if d.isoweekday() == p.weekday] or cands
    d = pick.choose(cands, c.dct, c.direction)
    return Resolved(c.type, _day(d, c), p.mod, anchor=c.dct_anchor, story=StoryTime(d, "day"))


def unknown_year(p: Partial, c: Context) -> Resolved:
    """Nothing to place in a year ("week 5" without one)."""
    return Resolved(c.type, "XXXX", p.mod, unresolved=True)


def _states_calendar(p: Partial) -> bool:
    return p.month is not None or p.quarter is not None or p.half is not None or p.hour is not None or bool(p.pod)


def undated_without_dct(p: Partial, c: Context) -> Resolved:
    """A month, quarter or half with no year and nothing to take one from: X for the year."""
    if p.month is not None:
        parts = Parts("day", month=p.month, day=p.day) if p.day else Parts("month", month=p.month)
    elif p.quarter is not None:
        parts = Parts("quarter", quarter=p.quarter)
    elif p.half is not None:
        parts = Parts("half", half=p.half)
    else:
        parts = Parts("day")
    value = format_value(parts) + (c.suffix if parts.gran == "day" else "")
    return Resolved(c.type, value, p.mod, unresolved=True)


def clock_time(p: Partial, c: Context) -> Resolved:
    """A clock time or part of day with no date: the day the story is on, else the publication day; a night
    told in the past ("Overnight, rebels shelled the town") is the one that ended as the publication day began."""
    if c.story is not None and c.story.gran == "day" and not _past_after_dct(c) and not _future_after_story(c):
        d = c.story.date
    elif p.hour is None and p.pod == "NI" and c.direction < 0:
        d = c.dct - dt.timedelta(days=1)
    else:
        d = c.dct
    return Resolved(c.type, _day(d, c), p.mod, anchor=c.dct_anchor, story=StoryTime(d, "day"))


def _future_after_story(c: Context) -> bool:
    """A clause's own future ("will speak to reporters at 3 p.m.") after a story day already gone by ("Police
    arrested the suspect on Friday") is still to come: the publication day's, not the story's. A reported or
    planned one ("was due to lift off at 9:22 a.m.") stays on the story's day."""
    return c.direction > 0 and c.direct and c.dct is not None and c.story is not None and c.story.date < c.dct


def _past_after_dct(c: Context) -> bool:
    """A clause told in its own past cannot happen on a story day still ahead of the publication: "will report
    results on October 29. The shares fell at 10:15 a.m." is the publication day's morning."""
    return c.direction < 0 and c.direct and c.dct is not None and c.story is not None and c.story.date > c.dct


def infer_year(p: Partial, c: Context) -> Resolved:
    """A month (and day), quarter or half without a year: the year the direction picks around the
    publication date."""
    return dated(p.with_(year=_year_for(p, c)), replace(c, year_anchor=c.dct_anchor))


def _year_for(p: Partial, c: Context) -> int:
    if p.month is not None and p.day is not None and p.weekday is not None:
        year = pick.weekday_year(c.dct, p.month, p.day, p.weekday)
        if year is not None:
            return year
    elif p.month is not None and abs(c.direction) <= 1:
        slack = pick.DIRECT_SLACK_DAYS if c.direct else pick.TENSE_SLACK_DAYS
        return pick.tense_year(c.dct, p.month, p.day, c.direction, slack)
    start, end = _bounds_in_year(p)
    if p.begun_unless_future:
        if p.of_the_year and not (c.direction < 0 and c.direct):
            return c.dct.year
        if c.direction <= 0:
            return pick.pick_year(c.dct, Direction.PAST, start, end)
        # a quarter or half said without a year is the latest begun ("third-quarter profit fell"), but in a
        # future clause one that is over is next year's: "will close in the first half" said in September. One
        # whose figures are reported after it ends and that ended lately is the one meant ("will report
        # first-quarter results" said in April); a reported or modal future ("said it would close") keeps the
        # slack of a reported schedule, as months do
        if p.reported:
            slack = pick.REPORTING_SLACK_DAYS
        else:
            slack = pick.DIRECT_SLACK_DAYS if c.direct else pick.TENSE_SLACK_DAYS
        return pick.year_ahead(c.dct, start, end, slack)
    return pick.pick_year(c.dct, c.direction, start, end)


# the days a month's START/MID/END part covers, as the event table draws them: (first day, day after or None for
# the next month's first)
_MONTH_THIRDS = {"START": (1, 11), "MID": (11, 21), "END": (21, None)}


def _bounds_in_year(p: Partial) -> tuple[pick.MonthDay, pick.MonthDay]:
    """(month, day) of the first day and of the day after, as if in one year. A month's part ("early November")
    is its third: it may be over by a publication date in the same month ("ready since early November" said on
    Nov. 18 is this November's start, while "since November" reaches back to the last whole one)."""
    if p.month is not None and p.day is None and p.mod in _MONTH_THIRDS:
        first, after = _MONTH_THIRDS[p.mod]
        return (p.month, first), (p.month + 1, 1) if after is None else (p.month, after)
    if p.month is not None:
        return ((p.month, p.day), (p.month, p.day + 1)) if p.day is not None else ((p.month, 1), (p.month + 1, 1))
    if p.quarter is not None:
        return (3 * p.quarter - 2, 1), (3 * p.quarter + 1, 1)
    return (6 * p.half - 5, 1), (6 * p.half + 1, 1)


def dated(p: Partial, c: Context) -> Resolved:
    """A year and what it names within it: "the third quarter of 2022", "Sept. 5, 2022", "2014"."""
    if p.gran in ("week", "weekend") and p.day is not None and p.month is not None:
        # "Christmas week", "the weekend of Aug. 17": the week (weekend) of that day
        d = _holiday_period(dt.date(p.year, p.month, p.day), p.gran)
        return Resolved(c.type, date_value(d, p.gran), p.mod, anchor=c.year_anchor, story=StoryTime(d, p.gran))
    gran = _dated_gran(p)
    parts = Parts(gran, p.year, **{f: getattr(p, f) for f in SPELLED[gran]})
    start = period_start(parts)  # ValueError outside the calendar (Feb. 30, year 0): unresolved
    value = format_value(parts) + (c.suffix if gran == "day" else "")
    return Resolved(c.type, value, p.mod, anchor=c.year_anchor, story=StoryTime(start, gran))


def _dated_gran(p: Partial) -> str:
    """A named period wins over the month and day stated with it ("the new year" states January 1 for its
    year, gran "year")."""
    if p.gran == "year":
        return "year"
    for gran in ("quarter", "half", "season", "week"):
        if getattr(p, gran) is not None:
            return gran
    return "year" if p.month is None else "month" if p.day is None else "day"


# ------------------------------------------------------------------ the step tables, in order


def _always(p: Partial, c: Context) -> bool:
    return True


_STEPS: tuple[tuple[Test, Step], ...] = (
    (lambda p, c: p.weekday_nth is not None, nth_weekday_in_month),
    (lambda p, c: p.day is not None and p.rel_unit == "M" and p.month is None, day_of_named_month),
    (lambda p, c: p.weekday is not None and p.weekday_count is not None, counted_weekday),
    (lambda p, c: p.anchor == "story" and p.weekday is not None and p.rel_unit is None, story_weekday),
    (lambda p, c: (p.anchor == "dct" and p.keep_anchor_gran and c.story is not None
                   and c.story.gran in ("quarter", "half")), year_ago_period),
    (lambda p, c: p.anchor == "story" and p.rel_unit is None and p.weekday is None, story_itself),
    (lambda p, c: bool(p.anchor), relative),
    (lambda p, c: (p.period_of_story and p.year is not None and c.story is not None
                   and c.story.gran in ("quarter", "half", "month")), period_of_story),
    (lambda p, c: p.period_of_story and p.gran == "quarter" and p.year is not None and c.dct is not None,
     quarter_of_year),
    (lambda p, c: any(getattr(p, g) is not None for g, _ in _ERA_SIZE), era),
    (lambda p, c: p.year is None and p.year_of_story, year_from_story),
    (lambda p, c: p.year is None and p.year_rel is not None, year_from_dct),
)

# The rest, stated on the calendar: the year is given, counted from the publication date, or inferred.
_CALENDAR_STEPS: tuple[tuple[Test, Step], ...] = (
    (lambda p, c: p.weekday_nth is not None, nth_weekday_in_month),
    (lambda p, c: p.day is not None and p.rel_unit == "M" and p.month is None, day_of_named_month),
    (lambda p, c: p.day is not None and p.month is None and p.year is None, day_of_month),
    (lambda p, c: bool(p.season) and p.year is None, season_by_direction),
    (lambda p, c: p.weekday is not None and p.day is None, weekday_by_direction),
    (lambda p, c: bool(p.holiday), holiday),
    (lambda p, c: p.year is None and not _states_calendar(p), unknown_year),
    (lambda p, c: p.year is None and c.dct is None, undated_without_dct),
    (lambda p, c: p.year is None and p.month is None and p.quarter is None and p.half is None, clock_time),
    (lambda p, c: p.year is None, infer_year),
    (_always, dated),
)
