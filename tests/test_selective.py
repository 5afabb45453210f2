"""The selective pipeline (issue 13): spaCy's statistical components only on sentences holding a candidate.

Unit tests of the selection (units, windows, growth), then the correctness gate: the selective and the full
path over TempEval-3 dev documents. Timexes must be identical; event rows identical in their time columns,
with the rare event-column differences listed (see ``test_extract_rows_match_full_pipeline``).
No timings here: speed is measured by benchmarks/bench.py.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline import pipeline
from timeline.document import Document
from timeline.pipeline.candidates import MARGIN, SPOT_AFTER, SPOT_BEFORE, Selection, needs_tense, unit_starts, windows_around
from timeline.temporal.partial import Direction
from timeline.temporal.resolve import StoryTime, resolve
from timeline.temporal.tagger import candidates
from timeline.pipeline.selective import annotate, selectable

DEV = Path(__file__).resolve().parents[2] / "shared" / "data" / "tempeval3" / "train"
N_DEV_DOCS = 40
PUB = dt.date(2023, 9, 5)


@pytest.fixture(scope="module")
def tagger():
    return pipeline.load_for_tagging()


@pytest.fixture(scope="module")
def full_nlp():
    return pipeline.load()


def _doc(nlp, text):
    return pipeline.prepare_doc(nlp, text, PUB)


# ------------------------------------------------------------------------------------------ units


def test_units_start_after_full_stops_closers_and_line_breaks(tagger):
    text = 'He left. "It ended," she said.\'\' Then\nA headline\n\nMore text! Done? Yes... ok'
    doc = _doc(tagger, text)
    starts, after_stop = unit_starts(doc, text)
    firsts = [doc[i].text for i in starts.tolist()]
    assert firsts == ["He", '"', "Then", "A", "More", "Done", "Yes", "ok"]
    # a quote closing on the full stop stays with its sentence; whitespace tokens stay with the unit before
    assert "''" not in firsts and "\n\n" not in firsts
    assert {doc[i].text for i in after_stop} == {'"', "Then", "Done", "Yes"}  # not after "..." nor a line break


def test_no_full_stop_no_split(tagger):
    text = "Mr. Smith met Dr. Jones in the U.S. on Friday"  # abbreviations are single tokens
    doc = _doc(tagger, text)
    assert unit_starts(doc, text)[0].tolist() == [0]


def test_selection_takes_only_sentences_with_a_candidate(tagger):
    text = "The weather was fine. Talks resumed on Tuesday. Nobody came. Prices rose in 2020."
    doc = _doc(tagger, text)
    sel = Selection(doc, text)
    cores = [doc[a:b].text for a, b in sel.cores()]
    assert cores == ["Talks resumed on Tuesday.", "Prices rose in 2020."]
    assert 0 < sel.share < 1


def test_a_text_without_candidates_selects_nothing(tagger):
    text = "The weather was fine. Nobody came to the party."
    sel = Selection(_doc(tagger, text), text)
    assert sel.cores() == [] and sel.windows() == [] and sel.share == 0


def test_windows_add_margins_and_merge_when_margins_meet():
    n = 210 + MARGIN - 1
    ws = windows_around([(20, 30), (30 + 2 * MARGIN, 60), (200, 210)], n)
    assert [(w.start, w.end) for w in ws] == [(20 - MARGIN, 60 + MARGIN), (200 - MARGIN, n)]
    assert ws[0].cores == ((20, 30), (30 + 2 * MARGIN, 60))
    assert windows_around([(0, 5)], 5)[0].start == 0  # clipped at the ends


def test_growth_takes_the_neighbour_when_a_parse_runs_across_a_line_break(full_nlp):
    # a line without a full stop: the parser runs its sentence on into the next line, so the line before is
    # parsed too (tense and the linker read whole sentences)
    text = "The company said\nthat prices rose on Tuesday."
    doc = pipeline.prepare_doc(full_nlp, text, PUB)  # no line presets: the parser decides
    sel = Selection(doc, text)
    (w,) = sel.windows()
    assert [doc[a:b].text for a, b in w.cores] == ["that prices rose on Tuesday."]
    sub = full_nlp(doc[w.start:w.end].as_doc())
    assert not sub[w.cores[0][0] - w.start].is_sent_start
    assert sel.grow(w, sub)
    assert sel.share == 1.0
    assert not sel.grow(sel.windows()[0], full_nlp(doc.copy()))  # nothing left to take


def test_no_growth_at_a_full_stop_without_a_parse(tagger):
    # the senter often runs a sentence on across a full stop and a paragraph; tense stops at the full stop
    text = "He spoke to reporters.\n\nPrices rose on Tuesday."
    doc = _doc(tagger, text)
    sel = Selection(doc, text)
    (w,) = sel.windows()
    sub = tagger(doc[w.start:w.end].as_doc())
    assert not sel.grow(w, sub)
    assert [doc[a:b].text for a, b in sel.cores()] == ["Prices rose on Tuesday."]


def test_a_grown_window_runs_only_its_new_tokens(tagger, monkeypatch):
    # no parser: the senter runs the second line's sentence on from the first, so the first line is taken
    # too; only it (with its margins) goes through the model again, and every token of both lines ends up
    # with the tags and sentence starts a run over the whole text gives it
    text = "Nobody came to the party. The company said that it would\nraise prices because costs rose on Tuesday."
    seen: list[list[str]] = []
    pipe = tagger.pipe

    def recording(subs, **kw):
        subs = list(subs)
        seen.append([s.text for s in subs])
        return pipe(subs, **kw)

    monkeypatch.setattr(tagger, "pipe", recording)
    (doc,) = annotate(tagger, [_doc(tagger, text)], [text])
    monkeypatch.undo()
    assert len(seen) == 2 and "The company said" in seen[1][0] and "Tuesday" not in seen[1][0]
    whole = tagger(_doc(tagger, text))
    first = next(t.i for t in doc if t.text == "The")
    assert [t.tag_ for t in doc[first:]] == [t.tag_ for t in whole[first:]]
    assert [t.is_sent_start for t in doc[first + 1:]] == [t.is_sent_start for t in whole[first + 1:]]
    assert [t.value for t in doc._.timexes] == [t.value for t in whole._.timexes]


# ------------------------------------------------------------------------------------------ spots


@pytest.mark.parametrize("text", ["on 5 September 2023", "on 2023-09-05", "in February 2022", "for three years",
                                  "every week", "now", "two days later", "last year", "at 3 p.m.", "in the 1990s"])
def test_times_fixed_without_tense_need_no_tense(text):
    longest = max(candidates(text), key=lambda c: c.end - c.start)  # "5 September" inside may need it
    assert not needs_tense(longest)


@pytest.mark.parametrize("text", ["on Tuesday", "in February", "on Sept. 5", "last spring", "Tuesday morning",
                                  "on Christmas"])
def test_times_the_tense_may_place_need_it(text):
    assert any(needs_tense(c) for c in candidates(text))


def _rule_example_candidates():
    from timeline.temporal.rules import ALL_RULES

    for rule in ALL_RULES:
        for ex in rule.examples:
            for c in candidates(ex.sentence):
                yield ex, c


_STORIES = [None] + [StoryTime(dt.date(2023, 2, 14), g) for g in ("day", "week", "month", "quarter", "half", "year")]


def test_what_needs_no_tense_resolves_the_same_in_every_direction():
    # the guard on needs_tense's reading of the resolver: a candidate it lets go without its sentence must
    # resolve alike whatever the tense, with or without a publication date or a story time (every rule's
    # own examples)
    checked = 0
    for ex, c in _rule_example_candidates():
        if needs_tense(c) or c.partial is None:
            continue
        for dct in (ex.dct, None):
            for story in _STORIES:
                values = {resolve(c.partial, dct, story, d) for d in Direction}
                assert len(values) == 1, (c.rule.id, c.match.group(0), dct, story, values)
        checked += 1
    assert checked > 150


def test_a_spot_takes_a_few_tokens_around_its_candidate_not_its_sentence(tagger):
    words = "the weather was fine and nobody came to the party with the band"
    text = f"Talks resumed on Tuesday. Nobody said {words} on 5 September 2023 and {words} at all. Prices fell."
    doc = _doc(tagger, text)
    spot = text.index("5 September 2023"), text.index("5 September 2023") + len("5 September 2023")
    sel = Selection(doc, text, [(text.index("Tuesday"), text.index("Tuesday") + 7)], [spot])
    first = next(t.i for t in doc if t.text == "5")
    assert [doc[a:b].text for a, b in sel.cores()] == [
        "Talks resumed on Tuesday.", doc[first - SPOT_BEFORE:first + 3 + SPOT_AFTER].text]
    (w,) = [w for w in sel.windows() if w.start > 5]
    assert not sel.grow(w, tagger(doc[w.start:w.end].as_doc()))  # a spot never takes its neighbours
    # a spot inside a selected unit adds nothing
    inside = Selection(doc, text, [spot], [spot])
    assert [doc[a:b].text for a, b in inside.cores()] == [text[text.index("Nobody"):text.index(" Prices")]]


# ---------------------------------------------------------------------------------- annotation


def test_tokens_outside_the_windows_get_no_tags(tagger):
    filler = "The weather was fine and nobody came to the party with the band at all. " * 3
    text = filler + "Talks resumed on Tuesday. " + filler
    (doc,) = annotate(tagger, [_doc(tagger, text)], [text])
    tuesday = next(t for t in doc if t.text == "Tuesday")
    assert tuesday.tag_ == "NNP"
    assert doc[0].tag_ == "" and doc[-2].tag_ == ""  # the model never saw them
    assert [t.value for t in doc._.timexes] == ["2023-09-05"]


def test_annotate_parses_and_finds_entities_where_rows_are(full_nlp):
    filler = "The weather was fine and nobody came to the party with the band at all. " * 3
    text = filler + "Putin met Kim in Vladivostok on Tuesday. " + filler
    (doc,) = annotate(full_nlp, [pipeline.prepare_doc(full_nlp, text, PUB, True)], [text])
    assert {e.text for e in doc.ents} >= {"Putin", "Vladivostok"}
    assert doc[0].dep_ == ""
    met = next(t for t in doc if t.text == "met")
    assert met.dep_ == "ROOT" and met.lemma_ == "meet"
    # a sentence never runs on from a window into text the model did not see
    tuesday = next(t for t in doc if t.text == "Tuesday")
    assert tuesday.sent.text == "Putin met Kim in Vladivostok on Tuesday."


@pytest.mark.parametrize("text, subject, pronoun", [
    ("Maria Lopez, the finance minister, faced calls to quit. She resigned on Monday.", "Maria Lopez", "She"),
    ("The carmaker Autovia missed its targets. Analysts were unimpressed. It cut 400 jobs on Friday.", "Autovia", "It"),
])
def test_a_pronoun_subject_finds_its_name_in_a_sentence_without_a_time(full_nlp, text, subject, pronoun):
    """The sentences before one with a pronoun get the parse and entities, as on the full pipeline."""
    (doc,) = annotate(full_nlp, [pipeline.prepare_doc(full_nlp, text, PUB, True)], [text])
    assert any(e.text == subject for e in doc.ents)
    import timeline

    table = timeline.extract(text, pub_date="2023-09-06", nlp=full_nlp)
    assert (list(table["subject"]), list(table["subject_resolved_from"])) == ([subject], [pronoun])


def test_no_pronoun_no_earlier_sentence_parsed(full_nlp):
    text = "Maria Lopez, the finance minister, faced calls to quit. The minister resigned on Monday."
    (doc,) = annotate(full_nlp, [pipeline.prepare_doc(full_nlp, text, PUB, True)], [text])
    assert doc[0].dep_ == "" and not any(e.text == "Maria Lopez" for e in doc.ents)


def test_stand_in_pipelines_run_whole():
    class NotSpacy:
        pipe_names = ["timex"]

    assert not selectable(NotSpacy())


def test_the_switch_runs_everything(tagger, monkeypatch):
    docs = [Document("The weather was fine. Talks resumed on Tuesday.", PUB, "d")]
    assert pipeline.effective(pipeline.TAG, None).selective
    assert not pipeline.effective(pipeline.TAG, True).selective
    monkeypatch.setenv(pipeline.FULL_PIPELINE_ENV, "1")
    assert not pipeline.effective(pipeline.TAG, None).selective
    assert pipeline.effective(pipeline.TAG, False).selective
    (tagged,) = pipeline.tag_documents(docs, tagger)
    assert [t.text for t in tagged.timexes] == ["Tuesday"]


# ------------------------------------------------------------------- the gate: selective == full


def _dev_documents() -> list[Document]:
    if not DEV.is_dir():
        pytest.skip(f"TempEval-3 dev documents not found at {DEV} (the shared data directory)")
    from timeline.readers.timeml import read_timeml

    files = sorted(DEV.rglob("*.tml"))[::6][:N_DEV_DOCS]  # spread over TimeBank and AQUAINT
    return [read_timeml(f) for f in files]


def _timex_key(t):
    return (t.text, t.start, t.end, t.type, t.value, t.mod, t.granularity, t.interval_start, t.interval_end,
            t.fuzzy, t.rule, t.anchor, t.quant, t.freq, t.unresolved, t.tid, t.range_with)


def test_tag_timexes_match_full_pipeline(tagger):
    docs = _dev_documents()
    selective = [[_timex_key(t) for t in r.timexes] for r in pipeline.tag_documents(docs, tagger, full=False)]
    full = [[_timex_key(t) for t in r.timexes] for r in pipeline.tag_documents(docs, tagger, full=True)]
    assert sum(map(len, full)) > 200
    for d, s, f in zip(docs, selective, full):
        assert s == f, d.doc_id


def _hard_wrapped(text: str, width: int = 40) -> str:
    """``text`` with each paragraph cut into lines of at most ``width`` characters, as plain-text wires are."""
    paragraphs = []
    for para in text.split("\n"):
        lines, line = [], ""
        for w in para.split(" "):
            if line and len(line) + 1 + len(w) > width:
                lines.append(line)
                line = w
            else:
                line = f"{line} {w}" if line else w
        paragraphs.append("\n".join(lines + [line]))
    return "\n".join(paragraphs)


def test_tag_timexes_match_full_pipeline_on_hard_wrapped_text(tagger):
    # a line break cuts a unit, and the senter runs its sentence on across line after line: the selection
    # grows a unit per round, and every grown window must still be run (4 rounds left some unannotated)
    docs = [Document(_hard_wrapped(d.text), d.pub_date, d.doc_id) for d in _dev_documents()]
    selective = [[_timex_key(t) for t in r.timexes] for r in pipeline.tag_documents(docs, tagger, full=False)]
    full = [[_timex_key(t) for t in r.timexes] for r in pipeline.tag_documents(docs, tagger, full=True)]
    assert sum(map(len, full)) > 200
    for d, s, f in zip(docs, selective, full):
        assert s == f, d.doc_id


TIME_COLUMNS = ("doc_id", "pub_date", "dct_source", "timex_text", "timex_type", "timex_value", "timex_mod",
                "char_start", "char_end", "start", "end", "granularity", "fuzzy", "rule", "unresolved", "anchor")


def test_extract_rows_match_full_pipeline(full_nlp):
    """Rows come out identical in number, order and every time column. The event columns may differ in a
    few rows: spaCy's parser is transition-based and its stack can still hold the previous sentence's words
    when the next sentence begins, so a sentence parsed after 4 tokens of context (selective) can attach a
    word differently from one parsed after the whole article (full). On all 256 dev documents 26 of 1,611
    rows differed so (event, object, actors; the trigger in 4), none in a time column."""
    docs = _dev_documents()
    selective = [rows for _, rows in pipeline.extract_documents(docs, full_nlp, full=False)]
    full = [rows for _, rows in pipeline.extract_documents(docs, full_nlp, full=True)]
    n_rows, differing = 0, []
    for d, s, f in zip(docs, selective, full):
        assert len(s) == len(f), d.doc_id
        for rs, rf in zip(s, f):
            n_rows += 1
            assert {c: rs.get(c) for c in TIME_COLUMNS} == {c: rf.get(c) for c in TIME_COLUMNS}, d.doc_id
            if rs != rf:
                differing.append((d.doc_id, rs.get("timex_text"), rf.get("trigger"), rs.get("trigger")))
    assert n_rows > 150
    assert len(differing) <= 0.05 * n_rows, differing
