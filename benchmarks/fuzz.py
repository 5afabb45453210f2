#!/usr/bin/env python
"""Randomized robustness run of the temporal tagger (issue 5). Not part of CI.

    python benchmarks/fuzz.py                 # 100,000 generated inputs + the pathological set
    python benchmarks/fuzz.py --n 5000 --jobs 2 --seed 7 --report fuzz.json

Each input is a text plus a publication date (none, an edge date or a random one). Inputs come from
generators: random Unicode, random ASCII, date-ish punctuation soup, news sentences built from a grammar
of date phrases, the same sentences mutated, extreme and impossible dates, deictic-only text without a
publication date, and a few long documents. A fixed pathological set runs once: empty, one character,
a 5 MB document, 200,000-character lines without spaces, a text just over spaCy's 1,000,000-character limit.

Invariants checked on every output (the same list as tests/test_robustness.py):
  never raises; 0 <= start < end <= len(text); text[start:end] == timex.text; spans sorted and disjoint;
  tids unique; type in TYPES and value valid TIMEX3 (is_valid_value); mod a TIMEX3 mod; an interval is
  whole, start < end, has a granularity and equals value_interval(value) (or its part before / after the
  publication date for "earlier this year" / "later this month"); unresolved values contain X;
  no pub date -> no 'dct:' anchor, and deictic-only text gives no concrete DATE/TIME value;
  on a sample: identical output when tagged again, and under two faked wall clocks (needs time-machine).

Tagging uses the CLI's fast path (parser and NER disabled) through nlp.pipe in batches. The summary lists
inputs tried per generator, throughput, slow inputs and every distinct failure with a short repro.
Exit status: 0 if no failure was found, 1 otherwise.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import multiprocessing as mp
import os
import random
import re
import sys
import time
import traceback
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

import timeline  # noqa: E402
from timeline import pipeline as nlp_mod  # noqa: E402
from timeline.temporal.invariants import violations  # noqa: E402

# ------------------------------------------------------------------ the grammar of date phrases

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December", "Jan.", "Feb.", "Mar.", "Apr.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.",
          "JANUARY", "march", "may", "Febuary"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Mon.", "Tues.", "Fri.",
            "sunday", "TUESDAY"]
UNITS = ["day", "days", "week", "weeks", "month", "months", "year", "years", "quarter", "quarters", "decade",
         "decades", "century", "centuries", "millennium", "hour", "hours", "minute", "minutes", "weekend", "season"]
NUMBERS = ["one", "two", "three", "six", "ten", "twelve", "a", "an", "several", "a few", "many", "0", "1", "3", "18",
           "365", "10000", "99999999999999999999", "1.5", "-3", "nearly a", "more than three", "about 40"]
SEASONS = ["spring", "summer", "fall", "autumn", "winter", "Spring", "SUMMER"]
ORDINALS = ["first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th", "fifth", "0th", "final", "last"]
HOLIDAYS = ["Christmas", "Christmas Eve", "New Year's Day", "New Year's Eve", "Thanksgiving", "Easter",
            "Independence Day", "Labor Day", "Memorial Day", "Halloween"]
RELS = ["last", "next", "this", "this past", "this coming", "the past", "the coming", "the previous", "the following"]
PARTS = ["morning", "afternoon", "evening", "night"]
MODS_TEXT = ["early", "late", "mid-", "the end of", "the beginning of", "the middle of", "nearly", "almost",
             "about", "more than", "less than", "at least", "the start of", "earlier", "later"]
EXTREME = [
    "the year 10000", "February 30, 2021", "year 0", "the 5th millennium BC", "the 0th century", "the 99th century",
    "31 February 2020", "Dec. 32, 2020", "13/13/2020", "00/00/2020", "0000-01-01", "9999-12-31", "Dec. 31, 9999",
    "Jan. 1, 0001", "the 1st century BC", "10000 years ago", "Q4 9999", "week 53 of 2020", "2020-W53",
    "Feb. 29, 2023", "Feb. 29, 2024", "Feb. 29, 1900", "Feb. 29, 2000", "at 25:00", "at 23:60", "at 0:00 a.m.",
    "at 12:00 p.m.", "the 9990s", "the 0s", "the 10000s", "Christmas 9999", "Thanksgiving 0001",
    "99999999999999999999 years ago", "the last millennium", "in 1", "year 9999", "the year 99999",
    "the 21st century BC", "2,000 years ago", "in 200 BC", "AD 79", "the 3rd millennium", "in 0001",
    "12/31/9999", "1/1/0001", "9999-W52", "0001-W01", "the year 1", "fiscal 9999", "the 2020s' 2030s",
]
DEICTIC = [
    "yesterday", "today", "tomorrow", "tonight", "last night", "this morning", "tomorrow morning", "last week",
    "next week", "this week", "last month", "next month", "this month", "last year", "next year", "this year",
    "last quarter", "next quarter", "this quarter", "the weekend", "last weekend", "next weekend", "on Tuesday",
    "last Friday", "next Monday", "three days ago", "two weeks ago", "five years ago", "two years from now",
    "last summer", "next spring", "this fall", "in July", "last November", "Aug. 9", "3 July", "June last year",
    "the third quarter", "the first half", "earlier this year", "later this month", "the day before yesterday",
    "at 3 p.m.", "at noon", "Christmas Eve", "next Christmas", "last decade", "this century", "the end of the month",
    "early next year", "Monday morning", "Friday night", "three days later", "a week earlier", "the following month",
]
SUBJECTS = ["The minister", "Officials", "The company", "Police", "Mr. Smith", "May", "The Sunday Times", "Protesters",
            "Shares", "Prices", "The central bank", "Analysts", "She", "They", "The court", "April", "June Carter"]
VERBS = ["said", "will meet", "met", "resumed talks", "expects growth", "plans to vote", "is set to rule", "may fall",
         "march", "rose", "fell", "has said", "would resign", "is meeting", "announced", "could come", "sprang"]
CONNECT = ["on", "in", "by", "since", "until", "before", "after", "from", "during", "for", "over", "within", "", "as of"]
OTHER = ["He sold 2000 cars.", "Water from a hot spring.", "It cost $1999.", "Up 1998 points.", "Windows 2000 crashed.",
         "She is in her 70s.", "Rule 18 applies.", "A ratio of 3/4 held.", "Temperatures hit the 90s.",
         "The March of Dimes marched.", "Theresa May resigned.", "Shares may fall."]


def date_phrase(r: random.Random) -> str:
    k = r.randrange(24)
    mo, wd, day = r.choice(MONTHS), r.choice(WEEKDAYS), r.choice(["1", "5", "9", "29", "30", "31", "0", "32", "1st",
                                                                  "22nd", "3rd", "09", str(r.randint(1, 31))])
    year = r.choice(["2023", "1998", "2000", "'98", "'05", "1", "0", "0001", "9999", "10000", "1066", "2100",
                     str(r.randint(1, 9999)), str(r.randint(1900, 2030))])
    if k == 0:
        return f"{mo} {day}, {year}"
    if k == 1:
        return f"{day} {mo} {year}"
    if k == 2:
        return f"{wd}, {mo} {day}"
    if k == 3:
        return f"{mo} {year}"
    if k == 4:
        return f"{r.choice(RELS)} {r.choice(UNITS)}"
    if k == 5:
        return f"{r.choice(NUMBERS)} {r.choice(UNITS)} {r.choice(['ago', 'later', 'earlier', 'from now', 'before', 'after'])}"
    if k == 6:
        return f"the {r.choice(ORDINALS)} {r.choice(['quarter', 'half', 'century', 'week'])}" + r.choice(
            ["", f" of {year}", " of this year", " of last year", " BC"])
    if k == 7:
        return f"{r.choice(RELS + ['the'])} {r.choice(SEASONS)}" + r.choice(["", f" of {year}", f" {year}"])
    if k == 8:
        return r.choice(["the ", "the early ", "the late ", "the mid-", ""]) + r.choice(["1990s", "'70s", "1800s", "2020s",
                                                                                          "nineties", "0s", "9990s"])
    if k == 9:
        h, m = r.randint(0, 25), r.randint(0, 61)
        return f"{r.choice(['at ', 'by ', ''])}{h}:{m:02d}" + r.choice([" a.m.", " p.m.", " am", "", " GMT", " EDT"])
    if k == 10:
        return f"{r.choice(['every', 'each'])} {r.choice(WEEKDAYS + UNITS)}" + r.choice(["", " " + r.choice(PARTS)])
    if k == 11:
        return r.choice(["twice a week", "once a year", "three times a day", "annually", "daily", "weekly", "every other month"])
    if k == 12:
        return r.choice(["now", "recently", "recent weeks", "in the coming months", "in recent years", "the past",
                         "the future", "currently", "these days", "nowadays", "soon", "once"])
    if k == 13:
        return f"{r.choice(MODS_TEXT)} {date_phrase(r)}"
    if k == 14:
        return f"{r.choice(['last', 'next', 'this', ''])} {wd} {r.choice(PARTS + [''])}".strip()
    if k == 15:
        return r.choice(HOLIDAYS) + r.choice(["", f" {year}"])
    if k == 16:
        sep = r.choice(["-", "/", "."])
        return sep.join([year if r.random() < .5 else f"{r.randint(0, 13):02d}", f"{r.randint(0, 13):02d}",
                         f"{r.randint(0, 32):02d}"])
    if k == 17:
        return f"{r.randint(0, 13)}/{r.randint(0, 32)}/{year}"
    if k == 18:
        return f"Q{r.randint(0, 5)} {year}"
    if k == 19:
        return r.choice(EXTREME)
    if k == 20:
        return r.choice(DEICTIC)
    if k == 21:
        return f"the {r.choice(['year', 'fiscal year', 'season', 'decade'])} {year}"
    if k == 22:
        return f"{date_phrase(r)} {r.choice(['and', 'to', 'through', '-', 'or'])} {date_phrase(r)}"
    return f"{mo} {r.choice(['this', 'last', 'next'])} year"


def news_sentence(r: random.Random) -> str:
    if r.random() < 0.1:
        return r.choice(OTHER)
    parts = [r.choice(SUBJECTS), r.choice(VERBS)]
    for _ in range(r.randint(1, 3)):
        parts += [r.choice(CONNECT), date_phrase(r)]
    s = " ".join(p for p in parts if p)
    return s + r.choice([".", ".", ",", ";", "!", "?", "", " —"])


def news_text(r: random.Random, sentences: int | None = None) -> str:
    n = sentences or r.randint(1, 5)
    return r.choice([" ", "\n", "\n\n", "  "]).join(news_sentence(r) for _ in range(n))


def _random_char(r: random.Random, surrogates: bool = False) -> str:
    k = r.random()
    if k < 0.35:
        return chr(r.randint(32, 126))
    if k < 0.45:
        return r.choice(" \t\n\r\x0b\x0c\u00a0\u2028\u2029\u200b\u200d\ufeff\u3000")
    if k < 0.55:
        return chr(r.randint(0, 31))
    if k < 0.70:
        return chr(r.randint(0xA0, 0x24F))  # Latin-1 / Extended
    if k < 0.75:
        return chr(r.randint(0x300, 0x36F))  # combining marks
    if k < 0.80:
        return chr(r.randint(0x590, 0x6FF))  # Hebrew / Arabic (RTL)
    if k < 0.85:
        return chr(r.choice([0x1F600, 0x1F4A9, 0x10FFFC, 0xE0001, 0x1D7D8, 0x1F1FA]) + r.randint(0, 3))
    if k < 0.90:
        return r.choice("０１２３４５６７８９٠١٢٣٤٥٦٧٨٩०१२३४५६७८९")  # non-ASCII digits
    c = r.randint(0x80, 0xFFFF)
    if 0xD800 <= c <= 0xDFFF and not surrogates:
        c = 0xFFFD
    return chr(c)


def mutate(r: random.Random, s: str, k: int) -> str:
    for _ in range(k):
        if not s:
            s = _random_char(r)
            continue
        i = r.randrange(len(s))
        op = r.randrange(9)
        if op == 0:
            s = s[:i] + _random_char(r) + s[i:]
        elif op == 1:
            s = s[:i] + s[i + 1:]
        elif op == 2:
            s = s[:i] + _random_char(r) + s[i + 1:]
        elif op == 3:
            s = s[:i] + s[i:].swapcase()
        elif op == 4:
            j = min(len(s), i + r.randint(1, 20))
            s = s[:j] + s[i:j] + s[j:]
        elif op == 5:
            s = s[:i]
        elif op == 6:
            s = s[:i] + r.choice(["'", "’", "-", ",", ".", "/", ":", " ", "  ", "\n", "s", "th", "1", "0"]) + s[i:]
        elif op == 7:
            s = s[:i] + " " + date_phrase(r) + " " + s[i:]
        else:
            j = min(len(s), i + r.randint(1, 10))
            s = s[:i] + s[i:j].upper() + s[j:]
    return s


# ------------------------------------------------------------------ generators: (text, pub_date option)

EDGE_PUB_DATES = [
    dt.date(1, 1, 1), dt.date(1, 12, 31), dt.date(9999, 12, 31), dt.date(9999, 1, 1), dt.date(9998, 12, 28),
    dt.date(2024, 2, 29), dt.date(2000, 2, 29), dt.date(1904, 2, 29), dt.date(2020, 12, 31), dt.date(2021, 1, 1),
    dt.date(2021, 1, 3), dt.date(2015, 12, 31), dt.date(2026, 12, 31), dt.date(2027, 1, 3), dt.date(2009, 12, 31),
    dt.date(2023, 12, 31), dt.date(2024, 1, 1), dt.date(1999, 12, 31), dt.date(2000, 1, 1), dt.date(2023, 9, 5),
]


def pub_date(r: random.Random) -> dt.date | None:
    k = r.random()
    if k < 0.2:
        return None
    if k < 0.5:
        return r.choice(EDGE_PUB_DATES)
    if k < 0.6:
        return dt.date(r.choice([1, 2, 99, 100, 999, 1000, 9998, 9999]), r.randint(1, 12), r.randint(1, 28))
    return dt.date.fromordinal(r.randint(dt.date(1900, 1, 1).toordinal(), dt.date(2100, 12, 31).toordinal()))


def g_unicode(r):
    return "".join(_random_char(r) for _ in range(r.randint(0, 300))), pub_date(r)


def g_unicode_surrogates(r):
    return "".join(_random_char(r, surrogates=True) for _ in range(r.randint(1, 60))), pub_date(r)


def g_ascii(r):
    return "".join(chr(r.randint(9, 126)) for _ in range(r.randint(0, 300))), pub_date(r)


def g_soup(r):
    alphabet = "0123456789/-.,:' aApPmMTQWHSUFIyXZ+"
    toks = MONTHS[:12] + WEEKDAYS[:7] + ["ago", "later", "last", "next", "the", "of", "BC", "AD", "s", "'s"]
    out = []
    for _ in range(r.randint(0, 60)):
        out.append(r.choice(alphabet) if r.random() < 0.8 else " " + r.choice(toks) + " ")
    return "".join(out), pub_date(r)


def g_news(r):
    return news_text(r), pub_date(r)


def g_mutated(r):
    return mutate(r, news_text(r), r.randint(1, 8)), pub_date(r)


def g_extreme(r):
    return f"{r.choice(SUBJECTS)} {r.choice(VERBS)} {r.choice(CONNECT)} {r.choice(EXTREME)}.", pub_date(r)


def g_deictic_nopub(r):
    parts = [f"{r.choice(SUBJECTS)} {r.choice(VERBS)} {r.choice(DEICTIC)}" for _ in range(r.randint(1, 4))]
    return ". ".join(parts) + ".", None


def g_edge_pub(r):
    return news_text(r), r.choice(EDGE_PUB_DATES)


def g_long(r):
    return news_text(r, r.randint(50, 400)), pub_date(r)


GENERATORS = {  # name -> (weight, function)
    "news": (20, g_news),
    "mutated_news": (25, g_mutated),
    "unicode": (10, g_unicode),
    "unicode_surrogates": (1, g_unicode_surrogates),
    "ascii": (8, g_ascii),
    "date_soup": (10, g_soup),
    "extreme_dates": (10, g_extreme),
    "deictic_no_pub_date": (8, g_deictic_nopub),
    "edge_pub_dates": (8, g_edge_pub),
    "long_document": (0.2, g_long),
}
_NAMES = list(GENERATORS)
_WEIGHTS = [GENERATORS[n][0] for n in _NAMES]


def make_input(seed: int, i: int) -> tuple[str, str, dt.date | None]:
    r = random.Random(seed * 1_000_003 + i)
    name = r.choices(_NAMES, _WEIGHTS)[0]
    text, pub = GENERATORS[name][1](r)
    return name, text, pub


def pathological() -> list[tuple[str, str, dt.date | None]]:
    r = random.Random(12345)
    five_mb = []
    size = 0
    while size < 5_000_000:
        s = news_text(r, 20) + "\n\n"
        five_mb.append(s)
        size += len(s)
    mixed = "".join(r.choice("0123456789/-.,:'aMyT") for _ in range(200_000))
    return [
        ("empty", "", dt.date(2023, 9, 5)),
        ("one_char", "a", None),
        ("one_digit", "7", dt.date(2023, 9, 5)),
        ("one_space", " ", dt.date(9999, 12, 31)),
        ("one_newline", "\n", dt.date(1, 1, 1)),
        ("one_astral", "\U0001F600", dt.date(2024, 2, 29)),
        ("nul_only", "\x00" * 10, None),
        ("200k_letters_no_space", "a" * 200_000, dt.date(2023, 9, 5)),
        ("200k_digits_no_space", "1" * 200_000, dt.date(2023, 9, 5)),
        ("200k_iso_dates_glued", "2020-01-01" * 20_000, dt.date(2023, 9, 5)),
        ("200k_punctuation_soup_no_space", mixed, dt.date(2023, 9, 5)),
        ("200k_newlines", "\n" * 200_000, dt.date(2023, 9, 5)),
        ("just_over_1M_chars", "a " * 500_001 + "It ended Aug. 9, 2023.", dt.date(2023, 9, 5)),
        ("5MB_news_document", "".join(five_mb)[:5_000_000], dt.date(2023, 9, 5)),
    ]


# ------------------------------------------------------------------ invariants


def _dicts(timexes):
    return [t.to_dict() for t in timexes]


def _where(exc: BaseException) -> str:
    """file:line of the deepest frame inside the timeline package (else the deepest frame)."""
    frames = traceback.extract_tb(exc.__traceback__)
    ours = [f for f in frames if "/timeline/" in f.filename.replace(os.sep, "/")]
    f = (ours or frames or [None])[-1]
    if f is None:
        return "?"
    fn = f.filename
    try:
        fn = str(Path(fn).resolve().relative_to(REPO))
    except ValueError:
        pass
    return f"{fn}:{f.lineno}"


# ------------------------------------------------------------------ the run


class Tally:
    def __init__(self):
        self.tried = collections.Counter()
        self.failed_inputs = collections.Counter()
        self.failures: dict[str, dict] = {}
        self.timexes = 0
        self.slow: list[tuple[str, float, int]] = []
        self.checked_determinism = 0
        self.checked_clock = 0

    def fail(self, key: str, gen: str, text: str, pub, detail: str, where: str = ""):
        f = self.failures.get(key)
        if f is None:
            self.failures[key] = {"key": key, "count": 1, "generator": gen, "where": where, "detail": detail[:300],
                                  "pub_date": pub.isoformat() if pub else None, "len": len(text),
                                  "text": text if len(text) <= 300 else text[:300] + f"... ({len(text)} chars)"}
        else:
            f["count"] += 1
            if len(text) < f["len"]:  # keep the shortest repro
                f.update(text=text if len(text) <= 300 else text[:300] + "...", len=len(text), generator=gen,
                         pub_date=pub.isoformat() if pub else None, detail=detail[:300], where=where or f["where"])

    def merge(self, other: "Tally"):
        self.tried.update(other.tried)
        self.failed_inputs.update(other.failed_inputs)
        self.timexes += other.timexes
        self.slow += other.slow
        self.checked_determinism += other.checked_determinism
        self.checked_clock += other.checked_clock
        for k, f in other.failures.items():
            mine = self.failures.get(k)
            if mine is None:
                self.failures[k] = f
            else:
                mine["count"] += f["count"]
                if f["len"] < mine["len"]:
                    mine.update({x: f[x] for x in ("text", "len", "generator", "pub_date", "detail", "where")})


_NLP = None
try:
    import time_machine as _TIME_MACHINE  # optional: pip install time-machine (in the 'test' extra)
except ImportError:
    _TIME_MACHINE = None


def _nlp():
    global _NLP
    if _NLP is None:
        _NLP = nlp_mod.load(None, nlp_mod.TAGGER_ONLY_DISABLE)
    return _NLP


def _tag_one(text, pub):
    return timeline.tag(text, pub, nlp=_nlp())  # the public API, so a crash shows where it enters timeline/


def _check(tally: Tally, gen: str, text: str, pub, timexes, i: int, sample_every: int):
    tally.timexes += len(timexes)
    v = violations(text, pub, timexes, deictic_only=(gen == "deictic_no_pub_date"))
    for msg in v:
        tally.fail("violation: " + msg.split(":")[0], gen, text, pub, msg, "timeline/temporal (tagger output)")
    if v:
        tally.failed_inputs[gen] += 1
    if sample_every and i % sample_every == 0 and len(text) < 20_000:
        tally.checked_determinism += 1
        again = _dicts(_tag_one(text, pub))
        if again != _dicts(timexes):
            tally.fail("violation: output differs between two runs", gen, text, pub, "re-tagging changed the output")
        if _TIME_MACHINE is not None and i % (sample_every * 4) == 0:
            tally.checked_clock += 1
            runs = []
            for now in (dt.datetime(1970, 1, 2, tzinfo=dt.timezone.utc), dt.datetime(2091, 7, 15, tzinfo=dt.timezone.utc)):
                with _TIME_MACHINE.travel(now, tick=False):
                    runs.append(_dicts(_tag_one(text, pub)))
            if runs[0] != runs[1] or runs[0] != again:
                tally.fail("violation: output depends on the wall clock", gen, text, pub, "faked clocks disagree")


def _run_one_safely(tally, gen, text, pub, i, sample_every):
    try:
        timexes = _tag_one(text, pub)
    except Exception as exc:  # noqa: BLE001 - that is the point
        tally.failed_inputs[gen] += 1
        key = re.sub(r"'[^']*'|\d+", "_", str(exc).split("\n")[0])[:70]  # same bug, one entry
        tally.fail(f"crash: {type(exc).__name__}: {key}", gen, text, pub,
                   f"{type(exc).__name__}: {exc}", _where(exc))
        return
    _check(tally, gen, text, pub, timexes, i, sample_every)


def run_range(args) -> Tally:
    seed, start, stop, batch_size, sample_every = args
    nlp = _nlp()
    tally = Tally()
    for b0 in range(start, stop, batch_size):
        batch = [(i, *make_input(seed, i)) for i in range(b0, min(stop, b0 + batch_size))]
        for _, gen, _, _ in batch:
            tally.tried[gen] += 1
        docs = []
        t0 = time.perf_counter()
        try:
            for _, _, text, pub in batch:
                d = nlp.make_doc(text)
                d._.pub_date = pub
                docs.append(d)
            results = [d._.timexes for d in nlp.pipe(docs, batch_size=batch_size)]
        except Exception:  # noqa: BLE001 - find the culprit(s) one by one
            for i, gen, text, pub in batch:
                _run_one_safely(tally, gen, text, pub, i, sample_every)
            continue
        dt_batch = time.perf_counter() - t0
        if dt_batch > 5:
            tally.slow.append((f"batch {b0}-{b0 + len(batch)}", round(dt_batch, 1), sum(len(x[2]) for x in batch)))
        for (i, gen, text, pub), timexes in zip(batch, results):
            _check(tally, gen, text, pub, timexes, i, sample_every)
    return tally


def _vm_bytes() -> int:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmSize:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def _isolated(conn, gen, text, pub, mem_limit):
    """Child process: tag one input under an address-space limit, send the tally back."""
    import resource

    if mem_limit:
        limit = _vm_bytes() + mem_limit
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    tally = Tally()
    _run_one_safely(tally, gen, text, pub, 1, 1 if len(text) < 20_000 else 0)
    conn.send(tally)
    conn.close()


def run_pathological(tally: Tally, verbose: bool, mem_limit_gb: float, timeout: float, only: str | None = None):
    """Each pathological input in a forked child with a memory cap and a timeout, so a 5 MB document that
    eats all memory is reported as a failure instead of taking the machine down."""
    ctx = mp.get_context("fork")
    for name, text, pub in pathological():
        if only and only not in name:
            continue
        gen = f"pathological:{name}"
        tally.tried["pathological"] += 1
        t0 = time.perf_counter()
        parent, child = ctx.Pipe(duplex=False)
        proc = ctx.Process(target=_isolated, args=(child, gen, text, pub, int(mem_limit_gb * 2**30)))
        proc.start()
        child.close()
        result = None
        if parent.poll(timeout):
            try:
                result = parent.recv()
            except EOFError:
                result = None
        proc.join(5)
        if proc.is_alive():
            proc.kill()
            proc.join()
        secs = time.perf_counter() - t0
        if result is not None:
            tally.merge(result)
            status = "ok" if not result.failures else "FAILED: " + "; ".join(result.failures)
        else:
            why = (f"no result within {timeout:.0f} s" if secs >= timeout else
                   f"child died (exit {proc.exitcode}; memory cap {mem_limit_gb:g} GB above the loaded model)")
            tally.failed_inputs["pathological"] += 1
            tally.fail(f"crash: {why.split(' (')[0]}", gen, text, pub, why, "timeline.tag (see detail)")
            status = "FAILED: " + why
        if verbose:
            print(f"  pathological {name:32s} {len(text):>9,d} chars  {secs:7.2f} s  {status[:110]}", flush=True)
        if secs > 10:
            tally.slow.append((gen, round(secs, 1), len(text)))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=100_000, help="generated inputs (default 100000)")
    ap.add_argument("--seed", type=int, default=20231, help="random seed (inputs are reproducible from seed and index)")
    ap.add_argument("--jobs", type=int, default=1, help="worker processes (fork)")
    ap.add_argument("--batch-size", type=int, default=256)
    ap.add_argument("--sample-every", type=int, default=50,
                    help="re-tag every k-th input to check determinism (and every 4k-th under faked clocks)")
    ap.add_argument("--no-pathological", action="store_true", help="skip the 5 MB / 200k-character set")
    ap.add_argument("--only-pathological", nargs="?", const="", metavar="NAME",
                    help="run only the pathological set (or only the inputs whose name contains NAME)")
    ap.add_argument("--mem-limit-gb", type=float, default=6.0,
                    help="address-space cap for each pathological input's child process (default 6)")
    ap.add_argument("--timeout", type=float, default=1200.0, help="seconds allowed per pathological input")
    ap.add_argument("--report", help="write the summary as JSON here")
    ap.add_argument("--show", type=int, help="print generated input number SHOW and exit")
    args = ap.parse_args(argv)

    if args.show is not None:
        gen, text, pub = make_input(args.seed, args.show)
        print(json.dumps({"generator": gen, "pub_date": pub.isoformat() if pub else None, "text": text},
                         ensure_ascii=False))
        return 0

    t_start = time.perf_counter()
    _nlp()
    tally = Tally()
    if not args.no_pathological:
        print("pathological inputs (each in a child process):", flush=True)
        run_pathological(tally, True, args.mem_limit_gb, args.timeout, args.only_pathological or None)
    if args.only_pathological is not None:
        args.n = 0
    t_gen = time.perf_counter()
    chunk = max(args.batch_size, 2_000)
    ranges = [(args.seed, s, min(args.n, s + chunk), args.batch_size, args.sample_every) for s in range(0, args.n, chunk)]
    done = 0
    if args.jobs > 1:
        with mp.get_context("fork").Pool(args.jobs) as pool:
            for part in pool.imap_unordered(run_range, ranges):
                tally.merge(part)
                done += sum(part.tried.values())
                _progress(done, args.n, t_gen, tally)
    else:
        for rg in ranges:
            tally.merge(run_range(rg))
            done = sum(v for k, v in tally.tried.items() if k != "pathological")
            _progress(done, args.n, t_gen, tally)
    elapsed = time.perf_counter() - t_start
    gen_secs = time.perf_counter() - t_gen
    return _summary(tally, args, elapsed, gen_secs)


def _progress(done, n, t0, tally):
    secs = time.perf_counter() - t0
    print(f"  {done:>8,d}/{n:,d} inputs  {done / max(secs, 1e-9):6.0f}/s  failures so far: "
          f"{sum(f['count'] for f in tally.failures.values())}", flush=True)


def _summary(tally: Tally, args, elapsed: float, gen_secs: float) -> int:
    generated = sum(v for k, v in tally.tried.items() if k != "pathological")
    total = sum(tally.tried.values())
    print()
    print(f"fuzz summary (seed {args.seed})")
    print(f"  inputs tried: {total:,d} ({generated:,d} generated + {tally.tried['pathological']} pathological) "
          f"in {elapsed:.0f} s; generated at {generated / max(gen_secs, 1e-9):.0f} inputs/s, jobs={args.jobs}")
    for gen in _NAMES:
        print(f"    {gen:22s} {tally.tried[gen]:>8,d} tried  {tally.failed_inputs[gen]:>6,d} failed")
    print(f"  timexes checked: {tally.timexes:,d}; determinism re-runs: {tally.checked_determinism:,d}; "
          f"faked-clock runs: {tally.checked_clock:,d}" + ("" if _TIME_MACHINE else " (time-machine not installed)"))
    if tally.slow:
        patho = [x for x in tally.slow if not x[0].startswith("batch")]
        batches = sorted((x for x in tally.slow if x[0].startswith("batch")), key=lambda x: -x[1])
        print(f"  slow inputs (> 10 s): {len(patho)}; slow batches (> 5 s): {len(batches)}, the slowest:")
        for what, secs, n in patho + batches[:5]:
            print(f"    {what}: {secs} s for {n:,d} chars")
    if not tally.failures:
        print("  failures: none")
    else:
        print(f"  distinct failures: {len(tally.failures)}")
        for f in sorted(tally.failures.values(), key=lambda f: -f["count"]):
            print(f"  - [{f['count']}x] {f['key']}")
            print(f"      at {f['where'] or '?'}; e.g. {f['generator']} pub_date={f['pub_date']}")
            print(f"      input: {f['text']!r}")
            print(f"      detail: {f['detail']}")
    if args.report:
        Path(args.report).write_text(json.dumps({
            "seed": args.seed, "n": args.n, "inputs_tried": total, "tried": dict(tally.tried),
            "failed_inputs": dict(tally.failed_inputs), "timexes": tally.timexes, "seconds": round(elapsed, 1),
            "determinism_runs": tally.checked_determinism, "clock_runs": tally.checked_clock, "slow": tally.slow,
            "failures": sorted(tally.failures.values(), key=lambda f: -f["count"]),
        }, indent=2, ensure_ascii=False, default=str), encoding="utf-8")
    return 1 if tally.failures else 0


if __name__ == "__main__":
    sys.exit(main())
