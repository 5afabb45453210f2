"""Score g18's dense wire articles on trigger / no-row only: ``python tests/data/events_dense18/score.py [-v]``."""

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parents[1]))
from trigger_articles_score import main  # noqa: E402

if __name__ == "__main__":
    main(HERE, "d*.txt", "-v" in sys.argv)
