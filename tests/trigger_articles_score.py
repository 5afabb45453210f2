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


def judge(doc_id: str, rows, want_rows, want_none, ignored, verbose=False) -> tuple[int, int, int, int]:
    """One document's (triggers right, dated rows, no-row times right, no-row times). ``want_rows``: (label, start,
    end, accepted triggers); ``want_none``: (label, start, end, why); ``ignored``: (start, end) not judged. A row
    counts where it overlaps the time's characters; rows over no judged time are printed as UNJUDGED."""
    own = rows[rows["no_event"].isna()]
    ok = n = nok = nn = 0
    covered = []
    for label, a, b, trig in want_rows:
        covered.append((a, b))
        hit = own[(own["char_start"] < b) & (own["char_end"] > a)]
        got = [str(t) for t in hit["trigger"]]
        good = any(g.lower() in [t.lower() for t in trig] for g in got)
        n += 1
        ok += good
        if not good or verbose:
            flag = list(rows[(rows["char_start"] < b) & (rows["char_end"] > a)]["no_event"].dropna())
            ev = list(hit["event"]) if len(hit) else []
            print(f"{'ok ' if good else 'BAD'} {doc_id} [{label}] want {trig} got {got} {flag or ''} {ev}")
    for label, a, b, why in want_none:
        covered.append((a, b))
        hit = own[(own["char_start"] < b) & (own["char_end"] > a)]
        nn += 1
        nok += hit.empty
        if not hit.empty or verbose:
            print(f"{'ok ' if hit.empty else 'BAD'} {doc_id} [{label}] no row ({why}) got {list(hit['trigger'])} "
                  f"{list(hit['event'])}")
    covered += ignored
    for _, r in rows.iterrows():
        if not any(r["char_start"] < b and r["char_end"] > a for a, b in covered):
            print(f"UNJUDGED {doc_id} {r['timex_text']!r}@{r['char_start']} {r['trigger']!r} {r['no_event']} | {r['event']}")
    return ok, n, nok, nn


def main(here: Path, pattern: str, verbose=False):
    import timeline

    docs = load(here, pattern)
    df = timeline.extract_many([{"id": d["id"], "text": d["text"], "pub_date": d["pub_date"]} for d in docs])
    total = [0, 0, 0, 0]
    for d in docs:
        text, exp = d["text"], d["exp"]
        want_rows = [(f"{t}#{k}", *span(text, t, k), trig) for t, k, trig in exp["rows"]]
        want_none = [(f"{t}#{k}", *span(text, t, k), why) for t, k, why in exp["none"]]
        ignored = []
        for t, k in exp.get("ignore", []):
            try:
                ignored.append(span(text, t, k))
            except IndexError:
                pass
        got = judge(d["id"], df[df["doc_id"] == d["id"]], want_rows, want_none, ignored, verbose)
        total = [x + y for x, y in zip(total, got)]
    ok, n, nok, nn = total
    print(f"triggers right: {ok}/{n}; no-row right: {nok}/{nn}; all {ok + nok}/{n + nn}")
