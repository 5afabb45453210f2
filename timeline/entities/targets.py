"""Entities the caller names (``--entity``, ``--list``): each matched in the text by its variants."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .names import acronym, key, tokens, variant_keys
from .vocab import words


@dataclass(frozen=True)
class Target:
    index: int
    name: str
    pattern: re.Pattern  # the variants, case-insensitive, whole words
    acronym: str  # matched case-sensitively, upper case only
    capitalised: bool = True
    person: bool = False

    def matches(self, text: str) -> list[tuple[int, int]]:
        # case-insensitive ("iTunes Store" for "iTunes store"), but a name is never matched by common words
        # alone ("jobs" is not Steve Jobs)
        spans = [(m.start(), m.end()) for m in self.pattern.finditer(text)
                 if (not self.capitalised or any(c.isupper() for c in m.group())) and not _extended(text, m.end())]
        if self.acronym:
            spans += [(m.start(), m.end()) for m in re.finditer(rf"(?<![\w&]){re.escape(self.acronym)}(?![\w&])", text)]
        return sorted(set(spans))


def _variant_regex(variant: str, person: bool) -> str:
    """The words of a variant; a name of two words or more may have one capitalised word inserted after its
    first ("iTunes Music Store", "Steve P. Jobs"), and a thing's name a plural ("iPods")."""
    ws = [re.escape(w) for w in variant.split()]
    if len(ws) >= 2:
        body = ws[0] + r"(?:\s+(?-i:[A-Z])[\w.]*)?\s+" + r"\s+".join(ws[1:])
    else:
        body = ws[0]
    plural = not person and variant.split()[-1].isalpha()  # "iPods", not "iPhone 4s" for "iPhone 4"
    return body + "s?" if plural else body


def _extended(text: str, end: int) -> bool:
    """A match followed on its line by a capitalised word or a number is part of a longer name ("iPod Nano",
    "iPod Software 1.1.1", "iPhone 3G" for "iPhone"): another entity."""
    m = re.match(r"[ \t]+(\S+)", text[end:end + 40])
    return bool(m) and (m.group(1)[:1].isupper() or m.group(1)[:1].isdigit())


def make_target(index: int, name: str) -> Target:
    """``name``'s variants: its key and two-word tails (see :func:`names.variant_keys`); a name of two or more
    capitalised words is taken for a person's too, so its surname matches."""
    toks = tokens(name)
    person = looks_like_person(toks)
    variants = sorted(variant_keys(name, person=person), key=len, reverse=True)
    variants = [v for v in variants if v]
    body = "|".join(_variant_regex(v, person) for v in variants) or re.escape(key(name) or name)
    suffixes = "|".join(re.escape(w.rstrip(".")) for w in sorted(words("company_suffixes"), key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w&])(?:the\s+)?(?:{body})(?:\s+(?:{suffixes})\b\.?)?(?![\w&])", re.IGNORECASE)
    acr = acronym(name).upper()
    return Target(index, name.strip(), pattern, acr if len(acr) >= 2 and not person else "",
                  any(c.isupper() for c in name), person)


def looks_like_person(toks: list[str]) -> bool:
    """"Steve Jobs", "Jane Q. Doe": two capitalised words, or three with a middle initial."""
    def cap(t: str) -> bool:
        return t[:1].isupper() and t[1:].islower()

    if any(t.lower() in words("company_suffixes") for t in toks):
        return False
    if len(toks) == 2:
        return all(cap(t) for t in toks)
    return len(toks) == 3 and cap(toks[0]) and cap(toks[2]) and len(toks[1].rstrip(".")) == 1


def make_targets(names: list[str]) -> list[Target]:
    return [make_target(i, n) for i, n in enumerate(names)]
