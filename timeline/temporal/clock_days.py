"""Clock times and the day their clause names once: "close at 7 p.m. EST on Election Day" is one TIME on that
day (the clock rules know weekdays and dates after "on", not holidays or other days), and "polls will open at
7 a.m. and close at 7 p.m. on Tuesday" puts both clock times on Tuesday, where the bare first one took the
publication day; "at 1145 local time (0845 GMT) on Sunday" gives the clock time before the brackets (and the one
in them) the day after them. Runs over a document's resolved timexes after the resolve loop, before :mod:`ranges` (which
does the same for "from 9 a.m. to 5 p.m. on Tuesday").
"""

from __future__ import annotations

import datetime as dt
import re

from .ranges import CLOCK_ONLY, says_day
from .text import REPORT_FORMS, REPORTED_DAY_LEAD, SENTENCE_END
from .timex import Timex
from .vocab import vocab

_DAY = re.compile(r"^\d{4}-\d\d-\d\d$")
_ON = re.compile(r"\s+on\s+", re.IGNORECASE)
# between two clock times of one verb group's two verbs ("open at 7 a.m. and close at 7 p.m."): "and", at most two
# words (a verb, "again") and the second time's preposition; a clause of its own between them ("evacuated at 3 a.m.
# and police said it would reopen at 6 p.m. on Friday") keeps the first time's own day
_AND_BETWEEN = re.compile(r"^\s*,?\s*and\s+(?:[\w'-]+\s+){0,2}(?:at|by|until|till|before|after|around|from)\s+$",
                          re.IGNORECASE)
_REACH = 80
# a clock time restated in another zone in brackets before the day: "at 1145 local time (0845 GMT) on Sunday"
_CLOCK_DIGITS = re.compile(r"^\d{4}")
_BRACKET_ON = re.compile(r"\s*\((?P<inner>[^()]{1,40})\)\s+on\s+$", re.IGNORECASE)
# a part of a particular day said right after a bare clock time names the clock time's day: "had started his shift
# at 5 p.m. the previous evening", "docked at 9 a.m. the next morning" are one time on that day, not two
_DAY_PART = re.compile(r"^(?P<day>\d{4}-\d\d-\d\d)T(?:MO|AF|EV|NI)$")
_SPACE = re.compile(r"\s+")


def clock_days(text: str, out: list[Timex]) -> None:
    """Join a bare clock time to the day after "on" it is said with, and give an earlier bare clock time of the
    same sentence, joined by "and", that day (in place)."""
    dated: set[int] = set()  # ids of clock times whose day the text gives
    for a, b in list(zip(out, out[1:])):
        ma = CLOCK_ONLY.match(a.value)
        part = _DAY_PART.match(b.value) if b.type in ("DATE", "TIME") else None
        if part is not None and a.type == "TIME" and ma and not says_day(a.text) and not b.mod \
                and _SPACE.fullmatch(text, a.end, b.start):
            day = part.group("day")
        elif (a.type != "TIME" or not ma or says_day(a.text) or b.type != "DATE" or not _DAY.match(b.value)
                or b.mod or not _ON.fullmatch(text, a.end, b.start)):
            continue
        else:
            day = b.value
        if a.revalue(f"{day}T{ma.group('hm')}"):
            a.text, a.end = text[a.start:b.end], b.end
            a.unresolved, a.fuzzy = b.unresolved, b.fuzzy
            out.remove(b)
            dated.add(id(a))
    _bracketed_restatements(text, out)
    _restated_across_midnight(text, out)
    for a, c in zip(out, out[1:]):
        ma, mc = CLOCK_ONLY.match(a.value), CLOCK_ONLY.match(c.value)
        if (a.type != "TIME" or c.type != "TIME" or not ma or not mc or says_day(a.text)
                or not (id(c) in dated or says_day(c.text)) or ma.group("day") == mc.group("day")
                or c.start - a.end > _REACH or not _AND_BETWEEN.match(text[a.end:c.start])):
            continue
        if a.revalue(f"{mc.group('day')}T{ma.group('hm')}"):
            a.unresolved, a.fuzzy = c.unresolved, c.fuzzy
    _same_event_day(text, out)
    _past_day_after_future(text, out)
    _off_relative_day(text, out)


_SKIP = frozenset(vocab()["clock_event_skip_words"]["words"]) | frozenset(w.lower() for w in REPORT_FORMS)
_SENTENCE_START = re.compile(r"(?:^|(?<![A-Z])[.!?][\"”’')]*\s+|\n)")
_WORD = re.compile(r"[A-Za-z]{3,}")
_FUTURE = re.compile(r"\b(?:will|would|shall|'ll|is to|are to|due to|expected to|scheduled to|set to)\b",
                     re.IGNORECASE)
_EVENT_WORDS = 4  # the clause's words nearest the clock time that may name its event ("died in his sleep shortly after")
_EVENT_REACH = 60  # characters before an earlier day for its event word: "ran aground off the coast on Saturday"


def _same_event_day(text: str, out: list[Timex]) -> None:
    """A clock time with no day of its own that fell back on the publication day, in a clause whose event word was
    said earlier with a day ("The pianist died on Thursday. ... had been ill since a stroke in October and died in
    his sleep shortly after 3 a.m."): the clock time is on that event's day, whatever background time the story
    passed through in between (in place). Only the clause's few words nearest the clock time count, never a
    function word or a reporting verb (a wire lead "said at 10 a.m." stays on the publication day)."""
    for i, t in enumerate(out):
        m = CLOCK_ONLY.match(t.value)
        if (t.type != "TIME" or not m or says_day(t.text) or not t.anchor or not t.anchor.startswith("dct:")
                or m.group("day") != t.anchor[4:]):
            continue
        starts = [s.end() for s in _SENTENCE_START.finditer(text, max(0, t.start - 400), t.start)]
        clause = text[starts[-1] if starts else max(0, t.start - 400):t.start]
        if _FUTURE.search(clause):
            continue  # "will speak to reporters at 3 p.m.": still to come, the publication day's
        # (a name is no event: "Delaney will play at 9 p.m." after "Delaney arrived on Monday")
        words = [w for w in _WORD.findall(clause) if w.lower() not in _SKIP and w.islower()][-_EVENT_WORDS:]
        day = None
        for d in reversed(out[:i]):
            if d.type != "DATE" or not _DAY.match(d.value) or d.mod or d.value == m.group("day"):
                continue
            if d.value > t.anchor[4:] and _PAST_WORD.search(clause):
                continue  # a past clause on no day still ahead: "runs until August 15, ... a statement issued at 11 a.m."
            before = text[max(0, d.start - _EVENT_REACH):d.start]
            if any(re.search(r"\b" + re.escape(w) + r"\b[^.!?]*$", before, re.IGNORECASE) for w in words):
                day = d.value
                break
        if day is not None:
            t.revalue(f"{day}T{m.group('hm')}")


def _bracketed_restatements(text: str, out: list[Timex]) -> None:
    """"at 1145 local time (0845 GMT) on Sunday": the day after the brackets is the clock time's before them, and
    the restatement's inside them, as "at 1145 local time on Sunday" would be (in place)."""
    for i, b in enumerate(out):
        if b.type != "DATE" or not _DAY.match(b.value) or b.mod:
            continue
        m = _BRACKET_ON.search(text, max(0, b.start - 60), b.start)
        if m is None:
            continue
        for a in reversed(out[:i]):
            inside = a.start >= m.start("inner") and a.end <= m.end("inner")
            if not inside and text[a.end:m.start()].strip():
                break
            ma = CLOCK_ONLY.match(a.value)
            # ("1145 local time": its four digits are a clock, not a year naming the day)
            if a.type == "TIME" and ma and not says_day(_CLOCK_DIGITS.sub("", a.text)) and ma.group("day") != b.value:
                a.revalue(f"{b.value}T{ma.group('hm')}")
                a.unresolved, a.fuzzy = b.unresolved, b.fuzzy
            if not inside:
                break


_OPEN_BRACKET = re.compile(r"\s*\(\s*")
_DAY_MINUTES = 24 * 60


def _minutes(hm: str) -> int:
    return int(hm[:2]) * 60 + int(hm[3:5])


def _restated_across_midnight(text: str, out: list[Timex]) -> None:
    """"early on Wednesday at 1:30 a.m. (2330 GMT)": a UTC restatement in brackets right after a local clock time,
    naming no day of its own, is on the day the zone's offset puts it on, which may be the local day's neighbour
    (was: the local day, 2330 GMT on Wednesday). The offset is read off the two clocks, taken within twelve hours
    either way (in place)."""
    for a, b in zip(out, out[1:]):
        ma, mb = CLOCK_ONLY.match(a.value), CLOCK_ONLY.match(b.value)
        if (a.type != "TIME" or b.type != "TIME" or not ma or not mb or a.value.endswith("Z")
                or not b.value.endswith("Z") or not _OPEN_BRACKET.fullmatch(text, a.end, b.start)
                or says_day(_CLOCK_DIGITS.sub("", b.text))):
            continue
        local, utc = _minutes(ma.group("hm")), _minutes(mb.group("hm"))
        offset = (local - utc + _DAY_MINUTES // 2) % _DAY_MINUTES - _DAY_MINUTES // 2
        try:
            day = (dt.datetime.fromisoformat(f"{ma.group('day')}T{ma.group('hm')}")
                   - dt.timedelta(minutes=offset)).date()
        except (ValueError, OverflowError):
            continue
        if day.isoformat() != mb.group("day"):
            b.revalue(f"{day.isoformat()}T{mb.group('hm')}")


# a part of a day on a day the story gave ("that night", "that evening": 2016-02-26TNI)
_DAY_PART_ONLY = re.compile(r"^(?P<day>\d{4}-\d\d-\d\d)T(?P<hm>MO|AF|EV|NI|DT)$")
_PAST_REACH = 400  # characters back to the story's days: the sentence before or two
_PAST_WORD = re.compile(r"\b(?:[a-z]{2,}ed|was|were|had|" + "|".join(vocab()["irregular_past_forms"]["words"]) + r")\b")


def _clock_parts(t: Timex) -> re.Match | None:
    """The day and the clock (or part of day) of a TIME that names no day in its words, else None."""
    if t.type not in ("TIME", "DATE") or says_day(t.text):
        return None
    # (a part of a day is typed TIME only after these passes: time_of_day_type)
    return (CLOCK_ONLY.match(t.value) if t.type == "TIME" else None) or _DAY_PART_ONLY.match(t.value)


def _clause_before(text: str, start: int) -> str:
    starts = [s.end() for s in _SENTENCE_START.finditer(text, max(0, start - 400), start)]
    return text[starts[-1] if starts else max(0, start - 400):start]


def _past_day_after_future(text: str, out: list[Timex]) -> None:
    """A bare clock time in a past clause that fell back on the publication day because the story had moved on to a
    day still ahead ("Nurses voted on Monday to strike from March 1. The ballot closed at 6 p.m."): it is on the
    last day gone by the story named before that, a sentence or two back (in place). With no such day it stays on
    the publication day."""
    for i, t in enumerate(out):
        m = _clock_parts(t)
        if (m is None or not t.anchor or not t.anchor.startswith("dct:") or m.group("day") != t.anchor[4:]):
            continue
        clause = _clause_before(text, t.start)
        if _FUTURE.search(clause) or not _PAST_WORD.search(clause):
            continue
        dct, skipped, day = t.anchor[4:], False, None
        for d in reversed(out[:i]):
            if d.end < t.start - _PAST_REACH:
                break
            # (a part of a day names its day too: "cancelled the exam on Tuesday morning ... and ordered students to
            # sit a new paper on June 11. The board said the paper appeared online at 6:45 a.m.")
            part = _DAY_PART.match(d.value)
            if d.mod or not (d.type == "DATE" and _DAY.match(d.value) or part and says_day(d.text)):
                continue
            value = part.group("day") if part else d.value
            if value > dct:
                skipped = True
                continue
            day = value if skipped and value != dct else None
            break
        if day is not None and t.revalue(f"{day}T{m.group('hm')}"):
            _follow(text, out, i, dct, day)


# a relative clause the day stands in: set off by a comma (", which was launched on Dec. 4, 2024,") or right after
# its noun ("a ceasefire that took effect on Friday"); "said that ..." opens a complement, not a relative clause
_RELATIVE_BEFORE = re.compile(r"(?:,\s*(?:which|who)|(?<![,;])\s(?:which|who|that))\s+(?P<rest>[^,;:.!?\"“”]*)$",
                              re.IGNORECASE)
_NOT_RELATIVE_LEAD = re.compile(r"\b(?:" + "|".join(re.escape(f) for f in REPORT_FORMS)
                                + r"|so|now|such|said|says|saying|believe[sd]?|think|thought|hope[sd]?|know|knew"
                                + r"|showed|shows|found|means|meant)\s+that\s+[^,;:.!?]*$", re.IGNORECASE)
_RELATIVE_REACH = 600  # characters back from the relative clause's day to the day the story was on before it


def _sentence_start(text: str, pos: int) -> int:
    starts = [s.end() for s in _SENTENCE_START.finditer(text, max(0, pos - 400), pos)]
    return starts[-1] if starts else max(0, pos - 400)


def _in_relative_clause(text: str, d: Timex) -> bool:
    before = text[_sentence_start(text, d.start):d.start]
    m = _RELATIVE_BEFORE.search(before)
    if m is None or not m.group("rest").strip():
        return False  # ("on that Friday": a determiner)
    return _NOT_RELATIVE_LEAD.search(before) is None


def _report_day(text: str, d: Timex, out: list[Timex]) -> bool:
    """A day right after a reporting verb ("the coast guard said on Sunday") in a sentence that told an earlier day:
    the report's day, not where the story is."""
    if not REPORTED_DAY_LEAD.search(text, max(0, d.start - 40), d.start):
        return False
    s = _sentence_start(text, d.start)
    return any(e.start >= s and e.end <= d.start and e.type == "DATE" and _DAY.match(e.value) for e in out)


def _off_relative_day(text: str, out: list[Timex]) -> None:
    """A bare clock time (or "that night") in a past clause, which took its day from a day said in a relative clause
    ("The ferry, which entered service on May 2, 2011, struck rocks at 4:10 a.m."; "freed them on Sunday, and a
    truce that began on Thursday was holding. They were handed over at about 3 p.m."): that day is background to
    the noun it describes, so the clock time is on the day the story was on before it, the last day a main clause
    named that was not a report's (in place). The clock time must stand past the relative clause."""
    for i, t in enumerate(out):
        m = _clock_parts(t)
        if m is None or _FUTURE.search(_clause_before(text, t.start)):
            continue
        prior = [d for d in out[:i] if d.type == "DATE" and _DAY.match(d.value) and not d.mod]
        if not prior or prior[-1].value != m.group("day") or not _in_relative_clause(text, prior[-1]):
            continue
        rel = prior[-1]
        same_sentence = SENTENCE_END.search(text, rel.end, t.start) is None
        if same_sentence and "," not in text[rel.end:t.start]:
            continue  # the clock time inside the relative clause itself
        # from a later sentence, only a day the relative clause's own sentence told first in its main clause: "...
        # before the journey, which began on Sunday. Their plane took off at 05:30" goes on with that journey
        lo = rel.start - _RELATIVE_REACH if same_sentence else _sentence_start(text, rel.start)
        day = None
        for d in reversed(prior[:-1]):
            if d.start < lo:
                break
            if _report_day(text, d, out):
                continue
            day = d.value
            break
        if day is not None and day != rel.value and t.revalue(f"{day}T{m.group('hm')}"):
            _follow(text, out, i, rel.value, day)


_FOLLOW_REACH = 300  # characters on to a later bare clock time of the same stretch of story


def _follow(text: str, out: list[Timex], i: int, old: str, new: str) -> None:
    """The bare clock times after ``out[i]``, just moved from day ``old`` to ``new``, that were on ``old`` too,
    with no day said between ("handed over at about 4:30 p.m. and flown to Bamako that night"; "stopped
    transmitting at 03:17 GMT. Engineers regained contact at 09:05 GMT"): the same day as it (in place)."""
    last = out[i].end
    for t in out[i + 1:]:
        if t.start - last > _FOLLOW_REACH:
            break
        m = _clock_parts(t)
        if m is None:
            if t.type == "DATE" and _DAY.match(t.value):
                break  # the story names a day of its own
            continue
        if m.group("day") != old or _FUTURE.search(_clause_before(text, t.start)):
            break
        t.revalue(f"{new}T{m.group('hm')}")
        last = t.end
