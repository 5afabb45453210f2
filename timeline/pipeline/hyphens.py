"""Words made with a verb prefix and a hyphen ("re-elected", "co-founded") kept as one token.

spaCy's English tokenizer splits a hyphen between letters, and the small model then parses the pieces as
words of their own: "who was re-elected in June" becomes a relative clause on "re" with "elected" hung on
the name, and "They co-authored the report" gets "co" as its root verb. Kept whole, the word is tagged and
parsed as the verb it is (its suffix and shape features are the verb's). Only the prefixes listed in the temporal
vocabulary's ``verb_prefixes`` are kept: other hyphenated words ("long-term", "mid-July", "year-earlier") stay as
the model was trained on them and as the time rules expect.
"""

from __future__ import annotations

import re

from spacy.language import Language

from ..temporal.morph import verb_prefixes as prefixes


def keep_prefixed_words(nlp: Language) -> None:
    """Make ``nlp``'s tokenizer leave a hyphen after a listed prefix inside the word."""
    # each prefix as a fixed-width look-behind: the hyphen infix does not match right after "<start>re". Put in
    # front of the hyphen alternatives of the tokenizer's own infix pattern (a pipeline may bring its own rules)
    guard = "".join(rf"(?<!\b{p})(?<!\b{p.capitalize()})(?<!\b{p.upper()})" for p in prefixes())
    finditer = nlp.tokenizer.infix_finditer
    pattern = getattr(getattr(finditer, "__self__", None), "pattern", None)
    if not isinstance(pattern, str) or "(?:-|" not in pattern:
        return  # no hyphen infix to guard: the pipeline splits no such words
    # (the setter also empties the tokenizer's cache of earlier splits)
    nlp.tokenizer.infix_finditer = re.compile(pattern.replace("(?:-|", guard + "(?:-|")).finditer
