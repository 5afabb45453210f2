"""Readers and publication-date precedence: --pub-date > metadata > html > dateline > none."""

import datetime as dt
import json

import pytest

from timeline.errors import InputError
from timeline.readers import read_inputs, read_path
from timeline.readers.dateline import find_dateline
from timeline.readers.text import DecodingWarning

HTML = """<!doctype html><html><head><title>Talks</title>
<meta property="article:published_time" content="2023-09-05T10:00:00Z"></head>
<body><article><h1>North Korea talks advance</h1>
<p>WASHINGTON, Sept. 1, 2023 — US National Security Advisor Jake Sullivan said on Tuesday that the negotiations
between North Korea and Russia are actively advancing, and warned Pyongyang against a deal.</p>
<p>Russia's Defence Minister Sergei Shoigu visited North Korea and met with Kim in July, officials said, in a
visit that drew attention across the region and beyond it.</p></article></body></html>"""


def test_txt_with_sidecar_metadata(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Shoigu visited North Korea in July.", encoding="utf-8")
    (tmp_path / "a.meta.json").write_text(json.dumps({"pub_date": "2023-09-05"}))
    (doc,) = read_path(p)
    assert doc.pub_date == dt.date(2023, 9, 5) and doc.dct_source == "metadata" and doc.doc_id == "a.txt"


def test_metadata_beats_dateline(tmp_path):
    p = tmp_path / "b.txt"
    p.write_text("WASHINGTON, Sept. 1, 2023 — Talks advanced on Tuesday.", encoding="utf-8")
    (doc,) = read_path(p)
    assert doc.dct_source == "dateline" and doc.pub_date == dt.date(2023, 9, 1)
    (tmp_path / "b.meta.json").write_text(json.dumps({"pub_date": "2023-09-05"}))
    (doc,) = read_path(p)
    assert doc.dct_source == "metadata" and doc.pub_date == dt.date(2023, 9, 5)


@pytest.mark.parametrize("head,expected", [
    ("WASHINGTON, Sept. 5, 2023 — The talks", dt.date(2023, 9, 5)),
    ("September 5, 2023\n\nThe talks", dt.date(2023, 9, 5)),
    ("LONDON, 5 September 2023 - The talks", dt.date(2023, 9, 5)),
    ("2023-09-05 The talks", dt.date(2023, 9, 5)),
    ("The talks began on September 5, 2023.", None),
    ("North Korea would pay price\n\nSeptember 5, 2023", None),
])
def test_dateline(head, expected):
    assert find_dateline(head) == expected


def test_no_date_anywhere(tmp_path):
    p = tmp_path / "c.txt"
    p.write_text("Talks advanced on Tuesday.", encoding="utf-8")
    (doc,) = read_path(p)
    assert doc.pub_date is None and doc.dct_source == "none"


def test_html_text_and_date(tmp_path):
    p = tmp_path / "page.html"
    p.write_text(HTML, encoding="utf-8")
    (doc,) = read_path(p)
    assert "Sullivan" in doc.text and "<p>" not in doc.text
    assert doc.dct_source == "html" and doc.pub_date == dt.date(2023, 9, 5)  # html beats the dateline


def test_html_without_text(tmp_path):
    p = tmp_path / "empty.htm"
    p.write_text("<html><body><nav>Home</nav></body></html>", encoding="utf-8")
    with pytest.raises(InputError, match="without article text"):
        read_path(p)


def test_jsonl_malformed_line_becomes_error_document(tmp_path):
    p = tmp_path / "docs.jsonl"
    p.write_text("\n".join([
        json.dumps({"id": "x", "text": "Talks advanced on Tuesday.", "pub_date": "2023-09-05"}),
        "{not json",
        json.dumps({"id": "y", "text": "WASHINGTON, Sept. 1, 2023 — Talks advanced."}),
        json.dumps({"id": "z", "text": "Talks.", "pub_date": "05/09/2023"}),
        json.dumps({"id": "w"}),
    ]) + "\n", encoding="utf-8")
    docs = read_path(p)
    assert [d.doc_id for d in docs] == ["x", "docs.jsonl:2", "y", "z", "w"]
    assert docs[0].dct_source == "metadata" and docs[0].error is None
    assert docs[1].error.startswith("docs.jsonl:2: malformed JSON")
    assert docs[2].dct_source == "dateline"
    assert docs[3].error.startswith("docs.jsonl:4: malformed publication date")
    assert docs[4].error == "docs.jsonl:5: no 'text'"


@pytest.mark.parametrize("content,message", [(b"", "empty"), (b"  \n", "empty"), (b"ab\x00cd", "binary")])
def test_bad_text_files(tmp_path, content, message):
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    with pytest.raises(InputError, match=message):
        read_path(p)


def test_undecodable_bytes_are_replaced_with_a_warning(tmp_path):
    p = tmp_path / "latin.txt"
    p.write_bytes("Café opened on Tuesday.".encode("latin-1"))
    with pytest.warns(DecodingWarning):
        (doc,) = read_path(p)
    assert "\ufffd" in doc.text and doc.text.endswith("Tuesday.")


def test_missing_path_and_multi_run(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_path(tmp_path / "nope.txt")
    good = tmp_path / "g.txt"
    good.write_text("Talks advanced.", encoding="utf-8")
    docs = read_inputs([tmp_path / "nope.txt", good], keep_going=True)
    assert docs[0].error and docs[1].error is None


def test_directory_reads_documents_and_refuses_empty_dirs(tmp_path):
    (tmp_path / "a.txt").write_text("One.", encoding="utf-8")
    (tmp_path / "a.meta.json").write_text("{}")
    assert [d.doc_id for d in read_path(tmp_path)] == ["a.txt"]
    empty = tmp_path / "sub"
    empty.mkdir()
    with pytest.raises(InputError, match="no .txt"):
        read_path(empty)


def test_tml_goes_through_the_timeml_reader(tmp_path):
    p = tmp_path / "d.tml"
    p.write_text('<?xml version="1.0" ?>\n<TimeML>\n<DOCID>d</DOCID>\n<DCT><TIMEX3 tid="t0" type="DATE" '
                 'value="1998-01-08" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>\n'
                 '<TEXT>Prices fell &amp; rose on <TIMEX3 tid="t1" type="DATE" value="1998-01-06">Tuesday'
                 '</TIMEX3>.</TEXT>\n</TimeML>\n', encoding="utf-8")
    (doc,) = read_path(p)
    assert doc.text == "Prices fell & rose on Tuesday." and doc.pub_date == dt.date(1998, 1, 8)
