"""Trigger / no-row scorer shared by the helpers' own article sets (tests/data/events_fresh18/, events_dense18/): each
folder holds its articles (first line the pub date) and expected.json ({doc: {"rows": [[timex, nth, [triggers]]],
"none": [[timex, nth, why]], "ignore": [[timex, nth]]}}); each folder's score.py calls :func:`main` on itself."""

from __future__ import annotations

import json
import re
from pathlib import Path


def span(text, timex, nth=1):
    hits = list(re.finditer(r"(?<!\w)" + re.escape(timex) + r"(?!\w)", text))
    m = hits[nth - 1]
    return m.start(), m.end()


def load(here: Path, pattern: str):
    exp = json.loads((here / "expected.json").read_text(encoding="utf-8"))
    docs = []
    for f in sorted(here.glob(pattern)):
        pub, text = f.read_text(encoding="utf-8").split("\n", 1)
        docs.append({"id": f.stem, "pub_date": pub.strip(), "text": text.strip(), "exp": exp[f.stem]})
    return docs


def main(here: Path, pattern: str, verbose=False):
    import pandas as pd
    import timeline

    docs = load(here, pattern)
    df = timeline.extract_many([{"id": d["id"], "text": d["text"], "pub_date": d["pub_date"]} for d in docs])
    ok = n = nok = nn = 0
    for d in docs:
        rows = df[df["doc_id"] == d["id"]]
        own = rows[rows["no_event"].isna()]
        covered = []
        for timex, nth, trig in d["exp"]["rows"]:
            a, b = span(d["text"], timex, nth)
            covered.append((a, b))
            hit = own[(own["char_start"] < b) & (own["char_end"] > a)]
            got = [str(t) for t in hit["trigger"]]
            good = any(g.lower() in [t.lower() for t in trig] for g in got)
            n += 1
            ok += good
            if not good or verbose:
                allhit = rows[(rows["char_start"] < b) & (rows["char_end"] > a)]
                flag = list(allhit["no_event"].dropna())
                ev = list(hit["event"]) if len(hit) else []
                print(f"{'ok ' if good else 'BAD'} {d['id']} [{timex}#{nth}] want {trig} got {got} {flag or ''} {ev}")
        for timex, nth, why in d["exp"]["none"]:
            a, b = span(d["text"], timex, nth)
            covered.append((a, b))
            hit = own[(own["char_start"] < b) & (own["char_end"] > a)]
            nn += 1
            nok += hit.empty
            if not hit.empty or verbose:
                print(f"{'ok ' if hit.empty else 'BAD'} {d['id']} [{timex}#{nth}] no row ({why}) got {list(hit['trigger'])} {list(hit['event'])}")
        for timex, nth in d["exp"].get("ignore", []):
            try:
                covered.append(span(d["text"], timex, nth))
            except IndexError:
                pass
        for _, r in rows.iterrows():
            if not any(r["char_start"] < b and r["char_end"] > a for a, b in covered):
                print(f"UNJUDGED {d['id']} {r['timex_text']!r} {r['trigger']!r} {r['no_event']} | {r['event']}")
    print(f"triggers right: {ok}/{n}; no-row right: {nok}/{nn}; all {ok + nok}/{n + nn}")
