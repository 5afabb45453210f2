"""A month's part after "since" in the month of publication: "early November" said on Nov. 18 is over by then, so it
is this November's start, not last year's; a whole month or a part still running reaches back a year ("since
November", "since late November" said on Nov. 18). A reviewer's wire story had "had been ready to sign since early
November" a year early."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from test_events_v6 import rows_of  # noqa: E402

PUB = "2024-11-18"


@pytest.mark.parametrize("text, timex, pub, value", [
    ("The striking dockers have been out since early November, the union said.", "early November", PUB, "2024-11"),
    ("Shelters have been full since early November.", "early November", PUB, "2024-11"),
    ("Water rationing has been in force in the city since mid-November.", "mid-November", "2024-11-25", "2024-11"),
    # negative: the whole month, or its part not over by the publication, is last year's
    ("Ticket prices have risen since November.", "November", PUB, "2023-11"),
    ("The road has been closed since late November.", "late November", PUB, "2023-11"),
    ("Water rationing has been in force in the city since mid-November.", "mid-November", PUB, "2023-11"),
])
def test_since_a_month_part_over_by_publication(text, timex, pub, value):
    df = rows_of(text, pub)
    hit = df[df["timex_text"].fillna("") == timex]
    assert len(hit) == 1, df[["timex_text", "timex_value"]].to_dict("records")
    assert hit.iloc[0]["timex_value"] == value
