"""Aggregate-only scores of the held-out event sets, for measuring a change without reading blind texts.

    python tests/heldout_aggregate.py 9 10 11 12 13 14 15 16 18 19 20
    python tests/heldout_aggregate.py --by-decision 9 10 11

Prints, per set and in total, rows fully right (date, trigger, subject, asserted), each field right/given and the
absent times with no row of their own; with ``--by-decision``, trigger right/total per attachment decision (the rule
in timeline/events/attach.py that picked it). Never a text, a time expression or a trigger: ``python
tests/test_heldout_sets.py events N`` lists rows and is only for sets that are no longer blind (their floors and
history are in ``tests/data/heldout_sets.toml``)."""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
import events_gold  # noqa: E402
import test_events_heldout as heldout  # noqa: E402

FIELDS = ("date", "trigger", "subject", "asserted")


def load(n: str) -> list[dict]:
    name = "heldout" if n in ("", "1") else f"heldout{n}"
    folder = "events_heldout" if n in ("", "1") else f"events_heldout{n}"
    return json.loads((HERE / "data" / folder / f"{name}.json").read_text(encoding="utf-8"))["documents"]


def _run_keeping_decisions(docs: list[dict]):
    """The event table, and each row's attachment decision (a private column the table drops), by row position."""
    import timeline.api as api

    seen: dict[tuple, str | None] = {}
    build = api.build_table

    def keep(rows):
        for r in rows:
            seen[(r.get("doc_id"), r.get("char_start"), r.get("char_end"))] = r.get("_attachment")
        return build(rows)

    api.build_table = keep
    try:
        return events_gold.run(docs), seen
    finally:
        api.build_table = build


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sets", nargs="+", help="set numbers (1 for tests/data/events_heldout)")
    ap.add_argument("--by-decision", action="store_true", help="also trigger right/total per attachment decision")
    args = ap.parse_args(argv)
    total = collections.Counter()
    decisions: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    for n in args.sets:
        docs = load(n)
        df, seen = _run_keeping_decisions(docs)
        results, absent, _ = heldout.score(df, docs)
        f = heldout.figures(results)
        free = sum(a["rows"] == 0 for a in absent)
        parts = [f"set {n}: {f['fully_right']}/{f['rows']}"]
        for name in FIELDS:
            ok, given = f[name]
            parts.append(f"{name} {ok}/{given}")
            total[name + "_ok"] += ok
            total[name] += given
        parts.append(f"absent {free}/{len(absent)}")
        print(" ".join(parts))
        total["fully_right"] += f["fully_right"]
        total["rows"] += f["rows"]
        total["absent_ok"] += free
        total["absent"] += len(absent)
        for r in results:
            if r["row"] is None or "trigger" not in r["want"]:
                continue
            row = r["row"]
            d = decisions[str(seen.get((row["doc_id"], row["char_start"], row["char_end"])))]
            d[1] += 1
            d[0] += "trigger" not in r["fields"]
    rows = max(1, total["rows"])
    print(f"TOTAL {total['fully_right']}/{total['rows']} = {total['fully_right'] / rows:.1%} "
          + " ".join(f"{k} {total[k + '_ok']}/{total[k]}" for k in FIELDS)
          + f" absent {total['absent_ok']}/{total['absent']}")
    if args.by_decision:
        for name, (ok, n) in sorted(decisions.items(), key=lambda x: -x[1][1]):
            print(f"  {name:32s} {ok}/{n}")


if __name__ == "__main__":
    main()
