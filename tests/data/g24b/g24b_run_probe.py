"""Score the g24b probe: prints each case and the count right."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parents[2]))
from events_probe import trigger_judge, trigger_probe_main  # noqa: E402
from g24b_probe import CASES, PUB  # noqa: E402


def judge(text, timex, want):
    return trigger_judge(text, timex, want, PUB)


if __name__ == "__main__":
    trigger_probe_main(CASES, judge)
