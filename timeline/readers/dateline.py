"""Publication dates stated at the head of a story: "WASHINGTON, Sept. 5, 2023 —", "September 5, 2023",
"5 September 2023", "2023-09-05". Only the first line is looked at: a date deeper in the text is story
content, not a dateline (an undated "BOSTON (AP) —" is also found on the line after a headline). The month names come from the tagger's vocabulary; dateparser reads the span.

Wire services often leave the year out ("LISBON, March 14 (Reuters) -"). Such a dateline states no
publication date (the year would be a guess), but it is still the filing line, not an event: its span is
found, so the event table leaves it out, only when a place comes first and the agency or the dash closes it
("March 14 was a Monday" opens a story, not a dateline)."""

from __future__ import annotations

import datetime as dt
import functools
import re

from ..document import parse_date_string
from ..temporal.vocab import expand

HEAD_CHARS = 200  # a dateline sits in the first line or two


@functools.lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, ...]:
    place = r"^(?:[A-Z][A-Za-z .'-]{1,40},\s*){0,2}(?:@WEEKDAY@,?\s*)?"  # ("NAIROBI, Kenya, Sept. 5, 2024")
    return tuple(re.compile(expand(place + p), re.I) for p in (
        r"(?P<date>@MONTH@\s+\d{1,2},?\s+\d{4})\b",
        r"(?P<date>\d{1,2}\s+@MONTH@,?\s+\d{4})\b",
        r"(?P<date>\d{4}-\d{2}-\d{2})\b",
    ))


@functools.lru_cache(maxsize=1)
def _yearless_patterns() -> tuple[re.Pattern, ...]:
    place = r"^(?:[A-Z][A-Za-z .'-]{1,40},\s*){1,2}(?:@WEEKDAY@,?\s*)?"  # "NAIROBI, Kenya, "
    closer = r"(?=,?\s*(?:\([^()\n]{1,40}\)\s*)?[-\u2013\u2014])"  # "(Reuters) -", " —"
    return tuple(re.compile(expand(place + p + closer), re.I) for p in (
        r"(?P<date>@MONTH@\s+(?P<day>\d{1,2}))",
        r"(?P<date>(?P<day>\d{1,2})\s+@MONTH@)",
    ))


# A dateline with no date: a place in capitals at the very start (a region, an agency in brackets may follow)
# closed by a spaced dash: "GENEVA (Reuters) -", "NAIROBI, Kenya (AP) —", "LOS ANGELES —". Only capitalised
# words and brackets before the dash: "NATO leaders met ... —" is a sentence.
# (a city's abbreviated first word is part of it: "ST. PAUL, Minn. (AP) —", "FT. WORTH, Texas (AP) —")
_UNDATED = re.compile(r"(?:[A-Z]{2,3}\.[ \t]+)?[A-Z]{3,}(?:(?:,[ \t]*|[ \t]+)(?:[A-Z][\w.'&-]*|\([^()\n]{1,40}\)|/[^/\n]{1,40}/)){0,6}"
                      r"[ \t]+(?:--|[-\u2013\u2014])(?=\s)")  # (a press-release wire between slashes: "/PRNewswire/")


# the same in mixed case ("Manchester — United sacked ..."), only with a long dash: one to three capitalised words
# (a region after a comma, an agency in brackets may follow) and a capital after the dash; "Coca-Cola - shares
# fell" is no dateline, nor a name opening an aside ("Trump — who won in 2016 — said", "Officials — and residents
# — said": see _ASIDE_DASH)
_UNDATED_MIXED = re.compile(r"[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2}(?:,[ \t]*[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)?"
                            r"(?:[ \t]+\([^()\n]{1,40}\))?[ \t]+[\u2013\u2014](?=\s+[A-Z\"\u201c])")
# a second long dash in the same sentence closes an aside the first one opened
_ASIDE_DASH = re.compile(r"[^.!?\n]*?[\u2013\u2014]")


def _mixed_dateline(text: str, start: int) -> re.Match | None:
    m = _UNDATED_MIXED.match(text, start)
    return None if m is None or _ASIDE_DASH.match(text, m.end()) else m


# A headline line before the dateline: short, and not a sentence (no closing stop)
HEADLINE_CHARS = 160
_SENTENCE_END = (".", "!", "?", ":", "\"", "\u201d", "'", "\u2019")
# (a staff title or paper may follow the name: "By Ann Lee, Staff Writer", "By Tom Hale, The Courier")
_BYLINE = re.compile(r"By [A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3}(?: and [A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3})?"
                     r"(?:,[ \t]*[A-Z][\w.'&-]*(?:[ \t]+[A-Z][\w.'&-]*){0,4})?\s*$")


def _line_starts(text: str) -> list[int]:
    """Where the dateline may start: the first non-empty line, and the next one when the first is a headline
    ("Drugmaker's pill slows decline\n\nBOSTON (AP) — ..."), as real copy often has."""
    start = len(text) - len(text.lstrip("\ufeff \t\r\n"))
    starts = [start]
    first = text[start:start + HEADLINE_CHARS + 1].split("\n", 1)
    if len(first) == 2 and first[0].strip() and len(first[0]) <= HEADLINE_CHARS \
            and not first[0].rstrip().endswith(_SENTENCE_END):
        nxt = start + len(first[0]) + 1
        rest = text[nxt:]
        starts.append(nxt + len(rest) - len(rest.lstrip(" \t\r\n")))
        # and the one after a byline under the headline ("By Laura Mendes")
        line = text[starts[-1]:starts[-1] + HEADLINE_CHARS + 1].split("\n", 1)
        if len(line) == 2 and _BYLINE.match(line[0]):
            nxt = starts[-1] + len(line[0]) + 1
            rest = text[nxt:]
            starts.append(nxt + len(rest) - len(rest.lstrip(" \t\r\n")))
    return starts


def undated_dateline_span(text: str) -> tuple[int, int] | None:
    """Where an undated dateline at the start of ``text`` (or of the line after a headline, and a byline) sits, up to just
    after its dash, or None. It is the filing line, not story text: no subject or headline may show it."""
    for start in _line_starts(text):
        m = _UNDATED.match(text, start) or _mixed_dateline(text, start)
        if m and (start == 0 or m.start() == start):
            return m.start(), m.end()
    return None


def _match(text: str, patterns=None) -> tuple[re.Match, int] | None:
    """The dateline match on the first non-empty line, or on the line after a headline (and byline), and where
    that line starts in ``text``."""
    for k, start in enumerate(_line_starts(text)):
        first_raw = text[start:start + HEAD_CHARS].split("\n", 1)[0]
        first = first_raw.strip()
        for pat in patterns or _patterns():
            m = pat.match(first)
            # under a headline only a place before the date and a dash after it mark the filing line
            # ("SEATTLE, June 12 - Northwind agreed"); a bare date there may open the story
            if m and (k == 0 or (m.start("date") > 0 and _DATED_CLOSER.match(first, m.end("date")))):
                return m, start + (len(first_raw) - len(first_raw.lstrip()))
    return None


def find_dateline(text: str) -> dt.date | None:
    """The date of a dateline at the start of ``text`` (first non-empty line), or None."""
    found = _match(text)
    return parse_date_string(found[0].group("date")) if found else None


def dateline_span(text: str) -> tuple[int, int] | None:
    """Character offsets of a dateline's date in ``text``: it states when the story was filed, so it dates
    no event in it (the event table leaves it out)."""
    found = _match(text)
    if not found or parse_date_string(found[0].group("date")) is None:
        found = _match(text, _yearless_patterns())
        if not found or not 1 <= int(found[0].group("day")) <= 31:
            return None
    m, offset = found
    return offset + m.start("date"), offset + m.end("date")


# what may close a dated dateline after its date: an agency in brackets, then a dash ("March 19 (Wire) -", ", 2023 —")
# (a press-release wire between slashes too: "Sept. 5, 2024 /PRNewswire/ --")
_DATED_CLOSER = re.compile(r",?[ \t]*(?:(?:\([^()\n]{1,40}\)|/[^/\n]{1,40}/)[ \t]*)?(?:--|[-\u2013\u2014])[ \t]+(?=\S)")


def story_start(text: str) -> int | None:
    """Where the story starts after a dateline closed by a dash ("AMSTERDAM, May 6 (Wire) - Kestrel Pay ..." → the
    offset of "Kestrel"), or None when the text opens with no such dateline. The lede is a sentence of its own:
    parsed with the dateline, its subject hangs on the place as an apposition."""
    span = dateline_span(text)
    if span is not None:
        m = _DATED_CLOSER.match(text, span[1])
        return m.end() if m else None
    span = undated_dateline_span(text)
    if span is None:
        return None
    rest = text[span[1]:span[1] + 10]
    return span[1] + len(rest) - len(rest.lstrip(" \t")) if rest[:1] in (" ", "\t") else None
