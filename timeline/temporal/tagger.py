"""Find temporal expressions in a spaCy Doc and resolve them to TIMEX3.

Stages, each a plain function: ``candidates`` (every rule's regex over the text) -> ``select`` (vetoes,
then longest non-overlapping) -> ``extend_modifiers`` ("early", "nearly", "the end of") -> ``resolve``
in text order, carrying the story time for anaphora.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import warnings
from dataclasses import dataclass, replace

from spacy.tokens import Doc

from .text import REPORT_FORMS, SENTENCE_END, period_bound
from .morph import aux_forms, is_word, verb_before
from .anchored import lead_days, overnight_before_named_day, shift_anchored_days
from .partial import GRAN_RANK, Direction, Partial
from .apposition import rename_holidays, weekday_of_date
from .background import background_time
from .clock_days import clock_days
from .clock_shift import clock_shifts, is_bare_clock, length_past_midnight, past_midnight, small_hours_after_late
from . import codec
from .compound import join_compound_durations
from .fiscal import fiscal_bounds, fiscal_quarters, fiscal_years, period_to_story
from .ranges import last_listed_day, link_ranges
from .since import since_before_story
from .story_next import fronted_after_dated
from .sequence import earlier_past_weekday, later_conjunct, until_after_earlier
from .when_year import fronted_year, heading_year, onset_year, subject_year, when_clause_year
from .resolve import StoryTime, resolve
from .rules import ALL_RULES, Rule
from .tense import Tense, fronted_plan_act, read_tense
from .triggers import find_windows
from .timex import VAGUE_VALUES, Timex, value_interval
from .vocab import alternation, lexicon, norm_key, vocab


@dataclass
class Candidate:
    rule: Rule
    start: int
    end: int
    match: re.Match
    # the builder's result; a caller that built it before selection (the selective pipeline) leaves it here
    partial: Partial | None = None
    # -1: only the part of the period before the publication date ("earlier this year"); 1: after it
    side: int = 0

    @property
    def text_starts_with_det(self) -> bool:
        return self.rule.noun_phrase or self.match.group(0)[:4].lower() in ("the ", "the\n")


_TRIGGERS = list(dict.fromkeys(r.trigger_obj for r in ALL_RULES if r.trigger_obj is not None))


def candidates(text: str) -> list[Candidate]:
    out = []
    windows_by_trigger = find_windows(text, _TRIGGERS)
    whole = [(0, len(text))]
    for rule in ALL_RULES:
        windows = windows_by_trigger[rule.trigger_obj] if rule.trigger_obj is not None else whole
        for ws, we in windows:
            for m in rule.regex.finditer(text, ws, we):
                start = m.start()
                lead = m.groupdict().get("lead")
                if lead is not None:
                    start = m.end("lead")
                    while start < m.end() and text[start].isspace():
                        start += 1
                out.append(Candidate(rule, start, m.end(), m))
    return out


# Set to 1 (the rule tests do) to raise RuleError when a builder fails instead of logging it and going on.
STRICT_ENV = "TIMELINE_STRICT_RULES"
log = logging.getLogger(__name__)


class RuleError(RuntimeError):
    """A rule's builder failed on text its own pattern matched: a bug in the rule, not in the text."""


class RuleWarning(RuntimeWarning):
    """A RuleError that was logged and skipped (outside strict mode) so the rest of the text is still tagged."""


def _build(c: Candidate) -> Partial | None:
    try:
        return c.rule.build(c.match)
    except Exception as e:
        err = RuleError(f"rule {c.rule.id} failed on {c.match.group(0)!r}: {type(e).__name__}: {e}")
        if os.environ.get(STRICT_ENV, "") not in ("", "0"):
            raise err from e
        log.error("%s", err)
        warnings.warn(str(err), RuleWarning, stacklevel=2)
        return None


def _keep(c: Candidate, doc: Doc) -> bool:
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    if not all(check(c.match, span) for check in c.rule.checks):
        return False
    if c.partial is None:
        c.partial = _build(c)
    return c.partial is not None


def select(cands: list[Candidate], doc: Doc, text: str | None = None) -> list[Candidate]:
    """Longest match wins; among equals, the higher priority, then the earlier rule. ``text`` is
    ``doc.text`` when the caller has it (spaCy rebuilds it token by token on every access)."""
    order = {id(r): i for i, r in enumerate(ALL_RULES)}
    ranked = sorted(cands, key=lambda c: (-(c.end - c.start), -c.rule.priority, order[id(c.rule)], c.start))
    taken: list[Candidate] = []
    occupied = bytearray(len(doc.text if text is None else text) + 1)
    for c in ranked:
        if any(occupied[c.start:c.end]):
            continue
        if not _keep(c, doc):
            continue
        occupied[c.start:c.end] = b"\x01" * (c.end - c.start)
        taken.append(c)
    return sorted(taken, key=lambda c: c.start)


# ---------------------------------------------------------------- modifiers in front of a time

def _mod_regex(table) -> re.Pattern:
    words = [w for w in table if not w.endswith("-")]
    return re.compile(r"(?<![\w'’])(?P<w>" + alternation(words)[3:-1] + r")(?P<sep>\s+|\s*-\s*)$", re.IGNORECASE)


_POS_MODS = lexicon("POSITION")
_APPROX_MODS = lexicon("APPROX")
_POS_RE = _mod_regex(_POS_MODS)
_APPROX_RE = _mod_regex(_APPROX_MODS)
_VAGUE_COUNT_PREPOSITIONS = lexicon("VAGUE_COUNT_PREPOSITIONS")
_OVER_MEASURE_LEADS = frozenset(vocab()["over_measure_leads"]["words"])
_WORD_BEFORE = re.compile(r"([\w'’]+)\W*$")
_CLAUSE_START = re.compile(r"[.;:!?]\s|,\s+" + alternation(vocab()["clause_openers"]["words"]) + r"\b")
_AMOUNT = re.compile(r"\d|\b" + alternation(vocab()["over_amount_words"]["words"]) + r"\b", re.I)


def _spans_period(text: str, m: re.Match, left_start: int) -> bool:
    """Whether the "over" matched (``m``, in ``text[left_start:]``) before a counted duration is the preposition
    that spans it ("killed 700 people over six months", "accepted $250,000 over three years") rather than "more
    than" ("lasted over a week", "has lived in Berlin over a decade", "well over a month"): only after an amount
    counted earlier in its clause (what piled up over the period), and not after the words in vocab
    over_measure_leads."""
    if norm_key(m.group("w")) != "over":
        return False
    at = left_start + m.start()
    before = _WORD_BEFORE.search(text, max(0, at - 30), at)
    if before is not None and norm_key(before.group(1)) in _OVER_MEASURE_LEADS:
        return False
    clause = _CLAUSE_START.split(text[max(0, at - 80):at])[-1]
    # (opening its sentence it is the preposition: "Over six months, the team built a prototype")
    return not clause.strip() or bool(_AMOUNT.search(clause))
_DATE_APPROX_MODS = lexicon("DATE_APPROX_MODS")
_DATE_APPROX_RE = _mod_regex(_DATE_APPROX_MODS)
_CLOCK_APPROX_MODS = lexicon("CLOCK_APPROX_MODS")
_CLOCK_APPROX_RE = _mod_regex(_CLOCK_APPROX_MODS)
_CLOCK_PREPOSITION = re.compile(r"(?<![\w'’])(?:at|from|until|till|by|before|after|since|to)\s+$", re.IGNORECASE)
_DET_APPROX = {"at least", "more than", "nearly", "almost", "less than", "no more than", "up to", "no less than"}
_MID_RE = re.compile(r"(?<![\w'’])(?P<w>mid)-$", re.IGNORECASE)
_SIDE = {"earlier": -1, "later": 1}
_DAY_POS_RE = re.compile(r"(?<![\w'’-])(?P<w>early|late)\s+$", re.IGNORECASE)


_POSSESSIVE = re.compile(r"['’]s?\b")


def _is_calendar_date(p) -> bool:
    """A date stated on the calendar (a year, a month, a day of a month), not counted from an anchor."""
    return p.anchor is None and p.weekday is None and p.hour is None and (p.year is not None or p.month is not None)


def extend_modifiers(c: Candidate, text: str, floor: int) -> Candidate:
    """Take "early", "the end of", "nearly", "more than" into the expression and its mod."""
    p = c.partial
    if p is None or p.mod:
        return c
    left = text[max(floor, c.start - 30):c.start]
    if c.text_starts_with_det and p.kind == "literal":
        m = _APPROX_RE.search(left)
        # "at least the past 18 months" takes the modifier; "over the past 20 years" is a preposition
        if m and norm_key(m.group("w")) in _DET_APPROX:
            c.start -= len(m.group(0))
            c.partial = p.with_(mod=_APPROX_MODS[norm_key(m.group("w"))])
        return c
    if c.text_starts_with_det:
        # "the end of the third quarter", "the middle of the 1990s": a position ending in "of" comes before a
        # determiner as it does before "the year" (rules/relative.py period_part)
        if p.kind != "literal" and p.type in ("DATE", "TIME") and c.rule.position_mods:
            m = _POS_RE.search(left)
            if m and norm_key(m.group("w")).endswith(" of"):
                c.start -= len(m.group(0))
                c.partial = p.with_(mod=_POS_MODS[norm_key(m.group("w"))])
        return c
    if p.kind == "literal" and p.type == "DURATION" or (c.rule.approx_mods and p.anchor == "dct" and p.rel_n
                                                        and p.rel_n < 0 and p.gran != "week"):
        m = _APPROX_RE.search(left)
        if m and p.kind == "literal" and _spans_period(text, m, max(floor, c.start - 30)):
            return c
        if m and not (p.kind == "literal" and "X" in p.value and norm_key(m.group("w")) in _VAGUE_COUNT_PREPOSITIONS):
            c.start -= len(m.group(0))
            c.partial = p.with_(mod=_APPROX_MODS[norm_key(m.group("w"))])
        return c
    if p.kind != "literal" and p.hour is not None and text[c.start:c.start + 1].isdigit():
        m = _CLOCK_APPROX_RE.search(left)
        if m and _CLOCK_PREPOSITION.search(left, 0, m.start()):
            # "at about 0730 GMT", "at around 6:30 p.m.": the guidelines take the word in, with mod APPROX; only
            # after a preposition of time ("a song about 3 a.m. traffic" names a topic)
            c.start -= len(m.group(0))
            c.partial = p.with_(mod=_CLOCK_APPROX_MODS[norm_key(m.group("w"))])
            return c
    if c.rule.day_mods and p.weekday is not None and p.pod is None and not any(ch.isspace() for ch in text[c.start:c.end]):
        m = _DAY_POS_RE.search(left)
        if m:
            c.start -= len(m.group(0))
            c.partial = p.with_(mod=_POS_MODS[norm_key(m.group("w"))])
        return c
    if p.kind == "literal" or p.type not in ("DATE", "TIME") or not c.rule.position_mods:
        return c
    if _is_calendar_date(p) and not _POSSESSIVE.match(text, c.end):
        m = _DATE_APPROX_RE.search(left)
        if m:  # "around Nov. 1", "circa 1850"; not "get around Wednesday's ruling" (weekdays take no mods)
            c.start -= len(m.group(0))
            c.partial = p.with_(mod=_DATE_APPROX_MODS[norm_key(m.group("w"))])
            return c
    m = _MID_RE.search(left) or _POS_RE.search(left)
    if m:
        key = norm_key(m.group("w"))
        if key in ("earlier", "later") and (p.gran in ("week", "day") or p.weekday is not None or p.day is not None):
            return c  # news writes "earlier Friday", "later this week": TimeBank keeps those words out
        c.start -= len(m.group(0))
        c.partial = p.with_(mod=_POS_MODS[key])
        if key in _SIDE and p.anchor == "dct" and p.rel_n == 0:  # "earlier this year", "later this month"
            c.side = _SIDE[key]
    return c


# ---------------------------------------------------------------- the whole tagger


def _one_side(start: dt.datetime, end: dt.datetime, pub: dt.date, side: int) -> tuple[dt.datetime, dt.datetime]:
    """"earlier this year" ends where the publication day begins; "later this month" starts the day after.
    The value stays the whole period (2023, with its mod); only the interval is cut."""
    if side > 0 and pub == dt.date.max:
        return start, end
    cut = dt.datetime.combine(pub, dt.time()) + dt.timedelta(days=1 if side > 0 else 0)
    if not start < cut < end:
        return start, end
    return (start, cut) if side < 0 else (cut, end)


def _timex(c: Candidate, text: str, res, rule: str, pub_date: dt.date | None = None) -> Timex:
    value = res.value
    interval_start = interval_end = None
    gran = None
    if res.type in ("DATE", "TIME"):
        interval_start, interval_end, gran = value_interval(value)
        if c.side and pub_date is not None and interval_start is not None:
            interval_start, interval_end = _one_side(interval_start, interval_end, pub_date, c.side)
    fuzzy = value in VAGUE_VALUES or "X" in value or res.unresolved or (res.mod is not None and res.mod == "APPROX")
    if res.type in ("DURATION", "SET"):
        fuzzy = "X" in value
    return Timex(
        text=text[c.start:c.end], start=c.start, end=c.end, type=res.type, value=value, mod=res.mod,
        granularity=gran, interval_start=interval_start, interval_end=interval_end, fuzzy=fuzzy, rule=rule,
        anchor=res.anchor, quant=res.quant, freq=res.freq, unresolved=res.unresolved, share=c.partial.share,
    )


# "the quarter ended Sept. 30": the end date bounds a period the story is about; the period, not the
# day, stays the anchor for "a year earlier" that follows.
_PERIOD_BOUND = period_bound("to")
# "from 2011 to 2016": the first end of a range of one grain, right after "from"; its second end is no period's bound,
# so the story moves on to it ("... to 2016. A new wing opened that year" is 2016, as after "between X and Y")
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?[\w.'’-]+(?:\s+[\w.'’-]+)?\Z", re.I)
# between a day and the year said right after it ("March 3 that year", "June 10, last year", "May 9 of that year")
_YEAR_OF_PREV = re.compile(r",?\s+(?:of\s+)?")


# ``doc.user_data`` key under which a caller that already ran :func:`candidates` over the Doc's text (the
# selective pipeline, to choose what the model sees) leaves ``(text, candidates)`` for :func:`tag_doc`, which
# takes them once: spaCy rebuilds ``doc.text`` token by token on every access.
CANDIDATES_KEY = "timeline.candidates"


def _target(span, story: StoryTime | None, pub_date: dt.date | None) -> bool:
    """A time after "by" that lies ahead of the publication date ("by 1992 it intended to reach a 50% share")
    is a target, not where the narrative is: it does not become the story time ("the full year" after it is
    still the publication's)."""
    return (story is not None and pub_date is not None and span is not None and span.start > 0
            and span.doc[span.start - 1].lower_ == "by" and story.date > pub_date)


# Units a story-anchored count of days or weeks ("two days later", "the next day", "that night", "a week later")
# steps in: a year cannot say which day it is in
_DAY_UNITS = frozenset({"D", "W", "H", "MIN", "S"})
# the anchors of a count from the story that may read its last day (the second only when the clause allows the story)
_DAY_STORY_ANCHORS = frozenset({"story", "story_unless_behind"})


def _ends_before(story: StoryTime, day: dt.date) -> bool:
    """Whether the story's period is over before ``day`` ("2018" and "January 2021" are before June 29, 2021;
    "August 2021" and "the autumn" ahead are not)."""
    try:
        end = codec.span(codec.date_parts(story.date, story.gran))[1]
    except (ValueError, OverflowError):
        return False
    return end.date() <= day


# how many coarser story times, each over before the last day the story was on, leave that day behind: one is a
# background aside ("A similar quake in 2011 killed 300. The next day, ..." is the day after the quake's); after
# two ("was jailed in January. The theft came to light in 2018. She resigned two weeks later") the narrative
# has gone back in time, and a count of days reads the latest time, as with no day at all. A plan ahead ("would
# hold the vote in the autumn") does not count.
DAY_LEFT_AFTER = 2


# "struck early on Wednesday (2215 GMT Tuesday)": what follows a time in brackets restates it in another zone
_BRACKET_OPEN = re.compile(r"\s*\(\s*[^()\n.;]{0,24}")
_BRACKET_CLOSE = re.compile(r"\s*\)")


def _bracketed_restatement(text: str, prev_end: int, start: int, end: int) -> bool:
    """Whether the time at [start, end) stands in brackets right after the previous time ("on Wednesday (2215 GMT
    Tuesday)", "at 9 a.m. Pacific time (1600 GMT Friday)"): a restatement, so not where the story moves (the local
    day stays the story's for "The quake hit at 6:15 a.m.")."""
    return bool(_BRACKET_OPEN.fullmatch(text, prev_end, start) and _BRACKET_CLOSE.match(text, end))


_UNIT_DAYS = {"D": 1, "W": 7}


def _past_count_beyond(p: Partial, day: StoryTime | None, pub_date: dt.date | None, direction) -> bool:
    """Whether a count of days or weeks told in the past ("She resigned two weeks later") would, from the story's
    last day, land after the publication date: then that day is not what it counts from (the coarser story time
    the narrative moved to is: "came to light in 2018 ... resigned two weeks later")."""
    if (day is None or pub_date is None or p.rel_n is None or p.rel_n <= 0 or p.rel_unit not in _UNIT_DAYS
            or direction not in (Direction.PAST, Direction.STRICT_PAST)):
        return False
    try:
        return day.date + dt.timedelta(days=p.rel_n * _UNIT_DAYS[p.rel_unit]) > pub_date
    except OverflowError:
        return False


def _past_count_from_plan(p: Partial, anchor: StoryTime | None, pub_date: dt.date | None, direction,
                          told_days: list[dt.date]) -> bool:
    """Whether a count of days or weeks from the story ("two days earlier", "a week later") is told in the past
    while the story's day is a plan after the publication date, and an earlier day the story told had come by
    then: a past event is not counted from a day still ahead."""
    return (anchor is not None and pub_date is not None and p.anchor in _DAY_STORY_ANCHORS and p.rel_n is not None
            and p.rel_unit in _UNIT_DAYS and anchor.gran == "day" and anchor.date > pub_date
            and direction in (Direction.PAST, Direction.STRICT_PAST) and any(d <= pub_date for d in told_days))


def _day_anchor(p: Partial, story: StoryTime | None, day_story: StoryTime | None) -> StoryTime | None:
    """The story time a count of days from the story reads. After a background year ("He had been released in
    2019. Two days later, he was charged.") it is the last day the story was on, when there was one; so after a
    month when that day lies in it ("closed on Aug. 3. In August, sales fell. On the same day, ..."): the month
    is background, the story still on its day. Another month ("in May 2011") or a day keeps the latest story
    time."""
    if day_story is None or story is None or p.anchor not in _DAY_STORY_ANCHORS or p.rel_unit not in _DAY_UNITS:
        return story
    if GRAN_RANK[story.gran] < GRAN_RANK["month"]:
        return day_story  # a year, a half, a season or a quarter cannot say which day it is in either
    if story.gran == "month" and (day_story.date.year, day_story.date.month) == (story.date.year, story.date.month):
        return day_story
    return story


_CLOCK_VALUE = re.compile(r"T(?P<h>\d\d):(?P<m>\d\d)")

# how far back (characters) a story time may stand for anaphora that want a recent one: a sentence or two
_RECENT_REACH = 600


def _recent_story(text: str, story_pos: int, start: int) -> bool:
    """Whether the story time set at ``story_pos`` was named in the sentence holding ``start`` or the one
    before it ("Retail sales rose in November, up from 5 percent the previous month")."""
    if start - story_pos > _RECENT_REACH:
        return False
    ends = SENTENCE_END.findall(text, story_pos, start)
    return len(ends) <= 1


# a relative clause set off by commas, its time still open at the story time's end ("The agency, which sued in May 3,
# 1998" — a comma inside a date does not close it)
_RELATIVE_OPEN = re.compile(r",\s+(?:which|who)\b[^.;!?]*$", re.IGNORECASE)
_RELATIVE_REACH = 160


def _relative_story(text: str, story_pos: int, start: int) -> bool:
    """Whether the story time was named in a relative clause ("The agency, which brought the suit in May 1998,")
    that closed before ``start`` in the same sentence: the clause's past is the subject's background, and a main
    clause looking ahead counts from the report, not from it ("... is expected to reply by the end of the month"
    said in June 2000 is June 2000)."""
    if _RELATIVE_OPEN.search(text, max(0, story_pos - _RELATIVE_REACH), story_pos) is None:
        return False
    between = text[story_pos:start]
    return "," in between and SENTENCE_END.search(between) is None


_OUTLOOK = vocab()["outlook_predicates"]
_OUTLOOK_BE = re.compile(r"\b(?:" + "|".join(map(re.escape, _OUTLOOK["be_forms"])) + r")\s+(?:(?:"
                         + "|".join(map(re.escape, _OUTLOOK["between"])) + r")\s+)*(?:"
                         + "|".join(map(re.escape, _OUTLOOK["words"])) + r")\b", re.IGNORECASE)


def _outlook_from_report(text: str, story: StoryTime | None, story_pos: int, start: int, direction: Direction,
                         pub_date: dt.date | None) -> bool:
    """Whether "the end of the month" at ``start`` is told as an outlook (a clause looking ahead, or "was still
    likely", vocab outlook_predicates) while the story time, behind the publication date, was set by an earlier
    sentence: the outlook is the report's own, so the period is the publication's ("Ministers resigned in
    September. A deal was still likely before the end of the month", said in October, is October)."""
    if story is None or pub_date is None or story.date >= pub_date:
        return False
    sentence = max(m.end() for m in SENTENCE_END.finditer(text, 0, start)) if SENTENCE_END.search(text, 0, start) else 0
    if story_pos > sentence:
        return False
    return direction == Direction.FUTURE or _OUTLOOK_BE.search(text, sentence, start) is not None


_STATUS_LEAD = re.compile(r"(?<![\w'’])" + alternation(vocab()["status_clock_leads"]["words"]) + r"\s+(?:about\s+|around\s+)?$",
                          re.IGNORECASE)


def _status_after_news_day(text: str, story: StoryTime, story_pos: int, start: int, told_at: list[tuple[int, dt.date]],
                           pub_date: dt.date) -> bool:
    """Whether a bare clock time after a status lead ("by 0630 GMT", "as of 0900 GMT"; vocab status_clock_leads)
    opens the sentence right after one that first told the publication's day and only then, in an aside, the
    earlier day the story stands on ("Gold eased on Monday, after a rally on Friday. Spot gold was down 0.5% by
    0410 GMT": Monday's). A story that told no news day ("Protesters gathered on Sunday. Police cleared the square
    by 2100 GMT") keeps its day."""
    if story.gran != "day" or story.date >= pub_date or not _STATUS_LEAD.search(text, max(0, start - 16), start):
        return False
    ends = [m.end() for m in SENTENCE_END.finditer(text, 0, start)]
    if not ends or ends[-1] <= story_pos:
        return False  # the clock time is in the story's own sentence
    if len(ends) > 1 and ends[-2] > story_pos:
        return False  # a sentence or more between: the story has moved on
    opened = max((e for e in ends if e <= story_pos), default=0)
    return any(opened <= pos < story_pos and d == pub_date for pos, d in told_at)


_STORY_THEN = "relative.story_then"


def _forecast_before(text: str, story: StoryTime | None, story_pos: int, start: int, pub_date: dt.date | None) -> bool:
    """Whether the story time is a plan or a forecast (a period not begun by the publication date) that an earlier
    sentence named: a year-back comparison after it ("Analysts expect losses through the third quarter of 1990.
    In the year-ago period, ...") measures the period being reported, not the year before the forecast. In the
    comparison's own sentence ("expects 2025 sales to be 8% above year-earlier levels") the forecast is its base."""
    return (story is not None and pub_date is not None and story.date > pub_date
            and SENTENCE_END.search(text, story_pos, start) is not None)


def _over_by(story: StoryTime, pub_date: dt.date | None) -> bool:
    """Whether the story's period had ended by the end of the publication day (True with no publication date)."""
    if pub_date is None:
        return True
    try:
        end = codec.span(codec.date_parts(story.date, story.gran))[1]
    except (ValueError, OverflowError):
        return True
    return (end.date() - pub_date).days <= 1  # (a difference: the day after 9999-12-31 does not exist)


# a wire story's attribution at the end of a sentence that has told its event's day ("caught fire on Thursday evening,
# the agency said on Friday"): the report's day is not where the story is, which stays on the event's day
_REPORTED_ON = re.compile(r"(?<![\w'’])" + alternation(REPORT_FORMS) + r"(?:\s+on)?\s+$", re.IGNORECASE)
_REPORT_REACH = 24


_TRAILING_ATTRIBUTION = re.compile(r",\s+(?:[\w'’.-]+\s+){0,4}" + alternation(REPORT_FORMS) + r"\s*[.!?]",
                                   re.IGNORECASE)


_THAT_AFTER = re.compile(r",?\s+that\b", re.IGNORECASE)
# "said Friday", "said on Friday", "announced in March": a time that dates the saying itself
_SAID_AT = re.compile(r"(?<![\w'’])" + alternation(REPORT_FORMS) + r"(?:\s+(?:on|in))?\s+$", re.IGNORECASE)


# a reporting verb as a whole word ("said she would rest ... before deciding whether to race in August")
_REPORTING_WORD = re.compile(r"(?<![\w'’])" + alternation(REPORT_FORMS) + r"(?![\w'’])", re.IGNORECASE)


def _reported_in_sentence(text: str, start: int) -> bool:
    """Whether a reporting verb stands before ``start`` in its sentence: a time there is someone's telling."""
    ends = [m.end() for m in SENTENCE_END.finditer(text, 0, start)]
    return _REPORTING_WORD.search(text, ends[-1] if ends else 0, start) is not None


_COUNT_AFTER_DAY = re.compile(r"\s*,\s*(?:just\s+|only\s+|some\s+)?")
_COUNT_TO_WEEKDAY = re.compile(r"\s+(?P<way>after|before)\s+(?:the\s+)?", re.IGNORECASE)


def _counted_from_told_day(text: str, out: list, start: int, partial: Partial) -> dt.date | None:
    """'on April 4, two days after Saturday's draw': a bare weekday a count of days set off after a day the text
    just gave counts from is the day that count lands on, when it falls on that weekday (else None: the writer's
    count and weekday disagree, and the weekday is read as usual)."""
    if len(out) < 2 or not _bare_weekday(partial):
        return None
    day, count = out[-2], out[-1]
    m = re.fullmatch(r"P(\d+)([DW])|PT(\d+)H", count.value or "")
    way = _COUNT_TO_WEEKDAY.fullmatch(text, count.end, start)
    if m is None or way is None or not _COUNT_AFTER_DAY.fullmatch(text, day.end, count.start) \
            or not re.fullmatch(r"\d{4}-\d\d-\d\d", day.value or ""):
        return None
    # ("a week after", "48 hours after": whole days only)
    days = int(m.group(3)) / 24 if m.group(3) else int(m.group(1)) * (7 if m.group(2) == "W" else 1)
    if days != int(days):
        return None
    n = int(days) * (-1 if way["way"].lower() == "after" else 1)
    found = dt.date.fromisoformat(day.value) + dt.timedelta(days=n)
    return found if found.isoweekday() == partial.weekday else None


def _bare_weekday(p: Partial) -> bool:
    """"Monday" alone: no date, count, order, anchor or year of its own."""
    return (p.weekday is not None and p.day is None and p.month is None and p.year is None and not p.anchor
            and p.rel_unit is None and p.weekday_count is None and p.weekday_nth is None)


def _from_the_saying(text: str, story: StoryTime | None, saying: bool, story_pos: int, start: int,
                     tense: Tense, pub_date: dt.date | None) -> bool:
    """Whether a time is in the reported future of a saying its sentence dated before the publication ("The union
    said Friday that talks would resume Monday", "said in March that the law would take effect the next month"):
    what the reported clause looks ahead to lies ahead of the saying, not of the report."""
    return (saying and story is not None and pub_date is not None and story.date < pub_date
            and tense.direction == Direction.FUTURE and not tense.direct
            and SENTENCE_END.search(text, story_pos, start) is None)


def _own_attribution(text: str, end: int) -> bool:
    """Whether the sentence going on from ``end`` closes with an attribution of its own and no day ("..., traders
    said."): a fresh item of the report's news, told on its day."""
    nxt = SENTENCE_END.search(text, end)
    hi = nxt.start() + 1 if nxt else len(text)
    return _TRAILING_ATTRIBUTION.search(text, end, hi) is not None


def _attribution_day(text: str, start: int, story: StoryTime | None, story_pos: int, night: bool,
                     day: StoryTime | None, told_at: list[tuple[int, dt.date]]) -> bool:
    """Whether the time at ``start`` (the day ``day``) dates a reporting verb right before it ("said on Friday")
    after a story time of a day or finer told earlier in the same sentence, before that day. Not after a night
    ("struck overnight, officials said Wednesday": the night runs into the report's day, whose "2 a.m." follows),
    nor after a day ahead ("will extend the strike until Monday, the union said on Thursday, after talks broke
    down before 0600": the talks are the report day's news). A coarser time between the day and the saying is an
    aside that leaves the day standing ("broke in on Wednesday and took two 17th-century paintings, police said
    yesterday. The raiders forced a door at 3:15 a.m.": Wednesday's small hours)."""
    if story is not None and GRAN_RANK[story.gran] < GRAN_RANK["day"] and told_at and told_at[-1][0] < story_pos:
        story_pos, story = told_at[-1][0], StoryTime(told_at[-1][1], "day")
    return (story is not None and day is not None and not night and GRAN_RANK[story.gran] >= GRAN_RANK["day"]
            and story.date < day.date
            and bool(_REPORTED_ON.search(text, max(story_pos, start - _REPORT_REACH), start))
            and SENTENCE_END.search(text, story_pos, start) is None)


_DATE_VALUE = re.compile(r"\d{4}-\d\d-\d\d")


def _last_of_listed_days(text: str, end: int, story: StoryTime, value: str) -> StoryTime:
    """The story's day after a day (of value ``value``, ending at ``end``) with more listed after it ("searched his
    homes on May 2 and 3, 2014, and arrested him the following day"): the last of them, in the year said after it."""
    if story.gran != "day" or not _DATE_VALUE.fullmatch(value) or not text[end - 1:end].isdigit():
        return story
    last = last_listed_day(text, end)
    if last is None:
        return story
    day, year = last
    try:
        date = dt.date(year or story.date.year, story.date.month, day)
    except ValueError:
        return story
    return StoryTime(date, "day") if date > story.date or year else story


# a past perfect before a bare clock time in its clause ("The vessel had left the port at 2 p.m.", "had been due to lift
# off at 9:22 a.m."): not "had to" (an obligation)
_PLUPERFECT = re.compile(r"\b(?:had|['’]d)\b(?!\s+to\b)", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[.;!?]\s|,\s")
_CLAUSE_REACH = 120


# where a part of a day ends, in minutes after midnight (the night runs into the next day: none)
_POD_END = {pod: end * 60 for pod, (_, end) in codec.PART_OF_DAY_HOURS.items() if end <= 24}
_DAY_TIME = re.compile(r"^\d{4}-\d\d-\d\dT(?:(?P<h>\d\d):(?P<m>\d\d)|(?P<pod>[A-Z]{2}))")


def _time_of_day_end(value: str) -> int | None:
    """Where in its day a time ends, in minutes after midnight: a clock time's minute, a morning's noon; None for a
    day, a night (which runs into the next) or anything coarser."""
    m = _DAY_TIME.match(value)
    if m is None:
        return None
    if m.group("h"):
        return int(m.group("h")) * 60 + int(m.group("m"))
    return _POD_END.get(m.group("pod"))


def _pluperfect_before(text: str, start: int) -> bool:
    """Whether the clause before ``start`` is told in the past perfect: the clock time it names lies before the
    story's day, on the day before it that the story told."""
    lo = max(0, start - _CLAUSE_REACH)
    breaks = [b.end() for b in _CLAUSE_BREAK.finditer(text, lo, start)]
    return bool(_PLUPERFECT.search(text, breaks[-1] if breaks else lo, start))


_VERB_REACH = 8
_ORDERING = frozenset(vocab()["ordering_verbs"]["words"])


def _past_verb_before(span) -> bool:
    """Whether the nearest verb before the time, in its sentence, is a past form ("drones launched between 11 p.m.
    and 5 a.m."), not a noun's time ahead of the verb ("a curfew from 22:00 to 05:00 was imposed")."""
    t = verb_before(span, _VERB_REACH)
    if t is None:
        return False
    doc, i = t.doc, t.i
    # "have imposed a curfew from 10 p.m.", "ordered a curfew from 10 p.m.": a state set up to come
    perfect = t.tag_ == "VBN" and i > 0 and doc[i - 1].lower_ in ("has", "have", "'s", "'ve")
    ordered = any(is_word(o, _ORDERING) for o in doc[max(0, i - 4):i + 1])  # "ordered trains halted"
    return t.tag_ in ("VBD", "VBN") and not perfect and not ordered


# a value on a day with a time of day in it: a clock time or a part of the day ("2024-03-05TNI", "XXXX-XX-XXT09:00")
_TIME_OF_DAY_VALUE = re.compile(r"^(?:\d{4}|XXXX)-(?:\d\d|XX)-(?:\d\d|XX)T")


def time_of_day_type(t: Timex) -> None:
    """A part of a particular day ("Friday night", "that afternoon", "the morning of May 3") is a TIME: the TIMEX3
    guidelines type every value that carries a time of day so, whatever names the day (the value is unchanged,
    2024-03-05TNI). The passes before this one (anchored days, clock days, ranges) still see such a day as the DATE
    its rule built; only the type given out changes. A part of day with no day (a SET "every Friday night") keeps
    its type."""
    if t.type == "DATE" and _TIME_OF_DAY_VALUE.match(t.value):
        t.type = "TIME"


_RELATIVE_PRONOUNS = ("WDT", "WP")
_RELATIVE_AUX = aux_forms("be", "have")


def _in_relative_clause(span) -> bool:
    """The time dates a verb of a relative clause on a noun: a reduced one ("a telescope launched in 2021", "a rig
    built in 2009") or one with its pronoun ("a ship that was launched in 1998", "who resigned in May"). It tells
    when the thing came about, an aside to the clause that carries the story."""
    doc = span.doc
    i = span.start - 1
    while i >= 0 and doc[i].tag_ in ("IN", "DT") and span.start - i <= 2:
        i -= 1
    if i < 1 or doc[i].tag_ not in ("VBN", "VBD"):
        return False
    if doc[i].tag_ == "VBN" and doc[i - 1].tag_ in ("NN", "NNS"):
        return True
    j = i - 1
    while j >= 0 and doc[j].lower_ in _RELATIVE_AUX and i - j <= 2:
        j -= 1
    return j >= 0 and doc[j].tag_ in _RELATIVE_PRONOUNS


def _aside_of_story_sentence(text: str, story: StoryTime | None, story_pos: int, span) -> bool:
    """A relative clause's time after the story time its sentence has just set ("observed in October using a
    telescope launched in 2021. The next month ...") does not move the story: what follows goes on from the main
    clause's time."""
    return (story is not None and span is not None and len(span) > 0 and 0 < story_pos <= span.start_char
            and not SENTENCE_END.search(text, story_pos, span.start_char) and _in_relative_clause(span))


# opening and closing marks of a direct quotation: curly, TeX-style (TimeBank's ``...''), and the straight mark,
# which both opens and closes
_QUOTE_MARKS = re.compile(r"\u201c|\u201d|``|''|\"")
_QUOTE_OPEN = frozenset({"\u201c", "``"})
_QUOTE_CLOSE = frozenset({"\u201d", "''"})


def _quotation_end(text: str, pos: int) -> int | None:
    """Where the sentence that closes the direct quotation holding ``pos`` ends (its paragraph's end when that comes
    first), None when ``pos`` is outside any. Quotations are counted within the paragraph, as wire copy reopens one per paragraph."""
    para = max(text.rfind("\n", 0, pos), 0)
    inside = False
    for m in _QUOTE_MARKS.finditer(text, para, pos):
        mark = m.group()
        inside = True if mark in _QUOTE_OPEN else False if mark in _QUOTE_CLOSE else not inside
    if not inside:
        return None
    close = _QUOTE_MARKS.search(text, pos)
    para_end = text.find("\n", pos)
    para_end = len(text) if para_end < 0 else para_end
    if close is None or close.start() > para_end or close.group() in _QUOTE_OPEN:
        return para_end
    # the sentence that frames the quotation may still refer to its time ("... since 2007," she said, referring
    # to the earthquake that killed 500 people that August): the story's time is back after that sentence
    end = SENTENCE_END.search(text, close.end(), para_end)
    return para_end if end is None else end.end()


def _year_anaphor(p: Partial) -> bool:
    """"that year", "the same year", "that summer": the story's year, or a season in it."""
    return (p.story_only and p.rel_unit == "Y" and p.rel_n == 0
            or p.season is not None and p.year_of_story and p.year_rel == 0)


def tag_doc(doc: Doc, pub_date: dt.date | None) -> list[Timex]:
    found: tuple[str, list[Candidate]] | None = doc.user_data.pop(CANDIDATES_KEY, None)
    text, cands = found if found is not None else (doc.text, None)
    chosen = select(candidates(text) if cands is None else cands, doc, text)
    out: list[Timex] = []
    story: StoryTime | None = None
    day_story: StoryTime | None = None  # the latest story time of a day or finer (_day_anchor)
    day_away = 0  # coarser story times since day_story that do not hold it (DAY_LEFT_AFTER)
    story_pos = 0  # where the expression that set the story time ends
    target: StoryTime | None = None  # the latest target ("by 1992"), which only story-only anaphora read
    prev_end = 0
    story_from_prev = False  # whether the previous expression set the story time
    past_story: StoryTime | None = None  # the latest story time over by the publication date (_forecast_before)
    story_clock: tuple[int, int] | None = None  # the story time's clock (minutes after midnight, where it ends)
    # the story time's time of day (first and last minute after midnight, where it ends): a clock time or a part
    story_span: tuple[int, int, int] | None = None
    story_night = False  # whether the story time is a night (which runs into the next day)
    story_said = False  # whether the story's day is a saying's ("The governor said on Saturday that ...")
    story_saying = False  # whether the story time dates a saying ("said Friday", "said in March": _SAID_AT)
    # whether the story time is a reported plan ahead of the publication ("said she would race in August")
    story_reported_ahead = False
    told_days: list[dt.date] = []  # the days the story has stood on, in text order
    told_at: list[tuple[int, dt.date]] = []  # where each of told_days was named (its expression's start)
    story_until: int | None = None  # where in its day the story time ends (minutes after midnight), when it says
    past_ids: set[int] = set()  # the timexes the tense read in the past (ranges: a night told as over)
    future_ids: set[int] = set()  # and in the future (ranges: an end in the report's own month is the next one)
    # a time inside a direct quotation is the speaker's: it may anchor what the quotation goes on to say, but once
    # it closes the story's own time is back ("... since the Victorians rebuilt it in the 1860s," she said.
    # Engineers spent the following winter ...: the story's winter)
    quote_end: int | None = None
    before_quote: tuple | None = None
    # the story time a background time (background.py: "a fire that gutted it in 2007") took over from, and where
    # it was named: "that year", "that summer" after the aside are still its year
    fore_story: StoryTime | None = None
    fore_pos = 0
    for c in chosen:
        if (before_quote is not None and quote_end is not None and c.start >= quote_end and story is not None
                and story.gran == "day" and story.date in before_quote[9] and story is not before_quote[0]):
            # '"On March 4 he drove to her house," the prosecutor said. ... the following morning': a quotation that
            # restates a day the story already told takes the story back to it; what follows goes on from there
            before_quote = quote_end = None
        if before_quote is not None and quote_end is not None and c.start >= quote_end:
            (story, day_story, day_away, story_pos, target, story_from_prev, past_story, story_clock, story_night,
             told_days, story_until, told_at) = before_quote
            told_days, told_at = list(told_days), list(told_at)
            story_reported_ahead = False
            before_quote = quote_end = None
            fore_story = None
        if before_quote is None:
            quote_end = _quotation_end(text, c.start)
            if quote_end is not None:
                before_quote = (story, day_story, day_away, story_pos, target, story_from_prev, past_story,
                                story_clock, story_night, tuple(told_days), story_until, tuple(told_at))
        extend_modifiers(c, text, prev_end)
        gap_start, prev_end = prev_end, c.end
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        tense = read_tense(span, pub_date, told_days) if span is not None and len(span) else Tense(Direction.NONE)
        # "that year" after a target still points at it; "the full year" does not
        anchor = target if target is not None and c.partial.story_only else _day_anchor(c.partial, story, day_story)
        if anchor is day_story and anchor is not story and _past_count_beyond(c.partial, anchor, pub_date,
                                                                               tense.direction):
            anchor = story  # "resigned two weeks later" counted from a day two days back would be after publication
        if c.partial.looks_back and past_story is not None and _forecast_before(text, anchor, story_pos, c.start,
                                                                                pub_date):
            anchor = past_story  # the latest period over by the publication date
        if (anchor is not None and tense.direction == Direction.FUTURE and not c.partial.story_only
                and c.partial.rel_n == 0 and _relative_story(text, story_pos, c.start)):
            # "The agency, which sued in May 1998, is expected to reply by the end of the month": the period the
            # report is in; a count ("which launched on Monday, will reach orbit two days later") keeps the story
            anchor = None
        if (anchor is not None and anchor is story and c.partial.anchor == "story_unless_behind" and c.partial.rel_n == 0
                and _outlook_from_report(text, story, story_pos, c.start, tense.direction, pub_date)):
            anchor = None  # "Ministers resigned in September. A deal was still likely before the end of the month"
        if (anchor is not None and anchor is story and story_reported_ahead and c.partial.rel_n == 0
                and c.partial.anchor == "story_unless_behind"
                and SENTENCE_END.search(text, story_pos, c.start) is not None):
            # "She said she would race in August. The panel is expected to name its team by the end of the month":
            # a plan someone reported is no time the story has moved to; the next sentence's month is the report's
            anchor = None
        if (fore_story is not None and anchor is story and _year_anaphor(c.partial)
                and _recent_story(text, fore_pos, c.start)):
            anchor = fore_story  # "reopened in 2022, after a fire that gutted it in 2007; ... that summer": 2022's
        if c.partial.story_recent and anchor is not None and not _recent_story(text, story_pos, c.start):
            anchor = None  # "the previous year" five sentences on: the publication's
        if (anchor is not None and anchor is story and day_story is not None and day_story is not story
                and GRAN_RANK[story.gran] < GRAN_RANK["day"] and is_bare_clock(c.partial)
                and tense.direction in (Direction.PAST, Direction.STRICT_PAST)
                and (pub_date is None or day_story.date <= pub_date)):
            # "won the prize on Saturday. She was barred from leaving in March ... She found out at 22:40": a month
            # cannot say which day a past clock time is on; the last day the story told, an aside ago, does
            anchor = day_story
        if (anchor is not None and story_said and anchor is story and is_bare_clock(c.partial)
                and pub_date is not None and anchor.date < pub_date
                and tense.direction in (Direction.PAST, Direction.STRICT_PAST, Direction.NONE)
                and SENTENCE_END.search(text, story_pos, c.start) is not None and _own_attribution(text, c.end)):
            # "The governor said on Saturday that the port would reopen. Bond yields were steady by midday, dealers
            # said": the day of an earlier saying is not the news day a bare clock time of the report is on
            anchor = None
        if (anchor is not None and anchor is story and is_bare_clock(c.partial) and pub_date is not None
                and _status_after_news_day(text, story, story_pos, c.start, told_at, pub_date)):
            # "Oil rose on Monday after ..., while a drone attack on Sunday added to worries. Brent climbed to $85.34
            # by 0630 GMT": a figure's level at a clock time goes on with the lead's news day, not the earlier day
            # an aside of the lead named
            anchor = StoryTime(pub_date, "day")
        if anchor is not None and anchor.gran == "day" and (past_midnight(c.partial, story_clock, text, c.start, c.end)
                                                          or length_past_midnight(c.partial, story_span, text,
                                                                                  c.start)
                                                          or small_hours_after_late(c.partial, story_span, text,
                                                                                    c.start, c.end)):
            anchor = StoryTime(anchor.date + dt.timedelta(days=1), "day")  # "left at 21:45 ... landed at 04:10"
        pluperfect = anchor is not None and is_bare_clock(c.partial) and _pluperfect_before(text, c.start)
        if (anchor is not None and is_bare_clock(c.partial) and pub_date is not None and anchor.date > pub_date
                and (pluperfect or tense.direction in (Direction.PAST, Direction.STRICT_PAST))):
            # a past or past perfect clock time is on no day still ahead of the report: the last day told up to the
            # publication ("will try again on Wednesday. The rocket had been due to lift off at 9:22 a.m."; "The
            # exemption runs until August 15, the authority said in a statement issued at 11 a.m.")
            earlier = [d for d in told_days if d <= pub_date]
            anchor = StoryTime(max(earlier) if earlier else pub_date, "day")
        elif pluperfect and story_until is not None and c.partial.hour * 60 + (c.partial.minute or 0) > story_until:
            # nor is a past perfect's clock time later on the story's day than its time ("recovered six bodies the
            # following morning. The vessel had left the port at 2 p.m.": the day before)
            anchor = StoryTime(anchor.date - dt.timedelta(days=1), "day")
        if _past_count_from_plan(c.partial, anchor, pub_date, tense.direction, told_days):
            # "crashed on Thursday. ... a flight planned for Sept. 22 could be delayed. Two days earlier, a cargo ship
            # had undocked": a count told in the past goes back from the last day the story told that had come by
            # the publication date, not from a plan still ahead of it
            anchor = StoryTime(next(d for d in reversed(told_days) if d <= pub_date), "day")
        shift = lead_days(text, c.start, c.end) if pub_date is not None else 0
        dct = pub_date - dt.timedelta(days=shift) if shift else pub_date
        partial = c.partial
        if anchor is story and _from_the_saying(text, story, story_saying, story_pos, c.start, tense, pub_date):
            if partial.anchor == "story_if_past":
                partial = partial.with_(anchor="story")  # "would take effect the next month": the saying's next
            elif _bare_weekday(partial) and story.gran == "day" and not shift:
                dct = story.date  # "would resume Monday": the Monday after the saying's day
        if (partial.month is not None and partial.day is not None and partial.year is None and partial.year_rel is None
                and partial.weekday is None and not partial.anchor and partial.rel_unit is None
                and tense.direction != Direction.FUTURE):
            # (both written with the day's number: "Wednesday" or "Christmas Day" on that date restates nothing)
            said = re.compile(rf"(?<!\d)0?{partial.day}(?!\d)")
            same = [d for d in told_days if (d.month, d.day) == (partial.month, partial.day)
                    and said.search(text, c.start, c.end)
                    and any(said.search(t.text) and t.value[:10] == d.isoformat() for t in out)]
            if same:
                # "denies killing him on the night of Oct. 9 last year. ... 'On Oct. 9 he drove to the farm'": a day
                # said again without its year is the day the story told, not the one the tense picks ("opened on May
                # 1, 2015. It will reopen on May 1" looks ahead: the tense's)
                partial = partial.with_(year=same[-1].year)
        counted = _counted_from_told_day(text, out, c.start, partial)
        if counted is not None:
            # "claimed the jackpot on April 4, two days after Saturday's draw": the Saturday the count says
            dct, anchor, tense = counted, None, Tense(Direction.NONE)
        res = resolve(partial, dct, anchor, tense.direction, tense.direct)
        if out and out[-1].type == "DURATION":
            res = replace(res, story=period_to_story(text, out[-1], gap_start, c.start, res.story))
        bounds_period = (story_from_prev and story is not None and story.gran in ("quarter", "half", "year")
                         and _PERIOD_BOUND.fullmatch(text, gap_start, c.start)
                         and not (res.story is not None and res.story.gran == story.gran
                                  and _FROM_BEFORE.search(text, max(0, story_pos - 30), story_pos)))
        is_target = _target(span, res.story, pub_date)
        # "On March 3 that year", "on June 10 last year": the year said right after a day in it restates that
        # day's year; the story stays on the day ("Earlier that month" is March)
        own_year = (story_from_prev and story is not None and res.story is not None and res.story.gran == "year"
                    and GRAN_RANK[story.gran] > GRAN_RANK["year"] and story.date.year == res.story.date.year
                    and _YEAR_OF_PREV.fullmatch(text, gap_start, c.start) is not None)
        story_from_prev = (res.story is not None and not bounds_period and not is_target and not own_year
                           and not _attribution_day(text, c.start, story, story_pos, story_night, res.story, told_at)
                           and not _aside_of_story_sentence(text, story, story_pos, span)
                           and not (out and _bracketed_restatement(text, gap_start, c.start, c.end))
                           # (the day a count goes back to is an aside: the story stays on the day it counts from)
                           and not (counted is not None and story is not None))
        if is_target:
            target = res.story
        elif story_from_prev:
            behind = (story is not None and span is not None and res.story.date < story.date
                      and _recent_story(text, story_pos, c.start) and background_time(span))
            fore_story, fore_pos = (story, story_pos) if behind else (None, 0)
            story, target, story_pos = _last_of_listed_days(text, c.end, res.story, res.value), None, c.end
            story_night = res.value.endswith("TNI")
            # "said on Saturday that ...": a saying's day (not "were told on Friday to boil their water", an order)
            story_said = (_REPORTED_ON.search(text, max(0, c.start - _REPORT_REACH), c.start) is not None
                          and _THAT_AFTER.match(text, c.end) is not None)
            # ("In January the council planned to reopen the pool the next month": a planning dated before it
            # looks ahead from its day as a saying does)
            story_saying = (_SAID_AT.search(text, max(0, c.start - _REPORT_REACH), c.start) is not None
                            or (span is not None and len(span) > 0 and fronted_plan_act(span)))
            story_until = _time_of_day_end(res.value)
            story_reported_ahead = (not tense.direct and pub_date is not None and res.story.date > pub_date
                                    and _reported_in_sentence(text, c.start))
            clock = _CLOCK_VALUE.search(res.value) if res.type == "TIME" else None
            story_clock = (int(clock["h"]) * 60 + int(clock["m"]), c.end) if clock else None
            pod = _DAY_TIME.match(res.value)  # (a weekday with its part, "Friday evening", is typed later)
            hours = codec.PART_OF_DAY_HOURS.get(pod.group("pod")) if pod is not None and pod.group("pod") else None
            story_span = ((story_clock[0], story_clock[0], c.end) if story_clock is not None
                          else (hours[0] * 60, hours[1] * 60, c.end) if hours is not None else None)
            if _over_by(story, pub_date):
                past_story = story
            if GRAN_RANK[story.gran] >= GRAN_RANK["day"]:
                day_story, day_away = story, 0
                told_days.append(story.date)
                told_at.append((c.start, story.date))
            elif day_story is not None and _ends_before(story, day_story.date):
                day_away += 1
                if day_away >= DAY_LEFT_AFTER:
                    day_story = None
        out.append(_timex(c, text, res, c.rule.id, pub_date))
        if tense.direction in (Direction.PAST, Direction.STRICT_PAST) and span is not None and _past_verb_before(span):
            past_ids.add(id(out[-1]))
        elif tense.direction in (Direction.FUTURE, Direction.STRICT_FUTURE) and tense.direct:
            future_ids.add(id(out[-1]))  # ("will", "shall": not a present, which may be the season under way)
    # "Until then, he had never lost" with no story time names nothing a reader could place: no timex
    out = [t for t in out if not (t.unresolved and t.rule == _STORY_THEN)]
    rename_holidays(text, out)
    weekday_of_date(text, out)
    shift_anchored_days(text, out)
    overnight_before_named_day(text, out)
    clock_days(text, out)
    join_compound_durations(text, out)
    clock_shifts(text, out)
    fiscal_quarters(text, out)
    fiscal_years(text, out)
    fiscal_bounds(text, out)
    since_before_story(text, out)
    later_conjunct(text, out, pub_date)
    earlier_past_weekday(text, out, pub_date)
    until_after_earlier(text, out)
    fronted_after_dated(text, out, pub_date)
    when_clause_year(text, out)
    fronted_year(text, out)
    subject_year(text, out)
    heading_year(text, out)
    onset_year(text, out)
    out, ranges = link_ranges(text, out, frozenset(past_ids), frozenset(future_ids))
    for t in out:
        time_of_day_type(t)
    for i, t in enumerate(out, 1):
        t.tid = f"t{i}"
    for a, b in ranges:
        a.range_with, b.range_with = b.tid, a.tid
    return out
