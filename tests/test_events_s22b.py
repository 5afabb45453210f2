"""Subjects round s22b: a profile's pronoun chain across a sentence naming a spouse, a laboratory or a firm; a
"he" for a person noun a reported clause holds; a "they" for a plural thing subject; an "it" for a legal case; a
time phrase never a source. Positives and negatives, all our own sentences (tests/data/events_probe_s22b/probe.json,
written before the tool ran on it). ``python tests/test_events_s22b.py`` prints the probe and its score."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import pytest  # noqa: E402
from events_probe import open_marked, subject_probe_main, subject_problems  # noqa: E402
from test_events_v6 import _na, row_of  # noqa: E402

_DIR = Path(__file__).parent / "data" / "events_probe_s22b"
PROBE = json.loads((_DIR / "probe.json").read_text(encoding="utf-8"))


def problems(item: dict) -> list[str]:
    """What the item's row gets wrong (empty when right; the checker is shared with s22 and s23)."""
    return subject_problems(item, row_of(item["text"], item["timex"], PROBE["pub"]))


# items the round did not fix (kept, so that a later rule shows up as a pass)
_OPEN = {("it-legal-case", "June"): "a passive 'It' opening a sentence after people's object ('filed the appeal'): no rule yet"}


@pytest.mark.parametrize("item", open_marked(PROBE["items"], _OPEN),
                         ids=[f"{i['cls']}:{i['timex']}" for i in PROBE["items"]])
def test_probe_item(item):
    assert not problems(item)


def main() -> None:
    subject_probe_main("s22b", PROBE["items"], problems, text_chars=0)


if __name__ == "__main__":
    main()


# --- one rule family each: positives and negatives (own sentences) -------------------------------------------------

def _cells(text: str, timex: str) -> tuple[str, str]:
    r = row_of(text, timex, PROBE["pub"])
    return ("" if _na(r["subject"]) else r["subject"]), ("" if _na(r["source"]) else r["source"])


@pytest.mark.parametrize("text,timex,subject", [
    # a fronted "if/when/once" clause's thing subject is the main clause's "it"
    ("Once the merger is approved, it will be completed in June.", "June", "the merger"),
    ("If the bill passes the Senate, it will take effect in January, aides said.", "January", "the bill"),
])
def test_fronted_clause_thing(text, timex, subject):
    assert _cells(text, timex)[0] == subject


@pytest.mark.parametrize("text,timex,wrong", [
    # negatives: a person in the fronted clause is no "it"; nor is a time noun a source
    ("If the minister resigns, it will trigger an election in May, analysts said.", "May", "the minister"),
    # a doer's "it" is not taken from the fronted clause
    ("If the deal fails, it will sue the seller in May, Apple said.", "May", "the deal"),
])
def test_fronted_clause_not_a_person(text, timex, wrong):
    assert _cells(text, timex)[0] != wrong


@pytest.mark.parametrize("text,timex,subject", [
    # a profile's "she" runs on past a husband named beside a person noun; a "he" past a wife named so
    ("Ada Brook became a judge in 1980. She married the lawyer Sam Brook in 1984. In 1990 she joined the Court of Appeal.",
     "1990", "Ada Brook"),
    ("Piet Vos led the band until 1988. He married the singer Anna Vos, his wife of 30 years, in 1975. He retired in 1999.",
     "1999", "Piet Vos"),
])
def test_chain_past_spouse(text, timex, subject):
    assert _cells(text, timex)[0] == subject
