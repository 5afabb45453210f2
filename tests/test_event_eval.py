"""Event attachment accuracy on TempEval-3 TimeBank, with floors just below what we reach.

Measured (TimeBank, 839 gold timex→event links in the same sentence): 80.8% on gold timex spans,
76.2% end to end with our tagger. Naive baseline (first verb above the timex): about 69%.
Split used while developing the linker (``split_files``): dev = AQUAINT + odd-numbered TimeBank files,
83.5% gold spans / 78.2% end to end; check = even-numbered TimeBank files, 77.5% / 74.0%.
After issue 12 (events v2), TimeBank + AQUAINT: 82.9% gold spans / 78.9% end to end; tuned half 85.0% /
80.5%, check half 78.5% / 75.2%; verbs 87.0%, nouns 64.3% (gold spans).
After issue 12's second round: 83.4% gold spans / 79.4% end to end; tuned half 85.4% / 81.0%, check half
79.0% / 75.8%; verbs 87.2%, nouns 66.1% (gold spans; end to end 83.1% / 62.2%).
After issue 12's third round: 84.5% gold spans / 80.5% end to end; tuned half 86.4% / 82.1%, check half
80.2% / 77.0%; verbs 86.9%, nouns 73.5% (gold spans; end to end 82.9% / 69.6%; check-half nouns 58.2% / 51.9%).
After rounds 5 and 6: 84.9% gold spans / 81.2% end to end; tuned half 86.7% / 82.7%, check half 81.0% / 78.0%;
verbs 87.3%, nouns 73.9% (gold spans; end to end 83.7% / 70.0%; check-half nouns 59.5% / 53.2%).
After rounds 7 and 8 and the lead's wire-copy fixes: 85.0% gold spans / 81.5% end to end; tuned half 86.5% / 82.6%,
check half 81.8% / 79.0%; verbs 87.8%, nouns 72.6% (end to end 84.2% / 69.1%; check-half nouns 59.5% / 54.4%).
"""

from pathlib import Path

import pytest

from timeline.eval.events import evaluate, load_gold, split_files

from conftest import tempeval_root


CORPUS = tempeval_root()
needs_corpus = pytest.mark.skipif(
    not (CORPUS / "TimeBank").is_dir(),
    reason=f"TempEval-3 dev corpus not found at {CORPUS} (set TIMELINE_TEMPEVAL_DIR to run this evaluation)",
)


def test_gold_loader_offsets(tmp_path):
    p = tmp_path / "x.tml"
    p.write_text('<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">x</TIMEX3></DCT><TEXT>Shares '
                 '<EVENT eid="e1" class="OCCURRENCE">fell</EVENT> &amp; rose <TIMEX3 tid="t1" type="DATE" '
                 'value="1998-01-06">Tuesday</TIMEX3>.</TEXT><MAKEINSTANCE eventID="e1" eiid="ei1" />'
                 '<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1" /></TimeML>')
    gd = load_gold(p)
    assert gd.text == "Shares fell & rose Tuesday."
    t, e = gd.timexes["t1"], gd.events["e1"]
    assert gd.text[t.start:t.end] == "Tuesday" and gd.text[e.start:e.end] == "fell"
    assert gd.time_event_links == [("t1", "e1")] and gd.dct == "1998-01-08"


def test_split_files_dev_and_check_partition_the_corpus():
    files = [Path("c/AQUAINT/a.tml"), Path("c/TimeBank/t1.tml"), Path("c/TimeBank/t2.tml"), Path("c/TimeBank/t3.tml")]
    dev, check = split_files(files, "dev"), split_files(files, "check")
    assert dev == [Path("c/AQUAINT/a.tml"), Path("c/TimeBank/t1.tml"), Path("c/TimeBank/t3.tml")]
    assert check == [Path("c/TimeBank/t2.tml")]
    assert split_files(files, None) == sorted(files)
    with pytest.raises(ValueError):
        split_files(files, "test")


def test_miss_listing_never_shows_a_document_of_the_timex_check_half(tmp_path):
    from timeline.eval.events_command import listable

    for name in ("AQUAINT/a1.tml", "AQUAINT/a2.tml", "AQUAINT/a3.tml", "TimeBank/t1.tml", "TimeBank/t2.tml"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text("<TimeML/>")
    tuned = {f.name for f in split_files(tmp_path.rglob("*.tml"), "dev")}
    # a2 is on the events tuned side but the timex check half: its misses must not be listed
    assert tuned == {"a1.tml", "a2.tml", "a3.tml", "t1.tml"}
    assert listable(tmp_path, tuned) == {"a1.tml", "a3.tml", "t1.tml"}


@pytest.mark.slow
@needs_corpus
def test_attachment_accuracy_floors():
    scores = evaluate(CORPUS, modes=("gold", "system"))
    gold, system = scores["gold"], scores["system"]
    assert 1200 <= gold.total <= 1400  # TimeBank + AQUAINT: 1,284 same-sentence links
    # just below the figures of 2026-12-03 (87.9% / 84.9%: 1129 and 1090 of 1284). Session 27 gave a time with its
    # own preposition closing a verb's complement to the verb (docs/preceding_nominal_convention.md): the TimeBank
    # tuned half lost 2 and 2, the check half gained 1 and 1, the blind held-out sets gained 8 rows; the floors
    # moved from 0.880 / 0.849 (1130 and 1091) with that trade, not to let a regression through
    assert gold.accuracy >= 0.879, f"linker on gold spans: {gold.accuracy:.3f}"
    assert system.accuracy >= 0.848, f"end to end: {system.accuracy:.3f}"
    assert len(gold.misses) == gold.total - gold.correct


def test_breakdown_by_half_and_kind():
    from timeline.eval.events import AttachmentScore
    from timeline.eval.events_command import _breakdown

    sc = AttachmentScore("gold", total=4, correct=2,
                         items=[("a.tml", "verb", True), ("a.tml", "noun", False), ("b.tml", "verb", True),
                                ("b.tml", "noun", False)])
    out = _breakdown(sc, {"tuned": {"a.tml"}, "check": {"b.tml"}})
    assert out["whole"]["all"] == {"accuracy": 0.5, "correct": 2, "total": 4}
    assert out["whole"]["noun"]["correct"] == 0 and out["whole"]["verb"]["total"] == 2
    assert out["tuned"]["all"]["total"] == 2 and out["check"]["verb"]["accuracy"] == 1.0


def test_breakdown_by_decision_per_half():
    # which attachment decision picked each trigger, right or wrong, per half: counts only
    from timeline.eval.events import AttachmentScore
    from timeline.eval.events_command import _by_decision

    sc = AttachmentScore("system", decisions=[("a.tml", "prep-verb", True), ("a.tml", "preceding-nominal", True),
                                              ("b.tml", "preceding-nominal", False), ("b.tml", "prep-verb", True),
                                              ("b.tml", "prep-verb", False)])
    out = _by_decision(sc, {"tuned": {"a.tml"}, "check": {"b.tml"}})
    assert list(out) == ["prep-verb", "preceding-nominal"]  # the most taken first
    assert out["preceding-nominal"] == {"tuned": {"correct": 1, "total": 1}, "check": {"correct": 0, "total": 1}}
    assert out["prep-verb"]["check"] == {"correct": 1, "total": 2}


def test_gold_items_are_kinded_by_our_parse(tmp_path):
    from timeline import pipeline
    from timeline.eval.events import AttachmentScore, _score_document
    from timeline.document import Document

    p = tmp_path / "x.tml"
    p.write_text('<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">'
                 'x</TIMEX3></DCT><TEXT>The <EVENT eid="e1" class="OCCURRENCE">elections</EVENT> of '
                 '<TIMEX3 tid="t1" type="DATE" value="1996">1996</TIMEX3> were close. Prices '
                 '<EVENT eid="e2" class="OCCURRENCE">fell</EVENT> on <TIMEX3 tid="t2" type="DATE" value="1998-01-06">'
                 'Tuesday</TIMEX3>.</TEXT><MAKEINSTANCE eventID="e1" eiid="ei1" /><MAKEINSTANCE eventID="e2" eiid="ei2" />'
                 '<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1" />'
                 '<TLINK lid="l2" relType="IS_INCLUDED" eventInstanceID="ei2" relatedToTime="t2" /></TimeML>')
    gd = load_gold(p)
    nlp = pipeline.load()
    doc = nlp(gd.text)
    scores = {"gold": AttachmentScore("gold")}
    _score_document(scores, gd, doc, Document(gd.text, None, "x.tml"))
    kinds = sorted(k for _, k, _ in scores["gold"].items)
    assert kinds == ["noun", "verb"]
    # each trigger's deciding rule is kept for the breakdown by decision
    assert len(scores["gold"].decisions) == 2 and all(how != "?" for _, how, _ in scores["gold"].decisions)
