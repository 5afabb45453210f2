"""Event-attachment evaluation on TimeML gold: does the row's trigger name the event the gold TLINKs tie
to the timex?

For every gold DATE/TIME timex that a gold TLINK ties to an EVENT in the same sentence (sentences from our
own spaCy parse), we ask whether our trigger token overlaps one of those EVENT spans. Two modes:

* ``gold`` spans: the linker is fed the gold timex spans, which isolates its quality from the tagger's;
* ``system`` spans: our full pipeline; each gold timex is matched to our row with the largest character
  overlap (no matching row counts as a miss, reported separately as ``untagged``).

The gold loader is deliberately tiny and local (tags stripped, entities unescaped, offsets into that
plain text) so the evaluation does not depend on the TimeML reader's internal ``meta`` layout.
"""

from __future__ import annotations

import html
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)((?:\s+[^>]*?)?)\s*(/?)>", re.S)
_ATTR = re.compile(r'([A-Za-z_:]+)\s*=\s*"([^"]*)"')


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
    raw = Path(path).read_text(encoding="utf-8")
    attrs_of = lambda s: dict(_ATTR.findall(s))  # noqa: E731
    dct = None
    m = re.search(r"<DCT>.*?value=\"([^\"]+)\".*?</DCT>", raw, re.S)
    if m:
        dct = m.group(1)
    t0 = raw.find("<TEXT>")
    t1 = raw.find("</TEXT>")
    body = raw[t0 + len("<TEXT>"): t1] if t0 >= 0 and t1 > t0 else ""
    out: list[str] = []
    pos = 0  # position in plain text
    open_: list[tuple[str, int, dict[str, str]]] = []
    timexes: dict[str, GoldSpan] = {}
    events: dict[str, GoldSpan] = {}
    last = 0
    for tm in _TAG.finditer(body):
        seg = html.unescape(body[last: tm.start()])
        out.append(seg)
        pos += len(seg)
        last = tm.end()
        closing, name, attrs, selfclose = tm.group(1), tm.group(2), tm.group(3), tm.group(4)
        if closing:
            for i in range(len(open_) - 1, -1, -1):
                if open_[i][0] == name:
                    _, s, a = open_.pop(i)
                    text = "".join(out)[s:pos]
                    if name == "TIMEX3" and "tid" in a:
                        timexes[a["tid"]] = GoldSpan(a["tid"], s, pos, text, a)
                    elif name == "EVENT" and "eid" in a:
                        events[a["eid"]] = GoldSpan(a["eid"], s, pos, text, a)
                    break
        elif not selfclose:
            open_.append((name, pos, attrs_of(attrs)))
    out.append(html.unescape(body[last:]))
    text = "".join(out)
    instances = {}
    for mm in re.finditer(r"<MAKEINSTANCE\b([^>]*)>", raw):
        a = attrs_of(mm.group(1))
        if "eiid" in a and "eventID" in a:
            instances[a["eiid"]] = a["eventID"]
    links = []
    for mm in re.finditer(r"<TLINK\b([^>]*)>", raw):
        a = attrs_of(mm.group(1))
        tid = a.get("timeID") or a.get("relatedToTime")
        ei = a.get("eventInstanceID") or a.get("relatedToEventInstance")
        if tid and ei and (("timeID" in a) != ("relatedToTime" in a) or True):
            # a time-event link has exactly one time end and one event end
            if ("timeID" in a) + ("relatedToTime" in a) == 1 and ei in instances:
                links.append((tid, instances[ei]))
    return GoldDoc(Path(path).name, text, dct, timexes, events, instances, links)


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


@dataclass
class AttachmentScore:
    mode: str
    total: int = 0
    correct: int = 0
    untagged: int = 0  # system mode: gold timex with no overlapping row
    misses: list[Miss] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0


def _gold_items(gd: GoldDoc, doc):
    """(gold timex, [gold event spans]) for DATE/TIME timexes linked to events in the same sentence."""
    sent_of = {}
    for i, s in enumerate(doc.sents):
        sent_of[i] = (s.start_char, s.end_char)
    starts = [s.start_char for s in doc.sents]
    import bisect

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


def evaluate(gold_dir: str | Path, modes=("gold", "system"), model: str | None = None, limit: int | None = None,
             progress=None, split: str | None = None) -> dict[str, AttachmentScore]:
    """Attachment accuracy over every ``*.tml`` under ``gold_dir`` (or one ``split`` of them, see
    :func:`split_files`)."""

    from .. import nlp as nlp_mod
    from ..events import link_timexes


    nlp = nlp_mod.load(model)
    files = split_files(Path(gold_dir).rglob("*.tml"), split)
    if limit:
        files = files[:limit]
    scores = {m: AttachmentScore(m) for m in modes}
    golds = [load_gold(f) for f in files]
    from ..document import parse_pub_date

    from ..extract import make_doc

    def make(gd):
        # the same Doc preparation as `timeline extract` (sentence breaks at line breaks)
        try:
            pub = parse_pub_date(gd.dct[:10]) if gd.dct else None
        except Exception:
            pub = None
        return make_doc(nlp, gd.text, pub)

    for gd, doc in zip(golds, nlp.pipe((make(g) for g in golds), batch_size=8)):
        items = list(_gold_items(gd, doc))
        if progress:
            progress(gd.name)
        if "gold" in scores:
            spans = [(t.start, t.end) for t, _ in items]
            events = link_timexes(doc, spans)
            for (t, evs), ev in zip(items, events):
                _score(scores["gold"], gd, doc, t, evs, ev.trigger_start if ev else None,
                       ev.trigger_end if ev else None, ev.trigger if ev else None)
        if "system" in scores:
            from ..extract import rows_from_doc

            rows = rows_from_doc(doc, doc_id=gd.name)
            for t, evs in items:
                best, best_ov = None, 0
                for r in rows:
                    if r.get("trigger_start") is None and r.get("char_start") is None:
                        continue
                    ov = min(t.end, r["char_end"]) - max(t.start, r["char_start"])
                    if ov > best_ov:
                        best, best_ov = r, ov
                sc = scores["system"]
                if best is None:
                    sc.untagged += 1
                    _score(sc, gd, doc, t, evs, None, None, None)
                else:
                    _score(sc, gd, doc, t, evs, best.get("trigger_start"), best.get("trigger_end"), best.get("trigger"))
    return scores


def _score(sc: AttachmentScore, gd: GoldDoc, doc, t: GoldSpan, evs: list[GoldSpan], s, e, trig) -> None:
    sc.total += 1
    if s is not None and any(_overlaps(s, e, g.start, g.end) for g in evs):
        sc.correct += 1
        return
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    sent = span.sent.text if span is not None else ""
    sc.misses.append(Miss(gd.name, t.text, [g.text for g in evs], trig, sent.strip()))
