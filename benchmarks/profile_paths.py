"""Deterministic profile of the tag and extract paths on the TempEval-3 dev texts (cProfile).

    .venv/bin/python benchmarks/profile_paths.py tag              # the tag path (tag_documents, batch 32)
    .venv/bin/python benchmarks/profile_paths.py extract          # the extract path bench.py times (run_corpus)
    .venv/bin/python benchmarks/profile_paths.py tag --top 60 --sort tottime --dump tag.prof

The pipeline is loaded and warmed up on one document first, as in bench.py, so the profile is steady state.
The summary gives spaCy's tokenizer and its statistical components (``Language.pipe`` over the windows);
the rest is ours (candidates, selection, windows, Doc building, the tagger, the linker, rows) or I/O.
Call counts are deterministic; times are not (the machine is shared): compare shares and counts.

This is a script, not a test: nothing here runs in CI.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "tempeval3" / "train"
if not DEFAULT_DATA.exists():
    DEFAULT_DATA = Path("/work/shared/data/tempeval3/train")

# where spaCy's own work sits in a profile: (file fragment, function name). On the selective path (the
# default) Language.pipe runs the statistical components over the windows only; timex runs outside it.
SPACY_PARTS = {
    "tokenizer": [("tokenizer.pyx", "__call__")],
    "statistical components (Language.pipe)": [("language.py", "pipe")],
}


def _docs(data: Path, copies: int):
    sys.path.insert(0, str(ROOT))
    from timeline.readers.timeml import read_timeml

    docs = [read_timeml(p) for p in sorted(data.rglob("*.tml"))]
    out = []
    for rep in range(copies):
        from dataclasses import replace
        out.extend(replace(d, doc_id=f"{d.doc_id}#{rep}") for d in docs)
    return out


def _tag(docs):
    from timeline import pipeline

    nlp = pipeline.load_for_tagging()
    list(pipeline.tag_documents(docs[:1], nlp))

    def run():
        return sum(len(t.timexes) for t in pipeline.tag_documents(docs, nlp, batch_size=32))

    return run


def _extract(docs):
    from timeline import pipeline
    from timeline.api import extract
    from timeline.corpus import CorpusOptions, run_corpus

    tmp = Path(tempfile.mkdtemp(prefix="profile-"))
    sub = tmp / "in.jsonl"
    with open(sub, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps({"id": d.doc_id, "text": d.text,
                                "pub_date": d.pub_date.isoformat() if d.pub_date else None}) + "\n")
    extract(docs[0].text, pub_date="2023-09-05", nlp=pipeline.load(None))
    opts = CorpusOptions(sub, tmp / "out.parquet", "parquet", batch_size=32, progress=False)

    def run():
        return run_corpus(opts).rows

    return run


def _share(stats: pstats.Stats, parts) -> float:
    total = 0.0
    for (file, _line, func), (_cc, _nc, _tt, ct, _callers) in stats.stats.items():
        if any(file.endswith(f) and func == fn for f, fn in parts):
            total += ct
    return total


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("path", choices=("tag", "extract"))
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--copies", type=int, default=1, help="the dev texts this many times")
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--sort", default="cumulative")
    ap.add_argument("--dump", type=Path, help="also write the raw profile (for snakeviz, pstats)")
    args = ap.parse_args(argv)
    docs = _docs(args.data, args.copies)
    run = (_tag if args.path == "tag" else _extract)(docs)
    prof = cProfile.Profile()
    prof.enable()
    result = run()
    prof.disable()
    stats = pstats.Stats(prof)
    total = stats.total_tt
    print(f"{args.path}: {len(docs)} documents, result {result}, profiled {total:.2f} s")
    for name, parts in SPACY_PARTS.items():
        t = _share(stats, parts)
        print(f"  spaCy {name}: {t:.2f} s ({t / total:.1%})")
    if args.dump:
        stats.dump_stats(args.dump)
    stats.sort_stats(args.sort).print_stats(args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
