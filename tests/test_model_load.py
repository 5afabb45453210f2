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


def test_the_pipeline_runs_the_model_on_one_blas_thread(monkeypatch):
    # every run of the model (selective or whole) happens under the one-thread limit, lifted afterwards
    from threadpoolctl import threadpool_info

    from timeline.document import Document

    def blas_threads():
        return {lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas"}

    before = blas_threads()
    nlp = pipeline.load_for_tagging()
    seen = []
    pipe = nlp.pipe

    def recording(*args, **kw):
        for doc in pipe(*args, **kw):
            seen.append(blas_threads())
            yield doc

    monkeypatch.setattr(nlp, "pipe", recording)
    docs = [Document("The weather was fine. Talks resumed on Tuesday.", None, "d")]
    for full in (False, True):
        (tagged,) = pipeline.tag_documents(docs, nlp, full=full)
        assert [t.text for t in tagged.timexes] == ["Tuesday"]
    assert len(seen) >= 2 and all(s == {1} for s in seen)
    assert blas_threads() == before
