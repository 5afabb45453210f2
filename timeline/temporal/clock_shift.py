"""A count of hours or minutes after a clock time the story has just told ("left the port at 9:30 p.m. Thursday and
struck a reef about four hours later") is a clock time of its own, counted from that one, as "two days later" is a
day counted from the story's day: the rules tag the count as a DURATION ("about four hours", "later" left out,
which stays so with no story clock: "He was arrested two hours later"). And a morning or dawn told after a story
clock time in the evening or the night ("struck a reef at 11 p.m. ... rescued them by dawn") is the next day's.
Runs over a document's resolved timexes after the resolve loop, as :mod:`compound` does.

One decision is taken inside the resolve loop (:func:`past_midnight`, asked by the tagger before a clock time that
names no day is resolved): an hour of the morning the sentence moves forward to after a story clock time in the
evening is the next day's ("left at 21:45 on Tuesday ... due to land at 04:10", "out by 2 a.m."), so the story
moves on to that day for what follows ("that evening", "06:30").
"""

from __future__ import annotations

import datetime as dt
import re

from .codec import PART_OF_DAY_HOURS
from .partial import Partial
from .text import REPORTED_DAY_LEAD, SENTENCE_BREAK, SENTENCE_END
from .timex import Timex
from .vocab import alternation, lexicon, vocab

_SHIFTS = lexicon("STORY_SHIFTS")
_AFTER = re.compile(r"\s+(?P<dir>" + alternation(_SHIFTS) + r")\b", re.IGNORECASE)
_COUNT = re.compile(r"^PT(?P<n>\d+)(?P<u>H|M)$")
_CLOCK = re.compile(r"^(?P<day>\d{4}-\d\d-\d\d)T(?P<h>\d\d):(?P<m>\d\d)(?P<z>Z?)$")
_MORNING = re.compile(r"^(?P<day>\d{4}-\d\d-\d\d)TMO$")
# a clock time at or after this hour, or an evening or night, is followed by the next day's morning
_LATE_HOUR = 18
_LATE = re.compile(r"^(?P<day>\d{4}-\d\d-\d\d)T(?:EV|NI)$")
# a day or anything finer: what a count of hours may be counted from
_DAY = re.compile(r"^\d{4}-\d\d-\d\d(?:$|T)")
# the parts of a day whose middle a count of hours is counted from (a night straddles two days)
_COUNTED_PARTS = ("MO", "AF", "EV")
# a length the story may have spent between a clock time and a count of hours from it
_STORY_LENGTH = re.compile(r"^(?:PT.*|P[\dX.]+[DW])$")
_PART = re.compile(r"^(?P<day>\d{4}-\d\d-\d\d)T(?P<pod>MO|AF|EV)$")
# a part of the day said alone ("by dawn", "by early morning"): "this morning" is the publication's
_BARE_PARTS = ("times.part_of_day", "times.positioned_pod")
# "later than scheduled", "earlier in the session": a delay or a place in a period, not a shift from the clock
_NOT_A_SHIFT = re.compile(r"\s+(?:than|in)\b", re.IGNORECASE)
# "halted for 15 minutes earlier": a length
_LENGTH_LEAD = re.compile(r"\bfor\s+$", re.IGNORECASE)
# a past perfect or "since" before a morning places it before the story's clock time, not after; those and "earlier"
# or "before that" between a story clock time and a bare clock time place the second before (vocab clock_before_words)
_BEFORE_WORDS = vocab()["clock_before_words"]
_BEFORE_STORY = re.compile(r"\b" + alternation(_BEFORE_WORDS["before_story"]) + r"\b", re.IGNORECASE)
# ("crews had it under control at 3 a.m.": "had" with its object is the verb of having, not a past perfect)
_BEFORE_CLOCK = re.compile(r"\b" + alternation(_BEFORE_WORDS["before_story"] + _BEFORE_WORDS["before_clock"])
                           + r"\b(?<!\bhad)|\bhad\b(?!\s+" + alternation(_BEFORE_WORDS["possessed_after_had"]) + r"\b)",
                           re.IGNORECASE)


# sentences back a count "N hours later" still reads the story's clock when no time is told in between ("was
# recaptured at 5:40 a.m. on Monday ... A vet shot it with a dart. It was returned to its enclosure two hours later")
_COUNT_REACH = 3


def _story_clock(text: str, out: list[Timex], i: int, reach: int = 1, days_only: bool = False) -> Timex | None:
    """The DATE or TIME told last before ``out[i]``, when it is in the same sentence or up to ``reach`` before; past the
    day of a report that closes the sentence of a clock time ("crashed shortly after 6:30 a.m. on Sunday, the
    governor's office said on Monday. It had taken off 40 minutes earlier": the story is at 6:30). ``days_only``:
    past any time coarser than a day, which is background a clock never counts from ("pardoned him on Monday evening.
    He was sentenced in August to four years. He walked out two hours later": Monday evening)."""
    told = [t for t in out[:i] if t.type in ("DATE", "TIME") and (not days_only or _DAY.match(t.value))]
    prev = told[-1] if told else None
    if prev is not None and len(told) > 1 and prev.type == "DATE" and told[-2].type == "TIME" \
            and REPORTED_DAY_LEAD.search(text, max(0, prev.start - 60), prev.start) \
            and not SENTENCE_BREAK.search(text, told[-2].end, prev.start):
        prev = told[-2]
    breaks = len(SENTENCE_BREAK.findall(text, prev.end, out[i].start)) if prev is not None else 0
    if prev is None or breaks > reach:
        return None
    # past the next sentence, only with no length or other time told in between ("It flew for six hours over the
    # Pacific. It landed in Tokyo. Two hours later ...": the clock has moved on by an unknown stretch)
    if breaks > 1 and any(prev.end <= t.start and t.end <= out[i].start for t in out[:i]
                          if t is not prev and (not days_only or _moves_clock(text, t))):
        return None
    return prev


def _moves_clock(text: str, t: Timex) -> bool:
    """Whether a time told between a story clock and a count of hours may have moved the clock on: a day or a finer
    time, a length of hours, days or weeks ("The ascent took two days"), or any length something went on "for";
    not a coarser date nor a length of months or years, a measure or background ("was sentenced in August to four
    years in prison")."""
    if t.type in ("DATE", "TIME"):
        return bool(_DAY.match(t.value))
    return t.type != "DURATION" or bool(_STORY_LENGTH.match(t.value)) \
        or bool(_LENGTH_LEAD.search(text, max(0, t.start - 8), t.start))


def _part_after(day: str, pod: str, shift: dt.timedelta) -> str | None:
    """The part of the day a count of hours from the middle of a part of a day falls in ("pardoned on Monday evening
    ... walked out two hours later": Monday night), on the part's own day (a night runs past midnight); None when it
    falls outside that day and its night, or the part is a night or has no middle worth counting from."""
    if pod not in _COUNTED_PARTS:
        return None
    lo, hi = PART_OF_DAY_HOURS[pod]
    hours = (lo + hi) / 2 + shift.total_seconds() / 3600
    lands = next((p for p in _COUNTED_PARTS if PART_OF_DAY_HOURS[p][0] <= hours < PART_OF_DAY_HOURS[p][1]), None)
    if lands is None and PART_OF_DAY_HOURS["NI"][0] <= hours < PART_OF_DAY_HOURS["NI"][1]:
        lands = "NI"
    return None if lands is None else f"{day}T{lands}"


def _clause_before(text: str, start: int) -> str:
    """The words of the sentence before ``start``."""
    ends = list(SENTENCE_BREAK.finditer(text, max(0, start - 300), start))
    return text[ends[-1].end() if ends else max(0, start - 300):start]


def _shift_counts(text: str, out: list[Timex]) -> None:
    for i, t in enumerate(out):
        mc, after = _COUNT.match(t.value), _AFTER.match(text, t.end)
        if t.type != "DURATION" or not mc or not after or t.range_with is not None:
            continue
        prev = _story_clock(text, out, i, _COUNT_REACH, days_only=True)
        clock = _CLOCK.match(prev.value) if prev is not None else None
        part = _PART.match(prev.value) if prev is not None and clock is None else None
        if clock is None and part is None:
            continue
        if _NOT_A_SHIFT.match(text, after.end()) or _LENGTH_LEAD.search(text, max(0, t.start - 8), t.start):
            continue  # "two hours later than scheduled" (a delay), "halted for 15 minutes earlier in the session"
        minutes = int(mc.group("n")) * (60 if mc.group("u") == "H" else 1)
        shift = dt.timedelta(minutes=_SHIFTS[after.group("dir").lower()] * minutes)
        try:
            if part is not None:
                value = _part_after(part.group("day"), part.group("pod"), shift)
                if value is None:
                    continue
            else:
                base = dt.datetime.fromisoformat(f"{clock.group('day')}T{clock.group('h')}:{clock.group('m')}")
                at = base + shift
                value = f"{at.year:04d}-{at.month:02d}-{at.day:02d}T{at.hour:02d}:{at.minute:02d}" + clock.group("z")
        except (ValueError, OverflowError):
            continue  # past the calendar's ends: the count stays a DURATION
        old = (t.type, t.value)
        t.type = "TIME"
        if not t.revalue(value):
            t.type, t.value = old
            continue
        t.text, t.end = text[t.start:after.end()], after.end()
        t.rule, t.anchor, t.fuzzy = "clock_shift.count_after_clock", f"story:{prev.value}", t.mod == "APPROX"


def _next_morning(text: str, out: list[Timex]) -> None:
    for i, t in enumerate(out):
        m = _MORNING.match(t.value)
        if t.type != "TIME" or not m or t.rule not in _BARE_PARTS:
            continue
        prev = _story_clock(text, out, i)
        if prev is None:
            continue
        clock, late = _CLOCK.match(prev.value), _LATE.match(prev.value)
        if not (clock or late):
            continue
        if _BEFORE_STORY.search(_clause_before(text, t.start)):
            continue  # "had heard shots at dawn", "since dawn": a morning before the story's clock time
        day = dt.date.fromisoformat((clock or late).group("day"))
        try:
            if late or int(clock.group("h")) >= _LATE_HOUR:
                day += dt.timedelta(days=1)
        except OverflowError:
            continue
        # the story's day was read before the clock moved past midnight ("four hours later" after 9:30 p.m.)
        if dt.date.fromisoformat(m.group("day")) < day:
            t.revalue(day.isoformat() + "TMO")


# a clock time said without its day, earlier than this, after a story clock time at or after _LATE_HOUR is the next
# day's: "left at 21:45 ... due to land at 04:10"
_EARLY_HOUR = 12


def is_bare_clock(p: Partial) -> bool:
    """A clock time that names no day of its own ("at 04:10", "by 6 a.m."): the story's day is read for it."""
    return (p.hour is not None and p.year is None and p.month is None and p.day is None and p.weekday is None
            and p.anchor is None and not p.holiday and p.season is None)


# what says the text moves forward to the bare clock time: "was out by 2 a.m.", "lasted until 3 a.m.", "was due to
# land at 04:10", "is expected to arrive at 6 a.m."
_FORWARD = vocab()["forward_clock_leads"]
_FORWARD_LEAD = re.compile(r"(?:\b" + alternation(_FORWARD["leads"]) + r"|\b" + alternation(_FORWARD["schedule_words"])
                           + r"\s+to\s+[a-z]+(?:\s+[a-z]+)?\s+" + alternation(_FORWARD["schedule_ends"]) + r")\s+$",
                           re.IGNORECASE)
# "left at 11:40 p.m. on Monday and landed in London at 6:05 a.m.": a journey's end after "and" follows its start
_ARRIVAL = re.compile(r"\band\s+(?:\w+\s+){0,2}?" + alternation(vocab()["arrival_clock_leads"]["words"]) + r"\b",
                      re.IGNORECASE)
# the same day said after the clock time: "at 10 a.m. the same day", "at 11 a.m. that day"
_SAME_DAY_AFTER = re.compile(r"\s*(?:on\s+)?(?:the\s+same|that)\s+(?:day|morning)\b", re.IGNORECASE)


def past_midnight(p: Partial, story_clock: tuple[int, int] | None, text: str, start: int, end: int) -> bool:
    """Whether the bare clock time ``p`` (``text[start:end]``) lies on the day after the story's: the story's last
    clock time (``story_clock``: minutes after midnight, and where it ends in ``text``), told earlier in the same
    sentence, is in the evening or the night, ``p`` is an earlier hour of the morning, and the words before ``p``
    move the story forward to it ("The jet left at 21:45 on Tuesday and was due to land at 04:10"; "The fire broke
    out at 11 p.m. and was out by 2 a.m."). A morning clock time told plainly after an evening one is as often
    background told out of order ("Voting ended at 8 p.m., after polls opened at 7 a.m."; "The race started at 8
    p.m. Qualifying took place at 11 a.m.") and keeps the story's day, as does one said with "the same day" or
    after a past perfect, "since" or "earlier"."""
    if story_clock is None or not is_bare_clock(p):
        return False
    clock, clock_end = story_clock
    if clock < _LATE_HOUR * 60 or p.hour * 60 + (p.minute or 0) >= min(_EARLY_HOUR * 60, clock):
        return False
    if SENTENCE_BREAK.search(text, clock_end, start) or _BEFORE_CLOCK.search(text, clock_end, start):
        return False
    if not (_FORWARD_LEAD.search(text, max(clock_end, start - 40), start) or _ARRIVAL.search(text, clock_end, start)
            or _joined_small_hour(p, clock, text, clock_end, start)):
        return False
    return not _SAME_DAY_AFTER.match(text, end)


# from this hour, a story clock time is late enough at night that a small hour told after it, plainly or in a clause
# joined by ", and", follows it (an evening's 7 p.m. or 9 p.m. may be followed by background told out of order)
_LATE_CLOCK_HOUR = 22
_JOINED_CLAUSE = re.compile(r",\s+and\s+(?P<rest>[^,;]*)$", re.IGNORECASE)
_JOINED_BREAKS = re.compile(r"\b" + alternation(vocab()["joined_clock_breaks"]["words"]) + r"\b", re.IGNORECASE)


def _joined_small_hour(p: Partial, clock: int, text: str, clock_end: int, start: int) -> bool:
    """"The leak started at 11:30 p.m. on Wednesday when a valve failed, and workers sealed it at 3:10 a.m.": a
    small hour in a clause of its own joined by ", and" to a late-night one goes on from it, past midnight. Not a
    range's joint ("between 11 p.m. and about 5 a.m.", no comma), a list ("a robbery and assault at 3 a.m."), an
    aside or a relative clause after the "and" ("and the outage, which began at 3 a.m."), nor a stated order
    ("and followed a smaller explosion at 4 a.m.")."""
    if p.hour >= _SMALL_HOURS or clock < _LATE_CLOCK_HOUR * 60:
        return False
    joined = _JOINED_CLAUSE.search(text, clock_end, start)
    return joined is not None and len(joined.group("rest").split()) >= 3 \
        and _JOINED_BREAKS.search(joined.group("rest")) is None


# the small hours: a bare clock time before this hour told right after a late story time may be past midnight
_SMALL_HOURS = 6
# words right before a small-hours clock time that move the story on to it ("shortly after 2 a.m.", "by 3 a.m.")
_ONWARD = re.compile(r"\b(?:(?:shortly|just|soon|immediately|right|not\s+long)\s+after|after|by)\s+"
                     r"(?:about\s+|around\s+)?$",
                     re.IGNORECASE)


def small_hours_after_late(p: Partial, story_span: tuple[int, int, int] | None, text: str, start: int,
                           end: int) -> bool:
    """Whether the bare clock time ``p``, an hour of the small hours (before 6 a.m.) told in the sentence right after
    the story's late time of day (``story_span``: its first and last minute after midnight, and where it ends in
    ``text``; an evening clock time or a night), is the next day's because words right before it move the story on
    to it ("left at 11 p.m. on Friday. It skidded off the road shortly after 2 a.m."; "ordered to leave on Monday
    night. The last families reached the centre shortly after 2 a.m."). A small hour told plainly after a late one
    is as often background told out of order ("The body was found at 7 p.m. on Monday. The victim died at around 3
    a.m."; "Hundreds attended a vigil on Friday night. The gunman opened fire at about 2 a.m.") and keeps the story's
    day (:func:`past_midnight`), as does one said with "the same day", a past perfect, "since" or "earlier"; after a
    clock time of 10 p.m. or later it goes on, even told plainly."""
    if story_span is None or not is_bare_clock(p) or p.hour >= _SMALL_HOURS:
        return False
    first, _, told_end = story_span
    if first < _LATE_HOUR * 60 or start < told_end or _breaks_after(text, told_end, start) != 1:
        return False
    if _BEFORE_CLOCK.search(text, told_end, start) or _SAME_DAY_AFTER.match(text, end):
        return False
    if first == story_span[1] and first >= _LATE_CLOCK_HOUR * 60 and not _OWN_DAY_AFTER.match(text, end):
        # a clock time late at night (not an evening, nor a night said as a part of the day): the small hour told
        # plainly next goes on from it ("called for help at 10:40 p.m. on Sunday. Rescuers reached them at 2:15
        # a.m.", "at 11:50 p.m. Monday ... A man was arrested at 12:30 a.m."), as three held-out writers read it
        return True
    return _ONWARD.search(text, max(told_end, start - 30), start) is not None


# words right after the clock time that say its day ("5 a.m. the following morning"): the day is told, nothing to
# infer (and nothing to move twice)
_OWN_DAY_AFTER = re.compile(r"\s*(?:on\s+)?(?:the\s+)?(?:following|next|previous|same|that|this)\s+"
                            r"(?:day|morning|night|evening)\b", re.IGNORECASE)


def _breaks_after(text: str, told_end: int, start: int) -> int:
    """Sentence breaks between a story time ending at ``told_end`` and ``start``, counting the full stop of an
    "a.m."/"p.m." that ends its sentence ("was declared at 11:20 p.m. The first gain came at 12:45 a.m.")."""
    n = len(SENTENCE_BREAK.findall(text, told_end, start))
    if told_end and SENTENCE_END.match(text, told_end - 1):
        n += 1
    return n


def clock_shifts(text: str, out: list[Timex]) -> None:
    """Count hours after a story clock time from it; move a morning after a late story time to the next day (in
    place)."""
    _shift_counts(text, out)
    _next_morning(text, out)


# "failed on Monday afternoon and drifted for about 16 hours before a ship spotted it at around 5 a.m.": a stated
# length of hours between the story's time of day and a bare clock time carries the story over midnight when the
# story's time plus the length lands on that clock hour the next day (give or take this slack, for "about")
# (the words that hedge a length are the tagger's approx_mods: "about", "nearly", "more than", "at least" ...)
_LENGTH_HOURS = re.compile(r"\bfor\s+(?:" + alternation(vocab()["approx_mods"]) + r"\s+)?"
                           r"(?P<n>\d{1,2}|[a-z]+(?:-[a-z]+)?)\s+hours?\b", re.IGNORECASE)
_NUMBERS = vocab()["numbers"]
_LENGTH_SLACK = 120


def length_past_midnight(p: Partial, story_span: tuple[int, int, int] | None, text: str, start: int) -> bool:
    """Whether the bare clock time ``p`` lies on the day after the story's because a length of hours told between
    them ("for about 16 hours") runs from the story's time of day (``story_span``: its first and last minute after
    midnight, and where it ends in ``text``) past midnight to that hour. Same sentence only."""
    if story_span is None or not is_bare_clock(p):
        return False
    first, last, told_end = story_span
    if told_end > start or SENTENCE_BREAK.search(text, told_end, start):
        return False
    m = _LENGTH_HOURS.search(text, told_end, start)
    if m is None:
        return False
    word = m.group("n").lower()
    n = int(word) if word.isdecimal() else _NUMBERS.get(word.replace("-", " "), _NUMBERS.get(word))
    if not isinstance(n, int) or not 0 < n < 24:
        return False
    clock = 24 * 60 + p.hour * 60 + (p.minute or 0)  # the clock time on the next day
    return first + n * 60 - _LENGTH_SLACK <= clock <= last + n * 60 + _LENGTH_SLACK
