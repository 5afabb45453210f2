"""Shared scaffolding of the headline case tables (tests/test_summaries_v15.py and later): one extraction of every
case, a case's row found by its time expression, and the words its headline must and must not hold."""

from __future__ import annotations

import pytest

import timeline


def extract_cases(cases: dict, pub: str):
    """One table for every case: ``cases`` maps a key to (text, time expression, must hold, must not hold)."""
    return timeline.extract_many([{"id": k, "text": v[0], "pub_date": pub} for k, v in cases.items()])


def case_row(table, cases: dict, key: str):
    text, timex = cases[key][:2]
    rows = table[(table["doc_id"] == key) & (table["timex_text"] == timex)]
    assert len(rows) >= 1, f"no row for {timex!r} in {text!r}: {table[table['doc_id'] == key]}"
    return rows.iloc[0]


def check_headline(table, cases: dict, key: str) -> None:
    summary = str(case_row(table, cases, key)["event"])
    for words in cases[key][2]:
        assert words in summary, (key, summary)
    for words in cases[key][3]:
        assert words not in summary, (key, summary)


def headline_suite(cases: dict, pub: str):
    """The module-scoped table fixture and the parametrized must/must-not test every case table runs; a test module
    binds both: ``table, test_headline_reads_cleanly = headline_suite(CASES, PUB)``."""
    @pytest.fixture(scope="module")
    def table():
        return extract_cases(cases, pub)

    @pytest.mark.parametrize("key", list(cases))
    def test_headline_reads_cleanly(table, key):
        check_headline(table, cases, key)

    return table, test_headline_reads_cleanly
