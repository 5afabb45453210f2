"""The `timeline tag` contract other tools depend on: JSONL fields, and TimeML output in the TempEval-3
submission format (same file name, DCT kept, TEXT byte-for-byte identical after removing tags)."""

from __future__ import annotations

import json
from pathlib import Path


from timeline.cli import main
from timeline.readers.timeml import read_timeml

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_77470e3bf062b03c.txt"
JSONL_FIELDS = {"text", "start", "end", "type", "value", "mod", "granularity", "interval_start", "interval_end",
                "fuzzy", "rule"}


def test_jsonl_fields_and_offsets(capsys):
    assert main(["tag", str(SEED), "--pub-date", "2023-09-05", "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    text = SEED.read_text(encoding="utf-8")
    assert rows and all(JSONL_FIELDS <= set(r) for r in rows)
    assert all(text[r["start"]:r["end"]] == r["text"] for r in rows)
    said_tuesday = [r for r in rows if r["text"] == "Tuesday"]
    assert said_tuesday and all(r["value"] == "2023-09-05" for r in said_tuesday)


def test_timeml_submission_round_trip(tmp_path, tempeval_dir):
    files = sorted((tempeval_dir / "TimeBank").glob("*.tml"))[:12]
    out = tmp_path / "sub"
    assert main(["tag", *map(str, files), "--format", "timeml", "--out-dir", str(out)]) == 0
    for f in files:
        gold, ours = read_timeml(f), read_timeml(out / f.name)
        assert ours.text == gold.text, f.name
        assert ours.pub_date == gold.pub_date
        assert ours.meta["gold_timexes"], f"{f.name}: no TIMEX3 written"
        for t in ours.meta["gold_timexes"]:
            assert ours.text[t["start"]:t["end"]] == t["text"]
