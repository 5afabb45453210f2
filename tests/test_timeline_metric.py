"""Temporal awareness over SemEval-2015 TimeLine files: gold against itself, a shuffled timeline, and the
graph construction (closure of the reduced graph = closure of the full graph)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from timeline.cli import main
from timeline.errors import InputError
from timeline.eval.timeline_metric import (
    BEFORE,
    INCLUDES,
    SIMULTANEOUS,
    Timeline,
    TimelineLine,
    closure,
    evaluate_dirs,
    parse_timeline,
    reduced_graph,
    score_timeline,
)

TRIAL = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "semeval2015-timeline-trial" / "timelines"
FIXTURE = Path(__file__).parent / "data" / "semeval" / "gold"

SAMPLE = "Acme\n0\tXXXX-XX-XX\t1-5-said\n1\t2001\t1-2-founded\n2\t2005-03-01\t1-3-bought\t2-2-acquired\n" \
         "2\t2005-03-01\t1-3-paid\n3\tXXXX-XX-XX\t2-4-sold\n"


def _write(directory: Path, name: str, tl: Timeline) -> None:
    lines = [tl.entity] + [f"{x.ordinal}\t{x.anchor}\t" + "\t".join(x.mentions) for x in tl.lines]
    directory.mkdir(parents=True, exist_ok=True)
    (directory / name).write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_parse_and_reduced_graph():
    tl = parse_timeline(SAMPLE)
    assert tl.entity == "Acme" and [x.ordinal for x in tl.lines] == [0, 1, 2, 2, 3]
    g = reduced_graph(tl)
    assert "1-5-said" not in g.nodes  # ordinal 0 is not placed: left out
    assert (BEFORE, "1-2-founded", "1-3-bought") in g.relations
    assert (SIMULTANEOUS, "1-3-bought", "2-2-acquired") in g.relations  # one line: one event
    assert (INCLUDES, "TIMEX:2005-03-01", "1-3-bought") in g.relations
    assert not any("XXXX" in b for _, a, b in g.relations if a.startswith("TIMEX"))
    c = closure(g.relations)
    assert (BEFORE, "1-2-founded", "2-4-sold") in c  # transitive
    assert (INCLUDES, "TIMEX:2005-03-01", "1-3-paid") in c  # through simultaneity
    assert (BEFORE, "1-2-founded", "1-3-paid") in c


def test_closure_rules():
    c = closure([(BEFORE, "a", "b"), (INCLUDES, "b", "c"), (INCLUDES, "T", "x"), (BEFORE, "T", "y")])
    assert (BEFORE, "a", "c") in c  # a < b ⊇ c
    assert (BEFORE, "x", "y") in c  # x ⊆ T < y
    assert (BEFORE, "c", "a") not in c and (BEFORE, "y", "x") not in c


def test_reduced_closure_equals_full_closure():
    tl = parse_timeline(SAMPLE)
    full = set()
    placed = [x for x in tl.lines if x.ordinal > 0]
    for x in placed:
        for y in placed:
            for a in x.mentions:
                for b in y.mentions:
                    if a == b:
                        continue
                    if x.ordinal < y.ordinal:
                        full.add((BEFORE, a, b))
                    elif x.ordinal == y.ordinal:
                        full.add((SIMULTANEOUS, min(a, b), max(a, b)))
        if x.anchor[:4].isdigit():
            full.update((INCLUDES, "TIMEX:" + x.anchor, a) for a in x.mentions)
    assert closure(reduced_graph(tl).relations) == closure(full)


@pytest.mark.skipif(not TRIAL.is_dir(), reason="SemEval-2015 trial data not present")
def test_gold_against_gold_is_100_and_shuffled_is_far_lower(tmp_path):
    report = evaluate_dirs(TRIAL, TRIAL)
    assert report.total.f1 == pytest.approx(1.0) and not report.missing
    rng = random.Random(15)
    for f in sorted(TRIAL.glob("*.txt")):
        tl = parse_timeline(f.read_text(encoding="utf-8"))
        placed = [x for x in tl.lines if x.ordinal > 0]
        ordinals = [x.ordinal for x in placed]
        rng.shuffle(ordinals)
        anchors = [x.anchor for x in placed]
        rng.shuffle(anchors)
        shuffled = [TimelineLine(o, a, x.mentions) for o, a, x in zip(ordinals, anchors, placed)]
        _write(tmp_path, f.name, Timeline(tl.entity, shuffled))
    shuffled = evaluate_dirs(TRIAL, tmp_path)
    assert shuffled.total.f1 < 0.4, shuffled.total.f1


def test_fixture_gold_scores_and_partial_system(tmp_path):
    assert evaluate_dirs(FIXTURE, FIXTURE).total.f1 == pytest.approx(1.0)
    gold = parse_timeline((FIXTURE / "acme_corporation.txt").read_text(encoding="utf-8"))
    half = Timeline(gold.entity, gold.lines[:2])  # the first two events only
    c = score_timeline(gold, half)
    assert c.precision == pytest.approx(1.0) and 0 < c.recall < 1
    reversed_tl = Timeline(gold.entity, [TimelineLine(10 - x.ordinal, "XXXX-XX-XX", x.mentions) for x in gold.lines])
    assert score_timeline(gold, reversed_tl).precision < 0.5
    assert score_timeline(gold, None).recall_hits == 0


def test_missing_system_file_and_cli(tmp_path, capsys):
    (tmp_path / "sys").mkdir()
    report = evaluate_dirs(FIXTURE, tmp_path / "sys")
    assert report.missing == ["acme_corporation.txt", "jane_doe.txt"] and report.total.f1 == 0
    assert main(["eval", "timeline", str(FIXTURE), str(FIXTURE)]) == 0
    assert "100.00" in capsys.readouterr().out
    assert main(["eval", "timeline", str(FIXTURE), str(tmp_path / "nope")]) == 3
    assert "not a directory" in capsys.readouterr().err


@pytest.mark.parametrize("text", ["", "Acme\n1\t2001\n", "Acme\nfirst\t2001\t1-2-x\n"])
def test_malformed_timeline(text):
    with pytest.raises(InputError):
        parse_timeline(text)
