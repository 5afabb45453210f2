"""The headline-like summary of an event's clause, and its modality (modal verbs, negation, "if", and
raising predicates such as "expected to")."""

from __future__ import annotations

from spacy.tokens import Token

from .grammar import attribution_subject, due_to_misread_verb, participle_conjunct
from .grammar import (CLAUSE_DEPS, governor_of_misread_conjunct, is_event_nominal, is_predicate, lemma_in, relative_object_of_infinitive, subject_token,
                      word_of)
from .lexicon import (CONDITIONAL_MARKS, DANGLING_TAIL_POS, LEADING_CONNECTIVES, MODAL_AUX, NEGATIONS,
                      OCCASION_PREPOSITIONS, RAISING_PREDICATES, RELATIVE_PRONOUNS)
from .lexicon import CHANGE_VERBS, MEASURE_VERBS, NEAR_MISS_ADVERBS, SELF_MEASURING_CHANGES, BARE_HEADLINE_ADJECTIVES, ABSOLUTE_PREPOSITIONS, ARTICLE_EXCEPTIONS, ATTRIBUTION_DOCUMENTS, ATTRIBUTION_NON_SOURCES, COMPARISON_MARKS, FOCUS_ADVERBS, ONSET_PARTICIPLES, PERIOD_END_LINKS, TIME_PLACING_ADVERBS, TIME_REMNANT_NOUNS, ATTRIBUTION_PREPOSITIONS, GROUP_NOUNS, ORGANISATION_NOUNS, PERSON_NOUNS, TIME_LIMIT_WORDS, FORECAST_VERBS, TIME_UNITS, LIGHT_VERB_PREPOSITIONS, QUESTION_MARKS, QUOTES, SEQUENCE_ADJECTIVES, TIME_REMNANT_ADVERBS, TIME_REMNANT_POS
from .lexicon import (ADVERBIAL_RELATIVE_NOUNS, COMPARATIVE_TIME_ADVERBS, PAST_MODALS, SEQUENCE_PREPOSITIONS, CAUSATIVE_VERBS, DURATIVE_VERBS, INCLUSION_WORDS, IRREGULAR_PAST_FORMS,
                      LENGTH_ARGUMENT_PREPOSITIONS, NOT_UNTIL_WORDS, OBJECT_RAISING_VERBS, DELAY_REASON_WORDS)
from .lexicon import TIME_REMNANT_PARTICIPLES
from .lexicon import COUNT_RAISING_VERBS, STATE_LEAVING_VERBS, TIME_BOUND_HEDGES
from .lexicon import PRESENCE_LIGHT_VERBS
from .lexicon import ASKING_FOR_VERBS, BRINGING_ABOUT_VERBS
from .lexicon import ALLEGING_VERBS, HEDGING_ADVERBS, HEDGING_PREDICATE_ADJECTIVES, HEDGING_RAISING_PREDICATES, LINKING_VERBS
from .lexicon import PLANNING_PARTICIPLES
from .lexicon import AGE_NOUNS
from .lexicon import REPORTING_VERBS
from .lexicon import COPULAR_PLANS, HEDGING_NOUN_MODIFIERS, QUESTION_MODALITIES, SUPERSEDED_PLAN_ADVERBS
from .lexicon import DEMANDING_VERBS, DOUBTING_REPORT_VERBS, PLANNED_OCCURRENCE_WORDS, WANTING_VERBS
from .lexicon import ASPECTUAL_VERBS, COMPLEMENT_INFINITIVE_VERBS, DEADLINE_GIVING_VERBS, DEGREE_ADVERBS, INVERTING_WORDS, MONEY_WORDS, DEADLINE_PREPOSITIONS, IMPLICATIVE_VERBS, LEADING_SUBORDINATORS, UNMARKED_TIME_WORDS

# words before a noun that make its infinitive one that happened: "the first/last/only one to ..."
SERIES_WORDS = SEQUENCE_ADJECTIVES | {"only"}
from .phrases import name_after_title, phrase_tokens, set_off_phrases, trim
from ..temporal.morph import has_to
from .timex_tokens import typed_timex_tokens

MAX_SUMMARY_TOKENS = 24
# A reporting row's headline this long reads better as "Speaker: what was said" ("Okafor: the negotiations
# between the two unions are close to a deal"): a shorter one keeps its verb.
REPORT_SHORT_FROM = 16
# A speaker phrase up to this long is kept whole ("A spokeswoman for the Ministry of Health"); a longer one is
# cut to its noun and the noun's own modifiers.
SHORT_SPEAKER_TOKENS = 7




def _measured_near_miss(pred: Token) -> bool:
    """'Sales nearly doubled in 2019', 'rose almost 5%', 'reached nearly 90%': "nearly" on a verb of change or
    measure with its amount says how far it went, and it did go; "The ferry almost sank" did not."""
    if lemma_in(pred, MEASURE_VERBS) or lemma_in(pred, SELF_MEASURING_CHANGES):
        return True
    return lemma_in(pred, CHANGE_VERBS) and any(
        t.like_num for c in pred.children if c.dep_ in ("dobj", "npadvmod", "prep", "advmod") for t in c.subtree)


def modality(pred: Token) -> tuple[str, bool]:
    """The modality column ("will", "could not", "expected to", "if" ...) in sentence order, and whether
    the event is negated."""
    parts: list[tuple[int, str]] = []
    negated = False
    chain = [pred]
    # the verb group: for a copular predicate the auxiliaries hang off the copula
    if pred.dep_ in ("acomp", "attr") and is_predicate(pred.head):  # "was high", "will stay closed"
        chain.append(pred.head)
    asked: Token | None = None
    misread = governor_of_misread_conjunct(pred) is not None  # ("urged residents to stay and closed the bridge")
    if pred.dep_ == "conj" and not misread and is_predicate(pred.head) and not any(
            c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in pred.children) and _shares_auxiliary(pred):
        chain.append(pred.head)  # "would begin next month and continue through December": continue shares "would"
    # "could stay flooded" parsed with "stay" as the participle's auxiliary and "could" hung on "stay"
    chain += [c for c in pred.children if c.dep_ in ("aux", "auxpass") and c.tag_ == "VB"]
    for v in chain:
        for c in v.children:
            low = c.lower_
            if c.dep_ in ("aux", "auxpass") and low in MODAL_AUX:
                parts.append((c.i, MODAL_AUX[low]))
            elif c.dep_ == "neg" or (c.dep_ == "advmod" and low in NEGATIONS):
                parts.append((c.i, "not"))
                negated = True
            elif c.dep_ == "mark" and low in CONDITIONAL_MARKS:
                parts.append((c.i, "if"))
            elif c.dep_ == "mark" and low in QUESTION_MODALITIES:
                asked = c  # "asked whether the minister knew": not said he did
            elif c.dep_ == "advmod" and low in HEDGING_ADVERBS:
                parts.append((c.i, low))  # "allegedly took bribes": on someone's word, not established
            elif c.dep_ == "advmod" and low in NEAR_MISS_ADVERBS and v is pred and pred.pos_ == "VERB" \
                    and not _measured_near_miss(pred):
                # (on a verb: "almost unknown" is a degree of a state that held)
                # "nearly won the title in 2019", "almost sank on Sunday": it did not happen
                parts.append((c.i, low))
            elif c.dep_ == "advmod" and low in SUPERSEDED_PLAN_ADVERBS and (
                    lemma_in(pred, PLANNED_OCCURRENCE_WORDS) or pred.lemma_ == "be" and any(
                        g.dep_ in ("acomp", "prep") and lemma_in(g, PLANNED_OCCURRENCE_WORDS) for g in pred.children)):
                # "had originally been scheduled for March 3", "was originally due to finish in 2015" (the row on
                # its copula): it did not happen then
                parts.append((c.i, low))
    # "was going to", "expected to", "plans to": governing predicates of an xcomp chain
    # (a conjunct sharing its head's verb group shares its governors too: "wants to open a store in May and hire
    # 50 people by June")
    t = pred.head if pred.dep_ == "conj" and not misread \
        and (pred.head in chain or _own_to(pred) and pred.head.dep_ == "xcomp") else pred
    hops = 0
    # "expect the economy to shrink", parsed as a clause with its own subject: an infinitive under a raising
    # predicate all the same
    infinitive = pred.dep_ == "ccomp" and has_to(pred)
    # ("a stadium due to open in 2028", parsed with the infinitive a clause under "due" as a preposition: the same)
    infinitive = infinitive or pred.dep_ == "pcomp" and pred.head.lower_ in RAISING_PREDICATES and _own_to(pred)
    # ("would not let his flock graze the upper pastures this summer": a bare infinitive under a causative)
    infinitive = infinitive or pred.dep_ in ("ccomp", "xcomp") and pred.tag_ == "VB" \
        and lemma_in(pred.head, BRINGING_ABOUT_VERBS) and not any(c.dep_ in ("aux", "auxpass") for c in pred.children)
    while (t.dep_ == "xcomp" or infinitive and t is pred) and t.head.i != t.i and hops < 4:
        below, t = t, t.head
        hops += 1
        lemma = t.lemma_.lower()
        if lemma not in RAISING_PREDICATES and t.pos_ in ("VERB", "AUX"):
            # (by its form where the lemmatizer stumbled: "hopes" lemmatized "hop")
            lemma = word_of(t, RAISING_PREDICATES) or lemma
        # (a hedge only over its to-infinitive: "reported seeing smoke on Friday" saw it)
        if lemma in RAISING_PREDICATES and (lemma not in HEDGING_RAISING_PREDICATES
                                            or has_to(below)):
            parts.append((t.i, RAISING_PREDICATES[lemma]))
        elif lemma in COPULAR_PLANS and _copular_plan(t, below):
            parts.append((t.i, f"{t.lower_} to"))  # "is to", "was to": the copula as written
        # "had not been able to reach": an adjective's auxiliaries hang off its copula
        group = [t, t.head] if t.dep_ == "acomp" and is_predicate(t.head) else [t]
        for c in (c for v in group for c in v.children):
            if c.dep_ in ("aux", "auxpass") and c.lower_ in MODAL_AUX:
                parts.append((c.i, MODAL_AUX[c.lower_]))
            elif c.dep_ == "neg":
                parts.append((c.i, "not"))
                negated = True
        if t.dep_ == "acomp" and is_predicate(t.head):
            t = t.head
    hedge = pred if pred.dep_ in ("acomp", "attr") and is_predicate(pred.head) else next(
        (c for c in pred.children if c.dep_ == "acomp" and c.i > pred.i), None) \
        if pred.lemma_ == "be" or lemma_in(pred, LINKING_VERBS) else None
    if hedge is not None and hedge.lower_ in HEDGING_PREDICATE_ADJECTIVES \
            and not any(c.dep_ == "xcomp" for c in hedge.children):
        # "delays were likely on Thursday", "a deal looked unlikely": the adjective only expects the state it names
        # (over a to-infinitive the raising chain above reads it)
        parts.append((hedge.i, HEDGING_PREDICATE_ADJECTIVES[hedge.lower_]))
    demand = _demanded(pred)
    if demand is not None:
        parts.append((demand.i, DEMANDING_VERBS[word_of(demand, DEMANDING_VERBS)]))
    if pred.dep_ == "ccomp" and is_predicate(pred.head) and lemma_in(pred.head, DOUBTING_REPORT_VERBS):
        # "Officials claimed the dam had been inspected in March 2019": their word, not established
        parts.append((pred.head.i, DOUBTING_REPORT_VERBS[pred.head.lemma_.lower()]))
    alleged = _alleging_verb(pred)
    if alleged is not None:
        parts.append((alleged.i, ALLEGING_VERBS[alleged.lemma_.lower()]))
    to = _purpose_to(pred) or _purpose_with_deadline(pred)
    if to is not None:
        parts.append((to.i, "to"))
    if pred.pos_ in ("NOUN", "PROPN") and pred.dep_ == "dobj" and is_predicate(pred.head) \
            and pred.head.lemma_.lower() in FORECAST_VERBS and not any(c.lower_ == "no" for c in pred.children):
        # "expected a loss for the third quarter": a foreseen event is not (yet) asserted ("expect no change" is
        # the denial below)
        parts.append((pred.head.i, FORECAST_VERBS[pred.head.lemma_.lower()]))
    elif pred.pos_ == "NOUN" and pred.dep_ == "dobj" and is_predicate(pred.head) and lemma_in(pred.head, WANTING_VERBS):
        parts.append((pred.head.i, WANTING_VERBS[pred.head.lemma_.lower()]))  # "wanted a reshuffle": not done
    elif pred.pos_ == "NOUN" and pred.dep_ == "pobj" and pred.head.lower_ == "for" and is_predicate(pred.head.head) \
            and pred.head.head.lemma_.lower() in ASKING_FOR_VERBS:
        # "had asked the exchange for a full report by Friday": the report is only asked for
        parts.append((pred.head.head.i, ASKING_FOR_VERBS[pred.head.head.lemma_.lower()]))
    if pred.dep_ == "ccomp" and pred.tag_ in ("VBG", "VB") and pred.head.lemma_.lower() in FORECAST_VERBS \
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in pred.children) and not infinitive:
        # "had forecast the deficit increasing to $48.0 billion in August": a foreseen clause, as a foreseen
        # object is
        parts.append((pred.head.i, FORECAST_VERBS[pred.head.lemma_.lower()]))
    if pred.pos_ in ("NOUN", "PROPN"):
        # "expect no change", "saw no increase": the event noun itself is denied
        for c in pred.children:
            if c.dep_ == "det" and c.lower_ == "no":
                parts.append((c.i, "not"))
                negated = True
            elif c.dep_ == "amod" and c.lower_ in HEDGING_NOUN_MODIFIERS and c.i < pred.i:
                parts.append((c.i, c.lower_))  # "the alleged theft in March": claimed, not established
    # a question only where nothing else holds the clause back ("whether it would prove", "Will the bank cut rates
    # in June?" keep their modal alone)
    if not parts and asked is not None:
        parts.append((asked.i, QUESTION_MODALITIES[asked.lower_]))
    ask = _question_auxiliary(chain) if not parts else None
    if ask is not None:
        parts.append((ask.i, QUESTION_MODALITIES["?"]))
    parts.sort()
    seen: list[str] = []
    for _, p in parts:
        if p not in seen:
            seen.append(p)
    return " ".join(seen), negated


def _demanded(pred: Token) -> Token | None:
    """'Residents have called for the bridge to be repaired since 2019': the verb that asks for the "for" clause
    (its own subject, a to-infinitive) ``pred`` heads (``demanding_verbs``), or None."""
    head = pred.head
    if pred.dep_ not in ("advcl", "ccomp", "xcomp") or not is_predicate(head) or word_of(head, DEMANDING_VERBS) is None:
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "for" for c in pred.children) \
            or not has_to(pred) \
            or not any(c.dep_ in ("nsubj", "nsubjpass") for c in pred.children):
        return None
    return head


def _copular_plan(cop: Token, below: Token) -> bool:
    """'is to visit Japan in November', 'was to have opened the bridge on Monday': a copula over a to-infinitive
    names an arrangement (``copular_plans``). A past copula over a plain infinitive may tell what did come later
    ("who was to become president in 1981"), so in the past only a perfect infinitive counts: the plan that was not
    carried out."""
    aux = [c for c in below.children if c.dep_ in ("aux", "auxpass")]
    if not any(c.lower_ == "to" for c in aux) or any(c.dep_ in ("nsubj", "nsubjpass") for c in below.children):
        return False
    if cop.tag_ in ("VBZ", "VBP"):
        return True
    return cop.tag_ == "VBD" and below.tag_ == "VBN" and any(c.lemma_ == "have" for c in aux)


def _question_auxiliary(chain: list[Token]) -> Token | None:
    """'Did the minister know about the deal in 2021?', 'Has the plant reopened since May?': the auxiliary that
    opens a yes-no question (before its subject, the clause's first word but for quotation marks, and a "?" closing
    the clause), or None. A wh-question ("Why did she resign in May?") takes its event as done."""
    for v in chain:
        after = v.right_edge.i + 1  # ('"Did he know about it in 2021?" she asked': the "?" hung on "asked")
        if not any(c.dep_ == "punct" and c.text == "?" for c in v.children) \
                and not (after < len(v.doc) and v.doc[after].text == "?"):
            continue
        subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        aux = next((c for c in v.children if c.dep_ in ("aux", "auxpass") and c.lower_ != "to"), None)
        if subj is None or aux is None or aux.i > subj.i:
            continue
        first = v.left_edge
        while first.i < aux.i and (first.lower_ in QUOTES or first.is_space):
            first = first.doc[first.i + 1]
        if first.i == aux.i:
            return aux
    return None


def _alleging_verb(pred: Token) -> Token | None:
    """'is accused of stealing $2 million in 2018', 'was charged with stealing': the verb that lays the gerund's
    deed at its subject's door without establishing it (``alleging_verbs``, with its own preposition), or None."""
    prep = pred.head
    if pred.dep_ != "pcomp" or pred.tag_ != "VBG" or prep.dep_ != "prep" or not is_predicate(prep.head):
        return None
    shown = ALLEGING_VERBS.get(prep.head.lemma_.lower())
    return prep.head if shown is not None and shown.split()[-1] == prep.lower_ else None


def _own_to(verb: Token) -> bool:
    """Whether an infinitive's only auxiliary is its own "to" ("... and to hire")."""
    return [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")] == ["to"]


def _shares_auxiliary(conj: Token) -> bool:
    """Whether a conjoined verb without auxiliaries of its own takes its head's ("would begin ... and continue",
    "was arrested ... and charged"): not a finite form, which no auxiliary governs ("did not attend the meeting and
    left the city": "left" is asserted)."""
    if conj.tag_ in ("VBZ", "VBP"):
        return False
    return not (conj.tag_ == "VBD" and any(c.dep_ == "aux" and c.lemma_.lower() == "do" for c in conj.head.children))


def _under(x: Token, t: Token) -> bool:
    """Whether ``x`` is ``t`` or one of its dependents (``x in t.subtree`` without listing the subtree)."""
    return x.i == t.i or t.is_ancestor(x)


def _purpose_to(pred: Token) -> Token | None:
    """The "to" of an infinitive that says what a noun is for ("a stopgap bill to avert a shutdown at the end of
    the month", "a plan to close the plant next year"): its event is aimed at, not stated as done. None for
    anything else, and for the infinitive after a first, last, only or superlative ("the first woman to win the
    race in 2019"), which happened. (Not an act's purpose: "went to Paris to meet the minister on Monday" is
    most often told because the meeting took place.)"""
    if pred.tag_ != "VB" or pred.dep_ not in ("acl", "relcl"):
        return None
    to = next((c for c in pred.children if c.dep_ == "aux" and c.lower_ == "to" and c.i < pred.i), None)
    if to is None or any(c.dep_ == "mark" and c.i < to.i for c in pred.children):
        return None
    head = pred.head
    if any(c.tag_ == "JJS" or c.ent_type_ == "ORDINAL" or c.lower_ in SERIES_WORDS
                                    for c in head.children if c.i < head.i):
        return None
    return to


def _defining_infinitive(t: Token) -> bool:
    """"became the first woman to perform open-heart surgery", "the only team to win twice": after a first, last,
    only or superlative the infinitive says what the noun is; without it the headline says nothing. So does a
    relative clause not set off by a comma ("This is the first time we have seen such evidence", "the last time the
    two parties agreed")."""
    infinitive = t.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" and c.i < t.i for c in t.children)
    defining = t.dep_ == "relcl" and t.left_edge.i > 0 and not t.doc[t.left_edge.i - 1].is_punct
    if t.dep_ not in ("acl", "relcl") or not (infinitive or defining):
        return False
    head = t.head
    return any(c.tag_ == "JJS" or c.ent_type_ == "ORDINAL" or c.lower_ in SERIES_WORDS
               for c in head.children if c.i < head.i)


def _complement_infinitive(t: Token) -> bool:
    """"Kenya offered in July to lead a multinational force": the infinitive is what the verb offers, though a
    time between made the parser hang it as an adverbial clause; the headline keeps it. So does a verb that gives or
    takes a time to act in ("could take until April to clear", "were given until June to remove the gear"),
    whatever the tagger made of the infinitive's verb ("clear" read as an adjective)."""
    if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "for" and c.i < t.i for c in t.children) \
            and lemma_in(t.head, COMPLEMENT_INFINITIVE_VERBS):
        return True  # "have campaigned for the road to be closed": a for-to clause with its own subject
    if t.dep_ != "advcl" or not any(c.dep_ in ("aux", "auxpass") and c.lower_ == "to" and c.i < t.i for c in t.children):
        return False
    if t.tag_ == "VB" and lemma_in(t.head, COMPLEMENT_INFINITIVE_VERBS) or lemma_in(t.head, DEADLINE_GIVING_VERBS):
        return True
    # "pressed for wages to rise", "called on Tuesday for the road to be closed": a "for" clause with a subject of
    # its own right after the verb (no comma) is what the verb asks for, not an aside
    mark = next((c for c in t.children if c.dep_ == "mark" and c.lower_ == "for"), None)
    return mark is not None and mark.i > t.head.i and t.doc[mark.i - 1].text != "," \
        and any(c.dep_ in ("nsubj", "nsubjpass") and mark.i < c.i < t.i for c in t.children)


def _names_a_source(prep: Token) -> bool:
    """Whether "according to X" names who or what a statement comes from (a name, a person, a group, an
    organisation, figures or a report), not how something went ("according to plan", "according to demand")."""
    objs = [g for g in prep.subtree if g.dep_ == "pobj"]
    if not objs or any(lemma_in(g, ATTRIBUTION_NON_SOURCES) for g in objs):
        return False
    g = objs[-1]
    return g.pos_ == "PROPN" or g.ent_type_ in ("ORG", "PERSON", "NORP", "GPE") or any(
        lemma_in(g, words) for words in (PERSON_NOUNS, GROUP_NOUNS, ORGANISATION_NOUNS, ATTRIBUTION_DOCUMENTS))


def _amount_on_time(t: Token, exclude: set[int], other_times: set[int]) -> bool:
    """An amount, distance or count the parser hung on the removed time as an apposition ("on Jan. 20 about 55
    meters from its target"): it says where or how much, not when, and stays."""
    return t.dep_ in ("appos", "npadvmod") and t.head.i in exclude and t.i not in exclude \
        and any(x.like_num for x in t.subtree) \
        and not any(x.i in exclude or x.i in other_times for x in t.subtree)


def _comparison_base(t: Token) -> bool:
    """The clause a comparative measures against ("fewer than expected", "faster than forecast", "as much as
    planned"): without it "fewer" is left hanging."""
    return t.dep_ == "advcl" and t.head.tag_ in ("JJR", "RBR", "JJ", "RB") \
        and any(c.dep_ == "mark" and c.lower_ in COMPARISON_MARKS and c.i < t.i for c in t.children)


def _set_off_noun(t: Token, pred: Token) -> bool:
    """Whether ``t`` heads a noun phrase set off by a comma that does not hold the row's trigger."""
    return t.pos_ == "NOUN" and t.left_edge.i > 0 and t.doc[t.left_edge.i - 1].text == "," \
        and not _under(pred, t)


def _ranking(t: Token, pred: Token) -> bool:
    """"rose 3.9%, the smallest gain since June 2021": a superlative or ordinal phrase set off after the clause only
    ranks it (also as a second object the parser made of it: "recorded 312 cases in the past 24 hours, the highest
    daily count since ...")."""
    return (t.dep_ in ("npadvmod", "appos")
            or t.dep_ == "dobj" and any(c.dep_ == "dobj" and c.i < t.i for c in t.head.children)) \
        and (_set_off_noun(t, pred)
             and any(c.dep_ == "amod" and (c.tag_ == "JJS" or c.ent_type_ == "ORDINAL") for c in t.children)
             # (a superlative or ordinal standing for its noun: "fell to 4.6% in October, its lowest in two years",
             # "arrived on Tuesday for a state visit, the first by a French leader since 2019")
             or (t.tag_ == "JJS" or t.ent_type_ == "ORDINAL") and t.dep_ != "dobj" and t.left_edge.i > 0 and t.doc[t.left_edge.i - 1].text == ","
             and not _under(pred, t))


def _commentary(t: Token, pred: Token, anchor: Token, exclude: set[int], other_times: set[int]) -> bool:
    """Whether ``t`` heads a comment set off by a comma at the end of the sentence ("..., a setback for the
    government", "..., the largest foreign investment in Egypt's history", "..., more than twice the number it was
    designed for"), which the parser may hang on the verb or the object as an apposition, a conjunct, a noun
    modifier or a second object. Not a list ("a house, a car and a boat"), a name, a time or the row's own
    words. (A ranking phrase goes wherever it stands: :func:`_ranking`.)"""
    doc, left = t.doc, t.left_edge
    # (also a second complement of a linking verb: "became its chair in 2018, a role she held until 2022")
    second_attr = t.dep_ == "attr" and any(c.dep_ == "attr" and c.i < t.i for c in t.head.children)
    if not _set_off_noun(t, pred) or t.dep_ not in ("appos", "conj", "npadvmod", "dobj") and not second_attr \
            or t.lower_ in TIME_UNITS \
            or left.pos_ not in ("DET", "PRON", "ADJ", "ADV"):
        return False
    # (the sentence's closing stop, and a paragraph break the parser kept in the sentence, are not words after it)
    end = t.sent.end
    while end > t.right_edge.i + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    # (only a time phrase may follow it: "..., more than twice the number it was designed for in the 1980s")
    times = exclude | other_times
    if any(not (x.i in times or x.dep_ == "prep" and any(c.i in times for c in x.children))
           for x in doc[t.right_edge.i + 1:end]):
        return False
    inside = list(t.subtree)
    # (a sum of money renames the news itself, "reported its results on Thursday, a loss of $2 billion": it stays)
    if any(x.tag_ == "$" or x.lower_ in MONEY_WORDS for x in inside):
        return False
    if anchor in inside or any(x.i in exclude for x in inside) \
            or any(x.dep_ == "cc" for x in inside) or any(c.dep_ == "cc" for c in t.head.children):
        return False
    # (a second object after a comma is no object of the verb's own: "showed ..., a setback"; nor is one after
    # the verb's phrase has closed on a prepositional phrase: "will leave for the Middle East on Thursday, his
    # first trip to the region", unlike "bought, for $5 million, a house")
    verb = t.head
    return t.dep_ != "dobj" or any(c.dep_ in ("dobj", "ccomp") and c.i != t.i for c in verb.children) \
        or verb.i + 1 < len(doc) and not doc[verb.i + 1].is_punct \
        and any(c.dep_ == "prep" and verb.i < c.i < left.i - 1 for c in verb.children)


def _purpose_with_deadline(pred: Token) -> Token | None:
    """The "to" of an act's purpose infinitive that carries a deadline ("hired a contractor to repair the line by
    Sunday"): what is to be done by then is aimed at, not stated as done. None without a deadline (see
    :func:`_purpose_to`), under a predicate that states its infinitive happened ("managed to"), or one the
    raising and aspectual rules read already."""
    if pred.tag_ != "VB" or pred.dep_ not in ("xcomp", "advcl") or not is_predicate(pred.head):
        return None
    to = next((c for c in pred.children if c.dep_ == "aux" and c.lower_ == "to" and c.i < pred.i), None)
    if to is None or any(c.dep_ == "mark" for c in pred.children):
        return None
    head = pred.head.lemma_.lower()
    if head in RAISING_PREDICATES or head in IMPLICATIVE_VERBS or head in ASPECTUAL_VERBS:
        return None
    deadline = any(c.dep_ == "prep" and c.lower_ in DEADLINE_PREPOSITIONS
                   and any(g.ent_type_ in ("DATE", "TIME") for g in c.subtree)
                   for c in pred.children)
    return to if deadline else None


class _Ellipsis:
    """Stands in for a token at the end of a cut headline (it carries just what trim and join_tokens read)."""

    text = "…"
    i = -1
    whitespace_ = ""
    is_punct = False
    dep_ = ""


_ELLIPSIS = _Ellipsis()


class _The(_Ellipsis):
    """The article a noun needs once its time possessor is removed ("welcomed Monday's announcement" →
    "welcomed the announcement", not "welcomed announcement")."""

    text = "the"
    lower_ = "the"
    pos_ = "DET"
    dep_ = "det"
    tag_ = "DT"
    whitespace_ = " "


def _with_articles(toks: list, exclude: set[int]) -> list:
    """``toks`` with "the" before each noun whose possessor was a removed time and that has no other."""
    kept = {getattr(t, "i", -1) for t in toks}
    out: list = []
    for t in toks:
        first = min((x.i for x in t.subtree if x.i in kept and x.i <= t.i), default=t.i) \
            if isinstance(t, Token) else -1
        # the time stood right before the phrase's first kept word ("Monday's announcement")
        if isinstance(t, Token) and t.pos_ in ("NOUN", "PROPN") and any(
                c.dep_ == "poss" and c.i in exclude and c.right_edge.i + 1 == first for c in t.children) \
                and not any(c.dep_ in ("det", "poss") and c.i in kept for c in t.children) \
                and (first == t.i or t.doc[first].head.i == t.i
                     and t.doc[first].dep_ in ("amod", "compound", "nummod")):
            at = next(k for k, u in enumerate(out + [t]) if getattr(u, "i", -1) == first) if first != t.i \
                else len(out)
            out.insert(at, _The())
        out.append(t)
    return out


class _Article(_The):
    """"a" or "an" as the word after it now needs: removing a time between them ("a 2010 interview", "an
    18-month inquiry") can leave "a interview" or "an inquiry" mismatched."""

    def __init__(self, tok: Token, text: str):
        self.text, self.lower_, self.i, self.whitespace_ = text, text.lower(), tok.i, tok.whitespace_


def _an_before(word: str) -> bool:
    """Whether "an" goes before ``word`` (spelling, with the commonest exceptions each way)."""
    low = word.lower()
    if any(low.startswith(p) for p in ARTICLE_EXCEPTIONS["a"]):
        return False
    return low[:1] in "aeiou" or any(low.startswith(p) for p in ARTICLE_EXCEPTIONS["an"])


def _agree_articles(toks: list) -> list:
    """``toks`` with an indefinite article fixed where a removed word used to follow it."""
    out = list(toks)
    for k in range(len(out) - 1):
        t, nxt = out[k], out[k + 1]
        if not isinstance(t, Token) or t.lower_ not in ("a", "an") or t.pos_ != "DET" \
                or getattr(nxt, "i", -1) == t.i + 1 or not getattr(nxt, "text", "")[:1].isalpha():
            continue
        want = "an" if _an_before(nxt.text) else "a"
        if want != t.lower_:
            out[k] = _Article(t, want.capitalize() if t.text[0].isupper() else want)
    return out


class _Lowered:
    """A sentence's first word moved inside a headline, in lower case ("To finish" → "to finish"); anything
    else is the token's own."""

    def __init__(self, tok: Token):
        self._tok = tok
        self.text = tok.text.lower()

    def __getattr__(self, name):
        return getattr(self._tok, name)

# Dependents a long headline keeps: the subject, the verb group, the object or complement, coordination.
_CORE_DEPS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "neg", "prt", "dobj", "ccomp", "xcomp", "attr",
                        "acomp", "conj", "cc"})


def headline_anchor(pred: Token) -> Token:
    """The predicate the headline is built around."""
    # A nominal that is an argument of a verb reads better with its verb: "the army launched an offensive".
    anchor = pred
    # "Her 2018 election victory ended ...": a noun modifying another reads with the phrase it modifies
    hops = 0
    while anchor.dep_ == "compound" and anchor.head.pos_ in ("NOUN", "PROPN") and hops < 3:
        anchor = anchor.head
        hops += 1
    # "filed a notice of appeal": a noun "of" another reads with the phrase it belongs to
    # (not a length measured off it: "within hours of the crash" is the crash, not "hours of the crash")
    while anchor.pos_ in ("NOUN", "PROPN") and anchor.dep_ == "pobj" and anchor.head.lower_ == "of" \
            and anchor.head.head.pos_ in ("NOUN", "PROPN") and anchor.head.head.lower_ not in TIME_UNITS and hops < 6:
        anchor = anchor.head.head
        hops += 1
    # (also an event noun the tagger read as an adjective: "Saturday's final drew a crowd of 40,000", "made
    # landfall at 1:40 a.m.")
    if (anchor.pos_ in ("NOUN", "PROPN")
            or anchor.pos_ == "ADJ" and (is_event_nominal(anchor) or gapped_object(anchor)
                                         or anchor.dep_ == "dobj" and lemma_in(anchor.head, PRESENCE_LIGHT_VERBS))) \
            and (anchor.dep_ in ("dobj", "nsubj", "nsubjpass", "attr") or gapped_object(anchor)) \
            and is_predicate(anchor.head):
        anchor = anchor.head
    elif anchor.pos_ in ("NOUN", "PROPN") and anchor.dep_ == "pobj" and anchor.head.dep_ == "prep" \
            and is_predicate(anchor.head.head) and (
                anchor.head.lower_ in OCCASION_PREPOSITIONS
                or anchor.head.lower_ in LIGHT_VERB_PREPOSITIONS.get(anchor.head.head.lemma_.lower(), ())):
        # "Voters rejected the proposal in a referendum", "will put the bill to a vote"
        anchor = anchor.head.head
    if due_to_misread_verb(anchor) and anchor.doc[anchor.i - 2].dep_ == "acomp":
        # "The trial was due to finish on Friday", parsed with "finish" a noun after "due to": the plan reads with
        # its copula, not as "The trial finish"
        anchor = anchor.doc[anchor.i - 2].head
    # An adjective or infinitive under its verb reads with the verb: "will stay closed", "plans to invest".
    hops = 0
    if anchor.dep_ in ("ccomp", "xcomp") and anchor.tag_ == "VB" and lemma_in(anchor.head, CAUSATIVE_VERBS) \
            and not any(c.dep_ == "aux" and c.tag_ == "TO" for c in anchor.children):
        # a bare infinitive under "let"/"make"/"see" reads with it: "will not let this drag on", not "this drag on"
        anchor = anchor.head
    while anchor.dep_ in ("acomp", "xcomp") and anchor.head.i != anchor.i and hops < 3 and (
            is_predicate(anchor.head) or _raising_adjective(anchor.head)):
        anchor = anchor.head
        hops += 1
    if anchor.dep_ in ("acl", "relcl") and anchor.tag_ == "VB" and _own_to(anchor) and anchor.head.pos_ == "NOUN":
        # "approved a plan on Monday to remove cars by 2028": an infinitive that says what a plan or a bid is for
        # reads with the clause holding that noun, not as a bare "remove cars" (it keeps the infinitive, which
        # holds the row's trigger); with no such clause, with the noun ("Under a plan to remove cars by 2028")
        # (also a noun after a linking verb: "Denmark became the first country to pause the rollout on March 11")
        noun = anchor.head
        # (a subject's phrase says it alone: "The last storm to hit the state in October was weaker")
        anchor = noun.head if noun.dep_ == "dobj" and is_predicate(noun.head) \
            or noun.dep_ == "attr" and noun.head.pos_ in ("VERB", "AUX") else noun
    # A subject-less non-finite clause ("quoted the minister as saying") reads better as its governing clause.
    hops = 0
    # (a finite verb the parser left without a subject stays: "after neither won a majority" keeps "won")
    while anchor.dep_ in ("pcomp", "advcl", "xcomp", "acl") and subject_token(anchor) is None and hops < 3 \
            and anchor.tag_ not in ("VBD", "VBZ", "VBP") and not participle_conjunct(anchor):
        up = anchor.head.head if anchor.head.pos_ == "ADP" else anchor.head
        if not is_predicate(up) or up.i == anchor.i:
            break
        anchor = up
        hops += 1
    return anchor


def gapped_object(noun: Token) -> bool:
    """Whether ``noun`` is a second object whose verb is left out: the parser joins it to the verb as a conjunct
    ("cut the second shift last year and the third shift in 2017")."""
    verb = noun.head
    # (not when a past form opens the conjunct: "shut schools and grounded flights" is a second verb the parser
    # took for an adjective, and its object is no gapped one)
    # (also a phrase whose noun is left out too: "won his first title in 2000 and his last in 2010")
    elided = noun.pos_ == "ADJ" and any(c.dep_ in ("poss", "det") and c.i < noun.i for c in noun.children)
    return (noun.pos_ in ("NOUN", "PROPN") or elided) and noun.dep_ == "conj" and verb.pos_ == "VERB" \
        and any(c.dep_ == "dobj" and c.i < noun.i for c in verb.children) \
        and not any(c.dep_ == "amod" and c.tag_ in ("VBD", "VBN") and c.i == noun.left_edge.i
                    and c.i > 0 and noun.doc[c.i - 1].dep_ == "cc" for c in noun.children)


def _gapped_sisters(anchor: Token, exclude: set[int], other_times: set[int]) -> set[int]:
    """The objects of ``anchor`` that belong to another row when gapped objects carry their own dates: the
    dated gapped objects (with their joints) whose time is not this row's, and, for a row dated in a gapped
    object, the verb's own object and the other gapped ones ("GM cut the third shift", not "the second shift and
    the third shift")."""
    times = other_times | exclude
    gapped = [c for c in anchor.children if gapped_object(c) and _has_own_date(c, times)
              or _object_after_and(c) and _time_right_after(c, times)]
    if not gapped:
        return set()
    # (the time the parser hung on the verb right after a gapped object is that object's: "joined the European
    # Union in 1995 and the euro zone four years later")
    mine = next((c for c in gapped if any(x.i in exclude for x in c.subtree) or _time_right_after(c, exclude)), None)
    drop: set[int] = set()
    for c in gapped:
        if c is not mine:
            drop.update(x.i for x in c.subtree)
            drop.update(_joint_before(c))
    if mine is not None:
        for c in anchor.children:
            if c.dep_ == "dobj" and c.i < mine.i:
                drop.update(x.i for x in c.subtree)
        drop.update(_joint_before(mine))
    return drop


def _object_after_and(noun: Token) -> bool:
    """Whether ``noun`` is a second object of its verb joined by "and" that the parser hung on the verb as an
    object of its own or a conjunct ("joined the European Union in 1995 and the euro zone four years later")."""
    verb = noun.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in ("dobj", "conj") or verb.pos_ != "VERB":
        return False
    first = next((c for c in verb.children if c.dep_ == "dobj" and c.i < noun.i), None)
    return first is not None and any(c.dep_ == "cc" and first.i < c.i < noun.left_edge.i for c in verb.children)


def _time_right_after(noun: Token, times: set[int]) -> bool:
    """Whether a time expression starts right after ``noun``'s phrase."""
    return noun.right_edge.i + 1 in times


def _gapped_phrase(anchor: Token, exclude: set[int], other_times: set[int]) -> set[int]:
    """A verb with gapped prepositional conjuncts, each with its own time ("moved to Paris in 2019 and to Rome
    two years later", "flew to Tokyo on Monday and to Seoul on Wednesday"), however the parser hung the second
    phrase and its time: a row dated after the conjunct loses the first phrase ("to Paris") and the first time's
    phrase; a row dated before it loses the conjunct ("She flew to Tokyo", not "to Tokyo on and to Seoul")."""
    drop: set[int] = set()
    end = anchor.sent.end if anchor.doc.has_annotation("SENT_START") else len(anchor.doc)
    for c in anchor.subtree:
        first = c.head
        if not (c.dep_ == "conj" and c.pos_ == "ADP" and first.dep_ == "prep" and first.head.i == anchor.i):
            continue
        sisters = [s for s in anchor.children if s.dep_ == "prep" and s.lower_ == c.lower_ and s.i < first.i]
        if not (sisters or _has_own_date(first, other_times)):
            continue
        mine = {y.i for y in c.subtree}
        if any(i > c.i for i in exclude):
            if _has_own_date(first, other_times):
                drop.update(x.i for x in first.subtree if x.i not in mine)
            for s in sisters:
                drop.update(x.i for x in s.subtree)
        elif any(c.i < i < end for i in other_times):
            drop.update(mine)
            drop.update(x.i for x in first.children if x.dep_ == "cc" and x.i < c.i)
    return drop


def _included_member(pred: Token, anchor: Token, top: Token, exclude: set[int]) -> set[int]:
    """For a row dated inside an "including" phrase ("The company has closed 40 stores since 2022, including its
    flagship in May"), everything of the clause but its subject, its verb group and the included member: the
    headline reads "The company has closed its flagship", not the group and the other row's "since"."""
    if not (pred.i == anchor.i == top.i and is_predicate(top)):
        return set()
    inc = next((a for i in exclude for a in pred.doc[i].ancestors
                if a.lower_ in INCLUSION_WORDS and a.dep_ in ("prep", "advcl", "acl") and _under(a, top)
                and a.i not in exclude), None)  # (not when the row's own cover holds the whole phrase)
    member = next((c for c in inc.children if c.dep_ in ("pobj", "dobj")), None) if inc is not None else None
    if member is None:
        return set()
    subj = subject_token(top)
    keep = {top.i} | {x.i for x in member.subtree}
    keep |= {x.i for x in subj.subtree} if subj is not None else set()
    keep |= {c.i for c in top.children if c.dep_ in ("aux", "auxpass", "neg", "prt")}
    return {x.i for x in top.subtree if x.i not in keep}


def _raising_adjective(tok: Token) -> bool:
    """'had been due to lift off', 'is likely to fall': an adjective complement of a verb that takes an
    infinitive; the headline keeps the verb group it hangs on."""
    return tok.pos_ == "ADJ" and tok.dep_ == "acomp" and is_predicate(tok.head)


def _set_time_tokens(doc) -> frozenset[int]:
    """Token indices of the document's sets ("six times a year", "every Monday"): a set is no timeline row, so
    it is no other row's time either; it is part of what the headline says."""
    return typed_timex_tokens(doc, "SET")


def _has_own_date(t: Token, other_times: set[int]) -> bool:
    """Whether another time expression sits among ``t``'s dependents (its conjuncts aside)."""
    return any(x.i in other_times for c in t.children if c.dep_ not in ("conj", "cc") for x in c.subtree)


def _at_an_age(t: Token) -> bool:
    """Whether an age places ``t`` at a time of its own ("joined the academy at the age of 12 and made his debut in
    2021", "joined the bank at 25 and became its chief in 2010"): a life's step the tagger dates by no time
    expression, which a headline of the next step leaves out like a dated one."""
    for c in t.children:
        if c.dep_ != "prep" or c.lower_ != "at":
            continue
        for o in c.children:
            if o.dep_ == "pobj" and (o.lower_ in AGE_NOUNS and any(
                    g.lower_ == "of" and any(n.like_num for n in g.children) for g in o.children)
                    or o.like_num and o.n_lefts + o.n_rights == 0 and o.tag_ == "CD"):
                return True
    return False


def _own_time_word(t: Token) -> bool:
    """Whether a word such as "then" or "later" places ``t`` at a time of its own ("and has been free on bond
    since then"); the tagger marks no time there."""
    return any(c.lower_ in UNMARKED_TIME_WORDS and c.dep_ in ("advmod", "prep", "npadvmod")
               or c.dep_ == "prep" and any(g.lower_ in UNMARKED_TIME_WORDS for g in c.children)
               for c in t.children)


def _separate_conjunct(t: Token, other_times: set[int], own: set[int], exclude: set[int] = frozenset()) -> bool:
    """Whether the coordinated predicate ``t`` is an event of its own: with its own date; or, coordinated with the
    row's own predicate (``own``), with its own time word or its own subject ("had killed 340 people and that
    cases were still rising": a second statement). Deeper in a report the second clause is part of what was
    said ("said that profit rose and sales fell")."""
    return _has_own_date(t, other_times) or t.head.i in own and (
        _own_time_word(t) or any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
        or _tense_switch(t.head, t) and any(x.i in exclude for x in t.head.subtree if not _under(x, t)))


def _finite_tense(verb: Token) -> str | None:
    """"past", "present" or "modal" for a verb that carries its own tense (its own form or its auxiliaries'),
    else None (a bare infinitive or participle that shares its head's: "was arrested and charged")."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    modal = next((c for c in auxes if c.tag_ == "MD"), None)
    if modal is not None:
        # (a past modal denied is a past inability or refusal: "reached the village on Monday but could not find
        # the hiker", "met union leaders but would not discuss pay")
        denied = any(c.dep_ == "neg" for c in verb.children)
        return "past" if denied and modal.lower_ in PAST_MODALS else "modal"
    for t in (auxes[0] if auxes else None, verb):
        if t is not None and t.tag_ == "VBD":
            return "past"
        if t is not None and t.tag_ in ("VBZ", "VBP"):
            return "present"
    return None


def _tense_switch(head: Token, conj: Token) -> bool:
    """Whether a coordinated predicate says something at another time than the row's verb ``head`` ("lost its
    majority in March and needs opposition votes": the present need is no part of the March event). Only where the
    row's time is on the head's side: a report dated on its reporting verb keeps both clauses of what was said."""
    a, b = _finite_tense(head), _finite_tense(conj)
    return a is not None and b is not None and a != b


def _holds(t: Token, pred: Token) -> bool:
    """Whether ``t`` is an infinitive clause holding the row's own trigger, which then stays in its headline
    ("hired extra crews to finish the stadium" for the finishing). A participle clause does not: it often
    says something of another noun ("the boy, rescued by fishermen") and is no headline of the verb's."""
    # (a participle that is the trigger itself, which the headline climbed from, stays: "..., ending a
    # strike that began on Nov. 1")
    # (and so does one whose own infinitive is the trigger: "Ash fell overnight, forcing schools to close on
    # Thursday" is the closing, which a headline of the fall alone would not name)
    return t.left_edge.i <= pred.i <= t.right_edge.i and (t.i == pred.i or t in pred.ancestors) \
        and (any(c.tag_ == "TO" and c.i < t.i for c in t.children)
             or t.dep_ == "advcl" and t.tag_ == "VBG" and not lemma_in(t, ONSET_PARTICIPLES) and (
                 t.i == pred.i or pred.dep_ in ("xcomp", "ccomp") and pred.head.i == t.i))


def _gerund_phrase(t: Token, pred: Token) -> bool:
    """Whether ``t`` is a preposition whose gerund is the row's trigger ("After leaving office in 2009, he
    wrote a memoir" for the leaving): fronted, it goes after its clause like an infinitive one ("he wrote a
    memoir after leaving office"), so the headline neither opens on "After" nor on a bare gerund."""
    return t.dep_ == "prep" and pred.tag_ == "VBG" and pred.dep_ == "pcomp" and pred.head.i == t.i


def _fronted_quote(t: Token, pred: Token) -> bool:
    """Whether ``t`` heads a quotation before the verb that reports it, the row's trigger outside it: with its
    marks and comma removed it would run into its speaker ('"We lost everything," she told the BBC' must not
    read "We lost everything she told the BBC")."""
    if t.dep_ != "ccomp" or t.i > t.head.i or _under(pred, t):
        return False
    first = t.left_edge
    return first.text in QUOTES or (first.i > 0 and t.doc[first.i - 1].text in QUOTES)


def _joint_before(conj: Token) -> set[int]:
    """The conjunction and commas that join ``conj`` to what precedes it: those after the previous conjunct
    (or the head). In "discovered X and notified Y on Friday, and opened Z in March" dropping "opened"
    takes its own ", and", never the "and" of "notified"."""
    sisters = [c.i for c in conj.head.children if c.dep_ == "conj" and c.i < conj.i]
    prev = max(sisters, default=conj.head.i)
    prev_end = conj.doc[prev].right_edge.i if prev != conj.head.i else conj.head.i
    # (with the conjunction's own words: "hold the vote next week rather than wait until January")
    return {x.i for c in conj.head.children
            # (a "%" is no punctuation that joins: "rose 5% on Tuesday and then fell back")
            if (c.dep_ == "cc" or c.is_punct and c.dep_ == "punct") and max(prev, prev_end) < c.i < conj.i
            for x in c.subtree}


def _dropped(pred: Token, anchor: Token, top: Token, exclude: set[int], other_times: set[int]) -> set[int]:
    """Token indices under ``top`` a headline leaves out: the time expression, dated conjuncts, clauses and
    asides, and the time's own preposition."""
    drop: set[int] = set(exclude)
    # "at 8.38 a.m. local time (0538 GMT)": a bracketed restatement hung on a time goes with that time, whichever
    # row's it is
    drop |= _bracketed_asides(pred.doc, exclude)
    other_times = set(other_times) | _bracketed_asides(pred.doc, other_times)
    # "the plant, if repaired, will reopen": a condition set off after the subject, which the parser made a
    # clausal subject holding the noun, goes; the noun stays as the subject
    noun = _subject_of_set_off_condition(top)
    if noun is not None:
        drop.update(x.i for x in noun.head.subtree if not _under(x, noun))
    # A conjunct with its own date, time word or subject is a separate event: leave it out, with its conjunction.
    own = {anchor.i, top.i, pred.i}
    for t in top.subtree:
        if t.dep_ == "conj" and is_predicate(t) and t.i != anchor.i and not _under(anchor, t) \
                and _separate_conjunct(t, other_times, own, exclude):
            drop.update(x.i for x in t.subtree)
            drop.update(_joint_before(t))
    # "called the vote a betrayal and urged supporters to join protests next Tuesday": a time inside the
    # complement of a second conjunct dates that complement, not the first conjunct, which goes but for its subject
    # (and the verb group both share)
    if anchor.dep_ == "conj" and anchor.head.i == top.i and pred.i != anchor.i and _under(pred, anchor) \
            and _in_sentence(pred, exclude) and all(_under(pred.doc[i], pred) for i in _in_sentence(pred, exclude)) \
            and is_predicate(top):
        # (not when the conjunct has a verb group of its own: "would cut its budget and had begun talks in May")
        own_group = any(c.dep_ in ("aux", "auxpass") for c in anchor.children)
        shared = ("nsubj", "nsubjpass", "aux", "auxpass", "neg") if _shares_auxiliary(anchor) and not own_group \
            else ("nsubj", "nsubjpass")
        for c in top.children:
            if c.dep_ not in shared and c.i != anchor.i:
                drop.update(x.i for x in c.subtree)
        drop.add(top.i)
    # "she lost, and again in 2020, when she won": a coordinated phrase holding another row's time is that row's
    # (and so is a noun the parser coordinated with the verb: "introduced timed tickets in 2019 and [capped daily
    # visits] at 30,000 in 2022")
    for t in top.subtree:
        # (a month the parser joined to the verb, "reviewed the draft in April and May", is one as well)
        if t.dep_ == "conj" and (t.pos_ == "ADP" or t.pos_ in ("NOUN", "PROPN") and is_predicate(t.head)) \
                and not _under(pred, t) and not _under(anchor, t) \
                and any(x.i in other_times for x in t.subtree):
            drop.update(x.i for x in t.subtree)
            drop.update(_joint_before(t))
    # "kept the rate at 14%, before cutting it twice in 2020": a clause under a preposition with its own date is
    # that date's event, not this one's
    for t in top.subtree:
        if t.dep_ == "prep" and not _under(pred, t) and not _under(anchor, t) \
                and any(c.dep_ == "pcomp" and is_predicate(c) for c in t.children) \
                and _has_own_date(t, other_times):
            drop.update(x.i for x in t.subtree)
            if t.i > 0 and t.doc[t.i - 1].text == ",":
                drop.add(t.i - 1)
    for c in top.children:
        # "In contrast to Thursday, protesters were calmer Friday": a connective whose only complement is another
        # row's time goes whole (without it the headline opens on "to Thursday")
        if c.dep_ == "prep" and c.i < top.i and c.i not in drop:
            words = list(c.subtree)
            n = _leading_connective(words)
            rest = [x for x in words[n:] if not x.is_punct]
            if n and len(rest) > 1 and rest[0].pos_ == "ADP" and all(x.i in other_times for x in rest[1:]):
                drop.update(x.i for x in words)
    drop |= _gapped_sisters(anchor, exclude, other_times)
    drop |= _gapped_phrase(anchor, exclude, other_times)
    drop |= _included_member(pred, anchor, top, exclude)
    # "hours before the transfer window closed", "two days after it was founded": a headline of the clause itself
    # loses its subordinator, and the length that measured off it goes too
    marks = [c for c in top.children if c.dep_ == "mark" and c.lower_ in LEADING_SUBORDINATORS]
    for c in top.children:
        if c.dep_ in ("npadvmod", "advmod") and marks and c.left_edge.i == top.left_edge.i \
                and c.right_edge.i + 1 == marks[0].i:
            drop.update(x.i for x in c.subtree)
    # "a storm cut the island off for six weeks; that summer, MacLeod married": a semicolon ends a sentence of
    # its own, whatever the parser hung on which side; what lies across it from the trigger goes
    # (and so does a colon between two clauses with a subject each, "the outlook remains fragile: exports
    # slumped 8% from January to March"; not a speaker's label, "The minister: talks are advancing")
    for semi in (c for c in top.children if c.text in (";", ":")):
        for c in top.children:
            if c.i != semi.i and not _under(pred, c) and not _under(anchor, c) \
                    and (c.right_edge.i < semi.i < pred.i or pred.i < semi.i < c.left_edge.i) \
                    and (semi.text == ";" or is_predicate(c) and subject_token(c) is not None):
                drop.update(x.i for x in c.subtree)
    for t in top.subtree:
        if t.i in drop:
            continue
        if t.dep_ == "mark" and t.lower_ in QUESTION_MARKS and t.head.dep_ in ("ccomp", "pcomp", "xcomp"):
            # "did not say whether it would raise rates", "an investigation into whether the fire was set",
            # "will decide whether to charge the men": without "whether" the headline says it would, or was
            continue
        if _fronted_quote(t, pred):
            drop.update(x.i for x in t.subtree)
            continue
        if t.dep_ == "prep" and t.lower_ in ATTRIBUTION_PREPOSITIONS and not _under(pred, t) \
                and _names_a_source(t):
            # "according to the Rhodium Group": the source column names it ("according to demand" stays)
            drop.update(x.i for x in t.subtree)
            continue
        if t.dep_ in CLAUSE_DEPS and t.pos_ == "VERB" and not is_predicate(t):
            continue  # "up from 3.4 trillion won": a currency the parser took for a clause's verb is no clause
        if t.dep_ == "mark" and t.head.i == pred.i and pred.i != top.i and t.i > top.i:
            continue  # "skidded off a runway while landing": the trigger's own clause keeps its subordinator
        comparative = t.head if t.dep_ == "advcl" else t.head.head
        if (_comparison_base(t) or t.dep_ == "mark" and _comparison_base(t.head)) and not (
                comparative.i in exclude | other_times or comparative.lower_ in TIME_REMNANT_ADVERBS
                and any(c.i in exclude | other_times for c in comparative.children)):
            # "175,000 jobs, fewer than expected": the comparison's other term stays with it (and goes with a
            # comparative that is part of the removed time: "on Saturday, a month earlier than planned")
            continue
        if _commentary(t, pred, anchor, exclude, other_times):
            # "raised rates on Wednesday, a long-awaited step that ...", "rejected both changes, a setback for the
            # government": a noun phrase set off at the sentence's end comments on the news, which the headline is
            drop.update(x.i for x in t.subtree)
            drop.add(t.left_edge.i - 1)
            continue
        if t.dep_ == "appos" and name_after_title(t.head, t):
            # "The singer Ada Mensah will release": the name after its title noun is part of the subject (its own
            # asides, ", 42,", still go)
            # (a hyphen glued inside the name is part of it: "the drug maker Warner-Chilcott")
            drop.update(x.i for g in t.children if g.dep_ in CLAUSE_DEPS or g.dep_ == "punct" and not _glued(g)
                        for x in g.subtree)
            continue
        if _amount_on_time(t, exclude, other_times):
            continue
        if t.dep_ in CLAUSE_DEPS and t.i != top.i and not _holds(t, pred) and not _defining_infinitive(t) \
                and not _complement_infinitive(t) and not _bare_complement_participle(t) \
                and not (t.dep_ == "mark" and _complement_infinitive(t.head)) or (
                t.dep_ == "prep" and any(x.i in exclude for x in t.subtree)
                and len([x for x in t.subtree if x.i not in exclude]) <= 1):
            drop.update(x.i for x in t.subtree)
    # another row's time ("said on Monday it would raise bills from April") is that row's, not this headline's
    lengths = typed_timex_tokens(pred.doc, "DURATION")
    for i in set(other_times) - _set_time_tokens(pred.doc):
        if i in drop or not (top.left_edge.i <= i <= top.right_edge.i):
            continue
        t = pred.doc[i]
        if i in lengths and t.head.dep_ == "prep" and t.head.lower_ in LENGTH_ARGUMENT_PREPOSITIONS \
                and t.head.head.pos_ == "VERB":
            continue  # "was sentenced to ten years", "extended by two years": the length is what happened
        # (with this row's own time when the two are coordinated, "Hiring in February and March", or when a
        # counted length runs up to it, "grew 3% in the six months to June": one period)
        coordinated = any(x.dep_ == "cc" for x in t.head.subtree) or (
            t.lower_ in TIME_UNITS and any(c.dep_ == "nummod" for c in t.children)
            and any(c.dep_ in ("prep", "acl") and c.lower_ in PERIOD_END_LINKS and c.i in exclude for c in t.children))
        if t.head.dep_ == "prep" and all(x.i in other_times or coordinated and x.i in exclude or x.i == t.head.i
                                         or _time_phrase_glue(x) or _rides_on_time(x, t) for x in t.head.subtree):
            drop.update(x.i for x in t.head.subtree)
        elif _measured_off(t, pred, anchor) is not None and all(x.i in other_times for x in t.subtree) \
                and top.lemma_.lower() != "be":  # ("The vote is on March 5, two days before the summit": all it says)
            # "charged him on Friday, four years after a leak exposed the accounts": without its length the
            # phrase would say the charge came right after the leak; it is another relation, and goes whole
            h = _measured_off(t, pred, anchor)
            drop.update(x.i for x in h.subtree)
            if h.left_edge.i > 0 and pred.doc[h.left_edge.i - 1].text == ",":
                drop.add(h.left_edge.i - 1)
        elif t.dep_ in ("npadvmod", "tmod", "advmod") and all(x.i in other_times for x in t.subtree):
            # (also a time adverb of its own: "nine times, most recently in 2020")
            drop.update(x.i for x in t.subtree)
    # "Three weeks after the election in May, the coalition collapsed": a length measured off another event dates
    # the row through it, so the whole "after/before" phrase goes with the length
    for i in list(exclude):
        h = _measured_off(pred.doc[i], pred, anchor)
        if h is not None:
            drop.update(x.i for x in h.subtree)
        # (and the other event's own time, when it is this row's: "Four days before the deadline on Friday, the two
        # sides reached a deal" read on Friday)
        up = next((a for a in pred.doc[i].ancestors if a.dep_ == "prep" and a.lower_ in ("after", "before")
                   and any(c.dep_ == "npadvmod" and c.i in other_times for c in a.children)), None)
        if up is not None and not _under(pred, up) and not _under(anchor, up):
            drop.update(x.i for x in up.subtree)
    # a time expression's own preposition ("on Tuesday") and stray punctuation go
    for i in list(exclude):
        h = pred.doc[i].head
        # (an amount the parser hung on the time stays, without the time's preposition: "touched down on Jan. 20
        # about 55 meters from its target")
        asides = {x.i for c in pred.doc[i].children if _amount_on_time(c, exclude, other_times) for x in c.subtree}
        # (and an adverb hung on the preposition that only places the time: "would be set, possibly in mid-July")
        # (or only sharpens it, "would reach its target only in late 2025"; never a negation: "not until May")
        placing = {c.i for c in h.children if c.dep_ == "advmod" and c.i < h.i and (
                   c.lower_ in TIME_PLACING_ADVERBS or c.lower_ in FOCUS_ADVERBS and c.lower_ not in NEGATIONS)
                   and c.i != pred.i and c.n_lefts + c.n_rights == 0} if h.dep_ == "prep" else set()
        if h.dep_ == "prep" and h.i not in exclude and all(x.i in exclude or x.i == h.i or x.i in asides
                                                          or x.i in placing for x in h.subtree):
            drop.add(h.i)
            drop |= placing
        elif h.dep_ == "prep" and h.i not in exclude and all(
                x.i in exclude or x.i == h.i or x.i in other_times or _time_phrase_glue(x)
                or x.pos_ == "ADP" and all(c.i in other_times for c in x.children) for x in h.subtree):
            # "in 2016 and again in 2021", "in 2015 and in 2016": the phrase holds only times and their glue
            drop.update(x.i for x in h.subtree if x.i not in exclude)
        elif pred.doc[i].dep_ in ("npadvmod", "tmod", "nmod") and i > 0 and i - 1 not in exclude \
                and pred.doc[i - 1].dep_ == "prep" and pred.doc[i - 1].right_edge.i > i:
            # ("Her resignation on [Friday surprised] colleagues", a parse that took the verb for an adjective:
            # the preposition just before the time is still the time's)
            drop.add(i - 1)
    # "left shortly after 6 a.m.", "just before noon": an adverb that only places the removed time, hung on the
    # verb beside the time's preposition, goes with it ("late"/"early" stay: "the train left late on Sunday" may
    # mean it was delayed)
    for i in list(drop):
        t = pred.doc[i]
        if t.dep_ == "prep" and i > 0 and i in drop and any(x.i in exclude for x in t.subtree):
            before = pred.doc[i - 1]
            # (with its degree word: "nine times, most recently in 2020")
            if before.dep_ == "advmod" and before.head.i == t.head.i and before.lower_ in TIME_PLACING_ADVERBS \
                    and all(c.dep_ == "advmod" and c.lower_ in DEGREE_ADVERBS for c in before.children) \
                    and before.n_rights == 0 and before.i != pred.i:
                drop.update(x.i for x in before.subtree)
    drop |= _time_asides(top, exclude)
    for t in top.subtree:
        if t.i not in drop and _ranking(t, pred):
            drop.update(x.i for x in t.subtree)
            drop.add(t.left_edge.i - 1)
    for t in top.subtree:
        # "fell on Tuesday, with Brent crude dropping below $70": an absolute "with" phrase whose clause went
        # leaves nothing but "with Brent crude"; it goes whole
        if t.dep_ == "prep" and t.lower_ in ABSOLUTE_PREPOSITIONS and t.i not in drop and any(
                c.dep_ == "pobj" and any(g.dep_ in ("acl", "relcl") and g.i in drop for g in c.children)
                for c in t.children):
            drop.update(x.i for x in t.subtree)
    drop |= _trailing_attribution(pred, top)
    drop |= _subject_of_gone_clause(top, drop)
    drop |= _count_of_the_governor(pred)
    for c in top.children:
        # "... a site operated by Ridgeline Chemical Co.": a name whose closing abbreviation the parser read as the
        # sentence's full stop hangs on the verb; it ends the clause that went, and goes with it
        if c.dep_ == "punct" and any(ch.isalpha() for ch in c.text) and c.i > pred.i \
                and c.left_edge.i > 0 and c.left_edge.i - 1 in drop:
            drop.update(x.i for x in c.subtree)
    drop |= _split_clause_middle(pred, anchor, top, drop)
    drop |= _restated_object(anchor, exclude)
    drop |= _time_remnants(pred, anchor, top, drop | exclude)
    drop |= _time_hedges(top, drop | exclude)
    drop |= _negated_time_aside(top, drop | exclude)
    drop |= _emptied_asides(pred, top, drop | exclude)
    drop |= _stranded_comparison(top, drop)
    drop |= _emptied_prepositions(top, drop | exclude)
    return drop - _kept_range_ends(pred.doc, drop, other_times)


def _kept_range_ends(doc, drop: set[int], other_times: set[int]) -> set[int]:
    """The second year or day of another time's range written with a dash ("the 2017-18 fiscal year") stays with
    its first one when that stays: without it the headline names another period ("the 2017 fiscal year")."""
    out: set[int] = set()
    for i in sorted(drop & other_times):
        if i >= 2 and doc[i - 1].text in ("-", "–", "—") and not doc[i - 1].whitespace_ \
                and not doc[i - 2].whitespace_ and i - 2 in other_times and i - 2 not in drop:
            out.update((i - 1, i))
    return out


# ``doc.user_data`` key of the dateline's token indices ("PARIS, March 8 (Reuters) -"), set by the linker: a row's
# excluded words hold them besides its time's, and a rule asking where the row's time sits must not count them
DATELINE_KEY = "timeline.dateline_tokens"


def _in_sentence(tok: Token, indices: set[int]) -> set[int]:
    """Those of ``indices`` in ``tok``'s sentence, less the dateline's (a row's excluded words hold both)."""
    sent = tok.sent
    dateline = tok.doc.user_data.get(DATELINE_KEY, frozenset())
    return {i for i in indices if sent.start <= i < sent.end and i not in dateline}


def _restated_object(anchor: Token, exclude: set[int]) -> set[int]:
    """The first of two objects when the second, set off by a comma, restates it with the row's time: "has blocked
    only one merger in the past decade, a Danish deal in 2015" (the parser makes "deal" a second object): the 2015
    row is "has blocked a Danish deal", not "has blocked only one merger a Danish deal"."""
    objs = [c for c in anchor.children if c.dep_ == "dobj"]
    if len(objs) != 2 or not _in_sentence(anchor, exclude) or objs[1].left_edge.i == 0:
        return set()
    first, second = objs
    comma = anchor.doc[second.left_edge.i - 1]
    if comma.text != "," or not all(_under(anchor.doc[i], second) for i in _in_sentence(anchor, exclude)):
        return set()
    return {x.i for x in first.subtree} | {comma.i}


def _split_clause_middle(pred: Token, anchor: Token, top: Token, drop: set[int]) -> set[int]:
    """What lies inside a time clause the parser split in two: "pulled 14 miners from a shaft on Friday, two days
    after water from an underground reservoir burst into the tunnels" hangs "after water" and a subjectless "burst"
    on the main verb, and "from an underground reservoir" between them on the main verb too; with both ends gone
    from the headline, the middle goes with them (was "... from a shaft from an underground reservoir")."""
    out: set[int] = set()
    # (the subordinator may hang on a noun before it: "from a shaft on Friday, two days after water ...")
    for sub in (c for c in top.subtree if c.i in drop and c.dep_ == "prep" and c.lower_ in LEADING_SUBORDINATORS
                and any(p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN", "PRON") for p in c.children)):
        # (or a past verb it hung on a noun there: "after snow from a cornice buried their camp", "buried" an acl)
        verb = next((v for v in top.subtree if v.i > sub.right_edge.i and v.i in drop and is_predicate(v)
                     and (v.head.i == top.i and v.dep_ in ("advcl", "dep", "conj")
                          or v.dep_ == "acl" and v.tag_ == "VBD")
                     and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in v.children)), None)
        if verb is None:
            continue
        middle = [t for t in top.doc[sub.right_edge.i + 1:verb.left_edge.i] if t.i not in drop]
        if middle and not any(t.i in (pred.i, anchor.i) or _under(pred, t) or _under(anchor, t) for t in middle):
            out.update(t.i for t in middle)
    return out


def _emptied_prepositions(top: Token, gone: set[int]) -> set[int]:
    """A preposition whose object was a removed time but which keeps other words of its own: the other end of a
    change ("fell 20% from a year earlier to $7.1 billion") or a coordinated phrase ("Two crashes, in Indonesia in
    October 2018 and in Ethiopia"). The preposition goes alone; without this the headline reads "from to"."""
    out: set[int] = set()
    for t in top.subtree:
        if t.i in gone or t.pos_ != "ADP" or t.dep_ not in ("prep", "conj"):
            continue
        objects = [c for c in t.children if c.dep_ in ("pobj", "pcomp")]
        if objects and all(x.i in gone for c in objects for x in c.subtree) \
                and any(x.i not in gone for x in t.subtree if x.i != t.i):
            out.add(t.i)
        # "In March 2007 a small Rembrandt etching was stolen": the verb's subject, which the parser hung on the
        # time's preposition as a clause of its own right after the time, is no object of it (link.py reads it as
        # the subject of the verb, which has none of its own)
        times = [c for c in objects if c.dep_ == "pobj"]
        if times and t.head.i == top.i and all(x.i in gone for c in times for x in c.subtree) \
                and not any(k.dep_ in ("nsubj", "nsubjpass") for k in top.children) and all(
                c.dep_ == "pcomp" and c.left_edge.i == times[-1].right_edge.i + 1 for c in objects if c not in times):
            out.add(t.i)
    return out


def _bare_complement_participle(t: Token) -> bool:
    """A lone participle on an object says what becomes of it ("would have up to $10,000 cancelled", "had their
    loans forgiven"): no clause of its own to leave out, and without it the headline says the opposite."""
    if t.dep_ == "acl" and t.tag_ == "VBN" and t.n_lefts + t.n_rights == 0 and t.head.dep_ in ("dobj", "conj"):
        return True
    # ("left thousands of families struggling to stay warm", "found the crew stranded on a reef": after a verb that
    # leaves or finds its object in a state, the participle is that state, what the verb did, not an aside)
    obj = t.head
    return t.dep_ == "acl" and t.tag_ in ("VBG", "VBN") and obj.dep_ == "dobj" and t.i > obj.i \
        and lemma_in(obj.head, STATE_LEAVING_VERBS) and t.doc[t.i - 1].text != ","


def _stranded_comparison(top: Token, drop: set[int]) -> set[int]:
    """A "than" phrase whose comparative went with a removed time ("would arrive 'a few weeks later' than usual",
    the quoted time tagged with its "later"): without it the headline reads "would arrive than usual"."""
    doc = top.doc
    out: set[int] = set()
    for t in top.subtree:
        if t.lower_ != "than" or t.i in drop or t.dep_ not in ("prep", "mark", "cc"):
            continue
        k = t.i - 1
        while k >= 0 and doc[k].is_punct:
            k -= 1
        if k >= 0 and k in drop and (doc[k].tag_ in ("RBR", "JJR") or doc[k].lower_ in COMPARATIVE_TIME_ADVERBS):
            out.update(x.i for x in t.subtree)
            if t.dep_ == "mark" and t.head.head.i == k:
                # ("left in August, months earlier than planned": the clause "than" opens goes with it)
                out.update(x.i for x in t.head.subtree)
    return out


def _measured_off(t: Token, pred: Token, anchor: Token) -> Token | None:
    """The "after"/"before" phrase a length ``t`` measures off ("four years after a leak"), when the phrase is
    not the row's own clause, or None."""
    h = t.head
    if t.dep_ == "npadvmod" and h.dep_ == "prep" and h.lower_ in ("after", "before") \
            and not _under(pred, h) and not _under(anchor, h):
        return h
    return None


def _subject_of_set_off_condition(top: Token) -> Token | None:
    """The noun of "the plant, if repaired, will reopen", which the parser makes the subject of a clausal
    subject "if repaired", or None."""
    for c in top.children:
        if c.dep_ == "csubj" and any(m.dep_ == "mark" and m.lower_ in CONDITIONAL_MARKS for m in c.children):
            return next((n for n in c.children if n.dep_ in ("nsubj", "nsubjpass") and n.i < c.i), None)
    return None


def _time_asides(top: Token, exclude: set[int]) -> set[int]:
    """A phrase set off after the removed time that only says more of it ("in 2021, a record year for
    exporters", "on Monday, the first day of the sale"), which the parser may hang on the verb: a noun phrase
    headed by a time unit right after the time and a comma goes with it, and so does the comma."""
    out: set[int] = set()
    doc = top.doc
    for t in top.subtree:
        first = t.left_edge.i
        if t.dep_ in ("npadvmod", "appos", "dobj") and t.pos_ == "NOUN" and t.lower_ in TIME_UNITS \
                and first >= 2 and doc[first - 1].text == "," and first - 2 in exclude and t.i not in exclude:
            out.update(x.i for x in t.subtree)
            out.add(first - 1)
    return out


def _time_hedges(top: Token, gone: set[int]) -> set[int]:
    """The bound of a removed time ("by 2025 at the earliest", "by the end of March at the latest"), the row's
    own or another's, even past a closing quote: without the time it says nothing and goes with it."""
    doc = top.doc
    out: set[int] = set()
    for t in top.subtree:
        before = t.i - 1
        while before > 0 and doc[before].is_punct and before not in gone:
            before -= 1
        if t.dep_ == "prep" and t.i not in gone and before in gone and before < t.i \
                and any(c.lower_ in TIME_LIMIT_WORDS for c in t.children):
            out.update(x.i for x in t.subtree)
    return out


def _count_of_the_governor(pred: Token) -> set[int]:
    """'bringing the total in an outbreak that began on Christmas Day to 41': the parser hangs the closing "to 41"
    on the relative clause's verb; it is the count the main verb brings its object to (``count_raising_verbs``),
    and goes from the clause's row ("an outbreak began", not "an outbreak began to 41")."""
    if pred.dep_ not in ("relcl", "acl"):
        return set()
    x = pred.head
    while x.dep_ in ("pobj", "prep", "dobj", "nsubj") and x.head.i != x.i and x.pos_ != "VERB":
        x = x.head
    if x.pos_ != "VERB" or not lemma_in(x, COUNT_RAISING_VERBS) or any(
            c.dep_ == "prep" and c.lower_ == "to" for c in x.children):
        return set()
    return {y.i for c in pred.children if c.dep_ == "prep" and c.lower_ == "to" and c.i > pred.i
            and any(g.dep_ == "pobj" and g.like_num for g in c.children) for y in c.subtree}


def _subject_of_gone_clause(top: Token, drop: set[int]) -> set[int]:
    """'climbed on Wednesday as a drought across northern Europe cut crop forecasts, raising fears ... later this
    year': the parser read the subordinator as a preposition whose object is the clause's subject, and the clause's
    verb as a clause of its own; when that verb went (it holds another row's time) its subject goes with it, or the
    headline ends "as a drought across northern Europe"."""
    out: set[int] = set()
    for p in top.children:
        if p.dep_ != "prep" or p.lower_ not in LEADING_SUBORDINATORS or p.i in drop:
            continue
        verb = p.doc[p.right_edge.i + 1] if p.right_edge.i + 1 < len(p.doc) else None
        if verb is not None and verb.i in drop and verb.head.i == top.i and verb.dep_ == "advcl" \
                and is_predicate(verb) and subject_token(verb) is None:
            out.update(x.i for x in p.subtree)
    return out


def _trailing_attribution(pred: Token, top: Token) -> set[int]:
    """'"... I think the whole crew needed that," said the flight director': a reporting verb after the quote's
    closing mark that the parser hung inside the quote is its attribution, not part of what was said; the row of a
    verb in the quote leaves it out (from the closing mark on: what the parser gave it before the mark is the
    quote's own, "needed that")."""
    out: set[int] = set()
    for c in top.subtree:
        if c.i == pred.i or c.dep_ not in ("ccomp", "parataxis", "conj") or not lemma_in(c, REPORTING_VERBS) \
                or _under(pred, c):
            continue
        close = next((x for x in c.subtree if x.i < c.i and x.text in QUOTES and x.i > top.left_edge.i), None)
        if close is not None and all(x.is_punct for x in c.doc[close.i:c.i]):
            out.update(x.i for x in c.subtree if x.i >= close.i)
            if c.doc[close.i - 1].text == ",":
                out.add(close.i - 1)
    return out


def _negated_time_aside(top: Token, gone: set[int]) -> set[int]:
    """A "not" set off by a comma before a removed time ("never stopped singing, not even last month"): it said
    something of that time only, and goes with it and its comma ("never stopped singing", not "singing, not")."""
    doc = top.doc
    out: set[int] = set()
    for t in top.subtree:
        if t.lower_ not in NEGATIONS or t.i in gone or t.i == 0 or doc[t.i - 1].text != ",":
            continue
        nxt = t.i + 1
        while nxt < len(doc) and nxt not in gone and (doc[nxt].lower_ in FOCUS_ADVERBS or doc[nxt].lower_ in TIME_REMNANT_ADVERBS
                                                       or doc[nxt].dep_ == "prep" and nxt + 1 in gone):
            nxt += 1  # ("not even on Christmas Day": the preposition of the removed time too)
        if nxt < len(doc) and nxt in gone:
            out.update(range(t.i - 1, nxt))
    return out


def _emptied_asides(pred: Token, top: Token, gone: set[int]) -> set[int]:
    """An adjective set off by commas whose only complement was a removed time ("will redeem its debentures, due
    March 15, 2007, on April 1" → "will redeem its debentures", not "its debentures, due"): the aside said when,
    and goes with its commas. Not the row's own trigger ("its debentures due"), nor one that keeps words of its own
    ("the bridge, old even then,")."""
    doc = top.doc
    out: set[int] = set()
    for t in top.subtree:
        if t.dep_ not in ("amod", "appos", "advmod") or t.pos_ != "ADJ" or t.i == pred.i or t.i in gone \
                or t.head.pos_ not in ("NOUN", "PROPN") or t.i < t.head.i:
            continue
        left = t.left_edge.i
        if left == 0 or doc[left - 1].text != ",":
            continue
        inner = [x for x in t.subtree if x.i != t.i]
        if not inner or not any(x.i in gone for x in inner) or any(x.i not in gone and not x.is_punct for x in inner):
            continue
        out.update(x.i for x in t.subtree)
        out.add(left - 1)
    return out


def _bounds_a_time(neg: Token) -> bool:
    """The "no" of "no earlier than Wednesday" / "no later than May": it negates the comparison that bounds the
    time, not the event, and goes with the time."""
    return neg.head.lower_ in TIME_REMNANT_ADVERBS and neg.i == neg.head.i - 1 and neg.head.i != neg.head.head.i


def _time_remnants(pred: Token, anchor: Token, top: Token, gone: set[int]) -> set[int]:
    """The words a removed time leaves behind: phrases over it holding nothing else but function words and
    time adverbs ("as soon as next month" → "as soon", "three decades ago" → "ago", "a year later" → "later")."""
    inside = {x.i for x in top.subtree}
    keep = {pred.i, anchor.i, top.i}
    out: set[int] = set()
    for i in sorted(gone & inside):
        if pred.doc[i].is_space:
            continue  # a line break the parser hung on a word ("The\nfirm") leaves no time behind
        h, came = pred.doc[i].head, pred.doc[i]
        while h.i in inside and h.i not in keep and h.i not in gone | out \
                and not any(x.i in keep for x in h.subtree):
            # a clause the parser hung on the remnant is no part of it ("said as recently as Friday that he
            # had ...": "that he had" under "recently"); it stays, and the climb ends there
            clauses = {x.i for c in h.children if c.dep_ in ("ccomp", "advcl", "relcl", "acl")
                       and c.i != came.i for x in c.subtree}
            rest = [x for x in h.subtree if x.i not in gone and x.i not in out and x.i not in clauses]
            # (and a part of the day the time is "of": "broke out on the morning of Dec. 30" left "on the morning")
            day_part = h.lower_ in TIME_REMNANT_NOUNS and came.dep_ == "prep" and came.lower_ == "of"
            if any(not _bounds_a_time(x) and (x.pos_ not in TIME_REMNANT_POS and x.lower_ not in TIME_REMNANT_ADVERBS
                   and not (x.dep_ == "prep" and x.lower_ in TIME_REMNANT_PARTICIPLES)
                   and not (day_part and x.i == h.i) or x.dep_ == "neg" or x.lower_ in NEGATIONS) for x in rest):
                break
            out.update(x.i for x in h.subtree if x.i not in clauses)
            if clauses:
                break
            h, came = h.head, h
    return out


def _shorten(toks: list[Token], pred: Token, top: Token, subj: Token | None) -> list:
    """A long headline: drop fronted material (a quote before "X said"), then the largest side phrases,
    never the subject, the verb group or the object/complement; finally cut with an ellipsis."""
    kept = {t.i for t in toks}
    subj_i = subj.i if subj is not None else top.i
    side = [c for c in top.children if c.dep_ not in _CORE_DEPS and c.i != pred.i and not _under(pred, c)]
    fronted = [c for c in top.children if c.i < subj_i and c.dep_ not in ("nsubj", "nsubjpass", "aux", "neg")]
    for c in fronted + sorted(side, key=lambda c: -len(list(c.subtree))):
        if len(kept) <= MAX_SUMMARY_TOKENS:
            break
        kept -= {x.i for x in c.subtree}
    toks = [t for t in toks if t.i in kept]
    if len(toks) > MAX_SUMMARY_TOKENS:
        return trim(toks[:MAX_SUMMARY_TOKENS], top.i) + [_ELLIPSIS]
    return trim(toks, top.i)


def _time_phrase_glue(t: Token) -> bool:
    """A word that only joins or repeats a time phrase ("in 2016 and again in 2021"): it goes with the phrase."""
    # (the parser may make the adverb a conjunct of the first phrase: "in December and again on Jan. 14")
    return t.dep_ == "cc" or t.dep_ in ("advmod", "conj") and t.lower_ in ("again", "also", "then", "once") \
        and t.n_lefts + t.n_rights == 0


def _rides_on_time(x: Token, time: Token) -> bool:
    """Whether ``x`` only bounds or measures the time whose head is ``time`` and goes with it: "at least" on it
    ("until at least the spring of 2021"), or an aside set off by a comma after it ("..., more than a year behind
    schedule")."""
    if x.lower_ in TIME_BOUND_HEDGES and x.head.i == time.i or x.lower_ == "at" and x.head.lower_ in TIME_BOUND_HEDGES \
            and x.head.head.i == time.i:
        return True
    if x.text == "," and x.head.i == time.i and x.i > time.i:
        return True
    a = x
    while a.head.i != time.i and a.head.i != a.i:
        a = a.head
    return a.head.i == time.i and a.i > time.i and a.dep_ in ("prep", "appos", "npadvmod", "advmod") \
        and a.left_edge.i > 0 and x.doc[a.left_edge.i - 1].text == ","


class _Copula(_The):
    """"was"/"were" before a participle set after its noun ("The bridge, built in 1958," → "The bridge was built"):
    without it the noun reads as the participle's subject ("The bridge built")."""

    pos_, dep_, tag_ = "AUX", "auxpass", "VBD"

    def __init__(self, noun: Token):
        self.text = self.lower_ = "were" if noun.tag_ in ("NNS", "NNPS") else "was"


def _with_shared_auxiliaries(toks: list, pred: Token) -> list:
    """``toks`` with the verb group a conjoined verb shares with its head put before it, where the headline reads
    subject, verb ("was arrested in November and extradited last week" → "Kim was extradited", not "Kim
    extradited"; "would take effect in May and expire in 2027" → "The bill would expire"; "plans to open a store
    and to hire 50 people by June" → "The firm plans to hire", not "The firm to hire")."""
    if participle_conjunct(pred) and pred.head.lemma_ == "be":
        # "was relaid in 2012 and inspected last month", parsed with the participles an adjective and a clause on
        # "was": the copula is the passive's auxiliary, shared
        at = next((k for k, t in enumerate(toks) if getattr(t, "i", -1) == pred.i), None)
        subject = {x.i for c in pred.head.children if c.dep_ in ("nsubj", "nsubjpass") for x in c.subtree}
        if at is None or not subject or at > 0 and getattr(toks[at - 1], "i", -1) not in subject:
            return toks
        shared = [c for c in pred.head.children if c.dep_ in ("aux", "neg") and c.i < pred.head.i] + [pred.head]
        # (alone, the participle's phrase takes the subject they share)
        front = [] if at else [_Shared(pred.doc[i]) for i in sorted(subject)]
        return toks[:at] + front + [_Shared(c) for c in shared] + toks[at:]
    # (also a second verb the tagger misread as another word, which the grammar reads as a predicate: "will open
    # in April and close in October", "close" tagged an adverb)
    if pred.dep_ != "conj" or not (pred.tag_ in ("VBN", "VB") or pred.pos_ not in ("VERB", "AUX", "NOUN", "PROPN")
                                   and is_predicate(pred)):
        return toks
    head, own = pred.head, [c for c in pred.children if c.dep_ in ("aux", "auxpass")]
    if own and not _own_to(pred):
        return toks
    shared = [] if own else [c for c in head.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < head.i]
    if own or any(c.lower_ == "to" for c in shared):
        # an infinitive's "to" alone reads as no verb group: with the verb that governs it
        up = head.head
        if head.dep_ != "xcomp" or not is_predicate(up):
            return toks
        shared = [c for c in up.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < up.i] + [up] + shared
    first = own[0] if own else pred
    kept = {getattr(t, "i", -1) for t in toks}
    to = next((c for c in head.children if c.dep_ == "aux" and c.lower_ == "to" and c.i in kept), None)
    if to is not None:
        # the head's "to" is in the headline already ("plans to open a hub and hire 500 workers next year" kept as
        # "to open a hub and hire"): its governing verb goes before it
        first, shared = to, [c for c in shared if c.i < to.i and c.i not in kept]
    at = next((k for k, t in enumerate(toks) if getattr(t, "i", -1) == first.i), None)
    subject = {x.i for c in head.children if c.dep_ in ("nsubj", "nsubjpass") for x in c.subtree}
    if not shared or at is None or at == 0 or any(c.i in kept for c in shared) or not _shares_auxiliary(pred) \
            or getattr(toks[at - 1], "i", -1) not in subject and getattr(toks[at - 1], "dep_", "") not in (
                "nsubj", "nsubjpass"):
        return toks
    return toks[:at] + [_Shared(c) for c in shared] + toks[at:]


class _Shared:
    """A head verb's auxiliary repeated before its conjunct: the token's own words, spaced as a word apart."""

    def __init__(self, tok: Token):
        self._tok = tok
        self.i = -1
        self.whitespace_ = " "

    def __getattr__(self, name):
        return getattr(self._tok, name)


def _with_copula(toks: list, pred: Token) -> list:
    """``toks`` with a copula between a noun and the passive participle after it that is the row's trigger."""
    toks = _with_shared_auxiliaries(toks, pred)
    toks = _with_fronted_copula(toks, pred)
    # (a noun that is the sentence's root has no verb of its own: its "participle" is the misread main verb, "The
    # pair, both from Seattle, set out early Sunday and planned ...")
    owner = pred.head
    if pred.dep_ == "ROOT" and pred.tag_ in ("VBN", "VBD") and pred.i > 0 and pred.doc[pred.i - 1].text == ",":
        # "Residents of the estate, flooded twice since 2015, said on Monday ...", parsed with the participle as
        # the root (or a past verb) and "said", set off after it, joined to it: the subject set off before it is
        # the participle's noun
        owner = next((c for c in pred.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < pred.i), None)
        if owner is None or owner.right_edge.i != pred.i - 2 or owner.pos_ not in ("NOUN", "PROPN") \
                or not any(c.dep_ == "conj" and c.tag_ == "VBD" and pred.doc[c.left_edge.i - 1].text == ","
                           for c in pred.children):
            return toks
    elif _listed_after_participle(pred):
        # "The audit, ordered by the council in March and released on Monday, found": the second participle is
        # as passive as the first ("The audit was released", not "The audit released")
        owner = _listed_after_participle(pred).head
    elif pred.dep_ != "acl" or pred.tag_ != "VBN" or pred.head.pos_ not in ("NOUN", "PROPN") \
            or pred.head.dep_ == "ROOT":
        return toks
    if any(c.dep_ in ("aux", "auxpass") for c in pred.children):
        return toks
    if pred.lower_ in PERIOD_END_LINKS and pred.head.lower_ in TIME_UNITS:
        return toks  # "the quarter ended Sept. 30": a period that ended, not one that was ended
    if _trailing_attribution_participle(pred):
        return toks  # "..., the regional wine board estimated on Friday": the board estimated, nothing was estimated
    at = next((k for k, t in enumerate(toks) if getattr(t, "i", -1) == pred.i), None)
    if at is None:
        return toks
    # (before the participle's own adverbs: "The comet, first spotted in 2023," → "The comet was first spotted")
    while at > 0 and getattr(toks[at - 1], "dep_", "") == "advmod" and getattr(toks[at - 1], "head", None) is not None \
            and toks[at - 1].head.i == pred.i:
        at -= 1
    before = at
    while before > 0 and getattr(toks[before - 1], "text", "") == ",":
        before -= 1
    noun = {x.i for x in owner.subtree if x.i < pred.i and x.head.i != pred.i} | ({owner.i} if owner is not pred.head
                                                                                    else set())
    # (only where the headline reads noun phrase, participle: not "officials said the car, rented ...")
    if before == 0 or getattr(toks[before - 1], "i", -1) not in noun or getattr(toks[0], "i", -1) not in noun:
        return toks
    return toks[:before] + [_Copula(owner)] + toks[at:]


def _listed_after_participle(pred: Token) -> Token | None:
    """The first of a list of passive participles set on a noun that ``pred``, a later one, is joined to, or None."""
    if pred.dep_ != "conj" or pred.tag_ != "VBN":
        return None
    first = pred.head
    while first.dep_ == "conj":
        first = first.head
    if first.dep_ != "acl" or first.tag_ != "VBN" or first.head.pos_ not in ("NOUN", "PROPN") \
            or first.head.dep_ == "ROOT" or any(c.dep_ in ("aux", "auxpass") for c in first.children):
        return None
    return first


def _trailing_attribution_participle(pred: Token) -> bool:
    """'Production fell to its lowest level since 1991, the regional wine board estimated on Friday': a reporting
    verb closing its sentence after a clause, which the parser read as a participle on a noun set off after the
    main verb, is a trailing attribution in the past tense (that noun its speaker), not a passive: it has no "by"
    agent, no object and nothing it reports after it ("the figure, estimated by analysts at ..." stays passive)."""
    noun = pred.head
    if not lemma_in(pred, REPORTING_VERBS) or noun.dep_ not in ("appos", "npadvmod", "dep") \
            or noun.i < pred.sent.root.i \
            or noun.left_edge.i == 0 or pred.doc[noun.left_edge.i - 1].text != ",":
        return False
    if any(c.dep_ in ("agent", "dobj", "ccomp", "xcomp", "attr", "oprd") for c in pred.children):
        return False
    last = pred.sent.end - 1
    while last > pred.i and (pred.doc[last].is_punct or pred.doc[last].is_space):
        last -= 1
    return pred.right_edge.i >= last


def _glued(t: Token) -> bool:
    """Whether ``t`` is written inside a word, with no space on either side ("Warner-Chilcott")."""
    return t.i > 0 and not t.doc[t.i - 1].whitespace_ and not t.whitespace_ and t.i + 1 < len(t.doc)


def _with_fronted_copula(toks: list, pred: Token) -> list:
    """``toks`` with a copula before a fronted passive participle that the headline puts after the clause's
    subject ("Born in Cleveland in 1932, Dr. Ellison earned ..." → "Dr. Ellison was born in Cleveland", not "Dr.
    Ellison born in Cleveland")."""
    if pred.dep_ != "advcl" or pred.tag_ != "VBN" or pred.i > pred.head.i \
            or any(c.dep_ in ("aux", "auxpass", "mark", "nsubj", "nsubjpass") for c in pred.children):
        return toks
    subj = subject_token(pred.head)
    at = next((k for k, t in enumerate(toks) if getattr(t, "i", -1) == pred.i), None)
    if subj is None or at is None or at == 0 or subj.i < pred.i \
            or getattr(toks[at - 1], "i", -1) not in {x.i for x in subj.subtree}:
        return toks
    return toks[:at] + [_Copula(subj)] + toks[at:]


def headline_tokens(pred: Token, exclude: set[int], other_times: set[int] = frozenset()) -> list:
    """The clause of ``pred`` as a headline: subject, verb group, objects, coordinated predicates (Tokens,
    and an ellipsis stand-in when it had to be cut)."""
    exclude = exclude | _coordinated_times(pred.doc, exclude, other_times)
    # an aside with a time of its own set off on the subject ("The pier, under repair since March, will reopen") is
    # not the headline's
    subjects = [c for c in pred.children if c.dep_ in ("nsubj", "nsubjpass")]
    asides = [set_off_phrases(c) for c in subjects]
    exclude = exclude | {i for a in asides if a & (exclude | set(other_times)) for i in a}
    if len(subjects) > 1 and attribution_subject(subjects).i == subjects[-1].i:
        # "An avalanche swept ..., police said on Monday", parsed with two subjects of "said": the reported clause
        # is not who said it
        exclude = exclude | {x.i for c in subjects[:-1] for x in c.subtree}
    toks = _headline_tokens(pred, exclude, other_times)
    return _as_happened(_with_copula(_within_semicolons(toks, pred), pred), pred, exclude)


def _coordinated_times(doc, exclude: set[int], other_times: set[int]) -> set[int]:
    """The other times listed with the row's own ("the 2020 and 2021 editions", "losses in 2019, 2020 and
    2021"), with their commas and "and": the row's time alone cannot leave the list, whose first member holds
    the rest ("the 2020 and editions" for the 2021 row, "losses in 2019, 2020" for the 2021 one)."""
    times = set(exclude) | set(other_times)
    out: set[int] = set()
    for i in exclude:
        top = doc[i]
        while top.dep_ == "conj" and top.head.i in times:
            top = top.head
        if top.i == i:
            continue
        members = list(top.subtree)
        if all(t.i in times or t.dep_ in ("cc", "punct") for t in members):
            out.update(t.i for t in members)
    return out


def _within_semicolons(toks: list, pred: Token) -> list:
    """``toks`` without words across a semicolon from the trigger: a semicolon joins two clauses, each a headline
    of its own, and a parse that hangs one on the other ("The pandemic forced organisers to cancel the 2020
    edition; the festival returned in June 2022") must not glue them together ("the festival The pandemic ...")."""
    sent = pred.sent
    marks = [t.i for t in sent if t.text == ";"]
    if not marks:
        return toks
    left = max((i for i in marks if i < pred.i), default=sent.start - 1)
    right = min((i for i in marks if i > pred.i), default=sent.end)
    # (stand-ins without a place of their own, a copula or an ellipsis, stay)
    kept = [t for t in toks if getattr(t, "i", -1) < 0 or left < t.i < right]
    if len(kept) == len(toks) or len(kept) < 2 or not any(getattr(t, "i", -1) == pred.i for t in kept):
        return toks
    return kept


def happened_until(pred: Token, exclude: set[int]) -> bool:
    """Whether a past negation with "until" and the row's time says when ``pred`` did happen ("did not open until
    2 p.m.", "was not discovered until 2019"): not with a modal ("will not open until", a prediction), nor in the
    present ("does not open until 10 a.m.", a habit), nor on a verb of lasting ("did not last until Christmas")."""
    if not exclude or lemma_in(pred, DURATIVE_VERBS) or not any(c.dep_ == "neg" for c in pred.children):
        return False
    doc = pred.doc
    own = _in_sentence(pred, exclude)
    if not own:
        return False
    start = min(own)
    word = doc[start] if doc[start].lower_ in NOT_UNTIL_WORDS else doc[start - 1] if start > 0 else None
    if word is None or word.lower_ not in NOT_UNTIL_WORDS:
        return False
    up = word
    for _ in range(3):  # the "until" phrase hangs on the verb (or on its particle or object)
        if up.head.i == pred.i:
            break
        up = up.head
    else:
        return False
    return not any(c.dep_ == "aux" and c.tag_ == "MD" for c in pred.children) \
        and any(t.tag_ == "VBD" for t in (pred, *pred.children) if t.i <= pred.i)


def _as_happened(toks: list, pred: Token, exclude: set[int]) -> list:
    """A headline of "did not V until X" without its time says the opposite of what happened; it reads as the
    event at X: "work did not begin until the spring" -> "work began", "was not found until 2019" -> "was found"."""
    if not happened_until(pred, exclude):
        return toks
    did = {c.i for c in pred.children if c.dep_ == "aux" and c.lemma_.lower() == "do"}
    # (the reason given is the delay's, not the event's: "did not begin until the spring because of a dispute")
    why = {x.i for c in pred.children if c.dep_ in ("prep", "advcl") and c.left_edge.lower_ in DELAY_REASON_WORDS
           for x in c.subtree}
    out = []
    for t in toks:
        k = getattr(t, "i", -1)
        if k in did or k in why or getattr(t, "dep_", "") == "neg" and getattr(t, "head", None) is not None and t.head.i == pred.i:
            continue
        out.append(_Past(t) if did and k == pred.i else t)
    return out


def past_form(verb: str) -> str:
    """The simple past of a verb's base form ("begin" -> "began", "tell" -> "told", "stop" -> "stopped")."""
    if verb in IRREGULAR_PAST_FORMS:
        return IRREGULAR_PAST_FORMS[verb]
    if verb.endswith("e"):
        return verb + "d"
    if len(verb) > 2 and verb.endswith("y") and verb[-2] not in "aeiou":
        return verb[:-1] + "ied"
    vowels = [k for k, c in enumerate(verb) if c in "aeiou"]
    # (one syllable ending consonant-vowel-consonant doubles its consonant: "stop" -> "stopped", "ban" -> "banned")
    if len(vowels) == 1 and len(verb) >= 3 and vowels[0] == len(verb) - 2 and verb[-1] not in "wxy":
        return verb + verb[-1] + "ed"
    return verb + "ed"


class _Base:
    """A verb shown in its base form after a modal ("will fly ... before returning" -> "will return")."""

    def __init__(self, tok: Token):
        self._tok = tok
        self.text = tok.lemma_.lower() if tok.lemma_ else tok.lower_

    def __getattr__(self, name):
        return getattr(self._tok, name)


class _Past:
    """A verb shown in its simple past ("did not begin" -> "began"); anything else is the token's own."""

    def __init__(self, tok: Token):
        self._tok = tok
        form = past_form(tok.lemma_.lower() if tok.lemma_ else tok.lower_)
        self.text = form[:1].upper() + form[1:] if tok.text[:1].isupper() else form

    def __getattr__(self, name):
        return getattr(self._tok, name)


def _headline_tokens(pred: Token, exclude: set[int], other_times: set[int]) -> list:
    if pred.dep_ == "amod" and pred.pos_ in ("ADJ", "VERB") and pred.head.pos_ in ("NOUN", "PROPN"):
        # "inventory data due on Wednesday", "the recently passed bailout legislation": an adjective or participle
        # on a noun says something of that noun's phrase; set off by commas ("its debentures, due March 15,
        # 2007,") it reads as the noun's words up to it
        own = phrase_tokens(pred.head, exclude)
        set_off = not any(t.i == pred.i for t in own)
        if set_off:
            # (a "%" is a word here, though spaCy counts it as punctuation: "Its 9% notes, due 2001,")
            own = [t for t in pred.head.subtree if t.i <= pred.i and t.i not in exclude and t.dep_ != "punct"
                   and t.dep_ not in CLAUSE_DEPS]
            if pred.tag_ == "JJ" and pred.lower_ not in BARE_HEADLINE_ADJECTIVES and own and own[-1].i == pred.i:
                # "The folk tent, new this year," → "The folk tent was new", not "The folk tent new"
                own = own[:-1] + [_Copula(pred.head), pred]
        if any(getattr(t, "i", -1) == pred.i for t in own) and len(own) > 1:
            return _agree_articles(trim(own))
    exclude = exclude - _time_in_a_name(pred.doc, exclude)
    noun = _participle_read_as_clause(pred, exclude)
    if noun is not None:
        # "restore the murals, painted in the 1930s, by 2027": a participle set off after a noun that the parser
        # hung on the main verb says something of that noun ("the murals were painted"), not of the clause
        gone = _dropped(pred, pred, pred, exclude, other_times)
        close = next(t.i for t in pred.doc[pred.i:] if t.text == ",")
        own = trim([t for t in pred.subtree if t.i not in gone and pred.i <= t.i < close])
        if own and getattr(own[0], "i", -1) == pred.i:
            ante = [_Lowered(t) if t.is_sent_start and t.pos_ != "PROPN" else t
                    for t in phrase_tokens(noun, exclude | {x.i for x in pred.subtree})]
            return _agree_articles(_with_articles(ante + [_Copula(noun)] + own, exclude))
    verb = _verb_read_as_participle(pred)
    if verb is not None:
        # "The probe, Juice, launched in April 2023 and will arrive in 2031", parsed as a noun with a participle:
        # the noun is the sentence's subject and the "participle" its verb (the headline was the noun alone)
        gone = _dropped(pred, pred, verb, exclude, other_times)
        own = trim([t for t in pred.subtree if t.i not in gone and (pred is not verb or t.i >= verb.i)])
        if own:
            ante = phrase_tokens(verb.head, exclude | {x.i for x in verb.subtree})
            return _agree_articles(_with_articles(ante + own, exclude))
    anchor = headline_anchor(pred)
    if _infinitive_with_own_subject(anchor):
        # ("allowing residents to return": and on up to the clause that participle hangs on)
        anchor = headline_anchor(anchor.head)
    if anchor.i == pred.i and pred.dep_ in ("attr", "acomp") and pred.head.lemma_ == "be":
        # "The last three weeks were the hardest": a time that is the copula's subject is what the clause is about
        # (kept below); without the copula the headline reads "the hardest"
        cop_subj = subject_token(pred.head)
        if cop_subj is not None and cop_subj.i in exclude:
            anchor = pred.head
    copula = anchor if anchor.lemma_ == "be" else pred.head if anchor.i == pred.i and pred.dep_ in ("attr", "acomp") \
        and pred.head.lemma_ == "be" else None
    if copula is not None and subject_token(copula) is None:
        # "Sunday was quieter", "Last year was the warmest on record": the parser took the time opening the clause
        # for the copula's adverb, and the clause has no other subject: the time is what it is about, and stays
        told = next((c for c in copula.children if c.dep_ in ("npadvmod", "tmod") and c.i < copula.i
                     and c.i in exclude and c.left_edge.i == copula.sent.start), None)
        if told is not None:
            anchor = copula
            exclude = exclude - {x.i for x in told.subtree}
    subj = subject_token(anchor)
    if subj is not None and subj.i in exclude and (subj.lower_ in TIME_UNITS or subj.ent_type_ in ("DATE", "TIME")):
        # "as Easter week began", "The weekend passed quietly": the time is what the clause is about, and stays
        exclude = exclude - {x.i for x in subj.subtree}
    obj = next((c for c in anchor.children if c.dep_ == "dobj" and c.i in exclude), None)
    if obj is not None and obj.lower_ in TIME_UNITS:
        # "will spend the next 10 days tagging sharks", "took two years to build": a length the verb takes as its
        # object is what the clause says; without it the verb is left hanging ("will spend tagging sharks")
        exclude = exclude - {x.i for x in obj.subtree}
    given = next((c for c in anchor.children if c.dep_ == "prep" and c.lower_ in ("until", "till")
                  and any(x.i in exclude for x in c.subtree)), None)
    if given is not None and lemma_in(anchor, DEADLINE_GIVING_VERBS) and any(
            c.dep_ in ("advcl", "xcomp") and c.i > given.i and any(a.tag_ == "TO" for a in c.children)
            for c in anchor.children):
        # "were given until June 2024 to remove the gear": the time is what was given; without it the headline
        # reads "were given to remove the gear" ("has until Friday to appeal" would read as an obligation)
        exclude = exclude - {x.i for x in given.subtree}
    inverted = _inverting_time(anchor, exclude)
    if inverted is not None:
        # "Not until Friday did the government admit the error", "Only on Monday did the company admit": the
        # fronted time is what turns the clause around; without it the headline reads "Not until did ..."
        exclude = exclude - {x.i for x in inverted.subtree}
    toks = _headline_at(pred, anchor, exclude, other_times)
    sequel = _sequel_headline(pred, anchor, toks, exclude, other_times) \
        or _dated_infinitive_headline(pred, anchor, exclude, other_times)
    if sequel is not None:
        return sequel
    if anchor.i == pred.i and (pred.dep_ in ("csubj", "csubjpass")
                               or pred.tag_ == "VBG" and pred.dep_ in ("nsubj", "nsubjpass")) \
            and is_predicate(pred.head) \
            and len([t for t in toks if getattr(t, "i", -1) != pred.i]) <= 2:
        # "Hiring in February and March was revised down": a gerund subject says little alone ("Hiring"); it
        # reads with the clause it is the subject of
        wider = _headline_at(pred, pred.head, exclude, other_times)
        if any(getattr(t, "i", -1) == pred.i for t in wider):
            return wider
    # (the object of the row's infinitive under the relative clause's verb too: "systems, which Germany has
    # promised to deliver by the end of the year")
    # (not after a verb whose object is its infinitive's subject: "a plant, which officials expect to open")
    infinitive = pred.dep_ == "xcomp" and pred.head.i == anchor.i and (
        anchor.lemma_.lower() not in OBJECT_RAISING_VERBS or relative_object_of_infinitive(pred) is not None)
    # (and of a gerund the verb takes: "her memoir, which she began writing in the late 1990s" read "she began
    # which writing")
    gerunds = tuple(c for c in anchor.children if c.dep_ == "xcomp" and c.tag_ == "VBG")
    rel_obj = next((c for v in ((anchor, pred) if infinitive else (anchor,)) + gerunds
                    for c in v.children if c.dep_ == "dobj" and c.lower_ in RELATIVE_PRONOUNS
                    and c.tag_ in ("WDT", "WP")), None)
    if rel_obj is not None and anchor.dep_ == "relcl" and anchor.head.pos_ in ("NOUN", "PROPN") \
            and any(getattr(t, "i", -1) == rel_obj.head.i for t in toks):
        # "a seven-satellite system that Japan wants in service by 2025": the relative object is what the verb
        # acts on; the headline names it after the verb ("Japan wants a seven-satellite system in service")
        toks = _antecedent_after(rel_obj.head, anchor, [t for t in toks if getattr(t, "i", -1) != rel_obj.i], exclude)
    elif rel_obj is None and _zero_relative_object(anchor) and any(getattr(t, "i", -1) == anchor.i for t in toks):
        # "reversing a decision her predecessor made in 2021": the noun the clause hangs on is its object, though
        # no "that" says so ("Her predecessor made a decision", not "Her predecessor made")
        toks = _antecedent_after(anchor, anchor, toks, exclude)
    if pred.pos_ in ("NOUN", "PROPN") and toks and getattr(toks[0], "lower_", "") in RELATIVE_PRONOUNS \
            and toks[0].dep_ in ("nsubj", "nsubjpass") and toks[0].head.dep_ == "relcl" \
            and toks[0].head.head.pos_ in ("NOUN", "PROPN") and toks[0].head.head.i != pred.i:
        # "the restructuring, which follows last year's sale of its valve unit": the row is the noun's, and
        # its headline reads with what "which" stands for, not from a bare verb ("follows the sale ...")
        clause = toks[0].head
        toks = phrase_tokens(clause.head, exclude | {x.i for x in clause.subtree}) + toks[1:]
    told = _told_by_relative(pred, anchor, toks, exclude, other_times)
    if told is not None:
        return told
    if anchor.i == pred.i and pred.pos_ in ("NOUN", "PROPN") and _bare(toks, pred):
        # "third-quarter profit" alone says nothing ("profit"): the clause it sits in does ("Bethlehem Steel
        # posted a 54% drop in profit"), when that clause keeps it
        up = next((a for a in pred.ancestors if is_predicate(a)), None)
        # only a clause with a subject of its own, read from its start ("he began after the invasion" or
        # "laid down by the accord" would be no better)
        # (or one it shares with the verb it is conjoined to: "makes pumps and had $110 million in sales last year")
        shared = subject_token(up) if up is not None and up.dep_ == "conj" else None
        if up is not None and (any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in RELATIVE_PRONOUNS
                                   for c in up.children)
                               or shared is not None and shared.lower_ not in RELATIVE_PRONOUNS):
            wider = _headline_at(pred, up, exclude, other_times)
            if any(getattr(t, "i", -1) == pred.i for t in wider) and not _bare(wider, pred) \
                    and getattr(wider[0], "pos_", "") not in ("ADP", "VERB", "AUX", "ADV", "PART", "SCONJ") \
                    and not _bare(wider[:1], pred):
                return wider
    return toks


def _verb_read_as_participle(pred: Token) -> Token | None:
    """The past verb the parser read as a participle on the sentence's subject when it made that noun the root
    ("The probe, Juice, launched in April 2023 and will arrive in 2031": a sentence needs a verb, and this is
    it), for a row on it or on a verb coordinated with it; None otherwise."""
    verb = pred.head if pred.dep_ == "conj" and is_predicate(pred) else pred
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD") or noun.dep_ != "ROOT" \
            or noun.pos_ not in ("NOUN", "PROPN") or verb.i < noun.i \
            or any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children):
        return None
    return verb


def _infinitive_with_own_subject(verb: Token) -> bool:
    """An infinitive with a subject of its own, the object of the verb it hangs on ("wants the families to return
    home", "allowing residents to return"): alone it reads "the families to return home", no headline. (The
    headline only: who takes part in an event noun is still read off ``headline_anchor``.)"""
    return verb.dep_ == "ccomp" and verb.tag_ == "VB" and is_predicate(verb.head) \
        and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children) \
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i for c in verb.children)


def _participle_read_as_clause(pred: Token, exclude: set[int]) -> Token | None:
    """The noun a passive participle set off by commas right after it belongs to, when the parser made the
    participle a clause or conjunct of the main verb ("the building's murals, painted in the 1930s, by 2027"),
    and the row's own time lies between those commas; or None."""
    doc = pred.doc
    first = pred.left_edge.i
    if pred.tag_ != "VBN" or pred.dep_ not in ("advcl", "conj") or first < 2 or doc[first - 1].text != "," \
            or any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "mark") for c in pred.children):
        return None
    close = next((t.i for t in doc[pred.i:pred.sent.end] if t.text == ","), None)
    if close is None or not exclude or not all(first < i < close for i in exclude):
        return None
    noun = doc[first - 2]
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in ("dobj", "pobj", "conj") or noun.head.i == pred.i:
        return None
    return _event_of(noun, pred)


def _event_of(noun: Token, verb: Token) -> Token:
    """The event noun ``noun`` is "of" when ``verb`` plans or begins, ends or resumes events: "the launch of its
    assistant, originally planned for January" and "an expansion of its pulp mill, which it began in 1987" speak of
    the launch and the expansion; otherwise ``noun`` ("the opening of the bridge, built in 1910": the bridge)."""
    if not (lemma_in(verb, PLANNING_PARTICIPLES) or lemma_in(verb, ASPECTUAL_VERBS)):
        return noun
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and is_event_nominal(noun.head.head) \
            and not is_event_nominal(noun):
        noun = noun.head.head
    return noun


def _antecedent_after(verb: Token, clause: Token, toks: list, exclude: set[int]) -> list:
    """``toks`` with the noun the relative ``clause`` hangs on put after ``verb`` (and its particle) as its object."""
    ante = [_Lowered(t) if t.is_sent_start and t.pos_ != "PROPN" else t
            for t in phrase_tokens(_event_of(clause.head, verb), exclude | {x.i for x in clause.subtree})]
    at = next(k for k, t in enumerate(toks) if getattr(t, "i", -1) == verb.i) + 1
    while at < len(toks) and getattr(toks[at], "dep_", "") == "prt" and toks[at].head.i == verb.i:
        at += 1  # after its particle: "the plant that it shut down in May" -> "it shut down the plant"
    return toks[:at] + ante + toks[at:]


def _zero_relative_object(verb: Token) -> bool:
    """Whether ``verb`` heads a relative clause without a relative word whose missing object is the noun it
    hangs on ("the law Congress passed in 2022"); not one that leaves a preposition stranded ("the house he
    lived in"), has an object of its own, or hangs on a noun of time, manner or reason ("the day she arrived",
    "the reason he left")."""
    noun = verb.head
    subj = subject_token(verb)
    return verb.dep_ == "relcl" and verb.pos_ == "VERB" and noun.pos_ == "NOUN" and noun.i < verb.i \
        and subj is not None and noun.i < subj.i < verb.i \
        and not any(x.lower_ in RELATIVE_PRONOUNS or x.tag_ in ("WDT", "WP", "WP$") for x in subj.subtree) \
        and noun.lower_ not in TIME_UNITS and noun.lemma_.lower() not in ADVERBIAL_RELATIVE_NOUNS \
        and not any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp", "nsubjpass", "auxpass", "dative")
                    or c.tag_ in ("WDT", "WP", "WRB") or c.dep_ == "prep" and c.n_rights == 0
                    for c in verb.children)


def _told_by_relative(pred: Token, anchor: Token, toks: list, exclude: set[int], other_times: set[int]) -> list | None:
    """The headline of an event noun whose own phrase says nothing but what it was ("a cyberattack") when a
    relative clause on it tells what it did: "over a 2022 cyberattack that exposed the details of 1.3 million
    customers" -> "a cyberattack exposed the details of 1.3 million customers"; or None."""
    # (not a noun the parser made the sentence's root: its main verb is then misread inside the relative clause,
    # "A 2019 report that found widespread abuse was ignored")
    if pred.pos_ != "NOUN" or pred.dep_ == "ROOT":
        return None
    if anchor.i == pred.i:
        if any(getattr(t, "pos_", "") in ("VERB", "AUX") for t in toks):
            return None
    elif pred.head.i != anchor.i or not _has_own_date(anchor, other_times):
        # (the verb the noun is an argument of tells it only when that verb has no date of its own: "The 2019
        # merger, which created the largest brewer, was approved on Friday" is not a 2019 approval)
        return None
    # (only a relative whose pronoun is its subject, and with no time of its own: "a cyberattack that was
    # discovered in March" is another row's)
    rel = next((c for c in pred.children if c.dep_ == "relcl" and c.i > pred.i
                and any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ in RELATIVE_PRONOUNS for g in c.children)
                and not any(x.i in other_times or x.i in exclude for x in c.subtree)), None)
    if rel is None:
        return None
    said = _headline_at(rel, rel, exclude, other_times)
    if not said or getattr(said[0], "lower_", "") not in RELATIVE_PRONOUNS or len(said) < 3:
        return None
    own = {x.i for x in rel.subtree}
    return _agree_articles(_with_articles(phrase_tokens(pred, exclude | own) + said[1:], exclude))


def _inverting_time(anchor: Token, exclude: set[int]) -> Token | None:
    """The fronted "not until"/"only on" phrase holding the removed time that inverts ``anchor``'s clause (an
    auxiliary before the subject: "Not until Friday did the government admit"), or None."""
    subj = subject_token(anchor)
    if subj is None:
        return None
    aux = next((c for c in anchor.children if c.dep_ in ("aux", "auxpass") and c.i < subj.i), None)
    for c in anchor.children:
        if c.dep_ == "prep" and aux is not None and c.i < aux.i and any(x.i in exclude for x in c.subtree) \
                and any(g.dep_ in ("neg", "advmod") and g.lower_ in INVERTING_WORDS and g.i < c.i
                        for g in c.children):
            return c
    return None


def _time_in_a_name(doc, exclude: set[int]) -> set[int]:
    """A time read off a noun's own modifiers with the noun's determiner ("during the winter break, which had
    been scheduled ..."): removing it leaves "during break", so the noun's phrase keeps those words."""
    out: set[int] = set()
    for i in exclude:
        t, h = doc[i], doc[i].head
        if t.dep_ == "compound" and h.i not in exclude and h.pos_ == "NOUN" \
                and any(c.dep_ == "det" and c.i in exclude for c in h.children):
            out.update(x.i for x in t.subtree)
            out.update(c.i for c in h.children if c.dep_ == "det")
    return out


def _bare(toks: list, pred: Token) -> bool:
    """Whether a headline is the trigger noun alone ("profit", "trial")."""
    return all(getattr(t, "i", -1) == pred.i or isinstance(t, _The) for t in toks)


def _sequel_headline(pred: Token, anchor: Token, toks: list, exclude: set[int], other_times: set[int]):
    """The headline of a gerund after "before"/"after" that sits in another clause of the sentence's subject ("Eight
    of them flew to Mozambique, arriving in late October, before returning to Finland in May"), which the main
    clause's headline leaves out: the subject with the gerund in the main verb's past or modal form ("Eight of
    them returned to Finland"); None where the headline holds the trigger, or the main verb has no such form."""
    # (the tense is the finite verb's a participle hangs on: "spent three months checking the data before
    # submitting")
    tensed, hops = anchor, 0
    while tensed.tag_ in ("VBG", "VBN") and tensed.dep_ in ("xcomp", "advcl") and hops < 3:
        tensed, hops = tensed.head, hops + 1
    # (a headline holding the trigger does, unless the row's time is the gerund's own and the clause around it
    # has no finite verb of its own: "spent the next three months checking the data before submitting their
    # paper in January" would read "The team checking the data before submitting their paper")
    own_time = bool(_in_sentence(pred, exclude)) and all(_under(pred.doc[i], pred) for i in _in_sentence(pred, exclude)) \
        and tensed.i != anchor.i
    # (and a participle set off after a clause that has a time of its own: "Attendance recovered in the 2010s,
    # peaking at 85,000 in 2019" is "Attendance peaking at 85,000" in 2019, not "Attendance recovered peaking";
    # the participle keeps its form, so the headline holds the row's trigger)
    set_off = pred.tag_ == "VBG" and pred.dep_ == "advcl" and pred.head.i == anchor.i and pred.i > anchor.i \
        and bool(_in_sentence(pred, exclude)) and all(_under(pred.doc[i], pred) for i in _in_sentence(pred, exclude)) \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux") for c in pred.children) \
        and pred.doc[pred.left_edge.i - 1].text == "," \
        and any(i not in exclude and _under(pred.doc[i], anchor) and not _under(pred.doc[i], pred)
                for i in other_times)
    if not set_off and (pred.tag_ != "VBG" or pred.dep_ != "pcomp" or pred.head.lower_ not in SEQUENCE_PREPOSITIONS
                        or anchor.i == pred.i or any(getattr(t, "i", -1) == pred.i for t in toks) and not own_time):
        return None
    subj = subject_token(anchor)
    if subj is None:
        return None
    own = [t for t in _headline_at(pred, pred, exclude, other_times) if getattr(t, "i", -1) >= pred.i]
    if not own or getattr(own[0], "i", -1) != pred.i:
        return None
    if set_off:
        return trim(phrase_tokens(subj, exclude)) + own
    modal = next((c for c in tensed.children if c.dep_ == "aux" and c.tag_ == "MD"), None)
    past = tensed.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in tensed.children)
    if modal is None and not past:
        return None
    verb = [modal, _Base(pred)] if modal is not None else [_Past(pred)]
    return trim(phrase_tokens(subj, exclude)) + verb + own[1:]


def _dated_infinitive_headline(pred: Token, anchor: Token, exclude: set[int], other_times: set[int]):
    """The headline of an infinitive with a time of its own under a verb dated otherwise ("The board voted on
    Monday to shut the plant in December": the December row is "The board to shut the plant", not the vote),
    in the headline's "X to do" form; None elsewhere ("plans to open a store in May": the plan has no other
    time, and reads "The company plans to open a store")."""
    if pred.tag_ != "VB" or pred.dep_ not in ("xcomp", "advcl") or pred.head.i != anchor.i \
            or not is_predicate(anchor) or not _in_sentence(pred, exclude) \
            or not all(_under(pred.doc[i], pred) for i in _in_sentence(pred, exclude)):
        return None
    # (an object before the infinitive is its doer: "ordered the firm on Tuesday to pay the fine by June 30"; not
    # a length: "took 54 days to form in 2012")
    doer = next((c for c in anchor.children if c.dep_ == "dobj" and c.i < pred.i), None)
    if doer is not None and (doer.lower_ in TIME_UNITS or any(x.i in other_times for x in doer.subtree)):
        return None
    before = [c for c in anchor.children if anchor.i < c.i < pred.i and c.dep_ == "prep"]
    # (the verb's own time between it and the infinitive, and nothing else it governs: "appealed on Friday for
    # $76 million to fight the swarms over the next six months" is what the money is for)
    timed = [c for c in before if any(x.i in other_times for x in c.subtree)]
    if not timed or len(timed) < len(before):
        return None
    to = next((c for c in pred.children if c.dep_ == "aux" and c.tag_ == "TO"), None)
    subj = doer or subject_token(anchor)
    if to is None or subj is None or subj.lower_ in RELATIVE_PRONOUNS or subj.i > anchor.i and doer is None:
        return None
    own = [t for t in _headline_at(pred, pred, exclude, other_times) if getattr(t, "i", -1) >= to.i]
    if not own or getattr(own[0], "i", -1) != to.i:
        return None
    return trim(phrase_tokens(subj, exclude)) + own


def _headline_at(pred: Token, anchor: Token, exclude: set[int], other_times: set[int]) -> list:
    """The headline of ``pred`` built around ``anchor``."""
    # The headline covers a coordination the time expression scopes over: "visited X and met Y in July";
    # it does not climb into a conjunct that has its own date, nor out of a clause with its own subject ("The
    # agency was criticised ..., and it overhauled its programme in 2017": the time dates the second clause only)
    top = anchor
    while top.dep_ == "conj" and is_predicate(top.head) and is_predicate(top) \
            and governor_of_misread_conjunct(top) is None \
            and not _has_own_date(top.head, other_times) and not _at_an_age(top.head) \
            and not _tense_switch(top.head, top) \
            and not any(c.dep_ in ("nsubj", "nsubjpass") or c.dep_ == "aux" and c.tag_ == "MD" for c in top.children):
        # (nor one in another tense: "was delayed by the pandemic and is now planned for 2024" is the plan alone)
        # (a conjunct with a modal of its own is a verb group of its own: "had borrowed heavily in 2022 to expand
        # herds and would struggle to meet repayments before Christmas")
        top = top.head
    drop = _dropped(pred, anchor, top, exclude, other_times)
    toks = [t for t in top.subtree if t.i not in drop]
    subj = _subject_of_set_off_condition(top) or subject_token(top)
    lead = next((c for c in top.children if c.right_edge.i < top.i
                 and (c.dep_ in CLAUSE_DEPS and _holds(c, pred) or _gerund_phrase(c, pred))
                 and (subj is None or c.right_edge.i < subj.left_edge.i)), None)
    if lead is not None:
        # "To finish the stadium, the city hired extra crews": the trigger's fronted clause goes after the
        # clause it hangs on, so the headline neither opens on "To" nor loses its trigger
        own = {x.i for x in lead.subtree}
        toks = [t for t in toks if t.i not in own] + [_Lowered(t) if t.is_sent_start and t.pos_ != "PROPN" else t
                                                      for t in toks if t.i in own]
    if subj is not None and subj.i > top.i and any(_fronted_quote(c, pred) for c in top.children):
        # '"We will not go over that level," said the finance chief': without its quote the inverted verb
        # would open the headline ("said the finance chief"); the speaker goes first
        own = {x.i for x in subj.subtree}
        toks = [t for t in toks if t.i in own] + [t for t in toks if t.i not in own]
    if subj is not None and subj.i not in {t.i for t in toks}:
        # (without the clause itself when the subject's phrase holds it: "The last storm to hit the state")
        inner = {x.i for x in top.subtree} if top in subj.subtree else set()
        toks = phrase_tokens(subj, exclude | inner) + toks
    toks = _without_empty_brackets(toks)
    if len(toks) > MAX_SUMMARY_TOKENS:
        return _agree_articles(_with_articles(_shorten(toks, pred, top, subj), exclude))
    return _agree_articles(_with_articles(trim(toks, top.i), exclude))


_OPENERS = {"(": ")", "[": "]"}


def _bracketed_asides(doc, times: set[int]) -> set[int]:
    """Bracketed phrases the parser hung on a time's words ("local time (0538 GMT)"), brackets included."""
    out: set[int] = set()
    for i in times:
        for c in doc[i].children:
            if c.i in times or c.is_punct:
                continue
            left, right = c.left_edge.i, c.right_edge.i
            if left > 0 and right + 1 < len(doc) and doc[left - 1].text in _OPENERS \
                    and doc[right + 1].text == _OPENERS[doc[left - 1].text]:
                out.update(range(left - 1, right + 2))
    return out


def _without_empty_brackets(toks: list) -> list:
    """``toks`` without a bracket whose inside was removed ("The World Health Organization (WHO) said" loses
    "WHO" as an aside and must not keep "(")."""
    text = [getattr(t, "text", "") for t in toks]
    gone: set[int] = set()
    for k, w in enumerate(text):
        if w in _OPENERS:
            close = next((j for j in range(k + 1, len(text)) if text[j] == _OPENERS[w]), None)
            if close is None or close == k + 1:
                gone.add(k)
                if close is not None:
                    gone.add(close)
        elif w in _OPENERS.values() and not any(text[j] == next(o for o, c in _OPENERS.items() if c == w)
                                                for j in range(k)):
            gone.add(k)
    return [t for k, t in enumerate(toks) if k not in gone]


_LONGEST_CONNECTIVE = max((len(c) for c in LEADING_CONNECTIVES), default=1)


def _leading_connective(toks: list) -> int:
    """How many tokens a connective at the start of ``toks`` takes ("Meanwhile", "In addition"), or 0."""
    words = [getattr(t, "lower_", "") for t in toks[:_LONGEST_CONNECTIVE]]
    for n in range(min(_LONGEST_CONNECTIVE, len(words)), 0, -1):
        if tuple(words[:n]) in LEADING_CONNECTIVES:
            return n
    return 0


def tidy(toks: list, pred: Token, exclude: set[int]) -> list:
    """A headline that reads like one: no leading connective ("Meanwhile,"), relative pronoun or bare
    infinitive "to"; no preposition, conjunction or determiner left dangling at the end; and always the
    trigger (else the trigger's own phrase, "the acquisition")."""
    toks = list(toks)
    keep_pred = any(getattr(t, "i", -1) == pred.i for t in toks)
    while toks:
        n = _leading_connective(toks)
        first = toks[0]
        if n and len(toks) > n and not any(getattr(t, "i", -1) == pred.i for t in toks[:n]):
            own = {x.i for x in first.subtree} if getattr(first, "dep_", "") == "prep" \
                and not _under(pred, first) else set()
            # (a connective phrase goes with its complement: "In addition to the fine, the firm must pay" reads
            # "the firm must pay", not "to the fine the firm must pay")
            rest = [t for t in toks if getattr(t, "i", -1) not in own]
            toks = rest if own and rest and len(rest) < len(toks) - n else toks[n:]
        elif getattr(first, "i", -1) != pred.i and (
                getattr(first, "lower_", "") in RELATIVE_PRONOUNS and getattr(first, "tag_", "") in ("WDT", "WP")
                # "..., where she spent the next decade": a relative "where/when" opens no headline
                or getattr(first, "tag_", "") == "WRB" and getattr(first, "head", first).dep_ == "relcl"
                or getattr(first, "tag_", "") == "TO"):
            toks = toks[1:]
        elif getattr(first, "is_punct", False) or _subordinator_read_as_preposition(first, toks):
            toks = toks[1:]
        elif getattr(first, "lower_", "") in FOCUS_ADVERBS and len(toks) > 2 and getattr(first, "i", -1) != pred.i \
                and getattr(toks[1], "lower_", "") in LEADING_SUBORDINATORS and getattr(toks[1], "i", -1) != pred.i:
            toks = toks[2:]  # "only when the light was automated"
        else:
            break
    while toks and getattr(toks[-1], "i", -1) != pred.i and (
            (getattr(toks[-1], "is_punct", False) and toks[-1].text not in ("…", "%"))
            or (getattr(toks[-1], "pos_", "") in DANGLING_TAIL_POS and toks[-1].dep_ not in ("prt", "neg")
                and not _stranded(toks[-1]) and not _name_with_elided_head(toks[-1], toks))):
        toks = toks[:-1]
    if keep_pred and not any(getattr(t, "i", -1) == pred.i for t in toks):
        keep_pred = False
    if not keep_pred:
        own = phrase_tokens(pred, exclude)
        if pred.pos_ in ("NOUN", "PROPN") and own:
            return own
        return toks if toks else own
    return toks


def _subordinator_read_as_preposition(first, toks: list) -> bool:
    """Whether a headline opens on a subordinator the parser took for a preposition whose object is really the
    subject of the verb right after it ("after weeks of wrangling delayed a cabinet vote": "weeks of wrangling
    delayed a cabinet vote")."""
    verb = getattr(first, "head", None)
    return getattr(first, "lower_", "") in LEADING_SUBORDINATORS and first.dep_ == "prep" and verb is not None \
        and first.right_edge.i + 1 == verb.i and is_predicate(verb) and verb.tag_ in ("VBD", "VBZ", "VBP") \
        and subject_token(verb) is None and any(getattr(t, "i", -1) == verb.i for t in toks)


def _name_with_elided_head(t, toks: list) -> bool:
    """'will be played at Lord's', 'ate at McDonald's': a possessive "'s" whose owner is itself the object or
    subject (no possessed noun follows: the place or firm is named by the possessive) is part of the name; cut,
    the headline would name someone else ("at Lord")."""
    if not isinstance(t, Token) or t.tag_ != "POS" or len(toks) < 2:
        return False
    owner = toks[-2]
    return isinstance(owner, Token) and owner.i == t.i - 1 and t.head.i == owner.i and owner.pos_ == "PROPN" \
        and owner.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass", "conj", "appos")


def _stranded(t) -> bool:
    """A preposition whose object went ahead of it ("which side they were on", "what they voted for"): it ends
    its clause in the text too, so the headline keeps it."""
    return isinstance(t, Token) and t.pos_ == "ADP" and t.n_lefts + t.n_rights == 0 \
        and (t.i + 1 == len(t.doc) or t.doc[t.i + 1].is_punct)


def speaker_tokens(head: Token, name: list[Token] | None = None) -> list[Token]:
    """A speaker as a headline names one: a person by the surname ("Trade Minister Ada
    Okafor" → Okafor), an organisation by its name, anyone else by the noun and its own modifiers without
    their phrases ("another official in the president's administration" → another official). ``name``: the
    tokens a pronoun was resolved to."""
    if name:
        return name[-1:] if name[-1].ent_type_ == "PERSON" else name
    if head.ent_type_ == "PERSON":
        return [head]
    # "its lawyer, Tom Becker, said": the person named beside the title speaks, by the surname
    named = next((c for c in head.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
    if named is not None:
        return [named]
    if head.ent_type_ and head.ent_iob_ != "O":
        ent = next((e for e in head.doc.ents if e.start <= head.i < e.end), None)
        if ent is not None:
            toks = [t for t in ent if t.tag_ != "POS"]
            return toks[1:] if len(toks) > 1 and toks[0].lower_ == "the" else toks
    # (without the possessive ending of an owner that speaks: "The bank's profit doubled, it said" -> "The bank")
    whole = [t for t in phrase_tokens(head, set()) if t.tag_ != "POS" or t.head.i != head.i]
    if len(whole) <= SHORT_SPEAKER_TOKENS:  # "A spokeswoman for the Ministry of Health"
        return whole
    keep = [head] + [c for c in head.children if c.dep_ in ("det", "amod", "compound", "poss", "nummod")
                     and c.i < head.i]
    toks = sorted({x for c in keep for x in ([c] if c is head else c.subtree)}, key=lambda t: t.i)
    return [t for t in toks if t.tag_ != "POS" or t.head.i != head.i]


def reported_complement(pred: Token, exclude: set[int], other_times: set[int]) -> tuple[list, bool] | None:
    """The headline of what a reporting verb's subject said (its complement clause), and whether it is a
    quote fronted before the verb; None when it has none: "said on Tuesday that the talks are advancing" →
    "the talks are advancing"; '"We will rebuild," the mayor said' → "We will rebuild"."""
    comp = next((c for c in pred.children if c.dep_ == "ccomp" and is_predicate(c)), None)
    if comp is not None and any(c.dep_ == "mark" and c.lower_ in LEADING_SUBORDINATORS for c in comp.children):
        # a time clause the parser took for what was said ("said on Friday it would delay the project, a day after
        # Shell cut its plans": "cut" under "said", "delay" under "cut"): what was said is the clause before it
        comp = next((c for c in comp.children if c.dep_ == "ccomp" and is_predicate(c) and pred.i < c.i < comp.i),
                    None)
    if comp is None:
        return None
    # (tidied around its own verb: "data showed on Monday that, meanwhile, orders fell" opens on "orders")
    toks = tidy(headline_tokens(comp, exclude, other_times), comp, exclude)
    return (toks, comp.i < pred.i) if toks else None
