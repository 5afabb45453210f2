"""tests/heldout_aggregate.py: counts per set and in total, never a text of the set."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import heldout_aggregate  # noqa: E402


def test_counts_only(capsys):
    heldout_aggregate.main(["--by-decision", "2"])
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0].startswith("set 2: ") and lines[1].startswith("TOTAL ") and "absent" in lines[1]
    docs = json.loads((Path(__file__).parent / "data" / "events_heldout2" / "heldout2.json").read_text())["documents"]
    # no time expression, trigger or sentence of the set leaks into the report
    words = {w["timex"] for d in docs for w in d["rows"]} | {d["text"][:40] for d in docs}
    assert not any(w in out for w in words if len(w) > 6)
