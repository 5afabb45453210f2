"""Issue 12, lengths before/after a dated clause ("finished the boat four weeks before the race began on June 1,
2024" dates the finishing four weeks before June 1): only when the main verb has no time of its own. When it has
one ("closed in 2019, two years before the company went bankrupt in 2021") the length says how far apart two dated
events are and dates nothing; each event keeps its own row. (Found when blind set 14's count of times that must
give no row fell by one with the first version; the rule below is a general reading, its sentences are ours.)"""

import pytest

import timeline

PUB = "2024-09-15"

CASES = {
    "apart": "The factory closed in 2019, two years before the company went bankrupt in 2021.",
    "arrived": "The team arrived in March, a week before the tournament started on April 2.",
    "finished": "The crew finished the boat four weeks before the race began on June 1, 2024.",
}


@pytest.fixture(scope="module")
def table():
    return timeline.extract_many([{"id": k, "text": v, "pub_date": PUB} for k, v in CASES.items()])


@pytest.mark.parametrize("key,length", [("apart", "two years"), ("arrived", "a week")])
def test_length_between_two_dated_events_dates_nothing(table, key, length):
    rows = table[table["doc_id"] == key]
    assert length not in set(rows["timex_text"]), rows[["timex_text", "trigger"]]
    assert len(rows) == 2


def test_length_before_a_dated_clause_dates_an_undated_main_verb(table):
    rows = table[(table["doc_id"] == "finished") & (table["timex_text"] == "four weeks")]
    assert len(rows) == 1
    row = rows.iloc[0]
    assert row["trigger"] == "finished"
    assert str(row["start"])[:10] == "2024-05-04"
