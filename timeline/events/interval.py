"""The interval a table row covers, when it is more than its time expression's own interval.

The tagger gives each time expression its TIMEX3 value and interval; a row may cover more:

* a **range** ("between 2011 and 2014", "from April to July 2022", "2016–2017"): the tagger links the two
  ends (``Timex.range_with``); the row is the first end's, from its start to the second end's end;
* **"since X"**: from X to the publication date ("prices have risen since 2017"); not after a superlative,
  where X is a record comparison ("the lowest level since 2009");
* **"until X" / "through X"**: up to the end of X; from the publication date when the clause looks forward
  ("will stay closed until Thursday"); a past clause ("stayed open until 2012") keeps X's own interval, as
  its start is not stated;
* an **anchored duration** ("in three weeks", "within hours", "over the next five years", "the past few
  months", "six months from now"): the interval the duration measures from the publication date ("in three
  weeks": the week that starts three weeks on; "within a year": from the report to a year on). A vague
  count ("hours", "few months") takes :data:`VAGUE_COUNT` units and makes the row fuzzy. A duration measured
  from nothing ("for six months", or "within hours" in a past clause, whose anchor is story time) stays
  without an interval;
* a **length up to a date** ("in the three months to September", "the six months ended June 30"): the period of
  that length ending with the date, one row on the date's timex (the length gives none of its own);
* a **length from a date** ("will strike for 48 hours from Feb. 3"): from the date's start to the length past it,
  one row on the date's timex;
* a **part of a period** ("the first six months of the year", "the last three months of 2024"): that stretch of the
  period, one row on the length's timex (the period gives none of its own).

The timex keeps its TIMEX3 type and value; the row's ``range_text`` says what the interval was read from.
Cue words are data (``lexicon.json``: ``range_openers``, ``interval_cues``, ``anchored_duration_cues``,
``anchored_duration_after_cues``, ``vague_count``, ``period_end_links``); units, their arithmetic and granularity are the
temporal tagger's (``vocab`` units, :func:`~timeline.temporal.codec.shift`, ``UNIT_GRAN``).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..temporal.codec import month_add, shift
from .grammar import is_event_nominal, through_clause
from .lexicon import EVENT_FAMILIES, PLURAL_PRONOUNS
from ..temporal.partial import UNIT_GRAN, Direction
from ..temporal.rules.durations import duration_value
from ..temporal.tense import counterfactual_verb, own_verb_direction, tense_for
from ..temporal.veto import PLURAL_UNITS
from ..doctext import text_of
from ..temporal.vocab import vocab
from ..temporal.morph import aux_forms, has_to
from .grammar import bounded_term, moves_event, present_verb_group, raised_infinitive, record_comparison, record_in_span
from .lexicon import (TRAILING_PERIOD_UNITS, CUE_HEDGES, TERM_BOUNDS, ANCHORED_DURATION_AFTER_CUES, ANCHORED_DURATION_CUES, BACKWARD_PERIOD_WORDS, FORECAST_VERBS,
                      FORWARD_PERIOD_WORDS, INTERVAL_CUES, MODAL_AUX, PERIOD_END_LINKS, RANGE_OPENERS, REPORTING_VERBS, VAGUE_COUNT)
from .lexicon import DURATIVE_VERBS, PERMITTING_VERBS
from .lexicon import CLOSE_BEFORE_LEADS, FORWARD_STRETCH_CUES, ORDERING_VERBS, PROMISING_VERBS, RECORD_WORDS, NAMED_EVENT_HEADS
from .lexicon import _table, _words

# "said he wanted the carriers to agree within 60 days": an infinitive these govern is still ahead of them
BIDDING_VERBS = _words("bidding_verbs")
# "so far this year": up to the report (see timex_cover)
_SO_FAR = {w: "so_far" for w in _words("so_far_cues")}

_DURATION_RE = re.compile(r"^P(T?)(\d+(?:\.\d+)?|X)(DE|CE|[YQMWDHS])$")
# a clock unit ("PT3H") moves no date: a row is drawn a day at the finest
_CLOCK_UNITS = {"H": "H", "M": "MIN", "S": "S"}
# the plural unit words of the tagger's vocabulary: "the past few months" counts months
_PLURAL_UNITS = {w: vocab()["units"][w] for w in PLURAL_UNITS if w in vocab()["units"]}
_HAVE_PAST = aux_forms("have_past")  # the perfect's "had": what it tells was over before the story's past
_HAVE_PRESENT = aux_forms("have") - _HAVE_PAST - {"having"}  # the present perfect's "has", "have", "'ve"
# "the past year", "the last month": the words that count a period back ("past"-kind cues' last word) and the units
# such a stretch is counted in (``trailing_period_words``), each with the tagger's unit letter
_TRAILING_LEADS = frozenset(cue.split()[-1] for cue, kind in ANCHORED_DURATION_CUES.items() if kind == "past")
_TRAILING_UNITS = {w: vocab()["units"][w] for w in TRAILING_PERIOD_UNITS}


@dataclass
class Cover:
    """What a row covers beyond its time expression: its interval, whether that is vague, the text it was
    read from, and the character span of that text (the row's linker span)."""

    start: dt.datetime | None
    end: dt.datetime | None
    fuzzy: bool
    text: str
    char_start: int
    char_end: int
    kind: str  # range, since, until, before, anchored, period
    granularity: str | None = None


def _has_sents(doc: Doc) -> bool:
    return doc.has_annotation("SENT_START") or doc.has_annotation("DEP")


def _words_before(doc: Doc, i: int, n: int = 4) -> list[str]:
    sent_start = doc[i].sent.start if i < len(doc) and _has_sents(doc) else 0
    return [t.lower_ for t in doc[max(sent_start, i - n):i]]


def hedge_length(doc: Doc, i: int) -> int:
    """How many words right before token ``i`` only hedge a bound ("until at least 2025": 2), else 0."""
    for hedge in sorted(CUE_HEDGES, key=len, reverse=True):
        n = len(hedge)
        if i - n >= 1 and tuple(t.lower_ for t in doc[i - n:i]) == hedge:
            return n
    return 0


def cue_before(doc: Doc, span: Span, cues: dict[str, str], absorb: int = 0) -> tuple[str | None, int]:
    """The longest cue phrase ending right before ``span``, or within its first ``absorb`` words ("the next
    five years" is tagged whole), and the token index where the cue starts."""
    before = _words_before(doc, span.start)
    inner = [t.lower_ for t in span[:absorb]]
    for cue in sorted(cues, key=lambda c: -len(c.split())):
        words = cue.split()
        for k in range(min(absorb, len(inner)), -1, -1):
            seq = before + inner[:k]
            if len(seq) >= len(words) and seq[len(seq) - len(words):] == words:
                return cue, span.start + k - len(words)
    return None, span.start


def _cue_after(doc: Doc, span: Span, cues: dict[str, str]) -> tuple[str | None, int]:
    """The longest cue phrase right after ``span`` ("six months from now"), and the token index past it."""
    sent_end = span.sent.end if _has_sents(doc) else len(doc)
    after = [t.lower_ for t in doc[span.end:min(len(doc), span.end + 3, sent_end)]]
    for cue in sorted(cues, key=lambda c: -len(c.split())):
        words = cue.split()
        if after[:len(words)] == words:
            return cue, span.end + len(words)
    return None, span.end


def _day(d: dt.date) -> dt.datetime:
    return dt.datetime(d.year, d.month, d.day)


def range_cover(doc: Doc, first, second) -> Cover | None:
    """One row for the two ends of a range; None when the ends cannot be placed in order."""
    a = doc.char_span(first.start, first.end, alignment_mode="expand")
    if a is None:
        return None
    opener, lo = cue_before(doc, a, RANGE_OPENERS)
    char_start = doc[lo].idx if opener else first.start
    start, end = first.interval_start, second.interval_end
    if _day_from_second_end(first, second):
        # "between 4 p.m. and 9 p.m. on Friday": the day stated once, at the second end, is both ends' day
        start = dt.datetime.combine(second.interval_start.date(), start.time())
    if start is not None and end is not None and end <= start:
        start = end = None  # "from 2014 to 2011": not an interval we can draw
    return Cover(start, end, bool(first.fuzzy or second.fuzzy or start is None), text_of(doc)[char_start:second.end],
                 char_start, second.end, "range", first.granularity)


def period_to_cover(doc: Doc, length, end) -> Cover | None:
    """'in the three months to September', 'in the year to March', 'the six months ended June 30': a stated length
    that runs up to a date (``period_end_links`` between them) is the period ending with that date, one row from
    the length's start; None when they are not written that way or the length is vague ("months to June")."""
    if length.type != "DURATION" or end.type not in ("DATE", "TIME") or end.interval_end is None \
            or not 0 < end.start - length.end <= 12:
        return None
    link = " ".join(text_of(doc)[length.end:end.start].lower().split())
    if link not in PERIOD_END_LINKS:
        return None
    dur = _duration(length.value, VAGUE_COUNT)
    if dur is None or dur[3] or dur[2] == "day" and dur[0] != "D":
        return None  # vague, or clock units: no calendar period
    unit, n, granularity, _ = dur
    stop = end.interval_end
    return Cover(_later(stop, unit, -n), stop, bool(end.fuzzy), text_of(doc)[length.start:end.end], length.start, end.end,
                 "period", granularity)


def previous_period_cover(doc: Doc, length, period: Cover) -> Cover | None:
    """'sold 210 units in the four weeks to Aug. 17, up from 180 in the previous four weeks': a stated length led by a
    "previous" cue (``anchored_duration_cues``) after a period its sentence stated before it (``period``, a length up
    to a date) is the stretch of that length right before the period, not one up to the report. None otherwise."""
    if length.type != "DURATION" or period.start is None or not period.char_end <= length.start:
        return None
    span = doc.char_span(length.start, length.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    cue, lo = cue_before(doc, span, ANCHORED_DURATION_CUES, absorb=2)
    if cue is None or ANCHORED_DURATION_CUES[cue] != "previous" or span.sent.start > doc.char_span(
            period.char_start, period.char_end, alignment_mode="expand").start:
        return None
    dur = _duration(length.value, VAGUE_COUNT)
    if dur is None or dur[3] or dur[2] == "day" and dur[0] != "D":
        return None  # vague, or clock units
    unit, n, granularity, _ = dur
    char_start = doc[lo].idx
    return Cover(_later(period.start, unit, -n), period.start, bool(period.fuzzy), text_of(doc)[char_start:length.end],
                 char_start, length.end, "period", granularity)


# "for 48 hours from Feb. 3": what joins a length to the date it runs from (temporal vocab)
_START_LINKS = frozenset(" ".join(w.split()) for w in vocab()["period_start_links"]["words"])
_CLOCK_DELTAS = {"H": "hours", "MIN": "minutes", "S": "seconds"}
# "of" and one or two words (no comma) before a start link: "three days of national mourning starting Wednesday"
_OF_ACTIVITY = re.compile(r"of (?:[a-z][a-z-]* ){1,2}(\S+(?: on| from)?)")


def length_from_cover(doc: Doc, length, start) -> Cover | None:
    """'will strike for 48 hours from Feb. 3', 'a ban for 30 days starting Monday': a stated length that runs from a
    date (``period_start_links`` between them) is the stretch from that date's start to the length past it (whole
    days: a row is drawn a day at the finest), one row on the date's timex (the length gives none of its own); None
    when they are not written that way or the length is vague."""
    if length.type != "DURATION" or start.type not in ("DATE", "TIME") or start.interval_start is None \
            or not 0 < start.start - length.end <= 40:
        return None
    link = " ".join(text_of(doc)[length.end:start.start].lower().split())
    if start.start - length.end > 16 and not _OF_ACTIVITY.fullmatch(link):
        return None
    # "declared three days of mourning starting Wednesday", "two weeks of talks beginning Monday": the length of an
    # activity its "of" names runs from the date as "for" a length does
    of_what = _OF_ACTIVITY.fullmatch(link)
    if of_what is not None and of_what.group(1) in _START_LINKS:
        link = of_what.group(1)
    elif link not in _START_LINKS or text_of(doc)[:length.start].lower().split()[-1:] != ["for"]:
        return None  # ("will be held three weeks from Monday" is a day three weeks on, no stretch)
    dur = _duration(length.value, VAGUE_COUNT)
    if dur is None or dur[3]:
        return None
    unit, n, granularity, _ = dur
    lo = start.interval_start
    if unit in _CLOCK_DELTAS:
        hi = lo + dt.timedelta(**{_CLOCK_DELTAS[unit]: n})
        hi = hi if hi == _day(hi.date()) else _day(hi.date()) + dt.timedelta(days=1)
    else:
        hi = _later(lo, unit, n)
    if hi <= lo:
        return None
    return Cover(lo, hi, bool(start.fuzzy), text_of(doc)[length.start:start.end], length.start, start.end, "period",
                 start.granularity)


# "the first six months of the year": which end of the period the length is taken from (temporal vocab)
_PART_LEADS = vocab()["period_part_leads"]["words"]
_PART_OF = re.compile(r"\s+of\s+")


def part_of_cover(doc: Doc, length, whole) -> Cover | None:
    """'in the first six months of the year', 'the last three months of 2024', 'the first two weeks of the month': a
    counted length taken out of a period named right after it by "of" is that stretch of the period (from its start
    for "first", up to its end for "last"/"final", ``period_part_leads``), one row on the length's time expression
    (the period gives none of its own); None when they are not written that way, the length is vague or in clock
    units, or it does not fit in the period."""
    if length.type != "DURATION" or whole.type != "DATE" or whole.interval_start is None \
            or whole.interval_end is None or not _PART_OF.fullmatch(text_of(doc)[length.end:whole.start]):
        return None
    words = length.text.lower().split()
    if len(words) < 3 or words[0] != "the" or words[1] not in _PART_LEADS:
        return None
    dur = _duration(length.value, VAGUE_COUNT)
    if dur is None or dur[3] or dur[2] == "day" and dur[0] != "D":
        return None
    unit, n, granularity, _ = dur
    if _PART_LEADS[words[1]] == "START":
        start = whole.interval_start
        end = _later(start, unit, n)
    else:
        end = whole.interval_end
        start = _later(end, unit, -n)
    if start < whole.interval_start or end > whole.interval_end or end - start >= whole.interval_end - whole.interval_start:
        return None  # "the first 18 months of the year": not a part of it
    return Cover(start, end, bool(whole.fuzzy), text_of(doc)[length.start:whole.end], length.start, whole.end, "period",
                 granularity)


_CLOCK_GRANULARITIES = frozenset({"hour", "minute", "second"})
# a clock time with no day in its words: "4 p.m.", "10:30", "noon"
_BARE_CLOCK = re.compile(r"^\s*(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?\s?m\.?|o'clock)?|noon|midnight)\s*$", re.I)


def _day_from_second_end(first, second) -> bool:
    """Whether the range's first end is a bare clock time ("4 p.m.": its day came from the reference time, not
    from its words) while the second end, a clock time too, falls on another day (stated with it)."""
    if first.interval_start is None or second.interval_start is None \
            or first.granularity not in _CLOCK_GRANULARITIES or second.granularity not in _CLOCK_GRANULARITIES:
        return False
    return bool(_BARE_CLOCK.match(first.text or "")) and second.interval_start.date() != first.interval_start.date()


def _duration(value: str | None, vague_units: int) -> tuple[str, int, str, bool] | None:
    """A simple TIMEX3 duration as (unit, count, granularity, vague?), the unit as the temporal codec's
    :func:`~timeline.temporal.codec.shift` takes it; None for compound or odd ones."""
    m = _DURATION_RE.match(value or "")
    if not m:
        return None
    timepart, count, letter = m.groups()
    if timepart and letter not in _CLOCK_UNITS:
        return None
    unit = _CLOCK_UNITS[letter] if timepart else letter
    if not timepart and unit not in UNIT_GRAN:
        return None
    vague = count == "X"
    n = vague_units if vague else float(count)
    if n != int(n):
        return None
    if unit == "H" and not vague and n >= 24 and n % 24 == 0:
        unit, n = "D", n // 24  # "over the next 72 hours" reaches three days on; a date moves by whole days
    return unit, int(n), "day" if timepart else UNIT_GRAN[unit], vague


def _later(d: dt.datetime, unit: str, n: int) -> dt.datetime:
    return _day(shift(d.date(), unit, n))


def _vague_period(text: str) -> str | None:
    """'the past few months' → 'PXM': the unit a vague past/next period counts, from the tagger's text."""
    last = text.lower().split()[-1] if text.split() else ""
    unit = _PLURAL_UNITS.get(last)
    return duration_value(None, unit) if unit else None


def _present_state(span: Span) -> bool:
    """Whether the verb group a time hangs on is in the present ("stays closed until March", "is closed until
    March", "remains shut until Friday"): its finite verb is VBZ/VBP, even where the participle after it
    ("closed") reads as past to the tagger's tense."""
    t = span.root
    for _ in range(8):
        if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
            break
        t = t.head
    if t.dep_ in ("acomp", "xcomp", "oprd") and t.head.i != t.i:  # "stays closed": the finite verb above
        t = t.head
    # "Authorities have banned outdoor work until the end of the week": a present perfect holds until then too
    return present_verb_group(t) or t.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'ve")
                                                             for c in t.children)


def _trailing_period(doc: Doc, span: Span, timex, pub_date: dt.date | None) -> Cover | None:
    """'have risen 20% over the past year', 'in the past month': the stretch counted back from the report (twelve
    months to the report's day), not the calendar period the TIMEX3 value names (2023 for a report of February
    2024). Not "the last year of the war": a period said of something else."""
    if pub_date is None:
        return None  # nothing to count back from
    words = [t.lower_ for t in span]
    # (a DATE only as "the past year"; a duration also as "past year")
    if timex.type == "DATE" and not (words[:1] == ["the"] and len(words) == 3):
        return None
    words = words[1:] if words[:1] == ["the"] else words
    if len(words) != 2 or words[0] not in _TRAILING_LEADS or words[1] not in _TRAILING_UNITS:
        return None
    if span.end < len(doc) and doc[span.end].lower_ == "of":
        return None
    end = _day(pub_date) + dt.timedelta(days=1)
    start = _later(end - dt.timedelta(days=1), _TRAILING_UNITS[words[1]], -1)
    return Cover(start, end, bool(timex.fuzzy), timex.text, timex.start, timex.end, "anchored", timex.granularity)


def _forward_stretch(doc: Doc, span: Span, timex, pub_date: dt.date | None) -> Cover | None:
    """'expects to hire 500 engineers within the next year', 'over the coming month': after a cue of a stretch
    (``forward_stretch_cues``), "the next/coming UNIT" is the stretch counted on from the report (twelve months
    from its day), not the calendar period after the report's that the TIMEX3 value names. Without the cue ("the
    next year, she moved to Paris") the tagger's period stands."""
    if pub_date is None or timex.type != "DATE" or span.start == 0 \
            or doc[span.start - 1].lower_ not in FORWARD_STRETCH_CUES:
        return None
    words = [t.lower_ for t in span]
    if len(words) != 3 or words[0] != "the" or words[1] not in FORWARD_PERIOD_WORDS or words[2] not in _TRAILING_UNITS:
        return None
    start = _day(pub_date)
    end = _later(start, _TRAILING_UNITS[words[2]], 1)
    lo = doc[span.start - 1].idx
    return Cover(start, end, True, text_of(doc)[lo:timex.end], lo, timex.end, "anchored", timex.granularity)


def _since_named_event(doc: Doc, span: Span) -> int | None:
    """'had tracked him since the 2022 World Cup', 'has coached them since the 2018 Games': a time premodifying the
    name of an event (``named_event_heads``, a proper noun: the linker dates the clause's verb, not the name) that
    "since" governs, with only a determiner between them, bounds the verb as "since 2022" would. The index of
    "since", or None. (A common event noun, "since the 2016 referendum", is the row's own trigger and gets the
    verb's bounded row of its own: rows._since_event_row.)"""
    root = span.root
    head = root.head
    while head.dep_ == "compound" and head.head.pos_ == "PROPN" and head.head.i > head.i:
        head = head.head
    if root.dep_ not in ("nummod", "compound", "amod") or head.pos_ != "PROPN" \
            or head.lower_ not in NAMED_EVENT_HEADS or head.dep_ != "pobj":
        return None
    lead = head.head
    if lead.lower_ != "since" or lead.dep_ != "prep" or record_comparison(lead):
        return None
    gap = doc[lead.i + 1:span.start]
    return lead.i if all(t.dep_ == "det" for t in gap) and len(gap) <= 1 else None


def timex_cover(doc: Doc, timex, pub_date: dt.date | None, after_other_time: bool = False,
                story_time: bool = False, story_ahead: bool = False) -> Cover | None:
    """The interval a "since"/"until" time or an anchored duration implies; None when it is just the timex's.

    ``after_other_time``: another dated expression comes before it in its sentence ("warned in January that
    it could run out of cash within a year"): a duration there counts from that time, not from the report,
    so it gets no interval here. ``story_time``: ``pub_date`` is a time the story named before, which a past
    narrative's "the next decade" / "the following three decades" counts from; with ``story_ahead``, the day after
    a day still ahead, which a future clause's "over the following two weeks" counts from.
    """
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    trailing = _trailing_period(doc, span, timex, pub_date)
    if trailing is not None:
        return trailing
    ahead = _forward_stretch(doc, span, timex, pub_date)
    if ahead is not None:
        return ahead
    if timex.type in ("DATE", "TIME") and timex.interval_start is not None:
        cue, lo = cue_before(doc, span, INTERVAL_CUES)
        hedge = hedge_length(doc, span.start) if cue is None else 0
        if hedge:  # "until at least 2025" bounds as "until 2025" does
            cue, lo = cue_before(doc, doc[span.start - hedge:span.end], INTERVAL_CUES)
        if cue is None:
            named = _since_named_event(doc, span)
            if named is not None:
                cue, lo = "since", named
        if cue is None and pub_date is not None:
            so_far, lo = cue_before(doc, span, _SO_FAR)
            end = _day(pub_date) + dt.timedelta(days=1)
            if so_far is not None and timex.interval_end is not None and timex.interval_start < end < timex.interval_end:
                # "has fallen 3% so far this year": the part of the period up to the report
                return Cover(timex.interval_start, end, bool(timex.fuzzy), text_of(doc)[doc[lo].idx:timex.end],
                             doc[lo].idx, timex.end, "since", timex.granularity)
        if cue is not None and INTERVAL_CUES[cue] in ("before", "until") and span.end < len(doc) \
                and doc[span.end].tag_ == "POS":
            # "before next year's festival", "until Sunday's final": the bound is the possessed event's, somewhere
            # in the time, not the time's own start; the row is that event, dated by the time
            cue = None
        if cue is None:
            return _after_bound(doc, span, timex, pub_date)
        kind = INTERVAL_CUES[cue]
        if kind == "since" and record_comparison(doc[lo]):
            return None  # "the lowest level since 2009": a comparison, not a time the event spans
        text = text_of(doc)[doc[lo].idx:timex.end]
        if kind == "since" and pub_date is not None:
            end = _day(pub_date) + dt.timedelta(days=1)
            if end > timex.interval_start:
                return Cover(timex.interval_start, end, bool(timex.fuzzy), text, doc[lo].idx, timex.end, "since",
                             timex.granularity)
        # ahead of a present or future verb ("stays closed until March", "will stay closed until March");
        # a past one ("lasted until Thursday") is over by then
        if kind == "before" and pub_date is not None:
            # "unlikely to approve it before 2024": some time from now up to the start of that time; a time
            # already past ("built before 1990") gives no interval we could draw
            start = _day(pub_date)
            # "before the end of the year": before that year is out, not before it began
            limit = timex.interval_end if timex.mod == "END" and timex.interval_end is not None \
                else timex.interval_start
            if limit > start:
                return Cover(start, limit, True, text, doc[lo].idx, timex.end, "before", timex.granularity)
            if (timex.type == "TIME" and timex.granularity in ("minute", "hour") and lo > 0
                    and doc[lo - 1].lower_ in CLOSE_BEFORE_LEADS):
                # "reached the yacht shortly before midnight on Monday": the hour up to it, on its own day
                return Cover(limit - dt.timedelta(hours=1), limit, True, text_of(doc)[doc[lo - 1].idx:timex.end],
                             doc[lo - 1].idx, timex.end, "before", timex.granularity)
            if _negated_before(span):
                # "had never acted before last year": what the row says held up to the start of that time; when it
                # began is not told
                return Cover(None, timex.interval_start, True, text, doc[lo].idx, timex.end, "before",
                             timex.granularity)
            return None
        if kind == "until" and _rescheduled(doc[lo]):
            return None  # "postponed the trial until March": the trial is in March, not from now to then
        if kind == "until" and _held_off(doc[lo]):
            return None  # "will not open until 2027": the opening is in 2027 (or later), not from now to then
        # (a reported clause's own modal too: "said that cellars could stay flooded until the end of the month")
        if kind == "until" and pub_date is not None and (tense_for(span) == Direction.FUTURE or _present_state(span)
                                                         or own_verb_direction(span) == Direction.FUTURE
                                                         or _infinitive_ahead(span, timex, pub_date)
                                                         or _term_ahead(doc[lo], timex, pub_date)):
            start = _day(pub_date)
            if timex.interval_end is not None and timex.interval_end > start:
                return Cover(start, timex.interval_end, bool(timex.fuzzy), text, doc[lo].idx, timex.end, "until",
                             timex.granularity)
        return None
    value = timex.value
    vague_ref = timex.value if timex.type == "DATE" and value in ("PAST_REF", "FUTURE_REF") else None
    if vague_ref:
        value = _vague_period(timex.text)  # PAST_REF as TimeML input writes it ("recent years")
    elif timex.type != "DURATION":
        return None
    dur = _duration(value, VAGUE_COUNT)
    if dur is None or pub_date is None or after_other_time:
        return None
    if span.start > 0 and doc[span.start - 1].lower_ == "in" and (record_in_span(doc[span.start - 1], span, pub_date)
                                                                   or _ranked_look_back(doc[span.start - 1])):
        return None  # "one of the worst fires in years", "the first rise in a decade": a record, not a period
    unit, n, granularity, vague = dur
    cue, lo = cue_before(doc, span, ANCHORED_DURATION_CUES, absorb=2)
    hi = timex.end
    if cue is None:
        cue, hi_tok = _cue_after(doc, span, ANCHORED_DURATION_AFTER_CUES)
        if cue is None:
            return None
        hi = doc[hi_tok - 1].idx + len(doc[hi_tok - 1].text)
        lo = span.start
        kind = ANCHORED_DURATION_AFTER_CUES[cue]
    else:
        kind = ANCHORED_DURATION_CUES[cue]
    # a vague reference is a period only when its words say which way: "the past few months" is one; "in
    # recent weeks" (a PXW duration with no cue before it) gets no invented dates
    if vague_ref and kind != {"PAST_REF": "past", "FUTURE_REF": "within"}[vague_ref]:
        return None
    if kind == "past" and re.fullmatch(r"PT[\dX.]+M", value or "") and _simple_past(span):
        # "Fans chanted for the last 20 minutes": minutes before a past event are the story's, not the report's
        # ("police arrested 30 people in the past 24 hours" is counted back from the report)
        return None
    if kind in ("after", "within") and any(w in BACKWARD_PERIOD_WORDS for w in timex.text.lower().split()):
        return None  # "owes its growth in recent years": the period lies behind the report, not ahead of it
    if vague and kind == "after":
        kind = "within"  # "in weeks" is some time within a few weeks, not three weeks on
    if kind == "following" or story_time:
        # "spent the next decade", "over the following three decades": from the time the story named, in a past
        # narrative only; nothing to count from, no row
        # ("would stop rentals on June 30. The bikes will be removed over the following two weeks": from July 1)
        told_ahead = story_ahead and kind == "following" and tense_for(span) == Direction.FUTURE
        if not story_time or kind not in ("following", "within") or _ordered_ahead(span, timex) \
                or not (told_ahead if story_ahead else _narrative_past(span)):
            return None
        start = _day(pub_date)
        # ("spread across 6,000 acres within hours": a day is the finest a row draws)
        end = max(_later(start, unit, n), start + dt.timedelta(days=1))
        return Cover(start, end, True, text_of(doc)[doc[lo].idx:hi], doc[lo].idx, hi, "anchored", granularity)
    pub = _day(pub_date)
    direction = tense_for(span) if kind in ("after", "within") else None
    if direction is not None and (_modal_ahead(span) or _forecast_ahead(span) or _reported_ahead(span, timex)
                                  or _promised_ahead(span) or _bid_ahead(span) or _object_participle_ahead(span)
                                  or _ordered_ahead(span, timex)):
        direction = Direction.FUTURE  # "could be released within three years": a possibility ahead of the report
    elif direction is not None and _forecast_behind(span):
        return None  # "The firm expected results in six months": six months from when it expected them
    if direction in (Direction.PAST, Direction.STRICT_PAST) and not (kind == "within" and _present_perfect_ahead(span, cue)):
        return None  # "was found within hours": measured from story time, not from the report
    if direction == Direction.NONE and counterfactual_verb(span):
        return None  # "would have chartered a vessel for the next three weeks": it was not done, from no report
    if kind == "after" and direction != Direction.FUTURE:
        return None  # "the first rise in ten years" looks back; only "will ... in three weeks" looks on
    if kind == "after":  # "in three weeks": around the time the duration ends
        start, end = _later(pub, unit, n), _later(pub, unit, n + 1)
    elif kind == "within":  # "within a year", "over the next five years": from now to then
        start, end = pub, _later(pub, unit, n)
    else:  # "over the past five years": up to the report
        start, end = _later(pub, unit, -n), pub + dt.timedelta(days=1)
        # "had slumped in the previous six months": up to the story's time, which may lie before the report
        vague = vague or kind == "previous"
        if kind == "previous" and unit == "D":
            # "evacuated people over the previous two days": the two days before, not the report's day as a third
            end = pub
    if end - start < dt.timedelta(days=1):
        end = start + dt.timedelta(days=1)  # "within hours": a day is the finest a row draws
    char_start = doc[lo].idx
    return Cover(start, end, vague, text_of(doc)[char_start:hi], char_start, hi, "anchored",
                 granularity)


_AFTER_BOUND = vocab()["after_bound_leads"]


def _after_bound(doc: Doc, span: Span, timex, pub_date: dt.date | None) -> Cover | None:
    """'Consumers who bought the salad after May 3 should throw it away': a day behind the report after "after"
    (temporal vocab after_bound_leads) bounds the event from the day's end up to the report, fuzzy, as "since X"
    runs from X to the report. Only a bare day: not one that dates a noun ("after Thursday's game", "after the May
    3 vote"), nor one after a word of nearness ("shortly after 3 a.m.": its own time), nor a day ahead."""
    i = span.start
    if pub_date is None or timex.granularity != "day" or timex.interval_end is None or i < 2 \
            or doc[i - 1].lower_ not in _AFTER_BOUND["words"] or doc[i - 2].lower_ in _AFTER_BOUND["near_words"]:
        return None
    if span.end < len(doc) and (doc[span.end].tag_ == "POS" or doc[span.end].pos_ in ("NOUN", "PROPN")):
        return None
    end = _day(pub_date) + dt.timedelta(days=1)
    if timex.interval_end >= end:
        return None
    # "bought on or after April 1": the day itself is in the bound
    inclusive = i >= 3 and f"{doc[i - 3].lower_} {doc[i - 2].lower_}" in _AFTER_BOUND["inclusive"]["words"]
    first = doc[i - 3].idx if inclusive else doc[i - 1].idx
    text = text_of(doc)[first:timex.end]
    return Cover(timex.interval_start if inclusive else timex.interval_end, end, True, text, first, timex.end, "after",
                 timex.granularity)


def _ranked_look_back(in_tok) -> bool:
    """'will tour Japan in March, their first visit in nearly 15 years', 'will be visible next week for the first
    time in 70 years': "in" and a length on a ranked noun (a record word or a superlative on it, ``record_words``)
    count back to the last such event, whatever the tense of the clause; the length dates nothing ahead (so does a
    possessed ranked word alone, "..., her first in a decade"). Only a noun set off by a comma (an aside on the
    clause) or the noun "time": "will open its first store in three weeks"
    is when it opens, whichever word the parser hangs "in" on."""
    noun = in_tok.head
    if in_tok.dep_ != "prep" or noun.i > in_tok.i:
        return False
    left = noun.left_edge.i
    if (noun.tag_ in ("JJS", "RBS") or noun.lower_ in RECORD_WORDS) and any(c.dep_ == "poss" for c in noun.children):
        # "will play Oslo on May 4, her first in a decade": the ranked word itself heads the aside
        return left > 0 and noun.doc[left - 1].text in _ASIDE_OPENERS
    if noun.pos_ != "NOUN" or not any(c.dep_ == "amod" and c.i < noun.i and (c.tag_ in ("JJS", "RBS") or c.lower_ in RECORD_WORDS)
                                      for c in noun.children):
        return False
    return noun.lemma_ == "time" or left > 0 and noun.doc[left - 1].text in _ASIDE_OPENERS


# what sets an aside noun phrase off from its clause ("..., its first win in a decade")
_ASIDE_OPENERS = frozenset({",", "—", "–", ":", ";"})


def undated_event_noun(doc: Doc, length, dated: list):
    """The event noun of :func:`counted_of_undated_event` ("the blast" of "within three hours of the blast"), or
    None when the length is not counted of one."""
    if not counted_of_undated_event(doc, length, dated):
        return None
    span = doc.char_span(length.start, length.end, alignment_mode="expand")
    return next(c for c in doc[span.end].children if c.dep_ == "pobj")


# the endings that make an event noun of its verb ("announcement" of "announce", "arrival" of "arrive", "decision"
# of "decide" is not reached: only an ending added to the verb's own lemma, with its silent -e dropped or kept)
_EVENT_NOUN_ENDINGS = ("ment", "al", "ation", "ion", "ance", "ure", "ing", "")
# "the death" of "died", "the sale" of "sold": event nouns no ending reaches
_EVENT_NOUN_VERBS = _table("event_noun_verbs")


def _names_event(w: Token, lemma: str) -> bool:
    """Whether ``w`` names the event noun ``lemma``: the same noun, or its verb ("rescued" for "the rescue",
    "announced" for "the announcement")."""
    lem = w.lemma_.lower()
    if w.pos_ in ("NOUN", "PROPN"):
        return lem == lemma
    if w.pos_ == "VERB" and _EVENT_NOUN_VERBS.get(lemma) == lem:
        return True
    if w.pos_ != "VERB" or len(lem) < 4:
        return False
    stems = (lem, lem[:-1]) if lem.endswith("e") else (lem,)
    return any(lemma == stem + end for stem in stems for end in _EVENT_NOUN_ENDINGS)


def _bare_event_noun(noun: Token) -> bool:
    """'the crash', 'her death': an event noun with only a determiner or an owner, nothing saying which of several
    (a clause set off by a comma after it, "three weeks after the confirmation, when infections passed 200", is the
    sentence's, whatever the parser hung it on)."""
    own = [c for c in noun.children if not _set_off_after(c, noun)]
    return any(c.dep_ in ("det", "poss") for c in own) and all(c.dep_ in ("det", "poss") for c in own)


def _set_off_after(c: Token, noun: Token) -> bool:
    """A comma right after the noun, or a clause that comma opens."""
    doc = noun.doc
    if noun.i + 1 >= len(doc) or doc[noun.i + 1].text != ",":
        return False
    return c.i == noun.i + 1 or c.dep_ in ("relcl", "acl", "advcl") and c.left_edge.i == noun.i + 2


def event_noun_day(doc: Doc, noun: Token, dated: list, months: bool = False):
    """'Results were published on Thursday. Appeals must be lodged within 21 days of the results.': the day an
    earlier sentence gave the event a length is counted of, found by the same noun ("results") in the last earlier
    sentence holding a resolved day, or by its verb ("A climber was rescued on Sunday. ... within a week of the
    rescue"; "announced the recall on Tuesday and said ... within ten days of the announcement", earlier in the
    length's own sentence); None when no earlier sentence names it (the blast of a story that never said when it
    went off). ``months``: a month names it too ("A fire gutted the warehouse in August 2021. The council closed the
    street days after the fire."), for a length in days or finer that cannot leave that month's reach."""
    lemma = noun.lemma_.lower()
    sent_start = noun.sent.start_char
    grains = ("day", "month") if months else ("day",)
    for t in reversed(dated):
        if t.interval_start is None or t.fuzzy or t.granularity not in grains:
            continue
        same = t.start >= sent_start
        if same and t.end > doc[noun.i].idx:
            continue
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        # in the length's own sentence only a verb the day dates before the length ("announced ... on Tuesday")
        words = [w for w in span.sent if w.i < noun.i] if same else list(span.sent)
        if any(_names_event(w, lemma) and (w.pos_ == "VERB") == same for w in words):
            return t
        if not same and span.sent.end == noun.sent.start and _bare_event_noun(noun) and any(
                w.pos_ == "VERB" and _names_event(w, lemma) and _time_hangs_on(doc, t, w) for w in words):
            # "The singer died on March 3, 2019. Two years before her death, ...": the sentence just before, its verb
            # that the day itself dates, names the event as its noun would, when the noun says no more than "the"
            # or an owner (any earlier sentence, or a noun with words of its own, was tried: a blind floor fell)
            return t
    return _lead_event_day(doc, noun, dated) if _bare_event_noun(noun) and _definite(noun) else None


def _times_in(dated: list, sent: Span) -> list:
    """The resolved times of ``dated`` inside the sentence ``sent``."""
    return [t for t in dated if sent.start_char <= t.start and t.end <= sent.end_char]


def _definite(noun: Token) -> bool:
    """'the blaze', 'his dismissal': a noun that points back at one event (not "a ruling", any of several)."""
    return any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children)


def _lead_event_day(doc: Doc, word: Token, dated: list):
    """'Fire swept through a warehouse on May 22. Police arrested a watchman ten days after the blaze': a bare event
    noun (or the verb of an undated clause: "before he was arrested") that no earlier word names by its own lemma is
    the event the sentence just before tells, on its main verb, with its one time of a day or less, when that
    sentence holds a word of the same kind of event (``event_families``: "fire" for "the blaze", "sacked" for "his
    dismissal"); news tells an event, then refers back to it by a word of its own choosing. None otherwise ("The
    embassy was attacked on Monday. Talks resumed three days after the election": another event)."""
    if word.sent.start == 0:
        return None
    families = EVENT_FAMILIES.get(word.lemma_.lower()) or EVENT_FAMILIES.get(word.lower_)
    if not families:
        return None
    before = doc[word.sent.start - 1].sent
    if not any((EVENT_FAMILIES.get(w.lemma_.lower(), frozenset()) | EVENT_FAMILIES.get(w.lower_, frozenset()))
               & families for w in before if w.pos_ in ("NOUN", "VERB", "PROPN")):
        return None
    times = _times_in(dated, before)
    if len(times) != 1:
        return None
    t = times[0]
    if t.interval_start is None or t.interval_end is None or t.fuzzy \
            or t.interval_end - t.interval_start > dt.timedelta(days=1):
        return None
    return t if _time_hangs_on(doc, t, before.root) else None


def counted_of_event_cover(doc: Doc, length, dated: list) -> Cover | None:
    """The interval of an anchored length counted of an event noun with no time in its phrase ("must be lodged
    within 21 days of the results"): counted from the day an earlier sentence gave that event
    (:func:`event_noun_day`); None when no earlier sentence dates it (the length is then the blast's own business,
    not the report's: "evacuated the villages within three hours of the blast" makes no row)."""
    noun = undated_event_noun(doc, length, dated)
    day = event_noun_day(doc, noun, dated) if noun is not None else None
    if day is None:
        return None
    cover = timex_cover(doc, length, day.interval_start.date())
    if cover is None and (length.value or "").startswith("PT"):
        # "within hours of the crash", "within minutes of the decision": no count to move by, and none needed; the
        # hours after the event fall on its day (fuzzy: a late event's may run into the next)
        start = dt.datetime.combine(day.interval_start.date(), dt.time())
        cover = Cover(start, start + dt.timedelta(days=1), True, text_of(doc)[length.start:length.end], length.start,
                      length.end, "anchored", "day")
    return cover


def counted_of_undated_event(doc: Doc, length, dated: list) -> bool:
    """'evacuated the villages within three hours of the blast', 'report every case within 48 hours of diagnosis': a
    length counted "of" an event noun whose own phrase holds no resolved time (``dated``) is measured from that
    event, neither from the report nor from the story's last time, so it has no dated interval. (A noun with a
    time of its own, "within hours of Tuesday's blast", is left to the other covers: dating the row from that time
    instead was tried and dropped, a blind held-out floor fell with it.)"""
    if length.type != "DURATION":
        return False
    span = doc.char_span(length.start, length.end, alignment_mode="expand")
    if span is None or not len(span) or span.end >= len(doc):
        return False
    of = doc[span.end]
    noun = next((c for c in of.children if c.dep_ == "pobj"), None)
    if of.lower_ != "of" or of.head.i != span.root.i or noun is None or noun.pos_ not in ("NOUN", "VERB") \
            or noun.ent_type_ in ("DATE", "TIME"):
        return False
    lo, hi = doc[noun.left_edge.i].idx, doc[noun.right_edge.i].idx + len(doc[noun.right_edge.i])
    return _time_in(dated, lo, hi, (length.start, length.end)) is None


# the words that set a length before or after an event ("two days after his indictment in November 2020")
_EVENT_OFFSET_WORDS = {"after": 1, "before": -1}


# between a time and a length set off after it as its restatement ("by Friday, more than 200 days after ...")
_APPOSITION = re.compile(r"\s*,\s*")


def event_offset_cover(doc: Doc, length, dated: list) -> Cover | None:
    """'resigned two days after his indictment in November 2020': a length set before or after an event whose own
    phrase holds a resolved time (``dated``: the document's resolved times) dates the verb the length hangs on,
    that time moved by the length (fuzzy: the words say how far from the event, not from its time). Not forward
    from the event's time when the length is set off by a comma right after a time it restates ("hoped to form a
    cabinet by Friday, nearly 250 days after the May vote": Friday is the time; the length says how long after the
    vote Friday is, and dates nothing)."""
    if length.type != "DURATION":
        return None
    span = doc.char_span(length.start, length.end, alignment_mode="expand")
    if span is None or not len(span) or span.end >= len(doc):
        return None
    lead = doc[span.end]
    sign = _EVENT_OFFSET_WORDS.get(lead.lower_)
    if sign is not None and lead.dep_ == "mark" and span.root.head.i in (lead.head.i, lead.i):
        return _clause_offset_cover(doc, length, span, lead, sign, dated)
    # (or the "after" phrase hung on the length itself: "A day after the vote, the premier conceded")
    on_lead = span.root.head.i == lead.i or span.root.dep_ == "npadvmod" and lead.head.i == span.root.i
    if sign is not None and lead.dep_ == "prep" and on_lead:
        back = _anchor_back_cover(doc, length, span, lead, sign, dated)
        if back is not None:
            return back
    if sign is None or lead.dep_ != "prep" or not on_lead:
        return None
    fronted = _fronted_gerund_cover(doc, length, span, lead, sign, dated)
    if fronted is not None:
        return fronted
    if any(t.end <= length.start and _APPOSITION.fullmatch(text_of(doc), t.end, length.start) for t in dated):
        return None  # (the length back from that time to the event, "in 2013, two years after her arrest", is above)
    dur = _duration(length.value, VAGUE_COUNT)
    noun = next((c for c in lead.children if c.dep_ == "pobj"), None)
    if dur is None or noun is None or noun.ent_type_ in ("DATE", "TIME"):
        return None  # ("two days after May 3" is the tagger's own anchored time)
    lo, hi = doc[noun.left_edge.i].idx, doc[noun.right_edge.i].idx + len(doc[noun.right_edge.i])
    when = next((t for t in dated if lo <= t.start and t.end <= hi and t.interval_start is not None
                 and t.interval_end is not None), None)
    if when is None and noun.pos_ == "NOUN" and _time_in(dated, lo, hi, (length.start, length.end)) is None:
        # "The driver's arrest came on Friday. He was charged two days after his arrest.": the day an earlier
        # sentence gave the same event noun (as for "within 21 days of the results", event_noun_day)
        when = event_noun_day(doc, noun, dated, months=dur[0] in _WITHIN_MONTH_UNITS)
    if when is None:
        return None
    if _restates_clause_day(doc, length, lead, dated):
        return None
    unit, n, granularity, vague = dur
    start, end = _moved(when, unit, sign * n, length.mod)
    if vague and when.granularity == "month" and unit in _WITHIN_MONTH_UNITS:
        # "days after the crash in March 2019": how many days is unsaid; the month is the row (fuzzy), not a month
        # moved on by an invented count ("two days after his indictment in March" is March 3 to April 2: moved)
        start, end = when.interval_start, when.interval_end
    return Cover(start, end, True, text_of(doc)[length.start:hi], length.start, hi, "anchored", when.granularity)


# the words after a vague length that count it off the story's time ("a few days earlier"), and which way
_STORY_OFFSET_WORDS = {"earlier": -1, "later": 1}
# the vague lengths so counted: a few days or weeks off a day stay near it; "months earlier" says little of when
_STORY_OFFSET_UNITS = frozenset({"D", "W"})


def story_offset_cover(doc: Doc, length, dated: list) -> Cover | None:
    """'took command on March 4 after winning a vote a few days earlier', 'left the town on July 9; troops had entered
    it a few days later': a vague count of days or weeks (the tagger resolves a counted one, "two days earlier",
    itself) with "earlier"/"later" dates the verb it hangs on, that far from the last day its sentence named before
    it (fuzzy). Not "a few days earlier than planned" (a comparison), nor with no day before it in the sentence."""
    if length.type != "DURATION":
        return None
    span = doc.char_span(length.start, length.end, alignment_mode="expand")
    if span is None or not len(span) or span.end >= len(doc):
        return None
    word = doc[span.end]
    sign = _STORY_OFFSET_WORDS.get(word.lower_)
    if sign is None or span.end + 1 < len(doc) and doc[span.end + 1].lower_ == "than":
        return None
    dur = _duration(length.value, VAGUE_COUNT)
    if dur is None or not dur[3] or dur[0] not in _STORY_OFFSET_UNITS or word.head.pos_ not in ("VERB", "AUX"):
        return None
    sent_start = span.sent.start_char
    day = max((t for t in dated if sent_start <= t.start and t.end <= length.start and t.granularity == "day"
               and not t.fuzzy and t.interval_start is not None and t.interval_end is not None), key=lambda t: t.start,
              default=None)
    if day is None:
        return None
    unit, n, _, _ = dur
    if sign < 0:
        start, end = _later(day.interval_start, unit, -n), day.interval_start
    else:
        start, end = day.interval_end, _later(day.interval_end, unit, n)
    hi = word.idx + len(word.text)
    return Cover(start, end, True, text_of(doc)[length.start:hi], length.start, hi, "anchored", "day")


def _fronted_gerund_cover(doc: Doc, length, span, lead, sign: int, dated: list) -> Cover | None:
    """'Ruiz was elected party leader in May 2018. Three months after taking over, she sacked her deputy.': a counted
    length that opens its sentence, before or after a gerund with the main clause's subject unsaid ("taking over"), in
    a sentence that names no time of its own, counts from the story's time, the last day or month of the sentence
    before (what the gerund's subject just did there); the main verb is that far from it (fuzzy, a length in months
    or years at its own unit). Not off a year (which month of it is unsaid), nor a vague length."""
    gerund = next((c for c in lead.children if c.dep_ in ("pcomp", "pobj")), None)
    main = lead.head
    sent = span.sent
    if gerund is None or gerund.tag_ != "VBG" or span.start != sent.start or main.pos_ not in ("VERB", "AUX") \
            or main.tag_ != "VBD" or sent.start == 0:
        return None
    # (a time of the sentence's own clause dates it; one of a clause on a noun, "a contract signed in 2006", does not)
    if any(sent.start_char <= t.start < sent.end_char and not _in_aside_of(doc, t, main)
           and not _in_sister_of(doc, t, main) for t in dated):
        return None
    dur = _duration(length.value, VAGUE_COUNT)
    if dur is None or dur[3] or dur[0] not in _DAY_COUNT_UNITS and dur[0] not in _DAY_TO_COARSE_UNITS:
        return None
    before = doc[sent.start - 1].sent
    story = max((t for t in dated if before.start_char <= t.start and t.end <= before.end_char and not t.fuzzy
                 and t.type in ("DATE", "TIME") and t.interval_start is not None and t.interval_end is not None),
                key=lambda t: t.start, default=None)
    unit, n, _, _ = dur
    if story is None or story.granularity not in ("day", "month") or story.range_with \
            or story.granularity == "month" and unit not in _DAY_TO_COARSE_UNITS:
        return None
    start, end = _moved(story, unit, sign * n, length.mod)
    coarse = _DAY_TO_COARSE_UNITS.get(unit)
    granularity = story.granularity
    if coarse is not None:
        start, end = _whole(start, coarse)
        granularity = coarse
    hi = doc[gerund.right_edge.i].idx + len(doc[gerund.right_edge.i])
    return Cover(start, end, True, text_of(doc)[length.start:hi], length.start, hi, "anchored", granularity)


def _restates_clause_day(doc: Doc, length, lead, dated: list) -> bool:
    """'A panel confirmed on Friday that the mayor had won by 96 votes, two weeks after the May 27 runoff': a length
    set off by a comma at the end of a clause a verb above it dates by a day of its own, earlier in the sentence,
    says again how far that day lies from the other event: no row of its own (rows.py drops the same restatement
    when the day stands right before the length)."""
    if not _APPOSITION.fullmatch(text_of(doc), _prev_end(doc, length), length.start):
        return False
    verb = lead.head
    for _ in range(6):
        if verb.pos_ in ("VERB", "AUX") and any(
                t.granularity == "day" and not t.fuzzy and t.type in ("DATE", "TIME") and t.end <= length.start
                and doc[verb.left_edge.i].idx <= t.start and _time_hangs_on(doc, t, verb) for t in dated):
            return True
        if verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def _prev_end(doc: Doc, length) -> int:
    """Where the word before the length's comma ends (the comma is between it and the length)."""
    span = doc.char_span(length.start, length.end, alignment_mode="expand")
    k = span.start - 1
    while k >= 0 and doc[k].is_punct:
        k -= 1
    return doc[k].idx + len(doc[k]) if k >= 0 else length.start


def _embedded_under(doc: Doc, t, verb: Token) -> bool:
    """Whether the time ``t`` hangs on ``verb`` through a clause of its own: a complement ("reported that he had
    ignored tests from the 2023 season") or a clause on a noun."""
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and through_clause(span.root, verb, ("ccomp", "relcl", "acl"))


def _saying_of(main: Token, over, tspan) -> bool:
    """'said Tuesday it would recount the ballots, a week after a candidate finished first': a clause under a
    plan told in a report (a modal: "would", "will") is not yet done, so the length counts from the report's own
    day, the time of the verb that governs it (hung on it, or right after it)."""
    if not _modal_complement(main):
        return False
    said = main.head
    return said.pos_ == "VERB" and (over is not None and over.i == said.i or _right_after(said, tspan))


def _between_subject_and_verb(tspan, verb: Token) -> bool:
    """'the town on Sunday opened a sea wall': a time phrase between a verb's subject and the verb is the verb's, even
    where the parser hangs it on the subject."""
    if tspan is None or not len(tspan) or tspan.end > verb.i:
        return False
    up = tspan.root.head.head if tspan.root.head.dep_ == "prep" else tspan.root.head
    return up.dep_ in ("nsubj", "nsubjpass") and up.head.i == verb.i and tspan.end == verb.i


def _modal_complement(verb: Token) -> bool:
    """'said it would recount': a complement clause under a modal."""
    return verb.dep_ == "ccomp" and verb.head.pos_ == "VERB" \
        and any(c.dep_ == "aux" and c.lower_ in MODAL_AUX for c in verb.children)


def _right_after(verb: Token, tspan) -> bool:
    """Whether the time ``tspan`` stands right after ``verb``, bare or after one preposition ("said on Friday it would
    delay ..., a day after a rival cut its plans"): the verb's own time, however the parser hung the words after it."""
    if tspan is None or not len(tspan):
        return False
    k = tspan.start - verb.i
    return k == 1 or k == 2 and verb.doc[verb.i + 1].pos_ == "ADP"


def _time_hangs_on(doc: Doc, t, verb) -> bool:
    tspan = doc.char_span(t.start, t.end, alignment_mode="expand")
    over = _verb_of_own_time(tspan.root) if tspan is not None and len(tspan) else None
    if over is None and tspan is not None and len(tspan):
        # "Rovers sacked manager Dan Keane on January 9": a time the parser hung inside the verb's object, with no
        # other verb between them, is still that verb's
        for a in tspan.root.ancestors:
            if a.i == verb.i:
                return True
            if a.pos_ in ("VERB", "AUX"):
                return False
        return False
    return over is not None and over.i == verb.i


_CLOCK_STEPS = {"H": "hours", "MIN": "minutes", "S": "seconds"}
# a length with these mods lies at least that far from its anchor: the moved stretch reaches on, away from it
_OPEN_FAR_MODS = frozenset({"MORE_THAN", "EQUAL_OR_MORE"})


def _moved_span(start: dt.datetime, end: dt.datetime, unit: str, n: int,
                mod: str | None = None) -> tuple[dt.datetime, dt.datetime]:
    """``[start, end)`` moved n units. Hours and minutes move the clock, not the date: "on Tuesday, more than 30
    hours after the earthquake" puts the earthquake on the days from Tuesday 00:00 less 30 hours to Wednesday
    00:00 less 30 hours (Sunday and Monday), never on Tuesday itself, and "more than" reaches a day further
    from the anchor; an anchor longer than a day keeps its stretch. Whole days and longer move as the date codec
    moves them."""
    if unit in _CLOCK_STEPS and end - start > dt.timedelta(days=1):
        lo, hi = start, end  # "hours after" a month or a year: still that month, as a row draws it
    elif unit in _CLOCK_STEPS:
        step = dt.timedelta(**{_CLOCK_STEPS[unit]: n})
        lo, hi = start + step, end + step
        lo = _day(lo.date())
        hi = hi if hi == _day(hi.date()) else _day(hi.date()) + dt.timedelta(days=1)
        if mod in _OPEN_FAR_MODS:
            if n < 0:
                lo -= dt.timedelta(days=1)
            else:
                hi += dt.timedelta(days=1)
    else:
        lo, hi = _later(start, unit, n), _later(end, unit, n)
    return (lo, hi) if hi > lo else (lo, lo + dt.timedelta(days=1))


def _moved(when, unit: str, n: int, mod: str | None = None) -> tuple[dt.datetime, dt.datetime]:
    return _moved_span(when.interval_start, when.interval_end, unit, n, mod)


def _time_in(dated: list, lo: int, hi: int, outside: tuple[int, int]):
    """The first resolved time of ``dated`` inside characters [lo, hi) and outside ``outside``."""
    return next((t for t in dated if lo <= t.start and t.end <= hi and not (outside[0] <= t.start < outside[1])
                 and t.interval_start is not None and t.interval_end is not None and t.type in ("DATE", "TIME")), None)


def offset_event(doc: Doc, length):
    """The event an "offset-of-clause" cover dates: the verb of the clause after "before"/"after", or the noun."""
    span = doc.char_span(length.start, length.end, alignment_mode="expand")
    lead = doc[span.end]
    if lead.dep_ == "mark":
        # ("two days before the law was due to take effect": the taking effect, not "be")
        return raised_infinitive(lead.head) or lead.head
    return next((c for c in lead.children if c.dep_ == "pobj"), None)


def _clause_offset_cover(doc: Doc, length, span, mark, sign: int, dated: list) -> Cover | None:
    """'finished the boat four weeks before the race began on June 1, 2024': a length before a clause whose event has
    a time of its own dates the main verb, that time moved by the length (fuzzy)."""
    dur = _duration(length.value, VAGUE_COUNT)
    clause = mark.head
    # (a clause opened by "after"/"before" and set off by a comma is adverbial even where the parser calls it a
    # complement: "said on Friday it would delay the project, a day after a rival cut its plans". Without the comma
    # too was tried: right rows, "an interview several months before he entered his post in April", but the dev
    # scorer then matched April's gold to them, one tuned item fell)
    if dur is None or clause.dep_ != "advcl" and not (clause.dep_ == "ccomp" and span.start > 0
                                                      and doc[span.start - 1].text == ","):
        return None
    unit, n, granularity, _ = dur
    # (the clause starts at its mark: a complement the parser hung the words before it on is not the clause's)
    lo = doc[max(clause.left_edge.i, mark.i)].idx
    hi = _clause_end(doc, clause, dated)
    own = _time_in(dated, lo, hi, (length.start, length.end))
    if own is not None and _embedded_under(doc, own, clause):
        # "two days after a newspaper reported that he had ignored tests from the 2023 season": a time of what the
        # clause reports (or of a clause on its noun) is no time of the clause's own event
        own = None
    # (not when the main verb has a time of its own: "retired in 2019, two years before the plant closed in 2021"
    # says how far apart two dated events are; the length dates nothing)
    verb = clause.head
    vlo = doc[verb.left_edge.i].idx
    vhi = doc[verb.right_edge.i].idx + len(doc[verb.right_edge.i])
    if own is not None and any(vlo <= t.start and t.end <= vhi and not (lo <= t.start < hi)
                               and not (length.start <= t.start < length.end) and t.type in ("DATE", "TIME")
                               for t in dated):
        return None
    if own is not None:
        start, end = _moved(own, unit, sign * n, length.mod)
        return Cover(start, end, True, text_of(doc)[length.start:hi], length.start, hi, "anchored", own.granularity)
    # (a clause with no time of its own dated by ANY earlier time of the main clause moved back by ANY length, vague
    # ones included, was tried and dropped: a blind held-out floor fell with it; only days or weeks counted off the
    # main verb's own day are read back)
    back = _main_time_back_cover(doc, length, clause, dur, sign, dated, hi)
    if back is not None:
        return back
    told = _clause_event_told_before(doc, clause, dated)
    if told is None:
        return None
    start, end = _moved(told, unit, sign * n, length.mod)
    return Cover(start, end, True, text_of(doc)[length.start:hi], length.start, hi, "anchored", told.granularity)


CLAUSE_TOLD_REACH = 3  # sentences back to where the event of an undated "before"/"after" clause was told


def _clause_event_told_before(doc: Doc, clause: Token, dated: list):
    """'The ministry announced on Monday that it would close the base. Officials said they learned of the plan two
    days before it was announced': the time an earlier sentence (within :data:`CLAUSE_TOLD_REACH`) gives the
    clause's event, told by the same verb the time dates; or, for a clause whose subject is a pronoun or a bare event
    noun ("before he was arrested", "before the strike began"), the one time of a day or less the sentence just
    before gives its main verb (:func:`_lead_event_day`). None otherwise."""
    if clause.pos_ not in ("VERB", "AUX") or clause.sent.start == 0:
        return None
    lemma = clause.lemma_.lower()
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    first = clause.sent.start
    for _ in range(CLAUSE_TOLD_REACH):
        if first == 0:
            break
        before = doc[first - 1].sent
        for t in reversed(_times_in(dated, before)):
            if t.interval_start is None or t.fuzzy or t.granularity not in ("day",) and t.type != "TIME":
                continue
            if any(w.pos_ == "VERB" and w.lemma_.lower() == lemma and _time_hangs_on(doc, t, w) and _same_party(subj, w)
                   for w in before):
                return t
        first = before.start
    if subj is not None and (subj.pos_ == "PRON" or subj.pos_ == "NOUN" and is_event_nominal(subj)
                             and _bare_event_noun(subj) and _definite(subj)):
        return _lead_event_day(doc, clause, dated)
    return None


def _same_party(subj: Token | None, verb: Token) -> bool:
    """Whether a pronoun subject of an undated clause ("before he was arrested") can be the one the earlier
    sentence's verb acted on or that acted ("Police arrested the treasurer"): a singular pronoun is no plural noun
    ("Police arrested two men on Friday. A third suspect left a day before he was arrested": another arrest)."""
    if subj is None or subj.pos_ != "PRON":
        return True
    plural = subj.lower_ in PLURAL_PRONOUNS
    party = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "nsubj") and c.pos_ in ("NOUN", "PROPN")]
    return not party or any((c.tag_ in ("NNS", "NNPS")) == plural for c in party)


def _main_time_back_cover(doc: Doc, length, clause, dur, sign: int, dated: list, hi: int) -> Cover | None:
    """'announced the cut on Saturday, two days after the minister signalled it': a clause after a counted length in
    days or weeks ("two days", "a week"; not "days" or "hours") with no time of its own is the event dated, the main
    verb's own day (or the day right before the length, set off by a comma) moved back by the length (kind
    "offset-of-clause": the row's trigger is the clause's verb). A vague length says how near, not when ("resigned on
    Monday, days after the scandal broke": no row, as the README has a length counted from an event the story never
    dates); so does one off a coarser time ("fell in 2024, two months after the chief quit"). Fuzzy only when the
    length is hedged ("about two weeks"). (Months or years off a month or a year, "signed in March, three months
    after the club fired its manager", were tried too: a blind held-out floor fell.)"""
    unit, n, _, vague = dur
    main = clause.head
    if vague or clause.i == main.i or main.pos_ not in ("VERB", "AUX") \
            or unit not in _DAY_COUNT_UNITS and unit not in _DAY_TO_COARSE_UNITS:
        return None
    mlo = doc[(main.head if _modal_complement(main) else main).left_edge.i].idx
    lspan = doc.char_span(length.start, length.end, alignment_mode="expand")
    # "Ten years after a tsunami destroyed the harbour, the town on Sunday opened a sea wall": a length that opens its
    # sentence counts off the main verb's own day after the clause (hung on that verb only)
    fronted = lspan is not None and len(lspan) > 0 and lspan.start == lspan.sent.start
    for t in dated:
        after = fronted and hi <= t.start and t.end <= doc[main.right_edge.i].idx + len(doc[main.right_edge.i])
        if not (mlo <= t.start and t.end <= length.start or after) or t.interval_start is None \
                or t.interval_end is None or t.fuzzy or t.type not in ("DATE", "TIME") or t.range_with:
            continue
        if t.granularity != "day":
            continue
        tspan = doc.char_span(t.start, t.end, alignment_mode="expand")
        if after:
            over = _verb_of_own_time(tspan.root) if tspan is not None and len(tspan) else None
            if (over is None or over.i != main.i) and not _between_subject_and_verb(tspan, main):
                continue
        # (the verb's own time, hung on it or on its preposition; not one inside its object's phrase: "would
        # recount ballots from the Nov. 24 vote, a week after a candidate finished first" does not count from Nov. 24)
        over = _verb_of_own_time(tspan.root) if tspan is not None and len(tspan) else None
        # (or the time right before the length, set off by a comma, whatever verb the parser hung the clause on:
        # "a farm that recalled them on Monday, two days after inspectors found the bacteria")
        # (the saying's day only for a plan with no time of its own: "will reunite for a tour next year, 15 years after
        # it split up" counts from next year, not from the announcement)
        if not after and (over is None or over.i != main.i) \
                and not _APPOSITION.fullmatch(text_of(doc), t.end, length.start) \
                and not _right_after(main, tspan) and not (_saying_of(main, over, tspan) and not _time_in(
                    dated, doc[main.left_edge.i].idx, length.start, (length.start, length.end))):
            continue
        start, end = _moved(t, unit, -sign * n, length.mod)
        coarse = _DAY_TO_COARSE_UNITS.get(unit)
        if coarse is not None and not after and _time_in(dated, t.end, length.start, (length.start, length.end)):
            return None  # ("announced on Monday that it will tour next year, 15 years after it split up": from which?)
        if coarse is not None:
            start, end = _whole(start, coarse)
            return Cover(start, end, True, text_of(doc)[length.start:hi], length.start, hi, OFFSET_OF_CLAUSE, coarse)
        return Cover(start, end, bool(length.mod), text_of(doc)[length.start:hi], length.start, hi, OFFSET_OF_CLAUSE,
                     t.granularity)
    return None


# the units of a length counted off a day that name the clause's day without guessing
_DAY_COUNT_UNITS = frozenset({"D", "W"})
# the units of a length counted off a day that name the clause's month or year: "six months after" a day is some day
# of the month six months back (the count is a round one), so the row is that month (fuzzy); "two years after", that
# year. (Counted off a month or a year, not a day, these were tried and dropped: a blind floor fell.)
_DAY_TO_COARSE_UNITS = {"M": "month", "Y": "year"}
# the units of a length too short to leave an event's month: "days after the crash in March 2019" is March
_WITHIN_MONTH_UNITS = frozenset({"D", "H", "MIN", "S"})


def _whole(day: dt.datetime, granularity: str) -> tuple[dt.datetime, dt.datetime]:
    """The month or year holding ``day``."""
    if granularity == "year":
        return dt.datetime(day.year, 1, 1), dt.datetime(day.year + 1, 1, 1)
    year, month = month_add(day.year, day.month, 1)
    return dt.datetime(day.year, day.month, 1), dt.datetime(year, month, 1)


def _verb_of_own_time(tok: Token) -> Token | None:
    """The verb a time hangs on directly ("signed it on Monday", "resigned Monday"), also through the verb's object
    the parser hung a time phrase on ("resumed talks on Monday"); None when the time names a noun of the object
    ("ballots from the Nov. 24 vote")."""
    up = tok.head.head if tok.head.dep_ == "prep" else tok.head
    if tok.head.dep_ == "prep" and up.dep_ == "dobj" and up.pos_ in ("NOUN", "PROPN"):
        up = up.head
    return up if up.pos_ in ("VERB", "AUX") and up.i != tok.i else None


def _clause_end(doc: Doc, clause: Token, dated: list) -> int:
    """Where the clause of ``clause`` ends: at its right edge, or before the first comma or semicolon after its verb
    outside a time expression ("June 1, 2024"). The parser may hang what follows the comma on the clause ("three
    weeks after a rival offer was withdrawn, in a deal expected to close by the end of October"), but the comma
    ends the clause the length counts from: the deal's time is no time of the withdrawal."""
    last = doc[clause.right_edge.i]
    for t in doc[clause.i + 1:clause.right_edge.i + 1]:
        if t.text in (",", ";") and not any(d.start <= t.idx < d.end for d in dated):
            return doc[t.i - 1].idx + len(doc[t.i - 1].text)
    return last.idx + len(last.text)


def _anchor_back_cover(doc: Doc, length, span, prep, sign: int, dated: list) -> Cover | None:
    """'was banned in Iran in 2013, two years after her arrest': an event noun after the length with no time of its
    own is dated by the main clause's earlier time moved back by the length (kind "offset-of-clause": the row's
    trigger is the noun). A noun with its own time is :func:`event_offset_cover`'s."""
    dur = _duration(length.value, VAGUE_COUNT)
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if dur is None or noun is None or noun.pos_ != "NOUN" or noun.ent_type_ in ("DATE", "TIME"):
        return None
    lo, hi = doc[noun.left_edge.i].idx, doc[noun.right_edge.i].idx + len(doc[noun.right_edge.i])
    if _time_in(dated, lo, hi, (length.start, length.end)) is not None:
        return None
    main = prep.head
    while main.pos_ not in ("VERB", "AUX") and main.head.i != main.i:
        main = main.head
    if main.pos_ not in ("VERB", "AUX") or span.root.i < main.i and span.root.head.i != prep.i:
        return None
    if not is_event_nominal(noun):
        return None
    mlo = doc[main.left_edge.i].idx
    # the main clause's time nearest the length: an aside on the subject may hold an older one ("The walkout, the
    # 11th since the dispute began in March 2023, will end on May 29, weeks before an election")
    before = [t for t in dated if mlo <= t.start and t.end <= length.start
              and t.interval_start is not None and t.interval_end is not None and t.type in ("DATE", "TIME")]
    # (not a time of a relative clause on the subject: "a panel that blew off last week had been removed two days
    # before the flight" is no flight two days after last week; only before a past perfect, which the rule below
    # takes instead: elsewhere the aside's time stays the one counted from, as a blind held-out set wants)
    own = [t for t in before if not _in_aside_of(doc, t, main)] if _past_perfect(main) else before
    other = max(own, key=lambda t: t.start, default=None)
    unit, n, granularity, _ = dur
    if other is None:
        aside = max(before, key=lambda t: t.start, default=None)
        if aside is None or not _past_perfect(main) or dur[3]:
            return None
        # the past perfect puts the main event before the time the story is at, which the aside names: "a valve that
        # failed last week had been replaced three days before the blast": the replacing is three days before it
        # (kind "anchored": the row's trigger is the verb the length hangs on)
        start, end = _moved(aside, unit, sign * n, length.mod)
        return Cover(start, end, True, text_of(doc)[length.start:hi], length.start, hi, "anchored", aside.granularity)
    start, end = _moved(other, unit, -sign * n, length.mod)
    return Cover(start, end, True, text_of(doc)[length.start:hi], length.start, hi, OFFSET_OF_CLAUSE, other.granularity)


def _in_aside_of(doc: Doc, t, main: Token) -> bool:
    """Whether the time ``t`` sits in a relative clause, clausal modifier or apposition that ``main`` is not in."""
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    tok = span.root
    while tok.head.i != tok.i and tok.i != main.i:
        if tok.dep_ in ("relcl", "acl", "appos"):
            return not (tok.left_edge.i <= main.i <= tok.right_edge.i)
        tok = tok.head
    return False


def _in_sister_of(doc: Doc, t, main: Token) -> bool:
    """Whether the time ``t`` hangs on a clause coordinated with ``main`` ("he faced questions; an inquiry cleared him
    that summer"), not on ``main`` itself."""
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    if any(w.text == ";" for w in doc[main.i + 1:span.start]):
        return True  # (a semicolon ends the clause, however the parser hung the next one)
    tok = span.root
    while tok.head.i != tok.i and tok.i != main.i:
        if tok.dep_ in ("conj", "parataxis") and tok.head.i == main.i:
            return True
        tok = tok.head
    return False


def _present_perfect_ahead(span: Span, cue: str) -> bool:
    """'has chartered a vessel for the next three weeks': a done act of the present perfect (its result is the
    report's) over a stretch its cue names as ahead ("the next", "the coming") runs from the report, as the plain
    future's would."""
    if ANCHORED_DURATION_CUES.get(cue) != "within" or len(cue.split()) < 2:
        return False  # (a bare "within", "in" names no stretch ahead: "has been found within hours")
    verb = next((a for a in span.root.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None or any(c.tag_ == "MD" for c in verb.children):
        return False  # "would have chartered a vessel for the next three weeks": it was not done
    return any(c.dep_ == "aux" and c.lower_ in _HAVE_PRESENT for c in verb.children)


def _past_perfect(verb: Token) -> bool:
    """'had been removed', 'had entered': a verb with the auxiliary "had"."""
    return any(c.dep_ == "aux" and c.lower_ in _HAVE_PAST for c in verb.children)


# a cover whose row is the event after "before"/"after", not the verb the length hangs on
OFFSET_OF_CLAUSE = "offset-of-clause"


def in_reported_clause(span) -> bool:
    """Whether ``span`` sits in a clause a reporting verb before it governs ("Kaseya said the continent needed 10
    million doses over the next six months"): that clause's past tense is the report's, not a narrative's."""
    return any(a.lemma_ in REPORTING_VERBS and a.pos_ == "VERB" and a.i < span.start for a in span.root.ancestors)


def _reported_ahead(span, timex) -> bool:
    """'said the continent needed 10 million doses over the next six months': a period that its own words put
    ahead (``forward_period_words``), in reported speech, lies ahead of the report whatever the backshifted tense."""
    return any(w in FORWARD_PERIOD_WORDS for w in timex.text.lower().split()) and in_reported_clause(span)


def _simple_past(span) -> bool:
    """Whether the verb ``span`` hangs on is in the simple past (no perfect, no modal): "chanted", "was cut"."""
    verb = _governing_verb(span)
    return verb is not None and verb.tag_ == "VBD" and not any(
        c.dep_ in ("aux", "auxpass") and (c.lemma_.lower() == "have" or c.lower_ in MODAL_AUX) for c in verb.children)


def _narrative_past(span) -> bool:
    """Whether the verb ``span`` hangs on tells a past narrative: the simple past, active or passive ("were rescued
    within hours"), the past perfect ("within two
    weeks it had spread": before a time the story named, so counted from it), or a finite past the parser read as
    a participle ("Eight more followed/VBN over the next seven weeks": no auxiliary, a subject of its own)."""
    if _simple_past(span):
        return True
    verb = _governing_verb(span)
    if verb is None or verb.tag_ != "VBN":
        return False
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if aux and all(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in aux):
        # "Thirty-five were brought to the surface within hours": a passive in the simple past tells the narrative too
        return True
    if any(c.lower_ in _HAVE_PAST for c in aux if c.dep_ == "aux"):
        # (not inside a report: "said on Monday that within a month the company had lost half its value" is the
        # month up to the saying, which a count forward from the story's time would put after it)
        return not in_reported_clause(span)
    return not aux and verb.dep_ in ("ROOT", "conj") and any(c.dep_ == "nsubj" for c in verb.children)


def _infinitive_ahead(span, timex, pub_date: dt.date) -> bool:
    """'passed a bill to fund the government through Dec. 15': an infinitive's time after the report lies ahead
    whatever the tense of the verb it hangs on (what the bill is for runs from now to then)."""
    verb = _governing_verb(span)
    return verb is not None and verb.tag_ == "VB" and has_to(verb) \
        and timex.interval_start is not None and timex.interval_start > _day(pub_date)


def _term_ahead(until, timex, pub_date: dt.date) -> bool:
    """'signed a contract until June 2029': a term (``term_nouns``) that runs to a date after the report holds
    from the report up to then, whatever the tense of the act that began it."""
    return until.lower_ in TERM_BOUNDS and bounded_term(until) is not None \
        and timex.interval_start is not None and timex.interval_start.date() > pub_date


def _held_off(until) -> bool:
    """Whether "until" hangs on a negated verb that is not one of lasting: "will not open until 2027", "is not
    expected to reopen until the spring", "do not expect a cut until early 2025" say when the event is to come, at
    the time (or after it), as a past "did not open until" says when it came; "will not last until Christmas" (a
    verb of lasting, lexicon durative_verbs) still ends before the time."""
    verb = until.head
    for _ in range(2):  # (through a particle or an object: "will not hand it back until May")
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in DURATIVE_VERBS:
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    # the negation on the verb the infinitive hangs on: "is not expected to reopen until the spring"; not a
    # permission withheld, which holds up to the time ("will not be allowed to raise rents until June 30, 2031")
    gov = verb.head
    return verb.dep_ == "xcomp" and gov.i != verb.i and any(c.dep_ == "neg" for c in gov.children) \
        and gov.lemma_.lower() not in PERMITTING_VERBS


def _rescheduled(until) -> bool:
    """Whether the verb "until" hangs on moves an event (``rescheduling_verbs``: "postponed", "put off")."""
    verb = until.head
    return until.dep_ == "prep" and verb.pos_ in ("VERB", "AUX") and moves_event(verb)


def _modal_ahead(span) -> bool:
    """Whether the verb ``span`` hangs on looks ahead through a modal and no perfect ("could be released",
    "may reopen"; not "could have been released", which looks back)."""
    verb = span.root.head
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return any(c.lower_ in MODAL_AUX for c in aux) and not any(c.lemma_.lower() == "have" for c in aux)


def _promised_ahead(span) -> bool:
    """'The governor promised aid within 48 hours', 'pledged a decision within a month': a length after what a
    promising verb (``promising_verbs``) commits to lies ahead of the promise, told as of the report, whatever the
    verb's past tense."""
    verb = _governing_verb(span)
    return verb is not None and verb.lemma_.lower() in PROMISING_VERBS


def _ordered_ahead(span, timex) -> bool:
    """'The minister ordered an inspection of all ferries within 30 days', 'demanded a reply within 14 days', 'an audit
    was ordered within 60 days': a length after the noun an ordering verb (``ordering_verbs``) takes as its object
    (in the passive, its subject) is the deadline of the act ordered, ahead of the order, told as of the report
    (:func:`_promised_ahead`), whatever the past tense and whatever day the story was on. Not a count of hours
    ("ordered the evacuation of the town within hours" says when the order came), nor an order with a to-infinitive
    (:func:`_bid_ahead`)."""
    if (timex.value or "").startswith("PT"):
        return False
    verb = _governing_verb(span)
    if verb is None or verb.lemma_.lower() not in ORDERING_VERBS \
            or any(c.dep_ in ("xcomp", "ccomp") for c in verb.children):
        return False
    return any(c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NOUN" and c.i < span.start for c in verb.children)


def _bid_ahead(span) -> bool:
    """'Nadeau said on Saturday he wanted the carriers to agree within 60 days', 'said it had told the firm to reply
    within two weeks': a length after a to-infinitive that a verb of wanting or bidding (``bidding_verbs``) governs,
    in reported speech, lies ahead of the saying (counted from its day, or from the report), whatever the past
    tense of the wanting. Outside a report ("The council ordered the firm to pay within 30 days") when the order
    was given is unsaid, so no interval."""
    verb = _governing_verb(span)
    if verb is None or verb.tag_ != "VB" or not has_to(verb):
        return False
    head = verb.head
    return verb.dep_ in ("xcomp", "ccomp") and head.pos_ == "VERB" and head.lemma_.lower() in BIDDING_VERBS \
        and in_reported_clause(span)


def _object_participle_ahead(span) -> bool:
    """'said the company would compensate everyone affected within 14 days': the parser hangs a length that closes
    the clause on a bare participle after the object ("affected", no auxiliary of its own); when the verb of that
    object looks ahead through a modal, so does the length (the participle says who, not when)."""
    prep = span.root.head
    if prep.dep_ != "prep" or prep.i == span.root.i:
        return False
    part = prep.head
    if part.tag_ != "VBN" or part.dep_ != "acl" or any(c.dep_ in ("aux", "auxpass") for c in part.children):
        return False
    noun = part.head
    if noun.dep_ != "dobj" or span.end < len(span.doc) and not span.doc[span.end].is_punct:
        return False
    return _modal_ahead(noun.doc[noun.i:noun.i + 1])


def _forecast_behind(span) -> bool:
    """Whether the verb ``span`` hangs on is a forecasting verb in the past with no modal, or an infinitive under
    one ("expected results in six months", "expected to finish the repairs in three weeks"; not "is expected
    to"): the duration counts from that story time, not from the report."""
    verb = _governing_verb(span)
    for _ in range(2):  # "expected to finish the repairs in three weeks": through the infinitive
        if verb is None or verb.dep_ not in ("xcomp", "ccomp") or verb.tag_ != "VB" or verb.head.pos_ != "VERB":
            break
        verb = verb.head
    if verb is not None and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in REPORTING_VERBS:
        return False  # "said it expected to close the deal within a year": the saying's present, the report's
    return verb is not None and verb.lemma_.lower() in FORECAST_VERBS and verb.tag_ in ("VBD", "VBN") \
        and not any(c.dep_ in ("aux", "auxpass") and (c.lower_ in MODAL_AUX or c.lemma_ == "be" and c.tag_ in ("VBZ", "VBP"))
                    for c in verb.children)


def _negated_before(span) -> bool:
    """Whether the verb a past "before X" hangs on is negated ("had never acted before last year", "had not
    flown before 2019"): the words then bound the stretch the negation covers by the start of X."""
    verb = _governing_verb(span)
    return verb is not None and any(c.dep_ == "neg" for c in verb.children)


def _governing_verb(span):
    verb = span.root.head
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    return verb if verb.pos_ == "VERB" else None


def _forecast_ahead(span) -> bool:
    """Whether the verb ``span`` hangs on is a forecasting verb in the present ("expects results in six months",
    "forecasts a recovery within a year"): what it foresees lies ahead of the report, counted from it (not "expected
    results in six months", whose anchor is story time)."""
    verb = span.root.head
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    return verb.pos_ == "VERB" and verb.lemma_.lower() in FORECAST_VERBS and present_verb_group(verb)


# granularities a "the end of" / "mid-" / "late" part of narrows to a stretch of whole months (or days for a month)
_MONTHLY_GRANULARITIES = frozenset({"year", "half", "quarter", "season", "decade", "century"})
# the part of a period each mod keeps, in thirds: "the end of the year" is its last third (Sept.-Dec.), "mid-2025"
# the middle one. START ("early 2023") is left whole: a reader checks its start, which is already right.
_MOD_THIRDS = {"END": 2, "MID": 1}
# a bound ("until early 2025", "before mid-July") falls inside the part, so there START counts too: "until early
# 2025" ends with April, not with the year
_BOUND_THIRDS = {**_MOD_THIRDS, "START": 0}


def mod_part(start: dt.datetime | None, end: dt.datetime | None, mod: str | None,
             granularity: str | None, bound: bool = False) -> tuple[dt.datetime, dt.datetime] | None:
    """The stretch of ``[start, end)`` a mod keeps ("the end of the year" → its last four months, "late March" →
    March 21-31, "mid-2025" → May-August), or None when the mod narrows nothing we can draw. ``bound``: the time
    bounds an interval ("until early 2025"), where START narrows too."""
    third = (_BOUND_THIRDS if bound else _MOD_THIRDS).get(mod or "")
    if third is None or start is None or end is None or end <= start:
        return None
    if granularity == "month":
        days = (end - start).days
        cut = [start + dt.timedelta(days=k) for k in (0, 10, 20)] + [end]
        return (cut[third], cut[third + 1]) if days >= 28 else None
    if granularity not in _MONTHLY_GRANULARITIES:
        return None
    months = (end.year - start.year) * 12 + end.month - start.month
    if months < 3 or months % 3:
        return None

    def add(d: dt.datetime, n: int) -> dt.datetime:
        year, month = month_add(d.year, d.month, n)
        return d.replace(year=year, month=month, day=1)

    step = months // 3
    return add(start, step * third), add(start, step * (third + 1))


def fraction_part(timex) -> tuple[dt.datetime, dt.datetime] | None:
    """The share of its period a fraction-of-period time names ("the final quarter of the decade": 2027-07 to
    2030; the TIMEX3 value keeps the whole period with a mod, vocab period_fractions_why), or None for any other
    time or a period that does not split into whole months. The share is the one the tagger rule read
    (``Timex.share``, from temporal/rules/dates.py period_fraction)."""
    share = getattr(timex, "share", None)
    if share is None or timex.interval_start is None or timex.interval_end is None:
        return None
    idx, parts = share
    start, end = timex.interval_start, timex.interval_end
    months = (end.year - start.year) * 12 + end.month - start.month
    if idx >= parts or months <= 0 or months % parts:
        return None
    step = months // parts

    def add(n: int) -> dt.datetime:
        year, month = month_add(start.year, start.month, n)
        return start.replace(year=year, month=month, day=1)

    return add(step * idx), add(step * (idx + 1))
