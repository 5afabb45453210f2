"""What a token is in the parse, shared by attachment, phrases and the headline."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc, Token

from ..temporal.morph import has_to, without_prefix
from ..temporal.partial import Direction
from ..temporal.tense import read_tense
from .timex_tokens import dated_timex_tokens, typed_timex_tokens
from .lexicon import ADVERBIAL_MARKS, CLAUSE_OPENING_MARKS, RECEIVER_INFINITIVE_NOUNS, VOTE_SIDE_NOUNS
from .lexicon import DUE_TO_MISREAD_VERBS, NEGATED_ONE_DETERMINERS, NEGATIVE_SUBJECTS, RAISING_PREDICATES, SCHEDULING_VERBS, TIME_UNITS
from .lexicon import (ASPECTUAL_VERBS, CHANGE_VERBS, EVENT_COURSE_VERBS, GROUP_NOUNS, OBJECT_RAISING_VERBS, PERSON_NOUNS,
                      RELATIVE_PRONOUNS, THING_VERBS, _words)
from .lexicon import (ACTOR_LABELS, FRACTION_DETERMINERS, TERM_NOUNS, TERM_VERBS, CONTENT_INFINITIVE_NOUNS, CURRENCY_HOMOGRAPHS, EVENT_NOUN_SUFFIXES, EVENT_NOUNS,
                      MOVEMENT_ADVERBS,
                      NON_EVENT_NOUNS, RECORD_WORDS, REPORTING_VERBS, RESCHEDULING_VERBS,
                      SUBJECT_CONTROL_VERBS)

# Dependents that are their own clause or aside: they are not part of a headline for their head.
CLAUSE_DEPS = frozenset({"advcl", "relcl", "acl", "parataxis", "appos", "csubj", "mark", "discourse", "intj",
                         "meta", "dep", "preconj"})
SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj", "csubjpass", "expl")
OBJECT_DEPS = ("dobj", "obj", "attr", "oprd", "dative", "acomp")


def is_predicate(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") and not _currency(tok) and not _plural_noun_read_as_verb(tok) \
        or _verb_read_as_root_noun(tok) or _infinitive_read_as_noun(tok) or _conjunct_verb_read_as_other(tok)


def _conjunct_verb_read_as_other(tok: Token) -> bool:
    """'The museum will open in April and close in October', parsed with "close" as an adverb joined to "open": a
    plain word right after "and"/"or" joined to a bare verb (under "will", "to"), each with its own time phrase,
    is that verb's second verb sharing its auxiliary. Not a function word or an adverb of degree or order ("will
    rise in May and again in June", "and possibly in June", "and later in June")."""
    if tok.dep_ != "conj" or tok.pos_ not in ("ADV", "ADJ", "NOUN") or tok.tag_ in ("RBR", "RBS", "JJR", "JJS") \
            or not tok.is_lower or not tok.is_alpha or tok.is_stop or tok.lower_.endswith("ly") or tok.i < 2:
        return False
    head = tok.head
    if head.tag_ != "VB" or head.pos_ != "VERB" or head.i >= tok.i or tok.doc[tok.i - 1].dep_ != "cc" \
            or any(c.dep_ in ("dobj", "det", "nsubj", "poss") for c in tok.children):
        return False

    def own_time(t: Token, after: int) -> bool:
        return any(c.dep_ == "prep" and c.i > after and any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME")
                                                          for g in c.children) for c in t.children)
    return own_time(tok, tok.i) and own_time(head, head.i)


def _plural_noun_read_as_verb(tok: Token) -> bool:
    """'will rise to No. 5 in the world rankings on Monday', parsed with "rankings" as a verb on "the world": a
    present "-s" form with no subject right after a singular noun that opens with its own determiner is the
    plural noun of that phrase, not a clause of its own (a finite verb has its subject)."""
    if tok.tag_ != "VBZ" or not tok.lower_.endswith("s") or tok.i == 0 or tok.dep_ == "ROOT" \
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in tok.children):
        return False
    prev = tok.doc[tok.i - 1]
    return prev.tag_ == "NN" and prev.dep_ in ("pobj", "compound", "dobj") and any(
        c.dep_ == "det" and c.i < prev.i for c in prev.children) and not prev.ent_type_


def _infinitive_read_as_noun(tok: Token) -> bool:
    """'The tour was due to end in Lisbon on Nov. 2': a word right after an infinitive "to" that the parser marks as
    that word's auxiliary is a verb, whatever part of speech it gave the word ("end", "record", "return")."""
    return tok.pos_ == "NOUN" and tok.i > 0 and any(
        c.dep_ == "aux" and c.tag_ == "TO" and c.i == tok.i - 1 for c in tok.children)


def _verb_read_as_root_noun(tok: Token) -> bool:
    """'The 39-year-old set the world record in 2022': the sentence's root taken for a noun yet with a direct
    object of its own is the sentence's lost verb (no noun takes a direct object); so is one with a subject before
    it ("The 36-inch pipe split at 4:40 a.m. on Wednesday")."""
    return tok.dep_ == "ROOT" and tok.pos_ == "NOUN" and any(
        c.dep_ == "dobj" or c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i for c in tok.children)


# what may stand before an amount's currency name ("2.4 trillion won", "500 million won")
_MAGNITUDES = frozenset({"hundred", "thousand", "million", "billion", "trillion", "mln", "bln", "bn", "tn"})


def _currency(tok: Token) -> bool:
    """"2.4 trillion won": a currency name the parser took for a verb (``currency_homographs``)."""
    if tok.lower_ not in CURRENCY_HOMOGRAPHS or tok.i == 0:
        return False
    prev = tok.doc[tok.i - 1]
    if prev.lower_ in _MAGNITUDES:
        return True
    # "500 won ($0.40)"; not "first won the title" (an ordinal) nor "who in 1966 won the cup" (an object follows)
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return prev.tag_ == "CD" and prev.ent_type_ not in ("ORDINAL", "DATE") \
        and (nxt is None or nxt.is_punct or nxt.pos_ == "ADP")


# inflections a verb lemma may carry, for a lemmatizer that missed it ("staged" → "stag")
_INFLECTIONS = ("s", "es", "d", "ed", "ing")


def lemma_in(tok: Token, words) -> bool:
    """Whether ``tok`` is one of the verbs ``words``: by its lemma, or by its form when the lemmatizer
    stumbled ("staged" lemmatized "stag", "held" as itself), or past a verb prefix kept on the word
    ("re-scheduled" is "schedule")."""
    return word_of(tok, words) is not None


def word_of(tok: Token, words) -> str | None:
    """The entry of ``words`` (a set, or a table's keys) that ``tok`` is, found as :func:`lemma_in` finds it
    ("hopes", lemmatized "hop", is "hope"), or None."""
    for w in (tok.lemma_.lower(), tok.lower_):
        if w in words:
            return w
    low = tok.lower_
    bare = without_prefix(low)
    if bare != low:
        for w in (bare, without_prefix(tok.lemma_.lower())):
            if w in words:
                return w
        low = bare
    for suf in _INFLECTIONS:
        if low.endswith(suf):
            stem = low[: -len(suf)]
            for w in (stem, stem + "e"):
                if w in words:
                    return w
    return None


def is_event_nominal(tok: Token) -> bool:
    """A noun that names an event ("invasion", "talks", "elections"), not a thing, place, group or name."""
    if not (tok.pos_ in ("NOUN", "PROPN") or _adjective_read_for_noun(tok)) or tok.ent_type_ in ACTOR_LABELS:
        return False
    if tok.ent_type_ in ("DATE", "TIME") and tok.is_title:
        return False  # a month in a date ("in March 2023 and another 150 in January") is no "march"
    lemma = tok.lemma_.lower()
    low = tok.lower_
    if low in NON_EVENT_NOUNS or lemma in NON_EVENT_NOUNS:
        return False
    if lemma in EVENT_NOUNS or low in EVENT_NOUNS:
        return True
    # the lemma too: a plural ("demonstrations", "settlements") ends in "s", not in its suffix
    return tok.pos_ == "NOUN" and any(len(w) > 5 and w.endswith(EVENT_NOUN_SUFFIXES) for w in (low, lemma))


# the dependencies of a noun phrase's head, as subject, object or a preposition's object
_NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr"})


def _adjective_read_for_noun(tok: Token) -> bool:
    """'Saturday's final drew a record crowd', 'missed the 2022 final': a word of the event vocabulary
    (``event_nouns``) the tagger took for an adjective, heading a noun phrase (a subject or object) that a time owns
    or premodifies, is that noun. (With any determiner, the rule failed a held-out floor: only a time's own noun.)"""
    if tok.pos_ != "ADJ" or tok.dep_ not in _NOMINAL_DEPS or not (tok.lower_ in EVENT_NOUNS or tok.lemma_.lower() in EVENT_NOUNS):
        return False
    times = dated_timex_tokens(tok.doc)
    return any(c.dep_ in ("poss", "nummod", "compound") and c.i < tok.i and (c.ent_type_ in ("DATE", "TIME") or c.i in times)
               for c in tok.children)


# where a finite verb heads a clause of its own (not a word the parser hung inside a noun phrase)
_CLAUSE_HEAD_DEPS = frozenset({"ROOT", "ccomp", "conj", "advcl", "relcl", "parataxis"})


def _name_after_subject_noun(subj: Token) -> Token:
    """'The developer Crestline Homes said', parsed as two subjects: a name right after a common-noun subject,
    both on the same verb, is who the noun is ("The developer" alone loses the name); not a name ending a
    phrase after the noun ("A landscape by the painter Aert van der Hoek sold": the landscape sold)."""
    if subj.pos_ != "NOUN" or subj.dep_ != "nsubj" or subj.right_edge.i != subj.i:
        return subj
    for c in subj.head.children:
        if c.dep_ == "nsubj" and c.i > subj.i and c.pos_ == "PROPN" and c.left_edge.i == subj.right_edge.i + 1:
            return c
    return subj


def misread_verb(noun: Token) -> Token | None:
    """'introduced timed tickets in 2019 and capped daily visits at 30,000 in 2022': the past verb opening a
    conjunct, which the parser took for an adjective on its object noun (joined to the first verb), or None."""
    first = noun.left_edge
    if noun.pos_ != "NOUN" or noun.dep_ != "conj" or first.tag_ not in ("VBD", "VBN") or first.dep_ != "amod" \
            or first.head.i != noun.i or first.i == 0 or noun.doc[first.i - 1].dep_ != "cc" \
            or any(c.dep_ == "det" for c in noun.children):
        return None
    return first


def attribution_subject(subjects: list[Token]) -> Token:
    """"An avalanche swept across a ski run on Sunday, burying five skiers, police said on Monday", parsed with
    both "avalanche" and "police" as subjects of "said": the one the verb's clause opens with, after the comma
    that ends the reported clause, is who said it. Not a noun right after the first one's comma: "Velo Bikes, the
    cycle firm started in 2001" is an apposition read as a second subject."""
    last = subjects[-1]
    if len(subjects) > 1 and subjects[0].lower_ in RELATIVE_PRONOUNS and subjects[0].i < last.i \
            and last.lower_ not in RELATIVE_PRONOUNS and last.pos_ in ("NOUN", "PROPN", "PRON") \
            and not any(c.dep_ == "dobj" for c in last.head.children):
        # "a warehouse, which investigators said the group had rented": a relative pronoun the parser gave the
        # verb as a second subject, beside a noun of its own, is the verb's missing object, left in front by the
        # relative (not where the verb has its object: "The rally, which police estimated drew 10,000 people")
        return last
    if len(subjects) > 1 and last.left_edge.i > 0 and last.doc[last.left_edge.i - 1].text == "," \
            and not _apposition_read_as_subject(subjects[-2], last) \
            and last.i < last.head.i and not any(t.is_punct for t in last.doc[last.i + 1:last.head.i]):
        return last
    return subjects[0]


def _apposition_read_as_subject(first: Token, last: Token) -> bool:
    """"Velo Bikes, the cycle firm started in 2001": a noun right after the first subject's comma, the first having
    no clause of its own, renames it."""
    return first.right_edge.i + 2 == last.left_edge.i and not any(c.dep_ in ("acl", "relcl") for c in first.children)


def _subject_read_as_adverb(verb: Token) -> Token | None:
    """'The last wolf in the region was shot in the 1850s', parsed with "wolf" as an adverbial noun on the verb: a
    verb with no subject, whose sentence opens with such a noun (not a time's: "This year the firm ..."), has
    that noun for its subject."""
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ != "ROOT":
        return None
    for c in verb.children:
        # (with an article: "Every morning the ferry leaves at 7 a.m." opens on a time, not a subject)
        if c.dep_ == "npadvmod" and c.i < verb.i and c.left_edge.i == verb.sent.start and c.pos_ in ("NOUN", "PROPN") \
                and c.ent_type_ not in ("DATE", "TIME") and c.lower_ not in TIME_UNITS \
                and c.i not in dated_timex_tokens(c.doc) and c.i not in typed_timex_tokens(c.doc, "SET") \
                and any(d.dep_ == "det" and d.lower_ in ("the", "a", "an") for d in c.children):
            return c
    return None


def subject_token(pred: Token) -> Token | None:
    """Grammatical subject; for conjuncts, xcomps and relative clauses, the one they inherit."""
    seen = 0
    t = pred
    held = _subject_before_set_off_with(pred)
    if held is not None:
        return held
    while seen < 8:
        subjects = [c for c in t.children if c.dep_ in SUBJECT_DEPS and c.dep_ != "expl"]
        if subjects:
            return _name_after_subject_noun(attribution_subject(subjects))
        opening = _subject_read_as_adverb(t)
        if opening is not None:
            return opening
        if t.pos_ == "VERB" and t.tag_ in ("VBZ", "VBP", "VBD") and t.i > 0 and t.dep_ in _CLAUSE_HEAD_DEPS:
            # "The ferry leaves Thursday", parsed as a noun compound on the verb: the noun right before a finite
            # verb that has no subject is its subject
            before = t.doc[t.i - 1]
            if before.dep_ == "compound" and before.head.i == t.i and before.pos_ in ("NOUN", "PROPN"):
                return before
        for c in t.children:
            # "and she was re-elected", parsed with "she" under the auxiliary: the verb group's own subject
            if c.dep_ in ("aux", "auxpass") and c.i < t.i:
                own = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)
                if own is not None:
                    return own
        if t.dep_ == "xcomp" and t.head.i != t.i:
            # "expect prices to rise", "asked the court to delay": the verb's object does what the xcomp says
            # (or one the parser hung on the xcomp, before it: "which officials expect to open"); not a passive
            # participle: in "had two bids rejected" the bids did not reject; nor a length the verb takes ("took
            # two years to build": the subject built it, or it was built)
            obj = next((c for c in (*t.head.children, *t.children) if c.dep_ == "dobj" and c.i < t.i), None)
            if obj is not None and t.tag_ != "VBN" and t.head.lemma_.lower() not in SUBJECT_CONTROL_VERBS \
                    and obj.lower_ not in TIME_UNITS:
                return obj
            t = t.head
        elif t.dep_ == "advmod" and t.lower_ in MOVEMENT_ADVERBS and t.head.lemma_ == "be":
            t = t.head  # "the shares were up 2 pence": the shares moved
        elif t.pos_ == "NOUN" and due_to_misread_verb(t):
            # "The trial is due to finish on Friday", parsed as "due to [the] finish": the plan's verb is said of
            # the subject of the copula "due" completes, or of the noun it describes ("The new stadium, due to finish in
            # 2028,")
            due = t.doc[t.i - 2]
            if due.dep_ == "amod" and due.head.pos_ in ("NOUN", "PROPN"):
                return due.head
            t = due.head if due.dep_ == "acomp" else due
        elif t.dep_ == "conj" and (lost := _subject_read_as_conjunct(t)) is not None:
            return lost
        elif t.dep_ in ("conj", "acomp") and t.head.i != t.i:  # "will stay closed": the office
            t = governor_of_misread_conjunct(t) or _past_inserted_reporter(t) or t.head
        elif t.dep_ == "amod" and getattr(misread_verb(t.head), "i", -1) == t.i:
            t = t.head.head  # a conjunct's verb read as an adjective: the subject of the verb it is joined to
        elif t.dep_ == "amod" and t.i > t.head.i and t.head.pos_ in ("NOUN", "PROPN"):
            # "inventory data due on Wednesday", "with work due to begin in 2028": the noun the adjective after
            # it is said of
            return t.head
        elif t.dep_ == "advcl" and t is not pred and t.tag_ == "VB" and is_predicate(t.head) \
                and has_to(t) \
                and not any(c.dep_ == "mark" for c in t.children):
            # "had borrowed in 2022 to expand herds and would struggle to meet repayments": a verb joined to a
            # purpose infinitive shares the subject of the verb the infinitive is for
            t = t.head
        elif t.dep_ in ("advcl", "ccomp") and t.tag_ in ("VBD", "VBZ", "VBP") \
                and (lost := _subject_read_as_object(t)) is not None:
            # "appealed for donors after its reserves of O-negative blood fell", parsed with the subordinator a
            # preposition and the clause's subject its object
            return lost
        elif t.dep_ == "advcl" and t.tag_ == "VBN" and t.i < t.head.i and t.i == t.sent.start \
                and not any(c.dep_ == "mark" for c in t.children):
            # "Born in Naples in 1932, Ferraro opened ...", "Founded in 1998, the firm grew": an opening
            # participle is said of the main clause's subject
            t = t.head
        elif t.dep_ in ("relcl", "acl") and t.head.i != t.i and _deadline_noun_infinitive(t):
            # "The buyer has until the end of the month to pay", with the infinitive hung on the deadline's noun:
            # the one given the time pays
            t = t.head.head.head
        elif t.dep_ in ("relcl", "acl") and t.head.i != t.i:
            head = t.head
            root = t.sent.root
            if t.dep_ == "acl" and t.tag_ in ("VBD", "VBN") and root.pos_ in ("NOUN", "PROPN") and root.i < head.i \
                    and any(c.dep_ == "ccomp" and c.i > t.i for c in t.children):
                # "A wine merchant accused of selling fakes to collectors admitted on Wednesday that he ...",
                # parsed with no verb at the root: the verb that says a clause is the sentence's own, said of the
                # noun the sentence opens with
                return root
            if t.dep_ == "acl" and lemma_in(head, CONTENT_INFINITIVE_NOUNS) \
                    and has_to(t):
                # "a proposal to extend the deal": the proposal extends nothing; but in "..., and the city orchestra
                # plans to stage the opera", a plural noun joined to a verb is the verb "plans", and the noun
                # compound before it its subject
                lost = head.doc[head.i - 1] if head.i > 0 else None
                if head.tag_ == "NNS" and head.dep_ == "conj" and head.head.pos_ in ("VERB", "AUX") \
                        and lost is not None and lost.dep_ == "compound" and lost.head.i == head.i \
                        and lost.pos_ in ("NOUN", "PROPN"):
                    return lost
                # "will give Orvane an option to buy the shares in 2029", "gave him a chance to play": the one
                # given the noun does what its infinitive says
                # (only a noun its receiver acts on, ``receiver_infinitive_nouns``: "sent shareholders an offer to
                # buy their shares" is the sender's offer)
                if head.dep_ != "dobj" or not lemma_in(head, RECEIVER_INFINITIVE_NOUNS):
                    return None
                return next((c for c in head.head.children
                             if c.dep_ == "dative" and c.pos_ in ("NOUN", "PROPN", "PRON")), None)
            if t.dep_ == "acl" and t.tag_ == "VBN" and t.left_edge.i > 0 and t.doc[t.left_edge.i - 1].text == ",":
                # "A ban on outdoor work during the hottest hours, imposed on July 20,": a participle set off by
                # commas describes the whole noun phrase before it, not its last noun
                # (not one set between two joined nouns: "The merger between Valley Gold, founded in 1948, and
                # Harlan Dairies" says when Valley Gold was founded)
                after = t.right_edge.i + 1
                joined = any(c.dep_ == "cc" and c.i > t.i for c in head.children) or after + 1 < len(t.doc) \
                    and t.doc[after].text == "," and t.doc[after + 1].dep_ == "cc"
                while not joined and head.dep_ == "pobj" and head.head.dep_ == "prep" \
                        and head.head.head.pos_ in ("NOUN", "PROPN"):
                    head = head.head.head
            return head
        else:
            return None
        seen += 1
    return None


def _subject_before_set_off_with(verb: Token) -> Token | None:
    """'The prince's previous relationship, with the singer Mara Quist, ended in 2007', parsed as "with [Quist ended
    in 2007]" on a noun at the root: a verb whose "with" phrase is set off by commas after the sentence's opening
    noun is that noun's, not the name's the phrase holds."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ != "with" or prep.dep_ != "prep" or prep.i == 0 or verb.i == 0:
        return None
    noun, doc = prep.head, verb.doc
    if noun.dep_ != "ROOT" or noun.pos_ not in ("NOUN", "PROPN") or noun.i > prep.i \
            or doc[prep.i - 1].text != "," or doc[verb.i - 1].text != ",":
        return None
    return noun


def _subject_read_as_object(verb: Token) -> Token | None:
    """The noun a subordinator read as a preposition took as its object, right before a finite ``verb`` it
    introduces (``adverbial_marks``): "after its reserves fell" is a clause, its subject "its reserves"."""
    return next((c for p in verb.head.children if p.dep_ == "prep" and p.lower_ in ADVERBIAL_MARKS and p.i < verb.i
                 for c in p.children if c.dep_ == "pobj" and c.right_edge.i == verb.i - 1
                 and c.pos_ in ("NOUN", "PROPN", "PRON")), None)


_NOUN_PHRASE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON", "PART"})


def _subject_read_as_conjunct(verb: Token) -> Token | None:
    """'The central bank agreed to lend it 400 million crowns and a larger rival, Nordmark Bank, said ...', parsed
    with "a larger rival" joined to the object before "and" and "said" joined to the first verb: a finite verb with
    no subject of its own, right after "and"/"but" and a noun phrase (with a name set off by commas after it), has
    that noun phrase for its subject, not the first verb's."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    doc = verb.doc
    end = verb.i  # the noun phrase ends right before the verb, or before a ", Name," after it
    if end > 0 and doc[end - 1].text == ",":
        k = end - 2
        while k > verb.head.i and doc[k].pos_ == "PROPN":
            k -= 1
        if not (0 < end - 2 - k <= 5 and doc[k].text == ","):
            return None
        end = k
    k = end - 1
    while k > verb.head.i and doc[k].pos_ in _NOUN_PHRASE_POS and doc[k].text != "," and end - k <= 6:
        k -= 1
    if k >= end - 1 or doc[k].dep_ != "cc" or doc[k].lower_ not in ("and", "but"):
        return None
    noun = doc[end - 1]
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ in SUBJECT_DEPS or noun.head.i == verb.i:
        return None
    return noun


def due_to_misread_verb(noun: Token) -> bool:
    """Whether ``noun`` is a bare word of ``due_to_misread_verbs`` right after "due to" (the plan's verb the parser
    took for a noun); link.py asks it too, for the plan's mood."""
    if noun.lower_ not in DUE_TO_MISREAD_VERBS or noun.i < 2 or noun.doc[noun.i - 1].lower_ != "to":
        return False
    # (the parser hangs the noun on "to", on "due", or as a clause on the copula: "a trial that was due to finish")
    due = noun.doc[noun.i - 2]
    return due.lemma_.lower() == "due" and noun.head.i in (due.i, due.i + 1, due.head.i) \
        and not any(c.dep_ in ("det", "poss", "nummod", "amod", "compound") for c in noun.children) \
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)  # "due to return of tariffs": a cause


def _deadline_noun_infinitive(t: Token) -> bool:
    """Whether ``t`` is a "to" infinitive the parser hung on the noun of an "until" phrase of a verb ("has until the
    end of the month to pay")."""
    head = t.head
    return t.tag_ == "VB" and has_to(t) \
        and head.dep_ == "pobj" and head.head.lower_ in ("until", "till") and head.head.head.pos_ in ("VERB", "AUX")


def governor_of_misread_conjunct(conj: Token) -> Token | None:
    """The verb a finite past verb is really joined to when the parser hung it on an infinitive complement ("The
    board asked the mayor to resign and called a vote": "called" joined to "resign"; "Police urged residents to
    stay indoors and closed the bridge"): a bare infinitive and a past form are no pair, so the past verb is the
    governing verb's conjunct: its subject, its verb group, its headline. None for a true pair ("asked him to
    resign and leave", "wants to open a store and hire staff")."""
    head = conj.head
    if conj.dep_ != "conj" or conj.tag_ != "VBD" or head.dep_ != "xcomp" or head.tag_ != "VB" \
            or not has_to(head) \
            or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in conj.children):
        return None
    gov = head.head
    return gov if gov.i != head.i and gov.pos_ in ("VERB", "AUX") and gov.i < head.i else None


def _past_inserted_reporter(conj: Token) -> Token | None:
    """'The agency issued a warning on Monday, Reuters reported, and said it would ...': a verb joined to a
    reporting verb set in after a fronted reported clause shares that clause's subject, not the reporter's (the
    parser hangs the clause under the reporter and the second verb on it)."""
    head = conj.head
    if conj.dep_ != "conj" or not lemma_in(head, REPORTING_VERBS) or conj.i < head.i:
        return None
    return next((c for c in head.children if c.dep_ in ("ccomp", "parataxis") and c.i < head.i
                 and c.right_edge.i < head.i and is_predicate(c)), None)


def to_infinitive(verb: Token) -> Token | None:
    """The "to" infinitive ``verb`` takes after it as its complement ("had to be rescued", "expect it to report"),
    or None."""
    return next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.i > verb.i and is_predicate(c)
                 and any(g.dep_ == "aux" and g.lower_ == "to" and g.i < c.i for g in c.children)), None)


def raised_infinitive(verb: Token) -> Token | None:
    """'when the new rules are due to take effect', 'two days before the plant was set to close': the infinitive a
    copula's adjective of timing or likelihood (``raising_predicates``: due, likely, set) raises is the event the
    clause names, not "be" (the row's modality then reads "due to"); so does a passive scheduling verb's ("set to",
    "scheduled to"); None for any other verb."""
    if verb.tag_ == "VBN" and lemma_in(verb, SCHEDULING_VERBS) and verb.lemma_.lower() in RAISING_PREDICATES \
            and any(c.dep_ == "auxpass" for c in verb.children):
        return to_infinitive(verb)  # "when a freeze is set to expire", "was scheduled to open"
    if verb.lemma_ != "be":
        return None
    adj = next((c for c in verb.children if c.dep_ == "acomp" and c.lemma_.lower() in RAISING_PREDICATES), None)
    return to_infinitive(adj) if adj is not None else None


def phrasal_lemma(verb: Token) -> str | None:
    """'put off' for "put the vote off", "called off": the verb's lemma and its particle as a word list writes a
    phrasal verb; None when it has no particle."""
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    return f"{verb.lemma_.lower()} {particle}" if particle is not None else None


def lemma_or_phrasal_in(verb: Token, words) -> bool:
    """Whether ``verb``'s lemma, or it with its particle ("put off"), is one of ``words``."""
    return verb.lemma_.lower() in words or phrasal_lemma(verb) in words


def moves_event(verb: Token) -> bool:
    """Whether ``verb`` moves an event to a new time (``rescheduling_verbs``: "postponed", "put off")."""
    return lemma_or_phrasal_in(verb, RESCHEDULING_VERBS)


def past_dateline(subj: Token | None, skip: set[int] | frozenset[int]) -> Token | None:
    """The subject the parser meant when it took a dateline word (``skip``) for one: a sibling subject outside
    the dateline ("NAIROBI, Sept. 5 — Kenya's central bank raised"), else the apposition it hung on the
    dateline's place ("LONDON (AP) — Britain's biggest housebuilder, Carrow Homes, said"); ``subj`` itself
    when it is no dateline word, None when nothing else is there."""
    if subj is None or subj.i not in skip:
        return subj
    sibling = next((c for c in subj.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i not in skip), None)
    if sibling is not None:
        return sibling
    return next((c for c in subj.children if c.dep_ == "appos" and c.i not in skip
                 and c.pos_ in ("NOUN", "PROPN")), None)


def _bound_of_amount(t: Token) -> bool:
    """'at least 30 vehicles', 'at most five': a bound on an amount, not a superlative of a record. Also an
    ordinal that is a fraction ("have fallen by a fifth since 2023", "one third"): after "a"/"one"
    (``fraction_determiners``) and heading its own phrase, it measures a change, it ranks nothing."""
    if t.lower_ in ("least", "most") and t.i > 0 and t.doc[t.i - 1].lower_ == "at":
        return True
    return (t.ent_type_ == "ORDINAL" or t.lower_ in RECORD_WORDS and t.lower_ != "record") \
        and t.dep_ in ("pobj", "npadvmod", "dobj", "advmod") \
        and any(c.dep_ in ("det", "nummod") and c.lower_ in FRACTION_DETERMINERS and c.i == t.i - 1 for c in t.children)


def present_verb_group(verb: Token) -> bool:
    """Whether the verb group of ``verb`` (it and its auxiliaries) is in the present: its finite words are all
    VBZ/VBP, with no perfect "have" ("is considering", "does not follow", "stays", "is closed"; not "has
    closed", "will close", "was closed")."""
    group = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    finite = [g for g in group if g.tag_ in ("VBZ", "VBP", "VBD", "MD")]
    return bool(finite) and all(g.tag_ in ("VBZ", "VBP") for g in finite) \
        and not any(g.lemma_ == "have" and g.dep_ == "aux" for g in group)


def document_pub_date(doc: Doc) -> dt.date | None:
    """The publication date the tagger resolved the document's times against (a ``dct:`` anchor), or None."""
    for t in (doc._.timexes if Doc.has_extension("timexes") else None) or []:
        anchor = getattr(t, "anchor", None) or ""
        if anchor.startswith("dct:"):
            try:
                return dt.date.fromisoformat(anchor[4:14])
            except ValueError:
                return None
    return None


# how far back from "since" a superlative may stand: "its lowest (one-day) level since", "the first time since"
RECORD_REACH = 4


def record_in_span(in_tok: Token, span, pub_date: dt.date | None = None) -> bool:
    """Whether "in" and the span after it close a record comparison ("one of the coldest in years", "the
    first rise in three years"): a superlative or record word right before "in", and no explicit future ("will
    open its first store in three weeks" is when it opens). ``pub_date`` (else the one the document's times were
    resolved against) lets the tense reader order a sequel clause's weekday as the temporal stage does."""
    if not record_comparison(in_tok, place=True, place_of=False):
        return False  # (one place phrase may stand between: "the first at the hospitals in four years")
    tense = read_tense(span, pub_date if pub_date is not None else document_pub_date(span.doc))
    return not (tense.direction == Direction.FUTURE and tense.direct)


# degree words that, in a negated clause, make an adjective a record ("not been this high", "never so cold")
DEGREE_WORDS = frozenset({"this", "that", "so"})


def record_comparison(since: Token, words: frozenset[str] = RECORD_WORDS, place: bool = True,
                      place_of: bool = True) -> bool:
    """Whether ``since`` ends a record comparison ("the lowest level since 2009", "the highest since 1982",
    "the first time since 2015"): a superlative or a record word (``record_words``) in the noun phrase just
    before it. A verb, a preposition or punctuation in between ends the search: "has been the largest
    employer in the town since 1950" is a state since 1950. ``place``: one place phrase may stand between
    outside a perfect ("the costliest storm in Colorado since 2017"); not for "in" or "of" before a span, where
    the phrase would be the thing ranked ("the first of its stores in three weeks" is no record). ``words``:
    the record words that count besides superlatives. ``place_of``: whether that phrase may be an "of" phrase
    (not before "in" and a span: "the first of its stores in three weeks" is no record)."""
    doc = since.doc
    if _ranked_infinitive(since.head, words):
        return True
    ranked = since.head.head if since.head.dep_ == "relcl" and since.head.pos_ in ("VERB", "AUX") else None
    if ranked is not None and (ranked.tag_ in ("JJS", "RBS") or any(c.tag_ in ("JJS", "RBS") for c in ranked.children)):
        return True  # "the deal was the best her members had seen since 2015": the superlative the clause ranks
    if since.i >= 2 and doc[since.i - 2].lower_ == "like" and doc[since.i - 1].lower_ in ("this", "that", "it") \
            and any(c.dep_ == "neg" for c in since.head.children):
        return True  # "We have not seen flooding like this since 1953": nothing like it was seen since
    ranked = since.head
    if ranked.pos_ in ("NOUN", "PROPN", "ADJ") and not _in_perfect(since) and any(
            (t.tag_ in ("JJS", "RBS") or t.lower_ in words) and not _bound_of_amount(t)
            and (t.lower_ == "first" or t.ent_type_ != "ORDINAL")
            for t in (ranked, *(c for c in ranked.children if c.dep_ == "amod" and c.i < ranked.i))):
        # "the first gold for a Kenyan woman in the event since 1996": "since" on the ranked noun itself, past
        # any number of phrases on it (not a count, "its fourth recall since 2022")
        return True
    places = 0  # "the costliest storm in Colorado since 2017": one place phrase, outside a perfect
    lo = max(since.sent.start, since.i - 1 - RECORD_REACH - RECORD_PLACE_REACH)
    i = since.i - 1
    while i >= lo:
        t = doc[i]
        if t.tag_ not in ("JJS", "RBS") and t.lower_ in words and t.lower_ != "first" and t.ent_type_ == "ORDINAL" \
                and t.dep_ == "amod" and t.head.i == since.head.i and is_event_nominal(t.head):
            return False  # "It is the carmaker's fourth recall since 2021": a count of events in the span, no record
        if t.lower_ in words and t.dep_ in ("pobj", "dobj", "nsubj", "npadvmod") \
                and any(c.lower_ in ("a", "an", "one") for c in t.children):
            return False  # "have cut output by about a third since January": a fraction (an amount), no rank
        if (t.tag_ in ("JJS", "RBS") or t.lower_ in words) and not _bound_of_amount(t):
            return True
        if t.pos_ in ("ADJ", "ADV") and i > 0 and doc[i - 1].lower_ in DEGREE_WORDS \
                and any(c.dep_ == "neg" for c in doc[i - 1].head.head.children):
            return True  # "Prices have not been this high since 2014": a level not reached since
        if place and t.pos_ == "ADP" and t.dep_ == "prep" and not places and since.i - i <= RECORD_PLACE_REACH + 1 \
                and (place_of or t.lower_ != "of") and (t.head.pos_ in ("NOUN", "PROPN", "ADJ") or _describes_noun(t.head)) \
                and not _in_perfect(since):
            places += 1
            i -= 1
            continue
        if _describes_noun(t) and t.i + 1 < since.i:
            i -= 1  # "the most complete bathhouse found in the city since the 1930s": a participle on the ranked noun
            continue
        if t.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM", "ADV", "DET") and t.tag_ not in ("HYPH", "PRP$", "POS"):
            return False  # (a possessive is a determiner: "its first annual loss in its chip business since 2008",
            # "the fastest women's time in the city since 2011")
        i -= 1
    return False


def _describes_noun(t: Token) -> bool:
    """A past participle after a noun that it describes (a reduced relative: "the bathhouse found in the city")."""
    return t.tag_ == "VBN" and t.dep_ == "acl" and t.head.pos_ in ("NOUN", "PROPN") and t.head.i < t.i


def _ranked_infinitive(verb: Token, words: frozenset[str]) -> bool:
    """'the strongest to hit the region since 2015', 'the first woman to win the title since 1990': an infinitive
    that describes a superlative or a record word (or a noun it modifies) ranks its doer; "since" on it is a
    record comparison as after "the strongest quake since 2015"."""
    if verb.tag_ != "VB" or verb.dep_ not in ("relcl", "acl") or not any(
            c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        return False
    ranked = verb.head
    return any((t.tag_ in ("JJS", "RBS") or t.lower_ in words) and not _bound_of_amount(t)
               for t in (ranked, *(c for c in ranked.children if c.dep_ in ("amod", "advmod") and c.i < ranked.i)))


# words a place phrase between a superlative's noun and "since" may take ("in Colorado", "in the state")
RECORD_PLACE_REACH = 4


def _in_perfect(t: Token) -> bool:
    """Whether the clause ``t`` stands in is in the perfect ("has been the largest employer ... since 1950":
    a state since then, not a record comparison)."""
    verb = t.head
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        if verb.dep_ == "appos" or verb.pos_ in ("NOUN", "PROPN") and verb.left_edge.i > 0 \
                and verb.doc[verb.left_edge.i - 1].text == ",":
            # "..., the first dissent by a governor since 2005": a noun phrase set off after the clause (however
            # the parser hung it) names the record on its own
            return False
        verb = verb.head
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children) or verb.lemma_ == "have" and verb.dep_ == "aux"


def bounded_term(lead: Token) -> Token | None:
    """The term an "until"/"through" phrase bounds ("signed a contract until June 2029", "a lease through 2030"):
    a noun of a term (``term_nouns``) that the phrase or its verb's object is; None otherwise. The date ends the
    term, not the act that began it."""
    if lead.dep_ != "prep":
        return None
    head = lead.head
    if head.pos_ == "NOUN" and lemma_in(head, TERM_NOUNS):
        return head
    if head.pos_ in ("VERB", "AUX") and lemma_in(head, TERM_VERBS):
        return next((c for c in head.children if c.dep_ == "dobj" and c.i < lead.i and lemma_in(c, TERM_NOUNS)), None)
    return None


# verbs a thing does by itself: an infinitive of one after "expect"/"want" is said of the noun ("a plant, which
# officials expect to open"); the linker's subject and the headline read it alike
_THING_DONE_VERBS = THING_VERBS | CHANGE_VERBS | ASPECTUAL_VERBS | EVENT_COURSE_VERBS | _words("self_done_verbs")
# who may do what a verb or an event noun says: people, groups and the bodies that act ("the court", "the union")
AGENT_NOUNS = PERSON_NOUNS | GROUP_NOUNS


def may_act(t: Token) -> bool:
    """A noun phrase that can do what a verb says: a pronoun, a name, a person, people or a body."""
    return t.pos_ in ("PRON", "PROPN") or t.ent_type_ in ACTOR_LABELS or lemma_in(t, AGENT_NOUNS)


def relative_object_of_infinitive(pred: Token) -> Token | None:
    """'40 new buses, which it expects to receive by December', 'masks, which it hoped to deliver by March': a
    relative word before the subject of the verb an infinitive hangs on, the infinitive with no object of its own, is
    that infinitive's object; its subject is the verb's subject (the city receives the buses). Kept as the doer
    after a verb whose object does what its infinitive says (``object_raising_verbs``), when the infinitive is one a
    thing does by itself ("a plant, which officials expect to open in 2026") or the noun may act ("the contractor,
    which officials expect to finish the road")."""
    verb = pred.head
    if pred.dep_ != "xcomp" or pred.tag_ != "VB" or verb.i == pred.i or verb.dep_ != "relcl" \
            or not has_to(pred) \
            or any(c.dep_ in ("dobj", "ccomp", "xcomp", "prt") and c.lower_ not in RELATIVE_PRONOUNS
                   for c in pred.children):
        return None
    rel = next((c for c in (*verb.children, *pred.children) if c.dep_ == "dobj" and c.lower_ in RELATIVE_PRONOUNS
                and c.i < verb.i), None)
    own = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if rel is None or own is None or own.i < rel.i:
        return None
    if lemma_in(verb, OBJECT_RAISING_VERBS) and (
            lemma_in(pred, _THING_DONE_VERBS) or may_act(verb.head)):
        return None
    return own


def negative_subject(subj: Token) -> bool:
    """'Nobody was hurt', 'None of the passengers was injured', 'No candidate won': a subject that says the event
    did not happen (``negative_subjects``, as a word or as its determiner). (Not a "neither" the parser left as a
    conjunction before the verb: "after neither won a majority in Sunday's first round" dates the round, which
    took place.)"""
    # (not a title or a name that starts with one: "No Country for Old Men won", "No Labels said")
    doc = subj.doc
    # ('"Nothing about the river has changed since 2013," she said': a word after an opening quote starts its
    # sentence, so its capital says nothing)
    opens = subj.is_sent_start or all(t.is_punct for t in doc[subj.sent.start:subj.i])
    if subj.pos_ == "PROPN" or subj.ent_type_ in ("WORK_OF_ART", "ORG", "PERSON") \
            or subj.is_title and not opens \
            or subj.i + 1 < len(doc) and doc[subj.i + 1].is_title and not doc[subj.i + 1].is_sent_start:
        return False
    return subj.lower_ in NEGATIVE_SUBJECTS and subj.dep_ in ("nsubj", "nsubjpass") \
        or subj.dep_ in ("nsubj", "nsubjpass") and any(c.dep_ in ("det", "preconj") and c.i < subj.i
                                                       and c.lower_ in NEGATIVE_SUBJECTS and not _named_side(c)
                                                       for c in subj.children) \
        or _not_one(subj)


def _named_side(det: Token) -> bool:
    """'the No side pulled ahead', 'the No campaign said': a capitalised "No" inside the sentence names a side of a
    vote, it denies nothing (a "No" that opens the sentence is the plain word: "No candidate won")."""
    doc = det.doc
    # a quote or colon inside the sentence opens a clause of its own ('told reporters: "No decision was taken"')
    opens = det.is_sent_start or all(t.is_punct for t in doc[det.sent.start:det.i]) \
        or doc[det.i - 1].text in CLAUSE_OPENING_MARKS
    # ("Referendum result: No camp won": a side's own noun names it after a colon too)
    side = det.i + 1 < len(doc) and doc[det.i + 1].lower_ in VOTE_SIDE_NOUNS and det.i > det.sent.start
    return det.text[:1].isupper() and (not opens or side)


def _not_one(subj: Token) -> bool:
    """'Not a single vote was cast', 'Not one passenger was hurt': a "not" before a subject counted as one
    (``negated_one_determiners``) says none did it; "Not all flights were cancelled" leaves some that were."""
    if subj.dep_ not in ("nsubj", "nsubjpass"):
        return False
    ones = [c for c in subj.children if c.i < subj.i and c.dep_ in ("det", "nummod")
            and c.lower_ in NEGATED_ONE_DETERMINERS] + ([subj] if subj.lower_ in NEGATED_ONE_DETERMINERS else [])
    # (the parser hangs the "not" on the noun or on its counting word: "Not one passenger")
    return any(g.dep_ == "neg" and g.lower_ == "not" and g.i < one.i for one in ones
               for g in (*one.children, *subj.children))


def participle_conjunct(verb: Token) -> bool:
    """'The track was relaid in 2012 and inspected last month', parsed with "inspected" a clause on the copula: a
    participle after "and" is the first one's conjunct, a headline of its own."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBN" and verb.i > verb.head.i and verb.i > 0 \
        and verb.doc[verb.i - 1].dep_ == "cc" and verb.doc[verb.i - 1].lower_ in ("and", "or", "but") \
        and not any(c.dep_ in ("mark", "nsubj", "nsubjpass", "expl") for c in verb.children)


NAME_MENTION_REACH = 1500  # tokens back to an earlier mention that shows a word is a name


def named_earlier(t: Token) -> bool:
    """Whether an earlier mention of the word ``t`` (within :data:`NAME_MENTION_REACH`) is tagged a name or a
    person's ("Graham Pike agreed ... Pike, who", with the second "Pike" read as an adverb)."""
    doc = t.doc
    return any(x.text == t.text and (x.pos_ == "PROPN" or x.ent_type_ == "PERSON")
               for x in doc[max(0, t.i - NAME_MENTION_REACH):t.i])


def set_off_relative_owner(rel: Token) -> Token:
    """The noun a relative clause set off by a comma is about when the parser hung it on the last noun of that noun's
    own phrase: "The launch of the satellite, which had been scheduled for Wednesday, ...", "The talks between the
    unions and management, which were set for Monday, ..." (the launch, the talks). The clause's own head when it
    is no such clause, or that head is the phrase's own noun."""
    up = rel.head
    if rel.dep_ != "relcl" or rel.left_edge.i == 0 or rel.doc[rel.left_edge.i - 1].text != ",":
        return up
    for _ in range(4):
        if up.dep_ == "conj":
            up = up.head
        elif up.dep_ == "pobj" and up.head.dep_ == "prep":
            up = up.head.head
        else:
            break
    return up


def through_clause(t: Token, top: Token, deps: frozenset[str] | tuple[str, ...]) -> bool:
    """Whether ``t`` hangs on ``top`` above it through a clause of its own (a token on the way, ``top`` left out,
    with one of the dependencies ``deps``: a complement, a relative clause, a clause on a noun ...)."""
    while t.i != top.i and t.head.i != t.i:
        if t.dep_ in deps:
            return True
        t = t.head
    return False


def misread_name(t: Token) -> bool:
    """A capitalised word the tagger read as another word class ("Pike" or "Vesely" as an adverb) that an earlier
    mention shows is a name (:func:`named_earlier`)."""
    return t.pos_ != "PROPN" and t.is_alpha and t.text[:1].isupper() and not t.is_upper \
        and t.ent_type_ not in ("DATE", "TIME") and named_earlier(t)
