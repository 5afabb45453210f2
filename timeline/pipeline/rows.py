"""A parsed piece → event-table rows: each DATE/TIME expression with the event it dates.

The columns are documented in :mod:`timeline.table`; the publication date and its source come from the
:class:`~timeline.document.Document` (the one road it travels), never from the Doc.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re

from spacy.tokens import Doc

from ..document import Document
from ..doctext import text_of
from ..events import link_span, time_token_indices, why_undated
from ..events.attach import NAME_LABEL, RECURRING_WINDOW, perfect_over_infinitive, state_aside_owner, when_clause_verb
from ..events.phrases import hyphenated_word, join_tokens, phrase_tokens
from ..events.grammar import is_predicate, lemma_in, moves_event, record_comparison
from ..events.interval import OFFSET_OF_CLAUSE, offset_event
from ..events.interval import counted_of_event_cover, counted_of_undated_event, event_offset_cover, fraction_part, in_reported_clause, length_from_cover, mod_part, part_of_cover, period_to_cover, previous_period_cover, range_cover, story_offset_cover, timex_cover
from ..events.lexicon import REPORTING_VERBS
from ..events.lexicon import FORWARD_PERIOD_WORDS, INTERVAL_CUES, LENGTH_VERBS, OFFSET_RESTATEMENT_LINKS, RANGE_CLOSERS, RANGE_END_POINT_WORDS, RANGE_OPENERS
from ..readers.dateline import dateline_span, undated_dateline_span
from ..table import is_asserted
from ..temporal.vocab import alternation, vocab
from ..temporal.partial import GRAN_RANK
from ..temporal.morph import has_to
from ..temporal.ranges import event_end
from ..temporal.tagger import DAY_LEFT_AFTER

# Timex types that become timeline rows; DURATION/SET only when the tagger anchored them to an interval,
# or when the duration is a vague period (see _wanted).
ROW_TYPES = ("DATE", "TIME")

# Offsets a row carries into the document text: shifted when a long text was processed in pieces.
OFFSET_COLUMNS = ("char_start", "char_end", "trigger_start", "trigger_end")


def _row_base(document: Document) -> dict:
    return {"doc_id": document.doc_id, "pub_date": document.pub_date, "dct_source": document.dct_source}


def error_row(document: Document, message: str) -> dict:
    """The one row a failed document yields."""
    row = _row_base(document)
    row["error"] = message
    return row


def _wanted(t, cover) -> bool:
    # a vague period ("recent weeks" = PXW, "the past few years" = PXY) dates its event as loosely as
    # "recently" does, so it is a (fuzzy) row like PAST_REF; an anchored duration ("in three weeks") is a row
    # with the interval it implies; a measured duration ("for six months") is not a row
    return t.type in ROW_TYPES or t.interval_start is not None or cover is not None or (
        t.type == "DURATION" and _vague_period(t.value))


# the words after a length that make it an offset from another event
_OFFSET_WORDS = frozenset(vocab()["length_offset_words"]["words"])


def _measured_length(doc: Doc, t) -> bool:
    """'ended months of protests', 'was expected to last only a few days', 'the repairs took weeks', 'has lasted
    for months': a vague length that is a bare plural unit before "of", or the length of a verb that measures
    (``length_verbs``), says how long something went on, not when; it is no row, as "for six months" is none."""
    if t.type != "DURATION" or not _vague_period(t.value):
        return False
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    if len(span) == 1 and root.tag_ == "NNS" and span.end < len(doc) and doc[span.end].lower_ == "of":
        return True
    if span.end < len(doc) and doc[span.end].lower_ in _OFFSET_WORDS:
        # "hours before the transfer window closed", "days after his release": how far from another event, not
        # when (a resolved event's time gives it one: :func:`~timeline.events.interval.event_offset_cover`)
        return True
    if root.dep_ == "pobj" and root.head.lower_ == "for" and span[0].lower_ != "the" \
            and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in root.head.head.children):
        # "drifted for hours", "was shut for a few days": a length like "for six hours", whatever the verb (a
        # perfect runs up to now: "have been closed for months"; "for the past few years" is a period up to now)
        return True
    verb = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "for" else root.head
    return root.dep_ in ("dobj", "npadvmod", "pobj") and verb.pos_ in ("VERB", "AUX") and lemma_in(verb, LENGTH_VERBS)


def _range_link_span(doc, first, span):
    """The span a range's row is linked on: the whole range, unless the parser hung the range's joint on a noun
    outside it, as a conjunct ("Buyers who paid deposits between 2014 and this spring can claim", "and this spring"
    coordinated with "Buyers"): then the opening end, which hangs where the range does."""
    own = doc.char_span(first.start, first.end, alignment_mode="expand")
    root = span.root
    if own is None or not len(own) or root.dep_ not in ("cc", "conj") or root.i in range(own.start, own.end):
        return span
    other, mine = _outside_head(root, span), _outside_head(own.root, span)
    if other is None or mine is None or other.i == mine.i or other.pos_ not in ("NOUN", "PROPN", "PRON"):
        return span
    return own


def _outside_head(t, span):
    """The first token above ``t`` outside ``span`` (None at the sentence's root)."""
    while span.start <= t.i < span.end:
        if t.head.i == t.i:
            return None
        t = t.head
    return t


def _measured_length_range(doc: Doc, first, second) -> bool:
    """'lasted 5 to 7 days', 'adding 10 to 14 days to voyages', 'took two to three weeks': a range of two lengths
    neither of which is anchored, straight after its verb (an adverb between: "lasted about 5 to 7 days"), is a
    measured length, no row, as "for six months" is none; "in 12 to 18 months", "within 5 to 7 days" and "over the
    next three to five years" have a preposition and stay rows."""
    if first.type != "DURATION" or second.type != "DURATION" or first.interval_start is not None \
            or second.interval_start is not None:
        return False
    span = doc.char_span(first.start, first.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    k = span.start - 1
    while k >= span.sent.start and doc[k].pos_ == "ADV":
        k -= 1
    return k >= span.sent.start and doc[k].pos_ in ("VERB", "AUX")


def may_be_row(t) -> bool:
    """Whether a timex can become a row before its cover is known: what the selective pipeline runs NER for.
    A superset of :func:`_wanted` (any duration may turn out anchored), so no row loses its actors."""
    return t.type in ROW_TYPES or t.interval_start is not None or t.type == "DURATION"


def _vague_period(value: str | None) -> bool:
    return bool(value) and value.startswith(("PX", "PTX"))


# Dashes that close a dateline ("NAIROBI, Sept. 5, 2023 —") and how far past its date one may be.
_DATELINE_DASHES = ("—", "–", "-", "--")
_DATELINE_TAIL = 6


def _dateline_tokens(doc: Doc, dateline: tuple[int, int]) -> set[int]:
    """Token indices of the whole dateline (place, date, agency, up to its dash), which no subject or headline
    may show; just the date's when no dash closes it."""
    dl = doc.char_span(dateline[0], min(dateline[1], len(text_of(doc))), alignment_mode="expand")
    if dl is None:
        return set()
    for i in range(dl.end, min(len(doc), dl.end + _DATELINE_TAIL)):
        if doc[i].text in _DATELINE_DASHES:
            line_start = text_of(doc).rfind("\n", 0, dateline[0]) + 1
            return {t.i for t in doc[:i + 1] if t.idx >= line_start}
    return {t.i for t in dl}


def _undated_dateline_tokens(doc: Doc) -> set[int]:
    """The tokens of an undated dateline at the start of the text ('GENEVA (Reuters) -', up to its dash:
    :func:`~timeline.readers.dateline.undated_dateline_span`; also after a headline line), or none."""
    found = undated_dateline_span(text_of(doc))
    span = doc.char_span(found[0], found[1], alignment_mode="expand") if found else None
    return set(range(span.start, span.end)) if span is not None else set()


def _earlier_time(doc: Doc, t, dated: list, starts: list[int]) -> object | None:
    """The resolved date or time (``dated``: sorted by start, ``starts`` their starts) that comes before ``t`` in its sentence and
    governs its clause, or None. Only durations and vague references ask (the ones an anchor matters to)."""
    if not (t.type == "DURATION" or t.value in ("PAST_REF", "FUTURE_REF")) \
            or not (doc.has_annotation("SENT_START") or doc.has_annotation("DEP")):
        return None
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    if _plan_content(span):
        return None
    k = bisect.bisect_left(starts, t.start)
    while k > 0 and dated[k - 1].start >= span.sent.start_char:
        k -= 1
        if not _in_aside(doc, dated[k].start, span[0]) and not _in_sister_clause(doc, dated[k].start, span[0]):
            return dated[k]
    return None


def _plan_content(span) -> bool:
    """'parked their cabs across the square yesterday morning in protest at the council's plan to issue 1,200 licences
    over the next three years': a length in the "to" infinitive of a noun (a plan, a proposal) belongs to what that
    noun holds, which stands apart from the clause's time; it counts from the report, not from the protest's day."""
    verb = span.root.head
    if verb.dep_ == "prep":
        verb = verb.head
    return verb.tag_ == "VB" and verb.dep_ == "acl" and verb.head.pos_ == "NOUN" \
        and has_to(verb)


def _past_story_time(doc: Doc, t, pub_date, dated: list, starts: list[int]) -> object | None:
    """The past time the sentence of ``t`` is told at: a list line's heading (:func:`_heading_time`), ``t`` not in a
    report ("said on Monday the road will stay closed until Friday": the saying's day, not when the closing began)."""
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None or not len(span) or in_reported_clause(span) \
            or not (doc.has_annotation("SENT_START") or doc.has_annotation("DEP")):
        return None
    # (an earlier past date of the sentence itself, "In 2019 the club signed him on a contract that runs until 2027",
    # was tried as the start too and dropped: a blind held-out floor fell with it)
    return _heading_time(doc, span.sent, dated, pub_date)


def _heading_time(doc: Doc, sent, dated: list, pub_date) -> object | None:
    """The time of a list line's heading the sentence follows ("- 1993: SQM signs a lease running until 2030"): the
    sentence before holds nothing but that past date and punctuation (a dash, a bullet, a colon)."""
    if sent.start == 0:
        return None
    before = doc[sent.start - 1].sent
    words = [w for w in before if not (w.is_punct or w.is_space or w.text in ("-", "*", "•"))]
    if not words or not before[-1].text in (":", "-", "—", "–") and not (len(before) > 1 and before[-2].text == ":"):
        return None
    e = next((d for d in dated if before.start_char <= d.start and d.end <= before.end_char), None)
    if e is None or e.type != "DATE" or e.fuzzy or e.interval_end is None or e.interval_end.date() > pub_date:
        return None
    return e if all(e.start <= w.idx and w.idx + len(w) <= e.end for w in words) else None


def _time_before_sentence(doc: Doc, t, dated: list, starts: list[int]) -> object | None:
    """The last resolved time of the sentence before ``t``'s (for a duration only), or None. Not one in a relative
    clause or apposition when the sentence has a time of its own outside them: "On June 2, 2012, the mayor opened a
    stadium that architects had designed in 1998. Over the next three years, it hosted 40 concerts" counts from
    June 2, 2012 (the clause describes the stadium; the story does not move back to 1998)."""
    if t.type != "DURATION" or not (doc.has_annotation("SENT_START") or doc.has_annotation("DEP")):
        return None
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None or not len(span) or span.sent.start == 0:
        return None
    before = doc[span.sent.start - 1].sent
    k = bisect.bisect_left(starts, before.start_char)
    found = own = None
    while k < len(dated) and dated[k].start < before.end_char:
        found = dated[k]
        if not _in_aside(doc, found.start, span[0]):
            own = found
        k += 1
    return own or found


def _duration_cover(doc: Doc, t, pub_date, dated: list, starts: list[int]):
    """The interval of the duration ``t``: :func:`_report_duration_cover`'s, but a length counted of an event noun
    counts from that event (:func:`~timeline.events.interval.counted_of_event_cover`)."""
    cover = _report_duration_cover(doc, t, pub_date, dated, starts)
    if cover is not None and cover.kind == "until" and pub_date is not None:
        story = _past_story_time(doc, t, pub_date, dated, starts)
        if story is not None and cover.start == dt.datetime.combine(pub_date, dt.time()):
            # "- 1993: SQM signs a lease running until 2030", "In 2019 the firm signed a contract that runs until
            # 2027": what runs up to X began at the time the sentence is told at, not at the report
            cover = dataclasses.replace(cover, start=story.interval_start)
    if cover is not None and counted_of_undated_event(doc, t, dated):
        # "within three hours of the blast": from the blast (when an earlier sentence dates it), whatever time the
        # story or the report was on; no row when the story never dates it
        return counted_of_event_cover(doc, t, dated)
    return cover


def _report_duration_cover(doc: Doc, t, pub_date, dated: list, starts: list[int]):
    """:func:`timex_cover` for ``t``; a duration after a day named earlier in its clause counts from that day
    ("said on March 4 it would cut 4,000 jobs over the next three years"), but a stretch ahead in what a saying of
    the last two days reports counts from the report ("said on Monday it would publish an estimate within 10 days",
    in Wednesday's paper); one after a coarser time gets no interval ("warned in January that it could run out of
    cash within a year": when in January is unsaid)."""
    earlier = _earlier_time(doc, t, dated, starts)
    story = earlier or _time_before_sentence(doc, t, dated, starts)
    if story is not None and earlier is None and _reported(doc, t):
        story = None  # "Kaseya said the continent needed 10 million doses over the next six months": from the report
    if story is not None and earlier is None and pub_date is not None:
        story = _day_left_behind(doc, t, story, dated, starts, pub_date) or story
    if story is not None and story.interval_start is not None and not story.fuzzy and pub_date is not None \
            and story.interval_start.date() < pub_date and _places(story, t):
        # a past narrative's "the next decade" counts from the time it named ("joined in 1962, where she spent the
        # next decade"; "In 1976 she opened it. It trained 400 surgeons over the following three decades")
        cover = timex_cover(doc, t, story.interval_start.date(), story_time=True)
        if cover is not None:
            return cover
    if story is not None and story.interval_start is not None and story.interval_end is not None and not story.fuzzy \
            and pub_date is not None and story.interval_end.date() <= pub_date and not _places(story, t):
        # "raised taxes in 2023; volumes fell over the following six months": from some time in that year, so
        # from its start to six months past its end, fuzzy
        cover = timex_cover(doc, t, story.interval_start.date(), story_time=True)
        last = timex_cover(doc, t, story.interval_end.date(), story_time=True)
        if cover is not None and last is not None and last.end is not None:
            return dataclasses.replace(cover, end=last.end, fuzzy=True)
    if story is not None and story.granularity == "day" and not story.fuzzy and story.interval_end is not None \
            and pub_date is not None and story.interval_start.date() > pub_date:
        # "would stop rentals on June 30. The bikes will be removed over the following two weeks": from July 1
        cover = timex_cover(doc, t, story.interval_end.date(), story_time=True, story_ahead=True)
        if cover is not None:
            return cover
    if earlier is None:
        return timex_cover(doc, t, pub_date)
    if earlier.interval_start is not None and pub_date is not None \
            and pub_date < earlier.interval_start.date() <= pub_date + _SOON \
            and earlier.granularity not in _DAY_GRAINS \
            and any(w.lower() in FORWARD_PERIOD_WORDS for w in t.text.split()):
        # "is expected to announce next week whether it will lend $4 billion over the next three years": a period
        # ahead in its own words after a coarser time still to come counts from the report (when in that week is
        # unsaid, and "next" is said from now)
        return timex_cover(doc, t, pub_date)
    if pub_date is not None and earlier.interval_start is not None and not earlier.fuzzy \
            and earlier.granularity in _DAY_GRAINS \
            and pub_date - _NEWS_DAYS <= earlier.interval_start.date() < pub_date \
            and _reported(doc, t) and _dates_a_saying(doc, earlier):
        ahead = timex_cover(doc, t, pub_date)
        said = timex_cover(doc, t, earlier.interval_start.date())
        if ahead is not None and ahead.start is not None and ahead.start.date() >= pub_date \
                and said is not None and said.end is not None and said.end.date() > pub_date:
            # "said on Monday that it would publish an estimate within 10 days", in Wednesday's paper: a stretch
            # ahead in what a saying reports, the saying the news of the last day or two and the stretch still
            # running, is counted as the reader counts it, from the report. An order's own day keeps it ("The
            # minister on Tuesday ordered an inspection within 30 days"), as does a stretch looking back ("said on
            # Monday it had sold 9,000 tickets over the past two weeks"), one said weeks before or one over by now.
            return ahead
    if earlier.granularity == "day" and not earlier.fuzzy:
        return timex_cover(doc, t, earlier.interval_start.date())
    if earlier.type == "TIME" and earlier.interval_end is not None and not earlier.fuzzy:
        # "said on Tuesday evening that it would appeal within 30 days": a time of a day places the count as well
        # as its day does; from the day it is over by ("Wednesday night" runs into Thursday)
        return timex_cover(doc, t, (earlier.interval_end - dt.timedelta(microseconds=1)).date())
    if earlier.granularity == "month" and not earlier.fuzzy and earlier.interval_end is not None \
            and pub_date is not None and earlier.interval_end.date() <= pub_date:
        # "rose 0.4% in February and 6.1% over the past 12 months", "In May prices rose 3% from the past year": a
        # count back after a past month is the stretch up to that month's end (the month's figure and its yearly
        # one), not up to the report; a count forward ("within a year") keeps no interval
        last = (earlier.interval_end - dt.timedelta(microseconds=1)).date()
        cover = timex_cover(doc, t, last)
        if cover is not None and cover.start is not None and cover.end is not None \
                and cover.end <= earlier.interval_end and cover.start < earlier.interval_start:
            return cover
    return timex_cover(doc, t, pub_date, after_other_time=True)


# a coarse time starting this soon after the report ("next week") leaves a count "over the next three years" said
# after it counting from the report; one further off ("In May the crew will set off ..., spending the next 18 months
# at sea") starts it then, on a day unsaid
_SOON = dt.timedelta(days=14)
# a saying this many days before the report is its news: a stretch ahead of it counts from the report
_NEWS_DAYS = dt.timedelta(days=2)
# a story time this coarse cannot say which day of it a count of hours, days or weeks starts on
_COARSE_STORY = frozenset(g for g, r in GRAN_RANK.items() if r <= GRAN_RANK["quarter"])
_DAY_GRAINS = frozenset(g for g, r in GRAN_RANK.items() if r >= GRAN_RANK["day"])
# how many resolved times back the story's last day is looked for (a bound, so a long document stays linear)
_DAY_REACH = 16


def _day_unit(t) -> bool:
    """Whether the length ``t`` counts in hours, days or weeks ("within 30 days", "within hours", "in two weeks")."""
    value = t.value or ""
    return value.startswith("PT") or value[-1:] in ("D", "W")


def _day_left_behind(doc: Doc, t, story, dated: list, starts: list[int], pub_date) -> object | None:
    """The last day the story was on, when the sentence before the length ``t`` (in hours, days or weeks) is told at
    a coarser past time over before that day or holding it: a background aside ("A bus plunged into a ravine on Sunday. A similar
    crash killed 40 people in 2017. The minister ordered checks within 30 days": from Sunday, not from some time in
    2017), or a relative clause's time after the day ("On Sunday, divers reached the trawler that sank in 1987. They
    brought up its bell within hours"). As the tagger's count of days after a background year
    (temporal/tagger.py _day_anchor, DAY_LEFT_AFTER); after two such coarser times the narrative has gone back, and the year stays
    ("She joined the bank in 1999. In 2008 she led its rescue. Within weeks, ..."). None: keep ``story``."""
    if story.granularity not in _COARSE_STORY or story.fuzzy or not _day_unit(t) or story.interval_end is None:
        return None
    coarse = []  # the coarser times after the day, back to it
    k = bisect.bisect_left(starts, story.start) + 1
    for d in reversed(dated[max(0, k - _DAY_REACH):k]):
        if d.start >= t.start or d.fuzzy or d.interval_start is None or d.interval_end is None:
            continue
        if d.granularity not in _DAY_GRAINS:
            coarse.append(d)
            continue
        if d.interval_end.date() > pub_date + dt.timedelta(days=1) or story.interval_start > d.interval_start:
            return None  # a plan ahead, or a coarse time after the day (the narrative moved on), keeps the story
        # (a coarse time that holds the day, "Earlier this year, it had cut 300 jobs", says no more of it.) Asides
        # are counted by sentence: "The company, which has run the route since 2004, lost a ferry in 2009" is one
        away = {_sentence_start(doc, c) for c in coarse if c.interval_end <= d.interval_start}
        return d if len(away) < DAY_LEFT_AFTER else None
    return None


def _sentence_start(doc: Doc, t) -> int:
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    return span.sent.start if span is not None and len(span) else t.start


# granularities from fine to coarse, and the duration units they can place a start for
_GRAIN_RANK = {"day": 0, "week": 1, "month": 2, "quarter": 3, "season": 3, "half": 4, "year": 5, "decade": 6,
               "century": 7}
_UNIT_RANK = {"D": 0, "W": 1, "M": 2, "Q": 3, "Y": 5, "DE": 6, "CE": 7}


def _places(story, t) -> bool:
    """Whether the story time ``story`` is fine enough to count the duration ``t`` from: a year can start "the
    next decade" ("joined in 1962 and spent the next decade"), not "the next six months" (from which month?), nor
    "within hours" (from which day? not January 1st)."""
    unit = (t.value or "")[-2:] if (t.value or "").endswith(("DE", "CE")) else (t.value or "")[-1:]
    grain = _GRAIN_RANK.get(story.granularity or "day", 0)
    if (t.value or "").startswith("PT"):
        return grain <= _UNIT_RANK["D"]  # hours and minutes count from a day (or a time of one)
    return grain <= _UNIT_RANK.get(unit, 7)


def _dates_a_saying(doc: Doc, t) -> bool:
    """Whether the time ``t`` dates a reporting verb ("said on Monday that ...", "told reporters yesterday"), by the
    parse or by standing right after the verb (the parser hangs "said on Monday it would ..." on the reported verb)."""
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    verb = _clause_verb(span.root)
    k = span.start - 1
    if k >= 0 and doc[k].lower_ == "on":
        k -= 1
    return verb is not None and lemma_in(verb, REPORTING_VERBS) or k >= 0 and lemma_in(doc[k], REPORTING_VERBS)


def _reported(doc: Doc, t) -> bool:
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and in_reported_clause(span)


_PREDICATE_POS = frozenset({"VERB", "AUX"})


def _clause_verb(t):
    """The verb a token's clause hangs on (a few steps up), or None."""
    for _ in range(8):
        if t.pos_ in _PREDICATE_POS:
            return t
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def _in_sister_clause(doc: Doc, char: int, target) -> bool:
    """Whether the time starting at ``char`` dates a clause coordinated with ``target``'s or with one above it,
    rather than ``target``'s own clause or one that governs it: in "said it had begun trials in April and expects
    results in six months", April is the trials', and the six months count from the report; in "warned in January
    that it could run out of cash within a year", January governs the running out, and the year counts from it.
    (A conjunct's head is its sister, not its governor: the walk up skips it.)"""
    tok = doc.char_span(char, char + 1, alignment_mode="expand")
    other = _clause_verb(tok[0]) if tok is not None and len(tok) else None
    own = _clause_verb(target)
    if other is None or own is None:
        return False
    if other.tag_ == "VBD" and own.tag_ == "VBD" and own.dep_ == "conj" and own.head.i == other.i:
        # a narrative in the simple past: "broke out on Dec. 30 and spread across 6,000 acres within hours" goes on
        # from the first verb's time
        return False
    t, governors = own, {own.i}
    for _ in range(12):
        if t.head.i == t.i:
            break
        if t.dep_ != "conj":
            governors.add(t.head.i)
        t = t.head
    return other.i not in governors


# Clauses that describe a noun rather than carry the sentence's own time
_ASIDE_DEPS = frozenset({"relcl", "acl", "appos"})


def _in_aside(doc: Doc, char: int, target) -> bool:
    """Whether the time starting at ``char`` sits in a relative clause or apposition that ``target`` is not
    in: "The drug, which was approved in 2020, will be withdrawn in three months" counts from the report, not
    from 2020; "warned in January that it could run out of cash within a year" still counts from January."""
    tok = doc.char_span(char, char + 1, alignment_mode="expand")
    if tok is None or not len(tok):
        return False
    t = tok[0]
    while t.head.i != t.i:
        if t.dep_ in _ASIDE_DEPS:
            return not (t.left_edge.i <= target.i <= t.right_edge.i)
        t = t.head
    return False


def _renames(doc: Doc, first, second) -> bool:
    """Whether the time ``second`` is an aside that names ``first`` again: right after it, set off by a comma,
    with the same value ("on Monday, the day after the vote"). ("In 2019, the year the plant closed" names it
    too, but dates another event: the caller compares the triggers.)"""
    return first.value is not None and first.value == second.value and first.end <= second.start \
        and text_of(doc)[first.end:second.start].strip() == ","


_OFFSET_LINK = re.compile(r"\s+" + alternation(OFFSET_RESTATEMENT_LINKS) + r"\b", re.I)


def _restates_offset(doc: Doc, first, second) -> bool:
    """Whether the length ``second`` comes right after the dated time ``first``, set off by a comma, and measures
    off another time ("on Feb. 26, days before a March 1 deadline", "on May 3, two days after the election"): it
    places the same event again (the caller compares the triggers), no row of its own."""
    if first.type in ("DATE", "TIME") and first.interval_start is not None and first.end <= second.start \
            and text_of(doc)[first.end:second.start].strip() == "," and second.type == "DATE" \
            and second.text.lower().split()[-1] in _RESTATING_OFFSET_ENDS and len(second.text.split()) > 1:
        # "found them on July 2, nine days later": a length counted off the story's last time, set off after the day,
        # says again when the same event was
        return True
    return second.type == "DURATION" and first.type in ("DATE", "TIME") and first.interval_start is not None \
        and first.end <= second.start and text_of(doc)[first.end:second.start].strip() == "," \
        and _OFFSET_LINK.match(text_of(doc), second.end) is not None


# the last words of a relative time counted off another one ("nine days later", "two weeks earlier")
_RESTATING_OFFSET_ENDS = frozenset({"later", "earlier"})


# what may stand between a day and the clock time on it that make one time ("on Jan. 19 at 8 a.m.")
_DAY_CLOCK_GAP = re.compile(r"\s*,?\s*(?:" + "|".join(vocab()["day_clock_gap"]["leads"]) + r")?\s*(?:"
                            + "|".join(vocab()["day_clock_gap"]["approximators"]) + r")?\s*")
# a day after an interval or range cue ("until Monday at 6 a.m.") bounds a stretch (events lexicon interval_cues,
# range_openers, range_closers)
_BOUNDED_DAY = re.compile(r"\b(?:%s)\s+(?:the\s+)?$" % "|".join(
    re.escape(w) for w in sorted({*INTERVAL_CUES, *RANGE_OPENERS, *RANGE_CLOSERS}, key=len, reverse=True)), re.I)


def _clocked_days(doc: Doc, timexes: list) -> dict[int, tuple]:
    """{id(day timex): (day, clock timex)} for a day followed by a clock time on that same day ("opens on Jan. 19
    at 8 a.m.", "on Tuesday at 7 a.m."): one event at one time, so one row, the finer one's."""
    out = {}
    for day, time in zip(timexes, timexes[1:]):
        if day.type != "DATE" or day.granularity != "day" or time.type != "TIME" or day.interval_start is None \
                or time.interval_start is None or day.range_with or time.range_with \
                or time.interval_start.date() != day.interval_start.date():
            continue
        if _BOUNDED_DAY.search(text_of(doc)[max(0, day.start - 12):day.start]):
            continue  # "will last until Monday at 6 a.m.": the day bounds a stretch the row keeps
        if _DAY_CLOCK_GAP.fullmatch(text_of(doc)[day.end:time.start]):
            out[id(day)] = (day, time)
    return out


# what may stand between a day and the year expression that completes it ("on Jan. 5 this year", "on June 2 of that
# year")
_DAY_YEAR_GAP = re.compile(r"\s*(?:of\s+)?")


def _year_completing_days(doc: Doc, timexes: list) -> set[int]:
    """{id(year timex)} for a relative year right after a day it completes ("on Jan. 5 this year", "on Oct. 1 last
    year", "on Nov. 19 of that year"): the tagger keeps two expressions (rules/dates.py day_rel_year reads the day's
    year off it), but it is one event at one day, so one row, the day's. The year must be the day's own year
    ("on March 3, and output has doubled this year" dates a second event)."""
    out = set()
    for day, year in zip(timexes, timexes[1:]):
        if day.type != "DATE" or day.granularity != "day" or year.type != "DATE" or year.granularity != "year" \
                or not day.value or not year.value or not day.value.startswith(year.value + "-") \
                or day.range_with or year.range_with or day.end > year.start:
            continue
        if _DAY_YEAR_GAP.fullmatch(text_of(doc)[day.end:year.start]):
            out.add(id(year))
    return out


# what joins the ends of a range after "from": "from X until Y"
_RANGE_JOINS = {"from": frozenset(w for w, kind in INTERVAL_CUES.items() if kind == "until" and " " not in w)}


def _loose_ranges(doc: Doc, timexes: list) -> dict[int, object]:
    """{id(first end): second end} for a range whose ends the tagger left apart because they differ in grain ("from
    April 1 until the end of September", "from 2019 until March 2021"): "from" right before the first end, an
    "until" cue (``interval_cues``) alone between them, the second end after the first. Not a change of date
    ("postponed the vote from May until the end of June"). ("to" and "between ... and" were tried too and dropped:
    a blind floor fell.)"""
    out = {}
    for a, b in zip(timexes, timexes[1:]):
        if a.range_with or b.range_with or a.type not in ROW_TYPES or b.type not in ROW_TYPES \
                or a.interval_start is None or b.interval_end is None or b.interval_end <= a.interval_start \
                or a.granularity == b.granularity:
            continue
        opener = text_of(doc)[max(0, a.start - 12):a.start].split()[-1:]
        joins = _RANGE_JOINS.get(opener[0].lower()) if opener else None
        between = text_of(doc)[a.end:b.start].split()
        if joins is None or len(between) != 1 or between[0].lower() not in joins:
            continue
        span = doc.char_span(a.start, a.end, alignment_mode="expand")
        verb = span.root.head.head if span is not None and len(span) else None
        if verb is not None and verb.pos_ in ("VERB", "AUX") and moves_event(verb):
            continue
        out[id(a)] = b
    return out


def rows_from_doc(doc: Doc, document: Document, offset: int = 0) -> list[dict]:
    """Rows for a Doc that went through the full pipeline (parser, NER and ``timex``); ``offset`` is where
    the Doc's text starts in the document's.

    A range of dates is one row (the first end's timex, covering both ends); "since"/"until" times and
    anchored durations get the interval they imply (:mod:`timeline.events.interval`).
    """
    rows = []
    # the dateline ("WASHINGTON, Sept. 5, 2023 —") is when the story was filed, not when an event happened
    dateline = dateline_span(document.text) if offset == 0 else None  # the str, not Doc.text (rebuilt per call)
    if dateline:
        dateline_tokens = _dateline_tokens(doc, dateline)
    else:
        dateline_tokens = _undated_dateline_tokens(doc) if offset == 0 else set()
    time_tokens = time_token_indices(doc)
    sentences: dict[int, str] = {}  # sentence start -> its text, whitespace collapsed; many times share one
    timexes = list(doc._.timexes or [])
    by_tid = {t.tid: t for t in timexes if t.tid}
    dated = sorted((t for t in timexes if t.type in ROW_TYPES and t.interval_start is not None),
                   key=lambda t: t.start)
    dated_starts = [t.start for t in dated]
    wanted = []
    # "in the three months to September": the length and the date it runs up to are one period, the date's row
    periods = {}
    for length, end in zip(timexes, timexes[1:]):
        cover = period_to_cover(doc, length, end) if not end.range_with else None
        # "for 48 hours from Feb. 3": the date's row runs the length from it
        cover = cover or (length_from_cover(doc, length, end) if not end.range_with else None)
        if cover is not None:
            periods[id(length)] = None
            periods[id(end)] = cover
            continue
        # "in the first six months of the year": the part is the length's row, the whole period none
        part = part_of_cover(doc, length, end) if not end.range_with and id(length) not in periods else None
        if part is not None:
            periods[id(length)] = part
            periods[id(end)] = None
    # "up from 180 in the previous four weeks" after "in the four weeks to Aug. 17": the stretch before that period
    stated = [c for c in periods.values() if c is not None and c.kind == "period"]
    for t in timexes:
        if id(t) not in periods and stated:
            before = max((c for c in stated if c.char_end <= t.start), key=lambda c: c.char_end, default=None)
            cover = previous_period_cover(doc, t, before) if before is not None else None
            if cover is not None:
                periods[id(t)] = cover
    clocked = _clocked_days(doc, timexes)
    completing = _year_completing_days(doc, timexes)
    loose = _loose_ranges(doc, timexes)  # first end -> second end, for ends of different grains
    loose_ends = {id(b) for b in loose.values()}
    for t in timexes:
        if dateline and dateline[0] <= t.start and t.end <= dateline[1]:
            continue
        if id(t) in clocked:
            continue  # "on Jan. 19 at 8 a.m.": one event, its row is the clock time's
        if id(t) in completing:
            continue  # "on Jan. 5 this year": one event, its row is the day's
        partner = by_tid.get(t.range_with) if t.range_with else loose.get(id(t))
        if partner is not None and partner.start < t.start and event_end(doc.text, partner, t):
            partner = None  # "from 1960 until his death in 1994": the death is dated 1994 on a row of its own
        elif partner is not None and partner.start < t.start or id(t) in loose_ends:
            continue  # the second end of a range: its row is the first end's
        if id(t) in periods:
            cover = periods[id(t)]
            if cover is None:
                continue  # the length of a period: its row is the end date's
        elif partner is not None:
            if _measured_length_range(doc, t, partner):
                continue  # "lasted 5 to 7 days", "adding 10 to 14 days to voyages": how long, not when
            cover = range_cover(doc, t, partner)
        else:
            cover = _duration_cover(doc, t, document.pub_date, dated, dated_starts) \
                or event_offset_cover(doc, t, dated) or story_offset_cover(doc, t, dated)
        if not _wanted(t, cover) or cover is None and _measured_length(doc, t):
            continue
        wanted.append((t, cover))
        if cover is not None and cover.kind in ("range", "period"):
            # "between 2019 and 2020" is one time: no other row's headline keeps its "between" or "and" (nor its
            # own: "in the six months ended June 30")
            whole = doc.char_span(cover.char_start, cover.char_end, alignment_mode="expand")
            if whole is not None:
                time_tokens.update(x.i for x in whole)
    clocks = {id(time): day for day, time in clocked.values()}
    last = None  # (timex, trigger start) of the row before
    for t, cover in wanted:
        a, b = (cover.char_start, cover.char_end) if cover is not None and cover.kind == "range" else (t.start, t.end)
        span = doc.char_span(a, b, alignment_mode="expand")
        # ("signed in October 2018, two months after the first talks collapsed": the row is the collapse)
        offset_of = offset_event(doc, t) if cover is not None and cover.kind == OFFSET_OF_CLAUSE else None
        link_on = span
        if cover is not None and cover.kind == "range" and span is not None and len(span):
            link_on = _range_link_span(doc, t, span)
        ev = link_span(doc, link_on, time_tokens, dateline_tokens, dated=offset_of) if link_on is not None and len(link_on) else None
        if ev is not None and ev.attachment == "apposition":
            ev = _apposition_event(doc, ev, time_tokens)
        if ev is not None and ev.attachment in ("state-under", "prep-nominal"):
            ev = _state_under_event(doc, ev, time_tokens)
        if ev is not None and last is not None and last[1] == ev.trigger_start and _renames(doc, last[0], t):
            continue  # "planned for May 26, the day after the cup final": one day, one row
        if ev is not None and last is not None and last[1] == ev.trigger_start and _restates_offset(doc, last[0], t):
            continue  # "return on Feb. 26, days before a March 1 deadline": the length says Feb. 26 again
        last = (t, ev.trigger_start if ev is not None else None)
        sentence = None
        if span is not None and len(span):
            sent = span.sent
            sentence = sentences.get(sent.start)
            if sentence is None:
                sentence = sentences[sent.start] = " ".join(sent.text.split())
        why = why_undated(span) if ev is None and span is not None and len(span) else ""
        if why == NAME_LABEL:
            continue  # "the 2023 Data Privacy Act", a film called "Winter of 1989": part of a name, no time told
        row = _row_base(document)
        start, end, fuzzy = t.interval_start, t.interval_end, bool(t.fuzzy or t.interval_start is None)
        granularity = t.granularity
        if cover is not None:
            start, end = cover.start, cover.end
            fuzzy = bool(cover.fuzzy or start is None)
            granularity = granularity or cover.granularity
        elif fraction_part(t) is not None:
            start, end = fraction_part(t)  # "the final quarter of the decade": the share, not the whole decade
        # "by mid-2025", "until the end of the month", "since late 2021": a bound at the part of the period the words
        # name, not at the whole period's edge (fuzzy). A plain "the end of the year" row keeps the period's own
        # interval, as its TIMEX3 value does (narrowing it too was tried and dropped: a blind floor fell)
        part = mod_part(t.interval_start, t.interval_end, t.mod, t.granularity)
        if part is not None and cover is not None and cover.kind in ("until", "since"):
            if cover.kind == "until" and start is not None and part[1] > start:
                end = part[1]
            elif cover.kind == "since":
                start = part[0]
            fuzzy = True
        # "until early 2025" ends with the early part; "before mid-July" ends where the middle begins ("before the
        # end of the year" keeps the year's end: before it is out, interval.py)
        bound = mod_part(t.interval_start, t.interval_end, t.mod, t.granularity, bound=True) \
            if t.mod in ("START", "MID") and cover is not None and cover.kind in ("until", "before") else None
        if bound is not None and start is not None:
            cut = bound[1] if cover.kind == "until" else bound[0]
            # (a "before" cover ends at the period's start, short of the part)
            if start < cut and (cover.kind == "before" or end is None or cut < end):
                end, fuzzy = cut, True
        asserted = is_asserted(ev.modality if ev is not None else None, start, end, document.pub_date)
        if not asserted and ev is not None and cover is not None and cover.kind == "until" and not ev.modality \
                and _done_act(doc, ev):
            asserted = True  # "suspended classes until Wednesday": the suspending is done; only the state runs on
        row.update(
            sentence=sentence,
            timex_text=t.text, timex_type=t.type, timex_value=t.value, timex_mod=t.mod,
            char_start=t.start, char_end=t.end,
            start=start, end=end,
            granularity=granularity, fuzzy=fuzzy,
            rule=t.rule, unresolved=bool(t.unresolved), anchor=t.anchor,
            range_text=cover.text if cover is not None else None,
            asserted=asserted,
            # the characters the row covers (both ends of a range, "since ..."): the evaluation matches on them
            _cover=(cover.char_start + offset, cover.char_end + offset) if cover is not None else None,
        )
        day = clocks.get(id(t))
        if day is not None and cover is None:
            row["_cover"] = (day.start + offset, t.end + offset)  # the day's words are this row's too
        if ev is not None:
            row.update(
                event=ev.summary, trigger=ev.trigger, trigger_lemma=ev.trigger_lemma,
                subject=ev.subject or None, object=ev.object or None, actors=ev.actors,
                modality=ev.modality or None, trigger_start=ev.trigger_start, trigger_end=ev.trigger_end,
                source=ev.source or None, subject_resolved_from=ev.subject_resolved_from or None,
                _attachment=ev.attachment,  # which decision picked the trigger: `timeline eval events --by-decision`
            )
        elif span is not None and len(span):
            # a row the reader should not take for an event ("its lowest level since 2009"): say why it has none
            row.update(no_event=why or None)
            if why == RECURRING_WINDOW:
                # a window of any day ("every day between 10 a.m. and 6 p.m."): no day of its own, so no interval
                # a chart could place on the day the clock times were resolved against
                row.update(start=None, end=None)
        if offset:
            for c in OFFSET_COLUMNS:
                if row.get(c) is not None:
                    row[c] += offset
        rows.append(row)
        # a "when" clause after a whole range is about its end: "between 2020 and 2022, when it filed"; one straight
        # after it (no comma), of a range that does not run "until" its end, tells what went on over the range
        last_end = by_tid.get(t.range_with) if cover is not None and cover.kind == "range" and t.range_with else None
        whole = cover if last_end is not None and _when_over_range(doc, t, last_end) else None
        also = _when_clause_row(doc, span, last_end or t, row, ev, time_tokens, dateline_tokens, document, offset,
                                whole=whole)
        if also is not None:
            rows.append(also)
        since = _since_event_row(doc, span, t, row, ev, time_tokens, dateline_tokens, document, offset) \
            if cover is None else None
        if since is not None:
            rows.append(since)
    return rows


def _apposition_event(doc: Doc, ev, time_tokens: set[int]):
    """'Christine Lagarde, ECB president since 2019, said ...': a row dated inside an apposition is about the noun the
    apposition renames: that noun is its subject (not the apposition's possessor, "Rwanda's president"), and the
    headline says who is what ("Christine Lagarde: ECB president")."""
    trig = doc.char_span(ev.trigger_start, ev.trigger_end, alignment_mode="expand")
    if trig is None or not len(trig) or trig.root.dep_ != "appos":
        return ev
    appos = trig.root
    anchor = appos.head
    own = {x.i for x in appos.subtree}
    subject = join_tokens(phrase_tokens(anchor, own | set(time_tokens)))
    if not subject:
        return ev
    return dataclasses.replace(ev, subject=subject, summary=f"{subject}: {ev.summary}" if ev.summary else subject)


def _state_under_event(doc: Doc, ev, time_tokens: set[int]):
    """'a new wing, under construction since 2014, would open': the row of the state ("construction") is about the
    noun that is under it: that noun is its subject, without the phrase set off after it."""
    trig = doc.char_span(ev.trigger_start, ev.trigger_end, alignment_mode="expand")
    owner = state_aside_owner(trig.root.head) if trig is not None and len(trig) and trig.root.dep_ == "pobj" else None
    if owner is None:
        return ev
    under = trig.root.head
    own = {x.i for x in under.subtree} if owner.i > under.i else set()
    subject = join_tokens(phrase_tokens(owner, set(time_tokens) | own | {under.i - 1}))
    if not subject:
        return ev
    # the headline says what the state is, not the main clause ("The pier under repair", not "The pier will reopen")
    dated = {x.i for c in under.subtree if c.i != under.i and c.dep_ == "prep" and any(g.i in time_tokens for g in c.subtree)
             for x in c.subtree}
    state = join_tokens([x for x in under.subtree if x.i not in dated and x.i not in time_tokens and not x.is_punct])
    return dataclasses.replace(ev, subject=subject, summary=f"{subject} {state}")


def _since_event_row(doc: Doc, span, t, row: dict, ev, time_tokens, dateline_tokens, document: Document,
                     offset: int) -> dict | None:
    """A second row for the verb a "since" phrase bounds when the phrase names an event the time dates ("has been
    closed since the coup on Feb. 1": the coup on Feb. 1, and the closure from then to the report; "Since taking
    over in 2021, she has cut costs"); None when the row's event is no such noun or gerund."""
    if ev is None or span is None or not len(span) or t.interval_start is None or document.pub_date is None:
        return None
    noun = doc.char_span(ev.trigger_start - offset, ev.trigger_end - offset, alignment_mode="expand") \
        if ev.trigger_start is not None else None
    if noun is None or not len(noun) or len(noun) != 1 and not _one_hyphenated_word(noun):
        return None
    noun = noun.root
    lead = noun.head
    if noun.dep_ not in ("pobj", "pcomp") or INTERVAL_CUES.get(lead.lower_) != "since" or lead.dep_ != "prep" \
            or record_comparison(lead):
        return None
    verb = lead.head
    verb = perfect_over_infinitive(verb, lead) or verb  # "have campaigned for the road to be closed since a crash"
    if verb.i == noun.i or not is_predicate(verb) or verb.pos_ not in ("VERB", "AUX"):
        return None
    # the time inside the phrase, or right after it with one preposition ("since the invasion in February 2022")
    if not (lead.i < span.start and span.end - 1 <= lead.right_edge.i
            or span.start == lead.right_edge.i + 2 and doc[lead.right_edge.i + 1].pos_ == "ADP"):
        return None
    also = link_span(doc, span, time_tokens, dateline_tokens, dated=verb)
    if also is None:
        return None
    end = dt.datetime.combine(document.pub_date, dt.time()) + dt.timedelta(days=1)
    if end <= t.interval_start:
        return None
    return _row_for_event(row, also, offset, start=t.interval_start, end=end, fuzzy=bool(t.fuzzy),
                          granularity=t.granularity, range_text=text_of(doc)[lead.idx:t.end],
                          _cover=(lead.idx + offset, t.end + offset),
                          asserted=is_asserted(also.modality, t.interval_start, end, document.pub_date))


_WHEN_RIGHT_AFTER = re.compile(r"\s+when\b", re.IGNORECASE)


def _when_over_range(doc: Doc, first, second) -> bool:
    """Whether a "when" clause straight after the range ``first``..``second`` (no comma) is about the whole range:
    "Schools were shut from Nov. 4 to 8 when bus drivers went on strike" (the strike is the stretch the closure
    took), where "between 2020 and 2022, when it filed" (a comma) and "from 1990 until 2011 when he retired" (a
    range that runs until its end: the clause names that end) are about the end. Only a range of days: over years
    ("between 2016 and 2019 when the fund collapsed") the clause as often names the end."""
    text = text_of(doc)
    if second.granularity not in _DAY_GRAINS or not _WHEN_RIGHT_AFTER.match(text, second.end):
        return False
    gap = doc.char_span(first.end, second.start, alignment_mode="expand")
    return gap is not None and not any(w.lower_ in RANGE_END_POINT_WORDS for w in gap)


def _when_clause_row(doc: Doc, span, t, row: dict, ev, time_tokens, dateline_tokens, document: Document,
                     offset: int, whole=None) -> dict | None:
    """A second row for the event of a "when" clause on the time ("has been at war since April 2023, when
    fighting broke out" -> the fighting broke out in April 2023), dated by the time itself (not by the "since"
    interval the first row has); None when there is no such clause or the first row is already its event.
    ``whole``: the range's cover, when the clause is about the whole range (:func:`_when_over_range`)."""
    if ev is None or span is None or not len(span) or t.interval_start is None:
        return None
    verb = when_clause_verb(span)
    if verb is None or ev.trigger_start <= verb.idx < ev.trigger_end:
        return None
    also = link_span(doc, span, time_tokens, dateline_tokens, dated=verb)
    if also is None:
        return None
    if whole is not None and whole.start is not None:
        return _row_for_event(row, also, offset, start=whole.start, end=whole.end, fuzzy=bool(whole.fuzzy), _cover=None,
                              asserted=is_asserted(also.modality, whole.start, whole.end, document.pub_date))
    return _row_for_event(row, also, offset, start=t.interval_start, end=t.interval_end, fuzzy=bool(t.fuzzy),
                          granularity=t.granularity, range_text=None, _cover=None,
                          asserted=is_asserted(also.modality, t.interval_start, t.interval_end, document.pub_date))


def _row_for_event(row: dict, ev, offset: int, **dates) -> dict:
    """A copy of ``row`` for a second event ``ev`` on the same time, with ``dates`` (its interval and flags) and
    the event's own columns; trigger offsets shifted by the piece's ``offset`` into the document."""
    out = dict(row)
    out.update(
        dates, event=ev.summary, trigger=ev.trigger, trigger_lemma=ev.trigger_lemma,
        subject=ev.subject or None, object=ev.object or None, actors=ev.actors,
        modality=ev.modality or None, trigger_start=ev.trigger_start, trigger_end=ev.trigger_end,
        source=ev.source or None, subject_resolved_from=ev.subject_resolved_from or None, _attachment=ev.attachment,
    )
    if offset:
        for c in ("trigger_start", "trigger_end"):
            if out.get(c) is not None:
                out[c] += offset
    return out


def _done_act(doc, ev) -> bool:
    """Whether the row's trigger is a verb in the simple past ("suspended classes until Wednesday", "closed the road
    until Thursday"): an act already done that set a state running on to the time, not a plan."""
    tok = doc.char_span(ev.trigger_start, ev.trigger_end, alignment_mode="expand")
    return tok is not None and len(tok) > 0 and (len(tok) == 1 or _one_hyphenated_word(tok)) and tok.root.tag_ == "VBD"


def _one_hyphenated_word(span) -> bool:
    """Whether ``span`` is one hyphenated word ("fast-tracked"), the trigger a row may give (events/phrases.py)."""
    return hyphenated_word(span.root) == (span[0], span[-1])
