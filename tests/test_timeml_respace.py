"""Token-per-space TimeML (the SemEval-2015 TimeLine layout) is re-spaced by the reader, once, for every
command: "April 28 , 2003" reaches the tagger as "April 28, 2003". Only spaces are removed; every offset
(elements, sentences, the file's own tokens) moves onto the new text, and the TimeML writer still puts its
tags on the raw file's own characters."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from timeline.export.timeml import write_timeml
from timeline.readers.timeml import (SENTENCE_TAG, locate_text, parse_timeml, read_timeml, respace, scan_text,
                                     unescape)
from timeline.temporal.timex import Timex

ROOT = Path(__file__).resolve().parents[1]
TRIAL = ROOT / ".." / "shared" / "data" / "semeval2015-timeline-trial" / "timeml"
SPACING = json.loads((ROOT / "timeline" / "readers" / "respace.json").read_text(encoding="utf-8"))

FILE = ('<TimeML><DOCID>5</DOCID><DCT><TIMEX3 tid="t0" type="DATE" value="2008-01-09" '
        'functionInDocument="CREATION_TIME">x</TIMEX3></DCT><TEXT><s id="1">January 09 , 2008</s>'
        '<s id="2">Apple <EVENT eid="e1">launched</EVENT> the store on April 28 , 2003 .</s>'
        '<s id="3">AT&amp;T ( 2003 ) paid $ 199 , Apple \'s price .</s></TEXT></TimeML>')


# --- the vocabulary is data: one example per entry, and words it must leave alone ------------------------

@pytest.mark.parametrize("word", SPACING["no_space_before"]["words"])
def test_each_no_space_before_token_joins_the_word_before(word):
    assert respace(f"a {word} b")[0] == f"a{word} b"


@pytest.mark.parametrize("word", SPACING["no_space_after"]["words"])
def test_each_no_space_after_token_joins_the_word_after(word):
    assert respace(f"a {word} b")[0] == f"a {word}b"


@pytest.mark.parametrize("text", ["a b", "Apple 'sauce", "10 %age", "x ,y", "line one\nline two"])
def test_other_spaces_stay(text):
    assert respace(text)[0] == text


def test_respace_keeps_characters_and_maps_each_back():
    text = "June 8 , 2010\nYesterday , at this year 's Apple ( WWDC ) , he paid $ 199 .\nNext ."
    new, where = respace(text)
    assert new == "June 8, 2010\nYesterday, at this year's Apple (WWDC), he paid $199.\nNext."
    assert all(new[i] == text[where[i]] for i in range(len(new))) and where[-1] == len(text)


# --- the reader ------------------------------------------------------------------------------------------

def test_reader_respaces_and_moves_every_offset():
    doc = parse_timeml(FILE)
    assert doc.text == "January 09, 2008\nApple launched the store on April 28, 2003.\nAT&T (2003) paid $199, Apple's price."
    assert [doc.text[s["start"]:s["end"]] for s in doc.meta["sentences"]] == [
        "January 09, 2008", "Apple launched the store on April 28, 2003.", "AT&T (2003) paid $199, Apple's price."]
    (event,) = doc.meta["gold_events"]
    assert doc.text[event["start"]:event["end"]] == event["text"] == "launched"
    # the file's own tokens, counted as SemEval counts them, at their new offsets
    words = [doc.text[a:b] for a, b in doc.meta["tokens"]]
    assert words == "January 09 , 2008 Apple launched the store on April 28 , 2003 . AT&T ( 2003 ) paid $ 199 , Apple 's price .".split()


def test_raw_map_points_at_the_same_characters():
    layout = locate_text(FILE)
    scan = scan_text(FILE[layout.content_start:layout.content_end])
    raw = scan.stripped_raw
    for i, ch in enumerate(scan.text):
        if ch == "\n":
            continue  # the sentence break has no raw spelling
        spelled = raw[scan.raw_pos[i]:scan.raw_end[i + 1]]
        assert spelled == ("&amp;" if ch == "&" else ch), (i, ch, spelled)


def test_files_without_sentences_are_read_as_written():
    doc = parse_timeml("<TimeML><TEXT>Sales rose 5 % on Jan. 3 , 2001 .</TEXT></TimeML>")
    assert doc.text == "Sales rose 5 % on Jan. 3 , 2001 ." and "tokens" not in doc.meta
    scan = scan_text("Sales rose 5 % .")
    assert scan.raw_end is None and scan.tokens is None
    assert not any(el.name == SENTENCE_TAG for el in scan.elements)


# --- the writer: tags on the raw file's characters, no space pulled in -----------------------------------

@pytest.mark.parametrize("needle,skip,size,raw_spelling", [
    ("April 28, 2003", 0, 14, "April 28 , 2003"),  # ends right before a re-spaced " ."
    ("(2003)", 1, 4, "2003"),  # starts right after a re-spaced "( "
    ("January 09, 2008", 0, 16, "January 09 , 2008"),  # a whole sentence, before a sentence break
])
def test_writer_tags_the_raw_spelling_tightly(needle, skip, size, raw_spelling):
    doc = parse_timeml(FILE)
    start = doc.text.index(needle) + skip
    out = write_timeml(doc, [Timex(text=doc.text[start:start + size], start=start, end=start + size, type="DATE",
                                   value="2003")])
    assert f'value="2003">{raw_spelling}</TIMEX3>' in out
    assert re.sub(r'<TIMEX3 tid="t1"[^>]*>|</TIMEX3>(?!</DCT>)', "", out) == write_timeml(doc, [])


# --- every command benefits -------------------------------------------------------------------------------

def test_the_tagger_reads_a_spaced_out_date_whole(tmp_path, capsys):
    from timeline.cli import main

    path = tmp_path / "5-launch.tml"
    path.write_text(FILE, encoding="utf-8")
    assert main(["tag", str(path)]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert ("April 28, 2003", "2003-04-28") in {(r["text"], r["value"]) for r in rows}
    assert not any(r["text"] == "April 28" for r in rows)  # the year was guessed from the DCT before


def test_trial_files_round_trip_through_the_writer():
    files = sorted(TRIAL.glob("*.tml"))
    if not files:
        pytest.skip("SemEval-2015 trial data not present (../shared/data/semeval2015-timeline-trial)")
    for path in files:
        doc = read_timeml(path)
        assert "  " not in doc.text and " ," not in doc.text
        # a tag on every one of the file's tokens lands on exactly that token's raw spelling
        timexes = [Timex(text=doc.text[a:b], start=a, end=b, type="DATE", value="2000") for a, b in doc.meta["tokens"]]
        out = write_timeml(doc, timexes)
        tagged = re.findall(r'<TIMEX3 tid="t[1-9]\d*" type="DATE" value="2000">(.*?)</TIMEX3>', out)
        assert [unescape(x) for x in tagged] == [t.text for t in timexes], path.name
