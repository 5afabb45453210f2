"""Event linking: for a DATE/TIME expression, the event it dates.

Given a parsed spaCy ``Doc`` and the character span of a time expression, :func:`link_timex` finds the
governing predicate through the dependency parse — the verb the expression modifies, or an event nominal
("invasion", "talks", "elections") when the expression sits inside that noun phrase — and reads off the
subject and object as phrases, the named entities involved (``actors``), modality and negation, the
sentence, and a headline-like ``summary``.

One job per module:

* :mod:`.attach` — the climb from the time expression to its predicate and the decisions that refine it
  (its docstring explains each decision and how it was measured);
* :mod:`.phrases` — subject, object and actor phrases, and their trimming;
* :mod:`.summary` — the headline summary and the modality;
* :mod:`.grammar` — what a token is in the parse (predicate, event nominal, subject);
* :mod:`.lexicon` — the word lists, kept as data in ``lexicon.json``;
* :mod:`.link` — the entry points below, which put the rest together into an :class:`Event`.
"""

from .attach import why_undated
from .event import Event
from .grammar import is_event_nominal
from .link import link_span, link_timex, link_timexes, time_token_indices

__all__ = ["Event", "is_event_nominal", "link_span", "link_timex", "link_timexes", "time_token_indices",
           "why_undated"]
