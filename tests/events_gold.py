"""The hand-written event gold set (``tests/data/events_gold/gold.json``): load it, run the pipeline on it
and say, row by row, what a careful reader would find wrong."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

GOLD = Path(__file__).parent / "data" / "events_gold" / "gold.json"


def load() -> list[dict]:
    return json.loads(GOLD.read_text(encoding="utf-8"))["documents"]


def _text(v) -> str:
    return "" if v is None or (not isinstance(v, str) and pd.isna(v)) else str(v)


def _day(v) -> str:
    return "" if pd.isna(v) else pd.Timestamp(v).date().isoformat()


def _end_day(row) -> str:
    """The row's exclusive end as a day, as the gold gives it: an interval that starts and ends inside one day (a
    clock time, 21:30 to 21:31; a morning) occupies that day, whose day-level end is the next day. (Before 2026-12-03
    the end was floored, so a clock time on the right day failed a gold end of the next day.) So does an interval
    that ends in the afternoon or evening of a later day ("finish by Saturday evening", from the report to 22:00 on
    Saturday, ends with Saturday); a night that runs past midnight into the small hours keeps the day it ends on.
    (Before 2026-12-03's second session such a deadline's end was floored to the day before the gold's.)"""
    start, end = row["start"], row["end"]
    if pd.isna(start) or pd.isna(end):
        return _day(end)
    s, e = pd.Timestamp(start), pd.Timestamp(end)
    if e > e.normalize() and (e.normalize() == s.normalize() or e.hour >= 12):
        return (e.normalize() + pd.Timedelta(days=1)).date().isoformat()
    return _day(end)


def _reported(row, summary: str) -> bool:
    """A saying shortened to "Speaker: what was said" stands for its reporting verb (issue 12: "Sullivan:
    talks between North Korea and Russia are actively advancing")."""
    from timeline.events.lexicon import EVIDENCE_VERBS, REPORTING_VERBS

    speaker, colon, said = summary.partition(": ")
    return bool(colon and speaker and said) and _text(row["trigger_lemma"]) in REPORTING_VERBS | EVIDENCE_VERBS


def check_row(row, want: dict) -> list[str]:
    """What is wrong with ``row`` (a table row, or None) against the expected ``want``."""
    if row is None:
        return [f"no row for {want['timex']!r}"]
    bad = []
    for key in ("trigger", "subject", "source", "subject_resolved_from"):
        if key in want and _text(row[key]) != want[key]:
            bad.append(f"{key}: {_text(row[key])!r} != {want[key]!r}")
    for key in ("start", "end"):
        got = _end_day(row) if key == "end" else _day(row[key])
        if key in want and got != want[key]:
            bad.append(f"{key}: {got} != {want[key]}")
    if "asserted" in want and bool(row["asserted"]) != want["asserted"]:
        bad.append(f"asserted: {bool(row['asserted'])} != {want['asserted']}")
    summary = _text(row["event"])
    for w in want.get("summary_has", []):
        if w not in summary:
            bad.append(f"summary {summary!r} lacks {w!r}")
    for w in want.get("summary_lacks", []):
        if w in summary:
            bad.append(f"summary {summary!r} has {w!r}")
    if _text(row["trigger"]) and _text(row["trigger"]) not in summary and not _reported(row, summary):
        bad.append(f"summary {summary!r} lacks its trigger")
    return bad


def judge(df: pd.DataFrame, docs: list[dict]) -> list[tuple[str, str, list[str]]]:
    """(document id, timex, problems) for every expected row, and for every time that must not have its own
    row ("absent": the second end of a range)."""
    out = []
    for d in docs:
        rows = df[df["doc_id"] == d["id"]]
        for want in d["rows"]:
            hit = rows[rows["timex_text"] == want["timex"]]
            out.append((d["id"], want["timex"], check_row(hit.iloc[0] if len(hit) else None, want)))
        # (a row flagged ``no_event`` is the tool saying the time dates nothing: no row of its own)
        own = rows[rows["no_event"].isna()] if "no_event" in rows else rows
        for timex in d.get("absent", []):
            n = int((own["timex_text"] == timex).sum())
            out.append((d["id"], f"no row for {timex}", [f"{n} rows for {timex!r}"] if n else []))
    return out


def run(docs: list[dict]) -> pd.DataFrame:
    import timeline

    return timeline.extract_many([{"id": d["id"], "text": d["text"], "pub_date": d["pub_date"]} for d in docs])


if __name__ == "__main__":
    docs = load()
    results = judge(run(docs), docs)
    right = sum(not bad for _, _, bad in results)
    for doc_id, timex, bad in results:
        print(("ok  " if not bad else "BAD ") + f"{doc_id} [{timex}] " + "; ".join(bad))
    print(f"fully right: {right}/{len(results)} = {right / len(results):.1%}")
