"""Token-per-space text ("April 28 , 2003", "Apple 's") as the parser and the tagger expect it, and back.

SemEval TimeLine files put a space around every token. The time-expression rules and spaCy's models were
made for ordinary text: "April 28 , 2003" is read as "April 28" (year guessed) where "April 28, 2003" is a
full date. So such a document is processed in a re-spaced copy (only spaces removed, never characters
added) and every offset is mapped back to the original text, where the SemEval tokens are counted.
"""

from __future__ import annotations

from dataclasses import replace

from ..document import Document
from .facts import DocFacts
from .vocab import vocab


def is_token_per_space(document: Document) -> bool:
    """Read from TimeML with ``<s>`` sentences (the SemEval layout)."""
    return bool(document.meta.get("sentences"))


def respace(text: str) -> tuple[str, list[int]]:
    """(text without the spaces ordinary writing does not have, where each of its characters was)."""
    rules = vocab()["respace"]
    glue_left, glue_right = set(rules["no_space_before"]), set(rules["no_space_after"])
    out: list[str] = []
    where: list[int] = []
    i, n = 0, len(text)
    prev_token = ""
    while i < n:
        if text[i] == " ":
            j = i
            while j < n and text[j] == " ":
                j += 1
            k = j
            while k < n and not text[k].isspace():
                k += 1
            nxt = text[j:k]
            if not (nxt in glue_left or prev_token in glue_right) or j == n:
                out.append(" ")
                where.append(i)
            i = j
            continue
        k = i
        while k < n and not text[k].isspace():
            k += 1
        for p in range(i, k):
            out.append(text[p])
            where.append(p)
        prev_token = text[i:k]
        if k < n and text[k] != " ":  # a line break: kept
            out.append(text[k])
            where.append(k)
            prev_token = ""
            k += 1
        i = k
    where.append(n)
    return "".join(out), where


def respaced(document: Document) -> tuple[Document, list[int] | None]:
    if not is_token_per_space(document):
        return document, None
    text, where = respace(document.text)
    return replace(document, text=text), where


def map_back(facts: DocFacts, original: Document, where: list[int]) -> DocFacts:
    """Offsets of facts computed on the re-spaced text, moved onto the original text."""
    def start(i: int) -> int:
        return where[min(i, len(where) - 1)]

    def end(i: int) -> int:
        return where[i - 1] + 1 if i > 0 else 0

    for m in facts.mentions:
        m.start, m.end = start(m.start), end(m.end)
    for p in facts.predicates:
        p.start, p.end = start(p.start), end(p.end)
        p.parts = [(start(a), end(b)) for a, b in p.parts]
    facts.text = original.text
    return facts
