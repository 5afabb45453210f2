"""Documents → pieces → prepared spaCy Docs: the one chunker and the one Doc preparation.

Long texts are processed in pieces cut at paragraph or sentence ends: spaCy refuses texts over
``nlp.max_length`` (1,000,000 characters) and memory grows with the characters in a batch. Each piece's
offset maps its results back into the whole text.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import re
from dataclasses import dataclass, replace

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc

from ..document import Document, clean_text
from ..readers.dateline import story_start


@dataclass(frozen=True)
class Mode:
    """How a run cuts and prepares documents.

    ``piece_chars``: the longest piece. ``line_sentences``: a sentence starts at every line break (the
    parser keeps preset boundaries), so a headline or dateline never fuses with the lede.
    ``batch_chars``: characters per ``nlp.pipe`` call (spaCy batches by count; memory grows with length).
    ``selective``: the statistical components run only on the sentences holding a time-expression
    candidate (:mod:`.selective`); False runs them over everything (``--full-pipeline``).
    """

    name: str
    piece_chars: int
    line_sentences: bool
    batch_chars: int
    selective: bool = True


# Tagging runs tok2vec + tagger + senter only; memory is ~3 GB per million characters in a batch, so small
# pieces and a budget of ~320k characters per batch keep the peak near 1 GB.
TAG = Mode("tag", piece_chars=10_000, line_sentences=False, batch_chars=320_000)
# Extraction parses, links events and anchors story time within a piece: a news article (rarely over
# 8,000 words) should stay whole, so only book-length texts are cut.
EXTRACT = Mode("extract", piece_chars=50_000, line_sentences=True, batch_chars=60_000)
# Scoring the event linker on gold time expressions needs a parse where our tagger found no candidate too.
EXTRACT_FULL = replace(EXTRACT, selective=False)


# Set (to anything but "" or "0") to run every component over all text, as `--full-pipeline` does; an
# environment variable so that corpus worker processes (local or a LocalCluster's) inherit it.
FULL_PIPELINE_ENV = "TIMELINE_FULL_PIPELINE"


def effective(mode: Mode, full: bool | None = None) -> Mode:
    """``mode`` with its statistical components over everything when ``full`` (None: the environment says)."""
    if full is None:
        full = os.environ.get(FULL_PIPELINE_ENV, "") not in ("", "0")
    return replace(mode, selective=False) if full else mode


def chunk_spans(text: str, limit: int) -> list[tuple[int, int]]:
    """Half-open (start, end) pieces covering ``text``, each at most ``limit`` characters."""
    spans, start, n = [], 0, len(text)
    while n - start > limit:
        window = text[start:start + limit]
        cut = -1
        for sep in ("\n\n", "\n", ". ", " "):
            cut = window.rfind(sep, limit // 2)
            if cut != -1:
                cut += len(sep)
                break
        if cut <= 0:
            cut = limit  # a 200k-character line without spaces: cut anywhere
        spans.append((start, start + cut))
        start += cut
    spans.append((start, n))
    return spans


@dataclass(frozen=True)
class Piece:
    document: Document
    offset: int  # where ``text`` starts in the document's text
    text: str


def pieces(document: Document, mode: Mode) -> list[Piece]:
    """The document cut for ``mode``. Lone surrogates are replaced (offsets unchanged): the tokenizer
    cannot encode them."""
    text = clean_text(document.text)
    if len(text) <= mode.piece_chars:
        return [Piece(document, 0, text)]
    return [Piece(document, s, text[s:e]) for s, e in chunk_spans(text, mode.piece_chars)]


def prepare_doc(nlp: Language, text: str, pub_date: dt.date | None, line_sentences: bool = False) -> Doc:
    """A tokenized Doc ready for the pipeline: the publication date on ``doc._.pub_date`` (a date, never a
    string), and with ``line_sentences`` a sentence start at every line break."""
    doc = nlp.make_doc(text)
    _join_number_sign(doc, text)
    doc._.pub_date = pub_date
    if line_sentences and "\n" in text and len(doc) >= 2:
        _break_sentences_at_lines(doc, text)
    if line_sentences:
        _break_sentence_after_dateline(doc, text)
    _no_break_after_abbreviations(doc, text)
    _break_after_clock_stop(doc, text)
    return doc


# "No." before a number is the number sign ("world No. 1 Novak Djokovic", "No. 10 Downing Street"). The tokenizer
# splits its stop off (no special case can look at the next word, and a sentence may end on "No."), and the small
# model then tags the stop a noun: the ranked name loses its subject, a later "on Sunday" its verb.
_NUMBER_SIGN = re.compile(r"(?<![\w.])(?:No|no|Nos|nos)\.(?=[ \t]*\d)")


def _join_number_sign(doc: Doc, text: str) -> None:
    spans = [doc.char_span(m.start(), m.end()) for m in _NUMBER_SIGN.finditer(text)] if "o." in text else []
    spans = [s for s in spans if s is not None and len(s) == 2]
    if spans:
        with doc.retokenize() as retokenizer:
            for span in spans:
                retokenizer.merge(span)


# A lower-case word after an abbreviation's full stop goes on the same sentence ("at 10:30 a.m. local time",
# "the U.S. officials", "Acme Inc. shares"): initials with stops ("a.m.", "U.S.") or a capitalised word of up to
# four letters ("Inc.", "Gov.", "Sept."). The small model's senter/parser otherwise often ends the sentence
# there, leaving "local time (0730 GMT) that the fire was ..." a sentence with no subject. (A digit or a capital
# after the stop is left to the model.)
_ABBREVIATION_THEN_LOWER = re.compile(r"(?:(?<![\w.])(?:[A-Za-z]\.){2,}|(?<![\w.])[A-Z][a-z]{0,3}\.)[ \t]+(?=[a-z])")


@functools.cache
def _clock_zone_pattern() -> re.Pattern:
    """'landed at about 12:20 a.m. Tokyo time (1520 GMT Friday)', 'at 9 p.m. EST': after a clock's "a.m."/"p.m." a
    zone (the temporal vocabulary's single-word zones, in capitals), a capitalised place before "time", or a
    bracketed restatement goes on the same sentence; the small model otherwise ends the sentence at the stop and the
    next one ('Tokyo time ..., JAXA said') takes the reporter for its subject."""
    from ..temporal.vocab import vocab

    zones = sorted((z.upper() for z in vocab()["time_zones"] if z.isalpha() and " " not in z and len(z) > 1),
                   key=len, reverse=True)
    return re.compile(r"(?<![\w.])[ap]\.m\.[ \t]+(?=(?:" + "|".join(zones) + r")\b|[A-Z][a-z]+[ \t]+time\b|\()")


def _no_break_after_abbreviations(doc: Doc, text: str) -> None:
    ends = [m.end() for m in _ABBREVIATION_THEN_LOWER.finditer(text)]
    if "m." in text:
        ends = sorted(ends + [m.end() for m in _clock_zone_pattern().finditer(text)])
    if not ends:
        return
    idx = doc.to_array("IDX").astype(np.int64)
    for i in np.searchsorted(idx, np.asarray(ends, dtype=np.int64)).tolist():
        if 0 < i < len(doc) and doc[i].idx in ends and doc[i].is_sent_start is not True:
            doc[i].is_sent_start = False


@functools.cache
def _clock_stop_pattern() -> re.Pattern:
    """'was hurt in a fight at 10 p.m. Police arrested two men': after a clock's "a.m."/"p.m.", a word that can only
    open a sentence (the temporal vocabulary's ``sentence_openers_after_clock``) opens one: the stop is the
    sentence's too. The small model often runs the sentence on, and the second clause's subject and source are
    then read across the clock ("10 p.m. Tuesday", "9 a.m. EST" are not such words)."""
    from ..temporal.vocab import vocab

    v = vocab()
    openers = v["sentence_openers_after_clock"]
    words = sorted(openers["words"], key=len, reverse=True)
    # a subject and its auxiliary ("p.m. Sentencing is scheduled"): any capitalised word but a day, month or zone word
    times = {w for key in ("weekdays", "months") for w in v[key]} | {w for z in v["time_zones"] for w in z.split()}
    not_subject = sorted((w.rstrip(".") for w in times if w.rstrip(".").isalpha()), key=len, reverse=True)
    aux = sorted(openers["subject_then_auxiliaries"]["words"], key=len, reverse=True)
    subject = (r"(?!(?i:" + "|".join(not_subject) + r")\b)[A-Z][a-z]+(?:[ \t]+[a-z]+)?[ \t]+(?:" + "|".join(aux)
               + r")\b")
    return re.compile(r"(?<![\w.])[ap]\.m\.[ \t]+(?=(?:" + "|".join(words) + r")\b|" + subject + ")")


def _break_after_clock_stop(doc: Doc, text: str) -> None:
    if "m." not in text:
        return
    ends = [m.end() for m in _clock_stop_pattern().finditer(text)]
    if not ends:
        return
    idx = doc.to_array("IDX").astype(np.int64)
    for i in np.searchsorted(idx, np.asarray(ends, dtype=np.int64)).tolist():
        if 0 < i < len(doc) and doc[i].idx in ends:
            doc[i].is_sent_start = True


def _break_sentence_after_dateline(doc: Doc, text: str) -> None:
    """The lede after a dateline closed by a dash starts a sentence ("AMSTERDAM, May 6 (Wire) - Kestrel Pay, ...
    plans to list"): parsed with the dateline, its subject hangs on the place."""
    start = story_start(text)
    if start is None:
        return
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is not None and span.start > 0 and doc[span.start].idx == start:
        doc[span.start].is_sent_start = True


_NEWLINE = re.compile("\n")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
# a line that ends a sentence (or a quote, a bracket, a list item's colon) before the next line
_CLOSED_LINE = re.compile(r"[.!?:;\"\u201d\u2019')\]]\s*$")
_WRAP_MIN_PAIRS = 3  # full-width line pairs needed before calling a text hard-wrapped
_WRAP_MAX_WIDTH = 100  # wider lines are paragraphs of their own, not a wrap
_WRAP_FULL = 0.75  # a line this share of the widest one or more runs to the wrap width
_LOWER_START = re.compile(r"^\s*[a-z]")


def _hard_wrapped(text: str) -> bool:
    """Whether the text is wrapped at a fixed width (e-mail, old wire copy: "the drug maker Kestrel\nInc. fell"):
    its lines run to about one width, most of them stop mid-sentence and the next line often goes on in lower case.
    A header block, subheads, a list of headlines or a table has short lines or capitalised ones; a text with a
    paragraph per line has lines wider than any wrap."""
    lines = [line.rstrip() for line in text.split("\n")]
    width = max((len(line) for line in lines), default=0)
    if width == 0 or width > _WRAP_MAX_WIDTH:
        return False
    full = [(a, b) for a, b in zip(lines, lines[1:]) if b.strip() and len(a) >= _WRAP_FULL * width]
    run_on = [(a, b) for a, b in full if not _CLOSED_LINE.search(a)]
    return len(full) >= _WRAP_MIN_PAIRS and len(run_on) * 2 > len(full) \
        and sum(bool(_LOWER_START.match(b)) for _, b in run_on) * 2 >= len(run_on)


def _break_sentences_at_lines(doc: Doc, text: str) -> None:
    # A token gets a preset sentence start when the text between the previous token's start and its own
    # (the previous token's text_with_ws) holds a line break (in hard-wrapped text, a blank line only: its single
    # breaks fall inside sentences). Found with numpy over token offsets rather than a Python loop over every
    # token (that loop cost ~0.3 s per 86k words, a third of tokenization).
    idx = doc.to_array("IDX").astype(np.int64)
    breaks = _BLANK_LINE if _hard_wrapped(text) else _NEWLINE
    newlines = np.fromiter((m.start() for m in breaks.finditer(text)), dtype=np.int64)
    after = np.unique(np.searchsorted(idx, newlines, side="right"))
    for i in after[(after >= 1) & (after < len(doc))].tolist():
        tok, prev = doc[i], doc[i - 1]
        if not tok.is_space and (prev.is_space or prev.whitespace_ == "\n" or prev.text_with_ws.endswith("\n")):
            tok.is_sent_start = True
            # and the line's second word goes on with it: given only the start, the parser may close the sentence
            # after its first word ("...salmon wait below\n\nCrews removed the final section": "Crews" a sentence
            # alone, "removed" left without its subject)
            if i + 1 < len(doc) and not doc[i + 1].is_space and "\n" not in tok.text_with_ws \
                    and doc[i + 1].is_sent_start is None:
                doc[i + 1].is_sent_start = False
