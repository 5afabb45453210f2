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
    ok = n = nok = nn = 0
    for name, d in zip(names, docs):
        rows = df[df["doc_id"] == name]
        own = rows[rows["no_event"].isna()]
        if dump:
            print(f"=== {name} pub {d.pub_date}")
            for _, r in rows.iterrows():
                print(f"  {r['char_start']:>5} {r['timex_text']!r} trig={r['trigger']!r} no_event={r['no_event']} | {r['event']}")
        covered = []
        for timex, start, trig in exp[name].get("rows", []):
            a, b = start, start + len(timex)
            assert d.text[a:b] == timex, (name, timex, start, d.text[a:b])
            covered.append((a, b))
            hit = own[(own["char_start"] < b) & (own["char_end"] > a)]
            got = [str(t) for t in hit["trigger"]]
            good = any(g.lower() in [t.lower() for t in trig] for g in got)
            n += 1
            ok += good
            if not good or verbose:
                flag = list(rows[(rows["char_start"] < b) & (rows["char_end"] > a)]["no_event"].dropna())
                print(f"{'ok ' if good else 'BAD'} {name} [{timex}@{start}] want {trig} got {got} {flag or ''}")
        for timex, start, why in exp[name].get("none", []):
            a, b = start, start + len(timex)
            assert d.text[a:b] == timex, (name, timex, start, d.text[a:b])
            covered.append((a, b))
            hit = own[(own["char_start"] < b) & (own["char_end"] > a)]
            nn += 1
            nok += hit.empty
            if not hit.empty or verbose:
                print(f"{'ok ' if hit.empty else 'BAD'} {name} [{timex}@{start}] no row ({why}) got {list(hit['trigger'])}")
        for timex, start in exp[name].get("ignore", []):
            covered.append((start, start + len(timex)))
        for _, r in own.iterrows():
            if not any(r["char_start"] < b and r["char_end"] > a for a, b in covered):
                print(f"UNJUDGED {name} {r['timex_text']!r}@{r['char_start']} {r['trigger']!r}")
    print(f"triggers right: {ok}/{n}; no-row right: {nok}/{nn}; all {ok + nok}/{n + nn}")
    return ok + nok, n + nn


if __name__ == "__main__":
    main("-v" in sys.argv, "--dump" in sys.argv)
