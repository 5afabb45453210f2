"""Score the g24 probe (module names prefixed so they do not shadow another probe's "probe" module in one pytest run): prints each case and the count right."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parents[2]))
from events_probe import trigger_judge  # noqa: E402
from g24_probe import CASES, PUB  # noqa: E402


def judge(text, timex, want):
    if isinstance(want, set) and any(w.startswith("no_event:") for w in want):
        # a set may hold triggers and "no_event:<reason>": either is right (sixth batch)
        for w in sorted(want):
            good, got = judge(text, timex, w)
            if good:
                return good, got
        return good, got
    good, got = trigger_judge(text, timex, want, PUB)
    # a time the tagger leaves untagged ("10-year bonds") gives no row at all, which is what a no_event case asks
    if not good and got == "no row" and isinstance(want, str) and want.startswith("no_event:"):
        return True, "no row (untagged)"
    return good, got


if __name__ == "__main__":
    ok = 0
    for text, timex, want in CASES:
        good, got = judge(text, timex, want)
        ok += good
        print("OK " if good else "BAD", timex, "|", want, "|", got, "|", text[:70])
    print(f"{ok}/{len(CASES)}")
