"""The vocabulary data (vocab/en.json) and the regex macros built from it."""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path

_VOCAB_DIR = Path(__file__).with_name("vocab")


@functools.lru_cache(maxsize=None)
def vocab(lang: str = "en") -> dict:
    with open(_VOCAB_DIR / f"{lang}.json", encoding="utf-8") as fh:
        data = json.load(fh)
    data.pop("_comment", None)
    return data


def _alt(words) -> str:
    """Regex alternation, longest first so "sept." wins over "sept"; spaces match any run of whitespace."""
    parts = []
    for w in sorted(set(words), key=len, reverse=True):
        p = re.escape(w).replace(r"\ ", r"\s+").replace("'", "['’]")
        parts.append(p)
    return "(?:" + "|".join(parts) + ")"


def norm_key(s: str) -> str:
    """Normalize matched text for vocabulary lookup."""
    return re.sub(r"\s+", " ", s.lower().replace("’", "'")).strip()


@functools.lru_cache(maxsize=None)
def macros() -> dict[str, str]:
    v = vocab()
    units_tens = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
    units_ones = "one|two|three|four|five|six|seven|eight|nine"
    numword = rf"(?:(?:{units_tens})(?:[-\s](?:{units_ones}))?|" + _alt(
        k for k in v["numbers"] if k not in ("a", "an")
    )[3:]
    m = {
        "MONTH": _alt(v["months"]),
        "WEEKDAY": _alt(v["weekdays"]),
        "SEASON": _alt(v["seasons"]),
        "POD": _alt(v["parts_of_day"]),
        "ORDINAL": _alt(k for k, n in v["ordinals"].items() if n > 0),
        "DAYORD": _alt(k for k, n in v["ordinals"].items() if 0 < n <= 31 and not k[0].isdigit()),
        "UNIT": _alt(v["units"]),
        "UNITPL": _alt(k for k in v["units"] if k.endswith("s") or k in ("millennia", "centuries")),
        "DURMOD": "past|last|next|first|coming|previous|final|latest|following|full|entire|remaining|initial",
        "UNITSG": _alt(k for k in v["units"] if not k.endswith("s") or k in ("hours",)),
        "VAGUENUM": _alt(v["vague_numbers"]),
        "NUMWORD": numword,
        # a count: digits (1, 2.5, 1,000) or words (three, twenty-five, a, an, a couple of)
        "NUM": rf"(?:\d+(?:[.,]\d+)?(?:\s+\d/\d)?|{numword}|an?)",
        "DAYNUM": r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?",
        "YEAR": r"(?:1[0-9]\d\d|20\d\d)",
        "YEAR2": r"(?:'\d\d)",
        "APPROX": _alt(v["approx_mods"]),
        "HOLIDAY": _alt(list(v["holidays"]) + list(v["floating_holidays"])),
        "VAGUE": _alt(v["vague"]),
        "SETADV": _alt(v["set_adverbs"]),
        "DECADEWORD": _alt(v["decade_words"]),
    }
    return m


def expand(pattern: str) -> str:
    """Replace @NAME@ macros in a rule pattern."""
    ms = macros()
    return re.sub(r"@([A-Z0-9]+)@", lambda mo: ms[mo.group(1)], pattern)


def month_num(s: str) -> int:
    return vocab()["months"][norm_key(s).rstrip(".") if norm_key(s) not in vocab()["months"] else norm_key(s)]


def day_num(s: str) -> int:
    """Day of the month as written: "6", "6th", "sixth"."""
    m = re.match(r"\d+", s)
    return int(m.group()) if m else vocab()["ordinals"][norm_key(s)]


def weekday_num(s: str) -> int:
    k = norm_key(s)
    return vocab()["weekdays"][k]


def number(s: str) -> float | None:
    """The value of a count written in digits or words; None for vague counts ("several")."""
    k = norm_key(s).replace(",", "")
    if not k:
        return None
    m = re.fullmatch(r"(\d+(?:\.\d+)?)(?:\s+(\d)/(\d))?", k)
    if m:
        val = float(m.group(1))
        if m.group(2):
            val += int(m.group(2)) / int(m.group(3))
        return val
    nums = vocab()["numbers"]
    if k in nums:
        return float(nums[k])
    parts = re.split(r"[-\s]+", k)
    if len(parts) == 2 and parts[0] in nums and parts[1] in nums:
        return float(nums[parts[0]] + nums[parts[1]])
    return None


def fmt_num(x: float | None) -> str:
    if x is None:
        return "X"
    return str(int(x)) if float(x).is_integer() else f"{x:g}"
