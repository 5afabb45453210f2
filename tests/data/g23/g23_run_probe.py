"""Score the g23 probe (module names prefixed so they do not shadow another probe's "probe" module in one pytest run): prints each case and the count right."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parents[2]))
from events_probe import no_event_judge, trigger_probe_main  # noqa: E402
from g23_probe import CASES, PUB  # noqa: E402


def judge(text, timex, want):
    return no_event_judge(text, timex, want, PUB)


if __name__ == "__main__":
    trigger_probe_main(CASES, judge)
