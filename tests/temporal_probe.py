"""The harness the temporal probe sets share (tests/data/temporal_probe7 to temporal_probe10): articles with their
gold TIMEX3 written before the tagger ran on them, read in text order, tagged once per article, and scored by
overlap (a gold expression found with its value; no tagged span outside the gold and optional ones)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import timeline


def load(folder: Path) -> dict[str, dict]:
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.json"))}


def gold_offsets(article: dict) -> list[tuple[int, int, str, str | None, int]]:
    """The gold entries with their character offsets, found in text order, and which occurrence of their span."""
    out, pos, seen = [], 0, {}
    for span, type_, value in article["gold"]:
        start = article["text"].index(span, pos)
        pos = start + len(span)
        seen[span] = seen.get(span, 0) + 1
        out.append((start, pos, type_, value, seen[span]))
    return out


def optional_offsets(article: dict) -> list[tuple[int, int]]:
    """Every occurrence of the spans a tagger may or may not tag."""
    text, out = article["text"], []
    for span in article.get("optional", []):
        start = text.find(span)
        while start >= 0:
            out.append((start, start + len(span)))
            start = text.find(span, start + 1)
    return out


def overlaps(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


class ProbeSet:
    """One probe folder: its articles, their known misses (``xfail``: (article, span, nth) -> reason), and the
    tagger's output per article, computed once."""

    def __init__(self, articles: dict[str, dict], xfail: dict[tuple[str, str, int], str]):
        self.articles, self.xfail, self._tagged = articles, xfail, {}

    def tagged(self, name: str) -> list:
        if name not in self._tagged:
            art = self.articles[name]
            self._tagged[name] = list(timeline.tag(art["text"], pub_date=art["pub"]))
        return self._tagged[name]

    def gold_cases(self):
        for name, art in self.articles.items():
            for start, end, type_, value, nth in gold_offsets(art):
                span = art["text"][start:end]
                reason = self.xfail.get((name, span, nth))
                marks = (pytest.mark.xfail(reason=reason, strict=True),) if reason else ()
                yield pytest.param(name, start, end, type_, value, marks=marks, id=f"{name}-{span}-{nth}")

    def hits(self, name: str, start: int, end: int) -> list:
        return [t for t in self.tagged(name) if overlaps(t.start, t.end, start, end)]

    def found_and_right(self) -> tuple[int, int]:
        """How many gold expressions a tagged span overlaps, and how many of those with the gold type and value:
        the figures a probe's floor test holds."""
        found = right = 0
        for name, art in self.articles.items():
            for start, end, type_, value, _ in gold_offsets(art):
                hits = self.hits(name, start, end)
                found += bool(hits)
                right += value is not None and (type_, value) in {(t.type, t.value) for t in hits}
        return found, right

    def spurious(self, name: str) -> list[tuple[str, str]]:
        art = self.articles[name]
        allowed = [(s, e) for s, e, *_ in gold_offsets(art)] + optional_offsets(art)
        return [(t.text, t.value) for t in self.tagged(name)
                if not any(overlaps(t.start, t.end, s, e) for s, e in allowed)]


def found(sentence: str, pub: str) -> dict[str, tuple[str, str]]:
    """The tagger's expressions in ``sentence`` published on ``pub``: text -> (type, value)."""
    return {t.text: (t.type, t.value) for t in timeline.tag(sentence, pub_date=pub)}
