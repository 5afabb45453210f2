"""Loading the pipeline (timeline/pipeline/model.py): the model's matrix products go through numpy's BLAS,
and the caller's own thinc ops are left as they were."""

from __future__ import annotations

from thinc.api import get_current_ops

from timeline import pipeline


def test_the_model_multiplies_with_numpy_and_the_callers_ops_stay():
    before = get_current_ops()
    nlp = pipeline.load_for_tagging()
    assert get_current_ops() is before
    for name in ("tok2vec", "tagger"):
        assert getattr(nlp.get_pipe(name).model.ops, "use_blis", None) is False, name
