"""Score the g22 probe (module names prefixed so they do not shadow another probe's "probe" module in one pytest run): prints each case and the count right."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import timeline  # noqa: E402
from g22_probe import CASES, PUB  # noqa: E402


def _day(v) -> str:
    return "" if v is None or str(v) in ("NaT", "nan", "None") else str(v)[:10]


def judge(text, timex, want):
    df = timeline.extract_many([{"id": "p", "text": text, "pub_date": PUB}])
    if isinstance(want, dict):
        hit = df[df["trigger"].isin(want["trigger"]) & df["no_event"].isna()]
        if not len(hit):
            return False, "no row for " + "/".join(sorted(want["trigger"])) + " " + str(
                df[["timex_text", "trigger", "start", "end"]].astype(str).to_dict("records"))
        r = hit.iloc[0]
        got = f"trigger={r['trigger']} {_day(r['start'])}..{_day(r['end'])} fuzzy={r['fuzzy']}"
        return _day(r["start"]) == want["start"] and _day(r["end"]) == want["end"], got
    hit = df[df["timex_text"].str.contains(timex, regex=False)]
    if not len(hit):
        return False, "no row"
    r = hit.iloc[0]
    ne = r["no_event"] if isinstance(r["no_event"], str) else None
    if isinstance(want, str) and want.startswith("no_event:"):
        reason = want.split(":", 1)[1]
        return ne is not None and reason in ("*", ne), f"no_event={ne} trigger={r['trigger']}"
    wants = want if isinstance(want, set) else {want}
    return ne is None and r["trigger"] in wants, f"trigger={r['trigger']} no_event={ne}"


if __name__ == "__main__":
    ok = 0
    for text, timex, want in CASES:
        good, got = judge(text, timex, want)
        ok += good
        print("OK " if good else "BAD", timex, "|", want, "|", got, "|", text[:70])
    print(f"{ok}/{len(CASES)}")
