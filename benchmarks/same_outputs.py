"""Dump everything a speed change must leave byte-identical, to compare two revisions of the code.

    .venv/bin/python benchmarks/same_outputs.py OUT_DIR            # dump (before a change: OUT_DIR=before)
    .venv/bin/python benchmarks/same_outputs.py OUT_DIR --against BEFORE_DIR   # dump, then diff

Over the TempEval-3 dev texts (``--data``): ``timeline tag`` JSONL and ``timeline extract`` CSV on every
file, the benchmark's own paths (tag_documents on the JSONL corpus it builds, batch 32; corpus-mode extract
to Parquet, read back as CSV), ``timeline eval tempeval --json`` and ``timeline eval events --misses 0``.
Each is a file in OUT_DIR; with ``--against`` the script exits 1 when any file differs.

This is a script, not a test: nothing here runs in CI.
"""

from __future__ import annotations

import argparse
import filecmp
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "tempeval3" / "train"
if not DEFAULT_DATA.exists():
    DEFAULT_DATA = Path("/work/shared/data/tempeval3/train")
TIMELINE = [sys.executable, "-m", "timeline.cli"]


def _drop_seconds(x):
    if isinstance(x, dict):
        return {k: _drop_seconds(v) for k, v in x.items() if k != "seconds"}
    if isinstance(x, list):
        return [_drop_seconds(v) for v in x]
    return x


def _cli(args: list[str], out: Path) -> None:
    res = subprocess.run(TIMELINE + args, cwd=ROOT, capture_output=True, text=True)
    stdout = res.stdout
    if out.suffix == ".json" and res.returncode == 0:
        stdout = json.dumps(_drop_seconds(json.loads(stdout)), indent=1)  # the run's own clock
    out.write_text(stdout, encoding="utf-8")
    stderr = re.sub(r" in [0-9.]+ s\b", " in (time) s", res.stderr)  # the run's own clock
    out.with_suffix(out.suffix + ".status").write_text(f"exit {res.returncode}\n{stderr}", encoding="utf-8")


def _bench_paths(data: Path, out_dir: Path) -> None:
    """What benchmarks/bench.py times, on one copy of the dev texts."""
    sys.path.insert(0, str(ROOT))
    import pandas as pd

    from benchmarks.bench import load_jsonl
    from timeline.commands.tag import tag_documents
    from timeline.corpus import CorpusOptions, run_corpus
    from timeline.document import Document, parse_pub_date
    from timeline.readers.timeml import read_timeml

    tmp = Path(tempfile.mkdtemp(prefix="same-outputs-"))
    corpus = tmp / "corpus.jsonl"
    with open(corpus, "w", encoding="utf-8") as f:  # as bench.build_corpus writes it, one copy
        for p in sorted(data.rglob("*.tml")):
            d = read_timeml(p)
            f.write(json.dumps({"id": d.doc_id, "text": d.text,
                                "pub_date": d.pub_date.isoformat() if d.pub_date else None}) + "\n")
    records = load_jsonl(corpus)
    docs = [Document(text=r["text"], doc_id=r["id"], pub_date=parse_pub_date(r["pub_date"])) for r in records]
    with open(out_dir / "bench_tag.jsonl", "w", encoding="utf-8") as f:
        for d, timexes, error in tag_documents(docs, batch_size=32):
            f.write(json.dumps({"doc": d.doc_id, "error": error,
                                "timexes": [t.to_dict() for t in timexes]}, default=str) + "\n")
    opts = CorpusOptions(corpus, tmp / "out.parquet", "parquet", batch_size=32, progress=False)
    run_corpus(opts)
    pd.read_parquet(tmp / "out.parquet").to_csv(out_dir / "bench_extract.csv", index=False)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--against", type=Path, help="a directory dumped before: diff against it")
    ap.add_argument("--skip-eval", action="store_true", help="leave out the two evaluations (the slow part)")
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    files = [str(p) for p in sorted(args.data.rglob("*.tml"))]
    _cli(["tag", *files], args.out / "tag.jsonl")
    _cli(["extract", *files, "--format", "csv"], args.out / "extract.csv")
    if not args.skip_eval:
        _cli(["eval", "tempeval", str(args.data), "--json"], args.out / "eval_tempeval.json")
        _cli(["eval", "events", str(args.data), "--misses", "0"], args.out / "eval_events.txt")
    _bench_paths(args.data, args.out)
    if args.against is None:
        return 0
    names = sorted(p.name for p in args.out.iterdir())
    match, mismatch, errors = filecmp.cmpfiles(args.against, args.out, names, shallow=False)
    for n in names:
        print(f"{'same' if n in match else 'DIFFERENT'}  {n}  ({(args.out / n).stat().st_size:,} bytes)")
    return 1 if mismatch or errors else 0


if __name__ == "__main__":
    sys.exit(main())
