"""Who a pronoun subject stands for, and who says a reported event happened.

* A **relative pronoun** subject ("the minister, who took office in 2021") stands for the noun its clause
  hangs on: that noun phrase is the subject.
* A **personal pronoun** ("She stepped down in June") stands for the most recent compatible name (its labels
  in ``lexicon.json`` ``personal_pronouns``) in its own sentence before it or in the
  :data:`~.lexicon.PRONOUN_REACH` sentences before; none found, the pronoun stays. An "it" placeholder
  ("it is possible", "it seems") is never resolved.
* A **plural pronoun** ("They left office in May") stands for the most recent subject in the same window
  when that subject is a group: a coordination or a plural noun of people ("Two ministers resigned"); when
  the most recent subject is anything else the pronoun stays. "you" is never resolved, nor "we" but in the
  words of an organisation ('"We will reopen in June," the company said').
* A **pronoun subject of a reported clause** ("The commission said it would decide by Friday") stands for the
  reporting verb's subject when that one fits the pronoun (``reported_pronoun_subjects``) and no noun comes
  between the two that the pronoun could mean instead ("told the regulator it would"); this wins over the
  scan for the most recent name, which would skip a reporter that is not a named entity.
* The **source** of an event reported in a complement clause ("officials said the mine shut in 2012") is
  the reporting verb's subject ("officials"), resolved the same way; "according to X" names X. A trailing
  attribution the parser left without a subject ("..., its lawyer, Tom Becker, said Monday evening") is said by
  the phrase set off by commas before the verb (:func:`trailing_speaker`).
* A reported pronoun under a reporter with a possessive of its own family ("Her coach said she had trained")
  stands for that possessive's referent, never for a reporter named as the other gender.
* A **"she"/"he" chain**: with no name in reach, a subject "she"/"he" stands for what the nearest earlier
  subject one resolved to (a profile's protagonist), not inside a quotation and not past anyone else named;
  a quoted "he"/"she" is never the quote's speaker.
* A **body that acts** ("the city had followed the law when it approved the project") wins over a thing named
  between it and the pronoun (``organisation_nouns``, ``organisation_name_words``); a unit counted by a number
  ("50 kph") and a lower-case bare noun ("regain strength") are no antecedents or rivals.

These are deliberately small rules: a wrong name in the subject column costs more trust than a pronoun.
"""

from __future__ import annotations

from contextvars import ContextVar
from dataclasses import dataclass, field, replace

from spacy.tokens import Token

from .grammar import is_event_nominal, is_predicate, lemma_in, misread_name, past_dateline, subject_token
from .lexicon import ALSO_WORDS, OBJECT_FORM_PRONOUNS, OPEN_SPEAKER_PRONOUNS, PRONOUN_GENDERS_SUBJECT, QUOTING_VERBS
from .lexicon import COMPLEMENT_INFINITIVE_VERBS
from .lexicon import MEASURE_VERBS, MEASURED_NOUNS, PAIR_NOUNS, QUANTIFIER_SUBJECTS, QUANTITY_NOUNS, OBJECT_RAISING_VERBS
from .lexicon import EVENT_COURSE_VERBS, EVIDENCE_VERBS, NAME_PARTICLES, SCHEDULING_VERBS, TRANSFER_VERBS, FINDING_VERBS
from .lexicon import ROLE_PLAYING_VERBS, _words
from .lexicon import NAMING_PARTICIPLES, SPEAKER_SIDE_PRONOUNS
from .lexicon import ORDINAL_ANAPHORS
from ..temporal.morph import aux_forms, has_to
from ..temporal.vocab import lexicon
from .lexicon import COLLECTIVE_PEOPLE_NOUNS, SCHEDULE_SLIPPING_VERBS
from .lexicon import TIME_UNITS as _TIME_UNITS

# (helper s22b) nouns naming a stretch of time ("the eve of the summit"): nothing an acting "it" or a source means
TIME_NOUNS = _words("time_nouns") | _TIME_UNITS
from .lexicon import (ADVERBIAL_MARKS, ASPECTUAL_VERBS, ATTRIBUTION_NON_SOURCES, CHANGE_VERBS, EVENT_NOUNS, THING_VERBS, GROUP_NOUNS, IMPERSONAL_PREDICATES, ORGANISATION_NAME_WORDS, ORGANISATION_NOUNS,
                      PERSON_NOUNS,
                      PERSONAL_PRONOUNS, PLURAL_PRONOUNS,
                      PRONOUN_FAMILIES, PRONOUN_REACH, QUESTION_MARKS, RAISING_PREDICATES, RELATIVE_PRONOUNS, REPORTED_PRONOUN_SUBJECTS,
                      REPORTING_VERBS, GENDER_OF_WORD, PRONOUN_GENDERS, QUOTES, STAND_IN_SUBJECTS, TIME_UNITS,
                      LOCATED_STATE_VERBS)


_BE_PAST = aux_forms("be_past")
# one-word feast and holiday names of the tagger's vocabulary ("Easter", "Christmas", "Diwali"): never a person
_HOLIDAY_NAMES = frozenset(w for w in lexicon("HOLIDAY") if " " not in w)
# "The collapse of the bridge, which killed seven": verbs of what an event brought about (lexicon.json)
_CONSEQUENCE_VERBS = _words("consequence_verbs")
_TAKING_EFFECT = _words("taking_effect_phrases")
# "The court heard that ...", "..., the jury heard": told a clause, as evidence verbs say one (lexicon.json)
_CLAUSE_EVIDENCE_VERBS = EVIDENCE_VERBS | _words("hearing_verbs")
_PLACE_DESCRIBING_VERBS = _words("place_describing_verbs")
_PERSON_FACING_VERBS = _words("person_facing_verbs")
_FOUNDING_VERBS = _words("founding_verbs")
_SETTLEMENT_NOUNS = _words("settlement_nouns")
_LOCATING_PREPOSITIONS = _words("locating_prepositions")


@dataclass
class Referent:
    """What a subject token stands for: the token whose phrase to print (``head``), or a name (``name``)
    when it came from another sentence; ``pronoun``: the word it was resolved from, "" if none."""

    head: Token | None
    name: str = ""
    pronoun: str = ""
    name_tokens: list[Token] = field(default_factory=list)


def _relative_antecedent(tok: Token) -> Token | None:
    if tok.lower_ not in RELATIVE_PRONOUNS or tok.dep_ not in ("nsubj", "nsubjpass", "dobj") or _acronym(tok):
        return None
    owner = _infinitive_phrase_owner(tok)
    if owner is not None:
        return owner
    clause = tok.head
    if clause.dep_ in ("ccomp", "xcomp") and clause.head.dep_ == "relcl" and clause.head.i > tok.i:
        clause = clause.head  # "a retrial, which prosecutors said could begin in September": said's noun
    # (a noun the tagger took for a verb still heads a noun phrase when it is a subject or object: "The
    # university rankings, which were published on Monday, placed ...")
    head = clause.head
    if clause.dep_ == "relcl" and tok.lower_ in ("that", "which") and head.ent_type_ in ("DATE", "TIME") \
            and head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.i > 0 and tok.doc[tok.i - 1].text != ",":
        # "reached a deal on Dec. 3 that runs until 2026": a relative with no comma before it is no time's (", which
        # was a holiday" may be); it stands for the noun the time's phrase follows (none there, it stays)
        before = tok.doc[head.head.i - 1]
        return before if before.pos_ in ("NOUN", "PROPN") and before.ent_type_ not in ("DATE", "TIME") else None
    if clause.dep_ == "relcl" and tok.lower_ == "which" and head.ent_type_ in ("DATE", "TIME") \
            and head.dep_ == "pobj" and head.head.dep_ == "prep" and clause.lemma_ != "be" \
            and head.head.head.pos_ in ("VERB", "AUX"):
        # "ordered six ships in May, which will be delivered in 2027": a time does not get delivered, enter service or
        # take effect; the clause is about the object of the verb the time dates (a copula may still describe the
        # time: ", which was a holiday"); no object there, no antecedent
        obj = next((c for c in head.head.head.children if c.dep_ == "dobj" and c.i < head.i), None)
        return obj if obj is not None and obj.ent_type_ not in ("DATE", "TIME") else None
    if clause.dep_ == "relcl" and tok.lower_ == "who" and head.ent_type_ in ("GPE", "LOC", "FAC", "ORG") \
            and head.dep_ == "pobj" and head.head.lower_ in ("in", "at", "from"):
        # "A judge in Denver, who heard the case": a place is no "who"; the person is the noun the place's phrase
        # (or a chain of them, "a surgeon at a clinic in Madrid") hangs on; so for a body a person is from
        # ("Musicologists from the University of Orsey, who studied the pages": a plural common noun, people)
        x = head
        while x.dep_ == "pobj" and x.head.dep_ == "prep" and x.head.lower_ in ("in", "at", "from", "of") \
                and x.head.head.pos_ in ("NOUN", "PROPN"):
            x = x.head.head
            if _is_person(x) or head.ent_type_ == "ORG" and x.tag_ == "NNS" and not x.ent_type_ \
                    and not lemma_in(x, ORGANISATION_NOUNS):
                return x
    if clause.dep_ == "relcl" and tok.lower_ in ("which", "that") and (
            head.ent_type_ in ("GPE", "LOC", "FAC") or tok.lower_ == "which" and head.ent_type_ == "PERSON") \
            and head.dep_ == "pobj" and (head.head.lower_ in _LOCATING_PREPOSITIONS or head.ent_type_ == "PERSON") \
            and head.head.head.pos_ == "NOUN" and not lemma_in(clause, _PLACE_DESCRIBING_VERBS) \
            and head.head.head.lemma_.lower() not in _SETTLEMENT_NOUNS:
        # "The steel plant in Ohio, which closed in 2019": a place a thing's phrase sets it in does not close, open
        # or get built; the clause is about the thing (a place's own description stays its: ", which has 88
        # counties", ", which hosted the Olympics"; and a place in a place, "A village in Kent, which was flooded",
        # stays the nearest); a "which" is nobody's, so a name the entity tagger took for a
        # person's there is a place too ("the bridge over the Rhine, which opened in 1962"), and after a person's
        # phrase the thing is meant ("The novel by Orwell, which appeared in 1949")
        return head.head.head
    if clause.dep_ in ("relcl", "acl") and (clause.head.pos_ in ("NOUN", "PROPN", "PRON")
                                            or clause.head.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")) \
            and not (clause.head.lower_ in RELATIVE_PRONOUNS and clause.head.pos_ == "PRON"):
        # (a name spelt as one is a noun: "the WHO, which opened an office", "The Who, which formed in 1964")
        return _agreeing_noun(tok, clause.head)
    return None


def _infinitive_phrase_owner(rel: Token) -> Token | None:
    """'talks to revive it, which were due to resume', 'a plan to rebuild, which will start in May', 'hired advisers
    to help, who arrived': a relative set off by a comma after a noun's to-infinitive (ending on the infinitive or
    on its pronoun object, "it"/"them") stands for that noun, not for the pronoun or the verb the parser hung it
    on (a "who" only right after the infinitive: "them, who" may be the people). None otherwise."""
    doc = rel.doc
    if rel.i < 4 or doc[rel.i - 1].text != "," or rel.lower_ not in ("which", "that", "who"):
        return None
    last = doc[rel.i - 2]
    # (a "who" after "them", "him" or "her" may stand for them; never for "it")
    inf = last.head if last.lower_ in OBJECT_FORM_PRONOUNS and last.dep_ == "dobj" \
        and (rel.lower_ != "who" or last.lower_ == "it") else last
    if inf.tag_ != "VB" or inf.i < 2 or doc[inf.i - 1].lower_ != "to" or doc[inf.i - 1].head.i != inf.i:
        return None
    noun = doc[inf.i - 2]
    if noun.tag_ == "VBN" and noun.dep_ == "acl" and inf.head.i == noun.i and noun.head.i < noun.i:
        # "Engineers sent to fix it, who arrived": the noun the participle is said of
        noun, inf = noun.head, noun
    if noun.pos_ not in ("NOUN", "PROPN") or noun.ent_type_ in ("DATE", "TIME") \
            or not (inf.head.i == noun.i or noun.dep_ == "dobj" and noun.head.i == inf.head.i):
        return None
    return noun


def _acronym(tok: Token) -> bool:
    """'WHO' in capitals: a name (the World Health Organization), whatever the tagger calls it, never "who"."""
    return len(tok.text) > 1 and tok.text.isupper()


def _elliptical_owner(tok: Token) -> list[Token] | None:
    """'The 2025 race will be held on Oct. 19, three weeks earlier than this year's, which was run on Nov. 9': a
    relative pronoun right after a possessive with no noun of its own ("this year's,") stands for that owner's
    thing, the noun the parser hung the clause on ("this year's race"); its words, or None."""
    clause = tok.head
    if tok.lower_ not in RELATIVE_PRONOUNS or tok.dep_ not in ("nsubj", "nsubjpass") \
            or clause.dep_ not in ("relcl", "advcl") or tok.i < 3 or tok.doc[tok.i - 1].text != ",":
        return None
    mark = tok.doc[tok.i - 2]
    owner = mark.head
    # (or, the clause hung on the main verb, the thing that verb's subject is: "This season's final will be
    # shorter than last season's, which ended in May", "final" tagged an adjective)
    noun = clause.head if clause.dep_ == "relcl" else subject_token(clause.head)
    if mark.tag_ != "POS" or owner.dep_ == "poss" or owner.i >= mark.i or noun is None or noun.i >= owner.i \
            or not (noun.pos_ == "NOUN" or noun.pos_ == "ADJ" and noun.dep_ in ("nsubj", "nsubjpass")):
        return None
    return [x for x in tok.doc[owner.left_edge.i:mark.i + 1]] + [noun]


def continues_noun_phrase(head: Token, app: Token) -> bool:
    """Whether ``app``, which the parser hung as an apposition on the noun ``head``, is no aside but the rest of
    ``head``'s own noun phrase: no comma, dash or bracket between them, and every word between is ``head``'s own
    (its number, "No. 3 Georgia"; its phrase, "The founder of the collapsed payments firm Quorra"). ``app`` is a
    noun or a name ("a magnitude 6.4 earthquake", "the singer Ada Mensah"), or a noun the tagger took for a bare
    verb with no subject, auxiliary or marker of its own ("payments firm", "firm" a present-tense verb).
    ("Its founder, Lena Voss," is an aside: a comma sets it off.)"""
    if app.dep_ != "appos" or app.head.i != head.i or app.i <= head.i or head.pos_ != "NOUN":
        return False
    if app.pos_ == "VERB":
        if app.tag_ not in ("VBP", "VB", "VBZ") or app.left_edge.i != app.i \
                or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark", "neg") for c in app.children):
            return False
    elif app.pos_ not in ("NOUN", "PROPN"):
        return False
    doc = head.doc
    between = doc[head.i + 1:app.left_edge.i]
    own = {x.i for x in head.subtree} - {x.i for x in app.subtree}
    return not any(t.is_punct for t in doc[head.i + 1:app.i + 1]) and all(t.i in own for t in between)


def _is_person(t: Token) -> bool:
    """A person by the entity tagger or by the noun ("the minister")."""
    return t.ent_type_ == "PERSON" or lemma_in(t, PERSON_NOUNS)


def _person_like(t: Token) -> bool:
    return _is_person(t) or _is_group(t)


def _agreeing_noun(rel: Token, head: Token) -> Token:
    """The noun a relative pronoun stands for, where the parser hung a "which" clause on the people X of
    "X of Y" (or "X at Y"): "which" stands for a thing, so "Residents of the valley, which flooded" is the
    valley. Anything else keeps the parser's noun. (The converse, a "who" hung on the thing Y, is left as it
    is: the people's phrase would then hold the clause itself.)"""
    if rel.lower_ == "which" and _person_like(head):
        objs = [c for p in head.children if p.dep_ == "prep" for c in p.children if c.dep_ == "pobj"]
        y = next((c for c in objs if c.i < rel.i and not _person_like(c)), None)
        return y if y is not None else head
    done_by = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "by" else None
    if rel.lower_ == "who" and done_by is not None and done_by.dep_ == "acl" and done_by.tag_ == "VBN" \
            and not _is_person(head) and head.tag_ not in ("NNS", "NNPS") \
            and (_person_like(done_by.head) or lemma_in(done_by.head, COLLECTIVE_PEOPLE_NOUNS)) \
            and done_by.head.i < done_by.i:
        # "nurses employed by the council, who received a rise last summer": a body that does what a participle
        # on people says is no "who"; the people are
        return done_by.head
    # "a strike at its Ohio plant that began in late July", "talks with a Japanese partner, which stalled in March":
    # what begins, ends or lasts is the event noun X of "X at/in/of/with Y", not the place or party Y the parser
    # hung the clause on (not when the verb takes an object: "talks with Acme, which began operations in 2010" is
    # Acme's beginning)
    clause = rel.head
    if rel.lower_ in ("that", "which") and rel.dep_ == "nsubj" \
            and (lemma_in(clause, ASPECTUAL_VERBS) or lemma_in(clause, EVENT_COURSE_VERBS)) \
            and not any(c.dep_ in ("dobj", "xcomp") for c in clause.children) \
            and not is_event_nominal(head) and head.dep_ == "pobj" and head.head.dep_ == "prep" \
            and head.head.lower_ in ("at", "in", "of", "on", "with", "between", "over") \
            and is_event_nominal(head.head.head):
        return head.head.head
    # "Construction of the new stadium, which had been due to start in 2020", "the demolition of the tower, which was
    # scheduled for May": what is planned for a time is the event X of "X of Y", not the thing Y it is done to
    if rel.lower_ in ("that", "which") and rel.dep_ in ("nsubj", "nsubjpass") and _placed_at_a_time(clause) \
            and head.dep_ == "pobj" and head.head.lower_ == "of" and not _person_like(head) \
            and not is_event_nominal(head) and is_event_nominal(head.head.head) and head.head.head.pos_ == "NOUN":
        return head.head.head
    # "The collapse of the bridge, which killed seven people", "the closure of the plant, which cost 400 jobs": what
    # brings something about (``consequence_verbs``) is the event X of "X of Y", not the thing Y it befell
    if rel.lower_ in ("that", "which") and rel.dep_ == "nsubj" and lemma_in(clause, _CONSEQUENCE_VERBS) \
            and head.dep_ == "pobj" and head.head.lower_ == "of" and not _person_like(head) \
            and not is_event_nominal(head) and is_event_nominal(head.head.head) and head.head.head.pos_ == "NOUN":
        return head.head.head
    # "trade in soybeans and iron ore, which reached a record $180 billion": what reaches a level or rises is the
    # measured X of "X in/of/with Y (and Z)", not the goods Y the parser hung the clause on
    if rel.lower_ in ("that", "which") and rel.dep_ == "nsubj" and clause.lemma_ not in ("be", "come") \
            and (lemma_in(clause, CHANGE_VERBS) or lemma_in(clause, MEASURE_VERBS)) \
            and not (lemma_in(head, QUANTITY_NOUNS) or lemma_in(head, MEASURED_NOUNS)):
        y = head
        while y.dep_ == "conj" and y.head.i != y.i:
            y = y.head
        x = y.head.head if y.dep_ == "pobj" and y.head.lower_ in ("in", "of", "with") else None
        if x is not None and x.pos_ == "NOUN" and (lemma_in(x, QUANTITY_NOUNS) or lemma_in(x, MEASURED_NOUNS)):
            return x
    x = _phrase_owner(head)
    if rel.lower_ in ("that", "which") and rel.dep_ in ("nsubj", "nsubjpass") and x is not None \
            and (_number_clash(clause, head) and not _number_clash(clause, x)
                 or _taking_effect(clause) and _person_like(head) and not _person_like(x)):
        # "an outbreak linked to two schools that has infected 40 children", "a list of lenders that was updated":
        # a verb whose number does not fit the last noun of "X of/for/linked to Y" is X's; nor does a person take
        # effect or come into force ("standards for ferry operators that came into force in March": the standards)
        return x
    if rel.lower_ in ("that", "which") and rel.dep_ in ("nsubj", "nsubjpass") and _number_clash(clause, head):
        # the converse, the clause hung on X: "the maker of engines that were recalled in 2021" (the engines)
        y = next((g for c in head.children if c.dep_ == "prep" and c.i > head.i for g in c.children
                  if g.dep_ == "pobj" and g.right_edge.i == rel.i - 1 and getattr(_phrase_owner(g), "i", -1) == head.i), None)
        if y is not None and not _number_clash(clause, y):
            return y
    # "The Grand Prix in Imola, which had been scheduled for May 21": what is scheduled, planned or put off is the
    # event X of "X in/at PLACE", not the place the parser hung the clause on
    if rel.lower_ in ("that", "which") and rel.dep_ in ("nsubj", "nsubjpass") and lemma_in(clause, SCHEDULING_VERBS) \
            and head.ent_type_ in ("GPE", "LOC", "FAC") and head.dep_ == "pobj" and head.head.lower_ in ("in", "at") \
            and head.head.head.pos_ in ("NOUN", "PROPN") and head.head.head.ent_type_ not in ("GPE", "LOC", "FAC"):
        return head.head.head
    return head


def _placed_at_a_time(clause: Token) -> bool:
    """Whether the clause ``clause`` heads places its subject at a planned time ("had been scheduled for May", "was
    due to start in 2020", "is set for June"): a scheduling verb, or "be" with such a predicate."""
    return lemma_in(clause, _SCHEDULED_PREDICATES) or clause.lemma_ == "be" and any(
        c.dep_ in ("acomp", "attr") and c.lower_ in _SCHEDULED_PREDICATES for c in clause.children)


def _phrase_owner(y: Token) -> Token | None:
    """The noun X of "X of/for/on/to ... Y" or "X linked to Y" (a participle on X between them) for the last noun
    ``y``; None when ``y`` is no such object, or is one of a coordination."""
    if y.dep_ != "pobj" or y.head.dep_ != "prep" or any(c.dep_ == "conj" for c in y.children):
        return None
    x = y.head.head
    if x.dep_ == "acl" and x.tag_ == "VBN" and x.head.i < x.i:
        x = x.head  # "an outbreak linked to two schools"
    elif x.pos_ in ("VERB", "AUX"):
        # "passed new standards for ferry operators", the phrase hung on the verb: the object right before it
        x = next((c for c in x.children if c.dep_ == "dobj" and c.right_edge.i == y.head.i - 1), x)
    return x if x.pos_ == "NOUN" and x.tag_ in ("NN", "NNS") and not any(c.dep_ == "conj" for c in x.children) \
        else None


def _number_clash(verb: Token, noun: Token) -> bool:
    """Whether the verb group of ``verb`` is of the other number than the common noun ``noun`` ("schools ... has
    infected", "a list ... were"): singular by "is"/"was"/"has" or a third-person "-s", plural by "are"/"were"/
    "have" or a plain present; past forms ("took") tell nothing."""
    if noun.tag_ not in ("NN", "NNS") or noun.pos_ != "NOUN" or lemma_in(noun, PAIR_NOUNS):
        return False
    group = [verb] + [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    finite = next((g for g in group if g.tag_ in ("VBZ", "VBP") or g.lower_ in _BE_PAST), None)
    if finite is None or any(g.tag_ == "MD" for g in group):
        return False
    singular = finite.tag_ == "VBZ" or finite.lower_ == "was"
    return singular == (noun.tag_ == "NNS")


def _taking_effect(verb: Token) -> bool:
    """'took effect', 'came into force', 'went into effect' (``taking_effect_phrases``): said of a rule, a law or a
    measure, never of a person."""
    words = [verb.lemma_.lower()] + [g.lower_ for c in verb.children if c.i > verb.i and c.dep_ in ("dobj", "prep")
                                     for g in c.subtree if g.dep_ in ("dobj", "prep", "pobj")]
    return " ".join(words[:3]) in _TAKING_EFFECT or " ".join(words[:2]) in _TAKING_EFFECT


def _placeholder_it(tok: Token) -> bool:
    pred = tok.head
    if pred.dep_ in ("aux", "auxpass") and pred.i < pred.head.i:
        # "It was closed to lorries in August", parsed with "It" under "was": the verb is what it is said of
        pred = pred.head
    if pred.lemma_.lower() == "be" and any(c.dep_ == "mark" and c.lower_ in ("as", "than") for c in pred.children) \
            and not any(c.dep_ in ("attr", "acomp", "ccomp", "xcomp", "oprd", "dobj") for c in pred.children):
        return False  # "will be held on Monday, as it has been every year": the "be" of an ellipsis, said of a thing
    if _located_be(pred):
        return False  # "It had been in office since 2023", "it has been in talks since May": a thing in a state
    # (a particle makes another verb: "it took over the carrier" is done by something, "it took hours" is not)
    if pred.lemma_.lower() in IMPERSONAL_PREDICATES and not _raised_subject(pred) \
            and not any(c.dep_ == "prt" for c in pred.children) and not _doers_object(pred):
        return True
    # "it emerged that ...", "it was announced that ...": the subject is the clause. (Not "whether"/"if": "said
    # it would decide whether the vote was valid" is the deciding body's; nor a clause after an object: "it had
    # warned the ministry that cameras were broken" is the warner's.)
    if any(c.dep_ in ("dobj", "dative") for c in pred.children):
        return False
    if (lemma_in(pred, REPORTING_VERBS) or lemma_in(pred, EVIDENCE_VERBS)) and pred.tag_ != "VBN" \
            and not any(c.dep_ == "auxpass" for c in pred.children):
        return False  # "It said on Thursday that the bank had ignored warnings": someone says so, in the active
    return any(c.dep_ in ("ccomp", "xcomp") and any(g.dep_ == "mark" and g.lower_ not in QUESTION_MARKS
                                                     for g in c.children) for c in pred.children)


def _located_be(pred: Token) -> bool:
    """'It had been in office since 2023', 'it has been in talks with buyers since May': a bare "be" whose only
    complement is a prepositional phrase on a noun, with no clause after it to stand in for ("It was in 2012 that
    ...", "it is in our interest to act"), no time as that noun ("It was in May") and no adjective or noun
    predicate: what "it" is in is said of something, not a placeholder."""
    if pred.lemma_.lower() != "be" or any(c.dep_ in ("attr", "acomp", "ccomp", "xcomp", "advcl", "csubj", "oprd")
                                           for c in pred.children):
        return False
    return any(c.dep_ == "prep" and c.i == pred.i + 1 and any(
        g.dep_ == "pobj" and g.pos_ == "NOUN" and g.ent_type_ not in ("DATE", "TIME")
        and not any(x.dep_ in ("relcl", "acl") for x in g.children) for g in c.children) for c in pred.children)


def _doers_object(pred: Token) -> bool:
    """'If the law passes, it will take effect in July', 'it took control of the port': an object that is no length,
    amount or number, with no clause after it for a placeholder "it" to stand for, makes the verb a doer's ("it
    took years", "it cost $5 million", "it takes courage to speak" keep their placeholder)."""
    if any(c.dep_ in ("xcomp", "ccomp", "csubj") for c in pred.children):
        return False
    obj = next((c for c in pred.children if c.dep_ == "dobj"), None)
    return obj is not None and obj.pos_ == "NOUN" and obj.lemma_.lower() not in TIME_UNITS \
        and obj.ent_type_ not in ("MONEY", "QUANTITY", "CARDINAL", "DATE", "TIME", "PERCENT") \
        and not any(c.dep_ in ("nummod", "quantmod") or c.like_num for c in obj.children)


def _raised_subject(pred: Token) -> bool:
    """'It is due to reach the coast', 'it is likely to close': the subject of "be" with a raising adjective
    and an infinitive is the infinitive's own doer, not a placeholder ("it is possible that ...")."""
    return any(c.dep_ in ("acomp", "attr") and c.lemma_.lower() in RAISING_PREDICATES
               and any(g.dep_ == "xcomp" and has_to(g)
                       for g in c.children)
               for c in pred.children)


# what may stand before a sentence's subject without naming anything it could mean: "By that evening, it had"
_FRONTED_DEPS = frozenset({"prep", "advmod", "npadvmod", "advcl", "punct", "cc"})


def _opens_sentence(tok: Token) -> bool:
    """Whether ``tok`` is the first word of its sentence or the subject of its main verb after only fronted
    modifiers ("By that evening it had burned", "Two days later, it reopened")."""
    if tok.i == tok.sent.start:
        return True
    root = tok.sent.root
    clause = tok.head
    # (or of a reported clause that opens the sentence, its reporter after it: "By early Tuesday it had reached
    # the resort, the coast guard said")
    if clause.i != root.i and not (clause.dep_ in ("ccomp", "parataxis") and clause.head.i == root.i
                                   and clause.right_edge.i < root.i and lemma_in(root, REPORTING_VERBS)):
        return False
    fronted = [c for c in clause.children if c.i < tok.i]
    return all(c.dep_ in _FRONTED_DEPS for c in fronted) \
        and sum(len(list(c.subtree)) for c in fronted) == tok.i - tok.sent.start


def _opens_after_quote(tok: Token) -> bool:
    """Whether ``tok`` opens its sentence as the speaker after a quotation ('"I leave with my head high," he told
    local radio'), or after only fronted modifiers ("Before that, he led Taco Bell"): for a "he"/"she" the main
    subject of the last sentence is then as near as for one that opens the sentence."""
    if _opens_sentence(tok):
        return True
    root = tok.sent.root
    if tok.head.i != root.i or not lemma_in(root, REPORTING_VERBS):
        return False
    fronted = [c for c in root.children if c.i < tok.i]
    return bool(fronted) and all(c.dep_ in ("ccomp", "parataxis") or c.dep_ in _FRONTED_DEPS for c in fronted) \
        and sum(len(list(c.subtree)) for c in fronted) == tok.i - tok.sent.start


def _opens_plural_report(tok: Token) -> bool:
    """'The museum reopened its east wing. Officials said it had been closed since 2019': a passive "it" reported
    right after a sentence-opening plural reporter (a plural common noun, which no "it" stands for) takes up the
    last sentence's thing as an "it" opening the sentence would. Only in the passive: an active one may be a
    body among the reporters' own ("Investors said it would cut jobs")."""
    clause = tok.head
    verb = clause.head
    if tok.dep_ != "nsubjpass" or clause.dep_ != "ccomp" or verb.dep_ != "ROOT" or verb.i > tok.i \
            or verb.lemma_.lower() not in REPORTING_VERBS:
        return False
    subj = subject_token(verb)
    if subj is None or subj.pos_ != "NOUN" or subj.tag_ != "NNS" or subj.left_edge.i != tok.sent.start:
        return False
    return all(t.pos_ in ("ADV", "SCONJ") or t.lower_ == "that" or t.i == verb.i for t in tok.doc[subj.i + 1:tok.i])


def _previous_thing_subject(tok: Token, skip: frozenset[int] | set[int] = frozenset(),
                            depth: int = 0, possessive: bool = False, past: Token | None = None) -> Referent | None:
    """'The probe slipped into orbit on Sunday, controllers said. It is due to begin mapping ...', 'The college
    will admit students next spring. It did not raise tuition': an "it" opening a sentence stands for the last
    sentence's subject (the reported clause's, under a trailing reporter) when that is a singular thing, named
    or not. None when it is a person, a group or anything else (the scan for a name decides then)."""
    # (an opening "Its" only for a speaker: see opening_its_owner)
    opening_its = possessive and tok.lower_ == "its" and tok.dep_ == "poss"
    if past is not None:
        if past.sent.start <= _past_skip(skip):
            return None
    elif opening_its:
        if tok.i != tok.sent.start or tok.i == 0:
            return None
    elif tok.lower_ != "it" or tok.dep_ not in ("nsubj", "nsubjpass") \
            or not (_opens_sentence(tok) or _opens_plural_report(tok)) \
            or tok.sent.start == 0 or _placeholder_it(tok):
        return None
    root = tok.doc[(past if past is not None else tok).sent.start - 1].sent.root
    if past is None and not opening_its:
        course = _event_object_whose_course(tok, root)
        if course is not None:
            return Referent(course, pronoun=tok.text)
    clauses = [c for c in root.children if c.dep_ in ("ccomp", "parataxis") and is_predicate(c)]
    # "She worked as a nurse before her first novel was published in 2017 by a small press. It was shortlisted
    # in 2018": a passive "it" after a person's sentence takes up a thing done to in its adverbial clause
    asides = [c for c in root.children if c.dep_ == "advcl" and is_predicate(c)
              and any(g.dep_ == "nsubjpass" for g in c.children)] if tok.dep_ == "nsubjpass" and past is None else []
    for clause in (*clauses, root, *asides) if root.lemma_ in REPORTING_VERBS else (root, *clauses, *asides):
        subj = subject_token(clause)
        subj = past_dateline(subj, skip)  # "MIAMI (AP) — Hurricane Lorena strengthened"
        if subj is None:
            continue
        if _object_of_its_own(subj, tok):
            continue  # "The route will close, the town hall announced. It closed the route in 2020": not the route
        if _doer_fits_it(subj.head) and tok.dep_ != "nsubjpass":
            # "The vaccine was developed by Respira Biotech. It raised ...": the doer may be meant (not for a passive
            # "it", which takes up the thing done to as the last sentence's passive did: "It was approved in May")
            return None
        if subj.lower_ == "it" and depth < PRONOUN_REACH:
            if _opens_sentence(subj):
                return _previous_thing_subject(subj, skip, depth + 1)
            # "The club said it would name a successor. It won the league in 2023": what that "it" stands for
            ref = resolve(subj, skip)
            return Referent(ref.head, ref.name, tok.text, ref.name_tokens) \
                if ref.pronoun and (ref.head is not None and ref.head.pos_ in ("NOUN", "PROPN") or ref.name_tokens) \
                else None
        if clause is not root and (subj.tag_ in ("NNS", "NNPS") or subj.lower_ in PLURAL_PRONOUNS):
            continue  # "The agency warned that rates had fallen. It will ...": a plural is no "it"; the reporter
        if clause is not root and opening_its and is_event_nominal(subj):
            continue  # "Kestrel denied that the delay was linked to X. Its co-founder ...": an event owns no one
        if clause is not root and past is None and not opening_its \
                and (_acts_on_object(tok.head) or _made_to_act(tok.head)) \
                and not _organisation(subj) and _reporting_body(root):
            continue  # "The board said turnout reached 81%. It will publish the results": a body acts, the reporter
        if clause is root and _plural_aside(root, subj) and depth < PRONOUN_REACH - 1:
            # "The company earned 10 billion in the quarter. Sales rose 17%. It will release ...": a sentence about
            # plural things only is passed over
            return _previous_thing_subject(tok, skip, depth + 1, possessive, past=root)
        # (a name the entity tagger left unlabelled is most likely a person's: "Ana Ruiz left the party")
        # (nor a name an earlier mention labels a person's: "Margaret Ashby, who ran ... Ashby founded the shelter")
        thing = _named_thing(subj) or _owns_its_object(subj) or not _is_person(subj) and not _person_by_mention(subj) \
            and not (subj.pos_ == "PROPN" and subj.ent_type_ != "PERSON" and _earlier_person_mention(subj)) and (
            subj.pos_ == "NOUN" or subj.ent_type_ not in ("", "PERSON"))
        if subj.pos_ in ("NOUN", "PROPN") and subj.tag_ in ("NN", "NNP") and thing \
                and subj.ent_type_ not in _NOT_ANTECEDENTS and not _is_group(subj) or _nominal_adjective(subj):
            return Referent(subj, pronoun=tok.text)
        if asides and clause is root and (subj.lower_ in PRONOUN_GENDERS or _is_person(subj)):
            continue  # a person is no "it": the adverbial clause's thing may be
        if clause is root and past is None and not opening_its and subj.tag_ in ("NNS", "NNPS") \
                and subj.pos_ == "NOUN" and not _is_group(subj):
            # "Shares in Novo fell 5% after the company cut its forecast. It now expects ...": under a main clause on
            # plural things, the one body that is the subject of its adverbial clause
            bodies = [s for c in root.children if c.dep_ == "advcl" and is_predicate(c)
                      for s in [subject_token(c)] if s is not None and s.pos_ in ("NOUN", "PROPN")
                      and s.tag_ in ("NN", "NNP") and _organisation(s) and _fits(s, "thing")]
            mine = {x.i for x in subj.subtree} | {x.i for b in bodies for x in b.subtree}
            if len(bodies) == 1 and not any(x.i not in mine and x.pos_ in ("NOUN", "PROPN") and _organisation(x)
                                            for x in root.sent):
                return Referent(bodies[0], pronoun=tok.text)  # (no other body named: "fined the bank")
        return None
    return None


def _event_object_whose_course(tok: Token, root: Token) -> Token | None:
    """'The union called a strike. It began on Monday', 'Prosecutors opened an inquiry. It lasted two years': an "it"
    whose verb, used without an object, says how an event went (``aspectual_verbs``, ``event_course_verbs``) stands
    for the event noun the last sentence's main verb took as its object, not for that verb's doer (a union does not
    begin; it begins something). Not when the last sentence's subject is itself an event ("The strike closed the
    port. It ended on Friday": the strike), nor "It began selling shares" (an object: a doer's act). Likewise an "it"
    that takes effect (:func:`_taking_effect`) is the measure a body or a person adopted, not the adopter."""
    verb, subj = tok.head, subject_token(root)
    if subj is None:
        return None
    if _taking_effect(verb):
        # "The council approved a new budget on Monday. It will take effect in July": a measure, not its maker
        if not (_person_like(subj) or _organisation(subj)):
            return None
        return next((c for c in root.children if c.dep_ == "dobj" and c.tag_ == "NN" and not _person_like(c)
                     and not _organisation(c)), None)
    if not (lemma_in(verb, ASPECTUAL_VERBS) or lemma_in(verb, EVENT_COURSE_VERBS)) or is_event_nominal(subj) \
            or any(c.dep_ in ("dobj", "xcomp", "ccomp", "attr", "acomp") for c in verb.children):
        return None
    return next((c for c in root.children if c.dep_ == "dobj" and c.tag_ == "NN" and is_event_nominal(c)), None)


def _owns_its_object(subj: Token) -> bool:
    """'Skylark grounded its fleet after the accident': a one-word name the entity tagger left unlabelled or
    guessed a person's, whose own verb's object opens on "its", speaks of itself as a thing (a person would say
    "his" or "her")."""
    one_word = not any(c.dep_ == "compound" for c in subj.children) and (
        subj.i == 0 or subj.doc[subj.i - 1].pos_ != "PROPN")
    return subj.pos_ == "PROPN" and subj.ent_type_ in ("", "PERSON") and one_word \
        and subj.dep_ in ("nsubj", "nsubjpass") and any(
        c.dep_ == "dobj" and c.left_edge.lower_ == "its" and c.left_edge.dep_ == "poss" and c.left_edge.head.i == c.i
        for c in subj.head.children)


def _doer_fits_it(verb: Token) -> bool:
    """Whether the passive ``verb`` names a doer with "by" that an "it" could mean as well as its subject ("was
    developed by Respira Biotech"); a plural or a person ("was fined by regulators", "by its founder") is none."""
    return any(g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN") and _fits(g, "thing") and not _person_by_mention(g)
               for c in verb.children if c.dep_ == "agent" for g in c.children)


def _object_of_its_own(cand: Token, tok: Token) -> bool:
    """'It closed the route in 2020': the pronoun subject ``tok``'s own verb has an object that names the
    candidate ``cand`` again (the same noun), so the pronoun is not that."""
    verb = tok.head
    return tok.dep_ in ("nsubj", "nsubjpass") and cand.pos_ == "NOUN" and any(
        c.dep_ == "dobj" and c.pos_ == "NOUN" and c.lemma_.lower() == cand.lemma_.lower() for c in verb.children)


# entity labels of amounts: no thing an "it" stands for
_AMOUNTS = frozenset({"MONEY", "PERCENT", "QUANTITY", "CARDINAL", "DATE", "TIME", "ORDINAL"})


def _plural_aside(root: Token, subj: Token) -> bool:
    """A sentence whose subject is a plural thing (not people) and that names no singular thing besides amounts
    and counted units ("Sales rose 17% to 79 trillion won."): nothing in it an "it" after it could stand for."""
    if subj.tag_ not in ("NNS", "NNPS") or _is_group(subj) or subj.pos_ != "NOUN" or root.lemma_ in REPORTING_VERBS:
        return False
    # (the subject's own modifiers are no rival, "Car sales"; a thing in its phrase is, "Sales of the new lager")
    own = {subj.i} | {x.i for c in subj.children if c.dep_ in ("compound", "amod", "det") for x in c.subtree}
    return not any(t.pos_ in ("NOUN", "PROPN") and t.tag_ in ("NN", "NNP") and t.i not in own
                   and t.ent_type_ not in _AMOUNTS and not _measure(t) for t in root.sent)


def opening_its_owner(subj: Token, skip: frozenset[int] | set[int] = frozenset()) -> Referent | None:
    """'A bill to fund the agency was introduced on Monday. Its sponsor said on Friday ...', 'The company reported
    a loss. Its shares have lost a third of their value since January': the "Its" that opens the sentence, on
    its subject, stands for the last sentence's subject when that is a singular thing (the same rule as an
    opening "it"); None otherwise."""
    poss = next((c for c in subj.children if c.dep_ == "poss" and c.lower_ == "its"), None)
    if poss is None or subj.dep_ not in ("nsubj", "nsubjpass") or subj.pos_ != "NOUN" \
            or not lemma_in(subj.head, REPORTING_VERBS):
        return None
    return _previous_thing_subject(poss, skip, possessive=True)


def _transferred_thing(tok: Token) -> Token | None:
    """'The board sold the island in 2008, and a decade later it was bought by a trust': a passive "it" of a
    transfer verb (``transfer_verbs``) after a clause of one (coordinated, or the last sentence's main clause)
    stands for the thing passed on, that clause's singular object, not the seller; None otherwise."""
    verb = tok.head
    if tok.lower_ != "it" or tok.dep_ != "nsubjpass" or not lemma_in(verb, TRANSFER_VERBS):
        return None
    if verb.dep_ == "conj" and verb.head.i < tok.i:
        first = verb.head
    elif _opens_sentence(tok) and tok.sent.start > 0:
        first = tok.doc[tok.sent.start - 1].sent.root
    else:
        return None
    if not lemma_in(first, TRANSFER_VERBS) or any(c.dep_ == "auxpass" for c in first.children):
        return None
    obj = next((c for c in first.children if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN") or obj.tag_ not in ("NN", "NNP") or not _fits(obj, "thing"):
        return None
    return obj


def _conjunct_pronoun(tok: Token) -> Referent | None:
    """'It did not raise tuition, and it plans to keep fees flat': the same pronoun as subject of a coordinated
    clause stands for whatever the first one does."""
    verb = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "conj" or verb.head.i == verb.i:
        return None
    first = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None) \
        or next((c for c in verb.head.children if _gerund_subject(c)), None)
    if first is None or first.i >= tok.i:
        return None
    if first.lower_ != tok.lower_:
        return _conjunct_noun_subject(tok, first, verb.head)
    ref = resolve(first)
    return Referent(ref.head, ref.name, tok.text, ref.name_tokens) if ref.pronoun else None


# a first clause's core arguments that a coordinated clause's pronoun may mean as well as its subject
_RIVAL_DEPS = frozenset({"dobj", "dative", "attr", "oprd", "nsubj", "nsubjpass"})


def _conjunct_noun_subject(tok: Token, first: Token, verb: Token) -> Referent | None:
    """'The agency was criticised ..., and it overhauled its programme': a pronoun subject of a coordinated
    clause stands for the first clause's noun subject when that fits the pronoun (a singular thing for "it", a
    person of no other gender for "he"/"she"); not when a core argument between the two fits too ("The regulator
    fined the bank, and it appealed": the bank may be meant), nor after a passive with a doer."""
    kind = REPORTED_PRONOUN_SUBJECTS.get(tok.lower_)
    own_mark = next((c for c in first.children if c.dep_ == "poss" and c.lower_ in PRONOUN_FAMILIES.get(tok.lower_, ())),
                    None)
    if own_mark is not None:
        # "Its engine failed on Monday and it drifted until Tuesday": the pronoun is the owner its own form names
        # (the boat), not the owned thing; that owner, or none when it is unknown
        ref = resolve(own_mark)
        return Referent(ref.head, ref.name, tok.text, ref.name_tokens) if ref.pronoun else Referent(tok)
    if verb.dep_ == "ccomp" and any(c.dep_ == "mark" and c.i < tok.i for c in tok.head.children):
        # "said the field could hold ... and that it hoped to start": a second report, not the field's; unless the
        # reporter cannot be meant ("The minister told parliament that the government had spent ... and that it
        # would extend it": the government)
        reporter = subject_token(verb.head) if is_predicate(verb.head) else None
        # (a person noun, not a name: the entity tagger takes a company for a person often enough)
        if kind != "thing" or reporter is None or reporter.pos_ != "NOUN" or not lemma_in(reporter, PERSON_NOUNS):
            return None
    if kind == "group":
        # "Forecasters expect temperatures to fall, but they warned ...": people the first clause's subject names,
        # with no other people between, nor plural things unless the pronoun reports (things do not: "Economists
        # expect prices to rise, but they could fall" may be the prices)
        says = lemma_in(tok.head, REPORTING_VERBS)
        if not _is_group(first) or any(t.dep_ in _RIVAL_DEPS and (_is_group(t) or not says and t.tag_ in ("NNS", "NNPS"))
                                       for t in tok.doc[first.i + 1:tok.i]):
            return None
        return Referent(first, pronoun=tok.text)
    gerund = kind == "thing" and _gerund_subject(first)
    if kind not in ("thing", "person") or first.pos_ not in ("NOUN", "PROPN") and not gerund or _is_group(first) \
            or first.ent_type_ in _NOT_ANTECEDENTS or (tok.lower_ == "it" and _placeholder_it(tok)) \
            or any(c.dep_ == "agent" for c in verb.children) \
            or not (gerund or _fits(first, kind) or kind == "person" and _bare_surname_doer(first)):
        return None
    if kind == "person" and _other_gender(tok, [x for x in first.subtree if x.i <= first.i and x.pos_ == "PROPN"] or [first]):
        return None
    own = {x.i for x in first.subtree}
    # (nor a subject inside the first clause's adverbial clause: "Poaching fell after the government banned the
    # trade, but it has risen since": the coordinated clause takes up the main one)
    # (nor one in such a clause inside what the first clause reports, when the "it" says or means to do something,
    # as its reporter does: "The association says sales have fallen as the debate dragged on, and it plans to
    # appeal"; not "..., and it reopened on Saturday", which may be the thing in that clause)
    agent = lemma_in(tok.head, COMPLEMENT_INFINITIVE_VERBS) or lemma_in(tok.head, REPORTING_VERBS)
    clauses = [*verb.children, *(g for c in verb.children if c.dep_ == "ccomp" and agent for g in c.children)]
    own.update(x.i for c in clauses if c.dep_ == "advcl" and any(g.dep_ == "mark" for g in c.children)
               for x in c.subtree)
    # (a bare mass noun is no rival: "had lost money in 2023 and that it would close")
    if any(t.pos_ in ("NOUN", "PROPN") and t.dep_ in _RIVAL_DEPS and t.i not in own and _fits(t, kind)
           and not _bare_mass(t) for t in tok.doc[first.i + 1:tok.i]):
        return None
    return Referent(first, pronoun=tok.text)


# prepositions that put a name as a place ("moved to Rivera", "born in Rivera"): a name so used is no person
_PLACE_PREPOSITIONS = frozenset({"in", "at", "to", "from", "near", "into", "across"})


def _bare_surname_doer(t: Token) -> bool:
    """'Rivera left the group in 1979, and he did not play again until 1992': a one-word capitalised name with no
    determiner as the first clause's subject, that the entity tagger took for a place or a body, is the "he"/"she"
    of the coordinated clause when nothing shows it is a thing: not named a thing here or before, and never written
    as a place ("in Rivera") before."""
    if t.pos_ != "PROPN" or t.ent_type_ in ("NORP", "DATE", "TIME") or not t.is_title \
            or any(c.dep_ in ("det", "compound", "flat", "poss", "amod") for c in t.children) \
            or _named_thing_before(t, t.i + 1):
        return False
    doc = t.doc
    return not any(x.text == t.text and x.dep_ == "pobj" and x.head.lower_ in _PLACE_PREPOSITIONS
                   for x in doc[max(0, t.i - NAME_REACH):t.i])


def _gerund_subject(t: Token) -> bool:
    """A gerund as a clause's subject ("Poaching in the park fell sharply"): an activity, a thing an "it" may
    take up."""
    return t.dep_ == "csubj" and t.tag_ == "VBG"


def _window_start(tok: Token, skip: frozenset[int] | set[int] = frozenset()) -> int:
    """Where the search for a pronoun's antecedent stops: the start of the sentence PRONOUN_REACH before the
    pronoun's, found by walking back (never the whole document: a long text with many pronouns must stay
    linear), and never in or before the dateline ``skip`` (which opens the story: "MELBOURNE (AP) — ... By that evening it had
    burned": the agency is no one the story speaks of)."""
    return _sentences_back(tok.doc, tok.sent.start, PRONOUN_REACH, _past_skip(skip))


def _sentences_back(doc, lo: int, n: int, floor: int) -> int:
    """The start of the sentence ``n`` sentences before the one starting at ``lo``, walked back one sentence at a
    time (linear in what it passes), never before ``floor``."""
    for _ in range(n):
        if lo <= floor:
            break
        lo = doc[lo - 1].sent.start
    return max(lo, floor)


def _is_group(t: Token) -> bool:
    """A subject a "they" may stand for: a coordination ("Lopez and Okafor"), or a plural noun of people or
    groups ("the ministers", "the Norwegians")."""
    if t.lower_ in QUANTIFIER_SUBJECTS or t.tag_ == "CD" and t.ent_type_ in ("", "CARDINAL"):
        # "Two of the nine board members", "Many of the growers": a part of a group is a group
        of = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == t.i + 1), None)
        whole = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        if whole is not None:
            return whole.lower_ not in PLURAL_PRONOUNS and _is_group(whole)
    if t.pos_ not in ("NOUN", "PROPN") or t.lower_ in PLURAL_PRONOUNS:
        return False
    if any(c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") for c in t.children):
        return True
    if t.tag_ == "NN" and lemma_in(t, PAIR_NOUNS):
        return True  # "The couple married in 1998. They will travel"
    # (or people a "who" clause says they are: "The handlers, who are employed by ...")
    # (a plural of a person noun is people too: "The men ... they broke into", "the inmates")
    if t.ent_type_ == "NORP" and t.tag_ == "NNP" and t.lower_.endswith("s"):
        return True  # "The Greens won 14 seats" (tagged as one name): a party or people named in the plural
    return t.tag_ in ("NNS", "NNPS") and (
        t.ent_type_ == "NORP" or t.lemma_.lower() in GROUP_NOUNS or t.lower_ in GROUP_NOUNS
        or t.tag_ == "NNS" and t.pos_ == "NOUN" and t.lemma_.lower() in PERSON_NOUNS
        or any(c.dep_ == "relcl" and any(g.lower_ in ("who", "whom") and g.i < c.i for g in c.children)
               for c in t.children))


# the plural forms of "be" and "have" a verb group agrees with a plural subject by ("Castleford were relegated")
_PLURAL_AGREEMENT = frozenset({"were", "are", "'re", "have", "'ve"})


def _agrees_in_plural(pred: Token) -> bool:
    """Whether the verb group of ``pred`` is in the plural: a present form of a plural subject (VBP: "have not
    won", "travel") or "were"/"are"."""
    group = [pred] + [c for c in pred.children if c.dep_ in ("aux", "auxpass") and c.i < pred.i]
    return any(g.tag_ == "VBP" and g.lower_ not in ("am",) or g.lower_ in _PLURAL_AGREEMENT and g.tag_ != "VB"
               for g in group)


def _plural_named_body(t: Token) -> bool:
    """'Castleford, who were relegated in 2021, have not won since they beat Dunmore': a club, band or other body
    whose name the text treats as plural (British copy: "Rovers travel to Dunmore") is what a "they" means, when
    some subject mention of the same name in the document agrees with its verb in the plural (its own verb group,
    or a "who" clause on it). A name alone, with no such verb, says nothing of its number ("Apple said ... they")."""
    if t.dep_ not in ("nsubj", "nsubjpass") or not (t.pos_ == "PROPN" or t.tag_ in ("NNS", "NNPS") and t.is_title)             or any(c.dep_ == "conj" for c in t.children) or lemma_in(t, PERSON_NOUNS):
        return False
    doc = t.doc
    names = doc.user_data.get("_plural_named_bodies")
    if names is None:
        names = set()
        for x in doc:
            if x.dep_ not in ("nsubj", "nsubjpass") or not (x.pos_ == "PROPN" or x.tag_ in ("NNS", "NNPS")) \
                    or not x.is_title or any(c.dep_ == "conj" for c in x.children):
                continue
            whos = [c for c in x.children if c.dep_ == "relcl"
                    and any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ == "who" for g in c.children)]
            if is_predicate(x.head) and x.head.i != x.i and _agrees_in_plural(x.head) \
                    or any(_agrees_in_plural(c) for c in whos):
                names.add(x.text)
        doc.user_data["_plural_named_bodies"] = names
    return t.text in names


def _past_skip(skip: frozenset[int] | set[int]) -> int:
    """The first token after the dateline (``skip``), which opens the story: 0 with no dateline."""
    return max(skip) + 1 if skip else 0


def _plural_antecedent(tok: Token, skip: frozenset[int] | set[int] = frozenset()) -> Token | None:
    """The most recent subject before the plural pronoun ``tok`` that is a group (:func:`_is_group`); None
    when the most recent subject is not one: a "they" after "the negotiations stalled" is not resolved to an
    earlier group past them. (A singular thing as the subject of a subordinate clause is passed over.)"""
    doc = tok.doc
    lo = _window_start(tok, skip)
    verb = tok.head
    # (a "they" subject of its own clause: not a "them" a verb raises to its infinitive, "expects them to power")
    doer = tok.dep_ == "nsubj" and tok.lower_ == "they" and not _raised_by(tok, verb.head) \
        and any(c.dep_ == "dobj" for c in verb.children) \
        and not (lemma_in(verb, CHANGE_VERBS) or lemma_in(verb, REPORTING_VERBS) or verb.lemma_ == "be")
    for i in range(tok.i - 1, lo - 1, -1):
        t = doc[i]
        if t.dep_ not in ("nsubj", "nsubjpass") or t.pos_ == "PRON":
            continue
        if doer and t.tag_ == "NN" and lemma_in(t, COLLECTIVE_PEOPLE_NOUNS):
            return t  # (in a reported clause as well: "Marsh said her team had dug ... they found coins")
        if t.tag_ in ("NN", "NNP") and any(c.dep_ == "poss" and c.lower_ == "their" for c in t.children):
            # "Nurses voted for a strike. 'We have no choice,' their union said. They will walk out": one thing of
            # theirs between is no "they"; the group it belongs to, before it, is
            continue
        if t.tag_ in ("NN", "NNP") and not _is_group(t) and t.head.i != t.sent.root.i:
            continue  # "Organisers moved the start after rain delayed play. They said": one thing is no "they"
        if t.tag_ in ("NN", "NNP") and not _is_group(t) and lemma_in(t.head, REPORTING_VERBS) \
                and any(c.dep_ == "ccomp" and c.i < t.i for c in t.head.children) \
                and (tok.dep_ == "nsubjpass" or lemma_in(verb, CHANGE_VERBS) or lemma_in(verb, THING_VERBS)):
            # "Egg prices climbed in February, the statistics office said. They hit a record": a singular reporter
            # after what it reported is no "they" that things do; what it reported may hold them
            continue
        if t.tag_ == "NN" and t.pos_ == "NOUN" and not _is_group(t) and not _is_person(t) and doer \
                and not lemma_in(t, COLLECTIVE_PEOPLE_NOUNS):
            # "Her team had dug for five weeks ... The library will now be delayed. Earlier this month, they found
            # coins": one thing is no "they" that does something to something either; the group before it is meant
            # (or the one group that thing's own verb took on: "The ministry hired four auditors. They started work")
            instead = _group_object_instead(t, tok)
            if instead is not None:
                return instead
            continue
        return t if _is_group(t) and not _singular_coordination(t) or _plural_things(t, tok) or _reported_plural_things(t, tok) \
            or _plural_doers(t, tok) or _plural_named_body(t) or _owns_their_object(t, tok) \
            else _group_object_instead(t, tok)
    return None


def _group_object_instead(t: Token, tok: Token) -> Token | None:
    """'The minister met the protesters on Monday. They agreed to end the blockade': when the last sentence's main
    subject is one person or thing, a "they" opening the next sentence means the group that sentence's verb has
    as its object (or its "with" object), when that is the one plural named there."""
    if t.dep_ != "nsubj" or t.tag_ not in ("NN", "NNP") or _is_group(t) and not _singular_coordination(t) \
            or t.head.i != t.sent.root.i \
            or t.sent.end != tok.sent.start or tok.i != tok.sent.start or tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = t.head
    objs = [c for c in verb.children if c.dep_ == "dobj"] + [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"]
    groups = [g for g in objs if _is_group(g)]
    plurals = [x for x in t.sent if x.tag_ in ("NNS", "NNPS") and x.ent_type_ not in _AMOUNTS]
    if len(groups) != 1 or len(plurals) != 1 or plurals[0].i != groups[0].i:
        return None
    return groups[0]


def _singular_coordination(t: Token) -> bool:
    """'Pratt & Whitney Canada has sent two technicians': a coordination its own verb group takes as one (a firm's
    name: "has", "is", "was" or a third-person "-s") is one body, no group a "they" means; two people agree in the
    plural ("Lopez and Okafor have left")."""
    if not any(c.dep_ == "conj" for c in t.children) or t.dep_ not in ("nsubj", "nsubjpass") \
            or not is_predicate(t.head):
        return False
    group = [t.head] + [c for c in t.head.children if c.dep_ in ("aux", "auxpass") and c.i < t.head.i]
    finite = next((g for g in group if g.tag_ in ("VBZ", "VBP") or g.lower_ in _BE_PAST), None)
    return finite is not None and (finite.tag_ == "VBZ" or finite.lower_ == "was")


def _possessor_of_other_gender_reporter(tok: Token) -> Token | None:
    """'The boy's mother said he had been ill since Friday': a "he"/"she" in what a person noun of the other gender
    reports is not that reporter; it is the person who owns the reporter's noun ("The boy"), when that one is not
    marked as the other gender too."""
    want = PRONOUN_GENDERS.get(tok.lower_)
    if not want or tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = tok.head
    while clause.dep_ in ("xcomp", "conj") and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp" or not lemma_in(clause.head, REPORTING_VERBS):
        return None
    speaker = subject_token(clause.head)
    if speaker is None or speaker.pos_ != "NOUN" or GENDER_OF_WORD.get(speaker.lower_) in (None, want):
        return None
    owner = next((c for c in speaker.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")), None)
    if owner is None or GENDER_OF_WORD.get(owner.lower_, want) != want or not (_is_person(owner) or owner.pos_ == "PROPN"):
        return None
    return owner


def _owns_their_object(t: Token, tok: Token) -> bool:
    """'Rovers lost their first three games of the season. They won on Saturday': the last sentence's main subject,
    a plural (or a name) whose own verb's object opens on "their", is what that "their" already takes up, and so
    what a "they" opening the next sentence means (other plurals there are its own things)."""
    if t.dep_ != "nsubj" or t.head.i != t.sent.root.i or t.sent.end != tok.sent.start or tok.i != tok.sent.start \
            or not (t.tag_ in ("NNS", "NNPS") or t.pos_ == "PROPN") or any(c.dep_ == "conj" for c in t.children):
        return False
    return any(c.dep_ == "dobj" and c.left_edge.lower_ == "their" and c.left_edge.dep_ == "poss"
               and c.left_edge.head.i == c.i for c in t.head.children)


def _plural_amount_free(span, but: set[int]) -> bool:
    # no other plural noun (an amount or a time aside) nor a plural pronoun in ``span`` that a "they" could mean
    return not any(x.i not in but and (x.tag_ in ("NNS", "NNPS") and x.ent_type_ not in _AMOUNTS
                                       or x.lower_ in PLURAL_PRONOUNS) for x in span)


def _reported_plural_things(t: Token, tok: Token) -> bool:
    """'Food prices have risen 9%, and the central bank has warned they will keep climbing until March': a "they"
    in a clause a singular reporter's verb reports, in the second conjunct of a sentence whose first conjunct's
    subject is a plural noun, stands for that noun (number rules out the reporter), when the plural is the only one
    before the pronoun and the pronoun's verb is one a thing does or undergoes (not "they will protest")."""
    if t.sent.start != tok.sent.start or t.tag_ != "NNS" or t.pos_ != "NOUN" or t.head.i != t.sent.root.i:
        return False
    clause = tok.head
    said = clause.head
    if tok.dep_ != "nsubjpass" and not (lemma_in(clause, CHANGE_VERBS) or lemma_in(clause, ASPECTUAL_VERBS)
                                        or lemma_in(clause, THING_VERBS)):
        return False
    if clause.dep_ != "ccomp" or not lemma_in(said, REPORTING_VERBS) or said.dep_ != "conj" or said.head.i != t.head.i:
        return False
    reporter = subject_token(said)
    if reporter is None or reporter.tag_ not in ("NN", "NNP") or _is_group(reporter):
        return False
    return _plural_amount_free(t.doc[t.sent.start:tok.i], {t.i})


def _plural_doers(t: Token, tok: Token) -> bool:
    """'The divers have searched the wreck since June. Last week, they recovered a bell': a "they" that is the main
    subject of its sentence (after a fronted time or place at most) and does something stands for the last
    sentence's main subject when that is a plural noun doing something to something (a doer, as people are, whatever
    word list names it), and nothing else plural is named there nor before the pronoun. Not for things that only
    change ("Prices rose. They protested": the prices are not the protesters)."""
    if t.tag_ != "NNS" or t.pos_ != "NOUN" or t.dep_ != "nsubj" or t.head.i != t.sent.root.i \
            or t.sent.end != tok.sent.start or tok.dep_ != "nsubj" or tok.head.i != tok.sent.root.i \
            or any(x.pos_ in ("NOUN", "PROPN", "PRON") and x.dep_ in ("nsubj", "nsubjpass")
                   for x in tok.doc[tok.sent.start:tok.i]):
        return False
    v = t.head
    if lemma_in(v, CHANGE_VERBS) or lemma_in(v, ASPECTUAL_VERBS) or lemma_in(v, THING_VERBS) or v.lemma_ == "be" \
            or lemma_in(v, REPORTING_VERBS) or not any(c.dep_ == "dobj" for c in v.children):
        return False  # a doer is shown by what it does to something
    return _plural_amount_free(t.sent, {t.i}) and _plural_amount_free(tok.doc[tok.sent.start:tok.i], set())


def _plural_things(t: Token, tok: Token) -> bool:
    """'Shares rose 4% on Friday. They have fallen 20% since January': a "they" opening its sentence stands for the
    last sentence's main subject when that is a plural noun of things and nothing else plural is named there
    ("Negotiations between the two unions stalled. They resumed": the unions may be meant) nor in the
    pronoun's own sentence before it; never for a saying (things do not report; they may be reported: "They were
    reported missing")."""
    root = t.sent.root
    # (or of the clause a singular reporter's verb reports: "The director said the paintings had been insured. They
    # were bought in 1962")
    main = t.head.i == root.i or t.head.dep_ == "ccomp" and t.head.head.i == root.i and lemma_in(root, REPORTING_VERBS)
    if t.tag_ != "NNS" or t.pos_ != "NOUN" or not main or tok.i != tok.sent.start \
            or t.sent.end != tok.sent.start or lemma_in(tok.head, REPORTING_VERBS) and tok.dep_ != "nsubjpass" \
            or _is_person(t):
        return False
    # only with what a thing can do or undergo ("They have fallen", "They will resume", "They were sold"): not
    # "They protested", "They blamed the dollar", "They won a pay rise" (people)
    if tok.dep_ != "nsubjpass" and not (lemma_in(tok.head, CHANGE_VERBS) or lemma_in(tok.head, ASPECTUAL_VERBS)
                                        or lemma_in(tok.head, THING_VERBS)):
        return False
    # (a plural that only modifies, or says what the subject's things are of, is no rival: "Rents for two-bedroom
    # flats rose ... They reached", "Egg prices climbed, the statistics office said. They hit a record")
    own = {x.i for x in t.subtree if not _is_group(x) and not _is_person(x)}
    return not any(x.i != t.i and x.tag_ in ("NNS", "NNPS") and x.ent_type_ not in _AMOUNTS
                   and x.dep_ != "compound" and x.i not in own
                   or x.lower_ in PLURAL_PRONOUNS and x.i != tok.i for x in t.sent)


def _raised_plural_object(tok: Token) -> Token | None:
    """'plans to start building the turbines in 2027 and expects them to power 300,000 homes': a "them" that a verb
    raises to the subject of its infinitive (``object_raising_verbs``) stands for the one plural noun before it in
    its sentence; None when there is none or more than one, or when that noun is the raising verb's own subject
    ("The engineers expect them to ...": someone else)."""
    clause = tok.head
    verb = clause.head
    if tok.lower_ != "them" or tok.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ not in ("ccomp", "xcomp") \
            or not has_to(clause) \
            or not is_predicate(verb) or not lemma_in(verb, OBJECT_RAISING_VERBS):
        return None
    plurals = [t for t in tok.doc[tok.sent.start:tok.i] if t.tag_ in ("NNS", "NNPS") and t.pos_ in ("NOUN", "PROPN")
               and t.ent_type_ not in _AMOUNTS and t.lemma_.lower() not in TIME_UNITS or t.lower_ in PLURAL_PRONOUNS]
    own = subject_token(verb)
    if len(plurals) != 1 or plurals[0].pos_ == "PRON" or own is not None and own.i == plurals[0].i:
        return None
    return plurals[0]


def _passive_patient(tok: Token) -> Token | None:
    """'Police arrested two men on Wednesday. They were charged on Thursday': a passive "they" opening its sentence
    takes up the people the sentence before acted on (its active main verb's plural object of people), not the doers;
    None when that sentence's verb is passive or has no such object, or names other people after it."""
    doc = tok.doc
    if tok.lower_ != "they" or tok.dep_ != "nsubjpass" or not _opens_sentence(tok) or tok.sent.start == 0:
        return None
    root = doc[tok.sent.start - 1].sent.root
    if root.pos_ != "VERB" or any(c.dep_ in ("auxpass", "nsubjpass") for c in root.children) \
            or subject_token(root) is None:
        return None
    obj = next((c for c in root.children if c.dep_ == "dobj"), None)
    if obj is None or obj.tag_ != "NNS" or not _is_group(obj) or any(c.dep_ == "conj" for c in obj.children):
        return None
    if any(x.i > obj.right_edge.i and (x.lower_ in PLURAL_PRONOUNS or x.pos_ in ("NOUN", "PROPN") and _is_group(x))
           for x in root.sent):
        return None
    return obj


def _plural_passive_thing(tok: Token) -> Token | None:
    """'... and ordered inspections of 40 bridges. She said they would be completed by June', 'Schulz said the twins
    would not be shown to visitors until March. They will be weighed next week': a passive "they" that opens its
    sentence, or a clause a singular speaker opening the sentence reports, stands for the one plural thing the
    sentence before names (plurals inside its phrase are its own: "of 40 bridges"), or for the passive subject of
    that sentence when the only other plural is its verb's prepositional object ("shown to visitors"). None when a
    person or group is the candidate or anything plural comes before the pronoun in its own sentence."""
    doc = tok.doc
    sent = tok.sent
    if tok.lower_ != "they" or tok.dep_ != "nsubjpass" or sent.start == 0:
        return None
    if tok.i != sent.start:
        clause, root = tok.head, sent.root
        who = subject_token(root) if clause.dep_ == "ccomp" and clause.head.i == root.i \
            and lemma_in(root, REPORTING_VERBS) else None
        if who is None or who.i > tok.i or not _opens_sentence(who) or who.tag_ in ("NNS", "NNPS") \
                or who.lower_ in PLURAL_PRONOUNS or _is_group(who):
            return None
    if any(x.tag_ in ("NNS", "NNPS") or x.lower_ in PLURAL_PRONOUNS for x in doc[sent.start:tok.i]):
        return None
    prev = doc[sent.start - 1].sent
    plurals = [x for x in prev if x.tag_ in ("NNS", "NNPS") and x.ent_type_ not in _AMOUNTS
               and x.lemma_.lower() not in TIME_UNITS or x.lower_ in PLURAL_PRONOUNS]
    idx = {x.i for x in plurals}
    tops = [x for x in plurals if not any(a.i in idx for a in x.ancestors)]
    if len(tops) == 1:
        cand = tops[0]
    else:
        cand = next((x for x in tops if x.dep_ == "nsubjpass"), None)
        if cand is None or not all(
                x.i == cand.i or x.dep_ == "pobj" and x.head.dep_ in ("prep", "dative") and x.head.head.i == cand.head.i
                for x in tops):
            return None
    if cand.pos_ != "NOUN" or cand.dep_ not in ("nsubj", "nsubjpass", "dobj") or _is_person(cand) or _is_group(cand):
        return None
    return cand


def _person_noun_subject(t: Token) -> bool:
    """A singular person noun as a clause's subject ("A former manager stole ..."), or a name the entity
    tagger left unlabelled: what a later "he"/"she" may stand for when no labelled name is in reach."""
    if t.dep_ not in ("nsubj", "nsubjpass") or t.ent_type_:
        return False
    if t.pos_ == "PROPN" and t.tag_ == "NNP":
        return not _named_thing(t)  # a name the tagger left unlabelled ("Torres had surgery"): most likely a person
    return t.tag_ == "NN" and lemma_in(t, PERSON_NOUNS) \
        and not any(c.dep_ == "compound" and c.ent_type_ == "PERSON" for c in t.children)


def _person_noun_object(t: Token) -> bool:
    """'Police arrested a former banker in Madrid, where he faces charges': a singular person noun in an object
    or apposition slot of the pronoun's own sentence, which a "he"/"she" after it may stand for when no name or
    person subject of that sentence comes before it."""
    return t.dep_ in ("dobj", "pobj", "appos", "attr", "dative") and not t.ent_type_ and t.tag_ == "NN" \
        and lemma_in(t, PERSON_NOUNS) and not any(c.dep_ == "compound" and c.ent_type_ == "PERSON" for c in t.children) \
        and not _role_of_subjectless(t)


def _role_of_subjectless(t: Token) -> bool:
    """'Before becoming president in 2017, he ...', 'After serving as mayor, she ...': a person noun that is the
    role of a verb with no subject of its own (a gerund, participle or infinitive) is what its doer was or became,
    no one else."""
    verb = t.head.head if t.dep_ == "pobj" and t.head.lower_ == "as" else t.head
    if t.dep_ not in ("attr", "oprd") and verb is t.head:
        return False
    return verb.tag_ in ("VBG", "VBN", "VB") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _antecedent_name(tok: Token, skip: frozenset[int] | set[int] = frozenset()) -> list[Token] | Token | None:
    """The most recent name a personal pronoun fits (its tokens); with no name in reach, the most recent
    person noun subject (the token). ``skip``: the dateline's words, which name where the story was filed,
    never whom a pronoun means ("OTTAWA — ... before it was shut")."""
    labels = PERSONAL_PRONOUNS.get(tok.lower_)
    if not labels or (tok.lower_ in ("it", "its") and tok.dep_ != "poss" and _placeholder_it(tok)):
        return None
    doc = tok.doc
    lo = _window_start(tok, skip)
    # the most recent name with a fitting label, scanning back from the pronoun
    i = tok.i - 1
    noun_subject = None
    prefer = _last_person_noun_subject(tok) if "PERSON" in labels else None
    if prefer is not None and tok.dep_ == "nsubjpass" and prefer.head.dep_ == "ccomp" \
            and prefer.sent.start != tok.sent.start and lemma_in(prefer.head.head, REPORTING_VERBS):
        # "Inspector Mark Hughes said the teenager was seen near the site. He was released on bail": what is done
        # to the "he" is done to the person the speaker spoke of, not to the speaker (who only reports)
        return prefer
    own_noun = None
    weak = None  # a name a part is played of ("he played Otto Lenz"): taken only when no other name fits
    # surnames whose clause shows the pronoun means someone else (_speaks_of_another), and the nearest of them, which
    # is still the pronoun's when the lead names no one else
    excluded: set[str] = set()
    first_excluded: list[Token] | None = None
    while i >= lo:
        t = doc[i]
        if own_noun is not None and i < tok.sent.start:
            return own_noun  # no name or subject of its own sentence came before it: the person noun there
        if "PERSON" in labels and t.pos_ == "PROPN" and (t.lower_ in excluded or _speaks_of_another(t, tok)):
            # (another mention of the same surname, "Rovers coach Paul Grant said ...", is the same person)
            first = not excluded
            excluded.add(t.lower_)
            if first:
                first_excluded = [x for x in t.subtree if x.ent_type_ == "PERSON" and x.i <= t.i] or [t]
                # whom the speaker spoke of is the story's own person, before any name further back ("arrives from
                # Porto. '"He is quick," coach Martin Reyes said. He made his debut ...')
                lead = _lead_person(tok, skip, excluded)
                if lead is not None:
                    return lead
            i = min(i, t.left_edge.i) - 1
            continue
        if own_noun is None and "PERSON" in labels and t.sent.start == tok.sent.start and _person_noun_object(t):
            own_noun = t
        if noun_subject is None and "PERSON" in labels and tok.dep_ in ("nsubj", "nsubjpass") \
                and _person_noun_subject(t) and not _owned_by_the_same(t, tok) \
                and not _other_gender(tok, _speaker_name(t)):
            if t.sent.start == tok.sent.start:
                return t  # in the pronoun's own sentence it is nearer than any name before
            noun_subject = t
        if "PERSON" in labels and t.pos_ == "PROPN" and t.ent_type_ == "PERSON" and t.dep_ not in ("compound", "flat"):
            focus = _name_out_of_focus(t, tok, skip)
            if focus is not None:
                kind, found = focus
                if kind == "instead":
                    return found
                if kind == "weak" and weak is None:
                    weak = found
                i = min(i, t.left_edge.i) - 1
                continue
        if "ORG" in labels and t.dep_ != "compound" and _named_thing(t):
            # a company the entity tagger took for a person or missed ("Respira Biotech, a Belgian company")
            return _thing_name(t)
        if "PERSON" in labels and t.ent_type_ not in labels and t.dep_ != "compound" and (
                t.pos_ == "PROPN" or _titlecase_noun_subject(t)):
            # a person's name the entity tagger took for an organisation or missed ("Ana Reyes"): its first
            # name says so
            name = [c for c in t.subtree if c.i < t.i and c.dep_ == "compound" and c.pos_ == "PROPN"] + [t]
            earlier = _earlier_person_mention(t) or _earlier_first_named(t) \
                or (_earlier_titled_name(t) if _says_of_self(t, tok) else None) if len(name) == 1 else None
            if earlier is not None:
                # a surname alone the tagger took for a thing, which an earlier mention names as a person
                # ("Foreign Minister Anna Lindqvist ... Lindqvist's first stop ..., where she spoke")
                if not _other_gender(tok, earlier):
                    return _unless_subject_before(prefer, name)
                i -= 1
                continue
            formed = _person_name_form(t)
            if formed and formed[0].i >= lo and not _named_thing(t):
                # "Dutch defender Luuk de Vries", "De Vries": a title or a name particle says a person
                if not _other_gender(tok, formed):
                    return _subject_name_instead(tok, formed) or _unless_subject_before(prefer, formed)
                i = formed[0].i - 1
                continue
            if len(name) > 1 and (name[0].lower_ in GENDER_OF_WORD or _who_mention(t)) and name[0].i >= lo:
                if not _other_gender(tok, name):
                    # (as any name: the last sentence's subject wins over one in an object slot, "beating top seed
                    # Ana Petrova ... The 22-year-old Croatian ... She")
                    return _subject_name_instead(tok, name) or _unless_subject_before(prefer, name)
                i = name[0].i - 1
                continue
        if t.ent_type_ == "PERSON" and _place_object(t):
            i -= 1  # "lived in Valencia": a name the entity tagger took for a person's after "in" is a place
            continue
        if t.ent_type_ == "PERSON" and t.lower_ in _HOLIDAY_NAMES and t.ent_iob_ == "B" \
                and (t.i + 1 == len(doc) or doc[t.i + 1].ent_iob_ != "I"):  # (a name of one word: not "Tom Easter")
            i -= 1  # "after the Easter floods of 1998. In 2007 she ...": a feast the entity tagger took for a person
            continue
        if t.ent_type_ in ("GPE", "LOC", "ORG") and _place_object(t) and _body_spoken_for(tok):
            i -= 1  # "Unions in Lyon struck. A spokesman said it would ...": the speaker's body, not the setting (a one-word
            # name after "in" is a place, whatever the entity tagger calls it)
            continue
        if t.ent_type_ != "PERSON" and _in_person_title(t):
            i -= 1  # "Social Affairs Minister Eddy van Hijum": a ministry in a title names no one an "its" means
            continue
        if t.ent_type_ in labels and "ORG" in labels and t.dep_ == "compound" and t.head.pos_ == "NOUN":
            i -= 1  # "since the COVID-19 pandemic. It will ...": a name modifying a common noun is no "it"
            continue
        if t.ent_type_ in labels and "PERSON" not in labels and (
                _person_by_mention(_name_head(t)) or _full_person_name_before(_name_head(t))):
            # "Quell, 41, was born in Ibadan ... It was shortlisted": a person's name the tagger took for a firm's
            i = min(i, _name_head(t).left_edge.i) - 1
            continue
        if t.ent_type_ in labels and "ORG" not in labels and _named_thing_before(_name_head(t), tok.i):
            # "kept the light burning on Skerry Rock, a treeless island ... He arrived": a name its own phrase shows
            # to be a place or a thing is no "he" or "she"
            i = min(i, _name_head(t).left_edge.i) - 1
            continue
        if t.ent_type_ in labels:
            end = i + 1
            while i > lo and doc[i].ent_iob_ != "B":
                i -= 1
            # a first name the entity tagger left out of the name ("Ana" in "Ana Lucia Reyes")
            while i > lo and "PERSON" in labels and doc[i - 1].pos_ == "PROPN" and not doc[i - 1].ent_type_ \
                    and doc[i - 1].dep_ == "compound" and doc[i - 1].head.i in range(i, end) \
                    and not lemma_in(doc[i - 1], PERSON_NOUNS):  # not a title ("Prime Minister Lena Ortiz")
                i -= 1
            toks = [x for x in doc[i:end] if not (x.i == i and x.lower_ == "the") and x.tag_ != "POS"]
            if toks and _other_gender(tok, toks):
                i -= 1
                continue
            if "PERSON" in labels and len(toks) == 1 and toks[0].dep_ == "pobj":
                # "signed winger Pieter van Damme from Genk": a one-word name after a preposition (a club the tagger
                # took for a person) gives way to a name its sentence shows to be a person's before it
                formed = next((f for f in (_person_name_form(y) for y in doc[max(lo, t.sent.start):toks[0].i])
                               if f and not _other_gender(tok, f)), None)
                if formed:
                    toks = formed
            return _subject_name_instead(tok, toks) or _unless_subject_before(prefer, toks) or None
        i -= 1
    # no name at all: the person noun subject of an earlier sentence (a name there, even an earlier one, wins:
    # the tagger misses names more often than a story switches to an unnamed person)
    return own_noun or noun_subject or _chained_name(tok, lo, skip) or (weak and _own_clause_pronoun(tok, skip)) \
        or weak or _last_person_object(tok) or first_excluded  # (the lead's person was tried when it was passed over)


def _body_spoken_for(tok: Token) -> bool:
    """Whether ``tok`` is an active "it" doing what a clause says, reported by one person noun ("The owner said it
    would sell the carrier", "A spokesman said it would appeal"): the body that person speaks for, which a place
    named as the setting of an earlier clause ("in Lyon") is not."""
    clause = tok.head
    if tok.lower_ != "it" or tok.dep_ != "nsubj" or clause.dep_ != "ccomp" or not lemma_in(clause.head, REPORTING_VERBS):
        return False
    said = subject_token(clause.head)
    return said is not None and said.pos_ == "NOUN" and said.tag_ == "NN" and lemma_in(said, PERSON_NOUNS)


def _own_clause_pronoun(tok: Token, skip: frozenset[int] | set[int]) -> list[Token] | Token | None:
    """'He is survived by his wife': what the subject pronoun of the possessive ``tok``'s own clause, of its
    gender and before it, stands for; asked only when the one name in reach is a part played."""
    pred = _clause_predicate(tok) if tok.dep_ == "poss" else None
    subj = subject_token(pred) if pred is not None else None
    if subj is None or subj.i >= tok.i or subj.pos_ != "PRON" or _chain.get() >= _CHAIN_DEPTH \
            or PRONOUN_GENDERS.get(subj.lower_) != PRONOUN_GENDERS.get(tok.lower_):
        return None
    return _pronoun_referent(subj, skip)


def _name_words(head: Token) -> list[Token]:
    """The words of the person's name whose last word is ``head`` ("Frank Sinatra" for "Sinatra")."""
    return [c for c in head.subtree if c.i < head.i and c.dep_ in ("compound", "flat") and c.pos_ == "PROPN"
            and c.ent_type_ == "PERSON"] + [head]


def _name_out_of_focus(head: Token, tok: Token, skip: frozenset[int] | set[int]) -> tuple[str, object] | None:
    """Why the person's name ending in ``head`` is not what the "he"/"she" ``tok`` means, however near:

    * ("skip") ``tok`` is inside a relative clause on the name: "Frank Sinatra, whom he teased in 1957": the
      clause's "he" is someone else, the name is its object;
    * ("instead", the referent) the name carries a relative clause whose own subject is a pronoun of ``tok``'s
      gender ("... and Frank Sinatra, whom he teased from the stage, became a friend. He appeared on ..."): that
      pronoun's person is the one the story is about, and a later one of the same gender goes on meaning them;
    * ("weak", the name) it names a part someone plays ("In 2003 he played Otto Lenz. He won an award"): a
      role, taken only when no other name in reach fits.

    None when none of these holds."""
    for rel in (c for c in head.children if c.dep_ == "relcl"):
        if rel.left_edge.i <= tok.i <= rel.right_edge.i:
            if any(g.dep_ == "nsubj" and g.lower_ == "who" for g in rel.children):
                return None  # "Ramon Ibarra, who made it a promise when he ran for office": the clause is the name's own
            return "skip", None
        gender = PRONOUN_GENDERS.get(tok.lower_)
        inner = next((g for g in rel.children if g.dep_ in ("nsubj", "nsubjpass") and gender
                      and PRONOUN_GENDERS.get(g.lower_) == gender), None)
        if inner is not None and inner.i < tok.i and _chain.get() < _CHAIN_DEPTH:
            found = _pronoun_referent(inner, skip)
            if found is not None and (head not in found if isinstance(found, list) else found.i != head.i):
                return "instead", found
    if head.dep_ == "dobj" and lemma_in(head.head, ROLE_PLAYING_VERBS):
        return "weak", _name_words(head)
    if head.dep_ == "pobj" and head.sent.start != tok.sent.start:
        # "In 1998 she played an innkeeper in a film by Joao Botelho. She is survived by ...": a name only in a
        # phrase of a clause whose subject is a pronoun of the same gender leaves that subject the story's person
        subj, t = None, head
        for _ in range(8):  # up to the first clause with a subject of its own ("widowed" in "a widowed innkeeper" has none)
            if t.head.i == t.i:
                break
            t = t.head
            subj = subject_token(t) if is_predicate(t) else None
            if subj is not None:
                break
        if subj is not None and subj.i < head.i and subj.pos_ == "PRON" and subj.dep_ in ("nsubj", "nsubjpass") \
                and PRONOUN_GENDERS.get(subj.lower_) and PRONOUN_GENDERS.get(subj.lower_) == \
                PRONOUN_GENDERS.get(tok.lower_) and _chain.get() < _CHAIN_DEPTH:
            found = _pronoun_referent(subj, skip)
            if found is not None:
                return "instead", found
    return None


def _resolve_deeper(pron: Token, skip: frozenset[int] | set[int]) -> Referent:
    """``resolve(pron)`` one step deeper in a chain of pronouns (the depth bounds a chain that loops)."""
    depth = _chain.set(_chain.get() + 1)
    try:
        return resolve(pron, skip)
    finally:
        _chain.reset(depth)


def _pronoun_referent(pron: Token, skip: frozenset[int] | set[int]) -> list[Token] | Token | None:
    """What the pronoun ``pron`` was resolved to (its name's words, or the token), one step deeper in the chain;
    None when it stays open."""
    ref = _resolve_deeper(pron, skip)
    if not ref.pronoun:
        return None
    return ref.name_tokens or (ref.head if ref.head is not None and ref.head.i != pron.i else None)


def _last_person_object(tok: Token) -> Token | None:
    """'Police arrested a 32-year-old man on Friday. He was charged ...': a "he"/"she" opening its sentence, with
    no name in reach, stands for the last sentence's object when that is the one singular person it names (a
    person noun, "man", "a 32-year-old") and its subject cannot be meant (a plural, a body)."""
    if PRONOUN_GENDERS.get(tok.lower_) is None or tok.dep_ not in ("nsubj", "nsubjpass") or tok.i != tok.sent.start \
            or tok.i == 0:
        return None
    root = tok.doc[tok.i - 1].sent.root
    subj = subject_token(root) if is_predicate(root) else None
    if subj is None or _fits(subj, "person"):
        return None
    people = [t for t in root.sent if t.ent_type_ == "PERSON" or t.pos_ == "NOUN" and t.tag_ == "NN"
              and (lemma_in(t, PERSON_NOUNS) or _aged(t))]
    obj = next((c for c in root.children if c.dep_ == "dobj"), None)
    if obj is None and lemma_in(root, REPORTING_VERBS):
        # "Police said they had detained a 47-year-old man. He was arrested on Saturday": the object of what was
        # reported, when the reported clause's own subject cannot be meant either (the reporters again, a body)
        clause = next((c for c in root.children if c.dep_ == "ccomp"), None)
        inner = subject_token(clause) if clause is not None and is_predicate(clause) else None
        if inner is not None and PRONOUN_GENDERS.get(inner.lower_) is None and not _fits(inner, "person"):
            obj = next((c for c in clause.children if c.dep_ == "dobj"), None)
    if obj is None or people != [obj] or obj.ent_type_ or _other_gender(tok, [obj]):
        return None
    return obj


def _aged(t: Token) -> bool:
    """'a 32-year-old man', 'a 32-year-old': a noun described by its age in years."""
    return any(c.dep_ == "amod" and c.lower_ == "old" and any(g.lemma_.lower() == "year" for g in c.children)
               for c in t.children)


# how many sentences before the window a chain may look for its last pronoun ("The studio won ... It employed ...
# He retired"): only over sentences that name no one
_CHAIN_REACH = 3


def _pronoun_further_back(doc, lo: int, gender: str, skip: frozenset[int] | set[int]) -> Token | None:
    """The nearest pronoun of ``gender`` in the :data:`_CHAIN_REACH` sentences before ``lo`` (the window's
    start), when nothing between names someone else (:func:`_someone_else`) and every word there was parsed
    (a sentence the selective path left unparsed may name someone); None otherwise."""
    floor = _past_skip(skip)
    start = _sentences_back(doc, lo, _CHAIN_REACH, floor)
    for j in range(lo - 1, start - 1, -1):
        t = doc[j]
        if not t.dep_ and not t.is_space:
            return None
        if PRONOUN_GENDERS.get(t.lower_) == gender and t.dep_ in ("nsubj", "nsubjpass"):
            return t
        if _someone_else(t) or PRONOUN_GENDERS.get(t.lower_) not in (None, gender):
            return None
    return None


# how many pronouns back a chain of the same pronoun may be followed (each one resolved in its own window)
_CHAIN_DEPTH = 6
# the depth of the chain being followed now: per thread and task, so that pipelines in parallel threads never
# share it (the resolution is recursive through resolve, whose signature stays the one every caller uses)
_chain: ContextVar[int] = ContextVar("coref_chain_depth", default=0)


def _chained_name(tok: Token, lo: int, skip: frozenset[int] | set[int]) -> list[Token] | None:
    """'... Dr. Okafor studied medicine ... "We worked for days," she recalled. In 1976 she opened ...': with no
    name in reach, a subject "she"/"he" stands for the name the nearest earlier subject "she"/"he" in reach was
    resolved to; a profile speaks of its one protagonist that way for paragraphs. Not inside a quotation (whom a
    speaker means is theirs to say), and not when anyone else is named or a person noun stands between the two
    (the story may have turned to them). Followed at most :data:`_CHAIN_DEPTH` pronouns back."""
    gender = PRONOUN_GENDERS.get(tok.lower_)
    # (a "his"/"her" on a subject goes the same way: "... In 2019 he was named banker of the year. His lawyer said")
    owner_of_subject = tok.dep_ == "poss" and tok.head.dep_ in ("nsubj", "nsubjpass")
    if gender is None or tok.dep_ not in ("nsubj", "nsubjpass") and not owner_of_subject \
            or _chain.get() >= _CHAIN_DEPTH or _in_quotation(tok):
        return None
    doc = tok.doc
    prev = next((t for t in reversed(doc[lo:tok.i]) if PRONOUN_GENDERS.get(t.lower_) == gender
                 and t.dep_ in ("nsubj", "nsubjpass")), None) or _pronoun_further_back(doc, lo, gender, skip)
    if prev is None or _in_quotation(prev) or any(_someone_else(t) and not _named_other_gender(t, tok)
                                                  and not _person_noun_of_other_gender(t, tok)
                                                  and not _speaks_of_another(t, tok)
                                                  for t in doc[prev.i + 1:tok.i]):
        return None
    ref = _resolve_deeper(prev, skip)
    if not ref.pronoun:
        return None
    if ref.name_tokens:
        return ref.name_tokens
    head = ref.head
    if head is not None and head.ent_type_ == "PERSON" and head.pos_ == "PROPN":
        return [x for x in head.subtree if x.i <= head.i and x.ent_type_ == "PERSON"] or [head]
    return None


def _person_noun_of_other_gender(t: Token, pronoun: Token) -> bool:
    """Whether the person noun ``t`` is marked as the other gender than ``pronoun``'s, by itself ("her husband") or
    by the name set beside it ("she married the chemist Paul Brandt", "the architect Tom Calder"): no one a later
    "she" could mean, so a profile's chain of "she" runs on past the spouse."""
    if t.ent_type_ == "PERSON" or not (t.tag_ in ("NN", "NNP") and lemma_in(t, PERSON_NOUNS)):
        return False
    want = PRONOUN_GENDERS.get(pronoun.lower_)
    got = GENDER_OF_WORD.get(t.lower_)
    if got is None:
        name = next((c for c in t.children if c.dep_ == "appos" and c.ent_type_ == "PERSON" and c.pos_ == "PROPN"), None)
        if name is None:
            return False
        got = _name_gender(_name_words(name))
    return want is not None and got is not None and got != want


def _named_other_gender(t: Token, pronoun: Token) -> bool:
    """Whether ``t`` is a word of a name the text marks as the other gender than ``pronoun``'s ("She replaces
    Tarek Odum, who announced his departure ... she will start": Odum is no "she" the chain passes over)."""
    if t.ent_type_ != "PERSON" or t.pos_ != "PROPN":
        return False
    head = _name_head(t)
    name = [c for c in head.subtree if c.i < head.i and c.dep_ in ("compound", "flat") and c.pos_ == "PROPN"] + [head]
    return _other_gender(pronoun, name)


def _someone_else(t: Token) -> bool:
    """A name or a singular person noun a "she"/"he" could mean instead of the chain's one; not a role its
    subject is given ("She retired as its director", "he became chairman")."""
    if t.ent_type_ != "PERSON" and not (t.tag_ in ("NN", "NNP") and lemma_in(t, PERSON_NOUNS)):
        return False
    if t.ent_type_ == "PERSON" and _name_head(t).dep_ == "dobj" and lemma_in(_name_head(t).head, ROLE_PLAYING_VERBS):
        return False  # a part played ("he voiced Mr. Potato Head") is no one else
    return not (t.dep_ in ("attr", "oprd") or t.dep_ == "pobj" and t.head.lower_ == "as")


def _lead_person(tok: Token, skip: frozenset[int] | set[int], excluded: set[str]) -> list[Token] | None:
    """The person the story's first sentence is about, for a "he" or "she" whose nearest names are shown to mean
    someone else (:func:`_speaks_of_another`, their surnames ``excluded``): '"He is quick," Maas said. He made his
    debut ...' after a lead on the striker Thiago Alves. The first named person subject of any of its clauses
    ("Finance Minister Katarzyna Nowak will present ..., her spokesman said"), else its first named person object
    ("Coach Paul Grant dropped striker Thiago Alves on Monday"), never an excluded one; None when there is none of
    the pronoun's gender."""
    doc = tok.doc
    first = doc[_past_skip(skip)].sent
    if first.start >= tok.sent.start:
        return None
    for deps in (("nsubj", "nsubjpass"), ("dobj",)):
        for cand in (c for c in first if c.dep_ in deps):
            # (a name the entity tagger missed whose title says a person: "Sprinter Chloe Mbeki broke ...")
            name = [x for x in cand.subtree if x.ent_type_ == "PERSON" and x.i <= cand.i] \
                if cand.ent_type_ == "PERSON" else _person_name_form(cand) or _untagged_name_told_again(cand, tok)
            if name and name[-1].lower_ not in excluded and not _other_gender(tok, name):
                return name
            if deps != ("dobj",) and name:
                break  # (only the first named subject: a later one is no lead)
    return None


def _untagged_name_told_again(cand: Token, tok: Token) -> list[Token]:
    """'Sprinter Chloe Mbeki broke the record ... "Chloe is fearless," her coach said. She turned professional':
    a two-word name the entity tagger left untagged in the lead, whose first word a later sentence before the
    pronoun names as a person, is a person's name. Empty otherwise."""
    if cand.pos_ != "PROPN" or cand.ent_type_:
        return []
    words = [x for x in cand.subtree if x.i <= cand.i and x.pos_ == "PROPN" and x.dep_ in ("compound", "flat")
             and x.i == cand.i - 1] + [cand]
    if len(words) != 2:
        return []
    first = words[0].lower_
    return words if any(x.lower_ == first and x.ent_type_ == "PERSON" for x in tok.doc[cand.sent.end:tok.i]) else []


def _speaks_of_another(name: Token, pron: Token) -> bool:
    """Whether the name's own clause shows that a "he" or "she" after it means someone else: the name does something
    to a "her" ("Opposition leader Marek Wisniewski accused her on Tuesday of ... She met ..."), or says a quotation
    about a "he" ('"He is quick, he is clever," Maas said. He made his debut ...'; also a name in apposition to the
    speaker, "his lawyer, Mark Kent, said"): a third person spoken of, not the speaker. Only the clause of a subject
    (or of its apposition), and only a pronoun of the same gender as ``pron``. Not when the pronoun's own clause goes
    on with the speaker's words ("He added on Tuesday ...", "He also confirmed ...": a reporting verb or "also")."""
    gender = PRONOUN_GENDERS.get(pron.lower_)
    subj = name.head if name.dep_ == "appos" else name
    if gender is None or subj.dep_ not in ("nsubj", "nsubjpass") or name.sent.start == pron.sent.start:
        return False
    verb = subj.head
    if any(c.dep_ in ("dobj", "dative") and c.tag_ == "PRP" and PRONOUN_GENDERS.get(c.lower_) == gender
           and c.lower_ not in PRONOUN_GENDERS_SUBJECT for c in verb.children):
        return True
    if not lemma_in(verb, REPORTING_VERBS) or _goes_on_speaking(pron):
        return False
    quoted = _quoted_tokens(name.sent, subj.left_edge.i)
    # (or names another person as its subject: '"Robert is a talented legislator," Ng said. He won ...')
    return any(x.dep_ == "nsubj" and (x.lower_ in PRONOUN_GENDERS_SUBJECT and PRONOUN_GENDERS.get(x.lower_) == gender
                                      or x.ent_type_ == "PERSON" and x.lower_ != name.lower_) for x in quoted)


def _quoted_tokens(sent, end: int) -> list[Token]:
    """The tokens of ``sent`` before index ``end`` that stand inside quotation marks, in one pass (as
    :func:`_in_quotation` reads each token alone)."""
    out, inside = [], False
    for x in sent:
        if x.i >= end:
            break
        if x.text in QUOTES and x.tag_ != "POS":
            inside = not inside
        elif inside:
            out.append(x)
    return out


def _goes_on_speaking(pron: Token) -> bool:
    """'"He is quick," Grant said. He added ...', 'He also confirmed ...': the pronoun's clause reports more words
    (a reporting verb) or adds to what was said ("also"), which the speaker goes on to do."""
    verb = pron.head
    return lemma_in(verb, REPORTING_VERBS) or any(c.lower_ in ALSO_WORDS for c in verb.children)


def _in_quotation(tok: Token) -> bool:
    """Whether ``tok`` stands inside quotation marks in its sentence (an odd number of them before it)."""
    return sum(1 for t in tok.doc[tok.sent.start:tok.i] if t.text in QUOTES and t.tag_ != "POS") % 2 == 1


# prepositions after which a one-word name is a place, whatever the entity tagger says ("lived in Valencia")
_PLACE_PREPOSITIONS = frozenset({"in", "near", "outside"})


def _place_object(t: Token) -> bool:
    """A one-word name as the object of a place preposition ("in Valencia", "near Carletonville"), or of a "from"
    that says where a person noun's person comes from ("a nurse from Malmo"; not "a call from Smith")."""
    return t.dep_ == "pobj" and (t.head.lower_ in _PLACE_PREPOSITIONS or t.head.lower_ == "from"
                                 and t.head.head.pos_ == "NOUN" and lemma_in(t.head.head, PERSON_NOUNS)) \
        and t.ent_iob_ == "B" and (t.i + 1 >= len(t.doc) or t.doc[t.i + 1].ent_iob_ != "I")


def _in_person_title(t: Token) -> bool:
    """A word of a title before a person's name or a person noun ("Social Affairs" in "Social Affairs Minister
    Eddy van Hijum", "Foreign Affairs" in "the Foreign Affairs minister")."""
    head = t
    for _ in range(4):
        if head.dep_ != "compound" or head.head.i == head.i:
            break
        head = head.head
    return head.i != t.i and (head.ent_type_ == "PERSON" or lemma_in(head, PERSON_NOUNS))


def _last_person_noun_subject(tok: Token) -> Token | None:
    """For a subject pronoun opening a sentence, the last sentence's main subject when that is a person noun the
    pronoun fits ("The singer, who grew up in Ohio, won a Grammy. She has not performed since")."""
    if tok.i != tok.sent.start or tok.i == 0 or tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    root = tok.doc[tok.i - 1].sent.root
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    said = _attributed_clause(root, subj)
    if said is not None:
        # "Marco Bellini denies wrongdoing, his lawyer said. He was arrested": a trailing attribution's speaker is
        # no topic of the story; the reported clause's subject is the sentence's main one
        root, subj = said, next((c for c in said.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.pos_ != "NOUN":
            return None  # a name there is found by the scan for names, and no person noun claims the pronoun
    reported = _reported_person_noun(root, subj, tok)
    if reported is not None:
        return reported
    if subj is not None and subj.dep_ == "nsubjpass" and not _is_person(subj):
        # "The letters were discovered in June by a builder. He handed them ...": a passive's doer is its sentence's
        # person
        subj = next((g for c in root.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        if subj is not None and (subj.tag_ != "NN" or subj.ent_type_ or not lemma_in(subj, PERSON_NOUNS)):
            return None
        return None if subj is None or _other_gender(tok, [subj]) else subj
    if subj is not None and subj.dep_ == "nsubj" and not subj.ent_type_ == "PERSON" \
            and (_nationality_noun(subj) or _aged(subj) and subj.tag_ in ("NN", "NNP")) \
            and not _other_gender(tok, [subj]) and not _epithet_of_other_gender(subj, tok):
        # "The 27-year-old Croatian, who turned professional in 2008, reached the final. She had lost ...": the
        # story's epithet for its person, by age or nationality, is the last sentence's person subject too
        return subj
    if subj is None or not _person_noun_subject(subj) or subj.pos_ != "NOUN" or _other_gender(tok, [subj]):
        return None
    return subj


def _reported_person_noun(root: Token, subj: Token | None, tok: Token) -> Token | None:
    """'Inspector Claire Bowen said the suspect was arrested on Saturday. He appeared before magistrates on Monday':
    the person noun subject of what the last sentence's speaker reports ("the suspect") is who the next sentence's
    "he"/"she" goes on about, not a name further back ("The victim, named as Sunil Dhar, ..."); not when the
    pronoun's own verb reports too ("He added ...": the speaker still speaking). A named speaker who is a subject
    keeps its claim as any subject name does (:func:`_unless_subject_before`)."""
    if subj is None or subj.dep_ != "nsubj" or subj.i > root.i or not lemma_in(root, REPORTING_VERBS) \
            or lemma_in(tok.head, REPORTING_VERBS):
        return None
    clause = next((c for c in root.children if c.dep_ == "ccomp" and c.i > root.i), None)
    inner = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None) if clause is not None \
        else None
    if inner is None or inner.pos_ != "NOUN" or not _person_noun_subject(inner) or _other_gender(tok, [inner]):
        return None
    return inner


def _epithet_of_other_gender(epithet: Token, tok: Token) -> bool:
    """Whether the epithet ``epithet`` ("The 24-year-old Briton") takes up a name of the other gender than the
    pronoun ``tok``: the named subject of the sentence before the epithet's, whom a story's epithet stands for
    ("Tom Hart won in Rome. The 24-year-old Briton will rise to No. 8. She ...": not the Briton)."""
    start = epithet.sent.start
    if start == 0:
        return False
    before = subject_token(epithet.doc[start - 1].sent.root)
    if before is None:
        return False
    name = [t for t in before.subtree if t.pos_ == "PROPN" and t.i <= before.i]
    return bool(name) and _other_gender(tok, name)


def _attributed_clause(root: Token, subj: Token | None) -> Token | None:
    """The reported clause before a trailing attribution ("Bellini denies wrongdoing, his lawyer said"): the
    reporting verb ``root``'s complement, when the verb's subject ``subj`` comes after it; None otherwise."""
    if subj is None or subj.dep_ != "nsubj" or not lemma_in(root, REPORTING_VERBS):
        return None
    return next((c for c in root.children if c.dep_ in ("ccomp", "parataxis") and c.right_edge.i < subj.i
                 and c.i < root.i), None)


def _unless_subject_before(prefer: Token | None, name: list[Token]) -> list[Token] | Token:
    """``name``, unless the last sentence's person subject ``prefer`` is meant instead: when the name is no
    subject itself ("Her manager, Rick Salas, said ...", an apposition or object), the story's subject wins; a
    name that is a subject ("Daniel Okafor was convicted. The judge resigned. He ...") keeps its claim, not one
    only of a clause inside an earlier sentence or inside the person's own ("Prosecutors said Dunleavy took bribes.
    The company's owner testified against him. He was sentenced": the owner)."""
    if prefer is not None and name and name[-1].dep_ == "appos" and name[-1].head.i == prefer.i:
        return name  # "was found by a farmer, Jonas Pell, on Sunday. He said": the name says who the noun is
    if prefer is not None and name and (
            name[-1].dep_ not in ("nsubj", "nsubjpass")
            or name[-1].head.i != name[-1].sent.root.i and prefer.sent.start >= name[-1].sent.start):
        return prefer
    return name


def _name_gender(toks: list[Token]) -> str | None:
    """"female"/"male" when the words say so (``gendered_words``): a first name in the name, else a title or
    person noun just before it ("Mrs Okafor", "spokeswoman Ana Ruiz"); None when they do not."""
    for x in toks:
        if x.lower_.rstrip(".") in GENDER_OF_WORD:
            return GENDER_OF_WORD[x.lower_.rstrip(".")]
    doc = toks[0].doc
    j = toks[0].i - 1
    lo = max(toks[0].sent.start, toks[0].i - 3)
    while j >= lo and doc[j].pos_ in ("NOUN", "PROPN"):
        if doc[j].lower_.rstrip(".") in GENDER_OF_WORD:
            return GENDER_OF_WORD[doc[j].lower_.rstrip(".")]
        j -= 1
    # a name set beside a gendered person noun, either way round ("his wife, the soprano Maja Lind"; "Maja Lind,
    # his wife")
    head = toks[-1]
    beside = [head.head] if head.dep_ == "appos" else []
    beside += [c for c in head.children if c.dep_ == "appos"]
    for b in beside:
        if b.pos_ == "NOUN" and b.lower_ in GENDER_OF_WORD:
            return GENDER_OF_WORD[b.lower_]
    return None


def _other_gender(pronoun: Token, toks: list[Token]) -> bool:
    """Whether the name ``toks`` is marked as the other gender than ``pronoun``'s (by its own words, or for a
    surname alone by the earlier mention that gave the whole name: "Tom Berg ... Berg's first stop")."""
    want = PRONOUN_GENDERS.get(pronoun.lower_)
    got = _name_gender(toks) if want else None
    if want and got is None and len(toks) == 1 and toks[0].pos_ == "PROPN":
        earlier = _earlier_person_mention(toks[0])
        if earlier is not None and len(earlier) > 1 and not _surname_shared(toks[0], earlier):
            got = _name_gender(earlier) or _pronoun_marked_gender(earlier)
    if want and got is None and len(toks) == 1 and toks[0].pos_ == "PROPN":
        # a surname alone after a first name the entity tagger did not label a person's ("her coach, Arjun Das,
        # ... Das said she would")
        earlier = _earlier_first_named(toks[0])
        if earlier is not None and not _surname_shared(toks[0], earlier):
            got = _name_gender(earlier)
    if want and got is None and toks:
        got = _pronoun_marked_gender(toks)
    return got is not None and got != want


def _surname_shared(name: Token, earlier: list[Token]) -> bool:
    """Whether another first name before the surname ``name`` names someone else of the family ("Jazz pianist Marcus
    Delaney ... His daughter, Ruth Delaney, ... Delaney stopped touring, and he"): the surname alone is then either
    of them, and the nearest full name's gender says nothing of it."""
    doc = name.doc
    first = earlier[0].text
    return any(x.text == name.text and x.i not in {e.i for e in earlier} and x.i > 0 and doc[x.i - 1].pos_ == "PROPN"
               and doc[x.i - 1].is_title and doc[x.i - 1].text != first
               for x in doc[max(0, name.i - NAME_REACH):name.i])


def _pronoun_marked_gender(toks: list[Token]) -> str | None:
    """"female"/"male" when the name ``toks`` owns a "his"/"her" in a clause it is the subject of, or in a "who"
    clause on it ("Pieter Claes, who announced his retirement", "Claes will conduct his farewell concert"): a
    name no word of which says it; None when no such possessive, or both, are there."""
    name = toks[-1]
    doc = name.doc
    preds = [c for c in name.children if c.dep_ == "relcl"
             and any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ == "who" for g in c.children)]
    if name.dep_ in ("nsubj", "nsubjpass") and is_predicate(name.head):
        preds.append(name.head)
    elif name.dep_ == "appos" and name.head.dep_ == "nsubj" and lemma_in(
            name.head.head, REPORTING_VERBS):
        preds.append(name.head.head)  # "Bell's lawyer, Anita Ruiz, said she ...": the speaker the name is
    found = set()
    for p in preds:
        for g in doc[name.i + 1:p.right_edge.i + 1]:
            if g.dep_ == "poss" and g.lower_ in ("his", "her") and getattr(_clause_predicate(g), "i", -1) == p.i:
                found.add(PRONOUN_GENDERS.get(g.lower_))
        # the subject "he"/"she" of what the name says ("Bell's lawyer, Anita Ruiz, said she would appeal"): a
        # speaker speaks of themself so unless another person comes between
        speaker = name.head if name.dep_ == "appos" else name
        if speaker.dep_ == "nsubj" and p.i == speaker.head.i and lemma_in(p, REPORTING_VERBS) and p.tag_ != "VBN":
            for c in p.children:
                if c.dep_ != "ccomp" or c.i < p.i:
                    continue
                g = next((x for x in c.children if x.dep_ in ("nsubj", "nsubjpass")), None)
                # (the one told is no one between: "Pelham told reporters he had")
                told = {x.i for d in p.children if d.dep_ in ("dobj", "dative") for x in d.subtree}
                if g is not None and g.lower_ in ("he", "she") and not any(
                        _is_person(x) and x.i not in told for x in p.doc[p.i + 1:g.i]):
                    found.add(PRONOUN_GENDERS.get(g.lower_))
    return found.pop() if len(found) == 1 else None


def _subject_name_instead(tok: Token, toks: list[Token]) -> list[Token] | None:
    """A sentence's subject rather than a name in its object or a phrase after it, for the subject pronoun
    that opens the next sentence ("Luca Moretti signed a contract with Ajax on Wednesday. He joined": Moretti,
    not Ajax), when the subject is a person's name the pronoun fits."""
    name = toks[-1]
    if tok.dep_ not in ("nsubj", "nsubjpass") or name.dep_ in ("nsubj", "nsubjpass") \
            or name.sent.start == tok.sent.start \
            or tok.i != tok.sent.start and not (PRONOUN_GENDERS.get(tok.lower_) and _opens_after_quote(tok)):
        return None
    root = name.sent.root
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.i > name.i or _named_thing(subj):
        return None  # ("Manchester United signed ... Luuk de Vries": a club's name is no "he")
    if tok.lower_ in ("it", "its") and (subj.ent_type_ == "PERSON" or _is_person(subj)):
        return None  # "Marco Diaz started Quillo in 2015. It went public": a person is no "it"
    if subj.ent_type_ != "PERSON" and subj.pos_ == "PROPN" and subj.head.i == root.i \
            and lemma_in(root, _PERSON_FACING_VERBS) and name.i > root.i and name.ent_type_ == "PERSON" \
            and not any(c.dep_ == "auxpass" for c in root.children) and (root.tag_ != "VBN" or any(
                c.dep_ == "aux" for c in root.children)) \
            and any(c.dep_ == "dobj" and name.i in {x.i for x in c.subtree} for c in root.children) \
            and not _named_thing(subj) and not _acronym(subj) and subj.ent_type_ != "NORP" \
            and not any(c.dep_ == "det" for c in subj.children):
        # (an epithet, "The 31-year-old Czech beat Luca Conti", is the story's subject's, found by other rules)
        # "Ferreira beat Dimitrov in the final in 2019. He retired": who beats or meets a person (the verb's active
        # object) is one, whatever the entity tagger made of the name; the subject wins as a tagged person subject
        # would (not "Carlow, beaten ..., sacked their coach, Phil Grant": a passive participle the parser made root)
        words = [c for c in subj.subtree if c.i <= subj.i and c.pos_ == "PROPN"]
        return None if _other_gender(tok, words) else words
    if subj.ent_type_ != "PERSON" and _person_name_form(subj) and not _named_thing(subj):
        words = _person_name_form(subj)  # "De Vries made 112 appearances for Ajax. He ...": De Vries
        return None if _other_gender(tok, words) else words
    if subj.ent_type_ != "PERSON":
        # a surname the tagger labelled otherwise here that an earlier mention names a person's ("chief executive
        # Ola Strand ... Strand joined the carrier in 2021 from a rival, Scandi Wings. He ...")
        earlier = _earlier_person_mention(subj) if subj.pos_ == "PROPN" and _named_person_before(subj) else None
        if earlier is None or _other_gender(tok, earlier):
            return None
        return [subj]
    words = [c for c in subj.subtree if c.i <= subj.i and c.ent_type_ == "PERSON"]
    if not words or words[-1].i != subj.i or _other_gender(tok, words) or _plural_common_noun(subj):
        return None
    return words


def _plural_common_noun(t: Token) -> bool:
    """'Keepers had watched the mother, Mei Lin, ... She arrived': a plural common noun the entity tagger labelled
    a person's name (a capitalised word opening its sentence) is several people, never a "he" or "she"."""
    return t.tag_ == "NNS" and t.pos_ == "NOUN"


def _clause_predicate(tok: Token) -> Token | None:
    """The predicate of the clause ``tok`` (a possessive) stands in, up to six heads above it; None if none."""
    verb = tok.head
    for _ in range(6):
        if is_predicate(verb) or verb.head.i == verb.i:
            break
        verb = verb.head
    return verb if is_predicate(verb) else None


def _fronted_possessor_subject(tok: Token) -> Token | None:
    """'Since its founding in 1975, the agency has launched ...', 'After his arrest on Monday, Bellini was
    taken ...': a possessive pronoun in a phrase before its clause's subject stands for that subject, when it
    fits the pronoun (a person for his/her, no person for its, a group for their)."""
    if tok.dep_ != "poss":
        return None
    verb = _clause_predicate(tok)
    if verb is not None and verb.dep_ == "prep" and verb.tag_ == "VBG" and verb.head.i != verb.i:
        verb = verb.head  # "Following his election in 2019, Ruiz cut taxes": a preposition-like participle's clause
    if verb is None:
        return None
    subj = subject_token(verb)
    if subj is None or subj.i < tok.i or subj.pos_ == "PRON" or subj.left_edge.i <= tok.i:
        return None
    low = tok.lower_
    if low in PLURAL_PRONOUNS:
        return subj if _is_group(subj) else None
    labels = PERSONAL_PRONOUNS.get(low)
    if not labels:
        return None
    if "PERSON" in labels:
        # (a name the entity tagger left unlabelled is a person's as a reported pronoun's would be: "Following his
        # election in 2019, Ruiz cut taxes"; never one marked as the other gender)
        person = subj.ent_type_ == "PERSON" or subj.pos_ == "PROPN" and not subj.ent_type_ and _fits(subj, "person")
        return subj if person and not _other_gender(tok, _speaker_name(subj)) else None
    return subj if subj.ent_type_ != "PERSON" and subj.tag_ in ("NN", "NNP") else None


def _subject_before_its(tok: Token) -> Token | None:
    """The subject of the clause a possessive "its" ``tok`` stands in, when that subject comes before it."""
    if tok.dep_ != "poss" or tok.lower_ != "its":
        return None
    verb = _clause_predicate(tok)
    subj = subject_token(verb) if verb is not None else None
    return subj if subj is not None and subj.i < tok.i else None


def _own_subject_their(tok: Token) -> Token | None:
    """'Most ECB policymakers believed at their June meeting that ...': a "their" after its own clause's subject, a
    plural noun (or a coordination) with no other plural named between the two, stands for that subject ("Police
    arrested two men at their home" names the men between: left to the rules below)."""
    if tok.dep_ != "poss" or tok.lower_ != "their":
        return None
    verb = _clause_predicate(tok)
    subj = subject_token(verb) if verb is not None else None
    if subj is None or subj.i >= tok.i or subj.pos_ not in ("NOUN", "PROPN") \
            or not (subj.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subj.children)) \
            or subj.ent_type_ in _AMOUNTS or subj.ent_type_ in ("DATE", "TIME"):
        return None
    own = {x.i for x in subj.subtree}
    if any(x.i not in own and (x.tag_ in ("NNS", "NNPS") or x.lower_ in PLURAL_PRONOUNS)
           for x in tok.doc[subj.i + 1:tok.i]):
        return None
    return subj


def _own_subject_its(tok: Token) -> Token | None:
    """'The firm will present its results for the quarter': an "its" after its clause's subject stands for that
    subject when it is a singular thing (a person or a group is no "it")."""
    subj = _subject_before_its(tok)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN") or subj.tag_ not in ("NN", "NNP") \
            or subj.ent_type_ in ("DATE", "TIME") or _is_group(subj):
        return None
    if _is_person(subj) or subj.ent_type_ == "PERSON":
        # (a company's short name the tagger took for a person's is the company, named as it was in full:
        # "Ralston Purina Co. ... Ralston attributed its slump")
        return _organisation_opened_by(subj)
    return subj


def _relative_clause_possessive(tok: Token) -> Token | None:
    """'Former mayor Ana Ruiz, who made housing the centre of her failed 2018 campaign, welcomed the vote': a possessive
    in a relative clause whose subject is the relative word ("who", "which", "that") stands for the noun the clause
    hangs on, when that noun fits the pronoun (a person of its gender for his/her, a singular thing for its, a group
    for their) and no other noun that fits comes between the relative word and the pronoun. None otherwise."""
    base = next((k for k, forms in PRONOUN_FAMILIES.items() if tok.lower_ in forms), "")
    kind = REPORTED_PRONOUN_SUBJECTS.get(base)
    if tok.dep_ != "poss" or kind is None:
        return None
    clause, hops = tok.head, 0
    while clause.pos_ not in ("VERB", "AUX") and clause.dep_ != "ROOT" and hops < 6:
        clause, hops = clause.head, hops + 1
    if clause.dep_ != "relcl":
        return None
    rel = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in RELATIVE_PRONOUNS
                and c.i < tok.i), None)
    if rel is None:
        return None
    noun = _relative_antecedent(rel)
    if noun is None or noun.pos_ not in ("NOUN", "PROPN") or not _fits(noun, kind):
        return None
    if kind == "person" and _other_gender(tok, _speaker_name(noun)):
        return None
    if kind == "thing" and _is_group(noun):
        return None
    if any(x.pos_ in ("NOUN", "PROPN") and x.i != tok.head.i and x.dep_ != "compound" and _fits(x, kind)
           for x in tok.doc[rel.i + 1:tok.i]):
        return None  # "who criticised the governor over his campaign": his may be the governor's
    return noun


def _infinitive_possessor(tok: Token) -> Token | None:
    """'Djokovic beat Bellini on Friday to reach his 11th final': a possessive on the object of a "to" clause with no
    subject of its own is the one who does what that clause says (the main subject of a purpose clause, the
    inherited subject of a complement: "asked the bank to waive its fee" is the bank's), when that one is a noun
    that fits the pronoun (a person of the right gender for his/her, a singular thing for its)."""
    low = tok.lower_
    if tok.dep_ != "poss" or low not in ("his", "her", "its") or tok.head.dep_ != "dobj":
        return None
    verb = tok.head.head
    if verb.tag_ != "VB" or verb.dep_ not in ("advcl", "xcomp") \
            or not has_to(verb) \
            or any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children):
        return None
    doer = subject_token(verb.head) if verb.dep_ == "advcl" else subject_token(verb)
    if doer is None or doer.i > tok.i or doer.pos_ not in ("NOUN", "PROPN"):
        return None
    if low == "its":
        return doer if doer.tag_ in ("NN", "NNP") and _fits(doer, "thing") and not _is_group(doer) else None
    if not _fits(doer, "person") or _other_gender(tok, _speaker_name(doer)):
        return None
    return doer


def _record_owner(tok: Token) -> Token | None:
    """'It was the volcano's strongest eruption since it reawakened in 2014', "the bank's biggest loss since it was
    founded": an "it" subject of a "since" clause on a copula's complement owned by a noun ("the volcano's") stands
    for that owner, the thing whose record the copula states. None otherwise (a pronoun owner, no owner)."""
    clause = tok.head
    if tok.lower_ != "it" or tok.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "advcl" \
            or not any(c.dep_ == "mark" and c.lower_ == "since" and c.i < tok.i for c in clause.children):
        return None
    be = clause.head
    if be.lemma_ != "be":
        return None
    attr = next((c for c in be.children if c.dep_ in ("attr", "acomp") and c.i < clause.i), None)
    owner = next((c for c in attr.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")), None) \
        if attr is not None else None
    if owner is None or _is_person(owner) or owner.tag_ in ("NNS", "NNPS"):
        return None
    return owner


def _own_subject_pronoun(tok: Token, skip: frozenset[int] | set[int]) -> Referent | None:
    """'It succeeded on its second attempt in February 2024': an "its" after its clause's subject "it" stands for
    whatever that pronoun does (resolved as it is; None when it stays open). (Not "his"/"her"/"their": a person's
    possessive is left to the name scan, which weighs the names around it.)"""
    subj = _subject_before_its(tok)
    if subj is None or subj.pos_ != "PRON" or tok.lower_ not in PRONOUN_FAMILIES.get(subj.lower_, ()):
        return None
    ref = resolve(subj, skip)
    return Referent(ref.head, ref.name, tok.text, ref.name_tokens) if ref.pronoun else None


_NOT_ANTECEDENTS = ("DATE", "TIME")  # "said on Monday it would": a day is nobody a pronoun stands for


def _fits(subj: Token, kind: str) -> bool:
    """Whether the reporting verb's subject ``subj`` can be what a pronoun of ``kind`` stands for."""
    if kind == "group":
        return _is_group(subj)
    person = (_is_person(subj) or _person_by_mention(subj)) and not _named_thing(subj)
    if kind == "person" and _one_named_person(subj):
        return not _named_thing(subj)
    if kind == "person" and subj.tag_ in ("NNS", "NNPS"):
        return False  # "Prosecutors said he diverted ...": he is one of the prosecutors' subjects, not them
    if kind == "person":
        # a name the tagger left unlabelled ("Smith said he") is most likely a person's, even one it took for a
        # common noun: a capitalised singular noun with no determiner ("Ruiz said she")
        return person or (subj.pos_ == "PROPN" and not subj.ent_type_) or _bare_capitalised(subj) \
            or _named_person_before(subj) or _nationality_noun(subj)
    if _nominal_adjective(subj):
        return True
    if _full_person_name_before(subj):
        return False  # "Health Minister Jonas Dahl ... Dahl said it would": a person's name tagged otherwise here
    if subj.pos_ == "PROPN" and not subj.ent_type_ and subj.dep_ == "dobj" and lemma_in(subj.head, _FOUNDING_VERBS):
        return True  # "founded Pixelor in 2011. It was bought": what one founds or buys is a thing, named or not
    return not person and (subj.tag_ in ("NN", "NNP") or _organisation_name(subj)) and subj.pos_ in ("NOUN", "PROPN") \
        and (subj.pos_ == "NOUN" or subj.ent_type_ not in ("", "PERSON") or _named_thing(subj))


def _unlabelled_body_name(t: Token) -> bool:
    """'Network Rail said in a statement that it had spent': a name of two capitalised words or more that the entity
    tagger left unlabelled, no word of which is a first name (``gendered_words``) or a person noun ("Firefighter Ana
    Ruiz"), never labelled a person's before, reports as a body: what its own "it" stands for."""
    words = [c for c in t.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < t.i]
    if not words or t.ent_type_ or any(w.ent_type_ or w.lower_ in GENDER_OF_WORD or lemma_in(w, PERSON_NOUNS)
                                       for w in words) \
            or not all(w.is_title for w in words) or _named_person_before(t) or _person_by_mention(t) \
            or _person_name_form(t) or any(c.dep_ in ("det", "poss", "amod") for c in t.children):
        return False
    return True


def _one_word_name_saying_it(subj: Token, tok: Token) -> bool:
    """'Portugal's Galp said on Monday it would postpone a refinery upgrade': a one-word name the small entity tagger
    labels a person's (its guess for any name it does not know) or leaves unlabelled, with no first name, title, age or person noun
    anywhere it is written (here or at an earlier mention), reporting what "it" will do or did (the active subject of
    a verb other than "be"), is the body that speaks of itself. A person is introduced by a full name before a bare
    surname reports anything; a bare surname saying "it was" speaks of something else, so that stays open."""
    if subj.pos_ != "PROPN" or subj.ent_type_ not in ("PERSON", "") or subj.lower_ in GENDER_OF_WORD \
            or any(c.dep_ in ("compound", "flat", "appos") or c.dep_ == "relcl" for c in subj.children):
        return False
    if tok.lower_ != "it" or tok.dep_ != "nsubj" or tok.head.lemma_.lower() == "be" \
            or any(c.dep_ == "auxpass" for c in tok.head.children):
        return False
    earlier = _earlier_person_mention(subj)
    if earlier and len(earlier) >= 2 or _earlier_first_named(subj):
        return False
    doc = subj.doc
    for x in doc[max(0, subj.i - NAME_REACH):subj.i]:
        if x.text == subj.text and _name_head(x).i == x.i and (
                any(c.dep_ in ("compound", "flat") and c.pos_ == "PROPN" and c.i < x.i for c in x.children)
                or any(c.dep_ == "appos" and (c.like_num or lemma_in(c, PERSON_NOUNS)) for c in x.children)):
            return False  # "Ana Galp ... Galp said it", "Galp, 41, ...": a person's name
    return True


def _nationality_noun(t: Token) -> bool:
    """'The Brazilian scored 40 goals before he joined Chelsea': a singular nationality word with its determiner
    is a person ("the 22-year-old Croatian", "a Briton")."""
    return t.ent_type_ == "NORP" and t.tag_ in ("NNP", "NN") and t.pos_ in ("PROPN", "NOUN") \
        and any(c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in t.children)


def _one_named_person(t: Token) -> bool:
    """'Alemu, the defending champion, said she would': a capitalised word the tagger took for a plural ("Alemu"
    NNPS or NNS), with no determiner and no plural ending, that the entity tagger calls a person or that a
    person noun or an age is set off after, is one person's name."""
    if t.tag_ not in ("NNS", "NNPS") or not t.is_title or t.lower_.endswith("s") \
            or any(c.dep_ == "det" for c in t.children):
        return False
    return t.ent_type_ == "PERSON" or any(c.dep_ == "appos" and c.i > t.i and (c.like_num or lemma_in(c, PERSON_NOUNS))
                                          for c in t.children)


def _nominal_adjective(t: Token) -> bool:
    """A noun the tagger took for an adjective, as a subject with its determiner ("The cooperative last cut its
    forecast"), when it names a body (``organisation_nouns``): a singular thing an "it" may stand for."""
    return t.pos_ == "ADJ" and t.dep_ in ("nsubj", "nsubjpass") and lemma_in(t, ORGANISATION_NOUNS) \
        and any(c.dep_ == "det" and c.i < t.i for c in t.children)


def _thing_name(t: Token) -> list[Token]:
    """The words of a thing's name ending in ``t``: its name words ("Respira Biotech"), and, when a common noun
    is among them, the whole description as written ("The state health department", not "health department")."""
    left = [x for c in t.children if c.i < t.i and c.dep_ in ("compound", "det", "amod")
            for x in c.subtree if x.i < t.i]
    if not any(x.pos_ == "NOUN" for x in left):
        return [c for c in t.subtree if c.i < t.i and c.dep_ == "compound" and c.pos_ == "PROPN"] + [t]
    return sorted(left, key=lambda x: x.i) + [t]


def _measure(t: Token) -> bool:
    """A unit the tagger took for a name ("winds of up to 50 kph (31 mph)"): a word counted by a number before it,
    no one a pronoun stands for."""
    return any(c.dep_ == "nummod" and c.i < t.i and c.ent_type_ not in _NOT_ANTECEDENTS  # (not "the 1927 X Stadium")
               for c in t.children)


def _organisation_name(t: Token) -> bool:
    """A name of two words or more ending in a word that names an organisation ("Cerevance Therapeutics",
    "Halden Bank": ``organisation_name_words``), whatever the entity tagger says."""
    return t.pos_ == "PROPN" and t.lower_ in ORGANISATION_NAME_WORDS \
        and any(c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" and c.i < t.i for c in t.children)


def _named_thing(t: Token) -> bool:
    """A name the entity tagger took for a person's, or left unlabelled, that its own phrase shows to be a
    thing: a "which" clause on it ("Moderna, which makes the drug,") or a non-person common noun before it
    ("steel maker Acero Norte", "the carrier Skyline")."""
    if t.ent_type_ not in ("PERSON", "") or t.pos_ != "PROPN" or _measure(t):
        return False
    if _organisation_name(t) or _short_of_organisation(t) or _organisation_noun_before_mention(t) or _acronym(t):
        return True
    if any(c.dep_ == "relcl" and any(g.lower_ == "which" for g in c.children) for c in t.children):
        return True
    if _the_name_of_a_place(t):
        return True
    if _name_given_to_thing(t):
        return True
    if t.lower_ in EVENT_NOUNS and any(c.dep_ == "det" for c in t.children):
        return True  # "The Cedar Fire started on Friday": a name whose own head word names an event is no person's
    # (a title word naming an event counts however it is capitalised: "Hurricane Lorena", "Typhoon Mawar")
    nouns = [c for c in t.subtree if c.i < t.i and (c.pos_ == "NOUN" or c.lower_ in EVENT_NOUNS)
             and c.dep_ in ("compound", "appos", "nmod")]
    if nouns and t.ent_type_ == "PERSON" and any(
            c.dep_ == "compound" and c.i < t.i and (c.pos_ == "PROPN" and c.lower_ in GENDER_OF_WORD
                                                    or lemma_in(c, PERSON_NOUNS)) for c in t.subtree):
        # "librarian Joan Pratt": a first name or a title says a person, whatever noun is before it
        return False
    if nouns and t.ent_type_ == "PERSON" and all(n.pos_ == "PROPN" and n.ent_type_ != "PERSON" for n in nouns) \
            and any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON" and c.i == t.i - 1
                    for c in t.children):
        return False  # "Trade Commissioner Valdis Dombrovskis": a capitalised title before a full name a person's
    # or a common noun in apposition after it: "Respira Biotech, a Belgian company"
    nouns += [c for c in t.children if c.i > t.i and c.dep_ == "appos" and c.pos_ == "NOUN"]
    return bool(nouns) and not any(_is_person(n) for n in nouns)


def _name_given_to_thing(t: Token) -> bool:
    """"the shop, called Pão Quente,", "a bakery named Rosa Lima": a name a naming participle (``naming_participles``)
    gives to a common noun that is no person's is that thing's name, whatever the entity tagger says; a person noun
    keeps it a person's ("a teacher named Ana Costa")."""
    name = _name_head(t)
    verb = name.head
    if name.dep_ not in ("oprd", "attr", "dobj", "xcomp", "pobj") or verb is name:
        return False
    if verb.dep_ == "prep" and verb.lower_ == "as":  # "a bar known as Rosa's"
        verb = verb.head
    if verb.dep_ not in ("acl", "relcl") or verb.tag_ != "VBN" or not lemma_in(verb, NAMING_PARTICIPLES):
        return False
    owner = verb.head
    # (an owner with no verb over it is a misparse of a sentence: "The board named Laura Morel as chief executive")
    return owner.pos_ == "NOUN" and owner.dep_ != "ROOT" and not _person_like(owner) and owner.ent_type_ == ""


def _the_name_of_a_place(t: Token) -> bool:
    """'The Port of Antwerp said it had', "the University of Ghana", "the Bank of Korea": a name with its own
    "the" and an "of" naming a place is a body's or a thing's; a person's name takes neither (a title before a name,
    "the Duke of Kent", is a person noun, which this name is not)."""
    if not any(c.dep_ == "det" and c.lower_ == "the" and c.i < t.i for c in t.children) or lemma_in(t, PERSON_NOUNS):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        g.dep_ == "pobj" and (g.ent_type_ in ("GPE", "LOC") or g.pos_ == "PROPN" and g.ent_type_ != "PERSON")
        for g in c.children) for c in t.children if c.i > t.i)


def _who_mention(t: Token) -> bool:
    """A name the text takes up with "who" at some mention of its last word ("Angus MacLeod kept the light ...
    MacLeod, who died last month at 86,"): a person's, whatever the entity tagger said (within
    :data:`NAME_REACH` either side)."""
    doc = t.doc
    return any(y.text == t.text and _name_head(y).i == y.i and y.pos_ == "PROPN"
               and any(c.dep_ == "relcl" and any(g.lower_ == "who" and g.dep_ in ("nsubj", "nsubjpass")
                                                 for g in c.children) for c in y.children)
               for y in doc[max(0, t.i - NAME_REACH):t.i + NAME_REACH])


def _named_thing_before(t: Token, end: int) -> bool:
    """A name shown to be a thing here or at another mention of the same name before ``end`` (within
    :data:`NAME_REACH`), or tagged a place there: a headline's "The last lighthouse keeper of Skerry Rock" is the
    "Skerry Rock, a treeless island" of the lede."""
    if _named_thing(t):
        return True
    doc = t.doc
    words = [x.text for x in t.subtree if x.i <= t.i and (x.i == t.i or x.dep_ in ("compound", "flat"))]
    for y in doc[max(0, end - NAME_REACH):end]:
        if y.i != t.i and y.text == t.text and _name_head(y).i == y.i \
                and (_named_thing(y) or y.ent_type_ in ("GPE", "LOC", "FAC")) \
                and [x.text for x in y.subtree if x.i <= y.i and (x.i == y.i or x.dep_ in ("compound", "flat"))] == words:
            return True
    return False


# how far back a name is looked up as a person's: an article's first mention is rarely further
NAME_REACH = 1500


def _person_name_form(t: Token) -> list[Token]:
    """The words of the name ending in ``t`` when its own form says it is a person's, whatever the entity tagger
    says: a name particle among its words ("Luuk de Vries", "De Vries": ``name_particles``), or a person noun as
    its title right before it ("defender Jan Smit", ``person_nouns``). Empty otherwise."""
    if t.pos_ != "PROPN" or t.dep_ in ("compound", "flat"):
        return []
    doc, own = t.doc, {x.i for x in t.subtree}
    j = t.i
    while j - 1 in own and doc[j - 1].dep_ in ("compound", "flat") \
            and (doc[j - 1].pos_ in ("PROPN", "X") or doc[j - 1].lower_ in NAME_PARTICLES):
        j -= 1
    words = list(doc[j:t.i + 1])
    if len(words) < 2:
        return []
    particle = any(x.lower_ in NAME_PARTICLES for x in words[:-1])
    title = j - 1 in own and doc[j - 1].pos_ == "NOUN" and lemma_in(doc[j - 1], PERSON_NOUNS)
    return words if particle or title else []


def _titlecase_noun_subject(t: Token) -> bool:
    """A capitalised singular noun subject inside a sentence ("..., and Reyes laid off half her staff"): the
    small model's tag for a surname it does not know; an earlier mention may name it a person's. Opening its
    sentence, where any noun is capitalised, only when an earlier mention the tagger labels a person's ends in that
    very word ("Carla Mendes opened ... Mendes, a former accountant, learned ..."); so too a surname in -s the
    model tags a plural ("Mendes", "Reyes")."""
    if t.tag_ not in ("NN", "NNS") or not t.is_title or t.dep_ not in ("nsubj", "nsubjpass") \
            or any(c.dep_ == "det" for c in t.children):
        return False
    return t.tag_ == "NN" and t.i != t.sent.start or _earlier_person_mention(t) is not None


def _earlier_person_mention(t: Token) -> list[Token] | None:
    """The tokens of the nearest earlier mention the entity tagger labels a person's that ends in the same word
    as the name ``t`` (within :data:`NAME_REACH`), or None."""
    doc = t.doc
    for x in _same_word_before(t):
        j = x.i
        if x.ent_type_ == "PERSON" and (j + 1 >= len(doc) or doc[j + 1].ent_iob_ != "I"):
            k = j
            while k > 0 and doc[k].ent_iob_ != "B":
                k -= 1
            return [y for y in doc[k:j + 1] if y.ent_type_ == "PERSON"]
    return None


def _earlier_first_named(t: Token) -> list[Token] | None:
    """The nearest earlier mention (within :data:`NAME_REACH`) of the surname ``t`` after a first name that says a
    woman or a man (``gendered_words``: "Ines Varga", whatever the entity tagger made of it), or None."""
    for x in _same_word_before(t):
        if x.pos_ == "PROPN" and x.dep_ not in ("compound", "flat"):
            first = [c for c in x.children if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN" and c.i < x.i]
            if first and first[0].lower_ in GENDER_OF_WORD and first[-1].i == x.i - 1:
                return [*first, x]
    return None


def _says_of_self(name: Token, pron: Token) -> bool:
    """'Lindqvist said she had spoken to buyers': the subject "he"/"she" of what the name ``name`` says, the one
    reading where a speaker's earlier title is enough to take the surname for a person's."""
    clause = pron.head
    return name.dep_ == "nsubj" and pron.dep_ in ("nsubj", "nsubjpass") and clause.dep_ == "ccomp" \
        and clause.head.i == name.head.i and lemma_in(name.head, REPORTING_VERBS)


def _earlier_titled_name(t: Token) -> list[Token] | None:
    """The nearest earlier mention (within :data:`NAME_REACH`) of the surname ``t`` whose own form says a person's
    (:func:`_person_name_form`: "appointed lawyer Petra Lindqvist", whatever the entity tagger made of it), or
    None."""
    return next((f for f in map(_person_name_form, _same_word_before(t)) if f), None)


def _same_word_before(t: Token):
    """The earlier tokens (within :data:`NAME_REACH`) spelt as ``t`` is, nearest first."""
    doc = t.doc
    return (doc[j] for j in range(t.i - 1, max(0, t.i - NAME_REACH) - 1, -1) if doc[j].text == t.text)


def _named_person_before(t: Token) -> bool:
    """A name the entity tagger labelled otherwise here that an earlier mention labels as a person's ("her
    partner Lucia Prado ... Prado said she would", where this "Prado" is tagged a place)."""
    if t.pos_ != "PROPN" or t.ent_type_ == "PERSON":
        return False
    doc = t.doc
    return any(x.ent_type_ == "PERSON" and x.text == t.text for x in doc[max(0, t.i - NAME_REACH):t.i])


def _full_person_name_before(t: Token) -> bool:
    """A one-word name the entity tagger labelled otherwise here whose earlier mention is a full name (first name and
    surname) it labels a person's ("Health Minister Jonas Dahl ... Dahl said it would"), and not shown to be a thing
    there: no "it" means it. (A one-word earlier label is too weak: "the payments firm Zentiq", tagged a person.)"""
    if t.pos_ != "PROPN" or t.ent_type_ == "PERSON" or any(c.dep_ in ("compound", "flat") for c in t.children):
        return False
    earlier = _earlier_person_mention(t)
    return bool(earlier) and len(earlier) >= 2 and not _named_thing_before(t, t.i + 1)


def _person_by_mention(t: Token) -> bool:
    """A name the entity tagger did not label a person's ("Amara Quell" as an organisation) that the text shows is
    one, here or at an earlier mention of the same word (within :data:`NAME_REACH`): an age set off after it ("Quell,
    41,"), or a person noun it names ("the novelist Amara Quell", "Amara Quell, a novelist,"). No "it" means it.
    So a subject the tagger took for another word class ("Pike, who bought Rovers in 2009, said he", with "Pike" an
    adverb) when an earlier mention of the word is a name."""
    if t.ent_type_ == "PERSON" or t.pos_ != "PROPN" and not _misread_name_subject(t):
        return False
    doc = t.doc
    for x in (t, *(y for y in doc[max(0, t.i - NAME_REACH):t.i] if y.text == t.text)):
        head = _name_head(x)
        if head.i != x.i:
            continue  # a word inside another name ("Quell Books")
        if any(c.dep_ == "appos" and c.like_num and c.i > head.i for c in head.children):
            return True
        if any(c.dep_ == "relcl" and any(g.lower_ in ("who", "whom") and g.i < c.i for g in c.children)
               for c in head.children):
            return True  # "Marchetti, who joined the club in 2015,": "who" is said of people
        if any(c.dep_ == "appos" and c.pos_ == "NOUN" and lemma_in(c, PERSON_NOUNS) for c in head.children):
            return True
        if head.dep_ == "appos" and head.head.pos_ == "NOUN" and lemma_in(head.head, PERSON_NOUNS) \
                and head.left_edge.i == head.head.i + 1:  # right after its title ("the novelist Amara Quell")
            return True
    return False


def _misread_name_subject(t: Token) -> bool:
    """A capitalised subject word the tagger read as another word class that an earlier mention tags as a name
    (:func:`~timeline.events.grammar.misread_name`): "Graham Pike agreed to sell. Pike, who bought ..." with the
    second "Pike" an adverb."""
    return t.dep_ in ("nsubj", "nsubjpass") and misread_name(t)


def _name_head(t: Token) -> Token:
    """The last word of the name ``t`` is a word of ("Quell" for "Amara" in "Amara Quell")."""
    while t.dep_ in ("compound", "flat") and t.head.pos_ == "PROPN" and t.head.i > t.i:
        t = t.head
    return t


def _acronym(t: Token) -> bool:
    """'JAXA said it received a signal': a name written in capitals alone, of two letters or more and with no name
    words around it, is an organisation's acronym, not a person's name."""
    return len(t.text) >= 2 and t.text.isalpha() and t.text.isupper() \
        and not any(c.dep_ in ("compound", "flat") and c.pos_ == "PROPN" for c in t.children) \
        and not (t.dep_ in ("compound", "flat") and t.head.pos_ == "PROPN")


def _organisation_noun_before_mention(t: Token) -> bool:
    """'fined the search company Qorvex ... Qorvex said it would appeal': a one-word name that an earlier mention
    (within :data:`NAME_REACH`) follows right after a noun naming a body (``organisation_nouns``) is that body's
    name, however the parser hung the two words there."""
    if t.pos_ != "PROPN" or any(c.dep_ in ("compound", "flat") and c.pos_ == "PROPN" and not _opening_body_noun(c)
                                for c in t.children):
        return False
    doc = t.doc
    # (a body noun opening the sentence is capitalised and tagged as part of the name: "Drugmaker Helvex said it")
    return any(x.text == t.text and x.i > 0 and (doc[x.i - 1].pos_ == "NOUN" and lemma_in(doc[x.i - 1], ORGANISATION_NOUNS)
                                                  or _opening_body_noun(doc[x.i - 1]))
               for x in doc[max(0, t.i - NAME_REACH):t.i + 1])


def _opening_body_noun(w: Token) -> bool:
    """A noun naming a body (``organisation_nouns``) that opens its sentence, capitalised there and so tagged as part
    of the name after it ("Drugmaker Helvex said it had cut prices")."""
    return w.is_sent_start and w.is_title and lemma_in(w, ORGANISATION_NOUNS)


def _short_of_organisation(t: Token) -> bool:
    """'Halvorsen Motors ... Halvorsen was fined': a one-word name that opened an organisation's longer name
    earlier in the text (within :data:`NAME_REACH`) is that organisation, whatever the entity tagger says now."""
    return _organisation_opened_by(t) is not None


def _organisation_opened_by(t: Token) -> Token | None:
    """The head of the organisation's longer name the one-word name ``t`` opened earlier (see
    :func:`_short_of_organisation`), or None."""
    if t.pos_ != "PROPN" or any(c.dep_ in ("compound", "flat") and c.pos_ == "PROPN" for c in t.children):
        return None
    doc = t.doc
    for x in doc[max(0, t.i - NAME_REACH):t.i]:
        # (the name's first word, however many words follow before its head: "Ralston Purina Co. ... Ralston")
        if x.text == t.text and x.dep_ == "compound" and x.head.pos_ == "PROPN" and x.i < x.head.i <= x.i + 3 \
                and all(doc[k].pos_ == "PROPN" for k in range(x.i + 1, x.head.i)) \
                and not (x.i > 0 and doc[x.i - 1].dep_ == "compound" and doc[x.i - 1].head.i == x.head.i) \
                and (_organisation_name(x.head) or x.head.ent_type_ == "ORG" and x.ent_type_ == "ORG"):
            return x.head
    return None


def _bare_capitalised(t: Token) -> bool:
    return t.tag_ == "NN" and t.is_title and not t.ent_type_ and not any(c.dep_ == "det" for c in t.children) \
        and not lemma_in(t, GROUP_NOUNS) and not lemma_in(t, PERSON_NOUNS)


def _reporter(tok: Token, skip: frozenset[int] | set[int] = frozenset()) -> Referent | None:
    """What the pronoun subject ``tok`` of a reporting verb's complement stands for: that verb's subject,
    when it fits and nothing that could be meant instead comes between (see the module's note). ``skip``:
    the dateline's tokens, which the parser may take for the reporter ("LONDON — The chain said it would")."""
    base, arg = tok.lower_, tok
    if tok.dep_ == "poss":
        # "Nadal said 2024 would be his final season", "Ruiz said her coach had left in May": the possessor on an
        # argument of the reported clause is the reporter as a subject pronoun there would be
        base = next((k for k, forms in PRONOUN_FAMILIES.items() if tok.lower_ in forms), "")
        arg = tok.head
        if arg.dep_ not in ("nsubj", "nsubjpass", "attr", "dobj"):
            return None
    kind = REPORTED_PRONOUN_SUBJECTS.get(base)
    if kind is None or arg.dep_ not in ("nsubj", "nsubjpass", "attr", "dobj") or arg is tok and arg.dep_ in ("attr", "dobj"):
        return None
    if tok.lower_ == "it" and _placeholder_it(tok):
        return None
    clause = arg.head
    if clause.dep_ == "conj" and clause.head.dep_ == "ccomp":  # "said it would close X and it would cut Y"
        clause = clause.head
    verb = clause.head
    if clause.dep_ == "ccomp" and verb.i > tok.i and verb.dep_ == "ccomp" and verb.head.i < tok.i < verb.i \
            and verb.lemma_.lower() not in REPORTING_VERBS and verb.head.lemma_.lower() in REPORTING_VERBS:
        # "Equinor said on Friday it would delay the project, citing costs, a day after Shell cut its plans", parsed
        # with "delay" under the later "cut" and "cut" under "said": the clause is still what was said
        verb = verb.head
    reported = clause.dep_ == "ccomp" and verb.lemma_.lower() in REPORTING_VERBS
    if _raised_by(tok, verb):
        # "The bank now expects it to fall below 2%": a pronoun between a verb and its infinitive is that verb's
        # object, never its own subject again (which would read "expects to fall")
        return None
    # "The conflict has killed 4,000 people since it began": an adverbial clause after its main clause
    adverbial = clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ADVERBIAL_MARKS and c.i < tok.i
                                               for c in clause.children)
    if not (reported or adverbial) or not is_predicate(verb) or verb.i > tok.i:
        return None
    subj = stand_in(past_dateline(subject_token(verb), skip))
    if subj is not None and subj.lower_ in RELATIVE_PRONOUNS:
        # "The fishery, which employed 10,000 people before it was shut": the relative pronoun's noun
        subj = _relative_antecedent(subj)
    if subj is None:
        return None
    # the reporter's own phrase and the saying's circumstances ("said in a statement that it") are no rival
    own = {t.i for t in subj.subtree}
    for c in verb.children:
        if c.dep_ == "prep":
            own.update(t.i for t in c.subtree)
    doc = tok.doc
    # "told the regulator it would": the regulator may be meant; "told investors it would": they may not
    same = set(PRONOUN_FAMILIES.get(base, ())) | {base}  # "testing its instruments before it begins": the same one
    # (nor a noun owned by the same pronoun: "said its profit fell ... and that it would buy back shares")
    # (nor a rate's time unit: "has carried 30,000 vehicles a day since it opened")
    # (nor the complement's own "that", which the tagger may call a pronoun: "told reporters that he would")
    rival = any(t.pos_ == "PRON" and t.lower_ not in same and t.dep_ != "mark"
                or t.pos_ in ("NOUN", "PROPN") and _fits(t, kind)
                and not _bare_mass(t) and not _owned_by_the_same(t, tok)
                and not (t.dep_ == "npadvmod" and t.lemma_.lower() in TIME_UNITS)
                for t in doc[verb.i + 1:tok.i] if t.i not in own and t.ent_type_ not in _NOT_ANTECEDENTS
                # (nor anyone of the other gender: "She married the architect Tom Calder, a year after she graduated")
                and not _named_other_gender(t, tok) and not _person_noun_of_other_gender(t, tok))
    if subj.pos_ == "PRON":
        # "She said she would": the same pronoun again stands for whatever the first one does
        if subj.lower_ != base:
            return None
        ref = resolve(subj)
        found = Referent(ref.head, ref.name, tok.text, ref.name_tokens) if ref.pronoun else None
        if found is not None and adverbial and verb.dep_ == "ccomp" and lemma_in(verb.head, REPORTING_VERBS):
            # "Apple said that it would open a factory in India, after it shut a plant": the same reported subject
            # pronoun again in its clause's own adverbial clause is the same one (the reporter's), whatever it names
            # between (not outside a report: "It is expected to delay the ferry before it reaches": the ferry may be)
            return found
    else:
        named = _named_owner(subj, tok)
        if named is not None:
            return Referent(named, pronoun=tok.text)  # "Kovac's coach said she had struggled": Kovac
        owner = _owner_of_the_same(subj, tok)
        if owner is not None:
            # "Her coach, Daniel Otieno, said she had trained at altitude": the one whose coach speaks, not the coach
            ref = resolve(owner, skip)
            if not ref.pronoun and owner.lower_ == "its":
                # "The charity suspended its work. Its director, Ingrid Halvorsen, said it would not return": the
                # opening "Its" stands for the last sentence's thing as it does for the reporter's own phrase
                ref = opening_its_owner(subj, skip) or ref
            if _reports_the_report(verb, ref) and GENDER_OF_WORD.get(subj.lower_) in (None, PRONOUN_GENDERS.get(base)):
                # "His lawyer said his client denied that he had met them": the owner is who reports this report, so
                # the one he speaks for speaks of himself
                return Referent(tok) if rival else Referent(subj, pronoun=tok.text)
            return Referent(ref.head, ref.name, tok.text, ref.name_tokens) if ref.pronoun else Referent(tok)
        kept = _kept_thing(subj, tok)
        if kept is not None:
            return Referent(tok) if rival else Referent(kept, pronoun=tok.text)
        # whoever reports something can say it: a plural noun subject of a reporting verb is a group of speakers
        # even when no word list names it ("Astronomers reported that they had found")
        # (so is a bare quantifier: "Several said they had learned of it")
        speakers = kind == "group" and (subj.tag_ in ("NNS", "NNPS") and subj.pos_ == "NOUN"
                                        or subj.lower_ in QUANTIFIER_SUBJECTS and not list(subj.children))
        # (and a reporter's unlabelled name of several words is a body reporting: "Network Rail said it had")
        found = Referent(subj, pronoun=tok.text) if _fits(subj, kind) or speakers \
            or kind == "thing" and (_unlabelled_body_name(subj) or _one_word_name_saying_it(subj, tok)
                                    or _said_of_as_a_thing(subj)) else None
        if found is not None and kind == "person" and _other_gender(tok, _speaker_name(subj)):
            found = None
    if found is not None and rival:
        # both the reporter and the addressee fit ("Ana Ruiz told Maria Lopez she would"): which one is meant
        # is not a guess the table makes, so the pronoun stays
        return Referent(tok)
    return found


def _said_of_as_a_thing(subj: Token) -> bool:
    """'The airline's owner, which bought it in 2018, said it would sell the carrier': a relative "which" on a person
    noun ("owner", "buyer", "operator") says the noun stands for a body, not a person, so its "it" is the reporter."""
    return subj.pos_ == "NOUN" and subj.tag_ == "NN" and any(
        c.dep_ == "relcl" and any(g.lower_ == "which" and g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
        for c in subj.children)


def _kept_thing(subj: Token, tok: Token) -> Token | None:
    """'The ship's captain said it had been repaired in May', 'The vessel's owner said it had been inspected': a
    passive "it" reported by the keeper of a thing (the reporter's possessor a singular common noun, no person or
    group) is that thing, what was done to; None otherwise (a person's lawyer: "Maria Lind's lawyer said it")."""
    if tok.lower_ != "it" or tok.dep_ != "nsubjpass":
        return None
    return next((c for c in subj.children if c.dep_ == "poss" and c.pos_ == "NOUN" and c.tag_ == "NN"
                 and not _is_person(c) and not _is_group(c) and not lemma_in(c, PERSON_NOUNS)
                 and c.ent_type_ not in _NOT_ANTECEDENTS), None)


def _raised_by(tok: Token, verb: Token) -> bool:
    """Whether the pronoun ``tok`` is the subject of an infinitive ("to V") right after it whose clause hangs on
    ``verb``: "expects it to fall", "wants them to leave" (the object of ``verb``, parsed as the infinitive's subject)."""
    clause = tok.head
    return tok.i > verb.i and clause.head.i == verb.i and clause.tag_ == "VB" \
        and any(c.dep_ == "aux" and c.lower_ == "to" and c.i == tok.i + 1 for c in clause.children) \
        and not any(c.dep_ == "mark" for c in clause.children)


def _reports_the_report(verb: Token, owner: Referent) -> bool:
    """Whether ``owner`` (what a possessive on the reporting verb ``verb``'s subject stands for) is the subject of a
    reporting verb ``verb``'s clause is reported by ("His lawyer said his client denied ...": the lawyer)."""
    outer = verb.head
    if verb.dep_ != "ccomp" or outer.i == verb.i or not lemma_in(outer, REPORTING_VERBS) or owner.head is None:
        return False
    said = subject_token(outer)
    return said is not None and said.i == owner.head.i


def _named_owner(subj: Token, tok: Token) -> Token | None:
    """'Kovac's coach said she had struggled', "Smith's lawyer said he would appeal": the person named as the
    owner of a reporter who is a person noun speaks of that person; a reporter noun of the pronoun's own gender
    ("Lopez's spokeswoman said she") may mean itself, and is left as it is."""
    gender = PRONOUN_GENDERS.get(tok.lower_)
    if gender is None or tok.dep_ not in ("nsubj", "nsubjpass") or subj.pos_ != "NOUN" or not lemma_in(subj, PERSON_NOUNS) \
            or GENDER_OF_WORD.get(subj.lower_) == gender:
        return None
    owner = next((c for c in subj.children if c.dep_ == "poss" and (c.pos_ == "PROPN" or _organisation(c))), None)
    if owner is None or _named_thing(owner):
        return None
    name = [c for c in owner.subtree if c.i <= owner.i and c.pos_ == "PROPN"]
    # (a person by the entity tagger, by an earlier mention or by a first name: "Acme's lawyer" is no one's he)
    person = owner.ent_type_ == "PERSON" or _earlier_person_mention(owner) is not None \
        or len(name) > 1 and name[0].lower_ in GENDER_OF_WORD
    return owner if person and not _other_gender(tok, name) else None


def _owner_of_the_same(subj: Token, tok: Token) -> Token | None:
    """The possessive of ``tok``'s own family in the reporter's phrase ("Her coach" for a "she", "His lawyer" for
    a "he", "Its chief executive" for an "it"), whose referent the reported pronoun takes up; None if none."""
    return next((c for c in _family_possessives(subj, tok) if c.lower_ != tok.lower_), None)


def _owned_by_the_same(noun: Token, tok: Token) -> bool:
    """'His lawyer, Elena Baroja, said ... everything he owed': a person noun owned by a pronoun of ``tok``'s own
    family is someone else than the one that pronoun stands for (the owner is)."""
    return next(_family_possessives(noun, tok), None) is not None


def _family_possessives(noun: Token, tok: Token):
    """The possessives on ``noun`` of the pronoun ``tok``'s own family ("Her" in "Her coach" for a "she")."""
    family = {tok.lower_, *PRONOUN_FAMILIES.get(tok.lower_, ())}
    return (c for c in noun.children if c.dep_ == "poss" and c.lower_ in family)


def _speaker_name(subj: Token) -> list[Token]:
    """The words that name the reporter ``subj``: its own name, or the name set off after it ("Her coach,
    Daniel Otieno,"), for a gender check."""
    name = next((c for c in subj.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    head = name if name is not None else subj
    return [x for x in head.subtree if x.i <= head.i and x.pos_ == "PROPN"] or [head]


def _trailing_reporter(tok: Token) -> Token | None:
    """What a pronoun subject of a reporting verb after its reported clause stands for: that clause's own
    subject, when it fits ("Brightmart will close 40 stores, it said": Brightmart; "The minister will resign,
    she said"); not when another noun that fits comes between."""
    kind = REPORTED_PRONOUN_SUBJECTS.get(tok.lower_)
    verb = tok.head
    if kind is None or tok.dep_ != "nsubj" or verb.lemma_.lower() not in REPORTING_VERBS:
        return None
    clause = next((c for c in verb.children if c.dep_ in ("ccomp", "parataxis") and c.i < tok.i
                   and c.right_edge.i < tok.i), None)
    if clause is None:
        return None
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ == "PRON" or not _fits(subj, kind):
        return None
    between = [t for t in tok.doc[subj.right_edge.i + 1:tok.i] if t.pos_ in ("NOUN", "PROPN") and _fits(t, kind)
               and t.ent_type_ not in _NOT_ANTECEDENTS and t.dep_ in ("nsubj", "nsubjpass")]
    if between:
        return None
    owner = next((c for c in subj.children if c.dep_ == "poss" and (c.pos_ == "PROPN" or _organisation(c))), None)
    if tok.lower_ == "it" and owner is not None and subj.pos_ == "NOUN" and not _organisation(subj) \
            and not _is_group(subj):
        # "Sakura's net profit rose 14% in the year, it said": a profit says nothing; its named owner does
        return owner
    return subj


def _relative_clause_subject(tok: Token) -> Token | None:
    """'The company sold the plant, which it had bought in 2019': a pronoun subject of a relative clause on the
    main clause's object stands for the main clause's subject when that fits it (the object is what the clause
    is about, so it is not the pronoun); not when another noun between the two fits too."""
    kind = REPORTED_PRONOUN_SUBJECTS.get(tok.lower_)
    clause = tok.head
    if kind is None or tok.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "relcl" \
            or (tok.lower_ == "it" and _placeholder_it(tok)):
        return None
    noun = clause.head
    if noun.dep_ not in ("dobj", "appos", "pobj"):
        return None
    main = noun.head
    if noun.dep_ == "appos" and main.dep_ in ("dobj", "pobj"):  # "..., a policy it reversed": the noun it stands by
        main = main.head.head if main.dep_ == "pobj" else main.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.dep_ == "dobj" \
            and noun.head.lower_ not in ("from", "by", "with", "between") \
            and is_predicate(noun.head.head.head) and noun.head.head.head.pos_ == "VERB":
        # "is considering a bid for the carrier, which it first explored in 2021": a noun in the object's phrase
        # (not one who may act: "rejected an offer from the company, which it made in May")
        obj = noun.head.head
        return _fitting_main_subject(tok, obj.head, kind, {noun.i, obj.i})
    if noun.dep_ == "pobj":
        # "expects to pay 7 dollars, down from the 8 dollars it projected in May": the verb the phrase hangs on
        # (through an adverb), when the clause has no relative word (the noun is its object)
        if any(c.lower_ in RELATIVE_PRONOUNS or c.tag_ in ("WDT", "WP", "WRB") for c in clause.children):
            return None
        main = main.head
        if main.dep_ == "advmod":
            main = main.head
    if not is_predicate(main) or main.pos_ != "VERB":
        return None
    return _fitting_main_subject(tok, main, kind, {noun.i})


def lost_main_verb_subject(pred: Token) -> Token | None:
    """'Negotiations between the two unions stalled in the spring', parsed with no verb: the sentence's head is
    the noun, "stalled" a participle on "unions". A past form hung that way inside the phrase of a sentence with
    no other verb is the lost main verb, and the whole noun phrase before it its subject (not "the two unions")."""
    if pred.dep_ != "acl" or pred.tag_ not in ("VBD", "VBN"):
        return None
    root = pred.sent.root
    if root.pos_ not in ("NOUN", "PROPN") or root.i > pred.i or pred.head.i == root.i:
        return None
    own = {t.i for t in pred.subtree}
    aside = appositive_holding(root, pred) if pred.tag_ == "VBD" and pred.doc[pred.i - 1].text == "," else set()
    # (a participle of an apposition on the root, before the lost verb, is the aside's own: "Oakridge Home, the
    # retailer founded in 1952 as a showroom in Dayton, filed for bankruptcy", with "filed" hung on "showroom")
    # (nor a participle clause set off after the verb's phrase, said of the whole: "A ship of a similar size
    # grounded at almost the same spot in 2016, closing the canal for a day")
    if any(t.pos_ in ("VERB", "AUX") and t.i not in own
           and not (t.i in aside and t.dep_ == "acl" and t.tag_ in ("VBN", "VBD") and t.i < pred.i)
           and not (t.tag_ == "VBG" and t.i > pred.right_edge.i and t.doc[t.left_edge.i - 1].text == ",")
           for t in pred.sent):
        return None
    # (never across a label: "Wildfires near Athens: thousands evacuated on Sunday", "Photo: The bridge built in
    # 1890" name a topic, then a phrase of their own)
    if any(t.text in (":", "\u2014", "\u2013", "-", "|") for t in pred.doc[pred.sent.start:pred.head.left_edge.i]):
        return None
    return root


def appositive_holding(root: Token, pred: Token) -> set[int]:
    """The words of the apposition set off on the noun ``root`` inside which the parser hung ``pred`` (empty if
    none)."""
    for app in root.children:
        if app.dep_ == "appos" and app.i > root.i and pred in app.subtree:
            return {t.i for t in app.subtree}
    return set()


def _adverbial_plural_things(tok: Token, main: Token) -> Token | None:
    """'Tickets for the three shows sold out in an hour when they went on sale': a "they" subject of an adverbial
    clause on the main verb stands for that verb's subject when it is a plural noun of things (the subject of a
    lost main verb too, :func:`lost_main_verb_subject`), no other plural is named between the verb and the
    pronoun, and no people (a group, a plural pronoun) are named in the pronoun's sentence or the one before, whom
    the "they" may mean instead ("The talks collapsed when they walked out" after "Union leaders met ...")."""
    if tok.lower_ != "they" or tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    # (an amount is said of the things in its phrase: "Prices for the phones fell after they went on sale")
    subj = lost_main_verb_subject(main) or (subject_token(main) if is_predicate(main) else None)
    if subj is None or subj.pos_ != "NOUN" or subj.tag_ != "NNS" or subj.i > main.i or _is_person(subj) \
            or _is_group(subj) or subj.ent_type_ in _NOT_ANTECEDENTS or lemma_in(subj, QUANTITY_NOUNS) \
            or lemma_in(subj, MEASURED_NOUNS):
        return None
    doc = tok.doc
    if any(t.tag_ in ("NNS", "NNPS") and t.ent_type_ not in _NOT_ANTECEDENTS and t.lemma_.lower() not in TIME_UNITS
           for t in doc[main.i + 1:tok.i]):
        return None
    lo = doc[tok.sent.start - 1].sent.start if tok.sent.start > 0 else tok.sent.start
    if any(t.i != tok.i and (t.lower_ in PLURAL_PRONOUNS or t.pos_ in ("NOUN", "PROPN") and _is_group(t))
           for t in doc[lo:tok.sent.end]):
        return None
    return subj


def _adverbial_clause_people(tok: Token) -> Token | None:
    """'Marsh had lied to auditors when they visited his office in 2016', 'The minister ignored the nurses after
    they walked out': a "they" subject of an adverbial clause on a verb whose own subject cannot be it (one person
    or thing) stands for the one plural of people or groups that verb names before it (its object, or a
    preposition's), not for someone of the sentence before; two such, or a fitting subject ("The nurses ignored the
    minister after they won"), leave it to the other rules."""
    clause = tok.head
    if tok.lower_ != "they" or tok.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "advcl" \
            or not any(c.i < tok.i and (c.dep_ == "mark" or c.dep_ == "advmod" and c.tag_ == "WRB")
                       and c.lower_ in ADVERBIAL_MARKS for c in clause.children):
        return None
    main = clause.head
    if not is_predicate(main) or main.pos_ not in ("VERB", "AUX") or main.i > tok.i:
        return None
    subj = subject_token(main)
    if subj is None or subj.pos_ == "PRON" or _is_group(subj) or subj.tag_ in ("NNS", "NNPS") \
            or any(c.dep_ == "conj" for c in subj.children):
        return None
    inside = {x.i for x in clause.subtree}
    groups = [t for t in tok.doc[main.i + 1:tok.i] if t.i not in inside and t.dep_ in ("dobj", "pobj", "dative")
              and t.pos_ in ("NOUN", "PROPN") and _is_group(t) and t.ent_type_ not in _NOT_ANTECEDENTS]
    return groups[0] if len(groups) == 1 else None


def _adverbial_clause_subject(tok: Token) -> Token | None:
    """'The airline has cut 40 routes since it took over the carrier in 2020': a pronoun subject of an
    adverbial clause opened by a subordinator on the main verb stands for that verb's subject when it fits and
    no other fitting noun comes between ("The airline bought the carrier before it collapsed" stays open)."""
    kind = REPORTED_PRONOUN_SUBJECTS.get(tok.lower_)
    clause = tok.head
    # (the parser takes "when" for an adverb of its clause as often as for its subordinator)
    if kind is None or tok.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "advcl" \
            or not any(c.i < tok.i and (c.dep_ == "mark" or c.dep_ == "advmod" and c.tag_ == "WRB"
                                        and c.lower_ in ADVERBIAL_MARKS) for c in clause.children) \
            or (tok.lower_ == "it" and _placeholder_it(tok)):
        return None
    main = clause.head
    if main.dep_ == "advmod" and main.pos_ == "ADJ" and not is_predicate(main):
        main = main.head  # "has issued 14 fines, more than in any year since it took over": the verb "more" is on
    body = _body_above_participle(tok, main)
    if body is not None:
        return body
    if kind == "group":
        things = _adverbial_plural_things(tok, main)
        if things is not None:
            return things
    if not is_predicate(main) or main.pos_ not in ("VERB", "AUX"):
        return None
    return _fitting_main_subject(tok, main, kind)


def _fronted_clause_thing(tok: Token) -> Token | None:
    """'If the case goes to trial, it is unlikely to be heard before spring': an "it" subject of a clause that a
    fronted subordinate clause (opened by a subordinator, before the pronoun) modifies stands for that clause's
    own subject when it is a thing (a common noun, singular, not a person); None otherwise ("If the minister
    resigns, it will ..." stays with the other rules)."""
    if tok.lower_ != "it" or tok.dep_ not in ("nsubj", "nsubjpass") or _placeholder_it(tok):
        return None
    clause = tok.head
    if tok.dep_ != "nsubjpass" and clause.lemma_ != "be" and not _taking_effect(clause) and not any(
            lemma_in(clause, words) for words in (CHANGE_VERBS, THING_VERBS, ASPECTUAL_VERBS, EVENT_COURSE_VERBS)):
        return None  # a doer's "it" ("If the deal fails, it will sue, Apple said") may be anyone's
    fronted = next((c for c in clause.children if c.dep_ == "advcl" and c.right_edge.i < tok.i
                    and any(m.dep_ == "mark" and m.i < c.i for m in c.children)), None)
    subj = subject_token(fronted) if fronted is not None and is_predicate(fronted) else None
    if subj is None or subj.pos_ != "NOUN" or subj.tag_ != "NN" or _is_person(subj) or not _fits(subj, "thing"):
        return None
    return subj


def _acting_owner_of_event_subject(tok: Token) -> Token | None:
    """'Its last win came on March 20, when it beat Harford 2-1', 'The team's first defeat came in May, when it
    lost to Leeds': an "it" doing something (with an object, or an active verb) in a clause under a main clause
    whose subject is an event someone owns stands for the owner, not the event (a win beats no one). The
    owner's token (a possessive pronoun is resolved by the caller); None otherwise."""
    clause = tok.head
    if tok.lower_ != "it" or tok.dep_ != "nsubj" or clause.dep_ not in ("advcl", "relcl") or clause.pos_ != "VERB" \
            or _placeholder_it(tok) or lemma_in(clause, EVENT_COURSE_VERBS) or lemma_in(clause, ASPECTUAL_VERBS) \
            or lemma_in(clause, CHANGE_VERBS) or lemma_in(clause, MEASURE_VERBS):
        return None  # ("The firm's revenue has doubled since 2020, when it rose above 1 billion": the amount rose)
    main = clause.head
    if clause.dep_ == "relcl":  # "came on March 20, when it beat ...": the parser's "when" clause on the time
        main = next((a for a in clause.ancestors if is_predicate(a) and a.pos_ in ("VERB", "AUX")), None)
    subj = subject_token(main) if main is not None and is_predicate(main) else None
    if subj is None or subj.i > tok.i or subj.pos_ != "NOUN" or not is_event_nominal(subj) \
            or lemma_in(subj, QUANTITY_NOUNS) or lemma_in(subj, MEASURED_NOUNS):
        return None
    return next((c for c in subj.children if c.dep_ == "poss" and (c.lower_ == "its" or c.pos_ in ("PROPN", "NOUN"))
                 and not _is_person(c)), None)


def _body_above_participle(tok: Token, main: Token) -> Token | None:
    """'The court extended an order blocking the deployment until Oct. 24, when it will hear arguments': an "it"
    that acts on an object, in a clause the parser hung on a participle describing a thing, is the finite verb's
    subject when that is a body (an order hears nothing); None otherwise."""
    if main.dep_ != "acl" or main.tag_ != "VBG" or tok.lower_ != "it" \
            or not any(c.dep_ == "dobj" for c in tok.head.children) or not _acts_on_object(tok.head) \
            or _organisation(main.head) or main.head.dep_ not in ("dobj", "nsubj", "nsubjpass") \
            or not is_predicate(main.head.head):
        return None
    body = subject_token(main.head.head)
    return body if body is not None and _organisation(body) and body.i < tok.i else None


def _when_clause_subject(tok: Token) -> Token | None:
    """'Ireland last voted on its constitution in 2018, when it removed the ban': a pronoun subject of a "when"
    clause on the time of the main verb stands for that verb's subject, as in an adverbial clause (a noun owned by
    the same pronoun's family is no rival: "its constitution" is Ireland's)."""
    kind = REPORTED_PRONOUN_SUBJECTS.get(tok.lower_)
    clause = tok.head
    if kind is None or tok.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "relcl" \
            or not any(c.lower_ == "when" and c.i < tok.i for c in clause.children) \
            or clause.head.ent_type_ not in ("DATE", "TIME") or (tok.lower_ == "it" and _placeholder_it(tok)):
        return None
    main = clause.head.head
    if main.dep_ == "prep":
        main = main.head
    if not is_predicate(main) or main.pos_ not in ("VERB", "AUX"):
        return None
    body = _body_above_participle(tok, main)
    if body is not None:
        return body
    owned = {x.i for t in tok.doc[main.left_edge.i:tok.i] if _owned_by_the_same(t, tok) for x in t.subtree}
    return _fitting_main_subject(tok, main, kind, owned)


def _level_clause_subject(tok: Token) -> Token | None:
    """'The pound weakened to about 49.5 to the dollar from 30.85, where it had been held since March 2023': a
    pronoun subject of a "where" clause on an amount (a level the main verb moves from or to) stands for the main
    verb's subject, the thing measured (when it fits the pronoun)."""
    kind = REPORTED_PRONOUN_SUBJECTS.get(tok.lower_)
    clause = tok.head
    level = clause.head
    if kind is None or tok.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "relcl" \
            or not any(c.lower_ == "where" and c.i < tok.i for c in clause.children) \
            or not (level.like_num or level.ent_type_ in _AMOUNTS and level.ent_type_ not in ("DATE", "TIME")) \
            or level.dep_ != "pobj" or level.head.dep_ != "prep":
        return None
    main = level.head.head
    if not is_predicate(main) or main.pos_ not in ("VERB", "AUX"):
        return None
    # (a verb that moves its object moves that: "cut its stake to 10% from 25%, where it had been since 2019")
    obj = next((c for c in main.children if c.dep_ == "dobj" and c.ent_type_ not in _AMOUNTS and not c.like_num), None)
    subj = obj if obj is not None else subject_token(main)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN") or subj.i > level.i or not _fits(subj, kind):
        return None
    return subj


def _adverbial_thing(tok: Token) -> Token | None:
    """'His grandfather rebuilt the brewhouse after it was bombed', 'Prices for the drug fell when it lost its
    patent': an "it" subject of an adverbial clause under a main clause whose subject cannot be an "it" (a
    person, people, a plural) stands for the one singular thing that clause names before it (its object, or
    the thing in its subject's phrase); none or two such things and it stays open."""
    clause = tok.head
    if tok.lower_ != "it" or tok.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "advcl" \
            or not any(c.i < tok.i and (c.dep_ == "mark" or c.dep_ == "advmod" and c.tag_ == "WRB")
                       and c.lower_ in ADVERBIAL_MARKS for c in clause.children) or _placeholder_it(tok):
        return None
    main = clause.head
    subj = subject_token(main) if is_predicate(main) else None
    if subj is None or subj.i > tok.i or subj.sent.start != tok.sent.start:
        return None
    if not (subj.pos_ == "PRON" and subj.lower_ != "it" or subj.tag_ in ("NNS", "NNPS") or _is_person(subj)
            or _is_group(subj) or _person_by_mention(subj)):
        return None
    found = None
    for t in tok.doc[subj.left_edge.i:tok.i]:
        if t.i == subj.i or t.pos_ not in ("NOUN", "PROPN") or t.dep_ not in _THING_RIVAL_SLOTS \
                or t.tag_ not in ("NN", "NNP") or t.ent_type_ in _NOT_THINGS or _is_person(t) or _is_group(t) \
                or _bare_mass(t) or t.lemma_.lower() in TIME_UNITS or not _fits(t, "thing"):
            continue
        if found is not None:
            return None  # "found the car in a river after it was stolen": which one is not a guess
        found = t
    return found


def _adverbial_same_pronoun(tok: Token, skip: frozenset[int] | set[int]) -> Referent | None:
    """'She worked as a nurse for a decade before she published her first novel': a pronoun subject of an
    adverbial clause whose main verb has the same pronoun for subject stands for whatever that one does (left
    open with it, never the role "a nurse" between them); None when the main subject is no such pronoun."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ != "advcl" or tok.lower_ == "it" \
            or not any(c.i < tok.i and c.dep_ in ("mark", "advmod") and c.lower_ in ADVERBIAL_MARKS
                       for c in tok.head.children):
        return None
    subj = subject_token(tok.head.head) if is_predicate(tok.head.head) else None
    if subj is None or subj.i > tok.i or subj.pos_ != "PRON" or subj.lower_ != tok.lower_:
        return None
    ref = resolve(subj, skip)
    return Referent(ref.head, ref.name, tok.text, ref.name_tokens) if ref.pronoun else Referent(tok)


def _fitting_main_subject(tok: Token, main: Token, kind: str, also_own: set[int] = frozenset()) -> Token | None:
    """The subject of ``main`` for the pronoun ``tok`` in a clause under it: a noun subject before the pronoun
    that fits it (``kind``, gender), with no other fitting noun between them (``also_own``: one that may stand
    there, the noun the clause hangs on)."""
    subj = subject_token(main)
    if subj is None or subj.pos_ == "PRON" or subj.i > tok.i or not _fits(subj, kind):
        return None
    if kind == "thing" and subj.pos_ == "NOUN" and (lemma_in(subj, QUANTITY_NOUNS) or lemma_in(subj, MEASURED_NOUNS)) \
            and not (lemma_in(tok.head, CHANGE_VERBS) or lemma_in(tok.head, MEASURE_VERBS)):
        # "Quillon's revenue has tripled since 2021, when it won a contract": an amount only rises or falls; what
        # does anything else is its owner (a name or a body), or no one here
        owner = next((c for c in subj.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")), None)
        if owner is None or not (_organisation(owner) or owner.pos_ == "PROPN") or not _fits(owner, kind):
            return None
        subj = owner
    if kind == "person" and _other_gender(tok, [x for x in subj.subtree if x.i <= subj.i and x.pos_ == "PROPN"] or [subj]):
        return None
    own = {x.i for x in subj.subtree} | set(also_own)
    # a body that does something to an object in the pronoun's clause ("the city had followed the law when it
    # approved the project"): only another body could be meant instead
    acting = kind == "thing" and _organisation(subj) and _acts_on_object(tok.head)
    if any(t.pos_ in ("NOUN", "PROPN") and t.i not in own and t.dep_ in _THING_RIVAL_SLOTS and not _bare_mass(t)
           and t.lemma_.lower() not in TIME_UNITS  # ("in any year since it took over")
           and t.ent_type_ not in _AMOUNTS and _fits(t, kind) and (not acting or _organisation(t))  # ("gained 9%")
           for t in tok.doc[subj.i + 1:tok.i]):
        return None
    return subj


def _bare_mass(t: Token) -> bool:
    """A singular common noun in lower case with no determiner, number or possessor before it ("regain strength",
    "told staff", "raised fresh capital", "lost cabin pressure"): no particular thing a later "it" could take up."""
    return t.pos_ == "NOUN" and t.tag_ == "NN" and not t.is_title and not any(
        c.i < t.i and not (c.dep_ in ("compound", "amod") and c.pos_ in ("NOUN", "ADJ") and not c.is_title
                           and not any(g.dep_ in ("det", "poss", "nummod") for g in c.children))
        for c in t.children)


def _reporting_body(verb: Token) -> bool:
    """Whether the reporting verb ``verb``'s own subject is a body that acts (:func:`_organisation`), or a noun whose
    name set off after it is one's ("The landlord, Harbour Estates, had told the tenants ...")."""
    subj = subject_token(verb)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
        return False
    if _organisation(subj) and _fits(subj, "thing"):
        return True
    return any(c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > subj.i and _organisation(c) and _fits(c, "thing")
               for c in subj.children)


def _made_to_act(verb: Token) -> bool:
    """'It was ordered to pay each family 8,000 pounds', 'was forced to sell the plant': a passive verb whose
    infinitive acts on an object; its subject is made to do that, so it is a doer."""
    return any(c.dep_ == "auxpass" for c in verb.children) and any(
        x.dep_ == "xcomp" and has_to(x) and _acts_on_object(x)
        for x in verb.children)


def _organisation(t: Token) -> bool:
    """A body that acts: an organisation's name or a noun naming one (``organisation_nouns``)."""
    return t.ent_type_ == "ORG" or lemma_in(t, ORGANISATION_NOUNS) or _organisation_name(t)


def _acts_on_object(verb: Token) -> bool:
    """An active verb with a direct object of its own ("approved the project"), or a relative clause's verb whose
    object is the noun it hangs on ("the 8 dollars it projected"), whose subject is a doer."""
    if any(c.dep_ == "auxpass" for c in verb.children):
        return False
    return any(c.dep_ == "dobj" for c in verb.children) or verb.dep_ == "relcl" \
        and not any(c.dep_ in ("prep", "dative") and not any(g.dep_ == "pobj" for g in c.children) for c in verb.children)


# how many heads up from a pronoun's clause the clause whose subject is the same pronoun may be
_ABOVE_REACH = 6


def _same_pronoun_above(tok: Token, skip: frozenset[int] | set[int]) -> Referent | None:
    """'By Wednesday it had moved out over the sea, where it is expected to regain strength before it reaches
    Vietnam': a pronoun subject of a clause inside a clause whose subject is the same pronoun (in its sentence,
    before it) stands for whatever that one does; the clause between may hang on a noun (the sea), which its own
    "it" is not. Resolved as that pronoun is; None when it is not."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.lower_ not in REPORTED_PRONOUN_SUBJECTS \
            or (tok.lower_ == "it" and _placeholder_it(tok)):
        return None
    t = tok.head
    for _ in range(_ABOVE_REACH):
        # ("its biggest acquisition since it was founded": an "its" on a noun the clause hangs on is that "it")
        owner = next((c for c in t.children if c.dep_ == "poss" and c.i < tok.i
                      and c.lower_ in PRONOUN_FAMILIES.get(tok.lower_, ())), None)
        if owner is not None:
            ref = resolve(owner, skip)
            if ref.pronoun and t.dep_ == "appos" and ref.head is not None and ref.head.i == t.head.i:
                # ("The deal, its largest since it bought Mannesmann": the noun "its largest" is set beside is no
                # owner of its own "its")
                return None
            return Referent(ref.head, ref.name, tok.text, ref.name_tokens) if ref.pronoun else None
        # (an infinitive complement on the way up is no report: "it expects earnings to be lower than the $49
        # million it earned")
        infinitive = t is not tok.head and t.dep_ == "ccomp" and has_to(t)
        if t.head.i == t.i or t.dep_ in ("conj", "ccomp", "parataxis") and not infinitive:
            return None  # a coordinated or reported clause has rules of its own
        t = t.head
        if not is_predicate(t):
            continue
        subj = subject_token(t)
        if subj is None or subj.i == tok.i or subj.i > tok.i:
            continue
        if subj.lower_ != tok.lower_ and tok.lower_ == "it" and subj.tag_ in ("NNS", "NNPS"):
            continue  # a plural between is no "it" ("earnings to be lower than ... it earned")
        if subj.lower_ != tok.lower_:
            return None
        ref = resolve(subj, skip)
        return Referent(ref.head, ref.name, tok.text, ref.name_tokens) if ref.pronoun else None
    return None


def _quoted_we(tok: Token, skip: frozenset[int] | set[int]) -> Token | None:
    """'"We will reopen the plant in June," the company said': a "we" in the words of a body that acts (an
    organisation's name or a noun naming one) is that body; a person's "we" (a coach's, a minister's) is left
    open: which team or government is not said."""
    if tok.lower_ != "we" or tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    who = past_dateline(reported_by(tok.head), skip)
    if who is None or who.pos_ not in ("NOUN", "PROPN") or who.tag_ not in ("NN", "NNP") or _is_person(who) \
            or _person_by_mention(who) or not _organisation(who):
        return None
    return who


def _quoted_i(tok: Token, skip: frozenset[int] | set[int]) -> Referent | None:
    """'"I raised the cracks with the board in 2021," he told the inquiry': a quoted "I" is whoever says the quote
    (through the speaker's own pronoun when the speaker is one: "he" is the commissioner named before). None outside
    a quotation or with no speaker found."""
    if tok.lower_ != "i" or tok.dep_ not in ("nsubj", "nsubjpass") or not _in_quotation(tok):
        return None
    said = past_dateline(reported_by(tok.head), skip)
    if said is not None and lemma_in(said.head, QUOTING_VERBS):
        # 'Smith quoted his father: "I built ..."': the one quoted speaks, not the one quoting
        # (a person: 'Smith quoted a line from his diary: "I was afraid"' is still Smith speaking)
        said = next((c for c in said.head.children if c.dep_ == "dobj" and _is_person(c)), said)
    if said is None or said.i == tok.i or said.lower_ in OPEN_SPEAKER_PRONOUNS:
        return None
    who = _resolve(said, skip) if said.pos_ == "PRON" else Referent(said)
    if who.head is not None and who.head.pos_ == "PRON" and not who.name_tokens:
        return None  # a speaker's pronoun left open leaves the "I" open too
    return replace(who, pronoun=tok.text)


def _where_clause_object(tok: Token) -> Token | None:
    """'Rescuers reached six miners in a flooded mine where they had been trapped': a plural pronoun subject of
    a relative clause on a place named after the main verb's object stands for that object when it is plural
    (what was in the place is what the object names; the subject came to it)."""
    clause = tok.head
    # (an "it" only where its clause says where it is, "..., left its key rate at a 23-year high, where it has been
    # since July": in "built a plant in Ohio, where it employs 500 people" the doer is the builder)
    state = tok.lower_ == "it" and lemma_in(clause, LOCATED_STATE_VERBS)
    if tok.lower_ not in PLURAL_PRONOUNS and not state or tok.dep_ not in ("nsubj", "nsubjpass") \
            or clause.dep_ != "relcl" or not any(c.dep_ == "advmod" and c.lower_ == "where" for c in clause.children):
        return None
    main = clause.head
    while main.dep_ in ("pobj", "prep", "compound", "appos") and main.head.i != main.i:
        main = main.head
        if is_predicate(main):
            break
    if not is_predicate(main):
        return None
    obj = next((c for c in main.children if c.dep_ == "dobj"), None)
    number = ("NN", "NNP") if state else ("NNS", "NNPS")
    return obj if obj is not None and obj.i < clause.head.i and obj.tag_ in number \
        and obj.ent_type_ not in _NOT_ANTECEDENTS and not (state and _is_person(obj)) else None


def resolve(tok: Token | None, skip: frozenset[int] | set[int] = frozenset()) -> Referent:
    """What the subject (or possessor) ``tok`` stands for; ``skip``: token indices that are no one (the
    dateline)."""
    ref = _resolve(tok, skip)
    if ref.pronoun and tok is not None and ref.head is not None and tok.lower_ not in RELATIVE_PRONOUNS \
            and tok.head.dep_ in ("relcl", "acl") and tok.head.head.i == ref.head.i:
        # "The plant it shut down in May reopened": a personal pronoun in a relative clause is never the noun the
        # clause hangs on (that noun is the clause's object); who it is stays open rather than wrong
        return Referent(tok)
    if ref.pronoun and tok is not None and PRONOUN_GENDERS.get(tok.lower_) and _in_quotation(tok) \
            and _is_speaker(ref, tok, skip):
        # '"He has been preparing this for weeks," Lindner said': in a quote a "he" is someone the speaker
        # speaks of, not the speaker; who it is stays open rather than wrong
        return Referent(tok)
    if ref.pronoun and tok is not None and tok.lower_ == "they" and _in_quotation(tok) \
            and any(x.lower_ in SPEAKER_SIDE_PRONOUNS and x.i != tok.i for x in tok.head.subtree):
        # '"They promised us in 2019 that ...," said a farmer': a quoted "they" set against "us" is the other side,
        # not the group the speaker belongs to that the nearest plural subject names; who it is stays open
        return Referent(tok)
    return ref


# what a thing is placed at its time by, as the predicate of its subject ("is scheduled for", "was set for", "is due")
_SCHEDULED_PREDICATES = SCHEDULING_VERBS | {"due", "expect", "slate", "timetable"}


def _slips(tok: Token) -> bool:
    """Whether ``tok`` is an "it" that slips, is delayed or postponed (``schedule_slipping_verbs``: with no object,
    or in the passive)."""
    verb = tok.head
    if tok.lower_ != "it" or not lemma_in(verb, SCHEDULE_SLIPPING_VERBS):
        return False
    if tok.dep_ == "nsubjpass":
        return True
    return tok.dep_ == "nsubj" and not any(c.dep_ in ("dobj", "auxpass") for c in verb.children)


def _scheduled_thing(tok: Token, skip: frozenset[int] | set[int]) -> Token | None:
    """The nearest subject, in the pronoun's sentence or the one before, of a predicate that places a thing at its
    time ("The next Vega launch ... is scheduled for June 18", "The vote had been set for next week", "The opening
    is due in May"), or an event noun as a subject; not a person or a group."""
    doc = tok.doc
    lo = _sentences_back(doc, tok.sent.start, 1, _past_skip(skip))
    for t in reversed(doc[lo:tok.i]):
        if t.dep_ not in ("nsubj", "nsubjpass") or t.pos_ not in ("NOUN", "PROPN") or _is_person(t) or _is_group(t) \
                or t.ent_type_ in _NOT_ANTECEDENTS:
            continue
        pred = t.head
        placed = lemma_in(pred, _SCHEDULED_PREDICATES) or any(
            c.dep_ in ("acomp", "attr", "prep") and c.lower_ in _SCHEDULED_PREDICATES for c in pred.children)
        if placed or is_event_nominal(t):
            return t
    return None


def _is_speaker(ref: Referent, tok: Token, skip: frozenset[int] | set[int]) -> bool:
    """Whether ``ref`` (what the quoted pronoun ``tok`` was resolved to) is whoever says the quote."""
    pred = tok.head
    said = reported_by(pred)
    if said is None or said.i == tok.i:
        return False
    who = _resolve(said, skip) if said.pos_ == "PRON" else Referent(said)
    words = {t.text for t in (ref.name_tokens or ([ref.head] if ref.head is not None else []))}
    theirs = {t.text for t in (who.name_tokens or ([who.head] if who.head is not None else []))}
    if len(ref.name_tokens) > 1 and len(who.name_tokens) > 1 and ref.name_tokens[0].text != who.name_tokens[0].text:
        return False  # "Her husband, Tom Calder, ... 'He was diagnosed,' [Ruth Calder] said": one surname, two people
    return bool(words & theirs) or ref.head is not None and who.head is not None and ref.head.i == who.head.i


def _resolve(tok: Token | None, skip: frozenset[int] | set[int] = frozenset()) -> Referent:
    if tok is None:
        return Referent(None)
    owned = _elliptical_owner(tok)
    if owned is not None:
        return Referent(None, " ".join(x.text for x in owned), tok.text, owned)
    named = _epithet_name(tok, skip)
    if named is not None:
        epithet = " ".join(x.text for x in tok.doc[tok.left_edge.i:tok.i + 1])
        return Referent(None, " ".join(t.text for t in named), epithet.replace(" - ", "-"), named)
    ante = _relative_antecedent(tok)
    if ante is not None:
        named = _epithet_name(ante, skip)
        if named is not None:
            # "Anna Kovac won on Sunday. The 28-year-old, who turned professional in 2019, ...": who she is
            return Referent(None, " ".join(t.text for t in named), tok.text, named)
        if ante.dep_ == "appos" and ante.pos_ == "NOUN" and ante.head.pos_ == "PROPN" and ante.head.i < ante.i \
                and ante.head.ent_type_ not in ("DATE", "TIME") \
                and not any(t.pos_ in ("VERB", "AUX") for t in tok.doc[ante.head.i + 1:ante.left_edge.i]):
            # "Diaz, a former schoolteacher who was first elected in 2016": the description's own referent, the name
            # (not a noun set off after the name's whole clause, which sums the clause up, nor one the parser hung on
            # the clause's time: "Swiftbox began flying drones on Monday, a trial that was approved in May": the trial)
            ante = ante.head
        return Referent(ante, pronoun=tok.text)
    named = _one_of_two(tok, skip)
    if named is not None:
        return Referent(None, " ".join(t.text for t in named), tok.text, named)
    ahead = _fronted_possessor_subject(tok) or _own_subject_its(tok) or _own_subject_their(tok) \
        or _infinitive_possessor(tok) \
        or _record_owner(tok) or _relative_clause_possessive(tok)
    if ahead is not None:
        return Referent(ahead, pronoun=tok.text)
    owner = _acting_owner_of_event_subject(tok)
    if owner is not None:
        ref = _resolve(owner, skip) if owner.pos_ == "PRON" else Referent(owner)
        if owner.pos_ == "PRON" and ref.head is not None and ref.head.i == owner.i:
            ref = _previous_thing_subject(owner, skip, possessive=True) or ref
        if owner.pos_ != "PRON" or ref.head is None or ref.head.i != owner.i:
            return replace(ref, pronoun=tok.text)
    same = _own_subject_pronoun(tok, skip)
    if same is not None:
        return same
    if _slips(tok):
        # "The next launch is scheduled for June 18, but Arianespace said it could slip into the third quarter":
        # what slips is a scheduled thing, never the body reporting it; none in reach leaves the pronoun open
        thing = _scheduled_thing(tok, skip)
        return Referent(thing, pronoun=tok.text) if thing is not None else Referent(tok)
    people = _adverbial_clause_people(tok)
    if people is not None:
        return Referent(people, pronoun=tok.text)
    reporter = _reporter(tok, skip)
    if reporter is not None:
        return reporter
    owner = _possessor_of_other_gender_reporter(tok)
    if owner is not None:
        return Referent(owner, pronoun=tok.text)
    teller = _trailing_reporter(tok) or _relative_clause_subject(tok) or _adverbial_clause_subject(tok) \
        or _fronted_clause_thing(tok) \
        or _when_clause_subject(tok) or _level_clause_subject(tok) \
        or _where_clause_object(tok) or _adverbial_thing(tok)
    if teller is not None:
        return Referent(teller, pronoun=tok.text)
    above = _same_pronoun_above(tok, skip) or _adverbial_same_pronoun(tok, skip)
    if above is not None:
        return above
    body = _quoted_we(tok, skip)
    if body is not None:
        return Referent(body, pronoun=tok.text)
    speaker = _quoted_i(tok, skip)
    if speaker is not None:
        return speaker
    if tok.lower_ in PLURAL_PRONOUNS:
        group = _passive_patient(tok) or _plural_antecedent(tok, skip) or _plural_passive_thing(tok) \
            or _raised_plural_object(tok)
        if group is not None:
            return Referent(group, pronoun=tok.text)
        return _conjunct_pronoun(tok) or Referent(tok)
    sold = _transferred_thing(tok)
    if sold is not None:
        return Referent(sold, pronoun=tok.text)
    thing = _conjunct_pronoun(tok) or _previous_thing_subject(tok, skip)
    if thing is not None:
        return thing
    if tok.pos_ == "PRON" or tok.tag_ in ("PRP", "PRP$"):
        name = _antecedent_name(tok, skip)
        if isinstance(name, Token):
            return Referent(name, pronoun=tok.text)
        if name:
            return Referent(None, " ".join(t.text for t in name), tok.text, name)
        only = _only_thing_before(tok, skip)
        if only is not None:
            return Referent(only, pronoun=tok.text)
        chained = _it_chain(tok, skip)
        if chained is not None:
            return chained
    return Referent(tok)


def _epithet_name(tok: Token, skip: frozenset[int] | set[int]) -> list[Token] | None:
    """'Anna Kovac won the race on Sunday. The 28-year-old, who turned professional in 2019, took the lead early':
    a story's epithet for its person, by age or nationality with "the" ("The 28-year-old", "the 31-year-old
    Czech", "The Brazilian"), opening its sentence as the subject, stands for the named person subject of the
    sentence before; that name's words, or None (no named person there: "Police arrested a man. The 34-year-old
    ..." keeps its epithet)."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.left_edge.i != tok.sent.start or tok.sent.start == 0 \
            or tok.sent.start <= _past_skip(skip) - 1 \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    bare_age = tok.lower_ == "old" and any(c.lemma_.lower() == "year" for c in tok.children)
    if not (bare_age or _aged(tok) and tok.pos_ == "NOUN" or _nationality_noun(tok)) \
            or any(x.pos_ == "PROPN" and x.ent_type_ != "NORP" for x in tok.subtree if x.i <= tok.i):
        return None
    # the nearest main-clause subject before (over a sentence the splitter cut off a coordinated verb, "and won in
    # 2:20:11.", which has none)
    doc = tok.doc
    lo = _sentences_back(doc, tok.sent.start, 2, _past_skip(skip))
    before = next((t for t in reversed(doc[lo:tok.sent.start]) if t.dep_ in ("nsubj", "nsubjpass")
                   and t.head.dep_ in ("ROOT", "conj") and t.head.head.dep_ in ("ROOT", "conj")), None)
    if before is None or before.pos_ != "PROPN" or before.ent_type_ != "PERSON":
        return None
    # (the name alone, not its title: "Former world No. 1 Lena Brandt" is "Lena Brandt" again)
    j = before.i
    while j - 1 >= before.left_edge.i and doc[j - 1].pos_ == "PROPN" and doc[j - 1].dep_ in ("compound", "flat"):
        j -= 1
    return list(doc[j:before.i + 1])


def _one_of_two(tok: Token, skip: frozenset[int] | set[int]) -> list[Token] | None:
    """'Ruiz and Patel met in Geneva on Monday. The former flew home on Tuesday': "the former"/"the latter" with no
    noun of its own (``ordinal_anaphors``) stands for the first or the last of the nearest two nouns or names
    joined by a conjunction, in its sentence before it or the one before; that conjunct's words without the rest
    of the coordination, or None (none in reach, or more than two joined: "the latter" of three is no one)."""
    which = ORDINAL_ANAPHORS.get(tok.lower_)
    if which is None or tok.dep_ not in ("nsubj", "nsubjpass") or tok.pos_ not in ("ADJ", "NOUN") \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
            or any(c.dep_ not in ("det", "punct") for c in tok.children):
        return None
    doc = tok.doc
    lo = _sentences_back(doc, tok.sent.start, 1, _past_skip(skip))
    for t in reversed(doc[lo:tok.i]):
        if t.pos_ not in ("NOUN", "PROPN") or t.dep_ == "conj" or t.ent_type_ in _NOT_ANTECEDENTS:
            continue
        conjs = [c for c in t.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")]
        if not conjs:
            continue
        if len(conjs) > 1 or any(c.dep_ == "conj" for c in conjs[0].children):
            return None
        if which == "last":
            return list(conjs[0].subtree)
        cut = {x.i for c in t.children if c.dep_ in ("cc", "conj", "preconj") for x in c.subtree}
        return [x for x in t.subtree if x.i not in cut and not (x.is_punct and x.i > t.i)]
    return None


def _it_chain(tok: Token, skip: frozenset[int] | set[int]) -> Referent | None:
    """'The Tarn reservoir was built in the 1960s. It was drained in 2021 after cracks were found in its dam.
    Engineers expect it to be refilled by 2027': a subject "it" no other rule resolved, whose nearest subject
    before it (in its sentence or the one before) that could be an "it" is an "it" itself, stands for what that one
    does. Plural and person subjects between are passed over (no "it"); a singular thing subject between, or an
    earlier "it" left open, leaves the pronoun open."""
    if tok.lower_ != "it" or tok.dep_ not in ("nsubj", "nsubjpass") or _placeholder_it(tok):
        return None
    doc = tok.doc
    lo = _sentences_back(doc, tok.sent.start, 1, _past_skip(skip))
    for t in reversed(doc[lo:tok.i]):
        if t.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if t.lower_ == "it":
            if _placeholder_it(t):
                return None
            ref = resolve(t, skip)
            if not ref.pronoun or (ref.head is not None and ref.head.i == t.i):
                return None
            return Referent(ref.head, ref.name, tok.text, ref.name_tokens)
        if t.pos_ == "PRON" or t.tag_ in ("NNS", "NNPS") or _is_person(t) or _is_group(t) \
                or t.ent_type_ in ("PERSON", "NORP"):
            if t.pos_ == "PRON" and t.lower_ in PERSONAL_PRONOUNS and t.lower_ not in ("they", "we", "you", "i"):
                return None  # "She left in May, and it ...": the story is about someone else now
            continue
        return None
    return None


# where a thing an "it" may stand for sits: a clause's subject or object (what a reader takes up again)
_THING_SLOTS = frozenset({"nsubj", "nsubjpass", "dobj"})
# a noun in any of these places is a thing the "it" might mean instead
_THING_RIVAL_SLOTS = _THING_SLOTS | {"pobj", "attr", "appos", "conj", "dative", "oprd"}
_NOT_THINGS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "PERSON", "NORP"})


def _only_thing_before(tok: Token, skip: frozenset[int] | set[int] = frozenset()) -> Token | None:
    """'A judge blocked the state's new voting law, two weeks before it was due to apply': a subject "it" inside
    a sentence stands for the one singular thing a subject or object names in its own sentence before it or in
    the sentence before; none or two such things (an object that could be meant as well: "The ruling came two
    weeks before it was due"), or a personal pronoun subject between, and the pronoun stays."""
    if tok.lower_ != "it" or tok.dep_ not in ("nsubj", "nsubjpass") or _placeholder_it(tok):
        return None
    teller = reported_by(tok.head)
    if teller is not None and teller.pos_ == "PROPN" and _name_gender(
            [c for c in teller.subtree if c.i < teller.i and c.dep_ == "compound"] + [teller]) is None:
        # "Nordgass said the field could hold ... and that it hoped to": a reporter whose name is no one's by its
        # first name may be a company, and meant
        return None
    doc = tok.doc
    lo = doc[tok.sent.start - 1].sent.start if tok.sent.start > 0 else tok.sent.start
    lo = max(lo, _past_skip(skip))
    found = None
    # a doer's "it" (active, and not a verb that says how an event went): an event noun of the sentence before is no
    # candidate ("Sentencing is scheduled for May 8. ... between 2020 and 2022, when it filed for bankruptcy"; in
    # its own sentence it may be: "The ruling came in May, two weeks before it took effect")
    # (a verb of change is said of an amount as much as of a doer: "Inflation reached 5% in October. Economists
    # expect it to rise in December")
    acting = tok.dep_ == "nsubj" and not lemma_in(tok.head, ASPECTUAL_VERBS) \
        and not lemma_in(tok.head, EVENT_COURSE_VERBS) and not lemma_in(tok.head, CHANGE_VERBS) \
        and tok.head.lemma_ != "be"
    raiser = subject_token(tok.head.head) if _raised_by(tok, tok.head.head) else None
    for t in doc[lo:tok.i]:
        if t.pos_ == "PRON" and t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in PERSONAL_PRONOUNS:
            return None  # "She left in May, and it closed the plant": the story is about someone else now
        if raiser is not None and t.i == raiser.i:
            continue  # "The bank expects it to fall": the one who expects is not what is expected to
        if acting and t.sent.start != tok.sent.start and is_event_nominal(t):
            continue
        if acting and t.pos_ == "NOUN" and t.lemma_.lower() in TIME_NOUNS:
            continue  # "Officials spent the eve of the summit drafting a statement. It said": a time does nothing
        if t.dep_ == "poss" and t.sent.start == tok.sent.start and t.pos_ == "NOUN" and t.tag_ == "NN" \
                and lemma_in(t, ORGANISATION_NOUNS):
            # "lied about the firm's finances ..., when it filed for bankruptcy": a body owning something in the
            # pronoun's own sentence is named there as much as a subject would be
            if found is not None:
                return None
            found = t
            continue
        if t.pos_ not in ("NOUN", "PROPN") or t.dep_ not in _THING_RIVAL_SLOTS or t.ent_type_ in _NOT_THINGS \
                or t.tag_ not in ("NN", "NNP") or _is_person(t) or _is_group(t) or not _fits(t, "thing"):
            continue
        if t.dep_ == "pobj" and t.ent_type_ in ("GPE", "LOC") and t.head.lower_ in _LOCATING_PREPOSITIONS \
                and t.head.head.pos_ in ("NOUN", "VERB") and t.head.head.i != tok.head.i:
            continue  # "closed the museum in Lyon in 2019. It reopened": where a thing is is no rival to it
        if found is not None and t.dep_ == "appos" and t.head.i == found.i:
            continue  # "closed the Blue Lagoon spa, a popular tourist attraction,": the same thing again
        if found is not None or t.dep_ not in _THING_SLOTS:
            return None
        found = t
    return found


def _time_word(t: Token) -> bool:
    return t.ent_type_ in _NOT_ANTECEDENTS


def trailing_speaker(verb: Token) -> Token | None:
    """'The group will appeal, Tom Becker, its lawyer, said on Monday', '..., its lawyer, Tom Becker, said Monday
    evening': who a reporting verb after its reported clause has said it, when the parser gave that verb no
    subject or only its time ("evening") and hung the speaker's phrase set off by commas just before it on the
    clause. The outermost such phrase that names a person or an organisation (its apposition then names it);
    None otherwise."""
    if not lemma_in(verb, REPORTING_VERBS) or verb.i < 2:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") and not _time_word(c) for c in verb.children):
        return None
    clause = next((c for c in verb.children if c.dep_ in ("ccomp", "parataxis") and c.i < verb.i), None)
    if clause is None:
        return None
    doc = verb.doc
    j = verb.i - 1
    if doc[j].text == ",":
        j -= 1
    x = doc[j]
    if x.pos_ not in ("NOUN", "PROPN") or x.i <= clause.i:
        return None

    def set_off(t: Token) -> bool:
        return t.pos_ in ("NOUN", "PROPN") and t.right_edge.i < verb.i and t.left_edge.i > clause.i \
            and doc[t.left_edge.i - 1].text == ","

    # (a name ending in a coordination, "the Department of Forestry and Fire Protection": its last word is a
    # conjunct inside it; the phrase is the one that ends there and opens after a comma)
    while not set_off(x) and x.head.i != x.i and x.head.i < verb.i and x.head.right_edge.i == j \
            and x.head.pos_ in ("NOUN", "PROPN", "ADP"):
        x = x.head
    if not set_off(x):
        return None
    while x.head.i != x.i and x.head.i < verb.i and set_off(x.head):
        x = x.head
    names = [t for t in x.subtree if t.pos_ == "PROPN" or _is_person(t) or t.ent_type_ in ("ORG", "PERSON")]
    return x if names and not _time_word(x) else None


def _last_word(sent) -> Token:
    """The sentence's last word: not its closing stop or quote, nor a paragraph break the parser keeps inside the
    paragraph's last sentence."""
    k = sent.end - 1
    while k > sent.start and (sent.doc[k].is_punct or sent.doc[k].is_space):
        k -= 1
    return sent.doc[k]


def _trailing_conjunct_report(c: Token, head: Token, pred: Token) -> bool:
    """'The opera house will reopen on Sept. 14 ..., its director announced on Thursday': a reporting verb the
    parser coordinated with the clause it reports, after a comma, with no "and" before it and its own subject,
    closing the sentence, is a trailing attribution."""
    if c.dep_ != "conj" or c.left_edge.i <= pred.i or not lemma_in(c, REPORTING_VERBS) or not is_predicate(c) \
            or c.left_edge.i == 0 or c.doc[c.left_edge.i - 1].text != "," \
            or not any(g.dep_ in ("nsubj", "nsubjpass") and g.i < c.i for g in c.children) \
            or c.right_edge.i < _last_word(c.sent).i:
        return False
    return not any(g.dep_ in ("cc", "preconj") and head.i < g.i < c.i for g in head.children)


def speaker(verb: Token) -> Token | None:
    """The subject of the reporting verb ``verb``: its own (:func:`~.grammar.subject_token`), or the speaker of a
    trailing attribution the parser left without one (:func:`trailing_speaker`)."""
    return stand_in(trailing_speaker(verb) or subject_token(verb) or _participle_speaker(verb))


def _participle_speaker(verb: Token) -> Token | None:
    """'..., Tom Berg told reporters on Friday, adding that the verdict would be challenged': a reporting participle
    set after its clause, with no subject of its own, is said by that clause's subject."""
    if verb.dep_ not in ("advcl", "conj") or verb.tag_ != "VBG" or verb.i < verb.head.i \
            or any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children) or not is_predicate(verb.head):
        return None
    return trailing_speaker(verb.head) or subject_token(verb.head)


def stand_in(subj: Token | None) -> Token | None:
    """'..., and one, the Harlow Foundation, said it would': the name set off after a word that only stands in a
    subject's place (``stand_in_subjects``) is the subject; ``subj`` itself otherwise."""
    if subj is None or subj.dep_ not in ("nsubj", "nsubjpass"):
        return subj
    if subj.lower_ not in STAND_IN_SUBJECTS:
        return participle_misparse(subj) or subj
    return next((c for c in subj.children if c.dep_ == "appos" and c.i > subj.i and c.pos_ in ("NOUN", "PROPN")), subj)


def participle_misparse(subj: Token) -> Token | None:
    """'A union representing guards said it had warned', parsed as a plural head "guards" with "union" and
    "representing" on it: an indefinite article cannot go with a plural, so the singular noun it opens is the
    subject (the participle's object is not). None for any other subject."""
    if subj.tag_ != "NNS":
        return None
    for c in subj.children:
        if c.dep_ in ("nmod", "compound") and c.pos_ == "NOUN" and c.tag_ == "NN" and c.i < subj.i \
                and any(g.dep_ == "det" and g.lower_ in ("a", "an") and g.i < c.i for g in (*c.children, *subj.children)) \
                and any(a.dep_ == "amod" and a.tag_ == "VBG" and c.i < a.i < subj.i for a in subj.children):
            return c
    return None


def reports(verb: Token) -> bool:
    """Whether ``verb`` attributes a clause: a reporting verb, or an evidence verb with a clause as complement
    ("Inflation rose 3.1% in May, data showed on Tuesday", "a survey found that ...")."""
    return verb.lemma_ in REPORTING_VERBS or lemma_in(verb, _CLAUSE_EVIDENCE_VERBS) and any(
        c.dep_ in ("ccomp", "parataxis") and is_predicate(c) for c in verb.children) \
        or lemma_in(verb, _CLAUSE_EVIDENCE_VERBS) and verb.dep_ == "parataxis"


def reported_by(pred: Token) -> Token | None:
    """The subject of the reporting verb whose complement holds ``pred`` (None when not reported)."""
    t = pred
    for _ in range(6):
        for c in t.children:
            # '"The mine shut in 2012," officials said': the saying hangs on the quote's verb
            # and "The firm, Nair said, notified ...": an aside set off by a comma before it
            if c.dep_ == "parataxis" and reports(c) and is_predicate(c) and (
                    c.i > pred.i or c.left_edge.text == "," or c.left_edge.i > 0 and c.doc[c.left_edge.i - 1].text == ","):
                s = subject_token(c)
                if s is not None:
                    return s
            if _trailing_conjunct_report(c, t, pred):
                s = subject_token(c)
                if s is not None:
                    return s
            # ("The orbiter has been circling the Moon since March and has mapped 40 percent of it, according to
            # the agency": a closing "according to" on the last conjunct is said of the whole coordination)
            closing = next((g for g in c.children if g.dep_ == "prep" and g.lower_ == "according"
                            and g.right_edge.i == _last_word(g.sent).i), None) \
                if c.dep_ == "conj" and c.i > t.i and is_predicate(c) else None
            if closing is not None:
                c = closing
            if c.dep_ == "prep" and c.lower_ == "according" \
                    and not any(g.lower_ in ATTRIBUTION_NON_SOURCES for g in c.subtree):
                # (not "separated on Friday according to plan": how it went, not who says so)
                for g in c.subtree:
                    if g.dep_ == "pobj":
                        return g
        h = t.head
        if h.i == t.i:
            return None
        if t.dep_ == "ccomp" and (reports(h) or lemma_in(h, FINDING_VERBS)) and is_predicate(h):
            return speaker(h)  # (a finding has its source too: "A judge ruled that the landlord had evicted ...")
        if t.dep_ == "acl" and h.dep_ == "pobj" and h.head.dep_ == "prep" and reports(h.head.head) \
                and is_predicate(h.head.head) and any(g.dep_ == "mark" and g.lower_ == "that" for g in t.children):
            # "said in a statement that the company had offered ...", parsed as the statement's clause: the
            # clause is what the reporting verb says
            return speaker(h.head.head)
        # ("agent": "told reporters the inquiry had been slowed by a challenge the firm filed in 2024")
        if t.dep_ not in ("conj", "ccomp", "xcomp", "aux", "advcl", "relcl", "acl", "pobj", "prep", "dobj",
                          "nsubj", "nsubjpass", "pcomp", "attr", "acomp", "agent"):  # ("had not been able to reach")
            return None
        t = h
    return None
