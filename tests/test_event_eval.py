"""Event attachment accuracy on TempEval-3 TimeBank, with floors just below what we reach.

Measured (TimeBank, 839 gold timex→event links in the same sentence): 80.0% on gold timex spans,
75.1% end to end with our tagger. Naive baseline (first verb above the timex): about 69%.
"""

import os
from pathlib import Path

import pytest

from timeline.eval.events import evaluate, load_gold


def corpus_dir() -> Path:
    env = os.environ.get("TIMELINE_TEMPEVAL_DIR")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[1].parent / "shared/data/tempeval3/train"


CORPUS = corpus_dir()
needs_corpus = pytest.mark.skipif(
    not (CORPUS / "TimeBank").is_dir(),
    reason=f"TempEval-3 dev corpus not found at {CORPUS} (set TIMELINE_TEMPEVAL_DIR to run this evaluation)",
)


def test_gold_loader_offsets(tmp_path):
    p = tmp_path / "x.tml"
    p.write_text('<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08">x</TIMEX3></DCT><TEXT>Shares '
                 '<EVENT eid="e1" class="OCCURRENCE">fell</EVENT> &amp; rose <TIMEX3 tid="t1" type="DATE" '
                 'value="1998-01-06">Tuesday</TIMEX3>.</TEXT><MAKEINSTANCE eventID="e1" eiid="ei1" />'
                 '<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1" /></TimeML>')
    gd = load_gold(p)
    assert gd.text == "Shares fell & rose Tuesday."
    t, e = gd.timexes["t1"], gd.events["e1"]
    assert gd.text[t.start:t.end] == "Tuesday" and gd.text[e.start:e.end] == "fell"
    assert gd.time_event_links == [("t1", "e1")] and gd.dct == "1998-01-08"


@pytest.mark.slow
@needs_corpus
def test_attachment_accuracy_floors():
    scores = evaluate(CORPUS / "TimeBank", modes=("gold", "system"))
    gold, system = scores["gold"], scores["system"]
    assert 750 <= gold.total <= 900  # "about 800" links in TimeBank
    assert gold.accuracy >= 0.78, f"linker on gold spans: {gold.accuracy:.3f}"
    assert system.accuracy >= 0.73, f"end to end: {system.accuracy:.3f}"
    assert len(gold.misses) == gold.total - gold.correct
