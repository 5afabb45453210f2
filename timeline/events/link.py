"""The linker's entry points: a time expression (a Span or character offsets) → :class:`Event`."""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Doc, Span, Token

from .attach import INSIDE_NOUN_PHRASE, PAST_TIME_ON_PRESENT, PLANNED_PARTICIPLE, attach, due_to_misread_verb
from .coref import appositive_holding
from .coref import TIME_NOUNS
from .coref import (Referent, continues_noun_phrase, lost_main_verb_subject, opening_its_owner, participle_misparse, reported_by, reports, resolve, stand_in,
                    trailing_speaker)
from .event import Event
from ..temporal.morph import has_to
from .grammar import OBJECT_DEPS, SUBJECT_DEPS, is_event_nominal, is_predicate, lemma_in, negative_subject, past_dateline, phrasal_lemma, subject_token
from .lexicon import ATTRIBUTION_DOCUMENTS, EXPECTING_VERBS, OUTCOME_VERBS, REPORT_TAKING_VERBS, SUPERSEDED_PLAN_ADVERBS
from .lexicon import _words
from .lexicon import NAME_PARTICLES
from .lexicon import EXCLUDING_VERBS, LENGTH_VERBS, MODAL_AUX, OBJECT_FORM_PRONOUNS, RAISING_PREDICATES_AFTER_MODAL
from .lexicon import DEADLINE_GRANTING_VERBS, OUTSIDE_JUDGING_VERBS, POSTPONING_VERBS, PRESENCE_LIGHT_VERBS, PERIOD_NOUNS, QUANTITY_NOUNS, RELATING_VERBS, SETTING_PREPOSITIONS, TIME_UNITS
from .lexicon import SUBJECT_FOCUS_ADVERBS
from .lexicon import (ACTOR_LABELS, AUTHORING_VERBS, DEPLOYING_VERBS, GENDER_OF_WORD, GROUP_NOUNS, LIGHT_VERB_PREPOSITIONS, OF_SUBJECT_EVENT_NOUNS,
                      PERSON_NOUNS, INDEFINITE_LIGHT_VERBS, JUDGING_VERBS, LIGHT_VERBS, OBJECT_CONTROL_PREPOSITIONS,
                      RELATIVE_PRONOUNS, REPORTING_VERBS, SEQUENCE_ADJECTIVES)
from .lexicon import AGE_ADJECTIVES, CANCELLING_VERBS, PLANNED_OCCURRENCE_WORDS, GERUND_DOER_VERBS, HABITUAL_ADVERBS, OF_PATIENT_EVENT_NOUNS, NEGATIVE_SUBJECTS, SUBJECT_ADVERBS
from .lexicon import ABANDONING_VERBS, ADOPTING_VERBS, NOUN_LINKING_VERBS, SEQUENCE_PREPOSITIONS, SUBJECT_INFINITIVE_MODIFIERS
from .lexicon import CLAIM_NOUNS, DISMISSING_VERBS, HARMED_IN_VERBS, PERSON_PRONOUNS, PRONOUN_GENDERS, UNDERGONE_EVENT_NOUNS, UNDERGONE_EVENT_PREPOSITIONS
from .lexicon import CAPACITY_NOUNS, CONDITIONAL_MARKS, CONTENT_INFINITIVE_NOUNS, POSTNOMINAL_TIMING_ADJECTIVES, RESOURCE_LASTING_VERBS
from .lexicon import (DENYING_VERBS, INVERTED_CONDITIONALS, NEGATIONS, NEGATIVE_IMPLICATIVE_VERBS, PARTICIPLE_CLAUSE_MARKS,
                      PROVING_VERBS)
from .phrases import MISREAD_PHRASE_KEY, hyphenated_word, join_tokens, named_actors, object_tokens, phrase_tokens
from .grammar import AGENT_NOUNS, may_act, misread_name, participle_conjunct, relative_object_of_infinitive, set_off_relative_owner
from .lexicon import LEADING_SUBORDINATORS
from .summary import (DATELINE_KEY, REPORT_SHORT_FROM, happened_until, headline_anchor, headline_tokens, modality,
                      reported_complement, speaker_tokens, tidy)
from .timex_tokens import timex_token_indices

_ANY_LIGHT_VERB = LIGHT_VERBS | INDEFINITE_LIGHT_VERBS | PRESENCE_LIGHT_VERBS
_IMPOSING_PARTICIPLES = _words("imposing_participles")
_MEASURE_NOUNS = _words("imposed_measure_nouns")
# prepositions that are subordinators too, opening a clause the parser may read as their object's phrase
_CLAUSE_PREPOSITIONS = frozenset({"before", "after", "until", "once"})


def _hidden(root: Token, pred: Token, inside: set[int]) -> set[int]:
    """Token indices the phrases and the headline leave out: the whole time phrase, whose modifiers ("Right
    now") and preposition ("on Tuesday") read as noise without it, and the words left dangling around it."""
    time_phrase = {t.i for t in root.subtree}
    for c in root.children:
        # (an amount, distance or place the parser hung on the time is no part of it: "touched down on Jan. 20
        # about 55 meters from its target")
        if c.dep_ in ("appos", "npadvmod") and c.i > root.i and not _holds_time(c, inside):
            time_phrase -= {t.i for t in c.subtree}
    if pred.i in time_phrase:  # "in 1979 when the Soviet Union invaded": keep the clause on the time
        time_phrase -= {t.i for t in pred.subtree}
    hide = set(inside) | time_phrase
    # "for most of 2005": climb while a head has nothing else
    t = root
    for _ in range(4):
        h = t.head
        if h.i == t.i or h.i == pred.i or is_predicate(h) or not all(x.i in hide or x.i == h.i for x in h.subtree) \
                or h.dep_ in SUBJECT_DEPS or h.dep_ in OBJECT_DEPS:  # "Third-quarter sales dropped": keep "sales"
            break
        hide.add(h.i)
        t = h
    return hide


def _holds_time(head: Token, inside: set[int]) -> bool:
    """Whether the phrase of ``head`` holds a time: a word of the time expression, a word the entity tagger
    labels a date or time, or a time unit or period noun ("a month after the vote", "the day before")."""
    return any(t.i in inside or t.ent_type_ in ("DATE", "TIME") or t.lemma_.lower() in TIME_UNITS
               or t.lemma_.lower() in PERIOD_NOUNS for t in head.subtree)


def _gerund_subject(pred: Token) -> Token | None:
    """Who does what a gerund after a preposition names: the governing verb's named object after "as",
    "from", "against", "into" ("quoted the minister as saying" → the minister, "warned the supplier against selling"), else
    the governing verb's subject ("after meeting the unions, the minister dropped" → the minister). (The
    headline keeps the governing clause; only the subject column reads this.)"""
    prep = pred.head
    if pred.dep_ == "pcomp" and prep.dep_ == "prep" and prep.lower_ in ("for", "of") and prep.head.dep_ == "dobj" \
            and lemma_in(prep.head.head, JUDGING_VERBS) and (prep.head.pos_ == "PROPN" or _judged_common_noun(prep.head)):
        return prep.head  # "jailed a hospital porter for stealing drugs", the "for" phrase hung on the object
    if pred.dep_ != "pcomp" or prep.dep_ != "prep" or not is_predicate(prep.head):
        return None
    verb = prep.head
    if prep.lower_ == "of" and lemma_in(verb, JUDGING_VERBS):
        # "accused him of taking bribes", "convicted the treasurer of stealing": the judged did it (and in the
        # passive, "was accused of taking", the subject); not the accuser
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is None:
            return subject_token(verb) if any(c.dep_ == "auxpass" for c in verb.children) else None
        return obj if obj.pos_ in ("PROPN", "PRON") or obj.ent_type_ in ACTOR_LABELS or lemma_in(obj, GROUP_NOUNS) \
            or _judged_common_noun(obj) else None
    # ("sentenced Luc Girard to three years for embezzling funds": a judged object did what "for" names)
    if prep.lower_ in OBJECT_CONTROL_PREPOSITIONS or prep.lower_ == "for" and lemma_in(verb, JUDGING_VERBS):
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is not None and (obj.pos_ in ("PROPN", "PRON") or obj.ent_type_ in ACTOR_LABELS
                                or lemma_in(obj, GROUP_NOUNS)):
            return obj
        if obj is not None and prep.lower_ == "for" and _judged_common_noun(obj):
            return obj  # "sentenced a former treasurer to four years for embezzling": who was judged did it
        if prep.lower_ == "for":
            return None  # the judge did not do what it punishes: no doer rather than the wrong one
    subj = subject_token(verb)
    if subj is None and prep.lower_ in SEQUENCE_PREPOSITIONS and verb.dep_ == "advcl" and verb.tag_ in ("VBG", "VBN") \
            and is_predicate(verb.head) and not any(c.dep_ in ("mark", "nsubj", "nsubjpass", "expl")
                                                    for c in verb.children):
        # "flew to Mozambique, arriving in late October, before returning to Finland in May": a gerund after
        # "before"/"after" on a participle with no subject of its own is done by the main clause's subject
        subj = subject_token(verb.head)
    return subj


def _judged_common_noun(obj: Token) -> bool:
    """A judging verb's object that can have done what "for" names: a common noun that is no amount, time or
    measure ("fined $2 million for breaking the rules": the amount did nothing); people counted are people
    ("convicted three men of robbing")."""
    return obj.pos_ == "NOUN" and not obj.ent_type_ and (not _like_amount(obj) or lemma_in(obj, AGENT_NOUNS))


def _like_amount(t: Token) -> bool:
    """A number, or a noun counted by one ("500 euros", "three years")."""
    return t.like_num or t.lemma_.lower() in QUANTITY_NOUNS or any(c.dep_ == "nummod" for c in t.children)


def _by_agent(noun: Token) -> Token | None:
    """The doer an event noun names with "by" ("two rulings by the court last June", "an attack by rebels"),
    when it is a named actor, a group or a person ("by the court", "by the union"; not "a rise by 5%")."""
    verb = noun.head
    # the parser often hangs the "by" phrase right after an active verb's object on the verb
    hung = [c for c in verb.children if c.i == noun.right_edge.i + 1] if noun.dep_ == "dobj" else []
    for c in [*noun.children, *hung]:
        if c.dep_ == "prep" and c.lower_ == "by":
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None and (obj.pos_ == "PROPN" or obj.ent_type_ in ACTOR_LABELS or lemma_in(obj, AGENT_NOUNS)):
                return obj
    # "The takeover of Pemberly Mills by Arkon Textiles", with "by" hung on the "of" object: when that object is a
    # name, the "by" name after it is the doer (not after a thing, where "by" may name its maker: "the theft of a
    # painting by Monet")
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for g in c.children:
                by = next((x for x in g.children if x.dep_ == "prep" and x.lower_ == "by" and x.i > g.i), None) \
                    if g.dep_ == "pobj" and g.pos_ == "PROPN" else None
                obj = next((x for x in by.children if x.dep_ == "pobj"), None) if by is not None else None
                # (a plural name is a company's whatever the entity tagger says: "Arkon Textiles", "Vale Mills")
                if obj is not None and (obj.pos_ == "PROPN" or lemma_in(obj, AGENT_NOUNS)) \
                        and obj.ent_type_ not in ("DATE", "TIME") and (obj.ent_type_ != "PERSON" or obj.tag_ == "NNPS"):
                    return obj
    return None


def _of_doer(noun: Token) -> Token | None:
    """Who does what an event noun without an object names, given with "of" ("the resignation of her
    predecessor", ``of_subject_event_nouns``); a transitive noun's "of" phrase is what is done to."""
    lemma, low = noun.lemma_.lower(), noun.lower_
    doer = lemma in OF_SUBJECT_EVENT_NOUNS or low in OF_SUBJECT_EVENT_NOUNS
    if not doer and lemma not in OF_PATIENT_EVENT_NOUNS and low not in OF_PATIENT_EVENT_NOUNS:
        return None
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            of = next((g for g in c.children if g.dep_ == "pobj"), None)
            # (an amount is no doer: "a rise of 3 percent"; people counted are, "the arrest of two men")
            return None if of is None or of.like_num or of.lemma_.lower() in QUANTITY_NOUNS \
                or of.ent_type_ in ("PERCENT", "MONEY", "QUANTITY") else of
    if doer:
        return None
    # (the one it happens to, given after the noun's own time, which the parser hung on the verb: "followed the
    # conviction last year of Sam Bankman-Fried")
    doc, k = noun.doc, noun.right_edge.i + 1
    while k < len(doc) and doc[k].ent_type_ in ("DATE", "TIME"):
        k += 1
    if k == noun.right_edge.i + 1 or k >= len(doc) or doc[k].lower_ != "of" or doc[k].head.i != noun.head.i:
        return None
    return next((g for g in doc[k].children if g.dep_ == "pobj"), None)


def _after_light_preposition(noun: Token) -> bool:
    """Whether ``noun`` follows a verb and preposition that only say it happens ("went on strike",
    ``light_verb_prepositions``)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or not is_predicate(prep.head):
        return False
    return prep.lower_ in LIGHT_VERB_PREPOSITIONS.get(prep.head.lemma_.lower(), ())


def _classifying_possessor(poss: Token) -> bool:
    """'The last teachers' strike': a plural possessor with a bare apostrophe after a series adjective
    (``sequence_adjectives``) names a kind of event, its determiner and adjective the event noun's; who struck
    is not said, and "The last teachers" would be no one."""
    return poss.tag_ in ("NNS", "NNPS") and any(c.tag_ == "POS" and c.text == "'" for c in poss.children) \
        and any(c.dep_ == "amod" and c.i < poss.i and c.lower_ in SEQUENCE_ADJECTIVES for c in poss.children)


def _planner(pred: Token) -> Token | None:
    """Who is to do what an infinitive on a verb's object names: that verb's subject ("The firm announced a plan
    to close the plant next year" -> the firm, not "a plan"), when that verb makes its subject the author
    (``authoring_verbs``: not "rejected a proposal to extend")."""
    noun = pred.head
    owner = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ not in RELATIVE_PRONOUNS
                  and not _classifying_possessor(c)), None) if pred.dep_ == "acl" and pred.tag_ == "VB" else None
    if owner is None and pred.dep_ == "acl" and pred.tag_ == "VB":
        # "a decision by the council to shut the library", "the bid by rebels to seize the town": the noun's "by"
        # names its owner as a possessor would (not a time: "a plan by 2030 to ...")
        owner = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "by" and noun.i < c.i < pred.i
                      for g in c.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")
                      and g.ent_type_ not in ("DATE", "TIME")), None)
    if owner is not None and has_to(pred) \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in pred.children):
        # "Sweden's decision to join NATO in 2024", "the firm's plan to cut 500 jobs": the noun's owner is to do it
        # (unless a "for" names who: "the court's order for the city to pay": the city)
        doer = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "for" and noun.i < c.i < pred.i
                     for g in c.children if g.dep_ == "pobj"), None)
        return doer if doer is not None else owner
    if pred.dep_ != "acl" or pred.tag_ != "VB" or noun.dep_ != "dobj" or not is_predicate(noun.head) \
            or not any(lemma_in(noun.head, verbs) for verbs in (AUTHORING_VERBS, ADOPTING_VERBS, ABANDONING_VERBS)) \
            or not has_to(pred):
        return None
    author = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("by", "from") and c.i < pred.i
                   for g in c.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")), None)
    if (lemma_in(noun.head, ADOPTING_VERBS) or lemma_in(noun.head, ABANDONING_VERBS)) \
            and not lemma_in(noun.head, AUTHORING_VERBS):
        # "approved a plan by the utility to raise prices": whose plan it is does it, not who approves it
        return author if author is not None else subject_token(noun.head)
    return subject_token(noun.head)


def _inverted_subject(pred: Token) -> Token | None:
    """'Also arrested on Friday was the mayor's brother', 'Joining the protest on Saturday were hundreds of
    farmers': a fronted participle with "be" after it and no subject of its own is done by (or to) the noun after
    "be", which the parser hangs on "be" as its attribute or subject."""
    if pred.tag_ == "VBN" and pred.dep_ == "ROOT":
        be = next((c for c in pred.children if c.dep_ in ("aux", "auxpass") and c.i > pred.i and c.lemma_ == "be"),
                  None)
    elif pred.tag_ == "VBG" and pred.dep_ == "csubj" and pred.head.lemma_ == "be" and pred.head.i > pred.i:
        be = pred.head
    else:
        return None
    if be is None or any(c.dep_ in SUBJECT_DEPS for c in pred.children):
        return None
    return next((c for c in be.children if c.dep_ in ("attr", "nsubj", "nsubjpass") and c.i > be.i
                 and c.pos_ in ("NOUN", "PROPN", "PRON")), None)


def _set_off_second_object(pred: Token, verb: Token) -> bool:
    """'Protesters blamed the police for the shooting, a 2020 raid on a flat', parsed with "raid" a second object
    of "blamed": a noun set off by a comma after the verb's object and phrase describes something named there,
    and the verb's subject is not its doer."""
    first = pred.left_edge  # (the parser may hang the comma on the noun itself)
    if first.i == 0 or not (first.text == "," or pred.doc[first.i - 1].text == ","):
        return False
    if pred.dep_ in ("dobj", "conj") and pred.head.i == verb.i and pred.pos_ in ("NOUN", "PROPN") \
            and not any(c.dep_ == "cc" for c in verb.children):
        # (a noun conjunct of the verb itself, too: "claim responsibility for the bombing, a 1997 attack")
        return any(c.dep_ == "dobj" and c.i < pred.i for c in verb.children)
    # (or as a conjunct of the object with no "and" or "or" anywhere in the chain: an apposition, not a list)
    return pred.dep_ == "conj" and pred.head.dep_ == "dobj" and pred.head.head.i == verb.i \
        and not any(c.dep_ == "cc" for x in (pred, pred.head) for c in x.children)


def _through_taken_report(pred: Token, verb: Token) -> bool:
    """'The agency received 900 reports of hate crimes in 2019': an event noun inside the phrase of a report
    (``attribution_documents``) that the verb's subject takes in or answers (``report_taking_verbs``) is no deed
    of that subject."""
    if not lemma_in(verb, REPORT_TAKING_VERBS):
        return False
    t, hops = pred, 0
    while t.head.i != t.i and t.head.i != verb.i and hops < 6:
        t, hops = t.head, hops + 1
        if t.pos_ == "NOUN" and (t.lower_ in ATTRIBUTION_DOCUMENTS or lemma_in(t, ATTRIBUTION_DOCUMENTS)):
            return True
    return False


def _relative_object_taken_for_subject(pred: Token) -> Token | None:
    """'The leak that flooded it first appeared in 2019', parsed as a sentence with no verb: "leak" its root, "that
    flooded" its relative clause and "it first appeared" hung on that clause with "it" for subject. The pronoun
    right after the relative's verb (which has no object of its own) is that verb's object, and the verb left is
    the main one, whose subject is the noun the relative clause hangs on. None otherwise."""
    subj = next((c for c in pred.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.lower_ not in OBJECT_FORM_PRONOUNS or not is_predicate(pred):
        return None
    rel = pred.head if pred.dep_ == "ccomp" else next(
        (c for c in pred.head.children if c.dep_ == "relcl" and c.i == subj.i - 1), None) if pred.dep_ == "relcl" else None
    if rel is None or rel.dep_ != "relcl" or rel.i != subj.i - 1 or not is_predicate(rel) \
            or any(c.dep_ in ("dobj", "ccomp", "xcomp") and c.i != pred.i for c in rel.children) \
            or not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in RELATIVE_PRONOUNS for c in rel.children):
        return None
    noun = rel.head
    if noun.dep_ != "ROOT" or noun.pos_ not in ("NOUN", "PROPN") or pred.dep_ == "relcl" and pred.head.i != noun.i:
        return None
    return noun


def _plan_set_off_on_object(pred: Token) -> Token | None:
    """'postponed the flight, originally scheduled for Friday,', 'delayed the vote, initially planned for June,': a
    planning participle (``planned_occurrence_words``) set off by commas right after a verb's object, which the
    parser hung on the verb, gives the object's planned date: the object is what was planned; None otherwise."""
    verb = pred.head
    if pred.dep_ != "advcl" or pred.tag_ != "VBN" or verb.i > pred.i or not lemma_in(pred, PLANNED_OCCURRENCE_WORDS) \
            or any(c.dep_ in ("mark", "nsubj", "nsubjpass", "aux", "auxpass") for c in pred.children) \
            or pred.left_edge.i < 2 or pred.doc[pred.left_edge.i - 1].text != ",":
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")
                 and c.right_edge.i == pred.left_edge.i - 2), None)


def _measure_of_participle(pred: Token, subj: Token | None) -> Token | None:
    """'a curfew on night fishing imposed last Tuesday', 'a tax on diesel introduced in January': a participle of
    imposing a measure (``imposing_participles``) that the parser hung on the noun of a measure's "on"/"against"
    phrase (``imposed_measure_nouns``) is said of the measure; None otherwise ("a ban on cars built before 2005":
    the cars were built)."""
    if subj is None or pred.dep_ != "acl" or pred.tag_ != "VBN" or subj.i != pred.head.i \
            or not lemma_in(pred, _IMPOSING_PARTICIPLES) or subj.dep_ not in ("pobj", "conj"):
        return None
    y = subj
    while y.dep_ == "conj" and y.head.i != y.i:
        y = y.head
    if y.dep_ != "pobj" or y.head.lower_ not in ("on", "against") or lemma_in(y, _MEASURE_NOUNS):
        return None
    x = y.head.head
    return x if x.pos_ == "NOUN" and lemma_in(x, _MEASURE_NOUNS) else None


def _clause_read_as_phrase(pred: Token) -> Token | None:
    """'comes a day before tighter limits, adopted in 2023, come into force on Friday', 'days before new rules, agreed
    in 2022, take full effect on Thursday': a clause after "before"/"after"/"until"/"once" whose subject the parser
    read as the preposition's object, a participle set off by commas after it and the clause's verb (no subject of its
    own, a plain present) after that. Both the participle and the verb are said of that noun; None otherwise."""
    doc = pred.doc
    if pred.tag_ in ("VBN", "VBD") and pred.i >= 2 and doc[pred.i - 1].text == ",":
        # (the participle's phrase runs to the next comma: the parser may hang the verb after it on the participle)
        part = pred
        end = next((k - 1 for k in range(part.i + 1, min(part.i + 10, len(doc) - 1)) if doc[k].text == ","), None)
        verb = doc[end + 2] if end is not None else None
    elif pred.tag_ in ("VB", "VBP", "VBZ") and pred.i >= 4 and doc[pred.i - 1].text == ",":
        verb, end = pred, pred.i - 2
        part = next((doc[k] for k in range(end, max(end - 8, 1), -1)
                     if doc[k].tag_ in ("VBN", "VBD") and doc[k - 1].text == ","), None)
        if part is None or any(doc[k].text == "," for k in range(part.i + 1, end + 1)):
            return None
    else:
        return None
    if verb is None or verb.tag_ not in ("VB", "VBP", "VBZ") or verb.pos_ != "VERB" \
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "aux", "mark") for c in verb.children) \
            or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "mark") for c in part.children):
        return None
    noun = doc[part.i - 2]
    if noun.dep_ != "pobj" or noun.pos_ not in ("NOUN", "PROPN") or noun.head.lower_ not in _CLAUSE_PREPOSITIONS \
            or (verb.tag_ == "VBZ") != (noun.tag_ in ("NN", "NNP")):
        return None  # (a plain present agrees with its subject: "before the rule, agreed in 2022, takes effect")
    return noun


def _subject_before_time_subject(pred: Token) -> Token | None:
    """'closed in May, after an inspection the previous autumn found cracks': a clause after "after"/"before" whose
    subject the parser read as the preposition's object, and the time after it as the verb's subject: the noun is
    the subject; None otherwise."""
    own = next((c for c in pred.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if own is None or not (own.ent_type_ in ("DATE", "TIME") or own.i in time_token_indices(pred.doc)):
        return None
    return next((g for c in pred.children if c.dep_ == "prep" and c.lower_ in _CLAUSE_PREPOSITIONS and c.i < own.i
                 for g in c.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")
                 and g.right_edge.i == own.left_edge.i - 1 and g.ent_type_ not in ("DATE", "TIME")), None)


def _length_taker(pred: Token) -> Token | None:
    """'The jury took four hours to reach a verdict', "The ministry waited two weeks to reply": an infinitive on a
    verb of taking or waiting (``length_verbs``) whose object is a length is done by that verb's subject, not by
    the length (the object-control reading "asked the court to delay" gives "four hours"). None otherwise."""
    if pred.dep_ not in ("xcomp", "advcl") or pred.tag_ != "VB" or not is_predicate(pred.head) \
            or not lemma_in(pred.head, LENGTH_VERBS) \
            or not has_to(pred) \
            or any(c.dep_ in SUBJECT_DEPS for c in pred.children):
        return None
    obj = next((c for c in (*pred.head.children, *pred.children) if c.dep_ == "dobj" and c.i < pred.i), None)
    if obj is None or not (obj.lower_ in TIME_UNITS or obj.lemma_.lower() in TIME_UNITS):
        return None
    subj = subject_token(pred.head)
    if subj is not None and subj.lower_ == "it":
        # "It took the jury four hours to agree": the one it took (none named: no answer here)
        return next((c for c in pred.head.children if c.dep_ in ("dative", "dobj") and c.i != obj.i
                     and c.pos_ in ("NOUN", "PROPN")), None)
    return subj if subj is not None and subj.i != obj.i else None


def _linked_subject_of_infinitive(pred: Token) -> Token | None:
    """'Denmark became the first country to pause the rollout on March 11': an infinitive on the noun a linking
    verb (``noun_linking_verbs``) gives its subject, when a word like "first" or "only" (``subject_infinitive_modifiers``,
    an ordinal, a superlative) says the noun is picked out by doing it, is done by the linking verb's subject;
    None otherwise ("Portugal wants the first tranche to arrive": no linking verb)."""
    noun = pred.head
    if pred.dep_ not in ("relcl", "acl") or pred.tag_ != "VB" or noun.dep_ != "attr" \
            or not has_to(pred) \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in pred.children) \
            or not lemma_in(noun.head, NOUN_LINKING_VERBS) \
            or not any(c.dep_ == "amod" and (c.lower_ in SUBJECT_INFINITIVE_MODIFIERS or c.tag_ == "JJS"
                                             or c.ent_type_ == "ORDINAL") and c.i < noun.i for c in noun.children):
        return None
    subj = subject_token(noun.head)
    return subj if subj is not None and subj.i < noun.i else None




def _subject_of_set_off_participle(pred: Token) -> Token | None:
    """'The ban, first proposed in a 2019 report, was shelved two years later', parsed with "The ban" the subject of
    "proposed" and "shelved" with none: a verb with no subject of its own, whose participle clause set off by a comma
    before it has a subject before the comma (the participle has no auxiliary, so the subject is not its own), has
    that noun for subject."""
    if not is_predicate(pred) or any(c.dep_ in SUBJECT_DEPS for c in pred.children):
        return None
    for c in pred.children:
        if c.dep_ != "advcl" or c.i > pred.i or c.tag_ != "VBN" \
                or any(g.dep_ in ("aux", "auxpass", "mark") for g in c.children):
            continue
        s = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass") and g.i < c.i), None)
        if s is not None and s.pos_ in ("NOUN", "PROPN") and any(t.text == "," for t in pred.doc[s.right_edge.i + 1:c.i]):
            return s
    return None


def _subject_before_misread_participle(pred: Token) -> Token | None:
    """'..., and the west doors, closed since the restoration started, will reopen the next day', parsed with
    "closed" a finite verb of "the doors" and "will reopen" a clause with no subject: a subjectless verb group whose
    auxiliary follows a comma that closes a participle phrase set off after a noun ("NOUN, [adverb] VBN/VBD ...,")
    has that noun for subject. None otherwise."""
    if not is_predicate(pred) or any(c.dep_ in SUBJECT_DEPS for c in pred.children):
        return None
    auxes = [c for c in pred.children if c.dep_ in ("aux", "auxpass") and c.i < pred.i]
    doc = pred.doc
    if not auxes or min(a.i for a in auxes) - 1 <= pred.sent.start or doc[min(a.i for a in auxes) - 1].text != ",":
        return None
    close = min(a.i for a in auxes) - 1
    for j in range(close - 1, pred.sent.start + 1, -1):
        p = doc[j]
        if p.text == ",":
            return None
        if p.tag_ not in ("VBN", "VBD") or any(c.dep_ in ("aux", "auxpass") for c in p.children):
            continue
        k = j - 1
        if doc[k].pos_ == "ADV":
            k -= 1  # "the ban, first proposed in 2019,"
        if doc[k].text != ",":
            continue
        noun = doc[k - 1]
        if noun.pos_ in ("NOUN", "PROPN") and noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i == p.i:
            return noun
        return None
    return None


def _subject_of_verb_read_as_adjective(pred: Token) -> Token | None:
    """'The EU last imposed duties of this size in 2006', parsed as one noun phrase with "imposed" an adjective on
    "duties": a past form after a time adverb ("last", "first", ...: ``subject_adverbs``) right after the
    sentence's root noun, in a sentence with no verb, is that noun's act. None otherwise."""
    if pred.dep_ != "amod" or pred.tag_ not in ("VBD", "VBN") or pred.i < 2:
        return None
    doc = pred.doc
    adv = doc[pred.i - 1]
    noun = doc[pred.i - 2]
    root = pred.sent.root
    # (the noun the root, "The EU | last imposed duties", or a modifier or subject of the participle's own noun, "The
    # IMF last approved loans" read as one phrase on "loans")
    if adv.lower_ not in SUBJECT_ADVERBS or adv.head.i not in (pred.i, pred.head.i) \
            or noun.pos_ not in ("NOUN", "PROPN") \
            or not (noun.i == root.i or noun.dep_ in ("nmod", "compound", "nsubj") and noun.head.i == pred.head.i) \
            or _other_main_verb(pred):
        return None
    return noun


def _other_main_verb(pred: Token) -> bool:
    """Whether the sentence of a verb the parser read as an adjective has another verb outside relative and adverbial
    clauses ("Kessaro last rationed water in 1995, when some districts went without" has none): then that verb is the
    sentence's, and the misread one no main verb."""
    return any(t.pos_ in ("VERB", "AUX") and t.i != pred.i
               and not any(a.dep_ in ("relcl", "advcl", "acl") for a in [t, *t.ancestors]) for t in pred.sent)


_MISREAD_NOUN_PHRASE_TAGS = frozenset({"DT", "PRP$", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "VBG", "HYPH",
                                       "POS"})


def _noun_phrase_left_of_verb(pred: Token) -> Token | None:
    """'In March 2007 a small Rembrandt etching was stolen', 'Three days later, a rockfall injured two workers', 'The
    main, laid in 1931, had been inspected in October': a finite verb group with no subject in a parse that lost it
    (a noun read as a verb or an adjective): the words right before its first auxiliary (or before it), past an aside
    set off by commas, that open with a determiner after the sentence's start, a comma or a time, are its subject.
    The phrase's last word is returned; where the phrase starts is left on the doc for
    :func:`~timeline.events.phrases.phrase_tokens` (the parser hung its words elsewhere)."""
    doc = pred.doc
    if pred.dep_ == "conj" and pred.head.tag_.startswith("VB") and not any(
            c.dep_ in SUBJECT_DEPS + ("aux", "auxpass") for c in pred.children):
        pred = pred.head  # "... was stolen and recovered three months later": the first verb's
    if pred.tag_ not in ("VBD", "VBN", "VBZ", "VBP") or any(c.dep_ in SUBJECT_DEPS for c in pred.children) \
            or pred.dep_ in ("relcl", "acl", "xcomp", "conj", "pcomp", "pobj"):
        return None
    auxes = [c.i for c in pred.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < pred.i]
    j = min(auxes, default=pred.i) - 1
    if pred.tag_ == "VBN" and not auxes and pred.dep_ == "advcl" and j > pred.sent.start and doc[j].text == ",":
        j -= 1  # a participle set off after the phrase: "The main, laid in 1931,"
    elif j > pred.sent.start and doc[j].text == ",":
        # past an aside set off by commas: "The main, laid in 1931, had been inspected"
        k = next((k for k in range(j - 1, max(pred.sent.start, j - 9), -1) if doc[k].text == ","), None)
        if k is None or not any(doc[x].tag_ in ("VBN", "VBG") for x in range(k + 1, j)):
            return None
        j = k - 1
    end = j
    while j >= pred.sent.start and doc[j].tag_ in _MISREAD_NOUN_PHRASE_TAGS and doc[j].tag_ not in ("DT", "PRP$") \
            and end - j < 6:
        j -= 1
    if j < pred.sent.start or j == end or doc[j].tag_ not in ("DT", "PRP$") or doc[j].lower_ in NEGATIVE_SUBJECTS:
        return None
    before = doc[j - 1] if j > pred.sent.start else None
    if before is not None and not (before.is_punct or before.ent_type_ in ("DATE", "TIME") or before.like_num):
        return None
    last = doc[end]
    if last.pos_ not in ("NOUN", "PROPN", "ADJ", "VERB") or last.tag_ in ("DT", "PRP$", "POS", "HYPH"):
        return None
    doc.user_data[(MISREAD_PHRASE_KEY, end)] = j  # the phrase's words are not the last word's subtree
    return last


def _name_read_as_owner(pred: Token) -> Token | None:
    """"Moody's downgraded Greece on Monday", parsed as one noun phrase ("Moody's" owning "Greece", "downgraded" an
    adjective on it): a past form right after a name whose mark the entity tagger runs through ("Moody's",
    "McDonald's") is that name's act, in a sentence with no other verb. None otherwise."""
    if pred.dep_ != "amod" or pred.tag_ not in ("VBD", "VBN") or pred.i < 2:
        return None
    mark, owner = pred.doc[pred.i - 1], pred.doc[pred.i - 2]
    if mark.tag_ != "POS" or mark.head.i != owner.i or owner.dep_ != "poss" or owner.head.i != pred.head.i \
            or not _inside_name(mark) or _other_main_verb(pred):
        return None
    return owner


def _name_read_as_adverb(pred: Token) -> Token | None:
    """'Vesely resigned the following morning', with "Vesely" tagged an adverb: a capitalised word right before a
    finite verb with no subject, hung on it as a modifier, is its subject when an earlier mention of the word is a
    name (:func:`~timeline.events.grammar.misread_name`). None otherwise."""
    if pred.tag_ not in ("VBD", "VBZ", "VBP") or pred.i < 1 or any(c.dep_ in SUBJECT_DEPS for c in pred.children):
        return None
    t = pred.doc[pred.i - 1]
    return t if t.head.i == pred.i and t.dep_ in ("advmod", "npadvmod", "dep") and misread_name(t) else None


def _subject_of_conjunct_misread_verb(pred: Token) -> Token | None:
    """'Moreau studied law in Lyon and worked for a bank in the 1990s', parsed with "studied" an adjective on "law" and
    "worked" coordinated with the noun: a verb with no subject of its own coordinated with a noun whose past-form
    modifier has a subject takes that subject. None otherwise."""
    noun = pred.head
    if pred.dep_ != "conj" or pred.pos_ != "VERB" or noun.pos_ not in ("NOUN", "PROPN") or noun.i > pred.i \
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in pred.children):
        return None
    misread = next((c for c in noun.children if c.dep_ == "amod" and c.tag_ in ("VBD", "VBN") and c.i < noun.i), None)
    if misread is None:
        return None
    return next((c for c in misread.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < misread.i), None)


def _whole_subject_of_set_off_participle(pred: Token, subj: Token | None) -> Token | None:
    """'A dredging project to deepen the main channel, approved in 2023, will start', "A biography of the singer,
    written over three years, will be published": a participle set off by commas right before the main verb, that
    the parser hung on the last noun of the subject's phrase, is said of the whole subject (the project, not the
    channel). None when the participle's noun is the subject itself or not inside one, or something other than the
    main verb's words follows the closing comma."""
    if subj is None or pred.dep_ != "acl" or pred.tag_ != "VBN" or subj.i != pred.head.i \
            or any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in pred.children):
        return None
    doc = pred.doc
    lo, hi = pred.left_edge.i, pred.right_edge.i
    if lo == 0 or doc[lo - 1].text != "," or hi + 1 >= len(doc) or doc[hi + 1].text != ",":
        return None
    outer = subj
    while outer.dep_ in ("pobj", "dobj", "prep", "relcl", "acl", "compound") and outer.head.i != outer.i:
        outer = outer.head
    if outer.i == subj.i or outer.dep_ not in ("nsubj", "nsubjpass") or outer.pos_ not in ("NOUN", "PROPN"):
        return None
    verb = outer.head
    if not is_predicate(verb) or verb.i <= hi or any(
            t.pos_ not in ("AUX", "ADV", "PART") for t in doc[hi + 2:verb.i]):
        return None
    return outer


def _reported_subject_taken_for_object(pred: Token) -> Token | None:
    """'Analysts said the merger, if approved, would close in 2026', parsed with "the merger" the object of "said" and
    "would close" a clause with no subject: a finite clause a reporting verb reports, with no subject of its own, has
    for subject the noun the parser made the reporting verb's object before it, or the subject it gave the aside set
    off before the clause; None otherwise."""
    verb = pred.head
    if pred.dep_ != "ccomp" or verb.i == pred.i or not lemma_in(verb, REPORTING_VERBS) \
            or any(c.dep_ in SUBJECT_DEPS for c in pred.children) \
            or not (pred.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") and c.tag_ in (
                "MD", "VBD", "VBZ", "VBP") for c in pred.children)):
        return None
    for c in verb.children:
        if c.dep_ in ("ccomp", "advcl") and c.i < pred.i and c.tag_ in ("VBN", "VBG") \
                and not any(g.dep_ in ("aux", "auxpass") for g in c.children):
            # "Officials said the plant, if repaired, will reopen in May", parsed with "the plant" the subject of
            # "repaired": a bare participle set off by its subordinator after the noun holds the clause's subject
            # (or by an adverb the parser took it for: "the mine, once drained, would reopen")
            mark = next((g for g in c.children if g.i < c.i and (g.dep_ == "mark" or g.dep_ == "advmod"
                                                                 and g.lower_ in PARTICIPLE_CLAUSE_MARKS)), None)
            own = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)
            if mark is not None and own is not None and own.i < mark.i and own.pos_ in ("NOUN", "PROPN") \
                    and pred.doc[mark.i - 1].text == ",":
                return own
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < pred.i), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN") or any(c.dep_ in ("dative", "ccomp") and c.i < pred.i and c.i != pred.i
                                                                for c in verb.children):
        return None
    return obj


def _subject_in_aside(subj: Token | None) -> Token | None:
    """'Officials said the plant, if repaired, will reopen in August', parsed with the participle "repaired" the
    clause's subject (csubj) and "the plant" the participle's: the noun before the subordinator of a bare participle
    set off by a comma is the clause's subject; None for any other subject."""
    if subj is None or subj.dep_ != "csubj" or subj.tag_ not in ("VBN", "VBG") \
            or any(c.dep_ in ("aux", "auxpass") for c in subj.children):
        return None
    mark = next((c for c in subj.children if c.i < subj.i and (c.dep_ == "mark" or c.dep_ == "advmod"
                                                                and c.lower_ in PARTICIPLE_CLAUSE_MARKS)), None)
    own = next((c for c in subj.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < subj.i), None)
    if mark is None or own is None or own.i > mark.i or own.pos_ not in ("NOUN", "PROPN") \
            or subj.doc[mark.i - 1].text != ",":
        return None
    return own


def _clause_before_subjectless_verb(verb: Token) -> bool:
    """Whether the parser made ``verb``'s clause a later verb's subject, or a finite verb with no subject of its own
    follows the clause straight away: the marks of a relative clause it missed inside a subject ("the subsidies the
    state plans to offer are too generous")."""
    if verb.dep_ in ("nsubj", "nsubjpass", "csubj") and verb.head.i > verb.i:
        return True
    k = verb.right_edge.i + 1
    if k >= len(verb.doc):
        return False
    nxt = verb.doc[k]
    main = nxt if nxt.dep_ not in ("aux", "auxpass") else nxt.head
    return nxt.tag_ in ("VBZ", "VBP", "VBD", "MD") and main.i >= k and main.dep_ in ("ccomp", "conj", "ROOT") \
        and not any(c.dep_ in SUBJECT_DEPS for c in main.children)


def _subject_after_subordinator(subj: Token | None) -> Token | None:
    """'..., halting container traffic after talks on a new contract collapsed over the weekend', parsed with
    "after talks ..." a phrase on "traffic" and the whole a subject of "collapsed": a noun right after a word that
    also opens clauses ("after", "since"), its phrase running up to the verb, is the verb's subject. None
    otherwise."""
    if subj is None or subj.dep_ not in ("nsubj", "nsubjpass") or subj.head.i < subj.i or subj.left_edge.i == 0:
        return None
    before = subj.doc[subj.left_edge.i - 1]
    if before.text != "," and before.pos_ not in ("VERB", "AUX"):
        return None  # (a subject opening its clause keeps its own phrase: "The inquiry after the crash concluded")
    verb = subj.head
    for c in subj.children:
        if c.dep_ == "prep" and c.lower_ in LEADING_SUBORDINATORS and c.i > subj.i:
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ in ("NOUN", "PROPN", "PRON") and obj.right_edge.i == verb.i - 1:
                return obj
    return None


def _nearer_of_two_subjects(subj: Token | None) -> Token | None:
    """'said prices had risen and that workloads had grown', 'the subsidies the state plans to offer': a verb the
    parser gave two subjects before it, a complementizer "that" or the noun a clause with no relative pronoun
    hangs on, then the real one right before the verb, has the second one for subject. None otherwise."""
    if subj is None or subj.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = subj.head
    second = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and subj.i < c.i < verb.i
                   and c.pos_ in ("NOUN", "PROPN", "PRON")), None)
    if second is not None and lemma_in(verb, REPORTING_VERBS) and second.right_edge.i == verb.i - 1 \
            and subj.doc[second.left_edge.i - 1].text == "," and second.pos_ == "PROPN":
        # "Exports have fallen since the strike in March, including grain, the Ministry of Trade said on Wednesday",
        # the opening of the reported clause misread as the reporting verb's subject: the name set off by a comma
        # right before the verb is the speaker
        return second
    if second is None or any(t.is_punct or t.dep_ == "cc" for t in subj.doc[subj.i:second.left_edge.i]):
        return None
    if subj.lower_ == "that" and subj.tag_ in ("WDT", "IN", "DT") and second.left_edge.i == subj.i + 1:
        return second
    # (the second case only where the parser made the whole clause a later verb's subject, the mark of a relative
    # clause it missed: "the subsidies the state plans to offer are too generous")
    if _clause_before_subjectless_verb(verb) \
            and subj.pos_ in ("NOUN", "PROPN") and second.left_edge.i == subj.right_edge.i + 1 \
            and second.left_edge.lower_ in ("the", "a", "an", "its", "their", "his", "her"):
        return second
    if subj.pos_ == "NOUN" and second.pos_ == "PROPN" and second.left_edge.i == subj.i + 1 \
            and not any(c.dep_ in ("prep", "relcl", "acl", "appos") for c in subj.children):
        # "The opposition Social Democrats, who trail in the polls, are expected to": a common noun the parser cut
        # off as a subject of its own from the name it describes; the name is the subject
        return second
    return None


def _subject(pred: Token, skip: set[int] | frozenset[int] = frozenset(), own_time: bool = False,
             lost: Token | None = None, undone: bool = False) -> Token | None:
    """The subject of the event ``pred``; ``own_time``: an event noun dated apart from its verb ("is
    considering a request last week"), whose doer the verb's subject is not; ``undone``: an event noun a verb calls off
    (:func:`_undone_event`), whose doer the one who calls it off is not."""
    # (a trailing reporting verb the parser left without a subject, or gave its time as one: the speaker set off
    # by commas before it, "..., its lawyer, Tom Becker, said Monday evening")
    subj = _lasting_supply(pred) or _haver_of_means(pred) or _noun_before_timing_adjective(pred) \
        or _planner(pred) or _linked_subject_of_infinitive(pred) or _clause_read_as_phrase(pred) \
        or _subject_before_time_subject(pred) \
        or trailing_speaker(pred) or lost \
        or relative_object_of_infinitive(pred) or _plan_set_off_on_object(pred) \
        or _relative_object_taken_for_subject(pred) or _length_taker(pred) \
        or (None if pred.dep_ == "conj" and _set_off_second_object(pred, pred.head) else subject_token(pred))
    subj = _subject_in_aside(subj) or subj
    subj = _measure_of_participle(pred, subj) or subj
    subj = _whole_subject_of_set_off_participle(pred, subj) or subj
    # (a participle on a noun is said of that noun, whatever verb the noun is a subject of: "A misprinted stamp
    # issued in 1861 sold ..., the auction house said")
    described = subj is not None and pred.dep_ in ("acl", "relcl") and subj.i == pred.head.i
    subj = (None if described else _nearer_of_two_subjects(subj) or _subject_after_subordinator(subj)) or subj
    if subj is None:
        subj = _gerund_subject(pred)
    if subj is None and is_predicate(pred):
        # "Residents downstream first complained of dead fish", parsed with "Residents" the subject of the adverb
        # after it: a subject hung on an adverb before its verb is the verb's
        subj = next((g for c in pred.children if c.dep_ == "advmod" and c.i < pred.i and c.pos_ == "ADV"
                     for g in c.children if g.dep_ in ("nsubj", "nsubjpass") and g.i < c.i
                     and g.pos_ in ("NOUN", "PROPN")), None)
    if subj is None:
        subj = _subject_of_set_off_participle(pred) or _subject_before_misread_participle(pred) \
            or _subject_of_verb_read_as_adjective(pred) or _subject_of_conjunct_misread_verb(pred) \
            or _name_read_as_owner(pred) or _name_read_as_adverb(pred)
    if subj is None:
        subj = _reported_subject_taken_for_object(pred) or _inverted_subject(pred)
    if subj is None and pred.dep_ == "xcomp" and pred.head.pos_ in ("ADJ", "ADP") and pred.head.i < pred.i \
            and pred.head.dep_ in ("prep", "advcl", "advmod", "amod", "acomp") and is_predicate(pred.head.head) \
            and pred.head.head.i != pred.head.i and pred.head.left_edge.i > 0 \
            and any(t.text == "," for t in pred.doc[pred.head.left_edge.i - 2:pred.head.left_edge.i]):
        # "The library, originally due to open in 2020, will now be delayed", "The bridge, likely to reopen in May,
        # ...": an infinitive on an adjective set off by commas after the subject is said of the main verb's subject
        subj = subject_token(pred.head.head)
    if subj is None and pred.dep_ == "xcomp" and pred.head.pos_ in ("ADJ", "ADP") and pred.head.i < pred.i \
            and pred.head.dep_ in ("prep", "acomp") and pred.head.head.lemma_ == "be" \
            and pred.head.head.i < pred.head.i and is_predicate(pred.head.head):
        # "The berth was first due to open in October 2013", parsed with "due" a preposition on the copula: the
        # infinitive is said of the copula's subject
        subj = subject_token(pred.head.head)
    adj = pred.head.head if pred.head.lower_ == "to" else pred.head
    if subj is None and pred.dep_ == "pobj" and pred.tag_ == "VB" and pred.i > 0 and pred.doc[pred.i - 1].lower_ == "to" \
            and adj.pos_ == "ADJ" and adj.dep_ == "acomp" and is_predicate(adj.head):
        # "began in 2021 and is due to finish in 2027", parsed with the infinitive an object of "due" (or of "to"
        # as a preposition): the infinitive is said of the copula's subject (shared with the first conjunct)
        subj = subject_token(adj.head)
    if subj is None and pred.dep_ in ("xcomp", "pcomp") and pred.head.pos_ in ("ADJ", "ADP") and pred.head.i < pred.i \
            and pred.head.dep_ in ("prep", "amod") and pred.head.head.pos_ in ("NOUN", "PROPN") \
            and pred.head.head.i < pred.head.i and pred.head.left_edge.i > 0 \
            and pred.doc[pred.head.left_edge.i - 1].text == ",":
        # "The strike, due to start on Monday, will go ahead", parsed with "due" on the noun itself: the infinitive
        # is said of that noun
        subj = pred.head.head
    if subj is None and pred.dep_ == "xcomp" and pred.head.tag_ == "VBG":
        subj = _gerund_subject(pred.head)  # "fined the bank for failing to report loans": the bank
    if subj is None and pred.dep_ == "advcl" and pred.tag_ == "VB" and is_predicate(pred.head) \
            and has_to(pred) \
            and not any(c.dep_ == "mark" for c in pred.children):
        obj = next((c for c in pred.head.children if c.dep_ == "dobj" and c.i < pred.i), None)
        if obj is not None and (lemma_in(pred.head, DEPLOYING_VERBS) or lemma_in(pred.head, DEADLINE_GRANTING_VERBS)) \
                and obj.pos_ in ("NOUN", "PROPN"):
            # "deployed 300 troops to prevent looting": the troops are put to it; "gave the company until Friday
            # to respond": the company is to respond
            subj = obj
        else:
            subj = subject_token(pred.head)  # "cut prices to win customers": who cuts means to
    if subj is None and pred.dep_ == "advcl" and pred.tag_ == "VBG" and is_predicate(pred.head) \
            and not any(c.dep_ in ("mark", "nsubj", "nsubjpass") or c.dep_ == "advmod" and c.tag_ == "WRB"
                        for c in pred.children) \
            and pred.left_edge.i > 0 and pred.doc[pred.left_edge.i - 1].text == ",":
        # a participle set off by a comma after its clause ("The district will add three days, pushing the last
        # day to June 21", "A bomb exploded, killing 12 people"): what the clause's subject did. (After a trailing
        # reporter it stays the reporter's: "Prices rose 3% in May, the agency said on Tuesday, revising its
        # estimate from April"; "Temperatures passed 40C, the Met Office said, breaking a record" reads the other way,
        # and nothing in the parse tells the two apart.)
        subj = subject_token(pred.head)
    if subj is None and pred.dep_ == "advcl" and pred.tag_ in ("VBG", "VBN") and is_predicate(pred.head) \
            and any(c.dep_ in ("mark", "advmod") and c.lower_ in PARTICIPLE_CLAUSE_MARKS and c.i < pred.i
                    for c in pred.children) \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in pred.children):
        # a participle clause with no subject of its own ("skidded off a runway while landing in heavy rain on
        # Saturday", "once completed in 2026, the bridge will ..."): done by the main clause's subject
        subj = subject_token(pred.head)
    if subj is None and pred.dep_ == "advcl" and pred.tag_ == "VBG" and pred.i > pred.head.i \
            and is_predicate(pred.head) \
            and not any(c.dep_ in ("mark", "nsubj", "nsubjpass", "expl") or c.dep_ == "advmod" and c.tag_ == "WRB"
                        for c in pred.children) \
            and not any(c.dep_ in ("dobj", "dative") and c.i < pred.i and may_act(c) for c in pred.head.children):
        # a bare "-ing" clause right on its verb ("who took up running in 2016", "caps class sizes starting next
        # fall"): its verb's subject does it (not after an object that may: "found him clinging to a tree")
        subj = subject_token(pred.head)
    if subj is None and pred.dep_ == "advcl" and pred.tag_ == "VBN" and is_predicate(pred.head) \
            and any(c.dep_ == "aux" and c.lower_ == "having" for c in pred.children) \
            and not any(c.dep_ in ("mark", "nsubj", "nsubjpass", "expl") for c in pred.children):
        # a perfect participle clause ("closed up 2.6% on Tuesday, having gained 30% this year", "Having won the
        # title in 2019, she retired"): done by its main clause's subject
        subj = subject_token(pred.head)
    if subj is None and participle_conjunct(pred) and is_predicate(pred.head):
        # "The track was relaid in 2012 and inspected last month", parsed with the second participle a clause on
        # the copula: the two share the subject
        subj = subject_token(pred.head)
    if subj is None:
        listed = _listed_passive_participle(pred)
        if listed is not None:
            subj = subject_token(listed.head)  # "The tariff was introduced in 2015, suspended in 2021": the tariff
    if subj is None and pred.dep_ == "dobj" and pred.tag_ == "VBG" and _gerund_doer_verb(pred.head) \
            and not any(c.dep_ in ("poss", "nsubj") for c in pred.children):
        subj = subject_token(pred.head)  # "who took up coaching in 2015": who took it up coached
    if subj is None:
        subj = _age_subject(pred)  # "The 23-year-old joined from Porto in January", parsed with no subject
    if subj is None:
        subj = _noun_phrase_left_of_verb(pred)  # "In March 2007 a small Rembrandt etching was stolen"
    if subj is None:
        # "after neither won a majority on Tuesday", parsed with "neither" as a conjunction before the verb
        subj = next((c for c in pred.children if c.dep_ == "preconj" and c.i < pred.i
                     and c.lower_ in NEGATIVE_SUBJECTS), None)
    if subj is None:
        subj = _existential_subject(pred)  # "There were 40 avalanches over the weekend"
    if subj is None:
        subj = _subject_in_fronted_adjunct(pred)  # "During the pandemic, state rent payments were frozen"
    time_is_subject = False
    if subj is None and pred.dep_ in ("attr", "acomp") and is_predicate(pred.head):
        subj = subject_token(pred.head)  # "Voltra was the country's third-largest carmaker": Voltra
        if subj is not None and subj.ent_type_ in ("DATE", "TIME"):
            # "Nadal has said 2024 will be his final season": the time is what the copula says a thing of, no
            # doer; the event noun's owner is (or, with none, the one who says so)
            subj, time_is_subject = None, True
    subj = stand_in(past_dateline(subj, skip))  # "NAIROBI, Sept. 5 — Kenya's central bank raised"
    # (the tagger reads "landfall" after "made" as an adjective: the object of a presence light verb is a noun)
    presence_object = pred.pos_ == "ADJ" and pred.dep_ == "dobj" and lemma_in(pred.head, PRESENCE_LIGHT_VERBS)
    if (pred.pos_ in ("NOUN", "PROPN") or presence_object) and subj is None:
        owner = pred.head if pred.dep_ == "compound" and pred.head.pos_ in ("NOUN", "PROPN") else pred
        if pred.dep_ == "appos" and pred.head.pos_ == "NOUN" \
                and not any(t.is_punct for t in pred.doc[pred.head.i + 1:pred.i]):
            # "the club's cup final defeat": a compound the parser split into an apposition with no comma, the
            # possessor hung on its first noun
            owner = pred.head
        for c in owner.children:  # "the army's withdrawal", "her visit", "her 2018 election victory"
            if c.dep_ == "poss" and not _classifying_possessor(c) and not (
                    c.pos_ == "PRON" and pred.dep_ == "dobj" and lemma_in(pred.head, _ANY_LIGHT_VERB)):
                subj = c  # (a light verb's pronoun owner is its subject again: "He made his debut": he)
                if c.ent_type_ in ("DATE", "TIME"):
                    # "Next year's festival runs ...", "Monday's vote was postponed": a time owns no event and
                    # does not do it
                    subj = None
        if subj is None:
            subj = _by_agent(pred)  # "two rulings by the court"
        if subj is None and pred.dep_ == "dobj" and lemma_in(pred.head, _ANY_LIGHT_VERB):
            subj = subject_token(pred.head)  # "the president held talks": who held them
        if subj is None:
            subj = _of_doer(pred)  # "the resignation of her predecessor"
        if subj is None and _after_light_preposition(pred):
            subj = subject_token(pred.head.head)  # "Nurses went on strike": who struck
        if subj is None and pred.dep_ == "pobj" and pred.head.lower_ == "for" and pred.head.head.pos_ == "ADJ" \
                and pred.head.head.dep_ == "acomp":
            subj = subject_token(pred.head.head)  # "They had been due for release in 2027": they
        if subj is None and _acted_in(pred):
            subj = subject_token(_verb_of_noun(pred))  # "Voters rejected the plan in a referendum on Sunday": voters
        if subj is None and _undergone_after_verb(pred):
            subj = _undergoer(subject_token(pred.head.head))  # "missed four months after surgery in March"
        if subj is None:
            subj = _noun_due_at_its_time(pred)
        if subj is None and not own_time and not time_is_subject:
            # the headline's verb takes part in the event noun: "England lost the 2021 final", "Voters rejected
            # the plan in a referendum" (not when the noun is that verb's own subject: "Her visit angered")
            verb = headline_anchor(pred)
            # (nor when the verb only relates its subject to the event: "The ban followed the 2019 attacks")
            # (nor for an event that only sets the time of a fronted adjunct: "During the civil war from 1967 to
            # 1970 she ran a field hospital": she did not wage the war)
            fronted = pred.dep_ == "pobj" and pred.head.dep_ == "prep" and pred.head.i < verb.i \
                and pred.head.head.i == verb.i and pred.head.lower_ in SETTING_PREPOSITIONS
            # (nor when it judges or acts on the event from outside, or calls it off: "Regulators approved the 2019
            # merger", "Rain forced organisers to cancel the race on Sunday")
            if verb.i != pred.i and is_predicate(verb) and not lemma_in(verb, RELATING_VERBS) and not fronted \
                    and not _harmed_in(verb, pred) and not lemma_in(verb, OUTSIDE_JUDGING_VERBS) \
                    and not (pred.dep_ == "dobj" and lemma_in(pred.head, OUTSIDE_JUDGING_VERBS)) \
                    and not undone and not _set_off_second_object(pred, verb) and not _through_taken_report(pred, verb):
                own = subject_token(verb)
                if own is not None and pred not in list(own.subtree):
                    subj = own
    if subj is None and time_is_subject and any(c.tag_ == "MD" for c in pred.head.children):
        # "Aldera has said 2026 will be a year of heavy investment": a plan for that time is the sayer's (not a
        # record: "officials said 2023 was the hottest year")
        subj = reported_by(pred)
    return _possessor_of_restated_event(pred, subj) or subj


def _lasting_supply(pred: Token) -> Token | None:
    """'has enough cash to last until mid-2027': the supply before "to" is what lasts (``resource_lasting_verbs``),
    however the parser read "last"; None otherwise ("Reserves are large enough to last": the clause's subject)."""
    doc = pred.doc
    if pred.lower_ not in RESOURCE_LASTING_VERBS or pred.i < 2 or doc[pred.i - 1].lower_ != "to":
        return None
    noun = doc[pred.i - 2]
    # (not a chance or a plan to last: "has a chance to last until the final" is the haver's)
    return noun if noun.pos_ in ("NOUN", "PROPN") and noun.ent_type_ not in ("DATE", "TIME") \
        and not lemma_in(noun, CONTENT_INFINITIVE_NOUNS) and not lemma_in(noun, CAPACITY_NOUNS) else None


def _haver_of_means(pred: Token) -> Token | None:
    """'She has enough votes to win on Sunday', 'The city has the money to finish the tram by 2030': an infinitive the
    parser hung as a relative on the object of "have" is what the haver can do with it, the haver's act (not the
    object's: a supply's own lasting is :func:`_lasting_supply`'s). None otherwise."""
    noun = pred.head
    if pred.tag_ != "VB" or pred.dep_ not in ("relcl", "acl") or noun.dep_ != "dobj" or noun.head.lemma_ != "have" \
            or noun.i > pred.i or not has_to(pred) \
            or pred.lower_ in RESOURCE_LASTING_VERBS or not is_predicate(noun.head):
        return None
    return subject_token(noun.head)


def _noun_before_timing_adjective(pred: Token) -> Token | None:
    """'approved a wind-farm project due to begin next spring', 'An inquiry panel due to report by June', 'a stadium
    due to open in 2028': an infinitive after an adjective of timing (``postnominal_timing_adjectives``) that follows a
    noun is said of that noun, however the parser hung "due" (on the clause's verb, on the noun, or with the
    infinitive read as its noun object); through "of" to the phrase's head ("a shipment of vaccines due to arrive").
    None after a copula or a comma (other rules: "was due to", "The strike, due to start"), or for a causal "due to"
    (a noun phrase follows it, not a bare infinitive)."""
    doc = pred.doc
    if pred.i < 3 or doc[pred.i - 1].lower_ != "to" or not (pred.tag_ == "VB" or due_to_misread_verb(pred)):
        return None
    adj = doc[pred.i - 2]
    if adj.lower_ not in POSTNOMINAL_TIMING_ADJECTIVES or adj.dep_ in ("acomp", "ROOT"):
        return None
    noun = doc[adj.i - 1]
    if noun.pos_ == "ADV" and noun.i > 0 and noun.head.i in (adj.i, noun.i - 1):
        noun = doc[noun.i - 1]  # "A new terminal originally due to open in 2025"
    if noun.pos_ not in ("NOUN", "PROPN") or noun.ent_type_ in ("DATE", "TIME"):
        return None
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ in ("NOUN", "PROPN") \
            and noun.head.head.i < noun.i:
        noun = noun.head.head
    return noun


def _noun_due_at_its_time(pred: Token) -> Token | None:
    """'with the first rise of £37 due on April 1', 'a bond payment of $300 million due on Monday': an event noun an
    adjective of timing (``postnominal_timing_adjectives``) right after its phrase puts at a time is the thing due
    then, its own subject (no doer is named); None when a to-infinitive follows (that is the noun's act: see
    :func:`_noun_before_timing_adjective`) or the adjective is a copula's ("is due on")."""
    doc = pred.doc
    if not is_event_nominal(pred) or pred.pos_ != "NOUN":
        return None
    own = {t.i for t in pred.subtree}
    k = pred.i + 1  # the words of the noun's phrase after it, up to the adjective ("of £37")
    while k < len(doc) and k - pred.i <= 6 and k in own and not doc[k].is_punct \
            and doc[k].lower_ not in POSTNOMINAL_TIMING_ADJECTIVES:
        k += 1
    # (an adjective, not a participle: "a summit set for Lisbon in April" names no thing due, and no doer)
    if k + 1 >= len(doc) or doc[k].lower_ not in POSTNOMINAL_TIMING_ADJECTIVES or doc[k].dep_ in ("acomp", "ROOT") \
            or doc[k].tag_.startswith("VB") \
            or doc[k + 1].pos_ != "ADP" or doc[k + 1].lower_ == "to":
        return None
    return pred


def _possessor_of_restated_event(pred: Token, subj: Token | None) -> Token | None:
    """'It is Ostrand's third recall since 2022', "This was the union's first strike in a decade": an event noun a
    copula says of a pointing pronoun is done by its possessor; the pronoun only points back at the event. None
    otherwise (a pronoun possessor, "its third recall", is left to the pronoun's own resolution)."""
    if subj is None or subj.lower_ not in ("it", "this", "that") or subj.dep_ != "nsubj" or pred.dep_ != "attr" \
            or pred.pos_ != "NOUN" or pred.head.lemma_ != "be" or subj.head.i != pred.head.i or not is_event_nominal(pred):
        return None
    return next((c for c in pred.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")), None)


def _subject_in_fronted_adjunct(pred: Token) -> Token | None:
    """'During the pandemic, state rent payments were frozen in April 2020', parsed with "pandemic" an adjective and
    "the pandemic, state rent payments" one noun phrase under "During": the noun of a sentence-opening preposition's
    object that the parser folded past a comma, right before a predicate with no subject of its own, is that
    predicate's subject (see :func:`_swallowed_adjunct` for the words that stay the adjunct's). None otherwise."""
    if not is_predicate(pred) or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in pred.children):
        return None
    for p in pred.children:
        if p.dep_ != "prep" or p.i != pred.sent.start or p.i > pred.i:
            continue
        for obj in p.children:
            if obj.dep_ == "pobj" and obj.pos_ in ("NOUN", "PROPN") and obj.i < pred.i and _swallowed_adjunct(obj) \
                    and all(t.pos_ in ("AUX", "PART", "ADV") for t in pred.doc[obj.right_edge.i + 1:pred.i]):
                return obj
            app = _appended_subject(obj, pred) if obj.dep_ == "pobj" else None
            if app is not None:
                return app
    return None


def _appended_subject(obj: Token, pred: Token) -> Token | None:
    """'Under Lopez, the city's murder rate dropped in 2019', parsed with "rate" an apposition of "Lopez": a common
    noun set off by the comma that closes a sentence-opening adjunct, ending right before a predicate with no
    subject, is that predicate's subject, not a second name for the adjunct's object (a name in apposition, "Under
    its new owner, Bayer, the firm ...", is one, and is left alone)."""
    doc = obj.doc
    for app in obj.children:
        if app.dep_ != "appos" or app.pos_ != "NOUN" or app.i > pred.i or app.i <= obj.i:
            continue
        if any(t.text == "," for t in doc[app.left_edge.i:app.right_edge.i + 1]):
            continue
        if doc[app.left_edge.i - 1].text == "," and all(
                t.pos_ in ("AUX", "PART", "ADV") for t in doc[app.right_edge.i + 1:pred.i]):
            return app
    return None


def _swallowed_adjunct(obj: Token) -> set[int]:
    """The words of a fronted adjunct folded into the noun phrase ``obj`` heads: from the preposition's object's left
    edge through a comma among the noun's own left words ("the pandemic ,"); empty when there is no such comma."""
    doc = obj.doc
    commas = [t.i for t in doc[obj.left_edge.i:obj.i] if t.text == ","]
    if not commas or commas[-1] == obj.left_edge.i:
        return set()
    return set(range(obj.left_edge.i, commas[-1] + 1))


def _listed_passive_participle(pred: Token) -> Token | None:
    """'The tariff was introduced in 2015, suspended in May 2021 and restored a year later': a past participle set off
    by a comma after a passive clause, with no subject, mark or auxiliary of its own (the parser hangs it on the main
    verb as an adverbial clause), is one more thing done to the passive subject, and so is a verb coordinated with it
    that has no subject of its own. Returns that participle (its head is the passive main verb), or None. Not after
    an active clause ("Police found the car, abandoned in a field", where the participle is said of the object)."""
    p = pred
    if p.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for c in p.children):
        p = p.head
    if p.dep_ != "advcl" or p.tag_ != "VBN" or p.i < p.head.i or not is_predicate(p.head) \
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "mark", "aux", "auxpass") for c in p.children):
        return None
    head = p.head
    if head.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in head.children) \
            or not any(c.dep_ == "nsubjpass" for c in head.children):
        return None
    k = p.left_edge.i
    return p if k > 0 and p.doc[k - 1].text == "," else None


def _said_by_its_subject(who: list[Token], pred: Token, content: str, subj: Token | None) -> str | None:
    """The headline of a report whose speaker, an organisation or a thing, is its content's own subject or that
    subject's owner, said once: "The ferry operator Bluewave will cut its service, it said on Sunday" is "The ferry
    operator Bluewave said it will cut its service" (not "Bluewave: The ferry operator Bluewave will cut ..."),
    "Sakura's net profit rose 14%, it said" is "Sakura said its net profit rose 14%". None for a person (no pronoun
    can be chosen for one) or another subject."""
    if not who or any(t.ent_type_ == "PERSON" for t in who) \
            or subj is not None and subj.lower_ not in ("it", "they") and subj.tag_ == "PRP":
        return None  # ("..., she said": a person)
    name = join_tokens(who)
    m = re.match(r"((?:\S+ ){0,4}?" + re.escape(name) + r")('s|’s)? ", content, re.IGNORECASE)
    if m is None:
        return None
    plural = who[-1].tag_ in ("NNS", "NNPS")
    said = pred.lower_ if pred.tag_ == "VBD" else "said"
    pronoun = ("their" if plural else "its") if m.group(2) else ("they" if plural else "it")
    return f"{m.group(1)} {said} {pronoun} {content[m.end():]}"


def _harmed_in(verb: Token, noun: Token) -> bool:
    """'Two people were killed in the attack on Monday', 'Three soldiers died in the ambush': a verb of harm
    (``harmed_in_verbs``) with no object, the event noun in its "in"/"during"/"at" phrase: the verb's subject suffered
    in the event and did not do it."""
    return noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.i == verb.i \
        and noun.head.lower_ in ("in", "during", "at") and lemma_in(verb, HARMED_IN_VERBS) \
        and not any(c.dep_ == "dobj" for c in verb.children)


def _undergone_after_verb(noun: Token) -> bool:
    """'She missed four months after surgery in March', 'has not played since an injury in May': an event a person
    goes through (``undergone_event_nouns``) after a verb's preposition of time or cause
    (``undergone_event_prepositions``), with no owner, "of" or "by" phrase of its own ("after the surgery of its
    captain" is the captain's)."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in UNDERGONE_EVENT_PREPOSITIONS \
        and is_predicate(prep.head) and prep.head.pos_ in ("VERB", "AUX") and lemma_in(noun, UNDERGONE_EVENT_NOUNS) \
        and not any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in ("of", "by") for c in noun.children)


def _undergoer(subj: Token | None) -> Token | None:
    """Who went through an event the clause of ``subj`` follows: a person subject, or the person owning a thing
    subject ("His season ended early after a knee injury": his); None for a thing ("The bridge reopened after
    repairs")."""
    if subj is None:
        return None
    if subj.lower_ in PERSON_PRONOUNS or subj.ent_type_ == "PERSON" or subj.pos_ == "NOUN" and lemma_in(subj, PERSON_NOUNS) \
            or subj.pos_ == "PROPN" and not subj.ent_type_:  # (a name the entity tagger left unlabelled)
        return subj
    return next((c for c in subj.children if c.dep_ == "poss" and (c.lower_ in PERSON_PRONOUNS or c.ent_type_ == "PERSON")),
                None)


def _existential(be: Token) -> bool:
    return be.lemma_ == "be" and any(c.dep_ == "expl" and c.lower_ == "there" for c in be.children)


def _existential_subject(pred: Token) -> Token | None:
    """What a "there is" sentence says there is: the noun after "be" ("There were more than 40 avalanches over the
    weekend": the avalanches; "There will be a risk of slides on Wednesday": the risk), for the noun and for "be"
    itself. The "there" is only a placeholder, never the subject."""
    if pred.pos_ in ("NOUN", "PROPN") and pred.dep_ in ("attr", "nsubj") and _existential(pred.head):
        return pred
    if _existential(pred):
        return next((c for c in pred.children if c.dep_ in ("attr", "nsubj") and c.pos_ in ("NOUN", "PROPN")), None)
    return None


def _cancelled(pred: Token) -> bool:
    """Whether ``pred`` describes, in a clause on a noun, a planned event a cancelling verb says did not take place
    ("The Grand Prix, which had been scheduled for May 21, was canceled"; "Organisers called off the race, which was
    due to take place on Sunday")."""
    clause = pred
    planned = lemma_in(pred, PLANNED_OCCURRENCE_WORDS)
    for _ in range(3):  # "was due to take place": from the infinitive up to the clause on the noun
        if clause.dep_ in ("relcl", "acl") or clause.dep_ == "amod" and clause.i > clause.head.i:
            break  # (an adjective set after its noun is a clause on it: "The strike, due to start on Monday,")
        if clause.dep_ not in ("xcomp", "acomp") or clause.head.i == clause.i:
            return False
        clause = clause.head
        planned = planned or lemma_in(clause, PLANNED_OCCURRENCE_WORDS)
    else:
        return False
    if not planned:
        return False  # "The ban, first proposed in 2022, was delayed": the proposing took place
    return _undone_by_its_verb(clause.head, pred)


def _undone_by_its_verb(noun: Token, pred: Token | None = None) -> bool:
    """Whether a cancelling verb says the event ``noun`` did not take place: its passive subject ("The match was
    called off") or its active object ("Organisers cancelled the race"). ``pred``: the verb of a clause on the noun
    that gives its planned date (not where the planning was done: "first planned in a 2015 study")."""
    if pred is not None and any(c.dep_ == "prep" and c.lower_ == "in" and any(
            g.dep_ == "pobj" and g.pos_ == "NOUN" and g.ent_type_ not in ("DATE", "TIME") for g in c.children)
            for c in pred.children):
        return False  # "The tunnel, first planned in a 2015 study, was abandoned": where the planning was done
    if noun.dep_ == "pobj" and noun.head.lower_ in ("in", "at") and noun.head.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head.head  # "The Grand Prix in Imola, which had been scheduled ...": the clause is the event's
    verb = noun.head
    if not (lemma_in(verb, CANCELLING_VERBS) or phrasal_lemma(verb) in CANCELLING_VERBS):
        return False  # ("call" alone schedules: "called a strike for June 3"; "called off" undoes)
    if _undecided(verb):
        return False
    passive = noun.dep_ == "nsubjpass"
    return passive or noun.dep_ == "dobj" and not any(c.dep_ == "auxpass" for c in verb.children)


def _plan_undone_by_conjunct(pred: Token, times: set[int] | frozenset[int] = frozenset()) -> bool:
    """'The concert had been scheduled for May 2021 but was pushed back by a year': a plan whose own subject a
    coordinated calling off or postponing verb (sharing that subject) undoes did not take place on the planned date.
    Not a coordinated verb that keeps the plan ("and went ahead as planned"), nor an undecided one ("but could be
    delayed")."""
    if pred.dep_ not in ("ROOT", "conj", "ccomp") or not lemma_in(pred, PLANNED_OCCURRENCE_WORDS) \
            or not any(c.dep_ == "nsubjpass" for c in pred.children) or phrasal_lemma(pred) is not None \
            or not any(c.dep_ == "cc" and c.lower_ == "but" for c in pred.children):
        # (a passive plan contrasted by "but": "was set up in 2010 and delayed ..." is no plan)
        return False
    if not any(c.dep_ == "prep" and c.i > pred.i and any(x.i in times for x in c.subtree) for c in pred.children):
        return False  # only the date the plan gives ("scheduled for May 2021"), not another time on the verb
    for c in pred.children:
        if c.dep_ != "conj" or c.i < pred.i or c.pos_ not in ("VERB", "AUX") \
                or any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
            continue
        # (the parser may take the particle for an adverb: "was pushed back", "back" an advmod)
        particles = {f"{c.lemma_.lower()} {g.lower_}" for g in c.children if g.dep_ in ("prt", "advmod") and g.i == c.i + 1}
        if (lemma_in(c, CANCELLING_VERBS) or phrasal_lemma(c) in CANCELLING_VERBS or particles & CANCELLING_VERBS) \
                and not lemma_in(c, _LATE_RUNNING_VERBS) and not _undecided(c):
            return True
    return False


_UNDECIDED_MODALS = _words("undecided_modals")
_LATE_RUNNING_VERBS = _words("late_running_verbs")


def _undecided(verb: Token) -> bool:
    """Whether the calling off ``verb`` is only possible, conditional or denied, so the plan still stands: "could be
    postponed", "would be called off if the ceasefire collapses", "was not cancelled". A "will"/"would" alone reports
    a decision ("the vote would be postponed, officials said")."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg", "advmod")]
    if any(c.dep_ == "neg" or c.lower_ in NEGATIONS for c in aux):
        return True
    if any(c.lower_ in _UNDECIDED_MODALS for c in aux if c.dep_ == "aux"):
        return True
    return any(c.dep_ == "aux" and c.lower_ in MODAL_AUX for c in aux) and any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITIONAL_MARKS for m in c.children)
        for c in verb.children)


def _undone_event(noun: Token, times: set[int] | frozenset[int] = frozenset()) -> bool:
    """'The 2020 summit was cancelled', 'delayed a cabinet vote planned for July': an event noun whose own time (a date
    on it, or a clause giving the date it was planned for) a cancelling verb says it did not keep; ``times``: the
    row's time expression, which on the verb of a calling off dates its object ("cancelled the race on Sunday"). Not
    a noun dated by a postponing verb's own time ("apologised for delaying the flights in May": they flew, later)."""
    if noun.pos_ != "NOUN" or not is_event_nominal(noun) or not _undone_by_its_verb(noun):
        return False
    if times and noun.dep_ == "dobj" and not lemma_in(noun.head, POSTPONING_VERBS) and any(
            c.dep_ == "prep" and any(x.i in times for x in c.subtree) for c in noun.head.children):
        return True
    # (an adjective after the noun is such a clause: "cancelled an inspection due in 2018")
    # (also a relative set off after the noun's own phrase: "The launch of the satellite, which had been scheduled
    # for Wednesday, was cancelled")
    planned = [c for c in noun.subtree
               if (c.head.i == noun.i and (c.dep_ in ("acl", "relcl") or c.dep_ == "amod" and c.i > noun.i)
                   or c.dep_ == "relcl" and c.head.i != noun.i and set_off_relative_owner(c).i == noun.i)
               and any(lemma_in(x, PLANNED_OCCURRENCE_WORDS) for x in c.subtree)]
    if planned:
        # (a postponing verb undoes only the date that clause gives, not the new one: "The launch, initially planned
        # for August, was postponed to Sept. 20": Sept. 20 is the plan now)
        return not times or not lemma_in(noun.head, POSTPONING_VERBS) \
            or any(x.i in times for c in planned for x in c.subtree)
    # (a date on the event itself only for a verb that calls it off: "cancelled the race on Sunday")
    return not lemma_in(noun.head, POSTPONING_VERBS) and any(
        c.dep_ in ("nummod", "compound", "amod", "poss", "npadvmod") and c.ent_type_ in ("DATE", "TIME")
        or c.dep_ == "prep" and any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in c.children)
        for c in noun.children)


def _own_postponed(noun: Token) -> bool:
    """'Antony Blinken postponed a trip to Beijing that was planned for the weekend': who puts off an event (a
    postponing verb, not a calling off) and can act is the one who was to do it; organisers who cancel a race, or
    rain that delays a festival, are not."""
    verb = noun.head
    if noun.dep_ != "dobj" or not lemma_in(verb, POSTPONING_VERBS):
        return False
    subj = subject_token(verb)
    return subj is not None and may_act(subj)


def _habitual(verb: Token) -> str:
    """The adverb that makes a present-tense verb a habit ("normally starts", "usually meets"), or ""."""
    if verb.tag_ not in ("VBZ", "VBP") and not any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in verb.children):
        return ""
    return next((c.lower_ for c in verb.children if c.dep_ == "advmod" and c.lower_ in HABITUAL_ADVERBS), "")


def _gerund_doer_verb(verb: Token) -> bool:
    """Whether ``verb`` (with its particle: "take up") is one whose gerund object its subject does
    (``gerund_doer_verbs``)."""
    if not is_predicate(verb):
        return False
    prt = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    return (f"{verb.lemma_.lower()} {prt}" if prt else verb.lemma_.lower()) in GERUND_DOER_VERBS


def _age_adjective(t: Token) -> bool:
    """'34-year-old': an age adjective (``age_adjectives``) counted by a time unit, which names a person."""
    return t.pos_ == "ADJ" and t.lower_ in AGE_ADJECTIVES \
        and any(c.dep_ == "npadvmod" and c.lemma_.lower() in TIME_UNITS for c in t.children)


def _age_subject(pred: Token) -> Token | None:
    """'The 23-year-old joined from Porto in January', 'The 39-year-old set the world record', parsed with the
    age as a modifier of the verb: an age adjective hung on the verb before it, nothing but its determiner
    before it, is the verb's subject."""
    for c in pred.children:
        if c.i < pred.i and c.dep_ in ("amod", "advmod", "npadvmod", "dep") and _age_adjective(c) \
                and c.right_edge.i == pred.i - 1:
            return c
    return None


def _age_phrase(head: Token, toks: list[Token]) -> list[Token]:
    """The words of an age subject with the determiner the parser hung on the verb ("The 23-year-old")."""
    if not toks or not _age_adjective(head) or toks[0].i == 0:
        return toks
    det = head.doc[toks[0].i - 1]
    return [det, *toks] if det.dep_ == "det" and det.head.i == head.head.i else toks


def _negations(verb: Token) -> int:
    """How many times ``verb`` is negated: its own "not"/"never"/"n't", and up the infinitives it hangs from, each
    verb whose infinitive did not happen (``negative_implicative_verbs``: "refused to deny") and each "not" of
    theirs ("did not fail to prove" counts two)."""
    count, v, hops = 0, verb, 0
    while True:
        count += sum(1 for c in v.children if c.dep_ == "neg" or c.dep_ == "advmod" and c.lower_ in NEGATIONS)
        if v is not verb and lemma_in(v, NEGATIVE_IMPLICATIVE_VERBS):
            count += 1
        if v.dep_ != "xcomp" or not is_predicate(v.head) or hops >= 3:
            return count
        v, hops = v.head, hops + 1


def _framing_mood(pred: Token) -> str:
    """What the clause around ``pred`` does to it that its own verb group does not show: a clause under a denying
    verb ("denied that she had met the lobbyist in March", ``denying_verbs``) is "denied"; a conditional clause
    opened by its inverted auxiliary ("Had the dam failed on Sunday, thousands would have died") is "if"; "" for
    anything else."""
    if pred.dep_ == "ccomp" and is_predicate(pred.head) and lemma_in(pred.head, DENYING_VERBS) \
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in pred.children) and _negations(pred.head) % 2 == 0:
        # (a denial denied is none: "did not deny that she had met the lobbyist", "never disputed", "refused to
        # deny")
        return "denied"
    claim = pred.head
    if pred.dep_ in ("acl", "ccomp") and lemma_in(claim, CLAIM_NOUNS) and claim.dep_ == "dobj" \
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in pred.children) \
            and is_predicate(claim.head) and lemma_in(claim.head, DISMISSING_VERBS) and _negations(claim.head) % 2 == 0:
        # "dismissed reports that the president had been taken to hospital on Friday": a claim denied
        return "denied"
    if pred.dep_ == "ccomp" and is_predicate(pred.head) and lemma_in(pred.head, PROVING_VERBS) \
            and modality(pred.head)[0] and not (_negations(pred.head) and _negations(pred.head) % 2 == 0):
        # "prosecutors had failed to prove he hid income in 2014", "could not show that it paid in May": what the
        # proof was to establish is not established (a failure denied is a proof: "did not fail to prove")
        return "unproven"
    if pred.pos_ in ("NOUN", "PROPN") and pred.dep_ == "dobj" and is_predicate(pred.head):
        excluded = EXCLUDING_VERBS.get(phrasal_lemma(pred.head) or "") or EXCLUDING_VERBS.get(pred.head.lemma_.lower())
        if excluded:
            # "has not ruled out a strike in the autumn": a strike is possible, not reported as held
            return f"not {excluded}" if _negations(pred.head) % 2 else excluded
    if pred.pos_ == "NOUN" and pred.dep_ in ("nsubj", "nsubjpass") and is_predicate(pred.head) \
            and has_to(pred.head):
        # "expects fourth-quarter earnings to be substantially lower": an event noun subject of an infinitive
        # clause is as (un)asserted as that clause ("expected to")
        return modality(pred.head)[0]
    if pred.pos_ == "NOUN" and due_to_misread_verb(pred):
        # "were due to finish in 2015", the verb read as a noun: a plan, as "due to open"; "were originally due to
        # finish" keeps the word that says the plan was given up
        due = pred.doc[pred.i - 2]
        gave_up = next((c.lower_ for v in (due, due.head) for c in v.children
                        if c.dep_ == "advmod" and c.lower_ in SUPERSEDED_PLAN_ADVERBS), None)
        return gave_up or "due to"
    if pred.dep_ in ("advcl", "xcomp") and pred.tag_ == "VB" and lemma_in(pred.head, DEADLINE_GRANTING_VERBS) \
            and any(c.dep_ == "prep" and c.lower_ in ("until", "till") for c in pred.head.children):
        # "had until March 31 to file", "gave the bank until Friday to respond": the act is due by then, not done
        return "due"
    if pred.pos_ == "ADJ" and pred.dep_ == "acomp" and lemma_in(pred, EXPECTING_VERBS) and pred.head.lemma_ == "be" \
            and not any(c.dep_ in ("xcomp", "ccomp") or c.dep_ == "advmod" and c.lower_ in SUPERSEDED_PLAN_ADVERBS
                        for v in (pred, pred.head) for c in v.children):
        # "The trawler was due back on Sunday night": when it was expected, not that it came ("due to finish" has
        # its infinitive's "due to", "was originally due in 2015" its "originally")
        return "due"
    if pred.dep_ in ("advcl", "ccomp") and not any(c.dep_ == "mark" for c in pred.children):
        subj = next((c for c in pred.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        aux = next((c for c in pred.children if c.dep_ in ("aux", "auxpass") and c.lower_ in INVERTED_CONDITIONALS), None)
        # (the main clause's modal, or one of a clause beside it when an attribution split the two: "Had the levee
        # failed on Sunday, engineers said, 4,000 homes would have flooded", both clauses hung on "said")
        main = [pred.head] + ([c for c in pred.head.children if c.dep_ in ("ccomp", "conj") and c.i > pred.i]
                              if pred.dep_ == "ccomp" else [])
        if subj is not None and aux is not None and aux.i < subj.i and aux.i == pred.sent.start \
                and any(c.dep_ == "aux" and c.tag_ == "MD" for m in main for c in m.children):
            return "if"
    return ""


def _outcome_verb(pred: Token) -> Token | None:
    """The verb whose outcome the event noun ``pred`` is (``outcome_verbs``): "post a loss", "result in a charge".
    None otherwise."""
    if pred.pos_ not in ("NOUN", "PROPN"):
        return None
    if pred.dep_ == "dobj" and is_predicate(pred.head) and pred.head.lemma_.lower() in OUTCOME_VERBS:
        return pred.head
    prep = pred.head
    if pred.dep_ == "pobj" and prep.dep_ == "prep" and is_predicate(prep.head) \
            and f"{prep.head.lemma_.lower()} {prep.lower_}" in OUTCOME_VERBS:
        return prep.head
    return None


def _worded_mood(mood: str) -> str:
    """The modality column as words a reader takes in: a word the verb group and a purpose "to" both gave once
    ("had hoped to present an agreement by Friday": "hopes to", not "hopes to to"), and a raising predicate's bare
    form under a modal ("will refuse to", not "will refused to"; ``raising_predicates_after_modal``)."""
    words: list[str] = []
    for w in mood.split():
        if not words or words[-1] != w:
            words.append(w)
    return _MODAL_THEN_FINITE.sub(lambda m: f"{m.group(1)}{m.group(2) or ''} {RAISING_PREDICATES_AFTER_MODAL[m.group(3)]}",
                                  " ".join(words))


# a modal, perhaps "not", then a raising predicate's finite form: built once, every row's modality passes through it
# (longest forms first, so "agreed to" is never cut to a shorter entry)
_MODAL_THEN_FINITE = re.compile(
    rf"\b({'|'.join(map(re.escape, sorted(set(MODAL_AUX.values()))))})( not)? "
    rf"({'|'.join(map(re.escape, sorted(RAISING_PREDICATES_AFTER_MODAL, key=len, reverse=True)))})\b")


def _named_in_apposition(head: Token, coordinated: bool = False) -> Token | None:
    """'Its sponsor, Senator Dana Whitfield,', "Lordstown's mayor, Arno Hill,": a possessed noun only relates its
    referent to someone else (who "its" is may be unknown); a full name set off by commas after it says who the
    subject is. None otherwise: a description that stands alone ("The coach, Ines Blanco,") or a name of one word
    ("His brother, Jon,": a first name alone says less than the noun; "Its rival, Tunewave," is the name) stays as
    written, its apposition an aside."""
    if head.pos_ != "NOUN" or not any(c.dep_ == "poss" for c in head.children):
        return None
    if coordinated != any(c.dep_ == "conj" and c.i > head.i for c in head.children):
        # "Its owner, Claire Dubois, and her brother Marc": the name says who the first of two is (``coordinated``:
        # that one's name, for the first conjunct alone)
        return None
    doc = head.doc
    for c in head.children:
        if c.dep_ == "appos" and c.i > head.i and c.pos_ == "NOUN" and c.left_edge.i > 0 \
                and doc[c.left_edge.i - 1].text == "," \
                and any(g.dep_ == "appos" and g.pos_ == "PROPN" and g.i == c.right_edge.i and g.left_edge.i == c.i + 1
                        for g in c.children):
            # "Its customer, the Swiss weather agency MeteoAlp,": the description the name closes (a name of more
            # words too: "Last year's winner, the Scottish poet Ewan Tait,")
            return c
        if c.dep_ == "appos" and c.i > head.i and c.pos_ == "PROPN" and c.ent_type_ not in ("DATE", "TIME") \
                and c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == "," \
                and (any(x.dep_ in ("compound", "flat") and x.pos_ == "PROPN" for x in c.children)
                     or c.lower_ not in GENDER_OF_WORD):
            return c
    return None


def _unmarked_apposition(head: Token) -> Token | None:
    """'a magnitude 6.4 earthquake struck', parsed as "a magnitude" with "6.4 earthquake" in apposition; 'The founder
    of the collapsed payments firm Quorra, Simon Achebe,' with "firm Quorra" (even "firm" a verb) in apposition to
    "founder": the first apposition after the noun, when it goes on with the noun's own phrase
    (:func:`~.coref.continues_noun_phrase`), is the rest of one noun phrase."""
    app = next((c for c in head.children if c.dep_ == "appos" and c.i > head.i), None)
    return app if app is not None and continues_noun_phrase(head, app) else None


def _referent_tokens(ref: Referent, inside: set[int]) -> list[Token]:
    if ref.head is not None:
        named = _named_in_apposition(ref.head)
        if named is not None:
            toks = phrase_tokens(named, inside)
            old = next((k for k, t in enumerate(toks) if t.lower_ == "old" and t.ent_type_ == "DATE"), None)
            if old is not None and all(t.ent_type_ == "DATE" for t in toks[:old + 1]) \
                    and any(t.pos_ == "PROPN" for t in toks[old + 1:]):
                toks = toks[old + 1:]  # "The company's founder, 78-year-old Hans Weber,": the name without the age
            return toks
        head = ref.head
        if head.dep_ in ("nmod", "compound") and getattr(participle_misparse(head.head), "i", -1) == head.i:
            head = head.head  # "A union representing guards": the whole phrase names the union
        toks = _age_phrase(head, phrase_tokens(head, inside | _comma_asides(head)))
        if len(toks) > 1 and toks[0].lower_ in SUBJECT_FOCUS_ADVERBS and toks[0].dep_ == "advmod":
            toks = toks[1:]  # "Only about 30 percent of Kenyans": about 30 percent of them
        lost = next((v for v in head.subtree if v.dep_ == "acl" and v.i > head.i
                     and getattr(lost_main_verb_subject(v), "i", -1) == head.i), None)
        if lost is not None and ref.pronoun:
            # "Tickets for the three shows sold out in an hour when they went on sale", parsed with no main verb:
            # the noun a pronoun stands for is the whole phrase before its lost verb
            toks = [t for t in head.doc[head.left_edge.i:lost.i] if t.i not in inside]
        role = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > head.i), None)
        if role is not None and head.pos_ == "PROPN" and head.dep_ == "pobj":
            # "the election of Ana Ruiz as mayor in 2019": the role a name is given is no part of who
            toks = [t for t in toks if t.i not in {x.i for x in role.subtree}]
        both = next((c for c in head.children if c.dep_ == "preconj" and c.i < head.i and c.i not in inside), None)
        if both is not None and toks and toks[0].i > both.i:
            toks = [both] + toks  # "Neither the mayor nor the governor", "Both Lee and Park": the pair's first word
        name = _split_off_name(head) or _run_on_subject(head)
        if name is not None:
            toks = toks + phrase_tokens(name, inside)
        rest = _unmarked_apposition(head)
        if rest is not None and name is None:
            toks = toks + [t for t in phrase_tokens(rest, inside) if t.i > toks[-1].i]
        second = _split_conjunct_subject(head)
        if second is not None and not ref.pronoun and toks:
            cc, other = second
            toks = toks + [cc] + [t for t in phrase_tokens(other, inside) if t.i > cc.i]
        part = _count_of(ref.head, inside)
        if part and len(part) > len(toks):
            toks = part  # "Two of Portugal's biggest lenders, Banco Atlantico and Caixa Norte," cut short is not "Two"
        if ref.pronoun and ref.pronoun.lower() in PRONOUN_GENDERS:
            # "Raman and her coach, Arjun Das, will fly ... she would defend": a "he"/"she" stands for one person, the
            # first conjunct alone
            cc = next((c for c in ref.head.children if c.dep_ == "cc" and c.i > ref.head.i), None)
            if cc is not None and any(c.dep_ == "conj" and c.i > cc.i for c in ref.head.children):
                toks = [t for t in toks if t.i < cc.i]
                while toks and toks[-1].is_punct:
                    toks.pop()
        if ref.pronoun and ref.pronoun.lower() in PRONOUN_GENDERS:
            toks = _name_without_lowercase_title(toks, head)
        if ref.pronoun:
            # the noun a pronoun stands for reads without the clause the pronoun sits in ("a retired accountant in
            # Leeds, where she had lived")
            clauses = [c for t in toks for c in t.children if c.dep_ == "relcl" and c.i > ref.head.i]
            if clauses:
                cut = min(c.left_edge.i for c in clauses)
                toks = [t for t in toks if t.i < cut]
                while toks and (toks[-1].is_punct or toks[-1].dep_ == "cc"):
                    toks.pop()
        if ref.pronoun and head.dep_ == "dobj":
            # "Police arrested a man in Dundee on Friday. He was charged": a place the parser hung on the verb's object
            # says where the verb happened, and is no part of whom the pronoun means ("a man")
            where = [c for c in head.children if c.dep_ == "prep" and c.i > head.i and c.lower_ in ("in", "at", "near")
                     and any(g.dep_ == "pobj" and g.ent_type_ in ("GPE", "LOC", "FAC")
                             and not any(x.dep_ in ("relcl", "acl") for x in g.children) for g in c.children)]
            # (not a place a clause hangs on: "questioned a retired accountant in Leeds, where she had lived")
            if where:
                cut = {x.i for c in where for x in c.subtree}
                toks = [t for t in toks if t.i not in cut]
        if ref.head.dep_ == "poss":  # "Norway's" as a subject reads "Norway"
            # (the mark that ends the owner's phrase, whichever word the parser hangs it on: "the Duke of York's";
            # a mark inside the phrase stays: "The librarians' union's strike" reads "The librarians' union")
            while toks and toks[-1].tag_ == "POS" and not _inside_name(toks[-1]):
                toks = toks[:-1]
        first = _named_in_apposition(head, coordinated=True)
        cc = next((c for c in head.children if c.dep_ == "cc" and c.i > head.i), None)
        if first is not None and cc is not None and cc.i > first.right_edge.i:
            # "Its owner, Claire Dubois, and her brother Marc" reads "Claire Dubois and her brother Marc"
            toks = phrase_tokens(first, inside) + [t for t in toks if t.i >= cc.i]
        if toks and toks[0].i != ref.head.i and _lost_verb_opening(toks[0]):
            toks = toks[1:]
        verb = _finite_verb_inside(toks)
        if verb is not None:
            toks = [t for t in toks if t.i < verb.i]
        mark = head.doc[toks[0].i - 1] if toks and toks[0].i > 0 else None
        if mark is not None and mark.dep_ == "mark" and mark.lower_ in ("that", "this", "these", "those") \
                and mark.head.i == head.head.i and head.dep_ in ("nsubj", "nsubjpass") and mark.i == mark.sent.start \
                and not any(c.dep_ == "det" for c in head.children):
            # "That earlier emergency was lifted in May", parsed with "That" as the verb's subordinator: opening the
            # sentence right before a subject with no determiner of its own, it is that subject's determiner
            toks = [mark] + toks
        if len(toks) > 1 and toks[0].lower_ in ("that", "which") and toks[0].dep_ == "nsubj" \
                and toks[0].head.i == head.i and head.i > toks[0].i:
            # "said last week that work on a smaller plant would start", parsed with "work" as a verb and "that" as
            # its subject: the conjunction opens the clause and is no word of who
            toks = toks[1:]
        if _adverb_as_head(head) and len(toks) > 1:
            toks = [t for t in toks if t.i != head.i]  # "The two last met in November": "The two"
        while len(toks) > 1 and toks[-1].i > head.i and (toks[-1].lower_ in NEGATIONS or toks[-1].text == ","):
            toks = toks[:-1]  # "The council, not the mayor, approved": the aside's "not" left behind goes too
        if toks and toks[0].i > 0 and toks[0].i < head.i and toks[0].lower_ in _AS_QUANTIFIERS:
            prev = head.doc[toks[0].i - 1]
            if prev.lower_ == "as" and prev.head.i == head.i and prev.dep_ in ("advmod", "quantmod"):
                toks = [prev] + toks  # "As many as 11,000 came ashore": the first "as" is the amount's, no subordinator
        return toks
    return ref.name_tokens


def _name_without_lowercase_title(toks: list[Token], head: Token) -> list[Token]:
    """'Tourism minister Luka Horvat said ... he would visit': the person a "he"/"she" stands for is the full name,
    without the lower-case job title the phrase runs it on with (a capitalised one, "Interior Minister Rosa
    Villanueva", reads as part of the name and stays)."""
    if head.pos_ != "PROPN" or head.ent_type_ != "PERSON" or not toks or toks[-1].i != head.i:
        return toks
    k = len(toks) - 1
    while k > 0 and toks[k - 1].pos_ == "PROPN" and toks[k - 1].dep_ == "compound":
        k -= 1
    if len(toks) - k < 2 or k == 0:
        return toks  # one word of a name, or nothing before it
    title = toks[k - 1]
    if title.pos_ != "NOUN" or not title.is_lower or title.dep_ != "compound" or not lemma_in(title, PERSON_NOUNS):
        return toks
    return toks[k:]


# the words of an "as many as N" amount between its two "as"
_AS_QUANTIFIERS = frozenset({"many", "much", "few", "little"})


def _coordinated_pronoun_tail(subj: Token | None, inside: set[int]) -> list[Token]:
    """'She and her Latvian counterpart, Ivars Berzins, are due to meet': the words coordinated with a personal
    pronoun subject ("and her Latvian counterpart, Ivars Berzins"), which the subject keeps after what the pronoun
    stands for; empty for anything else."""
    if subj is None or subj.pos_ != "PRON" or subj.lower_ in RELATIVE_PRONOUNS:
        return []
    cc = next((c for c in subj.children if c.dep_ == "cc" and c.i > subj.i), None)
    conj = next((c for c in subj.children if c.dep_ == "conj" and cc is not None and c.i > cc.i), None)
    if conj is None or any(t.i in inside for t in conj.subtree):
        return []
    # (with a name set off after it: "her Latvian counterpart, Ivars Berzins" says who)
    toks = [t for t in conj.subtree if t.i not in inside]
    while toks and toks[-1].is_punct:
        toks.pop()
    return [cc, *toks]


def _finite_verb_inside(toks: list[Token]) -> Token | None:
    """'The 24-year-old scored 31 goals last season and was named ...', parsed with "scored" as an adjective on
    "goals" and the whole as the second verb's subject: a past-tense verb (not a participle) taken for a modifier
    of a noun in the subject's words, right after a determiner's phrase that ends on an adjective or noun of its own,
    is the subject's own lost verb; the subject ends before it. None when there is none ("The injured players", "the
    reported figures": a participle right after its determiner)."""
    if len(toks) < 3 or toks[0].dep_ != "det":
        return None
    doc = toks[0].doc
    words = {t.i for t in toks}
    for t in toks:
        for c in t.children:
            if c.dep_ in ("amod", "nmod", "compound") and c.tag_ == "VBD" and toks[0].i + 1 < c.i < t.i \
                    and c.i - 1 in words and doc[c.i - 1].pos_ in ("ADJ", "NOUN", "PROPN") \
                    and doc[c.i - 1].head.i != c.i:
                return c
    return None


def _adverb_as_head(t: Token) -> bool:
    """'The two last met in November', parsed with "last" as the subject's head: an adverb of the verb right
    after it (``subject_adverbs``), with a number or noun of the phrase before it."""
    return t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("ADJ", "ADV") and t.lower_ in SUBJECT_ADVERBS \
        and t.i + 1 < len(t.doc) and t.doc[t.i + 1].i == t.head.i and t.right_edge.i == t.i \
        and any(c.i < t.i and c.pos_ in ("NUM", "NOUN", "PROPN") for c in t.children)


def _relative_shared(subj: Token | None, pred: Token) -> str:
    """'The agreement, which raises pay and adds two days of leave from January, was ...', parsed with "adds" as
    the main verb of "The agreement": a verb right after a relative clause on its subject and an "and" is that
    clause's second verb, its subject the relative pronoun's noun (the subject is right; it was resolved from the
    pronoun). "" otherwise."""
    if subj is None or subj.dep_ != "nsubj" or subj.head.i != pred.i:
        return ""
    for c in subj.children:
        rel = next((g for g in c.children if g.lower_ in RELATIVE_PRONOUNS and g.dep_ in ("nsubj", "nsubjpass")), None) \
            if c.dep_ == "relcl" else None
        if rel is not None and any(g.dep_ == "cc" and g.i == c.right_edge.i + 1 and g.i < pred.i == g.i + 1
                                   for g in subj.children):
            return rel.text
    return ""


def _split_off_name(head: Token) -> Token | None:
    """'A landscape by the Dutch painter Aert van der Hoek sold', parsed with the name as a second subject of the
    verb: the name right after the subject's phrase, which ends on a common noun of its own, ends that phrase."""
    # (a passive's subject too: "The takeover of Brightwater by the Dutch dairy group Melkunie was approved")
    if head.dep_ not in ("nsubj", "nsubjpass") or head.right_edge.i == head.i or head.right_edge.pos_ != "NOUN":
        return None
    return next((c for c in head.head.children if c.dep_ == head.dep_ and c.pos_ == "PROPN"
                 and c.left_edge.i == head.right_edge.i + 1), None)


def _run_on_subject(head: Token) -> Token | None:
    """'A magnitude 6.4 earthquake struck', parsed as two subjects of the verb, "A magnitude" and "6.4 earthquake": a
    second subject of the same verb right after the first's last word, with no comma or "and" between, and a common
    noun (not a pronoun or a name) is the rest of one noun phrase."""
    # (not after a coordinator closing the first: "The coach as well as three players were suspended" is two)
    if head.dep_ not in ("nsubj", "nsubjpass") or head.pos_ != "NOUN" or head.right_edge.dep_ == "cc":
        return None
    return next((c for c in head.head.children if c.dep_ == head.dep_ and c.i > head.i and c.pos_ == "NOUN"
                 and c.left_edge.i == head.right_edge.i + 1 and not c.left_edge.is_punct
                 and c.left_edge.dep_ != "cc"), None)


def _split_conjunct_subject(head: Token) -> tuple[Token, Token] | None:
    """'Ruth Okoye, who chairs the committee, and her deputy will travel', parsed as two subjects of the verb with the
    "and" on the first: the second subject right after that "and" is the other half of one coordinated subject
    (the "and" and that subject), None otherwise."""
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return None
    cc = next((c for c in head.children if c.dep_ == "cc" and c.i > head.i), None)
    if cc is None or any(c.dep_ == "conj" for c in head.children):
        return None
    other = next((c for c in head.head.children if c.dep_ == head.dep_ and c.i > cc.i
                  and c.left_edge.i == cc.i + 1 and c.pos_ in ("NOUN", "PROPN")), None)
    return (cc, other) if other is not None else None


def _count_of(head: Token, inside: set[int]) -> list[Token]:
    """'Two of Portugal's biggest lenders': a number heading a subject names who with its "of" phrase; the
    number and that phrase, without what is set off after them (empty when ``head`` is no such number)."""
    if head.tag_ != "CD" or head.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT"):
        return []
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == head.i + 1), None)
    if of is None:
        return []
    words = [head] + [x for x in of.subtree if x.i not in inside]
    return words if len(words) <= 12 else []


def _comma_asides(head: Token) -> set[int]:
    """The words of a prepositional phrase set off by commas right after a subject's noun ("The men, both from
    Belgium, had set out", "Officials, like their rivals, ..."): an aside, not who the subject is."""
    doc = head.doc
    found = {x.i for c in head.children if c.dep_ == "prep" and c.i > head.i and c.left_edge.i > head.i
             and doc[c.left_edge.i - 1].text == "," and c.right_edge.i + 1 < len(doc)
             and doc[c.right_edge.i + 1].text == "," for x in c.subtree}
    return found | _listing_aside(head)


def _listing_aside(head: Token) -> set[int]:
    """The words between a subject's noun and its verb set off by commas when they open with a preposition and list
    places with their times ("Two crashes, in Peru in 2018 and in Chile in 2020, killed ..."): which the parser
    scatters over the noun, the verb and each other, so the place of the first listed time is not kept in the
    subject of the second's row (nor of the first's: the aside says where and when, not who)."""
    doc = head.doc
    verb = head.head
    if head.dep_ not in ("nsubj", "nsubjpass") or verb.i <= head.i + 3 or head.i + 2 >= len(doc):
        return set()
    if doc[head.i + 1].text != "," or doc[verb.i - 1].text != "," or doc[head.i + 2].pos_ != "ADP":
        return set()
    stretch = doc[head.i + 1:verb.i]
    if any(t.pos_ in ("VERB", "AUX") for t in stretch):
        return set()  # a clause, not a list of places and times
    if sum(t.ent_type_ in ("DATE", "TIME") and t.dep_ == "pobj" for t in stretch) < 2:
        return set()  # one time: the plain aside above (or no list at all)
    return {t.i for t in stretch}


def _lost_verb_opening(t: Token) -> bool:
    """'The researchers, from the University of Lima, analysed buoy records collected since 1985', parsed with no
    verb: the "-ed" word right after the comma that the parser took for an adjective on "records" is the
    sentence's lost verb, no part of who or what the noun is ("the damaged houses" keeps its adjective)."""
    doc = t.doc
    return t.dep_ == "amod" and t.tag_ in ("VBD", "VBN") and t.lower_.endswith("ed") and t.i > 0 \
        and doc[t.i - 1].text == "," and t.sent.root.pos_ in ("NOUN", "PROPN") and t.head.dep_ == "appos"


def _set_off_clauses(head: Token | None) -> set[int]:
    """The words of a relative clause set off by a comma deeper in a subject's phrase ("Funding for the project,
    which was cut in 2023, was restored"): an aside on one of its nouns, not who or what the subject is. (One
    without a comma says which: "The owner of the shop that burned down". What a pronoun stands for is cut at its own
    clause: :func:`_referent_tokens`.)"""
    if head is None:
        return set()
    doc = head.doc
    found = {y.i for x in head.subtree if x.dep_ == "relcl" and x.head.i != head.i and x.left_edge.i > head.i
             and doc[x.left_edge.i - 1].text == "," for y in x.subtree}
    # and a past participle set off by commas anywhere after the noun ("A documentary about his life, filmed over
    # the past two years, will premiere"): an aside on what the subject is, with its opening comma
    for x in head.subtree:
        if x.dep_ == "acl" and x.tag_ == "VBN" and x.i > head.i and x.left_edge.i > head.i \
                and doc[x.left_edge.i - 1].text == "," \
                and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in x.children):
            found.update(y.i for y in x.subtree)
            found.add(x.left_edge.i - 1)
    return found


def _time_phrases(head: Token | None, times: set[int] | frozenset[int]) -> set[int]:
    """The words of a time phrase inside a subject's phrase ("Rescuers on Sunday pulled ...", "The summit in
    April", "The heat wave, the second this month,"): another row's date, which says when, not who."""
    if head is None or not times:
        return set()
    found = {x.i for p in head.children if p.dep_ == "prep"
             for g in p.children if g.dep_ == "pobj" and g.i in times for x in p.subtree}
    # one in an infinitive on the subject ("A plan to remove cars by 2028 was approved on Monday"): the plan's date
    found.update(x.i for a in head.children if a.dep_ == "acl" and a.tag_ == "VB"
                 and has_to(a)
                 for p in a.children if p.dep_ == "prep"
                 for g in p.children if g.dep_ == "pobj" and g.i in times for x in p.subtree)
    # a bare time deeper in the phrase ("The heat wave, the second this month, ..."): its words go as well
    found.update(x.i for t in head.subtree if t.i in times and t.dep_ in ("npadvmod", "tmod") for x in t.subtree)
    # and one the tagger leaves untagged but the entity tagger calls a date ("Storm Bram, the second named storm
    # this season, ..."): a bare noun phrase of time hanging on the subject says when, not who
    found.update(x.i for t in head.children if t.dep_ in ("npadvmod", "tmod") and t.pos_ == "NOUN" and (
        t.ent_type_ in ("DATE", "TIME") or lemma_in(t, PERIOD_NOUNS)) for x in t.subtree)
    # and a range's second end the parser coordinated with the subject ("Buyers who paid deposits between 2014 and
    # this spring can claim", parsed "Buyers and this spring"): a time is no one's fellow subject; its "and" goes too
    for t in head.children:
        if t.dep_ == "conj" and t.i in times:
            found.update(x.i for x in t.subtree)
            found.update(c.i for c in head.children if c.dep_ == "cc" and c.i < t.i and not any(
                g.dep_ == "conj" and c.i < g.i < t.i and g.i not in times for g in head.children))
    return found


def _whose_antecedent(subj: Token | None) -> Token | None:
    """The noun a "whose" in the subject stands for ("the union, whose members went on strike")."""
    if subj is None:
        return None
    if subj.dep_ == "poss" and subj.lower_ == "whose":
        # the owner of an event noun itself ("carmaker Veltro, whose annual report was postponed until Friday",
        # the row's trigger the report): the noun the clause hangs on
        clause = subj.head.head
        if clause.dep_ in ("relcl", "acl") and clause.head.pos_ in ("NOUN", "PROPN") and clause.head.i < subj.i:
            return clause.head
    for c in subj.children:
        if c.dep_ == "poss" and c.lower_ == "whose":
            clause = subj.head
            if clause.dep_ in ("relcl", "acl") and clause.head.pos_ in ("NOUN", "PROPN"):
                return clause.head
    return None


def _own_name(subj: Token, pred: Token) -> str | None:
    """The person's name a "whose" subject of the relative clause ``pred`` gives its doer ("whose grandson Jens
    Brandes has run the company since 2004": Jens Brandes; "whose leader, Tom Hart,"), who needs no owner to be told
    apart; None for a common noun ("whose members"), a thing's name ("whose iPhone went on sale") or a verb the parser
    hung inside the clause that is the main clause's ("The party, whose leader Tom Hart resigned, named a successor")."""
    if subj.dep_ not in ("nsubj", "nsubjpass") or subj.head.i != pred.i or pred.dep_ != "relcl":
        return None
    if subj.pos_ == "NOUN":  # "whose grandson, Jens Brandes," with the name in apposition
        titled = lemma_in(subj, PERSON_NOUNS)
        subj = next((c for c in subj.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    else:  # "whose leader Tom Hart", the title a compound on the name
        titled = any(c.dep_ == "compound" and c.pos_ == "NOUN" and lemma_in(c, PERSON_NOUNS) for c in subj.children)
    if subj is None or subj.pos_ != "PROPN" or not (titled or subj.ent_type_ == "PERSON"):
        return None
    own = {x.i for x in subj.subtree}
    j = subj.i
    # the name's words back to its title ("Prime Minister Erna Solberg", "Luuk de Vries")
    while j - 1 in own and (subj.doc[j - 1].pos_ == "PROPN" or subj.doc[j - 1].lower_ in NAME_PARTICLES):
        j -= 1
    return join_tokens(list(subj.doc[j:subj.i + 1]))


def _without_owner_mark(toks: list[Token], owner: Token | None) -> list[Token]:
    """``toks`` without the possessive mark of ``owner`` ("Norway's" reads "Norway"); another's mark stays
    ("Lordstown's mayor"). With no owner, without any mark. A mark inside the owner's name stays: "Moody's" (the
    entity tagger's name runs through it) is the agency, not a Mr Moody."""
    return [t for t in toks if t.tag_ != "POS" or owner is not None and t.head.i != owner.i
            or _inside_name(t)]


def _inside_name(mark: Token) -> bool:
    """Whether a possessive mark is part of a name the entity tagger marked through it ("Moody's", "Sainsbury's"): a
    one-word name; after a name of more words the tagger only ran on ("Hartwell Pharma's acquisition") it is the
    owner's mark."""
    if not (mark.ent_iob_ == "I" and mark.ent_type_ in ACTOR_LABELS):
        return False
    start = mark.i
    while start > 0 and mark.doc[start - 1].ent_iob_ in ("B", "I") and mark.doc[start].ent_iob_ == "I":
        start -= 1
    return mark.i - start <= 1


def _owning(name: str, head: Token | None, names: bool = False) -> str:
    """``name`` as an owner: "Marco Bellini's", but the apostrophe alone after a plural in -s ("the players'")
    whose head ``head`` is tagged plural; with ``names`` also after a singular name in -s ("Jones' lawyer"). A word
    in -ss takes "'s" ("the boss's")."""
    tags = ("NNS", "NNPS", "NNP") if names else ("NNS", "NNPS")
    # (the word the mark goes on is the name's last, which an "of" phrase may hold: "the Board of Governors'")
    last = name.rsplit(" ", 1)[-1]
    end = next((t for t in reversed(list(head.subtree)) if t.text == last), head) if head is not None else None
    bare = name.endswith("s") and not name.endswith("ss") and end is not None and (
        end.tag_ in tags or " of " in name and end.tag_ == "NNP")
    return name + ("'" if bare else "'s")


def _acted_in(noun: Token) -> bool:
    """'Voters rejected the plan in a referendum on Sunday', 'announced the cuts at a news conference on Friday': an
    event noun with its own time, in which an active verb with an object was done ("in", "at", "during"), and with
    no doer of its own: the verb's subject takes part in it."""
    verb = _verb_of_noun(noun)
    if verb is None or noun.head.lower_ not in ("in", "at", "during") or noun.head.i < verb.i or noun.i == verb.i \
            or not any(c.dep_ == "dobj" for c in verb.children) or lemma_in(verb, RELATING_VERBS) \
            or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) \
            or any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in ("of", "by") for c in noun.children):
        return False
    subj = subject_token(verb)
    return subj is not None and not negative_subject(subj)


def _verb_of_noun(noun: Token) -> Token | None:
    """The verb an event noun's phrase hangs on through a preposition ("resigned in protest", "rejected the plan in
    a referendum"); None for anything else."""
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return None
    verb = noun.head.head
    if verb.dep_ == "dobj" and verb.pos_ in ("NOUN", "PROPN") and noun.head.lower_ in ("in", "at", "during") \
            and not any(c.dep_ == "poss" for c in verb.children):  # (not "followed the party's defeat in the election")
        verb = verb.head  # ("rejected the plan in a referendum", the phrase hung on the object)
    return verb if is_predicate(verb) and verb.pos_ in ("VERB", "AUX") else None


def _partitive_relative(subj: Token | None) -> tuple[Token, Token] | None:
    """'Residents, many of whom lost their homes': a relative clause's subject that counts part of the relative
    pronoun ("many of whom", "two of which"), and the noun that pronoun stands for; None otherwise."""
    if subj is None or subj.head.dep_ != "relcl" or subj.dep_ not in ("nsubj", "nsubjpass"):
        return None
    rel = next((g for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children if g.dep_ == "pobj" and g.lower_ in ("whom", "which")), None)
    ante = subj.head.head
    if rel is None or ante.pos_ not in ("NOUN", "PROPN"):
        return None
    return rel, ante


def _replace_first_word(text: str, word: str, by: str) -> str:
    head, _, rest = text.partition(" ")
    return f"{by} {rest}".strip() if head.lower() == word else text


def _opens_on_its_verb(summary: list, pred: Token, subj: Token | None) -> bool:
    """Whether the headline opens on the row's verb group (the verb, its auxiliaries or negation, or a verb it is
    the infinitive of: "expected to resume") while its subject stands before it and nowhere in it."""
    if subj is None or not summary or subj.i > pred.i or subj.sent.start != pred.sent.start \
            or subj.lower_ in RELATIVE_PRONOUNS or not is_predicate(pred):
        return False
    first = summary[0]
    if not isinstance(first, Token) or first.i < subj.i:
        return False
    group = {pred.i} | {c.i for c in pred.children if c.dep_ in ("aux", "auxpass", "neg")}
    x = pred
    while x.dep_ == "xcomp" and x.head.i < x.i:
        x = x.head
        group |= {x.i} | {c.i for c in x.children if c.dep_ in ("aux", "auxpass", "neg")}
    shown = {getattr(t, "i", -1) for t in summary}
    return first.i in group and not shown & {t.i for t in subj.subtree}


def _with_referent(summary: list, subj: Token | None, ref: Referent, inside: set[int]) -> list:
    """The headline with a pronoun subject it starts with replaced by what the pronoun stands for."""
    if subj is None or not ref.pronoun or not summary:
        return summary
    if getattr(summary[0], "i", -1) == subj.i:
        return _referent_tokens(ref, inside) + summary[1:]
    if subj.lower_ in RELATIVE_PRONOUNS:
        # a raised relative object inside: "officials expect which to open" → "officials expect a new plant to open"
        at = next((k for k, t in enumerate(summary) if getattr(t, "i", -1) == subj.i), None)
        if at is not None:
            return summary[:at] + _referent_tokens(ref, inside) + summary[at + 1:]
    return summary


_TIMEX_BY_START = "timeline.events.timex_by_start"
_TIME_SPENDING_VERBS = _words("time_spending_verbs")


def _side_of_report(doc: Doc, span: Span) -> tuple[bool | None, bool | None]:
    """Whether the tagger's time expression at ``span`` starts after the publication date it was resolved
    against, and whether it ends on or before it; (None, None) when there is none or it was resolved
    otherwise (story time, no date)."""
    by_start = doc.user_data.get(_TIMEX_BY_START)
    timexes = doc._.timexes if Doc.has_extension("timexes") else None
    if by_start is None or by_start[0] is not timexes:  # built once per Doc (and again if retagged)
        by_start = (timexes, {t.start: t for t in timexes or []})
        doc.user_data[_TIMEX_BY_START] = by_start
    t = by_start[1].get(span.start_char)
    if t is None or t.interval_start is None or not (t.anchor or "").startswith("dct:"):
        return None, None
    try:
        pub = dt.date.fromisoformat(t.anchor[4:14])
    except ValueError:
        return None, None
    behind = t.interval_end is not None and t.interval_end.date() <= pub
    return t.interval_start.date() > pub, behind


def link_span(doc: Doc, span: Span, other_times: set[int] | frozenset[int] = frozenset(),
              skip: set[int] | frozenset[int] = frozenset(), dated: Token | None = None) -> Event | None:
    """The event the time expression ``span`` dates, or None when its sentence has no predicate.

    ``other_times``: token indices of the document's *other* time expressions; a coordinated clause that
    has its own date is left out of this one's headline ("began in 1996 and opened on May 30, 1998").
    ``skip``: token indices no phrase may show (the dateline, "WASHINGTON, Sept. 5 —").
    """
    inside = {t.i for t in span}
    if not other_times:
        other_times = time_token_indices(doc)
    root = span.root
    # (``dated``: a predicate the caller knows the time dates besides the one attachment picks, the verb of a
    # "when" clause on it: :func:`~timeline.events.attach.when_clause_verb`)
    pred, how = (dated, "when-clause") if dated is not None else \
        attach(root, inside, *_side_of_report(doc, span), other_times=other_times)
    if pred is None:
        return None
    inside = _hidden(root, pred, inside) | set(skip)
    doc.user_data[DATELINE_KEY] = frozenset(skip)
    own_span = {t.i for t in span}
    # a time that is the verb's object is what the verb is about ("had spent the weekend cutting lines"): the
    # headline keeps it, or the verb is left without its object ("had spent cutting lines")
    # (read by its place right after the verb: the parser often takes "the weekend cutting" for a compound)
    shown = inside - own_span if span.start == pred.i + 1 and lemma_in(pred, _TIME_SPENDING_VERBS) else inside
    summary = headline_tokens(pred, shown, set(other_times) - inside)
    lost = lost_main_verb_subject(pred)
    subj = _subject(pred, skip, own_time=how in (PAST_TIME_ON_PRESENT, PLANNED_PARTICIPLE) or how == INSIDE_NOUN_PHRASE
                    and not (lemma_in(pred.head, REPORTING_VERBS) or lemma_in(pred.head, AUTHORING_VERBS)), lost=lost,
                    undone=_undone_event(pred, {t.i for t in span}) and not _own_postponed(pred))
    ref = resolve(subj, skip)
    if subj is not None and summary and not ref.pronoun and subj.i in (getattr(_subject_of_set_off_participle(pred), "i", -1),
                                                                       getattr(_subject_of_conjunct_misread_verb(pred), "i", -1)) \
            and not any(getattr(t, "i", -1) in {x.i for x in subj.subtree} for t in summary):
        summary = phrase_tokens(subj, inside) + summary  # "The ban was shelved", not "was shelved"
    if subj is not None and summary and subj.dep_ == "appos" and not any(
            getattr(t, "i", -1) in {x.i for x in subj.subtree} for t in summary) \
            and getattr(_subject_in_fronted_adjunct(pred), "i", -1) == subj.i:
        # the subject the parser hung on the fronted adjunct goes back before its verb: "Under Lopez, the city's
        # murder rate dropped", not "Under Lopez dropped"
        at = next((k for k, t in enumerate(summary) if getattr(t, "i", -1) > subj.i), len(summary))
        comma = [subj.doc[subj.left_edge.i - 1]] if at and subj.doc[subj.left_edge.i - 1].text == "," else []
        summary = summary[:at] + comma + phrase_tokens(subj, inside) + summary[at:]
    listed = _listed_passive_participle(pred) if subj is not None and summary else None
    if listed is not None:
        # "The tariff was introduced in 2015, suspended in May 2021 and restored a year later": each listed
        # participle's row reads "The tariff was suspended", "The tariff was restored", not the first clause's
        # headline or a bare participle (its own times, and the participles listed after it, are left out)
        times = set(other_times) | inside
        drop = {x.i for c in pred.children if c.dep_ in ("conj", "cc") or any(x.i in times for x in c.subtree)
                for x in c.subtree}
        summary = phrase_tokens(subj, inside) + [c for c in listed.head.children if c.dep_ == "auxpass"] \
            + [t for t in pred.subtree if t.i not in drop and t.i not in times and not t.is_punct]
    aside = appositive_holding(lost, pred) if lost is not None else set()
    if aside and pred.head.i in aside and summary and pred.i > 0 and pred.doc[pred.i - 1].text == ",":
        # the lost verb the parser hung inside an apposition on its subject: "Oakridge Home filed for bankruptcy",
        # not "a single showroom in Dayton filed for bankruptcy"
        summary = phrase_tokens(lost, inside | aside) + [t for t in summary if getattr(t, "i", -1) >= pred.i]
    raw = subject_token(pred)
    if raw is not None and raw.i in skip and subj is not None and subj.i not in skip and summary \
            and all(getattr(t, "i", -1) != subj.i for t in summary):
        # the subject hung on the dateline the headline leaves out: "LONDON (AP) — Britain's biggest
        # housebuilder, Carrow Homes, said ..." reads "Carrow Homes said ..."
        named = _named_in_apposition(subj)
        summary = phrase_tokens(named if named is not None else subj, inside) + summary
    timed = subj is not None and getattr(_noun_before_timing_adjective(pred), "i", -1) == subj.i
    timing = {x.i for x in pred.doc[pred.i - 2].subtree} | {pred.i - 1, pred.i - 2} if timed else set()
    if timed and pred.doc[pred.i - 3].pos_ == "ADV":
        timing.add(pred.i - 3)  # ("originally due to open": the adverb is the plan's, not the noun's)
    if timed and summary and getattr(summary[0], "i", -1) in (pred.i - 1, pred.i):
        # "a shipment of vaccines due to arrive", not "arrive": the noun and its adjective of timing lead
        summary = phrase_tokens(subj, inside | timing) + list(pred.doc[min(timing):pred.i]) \
            + [t for t in summary if getattr(t, "i", -1) != pred.i - 1]
    if subj is not None and summary and getattr(summary[0], "i", -1) in (pred.i - 1, pred.i) \
            and getattr(_lasting_supply(pred), "i", -1) == subj.i:
        # "enough oxygen to last", not "last"
        summary = phrase_tokens(subj, inside | {pred.i - 1, pred.i}) + [pred.doc[pred.i - 1]] \
            + [t for t in summary if getattr(t, "i", -1) != pred.i - 1]
    opens_on_subject = bool(summary) and subj is not None and getattr(summary[0], "i", -1) == subj.i
    named = _named_in_apposition(subj) if subj is not None and not ref.pronoun else None
    if named is not None and summary:
        # the headline names the subject as the subject column does: "Senator Dana Whitfield had introduced ..."
        # (not the clause of the row's own verb hung on it: "The probe, Juice, launched in April 2023", a root noun
        # with its verb read as a participle, is "Juice launched", not "Juice")
        own = {t.i for t in subj.subtree} - {x.i for c in subj.children if c.dep_ in ("acl", "relcl")
                                            and (c.i == pred.i or c in pred.ancestors) for x in c.subtree}
        k = 0
        while k < len(summary) and getattr(summary[k], "i", -1) in own:
            k += 1
        if k:
            summary = phrase_tokens(named, inside) + summary[k:]
    summary = tidy(_with_referent(summary, subj, ref, inside), pred, inside)
    if _opens_on_its_verb(summary, pred, subj):
        # a subject found outside the verb's phrase (a misparse hung it on the reporting verb, or a controlled
        # infinitive's doer): "the rocket's next launch would take place", not "would take place"
        summary = _with_referent(phrase_tokens(subj, inside) + summary, subj, ref, inside)
    # the event's own infinitive (which a subject's phrase keeps) is no part of its subject: "The last storm to
    # hit the state in October"
    own = {t.i for t in pred.subtree} if subj is not None and (
        pred.tag_ == "VB" or pred.dep_ in ("amod", "acl") or lost is not None) \
        and pred.i in {t.i for t in subj.subtree} else set()
    if subj is not None and pred.dep_ == "pcomp" and pred.head.head.i == subj.i:
        own = {t.i for t in pred.head.subtree}  # nor the judged deed hung on its doer: "jailed a porter for stealing"
    if own and pred.head.dep_ == "amod" and pred.head.head.i == subj.i:
        own.add(pred.head.i)  # and the adjective it hangs on: "work due to begin in 2028" reads "work"
    own |= timing  # "a panel due to report by June" reads "a panel"
    if subj is not None and subj.i == pred.i and _noun_due_at_its_time(pred) is not None:
        own |= {t.i for t in pred.subtree if t.i > pred.i and t.lower_ in POSTNOMINAL_TIMING_ADJECTIVES}  # "a rise"
    if subj is not None and getattr(_subject_in_fronted_adjunct(pred), "i", -1) == subj.i:
        own |= _swallowed_adjunct(subj)  # "state rent payments", not "the pandemic, state rent payments"
    subject = join_tokens(_referent_tokens(ref, inside | own | _time_phrases(ref.head, other_times)
                                           | (set() if ref.pronoun else _set_off_clauses(ref.head)))) \
        if subj is not None else ""
    tail = _coordinated_pronoun_tail(subj, inside) if ref.pronoun and subject else []
    if tail:
        subject = f"{subject} {join_tokens(tail)}"  # "She and her counterpart will meet": "Kaja Lepp and her counterpart"
    summary_text = join_tokens(summary)
    if pred.i == pred.sent.start and pred.pos_ == "VERB" and pred.is_title and summary \
            and getattr(summary[0], "i", -1) != pred.i:
        # an opening participle now after its subject: "Ferraro born in Naples", not "Ferraro Born in Naples"
        summary_text = re.sub(rf"(?<= ){re.escape(pred.text)}\b", pred.lower_, summary_text, count=1)
    if ref.pronoun and subj is not None and subj.dep_ == "poss" and subj.lower_ not in RELATIVE_PRONOUNS \
            and opens_on_subject \
            and subject and summary_text.startswith(subject + " "):
        # "his arrest" → "Marco Bellini's arrest", not "Marco Bellini arrest"; "their defeat" → "the players'"
        # (a name from another sentence owns by its last word: "the Board of Regents'")
        owner_word = ref.head if ref.head is not None else (ref.name_tokens[-1] if ref.name_tokens else None)
        summary_text = f"{_owning(subject, owner_word)}{summary_text[len(subject):]}"
    resolved_from = ref.pronoun or _relative_shared(subj, pred)
    owner = opening_its_owner(subj, skip) if subj is not None and not ref.pronoun else None
    if owner is not None and subject.startswith("Its "):
        # "Its sponsor said": the bill's sponsor
        # (the owner's own words up to its noun: "A bill to fund the agency" owns as "A bill")
        # (a name set off after the owner's noun is kept whole: "The mine's operator, Cobre Andino" owns as "Cobre
        # Andino")
        toks = _referent_tokens(owner, inside)
        own = [t for t in toks if owner.head is None or t.i <= owner.head.i]
        if own and owner.head is not None and owner.head.pos_ == "PROPN" and own[-1].i == owner.head.i:
            # a name owns by its own words: "Rail operator Nordbahn said ... Its investigators" -> "Nordbahn's"
            k = len(own)
            while k > 0 and own[k - 1].pos_ == "PROPN":
                k -= 1
            own = own[k:]
        name = _owning(join_tokens(own or toks), owner.head)
        subject = f"{name} {subject[4:]}"
        summary_text = _replace_first_word(summary_text, "its", name)
        resolved_from = "Its"
    whose = _whose_antecedent(subj)
    if whose is not None:  # "the union, whose members went on strike": "the union's members went on strike"
        # ("Lifeguards, whose season starts": "Lifeguards' season", a plural, or a name the tagger took for one's
        # as it opens the sentence, takes the apostrophe alone; so may a name in -s, "Jones' lawyer")
        owner = _owning(join_tokens(phrase_tokens(whose, inside)), whose, names=True)
        # (the owner as the subject itself reads as a possessor subject does, with no "'s": "The army's withdrawal"
        # has the subject "The army")
        subject = join_tokens(phrase_tokens(whose, inside)) if subject == "whose" \
            else _own_name(subj, pred) or _replace_first_word(subject, "whose", owner)
        summary_text = _replace_first_word(summary_text, "whose", owner)
        resolved_from = "whose"
    elif subj is not None and subject.startswith("whose ") and _own_name(subj, pred):
        subject = _own_name(subj, pred)  # "whose leader Tom Hart", the owner a word of the name's title
    part = _partitive_relative(subj)
    if part is not None and subject and not ref.pronoun:
        # "Residents, many of whom lost their homes in 2022,": "many of residents lost their homes"
        rel, ante = part
        owner = join_tokens(phrase_tokens(ante, inside))
        if ante.left_edge.i == ante.sent.start and ante.left_edge.pos_ != "PROPN":
            owner = owner[:1].lower() + owner[1:]
        if ante.pos_ == "NOUN" and not any(c.dep_ in ("det", "poss") for c in ante.children):
            owner = f"the {owner}"  # "two of the 40 protesters"
        subject = re.sub(rf"\b{re.escape(rel.text)}$", owner, subject)
        summary_text = re.sub(rf"^(\S+ of ){re.escape(rel.text)}\b", lambda m: m.group(1) + owner, summary_text)
        resolved_from = rel.text
    # (a light verb's noun event has the verb's modality: "will not make a visit on Friday" is "will not")
    light = pred.head if pred.pos_ in ("NOUN", "ADJ") and pred.dep_ == "dobj" and lemma_in(pred.head, _ANY_LIGHT_VERB) else pred
    mood, negated = modality(light)
    outcome = _outcome_verb(pred) if light is pred and not mood else None
    if outcome is not None:
        # "expects to post a loss for the third quarter": the loss is as (un)asserted as its posting
        mood, negated = modality(outcome)
    if light is pred and not mood and pred.pos_ == "NOUN" and pred.dep_ == "nsubj" and lemma_in(pred, QUANTITY_NOUNS) \
            and pred.head.pos_ in ("VERB", "AUX") and pred.head.i > pred.i:
        # "output in the first quarter would be about 15% lower": a measured noun dated by its own time is as
        # (un)asserted as the verb that gives its level, here a forecast ("Sales in the first quarter fell": asserted)
        mood, negated = modality(pred.head)
    mood = _worded_mood(mood)
    if mood == "not" and happened_until(light, {t.i for t in span}):
        mood, negated = "", False  # "did not open until 2 p.m.": it opened then
    # (a light verb's noun event is framed as its verb is: "denied that it had held talks in March"; so is a noun
    # event in the phrase of a verb: "denied that she had resigned in protest on Monday")
    held = light if light is not pred else _verb_of_noun(pred)
    framed = _framing_mood(pred) or (_framing_mood(held) if held is not None else "") \
        or ("not" if subj is not None and subj.head.i == pred.i and negative_subject(subj) else "")
    if framed and framed not in mood.split():
        mood = f"{framed} {mood}".strip()
    # (or the event noun itself a cancelling verb undoes: "The match, which had been scheduled for June 14, was
    # called off", the row's trigger the match)
    planned_object = _plan_set_off_on_object(pred)
    if (_cancelled(pred) or _undone_event(pred, {t.i for t in span}) or _plan_undone_by_conjunct(pred, {t.i for t in span})
            or planned_object is not None and _undone_by_its_verb(planned_object)) \
            and "cancelled" not in mood.split():
        mood = f"cancelled {mood}".strip()  # "The race, scheduled for May 21, was called off": it did not happen
    habit = _habitual(light)
    if habit and habit not in mood.split():
        mood = f"{habit} {mood}".strip()  # "whose season normally starts in June": a rule, not an event
    if reports(pred) and not mood and subj is not None and whose is None:
        said = reported_complement(pred, inside, set(other_times) - inside)
        # "Okafor: the negotiations ... are close to a deal": a long report, or a quote before its verb
        if said is not None and (said[1] or len(summary) >= REPORT_SHORT_FROM):
            who = speaker_tokens(ref.head, None) if ref.head is not None else speaker_tokens(subj, ref.name_tokens)
            who = [t for t in who if t.i not in skip]  # "LONDON (Reuters) - British scientists": no dateline
            content = join_tokens(tidy(said[0], said[0][0], inside))
            summary_text = _said_by_its_subject(who, pred, content, subj) or f"{join_tokens(who)}: {content}"
    source = ""
    # a saying reported in turn ("Investors were told on March 3, Nair said") has a source too; reported_by
    # finds none for a plain "X said" row
    # (and so has a saying that names its own source: "According to the minutes, they argued on Wednesday that")
    if not reports(pred) or pred.dep_ in ("ccomp", "conj") or pred.tag_ == "VBN" \
            or any(c.dep_ == "prep" and c.lower_ == "according" and c.i < pred.i for c in pred.children):
        speaker = past_dateline(reported_by(pred), skip)  # "GENEVA (AP) — The World Health Organization said"
        if speaker is not None and (speaker.ent_type_ in ("DATE", "TIME") or speaker.i in other_times):
            speaker = None  # "said at 10:30 a.m. local time that ...": a time the parser made the subject says nothing
        if speaker is not None:
            sref = resolve(speaker, skip)
            if sref.pronoun and sref.head is not None and not sref.name_tokens and sref.head.pos_ == "NOUN" \
                    and (sref.head.lemma_.lower() in TIME_NOUNS or sref.head.ent_type_ in ("DATE", "TIME")):
                sref = Referent(speaker)  # a time is never a source ("spent the eve ... It said"): the pronoun stays
            # (a trailing speaker the parser hung on the time, ", on Thursday, a spokeswoman, Elena Rojas, said",
            # is not hidden with it)
            shown = (inside - {t.i for t in speaker.subtree}) | {t.i for t in span} | set(skip)
            # ("Norway's" as a source reads "Norway"; "Lordstown's mayor" keeps its "'s")
            source = join_tokens(_without_owner_mark(_referent_tokens(sref, shown), sref.head))
    # a hyphenated word is one trigger ("has been loss-making", "fast-tracked the approval"), not its last piece
    first, last = hyphenated_word(pred)
    word = pred.doc.text[first.idx:last.idx + len(last.text)]
    # (its lemma is the word's with the verb piece's lemma, "fast-track"; a compound adjective in "-ing" is itself,
    # "loss-making")
    if first.i == last.i:
        lemma = pred.lemma_
    elif pred.tag_ == "VBG":
        lemma = word
    else:
        lemma = pred.doc.text[first.idx:pred.idx] + pred.lemma_ + pred.doc.text[pred.idx + len(pred.text):last.idx + len(last.text)]
    return Event(
        trigger=word,
        trigger_lemma=lemma.lower(),
        trigger_start=first.idx,
        trigger_end=last.idx + len(last.text),
        trigger_pos=pred.pos_,
        subject=subject,
        object=join_tokens(object_tokens(pred, inside)),
        actors=named_actors(pred, [t for t in summary if isinstance(t, Token)], inside),
        modality=mood,
        negated=negated,
        sentence=" ".join(root.sent.text.split()),
        summary=summary_text,
        attachment=how,
        source=source,
        subject_resolved_from=resolved_from,
    )


def time_token_indices(doc: Doc) -> set[int]:
    """Token indices covered by the document's time expressions (``doc._.timexes`` when the ``timex``
    component ran)."""
    return timex_token_indices(doc)


def link_timex(doc: Doc, start: int, end: int) -> Event | None:
    """The event dated by the time expression at characters ``[start, end)`` of ``doc``."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return link_span(doc, span)


def link_timexes(doc: Doc, spans) -> list[Event | None]:
    """:func:`link_timex` for each ``(start, end)`` in ``spans`` (or objects with ``.start``/``.end``)."""
    out = []
    for s in spans:
        a, b = (s.start, s.end) if hasattr(s, "start") else s
        out.append(link_timex(doc, a, b))
    return out
