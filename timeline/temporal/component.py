"""The ``timex`` spaCy pipeline component: ``nlp.add_pipe("timex")`` puts Timex objects on ``doc._.timexes``.

The publication date is read from ``doc._.pub_date`` (set it on a Doc from ``nlp.make_doc`` before running
the pipeline, or give ``pub_date`` in the component config for a fixed one). Without one, relative
expressions keep ``XXXX`` placeholders and are flagged ``unresolved``.
"""

from __future__ import annotations

import datetime as dt

from spacy.language import Language
from spacy.tokens import Doc

from ..document import parse_pub_date
from .tagger import tag_doc

if not Doc.has_extension("timexes"):
    Doc.set_extension("timexes", default=None)
if not Doc.has_extension("pub_date"):
    Doc.set_extension("pub_date", default=None)


class TimexComponent:
    def __init__(self, nlp: Language, name: str, pub_date: str | None = None):
        self.name = name
        self.default_pub_date = parse_pub_date(pub_date) if pub_date else None

    def __call__(self, doc: Doc) -> Doc:
        pub = doc._.pub_date or self.default_pub_date
        if isinstance(pub, str):
            # a spaCy user's own pipeline may set a string: parsed here, at that edge (timeline's own road
            # always carries a date)
            pub = parse_pub_date(pub)
        doc._.timexes = tag_doc(doc, pub if isinstance(pub, dt.date) else None)
        return doc


@Language.factory("timex", default_config={"pub_date": None})
def make_timex_component(nlp: Language, name: str, pub_date: str | None = None) -> TimexComponent:
    return TimexComponent(nlp, name, pub_date)
