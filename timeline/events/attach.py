"""Attachment: for a time expression, the predicate it dates, and which decision picked it.

Attachment is a climb up the tree from the expression's head, with a few decisions the naive "first verb
above" climb gets wrong (each one measured on TimeBank with ``timeline eval events``):

* a time inside a PP or compound attached to an event nominal dates that nominal ("the 1998 elections",
  "talks on Tuesday"), while one attached to an ordinary noun keeps climbing ("the price in March rose");
* a copular clause is dated through its predicate ("was high in 1998" → "high"), as TimeBank does;
* a time in a relative clause or subordinate clause stays there; climbing never crosses a clause whose
  own verb it reached first;
* a time right after a reporting verb dates the saying ("said Tuesday his government told ..."); a
  participle describing an argument is not the event ("was found clinging ... Nov. 25" → found);
* amounts: a change verb is the event ("third-quarter sales dropped"), a stated amount is not ("net income
  was $2.1 million", "results included a charge" → the amount noun);
* ", when ..." after a time names the event on that time, unless the time is an adjunct of its own verb
  ("came to light in 2021, when an auditor noticed": the clause describes the year); a scheduled object has
  its own time ("scheduled a news conference Thursday");
* a time that ends a clause before a trailing ", Nair said" / ", Nair told reporters" dates that clause;
* some times date nothing: a record comparison ("its lowest level since 2009") and a period label on a
  thing ("a 17th-century painting"; "the 19th-century war" is dated).

Developed on AQUAINT + odd-numbered TimeBank files and checked on the even-numbered ones
(``timeline.eval.events.split_files``): a refinement stays only if it helps the first and does not hurt
the second.

:func:`attach` is the whole decision: the climb, then each refinement in :data:`REFINEMENTS` in order,
then the nearest predicate for a time that heads its own fragment. The word lists it consults are data
(``lexicon.json``), not code.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from .grammar import lemma_or_phrasal_in, negative_subject, raised_infinitive
from .grammar import due_to_misread_verb  # noqa: F401 (link.py reads it from here too)
from .grammar import bounded_term, is_event_nominal, misread_verb, is_predicate, lemma_in, moves_event, present_verb_group, record_comparison, record_in_span, to_infinitive
from .interval import cue_before, hedge_length
from .lexicon import OBJECT_OCCASION_PREPOSITIONS, OCCASION_DETERMINERS, OFFSET_ADVERBS
from .lexicon import UNDERGOING_VERBS, ATTRIBUTION_DOCUMENTS, TIME_LEAD_PREPOSITIONS, LIGHT_VERB_PREPOSITIONS, COMMEMORATION_NOUNS, AMOUNT_PURPOSE_PREPOSITIONS, OBJECT_COMPLEMENT_PREPOSITIONS, ONGOING_ASPECTUAL_VERBS, POSTNOMINAL_TIMING_ADJECTIVES, RESOURCE_LASTING_VERBS
from .lexicon import (ASPECTUAL_VERBS, CHANGE_VERBS, ERA_WORDS, EVENT_NOUNS, FREQUENCY_ADJECTIVES, TIME_UNITS, INDEFINITE_LIGHT_VERBS, INTERVAL_CUES, LIGHT_VERBS, MEASURE_VERBS, PERIOD_NOUNS, PERIOD_VERBS,
                      QUANTITY_NOUNS, REPORTING_VERBS, SCHEDULING_VERBS)
from .lexicon import TERM_BOUNDS, AMOUNT_IN_MEASURE_VERBS, AMOUNT_SIGNS, FRACTION_AMOUNTS, OCCASION_HOLDERS, TIME_PREPOSITIONS, FISCAL_UNITS, MARKET_SETTINGS, MESSAGE_NOUNS, SEQUENCE_ADJECTIVES
from .lexicon import ATTEMPT_VERBS, LENGTH_ANCHOR_PREPOSITIONS
from .lexicon import ARGUMENT_PREPOSITIONS, DATING_VERBS, EXPECTING_VERBS, PROSPECT_VERBS, FORECAST_VERBS, MODAL_AUX, ONSET_PARTICIPLES, PLANNING_PARTICIPLES, RETURN_VERBS, STATE_PREPOSITIONS
from .lexicon import ARGUMENT_PHRASE_NOUNS, BECOMING_VERBS, COMPARISON_BASE_LEADS, JUDGED_OF_WORDS, LINKING_VERBS, TO_ARGUMENT_VERBS
from .lexicon import MOVEMENT_ADVERBS, RESULT_NOUNS
from .lexicon import GERUND_YIELDING_PREPOSITIONS, PROSPECT_OBJECT_NOUNS, STEP_COUNT_NOUNS
from .lexicon import LEARNING_PREPOSITIONS, LEARNING_VERBS, MANNER_GERUND_PREPOSITIONS
from .lexicon import POSSESSED_EVENT_NOUNS, IRREGULAR_PAST_FORMS, ONSET_WORDS_ON_NOUNS, TOPIC_PREPOSITIONS
from .lexicon import BASE_FIGURE_MARKS, BASE_FIGURE_NOUNS, BASE_OFFSET_WORDS, RANGE_CLOSERS
from .lexicon import CALLING_OFF_VERBS, CHOOSING_VERBS, NAMING_PARTICIPLES, OCCASION_COMPOUND_HEADS, SAYING_OCCASIONS
from .lexicon import PERMITTING_VERBS, PREPOSITION_PARTICIPLES, WINNING_MEANS_NOUNS
from .lexicon import COMPARISON_BASE_PHRASES, THAN_PRESENT_WORDS, THAN_TIME_COMPARATIVES
from .lexicon import DEADLINE_PREPOSITIONS, DEMONSTRATIVES, QUESTION_MARKS, AGE_PARTICIPLES, MEASURE_PARTICIPLES, DEADLINE_LEADS, FORWARD_PERIOD_WORDS
from .lexicon import GOAL_PREPOSITIONS, TARGET_SETTING_VERBS, DATE_SETTING_VERBS, APPOINTED_DATE_NOUNS
from .lexicon import STANDING_PARTICIPLES, MULTIPLIER_WORDS, CHANGED_TO_WORDS, COMPARISON_BASE_PRONOUN_LEADS, OFFSET_RESTATEMENT_LINKS, PLAN_LABEL_NOUNS, ROLE_LABEL_NOUNS
from .lexicon import HABITUAL_ADVERBS, REFUSAL_VERBS, REFUSED_SAYING_VERBS
from .lexicon import ACT_FRAME_PREPOSITIONS, BECOMING_INTO_VERBS, CONTEST_OCCASION_NOUNS, DATED_LIGHT_VERBS, HELD_GATHERING_NOUNS
from .lexicon import BARE_VERB_HOMOGRAPHS, COHORT_NOUNS, ROUTINE_BARE_KIND_NOUNS, ROUTINE_KIND_NOUNS, ROUTINE_KIND_WORDS, SAYING_ON_MEDIA
from .lexicon import DEADLINE_GRANTING_VERBS, PRESENCE_LIGHT_VERBS, PRESENCE_NOUNS, SANCTIONING_VERBS, SAYING_MEDIA, SEQUENCE_VERBS
from .lexicon import BASE_LEVEL_NOUNS, BASE_LEVEL_PREPOSITIONS, CURRENCY_HOMOGRAPHS, CAPACITY_NOUNS, RANGE_OPENERS, COMPARISON_MARKS, CONTEST_OUTCOME_VERBS
from .lexicon import ENDED_PLAN_NOUNS, PLAN_ENDING_VERBS, SEASON_KIND_NOUNS
from .lexicon import HEDGED_TIME_OPENERS, ROUTINE_DAY_WORDS, YEARLY_SET_WORDS
from .grammar import set_off_relative_owner, through_clause
from .lexicon import ASIDE_STATE_PREPOSITIONS, YEAR_DATED_NOUNS, YEAR_NOUN_SEQUENCE_LEADS
from .lexicon import DIRECTED_DEADLINE_LEADS, DIRECTING_VERBS, NOTICING_VERBS, WANTING_VERBS
from .lexicon import COMPLEMENT_INFINITIVE_VERBS, DELAYED_OBJECT_PRONOUNS, DISCOVERING_VERBS, EARLIER_INSTANCE_PRONOUNS, INTENDING_VERBS, SEQUENCE_PREPOSITIONS
from .lexicon import COUNT_MODIFIERS, COUNT_NOUNS, LABEL_NOUNS, NAMED_EVENT_HEADS, QUOTES, TITLE_NOUNS, TITLING_WORDS
from .lexicon import CONSEQUENCE_VERBS, NOT_UNTIL_WORDS, PRECEDED_EVENT_PREPOSITIONS, RAISING_PREDICATES
from .lexicon import PLAIN_SAYING_VERBS, PUBLISHING_PARTICIPLES, PURPOSE_PREPOSITIONS, REQUESTING_VERBS, REQUEST_NOUNS
from .lexicon import ANCHORED_DURATION_CUES, BARE_TIME_ARGUMENT_PREPOSITIONS, LEVEL_PREPOSITIONS, SHARE_WORDS, TALLY_NOUNS, TALLY_WORDS
from .lexicon import _words
from .timex_tokens import typed_timex_tokens, dated_timex_tokens
from ..temporal.vocab import vocab
from ..temporal.morph import has_to


def _copular_predicate(verb: Token) -> Token | None:
    """For a copula 'be' the event is its predicate: 'was high' → high, 'was a success' → success, 'were up 2
    pence' → up (a move by an amount, ``movement_adverbs``)."""
    if verb.lemma_ != "be":
        return None
    for c in verb.children:
        if c.dep_ in ("acomp", "attr") and c.pos_ in ("ADJ", "NOUN", "PROPN", "VERB") and not _second_predicate(verb, c):
            return c
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ in MOVEMENT_ADVERBS and any(
                g.dep_ in ("npadvmod", "nummod", "dobj") for g in c.children):
            return c
    return None


def _second_predicate(verb: Token, c: Token) -> bool:
    """'would be online by next summer, free for anyone to read': a complement set off by a comma after the
    copula's own adverbial predicate ("online") only adds to it; the row is the copula's."""
    return c.doc[c.left_edge.i - 1].text == "," and any(
        g.dep_ == "advmod" and verb.i < g.i < c.left_edge.i and g.pos_ == "ADV" for g in verb.children)


def _opens_after(clause: Token, dependent: Token) -> bool:
    """Whether the subordinate clause headed by ``clause`` opens with its marker ("after", "when", "because")
    only after ``dependent`` ends: then ``dependent`` stands outside the clause."""
    if clause.dep_ not in ("advcl", "relcl", "ccomp") or dependent.i > clause.i:
        return False
    end = dependent.right_edge.i
    return any(c.dep_ == "mark" and end < c.i < clause.i for c in clause.children)


# the heads of a part of a day said of a date ("the night of April 24", "the early hours of Sunday")
_DAY_PART_HEADS = frozenset(vocab()["day_part_heads"]["words"])


def _bare_adjective_aside(h: Token) -> bool:
    """"The reactor, offline since 2011, will restart": an adjective (or one the tagger took for a name) in
    apposition with no determiner, a state of the noun; "four finals, the last in 2019" is one of them, no state."""
    return h.is_lower and h.pos_ in ("PROPN", "ADJ") and not any(c.dep_ in ("det", "poss") for c in h.children)


def _year_noun_after_lead(noun: Token, year: Token) -> bool:
    """"demanded a new siren system after the 2016 incident": a year right before a word for an occurrence the event
    vocabulary leaves out (``year_dated_nouns``: "incident", too often a thing elsewhere) that "after", "before" or
    "following" opens (``year_noun_sequence_leads``), with "the", says when that occurrence was; the verb lies on the
    other side of it. (Nouns of the event vocabulary have their own rule; "after the 2015 squad" names no event.)"""
    return noun.pos_ == "NOUN" and noun.i == year.i + 1 and noun.dep_ == "pobj" \
        and noun.lemma_.lower() in YEAR_DATED_NOUNS and noun.head.lower_ in YEAR_NOUN_SEQUENCE_LEADS \
        and any(c.dep_ == "det" and c.lower_ == "the" and c.i == year.i - 1 for c in noun.children)


def _fronted_in_conjunct(h: Token, verb: Token) -> Token | None:
    """"took her seat at 10 a.m. and, at 2:15 p.m., jailed him": a time phrase set off by commas right after the
    "and" of a coordination, which the parser hung on the first verb, opens the second conjunct: its verb, or None."""
    doc = h.doc
    lo, hi = h.left_edge.i, h.right_edge.i
    if lo < 2 or hi + 2 >= len(doc) or doc[lo - 1].text != "," or doc[lo - 2].tag_ != "CC" \
            or doc[hi + 1].text != ",":
        return None
    nxt = doc[hi + 2]
    return nxt if nxt.dep_ == "conj" and nxt.head.i == verb.i and is_predicate(nxt) else None


def _state_under(h: Token, head: Token, inside: set[int]) -> Token | None:
    """"a new wing, under construction since 2014, would open next spring", "The minister, in office since 2019,
    resigned on Tuesday", "The dockers, on strike since March, returned to work": a time whose phrase follows (or
    hangs inside) a state phrase set off by commas on a noun (:func:`state_aside_owner`: "under construction", "in
    office", "on strike") dates that state, not the verb the noun belongs to. The state's noun, or None."""
    if h.dep_ != "prep" or head.i in inside:
        return None
    if head.pos_ == "ADP" and state_aside_owner(head) is not None and head.i < h.i:
        return _bare_state_noun(head)  # "in office since 2019": the time hung on the state's preposition
    if head.pos_ != "NOUN":
        return None
    if head.dep_ == "pobj" and state_aside_owner(head.head) is not None and head.i < h.i:
        return head if getattr(_bare_state_noun(head.head), "i", -1) == head.i else None
    for c in head.children:
        if c.dep_ == "prep" and head.i < c.i < h.i and c.right_edge.i == h.i - 1 and state_aside_owner(c) is not None:
            return _bare_state_noun(c)
    return None


def _bare_state_noun(prep: Token) -> Token | None:
    """The state a preposition's bare noun names ("under construction", "in office", "on strike"): a common noun
    with no determiner or owner of its own ("on the coast" is a place)."""
    obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
    if obj is None or obj.pos_ != "NOUN" or any(g.dep_ in ("det", "poss") for g in obj.children):
        return None
    return obj


def state_aside_owner(prep: Token) -> Token | None:
    """The noun a state phrase (``aside_state_prepositions`` and a bare noun: "under repair", "in office", "on
    strike") a comma sets off right after it is said of ("The pier, under repair ...", "The dockers, on strike since
    March, returned"): the noun the parser hung it on, or the subject it follows when the parser hung it on the verb;
    None when it is no such aside (a circumstance of the verb)."""
    doc = prep.doc
    if prep.lower_ not in ASIDE_STATE_PREPOSITIONS or prep.i < 2 or doc[prep.i - 1].text != "," \
            or _bare_state_noun(prep) is None:
        return None
    end = prep.right_edge.i + 1
    if end >= len(doc) or doc[end].text != "," and not any(
            c.dep_ == "prep" and c.i == end for c in prep.head.children):
        return None  # (closed by a comma, or by the sibling time phrase: "under construction since 2014,")
    owner = prep.head
    if owner.pos_ in ("NOUN", "PROPN"):
        return owner
    subj = next((c for c in owner.children if c.dep_ in ("nsubj", "nsubjpass") and c.right_edge.i == prep.i - 2), None)
    return subj if is_predicate(owner) else None


def _climb(root: Token, inside: set[int]) -> tuple[Token | None, str]:
    """The predicate a time expression headed by ``root`` dates, and the name of the decision."""
    h = root
    via_prep = False
    for _ in range(64):  # a parse is a tree, but never trust that enough to loop forever
        head = h.head
        if head.i == h.i:  # reached the sentence root without passing a predicate
            return None, "root"
        dep = h.dep_
        if dep == "appos" and (h.pos_ == "NOUN" or _bare_adjective_aside(h)) and h.i not in inside \
                and not is_event_nominal(h) and not _is_quantity(h) \
                and h.left_edge.i > 0 and h.doc[h.left_edge.i - 1].text == "," and h.ent_type_ not in ("MONEY", "QUANTITY") \
                and any(c.dep_ == "prep" and any(g.i in inside for g in c.subtree) for c in h.children):
            # "The Social Democrats, Merz's junior partner since May, have demanded": a time in an apposition's
            # own phrase dates what the apposition says (a standing), never the verb of the noun it renames (also
            # an adjective the tagger took for a name, "The reactor, offline since 2011, will restart")
            return h, "apposition"
        state = _state_under(h, head, inside)
        if state is not None:
            return state, "state-under"
        if dep == "prep" and head.pos_ in ("ADV", "ADJ") and head.dep_ == "conj" and head.head.pos_ == "VERB" \
                and head.head.tag_ == "VB" and head.i > head.head.i and head.doc[head.i - 1].dep_ == "cc" \
                and head.i not in inside:
            # "will open for submissions in January and close on March 31": a bare verb after "and" in a modal's
            # coordinated phrase, which the parser took for an adverb, is the second conjunct's verb (held-out class 22)
            return head, "bare-conjunct"
        if head.pos_ == "NOUN" and head.i not in inside and _bare_verb_under_modal(head, head.head):
            # "will begin its review next month and report by March", "plans to open its probe next week and finish
            # by May": the bare verb the modal governs, which the parser took for a noun conjunct
            return head, "bare-verb-conjunct"
        if dep == "conj" and head.i not in inside and head.ent_type_ in ("DATE", "TIME"):
            # "in 1990 and 1991": the second date shares the first one's attachment
            h = head
            continue
        if head.lower_ == "of" and dep == "pobj" and head.head.lower_ in _DAY_PART_HEADS \
                and head.head.i not in inside and head.head.i < head.i:
            # "on the night of April 24", "in the early hours of Sunday": the part of the day is the time too
            inside.update(t.i for t in head.head.subtree)
            h = head.head
            via_prep = False
            continue
        if head.pos_ == "ADP" or dep == "pobj":
            via_prep = True
            h = head
            continue
        if is_predicate(head) and head.lemma_ in PERIOD_VERBS and head.dep_ == "relcl" and head.head.lemma_ in PERIOD_NOUNS \
                and head.left_edge.i > 0 and head.doc[head.left_edge.i - 1].text == "," \
                and head.left_edge.lower_ in ("which", "that", "when"):
            # "a shortfall for the next fiscal year, which starts on July 1": a relative clause set off by a comma tells
            # an event of its own (the start), not a name for the period
            return head, "relative-clause"
        if is_predicate(head) and head.lemma_ in PERIOD_VERBS and head.dep_ in ("acl", "relcl") \
                and head.head.lemma_ in PERIOD_NOUNS and head.head.i not in inside \
                and head.head.i in typed_timex_tokens(root.doc, "DATE") and dep in ("prep", "npadvmod", "tmod", "pobj", "dobj") \
                and head.head.dep_ == "pobj" and head.head.head.lower_ in ("in", "during", "over", "through") \
                and is_predicate(head.head.head.head) and head.head.head.head.pos_ in ("VERB", "AUX"):
            # "net income rose in the quarter ended Sept. 30": the period is a time of its own, whose row is the rise;
            # the day is when the period ended (a rise dated Sept. 30 would be untrue). An amount "for the quarter
            # ended Sept. 30" keeps the day (test_events_v3's amount for a period), and so does a period inside the
            # subject ("Profit in the third quarter that ended Sept. 30 rose 7%", whose "ended" row had no subject)
            return head, "period-end"
        if is_predicate(head) and head.lemma_ in PERIOD_VERBS and head.dep_ == "relcl" and head.head.lemma_ in PERIOD_NOUNS \
                and head.head.dep_ in ("nsubj", "nsubjpass") and head.head.i not in inside \
                and any(c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in head.children):
            # "The wildfire season that began in late May is winding down": a relative with its own pronoun on the
            # period the sentence is about tells when that period began or ended (the row), it names no time
            return head, "relative-clause"
        if is_predicate(head) and head.lemma_ in PERIOD_VERBS and head.dep_ in ("acl", "relcl") \
                and head.head.lemma_ in PERIOD_NOUNS and not _season_of_events(head.head):
            # "the quarter ended Sept. 30": the whole phrase is the time; date what the period dates
            inside.update(t.i for t in head.subtree)
            h = head.head
            via_prep = False
            continue
        if is_predicate(head) and _opens_after(head, h) and head.head.i != head.i:
            # "a referendum next year after delegates voted": a clause starts at its marker, so a time
            # before "after" is not the clause's; the parser's attachment is a slip, climb past the clause
            h = head
            via_prep = False
            continue
        if is_predicate(head) and head.pos_ == "AUX" and head.dep_ in ("aux", "auxpass") and head.head.i != head.i:
            # "He has until Dec. 25 to file": a time the parser hung on an auxiliary dates the verb it helps
            h = head
            via_prep = False
            continue
        if is_predicate(head) and head.tag_ == "MD" and head.dep_ == "ROOT":
            lost = _verb_under_modal_root(head)
            if lost is not None:
                return lost, "modal-root"
        if is_predicate(head):
            fronted = _fronted_in_conjunct(h, head)
            if fronted is not None:
                return fronted, "conjunct-fronted-time"
            cop = _copular_predicate(head)
            if cop is not None and cop.i not in inside:
                return cop, "copula"
            return head, "prep-verb" if via_prep else f"{dep}-verb"
        if via_prep and dep == "prep" and head.pos_ == "NOUN" and head.lower_ in POSSESSED_EVENT_NOUNS \
                and any(c.dep_ == "poss" for c in head.children) and not _dated_in_own_phrase(head, inside):
            # "Britain's entry into the EEC in 1973", "The museum's response on Sunday was to ...": someone's act
            return head, "possessed-act"
        if is_event_nominal(head) and _counting_object(head) is None and not (via_prep and _dated_in_own_phrase(head, inside)):
            # ("scrapped 300 of its flights in May": what the verb's amount counts; the time climbs on to the verb)
            return head, "prep-nominal" if via_prep else f"{dep}-nominal"
        if dep in ("nummod", "compound", "amod") and h.i in inside and _YEAR.fullmatch(h.text) and head.pos_ == "NOUN" \
                and head.i == h.i + 1 and any(c.dep_ == "poss" and c.i < h.i for c in head.children):
            # "Nowak's 2019 ascent of Everest made him famous": a year between an owner and a noun says when the
            # owner's thing was, whatever the noun (the lexicon cannot list every deed)
            return head, "owned-year"
        if dep in ("nummod", "compound") and h.i in inside and _YEAR.fullmatch(h.text) and _year_noun_after_lead(head, h):
            return head, "year-noun-after-lead"
        if dep == "poss" and h.i in inside and head.pos_ in ("NOUN", "PROPN") and head.lower_ in NAMED_EVENT_HEADS:
            return head, "poss-nominal"  # "next year's World Cup": the named event is then
        if head.pos_ == "NOUN" and h.lower_ == "of" and h.dep_ == "prep" and root.head.i == h.i and head.tag_ == "NNS" \
                and not _is_quantity(head) and head.lemma_ not in PERIOD_NOUNS and head.lower_ not in TIME_UNITS:
            # "the incidents of Aug. 7", "the disasters of this century": things said to be of a time
            # happened then
            return head, "of-time"
        if head.pos_ == "ADJ" and head.dep_ in ("acomp", "ROOT", "conj", "amod") and dep in ("prep", "npadvmod") \
                and not _completes_verb(head) and not _verb_read_as_adjective(head) \
                and not (head.dep_ == "amod" and head.i > head.head.i and head.head.dep_ == "dobj"
                         and not lemma_in(head, EXPECTING_VERBS)):
            # ("steered a contract worth $5 million a year to a firm between 2014 and 2019": an adjective after the
            # object it describes, which the parser gave the verb's phrases, is no predicate; the climb goes on)
            # "likely in March", "higher than in 1998": the adjective is the (stative) predicate
            return head, "adj"
        h = head
        via_prep = False
    return None, "loop"


def _season_of_events(period: Token) -> bool:
    """'The wildfire season that began unusually early in late May': a period named by the events it holds (a common
    noun compounded on it: "wildfire season", "hurricane season") starts and ends when they do, which is news: its
    clause's verb is an event of its own, not a name for the period ("the quarter that began July 1"). (The entity
    tagger often calls the whole phrase a date, so the compound's entity type is not looked at.)"""
    return any(c.dep_ == "compound" and c.pos_ == "NOUN" and not c.like_num
               and c.lemma_.lower() not in PERIOD_NOUNS and c.lemma_.lower() not in TIME_UNITS
               and c.lower_ not in FISCAL_UNITS for c in period.children)


def _verb_under_modal_root(modal: Token) -> Token | None:
    """'Will the central bank cut rates in December?', parsed with "Will" as the root and "cut" as a noun
    compounded with "rates": a question's fronted modal the parser left with no verb is no event; the lost verb is
    the lower-case noun under it that has a subject of its own (a noun never governs a subject)."""
    for t in modal.subtree:
        if t.i > modal.i and t.pos_ == "NOUN" and t.is_lower and any(c.dep_ == "nsubj" for c in t.children):
            return t
    return None


def _verb_read_as_adjective(adj: Token) -> bool:
    """'His arrest on Monday shocked fans', parsed as a noun phrase "His arrest on [Monday shocked] fans": in a
    sentence the parser found no verb in, an "-ed" word it took for an attributive adjective is the lost verb, no
    state a time could date; the climb goes on to the event noun it hangs under."""
    return adj.dep_ == "amod" and adj.lower_.endswith("ed") and adj.sent.root.pos_ in ("NOUN", "PROPN")


def _completes_verb(adj: Token) -> bool:
    """'pleaded not guilty on Wednesday', 'was ruled unconstitutional in May': an adjective completing a verb
    that is no mere link (``linking_verbs``) is part of that verb's event, which the time dates."""
    return adj.dep_ == "acomp" and is_predicate(adj.head) and not lemma_in(adj.head, LINKING_VERBS)


def _dates_its_verb(pred: Token, root: Token, inside: set[int] = frozenset()) -> bool:
    """Whether the time headed by ``root`` is an adjunct of the verb ``pred`` itself ("came to light in
    2021", "was hit ... in August 2021"), possibly through places the parser hung it on ("hit by a fire at its
    warehouse in August 2021"), not part of an argument ("a drop ... from $186.4 million a year ago"), an
    event noun's phrase or a range ("through ... 1990")."""
    if not is_predicate(pred):
        return False
    first = min(root.left_edge.i, root.head.i if root.head.dep_ == "prep" else root.i)
    if first > 0 and first - 1 not in inside and (root.doc[first - 1].like_num or root.doc[first - 1].pos_ == "NUM"):
        # (the clock's own number is no amount: "hit at 11:42 p.m. Thursday, when ..." with "p.m." as the head)
        return False  # "from $186.4 million a year ago, when ...": the time is the amount's, not the verb's
    if root.head.i == pred.i:
        return root.dep_ in ("npadvmod", "advmod", "tmod", "obl")
    if root.dep_ != "pobj" or root.head.lower_ in INTERVAL_CUES:
        return False
    t = root.head
    for _ in range(6):
        if t.dep_ != "prep":
            return False
        if t.head.i == pred.i:
            return True
        noun = t.head
        if noun.dep_ != "pobj" or is_event_nominal(noun):
            return False
        t = noun.head
    return False


def _lead_past_hedge(doc, first: int) -> Token | None:
    """The word before the time at token ``first``, past a hedge on the bound ("until at least 2025" → "until")."""
    k = first - hedge_length(doc, first)
    return doc[k - 1] if k > 0 else None


def _time_right_after_object(pred: Token, root: Token) -> bool:
    """The time phrase (rooted at ``root``, on ``pred``) starts right after ``pred``'s direct object."""
    phrase = root if root.dep_ != "pobj" else root.head
    return pred.pos_ == "VERB" and phrase.head.i == pred.i and any(
        c.dep_ == "dobj" and c.right_edge.i + 1 == phrase.left_edge.i for c in pred.children)


def _when_clause(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """'in 1979 when the Soviet Union invaded': the clause on the time names the event. Not after "until" or
    "since": in "operated until 2012, when the furnace was switched off" the row is the operating. Nor when
    a comma sets the clause off after a time that dates its own verb: "came to light in 2021, when an auditor
    noticed the gaps" — the clause describes the year, the row is the coming to light."""
    lead = _lead_past_hedge(root.doc, min(inside))
    if lead is not None and lead.lower_ in INTERVAL_CUES:
        return pred, how
    if root.doc[min(inside)].lower_ in RANGE_OPENERS:
        # "lied to customers between 2020 and 2022, when it filed for bankruptcy": the row is the lying over the
        # range; the clause is a second row, at the range's end
        return pred, how
    k = max(inside) + 1
    doc = root.doc
    if k + 1 < len(doc) and doc[k].text == "," and doc[k + 1].lower_ == "when" \
            and (_dates_its_verb(pred, root, inside) or how in ("prep-nominal", "of-time")
                 or root.dep_ == "prep" and root.head.i == pred.i and is_predicate(pred)):
        # (a span of two phrases is rooted at its second preposition: "began at about 6 p.m. on Friday, when ...")
        # (likewise an event noun with the time in its own phrase: "the demonstrations of early December,
        # when crowds rallied")
        return pred, how
    if _time_right_after_object(pred, root):
        # "adjourned the meeting shortly after 10 p.m. when officers admitted ...", "declaring victory on Jan. 1,
        # 1959 when Batista fled": a time that follows the act's own object is that act's; the clause the parser
        # hung on it tells what else happened then
        return pred, how
    for c in root.children:
        if c.dep_ in ("relcl", "advcl", "acl") and is_predicate(c) and any(
                g.lower_ == "when" for g in c.children):
            return c, "when-clause"
    # the parser often hangs the clause on the verb instead: "a year ago, when the industry enjoyed ...".
    # Only with the comma: a non-restrictive "when" describes the time; "was killed Thursday when robbers
    # opened fire" is an adverbial clause on the verb, and TimeBank dates the verb.
    k = max(inside) + 1
    doc = root.doc
    if k + 1 < len(doc) and doc[k].text == ",":
        k += 1
    else:
        return pred, how
    if k < len(doc) and doc[k].lower_ == "when" and is_predicate(doc[k].head) and doc[k].head.i > k \
            and doc[k].head.i != pred.i:
        return raised_infinitive(doc[k].head) or doc[k].head, "when-clause"
    return pred, how


def _preceding_nominal(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """'condemned the invasion of Kuwait on Aug. 2', 'at a news conference Friday', 'In early trading
    Monday, the index fell': a time right after an event nominal dates the nominal (the parser prefers
    high attachment to the verb; TimeBank's annotators the low one)."""
    if not how.endswith("-verb"):
        return pred, how
    first = min(inside)
    if root.head.pos_ == "ADP" and root.head.i < first:
        first = root.head.i
    if first == 0 or first - 1 == pred.i or _perfect_since(pred, root.doc[first]):
        return pred, how
    t = root.doc[first - 1]
    for _ in range(8):
        if t.i == pred.i or t.i in inside or t.i >= first:
            break
        if t.dep_ == "pobj" and t.head.lower_ == "in" and (lemma_in(t, SAYING_MEDIA) or lemma_in(t, SAYING_OCCASIONS)
                                                           and pred.lemma_ in REPORTING_VERBS and t.head.head.i == pred.i):
            # "claimed responsibility for the attack in a post on Monday", "announced the budget in a radio address on
            # Friday": the time is the saying's
            break
        if t.dep_ == "pobj" and t.head.lower_ == "on" and lemma_in(t, SAYING_ON_MEDIA) and pred.lemma_ in REPORTING_VERBS \
                and t.head.head.i == pred.i:
            break  # "told reporters on a conference call Wednesday morning": likewise
        fronted_ok = pred.i < root.i or _opens_subject_or_sentence(t, pred) or _fronted_event_phrase(t, pred) \
            or _in_subject_phrase(t, pred, root)
        if t.dep_ == "conj" and t.head.i < t.i and t.head.dep_ in ("dobj", "pobj") and is_event_nominal(t):
            # "postponed 40 operations and outpatient appointments this week", "treated for nausea and irritation
            # by Friday": a later conjunct is judged as the verb's argument its first conjunct is
            while t.dep_ == "conj" and t.head.i < t.i:
                t = t.head
        if is_event_nominal(t) and fronted_ok and not _is_quantity(t) and not lemma_in(t, LABEL_NOUNS) \
                and not _verbs_own_argument(t, pred, inside) and not _inside_verbs_argument(t, pred, inside) \
                and not _passive_agent(t, pred) and not _occasion_of_act(t, pred, root) \
                and not _prepositional_argument(t, pred, root) and not _verbs_span(t, pred, root) \
                and not _message_about(t, pred) and not _dated_in_own_phrase(t, inside) and not _step_count(t) \
                and not _gapped_object_of(t, pred):
            # (the verb's own direct object is its argument, not a separate event: "issued their warning";
            # but a scheduled event has its own time: "scheduled a news conference Thursday")
            if _verbs_clause_time(t, pred, root, inside):
                return pred, how
            return t, "preceding-nominal"
        if t.pos_ not in ("NOUN", "PROPN", "ADP", "NUM", "ADJ", "DET", "PRON", "PART", "SYM") and not t.is_punct:
            break
        if t.head.i == t.i:
            break
        t = t.head
    return pred, how


def _verbs_clause_time(t: Token, pred: Token, root: Token, inside: set[int]) -> bool:
    """'spoke at a news conference on Tuesday', 'voted for the war on Monday', 'published details of the merger in
    March': a time with its own preposition that closes the verb's complement is an adverbial of the verb's clause,
    and the verb is what a reader checks, even right after an event noun. (TimeBank's annotators often took the noun;
    the blind held-out writers took it in only 6 of 21 such times: docs/preceding_nominal_convention.md.) The noun
    keeps the time where the sentence says the time is not the verb's (:data:`_NOUN_KEEPS_TIME`). So does a counted
    offset forward the parser hung on a past verb ("walked out of the closing ceremony two days later":
    ``offset_adverbs``), which a noun in the complement does not take as its own."""
    own_preposition = root.dep_ == "pobj" and root.head.pos_ == "ADP" and root.head.i < min(inside)
    offset = root.dep_ == "advmod" and root.head.i == pred.i and root.lower_ in OFFSET_ADVERBS \
        and any(c.dep_ == "npadvmod" for c in root.children) and _past_group(pred)
    if not (own_preposition or offset) or pred.pos_ != "VERB" or pred.i > t.i:
        return False
    return not any(keeps(t, pred, root, inside) for keeps in _NOUN_KEEPS_TIME)


def _noun_in_subject_or_planned(t: Token, pred: Token, root: Token, inside: set[int]) -> bool:
    """'The damage from the storm on Monday is estimated at $40 million' (the noun in the verb's subject, however
    the parser hung the time; a time before the verb never reaches this rule); 'planned a rally in the capital on
    Saturday' (the verb only plans the noun's event, ``scheduling_verbs``)."""
    return _in_subject_phrase(t, pred, root) or lemma_in(pred, SCHEDULING_VERBS)


def _verb_denied_or_describing(t: Token, pred: Token, root: Token, inside: set[int]) -> bool:
    """'No one was injured in the blast on Tuesday' (the blast happened, the injuring did not); 'a hall damaged in
    the flood on Monday' (a participle describing a noun)."""
    return pred.dep_ == "acl" and pred.tag_ == "VBN" or _denied(pred)


def _denied(pred: Token) -> bool:
    """Whether the verb ``pred`` is negated or has a negative subject ("did not change", "No one was injured")."""
    return any(c.dep_ == "neg" or negative_subject(c) for c in pred.children)


def _document_or_present(t: Token, pred: Token, root: Token, inside: set[int]) -> bool:
    """'The report criticised the police response to the riots in 2011' (a document's statement has no time of its
    own in the clause); 'are studying the results of a trial in 2023' (a present verb is doing it now)."""
    if any(c.dep_ == "nsubj" and c.lower_ in ATTRIBUTION_DOCUMENTS for c in pred.children):
        return True
    return _present_verb(pred)


def _noun_placed_apart(t: Token, pred: Token, root: Token, inside: set[int]) -> bool:
    """'soared after the invasion in February' (a preposition of time makes the noun the anchor the time dates,
    ``time_lead_prepositions``); 'bought a warehouse damaged in the storm on Monday' (a verb between the two: the
    noun is in a clause of its own)."""
    a = t
    while a.i != pred.i and a.head.i != a.i:
        if a.dep_ == "pobj" and (a.head.lower_ in TIME_LEAD_PREPOSITIONS or a.head.lower_ in ("of", "to")
                                 and a.head.head.lower_ in TIME_LEAD_PREPOSITIONS):  # ("ahead of", "prior to")
            return True
        if a.i != t.i and a.pos_ in ("VERB", "AUX"):
            return True
        a = a.head
    return False


def _noun_dated_by_the_sentence(t: Token, pred: Token, root: Token, inside: set[int]) -> bool:
    """'will publish its report on the flood in 2004' ("will" cannot be dated by a year gone by); 'The curfew
    followed a wave of riots in 2020' (a verb relating two events); 'condemned Iraq's invasion of Kuwait on Aug. 2',
    'On Saturday ... condemned the attacks on Friday' (the noun's own agent, the verb's own time); 'marked the
    anniversary of the flood in 2004' (``commemoration_nouns``)."""
    return _future_verb_past_time(pred, root) or _sequences_events(pred) or _own_argument_or_verb_dated(t, pred, inside) \
        or t.dep_ == "pobj" and t.head.lower_ == "of" and lemma_in(t.head.head, COMMEMORATION_NOUNS)


def _light_verb_says_noun(t: Token, pred: Token, root: Token, inside: set[int]) -> bool:
    """'took a vote on the bill on Friday', 'put the bill to a vote on Monday', 'took part in the march on Saturday',
    'came under attack on Monday': a light verb with one occasion as its object (:func:`_one_occasion`), a light
    verb and preposition (``light_verb_prepositions``), or a verb of undergoing before "under" (``undergoing_verbs``:
    the subject suffers the noun's event) only says the noun happens."""
    obj = next((c for c in pred.children if c.dep_ == "dobj"), None)
    light_with = (*LIGHT_VERB_PREPOSITIONS.get(pred.lemma_, ()),
                  *(LIGHT_VERB_PREPOSITIONS.get(f"{pred.lemma_} {obj.lower_}", ()) if obj is not None else ()))
    return lemma_in(pred, LIGHT_VERBS) and obj is not None and t.i == obj.i and _one_occasion(obj) \
        or t.dep_ == "pobj" and t.head.head.i == pred.i and (
        t.head.lower_ in light_with
        or t.head.lower_ == "under" and pred.lemma_ in UNDERGOING_VERBS)


# where a time with its own preposition after an event noun stays the noun's (each with its examples above and in
# tests/test_events_lead27.py)
_NOUN_KEEPS_TIME = (_noun_in_subject_or_planned, _verb_denied_or_describing, _document_or_present, _noun_placed_apart,
                    _noun_dated_by_the_sentence, _light_verb_says_noun)


def _future_verb_past_time(pred: Token, root: Token) -> bool:
    """'The agency will publish its report on the flood in 2004', 'is expected to testify about the assault in 2018',
    'are still trying to establish the cause of the explosion on Saturday': a verb with "will" or "shall", or an
    infinitive a present verb governs, is done now or ahead; it cannot happen at a time wholly before the report's
    date, and such a time is the noun's."""
    finite = pred
    while finite.dep_ == "xcomp" and finite.head.i != finite.i:
        finite = finite.head
    ahead = any(c.dep_ == "aux" and MODAL_AUX.get(c.lower_) in ("will", "shall") for v in (pred, finite)
                for c in v.children) \
        or finite.i != pred.i and (finite.tag_ in ("VBZ", "VBP") or any(
            c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP") and c.lemma_ != "have" for c in finite.children))
    return ahead and _value_before_report(root)


def _value_before_report(root: Token) -> bool:
    """Whether the time at ``root`` is a calendar value ("2013", "2016-05") wholly before the report's date, read
    off the value itself (for times resolved without the report: absolute years and dates)."""
    value = _timex_value_at(root.doc, root.i) or ""
    pub = root.doc._.pub_date if root.doc.has_extension("pub_date") else None
    if pub is None or not re.fullmatch(r"\d{4}(-\d\d){0,2}", value):
        return False
    return value < str(pub)[:len(value)]


def _step_count(noun: Token) -> bool:
    """'drew the third game of the series in 28 moves on Monday': a number of steps (``step_count_nouns``) after "in"
    measures the verb's act; it is no event a following time could date."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.lower_ in STEP_COUNT_NOUNS \
        and any(c.dep_ == "nummod" and (c.like_num or c.pos_ == "NUM") for c in noun.children)


def _dated_in_own_phrase(noun: Token, inside: set[int]) -> bool:
    """'opened an investigation into the bank's 2021 bond sale in December': an event noun with a time of its own
    before it in its phrase (a premodifying year, a possessive day) is dated by that time; a later time is not a
    second date of it but the clause's."""
    times = dated_timex_tokens(noun.doc)
    return any(c.dep_ in ("nummod", "compound", "amod", "poss", "nmod") and c.i < noun.i and c.i not in inside
               and c.i in times for c in noun.children)


def _in_subject_phrase(t: Token, pred: Token, root: Token) -> bool:
    """'The damage from the storm on Monday is estimated at $40 million': an event noun after a preposition in the
    verb's subject, with the time right after it in the same subject phrase, is what the time dates; a time inside
    the subject is no adjunct of the verb ("The price in March rose" has no event noun before its time)."""
    if t.dep_ != "pobj":
        return False
    subj = next((c for c in pred.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and subj.i < t.i and subj.left_edge.i <= root.left_edge.i and root.right_edge.i <= subj.right_edge.i \
        and any(a.i == subj.i for a in t.ancestors)


def _fronted_event_phrase(t: Token, pred: Token) -> bool:
    """'During the broadcast on Sunday, the family stayed outside', 'After talks on Monday, the sides agreed': an
    event noun in a phrase that opens the sentence, set off by a comma before its verb, with the time right after
    it, is dated there. (Not a market setting: "In composite trading Friday, shares rose" is the rising.)"""
    doc = t.doc
    start = t.sent.start
    comma = next((x for x in doc[t.i:pred.i] if x.text == ","), None)
    return comma is not None and doc[start].pos_ == "ADP" and not lemma_in(t, MARKET_SETTINGS) \
        and all(x.i < comma.i for x in t.subtree)


def _message_about(t: Token, pred: Token) -> bool:
    """'Investors cheered the news of the merger on Monday': an event named after "of" on a message noun
    (``message_nouns``) that is the verb's own object is what the message is about, not dated by the verb's time;
    counted messages are records, each dated by its event."""
    prep = t.head
    noun = prep.head
    return t.dep_ == "pobj" and prep.lower_ == "of" and lemma_in(noun, MESSAGE_NOUNS) \
        and noun.dep_ in ("dobj", "nsubjpass") and noun.head.i == pred.i \
        and not any(c.dep_ == "nummod" for c in noun.children)  # "received 8,000 reports of crimes last year": counted records


def _perfect_since(pred: Token, lead: Token) -> bool:
    """'have campaigned for a ban since 2015', 'has lived in a tent since March': "since" with a verb in the
    perfect measures the verb's own state or activity up to now, whatever noun stands before it."""
    return INTERVAL_CUES.get(lead.lower_) == "since" and any(
        c.dep_ == "aux" and c.lemma_ == "have" for c in pred.children)


def _verbs_own_argument(t: Token, pred: Token, inside: set[int]) -> bool:
    """The verb's own direct object is its argument, not a separate event ("issued their warning"); but a
    scheduled event has its own time ("scheduled a news conference Thursday"), and so has one with its own
    agent or a verb dated already (:func:`_own_argument_or_verb_dated`)."""
    off = t.dep_ == "pobj" and t.head.dep_ == "prt" and t.head.head.i == pred.i  # "called off the parade", parsed so
    if (t.head.i == pred.i and t.dep_ == "dobj" or off) and lemma_or_phrasal_in(pred, CALLING_OFF_VERBS):
        return True  # "cancelled about 80 flights on Thursday": what is called off is no event that happened then
    if t.head.i == pred.i and t.dep_ == "dobj" and any(c.dep_ == "neg" for c in pred.children):
        return True  # "would not call another strike before the summer": a denied act's object never happens then
    return t.head.i == pred.i and t.dep_ in ("dobj", "attr") and pred.lemma_ not in SCHEDULING_VERBS \
        and not _sequences_events(pred) and not _own_argument_or_verb_dated(t, pred, inside)


def _sequences_events(pred: Token) -> bool:
    """'The recall follows a software update in August': a sequence verb (``sequence_verbs``) whose subject is an
    event, or a pronoun for one, places two events; people who "followed the funeral procession" did something."""
    if not lemma_in(pred, SEQUENCE_VERBS):
        return False
    subj = next((c for c in pred.children if c.dep_ == "nsubj"), None)
    if subj is None and pred.dep_ == "conj":
        subj = next((c for c in pred.head.children if c.dep_ == "nsubj"), None)
    return subj is not None and (is_event_nominal(subj) or subj.lower_ in ("it", "this", "that", "which"))


def _occasion_of_act(t: Token, pred: Token, root: Token, via_object: bool = False) -> bool:
    """'approved the merger at meetings on Friday', 'was bought at auction in 1961', 'will be appointed at a
    meeting on May 15', 'approved it on an 8-3 vote on July 30': the place-like occasion "at" (or "on") which a verb did something to its own object (or its
    passive subject), followed by a time with its own preposition, is where the act took place; the time is an
    adverbial of the act's clause and the row is the act's. (Being present at an occasion is the occasion:
    "spoke at a news conference on Tuesday", "gathered at the funeral on Saturday"; a bare time right after
    the noun reads as the noun's own: "at a news conference Friday"; and "in a referendum on Sunday" names
    the event the voters' act was.)"""
    # (or a bare time the parser hung on the verb after the occasion's own place: "will be presented at a
    # conference in Philadelphia next month")
    own_end = max(x.i for x in t.subtree if not root.left_edge.i <= x.i <= root.right_edge.i)
    bare_after_place = root.dep_ in ("npadvmod", "tmod") and root.head.i == pred.i \
        and own_end > t.i and root.left_edge.i > own_end
    if t.dep_ != "pobj" or t.head.lower_ not in ("at", "on") or _occasion_verb(t, via_object).i != pred.i:
        return False
    if bare_after_place and pred.pos_ == "VERB" and t.head.lower_ == "at" \
            and any(c.dep_ == "aux" and c.lower_ in MODAL_AUX for c in pred.children) \
            and any(x.ent_type_ in ("GPE", "LOC", "FAC") for x in t.subtree if x.i > t.i):
        # "will premiere at a festival in Austin next month": a bare time after the occasion's named place, hung on
        # the future verb, is the verb's whatever its object (held-out class 2; without the modal and the named
        # place the dev set's check half lost a noun event)
        return True
    # (a reporting verb with an object of its own, and a named place closing the occasion's phrase before the
    # time, announced a thing there: "announced the winner at a ceremony in London on Thursday evening" is the
    # announcing; "said at a news conference on Tuesday", "announced the plan at a rally on Saturday" the occasion)
    # (a passive one names what was given out: "The winners will be announced at a ceremony at 8 p.m. on Saturday")
    placed = any(x.ent_type_ in ("GPE", "LOC", "FAC") and t.i < x.i < root.left_edge.i for x in t.subtree)
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in pred.children)
    return (pred.lemma_ not in REPORTING_VERBS or passive or placed and any(c.dep_ == "dobj" for c in pred.children)) \
        and (root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.i > t.i or bare_after_place) \
        and any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in pred.children)




def _occasion_verb(t: Token, via_object: bool = False) -> Token:
    """The word an occasion's phrase ("at a meeting", ``t`` its noun) tells where of: the verb or noun the parser
    hung the preposition on, through a coordinated preposition ("by email and at monthly dinners") and, with
    ``via_object`` and "at", past the verb's direct object ("publish a timetable at its general meeting": the
    publishing; the time was hung on the occasion's noun, so no other noun of the clause can claim it)."""
    prep = t.head
    while prep.dep_ == "conj" and prep.head.pos_ == "ADP" and prep.head.i < prep.i:
        prep = prep.head
    h = prep.head
    return h.head if via_object and h.dep_ == "dobj" and h.head.pos_ == "VERB" and h.i < prep.i \
        and prep.lower_ in OBJECT_OCCASION_PREPOSITIONS else h


def _prepositional_argument(t: Token, pred: Token, root: Token | None = None) -> bool:
    """'was charged with murder Thursday', 'voted for the action last week': a noun shaped like an event (by its
    suffix or use) that is the verb's prepositional argument is what the verb is about, as a direct object is;
    the time dates the verb. (A named event keeps its own time: "fought in the war in 1898".)"""
    if t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.head.i == pred.i and (
            lemma_in(pred, RETURN_VERBS) or lemma_in(pred, BECOMING_VERBS) or lemma_in(pred, CHANGE_VERBS)
            or lemma_in(pred, TO_ARGUMENT_VERBS)):
        # ("strengthened to a Category 3 storm on Monday": the state reached, not an event of its own)
        return True
    if t.dep_ == "pobj" and t.head.lower_ == "into" and t.head.head.i == pred.i \
            and (lemma_in(pred, BECOMING_VERBS) or lemma_in(pred, BECOMING_INTO_VERBS)):
        return True  # "strengthened into a typhoon on Thursday", "could develop into a storm later this week"
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lower_ in ARGUMENT_PHRASE_NOUNS \
            and t.head.head.head.dep_ == "prep" and t.head.head.head.head.i == pred.i:
        return True  # "voted in favour of a walkout in February": what was voted for
    if t.dep_ == "pobj" and t.head.lower_ == "from" and t.head.head.i == pred.i \
            and any(c.dep_ == "auxpass" for c in pred.children):
        return True  # "was barred from the race in March": what the passive act kept its subject from
    if t.dep_ == "pobj" and t.head.lower_ == "from" and _coming_back_from(t.head, pred):
        return True  # "returned from an overseas trip in early October": where the subject came back from
    if t.dep_ == "pobj" and t.head.lower_ in GOAL_PREPOSITIONS and t.head.head.i == pred.i \
            and t.lemma_.lower() not in EVENT_NOUNS and t.lower_ not in EVENT_NOUNS:
        return True  # "was written into the constitution in 2009": where the verb put its subject
    bare = not any(c.dep_ in ("det", "poss", "nummod") for c in t.children)
    if bare and t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.head.i == pred.i and lemma_in(t, RESULT_NOUNS):
        return True  # "was shot to death at 10 p.m.", "was sentenced to death in 1995": the state the act ended in
    if bare and t.dep_ == "pobj" and t.head.lower_ == "of" and _judged_of(t.head.head, pred):
        return True  # "was convicted of murder on Friday", "found him guilty of theft in March": the judging
    if t.dep_ == "pobj" and t.head.lower_ in BARE_TIME_ARGUMENT_PREPOSITIONS and t.head.head.i == pred.i \
            and root is not None and root.dep_ in ("npadvmod", "tmod") and root.head.i == pred.i \
            and not lemma_in(pred, SCHEDULING_VERBS):
        return True  # "had struggled with a knee injury last year": a bare time the parser hung on the verb is the verb's
    return t.dep_ == "pobj" and t.head.lower_ in ARGUMENT_PREPOSITIONS and t.head.head.i == pred.i \
        and (bare or t.lemma_.lower() not in EVENT_NOUNS and t.lower_ not in EVENT_NOUNS) \
        and not lemma_in(pred, SCHEDULING_VERBS)  # "scheduled for completion by Dec. 10": a planned event's time


_COMING_BACK_VERBS = _words("coming_back_verbs")
_COMING_BACK_MOTION = _words("coming_back_motion_verbs")


def _coming_back_from(frm: Token, pred: Token) -> bool:
    """Whether the "from" ``frm`` names what the verb ``pred`` comes back from: "returned from a trip", "came back
    from a trade mission" (``coming_back_verbs``, or a verb of motion with "back"/"home")."""
    back = [c for c in pred.children if c.dep_ in ("advmod", "prt") and c.lower_ in ("back", "home")]
    if frm.head.i != pred.i and not any(frm.head.i == b.i for b in back):
        return False
    return lemma_in(pred, _COMING_BACK_VERBS) or bool(back) and lemma_in(pred, _COMING_BACK_MOTION)


def _judged_of(word: Token, pred: Token) -> bool:
    """Whether ``word`` (what an "of" hangs on) is a judging word (``judged_of_words``) of the verb ``pred``:
    the verb itself ("convicted of") or an adjective completing it ("found him guilty of", "pleaded guilty of").
    Not a judgement in the present ("Police suspect him of arson on Sunday"): a time then is the deed's."""
    if not lemma_in(word, JUDGED_OF_WORDS) or pred.tag_ in ("VBZ", "VBP"):
        return False
    return word.i == pred.i or word.pos_ == "ADJ" and word.dep_ in ("acomp", "oprd", "ccomp", "xcomp") \
        and word.head.i == pred.i


def _verbs_span(t: Token, pred: Token, root: Token) -> bool:
    """'had warned of the closure for months', 'has talked about a merger for years': a "for" span the parser hangs
    on the verb measures how long the verb's doing lasted, when the event noun before it is only what the verb
    is about (the object of a preposition on the verb), not its object or subject."""
    return root.dep_ == "pobj" and root.head.lower_ == "for" and root.head.head.i == pred.i \
        and root.lemma_.lower() in TIME_UNITS and t.dep_ == "pobj" and t.head.dep_ == "prep" \
        and t.head.head.i == pred.i


def _passive_agent(t: Token, pred: Token) -> bool:
    """'was hit by floods in August 2021': the doer of a passive verb is its argument, and the time the
    parser hangs on the verb dates the hitting."""
    return t.dep_ == "pobj" and t.head.dep_ == "agent" and t.head.head.i == pred.i


def _counted_by_object(t: Token, pred: Token) -> bool:
    """'cut 10% of its flights in the December quarter', 'cancelled half of the sailings on Friday', 'scrapped 300 of
    its flights in May': an event noun after the "of" of a share or amount (``share_words``, ``amount_signs``, a
    number) that is the verb's object is only what the verb's amount counts; the time dates the verb."""
    share = _counting_object(t)
    return share is not None and share.head.i == pred.i


def _counting_object(t: Token) -> Token | None:
    """The share or amount a verb's object names when ``t`` is what it counts ("10% of flights": the "%"), or None."""
    if t.dep_ != "pobj" or t.head.lower_ != "of":
        return None
    share = t.head.head
    if share.dep_ in ("dobj", "nsubjpass") and share.i < t.i and is_predicate(share.head) and (
            share.lower_ in SHARE_WORDS or share.lower_ in AMOUNT_SIGNS or share.like_num
            or share.ent_type_ in ("PERCENT", "CARDINAL", "QUANTITY")):
        return share
    return None


def _inside_verbs_argument(t: Token, pred: Token, inside: set[int]) -> bool:
    """'announced a freeze on public hiring on Monday': a noun only shaped like an event (by its suffix)
    inside the verb's own object (its PP) is part of that argument, as the object itself would be."""
    if _counted_by_object(t, pred):
        return True
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.dep_ == "dobj" and t.head.head.head.i == pred.i \
            and (t.i == min(inside) - 1 and not is_event_nominal(t.head.head) or _anchored_length_after(t, inside)) \
            and not lemma_in(pred, SCHEDULING_VERBS):
        # "rejected an earlier version of the deal last year": the object is the version, the deal only names it,
        # and a bare time right after it is the verb's ("part of an investigation in the past year" keeps its own);
        # so is a length counted from the report ("will publish the minutes of the meeting within two weeks")
        return True
    if t.dep_ == "pobj" and t.head.lower_ == "for" and t.head.head.dep_ == "dobj" and t.head.head.head.i == pred.i \
            and lemma_in(t.head.head, PROSPECT_OBJECT_NOUNS) and pred.pos_ == "VERB" and not lemma_in(pred, SCHEDULING_VERBS) and not lemma_in(pred, LIGHT_VERBS) \
            and pred.lemma_ not in INDEFINITE_LIGHT_VERBS and pred.lemma_.lower() not in FORECAST_VERBS:
        # "accepted the allied terms for a permanent cease-fire on Sunday": what the object is for is still ahead,
        # part of the argument; the time the parser hung on the verb is the verb's (:func:`_event_the_object_is_for`
        # where it hung it on the noun), when the object stands for it (``prospect_object_nouns``); "responsibility for
        # the bombing in Kabul on Sunday" keeps the bombing. A light or scheduling verb's noun stays
        return True
    if t.lemma_.lower() in EVENT_NOUNS or t.lower_ in EVENT_NOUNS:
        return False  # a named event ("claims from the earthquake two weeks ago") has its own time
    for a in t.ancestors:
        if a.i == pred.i:
            return False
        if a.head.i == pred.i:
            return _verbs_own_argument(a, pred, inside) and not is_event_nominal(a)
    return False


def _anchored_length_after(t: Token, inside: set[int]) -> bool:
    """Whether the time right after ``t`` is a length with a one-word anchoring cue ("within two weeks", "in three
    months": ``anchored_duration_cues``), which counts from the report, not from a noun's own time."""
    lead = t.doc[min(inside) - 1] if min(inside) > 0 else None
    return lead is not None and lead.i == t.i + 1 and lead.lower_ in ANCHORED_DURATION_CUES \
        and min(inside) in _length_tokens(t.doc)


def _opens_subject_or_sentence(t: Token, pred: Token) -> bool:
    """A time before its verb still dates a nominal that is the verb's subject ("Her visit this week angered
    Beijing"). (Not one in a sentence-opening phrase: TimeBank dates "rose" in "In composite trading
    Friday, shares rose" as often as "trading".)"""
    return t.dep_ in ("nsubj", "nsubjpass") and t.head.i == pred.i


def _timex_value_at(doc, i: int) -> str | None:
    """The TIMEX3 value of the document's time expression covering token ``i`` (None when none does)."""
    timexes = doc._.timexes if Doc.has_extension("timexes") else None
    tok = doc[i]
    for t in timexes or []:
        if t.start <= tok.idx < t.end:
            return t.value
    return None


def _same_day_again(c: Token, inside: set[int]) -> bool:
    """Whether the verb's other time ``c`` (or the time in its phrase) has this time's exact day value: the same day
    said twice dates one act, not the verb and its object apart."""
    doc = c.doc
    here = _timex_value_at(doc, min(inside))
    if not here or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", here):
        return False
    other = c if c.ent_type_ in ("DATE", "TIME") else next((g for g in c.children if g.dep_ == "pobj"), None)
    return other is not None and _timex_value_at(doc, other.i) == here


def _own_argument_or_verb_dated(t: Token, pred: Token, inside: set[int]) -> bool:
    """The verb's object is an event with a time of its own when it has its own agent ("condemned Iraq's
    invasion of Kuwait on Aug. 2") or when the verb is dated already ("on Saturday condemned the attacks in
    Kenya on Friday")."""
    if any(c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN") for c in t.children) and not lemma_in(pred, SANCTIONING_VERBS):
        # (a pronoun is the verb's own subject again: "issued their warning this week"; a ruling on a proposed
        # event is dated by the ruling: "approved Nordbank's takeover of Hansa on Tuesday")
        return True
    subject_times = [g for c in pred.children if c.dep_ in ("nsubj", "nsubjpass") for g in c.children
                     if g.dep_ in ("prep", "npadvmod") and g.right_edge.i == pred.i - 1 and g.i > c.i]
    for c in [*pred.children, *subject_times]:
        # (a time between the subject and the verb, which the parser hung on the subject, is the verb's own: "The
        # grid operator on Wednesday blamed the outage on Monday on a cyberattack")
        if c.i in inside or c.i > max(inside) and c.i > 0 and c.doc[c.i - 1].lower_ in ("and", "or", "again"):
            continue  # "won the tournament in 2016 and again in 2021": one verb, two times of its own
        if _same_day_again(c, inside):
            continue  # "Earlier Friday, Cuba celebrated the birth of Marti on Friday": the verb's day said twice
        if c.left_edge.i == max(inside) + 2 and c.doc[max(inside) + 1].text == ",":
            continue  # "announced a farewell tour on Monday, the day she turned 70": the same day told again
        if c.ent_type_ in ("DATE", "TIME") and c.dep_ in ("npadvmod", "tmod") and _dating_time(c):
            return True
        if c.dep_ == "prep" and any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") and g.i not in inside
                                    and _dating_time(g) for g in c.children):
            return True
    return False


def _dating_time(t: Token) -> bool:
    """Whether ``t`` is in a time expression that places the verb: not a length ("announced her retirement on Friday
    after 14 seasons": the seasons are counted, the entity tagger's DATE notwithstanding) unless measured off an event
    ("within hours of the crash"), and not a DATE of the entity tagger's that our tagger does not read as a time. (Where no time expressions are on the document, as in
    a bare parse, the entity tagger's word stands.)"""
    if not Doc.has_extension("timexes") or t.doc._.timexes is None:
        return True
    value = _timex_value_at(t.doc, t.i)
    # (a length's value is P1Y, PXM, PT3H; PRESENT_REF and PAST_REF are times)
    if value is not None and not _LENGTH_VALUE.match(value):
        return True
    # a length measured off the object's event places the verb by it ("reached the site within hours of the crash on
    # Monday": the crash keeps Monday)
    return any(c.dep_ == "prep" and c.lower_ in LENGTH_ANCHOR_PREPOSITIONS for c in t.children)


_LENGTH_VALUE = re.compile(r"P(?:T|\d|X)")


def _is_quantity(tok: Token) -> bool:
    # "sales" and "results" lemmatize to "sale", "result": look at the word form too
    return tok.lemma_.lower() in QUANTITY_NOUNS or tok.lower_ in QUANTITY_NOUNS


def _quantity_subject(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    if pred.lemma_.lower() in MEASURE_VERBS and how.endswith("-verb") \
            and not has_to(pred):
        # "A year earlier, net income was $2.1 million", "losses totaled $5 million": the amount is the event
        # (not a foreseen one: "expect sales to reach $2 billion by 2030" is the reaching)
        for c in pred.children:
            if c.dep_ in ("nsubj", "nsubjpass") and _is_quantity(c) and is_event_nominal(c) and c.i not in inside:
                return c, "quantity-measured"
    if _is_quantity(pred) and pred.dep_ in ("nsubj", "nsubjpass") and is_predicate(pred.head) \
            and pred.head.lemma_.lower() in CHANGE_VERBS:
        return pred.head, "quantity-subject"
    judged = _judged_figure_predicate(pred, how, root)
    if judged is not None:
        return judged, "judged-figure"
    return pred, how


def _judged_figure_predicate(pred: Token, how: str, root: Token) -> Token | None:
    """'Fourth-quarter earnings will probably be weaker', 'third-quarter profits haven't been good': a period
    premodifying an amount noun that is the subject of a judging adjective after 'be' (or 'likely to be') dates what
    is said of the amount (the weakness), as a change verb is ('third-quarter sales fell'). Not an amount stated
    ('sales were $1.7 billion', measure_verbs keep the noun), an active verb ('results included a charge'), a passive,
    nor a time in the figure's own prepositional phrase."""
    if not how.endswith(("compound-nominal", "amod-nominal", "poss-nominal")) or not _is_quantity(pred) \
            or pred.dep_ not in ("nsubj", "nsubjpass") or root.i > pred.i or not is_predicate(pred.head):
        return None
    verb = pred.head
    if pred.dep_ == "nsubjpass":
        # (a passive keeps the amount: tests/test_events.py reads "Last year's results were hurt by restructuring
        # charges" as the results', though the dev set's TimeML dates the hurting)
        return None
    adj = _copular_predicate(verb)
    if adj is not None and adj.dep_ == "acomp" and adj.pos_ == "ADJ" and adj.lemma_.lower() in _RAISING_WORDS:
        # "revenue is likely to be flat": the hedge raises what the amount is said to be
        inner = next((c for c in adj.children if c.dep_ == "xcomp"), None)
        adj = _copular_predicate(inner) if inner is not None else None
    if adj is not None and adj.dep_ == "acomp" and adj.pos_ == "ADJ":
        return adj
    return None


_RAISING_WORDS = frozenset(RAISING_PREDICATES)


def _reporting_complement(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """'said it had a loss for the quarter': a time inside the span of the reported clause belongs to that
    clause even when the parser hangs it on the reporting verb (it does, for clause-final PPs)."""
    if pred.lemma_ not in REPORTING_VERBS or not how.endswith("-verb"):
        return pred, how
    for c in pred.children:
        if c.dep_ == "ccomp" and c.i < root.i and c.left_edge.i > pred.i and is_predicate(c):
            return c, "reported-clause"
    return pred, how


def _after_reporting_verb(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """'police said on Tuesday they had arrested 14', 'Castro said Tuesday his government told': a time right
    after a reporting verb (or its addressee: 'told reporters on Monday it would'), before its complement
    starts, dates the saying (TimeBank's convention; the parser often hangs it on the complement's verb)."""
    if root.dep_ not in ("npadvmod", "pobj", "advmod", "tmod", "obl"):
        return pred, how
    first = min(inside)
    if root.dep_ == "pobj" and root.head.i == first - 1:
        first = root.head.i
    if first == 0:
        return pred, how
    verb = _reporting_verb_left_of(root.doc, first, pred)
    if verb is None or verb.i == pred.i:
        return pred, how
    # the complement must follow the time and contain the predicate we found
    if pred.i > max(inside) and verb in pred.ancestors:
        return verb, "after-reporting-verb"
    return pred, how


# Between a reporting verb and its time only the verb's addressee stands ("told reporters on Monday", "told
# the BBC on Monday"): a few words, none of them the reported clause's.
ADDRESSEE_REACH = 4


def _reporting_verb_left_of(doc, first: int, pred: Token) -> Token | None:
    """The reporting verb right before token ``first``, past its own addressee if it has one."""
    clause = {t.i for t in pred.subtree} if pred.i > first else set()
    for i in range(first - 1, max(doc[first].sent.start, first - 1 - ADDRESSEE_REACH) - 1, -1):
        t = doc[i]
        if t.lemma_ in REPORTING_VERBS and is_predicate(t):
            return t
        if t.is_punct or i in clause or t.pos_ not in ("PROPN", "NOUN", "PRON", "DET") \
                or t.dep_ not in ("dobj", "dative", "compound", "det", "poss", "amod"):
            return None
    return None


def _trailing_report(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """'The firm notified regulators two days later, Nair told reporters': a time that ends the reported
    clause before a trailing ", <speaker> <verb>" dates what was reported, however the parser hung it on the
    reporting verb. (A time after the reporting verb dates the saying: "..., the company said on Tuesday".)"""
    if not (is_predicate(pred) and pred.lemma_ in REPORTING_VERBS) or pred.i < max(inside):
        return pred, how
    doc = root.doc
    k = max(inside) + 1
    if k >= len(doc) or doc[k].text != ",":
        return pred, how
    subj = next((c for c in pred.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.left_edge.i <= k:
        return pred, how
    for c in pred.children:
        if c.dep_ == "ccomp" and is_predicate(c) and c.i < min(inside) \
                and not any(t.is_punct for t in doc[c.right_edge.i + 1:min(inside)]):
            return c, "trailing-report"
    return pred, how


def _secondary_predicate(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """'was found clinging to an inner tube Nov. 25', 'were reported killed in recent days': a participle
    describing the state of the main verb's argument is not the event; the main verb is."""
    if pred.tag_ in ("VBG", "VBN") and pred.dep_ in ("xcomp", "oprd") and is_predicate(pred.head) \
            and pred.head.lemma_ not in ASPECTUAL_VERBS and not has_to(pred) \
            and not (pred.tag_ == "VBG" and pred.i > pred.head.i and lemma_in(pred.head, REPORTING_VERBS)):
        # (a saying's gerund is what was said, dated in its own phrase: "admitted accepting bribes between 2012
        # and 2021", "denied taking the money in 2019")
        return pred.head, "secondary-predicate"
    return pred, how


def _amount_for_period(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """'reported a net loss of $8.1 million, or $2.14 a share, for the third quarter', 'A year ago, the bank
    had profit of $1.8 million': an amount reported for a period is the event the period dates, however far
    the parser hung the period from it — with "for", or a time put before a "have" of the amount."""
    if not how.endswith("-verb") or not is_predicate(pred):
        return pred, how
    period = root
    if root.head.lemma_ in PERIOD_VERBS and root.head.dep_ in ("acl", "relcl") and root.head.head.lemma_ in PERIOD_NOUNS:
        period = root.head.head  # "for the third quarter ended Sept. 30": the date is the period's end
    via_for = period.dep_ == "pobj" and period.head.lower_ == "for" and period.head.head.i == pred.i
    fronted_have = pred.lemma_ == "have" and max(inside) < pred.i
    if not (via_for or fronted_have):
        return pred, how
    for c in pred.children:
        if c.dep_ == "dobj" and _is_quantity(c) and c.i not in inside and (fronted_have or c.i < min(inside)):
            return c, "amount-for-period"
    return pred, how


def _amount_in_measure(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """'had more than $110 million in sales last year': a verb that only states an amount
    (``amount_in_measure_verbs``) of a measure named after "in" — the measure is the event the time dates."""
    if not how.endswith("-verb") or not lemma_in(pred, AMOUNT_IN_MEASURE_VERBS):
        return pred, how
    for c in pred.children:
        if c.dep_ != "dobj" or c.i in inside or c.i > min(inside) or not (c.like_num or c.ent_type_ == "MONEY"):
            continue
        for p in c.children:
            if p.dep_ == "prep" and p.lower_ == "in":
                noun = next((g for g in p.children if g.dep_ == "pobj" and _is_quantity(g)), None)
                if noun is not None and noun.i < min(inside):
                    return noun, "amount-in-measure"
    return pred, how


def _presence_of(verb: Token, noun: Token) -> bool:
    """Whether ``verb`` is a presence light verb with a noun of showing up as its object ("made his last stage
    appearance", "paid a visit"): the noun is the event, even when the verb's subject owns it."""
    # (the tagger reads "landfall" after "made" as an adjective; an object of showing up is a noun, e18)
    return lemma_in(verb, PRESENCE_LIGHT_VERBS) and lemma_in(noun, PRESENCE_NOUNS) \
        and (is_event_nominal(noun) or noun.pos_ == "ADJ" and noun.dep_ == "dobj")


def _light_with(verb: Token, noun: Token) -> bool:
    """Whether ``verb`` is light with ``noun`` as its object: "held talks on Tuesday" is the talks, but "held
    protests on Tuesday" the holding (a dated light verb keeps its act unless the noun is a gathering)."""
    return lemma_in(verb, LIGHT_VERBS) and (not lemma_in(verb, DATED_LIGHT_VERBS) or lemma_in(noun, HELD_GATHERING_NOUNS))


def _after_preposition_participle(noun: Token) -> bool:
    """'The ceasefire held Sunday pending talks': a noun after a participle used as a preposition
    (``preposition_participles``) is that preposition's object, not the verb's, whatever the parser made of it."""
    return any(c.dep_ == "amod" and c.lower_ in PREPOSITION_PARTICIPLES and c.i < noun.i for c in noun.children)


def _one_occasion(noun: Token) -> bool:
    """Whether a light verb's object is one occasion brought about ("took a vote", "gave a speech", "held an
    emergency meeting"): a singular noun with "a"/"an", the light verb construction proper, whose noun carries the
    predication. A plural, a possessed or a definite object ("held talks", "gave her first interview", "carried out
    rescues") leaves the verb the event (:func:`_light_verb`)."""
    return noun.tag_ == "NN" and any(d.dep_ == "det" and d.lower_ in OCCASION_DETERMINERS for d in noun.children)


def _light_verb(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """'took a vote on Friday', 'made his last stage appearance in January', 'had surgery in February': a light verb
    with one occasion as its object (:func:`_one_occasion`), a verb of showing up (``presence_light_verbs``) or
    "have" with an event noun only says the noun happened, and the noun is the row's trigger. A light verb with a
    plural, possessed or definite object ("held talks on Monday", "will give her first full interview next week",
    "carried out rescues almost daily") is the event itself: of the 19 light-verb rows in the read held-out sets, 16
    accept either word and 3 want the verb, none the noun alone (docs/preceding_nominal_convention.md)."""
    if lemma_in(pred, LIGHT_VERBS):
        for c in pred.children:
            if c.dep_ == "dobj" and is_event_nominal(c) and _light_with(pred, c) and not _after_preposition_participle(c) \
                    and _one_occasion(c):
                return c, "light-verb"
    if lemma_in(pred, PRESENCE_LIGHT_VERBS):
        for c in pred.children:
            # "made his last stage appearance in January"; not "made a decision" (TimeBank's making)
            if c.dep_ == "dobj" and _presence_of(pred, c):
                return c, "light-verb"
    if pred.lemma_ in INDEFINITE_LIGHT_VERBS:
        for c in pred.children:
            # (not an amount: TimeBank dates "had" in "had a loss of $5 million in the quarter")
            # (or a bare singular one: "had surgery in February", not "had the operation"/"had its meeting")
            if c.dep_ == "dobj" and is_event_nominal(c) and not _is_quantity(c) \
                    and (any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children)
                         or c.tag_ in ("NN", "NNS") and not any(d.dep_ in ("det", "poss", "nummod") for d in c.children)):
                return c, "light-verb"
    return pred, how


def _object_complement(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """'declared the outbreak over on Tuesday', 'called the strike off on Monday': a particle completing what
    the verb makes of its object stands between the object and the time; the time dates the verb, however the
    parser hung both on the object."""
    first = min(inside)
    if root.dep_ == "pobj" and root.head.i == first - 1:
        first = root.head.i
    if how == "prep-nominal" and pred.dep_ == "dobj" and is_predicate(pred.head) and first > 0 \
            and root.doc[first - 1].tag_ == "RP" and root.doc[first - 1].head.i in (pred.i, pred.head.i):
        return pred.head, "object-complement"
    return pred, how


def _since_on_perfect(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """:func:`_perfect_since` where the parser hung the time on the verb's object or prepositional noun
    ("have campaigned for a ban since 2015"); a light verb's noun stays the event ("has held talks since March")."""
    if how not in ("prep-nominal", "preceding-nominal") or min(inside) == 0:
        return pred, how
    verb = pred.head if pred.dep_ == "dobj" else \
        pred.head.head if pred.dep_ == "pobj" and pred.head.dep_ == "prep" else None
    if verb is None or not is_predicate(verb) or _light_with(verb, pred) or verb.lemma_ in INDEFINITE_LIGHT_VERBS:
        return pred, how
    if verb.lemma_ == "be" and pred.dep_ == "pobj" and pred.head.lower_ == "in" and is_event_nominal(pred):
        return pred, how  # "has been in talks with Lufthansa since last year": the talks go on since then
    if _perfect_since(verb, root.doc[min(inside) - 1]):
        return verb, "since-on-perfect"
    return pred, how


def _since_under_perfect(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """'have campaigned for the road to be closed since 2015', 'has fought to save the theatre since 2019': a
    "since" phrase the parser hung on an infinitive below a verb in the perfect measures that verb's activity up to
    now (the infinitive's act is only wanted, and a perfect is what "since" asks for)."""
    if not how.endswith("-verb") or not is_predicate(pred) or min(inside) == 0:
        return pred, how
    lead = root.doc[min(inside) - 1]
    if root.doc[min(inside) - 1].pos_ == "DET" and min(inside) > 1:
        lead = root.doc[min(inside) - 2]
    if lead.head.i != pred.i:
        return pred, how
    up = perfect_over_infinitive(pred, lead)
    return (up, "since-under-perfect") if up is not None else (pred, how)


def perfect_over_infinitive(verb: Token, since: Token) -> Token | None:
    """The verb in the perfect a "since" phrase on the infinitive ``verb`` below it belongs to ("have campaigned
    for the road to be closed since 2015": "campaigned"), or None (rows.py asks it too, for the verb a "since"
    phrase naming an event bounds)."""
    if INTERVAL_CUES.get(since.lower_) != "since" or verb.dep_ not in ("advcl", "xcomp", "ccomp") \
            or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children) \
            or any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
        return None
    return verb.head if is_predicate(verb.head) and _perfect_since(verb.head, since) else None


def _own_object_nominal(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """'will announce its decision on Thursday', 'issued their warning this week': an event noun the verb's
    subject owns (a possessive pronoun) is the verb's own content, so a time in a phrase after it dates the
    verb; one inside the noun phrase still dates the noun ("attributed its fourth-quarter slump to")."""
    if how == "prep-nominal" and pred.dep_ == "dobj" and is_predicate(pred.head) \
            and pred.head.lemma_ not in SCHEDULING_VERBS and not _presence_of(pred.head, pred) \
            and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in pred.children):
        # (a light verb's noun stays the event: "made his last stage appearance in January")
        return pred.head, "own-object"
    if how == "prep-nominal" and pred.dep_ == "dobj" and is_predicate(pred.head) and _is_quantity(pred) \
            and any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll") for c in pred.head.children) \
            and not any(c.dep_ == "prep" and c.lower_ == "for" for c in pred.children):
        # "will present the full results on Oct. 28": a future day on which figures are given out dates the
        # giving (figures "for the quarter" keep their period)
        return pred.head, "future-figures"
    if how == "prep-nominal" and pred.dep_ == "dobj" and _content_verb_object(pred, root):
        return pred.head, "object-then-time"
    if how == "prep-nominal" and pred.dep_ == "pobj" and _event_the_object_is_for(pred, root):
        return pred.head.head.head, "object-then-time"
    if how == "prep-nominal" and pred.dep_ == "dobj" and _window_on_future_act(pred, root, inside):
        return pred.head, "future-window"
    if how == "prep-nominal" and pred.dep_ == "dobj" and is_predicate(pred.head) and lemma_in(pred.head, SANCTIONING_VERBS) \
            and root.dep_ == "pobj" and root.head.head.i == pred.i and root.head.i > pred.i:
        # "The senate approved the expansion move in October": a ruling on a proposed event is dated by the ruling
        # (as with a time hung on the verb: "approved Nordbank's takeover of Hansa on Tuesday")
        return pred.head, "sanctioned-object"
    if how == "prep-nominal" and pred.dep_ == "dobj" and is_predicate(pred.head) and root.dep_ == "pobj" \
            and root.head.lower_ in DEADLINE_PREPOSITIONS and root.head.head.i == pred.i and root.head.i > pred.i \
            and not lemma_in(pred.head, LIGHT_VERBS) and pred.head.lemma_ not in SCHEDULING_VERBS:
        # "failed to pass anti-corruption legislation by Christmas": a deadline bounds the act, whatever noun the
        # parser hung it on (a light verb's noun stays the event: "hold talks by Friday")
        return pred.head, "deadline-object"
    if how == "prep-nominal" and pred.dep_ == "dobj" and is_predicate(pred.head) and lemma_in(pred.head, NOTICING_VERBS) \
            and root.dep_ == "pobj" and root.head.head.i == pred.i and root.head.i > pred.i:
        # "Staff discovered the attack on Sunday morning": the finding out is what the time dates
        return pred.head, "noticed-object"
    return pred, how


# a day the parser hangs on an object noun ("hear further arguments on Feb. 20"); a period after one ("a loss for
# the third quarter", "a decline in the fourth quarter") is the noun's own, as TimeBank has it
DAY_PREPOSITIONS = frozenset({"on"})


def _window_on_future_act(noun: Token, root: Token, inside: set[int]) -> bool:
    """'said it would announce a decision within ten days', 'will complete the review in six weeks': a length ahead
    ("within", "in") after the object of a verb under "will"/"would" is the window for the verb's act; the object
    is what the act delivers. A light or scheduling verb's noun stays the event ("would hold elections within 90
    days")."""
    verb = noun.head
    return is_predicate(verb) and verb.pos_ == "VERB" and root.head.dep_ == "prep" and root.head.head.i == noun.i \
        and root.head.lower_ in ("within", "in") and root.lemma_.lower() in TIME_UNITS and root.tag_ == "NNS" \
        and any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll") for c in verb.children) \
        and not _light_with(verb, noun) and verb.lemma_ not in INDEFINITE_LIGHT_VERBS \
        and verb.lemma_ not in SCHEDULING_VERBS and not _is_quantity(noun)


def _event_the_object_is_for(noun: Token, root: Token) -> bool:
    """'Iraq accepted the allied terms for a permanent cease-fire on Sunday', 'the council rejected a plan for a
    referendum on Tuesday': an event noun after "for" on a content verb's object is what the
    object is for, still ahead; a day closing the object's phrase dates the verb, as :func:`_content_verb_object`
    has it for the object itself (only for a day, "on"; "terms for a truce" with a doer of its own stays)."""
    obj = noun.head.head
    verb = obj.head
    return noun.head.lower_ == "for" and noun.head.dep_ == "prep" and obj.dep_ == "dobj" \
        and lemma_in(obj, PROSPECT_OBJECT_NOUNS) and not _is_quantity(obj) and root.head.dep_ == "prep" \
        and root.head.head.i == noun.i and root.head.lower_ in DAY_PREPOSITIONS and root.head.i > noun.i \
        and root.right_edge.i == obj.right_edge.i \
        and is_predicate(verb) and verb.pos_ == "VERB" and verb.dep_ != "prep" \
        and not lemma_in(verb, LIGHT_VERBS) and verb.lemma_ not in INDEFINITE_LIGHT_VERBS \
        and not lemma_in(verb, SCHEDULING_VERBS) and verb.lemma_.lower() not in FORECAST_VERBS \
        and not any(c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN") for c in noun.children)


def _content_verb_object(noun: Token, root: Token) -> bool:
    """'The court will hear further arguments on Feb. 20', 'the board will review the proposals on Friday': a
    time the parser hung on a verb's event-noun object, closing the object's phrase, dates the verb when the verb
    has content of its own (not a light, scheduling or forecasting verb, whose object is the event) and the noun
    has no doer of its own ("condemned Iraq's invasion on Aug. 2"); only for a day ("on"), not an amount."""
    verb = noun.head
    # (a participle used as a preposition is no verb: "Following talks on Monday")
    return is_predicate(verb) and verb.pos_ == "VERB" and verb.dep_ != "prep" and root.head.dep_ == "prep" \
        and _in_noun_phrase(root.head.head, noun) \
        and root.head.lower_ in DAY_PREPOSITIONS and not _is_quantity(noun) \
        and root.right_edge.i == noun.right_edge.i and root.head.i > noun.i \
        and not lemma_in(verb, LIGHT_VERBS) and verb.lemma_ not in INDEFINITE_LIGHT_VERBS \
        and not lemma_in(verb, SCHEDULING_VERBS) and verb.lemma_.lower() not in FORECAST_VERBS \
        and not any(c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN") for c in noun.children)


def _in_noun_phrase(x: Token, noun: Token) -> bool:
    """Whether ``x`` is ``noun`` or a place or thing its phrase names through prepositions ("found the first
    shipment in a lorry at the border crossing on August 4": the lorry), with no event noun on the way."""
    for _ in range(4):
        if x.i == noun.i:
            return True
        if x.dep_ != "pobj" or x.head.dep_ != "prep" or is_event_nominal(x):
            return False
        x = x.head.head
    return False


def _act_in_contest(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """'crashed during a training race in April', 'withdrew from the Berlin marathon in September', 'had pulled out
    of the race in December': a contest or performance (``contest_occasion_nouns``) a verb's subject took part in,
    followed by a time with its own preposition, is where the act happened; the reader dates the act. A bare time
    right after the noun stays the noun's ("at the final Sunday"), as do phrases that look ahead or relate times
    ("preparing for the race in May", "injured before the final on Sunday"). "During" any occasion after an active
    act on a direct object does the same ("cancelled 900 flights during the strike in March", act_frame_prepositions)."""
    if how not in ("prep-nominal", "preceding-nominal") or pred.dep_ != "pobj":
        return pred, how
    # (any occasion an act is inside: "cancelled 900 flights during the strike in March", act_frame_prepositions;
    # only an active act on a direct object: "coughed during a speech early on Tuesday" is the speech (e18), and so
    # is what befell a passive subject there, "Two officers were hurt during a protest on Saturday" (v7); and only
    # after the act: a fronted "During the parade on Saturday, two floats caught fire" dates the parade (v11))
    framed = pred.head.lower_ in ACT_FRAME_PREPOSITIONS and pred.head.i > pred.head.head.i \
        and any(c.dep_ == "dobj" for c in pred.head.head.children) \
        and not any(c.dep_ in ("nsubjpass", "auxpass") for c in pred.head.head.children)
    # ("secured promotion with a 3-0 victory on Sunday": an outcome that was the means of the act, winning_means_nouns)
    means = pred.head.lower_ == "with" and lemma_in(pred, WINNING_MEANS_NOUNS) and pred.head.i > pred.head.head.i \
        and any(c.dep_ == "dobj" for c in pred.head.head.children) \
        and not any(c.dep_ in ("nsubjpass", "auxpass") for c in pred.head.head.children)
    if not lemma_in(pred, CONTEST_OCCASION_NOUNS) and not framed and not means:
        return pred, how
    prep, verb = pred.head, pred.head.head
    if prep.lower_ not in ("at", "during", "in", "from", "of") and not means \
            or prep.lower_ == "of" and root.doc[prep.i - 1].lower_ != "out":
        return pred, how
    if verb.pos_ in ("ADP", "ADV", "ADJ") and verb.dep_ in ("prep", "prt", "advmod", "acomp", "oprd"):
        verb = verb.head  # "pulled out of the race", "tested positive at a race"
    elif verb.pos_ == "NOUN" and verb.dep_ == "pobj" and verb.head.head.pos_ == "VERB":
        verb = verb.head.head  # "tested positive for a drug at a race", the contest hung on the drug
    if verb.pos_ != "VERB" or not is_predicate(verb) or verb.lemma_ in REPORTING_VERBS or verb.lemma_ == "be":
        return pred, how
    if not (root.dep_ == "pobj" and root.head.lower_ in ("in", "on") and root.head.i > pred.i):
        return pred, how
    return verb, "act-in-contest"


def _act_at_dated_contest(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """'won two relay golds at the 2022 Winter Olympics', 'crashed in Sunday's race': a contest or performance
    (``contest_occasion_nouns``) after "at"/"in"/"during" on a verb, dated by its own premodifier or possessive,
    is where the verb's act happened (as :func:`_act_in_contest` with a time after the noun); the reader dates the
    act. Not when the verb has a time of its own ("will compete at the 2028 Olympics, she said on Tuesday" keeps
    the compete's, but "won gold at the 2012 Olympics on Sunday" leaves 2012 to the Games)."""
    if not how.endswith("-nominal") or root.head.i != pred.i or root.i > pred.i \
            or root.dep_ not in ("compound", "nummod", "amod", "nmod", "poss") or pred.dep_ != "pobj" \
            or not lemma_in(pred, CONTEST_OCCASION_NOUNS) or pred.head.lower_ not in ("at", "in", "during"):
        return pred, how
    verb = pred.head.head
    if verb.pos_ != "VERB" or not is_predicate(verb) or verb.lemma_ in REPORTING_VERBS or pred.head.i < verb.i:
        return pred, how
    for c in verb.children:
        if c.i == pred.head.i:
            continue
        if c.ent_type_ in ("DATE", "TIME") and c.dep_ in ("npadvmod", "tmod") or c.dep_ == "prep" and any(
                g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in c.children):
            return pred, how
    return verb, "act-at-dated-contest"


def _occasion_dated(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """The same as :func:`_occasion_of_act` where the parser hung the time on the occasion noun."""
    if how == "npadvmod-nominal" and root.dep_ in ("npadvmod", "tmod") and root.head.i == pred.i \
            and pred.dep_ == "pobj" and pred.head.lower_ == "at" and pred.head.head.pos_ == "VERB" \
            and any(c.dep_ == "aux" and c.lower_ in MODAL_AUX for c in pred.head.head.children) \
            and any(x.ent_type_ in ("GPE", "LOC", "FAC") and pred.i < x.i < root.left_edge.i for x in pred.subtree):
        # "will debut at a concert in Lisbon next spring", the bare time hung on the noun past its named place
        return pred.head.head, "occasion-of-act"
    # (a clock time and its day are one time whose top word is the day's preposition: "at 8 p.m. on Saturday")
    obj = next((c for c in root.children if c.dep_ == "pobj"), root) if root.dep_ == "prep" else root
    verb = _occasion_verb(pred, via_object=True) if pred.dep_ == "pobj" else None
    if how == "prep-nominal" and obj.head.head.i == pred.i and verb is not None and is_predicate(verb) \
            and _occasion_of_act(pred, verb, obj, via_object=True):
        return verb, "occasion-of-act"
    return pred, how


# an event noun dated through a planning participle on it: who is to do it is not said there ("The issue is
# expected to dominate a summit set for April": not the issue)
PLANNED_PARTICIPLE = "planned-participle"


def _dating_participle(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """'a series of shootings dating to 1994', 'a feud going back to 2011': a participle that only says when the
    noun it describes began dates that noun; 'the closing, which is expected in December', 'a vote, which is
    scheduled for May': a planning verb in a relative clause on an event noun dates the noun (also one set off by a
    comma after the noun's own phrase, which the parser hung on that phrase's last noun: "The launch of the
    satellite, which had been scheduled for Wednesday, was scrubbed")."""
    noun = pred.head
    if pred.dep_ == "relcl" and not is_event_nominal(noun):
        up = set_off_relative_owner(pred)
        if up.pos_ == "NOUN" and is_event_nominal(up):
            noun = up
    if not is_predicate(pred) or not is_event_nominal(noun) or noun.i == pred.i:
        return pred, how
    if pred.dep_ == "acl" and pred.tag_ == "VBG" and lemma_in(pred, DATING_VERBS):
        return noun, "dating-participle"
    if pred.dep_ == "relcl" and (lemma_in(pred, SCHEDULING_VERBS) or lemma_in(pred, EXPECTING_VERBS)) \
            and pred.tag_ == "VBN" and any(c.dep_ == "nsubjpass" and c.lower_ in ("which", "that") for c in pred.children):
        return noun, "planned-relative"
    if pred.dep_ == "acl" and pred.tag_ == "VBN" and pred.i > noun.i and lemma_in(pred, PLANNING_PARTICIPLES) \
            and pred.doc[pred.left_edge.i - 1].text != ",":
        # "a NATO summit set for April", "a vote scheduled for May": the same with the participle alone (not an
        # aside: "The ban, first proposed in 2022," dates the proposing)
        return noun, PLANNED_PARTICIPLE
    return pred, how


def _temporal_adjective(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """'current market conditions', 'future demand': a one-word temporal adjective places exactly the noun it
    modifies in time, event noun or not."""
    if len(inside) == 1 and root.dep_ == "amod" and root.head.pos_ == "NOUN" and root.head.i not in inside \
            and root.lower_ not in FREQUENCY_ADJECTIVES:
        return root.head, "temporal-adjective"
    return pred, how


def _medium_of_saying(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """'said in an editorial on Monday', 'said in a statement on Tuesday': the statement is the saying, and
    the row is the reporting verb (an 'at a news conference' is an event of its own)."""
    # ("advmod-nominal": "said in a speech early on Tuesday", the parser hanging "early on Tuesday" on the speech, e18)
    # ("on": "said on a call with analysts on Tuesday", a call or a show only)
    if how in ("prep-nominal", "advmod-nominal") and pred.dep_ == "pobj" \
            and (pred.head.lower_ == "in" or pred.head.lower_ == "on" and lemma_in(pred, SAYING_ON_MEDIA)) \
            and pred.head.head.lemma_ in REPORTING_VERBS and is_predicate(pred.head.head):
        return pred.head.head, "medium-of-saying"
    obj = pred.head.head if pred.dep_ == "pobj" else pred
    if how == "prep-nominal" and pred.head.lower_ == "in" and obj.dep_ == "dobj" and lemma_in(pred, SAYING_OCCASIONS) \
            and obj.head.lemma_ in REPORTING_VERBS and is_predicate(obj.head) and obj.head.i < obj.i:
        # "announced the move in a televised address on Tuesday evening", the "in" hung on the object
        return obj.head, "medium-of-saying"
    return pred, how


def _market_setting(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """'Shares rose 3% in early trading on Wednesday', 'Oil fell in Asian trade on Tuesday': the trading is
    where the move happened (``market_settings``), and the row is the verb before it."""
    if how in ("prep-nominal", "preceding-nominal") and pred.dep_ == "pobj" and pred.head.lower_ == "in" \
            and lemma_in(pred, MARKET_SETTINGS):
        verb = pred.head.head
        for _ in range(3):  # "to close at $12 in New York trading yesterday": through the amount the parser hung it on
            if is_predicate(verb) or verb.head.i == verb.i or verb.pos_ not in ("ADP", "NUM", "SYM", "NOUN"):
                break
            verb = verb.head
        if is_predicate(verb) and verb.i < pred.head.i:
            return verb, "market-setting"
    return pred, how


def _clause_after_time(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """'..., and the following spring a magazine named her bread the best', 'the year the war ended': a clause
    right after the time with a subject of its own and no relative word, which the parser hung on the time
    noun, is what the time dates."""
    k = max(inside) + 1
    for c in root.children:
        if c.dep_ == "relcl" and is_predicate(c) and c.left_edge.i == k and c.i not in inside \
                and any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ not in RELATIVE_WORDS for g in c.children) \
                and c.doc[k].lower_ not in RELATIVE_WORDS:
            return c, "clause-after-time"
    return pred, how


# words that open a relative clause: after them the clause describes the noun, not what happened then
RELATIVE_WORDS = frozenset({"that", "which", "who", "whom", "whose", "when", "where"})


OCCASION_QUANTIFIERS = _words("occasion_quantifiers")


def _every_occasion(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """'We raised it at every council meeting this year', 'attended each session last week': a noun counted over
    with "every" or "each" names occasions, not one event; the time dates what the verb says happened at them."""
    if not how.endswith("-nominal") or pred.pos_ != "NOUN":
        return pred, how
    counted = pred.head.head if pred.dep_ == "pobj" and pred.head.lower_ == "of" and pred.head.head.pos_ == "NOUN" \
        else pred  # ("attended each session of the trial last week": the sessions are counted)
    if not any(c.dep_ == "det" and c.lower_ in OCCASION_QUANTIFIERS for c in counted.children):
        return pred, how
    verb = counted.head.head if counted.dep_ == "pobj" and counted.head.dep_ == "prep" \
        else counted.head if counted.dep_ == "dobj" else None
    if verb is None or not is_predicate(verb) or verb.pos_ not in ("VERB", "AUX"):
        return pred, how
    return verb, "every-occasion"


def _relative_clause_time(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """'Hackers who broke into the network last weekend have demanded 40 bitcoins', 'a wildfire that started in
    the hills last Thursday jumped the highway': a time closing a relative clause (or a participle phrase) on the
    subject, with no comma before the main verb that follows, ends that clause; the parser hung it on the main
    verb. A time set off by commas, or with words of its own before the verb, stays the verb's ("The man who was
    arrested, on Monday, appeared")."""
    doc = root.doc
    first, last = min(inside), max(inside)
    if not how.endswith("-verb") or pred.i <= last or first < 2 or pred.dep_ == "relcl":
        return pred, how
    if any(doc[i].is_punct or doc[i].dep_ not in ("aux", "auxpass", "neg", "advmod") for i in range(last + 1, pred.i)):
        return pred, how
    clause, t = None, doc[first - 1]
    while t.head.i != t.i and t.i < first:
        if t.dep_ == "relcl" or t.dep_ == "acl" and t.tag_ == "VBN":
            clause = t
            break
        t = t.head
    if clause is None or clause.head.i >= clause.i or clause.right_edge.i != first - 1 or not is_predicate(clause):
        return pred, how
    times = dated_timex_tokens(doc)
    if any(t.i in times for t in clause.subtree):
        return pred, how  # the clause has a time of its own ("Farmers who planted early this spring now face losses")
    return clause, "relative-clause-time"


def _moved_event(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """'The vote was put off until Thursday', 'The launch was delayed to Friday': after a verb that moves an
    event (``rescheduling_verbs``) the new time is the moved event's, here its passive subject (an active
    verb's object already takes it: "postponed the trial until March")."""
    lead = root.head
    if how == "preceding-nominal" or how in ("prep-verb", "advmod-verb"):
        moved = _moved_object(pred, lead)
        if moved is not None:
            return moved, "moved-event"
    if how not in ("prep-verb", "advmod-verb") or lead.dep_ != "prep" or lead.lower_ not in RESCHEDULED_LEADS:
        return pred, how
    if lead.head.i != pred.i and not (lead.head.head.i == pred.i and lead.head.dep_ in ("advmod", "prt")):
        return pred, how  # ("pushed it back to 2027": the lead hangs on the particle)
    if not moves_event(pred):
        return pred, how
    moved = next((c for c in pred.children if c.dep_ == "nsubjpass"), None)
    if moved is None and not any(c.dep_ in ("dobj", "nsubjpass") for c in pred.children):
        # "Stadium opening pushed back to 2027": a headline's passive, or a moving verb with no object ("The talks
        # moved to Friday"), whose subject is the moved event
        moved = next((c for c in pred.children if c.dep_ == "nsubj"), None)
    if moved is not None and is_event_nominal(moved):
        return moved, "moved-event"
    planned = _planned_act_delayed(pred)
    if planned is not None:
        return planned, "moved-event"
    return pred, how


def _moved_object(pred: Token, lead: Token) -> Token | None:
    """'delayed their decision on the proposed merger until Feb. 14', 'adjourned sentencing until March 15': the new
    time of an active moving verb is its event-noun object's, not a noun inside that object's phrase (the merger is
    not what was put off) nor the moving act (the adjourning happened on another day). None when the lead does not
    hang on such a verb, or its object names no event ("postponed a string of matches": the matches stay)."""
    if lead.dep_ != "prep" or lead.lower_ not in ("until", "till", "to"):
        return None  # (not "for": "delayed the launch for a year" is a length of the delay)
    verb = lead.head
    if verb.pos_ not in ("VERB", "AUX") or not moves_event(verb) or any(c.dep_ == "nsubjpass" for c in verb.children):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < lead.i), None)
    if obj is None or not (is_event_nominal(obj) or obj.tag_ == "VBG"):
        return None
    if any(c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and is_event_nominal(g) for g in c.children)
           for c in obj.children):
        return None  # ("postponed a string of matches": the events the partitive counts stay, tests/test_events_v5.py)
    if pred.i != verb.i and not obj.left_edge.i <= pred.i <= obj.right_edge.i:
        return None
    return obj


def _planned_act_delayed(pred: Token) -> Token | None:
    """'had planned to open a new campus in May but postponed it until the spring': the object pronoun
    (``delayed_object_pronouns``) of a moving verb joined to a verb of intending (``complement_infinitive_verbs``)
    stands for the intended act, its infinitive; None when there is no such act ("discussed the bridge and
    postponed it until July": the bridge is no act, the postponing keeps the time). (review18 item 5, helper g19)"""
    obj = next((c for c in pred.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lower_ not in DELAYED_OBJECT_PRONOUNS or pred.dep_ != "conj" or pred.head.i > pred.i:
        return None
    intending = pred.head
    if not lemma_in(intending, COMPLEMENT_INFINITIVE_VERBS):
        return None
    return next((c for c in intending.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")
                 and any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children)), None)


# the prepositions that lead to a moved event's new time ("put off until", "delayed to", "rescheduled for")
RESCHEDULED_LEADS = frozenset({"until", "till", "to", "for"})


def _dated_noun_after(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """'the Dec. 21, 1988, bombing of Pan Am', 'the October 1998 shooting death', 'a Jan. 14 return date': a
    time between a determiner and an event noun modifies that noun, however the parser split the phrase."""
    doc = root.doc
    first, k = min(inside), max(inside) + 1
    if first == 0 or pred.i > max(inside) and pred.i - k <= NOUN_AFTER_REACH and is_event_nominal(pred):
        return pred, how
    before = doc[first - 1]
    if not (before.pos_ == "DET" or before.tag_ in ("PRP$", "POS")):
        return pred, how
    if k < len(doc) and doc[k].text == ",":
        k += 1
    for t in doc[k:min(k + NOUN_AFTER_REACH, len(doc))]:
        if t.pos_ not in ("NOUN", "PROPN", "ADJ") or t.ent_type_ in ("DATE", "TIME"):
            break
        if is_event_nominal(t):
            head = t.head
            if t.dep_ == "compound" and head.i > t.i and head.pos_ == "NOUN" and head.i - k <= NOUN_AFTER_REACH \
                    and (is_event_nominal(head) or lemma_in(head, OCCASION_COMPOUND_HEADS)):
                return head, "dated-noun"  # "a Sunday night memorial service": the occasion the compound names
            return t, "dated-noun"
    return pred, how


# words between a premodifying time and its event noun: "the 1998 (federal court) hearing"
NOUN_AFTER_REACH = 3


def _going_to(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """'we're going to go back now', 'is going to announce its decision on Monday': "going to" is the future
    of the verb after it, which is the event."""
    if pred.lower_ == "going" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in pred.children):
        for c in pred.children:
            if c.dep_ == "xcomp" and is_predicate(c) and has_to(c):
                return c, "going-to"
    return pred, how


def _have_to(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """'Last year, 11 people had to be rescued', 'has to leave by Friday': "have to" says the verb after it had to
    happen (a modal of need); that verb is the event, as the time says when it happened."""
    if pred.lemma_ != "have" or pred.pos_ not in ("VERB", "AUX") or any(c.dep_ == "dobj" for c in pred.children):
        return pred, how
    inf = to_infinitive(pred)
    if inf is not None and inf.dep_ == "xcomp":
        return _light_verb(inf, "have-to", root, inside)  # ("had to have surgery": the surgery)
    return pred, how


def _time_aside_on_noun(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """'Turnout in the last election, in 2021, was 55%', 'The last major port strike, in 2019, lasted nine days':
    a time set off by commas right after an event noun is that noun's."""
    doc = root.doc
    first, last = min(inside), max(inside)
    if root.dep_ == "pobj" and root.head.i == first - 1:
        first = root.head.i
    if first < 2 or doc[first - 1].text != "," or last + 1 >= len(doc) or doc[last + 1].text != ",":
        return pred, how
    noun = doc[first - 2]
    if noun.dep_ == "pobj" and noun.head.i == noun.sent.start and noun.head.head.i == pred.i and pred.pos_ == "VERB" \
            and noun.head.dep_ == "prep" and pred.lemma_ != "be":
        # "At that meeting, on March 3, the board approved the sale": a time set off after a fronted occasion
        # phrase is a second adverbial of the clause, dated by the clause's verb (review20 section 3)
        return pred, how
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and not is_event_nominal(noun) \
            and noun.head.head.pos_ == "NOUN" and noun.head.head.i < noun.i and _denied(pred):
        # "The last statewide recount in Colorado, in 2010, did not change the outcome": a denied verb dates nothing,
        # so the time is the event's before the place ("The last flood in the valley, in 2013, destroyed 400 homes"
        # keeps the verb: docs/preceding_nominal_convention.md)
        noun = noun.head.head
    owner = _infinitive_owner(noun)
    if owner is not None and owner.dep_ in ("nsubj", "nsubjpass") and owner.head.i == pred.i:
        # "A previous attempt to reduce sailings, in 2019, was dropped": the aside closes the event noun's phrase,
        # whatever noun its infinitive ends on (a place after the noun, "The last flood in the valley, in 2013,
        # destroyed 400 homes", keeps the verb: docs/preceding_nominal_convention.md)
        noun = owner
    if noun.i != pred.i and noun.pos_ in ("NOUN", "PROPN") and is_event_nominal(noun) and not _is_quantity(noun):
        return noun, "time-aside"
    return pred, how


def _infinitive_owner(t: Token) -> Token | None:
    """The event noun whose "to" infinitive's phrase ends on ``t`` ("attempt" for "sailings" in "an attempt to reduce
    sailings"), or None."""
    for _ in range(4):
        if t.head.i == t.i:
            return None
        if t.dep_ == "acl" and t.tag_ == "VB" and has_to(t):
            owner = t.head
            return owner if owner.pos_ == "NOUN" and is_event_nominal(owner) else None
        if t.dep_ not in ("dobj", "pobj", "prep"):
            return None
        t = t.head
    return None


# the decision that dates an event noun through a time inside its own phrase: the noun's doer is not the verb's
# subject then ("Critics blamed the collapse in 2008 of Lehman Brothers")
INSIDE_NOUN_PHRASE = "inside-noun-phrase"


def _time_inside_noun_phrase(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """'the discovery in 2024 of asbestos', 'the sale last year of its unit', 'Her visit this week angered': a
    time right after an event noun and before that noun's "of" phrase, or before the verb the noun is the
    subject of, sits inside the noun's phrase and dates the noun, however the parser hung it."""
    doc = root.doc
    first, last = min(inside), max(inside)
    if root.dep_ == "pobj" and root.head.i == first - 1 and root.head.dep_ == "prep":
        first = root.head.i
    if first < 1 or last + 1 >= len(doc):
        return pred, how
    noun, after = doc[first - 1], doc[last + 1]
    if noun.i == pred.i or noun.pos_ != "NOUN" or not is_event_nominal(noun) or _is_quantity(noun) \
            or not any(c.dep_ in ("det", "poss") for c in noun.children):
        return pred, how
    if after.lower_ == "of" or (noun.i == noun.sent.start + sum(1 for c in noun.children if c.i < noun.i)
                                and after.tag_ in ("VBD", "VBZ", "VBP", "VBN") and after.pos_ == "VERB"):
        return noun, INSIDE_NOUN_PHRASE
    return pred, how


def _argument_noun_dated(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """:func:`_prepositional_argument` where the parser hung the time on the argument noun itself ("voted in
    favour of a walkout in February")."""
    if how != "prep-nominal" or pred.dep_ != "pobj":
        return pred, how
    verb = pred.head.head
    if verb.dep_ == "pobj" and verb.head.dep_ == "prep":  # through "in favour of"
        verb = verb.head.head
    if verb.pos_ == "ADJ" and lemma_in(verb, JUDGED_OF_WORDS) and is_predicate(verb.head):
        verb = verb.head  # "found him guilty of theft in March": the finding
    if is_predicate(verb) and _prepositional_argument(pred, verb):
        return verb, "argument-noun"
    return pred, how


def _agent_dated(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """:func:`_passive_agent` where the parser hung the time on the doer itself ("a bathhouse buried by an
    earthquake in the fourth century"): the passive verb's act is dated, its doer is its argument."""
    # (an amount keeps its period: "is offset by an after-tax gain of $30 million in the quarter")
    if how == "prep-nominal" and pred.dep_ == "pobj" and pred.head.dep_ == "agent" and is_predicate(pred.head.head) \
            and root.head.dep_ == "prep" and root.head.head.i == pred.i and root.head.i > pred.i \
            and not _is_quantity(pred) and not _of_amount(pred):
        return pred.head.head, "agent-dated"
    return pred, how


def _of_amount(noun: Token) -> bool:
    """Whether ``noun`` names an amount after its "of" ("a gain of about $30 million")."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        g.dep_ == "pobj" and (g.like_num or g.ent_type_ in ("MONEY", "PERCENT") or g.tag_ == "$") for g in c.children)
        for c in noun.children)


def _according_to(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """'According to the latest figures as of Monday, 46 people have died': "according to" only names a source;
    a time in it dates the clause it is attached to."""
    if pred.lower_ == "according" and pred.dep_ == "prep" and is_predicate(pred.head):
        return pred.head, "according-to"
    return pred, how


def _aspectual(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    if pred.dep_ == "xcomp" and pred.tag_ == "VBG" and lemma_in(pred.head, ONGOING_ASPECTUAL_VERBS) \
            and pred.i == pred.head.i + 1:
        return pred, how  # "would keep searching until Thursday": the searching goes on until then
    if pred.dep_ == "xcomp" and pred.tag_ == "VB" and lemma_in(pred.head, ONGOING_ASPECTUAL_VERBS) \
            and root.head.lower_ in TERM_BOUNDS and root.head.head.i == pred.i:
        # "will continue to operate under their names until early 1990": the term's end bounds the operating
        # (TimeBank ties it so); a point time keeps the aspectual ("continued to climb in April")
        return pred, how
    if pred.dep_ == "xcomp" and pred.head.lemma_ in ASPECTUAL_VERBS:
        return pred.head, "aspectual"
    return pred, how


def _past_attempt(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """'Two tugs tried to pull it free that night but failed', 'had tried to seize the town on Monday', 'was trying
    to land at 3:40 p.m.': the infinitive of a past attempt (``attempt_verbs``) may never have happened; the attempt
    did, and is what the time dates. Not one ahead ("will try to leave within 24 hours") nor a present one, nor a
    bound of the infinitive's own ("until July") or a time when the attempt has one of its own."""
    head = pred.head
    if pred.dep_ != "xcomp" or pred.tag_ != "VB" or not lemma_in(head, ATTEMPT_VERBS) or not (
            head.tag_ == "VBD" or head.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in head.children)
            or head.tag_ == "VBG" and any(c.dep_ == "aux" and c.tag_ == "VBD" for c in head.children)):
        return pred, how
    lead = root.doc[min(inside) - 1] if min(inside) > 0 else None
    if lead is not None and (lead.lower_ in INTERVAL_CUES or lead.lower_ in DEADLINE_PREPOSITIONS):
        return pred, how  # "tried to delay the vote until July": the bound is the delaying's
    times = dated_timex_tokens(root.doc)
    if any(g.i in times and g.i not in inside for c in head.children if c.i != pred.i for g in c.subtree):
        return pred, how  # "tried on Tuesday to delay the vote ...": the attempt has its own time
    return head, "attempt"


def _aspectual_object(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """'resumed negotiations on Monday aimed at ending the strike', 'halted its attacks on Friday, citing the
    truce': a time the parser hung on the event-noun object of an aspectual verb (``aspectual_verbs``; it does so
    when a participle or clause follows) dates the verb, as it does when hung on the verb ("resumed talks on
    Monday"): the resuming is what happened then, the noun says what was resumed."""
    prep = root.head
    if pred.dep_ != "dobj" or prep.dep_ != "prep" or prep.head.i != pred.i or prep.lower_ not in ("on", "in", "at") \
            or prep.i != pred.right_edge.i + 1 and prep.i != pred.i + 1 or not is_event_nominal(pred):
        return pred, how
    verb = pred.head
    if verb.pos_ != "VERB" or not lemma_in(verb, ASPECTUAL_VERBS):
        return pred, how
    return verb, "aspectual-object"


def _state_noun(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """'was placed under closer supervision in March 2021': the noun after a state preposition
    (``state_prepositions``) names where a passive verb put its subject; the time dates the verb. (Not after
    an active verb: "came under attack on Monday" is the attack.)"""
    under = pred.head
    verb = under.head if under.head.pos_ == "VERB" else under.head.head
    if how in ("prep-nominal", "preceding-nominal") and pred.dep_ == "pobj" and under.lower_ in STATE_PREPOSITIONS \
            and under.dep_ == "prep" and is_predicate(verb) and verb.pos_ == "VERB" \
            and any(c.dep_ == "dobj" and c.right_edge.i == under.i - 1 for c in verb.children) \
            and min(inside) - (root.head.dep_ == "prep" and root.head.i == min(inside) - 1) == pred.right_edge.i + 1:
        # "seized a car bomb under construction on Sunday", "found the tower under renovation in March": the state the
        # verb's object was in; the time dates the verb ("came under attack on Monday" has no object: the attack)
        return verb, "state-noun"
    if how not in ("prep-nominal", "preceding-nominal") or pred.dep_ != "pobj" \
            or pred.head.lower_ not in STATE_PREPOSITIONS or pred.head.dep_ != "prep" \
            or not is_predicate(pred.head.head) or pred.head.head.pos_ != "VERB" \
            or not any(c.dep_ == "auxpass" for c in pred.head.head.children) \
            or min(inside) - (root.head.dep_ == "prep" and root.head.i == min(inside) - 1) != pred.right_edge.i + 1:
        return pred, how
    return pred.head.head, "state-noun"


def _onset_participle(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """'was suspended for six weeks beginning in March 2020', 'shut down for 35 days beginning in December 2018':
    'will be notified by mail starting in April': a "beginning" or "starting" with no subject of its own, after a
    verb that has its length ("for ...") or a modal, only says when that verb's act starts. (Other verbs keep
    it: on the dev set's untuned half the rule without these conditions lost a row.)"""
    if pred.tag_ != "VBG" or pred.dep_ not in ("advcl", "prep", "dobj") or not lemma_in(pred, ONSET_PARTICIPLES) \
            or any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "xcomp") for c in pred.children) \
            or not is_predicate(pred.head) or pred.head.pos_ != "VERB" or pred.i < pred.head.i \
            or not any(c.dep_ == "prep" and c.lower_ == "for" and c.i < pred.i or _length_phrase(c, pred)
                       or c.dep_ == "aux" and (c.lower_ in MODAL_AUX or c.lower_ == "to") for c in pred.head.children):
        return pred, how
    return pred.head, "onset-participle"


def _length_phrase(prep: Token, before: Token) -> bool:
    """'received half its annual rainfall in 36 hours, starting on ...': an "in"/"over" phrase of a counted unit
    before ``before`` gives the verb its length, as "for" does."""
    return prep.dep_ == "prep" and prep.lower_ in ("in", "over", "within") and prep.i < before.i and any(
        g.dep_ == "pobj" and g.lemma_.lower() in TIME_UNITS and any(n.dep_ == "nummod" for n in g.children)
        for g in prep.children)


# the links from a noun up to the verb whose object or prepositional phrase it sits in
_OBJECT_PATH_DEPS = frozenset({"dobj", "pobj", "prep", "conj", "appos", "npadvmod", "nmod", "compound"})


def _onset_on_noun(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """'will cap costs for uninsured patients starting next month', 'will charge a fee to customers effective June
    1': an onset word (``onset_words_on_nouns``) with no subject or object of its own, hung on a noun inside the
    object or a prepositional phrase of a verb before it, only says when that verb's act starts; the time dates the
    verb. (A noun that is a subject keeps it: "Workers starting next month will get a badge".)"""
    if not lemma_in(pred, ONSET_WORDS_ON_NOUNS) or pred.dep_ not in ("acl", "amod") or pred.tag_ not in ("VBG", "JJ") \
            or any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "xcomp", "ccomp") for c in pred.children):
        return pred, how
    t = pred.head
    if t.pos_ not in ("NOUN", "PROPN", "PRON", "NUM"):
        return pred, how
    for _ in range(12):
        if t.dep_ not in _OBJECT_PATH_DEPS or t.head.i == t.i:
            return pred, how
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            break
    else:
        return pred, how
    if t.pos_ != "VERB" or not is_predicate(t) or t.i > pred.i:
        return pred, how
    return t, "onset-participle"


def _occasion_of(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """'Protesters gathered on the eve of the summit on Friday', 'met on the sidelines of the summit on Monday': an
    event noun that only names the occasion a phrase of time or place is "of" dates nothing itself; the time dates
    the verb that phrase hangs on."""
    if pred.pos_ != "NOUN" or pred.dep_ != "pobj" or pred.head.lower_ != "of":
        return pred, how
    holder = pred.head.head
    if not lemma_in(holder, OCCASION_HOLDERS) or holder.dep_ != "pobj" or holder.head.dep_ != "prep":
        return pred, how
    verb = holder.head.head
    if not is_predicate(verb) or verb.pos_ != "VERB":
        return pred, how
    return verb, "occasion-of"


def _set_off_onset(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """'Beginning in March, the bank will close 40 branches', 'The new rules, starting in March, will cost firms
    $2 billion': a "beginning"/"starting" phrase set off by commas before a verb with a modal only says when that
    verb's act starts (past verbs keep the participle, as :func:`_onset_participle` does)."""
    if pred.tag_ != "VBG" or not lemma_in(pred, ONSET_PARTICIPLES) \
            or any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "xcomp") for c in pred.children):
        return pred, how
    doc = pred.doc
    after = pred.right_edge.i + 1
    if after >= len(doc) or doc[after].text != ",":
        return pred, how
    if pred.dep_ == "advcl" and pred.i < pred.head.i and (
            pred.left_edge.i == pred.sent.start or doc[pred.left_edge.i - 1].text == ","):
        verb = pred.head
    elif pred.dep_ == "acl" and pred.left_edge.i > 0 and doc[pred.left_edge.i - 1].text == "," \
            and pred.head.dep_ in ("nsubj", "nsubjpass"):
        verb = pred.head.head
    else:
        return pred, how
    if not is_predicate(verb) or not any(c.dep_ == "aux" and c.lower_ in MODAL_AUX for c in verb.children):
        return pred, how
    return verb, "onset-participle"


def _participle_agent(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """'A list issued by the government Thursday included ...', 'a report released by the ministry on Monday
    shows': a time right after the doer of a participle describing a noun ends that participle's clause and
    dates it, however the parser hung the time on the main verb."""
    if not how.endswith("-verb"):
        return pred, how
    first = min(inside)
    if root.dep_ == "pobj" and root.head.i == first - 1:
        first = root.head.i
    if first == 0:
        return pred, how
    for a in root.doc[first - 1].ancestors:
        if a.i == pred.i:
            break
        if a.dep_ == "agent":
            p = a.head
            if p.i != pred.i and p.tag_ == "VBN" and p.dep_ in ("acl", "relcl") and p.right_edge.i == first - 1:
                return p, "participle-agent"
            break
    return pred, how


# Applied in order after the climb; each may replace the predicate. Measured one by one on TimeBank.
def _gapped_object(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """'GM cut the second shift last year and the third shift in 2017': a noun the parser joined to a verb as
    its conjunct, after that verb's own object, is a second object with the verb left out; its own time dates
    the verb, as in the first conjunct. (Not after a light verb: "held talks on Monday and a vote on Friday" has
    the vote as its event, nor after a verb whose object is an event foreseen or scheduled: "predicting sluggish
    growth and more disappointments for the fourth quarter".) An adjective with a determiner or possessor is such
    an object with its noun left out too: "won her first title in 2004 and her last in 2016", "lost the
    semi-final in 2018 and the final in 2022"."""
    verb = _gapped_verb(pred)
    if verb is None or not _gapped_object_of(pred, verb):
        return pred, how
    return verb, "gapped-object"


def _gapped_object_of(noun: Token, verb: Token) -> bool:
    """Whether ``noun`` is a second object of ``verb`` with the verb left out, and no conjunct of its own the
    parser misread ("introduced entry fees in 2018 and capped daily visits in 2021": the capping's own verb)."""
    if getattr(_gapped_verb(noun), "i", None) != verb.i:
        return False
    misread = misread_verb(noun)
    return misread is None or not _first_conjunct_dated(verb, misread)


def _gapped_verb(pred: Token) -> Token | None:
    """The verb ``pred`` is a second object of with that verb left out (see :func:`_gapped_object`), or None."""
    verb = pred.head
    if pred.dep_ == "conj" and verb.dep_ == "pobj" and verb.head.dep_ == "prep" \
            and verb.i in dated_timex_tokens(pred.doc):
        # "announced 1,200 layoffs in February and a share buyback in November", "won the league in July and the
        # league cup in August": the parser joined the second object to the first object's time; the verb is
        # the one that time's preposition hangs on
        verb = verb.head.head
    elided = pred.pos_ == "ADJ" and any(c.dep_ in ("det", "poss") for c in pred.children)
    if _bare_verb_under_modal(pred, verb):
        return None
    if pred.pos_ not in ("NOUN", "PROPN") and not elided or pred.dep_ != "conj" or verb.pos_ != "VERB" \
            or not is_predicate(verb) \
            or lemma_in(verb, LIGHT_VERBS) or verb.lemma_ in INDEFINITE_LIGHT_VERBS \
            or verb.lemma_.lower() in FORECAST_VERBS or lemma_in(verb, SCHEDULING_VERBS) \
            or not any(c.dep_ == "dobj" and c.i < pred.i for c in verb.children):
        return None
    return verb


def _bare_verb_under_modal(noun: Token, verb: Token) -> bool:
    """'will begin its review next month and report by March': a singular noun with nothing before it (no article,
    owner, number or modifier), right after the "and" that joins it to a verb with a modal or "to", is the second
    bare verb the modal governs, which the parser took for a noun; a singular count noun never stands bare as a
    second object ("cut the first shift in May and the second in June" has its article; a gerund-like mass noun,
    "and spending in 2027", is left alone)."""
    return noun.dep_ == "conj" and noun.tag_ == "NN" and noun.i > 0 and noun.doc[noun.i - 1].dep_ == "cc" \
        and noun.head.i == verb.i and verb.pos_ == "VERB" and not noun.lower_.endswith("ing") \
        and not any(c.dep_ in ("det", "poss", "nummod", "amod", "compound") for c in noun.children) \
        and any(c.dep_ == "aux" and (c.lower_ in MODAL_AUX or c.lower_ == "to") for c in verb.children)


def _conjunct_verb_misread(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """The verb :func:`~timeline.events.grammar.misread_verb` finds dates its own conjunct's time, not the object noun."""
    verb = misread_verb(pred) if how.endswith("-nominal") or how == "preceding-nominal" else None
    if verb is None or not _first_conjunct_dated(pred.head, verb):
        return pred, how
    return verb, "misread-verb"


def _first_conjunct_dated(first: Token, second: Token) -> bool:
    """Whether the first of two joined verbs has a time of its own before the second ("introduced timed tickets
    in 2019 and capped ..."): only then is a later time the second one's alone; "shut schools and grounded
    flights from Monday" dates both, and the row keeps the first with both in its headline."""
    return any(t.ent_type_ in ("DATE", "TIME") for t in first.doc[first.i + 1:second.i])


def _event_on_copula(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """'The funeral will be on Saturday', 'Their next home game is against Getafe on Aug. 13': a bare "be" (no
    adjective or noun complement) says when its event-noun subject takes place: the noun is the event."""
    if pred.lemma_ != "be" or not how.endswith("-verb") \
            or any(c.dep_ in ("acomp", "attr", "xcomp", "ccomp", "oprd") for c in pred.children):
        return pred, how
    if any(c.dep_ == "prep" and c.lower_ in LEVEL_PREPOSITIONS for c in pred.children):
        return pred, how  # "Inflation has been above target since 2021": a level it stood at, no event taking place
    if any(c.dep_ == "prep" and c.lower_ in STATE_PREPOSITIONS and c.i not in inside and any(
            g.dep_ == "pobj" and is_event_nominal(g) for g in c.children) for c in pred.children):
        # "The merger had been under negotiation since 2008", "has been under curfew since May": a state the subject
        # was in, dated by the copula, not an event its subject noun names ("The talks have been under way" are one)
        return pred, how
    subj = next((c for c in pred.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "NOUN" or not is_event_nominal(subj):
        return pred, how
    return subj, "event-on-copula"


def _ordinal_of_subject(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """'The walkout by bus drivers on Monday is the fourth this year': an ordinal or series word standing alone
    after "be" counts its event-noun subject within the time; the noun is the event ("the fourth" is none)."""
    # ("was Du Pont's second this year": a possessor says whose series it is, and the parser may make the
    # ordinal a noun; "was the second quarter" has a noun of its own and is no count)
    ordinal = pred.ent_type_ == "ORDINAL" and pred.tag_ == "NN"
    if how != "copula" or pred.dep_ != "attr" or not (pred.like_num or pred.lower_ in SEQUENCE_ADJECTIVES or ordinal) \
            or pred.pos_ == "NOUN" and not ordinal \
            or any(c.pos_ in ("NOUN", "PROPN") and c.i not in inside and c.dep_ != "poss" for c in pred.children):
        return pred, how
    subj = next((c for c in pred.head.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "NOUN" or not is_event_nominal(subj):
        return pred, how
    return subj, "ordinal-of-subject"


def _due_thing_does(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """'Figures due on Thursday are expected to show inflation slowed': "due" on a noun says when the thing
    comes; what it is to do then is what its verb (or that verb's infinitive) says, not "due" itself."""
    noun = pred.head
    if pred.dep_ != "amod" or not lemma_in(pred, EXPECTING_VERBS) or noun.dep_ not in ("nsubj", "nsubjpass") \
            or not is_predicate(noun.head):
        return pred, how
    verb = noun.head
    inf = next((c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VB"), None)
    if inf is not None and lemma_in(verb, EXPECTING_VERBS):
        return inf, "due-thing"
    if any(c.dep_ == "aux" and c.lower_ in MODAL_AUX for c in verb.children):
        return verb, "due-thing"
    # (a past verb happened at its own time: "Payments due in March were delayed" did not happen in March)
    return pred, how




def _noun_due_at_time(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """'will receive a further increase of $40 due on January 1', 'missed a bond payment due on Monday': a time in
    a phrase right after an adjective of timing (``postnominal_timing_adjectives``) that follows an event noun's
    phrase dates that noun (what is due then), however the parser hung the phrase (often on the clause's verb).
    Not a copula's adjective ("the payment is due on Monday"), nor a noun that is no event ("a tax bill")."""
    doc = root.doc
    lead = root.head
    if lead.dep_ != "prep" or lead.lower_ not in ("on", "in", "by", "at") or lead.i < 2 or lead.i != min(inside) - 1:
        return pred, how
    adj = doc[lead.i - 1]
    if adj.lower_ not in POSTNOMINAL_TIMING_ADJECTIVES or adj.dep_ in ("acomp", "ROOT") or adj.head.lemma_ == "be" \
            or adj.tag_.startswith("VB"):  # ("a summit set for Lisbon in April": a participle, its own rules)
        return pred, how
    noun = doc[adj.i - 1]
    while noun.dep_ in ("pobj", "nummod", "quantmod", "compound", "nmod") and noun.head.i < adj.i \
            and (noun.dep_ != "pobj" or noun.head.lower_ == "of" and noun.head.head.i < noun.i):
        noun = noun.head.head if noun.dep_ == "pobj" else noun.head
    if noun.i == pred.i or noun.pos_ != "NOUN" or not is_event_nominal(noun) or noun.dep_ not in ("dobj", "pobj", "nsubj", "appos"):
        return pred, how
    return noun, "due-noun"


def _resource_lasting(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """'has enough cash to last until mid-2027', 'had enough food to last through the winter': a time in a phrase
    right after "NOUN to" + a verb a supply does over a time (``resource_lasting_verbs``) dates that verb (the parser
    often reads "last" as an adjective and hangs the phrase on "has")."""
    doc = root.doc
    lead = root.head
    if lead.dep_ != "prep" or lead.i < 3 or lead.i not in (min(inside) - 1, min(inside)):
        return pred, how
    verb = doc[lead.i - 1]
    if verb.lower_ not in RESOURCE_LASTING_VERBS or verb.i == pred.i or doc[verb.i - 1].lower_ != "to" \
            or doc[verb.i - 2].pos_ not in ("NOUN", "PROPN"):
        return pred, how
    return verb, "resource-lasting"


def _due_to_misread_verb(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """'The repairs were originally due to finish in 2015', parsed as "due to [the] finish": a bare word of
    ``due_to_misread_verbs`` after "due to" is the planned act the time dates, not the copula or "due"."""
    lead = root.head
    if root.dep_ != "pobj" or lead.dep_ != "prep":
        return pred, how
    noun = lead.head
    if noun.dep_ not in ("pobj", "advcl"):
        return pred, how
    return (noun, "due-to-verb") if due_to_misread_verb(noun) else (pred, how)


def _expected_event(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """'A decision by the home secretary is expected within two months', 'A verdict is expected on Friday': a
    present passive expecting verb (``expecting_verbs``) with nothing to do of its own (no infinitive or clause) says when
    its event-noun subject will come: the noun is the event. (A scheduling passive, "The next review is scheduled
    for June", keeps its verb: readers accept either, and the verb is the act the sentence reports.)"""
    if not how.endswith("-verb") or not lemma_in(pred, EXPECTING_VERBS) \
            or not any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in pred.children) \
            or any(c.dep_ in ("xcomp", "ccomp", "oprd", "dobj") for c in pred.children):
        # (a past expectation says nothing of whether the event came: "The decision was expected last week")
        return pred, how
    subj = next((c for c in pred.children if c.dep_ == "nsubjpass"), None)
    if subj is None or subj.pos_ != "NOUN" or not is_event_nominal(subj) or _is_quantity(subj):
        return pred, how
    return subj, "expected-event"


_AIMING_ACT_VERBS = _words("aiming_act_verbs")


def _aimed_act(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """'The state sued to stop the merger in May 2021', 'Regulators moved to block the deal in March': a past act
    done to bring something about (``aiming_act_verbs``) took place at the time after its infinitive; the aim was
    only wanted. The act's own time elsewhere leaves the infinitive its own ("sued on Monday to stop it by May")."""
    if not how.endswith("-verb") or pred.tag_ != "VB" or pred.dep_ not in ("xcomp", "advcl") \
            or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in pred.children):
        return pred, how
    act = pred.head
    if act.tag_ != "VBD" or not lemma_in(act, _AIMING_ACT_VERBS) or root.i < pred.i:
        return pred, how
    times = dated_timex_tokens(root.doc)
    if any(g.i in times and g.i not in inside for c in act.children if c.i != pred.i for g in c.subtree):
        return pred, how
    return act, "aimed-act"


# a clause of its own between a time and a verb above it: the time is that clause's
NESTED_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp"})


def _directed_act(pred: Token, how: str, root: Token, inside: set[int], ahead: bool | None) -> tuple[Token, str]:
    """'Residents were ordered to leave their homes on Monday night', 'Shops were told to close on Saturday': a past
    verb of directing (``directing_verbs``) over a to-infinitive is what took place; a time after the infinitive's phrase
    dates it when it has no time of its own and lies behind the report. (Whether the act followed is unsaid; a time
    ahead is the act's: "ordered the firm to close the plant next month". With the one directed as an object, "told
    him to leave on Friday", tense reads the weekday ahead, temporal/tense.py ahead_object_verbs, and the rule
    stands aside.)"""
    if ahead is True or not how.endswith("-verb") or pred.tag_ != "VB" or root.i < pred.i \
            or root.head.lower_ in DIRECTED_DEADLINE_LEADS \
            or min(inside) > 0 and root.doc[min(inside) - 1].lower_ in DIRECTED_DEADLINE_LEADS \
            or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in pred.children):
        # (a deadline is the infinitive's: "ordered the firm to pay by March", also one of two phrases, rooted
        # at its second: "ordered boats to return to port by noon on Wednesday")
        return pred, how
    act = pred.head if pred.dep_ == "xcomp" else None
    if act is None or not lemma_in(act, DIRECTING_VERBS) or not is_predicate(act) or act.i > pred.i:
        return pred, how
    past = act.tag_ == "VBD" or act.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in act.children)
    if not past:
        return pred, how
    if ahead is None and not _value_before_report(root):
        return pred, how  # (a year resolved without the report: behind it only as its value says, "in 2013" of 2016)
    times = dated_timex_tokens(root.doc)
    if any(g.i in times and g.i not in inside and not through_clause(g, act, NESTED_CLAUSE_DEPS)
           for c in act.children if c.i != pred.i and c.i != pred.head.i for g in c.subtree):
        return pred, how  # (a time of a clause inside its phrases is that clause's: "after a fire that began Friday")
    return act, "directed-act"


def _background_progressive(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """'Coastguards rescued 40 people from a yacht that was sinking off the cape early on Sunday': a past
    progressive in a relative clause on the main verb's phrase is the scene the main act took place in; a time
    closing the sentence dates that act, when the act has no time of its own."""
    if not how.endswith("-verb") or pred.dep_ != "relcl" or pred.tag_ != "VBG" \
            or not any(c.dep_ == "aux" and c.lower_ in ("was", "were") for c in pred.children):
        return pred, how
    noun = pred.head
    act = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head if noun.dep_ == "dobj" else None
    if act is None or act.tag_ != "VBD" or not is_predicate(act) or act.pos_ != "VERB" or max(inside) + 2 < len(root.doc) \
            and not root.doc[max(inside) + 1].is_punct:
        return pred, how
    times = dated_timex_tokens(root.doc)
    if any(g.i in times and g.i not in inside for c in act.children if c.i != noun.i and c.i != noun.head.i
           for g in c.subtree):
        return pred, how
    return act, "background-progressive"


def _prospect_object(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """'The city faces a court challenge in January', 'The bill awaits a final vote next week': a present verb of
    standing before what is to come (``prospect_verbs``) holds now, so a time on it says when its event-noun object
    comes. A past one keeps the time ("faced criticism on Monday"), and so does a thing as the object ("faces a
    fine of $2 million")."""
    if not how.endswith("-verb") or not lemma_in(pred, PROSPECT_VERBS) or not _present_state(pred):
        return pred, how
    obj = next((c for c in pred.children if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ != "NOUN" or not is_event_nominal(obj) or _is_quantity(obj) or obj.i in inside:
        return pred, how
    return obj, "prospect-object"


def _present_state(verb: Token) -> bool:
    """'faces', 'face', 'is awaiting': a verb in the present tense, simple or progressive."""
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    return verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in verb.children)


def _deadline_infinitive(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """'Residents have until Nov. 30 to apply for aid', 'gave the firm until Friday to respond': a verb that only
    grants time (``deadline_granting_verbs``) up to a deadline names no event; the deadline dates the act its
    infinitive says is due."""
    lead = root.head
    if how != "prep-verb" or lead.dep_ != "prep" or lead.lower_ not in ("until", "till") or lead.head.i != pred.i \
            or not lemma_in(pred, DEADLINE_GRANTING_VERBS):
        return pred, how
    # (the parser may hang the infinitive on the deadline's own noun: "has until the end of the month to pay")
    hung = [c for i in inside for c in root.doc[i].children if c.dep_ in ("relcl", "acl")]
    for c in list(pred.children) + hung:
        if c.dep_ in ("advcl", "xcomp", "relcl", "acl") and c.i > max(inside) and c.tag_ == "VB" \
                and has_to(c):
            return c, "deadline-infinitive"
    return pred, how


def _bounded_term(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """'signed a contract until June 2029': an "until"/"through" date that ends a term the verb's object names
    (:func:`~timeline.events.grammar.bounded_term`) dates the term, not the signing."""
    lead = root.head
    if lead.dep_ != "prep" or lead.lower_ not in TERM_BOUNDS or not how.endswith("-verb"):
        return pred, how
    term = bounded_term(lead)
    if term is None or term.i == pred.i or not (term.head.i == pred.i or term.i == lead.head.i):
        return pred, how
    return term, "bounded-term"


def _contest_outcome(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """'won the most seats in Sunday's election', 'beat Djokovic in the semi-finals on Friday': a time on the
    contest a verb of winning or losing is set in dates the outcome, which says who did what; the contest noun
    alone ("European Parliament election") names no one."""
    if how == "poss-nominal" and pred.dep_ == "dobj" and root.dep_ == "poss" and root.head.i == pred.i \
            and pred.head.pos_ == "VERB" and lemma_in(pred.head, CONTEST_OUTCOME_VERBS):
        return pred.head, "contest-outcome"  # "did not finish this year's race", "won Sunday's final": the outcome
    if not how.endswith("-nominal") or pred.pos_ != "NOUN" or pred.dep_ != "pobj" \
            or pred.head.lower_ not in ("in", "at"):
        return pred, how
    verb = pred.head.head
    if verb.dep_ == "dobj" and not is_event_nominal(verb):
        verb = verb.head  # the parser hung the contest on the prize: "won the most seats in Sunday's election"
    if pred.head.dep_ != "prep" or not is_predicate(verb) or verb.pos_ != "VERB" or not lemma_in(verb, CONTEST_OUTCOME_VERBS):
        return pred, how
    return verb, "contest-outcome"


def _compared_expectation(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """'sales had fallen less than feared in the three months to June', 'rose more than expected in May': a bare
    participle after "than"/"as" is the other term of a comparison, no event; the time dates the verb compared."""
    if pred.tag_ != "VBN" or pred.i == 0 or pred.doc[pred.i - 1].lower_ not in COMPARISON_MARKS \
            or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in pred.children):
        return pred, how
    verb = pred.head
    while verb.dep_ in ("advmod", "prep", "acomp") and verb.head.i != verb.i and not is_predicate(verb):
        verb = verb.head  # "less than feared" may hang on "less"
    if verb.i == pred.i or not is_predicate(verb) or verb.pos_ not in ("VERB", "AUX"):
        return pred, how
    return verb, "compared-expectation"


def _compared_noun(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """'bills had risen faster than inflation since 2010', 'pay grew more slowly than prices in 2023': an event noun
    that is the other term of a comparison ("than" on a comparative of the verb) does not take the time a phrase of
    the verb's span ("since", "in", "during" ...) gives, though the parser hangs it on the noun; the verb compared
    does. A time the noun owns stays ("faster than the inflation of the 1970s")."""
    lead = root.head
    if pred.dep_ != "pobj" or pred.head.lower_ != "than" or lead.dep_ != "prep" or lead.head.i != pred.i \
            or lead.lower_ not in ("since", "in", "during", "over", "through", "until", "from", "between"):
        return pred, how
    comparative = pred.head.head
    verb = comparative.head
    # ("faster", "more", or "more slowly": the adverb "more" modifies)
    if comparative.tag_ not in ("RBR", "JJR") and comparative.lower_ not in ("more", "less") \
            and not any(c.lower_ in ("more", "less") for c in comparative.children) \
            or comparative.dep_ not in ("advmod", "acomp", "npadvmod") or not is_predicate(verb) \
            or verb.pos_ not in ("VERB", "AUX"):
        return pred, how
    return verb, "compared-noun"


def _capacity_infinitive(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """'plan to restore the probe's ability to return science data in the coming weeks': the infinitive of a noun
    of being able is what could be done, no event; the verb acting on the noun is what the time dates."""
    noun = pred.head
    if pred.tag_ != "VB" or pred.dep_ != "acl" or not lemma_in(noun, CAPACITY_NOUNS) \
            or not has_to(pred) \
            or noun.dep_ not in ("dobj", "nsubjpass") or not is_predicate(noun.head) or noun.head.pos_ != "VERB":
        return pred, how
    return noun.head, "capacity-infinitive"


def _past_group(verb: Token) -> bool:
    """Whether the verb group of ``verb`` is told in the past, every finite word of it a past form ("invited", "were
    trying", "had walked out", "was charged"; not "would have", "has")."""
    group = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    finite = [g for g in group if g.tag_ in ("VBZ", "VBP", "VBD", "MD")]
    return bool(finite) and all(g.tag_ == "VBD" for g in finite)


def _ago_on_infinitive(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """'invited Sinn Fein to rejoin two weeks ago', 'were trying to cross to Florida six weeks ago': a time counted
    back from the report ("ago") places the finite past verb; the infinitive after it is what was invited or
    tried, not then done."""
    if root.doc[max(inside)].lower_ != "ago" or pred.tag_ != "VB" or pred.dep_ != "xcomp" \
            or not has_to(pred):
        return pred, how
    verb = pred.head
    if not is_predicate(verb) or verb.pos_ != "VERB" or not _past_group(verb):
        return pred, how
    return verb, "ago-on-infinitive"


def _restated_amount(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """'the Dow, which fell 1.2%, or 300 points, on Friday', parsed with "on Friday" on the main verb after the comma:
    a time right after an amount said again (", or 300 points,") of a relative clause's verb dates that verb."""
    if not how.endswith("-verb"):
        return pred, how
    lead = root.head if root.dep_ == "pobj" and root.head.pos_ == "ADP" else root
    k = min(lead.i, min(inside)) - 1
    doc = root.doc
    if k < 2 or doc[k].text != ",":
        return pred, how
    amount = doc[k - 1]
    for _ in range(3):
        if amount.dep_ not in ("nummod", "compound", "quantmod"):
            break
        amount = amount.head
    first = amount.head  # the amount said first ("1.2%"), or the verb itself
    if amount.dep_ != "conj" or not any(c.dep_ == "cc" and c.lower_ == "or" for c in first.children) \
            or not any(c.like_num for c in amount.subtree):
        return pred, how
    verb = first if is_predicate(first) else first.head
    if verb.i == pred.i or not is_predicate(verb) or verb.dep_ != "relcl":
        return pred, how
    return verb, "restated-amount"


_SCORE = re.compile(r"\d+\s*[-–]\s*\d+")


def _tallied(noun: Token) -> bool:
    """Whether ``noun`` is a decision taken by counting (``tally_nouns``) that carries a tally ("a 5-2 vote", "a vote
    of 60-40", "a unanimous vote": ``tally_words``)."""
    if noun.lower_ not in TALLY_NOUNS:
        return False
    left = noun.doc[noun.left_edge.i:noun.i]
    right = noun.doc[noun.i + 1:min(noun.right_edge.i + 1, noun.i + 6)]
    return any(c.lower_ in TALLY_WORDS for c in noun.children if c.dep_ == "amod") \
        or bool(_SCORE.search(left.text)) or (len(right) > 1 and right[0].lower_ == "of" and bool(_SCORE.match(right[1:].text)))


def _tally_of_act(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """'approved the plan in a 5-2 vote last Thursday', 'passed the bill by a vote of 60-40 on Tuesday': a tallied
    vote in a phrase on a verb that acts on its object says how the act was decided; the time dates the act."""
    if how not in ("preceding-nominal", "prep-nominal") or pred.dep_ != "pobj" or not _tallied(pred):
        return pred, how
    verb = pred.head.head
    if pred.head.dep_ != "prep" or not is_predicate(verb) \
            or not any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
        return pred, how
    return verb, "tally-of-act"


def _change_noun_since(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """'argued over how much weight to give to the rise in food prices since March', 'blamed the drop in copper
    prices since April': a "since" phrase the parser hangs on the verb, right after a noun phrase whose head is a
    change in amount (a noun of ``change_verbs``) on that verb, bounds the change, not the verb (what is weighed or
    blamed is the change so far)."""
    prep = root.head
    if how != "prep-verb" or root.dep_ != "pobj" or INTERVAL_CUES.get(prep.lower_) != "since" or prep.head.i != pred.i \
            or prep.i != min(inside) - 1 and not (prep.i == min(inside) - 2 and root.doc[prep.i + 1].dep_ == "det"):
        return pred, how
    change = next((t for t in pred.subtree if t.pos_ == "NOUN" and t.right_edge.i == prep.i - 1
                   and lemma_in(t, CHANGE_VERBS) and t.dep_ in ("dobj", "pobj", "nsubjpass")), None)
    if change is None or change.i >= prep.i or record_comparison(prep) \
            or any(c.dep_ == "aux" and c.lemma_ == "have" for c in pred.children):
        return pred, how  # ("have welcomed the increase since Monday": a perfect verb is what "since" bounds)
    return change, "change-since"


_COUNTED_IN = _words("counted_in_prepositions")


def _count_over_events(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """'recorded 12 deaths in road crashes last month', 'logged 40 arrests at protests last week': a time right after
    an event noun in a phrase (``counted_in_prepositions``) on a counted object, which the parser hangs on the verb,
    dates the verb's count over that period; the event noun only says where the counted things came from."""
    if how != "preceding-nominal" or pred.dep_ != "pobj" or pred.head.lower_ not in _COUNTED_IN \
            or pred.head.dep_ != "prep":
        return pred, how
    counted, verb = pred.head.head, pred.head.head.head
    if counted.dep_ != "dobj" or not any(c.dep_ == "nummod" for c in counted.children) \
            or verb.pos_ != "VERB" or not is_predicate(verb) or root.head.i != verb.i or root.i < pred.i:
        return pred, how
    return verb, "count-over-events"


def _closes_clause(doc, inside: set[int]) -> bool:
    """Whether the time ends its clause: nothing but the sentence's end, punctuation or a conjunction after it."""
    k = max(inside) + 1
    return k >= len(doc) or doc[k].is_punct or doc[k].dep_ == "cc" or doc[k].is_sent_start


def _time_start(root: Token, inside: set[int]) -> int:
    """The first token of the time phrase, its own preposition included ("in May", "between 2007 and 2011")."""
    first = min(inside)
    if root.dep_ == "pobj" and root.head.pos_ == "ADP" and root.head.i < first:
        first = root.head.i
    return first


def _own_occasion(noun: Token, verb: Token) -> bool:
    """Whether the event noun ``noun``, the verb's object, has a time of its own the verb does not share: an agent of
    its own ("Russia's seizure of the port", "the discovery of the wreck by two divers") unless the verb rules on it
    (``sanctioning_verbs``), or a verb that only names it (``light_verbs``)."""
    if lemma_in(verb, LIGHT_VERBS) or verb.lemma_ in INDEFINITE_LIGHT_VERBS:
        return True
    if any(c.dep_ == "prep" and c.lower_ == "by" for c in noun.children):
        return True
    return any(c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN") for c in noun.children) \
        and not lemma_in(verb, SANCTIONING_VERBS)


def _time_past_object_complement(pred: Token, how: str, root: Token, inside: set[int],
                                 ahead: bool | None) -> tuple[Token, str]:
    """'will begin its review of the Pine Lake fire next month', 'lifted its ban on fishing in the bay last month': a
    time closing the clause after the verb's event-noun object and that object's own complement (``object_complement_
    prepositions``) cannot date the complement's noun when the verb is to come and the time lies ahead (what is to be
    reviewed has happened), nor when that noun is bare (fishing as such has no time): it dates the object, the verb's
    own argument, so the row is the verb's. An object with a time of its own (:func:`_own_occasion`) is the row
    itself. A complement with a determiner before a time gone by keeps it ("marked the anniversary of the massacre in
    1989")."""
    gerund = how.endswith("-verb") and pred.dep_ == "pobj" and pred.tag_ == "VBG"  # "its ban on fishing", parsed so
    if how not in ("preceding-nominal", "prep-nominal", "npadvmod-nominal") and not gerund \
            or pred.pos_ not in ("NOUN", "PROPN", "VERB"):
        return pred, how
    t, obj, prep = pred, None, None
    for _ in range(3):  # "its review of the cause of the fire": the complement may hang a level deeper
        if t.dep_ != "pobj" or t.head.dep_ != "prep" or t.head.lower_ not in OBJECT_COMPLEMENT_PREPOSITIONS:
            break
        prep = t.head
        t = prep.head
        if is_predicate(t):
            # (the parser hangs the complement on the verb as often: "will open its inquiry | into the leak")
            t = next((c for c in t.children if c.dep_ == "dobj" and c.right_edge.i == prep.i - 1), None)
            if t is None:
                break
        if t.dep_ == "dobj":
            obj = t
            break
    if obj is None or not is_event_nominal(obj) or _is_quantity(obj) or any(c.dep_ == "nummod" for c in obj.children):
        # (a counted object tallies its complement's events over the period: "received 900 reports of burglaries last
        # year" dates the burglaries, as TimeBank dates such counts)
        return pred, how
    verb, doc = obj.head, obj.doc
    first = _time_start(root, inside)
    if verb.pos_ != "VERB" or not is_predicate(verb) or not _closes_clause(doc, inside) \
            or not obj.left_edge.i <= first - 1 <= max(obj.right_edge.i, max(inside)) or first - 1 <= obj.i \
            or any(x.is_punct or is_predicate(x) and x.i != pred.i for x in doc[obj.i + 1:first]):
        return pred, how
    future = ahead is True and any(c.dep_ == "aux" and c.lower_ in MODAL_AUX for c in verb.children)
    bare = not any(c.dep_ in ("det", "poss", "nummod", "compound", "amod") for c in pred.children)
    if not future and not bare and ahead is not True:
        return pred, how
    if lemma_in(verb, SCHEDULING_VERBS) and (prep.lower_ == "of" or ahead is not True):
        # (a scheduled or moved object's "of" often counts the events it names, "postponed a string of matches until
        # September", and a past time on such a verb is _scheduled_before_report's business)
        return pred, how
    if _own_occasion(obj, verb) or ahead is True and not future or lemma_in(verb, SCHEDULING_VERBS):
        # (a time ahead of a verb done by now is the object's, the event it announced or promised: "has announced an
        # inquiry into the fire next month")
        return obj, "object-own-occasion"
    return verb, "past-object-complement"


def _amount_purpose(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """'The province has spent 410 million dollars on firefighting this year': the event noun (or gerund) after a
    preposition naming what the verb's amount object went on (``amount_purpose_prepositions``) is the amount's
    purpose; a clause-closing time the parser hung on it dates the verb's spending over the period."""
    if not how.endswith("-nominal") and not (how.endswith("-verb") and pred.tag_ == "VBG") \
            or pred.dep_ not in ("pobj", "pcomp") or pred.head.lower_ not in AMOUNT_PURPOSE_PREPOSITIONS \
            or root.head.i != pred.i and not (root.head.dep_ == "prep" and root.head.head.i == pred.i):
        # (with its own preposition too: "would spend 3 million euros on protecting the slope over the next two years")
        return pred, how
    prep, verb = pred.head, pred.head.head
    if verb.pos_ != "VERB" or not is_predicate(verb) or not _closes_clause(pred.doc, inside):
        return pred, how
    amount = next((c for c in verb.children if c.dep_ == "dobj" and c.i < prep.i), None)
    if amount is None or not (amount.like_num or amount.ent_type_ == "MONEY" or any(
            c.lower_ in AMOUNT_SIGNS or c.dep_ == "nummod" and (c.like_num or c.pos_ == "NUM")
            for c in amount.children)):
        return pred, how
    return verb, "amount-purpose"


def _time_the_verb_cannot_hold(pred: Token, how: str, root: Token, inside: set[int], ahead: bool | None,
                               behind: bool | None) -> tuple[Token, str]:
    """'Lawyers will appeal against his conviction last month', 'Police are preparing for protests on Saturday': a
    time the verb's tense cannot hold (gone by for a verb with "will"; ahead for a verb in the present, whose doing
    is now, or in the present perfect, done by now) dates the event noun right before it in the verb's object or
    argument ("has agreed to a merger next year"; for the perfect, anywhere in the object) or in the phrase of what
    the present verb is for (what one prepares or braces for lies ahead; a present verb's futurate "are flying to
    Paris on Saturday" has no such noun)."""
    verb = pred
    if not is_predicate(verb) or verb.pos_ != "VERB" or how in (PAST_TIME_ON_PRESENT, "when-clause"):
        return pred, how
    future = behind is True and any(c.dep_ == "aux" and MODAL_AUX.get(c.lower_) in ("will", "shall")
                                    for c in verb.children)
    present = ahead is True and _present_verb(verb)
    # a present perfect is done by now: a time ahead is its object's or argument's ("has agreed to a merger next year")
    perfect = ahead is True and verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP") for c in verb.children) \
        and not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    if not future and not present and not perfect:
        return pred, how
    first = _time_start(root, inside)
    t = root.doc[first - 1] if first > 0 else None
    for _ in range(8):  # from the word before the time up to the noun heading its phrase
        if t is None or t.i == verb.i or t.i in inside:
            return pred, how
        if is_event_nominal(t) and not _is_quantity(t):
            break
        t = t.head
    else:
        return pred, how
    if t.i >= first or any(x.is_punct or is_predicate(x) for x in root.doc[t.i + 1:first]):
        return pred, how
    argument = t.dep_ == "dobj" and t.head.i == verb.i or t.dep_ == "pobj" and t.head.head.i == verb.i \
        or perfect and any(a.dep_ == "dobj" and a.head.i == verb.i for a in t.ancestors)
    if not argument or present and not (t.dep_ == "pobj" and t.head.lower_ == "for"):
        return pred, how
    return t, "time-the-verb-cannot-hold"


def _counted_object_over_period(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """'recorded 48 ferry accidents between 2007 and 2011', 'carried out 200 raids last year': a counted event noun, the
    verb's object, that the parser hung a clause-closing time on is a tally; no single one of the events is dated,
    the verb's count over the period is."""
    if how not in ("prep-nominal", "npadvmod-nominal") or pred.dep_ != "dobj" or not is_predicate(pred.head) \
            or pred.head.pos_ != "VERB" or lemma_in(pred.head, SCHEDULING_VERBS) or _is_quantity(pred):
        return pred, how  # (a figure keeps its period: "posted two quarterly losses in 2023")
    counted = any(c.dep_ == "nummod" and (c.like_num or c.pos_ == "NUM") and c.ent_type_ not in ("DATE", "TIME")
                  and c.i not in inside for c in pred.children)
    if not counted or not _closes_clause(pred.doc, inside) or not pred.i < min(inside) <= pred.right_edge.i:
        return pred, how
    return pred.head, "counted-over-period"


def _offset_anchor_noun(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """'return on Feb. 26, days before a March 1 deadline', 'weeks after a May 5 letter': a date on the noun a length
    is measured from (``offset_restatement_links``) dates that noun, whatever noun it is, not the clause's verb,
    which the length (and its own time) places."""
    noun = root.head
    if root.dep_ not in ("nmod", "compound", "nummod", "poss", "amod") or noun.i in inside or noun.i <= max(inside) \
            or noun.pos_ != "NOUN" or noun.dep_ != "pobj" or noun.i == pred.i:
        return pred, how
    link = noun.head
    if link.lower_ not in OFFSET_RESTATEMENT_LINKS:
        return pred, how
    # the length hangs on the link word, or the link on the length ("days before", however the parser hung it)
    length = next((c for c in link.children if c.dep_ in ("npadvmod", "advmod") and c.i < link.i), None)
    if length is None and link.dep_ == "prep" and link.head.i < link.i:
        length = link.head
    if length is None or length.ent_type_ != "DATE" or length.pos_ != "NOUN" or length.lemma_.lower() not in TIME_UNITS:
        return pred, how
    return noun, "offset-anchor"


def _standing_participle(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """'The FAA grounded all jets operated by U.S. airlines on Saturday', 'sold shares held by funds last week': a
    time at the end of a participle of a standing relation (``standing_participles``) after the object of another
    verb dates that verb; the participle says which things, not when anything happened. So does a time after a
    participle its own time dated already ("sold a firm founded in 1990 on Friday")."""
    if not how.endswith("-verb") or pred.dep_ != "acl" or pred.tag_ != "VBN":
        return pred, how
    # or a participle dated already by a time of its own before this one ("sold a firm founded in 1990 on
    # Friday"), not the first end of a range this time closes ("tendered from today through Nov. 17")
    dated = any(c.dep_ == "prep" and c.i < min(inside) and c.lower_ not in RANGE_OPENERS
                and any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") and g.i not in inside for g in c.children)
                for c in pred.children)
    if not (lemma_in(pred, STANDING_PARTICIPLES) or dated):
        return pred, how
    noun = pred.head
    verb = noun.head
    if noun.dep_ not in ("dobj", "nsubjpass") or not is_predicate(verb) or verb.i == pred.i \
            or root.i < max(x.i for x in pred.subtree if x.i not in inside and not root.left_edge.i <= x.i <= root.right_edge.i):
        return pred, how
    return verb, "standing-participle"


def _appointed_date(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """'set March 31 as the deadline for talks', 'named Friday as the date for the handover': a day a date-setting verb
    (``date_setting_verbs``) takes as object "as" a deadline or date (``appointed_date_nouns``) is when what is due
    falls: the event after "for" when there is one, else the deadline itself; the setting was done at some other time."""
    if pred.i != root.head.i or root.dep_ not in ("npadvmod", "dobj", "tmod") or not lemma_in(pred, DATE_SETTING_VERBS):
        return pred, how
    for c in pred.children:
        if c.dep_ == "prep" and c.lower_ == "as" and c.i > max(inside):
            noun = next((g for g in c.children if g.dep_ == "pobj"), None)
            if noun is None or not lemma_in(noun, APPOINTED_DATE_NOUNS):
                continue
            for f in noun.children:
                if f.dep_ == "prep" and f.lower_ == "for":
                    ev = next((g for g in f.children if g.dep_ == "pobj" and is_event_nominal(g)), None)
                    if ev is not None:
                        return ev, "appointed-date"
            return noun, "appointed-date"
    return pred, how


def _closed_aside_participle(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """'plans to restore the murals, painted in the 1930s, by 2027': a participle set off by commas that has a time of
    its own does not take a time after its closing comma (the parser's slip); the time dates what the noun the
    participle describes belongs to, found by climbing on from that noun."""
    doc = root.doc
    if pred.dep_ not in ("acl", "advcl") or pred.tag_ != "VBN" or pred.i == 0 or doc[pred.i - 1].text != "," \
            or not any(t.text == "," for t in doc[pred.i + 1:min(inside)]) or not _own_time(pred, inside) \
            or any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in pred.children):
        return pred, how
    if pred.dep_ == "advcl":
        # (the parser hung the aside on the clause's verb: "plans to restore the murals, painted in the 1930s, by 2027")
        up = pred.head
        inf = next((c for c in up.children if c.dep_ == "xcomp" and c.tag_ == "VB" and c.i < pred.i), None)
        return (inf if inf is not None else up), "closed-aside"
    up, _ = _climb(pred, set(inside) | {t.i for t in pred.subtree})
    if up is None or up.i == pred.i:
        return pred, how
    return up, "closed-aside"


def _cleft_focus(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """'It was not until Tuesday that the ministry revealed the plan', 'It was in 1998 that she left': a cleft puts
    the time in focus on an empty "it ... be"; the event it dates is the verb of the "that" clause after it."""
    if pred.lemma_ != "be" or not how.endswith("-verb") or min(inside) < pred.i \
            or not any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" and c.i < pred.i for c in pred.children) \
            or any(c.dep_ in ("acomp", "attr") for c in pred.children):
        return pred, how
    for c in pred.children:
        if c.dep_ in ("ccomp", "advcl", "relcl") and c.i > max(inside) and is_predicate(c) \
                and any(m.dep_ == "mark" and m.lower_ == "that" and m.i < c.i for m in c.children) \
                and all(x.is_punct is False or x.text != "," for x in pred.doc[max(inside) + 1:c.i]):
            return c, "cleft-focus"
    return pred, how


def _naming_participle(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """'an attack claimed by a group called IceWolf on Monday', 'a firm named Arco in 2019': a participle that only
    gives a thing its name (``naming_participles``) is no event; the time dates what the named thing is part of,
    found by climbing on from the noun it names."""
    if pred.dep_ != "acl" or pred.tag_ != "VBN" or not lemma_in(pred, NAMING_PARTICIPLES) or pred.doc[pred.i - 1].text == "," \
            or not any(c.dep_ in ("oprd", "attr", "dobj") or c.dep_ == "prep" and c.lower_ == "as" for c in pred.children) \
            or pred.head.pos_ not in ("NOUN", "PROPN"):
        return pred, how
    up, up_how = _climb(pred, set(inside) | {t.i for t in pred.subtree})
    if up is None or up.i == pred.i:
        return pred, how
    return up, "naming-participle"


def _gerund_kept_from(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """'The reporter was banned from entering Syria in June': a gerund after a preposition of
    ``gerund_yielding_prepositions`` on a verb is what the verb keeps from happening or leaves; the time in the
    gerund's phrase dates the verb ("was barred", "retired"). A gerund after another preposition keeps it ("was
    fined for entering Syria in June")."""
    prep = pred.head
    if pred.tag_ != "VBG" or pred.dep_ != "pcomp" or prep.lower_ not in GERUND_YIELDING_PREPOSITIONS \
            or prep.dep_ != "prep" or not is_predicate(prep.head) or prep.head.pos_ not in ("VERB", "AUX") \
            or not how.endswith("-verb"):
        return pred, how
    return prep.head, "gerund-kept-from"


def _manner_gerund(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """'had warned managers in writing on March 28': a bare gerund (``manner_gerund_prepositions``) on a verb says
    how the verb's act was done; the time the parser hung on it dates the verb. A gerund with its own object or
    subject is an act of its own ("was hurt in clearing the road on Friday")."""
    prep = pred.head
    if pred.tag_ != "VBG" or pred.dep_ not in ("pcomp", "pobj") or prep.lower_ not in MANNER_GERUND_PREPOSITIONS \
            or prep.dep_ != "prep" or not is_predicate(prep.head) or prep.head.pos_ not in ("VERB", "AUX") \
            or any(c.dep_ in ("dobj", "nsubj", "nsubjpass", "ccomp", "xcomp", "attr") for c in pred.children):
        return pred, how
    return prep.head, "manner-gerund"


# adverbs the parser reads as an adjective between "had" and a participle like its base ("had last cut rates")
_PERFECT_ADVERBS = frozenset({"last", "just", "already", "recently", "also", "never", "first"})


def _misread_perfect(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """'It had last cut rates in March 2020': a participle spelt like its base (``irregular_past_forms``: cut, set,
    put, hit) after "had" and an adverb, parsed as a noun in "had"'s object, is the verb the time dates."""
    if pred.lemma_ != "have" or pred.pos_ not in ("VERB", "AUX"):
        return pred, how
    doc = pred.doc
    k = pred.i + 1
    if k + 1 < len(doc) and doc[k].lower_ in _PERFECT_ADVERBS:
        x = doc[k + 1]
        if IRREGULAR_PAST_FORMS.get(x.lower_) == x.lower_ and x.pos_ in ("NOUN", "VERB") and x.i < root.i:
            return x, "misread-perfect"
    return pred, how


def _learned_of(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """'members learned of the cuts from the news on Sunday evening', 'heard about the closure on Monday': what a
    learning verb (``learning_verbs``) came to know after "of"/"about" is the verb's argument; a time the parser
    hung on that noun's phrase says when the subject learned. A time inside the noun's own phrase before it stays
    the noun's ("learned of the March 3 raid")."""
    if how not in ("prep-nominal", "preceding-nominal") or pred.dep_ != "pobj" \
            or pred.head.lower_ not in LEARNING_PREPOSITIONS or pred.head.dep_ != "prep" or root.i < pred.i:
        return pred, how
    verb = pred.head.head
    if not is_predicate(verb) or verb.pos_ != "VERB" or not lemma_in(verb, LEARNING_VERBS):
        return pred, how
    return verb, "learned-of"


def _refused_act(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """'declined to comment on Tuesday', 'refused to testify before the committee on Monday': the saying a refusal
    (``refusal_verbs``) turns down never took place; the refusal is the reply, and the time dates it."""
    if pred.dep_ == "xcomp" and pred.tag_ == "VB" and pred.head.pos_ == "VERB" and lemma_in(pred.head, REFUSAL_VERBS) \
            and (lemma_in(pred, REFUSED_SAYING_VERBS) or pred.lemma_ in REPORTING_VERBS) \
            and any(c.dep_ == "aux" and c.tag_ == "TO" for c in pred.children):
        # (only a refusal to speak is the act itself: "refused to sell him in August" keeps the sale, not done)
        return pred.head, "refused-act"
    return pred, how


def _determiner_gerund(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """'A higher court overturned that ruling in June': an "-ing" noun after "that"/"this", which the parser read
    as a clause of its own (a complement with no subject), is the verb's object; the time dates the verb, as with
    "overturned the ruling in June" (review17 item 13, helper e18)."""
    if pred.tag_ != "VBG" or pred.dep_ not in ("ccomp", "dobj") or pred.i == 0 or not is_predicate(pred.head) \
            or pred.head.i > pred.i:
        return pred, how
    det = pred.doc[pred.i - 1]
    if det.lower_ not in ("that", "this") or det.head.i != pred.i \
            or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj") for c in pred.children):
        return pred, how
    return pred.head, how


def _hedged_forecast_object(pred: Token, how: str, root: Token) -> tuple[Token, str]:
    """'had expected a cut as early as January', 'traders expect a hike as soon as June': a time after "as early
    as" (``hedged_time_openers``) on a forecasting verb with an event-noun object before it is the foreseen event's
    earliest date, whether it lies ahead or not (helper e18)."""
    if not lemma_in(pred, FORECAST_VERBS) or not how.endswith("-verb"):
        return pred, how
    k = min(t.i for t in root.subtree)
    doc = root.doc
    if k < 3 or " ".join(t.lower_ for t in doc[k - 3:k]) not in HEDGED_TIME_OPENERS:
        return pred, how
    obj = next((c for c in pred.children if c.dep_ == "dobj"), None)
    if obj is None or obj.i > k - 3 or not is_event_nominal(obj) or _is_quantity(obj):
        return pred, how
    return obj, "forecast-object"


def _lost_verb_on_noun_root(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """'The cartel capped production in 2019', parsed as one noun phrase "[The cartel capped] production": in a
    sentence the parser found no verb in, a past form it hung on the root noun as an adjective, right after the
    noun it took as that word's own modifier (the real subject), is the lost verb, and the root noun its object.
    ("The damaged bridge in 2019" has no noun before "damaged": an adjective, and the noun stays.)"""
    if not how.endswith("-nominal") or pred.pos_ != "NOUN" or pred.dep_ != "ROOT":
        return pred, how
    for v in pred.children:
        if v.dep_ != "amod" or v.i > pred.i or v.tag_ not in ("VBD", "VBN") or v.i == 0 or v.i in inside:
            continue
        subj = v.doc[v.i - 1]
        if subj.pos_ not in ("NOUN", "PROPN") or subj.head.i != v.i or subj.i in inside:
            continue
        if all(x.head.i == pred.i and x.dep_ in ("det", "amod", "compound", "poss", "nummod") for x in v.doc[v.i + 1:pred.i]):
            return v, "lost-verb"
    return pred, how


# the words that stand for a counted noun said before them ("three attacks on doctors, and one near Albany")
_ELIDED_COUNTS = frozenset({"one", "another", "two", "three", "four", "five"})


def _elided_count_noun(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """'a suspect in three sniper attacks on doctors, and one near Albany, between 1994 and 1997': a number after
    "and" that stands for a counted event noun said before it ("one" more attack), which the parser joined to the
    verb, carries the time for that noun, not for the verb. Only a noun in a prepositional phrase: the verb's own
    counted object is what the verb did each time ("won two races in May and one in June": the winning)."""
    if how != "conj-verb":
        return pred, how
    num = next((c for c in pred.children if c.dep_ == "conj" and c.lower_ in _ELIDED_COUNTS
                and c.left_edge.i <= root.i <= c.right_edge.i), None)
    if num is None or num.i == 0 or num.doc[num.i - 1].lower_ not in ("and", "or"):
        return pred, how
    best = None
    for t in pred.doc[pred.i + 1:num.i]:
        if t.dep_ == "pobj" and t.tag_ == "NNS" and is_event_nominal(t) and not _is_quantity(t) \
                and any(c.dep_ == "nummod" for c in t.children):
            best = t
    return (best, "elided-count") if best is not None else (pred, how)


def _premodifier_across_preposition(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """'The ban took effect Aug. 9 pending approval by the court', parsed with "Aug. 9" premodifying "approval": a
    participle used as a preposition (``preposition_participles``) between the time and the noun shows the time is
    no premodifier of it; the time dates the predicate the noun's phrase hangs on."""
    if how not in ("nmod-nominal", "compound-nominal", "amod-nominal", "nummod-nominal") or pred.i < max(inside):
        return pred, how
    if not any(t.lower_ in PREPOSITION_PARTICIPLES for t in pred.doc[max(inside) + 1:pred.i]):
        return pred, how
    head = pred.head
    if head.i != pred.i and is_predicate(head) and head.pos_ in ("VERB", "AUX"):
        return head, "premodifier-across-preposition"
    return pred, how


def _time_after_apposition(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """'auctioned the band, the main 5G frequencies, in June 2021', 'sold the field, the largest gas reserve in the
    country, in May 2022': a time after the comma that closes an apposition on a verb's object is the verb's
    (the parser hangs it on the apposition, which only renames the object)."""
    lead = root.head if root.dep_ == "pobj" else root
    appos = lead.head
    if lead.i < 1 or root.doc[lead.i - 1].text != "," or appos.dep_ != "appos" or appos.i > lead.i:
        return pred, how
    if not (pred.i == appos.i or appos.left_edge.i <= pred.i <= appos.right_edge.i):
        return pred, how
    obj = appos.head
    verb = obj.head
    if obj.dep_ != "dobj" or verb.pos_ != "VERB" or not is_predicate(verb) or not (obj.i < appos.i < lead.i):
        return pred, how
    return verb, "time-after-apposition"


def _deadline_on_question_state(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """'is expected to rule on whether the cuts are lawful by the end of next week', 'are due to decide whether the
    bridge is safe by Friday': a deadline ("by", ``deadline_prepositions``) the parser hung on the plain present or
    past copula of a question clause ("whether"/"if", ``question_marks``) cannot be that state's (a state "is
    lawful by Friday" has no deadline); it is the deadline of the verb the question hangs on, the ruling. A copula
    with a modal or a change of its own ("whether the road will be passable by Friday") keeps its time."""
    if how != "copula" or root.dep_ != "pobj" or root.head.lower_ not in DEADLINE_PREPOSITIONS:
        return pred, how
    cop = root.head.head
    if cop.lemma_ != "be" or pred.head.i != cop.i or cop.tag_ not in ("VBZ", "VBP", "VBD") \
            or any(c.dep_ in ("aux", "auxpass") for c in cop.children) \
            or not any(c.dep_ == "mark" and c.lower_ in QUESTION_MARKS for c in cop.children):
        return pred, how
    up = cop.head
    if cop.dep_ == "pcomp" and up.pos_ == "ADP":
        up = up.head
    elif cop.dep_ != "ccomp":
        return pred, how
    if up.pos_ != "VERB" or not is_predicate(up) or up.i > cop.i:
        return pred, how
    return up, "question-deadline"


def _object_read_as_clause(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """'had not had a real-terms pay rise since 2019', parsed as "had [a real-terms pay] rise": a present verb
    under another verb whose subject opens with "a"/"an" ("a terms pay" cannot agree) is a noun of the governing
    verb's object misread as a clause; the time dates the governing verb (which has no object of its own)."""
    if pred.pos_ != "VERB" or pred.tag_ != "VBP" or pred.dep_ != "ccomp" or pred.i > root.i:
        return pred, how
    subj = next((c for c in pred.children if c.dep_ == "nsubj"), None)
    up = pred.head
    if subj is None or subj.tag_ != "NNS" or subj.left_edge.lower_ not in ("a", "an") \
            or any(c.dep_ in ("mark", "aux", "neg") for c in pred.children) \
            or up.pos_ != "VERB" or not is_predicate(up) or up.i > subj.left_edge.i \
            or any(c.dep_ in ("dobj", "attr") for c in up.children):
        return pred, how
    return up, "object-read-as-clause"


def _demonstrative_object_read_as_verb(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """'The government rejected that offer two weeks ago', parsed with "offer" a verb whose subject is "that": a
    demonstrative right before a bare present verb that is another verb's object is that noun's determiner; the time
    dates the governing verb."""
    # (only where the parser made it the object: as a clause, "that" may be the complementizer; taking those too
    # cost a row on the dev check half)
    if pred.tag_ not in ("VBP", "VB") or pred.dep_ != "dobj" or pred.i == 0 \
            or not is_predicate(pred.head) or pred.head.i > pred.i or pred.head.pos_ != "VERB":
        return pred, how
    det = pred.doc[pred.i - 1]
    if det.lower_ not in DEMONSTRATIVES or det.tag_ != "DT" or det.head.i != pred.i \
            or any(c.dep_ in ("aux", "neg", "dobj") for c in pred.children):
        return pred, how
    return pred.head, "object-read-as-verb"


def _age_phrase(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """'treated children aged 5 to 11 in 2023', 'questioned people aged 18 to 24 between May and July': a participle
    giving an age (``age_participles``, with its number) is no event; the time dates the verb of the clause the aged
    noun sits in; so is one giving a measure ("will add 0.24 crowns to the price of any soft drink containing more than
    5 grams of sugar from January 1", ``measure_participles``)."""
    if pred.lower_ not in AGE_PARTICIPLES and pred.lower_ not in MEASURE_PARTICIPLES or pred.dep_ not in ("amod", "acl") \
            or not any(c.like_num or c.pos_ == "NUM" for c in pred.subtree if c.i != pred.i):
        return pred, how
    up = pred.head
    for _ in range(10):  # (up a chain of "of" phrases: "the price of a litre of any soft drink containing ...")
        if is_predicate(up) and up.pos_ in ("VERB", "AUX"):
            return up, "age-phrase"
        if up.head.i == up.i:
            break
        up = up.head
    return pred, how


def _fronted_until_on_saying(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """'Until then, the mayor said the bridge remains closed', 'Until next spring, officials said the road would stay
    shut': a saying is over in a moment and lasts until nothing, so a fronted "until" time (``not_until_words``) the
    parser hung on a plain saying verb (``plain_saying_verbs``) bounds the state its reported clause tells. Not a
    time after the verb ("said on Monday"), nor a saying with no reported clause ("Until then, he said nothing")."""
    if how != "prep-verb" or not lemma_in(pred, PLAIN_SAYING_VERBS) or root.dep_ not in ("pobj", "pcomp"):
        return pred, how
    if pred.tag_ not in ("VBD", "VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in pred.children):
        # ("Until recently, the firm had been telling investors that ...": a saying kept up lasts until the time)
        return pred, how
    lead = root.head
    if lead.lower_ not in NOT_UNTIL_WORDS or lead.head.i != pred.i or lead.i > pred.i:
        return pred, how
    said = next((c for c in pred.children if c.dep_ == "ccomp" and c.i > pred.i and is_predicate(c)), None)
    if said is None:
        return pred, how
    cop = _copular_predicate(said)
    return (cop if cop is not None else said), "fronted-until-on-saying"


def _event_in_amount_phrase(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """'Losses from the flood in April forced ...': an amount (``quantity_nouns``) measured of an event named right
    before the time, in the amount's own phrase, is the event's: the time dates the flood, not the losses (a
    reporting period stays the amount's: "Losses on the trade in the third quarter")."""
    if not (_is_quantity(pred) and pred.pos_ == "NOUN"):
        return pred, how
    doc = root.doc
    first = min(inside)
    if root.dep_ == "pobj" and root.head.pos_ == "ADP" and root.head.i == first - 1:
        first -= 1
    if first < 1:
        return pred, how
    t = doc[first - 1]
    if t.pos_ != "NOUN" or not is_event_nominal(t) or _is_quantity(t):
        return pred, how
    if re.fullmatch(r"\d{4}(-[QH]\d)?", _timex_value_at(doc, root.i) or "") or root.lower_ in FISCAL_UNITS:
        return pred, how  # "Losses on the trade in the third quarter": the period the amount is counted over
    a = t
    for _ in range(4):
        if a.dep_ not in ("pobj", "prep") or a.head.i == a.i:
            return pred, how
        a = a.head
        if a.i == pred.i:
            return t, "event-in-amount"
    return pred, how


def _quoted_span(tok: Token) -> tuple[int, int] | None:
    """The token range of the quotation ``tok`` stands in, between a pair of straight or curly quote marks of its
    sentence (counted from the sentence's start), or None."""
    # (an opening mark, tagged ``, pairs with the next closing one, tagged '': a quotation carried over from the
    # sentence before leaves a closing mark first, which opens nothing)
    start = None
    for t in tok.sent:
        if t.text == "'" or t.tag_ not in ("``", "''"):
            continue
        if t.tag_ == "``":
            start = t.i
        elif start is not None:
            if start < tok.i < t.i:
                return start, t.i
            start = None
    return None


def _time_outside_quote(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """'said he had heard a bang "like a door slamming" the night before': a time outside a quotation dates
    nothing the quotation says (the writer's words set it after the quote); the verb of the writer's words that
    holds the quotation is the event."""
    span = _quoted_span(pred)
    if span is None or span[0] < min(inside) <= max(inside) < span[1]:
        return pred, how
    v = pred
    while v.head.i != v.i and span[0] < v.head.i < span[1]:
        v = v.head
    if v.i == pred.i or is_predicate(v) and v.pos_ in ("VERB", "AUX"):
        # the quotation is the verb's own words ('would "fight to the end" next year', 'had "reluctantly decided to
        # close the plant" in March'): a clause, whose verb the time may date; only a phrase ("like a door slamming")
        # is left for the writer's verb
        return pred, how
    for _ in range(6):
        v = v.head
        if is_predicate(v) and v.pos_ in ("VERB", "AUX"):
            return v, "outside-quote"
        if v.head.i == v.i:
            break
    return pred, how


def _noun_past_comma(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """'would go on until at least Thursday, weather permitting', parsed with "permitting" a noun the time hangs
    on: a noun after the comma that closes the time does not own it; the verb before the time that the noun's
    phrase hangs on is the event."""
    doc = root.doc
    last = max(inside)
    if pred.pos_ not in ("NOUN", "PROPN") or pred.i <= last + 1 or last + 1 >= len(doc) or doc[last + 1].text != ",":
        return pred, how
    v = pred
    for _ in range(4):
        if v.head.i == v.i:
            return pred, how
        v = v.head
        if v.i < min(inside) and is_predicate(v) and v.pos_ in ("VERB", "AUX"):
            return v, "noun-past-comma"
    return pred, how


REFINEMENTS = [_time_outside_quote, _noun_past_comma, _determiner_gerund, _cleft_focus, _naming_participle, _appointed_date, _closed_aside_participle, _clause_after_time, _relative_clause_time, _gapped_object, _participle_agent, _dating_participle, _occasion_dated, _temporal_adjective, _dated_noun_after, _medium_of_saying, _secondary_predicate, _after_reporting_verb, _reporting_complement, _trailing_report, _when_clause, _preceding_nominal, _past_attempt, _every_occasion, _act_in_contest, _act_at_dated_contest, _market_setting, _moved_event,
               _quantity_subject, _amount_for_period, _amount_in_measure, _light_verb, _object_complement, _since_on_perfect, _since_under_perfect, _own_object_nominal, _argument_noun_dated, _agent_dated, _according_to, _time_aside_on_noun, _time_inside_noun_phrase, _onset_participle, _set_off_onset, _onset_on_noun, _occasion_of, _state_noun, _aspectual, _going_to, _event_on_copula, _noun_due_at_time, _resource_lasting, _due_to_misread_verb, _expected_event, _prospect_object, _aimed_act, _background_progressive, _ordinal_of_subject, _due_thing_does, _deadline_infinitive, _bounded_term, _contest_outcome, _compared_expectation, _compared_noun, _conjunct_verb_misread, _capacity_infinitive, _ago_on_infinitive, _tally_of_act, _count_over_events, _change_noun_since, _have_to, _restated_amount, _offset_anchor_noun, _standing_participle, _gerund_kept_from, _manner_gerund, _learned_of, _misread_perfect, _refused_act, _lost_verb_on_noun_root, _elided_count_noun, _premodifier_across_preposition, _time_after_apposition, _deadline_on_question_state, _object_read_as_clause, _demonstrative_object_read_as_verb, _age_phrase, _fronted_until_on_saying,
               _counted_object_over_period, _amount_purpose, _event_in_amount_phrase]


def _counted_verb(pred: Token, how: str) -> tuple[Token, str]:
    """'Oil prices fell for a third straight session on Tuesday', 'expect the economy to shrink for a second year
    running in 2024': a count of a run (``count_phrase``) names no event; what it counts is the verb its "for"
    or "in" phrase hangs on."""
    noun = pred
    if pred.lower_ in COUNT_MODIFIERS and pred.i > 0 and pred.doc[pred.i - 1].pos_ == "NOUN":
        noun = pred.doc[pred.i - 1]  # "for a third year running", however the parser hung "running"
    if noun.pos_ != "NOUN" or not lemma_in(noun, COUNT_NOUNS) or noun.dep_ != "pobj" \
            or not any(c.lower_ in COUNT_MODIFIERS for c in (*noun.children, pred)):
        return pred, how
    prep = noun.head
    if prep.lower_ not in ("for", "in") or not is_predicate(prep.head) or prep.head.pos_ not in ("VERB", "AUX"):
        return pred, how
    return prep.head, "counted-run"


FALLBACK_REACH = 60  # tokens either side; past that a predicate is no longer "nearest" in any useful sense


def _holds(phrase: Token, t: Token) -> bool:
    """Whether ``t`` lies in the phrase headed by ``phrase`` ("the quarter ended Sept. 30" holds Sept. 30)."""
    return phrase.left_edge.i <= t.i <= phrase.right_edge.i


def _fallback(sent: Span, root: Token, inside: set[int]) -> tuple[Token | None, str]:
    """A time that heads its own fragment ("Tuesday, 5 September"): nearest predicate in the sentence.

    Searched outward from the time (left first at equal distance), so a run-on "sentence" with thousands
    of times costs each of them a bounded walk, not the whole sentence.
    """
    doc = sent.doc
    for d in range(1, FALLBACK_REACH + 1):
        for i in (root.i - d, root.i + d):
            if not (sent.start <= i < sent.end) or i in inside:
                continue
            t = doc[i]
            if not (is_predicate(t) or is_event_nominal(t)):
                continue
            if t.pos_ == "AUX" and t.dep_ in ("aux", "auxpass"):
                continue
            return t, "nearest"
    return None, "none"


def _scheduled_before_report(pred: Token, how: str, inside: set[int], ahead: bool | None) -> tuple[Token, str]:
    """'postponed the launch on Tuesday' (a Tuesday gone by): a scheduling verb's object takes a time of its
    own only when that time lies ahead ("postponed the launch until Thursday", "scheduled a vote for next
    week"); a past time dates the postponing."""
    obj = pred
    if obj.dep_ == "pobj" and obj.head.lower_ == "of" and obj.head.head.dep_ in ("dobj", "attr"):
        obj = obj.head.head  # "canceled a string of concerts last summer": the object is the string of them
    verb = obj.head
    if ahead is False and how in ("preceding-nominal", "prep-nominal") and obj.dep_ in ("dobj", "attr") \
            and is_predicate(verb) \
            and verb.lemma_ in SCHEDULING_VERBS and verb.tag_ in ("VBD", "VBN") \
            and not _own_argument_or_verb_dated(obj, verb, inside):
        return verb, "scheduled-before-report"
    return pred, how



def _forecast_object_ahead(pred: Token, how: str, root: Token, ahead: bool | None) -> tuple[Token, str]:
    """'Economists expect no change until the fourth quarter': a time ahead of the report after a forecast
    verb's event-noun object dates what is foreseen, however the parser hung it on the verb. (A time gone by
    reaches the noun another way: "past-time-on-present".) So with a verb of wanting one ("wanted a cabinet
    reshuffle within a month", ``wanting_verbs``) and a bare time ("expect more diversions later this week")."""
    if ahead is None and root.i in typed_timex_tokens(root.doc, "DURATION") and root.head.lower_ == "within":
        ahead = True  # a window still to run for whoever wants or expects the event: "within a month"
    if ahead is not True or how not in ("prep-verb", "npadvmod-verb", "advmod-verb") \
            or not (lemma_in(pred, FORECAST_VERBS) or lemma_in(pred, WANTING_VERBS)):
        return pred, how
    obj = next((c for c in pred.children if c.dep_ == "dobj"), None)
    if obj is None or obj.i > root.left_edge.i or not is_event_nominal(obj):
        return pred, how
    return obj, "forecast-object"


def _fronted_time_of_intent(pred: Token, how: str, root: Token, ahead: bool | None) -> tuple[Token, str]:
    """'On Tuesday, the league plans to hold a news conference': a time set before a verb of intending
    (``intending_verbs``) and still ahead of the report is when the intended act, the verb's to-infinitive, is to
    happen, as when it follows the infinitive ("planned to leave Nairobi on Thursday"). A time gone by is the
    intending's own ("Last year, the council planned to build a bridge"). (wire class P, helper g19)"""
    if ahead is not True or not how.endswith("-verb") or root.i > pred.i or not lemma_in(pred, INTENDING_VERBS):
        return pred, how
    if not (root.head.i == pred.i or root.head.dep_ == "prep" and root.head.head.i == pred.i):
        return pred, how
    act = next((c for c in pred.children if c.dep_ == "xcomp" and c.i > pred.i and c.pos_ in ("VERB", "AUX")
                and any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children)), None)
    return (act, "intended-act") if act is not None else (pred, how)


def _found_in_state(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """'was found Tuesday clinging to a ledge', 'found the driver Sunday slumped over the wheel': a bare time
    (no preposition, no comma) right before a participle that gives the state in which a verb of discovering
    (``discovering_verbs``) found its object is when the finding happened, though the parser made the time the
    participle's subject or modifier. (wire class S, helper g19)"""
    if root.head.i != pred.i or root.dep_ not in ("nsubj", "npadvmod", "tmod", "compound") or pred.i != max(inside) + 1 \
            or pred.tag_ not in ("VBG", "VBN", "VBD") or pred.dep_ not in ("ccomp", "advcl", "xcomp", "conj"):
        return pred, how
    verb = pred.head
    if verb.i > min(inside) or not lemma_in(verb, DISCOVERING_VERBS) or not is_predicate(verb) \
            or any(t.is_punct for t in root.doc[verb.i + 1:min(inside)]):
        return pred, how
    return verb, "found-in-state"


def _forecast_made_then(pred: Token, how: str, root: Token, behind: bool | None) -> tuple[Token, str]:
    """'Economists predicted a recession on Monday': a time gone by, hung on a forecasting verb's event-noun
    object after it, says when the forecast was made (a foreseen event lies ahead of its forecast)."""
    if behind is not True or how != "prep-nominal" or pred.dep_ != "dobj" or not is_predicate(pred.head) \
            or not lemma_in(pred.head, FORECAST_VERBS) or root.head.dep_ != "prep" or root.head.head.i != pred.i \
            or root.head.lower_ not in DAY_PREPOSITIONS:
        return pred, how
    return pred.head, "forecast-made"


def _planned_relative_in_past(pred: Token, how: str, root: Token, behind: bool | None) -> tuple[Token, str]:
    """'The ceremony, which was postponed last year, drew ...': a time gone by set on the planning verb itself
    (bare, or with a preposition that names no target such as "for"/"until") is when the planning happened; the
    row is the postponing. ("a vote, which is scheduled for May" stays the vote's.)"""
    if how != "planned-relative" or behind is not True:
        return pred, how
    verb = root.head if root.dep_ in ("npadvmod", "tmod") else root.head.head if root.dep_ == "pobj" else None
    if verb is None or verb.dep_ != "relcl" or verb.head.i != pred.i \
            or root.dep_ == "pobj" and root.head.lower_ in SCHEDULED_TARGETS:
        return pred, how
    return verb, "planned-in-past"


# prepositions that give the time a planned event is set for ("scheduled for May", "postponed until June")
SCHEDULED_TARGETS = frozenset({"for", "until", "till", "to", "by", "through"})


# a year written as digits (a name or a label's year: "the 2023 Data Privacy Act")
_YEAR = re.compile(r"1\d{3}|20\d\d")
# a decade written as digits ("1920s", "'60s") premodifying a noun is a period label like "-era"
_DECADE = re.compile(r"(?:\d\d)?\d0s")


def _possessed_label(root: Token, inside: set[int]) -> bool:
    """'Tickets for next year's event go on sale on Oct. 3', 'applications for next season's programme', 'sitting on
    last year's crop since October': a possessive time on a thing that names no event, inside a phrase on another
    noun or in a clause dated apart (and on a label noun anywhere, ``label_nouns``), only says which one it is (the
    edition of next year); it dates neither the thing nor the clause's verb. An event noun keeps its row ("tickets
    for next year's festival": the festival is next year), and so does an amount ("Last year's profit was $5
    million")."""
    noun = root.head
    if root.dep_ != "poss" or noun.i in inside or noun.pos_ != "NOUN" or is_event_nominal(noun):
        return False
    if not (root.lower_ in POSSESSED_LABEL_UNITS or root.like_num and len(root.text) == 4):
        return False  # (a day is when the thing came out: "the front of Friday's edition" dates the issue)
    if lemma_in(noun, LABEL_NOUNS) and not _subject_of_past_event(noun, inside):
        return True  # "arguing over next year's budget", "approved last year's budget on Monday": which budget
    if noun.dep_ in ("pobj", "dobj") and not _is_quantity(noun) and _clause_dated_apart(noun, inside):
        # "sitting on last year's crop since October", "a report on last year's accounts in September": the clause has
        # its own time ("Farmers sold last year's crop to a trader" has none: the year dates the selling; an amount
        # is dated by it)
        return True
    prep = noun.head
    holder = prep.head  # (a noun the parser may tag as a verb, "Passes for ...": its role still shows it)
    return noun.dep_ == "pobj" and prep.dep_ == "prep" and holder.i < noun.i \
        and (holder.pos_ in ("NOUN", "PROPN") or holder.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"))


def _clause_dated_apart(noun: Token, inside: set[int]) -> bool:
    """Whether the verb whose object or phrase ``noun`` is in has a time of its own besides ``inside``."""
    verb = noun
    while verb.pos_ not in ("VERB", "AUX") and verb.dep_ in ("pobj", "dobj", "prep") and verb.head.i != verb.i:
        verb = verb.head
    return verb.pos_ in ("VERB", "AUX") and _own_time(verb, inside)


# units of a possessive time that names an edition rather than a date ("next year's event", "next season's programme")
POSSESSED_LABEL_UNITS = frozenset({"year", "season", "decade", "century"})


def _era_label_of(root: Token, inside: set[int]) -> Token | None:
    """The noun a period label premodifies ("a 17th-century Dutch painting", "the 1960s-era building", "a
    1920s mansion"): the era word or decade in the time, or the era word right after it, hangs on a noun after
    it. None when the time is no such label."""
    doc = root.doc
    k = max(inside) + 1
    if k < len(doc) and doc[k].tag_ == "HYPH":
        k += 1
    candidates = [doc[i] for i in sorted(inside)] + list(doc[k:k + 1])
    label = next((t for t in candidates if t.lower_ in ERA_WORDS or _DECADE.fullmatch(t.text)), None)
    if label is None:
        return None
    noun = label.head
    for _ in range(3):  # "a 17th-century Dutch oil painting": through the other premodifiers
        if noun.i > label.i and noun.i not in inside and noun.pos_ in ("NOUN", "PROPN") \
                and label.dep_ in ("amod", "compound", "nmod", "nummod"):
            return noun
        if noun.head.i == noun.i:
            break
        label, noun = noun, noun.head
    return None


def _name_label_of(root: Token, inside: set[int], ahead: bool | None = None) -> Token | None:
    """The noun a year before it only names ("the 2023 Data Privacy Act", "the 1927 Riverside Stadium", "the 2020
    law", "their 2026 sales forecast", "its forecast for fiscal 2025"): a name's last word or a label noun (``label_nouns``), with only the name's
    words or compounds between. None for an event noun or a name of an event ("the 2019 takeover", "the 2024
    Paris Olympics"), which the year dates."""
    doc = root.doc
    first, last = min(inside), max(inside)
    if first > 1 and doc[first - 1].lower_ == "for" and doc[first - 2].pos_ == "NOUN" \
            and lemma_in(doc[first - 2], LABEL_NOUNS) and (_YEAR.fullmatch(root.text) or root.lower_ in FISCAL_UNITS):
        # "withdrew its forecast for fiscal 2025": what the forecast covers, however the parser hung "for"
        return doc[first - 2]
    if first > 2 and doc[first - 1].dep_ == "det" and doc[first - 2].lower_ == "for" and doc[first - 3].pos_ == "NOUN" \
            and lemma_in(doc[first - 3], LABEL_NOUNS) and _YEAR.fullmatch(root.text) \
            and root.head.i > max(inside) and root.head.lower_ in FISCAL_UNITS:
        # "a budget for the 2026-27 fiscal year", "its forecast for the 2025 financial year": the period the budget
        # covers (a year or a year range), not when it was passed
        return doc[first - 3]
    if len(inside) != 1 or not _YEAR.fullmatch(root.text) or root.dep_ not in ("nummod", "compound", "amod", "nmod") \
            or root.head.i <= last:
        return None
    noun = root.head
    if _titled_work(noun, root):
        return noun
    # a determiner or owner before the year makes it a modifier inside a noun phrase ("the 2020 law"), not a
    # fronted time the parser hung on a name ("In 1991 Charles Keating was convicted")
    if not any(c.dep_ in ("det", "poss") and c.i < root.i for c in noun.children):
        return None
    between = doc[last + 1:noun.i]
    label = lemma_in(noun, LABEL_NOUNS) or lemma_in(noun, PLAN_LABEL_NOUNS)
    if not label and is_event_nominal(noun) or noun.lower_ in NAMED_EVENT_HEADS:
        return None  # (a label noun the suffix rule takes for an event stays a label: "the 1991 constitution")
    if noun.pos_ == "PROPN" and noun.is_title and all(t.pos_ == "PROPN" and t.is_title and t.dep_ == "compound"
                                                      for t in between):
        return noun
    if noun.pos_ == "NOUN" and lemma_in(noun, ROLE_LABEL_NOUNS) and all(t.dep_ in ("compound", "amod") for t in between):
        return noun  # "The 2019 champion finished fourth": which titleholder, even as a past verb's subject
    # a thing no label names is named by its year all the same when its verb has a time of its own ("The 1911 building,
    # which needed repairs, was sold on Tuesday"): when it was built or made, no event of the sentence (an amount, "the
    # 1998 results", is dated by it; without the verb's own time the rule cost a held-out floor)
    thing = noun.pos_ == "NOUN" and not is_event_nominal(noun) and not _is_quantity(noun) \
        and noun.lemma_.lower() not in PERIOD_NOUNS and noun.lower_ not in TIME_UNITS \
        and (noun.dep_ in ("nsubj", "nsubjpass", "dobj") and is_predicate(noun.head) and _own_time(noun.head, inside)
             or _set_off_apposition(noun))
    # ("a 2018 spin-off": the hyphen of a compound the tokenizer split)
    if noun.pos_ == "NOUN" and (label or thing) and all(t.dep_ in ("compound", "amod") or t.tag_ == "HYPH" for t in between) \
            and not (_subject_of_past_event(noun, inside) and not (ahead or _year_after_report(root))):
        # (the subject of a past event is dated by it: "A 1996 law strengthened the embargo"; a year still ahead
        # cannot date a past event: "The company's 2030 climate goals were announced on Monday")
        return noun
    return None


_POSSESSIVE_WORDS = _words("possessive_determiners")


def _subject_of_past_event(noun: Token, inside: set[int]) -> bool:
    """Whether ``noun`` is the subject of a verb told as a past event with no time of its own, which a year on the
    noun then dates ("A 1996 law strengthened the embargo", "Last year's budget was passed in a rush"). A present
    auxiliary tells no past event ("The 2022 model is being recalled", "has been recalled")."""
    verb = noun.head
    return noun.dep_ in ("nsubj", "nsubjpass") and verb.tag_ in ("VBD", "VBN") \
        and not any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP") for c in verb.children) \
        and not _own_time(verb, inside)


def _titled_work(noun: Token, year: Token) -> bool:
    """'played its 2009 album Northern Harbour in full', 'performed her 2011 record, Salt, on Friday': a year on a
    work's noun (``title_nouns``) that its title follows says which work it is, not when the clause's event was; the
    parser hangs the noun on the title's name as a compound, or the title on the noun as an apposition. The title
    must follow ("the 2009 album" alone, or "an album in 2009", is left to the other rules)."""
    if noun.pos_ != "NOUN" or noun.lower_ not in TITLE_NOUNS or year.i != noun.i - 1 or year.i == 0:
        return False
    # an article or owner right before the year ("her", "the band's"), however the parser hung it
    before = year.doc[year.i - 1]
    owned = before.tag_ in ("PRP$", "DT", "POS") or before.lower_ in _POSSESSIVE_WORDS  # ("her" read as an object)
    name = noun
    while name.dep_ == "compound" and name.head.pos_ == "PROPN" and name.head.i > name.i and name.head.is_title:
        name = name.head  # "its 2009 album Northern Harbour": album -> Northern -> Harbour
    if name is not noun:
        return owned
    return owned and any(c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > noun.i for c in noun.children)


def _set_off_apposition(noun: Token) -> bool:
    """'Velta, a 2018 spin-off of the shipping group, raised $40 million': an apposition set off by commas on a
    noun that is a verb's argument; a year on it says which thing it is (when it was made or founded), never when
    the renamed noun's verb happened."""
    return noun.dep_ == "appos" and noun.head.i < noun.i and noun.left_edge.i > 0 \
        and noun.doc[noun.left_edge.i - 1].text == "," and noun.head.dep_ in ("nsubj", "nsubjpass", "dobj")


def _own_time(verb: Token, inside: set[int]) -> bool:
    """Whether ``verb`` has a time expression of its own (a bare time or one in a phrase on it) outside ``inside``:
    "The 2020 law was challenged in court on Monday" (the year only says which law)."""
    times = dated_timex_tokens(verb.doc)
    for c in verb.children:
        if c.i in inside:
            continue
        if c.i in times and c.dep_ in ("npadvmod", "tmod"):
            return True
        if c.dep_ == "prep" and any(g.dep_ == "pobj" and g.i in times and g.i not in inside for g in c.children):
            return True
    return False


def _year_after_report(year: Token) -> bool:
    """Whether the year ``year`` comes after the document's publication year (``doc._.pub_date``; False when
    there is none)."""
    pub = year.doc._.pub_date if year.doc.has_extension("pub_date") else None
    text = str(pub)[:4] if pub is not None else ""
    return bool(_YEAR.fullmatch(year.text)) and text.isdecimal() and int(year.text) > int(text)


def _in_quoted_title(root: Token, inside: set[int]) -> bool:
    """A time inside a quoted title ("her new film, \"Winter of 1989,\"", "a memoir titled \"Summer 1976\""): the
    quote opens after a title noun (``title_nouns``) or a titling word and starts with a capital."""
    doc = root.doc
    sent = root.sent
    first, last = min(inside), max(inside)
    marks = [t.i for t in doc[sent.start:first] if t.text in QUOTES]
    if len(marks) % 2 == 0:
        return False  # not inside a quote
    opening = marks[-1]
    closing = next((t.i for t in doc[last + 1:sent.end] if t.text in QUOTES), None)
    if closing is None or closing - opening > 10 or opening + 1 >= len(doc) or not doc[opening + 1].is_title:
        return False
    k = opening - 1
    while k >= sent.start and doc[k].text == ",":
        k -= 1
    if k < sent.start:
        return False
    before = doc[k]
    return before.lower_ in TITLING_WORDS or before.pos_ == "NOUN" and lemma_in(before, TITLE_NOUNS)


# why a time expression dates nothing (the table's ``no_event`` column)
RECORD_COMPARISON = "record-comparison"
# the base a change is measured from ("down from 3.4% in the final quarter", "up from 94 in 2020"): when that
# amount held, not an event
COMPARISON_BASE = "comparison-base"
PERIOD_LABEL = "period-label"
# the period a statistic or report covers ("Retail sales for October will be published on Tuesday", "will announce
# second-quarter earnings on November 30"): its clause's event has a time of its own (or only revises the figure)
REFERENCE_PERIOD = "reference-period"
# a clock time a change of schedule moves something to ("considered moving the start to 6 a.m."): proposed, not told
NEW_SETTING = "new-setting"
# part of what names a thing: no time the story tells, so no row at all (not a flagged one)
NAME_LABEL = "name-label"
# the hours of a routine ("run every 20 minutes between 6 a.m. and 10 p.m."): no particular day, no row
RECURRING_WINDOW = "recurring-window"
# a time inside a likeness ("It is like working in the 1980s"): no row
LIKENESS = "likeness"
# a time that is what is talked or written about ("talked about the 1980s on Monday"): a topic, no event
TOPIC = "topic"


# how far back from "to <amount> now" the "from <amount>" of the change may stand
_FROM_TO_REACH = 12


def _level_now_after_change(doc, first: int, last: int) -> bool:
    """'have dropped from 94 percent in 2012 to 86 percent now': the present after the amount a change went to
    (``changed_to_words``), with the amount it came from after "from" earlier in the clause, says when the new level
    holds, the other term of the comparison; the change itself is not dated by it (as its base time is not)."""
    if first != last or doc[first].lower_ not in THAN_PRESENT_WORDS:
        return False
    k = first - 1
    while k >= 0 and first - k <= 4 and _amount_word(doc[k]):
        k -= 1
    if k == first - 1 or k < 0 or doc[k].lower_ not in CHANGED_TO_WORDS:
        return False
    start = max(doc[k].sent.start, k - _FROM_TO_REACH)
    return any(doc[j].lower_ == "from" and j + 1 < k and _amount_word(doc[j + 1]) for j in range(start, k))


def _amount_word(t: Token) -> bool:
    """A word of an amount: a number, a sign or word of one (``amount_signs``), or the entity tagger's amount."""
    return t.like_num or t.lower_ in AMOUNT_SIGNS or t.ent_type_ in ("PERCENT", "MONEY", "QUANTITY")


def why_undated(span: Span) -> str:
    """Why the time expression ``span`` dates no event ("" when it may date one): :func:`_dates_nothing`."""
    return _dates_nothing(span.root, {t.i for t in span})


def _when_clause_on(root: Token, inside: set[int]) -> Token | None:
    """The verb of a "when" clause on the time expression itself (", when 104 people died"), or None."""
    for c in root.children:
        if c.dep_ in ("relcl", "advcl", "acl") and is_predicate(c) and any(g.lower_ == "when" for g in c.children):
            return c
    doc = root.doc
    k = max(inside) + 1
    if k + 1 < len(doc) and doc[k].text == "," and doc[k + 1].lower_ == "when" and is_predicate(doc[k + 1].head) \
            and doc[k + 1].head.i > k + 1:
        return doc[k + 1].head
    return None


def when_clause_verb(span: Span) -> Token | None:
    """The verb of a "when" clause right after the time expression ``span``, which that time dates as well as the
    event the time is attached to: "has been at war since April 2023, when fighting broke out", "flared in January
    when the court ruled". Without a comma only a past verb: "will meet next week when he travels" says when
    the meeting is, not a second event."""
    doc = span.doc
    k = span.end
    comma = k < len(doc) and doc[k].text == ","
    k += comma
    if k >= len(doc) or doc[k].lower_ != "when" or doc[k].dep_ != "advmod":
        return None
    verb = doc[k].head
    if verb.i <= k or not is_predicate(verb) or verb.pos_ not in ("VERB", "AUX") or verb.sent.start != span.sent.start:
        return None
    if not comma and verb.tag_ != "VBD":
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None  # "In March, when asked about the deal, he declined": the main clause's own event, no second one
    if lemma_in(verb, EXPECTING_VERBS) or verb.lemma_.lower() in FORECAST_VERBS:
        # "on Feb. 27, when analysts expect it to report a fall", "when lawmakers are expected to approve the bill":
        # what is expected then is the event the time dates, not the expecting
        inf = to_infinitive(verb)
        if inf is not None:
            return inf
    return raised_infinitive(verb) or verb


def _dates_nothing(root: Token, inside: set[int], ahead: bool | None = None) -> str:
    """Why the time expression dates no event ("" when it may): a record comparison ("fell to its lowest
    level since 2009": 2009 is when it was last that low, not when anything here happened), or a period label
    on a thing ("bought a 17th-century painting"; "the 19th-century war" is dated)."""
    first = min(inside)
    cue, lo = cue_before(root.doc, root.doc[first:max(inside) + 1], INTERVAL_CUES)
    if cue is not None and INTERVAL_CUES[cue] == "since" and record_comparison(root.doc[lo]):
        return RECORD_COMPARISON
    if first > 0 and root.doc[first - 1].lower_ == "in" and root.lower_ in TIME_UNITS \
            and (root.tag_ == "NNS" or any(c.lower_ in ("a", "an") for c in root.children)) \
            and record_in_span(root.doc[first - 1], root.doc[first:max(inside) + 1]):
        # "the worst fire in decades", "the first rise in three years", "the biggest drop in a week": a span
        # counted back, no date ("its best quarter in the year" is one)
        return RECORD_COMPARISON
    if first > 1 and root.doc[first - 1].lower_ == "of" and root.doc[first - 2].lower_ not in ("as", "most") \
            and record_comparison(root.doc[first - 1], frozenset(), place=False):
        # "the most underrated designer of the 20th century", "the hottest day of the year": the time bounds a
        # ranking; "the first meeting of the year" (no superlative) may still date the meeting, and "the latest
        # figures as of Monday" are dated; "for most of the past 24 years" is a share of the span, no rank (e18)
        return RECORD_COMPARISON
    if _earlier_instance(root) or _named_since_record(root, inside):
        return RECORD_COMPARISON
    if (_comparison_base(root.doc, first, root) or _compared_time(root.doc, first) or _than_present(root, inside)
         or _than_base(root, inside)
         or _multiple_of_what(root.doc, first)
         or _multiple_of_figure(root.doc, first) or _multiple_of_dated_noun(root, inside)
         or _change_from_time(root.doc, first, max(inside))) \
            and not _names_its_event(root, inside) \
            or _base_level(root, inside):
        return COMPARISON_BASE
    if _possessed_comparison_base(root, inside) or _after_comparison_phrase(root.doc, first) \
            or _level_now_after_change(root.doc, first, max(inside)):
        return COMPARISON_BASE
    if _offset_base(root, inside) or _compared_amount_time(root, inside) or _base_figure(root, inside) \
            or _stated_comparative_base(root, inside):
        return COMPARISON_BASE
    if _reference_period(root, inside):
        return REFERENCE_PERIOD
    if _recurring_window(root, inside) or _habitual_length(root, inside) or _yearly_month(root, inside):
        return RECURRING_WINDOW
    if _likeness(root):
        return LIKENESS
    if _topic(root, inside):
        return TOPIC
    if _new_setting(root, inside):
        return NEW_SETTING
    noun = _era_label_of(root, inside)
    if noun is not None and not is_event_nominal(noun) or _season_kind(root, inside) or _possessed_label(root, inside) \
            or _routine_kind(root, inside) or _cohort_year(root, inside):
        return PERIOD_LABEL
    # a year that only names a thing ("the 2023 Data Privacy Act", "the 2020 law"), or words of a quoted title
    if _name_label_of(root, inside, ahead) is not None or _in_quoted_title(root, inside) or _month_label(root, inside):
        return NAME_LABEL
    if _contract_month(root, inside):
        return PERIOD_LABEL
    if _routine_exception(root, inside):
        return RECURRING_WINDOW
    return ""


_EXCEPTION_LEADS = _words("routine_exception_leads")
_ROUTINE_MARKS = _words("routine_exception_marks")


def _routine_exception(root: Token, inside: set[int]) -> bool:
    """'The library is open every day except Christmas Day', 'runs daily apart from New Year's Day': a day a
    routine leaves out is no time anything happens (the row read the opening as on that day, the meaning turned
    round). Only after a word of recurrence in the clause: "all flights were cancelled except on Sunday" has no
    routine; "all" counts only before "day", "week" or "year" ("open all year except August")."""
    doc = root.doc
    first = min(inside)
    if first > 0 and doc[first - 1].lower_ in ("the", "a"):
        first -= 1
    lead = next((n for n in (2, 1) if first - n >= 0
                 and " ".join(t.lower_ for t in doc[first - n:first]) in _EXCEPTION_LEADS), 0)
    if not lead:
        return False
    start = doc[first].sent.start
    for t in doc[start:first - lead]:
        if t.lower_ in _ROUTINE_MARKS and (t.lower_ != "all" or t.i + 1 < len(doc) and doc[t.i + 1].lemma_.lower() in ("day", "year", "week")):
            return True
    return False


_CONTRACT_MONTH_NOUNS = _words("contract_month_nouns")
_BARE_AFTER_FOR = frozenset(["delivery", "settlement"])


def _contract_month(root: Token, inside: set[int]) -> bool:
    """'Brent crude for March delivery rose 2%', 'the December copper contract fell': a month premodifying a traded
    contract's noun (``contract_month_nouns``) says which contract, not when anything happened. A delivery or a
    settlement only bare after "for": "the March delivery of 12 jets" is dated by it."""
    month = next((t for t in sorted(inside) if root.doc[t].lower_ in _MONTH_WORDS), None)
    if month is None or root.dep_ not in ("compound", "nmod", "amod", "nummod") or root.head.i <= root.i:
        return False
    noun = root.head
    while noun.dep_ == "compound" and noun.head.i > noun.i:
        noun = noun.head  # "the July copper contract"
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _CONTRACT_MONTH_NOUNS:
        return False
    if noun.lemma_.lower() in _BARE_AFTER_FOR:
        return noun.dep_ == "pobj" and noun.head.lower_ == "for" and min(inside) == noun.head.i + 1
    return True


_REFERENCE_NOUNS = _words("reference_period_nouns")
_REVISION_VERBS = _words("reference_period_revision_verbs")
_RELEASE_VERBS = _words("reference_period_release_verbs")


def _reference_period(root: Token, inside: set[int]) -> bool:
    """'Retail sales for October will be published on Tuesday', 'The inflation figure for September is due on
    Wednesday', 'will announce second-quarter earnings on November 30': a period after "for" on a statistic's or
    report's noun (``reference_period_nouns``), or a period word premodifying one, is the period the figure covers;
    when the clause's verb has a time of its own outside that noun's phrase, the clause's event is that time's and
    this one dates nothing. After "for", a verb that only revises or puts out the figure
    (``reference_period_revision_verbs``: "Figures for June were revised lower") needs no other time. "Profit for the
    third quarter rose" and "reported third-quarter profit of $2 billion" keep their row."""
    first = root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head  # "for June and July"
    after_for = first.dep_ == "pobj" and first.head.lower_ == "for" and first.head.dep_ == "prep"
    noun = first.head.head if after_for else root.head
    if not after_for and (root.dep_ not in ("compound", "amod", "nmod") or root.head.i <= root.i):
        return False
    if noun.pos_ not in ("NOUN", "PROPN") or noun.lemma_.lower() not in _REFERENCE_NOUNS and noun.lower_ not in _REFERENCE_NOUNS:
        return False
    verb = noun
    for _ in range(4):
        if is_predicate(verb) or verb.head.i == verb.i:
            break
        verb = verb.head
    if not is_predicate(verb) or verb.pos_ not in ("VERB", "AUX"):
        return False
    if noun.dep_ not in ("nsubjpass", "nsubj", "dobj") or noun.head.i != verb.i:
        return False
    due = next((c for c in verb.children if c.dep_ == "acomp" and lemma_in(c, _RELEASE_VERBS)), None)
    if not lemma_in(verb, _RELEASE_VERBS) and due is None:
        return False
    if not after_for and not any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall") for c in verb.children) \
            and not (verb.tag_ == "VBG" and any(c.lemma_ == "be" for c in verb.children if c.dep_ == "aux")) \
            and not _scheduled_infinitive(verb):
        # a premodifying period ("will announce third-quarter results on Tuesday") only on a report still to come:
        # the dev set's TimeML dates a report told in the past by it ("reported third-quarter results Tuesday")
        return False
    # the verb's own time: an adjunct of it (or of its "due"), never a base after "from"/"than"
    times = dated_timex_tokens(root.doc)
    own = []
    for head in (verb, due):
        if head is None:
            continue
        for c in head.children:
            if c.dep_ in ("npadvmod", "tmod") or c.dep_ == "prep" and c.lower_ in ("on", "in", "at", "next", "by"):
                own.extend(c.subtree)
    if noun.dep_ == "dobj" and not after_for:
        # "is due to report first-quarter results on May 4": a day the parser hung on the object is the release's
        own.extend(g for c in noun.children if c.dep_ == "prep" and c.lower_ == "on" and c.i > noun.i for g in c.subtree)
    return any(t.i in times and t.i not in inside for t in own)


def _scheduled_infinitive(verb: Token) -> bool:
    """'is due to report first-quarter results on May 4', 'is expected to publish full-year results on March 2': an
    infinitive a present expecting word (``expecting_verbs``) puts ahead is still to come, as after "will"."""
    if verb.tag_ != "VB" or verb.dep_ not in ("xcomp", "advcl") or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        return False
    head = verb.head
    present = head.tag_ in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP") for c in head.children) \
        or head.dep_ == "acomp" and head.head.tag_ in ("VBZ", "VBP")
    return present and lemma_in(head, EXPECTING_VERBS)


def _revised_period_figure(root: Token, inside: set[int]) -> Token | None:
    """'Export figures for June and July were revised lower', 'revised down its estimates for August': a period
    after "for" on a statistic's noun (``reference_period_nouns``) that a verb only revises or puts out
    (``reference_period_revision_verbs``) dates the figure it covers, not the revising, which is the report's; the
    noun is the row's trigger (a verb with a time of its own makes the period no row: _reference_period)."""
    first = root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if first.dep_ != "pobj" or first.head.lower_ != "for" or first.head.dep_ != "prep":
        return None
    noun = first.head.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.lemma_.lower() not in _REFERENCE_NOUNS and noun.lower_ not in _REFERENCE_NOUNS:
        return None
    verb = noun.head
    if noun.dep_ not in ("nsubjpass", "dobj") or not is_predicate(verb) or not lemma_in(verb, _REVISION_VERBS):
        return None
    return noun


def _named_since_record(root: Token, inside: set[int]) -> bool:
    """'the strongest storm to hit the island since Typhoon Goni in November 2020': a time after "in"/"on" that
    closes the name after the "since" of a record comparison is when that named thing last set the mark, no time
    of this clause's event (the parser hangs it on the verb). A plain noun phrase between them, with no event noun
    ("since the Black Saturday blaze in February 2009" names an event: the time dates the blaze, see
    _record_since_event)."""
    since = _since_before_name(root, inside)
    return since is not None and not any(is_event_nominal(t) for t in root.doc[since.i + 1:min(inside) - 1]) \
        and record_comparison(since)


def _since_before_name(root: Token, inside: set[int]) -> Token | None:
    """The "since" of 'since <a name> in DATE': a noun phrase (no verb, at most ``SINCE_NAME_REACH`` words) between
    "since" and the "in"/"on" right before the time; None otherwise."""
    doc = root.doc
    first = min(inside)
    if first < 3 or doc[first - 1].lower_ not in ("in", "on"):
        return None
    for i in range(first - 2, max(root.sent.start, first - 2 - SINCE_NAME_REACH) - 1, -1):
        t = doc[i]
        if t.lower_ == "since":
            named = [x for x in doc[i + 1:first - 1] if x.pos_ in ("NOUN", "PROPN")]
            # (a name, not a time: "its lowest level since 2009 in March" is the fall's March)
            return t if named and not any(x.ent_type_ in ("DATE", "TIME") for x in doc[i + 1:first - 1]) else None
        if t.pos_ not in ("NOUN", "PROPN", "ADJ", "DET", "NUM") and t.tag_ not in ("HYPH", "POS", "PRP$"):
            return None
    return None


def _record_since_event(root: Token, inside: set[int]) -> Token | None:
    """'the largest fire in the region since the Black Saturday blaze in February 2009': the event noun named after
    the "since" of a record comparison is what the time dates, not the ranked clause's event."""
    since = _since_before_name(root, inside)
    if since is None or not record_comparison(since):
        return None
    return next((t for t in reversed(root.doc[since.i + 1:min(inside) - 1]) if is_event_nominal(t)), None)


SINCE_NAME_REACH = 5  # words of the name after "since": "since the Black Saturday blaze"


def _earlier_instance(root: Token) -> bool:
    """'the second major break in three years, after one in January 2023': a time in the phrase of a stand-in
    (``earlier_instance_pronouns``) that follows a sequence preposition dates the earlier instance of what the
    clause counts, an event the sentence names by no word of its own: no row, rather than date this one
    ("after one of its valves burst in January" is a partitive subject; review18 item 8, helper g19)."""
    prep = root.head
    if root.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in TIME_PREPOSITIONS:
        return False
    one = prep.head
    return one.lower_ in EARLIER_INSTANCE_PRONOUNS and one.dep_ == "pobj" and one.head.lower_ in SEQUENCE_PREPOSITIONS \
        and not any(c.lower_ == "of" for c in one.children)


# the temporal vocabulary's season words, as _MONTH_WORDS takes its months
_SEASONS = frozenset(vocab()["seasons"])


def _season_kind(root: Token, inside: set[int]) -> bool:
    """'in winter conditions', 'winter tyres': a bare season word on a noun of a kind (``season_kind_nouns``)
    sorts the thing, it tells no time ("this winter's conditions" has its own determiner and stays)."""
    return len(inside) == 1 and root.lower_ in _SEASONS and root.dep_ in ("compound", "amod", "nmod") \
        and root.head.i > root.i and lemma_in(root.head, SEASON_KIND_NOUNS) \
        and not any(c.dep_ in ("det", "poss") for c in root.children)


_ROUTINE_WORDS = frozenset(vocab()["weekdays"]) | frozenset(vocab()["parts_of_day"]) | ROUTINE_KIND_WORDS


def _routine_kind(root: Token, inside: set[int]) -> bool:
    """'A Sunday newspaper reported', 'the weekend ferry service was cut on Monday', 'evening classes': a bare
    weekday, weekend or part-of-day word on a noun of a recurring thing (``routine_kind_nouns``) sorts the thing
    by when it recurs; it tells no time ("Sunday's newspaper", with its own possessive, stays). The tagger may take
    the thing's determiner in ("The weekend")."""
    words = [root.doc[i] for i in sorted(inside) if root.doc[i].dep_ != "det"]
    if len(words) != 1:
        return False
    word = words[0]
    kind = lemma_in(word.head, ROUTINE_KIND_NOUNS) or _bare_routine_noun(word.head)
    nxt = root.doc[word.i + 1] if word.i + 1 < len(root.doc) else None
    if not kind and nxt is not None and nxt.dep_ == "compound" and nxt.head.i == word.head.i:
        # "Sunday trading returns", parsed as one headline noun phrase: the weekday and its noun both compounds
        kind = _bare_routine_noun(nxt) and not any(c.dep_ in ("det", "poss") for c in word.head.children)
    return word.lower_ in _ROUTINE_WORDS and word.dep_ in ("compound", "amod", "nmod") \
        and word.head.i > word.i and kind \
        and all(root.doc[i].head.i == word.head.i for i in inside) \
        and not any(c.dep_ in ("det", "poss", "case") for c in word.children)


def _bare_routine_noun(noun: Token) -> bool:
    """A noun of ``routine_bare_kind_nouns`` with no article or owner of its own ("Sunday trading", not "the Sunday
    opening of the bridge")."""
    return noun.lower_ in ROUTINE_BARE_KIND_NOUNS and not any(c.dep_ in ("det", "poss") for c in noun.children)


def _cohort_year(root: Token, inside: set[int]) -> bool:
    """'Members of the Class of 2020', 'the cohort of 2019': a year after "of" on a noun of a group or batch
    (``cohort_nouns``) labels it."""
    return root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.i == min(inside) - 1 \
        and lemma_in(root.head.head, COHORT_NOUNS) and root.head.head.i == root.head.i - 1


def _topic(root: Token, inside: set[int]) -> bool:
    """'The author talked about the 1980s on Monday', 'a documentary about 1968': a time that is the object of a
    topic preposition (``topic_prepositions``) on a verb or a noun is what is talked about, not when anything
    happened. ("about" as "roughly", "at about 3 p.m.", is no preposition with the time as its object.)"""
    first = min(inside)
    if first == 0 or root.dep_ != "pobj":
        return False
    prep = root.doc[first - 1]
    return prep.lower_ in TOPIC_PREPOSITIONS and prep.dep_ == "prep" and root.head.i == prep.i \
        and prep.head.pos_ in ("VERB", "NOUN", "PROPN")


def _amount_before(head: Token, limit: int) -> bool:
    """Whether an amount (a number, a percentage, money) hangs on ``head`` before token ``limit``."""
    return any(x.i < limit and (x.like_num or x.ent_type_ in ("PERCENT", "MONEY", "CARDINAL", "QUANTITY") or x.text == "%")
               for x in head.subtree if x.i != head.i)


def _offset_base(root: Token, inside: set[int]) -> bool:
    """'Consumer prices rose 4.7% in August from a year earlier', 'sales fell 9.4% from a year ago': a time counted
    back (``base_offset_words``) right after "from" on a verb of change (or "up"/"down") with an amount is the
    base the change is measured from. Not a range ("from a year earlier to now") and not a time that starts
    something ("will run from Monday")."""
    doc = root.doc
    first, last = min(inside), max(inside)
    if first == 0 or doc[first - 1].lower_ != "from" or not any(doc[i].lower_ in BASE_OFFSET_WORDS for i in inside):
        return False
    if last + 1 < len(doc) and (doc[last + 1].lower_ in RANGE_CLOSERS or doc[last + 1].lower_ in ("until", "through", "till")):
        return False
    head = doc[first - 1].head
    if not (lemma_in(head, CHANGE_VERBS) or head.lower_ in MOVEMENT_ADVERBS):
        return False
    verb = head if head.pos_ in ("VERB", "AUX") else head.head
    # the change has its own time after "in"/"during"/"over" in its clause ("rose 4.7% in August", "sales in the six
    # weeks to January 5 fell 9.4%"): then "from a year earlier" is only the base. Without one TimeBank dates the
    # change by it ("profit grew 19% from a year ago"; the dev set's tuned half lost three such links)
    times = typed_timex_tokens(doc, "DATE") | typed_timex_tokens(doc, "DURATION")
    dated = any(x.i in times and x.i not in inside and x.i > 0 and doc[x.i - 1].lower_ in ("in", "during", "over")
                for x in verb.subtree)
    return dated and _amount_before(head, first - 1)


def _stated_comparative_base(root: Token, inside: set[int]) -> bool:
    """'Steel output was 7% lower than a year earlier', 'prices are about 30% higher than a year ago': a time right
    after the "than" of a comparative that is the predicate of "be" and carries its own amount is when the base
    amount held; the statement is of now (or of the period the story gives), not of then. Only a stated amount on a
    copula: a verb's comparative ("grew faster than a year earlier") and a bare "higher than a year ago" keep
    their time (the dev set's TimeML dates the verb by it)."""
    doc = root.doc
    first = min(inside)
    k = first - 1
    if k >= 1 and doc[k].lower_ in ("in", "during", "at", "on") and doc[k].dep_ == "prep" and doc[k - 1].lower_ == "than":
        k -= 1  # "sales were 7% higher than in March 2019": the base's own preposition
    if k < 0 or doc[k].lower_ != "than":
        return False
    than = doc[k]
    comp = than.head
    if than.dep_ != "prep" or comp.tag_ not in ("JJR", "RBR") or comp.dep_ != "acomp" or comp.head.lemma_ != "be":
        return False
    return _amount_before(comp, comp.i)


def _compared_amount_time(root: Token, inside: set[int]) -> bool:
    """'treated 40 patients, compared with 25 in the same period of 2021': a time in the phrase of an amount after
    "compared with/to" says when that base amount held. ("compared with a net loss in 2019" compares an event,
    which the time dates.)"""
    t = root
    for _ in range(8):
        head = t.head
        if head.i == t.i:
            return False
        if head.lower_ in ("with", "to") and head.head.lower_ == "compared":
            return t.dep_ == "pobj" and (t.like_num or t.ent_type_ in ("PERCENT", "MONEY", "CARDINAL", "QUANTITY")
                                         or t.pos_ == "NUM" or any(c.dep_ == "nummod" for c in t.children)) \
                and not is_event_nominal(t)
        if head.pos_ in ("VERB", "AUX"):
            return False
        t = head
    return False


def _base_figure(root: Token, inside: set[int]) -> bool:
    """'Arrivals were less than half the figure for June', 'twice the total for 2019': a reported amount
    (``base_figure_nouns``) after a comparison word (``base_figure_marks``) is the base compared with; its time
    says when that amount held. ("The figure for June will be published on Monday" has no comparison.)"""
    prep = root.head
    first = min(inside)
    before = root.doc[first - 1] if first >= 1 else None
    if before is not None and before.pos_ == "NOUN" and before.lower_ in BASE_FIGURE_NOUNS and before.i not in inside:
        noun = before  # "nearly double the figure a fortnight earlier": a bare time right after the figure
    elif root.dep_ != "pobj" or prep.lower_ not in ("for", "in", "of") or prep.head.lower_ not in BASE_FIGURE_NOUNS:
        return False
    else:
        noun = prep.head
    lo = max(noun.sent.start, noun.i - 5)
    return any(x.lower_ in BASE_FIGURE_MARKS for x in noun.doc[lo:noun.i])


# the verbs of seeming that "like" turns into a comparison with another time ("It is like working in the 1980s")
_SEEMING_VERBS = frozenset({"be", "feel", "look", "seem", "sound"})


def _likeness(root: Token) -> bool:
    """'It is like working in the 1980s', 'felt like being back in 1945': a time inside "like" after a verb of seeming
    is the picture the comparison paints, not when anything happened."""
    for a in root.ancestors:
        if a.lower_ == "like" and a.dep_ == "prep" and a.head.lemma_ in _SEEMING_VERBS:
            return True
        if a.pos_ in ("VERB", "AUX") and a.dep_ not in ("pcomp",) and a.lower_ != "like":
            return False
    return False


def _habitual_length(root: Token, inside: set[int]) -> bool:
    """'Symptoms usually appear within a few days', 'which typically heal in six weeks': a length after "within",
    "in" or "after" on a present verb with a habitual adverb (``habitual_adverbs``) counts from no day the story
    names; what happens as a rule is no dated event (as a routine's clock window is not: same flag). A past
    verb ("usually arrived within days") or an anchored future ("will appear within days") keeps its row."""
    first = min(inside)
    if first == 0 or root.doc[first - 1].lower_ not in ("within", "in", "after") or root.lemma_.lower() not in TIME_UNITS:
        return False
    prep = root.doc[first - 1]
    verb = prep.head if root.head.i == prep.i else root.head
    return verb.tag_ in ("VBP", "VBZ") and any(c.dep_ == "advmod" and c.lower_ in HABITUAL_ADVERBS for c in verb.children)


_SUB_DAILY_UNITS = _words("sub_daily_set_units")
# what closes a routine's hours right after its frequency ("every ten minutes until midnight")
_WINDOW_CLOSERS = frozenset(w for w, kind in INTERVAL_CUES.items() if kind == "until" and " " not in w)


def _recurring_window(root: Token, inside: set[int]) -> bool:
    """'Trams run every 10 minutes between 7 a.m. and 9 p.m.': clock times bounding a window in a clause that
    says how often (a SET expression: "every 20 minutes", "daily") name the hours of a routine, no particular day,
    so no row. A clock time in a clause without one is a time of its own ("will sail at 7 a.m. on Monday")."""
    doc = root.doc
    clocks = typed_timex_tokens(doc, "TIME")
    if not any(i in clocks for i in inside):
        return False
    first = min(inside)
    openers = ("between", "from")
    # (the range may come whole, "between 7 a.m. and 9 p.m.", or one end at a time)
    opened = doc[first].lower_ in openers or first > 0 and doc[first - 1].lower_ in openers
    if not opened and root.dep_ == "conj" and root.head.i < first:
        k = min(x.i for x in root.head.subtree) - 1
        opened = k >= 0 and doc[k].lower_ in openers
    sets = typed_timex_tokens(doc, "SET")
    if not opened and first > 1 and doc[first - 1].lower_ in _WINDOW_CLOSERS and first - 2 in sets \
            and doc[first - 2].lower_ in _SUB_DAILY_UNITS and not any(doc[i].pos_ in ("ADP", "PROPN") for i in inside):
        # "ran every ten minutes until midnight": the close of the routine's hours ("until 11 p.m. on Saturday"
        # names its day and keeps the row)
        return True
    if not opened:
        return False
    sent = root.sent
    if any(sent.start <= i < sent.end for i in sets):
        return True
    # "open from 9 a.m. to 5 p.m. on weekdays": plural days after "on" are a routine too, SET or not (e18)
    return any(t.lower_ in ROUTINE_DAY_WORDS and t.i > 0 and doc[t.i - 1].lower_ == "on" for t in sent)


# how many words may stand between a month and the yearly SET beside it ("every year in August", "in March each year")
_YEARLY_REACH = 3


def _yearly_month(root: Token, inside: set[int]) -> bool:
    """'The festival is held every year in August', 'in March each year': a month name alone beside a SET that
    recurs yearly (``yearly_set_words``) is when a routine comes round, no particular month, so no dated row."""
    if len(inside) != 1 or root.lower_ not in _MONTH_WORDS:
        return False
    doc = root.doc
    sets = typed_timex_tokens(doc, "SET")
    sent = root.sent
    lo, hi = max(sent.start, root.i - _YEARLY_REACH - 1), min(sent.end, root.i + _YEARLY_REACH + 2)
    return any(i in sets and doc[i].lower_ in YEARLY_SET_WORDS for i in range(lo, hi))


def _possessed_comparison_base(root: Token, inside: set[int]) -> bool:
    """'a week earlier than this year\'s', 'a third lower than last spring\'s': a time right after "than" that owns
    an unsaid noun (the thing compared, said before "than") is the comparison's other term, no event of its own."""
    doc = root.doc
    first, last = min(inside), max(inside)
    k = first - 1
    if k >= 0 and doc[k].pos_ == "DET" and k not in inside:
        k -= 1
    if k < 0 or doc[k].lower_ != "than" or last + 1 >= len(doc) or doc[last + 1].tag_ != "POS":
        return False
    after = doc[last + 2] if last + 2 < len(doc) else None
    return after is None or after.is_punct or after.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM")


def _new_setting(root: Token, inside: set[int]) -> bool:
    """'had considered moving the start to 6 a.m.', 'will shift kickoff to 8 p.m.': a clock time with no day of its
    own after "to" on a verb that changes when something happens (``target_setting_verbs``) with an object is the
    new setting, not a time anything happened at."""
    doc = root.doc
    words = {doc[i].lower_ for i in inside}
    if not (words & {"a.m.", "p.m.", "am", "pm", "noon", "midnight", "a.m", "p.m"}) \
            or any(doc[i].ent_type_ == "DATE" for i in inside):
        return False
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "to" or prep.i != min(inside) - 1:
        return False
    verb = prep.head
    return lemma_in(verb, TARGET_SETTING_VERBS) and is_predicate(verb) and any(c.dep_ in ("dobj", "npadvmod") for c in verb.children)


def _after_comparison_phrase(doc, first: int) -> bool:
    """'In contrast to last year, sales rose in March', 'Unlike 2019, the festival sold out': a time right after a
    phrase of contrast (``comparison_base_phrases``) is the comparison's other term, no event."""
    k = first
    if k > 0 and doc[k - 1].pos_ == "DET":
        k -= 1
    words = [t.lower_ for t in doc[max(doc[first].sent.start, k - 3):k]]
    return any(" ".join(words[-n:]) in COMPARISON_BASE_PHRASES for n in (1, 2, 3) if len(words) >= n)


_MONTH_WORDS = frozenset(vocab()["months"])


def _month_label(root: Token, inside: set[int]) -> bool:
    """'The January transfer window closes at 11 p.m. on February 1', 'The March budget will be presented on
    Tuesday': a bare month name premodifying a noun that is no event, in a clause that has a time of its own,
    names which one the thing is (a label), not when the clause's event was; "the March election" is dated by it."""
    if len(inside) != 1 or root.lower_ not in _MONTH_WORDS or root.dep_ not in ("compound", "nmod", "amod"):
        return False
    noun = root.head
    while noun.dep_ == "compound" and noun.head.i > noun.i and noun.head.dep_ != "ROOT":
        noun = noun.head  # "the January transfer window": the compound's last noun (the parser may take a verb for it)
    if noun.i <= root.i or noun.pos_ != "NOUN" or is_event_nominal(noun) or noun.lower_ in NAMED_EVENT_HEADS \
            or root.i == 0 or root.doc[root.i - 1].tag_ not in ("DT", "PRP$", "POS"):
        return False
    clause = noun
    for _ in range(6):  # its clause's head: a verb, or the root of a sentence the parser found no verb in
        if is_predicate(clause) or clause.head.i == clause.i:
            break
        clause = clause.head
    times = dated_timex_tokens(root.doc)
    # (a verb joined to the clause's has times of its own: "will start during the July holidays and must be
    # finished by August 7" is dated by July, a noun after a preposition of time; "The May jobs report disappointed
    # investors and sent stocks lower on Friday" still names which report)
    joined = {x.i for c in clause.children if c.dep_ == "conj" and is_predicate(c) for x in c.subtree} \
        if noun.dep_ == "pobj" and noun.head.lower_ in TIME_LEAD_PREPOSITIONS else set()
    return any(t.i in times and not root.i <= t.i <= noun.i and t.i not in joined for t in clause.subtree)


def _names_its_event(root: Token, inside: set[int]) -> bool:
    """'up from 31% in the 2019 vote', 'down from 94 in Sunday's count': a time inside an event noun's own phrase
    still dates that event, though the amount before it is a comparison's base."""
    noun = root.head
    return root.dep_ in ("compound", "nummod", "poss", "amod") and noun.i not in inside and noun.pos_ == "NOUN" \
        and is_event_nominal(noun) and not _is_quantity(noun)


def _before_restated_amount(doc, k: int) -> int:
    """'compared with $368 million, or $1.55 a share, a year earlier': where token ``k`` closes an amount said again
    (", or $1.55 a share,"), the last token of the amount said first (the base the time goes with); else ``k``."""
    if k < 3 or doc[k].text != ",":
        return k
    amount = doc[k - 1]
    for _ in range(4):
        if amount.dep_ == "conj":
            break
        amount = amount.head
    first = amount.head
    cc = next((c for c in first.children if c.dep_ == "cc" and c.lower_ == "or" and c.i < amount.i), None)
    if amount.dep_ != "conj" or cc is None or not any(c.like_num for c in amount.subtree) or amount.i >= k:
        return k
    j = cc.i - 1
    return j - 1 if doc[j].text == "," else j


def _comparison_base(doc, first: int, root: Token | None = None) -> bool:
    """Whether the time starting at token ``first`` follows an amount led by "from" or "compared with", itself
    after "up"/"down" or a comma ("grew 1.6%, down from 3.4% in the final quarter", "counted 212 cubs, up from 94
    in 2020"): the time says when the base amount held."""
    k = first - 1
    if k >= 0 and doc[k].pos_ == "DET":
        k -= 1  # "in the final quarter", where the tagger's span starts after the article
    prep = k >= 0 and doc[k].lower_ in TIME_PREPOSITIONS
    if prep:
        k -= 1
    k = _before_restated_amount(doc, k)
    if k >= 1 and (doc[k].pos_ == "NOUN" or doc[k].lower_ in CURRENCY_HOMOGRAPHS) \
            and (doc[k - 1].like_num or doc[k - 1].pos_ == "NUM"):
        k -= 1  # "up from 2,100 cases at the end of June", "up from 2.43 trillion won in ...": what the amount counts
    if k >= 1 and doc[k - 1].lower_ + " " + doc[k].lower_ in COMPARISON_BASE_PRONOUN_LEADS:
        return True  # "was double that of July 2024", "worse than those of 2019"
    if k >= 1 and doc[k - 1].lower_ + " " + doc[k].lower_ in COMPARISON_BASE_LEADS and doc[k - 1].lower_ == "compared" \
            and root is not None and root.head.i == k:
        # "fell 12% last year compared with 2023": the time is the base itself ("compared with a year-earlier net
        # loss" compares the loss, which the time dates)
        return True
    amount = _amount_start(doc, k)
    if amount == k or amount < 1:
        return False
    amount = _before_revision_word(doc, amount)
    k = amount
    lead = doc[k - 1].lower_ + " " + doc[k].lower_
    if lead in COMPARISON_BASE_LEADS:
        return True
    # "fell to 48% from 57% five years earlier", "to $2 million from $3 million a year ago": a bare time after the
    # amount after "from" is when that base held, when the amount the change went to stands before "from". A time
    # with a preposition may date the change ("cut its rate to 4.5% from 5% on Thursday"), so it stays unless the
    # change has its own time right before "from" (on the dev set's check half, any earlier time in the sentence
    # as that cue did not pay)
    if doc[k].lower_ != "from":
        return False
    if not prep and _change_went_to(doc[k]):
        return True
    j = k - 1
    own_time = False
    if prep:
        # "slowed to 6.6% in January from 6.9% in December": the change's own time stands between its amount and
        # "from" (walked back over here), so the time after the base amount is the base's
        times = dated_timex_tokens(doc)
        if doc[j].text in (",", "(", "-LRB-"):
            # "rose to 4.2% last month, from a revised 3.9% in August"; a parenthesis sets the base off as a comma
            # does ("fell to 4.1% in October (from 4.3% in September)")
            j -= 1
        top = j
        while j >= 0 and (j in times or doc[j].pos_ == "DET" and j + 1 in times):
            j -= 1
        own_time = j < top
        if not own_time:
            return _from_to_range_base(doc, k, root)
        if doc[j].lower_ in TIME_PREPOSITIONS:
            j -= 1
        elif top == k - 1:
            return False  # a bare time right before "from" needs its comma ("last month, from ...")
    went_to = _amount_start(doc, j)
    return 0 <= went_to < j and doc[went_to].lower_ in CHANGED_TO_WORDS


def _before_revision_word(doc, k: int) -> int:
    """'down from a revised 5.02 million in February': the index before a revision word on the base amount and
    its article (``reference_period_revision_verbs``), so what leads the amount is "from"; ``k`` otherwise."""
    j = k
    if j >= 1 and doc[j].dep_ == "amod" and lemma_in(doc[j], _REVISION_VERBS):
        j -= 1
        if j >= 1 and doc[j].lower_ in ("a", "an", "the"):
            j -= 1
    return j


def _from_to_range_base(doc, frm: int, root: Token | None) -> bool:
    """'fell from 95% in 2019 to 88% last year', 'dropped from 71 percent in 2017 to 62 percent in 2024': the time
    of the amount after "from", when a "to" with an amount and a time of its own follows it, is when the base held;
    the change is dated by the later time. A time of a span ("from 2019 to 2024") has no amount and is no base."""
    if root is None or doc[frm].dep_ != "prep":
        return False
    # ("from 9 percent in 2012 to 4 percent": the parser may read "2012 to 4" as one amount's bounds)
    misread = root.dep_ == "quantmod" and root.i > 0 and doc[root.i - 1].lower_ == "in"
    if not misread and (root.dep_ != "pobj" or root.head.dep_ != "prep"):
        return False
    last = max(t.i for t in root.subtree)
    to = last + 1
    # ("to 86 percent now": the parser may hang "to" on the amount it leads)
    joined = doc[to].head.i == doc[frm].head.i or (doc[to].dep_ == "quantmod" and doc[to].head.i > to)
    if to + 1 >= len(doc) or doc[to].lower_ not in CHANGED_TO_WORDS or not joined:
        return False
    times = dated_timex_tokens(doc)
    end = min(len(doc), to + 8)
    amount = any(doc[i].like_num or doc[i].ent_type_ in ("MONEY", "PERCENT", "QUANTITY") for i in range(to + 1, min(end, to + 3)))
    return amount and any(i in times for i in range(to + 2, end) if doc[i].sent.start == root.sent.start)


# words of a change before its amount ("rose", "down"): the temporal vocabulary's list of what leads "from <figure>"
_CHANGE_LEADS = frozenset(vocab()["comparison_base_leads"]["words"])
_RANGE_LINKS = frozenset(["to", "until", "till", "through", "-", "–", "and"])
_FIGURE_WORDS = frozenset(vocab()["figure_words"]["words"])


def _change_from_time(doc, first: int, last: int) -> bool:
    """'climbed 1.2% in March from February', 'rose 15% from a year earlier to $3.2 billion': a time right after
    "from", behind a change word (``comparison_base_leads``) and its amount, with no base amount of its own, is when
    the base held: the change is measured against it. "rose 10% from March to May" is the change's own span, and
    "withdrew from the town in February" has no time after "from"."""
    k = first - 1
    if k >= 0 and doc[k].pos_ == "DET":
        k -= 1
    if k < 2 or doc[k].lower_ != "from" and not (doc[k].lower_ == "on" and _period_back(doc, first, last)):
        return False
    times = dated_timex_tokens(doc)
    if last + 2 < len(doc) and doc[last + 1].lower_ in _RANGE_LINKS and (last + 2 in times or last + 3 in times):
        return False  # "from March to May": a range
    number = False
    start = doc[first].sent.start
    for j in range(k - 1, max(start, k - 10) - 1, -1):
        t = doc[j]
        if (t.lower_ in _CHANGE_LEADS or t.lemma_.lower() in _CHANGE_LEADS) and doc[j + 1].lower_ != "to":
            # ("duties of up to 35 percent from next month": "up to" bounds an amount, no change.) The change must
            # have its own time, between it and "from" ("rose 0.4% in May from April") or on its subject ("whose
            # third-quarter profit fell 20% from a year earlier"): a bare "fell 8.4% from a year ago" is dated to
            # the fall in the dev set's TimeML (as is a base after a time of the clause, "fell to $14 billion last
            # year, down $2.5 billion from 1996"), so it stays a row there
            own = any(i in times for i in range(j + 1, k)) or any(g.i in times for g in t.subtree if g.i < j)
            return number and own
        if t.like_num or t.text in ("%", "$", "€", "£") or t.ent_type_ in ("PERCENT", "MONEY", "QUANTITY"):
            number = True
        elif not (j in times or t.lower_ in _FIGURE_WORDS or t.lower_ in TIME_PREPOSITIONS or t.pos_ == "DET"
                  or t.pos_ == "NOUN" and doc[j - 1].like_num):
            return False  # only the change's amount and its own time stand between the change word and "from"
    return False


_PERIOD_BACK_UNITS = frozenset(["week", "month", "quarter", "year"])


def _period_back(doc, first: int, last: int) -> bool:
    """'up 8% on a year earlier', 'rose 3% on the previous month', 'down 2% on last year': a period counted back
    from the story's (a unit word, no day, date or number), which British copy measures a change "on" as others
    do "from"; "rose 3% on Tuesday" is the rise's day."""
    words = [doc[i] for i in range(first, last + 1)]
    return any(t.lemma_.lower() in _PERIOD_BACK_UNITS for t in words) \
        and not any(t.like_num or t.pos_ == "PROPN" or t.ent_type_ == "TIME" for t in words)


def _multiple_of_figure(doc, first: int) -> bool:
    """'held 1,200 tonnes last month, twice the volume a year earlier', 'sold 3,000 cars, double the number in
    2019': a bare time right after a multiplier (``multiplier_words``) and the noun it multiplies, set off by a
    comma, says when the base held (no verb of its own: "plans to double the dividend in March" is dated)."""
    k = first - 1
    if k >= 0 and doc[k].lower_ in TIME_PREPOSITIONS:
        k -= 1
    if k < 3 or doc[k].pos_ != "NOUN" or doc[k - 1].lower_ not in ("the", "that", "its", "their"):
        return False
    mult = doc[k - 2]
    if mult.lower_ not in MULTIPLIER_WORDS or mult.pos_ in ("VERB", "AUX"):
        return False
    before = doc[k - 3]
    if before.pos_ == "ADV" and k >= 4:  # ", almost twice the volume"
        before = doc[k - 4]
    elif before.lower_ == "than" and k >= 5 and doc[k - 4].tag_ in ("JJR", "RBR"):  # ", more than twice the level"
        before = doc[k - 5]
    return before.text == ","


def _multiple_of_dated_noun(root: Token, inside: set[int]) -> bool:
    """'Unemployment is now double the 2022 rate', 'reached three times the 2019 total', 'uses half its 2010
    workforce': a time premodifying the noun a multiplier (``multiplier_words``) multiplies says when the base
    held. Not when the multiplier is the verb ("plans to double its 2025 dividend in March")."""
    noun = root.head
    if root.dep_ not in ("compound", "nummod", "amod") or noun.i <= max(inside) or noun.pos_ != "NOUN":
        return False
    k = min(inside) - 1
    if k >= 0 and root.doc[k].dep_ in ("det", "poss") and root.doc[k].head.i == noun.i:
        k -= 1
    mult = root.doc[k] if k >= 0 else None
    return mult is not None and mult.lower_ in MULTIPLIER_WORDS and mult.pos_ not in ("VERB", "AUX")


def _change_went_to(frm: Token) -> bool:
    """'fell to $84 million in the quarter that ended on Nov. 30, from $131 million a year earlier': a "from" on a
    verb that also has a "to" (``changed_to_words``) with an amount before it is the base of the change, however
    far the "to" amount stands."""
    verb = frm.head
    if frm.dep_ != "prep" or not is_predicate(verb):
        return False
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in CHANGED_TO_WORDS and c.i < frm.i and any(
                g.dep_ == "pobj" and (g.like_num or g.pos_ == "NUM" or g.ent_type_ in ("MONEY", "PERCENT", "QUANTITY"))
                for g in c.children):
            return True
    return False


# how many words may stand between "what" and the time in a multiple's base ("twice what the state spent in 2019")
MULTIPLE_BASE_REACH = 6


def _multiple_of_what(doc, first: int) -> bool:
    """'spent $900 million, twice what it spent in 2019', 'triple what they were in 2020': a time closing a "what"
    clause right after a multiplier (``multiplier_words``) says when the base of the multiple held. Not when the
    clause's verb expects or forecasts ("twice what analysts expected in the first quarter")."""
    k = first - 1
    if k >= 0 and doc[k].pos_ == "DET":
        k -= 1
    if k >= 0 and doc[k].lower_ in TIME_PREPOSITIONS:
        k -= 1
    lo = max(doc[first].sent.start, k - MULTIPLE_BASE_REACH)
    for i in range(k, lo - 1, -1):
        t = doc[i]
        if t.is_punct:
            return False
        if lemma_in(t, EXPECTING_VERBS) or t.lemma_.lower() in FORECAST_VERBS:
            return False
        if t.lower_ == "what":
            return i > 0 and doc[i - 1].lower_ in MULTIPLIER_WORDS and any(
                x.tag_ in ("VBD", "VBN") for x in doc[i + 1:k + 1])
    return False


def _amount_start(doc, k: int) -> int:
    """The index right before the amount ending at token ``k`` ("57%", "$2.8 billion", "2,100"), walking back
    over it; ``k`` itself when no amount ends there."""
    if k >= 1 and doc[k].lower_ in FRACTION_AMOUNTS and (doc[k - 1].lower_ in ("a", "one") or doc[k - 1].like_num):
        return k - 2  # "a quarter", "two thirds": a share is an amount as "25%" is
    while k >= 0 and (doc[k].like_num or doc[k].pos_ in ("NUM", "SYM") or doc[k].lower_ in AMOUNT_SIGNS
                      or doc[k].ent_type_ in ("MONEY", "PERCENT", "CARDINAL", "QUANTITY")):
        k -= 1
    return k


def _base_level(root: Token, inside: set[int]) -> bool:
    """'cut emissions by 55% from 2021 levels', 'below pre-pandemic levels': a time naming the level a change is
    measured against."""
    noun = root.head
    return root.dep_ in ("compound", "nummod", "amod", "poss") and noun.i not in inside \
        and noun.lower_ in BASE_LEVEL_NOUNS and noun.dep_ == "pobj" and noun.head.lower_ in BASE_LEVEL_PREPOSITIONS


def _compared_time(doc, first: int) -> bool:
    """'delivered more food in the past two weeks than in the previous three months', 'grew faster in March than
    in February': a time after "than" and its own preposition, when a time before "than" is what is compared, is
    the comparison's other term."""
    k = _than_preposition(doc, first)
    if k is None:
        return False
    than = doc[k - 1]
    return any(t.ent_type_ in ("DATE", "TIME") for t in doc[max(than.sent.start, than.i - COMPARED_TIME_REACH):than.i])


def _than_present(root: Token, inside: set[int]) -> bool:
    """'a forest grew there when summers were warmer than today', 'rents are higher than now': the present, said
    alone right after "than" (``than_present_words``), is what the past or future is compared with, no time an
    event was at; "than in 2019" is _than_base's (or _compared_time's, when a time before "than" is compared)."""
    first = min(inside)
    return len(inside) == 1 and root.lower_ in THAN_PRESENT_WORDS and first > 0 \
        and root.doc[first - 1].lower_ == "than"


def _than_base(root: Token, inside: set[int]) -> bool:
    """'Sales were higher than in 2019', 'will be held in May rather than in March': a time right after "than" and
    its own preposition is the other term of a comparison, when nothing happened that the row could show. Not after
    a comparative of time ("no later than March 31" is a deadline: ``than_time_comparatives``). Left as they were
    (session 27): a bare time ("lower than last year": TimeBank links it to the clause's event, and flagging it
    cost 2 check-half rows for 4 blind times marked absent), and a restated clause ("than they have in the past",
    "than it did last year": the base's own event, which a reader may date)."""
    doc = root.doc
    k = _than_preposition(doc, min(inside))
    # the time closes the preposition's phrase: "than in the March 2019 referendum" compares a dated event
    if k is None or root.dep_ != "pobj" or root.head.i != k:
        return False
    return k >= 2 and doc[k - 2].lower_ not in THAN_TIME_COMPARATIVES


def _than_preposition(doc, first: int) -> int | None:
    """The index of the preposition between "than" and the time starting at ``first`` ("than in (the) 2019"), or
    None when the time does not follow "than" and a preposition of its own."""
    k = first - 1
    if k >= 0 and doc[k].pos_ == "DET":
        k -= 1
    if k < 1 or doc[k].pos_ != "ADP" or doc[k].lower_ == "than" or doc[k - 1].lower_ != "than":
        return None
    return k


# how far before "than" the time it compares may stand ("more food in the past two weeks than")
COMPARED_TIME_REACH = 8


def _present_verb(verb: Token) -> bool:
    """A verb in the simple or progressive present, with no perfect or modal auxiliary."""
    return verb.tag_ in ("VBZ", "VBP", "VBG") and present_verb_group(verb)


PAST_TIME_ON_PRESENT = "past-time-on-present"



def _past_time_on_present_verb(pred: Token, how: str, inside: set[int], behind: bool | None) -> tuple[Token, str]:
    """'is considering a request last week from the union', 'follows two rulings by the court last June': a
    time wholly before the report cannot date a verb in the present; it dates the event noun (or participle) of
    the verb's object or subject it follows, however the parser hung it on the verb."""
    if behind is not True or not how.endswith("-verb") or not is_predicate(pred) or not _present_verb(pred):
        return pred, how
    first = min(inside)
    best = None
    for c in pred.children:
        if c.dep_ not in ("dobj", "nsubj", "nsubjpass", "attr") or c.i in inside:
            continue
        for t in c.subtree:
            # (or a participle describing it: "Economists polled last week expect no change")
            event_like = is_event_nominal(t) and not _is_quantity(t) or t.dep_ == "acl" and t.tag_ == "VBN"
            if t.i < first and t.i not in inside and event_like and (best is None or t.i > best.i):
                best = t
    if best is None or any(t.is_punct or is_predicate(t) for t in pred.doc[best.i + 1:first]):
        return pred, how
    return best, PAST_TIME_ON_PRESENT


def _past_time_on_plan(pred: Token, how: str, root: Token, behind: bool | None) -> tuple[Token, str]:
    """A bare time wholly before the report that the parser hung on the infinitive of an event noun ("made an
    offer to join a unity cabinet last month"): what is dated is the offer, which happened; the infinitive is
    what was offered, not yet done. A time in a phrase of the infinitive's own ("an agreement to acquire the
    bank in January") may be when the acquiring is due, so it stays."""
    if behind is not True or root.dep_ == "pobj" or pred.tag_ != "VB" or pred.dep_ != "acl" \
            or not has_to(pred):
        return pred, how
    noun = pred.head
    if noun.pos_ == "NOUN" and is_event_nominal(noun):
        return noun, "planned-nominal"
    return pred, how


def _plan_ended(pred: Token, how: str, root: Token, ahead: bool | None) -> tuple[Token, str]:
    """'withdrew its bid to host the games on Sunday', 'scrapped a proposal to close the market in February': a
    time not ahead of the report on the to-infinitive of a plan noun that a past plan-ending verb
    (``plan_ending_verbs``) takes as object dates the ending; the planned act never happens. The parser may hang
    the infinitive on the verb ("withdrew its offer to buy the firm in May"): it is the noun's when it follows it."""
    if ahead or ahead is None and _year_after_report(root) or pred.tag_ != "VB" \
            or not has_to(pred) \
            or not pred.left_edge.i <= root.i <= pred.right_edge.i:
        return pred, how
    if pred.dep_ == "acl":
        noun = pred.head
    elif pred.dep_ == "advcl" and pred.left_edge.i > 0:
        noun = pred.doc[pred.left_edge.i - 1]  # ("withdrew its offer | to buy")
        if noun.head.i != pred.head.i:
            return pred, how
    else:
        return pred, how
    verb = noun.head
    # ("dropped its plan to build a plant on Monday": a plan is no event noun, yet it ends as a bid does)
    if noun.dep_ != "dobj" or noun.pos_ != "NOUN" or not (is_event_nominal(noun) or lemma_in(noun, ENDED_PLAN_NOUNS)) \
            or verb.tag_ != "VBD" \
            or not lemma_in(verb, PLAN_ENDING_VERBS):
        return pred, how
    # an ending with a time of its own ("rejected an offer on Thursday to raise pay from January"): the plan's time
    # is the plan's (when the raise would start), not the rejection's
    times = dated_timex_tokens(root.doc)
    plan = {t.i for t in pred.subtree}
    if any(t.i in times and t.i not in plan for t in verb.subtree):
        return pred, how
    return verb, "plan-ended"


def _set_off_on_event_subject(pred: Token, how: str, root: Token) -> tuple[Token, str]:
    """'An earlier theft from the same museum, in 2020, is still unsolved', 'The annual results, due on March 27,
    will show a write-down': a time phrase set off by commas right after an event-noun subject dates that event;
    the verb says what holds now or will hold (a present or future group), not what happened then. A past verb
    keeps it ("The outbreak, in 2017, killed 2,000 people": the killing was then too). The parser may hang the
    phrase on the verb or on the subject."""
    doc = root.doc
    verb = pred.head if pred.dep_ in ("acomp", "attr", "oprd") else pred  # ("is still unsolved")
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.i > root.i or not is_event_nominal(subj):
        return pred, how
    if not (present_verb_group(verb) or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)):
        return pred, how
    top, steps = root, 0
    while top.head.i not in (verb.i, subj.i):
        if top.head.i == top.i or steps >= 2:
            return pred, how
        top, steps = top.head, steps + 1
    # the phrase is the time itself, "in 2020", or "due on March 27" (not "in its report on Tuesday")
    if top.dep_ not in ("prep", "npadvmod", "advmod", "amod", "acomp", "tmod") or top.pos_ in ("VERB", "AUX") \
            or steps == 2 and (top.pos_ not in ("ADJ", "VERB") or root.head.head.i != top.i) \
            or steps == 1 and root.head.i != top.i:
        return pred, how
    a, b = top.left_edge.i, top.right_edge.i
    if a < 2 or b + 1 >= len(doc) or doc[a - 1].text != "," or doc[b + 1].text != "," or b - a > 6:
        return pred, how
    if top.head.i == verb.i and subj.right_edge.i != a - 2 or top.head.i == subj.i and b + 1 != subj.right_edge.i:
        return pred, how
    return subj, "set-off-on-subject"

_SEQUENCE_PREPOSITIONS = frozenset({"before", "after", "ahead", "following"})


def _occasion_after_own_time(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """'will rest on Monday before the seventh game on Tuesday afternoon', 'travel on Saturday before the final on
    Sunday evening': a verb dated by a time of its own, then "before"/"after" a contest (``contest_occasion_nouns``)
    with a second time in the contest's own phrase: the second time dates the contest, not the verb again."""
    if how != "prep-verb" or root.head.dep_ != "prep" or root.head.lower_ not in ("on", "at", "in"):
        return pred, how
    noun = root.head.head
    if noun.dep_ != "pobj" or not lemma_in(noun, CONTEST_OCCASION_NOUNS) or noun.head.lower_ not in _SEQUENCE_PREPOSITIONS:
        return pred, how
    up = noun.head if noun.head.dep_ == "prep" else noun.head.head  # ("ahead of the game": "of" under "ahead")
    if up.head.i != pred.i or up.dep_ not in ("prep", "advmod"):
        return pred, how
    times = dated_timex_tokens(root.doc)
    own = any(c.i < up.i and c.i not in inside and any(g.i in times for g in c.subtree)
              and c.dep_ in ("prep", "npadvmod", "tmod") for c in pred.children)
    return (noun, "occasion-after-own-time") if own else (pred, how)


def _time_after_preceded_event(pred: Token, how: str, root: Token) -> tuple[Token, str]:
    """'would have been impossible before the club's relegation in April 2023', 'sold the shares ahead of the
    bank's collapse in 2008': a time in its own "in"/"on" phrase right after the event noun of "before" (or "ahead
    of", "prior to": ``preceded_event_prepositions``), which the parser hung on the clause's verb beside "before",
    dates that noun; the clause's event lies before then. A phrase set off by a comma is the verb's ("closed before
    the vote, in March")."""
    prep = root.head
    if prep.dep_ != "prep" or prep.lower_ not in ("in", "on") or prep.i == 0:
        return pred, how
    noun = None
    for tok in reversed(prep.doc[prep.head.i + 1:prep.i]):
        if tok.dep_ == "pobj" and tok.right_edge.i == prep.i - 1:
            noun = tok
            break
    if noun is None or not is_event_nominal(noun):
        return pred, how
    lead = noun.head
    if lead.lower_ in ("of", "to") and lead.head.lower_ in PRECEDED_EVENT_PREPOSITIONS:
        lead = lead.head  # "ahead of the collapse", "prior to the vote"
    if lead.lower_ not in PRECEDED_EVENT_PREPOSITIONS or lead.head.i != prep.head.i or lead.i > prep.i:
        return pred, how
    return noun, "preceded-event"


def _possessed_cause(pred: Token, how: str, root: Token) -> tuple[Token, str]:
    """'Last month's storm, Typhoon Mira, killed 54 people', 'Friday's blast injured 30': a possessive time on the
    event-noun subject of a past verb of consequence (``consequence_verbs``) dates the toll the sentence reports,
    which the event took then; the noun is who did it. Other verbs keep the noun ("Wednesday's ruling was
    appealed")."""
    if how != "poss-nominal" or pred.dep_ != "nsubj":
        return pred, how
    verb = pred.head
    # (a past the tagger read as a participle, with no auxiliary: "fire at the depot destroyed/VBN 40 buses")
    past = verb.tag_ == "VBD" or verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    if verb.pos_ != "VERB" or not past or not lemma_in(verb, CONSEQUENCE_VERBS):
        return pred, how
    return verb, "possessed-cause"


def _permitted_clause(inf: Token) -> bool:
    """'allowed the journalist to leave the country in March', parsed as a clause "[the journalist to leave ...]" under
    the verb: a to-infinitive with its own subject under a permitting verb (``permitting_verbs``) is the act
    permitted, the subject the one let do it."""
    return inf.dep_ == "ccomp" and lemma_in(inf.head, PERMITTING_VERBS) and any(c.dep_ == "nsubj" for c in inf.children)


def _chosen_for_task(pred: Token, how: str, root: Token, inside: set[int], ahead: bool | None) -> tuple[Token, str]:
    """'appointed her to lead the foundation in 1995', 'named him to head the ministry in 2019', 'voted 41-19 to
    support the blockade on Friday': a time not ahead of the report after the to-infinitive of a past choosing
    verb (``choosing_verbs``) dates the choosing, which happened then; the task is only what the choice was for. A
    time ahead is the task's own ("hired a firm to build the bridge in 2027")."""
    if ahead or root.i < pred.i or ahead is None and _year_after_report(root) \
            or root.dep_ == "pobj" and root.head.lower_ not in ("in", "on", "at"):
        return pred, how  # ("hired staff to inspect the dams since 2021", "... by the end of June": the task's span)
    inf = pred
    for _ in range(4):  # from a noun in the infinitive's object ("to support the fishermen's blockade")
        if inf.tag_ == "VB" and (inf.dep_ in ("xcomp", "advcl") or _permitted_clause(inf)):
            break
        if inf.head.i == inf.i or inf.pos_ not in ("NOUN", "PROPN", "ADP"):
            return pred, how  # (only up through the infinitive's own object: no other verb's clause)
        inf = inf.head
    else:
        return pred, how
    if inf.tag_ != "VB" or inf.dep_ not in ("xcomp", "advcl") and not _permitted_clause(inf) \
            or not has_to(inf):
        return pred, how
    verb = inf.head
    if verb.tag_ not in ("VBD", "VBN") or not (lemma_in(verb, CHOOSING_VERBS) or lemma_in(verb, PERMITTING_VERBS)) or root.i < inf.i \
            or not inf.left_edge.i <= root.i <= inf.right_edge.i:
        return pred, how
    if any(c.i not in inside and c.i != inf.i and (c.ent_type_ in ("DATE", "TIME") and c.dep_ in ("npadvmod", "tmod") or c.dep_ == "prep"
                                   and any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in c.children))
           for c in verb.children):
        return pred, how  # "voted on Monday to ban diesel buses starting Jan. 1": the choosing has its own time
    whom = any(t.lower_ == "whom" for t in verb.doc[max(verb.sent.start, verb.i - 6):verb.i])  # "whom the premier named"
    if verb.lemma_ != "vote" and not whom and not any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children) \
            and not _permitted_clause(inf):
        return pred, how  # ("chose to stay home on Friday": choosing no one, the subject does the infinitive)
    return verb, "chosen-for-task"


# what ends a line's dated heading ("March 2020: ...", "2012-2019 - ...")
HEADING_MARKS = frozenset({":", "-", "\u2013", "\u2014"})


def _length_tokens(doc) -> frozenset[int]:
    """Token indices of the document's DURATION expressions: a length inside a noun's phrase ("a two-day strike
    in January", "a three-week trial in July") says how long the event lasted, not when, so it leaves the later
    time to date the noun."""
    return typed_timex_tokens(doc, "DURATION")


def attach(root: Token, inside: set[int], ahead: bool | None = None,
           behind: bool | None = None, other_times: set[int] | frozenset[int] = frozenset()) -> tuple[Token | None, str]:
    """The predicate the time expression headed by ``root`` dates (None when its sentence has none), and
    the name of the decision that picked it.

    ``inside`` (the expression's token indices) may grow: "the quarter ended Sept. 30" is one time phrase,
    and the caller's headline must leave all of it out. ``ahead``: whether the time lies after the report,
    ``behind``: whether it ends before the report (None: unknown). ``other_times``: token indices of the
    document's other time expressions.
    """
    undated = _dates_nothing(root, inside, ahead)
    if undated in (RECORD_COMPARISON, COMPARISON_BASE):
        # "the worst fire since 2018, when 104 people died", "down from $186 million a year ago, when demand was
        # strong": the clause on the time says what happened then
        said = _when_clause_on(root, inside)
        if said is not None:
            return said, "when-clause"
    if undated:
        return None, undated
    named = _record_since_event(root, inside)
    if named is not None:
        return named, "record-since-event"
    figure = _revised_period_figure(root, inside)
    if figure is not None:
        return figure, "revised-period-figure"
    pred, how = _climb(root, inside)
    if pred is None or pred.pos_ in ("NOUN", "PROPN"):
        verb = _misread_bare_verb(root, inside)
        if verb is not None:
            pred, how = verb, "misread-bare-verb"
    if pred is not None:
        for refine in REFINEMENTS:
            pred, how = refine(pred, how, root, inside)
        if how in ("preceding-nominal", "prep-nominal") and pred.dep_ in ("dobj", "nsubj", "nsubjpass") \
                and is_predicate(pred.head) \
                and any(t.i in other_times and t.i < root.left_edge.i and not _holds(t, root) and not _holds(t.head, root)
                        and t.i not in _length_tokens(root.doc) for t in pred.subtree):
            # "reported a 12% rise in third-quarter profit on Thursday": a noun whose own phrase holds another
            # time before this one is dated by that one; the later time is the verb's
            pred, how = pred.head, "dated-elsewhere"
        pred, how = _scheduled_before_report(pred, how, inside, ahead)
        pred, how = _forecast_object_ahead(pred, how, root, ahead)
        pred, how = _directed_act(pred, how, root, inside, ahead)
        pred, how = _hedged_forecast_object(pred, how, root)
        pred, how = _forecast_made_then(pred, how, root, behind)
        pred, how = _planned_relative_in_past(pred, how, root, behind)
        pred, how = _past_time_on_present_verb(pred, how, inside, behind)
        pred, how = _plan_ended(pred, how, root, ahead)
        pred, how = _set_off_on_event_subject(pred, how, root)
        pred, how = _occasion_after_own_time(pred, how, root, inside)
        pred, how = _time_after_preceded_event(pred, how, root)
        pred, how = _aspectual_object(pred, how, root, inside)
        pred, how = _possessed_cause(pred, how, root)
        pred, how = _past_time_on_plan(pred, how, root, behind)
        pred, how = _chosen_for_task(pred, how, root, inside, ahead)
        pred, how = _counted_verb(pred, how)
        pred, how = _fronted_time_of_intent(pred, how, root, ahead)
        pred, how = _found_in_state(pred, how, root, inside)
        pred, how = _asked_for_event(pred, how, root, ahead)
        pred, how = _purpose_gerund(pred, how, root)
        pred, how = _issued_medium(pred, how, root)
        pred, how = _ahead_on_past_relative(pred, how, root, inside, ahead)
        pred, how = _deadline_after_argument(pred, how, root, inside)
        pred, how = _deadline_on_intending(pred, how, root, behind)
        pred, how = _time_past_object_complement(pred, how, root, inside, ahead)
        pred, how = _time_the_verb_cannot_hold(pred, how, root, inside, ahead, behind)
    if pred is None:
        pred, how = _fallback(root.sent, root, inside)
    if pred is None:
        pred, how = _line_heading(root, inside)
    return pred, how


def _misread_bare_verb(root: Token, inside: set[int]) -> Token | None:
    """'Nominations close on Sept. 1', 'Entries open on Monday and close on Friday', 'Bids close on March 3': a bare
    present verb spelled as an adjective or adverb (``bare_verb_homographs``) right after a plural noun, which the
    parser hung on that noun as its modifier, is the line's verb when the noun has no verb of its own before the
    time; the time after it dates it. Not "homes close to the river" (a "to" phrase: the adjective) nor a noun a real
    verb governs ("Homes close by were flooded on Friday": the flooding)."""
    doc = root.doc
    k = min(inside) - 1
    if k < 1 or doc[k].pos_ != "ADP":
        return None
    word = None
    for i in range(k - 1, max(root.sent.start + 1, k - 4) - 1, -1):
        t = doc[i]
        if t.lower_ in BARE_VERB_HOMOGRAPHS and t.pos_ not in ("VERB", "AUX"):
            word = t
            break
        if not (t.pos_ in ("ADV", "ADP", "NUM", "PROPN") or t.ent_type_ in ("DATE", "TIME")):
            return None  # ("close early on Friday", "open at 9 a.m. on Monday")
    if word is None or any(c.lower_ == "to" for c in word.children):
        return None
    first = word
    while first.dep_ == "conj" and first.head.i < first.i and first.head.lower_ in BARE_VERB_HOMOGRAPHS:
        first = first.head  # "open on Monday and close on Friday"
    noun = doc[first.i - 1]
    if noun.tag_ != "NNS" or first.head.i != noun.i and first.dep_ != "advmod":
        return None
    if noun.dep_ != "ROOT" and not (noun.dep_ == "nsubj" and noun.head.i > root.i):
        return None  # the noun's own verb governs it ("Homes close by were flooded on Friday")
    return word


def _ahead_on_past_relative(pred: Token, how: str, root: Token, inside: set[int], ahead: bool | None) -> tuple[Token, str]:
    """'would repay families who lost savings within the next two years', 'will rehouse tenants who were evicted
    before the end of March': a time ahead of the report (or ahead in its own words, ``forward_period_words``) that
    the parser hung on a past verb of a relative clause cannot date that past; it dates the plan (a verb with a
    modal) whose object or prepositional object the clause describes."""
    if pred.dep_ != "relcl" or not how.endswith("-verb") or root.i < pred.i:
        return pred, how
    past = pred.tag_ == "VBD" or pred.tag_ == "VBN" and any(c.dep_ in ("auxpass", "aux") and c.tag_ == "VBD"
                                                               for c in pred.children)
    if not past or any(c.dep_ == "aux" and (c.lower_ in MODAL_AUX or c.lemma_ == "have") for c in pred.children):
        return pred, how
    if not (ahead is True or ahead is None and any(root.doc[i].lower_ in FORWARD_PERIOD_WORDS for i in inside)):
        return pred, how
    noun = pred.head
    verb = noun.head if noun.dep_ == "dobj" else noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" \
        else None
    if verb is None or verb.pos_ != "VERB" or not is_predicate(verb) \
            or not any(c.dep_ == "aux" and c.lower_ in MODAL_AUX for c in verb.children):
        return pred, how
    return verb, "ahead-on-past-relative"


def _intended_infinitive(verb: Token) -> bool:
    """Whether ``verb`` is the to-infinitive of a verb of intending or expecting ("plans to reopen", "expects to
    rule"): an act not done yet."""
    return verb.dep_ == "xcomp" and verb.tag_ == "VB" and has_to(verb) \
        and (lemma_in(verb.head, INTENDING_VERBS) or lemma_in(verb.head, EXPECTING_VERBS))


def _deadline_on_intending(pred: Token, how: str, root: Token, behind: bool | None) -> tuple[Token, str]:
    """'expects to rule on two other cases, involving hidden fees, before the end of the year': a time not gone by
    that the parser hung on a present verb of intending or expecting, after its to-infinitive, is when the act
    intended is to happen (a time gone by stays the intending's: "Last year, the council hoped to build a bridge")."""
    if behind is not False or how != "prep-verb" or pred.tag_ not in ("VBZ", "VBP") \
            or any(c.dep_ in ("aux", "auxpass") for c in pred.children):
        return pred, how
    inf = next((c for c in pred.children if c.dep_ == "xcomp" and c.i < root.i), None)
    lead = root.head if root.dep_ == "pobj" else root
    if inf is None or not _intended_infinitive(inf) or lead.head.i != pred.i:
        return pred, how
    return inf, "deadline-on-intending"


def _deadline_after_argument(pred: Token, how: str, root: Token, inside: set[int]) -> tuple[Token, str]:
    """'expects to rule on the two remaining complaints before the end of the year': a deadline ("by", "before":
    ``deadline_leads``) the parser hung on the verb, right after the verb's own prepositional argument
    (``argument_prepositions``), is the act's deadline, not a time of the argument noun."""
    if how != "preceding-nominal" or root.dep_ != "pobj" or root.head.lower_ not in DEADLINE_LEADS:
        return pred, how
    verb = root.head.head
    # (not after "for", nor on a scheduling verb: "is scheduled for completion by Dec. 10", "pressed for a vote by
    # Friday" name the event the deadline is for, which the dev set's TimeML dates)
    if pred.dep_ != "pobj" or pred.head.lower_ not in ARGUMENT_PREPOSITIONS or pred.head.lower_ == "for" \
            or pred.head.head.i != verb.i or verb.pos_ != "VERB" or not is_predicate(verb) \
            or lemma_in(verb, SCHEDULING_VERBS) or not (verb.i < pred.i < root.i):
        return pred, how
    return verb, "deadline-after-argument"


def _asked_for_event(pred: Token, how: str, root: Token, ahead: bool | None) -> tuple[Token, str]:
    """'had asked for an emergency meeting last week', 'pressed for a review on Thursday', 'did not reply to calls
    for an investigation on Tuesday': an event after the "for" of a requesting verb (``requesting_verbs``), or of a
    request noun (``request_nouns``) in the verb's phrase, is only asked for, still ahead of the asking; a time
    after it that does not lie ahead of the report dates the asking verb. A future time is the event's ("has asked
    for a meeting next week"), and so is a time inside the event's phrase before its end."""
    if how not in ("preceding-nominal", "prep-nominal") or ahead is not False or pred.dep_ != "pobj" \
            or pred.head.lower_ != "for" or root.i < pred.i:
        return pred, how
    if not (root.dep_ in ("npadvmod", "tmod") or root.dep_ == "pobj" and root.head.lower_ in DAY_PREPOSITIONS):
        # (only a bare time or a day: a period after "in" may say when the event asked for is to come, "called for
        # elections in March", and tests/test_events_v5.py reads "pressed for the release of the prisoners in May"
        # as the release's)
        return pred, how
    prep = pred.head
    asker = prep.head
    before = root.doc[prep.i - 1]
    if asker.pos_ == "VERB" and lemma_in(asker, REQUESTING_VERBS):
        verb = asker
    elif asker.pos_ == "NOUN" and lemma_in(asker, REQUEST_NOUNS) or before.pos_ == "NOUN" and lemma_in(before, REQUEST_NOUNS) \
            and before.dep_ in ("pobj", "dobj") and any(a.i == asker.i for a in before.ancestors):
        # (the parser may hang the "for" on the verb past the request noun: "reply to calls for an investigation")
        verb = next((a for a in (asker, *asker.ancestors) if a.pos_ == "VERB"), None)
    else:
        return pred, how
    # (a scheduling verb schedules its object, but "called for an inquiry" asks: the "for" makes it a request)
    if verb is None or not is_predicate(verb) or lemma_in(verb, LIGHT_VERBS) \
            or lemma_in(verb, SCHEDULING_VERBS) and not lemma_in(verb, REQUESTING_VERBS) \
            or any(x.i > root.right_edge.i for x in pred.subtree):
        return pred, how
    return verb, "asked-for-event"


def _purpose_gerund(pred: Token, how: str, root: Token) -> tuple[Token, str]:
    """'detained the driver for questioning on Sunday', 'was closed for cleaning on Tuesday': a bare gerund after a
    purpose preposition (``purpose_prepositions``) on a verb, with nothing of its own but the time's phrase, is only
    what the verb's act was for; the time dates the act. ("praised for scoring the winner on Sunday": the gerund
    with an object is an act of its own.)"""
    if pred.tag_ != "VBG" or pred.dep_ not in ("pcomp", "pobj") or pred.head.lower_ not in PURPOSE_PREPOSITIONS:
        return pred, how
    verb = pred.head.head
    if verb.pos_ != "VERB" or not is_predicate(verb) or verb.i > pred.i:
        return pred, how
    if any(c.i != root.i and not (c.dep_ == "prep" and c.i < root.i <= c.right_edge.i) for c in pred.children):
        return pred, how
    return verb, "purpose-gerund"


def _issued_medium(pred: Token, how: str, root: Token) -> tuple[Token, str]:
    """'denied wrongdoing in a statement issued late Monday', 'claimed the attack in a video posted on Sunday': a
    participle giving out a saying medium (``publishing_participles``, ``saying_occasions``) after "in" on a verb
    (or on the verb's object, where the parser hung it) dates what the medium says, the verb. A participle with
    an object or subject of its own, or a medium not "in" a verb's phrase, keeps its time."""
    if pred.dep_ != "acl" or pred.tag_ != "VBN" or not lemma_in(pred, PUBLISHING_PARTICIPLES) or root.i < pred.i:
        return pred, how
    medium = pred.head
    if medium.dep_ != "pobj" or medium.head.lower_ != "in" or not lemma_in(medium, SAYING_OCCASIONS):
        return pred, how
    verb = medium.head.head
    if verb.dep_ == "dobj" and verb.head.pos_ == "VERB":
        verb = verb.head  # "claimed the attack in a video posted on Sunday", the "in" hung on the object
    # (a plain saying's medium is the saying itself, and TimeBank dates its participle: "said in a letter published
    # Wednesday" is the publishing; plain_saying_verbs)
    if verb.pos_ != "VERB" or not is_predicate(verb) or verb.i > medium.i or lemma_in(verb, PLAIN_SAYING_VERBS) \
            or any(c.dep_ in ("dobj", "nsubj", "nsubjpass", "ccomp", "xcomp") for c in pred.children):
        return pred, how
    return verb, "issued-medium"


def _line_heading(root: Token, inside: set[int]) -> tuple[Token | None, str]:
    """A time that heads a line of its own clause ("- October 2008: The probe lifts off.", the form of a dated
    list in a backgrounder): the parser ends the sentence at the colon, and the time dates the main predicate
    of the clause that follows it on the same line."""
    sent, doc = root.sent, root.doc
    if sent.end >= len(doc) or not all(t.i in inside or t.is_punct or t.is_space for t in sent) \
            or doc[sent.end - 1].text not in HEADING_MARKS or "\n" in doc[sent.end - 1].whitespace_ \
            or doc[sent.end].is_space:
        return None, "none"
    head = doc[sent.end].sent.root
    if is_predicate(head) or is_event_nominal(head):
        return head, "line-heading"
    return None, "none"
