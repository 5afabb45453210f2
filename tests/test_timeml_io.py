"""TimeML reading and writing: exact offsets, DCT, entities, malformed input, and round trips on the corpus."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from timeline.document import Document
from timeline.errors import InputError
from timeline.export.timeml import select_timexes, write_timeml
from timeline.eval.tempeval import gold_timexes
from timeline.readers.timeml import locate_text, parse_timeml, read_timeml
from timeline.temporal.timex import Timex

from conftest import tempeval_root


def corpus_files() -> list[Path]:
    root = tempeval_root()
    files = sorted(root.rglob("*.tml")) if root.is_dir() else []
    if not files:
        pytest.skip(f"TempEval-3 train data not found at {root} (set TIMELINE_TEMPEVAL_DIR)")
    return files


SAMPLE = (
    '<?xml version="1.0" ?>\n<TimeML>\n<DOCID>X1</DOCID>\n'
    '<DCT><TIMEX3 tid="t0" type="TIME" value="1998-08-07T06:18:00" functionInDocument="CREATION_TIME">'
    "1998-08-07</TIMEX3></DCT>\n"
    "<TEXT>\r\nAT&amp;T <EVENT eid=\"e1\" class=\"OCCURRENCE\">said</EVENT> &lt;on&gt; "
    '<TIMEX3 tid="t1" type="DATE" value="1998-08-06" mod="START">Thursday</TIMEX3> it &#38; &#x41; '
    '<SIGNAL sid="s1">for</SIGNAL> <TIMEX3 tid="t2" type="DURATION" value="P3D">three days</TIMEX3>.\r\n</TEXT>\n'
    '<MAKEINSTANCE eiid="ei1" eventID="e1" tense="PAST" />\n'
    '<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1" />\n'
    "</TimeML>\n"
)


def strip_text(raw: str) -> str:
    layout = locate_text(raw)
    return re.sub(r"<[^>]*>", "", raw[layout.content_start:layout.content_end])


def test_reader_text_offsets_entities_and_dct():
    doc = parse_timeml(SAMPLE, doc_id="X1")
    assert doc.text == "\r\nAT&T said <on> Thursday it & A for three days.\r\n"
    assert doc.pub_date == dt.date(1998, 8, 7) and doc.dct_source == "metadata"
    timexes = doc.meta["gold_timexes"]
    assert [t["tid"] for t in timexes] == ["t1", "t2"]  # the DCT is not a gold timex
    for t in timexes + doc.meta["gold_events"]:
        assert doc.text[t["start"]:t["end"]] == t["text"]
    assert timexes[0]["mod"] == "START" and timexes[1]["mod"] is None
    assert doc.meta["gold_events"] == [{"eid": "e1", "start": 7, "end": 11, "text": "said", "class": "OCCURRENCE"}]
    assert doc.meta["instances"] == {"ei1": "e1"}
    assert doc.meta["tlinks"] == [{"lid": "l1", "relType": "IS_INCLUDED", "eventInstanceID": "ei1",
                                   "relatedToTime": "t1"}]
    assert doc.meta["raw"] == SAMPLE


def test_reader_missing_or_bad_dct():
    no_dct = parse_timeml("<TimeML><TEXT>hello</TEXT></TimeML>")
    assert no_dct.pub_date is None and no_dct.dct_source == "none"
    bad = parse_timeml('<TimeML><DCT><TIMEX3 value="sometime" functionInDocument="CREATION_TIME">x</TIMEX3></DCT>'
                       "<TEXT>hello</TEXT></TimeML>")
    assert bad.pub_date is None and bad.dct_source == "none"


@pytest.mark.parametrize("raw, message", [
    ("<TimeML><DOCID>x</DOCID></TimeML>", "no <TEXT>"),
    ("<TimeML><TEXT>a <EVENT>b</TEXT></TimeML>", "unbalanced"),
    ("<TimeML><TEXT>a <TIMEX3>b</TEXT>", "unbalanced"),
    ("<TimeML><TEXT>a</TEXT>", "never closed"),
    ("<TimeML><TEXT>a < b</TEXT></TimeML>", "stray"),
])
def test_reader_malformed(raw, message):
    with pytest.raises(InputError, match=message) as info:
        parse_timeml(raw)
    assert "\n" not in str(info.value)


def test_read_timeml_file_errors(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_timeml(tmp_path / "missing.tml")
    latin = tmp_path / "latin.tml"
    latin.write_bytes("<TimeML><TEXT>caf\xe9</TEXT></TimeML>".encode("latin-1"))
    with pytest.raises(InputError, match="not UTF-8"):
        read_timeml(latin)
    ok = tmp_path / "ok.tml"
    ok.write_bytes(SAMPLE.encode())
    doc = read_timeml(ok)
    assert doc.doc_id == "ok" and doc.meta["raw"] == SAMPLE  # CRLF kept: offsets are byte-exact


def test_writer_keeps_raw_spelling_and_outside():
    doc = parse_timeml(SAMPLE)
    start = doc.text.index("it & A")
    mine = [Timex("it & A", start, start + 6, "DATE", 'X"Y', mod="APPROX")]
    out = write_timeml(doc, mine)
    assert strip_text(out) == strip_text(SAMPLE)
    assert '<TIMEX3 tid="t1" type="DATE" value="X&quot;Y" mod="APPROX">it &#38; &#x41;</TIMEX3>' in out
    assert out.startswith(SAMPLE[:SAMPLE.index("<TEXT>")])  # DCT and header untouched
    again = parse_timeml(out)
    assert again.text == doc.text
    assert again.meta["gold_timexes"] == [{"tid": "t1", "start": start, "end": start + 6, "text": "it & A",
                                           "type": "DATE", "value": 'X"Y', "mod": "APPROX"}]
    assert "TLINK" in out and "TLINK" not in write_timeml(doc, mine, keep_links=False)


def test_overlaps_keep_earlier_then_longer():
    ts = [Timex("b", 5, 9, "DATE", "2"), Timex("a", 0, 3, "DATE", "1"), Timex("a2", 0, 6, "DATE", "3"),
          Timex("c", 6, 8, "DATE", "4"), Timex("bad", 8, 99, "DATE", "5")]
    assert [t.value for t in select_timexes(ts, 20)] == ["3", "4"]
    doc = Document(text="0123456789 rest")
    out = write_timeml(doc, ts)
    reread = parse_timeml(out)
    assert [(t["start"], t["end"]) for t in reread.meta["gold_timexes"]] == [(0, 6), (6, 8)]


def test_plain_text_document():
    doc = Document(text='Q&A <b> "on" Tuesday', pub_date=dt.date(2023, 9, 5), doc_id="seed&1")
    start = doc.text.index("Tuesday")
    out = write_timeml(doc, [Timex("Tuesday", start, start + 7, "DATE", "2023-09-05", tid="t0")])
    assert "<DOCID>seed&amp;1</DOCID>" in out
    assert ('<DCT><TIMEX3 tid="t0" type="DATE" value="2023-09-05" temporalFunction="false" '
            'functionInDocument="CREATION_TIME">2023-09-05</TIMEX3></DCT>') in out
    back = parse_timeml(out)
    assert back.text == doc.text and back.pub_date == doc.pub_date
    assert back.meta["gold_timexes"][0]["tid"] == "t1"  # t0 belongs to the DCT
    assert back.meta["gold_timexes"][0]["text"] == "Tuesday"
    assert "<DCT>" not in write_timeml(Document(text="x"), [])


def test_corpus_read_offsets():
    files = corpus_files()
    n_timex = 0
    for path in files:
        doc = read_timeml(path)
        assert doc.pub_date is not None, path
        for t in doc.meta["gold_timexes"] + doc.meta["gold_events"]:
            assert doc.text[t["start"]:t["end"]] == t["text"], path
        n_timex += len(doc.meta["gold_timexes"])
    assert n_timex > 0


def test_corpus_round_trip():
    for path in corpus_files():
        doc = read_timeml(path)
        out = write_timeml(doc, gold_timexes(doc))
        back = parse_timeml(out, doc.doc_id)
        assert back.text == doc.text, path
        assert back.pub_date == doc.pub_date, path
        assert back.meta["gold_timexes"] == doc.meta["gold_timexes"], path
        assert strip_text(out) == strip_text(doc.meta["raw"]), path
