"""Event-attachment evaluation on TimeML gold: does the row's trigger name the event the gold TLINKs tie
to the timex?

For every gold DATE/TIME timex that a gold TLINK ties to an EVENT in the same sentence (sentences from our
own spaCy parse), we ask whether our trigger token overlaps one of those EVENT spans. Two modes:

* ``gold`` spans: the linker is fed the gold timex spans, which isolates its quality from the tagger's;
* ``system`` spans: our full pipeline; each gold timex is matched to our row with the largest character
  overlap (no matching row counts as a miss, reported separately as ``untagged``).

Gold documents come from the TimeML reader (:func:`timeline.readers.timeml.read_timeml`): one parser of
TimeML in the project, offsets into the same text the pipeline sees.
"""

from __future__ import annotations

import bisect
import os
from dataclasses import dataclass, field
from pathlib import Path

from .. import pipeline
from ..document import Document, parse_date_string
from ..errors import TimelineError
from ..events import link_timexes
from ..readers.timeml import read_timeml


@dataclass
class GoldSpan:
    id: str
    start: int
    end: int
    text: str
    attrs: dict[str, str]


@dataclass
class GoldDoc:
    name: str
    text: str
    dct: str | None
    timexes: dict[str, GoldSpan]
    events: dict[str, GoldSpan]  # keyed by eid
    instances: dict[str, str]  # eiid -> eid
    time_event_links: list[tuple[str, str]] = field(default_factory=list)  # (tid, eid)


def load_gold(path: str | Path) -> GoldDoc:
    """Gold timexes, events and time–event TLINKs of one TimeML file."""
    doc = read_timeml(path)
    meta = doc.meta

    def span(g: dict, key: str) -> GoldSpan:
        attrs = {k: v for k, v in g.items() if k not in ("start", "end", "text") and v is not None}
        return GoldSpan(g[key], g["start"], g["end"], g["text"], attrs)

    timexes = {g["tid"]: span(g, "tid") for g in meta.get("gold_timexes", []) if g.get("tid")}
    events = {g["eid"]: span(g, "eid") for g in meta.get("gold_events", []) if g.get("eid")}
    instances = {k: v for k, v in meta.get("instances", {}).items() if v}
    links = []
    for a in meta.get("tlinks", []):
        # a time–event link has exactly one time end and one event-instance end
        tid = a.get("timeID") or a.get("relatedToTime")
        ei = a.get("eventInstanceID") or a.get("relatedToEventInstance")
        if tid and ei in instances and ("timeID" in a) + ("relatedToTime" in a) == 1:
            links.append((tid, instances[ei]))
    dct = doc.pub_date.isoformat() if doc.pub_date else None
    return GoldDoc(Path(path).name, doc.text, dct, timexes, events, instances, links)


def default_gold_dir() -> Path:
    env = os.environ.get("TIMELINE_TEMPEVAL_DIR")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[2].parent / "shared/data/tempeval3/train"


@dataclass
class Miss:
    doc: str
    timex: str
    gold_events: list[str]
    got: str | None
    sentence: str
    kind: str = "verb"


# What a gold item is, by its gold events' part of speech in our parse: "noun" when every event TLINKed to
# the timex is a noun ("the 1998 elections"), "verb" otherwise. Nominal events are scored apart because
# they are where attachment loses most.
KINDS = ("verb", "noun")


@dataclass
class Tally:
    total: int = 0
    correct: int = 0

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0


@dataclass
class AttachmentScore:
    mode: str
    total: int = 0
    correct: int = 0
    untagged: int = 0  # system mode: gold timex with no overlapping row
    misses: list[Miss] = field(default_factory=list)
    # (document name, kind, right?) per gold item, for the breakdowns by split and kind
    items: list[tuple[str, str, bool]] = field(default_factory=list)
    # (document name, attachment decision, right?) per gold item that got a trigger: which decision picked it
    # (events/attach.py), so a decision that is right on the tuned half only shows up as memorised
    decisions: list[tuple[str, str, bool]] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0

    def by_decision(self, docs: set[str] | None = None) -> dict[str, Tally]:
        """Correct/total per attachment decision over the items of ``docs`` (None: all) that got a trigger."""
        out: dict[str, Tally] = {}
        for d, how, ok in self.decisions:
            if docs is None or d in docs:
                t = out.setdefault(how, Tally())
                t.total += 1
                t.correct += ok
        return out

    def tally(self, docs: set[str] | None = None, kind: str | None = None) -> Tally:
        """Correct/total over the items of ``docs`` (None: all) and ``kind`` (None: both)."""
        t = Tally()
        for d, k, ok in self.items:
            if (docs is None or d in docs) and (kind is None or k == kind):
                t.total += 1
                t.correct += ok
        return t


def _gold_items(gd: GoldDoc, doc):
    """(gold timex, [gold event spans]) for DATE/TIME timexes linked to events in the same sentence."""
    sent_of = {}
    for i, s in enumerate(doc.sents):
        sent_of[i] = (s.start_char, s.end_char)
    starts = [s.start_char for s in doc.sents]

    def sent_idx(c):
        return bisect.bisect_right(starts, c) - 1

    by_t: dict[str, list[GoldSpan]] = {}
    for tid, eid in gd.time_event_links:
        t = gd.timexes.get(tid)
        e = gd.events.get(eid)
        if t is None or e is None or t.attrs.get("type") not in ("DATE", "TIME"):
            continue
        if sent_idx(t.start) != sent_idx(e.start):
            continue
        lst = by_t.setdefault(tid, [])
        if all(x.id != e.id for x in lst):
            lst.append(e)
    for tid, evs in by_t.items():
        yield gd.timexes[tid], evs


def _overlaps(a0, a1, b0, b1) -> bool:
    return a0 < b1 and b0 < a1


SPLITS = ("dev", "check")


def split_files(files, split: str | None) -> list[Path]:
    """The files of a development split, so the linker is not tuned to the documents it is checked on.

    ``dev``: every file outside a ``TimeBank`` directory (AQUAINT) and the odd-numbered TimeBank files
    (1st, 3rd, ... in sorted order); ``check``: the even-numbered TimeBank files. ``None``: all files.
    """
    files = sorted(Path(f) for f in files)
    if split is None:
        return files
    if split not in SPLITS:
        raise ValueError(f"split must be one of {SPLITS}, not {split!r}")
    timebank = [f for f in files if "TimeBank" in f.parts[:-1]]
    number = {f: k for k, f in enumerate(timebank, 1)}
    if split == "dev":
        return [f for f in files if f not in number or number[f] % 2 == 1]
    return [f for f in files if f in number and number[f] % 2 == 0]


def split_names(gold_dir: str | Path, split: str) -> set[str]:
    """File names of one split of ``gold_dir`` (what :class:`AttachmentScore` items are keyed by)."""
    return {f.name for f in split_files(Path(gold_dir).rglob("*.tml"), split)}


def evaluate(gold_dir: str | Path, modes=("gold", "system"), model: str | None = None, limit: int | None = None,
             progress=None, split: str | None = None) -> dict[str, AttachmentScore]:
    """Attachment accuracy over every ``*.tml`` under ``gold_dir`` (or one ``split`` of them, see
    :func:`split_files`)."""

    nlp = pipeline.load(model)
    files = split_files(Path(gold_dir).rglob("*.tml"), split)
    if limit:
        files = files[:limit]
    scores = {m: AttachmentScore(m) for m in modes}
    golds = {str(f): load_gold(f) for f in files}

    def score_piece(piece: pipeline.Piece, doc) -> None:
        if piece.offset:
            raise TimelineError(f"{piece.document.doc_id}: too long to score in one piece")
        gd = golds[piece.document.doc_id]
        if progress:
            progress(gd.name)
        _score_document(scores, gd, doc, piece.document)

    # the same pieces and Doc preparation as `timeline extract` (sentence breaks at line breaks); parsed
    # whole, since gold times may lie in sentences where our tagger finds no candidate
    documents = (Document(text=gd.text, pub_date=_pub(gd), doc_id=name) for name, gd in golds.items())
    for result in pipeline.run(documents, nlp, pipeline.EXTRACT_FULL, score_piece, batch_size=8):
        if result.error:
            raise TimelineError(f"{result.document.doc_id}: {result.error}")
    return scores


def _pub(gd: GoldDoc):
    return parse_date_string(gd.dct[:10]) if gd.dct else None


def _score_document(scores: dict[str, AttachmentScore], gd: GoldDoc, doc, document: Document) -> None:
    items = list(_gold_items(gd, doc))
    if "gold" in scores:
        spans = [(t.start, t.end) for t, _ in items]
        for (t, evs), ev in zip(items, link_timexes(doc, spans)):
            _score(scores["gold"], gd, doc, t, evs, ev.trigger_start if ev else None,
                   ev.trigger_end if ev else None, ev.trigger if ev else None, ev.attachment if ev else None)
    if "system" in scores:
        rows = [r for r in pipeline.rows_from_doc(doc, document)
                if r.get("trigger_start") is not None or r.get("char_start") is not None]
        def overlap(t, r) -> int:
            # a range's row covers both ends ("between 2011 and 2014"): either end's gold timex may match it
            a, b = r.get("_cover") or (r["char_start"], r["char_end"])
            return min(t.end, b) - max(t.start, a)

        for t, evs in items:
            best = max(rows, key=lambda r: overlap(t, r), default=None)
            if best is not None and overlap(t, best) <= 0:
                best = None
            sc = scores["system"]
            if best is None:
                sc.untagged += 1
                _score(sc, gd, doc, t, evs, None, None, None)
            else:
                _score(sc, gd, doc, t, evs, best.get("trigger_start"), best.get("trigger_end"), best.get("trigger"),
                       best.get("_attachment"))


def _kind(doc, evs: list[GoldSpan]) -> str:
    for g in evs:
        sp = doc.char_span(g.start, g.end, alignment_mode="expand")
        if sp is None or not len(sp) or sp.root.pos_ not in ("NOUN", "PROPN"):
            return "verb"
    return "noun"


def _score(sc: AttachmentScore, gd: GoldDoc, doc, t: GoldSpan, evs: list[GoldSpan], s, e, trig,
           decision: str | None = None) -> None:
    sc.total += 1
    kind = _kind(doc, evs)
    ok = s is not None and any(_overlaps(s, e, g.start, g.end) for g in evs)
    sc.items.append((gd.name, kind, ok))
    if s is not None:
        sc.decisions.append((gd.name, decision or "?", ok))
    if ok:
        sc.correct += 1
        return
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    sent = span.sent.text if span is not None else ""
    sc.misses.append(Miss(gd.name, t.text, [g.text for g in evs], trig, sent.strip(), kind))
