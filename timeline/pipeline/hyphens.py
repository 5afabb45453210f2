"""Words made with a verb prefix and a hyphen ("re-elected", "co-founded") kept as one token.

spaCy's English tokenizer splits a hyphen between letters, and the small model then parses the pieces as
words of their own: "who was re-elected in June" becomes a relative clause on "re" with "elected" hung on
the name, and "They co-authored the report" gets "co" as its root verb. Kept whole, the word is tagged and
parsed as the verb it is (its suffix and shape features are the verb's). Only the prefixes listed in
``hyphen_prefixes.json`` are kept: other hyphenated words ("long-term", "mid-July", "year-earlier") stay as
the model was trained on them and as the time rules expect.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path

from spacy.language import Language
from spacy.util import compile_infix_regex

_PREFIXES = Path(__file__).with_name("hyphen_prefixes.json")


@functools.cache
def prefixes() -> tuple[str, ...]:
    return tuple(json.loads(_PREFIXES.read_text(encoding="utf-8"))["prefixes"])


def keep_prefixed_words(nlp: Language) -> None:
    """Make ``nlp``'s tokenizer leave a hyphen after a listed prefix inside the word."""
    # each prefix as a fixed-width look-behind: the hyphen infix does not match right after "<start>re"
    guard = "".join(rf"(?<!\b{p})(?<!\b{p.capitalize()})(?<!\b{p.upper()})" for p in prefixes())
    infixes = []
    for pattern in nlp.Defaults.infixes:
        if "(?:-|" in pattern:
            at = pattern.index("(?:-|")
            pattern = pattern[:at] + guard + pattern[at:]
        infixes.append(pattern)
    # (the setter also empties the tokenizer's cache of earlier splits)
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
