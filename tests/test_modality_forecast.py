"""Issue 12, modality: a clause a forecast verb foresees ("had forecast the deficit increasing to $48.0 billion in
August") is not asserted, as a foreseen object ("expected a loss for the third quarter") already was not; the
event that came about as forecast, and the forecast itself, are."""

import pytest

import timeline

PUB = "2024-05-15"

# (text, time of the row, trigger, modality, asserted)
CASES = [
    ("Economists polled by Reuters had forecast the deficit increasing to $48.0 billion in August.", "August",
     "increasing", "forecast", False),
    ("Officials fear the virus spreading to other farms in June.", "June", "spreading", "feared", False),
    # an infinitive keeps its own reading, once
    ("Economists had expected the bank to cut rates in March.", "March", "cut", "expected to", False),
    # negatives: what happened as forecast, and the forecast itself, are asserted
    ("The deficit increased to $48 billion in August, as economists had forecast.", "August", "increased", "", True),
    ("The company forecast on Monday that sales would rise.", "Monday", "forecast", "", True),
]


@pytest.fixture(scope="module")
def table():
    return timeline.extract_many([{"id": str(i), "text": c[0], "pub_date": PUB} for i, c in enumerate(CASES)])


@pytest.mark.parametrize("i", range(len(CASES)))
def test_forecast_modality(table, i):
    text, timex, trigger, modality, asserted = CASES[i]
    rows = table[(table["doc_id"] == str(i)) & (table["timex_text"] == timex)]
    assert len(rows) == 1, (text, rows)
    row = rows.iloc[0]
    assert row["trigger"] == trigger, (text, row["trigger"])
    assert (row["modality"] if isinstance(row["modality"], str) else "") == modality, (text, row["modality"])
    assert bool(row["asserted"]) is asserted, (text, row["asserted"])
