"""Score g19's wire judgements (trigger / no-row only) on ten TempEval-3 AQUAINT documents of the dev set's TUNED half.

The corpus may not be copied into the project, so expected.json holds only the judgements (doc name, the time as
written with its character offset in the document's plain text, the triggers a careful reader accepts or the reason
for no row); the documents are read from ``../shared/data/tempeval3/train`` (or ``$TIMELINE_TEMPEVAL_TRAIN``) with
the project's TimeML reader (TEXT as plain text, DCT as pub date). Absent corpus: a clear message, exit 0.

``python tests/data/events_wire19/score.py [-v] [--dump]`` (``--dump`` lists every row of each document, for judging).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).parent
ROOT = HERE.parents[2]  # the checkout; timeline itself comes from PYTHONPATH (or the installed package)
sys.path.insert(0, str(HERE.parents[1]))
from trigger_articles_score import judge  # noqa: E402


def corpus_dir() -> Path:
    env = os.environ.get("TIMELINE_TEMPEVAL_TRAIN")
    return Path(env) if env else ROOT.parent / "shared" / "data" / "tempeval3" / "train"


def load_docs(names):
    from timeline.readers.timeml import read_timeml

    root = corpus_dir()
    if not root.is_dir():
        return None
    paths = {p.name: p for p in root.rglob("*.tml")}
    missing = [n for n in names if n not in paths]
    if missing:
        return None
    return [read_timeml(paths[n]) for n in names]


def main(verbose=False, dump=False):
    import timeline

    exp = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
    names = [k for k in exp if not k.startswith("_")]
    docs = load_docs(names)
    if docs is None:
        print(f"SKIP: the TempEval-3 train corpus is not at {corpus_dir()} (set TIMELINE_TEMPEVAL_TRAIN); nothing scored")
        return None
    df = timeline.extract_many([{"id": n, "text": d.text, "pub_date": d.pub_date} for n, d in zip(names, docs)])
    total = [0, 0, 0, 0]
    for name, d in zip(names, docs):
        rows = df[df["doc_id"] == name]
        if dump:
            print(f"=== {name} pub {d.pub_date}")
            for _, r in rows.iterrows():
                print(f"  {r['char_start']:>5} {r['timex_text']!r} trig={r['trigger']!r} no_event={r['no_event']} | {r['event']}")
        judged = {}
        for kind in ("rows", "none"):
            judged[kind] = []
            for timex, start, what in exp[name].get(kind, []):
                assert d.text[start:start + len(timex)] == timex, (name, timex, start, d.text[start:start + len(timex)])
                judged[kind].append((f"{timex}@{start}", start, start + len(timex), what))
        ignored = [(start, start + len(timex)) for timex, start in exp[name].get("ignore", [])]
        got = judge(name, rows, judged["rows"], judged["none"], ignored, verbose)
        total = [x + y for x, y in zip(total, got)]
    ok, n, nok, nn = total
    print(f"triggers right: {ok}/{n}; no-row right: {nok}/{nn}; all {ok + nok}/{n + nn}")
    return ok + nok, n + nn


if __name__ == "__main__":
    main("-v" in sys.argv, "--dump" in sys.argv)
