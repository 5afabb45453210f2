"""Per-entity timelines across articles (issue 15): the TimeML sentence fix, entity clustering, event
participation, anchoring, cross-document coreference, ordering, the SemEval writer, the command."""

from __future__ import annotations

from pathlib import Path

from timeline.export.timeml import write_timeml
from timeline.readers.timeml import parse_timeml, read_timeml

DATA = Path(__file__).parent / "data" / "semeval"
TRIAL = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "semeval2015-timeline-trial"

SENTENCES = ('<TimeML><DOCID>7</DOCID><DCT><TIMEX3 tid="t0" type="DATE" value="2010-06-08" '
             'functionInDocument="CREATION_TIME">x</TIMEX3></DCT><TEXT><s id="1">June 8 , 2010</s>'
             '<s id="2">Jobs <EVENT eid="e1">unveiled</EVENT> it .</s><s id="3">It sold .</s> <s id="4">Fine .</s>'
             '</TEXT></TimeML>')


# --- the TimeML reader keeps sentences apart -------------------------------------------------------------

def test_sentences_do_not_glue_and_keep_ids_and_offsets():
    doc = parse_timeml(SENTENCES)
    assert doc.text == "June 8 , 2010\nJobs unveiled it .\nIt sold . Fine ."
    assert doc.meta["docid"] == "7"
    sents = doc.meta["sentences"]
    assert [s["id"] for s in sents] == ["1", "2", "3", "4"]
    assert [doc.text[s["start"]:s["end"]] for s in sents] == ["June 8 , 2010", "Jobs unveiled it .", "It sold .",
                                                              "Fine ."]
    (event,) = doc.meta["gold_events"]
    assert doc.text[event["start"]:event["end"]] == "unveiled"


def test_sentence_break_only_between_touching_sentences():
    # a space already between two sentences: nothing added; files without <s> are untouched
    assert "sold . Fine" in parse_timeml(SENTENCES).text
    plain = parse_timeml("<TimeML><TEXT>One.Two</TEXT></TimeML>")
    assert plain.text == "One.Two" and "sentences" not in plain.meta and "docid" not in plain.meta


def test_writer_round_trip_with_sentence_breaks():
    from timeline.temporal.timex import Timex

    doc = parse_timeml(SENTENCES)
    start = doc.text.index("June 8 , 2010")
    out = write_timeml(doc, [Timex(text="June 8 , 2010", start=start, end=start + 13, type="DATE",
                                   value="2010-06-08")])
    assert '<TIMEX3 tid="t1" type="DATE" value="2010-06-08">June 8 , 2010</TIMEX3>' in out


def test_trial_files_tokens_stay_apart():
    path = TRIAL / "timeml" / "16844-Apple_unveils_iPhone_4.tml"
    if not path.is_file():
        return
    doc = read_timeml(path)
    assert "2010Yesterday" not in doc.text and "2010\nYesterday" in doc.text
    assert doc.meta["docid"] == "16844"
    for s in doc.meta["sentences"]:
        assert "\n" not in doc.text[s["start"]:s["end"]]
