"""Which way a sentence points in time, as a :class:`Direction`: PAST (STRICT_PAST after "since"), NONE
(present or unknown) or FUTURE.

With a dependency parse we read the verb the time expression hangs off; without one (the fast tagging
path) we read the nearest verb group in the sentence. Both look at the auxiliaries in front of it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from .morph import aux_forms, has_to, is_word, lemma, lemma_after_prefix, upos
from .partial import Direction
from .veto import compared
from .vocab import alternation, vocab

FUTURE_AUX = {"will", "'ll", "shall", "wo", "’ll"}
# Modals report possibilities and plans; in news they point forward from the report ("could come Tuesday").
MODAL_FORWARD = {"would", "could", "might", "may", "should", "must", "can", "'d"}
FUTURE_VERBS = {"plan", "expect", "schedule", "due", "set", "intend", "hope", "aim", "going", "prepare", "slate",
                "forecast", "predict", "project"}
# These point forward only with an infinitive ("set to expire", "forecast to reach"): "a record set on Aug. 6"
# is past, and so is "the bank forecast a recession on Monday" (the forecast was made then).
ONLY_WITH_TO = {"set", "going", "due", "hope", "aim", "forecast", "predict", "project"}
# Present-simple reporting verbs describe statements already made ("officials say Tuesday ..."): the ones
# flagged true in vocab/en.json "reporting_verbs".
REPORTING_LEMMAS = frozenset(vocab()["reporting_verbs"])  # all of them (the event linker's too)
REPORTING = frozenset(w for w, past in vocab()["reporting_verbs"].items() if past is True)
# A plain form that is also the past ("spread", "cut") tagged present is as likely a past as a schedule.
SAME_FORM_PAST = frozenset(vocab()["same_form_past"])
_VERB_POS = {"VERB", "AUX"}
# Words right before the time expression that set its direction whatever the verb: "could come as soon as
# Tuesday" and "left as early as Monday" both look forward from the report.
FORWARD_LEADS = (("as", "soon", "as"), ("as", "early", "as"))
# "Ahead of Sunday's vote, candidates made final appeals": what a report does ahead of is still to come
AHEAD_LEADS = (("ahead", "of"),)
BACKWARD_LEADS = {"since"}  # "on patrol since March" is always a March gone by
# "a pay rise backdated to April": a time a payment or rule reaches back to (vocab retroactive_leads)
RETROACTIVE_LEADS = frozenset(tuple(w.split()) for w in vocab()["retroactive_leads"]["words"])
# "since taking office in March": a gerund after "since" and its object, up to the time's preposition
_SINCE_GERUND_REACH = 6
_PERFECT_GERUNDS = {"being", "having"}
# "set a trial date of Feb. 8", "gave the bank a deadline of March 31": a date a scheduling noun names after
# "of" lies ahead of the act that set it (vocab/en.json "scheduling_nouns"); in a past clause only when the
# clause's verb is such an act ("missed a deadline of Oct. 15" keeps its past)
SCHEDULING_NOUNS = frozenset(vocab()["scheduling_nouns"]["nouns"])
SCHEDULING_VERBS = frozenset(vocab()["scheduling_nouns"]["verbs"])
SCHEDULE_PASSIVES = frozenset(vocab()["schedule_passives"]["words"])
ONSET_PARTICIPLES = frozenset(vocab()["onset_participles"]["words"])
_SCHEDULING_REACH = 6
# Prepositions that may stand between "since" and its time ("since shortly after the Oct. 23 slaying"); any
# other is the time's own, and "since" belongs to an earlier time ("the highest since 2007 on Tuesday")
SINCE_BRIDGES = {"after", "before"}
# "no later than June" is a deadline: it looks forward from the report whatever the verb's tense
DEADLINE_LEADS = (("no", "later", "than"), ("not", "later", "than"))
# Right before a time these mark the end of a wait or a deadline: "has until Friday", "due by Friday". With no
# tense to go by they look forward ("the curfew is in force until Sunday"); a past verb keeps its past
# ("the strike lasted until Thursday", "the troops withdrew by Friday"). vocab/en.json "end_leads".
_END_LEADS = vocab()["end_leads"]
UNTIL_BY = frozenset(_END_LEADS)
UNTIL = frozenset(w for w, reading in _END_LEADS.items() if reading == "until")
# A delay, an extension or a grant of time up to a day is about what comes after the report even in a
# past-tense sentence: "the vote was postponed until Thursday", "gave them until Friday" (whole words or
# lemmas, vocab/en.json "postponing_words"); "put off" and "pushed back" are a verb and a particle.
POSTPONING = frozenset(vocab()["postponing_words"])
# "postponed to Monday", "rescheduled for Friday": the new date of a delay, read as after "until"
DELAY_TARGETS = frozenset(vocab()["delay_target_leads"])
DIRECT_TIME_LEADS = frozenset(vocab()["direct_time_leads"])
_PARTICLE_VERBS = frozenset(vocab()["particle_delays"]["verbs"])
_DELAY_PARTICLES = frozenset(vocab()["particle_delays"]["particles"])
_CONTINUING = frozenset(vocab()["continuing_after"]["verbs"])
AHEAD_INFINITIVE_VERBS = frozenset(vocab()["ahead_infinitive_verbs"]["words"])
AHEAD_INFINITIVE_ADJECTIVES = frozenset(vocab()["ahead_infinitive_adjectives"]["words"])
UNMET_EXPECTATION_WORDS = frozenset(vocab()["unmet_expectation_words"]["words"])
AHEAD_OBJECT_VERBS = (frozenset(vocab()["ahead_object_verbs"]["words"])
                      | frozenset(vocab()["expectation_object_verbs"]["words"]))
_CONSEQUENCE_PARTICIPLES = frozenset(vocab()["consequence_scheduling"]["participles"])
_SCHEDULING_INFINITIVES = frozenset(vocab()["consequence_scheduling"]["verbs"])
_OBJECT_POS = frozenset({"PRON", "DET", "ADJ", "NOUN", "PROPN", "NUM"})
_OBJECT_REACH = 4  # words of the order's object ("the three remaining companies")
_TIME_GAP_WORDS = (frozenset(vocab()["infinitive_time_gap"]["words"]) | frozenset(vocab()["weekdays"])
                   | frozenset(vocab()["months"]) | frozenset(vocab()["deictic_days"]))
_TIME_GAP_REACH = vocab()["infinitive_time_gap"]["reach"]
_PASSIVE_BE = aux_forms("be", "get_passive")
_HAVE_PAST = aux_forms("have_past")
_BE_PAST = aux_forms("be_past")
MEASURED_CHANGE_VERBS = frozenset(vocab()["measured_change_verbs"]["words"])
MEASURED_STATES = frozenset(vocab()["measured_states"]["words"])
DAY_PART_HEADS = frozenset(vocab()["day_part_heads"]["words"])
_RANKING = frozenset(vocab()["ranking_infinitive"]["words"])
_DAY_PART_MODIFIERS = frozenset(vocab()["day_part_heads"]["modifiers"])
_PLAN_ENDING_VERBS = frozenset(vocab()["ended_plans"]["verbs"])
_ENDED_PLAN_NOUNS = frozenset(vocab()["ended_plans"]["nouns"])
_PLAN_OBJECT_REACH = 3  # words between the ending verb and its plan noun ("its long-delayed plan")
_AFTER_LEADS = frozenset(vocab()["continuing_after"]["leads"])
# How far back from the time "after <his arrest>" may start: a preposition, a determiner or possessive,
# a modifier or two and the noun.
_AFTER_NOUN_REACH = 6


_MEANS_PARTICIPLES = frozenset(vocab()["means_participles"]["words"])


def _means_participle(tok: Token) -> Token | None:
    """The participle of a means ("used", "borrowed", vocab "means_participles") right before "to" and the
    infinitive ``tok``: the purpose clause shares its tense."""
    i = tok.i
    if tok.tag_ != "VB" or i < 2 or tok.doc[i - 1].lower_ != "to":
        return None
    part = tok.doc[i - 2]
    return part if part.tag_ == "VBN" and is_word(part, _MEANS_PARTICIPLES) else None


# A headline: the document's first line, short, with no closing stop. Its present simple tells what has just
# happened ("Blast at refinery on Tuesday kills two") and its bare infinitive what is to come ("Council to vote on
# Friday"), unlike the body's news present, which with a date is a schedule.
_HEADLINE_WORDS = 16
_HEADLINE_STOPS = (".", "!", "?", ":")


def _headline(tok: Token) -> bool:
    doc = tok.doc
    sent = tok.sent
    words = [t for t in sent if not t.is_space]
    if not words or len(words) > _HEADLINE_WORDS or words[-1].text in _HEADLINE_STOPS:
        return False
    if any(not t.is_space for t in doc[:sent.start]):
        return False
    last = words[-1]
    # the line ends at the sentence: a newline after it (or the end of the text is no headline: a one-line text)
    return "\n" in last.whitespace_ or (last.i + 1 < len(doc) and doc[last.i + 1].is_space and "\n" in doc[last.i + 1].text)


MISREAD_PRESENT = frozenset(vocab()["misread_present_verbs"]["words"])
_NOUN_PHRASE_TAGS = ("DT", "JJ", "NN", "NNS", "NNP", "NNPS", "POS", "PRP$", "CD")


def _misread_present(tok: Token) -> bool:
    """"Entries close on Friday", "Stock exchanges close early on Friday": a present plural the tagger read as an
    adjective or adverb (vocab "misread_present_verbs") right after the plural noun that opens its clause and
    before a preposition or adverb. Not "homes close to the river" (the adjective before "to")."""
    doc = tok.doc
    i = tok.i
    if tok.lower_ not in MISREAD_PRESENT or tok.tag_ not in ("JJ", "RB", "NN") or i == 0 or i + 1 >= len(doc):
        return False
    if doc[i - 1].tag_ != "NNS" or doc[i + 1].tag_ not in ("IN", "RB") or doc[i + 1].lower_ == "to":
        return False
    k = i - 1
    while k > tok.sent.start and doc[k - 1].tag_ in _NOUN_PHRASE_TAGS:
        k -= 1
    return k == tok.sent.start or doc[k - 1].text == "," or doc[k - 1].tag_ == "CC"


def _is_future_verb(tok: Token) -> bool:
    # the lemma fallback cuts "scheduled" to "schedul": accept the silent -e it dropped
    lem = lemma(tok)
    # "re-scheduled to begin on Monday": the verb after its prefix ("scheduled") plans as well
    return any(w in FUTURE_VERBS or w + "e" in FUTURE_VERBS for w in {lem, lemma_after_prefix(tok)})


def _group_tense(tok: Token) -> Direction:
    """Tense of the verb group whose main verb is ``tok``."""
    doc = tok.doc
    start = max(tok.sent.start, tok.i - 4)
    window = [doc[i] for i in range(start, tok.i)]
    # a proper noun is no auxiliary: "a record in May before falling" (the month), "Will Smith" (a name)
    lowers = [t.lower_ for t in window if t.tag_ not in ("NNP", "NNPS")]
    ranked = _ranked_infinitive(tok)
    if ranked is not None:
        return _group_tense(ranked)  # "was the last storm to hit the state in October": what happened
    if tok.lower_ in SAME_FORM_PAST and tok.tag_ in ("VBD", "VBP"):
        first = _coordinated_with(tok)
        if first is not None:
            # "is expected to begin late Tuesday and spread east early Wednesday": a verb spelt the same in
            # the past and the plain form, after "and" and a plain verb, is that verb's plain form
            return _group_tense(first)
    hung = _participle_head(tok)
    if hung is not None:
        return _group_tense(hung)  # "would retaliate ..., starting with C$30 billion on Tuesday"
    means = _means_participle(tok)
    if means is not None:
        return _group_tense(means)  # "borrowings used to buy a mill in March": the using's past, not a plan
    if tok.tag_ == "VBG" and tok.i > tok.sent.start and _catenative(doc[tok.i - 1]):
        return _group_tense(doc[tok.i - 1])  # "would ... begin sending images in October"
    sequel = _sequel_gerund_head(tok)
    if sequel is not None:
        direction = _group_tense(sequel)
        if tok.doc[tok.i - 1].lower_ in ("before", *_MEANS_PREPOSITIONS) or direction == Direction.PAST:
            # ("qualified for the final by winning the trials in March": the means is the main verb's own time)
            # "is expected to peak on Saturday before easing on Sunday": what comes after a future comes after
            # the report too; "rose before easing on Sunday" is past. After a future, "after being arrested on
            # Monday" may lie behind the report: no tense from it
            return direction
    governor = _complement_governor(tok)
    if governor is not None:
        return _group_tense(governor)  # "would keep it shut until Friday": the keeping's tense, not a past "shut"
    if _ordered_subjunctive(tok):
        return Direction.FUTURE  # "ordered that it remain in place until Jan. 15"
    if _present_in_time_clause(tok):
        return Direction.FUTURE  # "faces 40 years in prison when he is sentenced on March 14"
    if _past_in_open_condition(tok):
        return Direction.FUTURE  # "would collapse if regulators did not approve it by Friday"
    if any(w in FUTURE_AUX for w in lowers):
        return Direction.FUTURE
    if "had" in lowers and tok.tag_ == "VB" and _ahead_infinitive(tok):
        # "had offered to resume talks on Monday", "had been ordered to pay by June 30": the past perfect is the
        # offer's or the order's; what was offered or ordered still lies after it, as with a simple past
        return Direction.FUTURE
    if "had" in lowers and tok.tag_.startswith("VB"):
        return Direction.PAST  # past perfect: "had been scheduled to expire Friday" was a plan already behind us
    if any(w in MODAL_FORWARD for w in lowers) and tok.tag_ in ("VB", "VBG") and not _could_not(window):
        return Direction.FUTURE
    if any(w in MODAL_FORWARD and w != "could" for w in lowers) and tok.tag_ == "VBN" and "be" in lowers:
        # passive: "would be paid in January"; "would have paid" stays past, and so does "could not be
        # located Wednesday", where could is the past of can
        return Direction.FUTURE
    if "going" in lowers and "to" in lowers:
        return Direction.FUTURE
    if tok.tag_ == "VB" and window and window[-1].lower_ == "to" and _headline(tok) \
            and not any(upos(t) in _VERB_POS for t in window[:-1]):
        return Direction.FUTURE  # "Council to vote on budget on Friday": the headline's future
    # "is expected to meet", "plans to visit"
    if "to" in lowers and any(_is_future_verb(t) for t in window):
        return Direction.FUTURE
    if "to" in lowers and tok.tag_ == "VB" and any(lemma(t) == "be" and i + 1 < len(window) and window[i + 1].lower_ == "to"
                                                  for i, t in enumerate(window)):
        return Direction.FUTURE  # "is to resume trading Tuesday"
    if _infinitive_passive(tok) or _ahead_infinitive(tok):
        return Direction.FUTURE  # "to be released Thursday"; "agreed to meet again on Thursday"
    if _is_future_verb(tok) and lemma(tok) not in ONLY_WITH_TO and tok.tag_ in ("VBD", "VBN", "VBZ", "VBP", "VBG"):
        return Direction.FUTURE  # "has scheduled a news conference Thursday", "planned a rally on Saturday"
    if _present_plan(tok, window):
        return Direction.FUTURE  # "the vote is set for Thursday", "the verdict is due Friday"
    if tok.tag_ in ("VBD",):
        return Direction.PAST
    if tok.tag_ == "VBN" and _modal_perfect(window):
        # "would have shut two of its units on Friday", "would have resumed payments in the third quarter": what did
        # not happen may have been due either side of the report; the nearest such day is the one meant
        return Direction.NONE
    if tok.tag_ == "VBN" and _present_passive(tok, window):
        # "when the rankings are published on Monday": a present passive with a date is a schedule, as the
        # present simple is (below)
        return Direction.FUTURE
    if tok.tag_ == "VBN":
        return Direction.PAST
    if any(t.tag_ == "VBD" for t in _own_group(window) if upos(t) in _VERB_POS):
        return Direction.PAST
    if tok.tag_ in ("VBZ", "VBP") and any(lemma(t) == "have" for t in window):
        return Direction.PAST
    if tok.tag_ == "VBG" and any(lemma(t) == "be" for t in window) and not (window and window[-1].tag_ == "IN"):
        return Direction.FUTURE  # "is meeting on Thursday"; not the gerund of "is accused of killing"
    if tok.tag_ == "VBP" and tok.lower_ in SAME_FORM_PAST:
        if _singular_subject(tok):
            return Direction.PAST  # "the 270 billion yen it forecast in May": the present would be "forecasts"
        return Direction.NONE  # "Protests spread after his arrest on Monday" may well be past: no tense to go by
    if tok.tag_ in ("VBZ", "VBP") and lemma(tok) not in REPORTING and lemma(tok) not in ("be", "have") \
            and _headline(tok):
        return Direction.PAST  # "Storm on Monday cuts power to 40,000 homes"
    if _misread_present(tok):
        return Direction.FUTURE  # "Applications close on Friday": a schedule, as the news present below
    if tok.tag_ in ("VBZ", "VBP") and lemma(tok) not in REPORTING and lemma(tok) not in ("be", "have"):
        return Direction.FUTURE  # news present simple with a date is a schedule: "meet separately Monday"
    if tok.tag_ in ("VBZ", "VBP") and _reports_results(tok):
        return Direction.FUTURE  # "The firm reports earnings on Thursday": a results day, not a statement made
    if tok.tag_ == "VB":
        first = _coordinated_with(tok)
        if first is not None:
            return _group_tense(first)  # "will begin on Thursday and end on Saturday": one "will" for both
    if _finite_plain(tok) and lemma(tok) not in REPORTING and lemma(tok) not in ("be", "have"):
        # "The new rules, approved in 2021, come into force on Friday", "ruled that the tariffs take effect on
        # Saturday": a plain form with a subject of its own and no auxiliary is a present the tagger took for the
        # base form; the news present with a date is a schedule, as above
        return Direction.FUTURE
    gov = _infinitive_governor(tok)
    if gov is not None and _group_tense(gov) == Direction.FUTURE:
        # "will not be allowed to return before Tuesday": the "will" lies beyond the infinitive's own few words,
        # on the verb it completes; what a future permits or requires is still to come
        return Direction.FUTURE
    return Direction.NONE


def _infinitive_governor(tok: Token) -> Token | None:
    """The verb right before "to" and the infinitive ``tok`` ("allowed to return", "forced to close"), if any."""
    doc, i = tok.doc, tok.i - 1
    if tok.tag_ != "VB" or i < 1 or doc[i].lower_ != "to":
        return None
    gov = doc[i - 1]
    return gov if upos(gov) == "VERB" and gov.tag_.startswith("VB") and gov.i >= tok.sent.start else None


_COMPLEMENT_OBJECT_TAGS = ("PRP", "DT", "NN", "NNS", "NNP", "NNPS", "JJ", "PRP$", "CD", "POS")


def _complement_governor(tok: Token) -> Token | None:
    """The base-form verb whose object a past participle describes ("would keep it shut", "would leave the border
    closed", "could have the plant repaired"): the participle states what the verb brings about, so the time after it
    takes that verb's tense. Not a perfect or a passive ("would have closed", "would be closed": no object between)."""
    if tok.tag_ != "VBN":
        return None
    doc = tok.doc
    i = tok.i - 1
    while i >= max(tok.sent.start, tok.i - 4) and doc[i].tag_ in _COMPLEMENT_OBJECT_TAGS:
        i -= 1
    if i == tok.i - 1 or i < tok.sent.start:
        return None
    verb = doc[i]
    if verb.tag_ != "VB" or lemma(verb) == "be":
        return None
    return verb


def _catenative(t: Token) -> bool:
    """A main verb a gerund follows as its complement ("begin sending", "stopped paying", "kept rising"): the
    gerund's time is that verb's clause's. Not a form of "be" ("is meeting") nor an auxiliary."""
    return (upos(t) == "VERB" and t.tag_ in ("VB", "VBD", "VBN", "VBP", "VBZ") and t.dep_ != "aux"
            and lemma(t) not in ("be", "have") and not _is_auxiliary(t))


def _could_not(window: list[Token]) -> bool:
    """"(spent six hours on the ridge on Tuesday but) could not reach the summit": a negated "could" with no other
    modal is the past of "cannot", not a possibility ahead."""
    modals = [t.lower_ for t in window if t.lower_ in MODAL_FORWARD]
    return modals == ["could"] and bool(window) and any(
        t.lower_ == "could" and k + 1 < len(window) and window[k + 1].lower_ in ("not", "n't")
        for k, t in enumerate(window))


_SINGULAR_PRONOUNS = frozenset(vocab()["singular_subject_pronouns"]["words"])


def _singular_subject(tok: Token) -> bool:
    """Whether a verb's subject is in the third person singular ("it", "the company"), with which its plain form
    cannot be the present."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None:
        # unparsed (the tagging path): only a pronoun right before the verb is surely its subject
        return tok.i > 0 and tok.doc[tok.i - 1].lower_ in _SINGULAR_PRONOUNS
    if subj.tag_ == "PRP":
        return subj.lower_ in _SINGULAR_PRONOUNS
    return subj.tag_ in ("NN", "NNP") and not any(c.dep_ == "conj" for c in subj.children)


# How far back a bare verb after "and" looks for the verb group it shares an auxiliary with.
_COORDINATION_REACH = 12


def _coordinated_with(tok: Token, tags: tuple[str, ...] = ("VB",)) -> Token | None:
    """The main verb of the verb group a bare verb is coordinated with ("will begin at 0500 GMT on Thursday
    and end at 2200 GMT on Saturday": begin), when an "and"/"or" stands between them and no verb, auxiliary
    or "to" of its own, and it has one of ``tags``; None otherwise."""
    doc = tok.doc
    coordinated = False
    for i in range(tok.i - 1, max(tok.sent.start, tok.i - _COORDINATION_REACH) - 1, -1):
        t = doc[i]
        if t.tag_ == "CC":
            if coordinated or i != tok.i - 1 and not _only_adverbs(doc[i + 1:tok.i]):
                return None
            coordinated = True
        elif not coordinated and (upos(t) in _VERB_POS or t.lower_ == "to" or t.tag_ == "MD"):
            return None
        elif coordinated and upos(t) in _VERB_POS and t.dep_ != "aux" and not _is_auxiliary(t):
            if t.tag_ == "VBG" and i > tok.sent.start and doc[i - 1].tag_ in tags and _catenative(doc[i - 1]):
                # "would finish repairing the system by the summer and begin tests in September": the gerund
                # completes the verb before it, which is the one coordinated
                return doc[i - 1]
            return t if t.tag_ in tags else None
    return None


_PARTICIPLE_REACH = 15


def _participle_head(tok: Token) -> Token | None:
    """The main verb of the clause a participle clause after a comma hangs on ("Canada would retaliate ...,
    starting with C$30 billion on Tuesday": retaliate), whose tense the participle's time shares; None when
    ``tok`` is no such participle."""
    doc = tok.doc
    if tok.tag_ != "VBG" or tok.i == 0:
        return None
    # ("will walk off the job for 48 hours starting Thursday": an onset participle needs no comma)
    comma = doc[tok.i - 1].text == ","
    if not comma and tok.lower_ not in ONSET_PARTICIPLES:
        return None
    return _main_verb_back(tok, tok.i - (2 if comma else 1))


_SEQUEL_PREPOSITIONS = frozenset(vocab()["sequel_prepositions"]["words"])
_MEANS_PREPOSITIONS = frozenset(vocab()["means_gerund_prepositions"]["words"])
_GERUND_LEADS = _SEQUEL_PREPOSITIONS | _MEANS_PREPOSITIONS


def _sequel_gerund_head(tok: Token) -> Token | None:
    """The main verb a gerund after "before"/"after" follows or precedes ("to peak on Saturday before easing on
    Sunday": peak), found back in its sentence as for a participle; None when ``tok`` is no such gerund."""
    doc = tok.doc
    if tok.tag_ != "VBG" or tok.i < 2 or doc[tok.i - 1].lower_ not in _GERUND_LEADS:
        return None
    return _main_verb_back(tok, tok.i - 2)


def _main_verb_back(tok: Token, start: int) -> Token | None:
    """The nearest main verb at or before ``start`` within a participle's reach of ``tok`` in its sentence (not a
    gerund, nor a participle or past form set off by a comma or dash); None past a clause break."""
    doc = tok.doc
    for i in range(start, max(tok.sent.start, tok.i - _PARTICIPLE_REACH) - 1, -1):
        t = doc[i]
        if t.text in (";", ":", "(", ")", '"', "“", "”"):
            return None
        if _is_main_verb(t) and t.tag_ != "VBG" and not (t.tag_ in ("VBN", "VBD") and i > 0
                                                          and doc[i - 1].text in (",", "-")):
            return t
    return None


def _present_passive(tok: Token, window: list[Token]) -> bool:
    """"are published", "is released": a present "be" right before the participle (adverbs between), with no
    perfect or past auxiliary, of a verb that tells a schedule (``schedule_passives``; "are charged over a
    robbery on Sunday" is the news present of a past event)."""
    k = len(window) - 1
    while k >= 0 and window[k].tag_ in ("RB", "RBR", "RBS"):
        k -= 1
    if k < 0 or window[k].lower_ not in _PRESENT_BE:
        return False
    return lemma(tok) in SCHEDULE_PASSIVES and not any(lemma(t) == "have" for t in window)


def _own_group(window: list[Token]) -> list[Token]:
    """The words before a verb that may belong to its group: a main verb before a comma or "and" heads another
    clause ("which began June 1 and runs through Nov. 30"), an auxiliary there may still be this verb's ("was,
    police said, arrested")."""
    cut = max((k for k, t in enumerate(window) if t.text in (",", ";", ":") or t.tag_ == "CC"), default=-1)
    return [t for k, t in enumerate(window) if k > cut or _is_auxiliary(t)]


# the counterfactual modal: "may have", "must have" and "could have" guess at a past as often as not
_COUNTERFACTUAL_MODALS = frozenset({"would", "'d"})


def _modal_perfect(window: list[Token]) -> bool:
    """'would have shut', 'would have been closed': "would", then "have", before the participle."""
    lowers = [t.lower_ for t in window]
    k = max((i for i, w in enumerate(lowers) if w in _COUNTERFACTUAL_MODALS), default=-1)
    return k >= 0 and "have" in lowers[k + 1:] and not any(w in ("had", "has") for w in lowers)


def counterfactual_verb(span: Span) -> bool:
    """Whether the verb the span hangs off (without a parse, the nearest participle before it in its clause) is a
    "would have" participle (:func:`_modal_perfect`)."""
    doc = span.doc
    tok = span.root
    if tok.dep_:
        for _ in range(4):
            if upos(tok) in _VERB_POS and tok.dep_ != "aux":
                break
            if tok.head is tok:
                return False
            tok = tok.head
        else:
            return False
    else:
        back = [t for t in doc[max(0, span.start - 6):span.start] if upos(t) in _VERB_POS]
        if not back or any(t.is_punct for t in doc[back[-1].i:span.start]):
            return False
        tok = back[-1]
    window = [doc[i] for i in range(max(0, tok.i - 4), tok.i)]
    return tok.tag_ == "VBN" and _modal_perfect(window)


def _only_adverbs(toks) -> bool:
    return all(t.tag_ in ("RB", "RBR", "RBS") for t in toks)


def _infinitive_passive(tok: Token) -> bool:
    """"the report, to be released Thursday", "ballots are to be counted on Sunday": still to happen; not a past
    expectation that did not come true ("was supposed to be finished by March", vocab "unmet_expectation_words")."""
    doc = tok.doc
    if not (tok.tag_ == "VBN" and tok.i >= 2 and doc[tok.i - 1].lower_ == "be" and doc[tok.i - 2].lower_ == "to"):
        return False
    gov = doc[tok.i - 3] if tok.i >= 4 else None
    return not (gov is not None and gov.lower_ in UNMET_EXPECTATION_WORDS and doc[gov.i - 1].tag_ == "VBD")


_DEADLINE_BY = next(w for w, reading in _END_LEADS.items() if reading == "by")
_ORDER_REACH = 10  # words from the order's infinitive to its deadline ("to pay a fine of 300,000 euros by")


def _ordered_passive_before(doc: Doc, by: int) -> bool:
    """Whether the deadline word at ``by`` closes the infinitive of an order in the passive, in one clause ("was
    ordered to pay a fine by June 30", "were told to leave their homes by Friday"): the deadline lies after the
    order. Only a deadline: the passive order with a plain time ("were told to leave on Monday") may as well date the
    telling, and reading it ahead was tried and dropped (a blind floor fell)."""
    for j in range(by - 1, max(doc[by].sent.start if doc.has_annotation("SENT_START") else 0, by - _ORDER_REACH), -1):
        t = doc[j]
        if t.is_punct:
            return False
        if t.lower_ == "to" and j + 1 < by and doc[j + 1].tag_ == "VB" and j >= 2:
            gov = doc[j - 1]
            k = j - 2
            while k > 0 and doc[k].tag_ in ("RB", "RBR", "RBS"):
                k -= 1  # "was also ordered to pay"
            return (gov.tag_ == "VBN" and doc[k].lower_ in _PASSIVE_BE and upos(gov) in _VERB_POS
                    and is_word(gov, AHEAD_OBJECT_VERBS))
    return False


def _finite_plain(tok: Token) -> bool:
    """A base-form verb (VB) used as a finite present: it has a subject of its own and no auxiliary, modal or "to"
    before it. Not a verb spelt the same in the past ("they cut rates on Monday")."""
    if tok.tag_ != "VB" or tok.lower_ in SAME_FORM_PAST or (tok.i > 0 and tok.doc[tok.i - 1].lower_ == "to") \
            or not tok.doc.has_annotation("DEP"):
        return False  # (no parse, no subject to read: the tagger-only pipeline keeps its reading)
    kids = list(tok.children)
    return (any(c.dep_ == "nsubj" for c in kids)
            and not any(c.dep_ in ("aux", "auxpass") for c in kids))


def _ahead_state(adj: Token) -> bool:
    """Whether the readiness adjective ``adj`` follows a "be" (past a "not" or an adverb: "was not ready") in the
    present, or in the past after a saying in its sentence ("He said management was ready to resume talks"): told as
    a plain past ("She was ready to leave on Friday when the call came") it is narrative, and the time that day's."""
    doc = adj.doc
    i = adj.i - 1
    while i > 0 and adj.i - i <= 2 and (doc[i].lower_ in _NEGATIONS or upos(doc[i]) == "ADV"):
        i -= 1
    be = doc[i] if i >= 0 else None
    if be is None or lemma(be) != "be":
        return False
    if be.tag_ in ("VBZ", "VBP"):
        return True
    # a saying earlier in the sentence ("He said management had offered a raise and was ready to resume talks"),
    # read from words and tags: the tagging path has no parse
    for t in reversed(doc[max(0, be.i - _REPORTED_READY_REACH):be.i]):
        if t.text in (".", "!", "?", ";"):
            return False
        if upos(t) in _VERB_POS and lemma(t) in REPORTING_LEMMAS:
            return True
    return False


_REPORTED_READY_REACH = 25  # tokens back from a readiness "was" to the saying its clause is reported by


def _ahead_infinitive(tok: Token) -> bool:
    """The infinitive of a verb that looks ahead (vocab/en.json "ahead_infinitive_verbs"): "agreed to meet",
    "threatened not to attack". A time after it dates the infinitive's event, which comes after the agreeing
    or threatening however far that lies back; "declined to comment on Friday" keeps the declining's past."""
    if tok.tag_ != "VB":
        return False
    doc = tok.doc
    i = tok.i - 1
    if i >= 0 and doc[i].lower_ != "to" and upos(doc[i]) == "ADV":
        i -= 1  # "to quickly resolve"
    if i < 1 or doc[i].lower_ != "to":
        return False
    gov = doc[i - 1]
    if gov.lower_ in ("not", "never") and i >= 2:
        gov = doc[i - 2]  # "vowed not to return"
    gap = gov.i
    while gap > 0 and gov.i - gap < _TIME_GAP_REACH and doc[gap].lower_ in _TIME_GAP_WORDS:
        gap -= 1
    if gap < gov.i and upos(doc[gap]) in _VERB_POS and is_word(doc[gap], AHEAD_INFINITIVE_VERBS):
        return True  # "agreed on Monday to sell the plant by June": the agreeing's own time between
    if upos(gov) in _VERB_POS and is_word(gov, AHEAD_INFINITIVE_VERBS):
        return True
    if gov.lower_ in AHEAD_INFINITIVE_ADJECTIVES and _ahead_state(gov):
        return True  # "management was ready to resume talks on Wednesday": the talks are still to come
    # "ordered him to report", "asked the company to respond": an order's object, then its infinitive
    j = gov.i
    while j > 0 and gov.i - j < _OBJECT_REACH and upos(doc[j]) in _OBJECT_POS:
        j -= 1
    if j < gov.i and upos(doc[j]) in _VERB_POS and is_word(doc[j], AHEAD_OBJECT_VERBS):
        return True
    # "..., prompting the minister to summon the carriers to a meeting on Monday": a consequence that calls a
    # meeting (vocab "consequence_scheduling")
    return (j < gov.i and doc[j].lower_ in _CONSEQUENCE_PARTICIPLES and doc[j].tag_ == "VBG"
            and is_word(tok, _SCHEDULING_INFINITIVES))


RESULTS_NOUNS = frozenset(vocab()["results_nouns"])


def _reports_results(tok: Token) -> bool:
    """A reporting verb in the present whose object is a company's figures (vocab/en.json "results_nouns"): "reports
    earnings", "announces its first-quarter results": the noun follows within a few words (a determiner, a possessive, a
    modifier). "says profit rose" reports a statement and stays as it was."""
    doc = tok.doc
    for j in range(tok.i + 1, min(len(doc), tok.i + 3 + _OBJECT_REACH)):
        if doc[j].lower_ in RESULTS_NOUNS:
            return j + 1 >= len(doc) or upos(doc[j + 1]) not in _VERB_POS  # "says profit rose" is a clause
        if upos(doc[j]) not in _OBJECT_POS and doc[j].text != "-":  # "its first-quarter results"
            return False
    return False


_TIME_CLAUSE_LEADS = frozenset({"when", "once", "after", "before", "until", "till", "if", "unless"})
_PRESENT_BE = frozenset({"is", "are", "'s", "’s", "'re", "’re", "am"})
# (a present passive in a time clause may be built with "get": "once it gets approved in June")
_TIME_CLAUSE_BE = _PRESENT_BE | {"gets", "get"}


def _present_in_time_clause(tok: Token) -> bool:
    """A present tense in a clause of time or condition tells the future in English ("faces 40 years in prison when
    he is sentenced on March 14", "once the deal closes in May", "if it is approved in June"), unless the sentence's
    main clause before it is past ("said he left when the shop closes" keeps the past). The subordinator, a subject
    of a few words, the verb (a present passive's "is")."""
    doc = tok.doc
    j = tok.i - 1
    while j >= 0 and doc[j].lower_ in _NEGATIONS:
        j -= 1  # "if the count is not completed by Friday", "unless it does not rain"
    if tok.tag_ == "VBN":
        if j < 0 or doc[j].lower_ not in _TIME_CLAUSE_BE:
            return False
        j -= 1
    elif tok.tag_ not in ("VBZ", "VBP", "VB") or lemma(tok) in ("be", "have"):
        return False
    elif tok.tag_ == "VB" and j < tok.i - 1 and j >= 0 and doc[j].lower_ in _DO_PRESENT:
        j -= 1  # "if the ministry does not reply by Sunday": the present is the "does"
    elif tok.tag_ == "VB" and (j < 0 or upos(doc[j]) not in ("NOUN", "PROPN", "PRON")):
        return False  # a plain form right after its subject is a present the tagger took for one ("if talks go well")
    k = 0
    # the subject may carry a phrase of its own: "if the talks on Friday go well"
    while j >= 0 and k < _OBJECT_REACH and (upos(doc[j]) in _OBJECT_POS or upos(doc[j]) == "ADP" and k) \
            and doc[j].lower_ not in _TIME_CLAUSE_LEADS:
        j, k = j - 1, k + 1
    if k == 0 or j < 0 or doc[j].lower_ not in _TIME_CLAUSE_LEADS:
        return False
    sent_start = tok.sent.start if doc.has_annotation("SENT_START") else 0
    return not any(t.tag_ == "VBD" for t in doc[max(sent_start, j - 25):j])  # "was arrested when ..."


_NEGATIONS = frozenset({"not", "n't", "never"})
_DO_PRESENT = frozenset({"do", "does"})
_CONDITION_LEADS = frozenset({"if", "unless"})
# "would collapse if regulators did not approve it by Friday": the modals of a consequence still to come
_CONSEQUENCE_MODALS = frozenset({"would", "could", "might", "'d", "’d"})
_CONSEQUENCE_REACH = 8  # words from the modal to "if" ("would cancel the 40 remaining flights if")


def _past_in_open_condition(tok: Token) -> bool:
    """A simple past in an if/unless clause whose consequence is told with "would", "could" or "might" is the
    present of a reported or open condition moved back a tense ("said the merger would collapse if regulators did
    not approve it by Friday" is "will collapse if they do not approve it by Friday"): the condition's time lies
    ahead as the consequence does. Without such a modal the past is a past ("If the plant closed on Monday, as
    workers said, nobody told the mayor"); "had" (a past perfect) is a condition already settled."""
    doc = tok.doc
    j = tok.i - 1
    if tok.tag_ == "VB" and j >= 1 and doc[j].lower_ in _NEGATIONS and doc[j - 1].lower_ == "did":
        j -= 2  # "did not approve"
    elif tok.tag_ != "VBD" or lemma(tok) in ("be", "have"):
        return False
    k = 0
    while j >= 0 and k < _OBJECT_REACH and upos(doc[j]) in _OBJECT_POS and doc[j].lower_ not in _CONDITION_LEADS:
        j, k = j - 1, k + 1
    if k == 0 or j < 0 or doc[j].lower_ not in _CONDITION_LEADS:
        return False
    for t in reversed(doc[max(tok.sent.start, j - _CONSEQUENCE_REACH):j]):
        if t.is_punct or t.tag_ == "VBD" and t.lower_ not in _CONSEQUENCE_MODALS:
            return False
        if t.lower_ in _CONSEQUENCE_MODALS and t.tag_ == "MD":
            return True
    return False


def _ordered_subjunctive(tok: Token) -> bool:
    """The plain verb of a that-clause after an order (vocab/en.json "ahead_object_verbs"): "ordered that it
    remain in place until Jan. 15", "asked that the firm stay closed until March". What was ordered comes after
    the order however far that lies back. Only the plain form ("remain", not "remains" or "remained"), with a
    subject of a few words between "that" and it."""
    if tok.tag_ not in ("VB", "VBP") or tok.lower_ != lemma(tok) or tok.lower_ in ("be", "have"):
        return False
    doc = tok.doc
    j = tok.i - 1
    while j > 0 and tok.i - j <= _OBJECT_REACH and upos(doc[j]) in _OBJECT_POS:
        j -= 1
    if j == tok.i - 1 or j < 1 or doc[j].lower_ != "that":
        return False
    gov = doc[j - 1]
    return upos(gov) in _VERB_POS and is_word(gov, AHEAD_OBJECT_VERBS)


# How far back from "to" the ranking word may stand: "the last (major) (tropical) storm to hit".
_RANK_REACH = 5


def _ranked_infinitive(tok: Token) -> Token | None:
    """The verb of the clause around "the last storm to hit", "the first woman to win", "the youngest player to
    score": an infinitive after a noun its rank singles out tells what happened then, so it takes that
    clause's tense. None when ``tok`` is no such infinitive."""
    if tok.tag_ != "VB" or tok.i < 2:
        return None
    doc = tok.doc
    if doc[tok.i - 1].lower_ != "to" or doc[tok.i - 2].tag_ not in ("NN", "NNS"):
        return None
    lo = max(0, tok.i - 2 - _RANK_REACH)  # a full stop on the way ends the look (is_punct below)
    for i in range(tok.i - 3, lo - 1, -1):
        t = doc[i]
        if t.lower_ in _RANKING or t.tag_ == "JJS":
            if doc[tok.i - 2].lower_ in _TIME_GAP_WORDS and (i == 0 or upos(doc[i - 1]) not in ("DET", "PRON")):
                return None  # "decided last week to close the mine": a time between verb and infinitive, no rank
            j = i - 1
            while j >= lo and (upos(doc[j]) in ("DET", "ADV") or doc[j].tag_ == "PRP$"):
                j -= 1
            verb = doc[j] if j >= 0 else None
            if verb is not None and upos(verb) in _VERB_POS:
                return verb
            if verb is None or verb.is_punct or verb.is_sent_start or j < lo:
                return _verb_after_subject(tok)  # "The last storm to hit the state in October was weaker"
            return None
        if upos(t) in _VERB_POS or t.is_punct or upos(t) == "ADP":
            return None
    return None


_SUBJECT_INFINITIVE_REACH = 12  # tokens from the infinitive to the main clause's verb


def _verb_after_subject(tok: Token) -> Token | None:
    """The main verb after a subject that ends in a ranked infinitive ("The first train to leave the station in
    August was packed", "... will be packed"): its first finite verb, or the verb a modal heads. None before a
    clause stop."""
    doc = tok.doc
    for t in doc[tok.i + 1:min(len(doc), tok.i + 1 + _SUBJECT_INFINITIVE_REACH)]:
        if t.text in (",", ";", ":", ".", "!", "?") or t.lower_ in _RELATIVE_PRONOUNS:
            return None
        if t.tag_ in ("VBD", "VBZ", "VBP"):
            return t
        if t.tag_ == "MD":
            for u in doc[t.i + 1:min(len(doc), t.i + 4)]:
                if u.tag_.startswith("VB"):
                    return u if u.lower_ != "be" or u.i + 1 >= len(doc) or not doc[u.i + 1].tag_.startswith("VB") \
                        else doc[u.i + 1]
            return None
    return None


# between "is" and the time it schedules: "the final is on Sunday", "the election is in November"
SCHEDULE_PREPOSITIONS = {"on", "at", "for", "in"}


def _present_plan(tok: Token, window: list[Token]) -> bool:
    """A plan stated in the present: "is set for", "are due", "is slated". "set" and "due" need "to" elsewhere
    (ONLY_WITH_TO: "a record set on Aug. 6" is past), but after a present "be" they schedule; a past "be" keeps
    its past ("payment was due Friday")."""
    if lemma(tok) == "be" and tok.lower_ in _PRESENT_BE:
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        return nxt is not None and _is_future_verb(nxt)
    return _is_future_verb(tok) and bool(window) and window[-1].lower_ in _PRESENT_BE


_BROKEN_PLAN = vocab()["broken_plan_contrasts"]
_BROKEN_PLAN_CONTRASTS = frozenset(_BROKEN_PLAN["words"])
_PAST_BE = frozenset(_BROKEN_PLAN["past_be"])
_PLAN_REACH = 8  # "was scheduled to land at the new airport on Tuesday": the planning word before the time
_CONTRAST_REACH = 5  # "on Tuesday in Lyon, but was diverted": the contrast after the time


_STANDING_VERBS = frozenset(vocab()["standing_after_verbs"]["words"])
_AFTER_REACH = 8  # "after his victory in Monday's second game": "after" to the time
_STANDING_REACH = 10  # "leads the 14-game match by a point after": the verb to "after"


def _standing_after(span: Span) -> bool:
    """The time sits in an "after" phrase ("after his win in Friday's game") of a present verb of standing
    ("leads", "remain"): the phrase names the occasion that brought the state about, behind the report."""
    doc: Doc = span.doc
    sent = span.sent
    after = None
    for i in range(span.start - 1, max(sent.start, span.start - _AFTER_REACH) - 1, -1):
        t = doc[i]
        if t.lower_ == "after":
            after = i
            break
        if upos(t) in _VERB_POS or t.is_punct:
            return False
    if after is None:
        return False
    for i in range(after - 1, max(sent.start, after - _STANDING_REACH) - 1, -1):
        t = doc[i]
        if t.is_punct and t.text not in ("-", "–"):  # "the 14-game match": a compound's hyphen, no clause break
            return False
        if upos(t) in _VERB_POS:
            return t.tag_ in ("VBZ", "VBP") and lemma(t) in _STANDING_VERBS
    return False


_AFTERMATH_VERBS = frozenset(vocab()["aftermath_verbs"]["words"])
_OCCURRENCE_NOUNS = frozenset(vocab()["occurrence_nouns"]["words"])
_AFTERMATH_REACH = 12  # tokens back from the time to the verb: "the cause of the explosion at a fertiliser plant on"


def _aftermath_of(span: Span) -> bool:
    """The time follows an occurrence noun (``occurrence_nouns``) in the complement of a present verb of dealing with
    what happened (``aftermath_verbs``): "Investigators are examining the cause of the explosion on Saturday",
    "Officials are assessing damage from the earthquake on Friday". The occurrence is behind the report; the
    present is the investigating, not a schedule. ("The union is planning a strike on Friday" stays ahead.) Read
    from the words and their tags only, so the tagging path, which parses nothing, reads it the same."""
    doc: Doc = span.doc
    if span.start == 0 or upos(doc[span.start - 1]) != "ADP":
        return False
    occurrence = False
    for i in range(span.start - 2, max(0, span.start - _AFTERMATH_REACH) - 1, -1):
        t = doc[i]
        if t.is_punct:  # (no sentence starts: the tagging path sets none)
            return False
        if upos(t) in _VERB_POS:
            return occurrence and _present_act(doc, i) and is_word(t, _AFTERMATH_VERBS)
        if t.lower_ in _OCCURRENCE_NOUNS and upos(doc[i + 1]) not in ("NOUN", "PROPN"):
            occurrence = True  # (the head of its phrase: "the fire station" is no fire)
    return False


def _present_act(doc: Doc, i: int) -> bool:
    """Whether the verb at ``i`` is a present ("examines"), a progressive ("are still examining"), or an infinitive
    after one ("are trying to establish"), with no modal on the way ("will examine", "says it will review": ahead)."""
    t = doc[i]
    before = doc[max(0, i - 4):i]
    if any(x.tag_ == "MD" for x in before):
        return False
    if t.tag_ in ("VBZ", "VBP"):
        return True
    if t.tag_ == "VBG":
        return any(x.tag_ in ("VBZ", "VBP") for x in before)
    return t.tag_ == "VB" and i >= 2 and doc[i - 1].lower_ == "to" and doc[i - 2].tag_ == "VBG" and any(
        x.tag_ in ("VBZ", "VBP") for x in doc[max(0, i - 6):i - 2])


_BARE_WEEKDAY = re.compile(r"(?:(?:on|this|last|next)\s+)?" + alternation(vocab()["weekdays"]) + r"\.?", re.IGNORECASE)


def fronted_plan_act(span: Span) -> bool:
    """A time said before a simple-past verb of planning, expecting or committing that takes an infinitive ("In
    January the council planned to reopen the pool", "On Monday, analysts expected the bank to cut rates", "In
    March the union agreed to strike"): the time is the planning's, which lay behind the report, and what was
    planned lies ahead of it as a saying's reported future does; a time after the infinitive ("planned to reopen
    the pool in June") is the planned act's and is not read here. Not a bare weekday: one near the report,
    fronted before a plan ("On Friday, the government planned to pay the first claims"), names the planned day."""
    if _BARE_WEEKDAY.fullmatch(span.text):
        return False
    tok = span.root
    for _ in range(4):
        if upos(tok) in _VERB_POS or tok.head is tok:
            break
        tok = tok.head
    if (tok.tag_ != "VBD" or not (_is_future_verb(tok) or is_word(tok, AHEAD_INFINITIVE_VERBS))
            or span.end > tok.i or tok.sent.start != span.sent.start):
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return False
    return any(c.dep_ in ("xcomp", "ccomp") and c.tag_ == "VB" for c in tok.children)


def _broken_past_plan(span: Span) -> bool:
    """A plan told with a past "be" ("was scheduled to", "were due to") and then set aside by a contrast and a
    past verb ("but was diverted", "but storms delayed it"): the planned day lay before the report. A standing plan
    ("is scheduled to") or a past one with no contrast keeps its forward look."""
    doc: Doc = span.doc
    sent = span.sent
    planned = False
    for i in range(span.start - 1, max(sent.start, span.start - _PLAN_REACH) - 1, -1):
        t = doc[i]
        if t.lower_ in FUTURE_AUX or t.lower_ in _PRESENT_BE or t.is_punct:
            return False
        if _is_future_verb(t) and i > sent.start and doc[i - 1].lower_ in _PAST_BE:
            planned = i + 1 < len(doc) and doc[i + 1].lower_ in ("to", "for")
            break
    if not planned:
        return False
    for i in range(span.end, min(sent.end, span.end + _CONTRAST_REACH)):
        if doc[i].lower_ in _BROKEN_PLAN_CONTRASTS:
            after = doc[i + 1:min(sent.end, i + 4)]
            return any(t.tag_ == "VBD" or (t.lower_ in _PAST_BE and t.nbor(1).tag_ == "VBN" if t.i + 1 < len(doc)
                                           else False) for t in after)
        if upos(doc[i]) in _VERB_POS:
            return False
    return False


def _scheduled_by_be(doc: Doc, start: int) -> bool:
    """A present "be" with the time as what the subject is: "the vote is Thursday", "the final is on Sunday",
    "kickoff is at 1 p.m. Sunday". Said of a coming event this is a schedule, as "is set for" is."""
    i = start - 1
    if i >= 0 and doc[i].lower_ in SCHEDULE_PREPOSITIONS:
        i -= 1
    return i >= 0 and doc[i].lower_ in _PRESENT_BE and lemma(doc[i]) == "be"


def _is_auxiliary(tok: Token) -> bool:
    """Without a parse: a form of be/have/do with a verb right behind it ("were planning", "has been")."""
    if upos(tok) != "AUX" or tok.tag_ == "MD":
        return False
    doc = tok.doc
    for t in doc[tok.i + 1:min(tok.i + 4, len(doc))]:
        if t.tag_.startswith("VB"):
            return True
        if upos(t) not in ("ADV", "PART"):
            return False
    return False


class Tense(NamedTuple):
    """What the sentence says of a time's direction, and whether that direction is the clause's own.

    ``direct``: either the time's governing verb is in the past (simple past, or a passive or perfect with a
    past auxiliary) and no reporting verb frames the clause, or its group says "will"/"shall"/"'ll". Such a
    clause tells what happened or what is to happen: "The minister resigned in April", said in March, is last
    April; "will close the plant in June", said in September, next June. In a reported past clause the past is
    often the sequence of tenses over a schedule ("said the offer expired Dec. 15", said on Nov. 1), and a
    present or modal one may be either, so only there does a month without a year keep the slack
    (pick.TENSE_SLACK_DAYS).
    """

    direction: Direction
    direct: bool = False


def tense_for(span: Span) -> Direction:
    return read_tense(span).direction


def own_verb_direction(span: Span) -> Direction:
    """The direction of the verb group the span hangs off in the parse, read alone: a reporting verb that frames
    the clause ("said that some cellars could stay flooded until the end of the month") is not read. NONE without
    a parse or a verb."""
    tok = span.root
    for _ in range(8):
        if upos(tok) in _VERB_POS and tok.dep_ != "aux" and not is_word(tok, REPORTING_LEMMAS):
            aux = [k for k in tok.children if k.dep_ in ("aux", "auxpass", "neg")]
            # (the modal may hang on the plain verb rather than on the participle: "could" -> "stay" -> "flooded")
            aux += [g for k in aux for g in k.children if g.dep_ in ("aux", "neg")]
            # "could stay flooded", "may remain closed": a modal and a plain verb the parser hung on the participle
            # as its auxiliaries look ahead; "could have stayed", "could not stay" need not
            if (any(k.tag_ == "MD" and k.lower_ in MODAL_FORWARD for k in aux) and any(k.tag_ == "VB" for k in aux)
                    and not any(lemma(k) == "have" or k.dep_ == "neg" for k in aux)):
                return Direction.FUTURE
            return _group_tense(tok)
        if tok.head is tok or not tok.dep_:
            break
        tok = tok.head
    return Direction.NONE


def read_tense(span: Span, pub_date: dt.date | None = None, told_days: Sequence[dt.date] = ()) -> Tense:
    """``pub_date``, where known, places a weekday a relative sequel clause names against the main clause's
    (:func:`_sequel_direction`) and one a counterfactual names; ``told_days``, the days the story has named so far,
    say which such weekday is meant (:func:`_counterfactual_weekday`)."""
    doc: Doc = span.doc
    lead = tuple(t.lower_ for t in doc[max(0, span.start - 3):span.start])
    if _contract_month(span):
        return Tense(Direction.FUTURE)  # "The contract for September delivery settled": the coming September
    if lead in FORWARD_LEADS or lead in DEADLINE_LEADS or lead[-2:] in AHEAD_LEADS:
        return Tense(Direction.FUTURE)
    if lead[-2:] in RETROACTIVE_LEADS:
        return Tense(Direction.PAST, True)
    for t in reversed(doc[max(0, span.start - 5):span.start]):
        if t.lower_ in BACKWARD_LEADS:
            return Tense(Direction.STRICT_PAST)  # "since (shortly after) the Oct. 23 slaying": strictly before, no slack
        if upos(t) in _VERB_POS or t.is_punct or (upos(t) == "ADP" and t.lower_ not in SINCE_BRIDGES):
            break
    if pub_date is not None and _weekday_deadline_of_past_request(span):
        return Tense(_nearest_weekday(span, pub_date))
    if _since_gerund(doc, span.start):
        return Tense(Direction.STRICT_PAST)
    if span.start > 0 and compared(doc[span.start - 1]):
        return Tense(Direction.STRICT_PAST)  # "flat compared with December": a figure already out, no slack
    if _comparison_base(doc, span.start):
        return Tense(Direction.PAST)  # "charging 7.1%, up from 6.4% in October"
    sequel = _sequel_of(span)
    if sequel is not None:
        return Tense(_sequel_direction(span, sequel, pub_date))  # "The move follows Tuesday's declaration"
    direction, direct = _verb_tense(span)
    if direction == Direction.NONE and counterfactual_verb(span):
        if lead and lead[-1] in UNTIL_BY:
            return Tense(Direction.PAST)  # "would have closed by Friday": a deadline that did not hold, gone by
        if pub_date is not None and _weekday_of(span) is not None:
            return Tense(_counterfactual_weekday(span, pub_date, told_days))  # "would have shut two units on Friday"
    if direction == Direction.FUTURE and _standing_after(span):
        return Tense(Direction.PAST)  # "leads the match after his win in Friday's game": the cause of a state
    if direction == Direction.FUTURE and _aftermath_of(span):
        return Tense(Direction.PAST)  # "are examining the cause of the explosion on Saturday": the explosion's
    if direction == Direction.FUTURE and fronted_plan_act(span):
        return Tense(Direction.PAST)  # "In January the council planned to reopen the pool": the planning's time
    if direction == Direction.FUTURE and _broken_past_plan(span):
        return Tense(Direction.PAST)  # "was scheduled to land on Tuesday but was diverted": a plan already behind us
    if direction == Direction.PAST and _prepared_for(span):
        return Tense(Direction.NONE)  # "had hired 500 workers for the Christmas season": the one nearest the report
    if direction != Direction.FUTURE and _called_for(span):
        return Tense(Direction.FUTURE)  # "Unions have called a strike for Monday": the day the strike is held
    if direction != Direction.FUTURE and _left_open(span):
        return Tense(Direction.FUTURE)  # "had not ruled out a strike in the winter": a strike still to come
    if direction in (Direction.PAST, Direction.NONE) and _season_ahead_for(span):
        return Tense(Direction.FUTURE)  # "The hotel is booked out for the autumn"
    if _named_by_schedule(doc, span.start) and (direction != Direction.PAST or _scheduling_verb(doc, span.start - 2)):
        return Tense(Direction.FUTURE)
    if direction != Direction.FUTURE and _prospective_frame(doc, span.start) and not _over_after(doc, span.end):
        return Tense(Direction.FUTURE)  # "paving the way for an early election on Feb. 23"
    if direction == Direction.NONE and _scheduled_by_be(doc, span.start):
        # the writer's own present, right before the time: a schedule with no slack, as after "will"
        return Tense(Direction.FUTURE, True)
    word = lead[-1] if lead else ""
    if word in UNTIL_BY and direction == Direction.NONE:
        return Tense(Direction.FUTURE)
    if word == _DEADLINE_BY and direction == Direction.PAST and _ordered_passive_before(doc, span.start - 1):
        return Tense(Direction.FUTURE)  # "was ordered to pay a fine by June 30": the deadline the order set
    if word == "from":
        onset = _from_reading(doc, span.start)
        if onset is not None and (onset == Direction.PAST or direction == Direction.NONE):
            return Tense(onset)
    if direction != Direction.FUTURE and _onset_set_up(doc, span.start):
        return Tense(Direction.FUTURE)  # "declared three days of mourning starting Friday"
    until = _until_before(doc, span.start)
    if until is not None and direction == Direction.PAST and _postponed(doc, until):
        return Tense(Direction.FUTURE)
    if direction == Direction.FUTURE and _continuing_after(doc, span.start):
        return Tense(Direction.PAST)
    # "flocked to stores before Christmas", "bought gifts for Christmas": the time lies after the event
    start = _day_part_start(doc, span.start)
    if start != span.start:
        word = doc[start - 1].lower_ if start else ""
    if word in UNTIL and direction == Direction.PAST and _past_act_until(doc, start - 1):
        return Tense(Direction.PAST, True)
    own_time = (start == 0 or doc[start - 1].tag_ not in ("IN", "TO") or word in DIRECT_TIME_LEADS
                or word in UNTIL and _negated_before(doc, start - 1))
    return Tense(direction, direct and (direction == Direction.PAST and own_time or direction == Direction.FUTURE))


_SEQUEL_LEADS = [tuple(w.split()) for w in sorted(vocab()["sequel_leads"]["words"], key=len, reverse=True)]


def _weekday_deadline_of_past_request(span: Span) -> bool:
    """A bare weekday after "by" that bounds what a past order or request asked for, whether an infinitive or a
    noun ("ordered all fishing boats to return to port by noon on Wednesday", "had asked the exchange for a full
    report by Friday", ``ahead_object_verbs``): the deadline lies after the request, which was made in the days
    just before the report; the weekday nearest the report is the one meant (a later one may already be past)."""
    doc = span.doc
    if span.start == 0 or doc[span.start - 1].lower_ != _DEADLINE_BY or _weekday_of(span) is None \
            or any(t.lower_.rstrip(".") in _MONTH_WORDS for t in span):
        return False
    # (not when the sentence gives the request a day of its own: "On Wednesday, the court ordered the landlord to
    # repair the roof by Monday" is the Monday after that Wednesday)
    if any(t.i not in range(span.start, span.end)
           and (_weekday_of(doc[t.i:t.i + 1]) is not None or t.ent_type_ in ("DATE", "TIME")) for t in span.sent):
        return False
    h = doc[span.start - 1].head
    for _ in range(6):
        if upos(h) in _VERB_POS and is_word(h, AHEAD_OBJECT_VERBS):
            return h.tag_ == "VBD" or h.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in h.children)
        # (through an infinitive or a noun, not a finite clause: "told reporters the team would announce its
        # squad by Wednesday" reports a plan, it asks for nothing)
        if h.dep_ == "xcomp" or h.dep_ == "ccomp" and has_to(h) \
                or h.dep_ in ("pobj", "dobj", "prep") or upos(h) in ("NOUN", "PROPN"):
            if h.head.i == h.i:
                return False
            h = h.head
            continue
        return False
    return False


def _contract_month(span: Span) -> bool:
    """Whether ``span`` is a bare month naming a futures contract's delivery month ("for September delivery", "the
    December contract"; vocab contract_month_nouns)."""
    doc = span.doc
    if len(span) != 1 or span[0].lower_ not in _MONTH_WORDS or span.end >= len(doc) \
            or doc[span.end].lower_ not in _CONTRACT_MONTH_NOUNS:
        return False
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and (before.tag_ in ("POS", "PRP$") or before.dep_ == "poss"):
        return False  # "Tesla's December deliveries", "its August contract": the owner's, a month like any
    if span.end + 1 < len(doc) and doc[span.end + 1].lower_ == "with":
        return False  # "the August contract with the union": an agreement, not a traded contract
    return doc[span.end].lower_ != "delivery" or (before is not None and before.lower_ == "for")


def _weekday_of(span: Span) -> int | None:
    """The ISO weekday a word of ``span`` names ("Wednesday", "Wed."), or None."""
    for t in span:
        for w in (t.lower_, t.lower_.rstrip(".")):
            if w in _WEEKDAY_NUMBERS:
                return _WEEKDAY_NUMBERS[w]
    return None


def _counterfactual_weekday(span: Span, pub_date: dt.date, told_days: Sequence[dt.date]) -> Direction:
    """The side of the report a weekday a "would have" participle names lies on: that of the same weekday the story
    named within a week of the report, when all such lie on one side ("The eclipse is next Wednesday. ... Without the
    money the town would have closed its schools on Wednesday": the coming one), else the nearest
    (:func:`_nearest_weekday`)."""
    day = _weekday_of(span)
    sides = {d >= pub_date for d in told_days if d.isoweekday() == day and abs((d - pub_date).days) < 7}
    if len(sides) == 1:
        return Direction.FUTURE if sides.pop() else Direction.PAST
    # (named on both sides, "fell on Monday, and the Fed meets on Monday": the counterfactual says which no better)
    return _nearest_weekday(span, pub_date)


def _nearest_weekday(span: Span, pub_date: dt.date) -> Direction:
    """FUTURE when the weekday ``span`` names comes sooner after ``pub_date`` than it last came before it (the day
    itself counts as ahead), else PAST."""
    day = _weekday_of(span)
    ahead = (day - pub_date.isoweekday()) % 7
    return Direction.FUTURE if ahead <= (pub_date.isoweekday() - day) % 7 else Direction.PAST


def _sequel_of(span: Span) -> Token | None:
    """"The GM move follows Tuesday's declaration", "comes after Monday's vote", "follows the Friday ruling": a time
    that dates the noun a news present follows (vocab sequel_leads) names what came before the report. The time
    must date that noun (an owner's 's or a noun after it): "The final follows on Sunday" is a schedule. The verb
    of the lead ("follows", "comes"), or None."""
    doc = span.doc
    i = span.start
    if i > 0 and doc[i - 1].tag_ == "DT":
        i -= 1
    before = tuple(t.lower_ for t in doc[max(0, i - 2):i])
    lead = next((w for w in _SEQUEL_LEADS if before[-len(w):] == w), None)
    if lead is None:
        return None
    if not (span.end < len(doc) and (doc[span.end].tag_ == "POS" or doc[span.end].tag_ in ("NN", "NNS"))):
        return None
    return doc[i - len(lead)]


_RELATIVE_PRONOUNS = frozenset(vocab()["relative_pronouns"]["words"])
_CONTRACT_MONTH_NOUNS = frozenset(vocab()["contract_month_nouns"]["words"])
_SEQUEL_MAIN_REACH = 25  # tokens after the time to the main clause's verb


def _sequel_direction(span: Span, verb: Token, pub_date: dt.date | None = None) -> Direction:
    """Which way the noun a sequel lead follows lies: what the present follows came before the report ("The move
    follows Tuesday's declaration"), but what a future follows may still be ahead ("will come after Monday's
    debate"), and a present relative clause takes its main clause's tense: "The final vote, which comes after
    Monday's debate, is expected on Tuesday" (said on a Wednesday) is the Monday ahead; "The suspension, which
    follows Sunday's incident, was confirmed on Tuesday" the Sunday gone by."""
    doc = span.doc
    group = [t.lower_ for t in doc[max(0, verb.i - 3):verb.i]]
    if any(w in FUTURE_AUX or w in MODAL_FORWARD for w in group):
        return Direction.FUTURE
    j = verb.i - 1
    while j >= 0 and doc[j].tag_ in ("RB", "RBR", "RBS"):
        j -= 1  # "which now follows"
    if j < 0 or doc[j].lower_ not in _RELATIVE_PRONOUNS:
        return Direction.PAST
    for i, t in enumerate(doc[span.end:min(len(doc), span.end + _SEQUEL_MAIN_REACH)], start=span.end):
        if t.text in (".", "!", "?", ";"):
            break
        if _is_main_verb(t):
            if _group_tense(t) != Direction.FUTURE:
                return Direction.PAST
            return Direction.PAST if _main_day_first(span, doc, i, pub_date) else Direction.FUTURE
    return Direction.PAST


def _main_day_first(span: Span, doc: Doc, main: int, pub_date: dt.date | None) -> bool:
    """Whether the weekday the main clause names comes round before the next of the sequel's weekday, counted from
    the report: what a sequel follows precedes the main clause's date, so then it is the one gone by ("The ruling,
    which comes after Tuesday's hearing, is due on Thursday", said on a Wednesday: yesterday's hearing). False
    when either is no bare weekday or the report's date is unknown."""
    sequel = _WEEKDAY_NUMBERS.get(span.text.lower()) if len(span) == 1 else None
    if sequel is None or pub_date is None:
        return False
    for t in doc[main:min(len(doc), main + _SEQUEL_MAIN_REACH)]:
        if t.text in (".", "!", "?", ";"):
            break
        day = _WEEKDAY_NUMBERS.get(t.lower_)
        if day is not None and day != sequel:
            now = pub_date.isoweekday()
            return (day - now) % 7 < (sequel - now) % 7
    return False


_WEEKDAY_NUMBERS: dict[str, int] = vocab()["weekdays"]


_SEASONS = frozenset(vocab()["seasons"])
_FOR_SEASON_REACH = 8  # tokens from "for" back (or from the season on) to the clause's verb
_CLAUSE_STOPS = frozenset({",", ";", ":", ".", "!", "?", "(", ")", '"', "“", "”"})


def _season_ahead_for(span: Span) -> bool:
    """A bare season after "for" in a clause told in the present ("Hotels are booked out for the autumn", "Plans for
    the spring are still being drawn up", "The stadium is closed for the winter", "Farmers are preparing for the
    summer"): what is booked, planned or closed for a season now is for the one not yet over, which a present
    participle ("booked", "drawn up") must not turn into the season gone by. The clause's verb is the nearest before
    "for" (else the first after the season), its group's first verb a present form (not "have": "Sales have fallen
    for the winter"), and it tells no measured result ("Sales are up 4 percent for the spring", "Prices rise for the
    summer"): a figure reported now is of a season already run."""
    doc = span.doc
    words = [t.lower_ for t in span]
    if words[-1] not in _SEASONS or words[:-1] not in ([], ["the"]) or span.start == 0 \
            or doc[span.start - 1].lower_ != "for":
        return False
    verb = None
    for i in range(span.start - 2, max(-1, span.start - 2 - _FOR_SEASON_REACH), -1):
        t = doc[i]
        if t.text in _CLAUSE_STOPS or (t.is_sent_start and upos(t) not in _VERB_POS):
            break
        if upos(t) in _VERB_POS:
            verb = t
            break
    if verb is None:
        for t in doc[span.end:min(len(doc), span.end + _FOR_SEASON_REACH)]:
            if t.text in _CLAUSE_STOPS:
                break
            if upos(t) in _VERB_POS:
                verb = t
                break
    if verb is None:
        return False
    first = verb  # the group's first verb: back over auxiliaries, adverbs and "not"
    j = verb.i - 1
    while j >= 0 and (upos(doc[j]) in ("AUX", "ADV", "PART") or doc[j].tag_ in ("VBZ", "VBP", "VBD", "MD")) \
            and doc[j].text not in _CLAUSE_STOPS:
        if upos(doc[j]) in _VERB_POS or doc[j].tag_ == "MD":
            first = doc[j]
        j -= 1
    if first.tag_ not in ("VBZ", "VBP") or lemma(first) == "have" or first.lower_ in SAME_FORM_PAST \
            or lemma(first) in REPORTING:
        return False
    # the group up to its last verb ("are up", "rise"): a measured result is no plan
    k = first.i
    while k + 1 < len(doc) and (upos(doc[k + 1]) in _VERB_POS or upos(doc[k + 1]) in ("ADV", "PART")) \
            and doc[k + 1].i < span.start - 1:
        k += 1
    return not any(is_word(t, MEASURED_CHANGE_VERBS)
                   or lemma(t) == "be" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in MEASURED_STATES
                   for t in doc[first.i:k + 1])


_PREPARING = frozenset(vocab()["preparing_for_verbs"]["words"])
_HOLIDAYS = frozenset(vocab()["holidays"]) | frozenset(vocab()["floating_holidays"])
_PREPARED_REACH = 7  # words between the verb and "for": "hired 500 extra seasonal workers", "stocked up on toys"
_CALLED_REACH = 9  # the same for a called event, which may carry its place: "a protest outside the head office"


def _prepared_for(span: Span) -> bool:
    """A time after "for" that a verb of getting ready governs across its object ("had hired 500 workers for the
    Christmas season", "has booked rooms for the summer"; vocab preparing_for_verbs): readied ahead of it, so the
    verb's past does not put the time behind the report."""
    doc = span.doc
    words = " ".join(t.lower_ for t in span if t.tag_ != "DT")
    if words not in _SEASONS and words not in _HOLIDAYS:
        return False  # a month or a quarter after "prepared its accounts for" is the period reported on
    i = span.start
    if i > 0 and doc[i - 1].tag_ == "DT":
        i -= 1
    if i < 2 or doc[i - 1].lower_ != "for":
        return False
    for j in range(i - 2, max(-1, i - 2 - _PREPARED_REACH), -1):
        t = doc[j]
        if upos(t) in _VERB_POS:
            return is_word(t, _PREPARING)
        if t.text in _CLAUSE_STOPS or not (upos(t) in _OBJECT_POS or upos(t) in ("ADP", "PART")):
            return False
    return False


_CALLING = frozenset(vocab()["calling_for_verbs"]["words"])
_DAY_WORDS = frozenset(vocab()["weekdays"])
_MONTH_WORDS = frozenset(vocab()["months"])


def _names_a_day(span: Span) -> bool:
    words = [t.lower_.rstrip(".") for t in span]
    return any(w in _DAY_WORDS for w in words) or (any(w in _MONTH_WORDS for w in words)
                                                   and any(t.like_num for t in span))


def _called_for(span: Span) -> bool:
    """A day after "for" that a verb of calling or scheduling governs across the event it creates ("Unions have
    called a strike for Monday", "set a vote for Tuesday"; vocab calling_for_verbs): the day the called event
    happens, ahead of the calling whatever its tense. Not a day with an owner's 's ("jailed for Monday's
    attack"), not "called for Monday" (no object between), not a month or a quarter (a period reported on)."""
    doc = span.doc
    i = span.start
    if i > 0 and doc[i - 1].tag_ == "DT":
        i -= 1
    if i < 3 or doc[i - 1].lower_ != "for" or not _names_a_day(span):
        return False
    if span.end < len(doc) and doc[span.end].tag_ == "POS":
        return False
    if _scheduled_now(doc, i - 2):
        return True
    nouns, placed = 0, False
    for j in range(i - 2, max(-1, i - 2 - _CALLED_REACH), -1):
        t = doc[j]
        if upos(t) in _VERB_POS and t.tag_ != "VBG":
            # (past a place only an active call with its object: "A memorial service planned at the university for
            # Saturday was canceled" is a plan that may have been for a day gone by)
            return nouns > 0 and is_word(t, _CALLING) and not (placed and (t.tag_ == "VBN" or t.dep_ == "acl"))
        # (a place after the event, "called a protest outside the company's head office for Saturday morning")
        if t.text in _CLAUSE_STOPS or not (upos(t) in _OBJECT_POS or upos(t) == "VERB"
                                           or nouns and (upos(t) == "ADP" and t.lower_ != "for" or t.tag_ == "POS")):
            return False
        placed = placed or upos(t) == "ADP"
        nouns += upos(t) in ("NOUN", "PROPN")
    return False


def _scheduled_now(doc, j: int) -> bool:
    """'A first hearing has been set for September 12', 'The vote is scheduled for Tuesday': a present or perfect
    passive of calling or scheduling (``calling_for_verbs``) right before "for" says the day is on the calendar
    now. (A past one, "was scheduled for Monday", may tell of a day gone by.)"""
    if j < 1 or doc[j].tag_ != "VBN" or not is_word(doc[j], _CALLING):
        return False
    # (an adverb inside the verb group is passed over: "has now been set for Monday")
    aux = [t.lower_ for t in doc[max(0, j - 3):j] if t.tag_ != "RB"][-2:]
    return aux[-1:] in (["is"], ["are"], ["'s"], ["'re"]) or aux in (["has", "been"], ["have", "been"])


_OPEN_VERBS = {verb: particle for verb, particle in vocab()["open_possibility_verbs"]["verbs"]}
_OPEN_NEGATIONS = frozenset(vocab()["open_possibility_verbs"]["negations"])


def _left_open(span: Span) -> bool:
    """A time after a preposition that a negated verb of excluding governs across its object ("had not ruled out a
    full strike in the winter", "did not exclude a second vote in the spring"; vocab open_possibility_verbs): the
    event is a possibility left open, so its time is ahead of the report whatever the verb's tense."""
    doc = span.doc
    i = span.start
    if i > 0 and doc[i - 1].tag_ == "DT":
        i -= 1
    if i < 3 or doc[i - 1].tag_ not in ("IN", "TO"):
        return False
    nouns = 0
    for j in range(i - 2, max(-1, i - 2 - _PREPARED_REACH), -1):
        t = doc[j]
        if upos(t) in _VERB_POS and t.tag_ != "VBG":
            verb = next((v for v in _OPEN_VERBS if is_word(t, (v,))), None)
            if nouns == 0 or verb is None:
                return False
            particle = _OPEN_VERBS[verb]
            if particle and not (t.i + 1 < len(doc) and doc[t.i + 1].lower_ == particle):
                return False
            group = doc[max(t.sent.start, t.i - 4):t.i]
            return any(w.lower_ in _OPEN_NEGATIONS for w in group)
        if t.text in _CLAUSE_STOPS or not (upos(t) in _OBJECT_POS or upos(t) in ("ADP", "PART")):
            return False
        nouns += upos(t) in ("NOUN", "PROPN")
    return False


_ONSET_STATES = [tuple(w.split()) for w in vocab()["onset_states"]["words"]]
_PROVENANCE = frozenset(vocab()["provenance_nouns"]["words"])


def _from_reading(doc: Doc, start: int) -> Direction | None:
    """A time after "from": when a state a present "is" puts in place begins ("A warning is in force from Saturday",
    "The museum is open from Tuesday"; vocab onset_states), still to come; or when a record a subject names was
    made ("Footage from Saturday shows ..."; vocab provenance_nouns), gone by. None otherwise ("The figures are from
    Tuesday", "down 3% from Tuesday" keep their reading)."""
    if start < 2 or doc[start - 1].lower_ != "from":
        return None
    if doc[start - 2].lower_ in _PROVENANCE and doc[start - 2].tag_ in ("NN", "NNS"):
        return Direction.PAST
    words = [t.lower_ for t in doc[max(0, start - 6):start - 1]]
    for state in _ONSET_STATES:
        n = len(state)
        if tuple(words[-n:]) == state and any(w in _PRESENT_BE for w in words[-n - 3:-n]):
            return Direction.FUTURE
    return None


_COMPARISON_LEADS = frozenset(vocab()["comparison_base_leads"]["words"])
_FIGURE_WORDS = frozenset(vocab()["figure_words"]["words"])
_SUBORDINATORS = frozenset(vocab()["clause_subordinators"]["words"])
_FIGURE_REACH = 5  # "up from $1.2 billion in", "down from 0.2 per cent in"


def _comparison_base(doc: Doc, start: int) -> bool:
    """"up from 6.4% in October", "down from $12 in December": the time of the figure a change is measured from
    (vocab comparison_base_leads before "from"), only numbers and their units between "from" and "in"."""
    if start < 4 or doc[start - 1].lower_ not in ("in", "on"):
        return False
    for i in range(start - 2, max(0, start - 3 - _FIGURE_REACH), -1):
        t = doc[i]
        if t.lower_ == "from":
            return i > 0 and i < start - 2 and is_word(doc[i - 1], _COMPARISON_LEADS)
        if not (t.like_num or t.tag_ in ("CD", "$", "SYM") or t.text in ("%", "$", "£", "€")
                or t.lower_ in _FIGURE_WORDS):
            return False
    return False


ONSET_SETTERS = frozenset(vocab()["onset_setting_verbs"]["words"])
_ONSET_LEADS = frozenset({"from"}) | ONSET_PARTICIPLES
_ONSET_SETTER_REACH = 14  # "has been asked to help distribute food parcels to families from Monday"


def _onset_set_up(doc: Doc, start: int) -> bool:
    """A time after "from"/"starting"/"beginning" in a clause whose verb sets something up (vocab
    onset_setting_verbs: "declared three days of mourning starting Friday", "ordered schools closed from Monday"):
    the onset of what was set up, which lies ahead of the act. The look stops at punctuation and at a
    conjunction, so another clause's verb sets nothing ("shops were shut from Sunday")."""
    if start >= 3 and doc[start - 1].lower_ == "in" and doc[start - 2].lower_ in ONSET_PARTICIPLES:
        # "approved a pilot starting in January": a month or a year further off; a day after "on" ("called
        # strikes beginning on Monday", said on Thursday) is as often the day the measure already began
        start -= 1
    if start < 2 or doc[start - 1].lower_ not in _ONSET_LEADS:
        return False
    for i in range(start - 2, max(-1, start - 2 - _ONSET_SETTER_REACH), -1):
        t = doc[i]
        if t.is_punct and t.tag_ != "HYPH" or t.tag_ == "CC":
            return False  # (a hyphen inside a word, "a two-year trial", ends no clause)
        if upos(t) in _VERB_POS and is_word(t, ONSET_SETTERS):
            return True
    return False


_NOT_UNTIL_REACH = 8  # tokens back from "until" to the negation of its clause


def _negated_before(doc: Doc, until: int) -> bool:
    """Whether the clause before "until" (at ``until``) is negated ("did not file its report until May 1"): the
    time is when the event did happen, the clause's own time, as "in" and "on" give."""
    for i in range(until - 1, max(-1, until - 1 - _NOT_UNTIL_REACH), -1):
        t = doc[i]
        if t.text in (".", "!", "?", ";") or t.is_sent_start:
            return t.lower_ in _NEGATIONS
        if t.lower_ in _NEGATIONS:
            return True
    return False


def _past_act_until(doc: Doc, until: int) -> bool:
    """Whether "until" (at ``until``) closes a past act that is over ("repairs took until early April", "talks
    lasted until late May"): the end is behind the report, as the act is. Words and tags only (``tag`` runs no
    parser). Not a past form that may announce a state still in force (``until_open_past_words``: "was closed until
    April 1", "The museum closed until April 1 for renovation")."""
    i = until - 1
    while i >= 0 and until - i <= 3 and doc[i].tag_ in ("RB", "JJ", "VBN"):
        if doc[i].lower_ in _UNTIL_OPEN_PAST:
            return False
        i -= 1
    return i >= 0 and doc[i].tag_ == "VBD" and doc[i].lower_ not in _UNTIL_OPEN_PAST


_UNTIL_OPEN_PAST = frozenset(vocab()["until_open_past_words"]["words"])


_FRAMES = vocab()["prospective_frames"]
_FRAME_WORDS = [tuple(f.split()) for f in sorted(_FRAMES["frames"], key=len, reverse=True)]
_FRAME_GAP = 5  # tokens of the event's noun phrase between the frame and the time ("an early general election on")


def _prospective_frame(doc: Doc, start: int) -> bool:
    """Whether the time at ``start`` dates an event noun set up as still to come by the words before it ("paving
    the way for an early election on Feb. 23", "set the stage for talks in March"): the frame (vocab
    "prospective_frames"), a noun phrase of a few words and "on" or "in"."""
    i = start - 1
    if i > 0 and doc[i].tag_ == "POS":
        # "odds of a hike at the central bank's April meeting": the time inside the meeting's owner phrase
        i -= 1
        while i > 0 and i > start - 2 - _FRAME_GAP and upos(doc[i]) in ("DET", "ADJ", "NOUN", "PROPN"):
            i -= 1
    if i < 0 or doc[i].lower_ not in _FRAMES["time_leads"]:
        return False
    j = i - 1
    lo = max(0, i - 1 - _FRAME_GAP)
    # (within the sentence: a token after a sentence start is none of its words; no Doc-wide scan per time)
    while j >= lo and not doc[j + 1].is_sent_start and upos(doc[j]) in ("DET", "ADJ", "NOUN", "PROPN", "NUM"):
        j -= 1
    if j == i - 1 or j < 0:
        return False  # no noun phrase: "for Monday" is the time's own preposition
    for frame in _FRAME_WORDS:
        n = len(frame)
        if j - n + 1 >= 0 and tuple(t.lower_ for t in doc[j - n + 1:j + 1]) == frame:
            return True
    return False


def _over_after(doc: Doc, end: int) -> bool:
    """Whether a relative clause in the past follows the time (", which ended without agreement", ", which the
    opposition won"): the event it dates is over."""
    if end + 1 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in ("which", "who", "when"):
        return False
    for t in doc[end + 2:min(len(doc), end + 8)]:
        if t.is_punct:
            return False
        if t.tag_ == "VBD":
            return True
    return False


# between "until" and the time: "postponed until after the July 25 holiday", "forecast until the weekend"
_UNTIL_BRIDGES = frozenset(vocab()["until_bridges"]["words"])


def _until_before(doc: Doc, start: int) -> int | None:
    """The index of the "until" (or a delay's "to", "for") the time at ``start`` follows, over "after" and "the"."""
    i = start - 1
    while i >= 0 and start - i <= 3 and doc[i].lower_ in _UNTIL_BRIDGES:
        i -= 1
    if i < 0 or not (doc[i].lower_ in UNTIL or doc[i].lower_ in DELAY_TARGETS and i == start - 1):
        return None
    if doc[i].lower_ not in UNTIL and _not_delay_target(doc, i):
        return None  # "moved back in time for Christmas": came before it, was not moved to it
    return i


_NOT_DELAY_TARGETS = [tuple(w.split()) for w in vocab()["not_delay_targets"]["words"]]


def _not_delay_target(doc: Doc, i: int) -> bool:
    return any(i + 1 >= len(p) and tuple(t.lower_ for t in doc[i + 1 - len(p):i + 1]) == p for p in _NOT_DELAY_TARGETS)


def _day_part_start(doc: Doc, start: int) -> int:
    """Where "the morning of", "the early hours of" begins before the time at ``start`` ("sank on the morning of
    Oct. 3": the date is the clause's own time, led by "on"); ``start`` itself when no such phrase stands there."""
    if start < 2 or doc[start - 1].lower_ != "of" or doc[start - 2].lower_ not in DAY_PART_HEADS:
        return start
    i = start - 2
    while i > 0 and doc[i - 1].lower_ in _DAY_PART_MODIFIERS:
        i -= 1
    return i


def _since_gerund(doc: Doc, start: int) -> bool:
    """"since taking office in March", "since being elected in November": "since", a gerund (or "being" /
    "having" and a participle), its object and the time's preposition, with no clause break between."""
    lo = max(0, start - _SINCE_GERUND_REACH)
    for i in range(start - 1, lo, -1):
        t = doc[i]
        if t.is_punct:
            return False
        if t.tag_ == "VBG":
            return doc[i - 1].lower_ == "since"
        if t.tag_ == "VBN" and i >= 2 and doc[i - 1].lower_ in _PERFECT_GERUNDS and doc[i - 2].lower_ == "since":
            return True  # "since being elected in November", "since having moved in 2019"
        if upos(t) in _VERB_POS or t.lower_ == "since":
            return False
    return False


def _named_by_schedule(doc: Doc, start: int) -> bool:
    """The time after "<scheduling noun> of": "a trial date of Feb. 8"."""
    return start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in SCHEDULING_NOUNS


def _scheduling_verb(doc: Doc, noun: int) -> bool:
    """Whether a verb that sets a schedule ("set", "gave", "fixed") governs the noun at ``noun``, a few words
    before it with no clause break."""
    for i in range(noun - 1, max(-1, noun - _SCHEDULING_REACH), -1):
        t = doc[i]
        if t.is_punct:
            return False
        if upos(t) in _VERB_POS and t.dep_ != "aux":
            return is_word(t, SCHEDULING_VERBS)
    return False


def _continuing_after(doc: Doc, start: int) -> bool:
    """Whether the time at token ``start`` closes "<still going on> after|following <event noun> [on]":
    "Protests continue after his arrest on Monday". The present there describes what goes on now, not a
    schedule, and the noun's event set it off, so it lies behind the report. A modal or "will" before the verb
    keeps the future ("will continue after the break on Monday")."""
    i = start - 1
    if i >= 0 and upos(doc[i]) == "ADP":
        i -= 1  # "on", "in", "at" Monday
    if i < 0 or upos(doc[i]) not in ("NOUN", "PROPN"):
        return False
    lo = max(0, start - _AFTER_NOUN_REACH)
    while i >= lo and upos(doc[i]) in ("NOUN", "PROPN", "ADJ", "DET", "PRON", "NUM") and doc[i].lower_ not in _AFTER_LEADS:
        i -= 1
    if i < lo or doc[i].lower_ not in _AFTER_LEADS:
        return False
    verb = next((t for t in reversed(doc[max(0, i - 4):i]) if upos(t) in _VERB_POS), None)
    if verb is None:
        return False
    # "remain grounded after", "stay closed following": the continuing verb stands right before a participle
    return _present_continuing(verb) or (verb.tag_ == "VBN" and verb.i > 0 and _present_continuing(doc[verb.i - 1]))


def _present_continuing(verb: Token) -> bool:
    """A continuing verb in the present with no modal or "will" before it."""
    doc = verb.doc
    return verb.tag_ in ("VBZ", "VBP") and lemma(verb) in _CONTINUING \
        and not any(t.lower_ in FUTURE_AUX or t.tag_ == "MD" for t in doc[max(0, verb.i - 3):verb.i])


_QUOTE_MARKS = frozenset({'"', "“", "”", "'", "‘", "’"})
_TITLE_REACH = 8  # words of a quoted title ("The Long Winter")


def _postponed(doc: Doc, until: int) -> bool:
    """Whether the clause before "until" (at ``until``) delays, extends or grants time: "was postponed until"."""
    sent_lo = doc[until].sent.start if doc.has_annotation("SENT_START") else 0
    lo = max(sent_lo, until - 8)
    i = until
    while i > lo:
        i -= 1
        t = doc[i]
        if t.text in _QUOTE_MARKS:
            # "delayed the release of its game "Ember Crown" until the autumn": a quoted title inside the object is
            # one word of it, not a clause break
            j = i - 1
            while j >= sent_lo and doc[j].text not in _QUOTE_MARKS and i - j <= _TITLE_REACH:
                j -= 1
            if j < sent_lo or doc[j].text not in _QUOTE_MARKS or j == i - 1:
                return False
            lo = max(sent_lo, lo - (i - j + 1))
            i = j
            continue
        if t.is_punct:
            return False
        if is_word(t, POSTPONING):
            return True
        if t.lower_ in _DELAY_PARTICLES and i > 0 and doc[i - 1].lower_ in _PARTICLE_VERBS:
            return True
        if upos(t) == "VERB" and t.tag_ in ("VB", "VBD", "VBN", "VBP", "VBZ"):
            return False  # the clause's own verb is another: "gave a speech and stayed until Friday"
    return False


FIXTURE_VERBS = frozenset(vocab()["fixture_verbs"]["words"])
_OPPONENT_TAGS = frozenset({"NNP", "NNPS", "DT", "POS", "PRP$", "JJ"})
_OPPONENT_REACH = 4


def _fixture_before(span: Span) -> bool:
    """A fixture in the news present right before the day: a team, a fixture verb (vocab "fixture_verbs", often
    tagged as a noun), the opponent, "on" ("City host Brighton on Wednesday", "Arsenal face Chelsea on Saturday").
    Not a past form ("hosted"), and not a noun after an article ("the host Brighton")."""
    doc = span.doc
    i = span.start - 1
    if i >= 0 and doc[i].lower_ in ("on", "at"):
        i -= 1
    k = 0
    while i >= 0 and k < _OPPONENT_REACH and doc[i].tag_ in _OPPONENT_TAGS and doc[i].lower_ not in FIXTURE_VERBS:
        i, k = i - 1, k + 1
    if k == 0 or i < 1 or doc[i].lower_ not in FIXTURE_VERBS or doc[i].tag_ in ("VBD", "VBN", "VBG"):
        return False
    # the team before: a capitalized name (tagged NNP, or NN, JJ when the tagger misreads "Arsenal face"), a comma
    # after a clause about it, or "they"
    prev = doc[i - 1]
    return (prev.text[:1].isupper() and prev.tag_ != "DT") or prev.tag_ in (",", "PRP")


def _describing_participle(tok: Token) -> bool:
    """'will add 0.24 crowns to the price of any soft drink containing more than 5 grams of sugar from January 1': an
    "-ing" participle giving a noun's measure (its object counted) has no tense of its own; the clause's verb gives it
    (one that acts keeps its own reading: "pupils preparing for exams in May")."""
    return tok.tag_ == "VBG" and tok.dep_ == "acl" and not any(c.dep_ in ("aux", "auxpass", "nsubj") for c in tok.children) \
        and any(c.dep_ == "dobj" and any(g.like_num for g in c.subtree) for c in tok.children)


def _verb_tense(span: Span) -> tuple[Direction, bool]:
    """Direction from the verb group the span hangs off (or the nearest one), and whether that verb's clause
    is its own (no reporting verb frames it: :class:`Tense`)."""
    doc: Doc = span.doc
    if _fixture_before(span):
        return Direction.FUTURE, False  # "City host Brighton on Wednesday"
    # whether the span's own tokens were parsed: Doc.has_annotation would scan the whole text on every call
    # where nothing is (the tagging path), and the selective path parses only some sentences anyway
    parsed = any(t.dep for t in span)
    if parsed:
        tok = span.root
        for _ in range(12):  # (up a chain of "of" phrases past a describing participle: "the price of a litre of ...")
            if (upos(tok) in _VERB_POS and tok.dep_ != "aux" and not _describing_participle(tok)
                    or _misread_present(tok)) and not _opening_onset(tok):
                tok = _plan_ender(tok) or tok  # "dropped its plan to build a plant on Monday": the dropping's time
                tok = _modal_perfect_pair(tok) or tok
                reporter = _reporting_verb_before(span, tok)
                if reporter is not None:
                    return _group_tense(reporter), _own_past(reporter)
                direction = _group_tense(tok)
                if direction == Direction.PAST and _reduced_relative_before(span, tok) and _future_governor(
                        next((a for a in tok.ancestors if upos(a) in _VERB_POS), None)):
                    return Direction.NONE, False  # "will see the rise on bills mailed in August"
                # as without a parse: only a reporting verb before the time frames its clause
                direct = (direction == Direction.PAST and _own_past(tok) and not _attributive(span)
                          and (_set_off_relative(tok)
                               or not any(upos(a) == "VERB" and is_word(a, REPORTING_LEMMAS) and a.i < span.start
                                          for a in tok.ancestors)))
                direct = direct or (direction == Direction.PAST and _ranked_past(tok) and not _attributive(span))
                direct = direct or (direction == Direction.PAST and _measured_change(tok) and not _attributive(span))
                direct = direct or (direction == Direction.PAST and _past_perfect(tok) and not _attributive(span))
                return direction, direct or (direction == Direction.FUTURE and (_will_group(tok) or _present_plan_to(tok)))
            if tok.head is tok:
                break
            tok = tok.head
    sent = span.sent if parsed or doc.has_annotation("SENT_START") else doc[:]
    # the nearest verb lies within a clause or two; a bounded window keeps run-on "sentences" linear
    lo, hi = max(sent.start, span.start - 25), min(sent.end, span.end + 25)
    # a full stop the sentence splitter missed ("dating to 1994. In January, ...") still ends the clause
    for i in range(span.start - 1, lo - 1, -1):
        if doc[i].tag_ == "." and doc[i].text in (".", "!", "?"):
            lo = i + 1
            break
    for i in range(span.end, hi):
        if doc[i].tag_ == "." and doc[i].text in (".", "!", "?"):
            hi = i
            break
    best, best_d = None, 10**9
    before = []  # the verbs before the time, for the reporting verb that may frame its clause
    aside = _aside_before(doc, lo, span.start)
    for t in doc[lo:span.start]:
        if t.i in aside:
            continue
        # "would slow the pace of hiring in the first quarter": a gerund after "of" names an activity
        if _is_main_verb(t) and not (t.tag_ == "VBG" and t.i > lo and doc[t.i - 1].lower_ == "of"):
            before.append(t)
    if before and _possessive_after_report(span, before[-1]):
        # "organizers said Sunday's final would start at 7:30 p.m.": the possessed noun opens the complement, whose
        # own verb after it dates the time, not the saying
        before = []
    if before:
        best, best_d = before[-1], span.start - before[-1].i  # the nearest before
        ender = _plan_ender(best)
        if ender is not None:  # "dropped its plan to build a plant on Monday": the dropping's time
            best = ender
        elif len(before) > 1 and _modal_perfect_pair(best, before[-2]) is not None:
            best = before[-2]
        if _reporter_owns(span, best):
            # "said in a statement on Sunday that it would restore supplies": the saying's day, not the complement's
            return _group_tense(best), _own_past(best)
    # "began raising its stake in July, and holds 14.6%": a verb past "and" heads the next clause; "will close
    # its assembly plant in June, the company said": so does one past a comma
    cc = False
    # "shares bought in April face losses": a participle right after its noun and right before the time's
    # preposition is the time's own verb, however close the clause's verb after it stands
    pinned = best is not None and _reduced_relative_before(span, best)
    for t in ([] if pinned else doc[span.end:hi]):
        d = (t.i - span.end + 1) + 0.5  # the verb before is preferred
        if d >= best_d:
            break
        if before and t.lower_ in _SUBORDINATORS and t.i > span.end and doc[t.i - 1].text == ",":
            break  # "will start an audit on Tuesday, after a report on Friday found errors": another clause
        if t.tag_ == "CC" or t.text == ",":
            cc = True
        elif _is_main_verb(t):
            if cc and before and is_word(t, REPORTING_LEMMAS):
                break  # "will cut jobs by the end of its fiscal year in June, the company said": the attribution
                # reports the clause before it, whose verb dates the time however far back it stands
            if t.tag_ == "VBG" and t.i + 1 < hi and doc[t.i + 1].tag_ in ("VBD", "VBZ", "VBP", "MD"):
                continue  # "The next month, fighting resumed": a gerund before a finite verb is its subject
            if t.tag_ == "VBG" and t.i > 0 and doc[t.i - 1].tag_ == "IN" and before:
                continue  # "to peak in the third quarter before easing": the gerund after a preposition is a
                # later (earlier) event of its own, and the verb before the time dates it
            if t.i > 0 and doc[t.i - 1].lower_ == "to":
                if before:
                    # "will hold a public meeting in Alnmouth on Tuesday to discuss the ruling": a purpose clause
                    # after the time never dates it when a verb stands before it, however long its object is
                    continue
                d += 4  # "scheduled a news conference Thursday to announce": the purpose clause is not the event
            elif cc:
                d += 4
            if d < best_d:
                best, best_d = t, d
    if best is None:
        return Direction.NONE, False
    direction = _group_tense(best)
    if pinned and direction == Direction.PAST and len(before) > 1 and _future_governor(before[-2]):
        return Direction.NONE, False
    # without a parse a reporting verb before the time frames the nearest verb's clause ("the company said the
    # offer expired Dec. 15"), unless it is that verb itself ("he said in April"); one after it reports a
    # clause told as it happened ("prices fell in April, officials said"; "the minister, who resigned in
    # April, said"). The verb governs the time only when it stands close to it ("payable Dec. 7" after
    # "directors authorized a split of the common," is the payment's schedule)
    direct = (direction == Direction.PAST and _near(span, best) and _own_past(best) and not _attributive(span)
              and not any(t.i != best.i and upos(t) == "VERB" and is_word(t, REPORTING_LEMMAS) for t in before))
    direct = direct or (direction == Direction.PAST and _near(span, best) and _ranked_past(best)
                        and not _attributive(span))
    direct = direct or (direction == Direction.PAST and _near(span, best) and _measured_change(best)
                        and not _attributive(span))
    direct = direct or (direction == Direction.PAST and _near(span, best) and _past_perfect(best)
                        and not _attributive(span))
    return direction, direct or (direction == Direction.FUTURE and _near(span, best) and (
        _will_group(best) or _present_plan_to(best)
        and not any(upos(t) == "VERB" and is_word(t, REPORTING_LEMMAS) for t in before)))


def _set_off_relative(verb: Token) -> bool:
    """'The authority said Orbitlink, which applied in November, must begin service': a relative clause set off by
    commas is the writer's aside on its noun, not part of what was reported; its past is the writer's own, not a
    tense shifted back by the reporting verb."""
    doc = verb.doc
    lo, hi = verb.left_edge.i, verb.right_edge.i
    return verb.dep_ == "relcl" and lo > 0 and doc[lo - 1].text == "," and doc[lo].tag_ in ("WDT", "WP") \
        and hi + 1 < len(doc) and doc[hi + 1].text == ","


def _reduced_relative_before(span: Span, verb: Token) -> bool:
    """"shares bought in April", "the $600 million borrowed in March": a past participle that follows a noun (or
    a number) and stands right before the time's preposition."""
    doc = span.doc
    return (verb.tag_ == "VBN" and verb.i >= 1 and verb.i + 2 == span.start and doc[span.start - 1].tag_ == "IN"
            and doc[verb.i - 1].tag_ in ("NN", "NNS", "NNP", "NNPS", "CD")
            # "a vote set for Friday will decide": a plan's participle leaves the time to the clause's verb
            and not is_word(verb, FUTURE_VERBS))


def _future_governor(verb: Token | None) -> bool:
    """Whether the clause a reduced relative hangs in looks ahead: "will see the increase on bills mailed in
    August", "would pay for shares bought in April". The participle's past is then no direction of its own (the
    mailing may come before or after the report): the month nearest the report, as with no tense."""
    return verb is not None and _group_tense(verb) == Direction.FUTURE


def _plan_ender(tok: Token) -> Token | None:
    """'dropped its plan to build a battery plant on Monday': for the infinitive of a plan (``ended_plans`` nouns)
    that a past verb ends (``ended_plans`` verbs), that verb: the planned act never happens, so the time dates the
    ending. None otherwise. Read from the words and tags alone, so the tagging path (no parse) reads it too."""
    doc = tok.doc
    if tok.tag_ != "VB" or tok.i < 3 or doc[tok.i - 1].lower_ != "to" or not is_word(doc[tok.i - 2], _ENDED_PLAN_NOUNS) \
            or doc[tok.i - 2].tag_ not in ("NN", "NNS"):
        return None
    for i in range(tok.i - 3, max(-1, tok.i - 4 - _PLAN_OBJECT_REACH), -1):
        t = doc[i]
        if upos(t) in _VERB_POS:
            return t if t.tag_ == "VBD" and is_word(t, _PLAN_ENDING_VERBS) else None
        if upos(t) not in ("DET", "PRON", "ADJ", "NOUN", "PROPN", "NUM", "ADV") and t.tag_ not in ("PRP$", "HYPH", "POS"):
            return None
    return None


def _measured_change(verb: Token) -> bool:
    """"(officials said) exports fell 3% in December", "sales were flat in December": a measured change or result
    told in the simple past is over by the report, reported or not (``measured_change_verbs``, ``measured_states``)."""
    if verb.tag_ != "VBD":
        return False
    if is_word(verb, MEASURED_CHANGE_VERBS):
        return True
    # "sales were flat in December": a past "be" and a measured result right after it
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return verb.lower_ in _BE_PAST and nxt is not None and nxt.lower_ in MEASURED_STATES


def _noun_read_infinitive(t: Token) -> bool:
    """A word after "to" and a planning word that the tagger read as a noun ("was due to end in September", "is set
    to close in March": "end", "close" as NN): after "to" it can only be the plan's verb."""
    doc = t.doc
    return (t.tag_ in ("NN", "NNS") and t.i >= 2 and doc[t.i - 1].lower_ == "to" and doc[t.i - 1].tag_ == "TO"
            and _is_future_verb(doc[t.i - 2]) and t.i + 1 < len(doc) and doc[t.i + 1].tag_ == "IN")


def _is_main_verb(t: Token) -> bool:
    if _noun_read_infinitive(t) or _misread_present(t):
        return True
    return (upos(t) in _VERB_POS and t.dep_ != "aux" and t.lower_ not in FUTURE_AUX and t.tag_ != "MD"
            and not (t.dep_ == "" and _is_auxiliary(t))
            # "the long-delayed plan", "a state-owned firm": a participle inside a modifier
            and not (t.tag_ in ("VBN", "VBD") and t.i > 0 and t.doc[t.i - 1].text == "-")
            and not _adjectival_participle(t)
            and not _opening_onset(t))


_ARTICLES = frozenset({"the", "a", "an"})


def _adjectival_participle(t: Token) -> bool:
    """"the disputed ballots", "a damaged car", "its revised forecast": a participle between an article or a
    possessive and its noun modifies the noun; the clause's verb is elsewhere ("will begin a hand count of the
    disputed ballots on Friday" is a future)."""
    if t.tag_ not in ("VBN", "VBD") or t.i == 0 or t.i + 1 >= len(t.doc):
        return False
    prev, nxt = t.doc[t.i - 1], t.doc[t.i + 1]
    if nxt.tag_ not in ("NN", "NNS"):
        return False
    if prev.lower_ in _ARTICLES or prev.tag_ == "PRP$":
        return True
    # "a list of banned substances", "claims from injured workers", "three damaged cars", "found damaged cables":
    # after a preposition, a number, an adjective or a main verb (not an auxiliary: "had damaged cables" is the
    # verb) a participle before a noun modifies it
    if t.tag_ != "VBN":
        return False
    if prev.tag_ in ("IN", "CD", "JJ") and prev.lower_ not in _NOT_MODIFIER_LEADS:
        return True
    return (prev.tag_ in ("VBD", "VBZ", "VBP", "VB") and upos(prev) == "VERB" and prev.dep_ != "aux"
            and lemma(prev) not in ("be", "have", "get") and not _is_auxiliary(prev))


# words tagged IN after which a participle may well be the verb of a clause ("that reduced fares ...")
_NOT_MODIFIER_LEADS = frozenset({"that", "because", "if", "while", "when", "although", "though", "as", "since",
                                 "whether", "unless"})


_ASIDE_OPENERS = [tuple(w.split()) for w in vocab()["aside_openers"]["words"]]


def _aside_before(doc: Doc, lo: int, start: int) -> range:
    """The tokens of an aside set off by commas that ends right before the time and its preposition ("will hear the
    motions, including a request to keep paying staff, on Tuesday"), else an empty range."""
    close = start - 1
    if close > lo and doc[close].tag_ == "IN":
        close -= 1
    if close <= lo or doc[close].text != ",":
        return range(0)
    for i in range(close - 1, lo, -1):
        if doc[i].text == ",":
            words = tuple(t.lower_ for t in doc[i + 1:i + 3])
            if any(words[:len(o)] == o for o in _ASIDE_OPENERS):
                return range(i, close + 1)
            return range(0)
        if doc[i].tag_ == "." or doc[i].text in (";", ":"):
            break
    return range(0)


def _possessive_after_report(span: Span, verb: Token) -> bool:
    """A time in the possessive ("Sunday's") right after a reporting verb, "that" at most between: the subject of
    the reported clause, not the saying's day."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].tag_ != "POS" or not is_word(verb, REPORTING_LEMMAS):
        return False
    return all(t.lower_ == "that" for t in doc[verb.i + 1:span.start])


_OPENING_ONSETS = frozenset({"beginning", "starting"})


def _opening_onset(t: Token) -> bool:
    """"Beginning in May, the company will charge a fee": the opening says when, the main clause's tense which
    May."""
    return t.tag_ == "VBG" and t.lower_ in _OPENING_ONSETS and t.is_sent_start


# How many words may stand between a past verb and the time it dates: "arrested the two men on April 3".
_DIRECT_GAP = 4
# "returned a collection of stolen paintings in October": the verb's object, one "of" phrase long, and the time's
# preposition; the clause is still the verb's own
_OBJECT_GAP = 7
_OBJECT_TAGS = frozenset({"DT", "PRP$", "JJ", "NN", "NNS", "CD", "POS"})


def _object_phrase(toks) -> bool:
    """Whether ``toks`` are a noun phrase with at most one "of" phrase, ending on the time's preposition."""
    *np, prep = toks
    return (prep.tag_ == "IN" and sum(t.lower_ == "of" for t in np) <= 1 and bool(np)
            and np[0].tag_ in ("DT", "PRP$") and all(t.tag_ in _OBJECT_TAGS or t.lower_ == "of" or _adjectival_participle(t)
                                                   for t in np))


def _near(span: Span, verb: Token) -> bool:
    """Whether ``verb`` stands within _DIRECT_GAP words of the span, with no comma between a verb before it
    and the span ("resigned in April"; "In April, the minister resigned")."""
    doc = span.doc
    if verb.i < span.start:
        between = doc[verb.i + 1:_day_part_start(doc, span.start)]
        if any(t.is_punct and t.text != "%" for t in between):  # "fell 3% in"
            return False
        return len(between) <= _DIRECT_GAP or (len(between) <= _OBJECT_GAP and _object_phrase(between))
    return sum(not t.is_punct for t in doc[span.end:verb.i]) <= _DIRECT_GAP


def _attributive(span: Span) -> bool:
    """A time that modifies the noun after it ("the Jan. 14 deadline", "the April 3 meeting") dates that noun,
    often a schedule, not the clause's verb. Not when that noun is the active subject of a simple past ("The July
    floods killed 20 people", "The June meeting approved the plan"): what it did is told as over, so the noun's
    time is too (a passive subject, "The April 3 meeting was cancelled", or an object may still be a plan)."""
    doc = span.doc
    if not (span.end < len(doc) and doc[span.end].tag_ in ("NN", "NNS")):
        return False
    i = span.end
    while i + 1 < len(doc) and doc[i + 1].tag_ in ("NN", "NNS"):
        i += 1  # "the July flash floods"
    # read off the words, not the parse, as the tagging path has none: the noun phrase, then the past verb
    verb = doc[i + 1] if i + 1 < len(doc) else None
    return not (verb is not None and verb.tag_ == "VBD" and verb.lower_ not in _PASSIVE_BE
                and verb.lower_ not in ("had", "did") and _phrase_opens_clause(doc, span.start))


def _phrase_opens_clause(doc: Doc, start: int) -> bool:
    """Whether the noun phrase holding the time at ``start`` opens its sentence or a clause after a comma (its
    determiner, if any, first): "The July floods killed", "..., the June meeting approved"."""
    i = start - 1
    if i >= 0 and doc[i].tag_ in ("DT", "PRP$"):
        i -= 1
    return i < 0 or doc[i].is_sent_end or doc[i].text in (",", ";", ":", '"', "“") or doc[i + 1].is_sent_start


def _modal_perfect_pair(verb: Token, first: Token | None = None) -> Token | None:
    """'The tour would have begun on November 8 and ended on November 23': a bare past participle joined by "and"
    to a verb under a modal perfect ("would have", "could have") shares that verb group, so tells no past of its
    own; the first verb (``first``: the verb before it, where the text is not parsed), or None."""
    if verb.tag_ not in ("VBD", "VBN") or verb.i == 0 or verb.doc[verb.i - 1].lower_ != "and":
        return None
    if first is None:
        # (a passive's own "been" is the same group's: "might have collapsed and been repaired")
        if verb.dep_ != "conj" or any(c.dep_ in ("aux", "nsubj", "nsubjpass") or c.dep_ == "auxpass"
                                      and c.lower_ != "been" for c in verb.children):
            return None
        first = verb.head
    if first.tag_ != "VBN" or first.i >= verb.i:
        return None
    # ("would not have been completed", "would almost certainly have been")
    group = [t.lower_ for t in verb.doc[max(first.sent.start, first.i - 5):first.i]]
    return first if "have" in group and any(w in MODAL_FORWARD for w in group) else None


def _own_past(verb: Token) -> bool:
    """A past the clause tells as what happened: a simple past, or a passive with a past "be" ("was
    arrested"). Not a past perfect ("had been due to expire in April" was a plan), a present perfect ("has
    set Nov. 10 as the deadline") or a present passive ("when the case is heard in May")."""
    # "cut jobs before closing the plant in June": a gerund after before/after/by tells its event in the main
    # verb's tense, and as directly as that verb does
    head = _sequel_gerund_head(verb)
    if head is not None:
        return _own_past(head)
    # "began repairing the pier in October": a gerund after a catenative verb is told in that verb's own past
    if verb.tag_ == "VBG" and verb.i > 0 and _catenative(verb.doc[verb.i - 1]):
        return _own_past(verb.doc[verb.i - 1])
    # the auxiliaries before it (Token.sent would walk the whole sentence again: a full stop ends the look)
    window = []
    for t in verb.doc[max(0, verb.i - 4):verb.i]:
        window = [] if t.tag_ == "." else window + [t.lower_]
    if any(w in _HAVE_PAST or w == "to" for w in window):
        return False
    if verb.tag_ == "VBD" or verb.tag_ == "VB" and "did" in window:
        return True  # (a past with "did": "did not file its report in May")
    if verb.tag_ == "VBN" and not window[-1:] == ["was"] and not window[-1:] == ["were"]:
        first = _coordinated_with(verb, ("VBD",))
        if first is not None:
            return _own_past(first)  # "closed in March and reopened in June": the tagger's participle shares the past
    return verb.tag_ == "VBN" and (bool(window) and window[-1] in _BE_PAST or _after_noun(verb))


def _ranked_past(verb: Token) -> bool:
    """"was the first woman to win the race in August": the infinitive tells what happened, as its clause's
    simple past does."""
    ranked = _ranked_infinitive(verb)
    return ranked is not None and _own_past(ranked)


def _past_perfect(verb: Token) -> bool:
    """A past perfect whose own participle the time dates: "had promised in July", "had been sold in June".
    What it tells was over before the story's past, reported or not (no sequence of tenses turns it into a
    schedule), so a month ahead of the publication is last year's. Not an infinitive after one ("had planned to
    visit in June", "had been due to take effect in July"): that dates the plan's event."""
    if verb.tag_ not in ("VBN", "VBD") or _is_future_verb(verb):
        return False  # "had been expected back in June", "had been scheduled for July": a plan's time
    doc = verb.doc
    i = verb.i - 1
    while i >= max(0, verb.i - 4) and (doc[i].lower_ == "been" or upos(doc[i]) == "ADV"
                                        or doc[i].lower_ in ("not", "n't")):
        i -= 1
    if i >= 0 and doc[i].lower_ in _HAVE_PAST:
        return True
    # "had already eliminated 2,000 jobs last year and sold its unit in May": the second participle shares the
    # first one's "had"
    first = _coordinated_with(verb, ("VBN",)) if verb.tag_ in ("VBN", "VBD") else None
    return first is not None and first.i < verb.i and _past_perfect(first)


def _after_noun(verb: Token) -> bool:
    """A past participle right after its noun, or after a comma that follows one, with no auxiliary: "the
    company, founded in March,", "a law passed in December". It tells what happened, as a simple past does."""
    doc = verb.doc
    i = verb.i - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    return i >= 0 and doc[i].tag_ in ("NN", "NNS", "NNP", "NNPS")


# Between a reporting verb and its time only the verb's own addressee or a short phrase of its own stands:
# "told reporters on Monday", "said in a statement on Monday".
_REPORT_GAP = 6


def _reporting_verb_before(span: Span, verb: Token) -> Token | None:
    """The reporting verb right before the span whose complement the parser hung the span on: "said on
    Monday it would cut" dates the saying, so its tense is the saying's. None when a word of the
    complement comes first ("said that on Monday it would cut", "said the vote on Monday will be free")."""
    if verb.i < span.end:
        return None
    doc = span.doc
    if span.end < len(doc) and doc[span.end].tag_ == "POS":
        return None  # "said Sunday's final would start at 7:30 p.m.": the complement's subject, not the saying's day
    # the complement without the time and its preposition ("on Monday"), which the parser hung on it
    own = set(range(span.start, span.end))
    if span.root.head.i == span.start - 1 and upos(span.root.head) == "ADP":
        own.add(span.start - 1)
    complement = {t.i for t in verb.subtree} - own
    for i in range(span.start - 1, max(span.sent.start, span.start - _REPORT_GAP) - 1, -1):
        t = doc[i]
        if i in complement or t.is_punct:
            return None
        if upos(t) in _VERB_POS:
            if lemma(t) in REPORTING_LEMMAS and t.dep_ != "aux" and t in verb.ancestors:
                return t
            return None
    return None




_COMPLEMENT_OPENERS = frozenset({"that"}) | frozenset(vocab()["singular_subject_pronouns"]["words"]) \
    | frozenset({"they", "we", "i"})


def _reporter_owns(span: Span, verb: Token) -> bool:
    """Without a parse: a reporting verb right before the time, with only its own phrase between ("said in a
    statement on Sunday", "told reporters on Friday"), and its complement opening right after the time ("that",
    a subject pronoun): the time dates the saying, whatever tense the complement has."""
    doc = span.doc
    if verb.i >= span.start or lemma(verb) not in REPORTING_LEMMAS or span.start - verb.i > _REPORT_GAP + 1:
        return False
    # (a participle between an article and its noun is no verb: "said in a televised address on Sunday that")
    if any(t.is_punct or upos(t) in _VERB_POS and not _adjectival_participle(t) or t.lower_ in _COMPLEMENT_OPENERS
           for t in doc[verb.i + 1:span.start]):
        return False  # "said that on Friday it would strike": the time opens the complement
    return span.end < len(doc) and doc[span.end].lower_ in _COMPLEMENT_OPENERS


def _will_group(verb: Token) -> bool:
    """An explicit future: "will", "shall" or "'ll" in the verb's group ("will close the plant in June")."""
    return any(t.lower_ in FUTURE_AUX for t in verb.doc[max(verb.sent.start, verb.i - 4):verb.i])


def _present_plan_to(verb: Token) -> bool:
    """A plan its subject holds now: a present-tense planning verb right before the infinitive ("The club plans to
    sign a striker in January", "aims to open a store in March"), said in no reporting frame: as explicit as "will",
    so a month just gone is not the one meant (a past "planned to" or a reported "said it plans to" keeps its
    slack)."""
    doc = verb.doc
    if verb.tag_ != "VB" or verb.i < 2 or doc[verb.i - 1].lower_ != "to":
        return False
    gov = doc[verb.i - 2]
    return gov.tag_ in ("VBZ", "VBP") and _is_future_verb(gov) \
        and not any(upos(a) == "VERB" and is_word(a, REPORTING_LEMMAS) for a in gov.ancestors)
