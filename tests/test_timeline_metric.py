"""Temporal awareness over SemEval-2015 TimeLine files: gold against itself, a shuffled timeline, and the
graph construction (closure of the reduced graph = closure of the full graph)."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from timeline.cli import main
from timeline.errors import InputError
from timeline.eval.timeline_metric import (
    ANCHOR_RELATIONS,
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
    g = reduced_graph(tl)  # the task's definition: each event simultaneous with its anchor
    assert "1-5-said" not in g.nodes  # ordinal 0 is not placed: left out
    assert (BEFORE, "1-2-founded", "1-3-bought") in g.relations
    assert (SIMULTANEOUS, "1-3-bought", "2-2-acquired") in g.relations  # one line: one event
    assert (SIMULTANEOUS, "1-3-bought", "TIMEX:2005-03-01") in g.relations
    assert not any(r == INCLUDES for r, _, _ in g.relations)
    assert not any("XXXX" in a + b for _, a, b in g.relations)
    c = closure(g.relations)
    assert (BEFORE, "1-2-founded", "2-4-sold") in c  # transitive
    assert (SIMULTANEOUS, "1-3-paid", "TIMEX:2005-03-01") in c  # through simultaneity
    assert (BEFORE, "TIMEX:2001", "1-3-paid") in c and (BEFORE, "1-2-founded", "1-3-paid") in c

    g = reduced_graph(tl, "includes")
    assert (INCLUDES, "TIMEX:2005-03-01", "1-3-bought") in g.relations
    assert not any(r == SIMULTANEOUS and "TIMEX" in a + b for r, a, b in g.relations)
    c = closure(g.relations)
    assert (INCLUDES, "TIMEX:2005-03-01", "1-3-paid") in c  # through simultaneity
    assert (BEFORE, "1-2-founded", "1-3-paid") in c
    with pytest.raises(ValueError):
        reduced_graph(tl, "overlaps")


def test_closure_rules():
    c = closure([(BEFORE, "a", "b"), (INCLUDES, "b", "c"), (INCLUDES, "T", "x"), (BEFORE, "T", "y")])
    assert (BEFORE, "a", "c") in c  # a < b ⊇ c
    assert (BEFORE, "x", "y") in c  # x ⊆ T < y
    assert (BEFORE, "c", "a") not in c and (BEFORE, "y", "x") not in c
    c = closure([(SIMULTANEOUS, "a", "T"), (SIMULTANEOUS, "b", "T"), (BEFORE, "a", "b"), (BEFORE, "b", "z")])
    assert (SIMULTANEOUS, "a", "b") in c and (BEFORE, "a", "b") in c  # contradictions are kept, not resolved
    assert (BEFORE, "b", "a") in c and (BEFORE, "T", "z") in c and (BEFORE, "z", "a") not in c


ONE_DAY = "Acme\n1\t2010-06-07\t1-1-keynote\n2\t2010-06-07\t1-2-announced\n3\t2010-06-08\t1-3-sold\n"


def test_two_ordinals_on_one_day():
    """The task's definition makes a day's ordinals both simultaneous and ordered; the inclusion variant
    keeps only their order, so a system that reverses them is wrong there and right under the task's."""
    gold = parse_timeline(ONE_DAY)
    g = reduced_graph(gold)
    # keynote ~ day ~ announced, keynote < announced, and the day's class before sold: nothing implied kept
    assert sorted(r for r, _, _ in g.relations) == [BEFORE, BEFORE, SIMULTANEOUS, SIMULTANEOUS, SIMULTANEOUS]
    reversed_day = parse_timeline(ONE_DAY.replace("1\t2010-06-07\t1-1", "2\t2010-06-07\t1-1")
                                  .replace("2\t2010-06-07\t1-2", "1\t2010-06-07\t1-2"))
    assert score_timeline(gold, reversed_day).f1 == pytest.approx(1.0)
    variant = score_timeline(gold, reversed_day, "includes")
    assert variant.precision < 1 and variant.recall < 1
    assert score_timeline(gold, gold, "includes").f1 == pytest.approx(1.0)


def test_reduced_graph_drops_what_the_others_imply():
    # the 2010-06-07 anchor comes back after another day: both days' events end up before one another
    tl = parse_timeline("X\n1\t2010-06-07\ta\n2\t2010-06-08\tb\n3\t2010-06-07\tc\n4\t2010-06-07\td\n")
    g = reduced_graph(tl)
    befores = {(a, b) for r, a, b in g.relations if r == BEFORE}
    assert befores == {("a", "b"), ("b", "c")}  # c < d follows from c ~ a < b < c
    assert closure(g.relations) >= {(BEFORE, "c", "d"), (BEFORE, "d", "c"), (BEFORE, "b", "a")}
    # a mention written at two ordinals is one node: it joins both
    g = reduced_graph(parse_timeline("X\n1\t2011-03\tm\tu\n2\t2011-06\tm\n3\t2012\tz\n"), "includes")
    c = closure(g.relations)
    assert (BEFORE, "m", "m") in c and (INCLUDES, "TIMEX:2011-06", "u") in c and (BEFORE, "u", "z") in c


def _full_graph(tl: Timeline, anchor_relation: str) -> set:
    """Every relation the README's definition names, between every pair of nodes."""
    full = set()
    placed = sorted({x.ordinal for x in tl.lines if x.ordinal > 0})
    nxt = dict(zip(placed, placed[1:]))
    for x in tl.lines:
        if x.ordinal <= 0:
            continue
        for y in tl.lines:
            if y.ordinal not in (x.ordinal, nxt.get(x.ordinal)):
                continue
            for a in x.mentions:
                for b in y.mentions:
                    if y.ordinal != x.ordinal:
                        full.add((BEFORE, a, b))
                    elif a != b:
                        full.add((SIMULTANEOUS, min(a, b), max(a, b)))
        if x.anchor[:4].isdigit():
            t = "TIMEX:" + x.anchor
            if anchor_relation == "includes":
                full.update((INCLUDES, t, a) for a in x.mentions)
            else:
                full.update((SIMULTANEOUS, min(a, t), max(a, t)) for a in x.mentions)
    return full


TIMELINES = [SAMPLE, ONE_DAY] + ([f.read_text(encoding="utf-8") for f in sorted(TRIAL.glob("*.txt"))]
                                 if TRIAL.is_dir() else [])


@pytest.mark.parametrize("anchor_relation", ANCHOR_RELATIONS)
@pytest.mark.parametrize("text", TIMELINES, ids=[t.split("\n")[0] for t in TIMELINES])
def test_reduced_closure_equals_full_closure(text, anchor_relation):
    tl = parse_timeline(text)
    reduced = reduced_graph(tl, anchor_relation).relations
    assert closure(reduced) == closure(_full_graph(tl, anchor_relation))
    befores = [r for r in reduced if r[0] == BEFORE]
    for r in befores:  # irredundant: no BEFORE follows from the others
        assert r not in closure(reduced - {r})


def _shuffle(directory: Path, rng: random.Random, coherent: bool) -> None:
    """The gold events in random places: (ordinal, anchor) pairs dealt out again (``coherent``: a timeline
    still ordered by its anchors), or ordinals and anchors shuffled apart (anchors contradict the order)."""
    for f in sorted(TRIAL.glob("*.txt")):
        tl = parse_timeline(f.read_text(encoding="utf-8"))
        placed = [x for x in tl.lines if x.ordinal > 0]
        pairs = [(x.ordinal, x.anchor) for x in placed]
        if coherent:
            rng.shuffle(pairs)
        else:
            ordinals, anchors = [o for o, _ in pairs], [a for _, a in pairs]
            rng.shuffle(ordinals)
            rng.shuffle(anchors)
            pairs = list(zip(ordinals, anchors))
        shuffled = [TimelineLine(o, a, x.mentions) for (o, a), x in zip(pairs, placed)]
        _write(directory, f.name, Timeline(tl.entity, shuffled))


@pytest.mark.skipif(not TRIAL.is_dir(), reason="SemEval-2015 trial data not present")
@pytest.mark.parametrize("anchor_relation", ANCHOR_RELATIONS)
def test_gold_against_gold_is_100_and_shuffled_is_far_lower(tmp_path, anchor_relation):
    report = evaluate_dirs(TRIAL, TRIAL, anchor_relation)
    assert report.total.f1 == pytest.approx(1.0) and not report.missing
    _shuffle(tmp_path / "coherent", random.Random(15), coherent=True)
    shuffled = evaluate_dirs(TRIAL, tmp_path / "coherent", anchor_relation)
    assert shuffled.total.f1 < 0.4, shuffled.total.f1
    _shuffle(tmp_path / "apart", random.Random(15), coherent=False)
    apart = evaluate_dirs(TRIAL, tmp_path / "apart", anchor_relation).total
    assert apart.precision < 0.3, apart.precision
    if anchor_relation == "includes":
        assert apart.f1 < 0.4, apart.f1
    else:
        # the task's closure keeps contradictions: anchors that disagree with the order chain every class to
        # every other, so such a system's closure holds nearly all gold relations (high recall, low precision)
        assert apart.recall > 0.8 and apart.f1 < 0.5, (apart.precision, apart.recall)


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


def test_cli_anchor_relation(tmp_path, capsys):
    gold, sysdir = tmp_path / "gold", tmp_path / "sys"
    _write(gold, "acme.txt", parse_timeline(ONE_DAY))
    _write(sysdir, "acme.txt", parse_timeline(ONE_DAY.replace("1\t2010-06-07\t1-1", "2\t2010-06-07\t1-1")
                                              .replace("2\t2010-06-07\t1-2", "1\t2010-06-07\t1-2")))
    assert main(["eval", "timeline", str(gold), str(sysdir), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["anchor_relation"] == "simultaneous" and out["micro"]["f1"] == 100.0
    assert main(["eval", "timeline", str(gold), str(sysdir), "--anchor-relation", "includes"]) == 0
    table = capsys.readouterr().out
    assert "included in its anchor" in table and "variant" in table and "100.00" not in table.splitlines()[-2]
    with pytest.raises(SystemExit) as exc:
        main(["eval", "timeline", str(gold), str(sysdir), "--anchor-relation", "overlaps"])
    assert exc.value.code == 2


@pytest.mark.parametrize("text", ["", "Acme\n1\t2001\n", "Acme\nfirst\t2001\t1-2-x\n"])
def test_malformed_timeline(text):
    with pytest.raises(InputError):
        parse_timeline(text)
