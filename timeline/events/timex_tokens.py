"""Which tokens of a parsed Doc the document's time expressions cover (``doc._.timexes``, set by the ``timex``
component): shared by the linker (a time is no event's argument) and the headlines (another row's time, and a
set, which is part of what a headline says)."""

from __future__ import annotations

from spacy.tokens import Doc


def timex_token_indices(doc: Doc, types: frozenset[str] | None = None) -> set[int]:
    """Token indices covered by the document's time expressions, only those of ``types`` (TIMEX3 types such as
    "SET") when given; empty when the ``timex`` component did not run."""
    out: set[int] = set()
    timexes = doc._.timexes if Doc.has_extension("timexes") else None
    for t in timexes or []:
        if types is not None and t.type not in types:
            continue
        sp = doc.char_span(t.start, t.end, alignment_mode="expand")
        if sp is not None:
            out.update(x.i for x in sp)
    return out


def typed_timex_tokens(doc: Doc, kind: str) -> frozenset[int]:
    """Token indices of the document's time expressions of TIMEX3 type ``kind`` ("SET", "DURATION"), found once
    per Doc and kept in its ``user_data`` (again when the Doc is retagged): asked once per row or per token."""
    return _held_tokens(doc, kind.lower(), frozenset({kind}))


def dated_timex_tokens(doc: Doc) -> frozenset[int]:
    """Token indices of the document's dates and clock times (TIMEX3 DATE and TIME), kept as
    :func:`typed_timex_tokens` keeps one type: what "a time of its own" means to the attachment rules."""
    return _held_tokens(doc, "date_time", frozenset({"DATE", "TIME"}))


def _held_tokens(doc: Doc, name: str, types: frozenset[str]) -> frozenset[int]:
    timexes = doc._.timexes if Doc.has_extension("timexes") else None
    key = f"timeline.events.{name}_tokens"
    held = doc.user_data.get(key)
    if held is not None and held[0] is timexes:
        return held[1]
    out = frozenset(timex_token_indices(doc, types))
    doc.user_data[key] = (timexes, out)
    return out
