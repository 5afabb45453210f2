"""Running spaCy's statistical components only on the sentences that need them (see :mod:`.candidates`).

::

    tokenized pieces ──► Selection (units holding a candidate) ──► windows (units ± MARGIN tokens)
        ──► nlp.pipe over the windows, ``timex`` and NER left out ──► annotations written back into each
        piece's Doc ──► ``timex`` over the whole piece ──► NER on the sentences of the rows' times

The ``timex`` component still reads the whole text of the piece, so story-time anchoring and the
publication-date logic see the same expressions in the same order as with the full pipeline; only the
tokens outside the windows carry no tags, parse or entities (nothing reads them there).

Sentence bounds: the model's sentence may reach past a unit (a split the cheap unit cut makes and the model
does not). The window's run shows it; the unit's neighbour is then selected and the grown window is run
again, up to :data:`MAX_ROUNDS` times, whole, when a parser runs (a parse is the whole sentence's); else only
its new tokens with their margins, up to :data:`MAX_ROUNDS_TOKENWISE` times (tags and sentence starts belong
to single tokens; see ``candidates.inner``). Windows from every piece of a batch go through one ``nlp.pipe`` call.

A transition-based parser is not local: its stack may still hold the previous sentence's words when the next
begins, so a sentence parsed after a few tokens of context can come out attached differently from the same
sentence parsed after the whole article (about 1.6 % of event rows on the dev documents; timexes never).
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, IS_SPACE, LEMMA, NORM, ORTH, POS, SENT_START, SPACY, TAG
from spacy.language import Language
from spacy.tokens import Doc

from ..temporal.tagger import CANDIDATES_KEY, candidates
from . import transition
from .candidates import Selection, Window, inner, needs_tense, runs, starts_near, windows_around
from ..events.lexicon import EPITHET_HEADS, ORDINAL_ANAPHORS, PERSONAL_PRONOUNS, PLURAL_PRONOUNS, PRONOUN_REACH
from .rows import may_be_row

# (and the words that take up someone or something named before as a pronoun does: "The former flew home", "The
# 28-year-old, who turned professional in 2019,")
_PRONOUNS = frozenset(PERSONAL_PRONOUNS) | frozenset(PLURAL_PRONOUNS) | frozenset(ORDINAL_ANAPHORS) | EPITHET_HEADS

MAX_ROUNDS = 4  # with a parser, each round runs the grown windows again whole
# without one a round runs only the new units (a few tokens), and hard-wrapped text, where the senter runs a
# sentence on across line after line, may need a unit more per round: 4 left some windows unannotated
MAX_ROUNDS_TOKENWISE = 16
# what the statistical components set that our code reads: tags and coarse POS, lemmas, the parse, entities
_TOKEN_ATTRS = (TAG, POS, LEMMA, ENT_IOB, ENT_TYPE)
_PARSE_ATTRS = (HEAD, DEP)
MODEL_PIPES_SKIP = ("timex",)  # run last, over the whole piece
LATE_PIPES = ("ner",)  # run after timex, on the rows' sentences only


class _Piece:
    """One Doc being annotated: its selection and the windows already run."""

    def __init__(self, doc: Doc, text: str, spots: bool = False):
        self.doc = doc
        # found once: the selection reads their spans, ``timex`` (tag_doc) takes them and the text from user_data
        cands = candidates(text)
        doc.user_data[CANDIDATES_KEY] = (text, cands)
        if spots:  # nothing reads the parse: a candidate that needs no tense needs the model only around it
            tense = [needs_tense(c) for c in cands]
            self.selection = Selection(doc, text, [(c.start, c.end) for c, t in zip(cands, tense) if t],
                                       [(c.start, c.end) for c, t in zip(cands, tense) if not t])
        else:
            self.selection = Selection(doc, text, [(c.start, c.end) for c in cands])
        # With a parse (events): a pronoun in a selected sentence may stand for a name a sentence or two
        # before, which the subject column shows ("She left office on Monday" -> the minister named before):
        # those sentences get the parse and the entities too, as on the full pipeline.
        self.antecedent_units = [] if spots else self.selection.units_before_pronouns(doc, _PRONOUNS, PRONOUN_REACH)
        self.selection.select_units(self.antecedent_units)
        self.done: dict[Window, Doc] = {}
        self._arr = doc.to_array([ORTH, SPACY, SENT_START, NORM])
        self._sents = None  # the final sentence starts, read once for all the NER windows
        # Without a parser every annotation belongs to one token, so a window that grows is not run again
        # whole: only its new tokens are (with their margins), and what earlier runs found exactly is kept.
        self.incremental = spots
        if spots:
            n = len(doc)
            self.known = np.zeros(n, dtype=bool)  # tokens whose annotations are those of a whole-piece run
            self.vals = np.zeros((n, len(_TOKEN_ATTRS) + 1), dtype=np.uint64)  # theirs, SENT_START last
            # each run's annotations by where its window starts and ends: a final window's margins are those
            # of the run that had the same edge (the same tokens of context on that side)
            self.run_from: dict[int, np.ndarray] = {}
            self.run_to: dict[int, np.ndarray] = {}
            self._space = doc.to_array(IS_SPACE).astype(bool)

    def todo(self) -> list[Window]:
        if not self.incremental:
            return [w for w in self.selection.windows() if w not in self.done]
        n = len(self.doc)
        need = np.zeros(n, dtype=bool)
        whole = []
        for w in self.selection.windows():
            a, b = inner(w, n)
            if self.known[a:b].all():
                if self.view(w) is None:
                    whole.append(w)  # no run had its edges (not expected): run it whole
            else:
                need[a:b] = True
        need &= ~self.known
        return windows_around(runs(need), n) + whole

    def store(self, w: Window, sub: Doc) -> None:
        """Keep what the model found on window ``w`` (``sub``)."""
        if not self.incremental:
            self.done[w] = sub
            return
        vals = sub.to_array(list(_TOKEN_ATTRS) + [SENT_START])
        a, b = inner(w, len(self.doc))
        self.vals[a:b] = vals[a - w.start:b - w.start]
        self.known[a:b] = True
        self.run_from[w.start] = vals
        self.run_to[w.end] = vals

    def view(self, w: Window) -> np.ndarray | None:
        """(incremental) The annotations of ``w``'s tokens as a run on ``w`` alone gives them (SENT_START
        last), or None when some are not known yet."""
        a, b = inner(w, len(self.doc))
        if not self.known[a:b].all():
            return None
        out = self.vals[w.start:w.end].copy()
        if w.start < a:
            left = self.run_from.get(w.start)
            if left is None:
                return None
            out[:a - w.start] = left[:a - w.start]
        if b < w.end:
            right = self.run_to.get(w.end)
            if right is None:
                return None
            out[b - w.start:] = right[len(right) - (w.end - b):]
        return out

    def window_doc(self, w: Window, sentences: bool = False) -> Doc:
        """The window's tokens as a Doc of their own, with the piece's sentence starts: the preset ones
        (line breaks, in extraction), or with ``sentences`` all of them (the parse's, for NER)."""
        # from the token arrays: a Token object per word would cost more than the tokenizer did. The words go
        # in as their ORTH hashes (the piece's own lexemes, no string hashed again) and the sentence starts as
        # one array: what Doc(..., sent_starts=[True/False/None ...]) sets, without its loop over the tokens.
        arr = self._arr[w.start:w.end]
        sub = Doc(self.doc.vocab, words=arr[:, 0].tolist(), spaces=arr[:, 1].astype(bool).tolist())
        if sentences and self._sents is None:
            self._sents = self.doc.to_array(SENT_START)
        starts = (self._sents[w.start:w.end] if sentences else arr[:, 2]).astype(np.int64)
        if not len(starts):
            return sub
        if sentences:  # the parse's starts and non-starts
            starts = np.where(starts == 1, 1, np.where(starts == -1, -1, 0))
        else:  # the preset starts and non-starts only (line breaks; no break after "a.m." before "local time")
            starts = np.where(starts == 1, 1, np.where(starts == -1, -1, 0))
            starts[0] = max(starts[0], 0)
        # and the tokenizer's norms ("’ll" -> "will", "n’t" -> "not"), features of the tagger and parser that a
        # Doc built from words would not have
        values = np.column_stack([starts.astype(np.int32).astype(np.uint64), arr[:, 3]])
        return sub.from_array([SENT_START, NORM], values)

    def grow(self) -> bool:
        changed = False
        for w in self.selection.windows():
            if not self.incremental:
                sub = self.done.get(w)
                if sub is not None:
                    changed |= self.selection.grow(w, sub)
                continue
            vals = self.view(w)
            if vals is not None:
                space = self._space[w.start:w.end]
                changed |= self.selection.grow_by(
                    w, lambda i, s=vals[:, -1], sp=space, o=w.start: starts_near(s, sp, i - o), parsed=False)
        return changed

    def grown(self) -> list[Window]:
        """The windows to run once the selection has grown from what has run; none when it stops growing.
        (Incremental: a grown window whose tokens have all run already is grown from at once.)"""
        while self.grow():
            todo = self.todo()
            if todo:
                return todo
        return []

    def entity_windows(self) -> list[Window]:
        """Windows over the sentences of the time expressions that become rows: what entities are for."""
        ranges = []
        for t in self.doc._.timexes or []:
            span = self.doc.char_span(t.start, t.end, alignment_mode="expand") if may_be_row(t) else None
            if span is not None and len(span):
                sent = span.sent
                ranges.append((sent.start, sent.end))
        ranges.extend(self.selection.unit_range(k) for k in self.antecedent_units)
        return windows_around(sorted(ranges), len(self.doc))  # it merges what overlaps

    def write_entities(self, done: dict[Window, Doc]) -> None:
        n = len(self.doc)
        arr = np.zeros((n, 2), dtype=np.uint64)
        for w, sub in done.items():
            arr[w.start:w.end] = sub.to_array([ENT_IOB, ENT_TYPE])
        self.doc.from_array([ENT_IOB, ENT_TYPE], arr)

    def write_back(self) -> Doc:
        """The windows' annotations into the piece's Doc (only the windows of the final selection)."""
        doc, n = self.doc, len(self.doc)
        if self.incremental:
            attrs = list(_TOKEN_ATTRS)
            views = [(w, v) for w in self.selection.windows() if (v := self.view(w)) is not None]
        else:
            windows = [w for w in self.selection.windows() if w in self.done]
            parsed = any(self.done[w].has_annotation("DEP") for w in windows)
            attrs = list(_TOKEN_ATTRS) + (list(_PARSE_ATTRS) if parsed else [])
            views = [(w, self.done[w].to_array(attrs + [SENT_START])) for w in windows]
        if not views or not n:
            return doc
        arr = np.zeros((n, len(attrs)), dtype=np.uint64)
        sent = np.zeros(n, dtype=np.int64)
        for w, v in views:  # each view: the window's tokens, SENT_START last
            arr[w.start:w.end] = v[:, :-1]
            sent[w.start:w.end] = v[:, -1].astype(np.int64)
            if w.end < n:
                sent[w.end] = 1  # a sentence never runs on from a window into text the model did not see
        doc.from_array(attrs, arr)
        # after the parse (which resets sentence starts from the heads), the bounds of the unseen text
        if HEAD in attrs:
            now = doc.to_array(SENT_START).astype(np.int64)
            sent = np.where(sent == 1, 1, now)
        doc.from_array([SENT_START], sent.astype(np.uint64))
        return doc


def selectable(nlp) -> bool:
    """Whether ``nlp`` is a spaCy pipeline ending in our ``timex`` component (anything else, e.g. a stand-in
    object in a test, runs whole)."""
    return isinstance(nlp, Language) and bool(nlp.pipe_names) and nlp.pipe_names[-1] == "timex"


def annotate(nlp: Language, docs: list[Doc], texts: list[str]) -> list[Doc]:
    """``docs`` (tokenized, prepared; ``texts`` their texts) with the statistical components run on their
    candidate sentences and ``timex`` run on the whole of each; the same Doc objects, returned in order.

    Entities (NER, the costliest component and one the tagger never reads) are found afterwards, only in
    the sentences of the time expressions that become event-table rows."""
    # Spots only when no parser runs (tagging): the event linker reads the parse of a row's whole sentence.
    spots = "parser" not in nlp.pipe_names
    pieces = [_Piece(d, t, spots) for d, t in zip(docs, texts)]
    last = [name for name in nlp.pipe_names if name in MODEL_PIPES_SKIP]
    late = [name for name in nlp.pipe_names if name in LATE_PIPES]
    todo = [(p, w) for p in pieces for w in p.todo()]
    for _ in range(MAX_ROUNDS_TOKENWISE if spots else MAX_ROUNDS):
        if not todo:
            break
        subs = [p.window_doc(w) for p, w in todo]
        for (p, w), sub in zip(todo, transition.pipe(nlp, subs, max(1, len(subs)), last + late)):
            p.store(w, sub)
        todo = [(p, w) for p in pieces for w in p.grown()]
    out = []
    for p in pieces:
        doc = p.write_back()
        for name in last:
            doc = nlp.get_pipe(name)(doc)
        out.append(doc)
    if late:
        todo = [(p, w) for p in pieces for w in p.entity_windows()]
        subs = [p.window_doc(w, sentences=True) for p, w in todo]
        found: dict[int, dict[Window, Doc]] = {id(p): {} for p in pieces}
        only = [name for name in nlp.pipe_names if name not in late]
        for (p, w), sub in zip(todo, transition.pipe(nlp, subs, max(1, len(subs)), only)):
            found[id(p)][w] = sub
        for p in pieces:
            if found[id(p)]:
                p.write_entities(found[id(p)])
    return out
