"""Score the g25 probe (module names prefixed so they do not shadow another probe's module in one pytest run):
prints each case and the count right, by class."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parents[2]))
from events_probe import no_event_judge  # noqa: E402
from g25_probe import CASES, PUB  # noqa: E402


def judge(text, timex, want):
    return no_event_judge(text, timex, want, PUB)


if __name__ == "__main__":
    ok = {"verb": 0, "noun": 0}
    n = {"verb": 0, "noun": 0}
    for cls, text, timex, want in CASES:
        good, got = judge(text, timex, want)
        ok[cls] += good
        n[cls] += 1
        print(f"{'OK ' if good else 'BAD'} [{cls}] {text} | {timex} -> {got}")
    print(f"g25 probe: {sum(ok.values())}/{len(CASES)} (verb {ok['verb']}/{n['verb']}, noun {ok['noun']}/{n['noun']})")
