"""Readable phrases from the parse: an argument's words without clauses, asides or the time expression;
the subject and object of a predicate; the named actors around it."""

from __future__ import annotations

from spacy.tokens import Token

from .grammar import CLAUSE_DEPS, OBJECT_DEPS, subject_token
from .lexicon import ACTOR_LABELS, ASIDE_CONJUNCTIONS, CLAUSE_BREAKS, LEADING_SUBORDINATORS, QUOTES, SUBJECT_ADVERBS
from .lexicon import FRACTION_AMOUNTS, LEADING_CONNECTIVES, QUANTIFIER_SUBJECTS

MAX_PHRASE_TOKENS = 10
# dependents after a noun that, set off by commas, are asides ("One of them, a 17-year-old,")
_ASIDE_DEPS = frozenset({"appos", "amod", "nmod", "npadvmod"})


# doc.user_data key: (MISREAD_PHRASE_KEY, i) -> the first word of a noun phrase ending at token i that the parser
# broke up (events/link.py _noun_phrase_left_of_verb)
MISREAD_PHRASE_KEY = "timeline.misread_phrase"


def phrase_tokens(tok: Token, exclude: set[int]) -> list[Token]:
    """A readable phrase for ``tok``: its subtree without clauses, asides and the time expression."""
    first = tok.doc.user_data.get((MISREAD_PHRASE_KEY, tok.i))
    if first is not None:
        return [t for t in tok.doc[first:tok.i + 1] if t.i not in exclude]
    drop: set[int] = set(exclude)
    for c in tok.children:
        if name_after_title(tok, c):
            # "The singer Ada Mensah, 42,": the name is kept, its own asides are not
            for g in c.children:
                if g.dep_ in CLAUSE_DEPS or g.dep_ == "punct":
                    drop.update(x.i for x in g.subtree)
        elif _purpose_infinitive(tok, c):
            continue  # "A dredging project to deepen the channel": what the noun is for names it
        elif _coordinating_comma(tok, c):
            continue  # "Spain, Portugal and Greece": the comma joins two of the conjuncts
        elif _modifier_comma(tok, c):
            continue  # "a second, larger swarm": the comma between two of the noun's adjectives
        elif _noun_read_as_participle(tok, c):
            continue  # "A rare Vermeulen etching was stolen", with "etching" a participle on "Vermeulen"
        elif _aside_conjunct(tok, c):
            drop.update(x.i for x in c.subtree)  # "The coach, as well as three players,": the coach alone
            drop.update(x.i for g in tok.children if g.dep_ == "cc" and tok.i < g.i < c.i for x in g.subtree)
        elif c.dep_ in CLAUSE_DEPS or (c.dep_ == "punct" and c.i != tok.i):
            drop.update(x.i for x in c.subtree)
        elif c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i and tok.pos_ in ("NOUN", "PROPN") \
                and any(g.dep_ == "det" and c.i < g.i < tok.i for g in tok.children):
            # "Two people died, one of them a 71-year-old man who was found ...", parsed with "one of them" the
            # subject of "man": a noun has no subject, and the phrase with its own determiner starts after it
            drop.update(x.i for x in c.subtree)
        elif _adverb_of_the_verb(tok, c):
            drop.add(c.i)
    doc = tok.doc
    for x in tok.subtree:
        # an aside set off by commas deeper in the phrase, or one the parser hung as a modifier after the noun:
        # "One of them, a 17-year-old, was released"
        if x.dep_ in _ASIDE_DEPS and x.i not in drop and x.i > tok.i and x.left_edge.i > tok.left_edge.i \
                and doc[x.left_edge.i - 1].text == "," and (x.dep_ == "appos" or x.right_edge.i + 1 < len(doc)
                                                             and doc[x.right_edge.i + 1].text == ","):
            drop.update(y.i for y in x.subtree)
    # an aside set off with a time of its own ("a new wing, under construction since 2014,"); one without a time
    # ("Several ministers, including the finance minister,") stays
    aside = set_off_phrases(tok)
    if aside & exclude:
        drop.update(aside)
    toks = [t for t in tok.subtree if t.i not in drop]
    if len(toks) > MAX_PHRASE_TOKENS:
        # keep the noun's own modifiers (names, titles) but not its PPs: "the governor", "Defence Minister Ivanov"
        keep = {tok.i}
        for c in tok.children:
            # (and an amount's own words: "More than a third")
            if c.dep_ in ("compound", "amod", "poss", "det", "nummod", "flat", "case", "neg", "quantmod") and c.i < tok.i:
                keep.update(x.i for x in c.subtree if x.i not in drop)
            elif c.dep_ == "prep" and c.lower_ == "of" and c.i == tok.i + 1 and _counting_head(tok):
                # "Dozens of nurses, porters and cleaners at two hospitals": a count alone names no one; what it
                # counts stays, the rest of its phrases go (and the conjuncts the parser hung on the count:
                # "Hundreds of doctors, nurses and midwives from the region")
                keep.update(x.i for x in c.subtree if x.i not in drop)
                for g in tok.children:
                    if g.dep_ in ("conj", "cc") or g.dep_ == "punct" and g.text == "," and g.i > c.i:
                        phrases = {y.i for x in g.subtree if x.dep_ == "prep" and x.head.i != tok.i for y in x.subtree}
                        keep.update(x.i for x in g.subtree if x.i not in drop and x.i not in phrases)
        toks = [t for t in tok.subtree if t.i in keep]
        if len(toks) > MAX_PHRASE_TOKENS:
            toks = [t for t in toks if t.i >= tok.i - MAX_PHRASE_TOKENS + 1]
    toks = _without_brackets(toks, tok)
    if tok.dep_ == "compound" and tok.head.pos_ == "VERB" and tok.head.i == tok.i + 1:
        # "The ferry leaves Thursday" parsed as a compound on the verb: the noun's own determiner and modifiers
        # hang on the verb as well
        toks = sorted([x for c in tok.head.children if c.i < tok.i and c.dep_ in _LEAD_DEPS
                       for x in c.subtree if x.i not in drop] + toks, key=lambda t: t.i)
    return trim(_whole_words(toks))


def set_off_phrases(tok: Token) -> set[int]:
    """"a new wing, under construction since 2014, would open": prepositional phrases on the noun that a comma
    opens and a comma closes (the parser hangs "under construction" and "since 2014" on the noun side by side) are
    an aside, not the noun's name."""
    doc = tok.doc
    preps = sorted((c for c in tok.children if c.dep_ == "prep" and c.i > tok.i), key=lambda c: c.i)
    for k, first in enumerate(preps):
        if first.i == 0 or doc[first.i - 1].text != ",":
            continue
        run = [first]
        for nxt in preps[k + 1:]:
            if nxt.left_edge.i != run[-1].right_edge.i + 1:
                break
            run.append(nxt)
        end = run[-1].right_edge.i + 1
        if end < len(doc) and doc[end].text == ",":
            return {x.i for c in run for x in c.subtree} | {first.i - 1, end}  # (and the commas around it)
    return set()


def _counting_head(tok: Token) -> bool:
    """A number or a quantifier heading a noun phrase ("Hundreds of porters", "Two of the nine members", "Most of
    the flights"), whose "of" phrase names what it counts (``quantifier_subjects``)."""
    return tok.tag_ == "CD" or tok.lower_ in QUANTIFIER_SUBJECTS or tok.lower_ in FRACTION_AMOUNTS


def _coordinating_comma(tok: Token, c: Token) -> bool:
    """'Spain, Portugal and Greece, which closed their borders': a comma right before a conjunct of the head (or
    before the 'and' of a serial list) joins the coordinated names; a comma before an aside or a clause does not."""
    if c.text != "," or c.dep_ != "punct" or c.i < tok.i or c.i + 1 >= len(tok.doc):
        return False
    nxt = tok.doc[c.i + 1]
    return any(x.dep_ == "conj" and x.left_edge.i == nxt.i for x in tok.children) \
        or (nxt.dep_ == "cc" and sum(x.dep_ == "conj" for x in tok.subtree) >= 2
            and any(x.dep_ == "conj" and x.i > nxt.i for x in tok.subtree))  # a serial list, not an aside's comma


def _modifier_comma(tok: Token, c: Token) -> bool:
    """'a second, larger swarm', 'a long, cold winter': a comma between two adjectives before the noun, both its
    own, belongs to the phrase; a comma before the noun's first word or after its last modifier does not."""
    if c.text != "," or c.dep_ != "punct" or not tok.left_edge.i < c.i < tok.i - 1:
        return False
    # (each modifier whole: "a second, much larger swarm", "a new, $5 billion plant")
    before = any(x.dep_ == "amod" and x.right_edge.i == c.i - 1 for x in tok.children)
    after = any(x.dep_ in ("amod", "nummod", "compound", "nmod") and x.left_edge.i == c.i + 1 and x.i < tok.i
                for x in tok.children)
    return before and after


def _aside_conjunct(tok: Token, c: Token) -> bool:
    """'The coach, as well as three players, was suspended': a subject's conjunct after a coordinator that adds an
    aside (``aside_conjunctions``), set off by commas on both sides, is no part of the subject."""
    if c.dep_ != "conj" or tok.dep_ not in ("nsubj", "nsubjpass") or c.right_edge.i + 1 >= len(tok.doc):
        return False
    doc = tok.doc
    cc = next((g for g in tok.children if g.dep_ == "cc" and tok.i < g.i < c.i), None)
    if cc is None or cc.left_edge.i < 1:
        return False
    words = doc[cc.left_edge.i:cc.i + 1].text.lower()
    return words in ASIDE_CONJUNCTIONS and doc[cc.left_edge.i - 1].text == "," and doc[c.right_edge.i + 1].text == ","


def _adverb_of_the_verb(tok: Token, c: Token) -> bool:
    """'The wing last underwent major work': an adverb of the verb right after the subject, which the parser hung on
    the subject's noun as a modifier after it, is no part of who did it."""
    return c.dep_ in ("amod", "advmod") and c.lower_ in SUBJECT_ADVERBS and c.i == tok.right_edge.i and c.i > tok.i \
        and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.i == c.i + 1 and not list(c.children)


def _without_brackets(toks: list[Token], head: Token) -> list[Token]:
    """``toks`` without a bracketed aside after the head ("temperatures of more than 40 C (104 F)" reads
    "temperatures of more than 40 C"; a cut "(104 F" never shows)."""
    opening = next((t for t in toks if t.text == "(" and t.i > head.i), None)
    if opening is None:
        return toks
    doc = head.doc
    close = next((t.i for t in doc[opening.i + 1:min(len(doc), opening.i + 16)] if t.text == ")"), None)
    last = close if close is not None else toks[-1].i
    return [t for t in toks if not opening.i <= t.i <= last]


_LEAD_DEPS = frozenset({"det", "amod", "compound", "poss", "nummod"})


_HYPHENS = frozenset({"-", "‐", "–"})


def _whole_words(toks: list[Token]) -> list[Token]:
    """``toks`` with the rest of any hyphenated word they cut through: the parser may split "co-defendant"
    into three tokens and hang only "co" on the verb ("Her co" would be no subject)."""
    if not toks:
        return toks
    doc = toks[0].doc
    have = {t.i for t in toks}
    for t in list(toks):
        i = t.i
        # glued hyphen runs on both sides: "co-defendant", "Twenty-five", "vice-president"
        while i + 2 < len(doc) and doc[i + 1].text in _HYPHENS and not doc[i].whitespace_ \
                and not doc[i + 1].whitespace_ and doc[i + 2].is_alpha:
            have.update((i + 1, i + 2))
            i += 2
        i = t.i
        # (a number too, which the time expression "30-year" took: "The 30-year-old", not "The year-old")
        while i - 2 >= 0 and doc[i - 1].text in _HYPHENS and not doc[i - 2].whitespace_ \
                and not doc[i - 1].whitespace_ and (doc[i - 2].is_alpha or doc[i - 2].like_num):
            have.update((i - 1, i - 2))
            i -= 2
    if len(have) == len(toks):
        return toks
    return sorted((doc[i] for i in have), key=lambda x: x.i)


def _purpose_infinitive(head: Token, c: Token) -> bool:
    """A short infinitive right after a subject noun, no comma between ("a project to deepen the channel"): part
    of the noun phrase it names. Only for a subject: after an object it is often the verb's purpose."""
    return c.dep_ in ("acl", "relcl") and c.tag_ == "VB" and head.dep_ in ("nsubj", "nsubjpass") \
        and c.left_edge.i == head.i + 1 and c.left_edge.lower_ == "to" and c.right_edge.i - head.i <= 6 \
        and not any(t.is_punct for t in c.subtree)


def name_after_title(head: Token, c: Token) -> bool:
    """A name the parser hung as an apposition right after its title noun, with no comma between ("the singer
    Ada Mensah", "biologist Tomas Berg"): part of the noun phrase, not an aside ("the coach, Ines Blanco,")."""
    # (with the title's own number between: "No. 3 Georgia lost", parsed as "No. 3" with "Georgia" in apposition)
    between = head.doc[head.i + 1:c.left_edge.i]
    return c.dep_ == "appos" and c.pos_ == "PROPN" and head.pos_ == "NOUN" and c.left_edge.i > head.i \
        and all(t.dep_ == "nummod" and t.head.i == head.i for t in between)


def _noun_read_as_participle(tok: Token, c: Token) -> bool:
    """Whether ``c`` is the head noun of the subject ``tok`` that the tagger read as a bare "-ing" participle on it
    ("A rare Vermeulen etching was stolen", "The old Kessler building burned"): right after the subject, with no
    words of its own, and right before the subject's verb or its auxiliary."""
    doc = tok.doc
    if c.dep_ != "acl" or c.tag_ != "VBG" or c.i != tok.i + 1 or any(True for _ in c.children) \
            or tok.dep_ not in ("nsubj", "nsubjpass") or c.i + 1 >= len(doc):
        return False
    nxt = doc[c.i + 1]
    return nxt.i == tok.head.i or nxt.head.i == tok.head.i and nxt.dep_ in ("aux", "auxpass")


def trim(toks: list[Token], cut_after: int | None = None) -> list[Token]:
    """``toks`` without quotes, orphaned punctuation and a leading conjunction or subordinator; with
    ``cut_after``, also without anything from the first aside or second clause after that token."""
    # (a possessive apostrophe is no quote: "Tenants' groups")
    toks = [t for t in toks if t.text not in QUOTES or t.tag_ == "POS"]
    if cut_after is not None:
        for k, t in enumerate(toks):
            if t.i > cut_after and t.text in CLAUSE_BREAKS:
                toks = toks[:k]
                break
    # drop the comma a removed apposition or time phrase leaves behind ("Ivanov , told")
    toks = [t for k, t in enumerate(toks)
            if not (t.is_punct and t.text not in CLAUSE_BREAKS and t.text != "%" and (
                (k > 0 and toks[k - 1].i != t.i - 1) or (k + 1 < len(toks) and toks[k + 1].i != t.i + 1)))]
    while toks and (toks[0].is_punct or toks[0].dep_ in ("cc", "mark")
                    or toks[0].lower_ in LEADING_SUBORDINATORS and not _fronted_phrase(toks[0], toks)
                    or _complementizer_as_determiner(toks[0]) or _connective_on_comparative(toks[0])):
        toks = toks[1:]
    while toks and ((toks[-1].is_punct and toks[-1].text != "%") or toks[-1].dep_ == "cc"):
        toks = toks[:-1]
    return toks


def _fronted_phrase(tok, toks: list[Token]) -> bool:
    """A preposition opening a phrase that is kept whole ("Before the merger, he led Taco Bell"): it is no
    subordinator left over from a clause, and without it the phrase would open the headline ("the merger, he
    led")."""
    kept = {t.i for t in toks}
    return tok.dep_ == "prep" and any(c.dep_ in ("pobj", "pcomp") and c.i in kept for c in tok.children)


def _connective_on_comparative(tok) -> bool:
    """'..., so higher costs would reach shoppers': a connective opening the clause (``leading_connectives``) that
    the parser hung on a comparative as its degree word; "so" grades no comparative, so it is no part of the noun
    phrase ("so many people" keeps it)."""
    if not isinstance(tok, Token) or (tok.lower_,) not in LEADING_CONNECTIVES or tok.dep_ != "advmod" \
            or tok.head.tag_ not in ("JJR", "RBR"):
        return False
    return tok.i == tok.sent.start or tok.doc[tok.i - 1].text in (",", ";")


def _complementizer_as_determiner(tok) -> bool:
    # "told the BBC that repairs would begin": the parser may take "that" for the plural noun's determiner
    # (or for a subject of its own, tagged as a conjunction)
    # (or, right after "and", a singular subject's: "heard that a valve failed and that staff discovered"; after a
    # verb "that man" is as often the demonstrative: "She said that man had threatened her")
    return getattr(tok, "lower_", "") == "that" and (
        tok.pos_ == "SCONJ" or (tok.dep_ == "det" and tok.head.tag_ in ("NNS", "NNPS"))
        or tok.dep_ == "det" and tok.head.dep_ in ("nsubj", "nsubjpass") and tok.i > 0
        and tok.doc[tok.i - 1].tag_ == "CC")


def hyphenated_word(tok: Token) -> tuple[Token, Token]:
    """The first and last token of the hyphenated word ``tok`` is a piece of ("loss-making", "fast-tracked",
    "sell-off": the tokenizer splits them), or ``tok`` twice; letters only ("10-year" and "mid-2022" are no word a
    trigger is cut from)."""
    doc = tok.doc
    a = b = tok.i
    if not tok.is_alpha:
        return tok, tok
    while a - 2 >= 0 and doc[a - 1].text in _HYPHENS and not doc[a - 2].whitespace_ and not doc[a - 1].whitespace_ \
            and doc[a - 2].is_alpha:
        a -= 2
    while b + 2 < len(doc) and doc[b + 1].text in _HYPHENS and not doc[b].whitespace_ and not doc[b + 1].whitespace_ \
            and doc[b + 2].is_alpha:
        b += 2
    return doc[a], doc[b]


def join_tokens(toks: list[Token]) -> str:
    """Tokens as text: original spacing between neighbours, one space across a gap left by a removal."""
    out = []
    for k, t in enumerate(toks):
        out.append(t.text)
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if nxt is not None:
            adjacent = nxt.i == t.i + 1
            out.append(t.whitespace_ if adjacent else " ")
    return " ".join("".join(out).split())


def object_tokens(pred: Token, exclude: set[int]) -> list[Token]:
    """The object or complement of ``pred``; failing that, its first prepositional argument."""
    for c in pred.children:
        if c.dep_ in OBJECT_DEPS and c.i not in exclude:
            return phrase_tokens(c, exclude)
    if pred.pos_ in ("NOUN", "PROPN"):
        for c in pred.children:  # "invasion of the island", "talks with Brussels"
            if c.dep_ == "prep" and c.lower_ in ("of", "with", "against", "on", "between") and c.i not in exclude:
                toks = phrase_tokens(c, exclude)
                if len(toks) > 1:
                    return toks
        return []
    for c in pred.children:  # "met with the mayor", "travels to Oslo"
        if c.dep_ == "prep" and c.i not in exclude and not any(x.i in exclude for x in c.subtree):
            toks = phrase_tokens(c, exclude)
            if len(toks) > 1:
                return toks
    return []


def named_actors(pred: Token, summary_toks: list[Token], exclude: set[int]) -> list[str]:
    """Names of people, groups and places in the headline or the subject, in document order, without
    "the" or a possessive "'s"."""
    idx = {t.i for t in summary_toks}
    subj = subject_token(pred)
    if subj is not None:
        idx.update(t.i for t in subj.subtree)
    out: list[str] = []
    for ent in pred.doc.ents:
        if ent.label_ not in ACTOR_LABELS:
            continue
        if any(t.i in idx for t in ent) and not any(t.i in exclude for t in ent):
            name = ent.text.strip()
            for pre in ("the ", "The "):
                if name.startswith(pre):
                    name = name[len(pre):]
            if name.endswith("'s") or name.endswith("’s"):
                name = name[:-2]
            if name and name not in out:
                out.append(name)
    return out

