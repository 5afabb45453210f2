"""Score the tool on s19's judged TimeBank documents (tuned half): subject, source, modality and asserted per row.

    PYTHONPATH=. python tests/data/events_wire19s/score.py [-v]

The documents are read from ../shared/data/tempeval3/train (never copied into the project); without them the
scorer says so and exits 0."""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parents[2].parent / "shared" / "data" / "tempeval3" / "train" / "TimeBank"


def _s(v) -> str:
    import pandas as pd
    return "" if v is None or (not isinstance(v, str) and pd.isna(v)) else str(v)


def score(verbose: bool = False) -> dict | None:
    expected = json.loads((HERE / "expected.json").read_text())["rows"]
    docs = sorted({e["doc"] for e in expected})
    files = [CORPUS / f"{d}.tml" for d in docs]
    if not all(f.exists() for f in files):
        print(f"skipped: the TimeBank documents are not at {CORPUS}")
        return None
    return _score(expected, files, verbose)


def _score(expected, files, verbose):
    import subprocess
    import tempfile

    import pandas as pd
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "rows.csv"
        subprocess.run([sys.executable, "-c", "from timeline.cli import main; main()", "extract",
                        *map(str, files), "-o", str(out)], check=True, stderr=subprocess.DEVNULL,
                       cwd=HERE.parents[2])  # (this checkout's timeline, whatever the caller's directory)
        df = pd.read_csv(out)
    got = {(r.doc_id, int(r.char_start)): r for r in df.itertuples()}
    counts = {"rows": len(expected), "missing": 0, "subject": 0, "source": 0, "modality": 0, "asserted": 0}
    articles: dict[str, set] = {k: set() for k in counts}
    for e in expected:
        r = got.get((e["doc"], e["offset"]))
        if r is None:
            counts["missing"] += 1
            articles["missing"].add(e["doc"])
            if verbose:
                print("MISSING", e["doc"], e["offset"], e["timex"])
            continue
        checks = {"source": _s(r.source) in e["source"], "modality": _s(r.modality) in e["modality"],
                  "asserted": bool(r.asserted) == e["asserted"]}
        if e["subject"] is not None:
            checks["subject"] = _s(r.subject).lower() in [x.lower() for x in e["subject"]]
        for k, ok in checks.items():
            if not ok:
                counts[k] += 1
                articles[k].add(e["doc"])
                if verbose:
                    print(f"BAD {k:9} {e['doc']} {e['offset']} {e['timex']!r} trigger={_s(r.trigger)!r} "
                          f"got={getattr(r, k)!r} want={e[k]!r}")
    counts["wrong_rows_articles"] = {k: len(v) for k, v in articles.items() if v}
    return counts


if __name__ == "__main__":
    out = score("-v" in sys.argv)
    if out is not None:
        print(json.dumps(out))
