"""spaCy's greedy transition-based parse (``parser``, ``ner``) stepped from Python, the same arithmetic.

Why: in the installed spaCy build every state accessor of the C parse loop (``StateC.B``, ``B_``, ``safe_get``,
called a few times for each of the ~100 moves checked per token) takes and drops the GIL
(``PyGILState_Ensure``/``Release``), and ``greedy_parse`` runs that loop *without* the GIL, so each call locks
a mutex and signals a condition: in a perf profile about half of NER's CPU time, and a good share of the
parser's. Stepped from Python, with the GIL held, the same calls only check that it is held.

Same results, not near ones: each step is ``predict_states`` (``spacy/ml/parser_model.pyx``) done in numpy
on the same precomputed features (``precompute_hiddens``): the padding row for a missing token, features
added in the same order from zero, the bias, maxout keeping the first of equal pieces, the upper layer
through the same BLIS ``sgemm`` spaCy's loop calls, unseen classes floored at the step's minimum score; then
spaCy's own ``transition_states`` (validity, argmax, the move). Batches are cut as ``Parser.pipe`` cuts them
(sorted by length, sub-batches of a quarter). A component of any other shape (beam search, no upper layer,
no maxout, GPU ops) runs through its own ``pipe``. tests/test_same_after_speedups.py compares the two.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc

try:  # spaCy's own pieces; without them every component runs through its own pipe
    import blis.py as _blis
    from spacy.ml.parser_model import ParserStepModel
    from spacy.pipeline.transition_parser import Parser
    from thinc.api import NumpyOps, set_dropout_rate
except ImportError:  # pragma: no cover
    Parser = None

_ZERO = np.float32(0)


class _Sizes:
    """What ``ParserStepModel.get_token_ids`` reads of its model: the features per state."""

    def __init__(self, n_features: int):
        self.state2vec = self
        self.nF = n_features


def steppable(proc) -> bool:
    """Whether ``proc`` is a greedy transition-based component of the shape :func:`parse` reproduces."""
    if Parser is None or not isinstance(proc, Parser) or proc.cfg.get("beam_width", 1) != 1:
        return False
    if not all(hasattr(proc, a) for a in ("transition_states", "_ensure_labels_are_added", "moves")) \
            or not hasattr(ParserStepModel, "get_token_ids"):  # another spaCy's internals
        return False
    model = proc.model
    try:
        lower = model.get_ref("lower")
        return (model.attrs.get("has_upper") is True and len(model.layers) == 3 and lower.name == "precomputable_affine"
                and lower.get_dim("nP") >= 2 and isinstance(model.ops, NumpyOps) and isinstance(lower.ops, NumpyOps))
    except (KeyError, ValueError, AttributeError):
        return False


def parse(proc, docs: list[Doc]):
    """``proc.predict(docs)`` (the final states), the loop run from Python (see the module notes)."""
    if not any(len(doc) for doc in docs):
        return proc.moves.init_batch(docs)
    model = proc.model
    proc._ensure_labels_are_added(docs)
    set_dropout_rate(model, 0.0)
    batch = proc.moves.init_batch(docs)
    tok2vec, lower, upper = model.layers
    cached = lower(tok2vec(docs, is_train=False)[0], False)[0]  # (tokens + 1, F, O, P); row 0: no token
    rows, n_feats, n_out, n_pieces = cached.shape
    width = n_out * n_pieces
    table = cached.reshape(rows * n_feats, width)
    first_row = np.arange(n_feats, dtype=np.int32) + n_feats  # token t's feature f: row (t + 1) * F + f
    bias = lower.get_param("b").reshape(width)
    weights, upper_bias = upper.get_param("W"), upper.get_param("b")
    unseen = sorted(model.attrs.get("unseen_classes") or ())
    sizes = _Sizes(n_feats)
    states = [s for s in batch if not s.is_final()]
    while states:
        ids = ParserStepModel.get_token_ids(sizes, states)  # -1 for a missing token
        ids *= n_feats
        ids += first_row
        hidden = np.add.reduce(table.take(ids, axis=0), axis=1, initial=_ZERO)  # from zero, feature by feature
        hidden += bias
        pieces = hidden.reshape(len(states), n_out, n_pieces)
        best = pieces[:, :, 0]
        for p in range(1, n_pieces):  # a later piece wins only when greater, as Vec.arg_max
            best = np.where(pieces[:, :, p] > best, pieces[:, :, p], best)
        scores = _blis.gemm(np.ascontiguousarray(best), weights, trans2=True, beta=0.0)
        scores += upper_bias
        if unseen:
            scores[:, unseen] = scores.min()
        states = proc.transition_states(states, scores)
    return batch


def pipe_component(proc, docs: Iterable[Doc], batch_size: int) -> Iterator[Doc]:
    """``proc.pipe(docs, batch_size=batch_size)``, with :func:`parse` for its predictions."""
    docs = list(docs)
    handler = proc.get_error_handler()
    for start in range(0, len(docs), batch_size):
        batch = docs[start:start + batch_size]
        try:
            by_length = sorted(batch, key=len)
            step = max(batch_size // 4, 2)
            for i in range(0, len(by_length), step):
                sub = by_length[i:i + step]
                proc.set_annotations(sub, parse(proc, sub))
            yield from batch
        except Exception as e:
            handler(proc.name, proc, batch, e)


def pipe(nlp: Language, docs: list[Doc], batch_size: int, disable: Iterable[str] = ()) -> Iterator[Doc]:
    """``nlp.pipe(docs, batch_size=batch_size, disable=disable)`` (Docs in, one process), the greedy
    transition-based components stepped by :func:`pipe_component`; the others through ``nlp.pipe`` as before."""
    disable = set(disable)
    names = [name for name, _ in nlp.pipeline]
    out: Iterable[Doc] = docs
    run: list[str] = []  # consecutive components left to nlp.pipe

    def flush(out):
        if run:
            out = nlp.pipe(out, batch_size=batch_size, disable=[n for n in names if n not in run])
            run.clear()
        return out

    for name, proc in nlp.pipeline:
        if name in disable:
            continue
        if steppable(proc):
            out = pipe_component(proc, flush(out), batch_size)
        else:
            run.append(name)
    return iter(flush(out))
