"""The vocabulary data (vocab/en.json): lexicons, and the regex macros built from them.

A lexicon is one table of words and what each one means ("last" -> -1, "Sept." -> 9). A rule's pattern
names it as a macro (``@REL_YEAR@``, or ``@UNIT:day|week@`` for some of its words) and the rule's builder
reads the matched word's value from the same lexicon. So the words a pattern accepts and the words a
builder knows come from one table: a macro word the table lacks is an error when the pattern is expanded
(at import, when the rule is declared), and looking up a word the table lacks raises instead of quietly
dropping the match.
"""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

_VOCAB_DIR = Path(__file__).with_name("vocab")


@functools.lru_cache(maxsize=None)
def vocab(lang: str = "en") -> dict:
    with open(_VOCAB_DIR / f"{lang}.json", encoding="utf-8") as fh:
        data = json.load(fh)
    # "_comment" keys document the file and its tables; they are not words
    return {k: ({w: x for w, x in v.items() if not w.startswith("_")} if isinstance(v, dict) else v)
            for k, v in data.items() if not k.startswith("_")}


def alternation(words) -> str:
    """Regex alternation of vocabulary words, longest first so "sept." wins over "sept"; spaces match any run of
    whitespace, an apostrophe either apostrophe. Every word list a pattern takes from the vocabulary goes through
    here, built once when its module loads."""
    parts = []
    for w in sorted(set(words), key=lambda w: (-len(w), w)):  # (ties in a fixed order: the same regex every run)
        p = re.escape(w).replace(r"\ ", r"\s+").replace("'", "['’]")
        parts.append(p)
    return "(?:" + "|".join(parts) + ")"


def norm_key(s: str) -> str:
    """Normalize matched text for vocabulary lookup."""
    return re.sub(r"\s+", " ", s.lower().replace("’", "'")).strip()


# ---------------------------------------------------------------- lexicons


class Lexicon:
    """One vocabulary table: the words a macro matches and the value of each.

    ``lex[word]`` is the value of a matched word; ``lex.get(word, default)`` is ``default`` when the word's
    group took no part in the match (``word`` is None). A word the table lacks raises either way: the
    pattern matched something its lexicon cannot read, which is a bug in the rule, never a "no".
    """

    def __init__(self, name: str, entries: dict[str, Any]):
        bad = [k for k in entries if norm_key(k) != k]
        if bad:
            # the alternation would match these words but their lookup (by normalized text) would miss
            raise ValueError(f"@{name}@: vocabulary keys must be lower case with single spaces: {bad}")
        self.name = name
        self._entries = entries

    def __getitem__(self, word: str) -> Any:
        try:
            return self._entries[norm_key(word)]
        except KeyError:
            raise KeyError(f"{word!r} is not in the @{self.name}@ lexicon (vocab/en.json)") from None

    def get(self, word: str | None, default: Any = None) -> Any:
        return default if word is None else self[word]

    def __contains__(self, word: str) -> bool:
        return norm_key(word) in self._entries

    def __iter__(self) -> Iterator[str]:
        return iter(self._entries)

    def __len__(self) -> int:
        return len(self._entries)

    def items(self):
        return self._entries.items()

    def __repr__(self) -> str:
        return f"Lexicon({self.name!r}, {len(self._entries)} words)"


# Tables with a short macro name; every other table is its key in capitals ("rel_year" -> @REL_YEAR@).
_TABLES = {
    "MONTH": ("months",), "WEEKDAY": ("weekdays",), "SEASON": ("seasons",), "POD": ("parts_of_day",),
    "UNIT": ("units",), "ORDINAL": ("ordinals",), "VAGUE": ("vague",), "VAGUENUM": ("vague_numbers",),
    "SETADV": ("set_adverbs",), "APPROX": ("approx_mods",), "POSITION": ("position_mods",),
    "DECADEWORD": ("decade_words",), "DURMOD": ("duration_modifiers",), "HOLIDAY": ("holidays", "floating_holidays", "moveable_feasts", "table_holidays"),
}
# Lexicons narrowed by a property of their entries rather than by a list of words.
_VIEWS: dict[str, tuple[str, Callable[[str, Any], bool]]] = {
    "UNITPL": ("UNIT", lambda k, v: k.endswith("s") or k in ("millennia", "centuries")),
    "UNITSG": ("UNIT", lambda k, v: not k.endswith("s") or k in ("hours",)),
    "DAYORD": ("ORDINAL", lambda k, v: v <= 31 and not k[0].isdigit()),
}


@functools.lru_cache(maxsize=None)
def lexicon(name: str) -> Lexicon:
    """The lexicon behind macro ``@name@``."""
    if name in _VIEWS:
        base, keep = _VIEWS[name]
        return Lexicon(name, {k: v for k, v in lexicon(base).items() if keep(k, v)})
    v = vocab()
    tables = _TABLES.get(name) or ((name.lower(),) if name.lower() in v and name.isupper() else ())
    if not tables:
        raise KeyError(f"@{name}@: no such macro or vocabulary table")
    entries: dict[str, Any] = {}
    for t in tables:
        table = v[t]
        entries.update(table if isinstance(table, dict) else dict.fromkeys(table, True))
    return Lexicon(name, entries)


def is_lexicon(name: str) -> bool:
    try:
        lexicon(name)
    except KeyError:
        return False
    return True


# ---------------------------------------------------------------- macros


@functools.lru_cache(maxsize=None)
def _regex_macros() -> dict[str, str]:
    """Macros that are patterns rather than word lists."""
    nums = vocab()["numbers"]
    tens = [k for k, n in nums.items() if n in range(20, 100, 10)]
    # "twenty-five", not "twenty a" or "twenty single"
    ones = [k for k, n in nums.items() if n in range(1, 10) and k not in ("a", "an", "single")]
    numword = rf"(?:{alternation(tens)}(?:[-\s]{alternation(ones)})?|" + alternation(k for k in nums if k not in ("a", "an"))[3:]
    return {
        "NUMWORD": numword,
        # a count: digits (1, 2.5, 1,000) or words (three, twenty-five, a, an, a couple of)
        "NUM": rf"(?:\d+(?:[.,]\d+)?(?:\s+\d/\d)?|{numword}|an?)",
        "DAYNUM": r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?",
        "YEAR": r"(?:1[0-9]\d\d|20\d\d|2100)",  # (2100: the century mark climate and budget targets name)
        "YEAR2": r"(?:'\d\d)",
    }


_MACRO = re.compile(r"@([A-Z][A-Z0-9_]*)(?::([^@]+))?@")


def macro_words(name: str, words: str | None = None) -> list[str]:
    """The words macro ``@name@`` (or ``@name:words@``) matches; an error for a word its lexicon lacks."""
    lex = lexicon(name)
    if words is None:
        return list(lex)
    chosen = words.split("|")
    missing = [w for w in chosen if w not in lex]
    if missing:
        raise ValueError(f"@{name}:{words}@: {missing} not in the @{name}@ lexicon (vocab/en.json)")
    return chosen


def expand(pattern: str) -> str:
    """Replace @NAME@ and @NAME:word|word@ macros in a rule pattern."""
    regex_macros = _regex_macros()

    def sub(mo: re.Match) -> str:
        name, words = mo.groups()
        if name in regex_macros and words is None:
            return regex_macros[name]
        return alternation(macro_words(name, words))

    return _MACRO.sub(sub, pattern)


def macros_in(pattern: str) -> Iterable[tuple[str, str | None]]:
    return ((mo.group(1), mo.group(2)) for mo in _MACRO.finditer(pattern))


# ---------------------------------------------------------------- readings shared by rule families


@functools.lru_cache(maxsize=None)
def holiday_table(name: str) -> dict[int, tuple[tuple[int, int], ...]]:
    """year -> the (month, day) days of a holiday kept by a lunar calendar (vocab/holiday_dates.json)."""
    with open(_VOCAB_DIR / "holiday_dates.json", encoding="utf-8") as fh:
        table = json.load(fh)[name]
    return {int(y): tuple(tuple(int(x) for x in md.split("-")) for md in days) for y, days in table.items()}


def month_num(s: str) -> int:
    return lexicon("MONTH")[s]


def day_num(s: str) -> int:
    """Day of the month as written: "6", "6th", "sixth"."""
    m = re.match(r"\d+", s)
    return int(m.group()) if m else lexicon("DAYORD")[s]


def weekday_num(s: str) -> int:
    return lexicon("WEEKDAY")[s]


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
