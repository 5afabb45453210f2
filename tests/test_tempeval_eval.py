"""The TempEval-3 runner and the `timeline eval tempeval` command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from timeline import cli
from timeline.eval import command as eval_command
from timeline.eval.tempeval import evaluate
from timeline.eval.tempeval import gold_timexes
from timeline.temporal.timex import Timex

from conftest import tempeval_root


def tempeval_train_dir() -> Path:
    root = tempeval_root()
    if not root.is_dir() or not any(root.rglob("*.tml")):
        pytest.skip(f"TempEval-3 train data not found at {root} (set TIMELINE_TEMPEVAL_DIR)")
    return root


def tml(text_content: str, dct: str = "1998-01-08") -> str:
    return (
        '<?xml version="1.0" ?>\n<TimeML>\n'
        f'<DCT><TIMEX3 tid="t0" type="DATE" value="{dct}" functionInDocument="CREATION_TIME">x</TIMEX3></DCT>\n'
        f"<TEXT>{text_content}</TEXT>\n</TimeML>\n"
    )


@pytest.fixture
def small_corpus(tmp_path: Path) -> Path:
    """Two subcorpora, three gold timexes in A and two in B."""
    (tmp_path / "A").mkdir()
    (tmp_path / "B").mkdir()
    (tmp_path / "A" / "a1.tml").write_text(tml(
        'On <TIMEX3 tid="t1" type="DATE" value="1998-01-07">Wednesday</TIMEX3> and '
        '<TIMEX3 tid="t2" type="DATE" value="1998-01-08">today</TIMEX3>, for '
        '<TIMEX3 tid="t3" type="DURATION" value="P2W">two weeks</TIMEX3>.'))
    (tmp_path / "B" / "b1.tml").write_text(tml(
        'In <TIMEX3 tid="t1" type="DATE" value="1997">last year</TIMEX3> and '
        '<TIMEX3 tid="t2" type="DATE" value="PRESENT_REF">now</TIMEX3>.', dct="1998-03-01"))
    return tmp_path


def echo(doc):
    return gold_timexes(doc)


def test_gold_echo_scores_one(small_corpus):
    report = evaluate(small_corpus, tagger=echo)
    c = report.overall
    assert (c.n_gold, c.n_sys) == (5, 5)
    assert c.strict_f1 == c.relaxed_f1 == c.type_f1 == c.value_f1 == 1.0
    assert set(report.subcorpora) == {"A", "B"} and report.errors == []


def test_perturbed_tagger_by_hand(small_corpus):
    seen = {}

    def perturbed(doc):
        seen[doc.doc_id] = doc.pub_date
        out = []
        for t in gold_timexes(doc):
            if t.text == "today":
                continue  # false negative
            if t.text == "two weeks":
                t = Timex("weeks", t.start + 4, t.end, "DURATION", "P2W")  # relaxed-only match
            if t.text == "last year":
                t = Timex(t.text, t.start, t.end, "DATE", "1998")  # wrong value
            out.append(t)
        out.append(Timex("In", 0, 2, "DATE", "PRESENT_REF") if doc.doc_id == "b1" else Timex("On", 0, 2, "TIME", "X"))
        return out

    report = evaluate(small_corpus, tagger=perturbed)
    assert str(seen["a1"]) == "1998-01-08" and str(seen["b1"]) == "1998-03-01"
    c = report.overall
    # gold 5; system: a1 = Wednesday, weeks, On (3); b1 = last year, now, In (3) -> 6.
    # pairs: Wednesday, two weeks~weeks, last year, now -> relaxed 4, strict 3; values right: 3.
    assert (c.n_gold, c.n_sys, c.strict, c.relaxed, c.type_correct, c.value_correct) == (5, 6, 3, 4, 4, 3)
    assert c.strict_p == pytest.approx(3 / 6) and c.strict_r == pytest.approx(3 / 5)
    assert c.relaxed_f1 == pytest.approx(2 * (4 / 6) * (4 / 5) / (4 / 6 + 4 / 5))
    assert c.value_f1 == pytest.approx(2 * 3 / 11) and c.type_f1 == pytest.approx(2 * 4 / 11)
    a = report.subcorpora["A"]
    assert (a.n_gold, a.n_sys, a.strict, a.relaxed) == (3, 3, 1, 2)
    kinds = sorted((e.subcorpus, e.kind) for e in report.errors)
    assert kinds == [("A", "false_negative"), ("A", "false_positive"), ("A", "span"),
                     ("B", "false_positive"), ("B", "value")]

    table = report.format_table(top=3)
    assert "ALL" in table and "A " in table and "B " in table and "largest error classes" in table
    assert json.loads(json.dumps(report.to_dict()))["overall"]["strict"] == 3


def test_write_errors(small_corpus, tmp_path):
    report = evaluate(small_corpus, tagger=lambda doc: [])
    n = report.write_errors(tmp_path / "e.jsonl")
    lines = (tmp_path / "e.jsonl").read_text().splitlines()
    assert n == len(lines) == 5 and json.loads(lines[0])["kind"] == "false_negative"
    report.write_errors(tmp_path / "e.tsv")
    rows = (tmp_path / "e.tsv").read_text().splitlines()
    assert rows[0].startswith("doc_id\tkind\ttext") and len(rows) == 6


def test_limit(small_corpus):
    assert len(evaluate(small_corpus, tagger=echo, limit=1).documents) == 1


def test_gold_echo_on_train_corpus():
    report = evaluate(tempeval_train_dir(), tagger=echo)
    c = report.overall
    assert c.n_gold == c.n_sys > 1000
    assert c.strict_f1 == c.relaxed_f1 == c.type_f1 == c.value_f1 == 1.0


def test_cli_errors_are_one_line(tmp_path, capsys):
    assert cli.main(["eval", "tempeval", str(tmp_path / "nope")]) == 3
    assert cli.main(["eval", "tempeval", str(tmp_path)]) == 3
    err = capsys.readouterr().err
    assert err.count("\n") == 2 and "no .tml files" in err and "Traceback" not in err


def test_eval_subparsers_are_extensible():
    parser = cli.build_parser()
    assert eval_command.EVAL_SUBPARSERS is not None
    assert "tempeval" in eval_command.EVAL_SUBPARSERS.choices
    args = parser.parse_args(["eval", "tempeval", "x", "--top", "3", "--json"])
    assert args.func is eval_command.run_tempeval and args.top == 3 and args.json


def test_cli_with_spacy_tagger(small_corpus, tmp_path, capsys):
    """The one test that loads the spaCy pipeline: the default tagger path end to end."""
    pytest.importorskip("spacy")
    errors = tmp_path / "errors.tsv"
    rc = cli.main(["eval", "tempeval", str(small_corpus), "--json", "--errors", str(errors), "--top", "2"])
    out = capsys.readouterr()
    if rc == 2 and "not installed" in out.err:
        pytest.skip("spaCy model not installed")
    assert rc == 0, out.err
    data = json.loads(out.out)
    assert data["documents"] == 2 and data["overall"]["n_gold"] == 5
    assert errors.exists()


def test_tuned_and_check_halves_partition_each_folder():
    from timeline.eval.tempeval import half

    files = [Path(f"c/AQUAINT/a{i}.tml") for i in range(3)] + [Path(f"c/TimeBank/t{i}.tml") for i in range(4)]
    tuned, check = half(files, "tuned"), half(files, "check")
    assert sorted(tuned + check) == sorted(files) and not set(tuned) & set(check)
    assert [f.name for f in tuned] == ["a0.tml", "a2.tml", "t0.tml", "t2.tml"]
    assert half(files, None) == files
    with pytest.raises(ValueError):
        half(files, "test")


def test_listings_keep_the_check_half_unseen(small_corpus, tmp_path):
    # a second file in folder A is check half: its misses count in the scores but are never listed by default
    (small_corpus / "A" / "a2.tml").write_text(tml('On <TIMEX3 tid="t1" type="DATE" value="1998-01-05">Monday'
                                                   '</TIMEX3> it rained.'))
    report = evaluate(small_corpus, tagger=lambda doc: [])
    assert report.overall.n_gold == 6 and len(report.errors) == 6
    assert {e.doc_id for e in report.listed_errors} == {"a1", "b1"}
    assert "a2" not in report.format_table(top=10)
    assert report.write_errors(tmp_path / "e.jsonl") == 5
    assert len(evaluate(small_corpus, tagger=lambda doc: [], all_errors=True).listed_errors) == 6
    # the command lists the tuned half only unless --all-errors
    assert not cli.build_parser().parse_args(["eval", "tempeval", "x"]).all_errors
    assert cli.build_parser().parse_args(["eval", "tempeval", "x", "--all-errors"]).all_errors
