"""Per-entity timelines across articles (issue 15): the TimeML sentence fix, entity clustering, event
participation, anchoring, cross-document coreference, ordering, the SemEval writer, the command."""

from __future__ import annotations

import json
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
    # token-per-space sentences are re-spaced by the reader (tests/test_timeml_respace.py)
    assert doc.text == "June 8, 2010\nJobs unveiled it.\nIt sold. Fine."
    assert doc.meta["docid"] == "7"
    sents = doc.meta["sentences"]
    assert [s["id"] for s in sents] == ["1", "2", "3", "4"]
    assert [doc.text[s["start"]:s["end"]] for s in sents] == ["June 8, 2010", "Jobs unveiled it.", "It sold.",
                                                              "Fine."]
    (event,) = doc.meta["gold_events"]
    assert doc.text[event["start"]:event["end"]] == "unveiled"


def test_sentence_break_only_between_touching_sentences():
    # a space already between two sentences: nothing added; files without <s> are untouched
    assert "sold. Fine" in parse_timeml(SENTENCES).text
    plain = parse_timeml("<TimeML><TEXT>One.Two</TEXT></TimeML>")
    assert plain.text == "One.Two" and "sentences" not in plain.meta and "docid" not in plain.meta


def test_writer_round_trip_with_sentence_breaks():
    from timeline.temporal.timex import Timex

    doc = parse_timeml(SENTENCES)
    start = doc.text.index("June 8, 2010")
    out = write_timeml(doc, [Timex(text="June 8, 2010", start=start, end=start + 12, type="DATE",
                                   value="2010-06-08")])
    # the tag wraps the file's own spelling (not the re-spaced one), and the text around it is the file's
    assert ('<TEXT><TIMEX3 tid="t1" type="DATE" value="2010-06-08">June 8 , 2010</TIMEX3>Jobs unveiled it .It sold .'
            ' Fine .</TEXT>') in out


def test_trial_files_tokens_stay_apart():
    path = TRIAL / "timeml" / "16844-Apple_unveils_iPhone_4.tml"
    if not path.is_file():
        return
    doc = read_timeml(path)
    assert "2010Yesterday" not in doc.text and "2010\nYesterday" in doc.text
    assert doc.meta["docid"] == "16844"
    for s in doc.meta["sentences"]:
        assert "\n" not in doc.text[s["start"]:s["end"]]


# --- names and targets -----------------------------------------------------------------------------------

import pytest  # noqa: E402

from timeline.entities.names import entity_file_name, is_acronym_of, key  # noqa: E402
from timeline.entities.targets import make_target  # noqa: E402


@pytest.mark.parametrize("a, b", [("The IBM Corp.'s", "IBM"), ("Apple Inc.", "Apple"), ("Mr. Jobs", "Jobs")])
def test_name_keys_equal(a, b):
    assert key(a) == key(b)


@pytest.mark.parametrize("a, b", [("Apple Corps", "Apple"), ("Steve Jobs", "Jobs"), ("Apple Computer", "Apple Corps")])
def test_name_keys_differ(a, b):
    assert key(a) != key(b)  # the Beatles' Apple Corps is not Apple Inc.


def test_acronyms():
    assert is_acronym_of("IBM", "International Business Machines")
    assert not is_acronym_of("ibm", "International Business Machines")  # lower case is a word, not an acronym
    assert not is_acronym_of("IBM", "Intel")


@pytest.mark.parametrize("name, text, found", [
    ("Steve Jobs", "Steve Jobs said; Jobs added", ["Steve Jobs", "Jobs"]),
    ("Steve Jobs", "new jobs and Jobsworth", []),  # a common word alone is not the name
    ("International Business Machines", "IBM Corp. and ibm", ["IBM"]),
    ("Beatles Apple Corps", "Apple Corps sued Apple Inc.", ["Apple Corps"]),
    ("iPhone 4", "the iPhone 4 beat the iPhone 4S", ["the iPhone 4"]),
    ("iTunes store", "the iTunes Store opened", ["the iTunes Store"]),
])
def test_target_variants(name, text, found):
    t = make_target(0, name)
    assert [text[s:e] for s, e in t.matches(text)] == found


def test_entity_file_names():
    assert entity_file_name("Steve Jobs") == "steve_jobs.txt"
    assert entity_file_name("AT&T") == "atandt.txt"
    assert entity_file_name("iTunes  store") == "itunes_store.txt"


# --- anchors ---------------------------------------------------------------------------------------------

import datetime as dt  # noqa: E402

from timeline.entities.anchor import anchor_from_timex, anchor_from_value  # noqa: E402
from timeline.temporal.timex import Timex  # noqa: E402


def test_anchor_values():
    a = anchor_from_value("2006-03", "timex")
    assert (a.granularity, a.start, a.end) == ("month", dt.date(2006, 3, 1), dt.date(2006, 4, 1))
    assert anchor_from_value("1976", "timex").granularity == "year"
    assert anchor_from_value("2010-06-07", "timex").end == dt.date(2010, 6, 8)
    for bad in ("PAST_REF", "2010-W23", "XXXX-06-07", "2010-13", ""):
        assert anchor_from_value(bad, "timex") is None
    week = Timex(text="last week", start=0, end=9, type="DATE", value="2010-W23",
                 interval_start=dt.datetime(2010, 6, 7), interval_end=dt.datetime(2010, 6, 14))
    assert anchor_from_timex(week) is None  # a week is no day, month or year: not placed
    dur = Timex(text="three days", start=0, end=10, type="DURATION", value="P3D")
    assert anchor_from_timex(dur) is None


@pytest.mark.parametrize("value,expected", [
    ("2012-02-29", ("day", dt.date(2012, 2, 29), dt.date(2012, 3, 1))),
    ("2010-12", ("month", dt.date(2010, 12, 1), dt.date(2011, 1, 1))),
    ("0001", ("year", dt.date(1, 1, 1), dt.date(2, 1, 1))),
    ("2011-02-29", None), ("2010-00", None), ("0000", None), ("201", None), ("2010-SU", None), ("2010-Q1", None),
    ("2010-06-07TMO", None), ("2010-6-7", None),
    ("2010-W23-2", None),  # a day, but spelled by week: only a calendar spelling is an anchor value
    ("9999-12", None), ("9999-12-31", None),  # would end past the calendar (these used to raise OverflowError)
])
def test_anchor_values_read_by_the_timex3_codec(value, expected):
    a = anchor_from_value(value, "story")
    assert (None if a is None else (a.granularity, a.start, a.end)) == expected
    if a is not None:
        assert (a.value, a.source) == (value, "story")


def test_a_day_spelled_by_week_is_placed_through_its_interval():
    t = Timex(text="Tuesday", start=0, end=7, type="DATE", value="2010-W23-2",
              interval_start=dt.datetime(2010, 6, 8), interval_end=dt.datetime(2010, 6, 9))
    assert anchor_from_timex(t).value == "2010-06-08"


# --- the whole path on the fixture corpus ----------------------------------------------------------------

@pytest.fixture(scope="module")
def fixture_facts():
    from timeline import pipeline
    from timeline.entities import collect_facts
    from timeline.readers import read_inputs

    docs = read_inputs([DATA / "timeml"])
    return list(collect_facts(docs, pipeline.load(), ["Acme Corporation", "Jane Doe"]))


def _rows(facts, names):
    from timeline.entities import build_timelines
    from timeline.entities.records import reduce_facts

    return build_timelines([reduce_facts(f, bool(names)) for f in facts], names)


def test_mentions_participation_and_anchors(fixture_facts):
    f101, f102 = fixture_facts
    assert f101.docid == "101" and f102.docid == "102"
    names = {(m.text, m.target) for m in f101.mentions if m.target is not None}
    assert ("Acme Corporation", 0) in names and ("Doe", 1) in names
    ref = [m for m in f102.mentions if m.label == "REF"]
    assert [m.text for m in ref] == ["the company"] and ref[0].target == 0  # a definite description
    preds = {p.text: p for p in f101.predicates}
    assert preds["bought"].anchor.value == "2011-03-14" and preds["bought"].anchor.source == "timex"
    assert preds["founded"].anchor.value == "1998"
    assert {f101.mentions[i].target for i in preds["founded"].participants} == {0, 1}  # Acme (passive subject), Doe (by)
    p102 = {p.text: p for p in f102.predicates}
    assert p102["open"].tense == "future" and p102["open"].anchor.value == "2012"  # "plans to open": shared subject
    assert p102["plans"].tense == "present"


def test_timelines_coreference_and_order(fixture_facts):
    df = _rows(fixture_facts, ["Acme Corporation", "Jane Doe"])
    acme = df[df["entity"] == "Acme Corporation"]
    placed = acme[acme["ordinal"] > 0]
    assert list(placed["anchor"]) == sorted(placed["anchor"])  # ordered by anchor
    bought = acme[acme["trigger"] == "bought"].iloc[0]
    assert bought["semeval_mentions"] == "101-2-bought 102-3-acquired" and bought["sources"] == 2
    assert acme[acme["trigger"] == "sales"].iloc[0]["ordinal"] == 0  # "would double its sales": not placed
    assert not acme[acme["trigger"] == "sales"].iloc[0]["asserted"]
    rec = json.loads(bought["mentions"])[0]
    assert rec == {"doc_id": "101-Acme_buys_Zeta", "docid": "101", "sentence": "2", "token_start": 2,
                   "token_end": 3, "char_start": rec["char_start"], "char_end": rec["char_start"] + 6,
                   "text": "bought"}
    doe = df[df["entity"] == "Jane Doe"]
    assert "101-4-founded" in set(doe["semeval_mentions"])  # "founded ... by Doe": the agent takes part


def test_no_merge_without_shared_participant_or_across_anchors():
    from timeline.entities.assemble import EventMention, corefer
    from timeline.entities.records import EventRecord, Place

    a = anchor_from_value("2011-03-14", "timex")

    def em(doc, lemma, others, anchor=a):
        record = EventRecord(0, lemma, lemma, "past", "", False, anchor, lemma, (0,), ("x",),
                             Place("1", 0, 1, 0, 1, lemma))
        return EventMention(doc, record, frozenset(others))

    assert len(corefer([em(0, "buy", {"zeta"}), em(1, "acquire", {"zeta"})])) == 1  # synonyms, shared, same day
    assert len(corefer([em(0, "buy", {"zeta"}), em(1, "acquire", {"omega"})])) == 2  # nobody shared
    assert len(corefer([em(0, "buy", {"zeta"}), em(1, "sell", {"zeta"})])) == 2  # different predicates
    assert len(corefer([em(0, "buy", {"zeta"}), em(0, "buy", {"zeta"})])) == 2  # one document: not merged
    later = anchor_from_value("2011-03-15", "timex")
    assert len(corefer([em(0, "buy", {"zeta"}), em(1, "buy", {"zeta"}, later)])) == 2
    assert len(corefer([em(0, "buy", {"zeta"}, None), em(1, "buy", {"zeta"}, None)])) == 2  # unplaced


def test_salient_entities_cluster_variants():
    from timeline import pipeline
    from timeline.entities import build_timelines, collect_facts
    from timeline.entities.cluster import cluster_entities
    from timeline.entities.records import reduce_facts
    from timeline.readers import read_inputs

    facts = list(collect_facts(read_inputs([DATA / "timeml"]), pipeline.load()))
    records = [reduce_facts(f, False) for f in facts]
    ents = {e.name: e for e in cluster_entities(records, top=None)}
    acme = next(e for n, e in ents.items() if n.startswith("Acme"))
    spelled = {facts[d].mentions[m].text for d, m in acme.mentions}
    assert {"Acme Corporation", "Acme Corp."} <= spelled and acme.documents == 2  # one entity, two spellings
    assert "Zeta Systems" in ents
    assert cluster_entities(records, top=1)[0].documents == 2  # the most salient first
    df = build_timelines(records, None, top=2)
    assert df["entity"].nunique() <= 2 and len(df)


# --- the command -----------------------------------------------------------------------------------------

from timeline.cli import main  # noqa: E402
from timeline.eval.timeline_metric import evaluate_dirs  # noqa: E402


def test_command_semeval_files_and_score(tmp_path, capsys):
    out = tmp_path / "sys"
    code = main(["entities", str(DATA / "timeml"), "--list", str(DATA / "entities.txt"), "--format", "semeval",
                 "--output-dir", str(out)])
    assert code == 0
    assert sorted(p.name for p in out.iterdir()) == ["acme_corporation.txt", "jane_doe.txt"]
    lines = (out / "acme_corporation.txt").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "Acme Corporation"
    for line in lines[1:]:
        ordinal, anchor, *mentions = line.split("\t")
        assert ordinal.isdigit() and mentions
        assert anchor == "XXXX-XX-XX" if ordinal == "0" else anchor[:4].isdigit()
        assert all(m.count("-") >= 2 and m.split("-")[0] in ("101", "102") for m in mentions)
    assert "2\t2011-03-14\t101-2-bought\t102-3-acquired" in lines
    report = evaluate_dirs(DATA / "gold", out)
    assert report.total.f1 > 0.5 and not report.missing


def test_command_csv_json_and_entity_option(tmp_path, capsys):
    csv_out = tmp_path / "t.csv"
    assert main(["entities", str(DATA / "timeml"), "--entity", "Jane Doe", "-o", str(csv_out)]) == 0
    import pandas as pd

    df = pd.read_csv(csv_out)
    assert set(df["entity"]) == {"Jane Doe"} and "101-4-founded" in set(df["semeval_mentions"])
    assert main(["entities", str(DATA / "timeml"), "--entity", "Jane Doe", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows and rows[0]["entity"] == "Jane Doe"


@pytest.mark.parametrize("argv, message", [
    (["--format", "semeval"], "needs --output-dir"),
    (["--format", "semeval", "--output-dir", "x"], "needs --entity"),
    (["--list", "/nonexistent/list.txt"], "cannot read the entity list"),
    (["--top", "0"], "--top must be"),
])
def test_command_errors(argv, message, capsys):
    code = main(["entities", str(DATA / "timeml"), *argv])
    assert code in (2, 3)
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


@pytest.mark.parametrize("name, text, found", [
    ("iTunes store", "the iTunes Music Store opened", ["the iTunes Music Store"]),  # one inserted name word
    ("iTunes store", "the iTunes music store opened", []),  # a lower-case word is not part of a name
    ("iPod", "two iPods and an iPod Nano", ["iPods"]),  # plural; a longer name is another entity
    ("iPhone 4", "the iPhone 4s", []),  # no plural on a number
])
def test_target_variant_spellings(name, text, found):
    t = make_target(0, name)
    assert [text[s:e] for s, e in t.matches(text)] == found


def test_references_and_dates_inside_names():
    from timeline import pipeline
    from timeline.document import Document
    from timeline.entities import collect_facts

    text = ("Apple opened the iTunes Music Store on April 28, 2003. The store sold a million songs.\n"
            "The software maker Zeta Systems said it was pleased.\n"
            "The company's 2010 Worldwide Developers Conference opened, and Jobs spoke.")
    (f,) = collect_facts([Document(text, dt.date(2010, 6, 8), "d")], pipeline.load(),
                         ["iTunes store", "Worldwide Developers Conference"])
    refs = {m.text: m for m in f.mentions if m.label == "REF"}
    assert "The store" in refs and refs["The store"].target == 0
    assert "The software maker" not in refs  # it stands next to its own name
    spoke = next(p for p in f.predicates if p.text == "opened" and p.start > text.index("2010"))
    assert spoke.anchor is None or spoke.anchor.value != "2010"  # the year names the conference


def test_command_plot(tmp_path):
    chart = tmp_path / "t.png"
    assert main(["entities", str(DATA / "timeml"), "--list", str(DATA / "entities.txt"), "-o",
                 str(tmp_path / "t.csv"), "--plot", str(chart)]) == 0
    assert chart.stat().st_size > 1000


def test_command_unreadable_input(tmp_path, capsys):
    assert main(["entities", str(tmp_path / "missing.tml")]) == 3
    err = capsys.readouterr().err
    assert "missing.tml" in err and "Traceback" not in err


def test_api_plain_texts():
    import timeline

    df = timeline.entity_timelines([{"id": "a", "text": "Acme Corp. bought Zeta Systems on Monday.",
                                     "pub_date": "2011-03-15"}], ["Acme"])
    row = df.iloc[0]
    assert (row["entity"], row["anchor"], row["trigger"], row["sources"]) == ("Acme", "2011-03-14", "bought", 1)
    assert json.loads(row["mentions"])[0]["sentence"] == "1"


def test_pronoun_chains_first_names_and_participles():
    from timeline import pipeline
    from timeline.document import Document
    from timeline.entities import collect_facts

    text = ("Jane Doe , born in Ohio in 1960 , founded Acme .\nShe sold it in 2001 .\nLater she bought Zeta .\n"
            "Jane praised the deal .\nThe recently announced Widget X sold well .")
    (f,) = collect_facts([Document(text, dt.date(2011, 3, 15), "d")], pipeline.load(), ["Jane Doe", "Widget X"])
    doe = {p.text for p in f.predicates if any(f.mentions[i].target == 0 for i in p.participants)}
    assert {"born", "founded", "sold", "bought", "praised"} <= doe  # "she" after "She", "Jane" after "Jane Doe"
    widget = {p.text for p in f.predicates if any(f.mentions[i].target == 1 for i in p.participants)}
    assert "announced" in widget


def test_first_name_not_used_when_another_person_shares_it():
    from timeline import pipeline
    from timeline.document import Document
    from timeline.entities import collect_facts

    text = "Jane Doe met Jane Roe .\nJane said no ."
    (f,) = collect_facts([Document(text, dt.date(2011, 3, 15), "d")], pipeline.load(), ["Jane Doe"])
    assert not any(m.text == "Jane" and m.target == 0 for m in f.mentions)


def test_token_per_space_dates_read_whole_and_tokens_named_on_the_original():
    from timeline import pipeline
    from timeline.entities import collect_facts

    raw = ('<TimeML><DOCID>9</DOCID><DCT><TIMEX3 tid="t0" type="DATE" value="2011-10-06" '
           'functionInDocument="CREATION_TIME">x</TIMEX3></DCT><TEXT><s id="1">Jobs , born in San Francisco on '
           'February 24 , 1955 , built Apple .</s><s id="2">He showed off the device .</s></TEXT></TimeML>')
    doc = parse_timeml(raw)
    (f,) = collect_facts([doc], pipeline.load(), ["Steve Jobs"])
    preds = {p.text: p for p in f.predicates}
    assert preds["born"].anchor.value == "1955-02-24"  # "February 24 , 1955" read as one date
    from timeline.entities.records import place_of

    rec = place_of(f, preds["showed off"])
    assert (rec.sentence, rec.text, rec.token_start) == ("2", "showed_off", 1)
    assert doc.text[rec.char_start:rec.char_end] == "showed off"


def test_dask_engine_gives_the_local_table(tmp_path):
    pytest.importorskip("distributed")
    local, dask_out = tmp_path / "local.csv", tmp_path / "dask.csv"
    base = ["entities", str(DATA / "timeml"), "--list", str(DATA / "entities.txt")]
    assert main([*base, "-o", str(local)]) == 0
    assert main([*base, "-o", str(dask_out), "--engine", "dask", "--workers", "1"]) == 0
    assert local.read_bytes() == dask_out.read_bytes()


# --- streaming: records, not texts, reach the driver ------------------------------------------------------

def test_records_hold_no_text_and_only_what_the_entities_need(fixture_facts):
    from timeline.entities.records import DocRecords, reduce_facts

    f101 = fixture_facts[0]
    targeted = reduce_facts(f101, True)
    assert isinstance(targeted, DocRecords) and not hasattr(targeted, "text") and not hasattr(targeted, "__dict__")
    assert {n.target for n in targeted.names} <= {0, 1} and all(n.target is not None for n in targeted.names)
    kept = {n.mention for n in targeted.names}
    assert targeted.events and all(set(e.participants) & kept for e in targeted.events)
    assert len(targeted.events) <= len(f101.predicates)
    bought = next(e for e in targeted.events if e.text == "bought")
    assert (bought.place.sentence, bought.place.text, bought.anchor.value) == ("2", "bought", "2011-03-14")
    assert "zeta systems" in bought.participant_keys  # the other participant, for cross-document merging
    clustered = reduce_facts(f101, False)  # no targets: every named entity's mentions, for clustering
    assert "Zeta Systems" in {n.text for n in clustered.names}


def test_documents_are_streamed_not_read_up_front():
    from timeline.document import Document
    from timeline.entities.engine import stream_records

    pulled = []

    def documents():
        for i in range(40):
            pulled.append(i)
            yield Document(f"Acme Corp. bought Zeta Systems on Monday number {i}.", dt.date(2011, 3, 15), f"d{i}")

    stream = stream_records(documents(), ["Acme"])
    first = next(stream)
    assert first.doc_id == "d0" and len(pulled) < 40  # one batch at a time
    rest = list(stream)
    assert len(rest) == 39 and [r.doc_id for r in rest] == [f"d{i}" for i in range(1, 40)]


def test_the_corpus_engines_window_runs_the_entities_unit_of_work():
    """engine.py streams through corpus.Engine.map with its own submit: input order, at most ``window``
    partitions in flight, the corpus's own unit of work never called."""
    from timeline.corpus.engines import Engine

    log = []

    class Recording(Engine):
        window = 2

        def submit(self, items):
            raise AssertionError("the corpus's unit of work is not the entities'")

        def result(self, handle):
            log.append(("result", handle))
            return handle.upper()

    def parts():
        for p in ("a", "b", "c"):
            log.append(("read", p))
            yield p

    def submit(p):
        log.append(("submit", p))
        return p + p

    assert list(Recording().map(parts(), submit)) == [("a", "AA"), ("b", "BB"), ("c", "CC")]
    assert log == [("read", "a"), ("submit", "a"), ("read", "b"), ("submit", "b"), ("result", "aa"),
                   ("read", "c"), ("submit", "c"), ("result", "bb"), ("result", "cc")]


def test_command_warns_once_for_missing_publication_dates(tmp_path, capsys):
    for i in range(4):
        (tmp_path / f"a{i}.txt").write_text("Acme Corp. bought Zeta Systems on Monday.\n", encoding="utf-8")
    assert main(["entities", str(tmp_path), "--entity", "Acme"]) == 0
    err = capsys.readouterr().err
    assert err.count("no publication date") == 1 and "a0.txt, a1.txt, a2.txt and 1 more" in err
    assert main(["entities", str(tmp_path), "--entity", "Acme", "--pub-date", "2011-03-15"]) == 0
    out = capsys.readouterr().out
    assert "2011-03-14" in out  # Monday before the given date


def test_command_html_page_one_lane_per_entity(tmp_path):
    """--format html (or -o x.html): the interactive page of the event table, one lane per entity; events
    that could not be placed are its undated rows."""
    from timeline.export.html import page_rows

    page = tmp_path / "t.html"
    assert main(["entities", str(DATA / "timeml"), "--list", str(DATA / "entities.txt"), "-o", str(page)]) == 0
    text = page.read_text(encoding="utf-8")
    assert text.lower().startswith("<!doctype html>") and "vis-timeline" in text and "https://" not in text.split("<script")[0]
    csv_out = tmp_path / "t.csv"
    assert main(["entities", str(DATA / "timeml"), "--list", str(DATA / "entities.txt"), "-o", str(csv_out)]) == 0
    import pandas as pd

    from timeline.commands.entities import _event_table

    df = pd.read_csv(csv_out, parse_dates=["start", "end"])
    rows = page_rows(_event_table(df, placed_only=False))
    assert len(rows) == len(df)
    assert {r["lane"] for r in rows if r["start"]} <= set(df["entity"]) | {"(nobody named)"}
    assert sum(r["start"] is None for r in rows) == int((df["ordinal"] == 0).sum())


def test_command_csv_cells_are_spreadsheet_safe(tmp_path):
    """Summaries come from the web: a cell that would start a formula is written as text, as in the event
    table's CSV."""
    import pandas as pd

    from timeline.commands.entities import _write

    df = pd.DataFrame([{"entity": "=HYPERLINK(\"http://x\")", "ordinal": 1, "event": "+cmd|' /C calc'!A0"}])
    out = tmp_path / "x.csv"

    class Args:
        output = str(out)
        output_dir = None

    _write(df, "csv", Args(), None)
    text = out.read_text(encoding="utf-8")
    assert "'=HYPERLINK" in text and "'+cmd" in text


def test_negated_and_contracted_future_is_future():
    """"won't" (spaCy's "wo") is a future auxiliary, as the tense module knows, not a mere modal."""
    from timeline.entities.reduce import tense_of
    from timeline.pipeline import load

    nlp = load(None)
    for text, verb in [("Acme won't open the plant.", "open"), ("Acme will open the plant.", "open")]:
        tok = next(t for t in nlp(text) if t.text == verb)
        assert tense_of(tok)[0] == "future", text
    tok = next(t for t in nlp("Acme could open the plant.") if t.text == "open")
    assert tense_of(tok)[0] == "modal"
