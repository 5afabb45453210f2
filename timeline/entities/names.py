"""Entity names and their variants: "International Business Machines", "IBM", "IBM Corp."; "Steve Jobs", "Jobs".

A name is reduced to a *key* (lower case, no leading article, no possessive, no company suffix, no
honorific) and two names are variants of one entity when their keys are equal, when one is the other's
acronym, or when a single surname is the last word of a person's full name.
"""

from __future__ import annotations

import re

from .vocab import words

_TOKEN_RE = re.compile(r"[\w&][\w&.'’-]*")


def tokens(name: str) -> list[str]:
    return _TOKEN_RE.findall(name)


def key(name: str) -> str:
    """The comparison form of a name: "The IBM Corp.'s" -> "ibm"."""
    toks = [t for t in tokens(name.replace("’", "'"))]
    if toks and toks[-1].lower().endswith("'s"):
        toks[-1] = toks[-1][:-2]
    toks = [t.rstrip(".'") if not t.lower().rstrip(".") + "." in words("company_suffixes") else t for t in toks]
    low = [t.lower() for t in toks if t]
    lead, suffixes, honor = words("leading_words"), words("company_suffixes"), words("honorifics")
    while low and (low[0] in lead or low[0] in honor):
        low = low[1:]
    while len(low) > 1 and low[-1] in suffixes:
        low = low[:-1]
    return " ".join(low)


def acronym(name: str) -> str:
    """Initials of the capitalised words ("International Business Machines" -> "ibm"); "" for one word."""
    toks = [t for t in key(name).split() if t not in words("acronym_stopwords")]
    return "".join(t[0] for t in toks) if len(toks) >= 2 else ""


def is_acronym_of(short: str, long: str) -> bool:
    s = short.strip(".").replace(".", "")
    return 2 <= len(s) <= 6 and s.isupper() and s.lower() == acronym(long)


def surname(name: str) -> str:
    k = key(name).split()
    return k[-1] if len(k) >= 2 else ""


def variant_keys(name: str, person: bool = False) -> set[str]:
    """Keys that name the same entity as ``name``: its key, its surname (people), and for names of three
    words or more the tails of two words or more ("Beatles Apple Corps" -> "apple corps"). Acronyms are
    matched apart (:func:`is_acronym_of`): a lower-case "is" must not be "iTunes store"."""
    k = key(name)
    out = {k} if k else set()
    parts = k.split()
    if person and surname(name):
        out.add(surname(name))
    for i in range(1, len(parts) - 1):
        out.add(" ".join(parts[i:]))
    return out


def entity_file_name(entity: str) -> str:
    """The SemEval file name of an entity: lower case, spaces as ``_``, ``&`` as ``and``."""
    name = entity.strip().lower().replace("&", "and")
    name = re.sub(r"\s+", "_", name)
    name = re.sub(r"[/\\\x00]", "_", name)
    return f"{name}.txt"
