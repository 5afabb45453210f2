"""The event linker's word lists, read once from ``lexicon.json`` (the data lives there, with why each
list exists; code refers to these names only)."""

from __future__ import annotations

import json
from pathlib import Path

from ..temporal.tense import REPORTING_LEMMAS
from ..temporal.vocab import vocab

_PATH = Path(__file__).with_name("lexicon.json")


def _load() -> dict[str, list[str] | dict[str, str]]:
    with open(_PATH, encoding="utf-8") as fh:
        data = json.load(fh)
    return {key: entry["words"] for key, entry in data.items() if not key.startswith("_")}


_DATA = _load()


def _words(key: str) -> frozenset[str]:
    return frozenset(_DATA[key])


def _table(key: str) -> dict[str, str]:
    return dict(_DATA[key])


MODAL_AUX: dict[str, str] = _table("modal_auxiliaries")
NEGATIONS = _words("negations")
TIME_REMNANT_POS = _words("time_remnant_pos")
TIME_REMNANT_ADVERBS = _words("time_remnant_adverbs")
# (forecast_ and hedging_raising_predicates: more of the same, kept apart in the data file for why they are there)
RAISING_PREDICATES: dict[str, str] = {**_table("raising_predicates"), **_table("forecast_raising_predicates"),
                                      **_table("hedging_raising_predicates")}
HEDGING_RAISING_PREDICATES = frozenset(_table("hedging_raising_predicates"))
HEDGING_ADVERBS = _words("hedging_adverbs")
HEDGING_PREDICATE_ADJECTIVES: dict[str, str] = _table("hedging_predicate_adjectives")
ASIDE_CONJUNCTIONS = _words("aside_conjunctions")
ALLEGING_VERBS: dict[str, str] = _table("alleging_verbs")
CONDITIONAL_MARKS = _words("conditional_marks")
EVENT_NOUNS = _words("event_nouns") | _words("news_event_nouns") | _words("incident_event_nouns") | _words("arrival_presence_nouns")  # (more of the same, appended)
# a tuple because str.endswith takes one
EVENT_NOUN_SUFFIXES: tuple[str, ...] = tuple(_DATA["event_noun_suffixes"])
NON_EVENT_NOUNS = _words("non_event_nouns") | _words("state_nouns_with_event_suffixes") | _words("thing_nouns_with_event_suffixes")
QUANTITY_NOUNS = _words("quantity_nouns")
CHANGE_VERBS = _words("change_verbs")
MEASURE_VERBS = _words("measure_verbs")
# "Nominations close on Sept. 1": the tagger's list of present verbs it misreads as adjectives (one list for both stages)
BARE_VERB_HOMOGRAPHS = frozenset(vocab()["misread_present_verbs"]["words"])
SAYING_ON_MEDIA = _words("saying_on_media")
ROUTINE_KIND_NOUNS = _words("routine_kind_nouns")
# "Sunday trading returns": a routine only with no article or owner on the noun
ROUTINE_BARE_KIND_NOUNS = _words("routine_bare_kind_nouns")
ROUTINE_KIND_WORDS = _words("routine_kind_words")
COHORT_NOUNS = _words("cohort_nouns")
LIGHT_VERBS = _words("light_verbs")
INDEFINITE_LIGHT_VERBS = _words("indefinite_light_verbs")
ASPECTUAL_VERBS = _words("aspectual_verbs")
DEADLINE_PREPOSITIONS = _words("deadline_prepositions")
IMPLICATIVE_VERBS = _words("implicative_verbs")
SCHEDULING_VERBS = _words("scheduling_verbs")
PERIOD_NOUNS = _words("period_nouns")
PERIOD_VERBS = _words("period_verbs")
RANGE_OPENERS: dict[str, str] = _table("range_openers")
INTERVAL_CUES: dict[str, str] = _table("interval_cues")
CLOSE_BEFORE_LEADS = _words("close_before_leads")
TERM_BOUNDS = _words("term_bounds")
ANCHORED_DURATION_CUES: dict[str, str] = _table("anchored_duration_cues")
ANCHORED_DURATION_AFTER_CUES: dict[str, str] = _table("anchored_duration_after_cues")
VAGUE_COUNT = int(_table("vague_count")["units"])
# "the three months to September": the words that tie a length to the date it runs up to
PERIOD_END_LINKS = _words("period_end_links")
# "lasted for months", "took weeks": verbs whose length phrase measures, not dates
LENGTH_VERBS = _words("length_verbs")
# "down from 3.4% in ...": what makes an amount a comparison's base
COMPARISON_BASE_LEADS = _words("comparison_base_leads")
# "warmer than today": the present as a comparison's other term (comparison-base)
THAN_PRESENT_WORDS = _words("than_present_words")
# "the next six months": a period ahead in its own words
FORWARD_PERIOD_WORDS = _words("forward_period_words")
# "shot to death": the state an act ended in
RESULT_NOUNS = _words("result_nouns")
# "were up 2 pence": a move after "be"
MOVEMENT_ADVERBS = _words("movement_adverbs")
BACKWARD_PERIOD_WORDS = _words("backward_period_words")
PRONOUN_FAMILIES: dict[str, list[str]] = _table("pronoun_families")
ADVERBIAL_MARKS = _words("adverbial_marks")
RELATIVE_PRONOUNS = _words("relative_pronouns")
PERSONAL_PRONOUNS: dict[str, list[str]] = _table("personal_pronouns")
IMPERSONAL_PREDICATES = _words("impersonal_predicates")
PLURAL_PRONOUNS = _words("plural_pronouns")
STAND_IN_SUBJECTS = _words("stand_in_subjects")
LOCATED_STATE_VERBS = _words("located_state_verbs")
DENYING_VERBS = _words("denying_verbs")
INVERTED_CONDITIONALS = _words("inverted_conditionals")
PROVING_VERBS = _words("proving_verbs")
TRANSFER_VERBS = _words("transfer_verbs")
NEGATIVE_IMPLICATIVE_VERBS = _words("negative_implicative_verbs")
PARTICIPLE_CLAUSE_MARKS = _words("participle_clause_marks")
THING_VERBS = _words("thing_verbs")
GROUP_NOUNS = _words("group_nouns")
OBJECT_CONTROL_PREPOSITIONS = _words("object_control_prepositions")
PRONOUN_REACH = int(_table("pronoun_reach")["sentences"])
# multi-word ones as tuples of words
LEADING_CONNECTIVES: frozenset[tuple[str, ...]] = frozenset(tuple(w.split()) for w in _DATA["leading_connectives"])
DANGLING_TAIL_POS = _words("dangling_tail_pos")
ABSOLUTE_PREPOSITIONS = _words("absolute_prepositions")
ATTRIBUTION_PREPOSITIONS = _words("attribution_prepositions")
ATTRIBUTION_NON_SOURCES = _words("attribution_non_sources")
ATTRIBUTION_DOCUMENTS = _words("attribution_documents")
COMPARISON_MARKS = _words("comparison_marks")
FOCUS_ADVERBS = _words("focus_adverbs")
TIME_PREPOSITIONS = _words("time_prepositions")
AMOUNT_SIGNS = _words("amount_signs")
FRACTION_AMOUNTS = _words("fraction_amounts")
TIME_PLACING_ADVERBS = _words("time_placing_adverbs")
UNMARKED_TIME_WORDS = _words("unmarked_time_words")
TIME_REMNANT_NOUNS = _words("time_remnant_nouns")
OCCASION_HOLDERS = _words("occasion_holders")
TIME_LIMIT_WORDS = _words("time_limit_words")
BARE_HEADLINE_ADJECTIVES = _words("bare_headline_adjectives")
SETTING_PREPOSITIONS = _words("setting_prepositions")
FISCAL_UNITS = _words("fiscal_units")
LENGTH_ARGUMENT_PREPOSITIONS = _words("length_argument_prepositions")
OBJECT_RAISING_VERBS = _words("object_raising_verbs")
INCLUSION_WORDS = _words("inclusion_words")
ARTICLE_EXCEPTIONS = {k: tuple(v) for k, v in _table("article_exceptions").items() if k in ("a", "an")}
# the project's one reporting-verb list lives with the temporal vocabulary, which tense reads too
REPORTING_VERBS = REPORTING_LEMMAS  # one list, in the tagger's vocabulary (temporal/tense.py)
# calendar units ("the early hours of Thursday") are parts of a time, not things that happened then
TIME_UNITS = frozenset(vocab()["units"])
# frequency adjectives ("his daily life") are sets, not a time of the noun they modify
FREQUENCY_ADJECTIVES = frozenset(vocab()["set_adverbs"])
LEADING_SUBORDINATORS = _words("leading_subordinators")
OCCASION_PREPOSITIONS = _words("occasion_prepositions")
MARKET_SETTINGS = _words("market_settings")
AMOUNT_IN_MEASURE_VERBS = _words("amount_in_measure_verbs")
MESSAGE_NOUNS = _words("message_nouns")
CURRENCY_HOMOGRAPHS = _words("currency_homographs")
RELATING_VERBS = _words("relating_verbs")
RESCHEDULING_VERBS = _words("rescheduling_verbs")
ACTOR_LABELS = _words("actor_labels")
QUOTES = _words("quotes")
CLAUSE_BREAKS = _words("clause_breaks")
REPORTED_PRONOUN_SUBJECTS: dict[str, str] = _table("reported_pronoun_subjects")
PERSON_NOUNS = _words("person_nouns")
ORGANISATION_NAME_WORDS = _words("organisation_name_words") | _words("place_name_words") | _words("building_firm_name_words")
ORGANISATION_NOUNS = _words("organisation_nouns")
RECORD_WORDS = _words("record_words")
ERA_WORDS = _words("era_words")
COUNT_NOUNS = frozenset(_table("count_phrase")["nouns"])
COUNT_MODIFIERS = frozenset(_table("count_phrase")["modifiers"])
LABEL_NOUNS = _words("label_nouns")
NAMED_EVENT_HEADS = _words("named_event_heads")
TITLE_NOUNS = _words("title_nouns")
TITLING_WORDS = _words("titling_words")
ARGUMENT_PREPOSITIONS = _words("argument_prepositions")
RETURN_VERBS = _words("return_verbs")
BECOMING_VERBS = _words("becoming_verbs")
LINKING_VERBS = _words("linking_verbs")
FORECAST_VERBS: dict[str, str] = _table("forecast_verbs")
WANTING_VERBS: dict[str, str] = _table("wanting_verbs")
NOTICING_VERBS = _words("noticing_verbs")
DIRECTED_DEADLINE_LEADS = _words("directed_deadline_leads")
DIRECTING_VERBS = _words("directing_verbs")
# word -> the names of the event families it belongs to (a word may tell more than one kind: "fire", "break")
EVENT_FAMILIES: dict[str, frozenset[str]] = {}
for _family, _members in _table("event_families").items():
    for _w in _members:
        EVENT_FAMILIES[_w] = EVENT_FAMILIES.get(_w, frozenset()) | {_family}
DOUBTING_REPORT_VERBS: dict[str, str] = _table("doubting_report_verbs")
JUDGING_VERBS = _words("judging_verbs")
# "convicted of murder", "guilty of theft": the judging word before a deed named after "of"
JUDGED_OF_WORDS = _words("judged_of_words")
TO_ARGUMENT_VERBS = _words("to_argument_verbs")
ARGUMENT_PHRASE_NOUNS = _words("argument_phrase_nouns")
CONTENT_INFINITIVE_NOUNS = _words("content_infinitive_nouns")
DATING_VERBS = _words("dating_verbs")
EXPECTING_VERBS = _words("expecting_verbs")
# "faces a court challenge in January": a present state before an event to come (attach)
PROSPECT_VERBS = _words("prospect_verbs")
# "were due to finish in 2015", parsed as "due to [the] finish": the plan's verb (attach, link)
DUE_TO_MISREAD_VERBS = _words("due_to_misread_verbs")
PLANNING_PARTICIPLES = _words("planning_participles")
ONSET_PARTICIPLES = _words("onset_participles")
STATE_PREPOSITIONS = _words("state_prepositions")
SEQUENCE_ADJECTIVES = _words("sequence_adjectives")
QUESTION_MARKS = _words("question_marks")
# "Did the minister know in 2021?", "asked whether the minister knew": how a question shows in the modality
QUESTION_MODALITIES: dict[str, str] = _table("question_modalities")
# "was to have opened the bridge on Monday", "is to visit Japan in November": a plan under a copula
COPULAR_PLANS = _words("copular_plans")
# "called for the bridge to be repaired": what is asked for
DEMANDING_VERBS: dict[str, str] = _table("demanding_verbs")
# "had originally been scheduled for March 3": a plan since changed
SUPERSEDED_PLAN_ADVERBS = _words("superseded_plan_adverbs")
# "the alleged theft in March": an event noun claimed, not established
HEDGING_NOUN_MODIFIERS = _words("hedging_noun_modifiers")
# "The former flew home": which of two things named together "the former"/"the latter" stands for
ORDINAL_ANAPHORS: dict[str, str] = _table("ordinal_anaphors")
# "The 28-year-old, who ...": an epithet whose name is in a sentence before
EPITHET_HEADS = _words("epithet_heads")
SUBJECT_CONTROL_VERBS = _words("subject_control_verbs")
LIGHT_VERB_PREPOSITIONS: dict[str, list[str]] = _table("light_verb_prepositions")
TIME_LEAD_PREPOSITIONS = _words("time_lead_prepositions")
COMMEMORATION_NOUNS = _words("commemoration_nouns")
THAN_TIME_COMPARATIVES = _words("than_time_comparatives")
UNDERGOING_VERBS = _words("undergoing_verbs")
NEAR_MISS_ADVERBS = _words("near_miss_adverbs")
OF_SUBJECT_EVENT_NOUNS = _words("of_subject_event_nouns")
_GENDERED: dict[str, list[str]] = _table("gendered_words")
# word (lower case) -> "female"/"male"; a word in both lists says nothing
GENDER_OF_WORD: dict[str, str] = {
    w: g for g, words in _GENDERED.items() for w in words
    if not any(w in other for h, other in _GENDERED.items() if h != g)}
# every form of a gendered pronoun: "her", "hers" and "herself" are "she"'s
PRONOUN_GENDERS: dict[str, str] = {form: gender for head, gender in _table("pronoun_genders").items()
                                   for form in (head, *PRONOUN_FAMILIES.get(head, ()))}
AUTHORING_VERBS = _words("authoring_verbs")
DEPLOYING_VERBS = _words("deploying_verbs")
PRESENCE_LIGHT_VERBS = _words("presence_light_verbs")
PRESENCE_NOUNS = _words("presence_nouns") | _words("arrival_presence_nouns")
SANCTIONING_VERBS = _words("sanctioning_verbs")
SEQUENCE_VERBS = _words("sequence_verbs")
SAYING_MEDIA = _words("saying_media")
DEADLINE_GRANTING_VERBS = _words("deadline_granting_verbs")
TERM_NOUNS = _words("term_nouns")
AGE_ADJECTIVES = _words("age_adjectives")
GERUND_DOER_VERBS = _words("gerund_doer_verbs")
NAME_PARTICLES = _words("name_particles")
EVENT_COURSE_VERBS = _words("event_course_verbs")
SUBJECT_ADVERBS = _words("subject_adverbs")
NEGATIVE_SUBJECTS = _words("negative_subjects")
NEGATED_ONE_DETERMINERS = _words("negated_one_determiners")
TERM_VERBS = _words("term_verbs")
COMPLEMENT_INFINITIVE_VERBS = _words("complement_infinitive_verbs")
RECEIVER_INFINITIVE_NOUNS = _words("receiver_infinitive_nouns")
NOT_UNTIL_WORDS = _words("not_until_words")
HABITUAL_ADVERBS = _words("habitual_adverbs")
OF_PATIENT_EVENT_NOUNS = _words("of_patient_event_nouns")
EVIDENCE_VERBS = _words("evidence_verbs")
STATE_LEAVING_VERBS = _words("state_leaving_verbs")
COUNT_RAISING_VERBS = _words("count_raising_verbs")
TIME_BOUND_HEDGES = _words("time_bound_hedges")
PLANNED_OCCURRENCE_WORDS = _words("planned_occurrence_words")
CONTEST_OUTCOME_VERBS = _words("contest_outcome_verbs")
CUE_HEDGES: tuple[tuple[str, ...], ...] = tuple(tuple(w.split()) for w in _DATA["cue_hedges"])
CAPACITY_NOUNS = _words("capacity_nouns")
BASE_LEVEL_NOUNS = _words("base_level_nouns")
BASE_LEVEL_PREPOSITIONS = _words("base_level_prepositions")
_TRAILING = _table("trailing_period_words")
TRAILING_PERIOD_LEADS = frozenset(_TRAILING["leads"].split())
TRAILING_PERIOD_UNITS: dict[str, str] = {k: v for k, v in _TRAILING.items() if k != "leads"}
MONEY_WORDS = _words("money_words")
MEASURED_NOUNS = _words("measured_nouns")
DURATIVE_VERBS = _words("durative_verbs")
DEGREE_ADVERBS = _words("degree_adverbs")
INVERTING_WORDS = _words("inverting_words")
# "to Monday at 6 a.m.": the words that close a range before its second end
RANGE_CLOSERS = _words("range_closers")
# "from 1990 until 2011": words joining a range that make its second end a point it runs up to
RANGE_END_POINT_WORDS = _words("range_end_point_words")
# "half of its flights", "a third of the sailings": a share of what is counted
SHARE_WORDS = _words("share_words")
# "struggled with an injury last year": argument prepositions after which a bare time on the verb is the verb's
BARE_TIME_ARGUMENT_PREPOSITIONS = _words("bare_time_argument_prepositions")
UNDERGONE_EVENT_NOUNS = _words("undergone_event_nouns")
UNDERGONE_EVENT_PREPOSITIONS = _words("undergone_event_prepositions")
# "in a unanimous vote", "in a 5-2 vote": a vote that tallies how an act was decided
TALLY_WORDS = _words("tally_words")
TALLY_NOUNS = _words("tally_nouns")
# "has been above target": prepositions of a level after "be"
LEVEL_PREPOSITIONS = _words("level_prepositions")
PERSON_PRONOUNS = _words("person_pronouns")
SPEAKER_SIDE_PRONOUNS = _words("speaker_side_pronouns")
# told reporters: "No decision ...": marks that open a clause inside a sentence
CLAUSE_OPENING_MARKS = _words("clause_opening_marks")
VOTE_SIDE_NOUNS = _words("vote_side_nouns")
# Smith quoted his father: "I built ...": verbs handing a quote to their object, and speakers that name no one
QUOTING_VERBS = _words("quoting_verbs")
OPEN_SPEAKER_PRONOUNS = _words("open_speaker_pronouns")
# "within hours of the crash": prepositions measuring a length off an event
LENGTH_ANCHOR_PREPOSITIONS = _words("length_anchor_prepositions")
# "Several said they", "Two of the nine board members ... they": a quantifier or number heading a group
QUANTIFIER_SUBJECTS = _words("quantifier_subjects")
# "Two people were killed in the attack": who suffered a harm is not the doer of the event it came in
HARMED_IN_VERBS = _words("harmed_in_verbs")
# "dismissed reports that ...": a claim denied as a verb's object
CLAIM_NOUNS = _words("claim_nouns")
DISMISSING_VERBS = _words("dismissing_verbs")
# "The couple married in 1998. They ...": a singular noun of a few people is a group for "they"
PAIR_NOUNS = _words("pair_nouns")
# "double that of July 2024": a pronoun for the compared measure before a time (comparison-base)
COMPARISON_BASE_PRONOUN_LEADS = _words("comparison_base_pronoun_leads")
# "fell to 48% from 57% five years earlier": the word before the amount a change went to
CHANGED_TO_WORDS = _words("changed_to_words")
# "The 2019 champion finished fourth": titleholder nouns a year only names
ROLE_LABEL_NOUNS = _words("role_label_nouns")
# "the 2025 spending bill", "its 2030 climate goals": read with LABEL_NOUNS
PLAN_LABEL_NOUNS = _words("plan_label_nouns")
# "on Feb. 26, days before a March 1 deadline": words measuring a restating length off another time
OFFSET_RESTATEMENT_LINKS = _words("offset_restatement_links")
# "twice what it spent in 2019": words before "what" making its clause the base of a multiple
MULTIPLIER_WORDS = _words("multiplier_words")
# "jets operated by U.S. airlines": participles of a standing relation, not an event
STANDING_PARTICIPLES = _words("standing_participles")
# "the day she arrived", "the reason he left": nouns a bare relative clause hangs on without being its object
ADVERBIAL_RELATIVE_NOUNS = _words("adverbial_relative_nouns")
# "will not let this drag on": verbs taking a bare infinitive after their object
CAUSATIVE_VERBS = _words("causative_verbs")
# "tried to pull it free that night": a past attempt is the event
ATTEMPT_VERBS = _words("attempt_verbs")
# "had asked the exchange for a full report by Friday": the noun is only asked for
ASKING_FOR_VERBS: dict[str, str] = _table("asking_for_verbs")
# "Only about 30 percent of Kenyans": a focus adverb the subject column leaves out
SUBJECT_FOCUS_ADVERBS = _words("subject_focus_adverbs")
# "would not let his flock graze": causatives whose bare infinitive shares their modal and negation
BRINGING_ABOUT_VERBS = _words("bringing_about_verbs")
# "did not begin until the spring" -> "began": past forms the -ed spelling rules do not give
IRREGULAR_PAST_FORMS: dict[str, str] = _table("irregular_past_forms")
# "did not begin until May because of a dispute": words opening the delay's reason
DELAY_REASON_WORDS = _words("delay_reason_words")
# "appointed her to lead the foundation in 1995": a past time after the task dates the choosing
CHOOSING_VERBS = _words("choosing_verbs")
# "a group called IceWolf": a participle giving a name, no event
NAMING_PARTICIPLES = _words("naming_participles")
# "a Sunday night memorial service": the occasion a compound's event word classifies
OCCASION_COMPOUND_HEADS = _words("occasion_compound_heads")
# "announced the move in a televised address on Tuesday": an occasion of saying on a reporting verb's object
SAYING_OCCASIONS = _words("saying_occasions")
# "was written into the constitution in 2009": where a verb puts its object, no event
GOAL_PREPOSITIONS = _words("goal_prepositions")
# "moving the start to 6 a.m.": a clock time that is a proposed new setting
TARGET_SETTING_VERBS = _words("target_setting_verbs")
# "set March 31 as the deadline for talks": a day made the date of something
DATE_SETTING_VERBS = _words("date_setting_verbs")
APPOINTED_DATE_NOUNS = _words("appointed_date_nouns")
# "In contrast to last year, sales rose": a time after these is the base of a comparison
COMPARISON_BASE_PHRASES = _words("comparison_base_phrases")
# "Regulators approved the 2019 merger": verbs that judge an event from outside it
OUTSIDE_JUDGING_VERBS = _words("outside_judging_verbs")
# the one table of verbs that call off, drop or put off an event: each verb (a particle verb as "call off") with its
# roles, and each place reads the verbs of the role it needs
CALLING_OFF_ROLES: dict[str, frozenset[str]] = {verb: frozenset(roles) for verb, roles in _table("calling_off_roles").items()}


def _with_role(role: str) -> frozenset[str]:
    verbs = frozenset(v for v, roles in CALLING_OFF_ROLES.items() if role in roles)
    if not verbs:  # a role misspelt here or in the data
        raise KeyError(f"no verb has the role {role!r} in lexicon.json calling_off_roles")
    return verbs


# "cancelled about 80 flights on Thursday": the time dates the calling off, not the object (attach)
CALLING_OFF_VERBS = _with_role("calls off")
# "The race, scheduled for May 21, was called off": the planned date did not happen (link)
CANCELLING_VERBS = _with_role("undoes its plan")
# "delayed the flights in May": verbs that only move an event (link)
POSTPONING_VERBS = _with_role("only moves")
# "A judge ruled that the landlord had evicted 14 families in February": who states a finding is its source
FINDING_VERBS = _words("finding_verbs")
# "promised aid within 48 hours": a length after a promise counts from the report (events/interval.py)
PROMISING_VERBS = _words("promising_verbs")
# "ordered an inspection within 30 days": a length after an ordered act is its deadline, from the report
ORDERING_VERBS = _words("ordering_verbs")
# "flew ..., before returning to Finland in May": a gerund after these is a later or earlier event of the subject
SEQUENCE_PREPOSITIONS = _words("sequence_prepositions")
# "reached the village but could not find the hiker": a denied past modal is the past verb's own time
PAST_MODALS = _words("past_modals")
# "would arrive \"a few weeks later\" than usual": time comparatives tagged as plain adverbs
COMPARATIVE_TIME_ADVERBS = _words("comparative_time_adverbs")
OFFSET_ADVERBS = _words("offset_adverbs")
OCCASION_DETERMINERS = _words("occasion_determiners")
OBJECT_OCCASION_PREPOSITIONS = _words("object_occasion_prepositions")
# "In 1998 he played Otto Lenz ... He won": a name a part is played of is a weak antecedent (coref)
ROLE_PLAYING_VERBS = _words("role_playing_verbs")
# "Denmark became the first country to pause the rollout": who did what the infinitive says (link)
SUBJECT_INFINITIVE_MODIFIERS = _words("subject_infinitive_modifiers")
NOUN_LINKING_VERBS = _words("noun_linking_verbs")
# "The council approved a plan to remove cars": whose plan it becomes (link)
ADOPTING_VERBS = _words("adopting_verbs")
ABANDONING_VERBS = _words("abandoning_verbs")
SELF_MEASURING_CHANGES = _words("self_measuring_changes")
GERUND_YIELDING_PREPOSITIONS = _words("gerund_yielding_prepositions")
PROSPECT_OBJECT_NOUNS = _words("prospect_object_nouns")
STEP_COUNT_NOUNS = _words("step_count_nouns")
TIME_REMNANT_PARTICIPLES = _words("time_remnant_participles")
# "members learned of the cuts on Sunday": what a learning verb came to know is no event the time dates
LEARNING_VERBS = _words("learning_verbs")
LEARNING_PREPOSITIONS = _words("learning_prepositions")
# "warned managers in writing on March 28": a bare gerund after these is the manner of the verb's act
MANNER_GERUND_PREPOSITIONS = _words("manner_gerund_prepositions")
# "rose 4.7% in August from a year earlier", "less than half the figure for June": a comparison's base (attach)
BASE_OFFSET_WORDS = _words("base_offset_words")
BASE_FIGURE_NOUNS = _words("base_figure_nouns")
BASE_FIGURE_MARKS = _words("base_figure_marks")
# "Britain's entry into the EEC in 1973": an act only under a possessor (attach)
POSSESSED_EVENT_NOUNS = _words("possessed_event_nouns")
# "will cap costs for patients starting next month": an onset word on a noun dates the clause's verb (attach)
ONSET_WORDS_ON_NOUNS = _words("onset_words_on_nouns")
# "within the next year": the stretch from the report, not the next calendar year (interval)
FORWARD_STRETCH_CUES = _words("forward_stretch_cues")
# "talked about the 1980s": a time that is a topic dates nothing (attach)
TOPIC_PREPOSITIONS = _words("topic_prepositions")
# "it could slip into the third quarter": an "it" that slips is a scheduled thing (coref)
SCHEDULE_SLIPPING_VERBS = _words("schedule_slipping_verbs")
# "her team ... Earlier this month, they found coins": a group a doing "they" may stand for (coref)
COLLECTIVE_PEOPLE_NOUNS = _words("collective_people_nouns")
# "held protests on Tuesday" dates the holding; "held talks on Tuesday" the talks (session 17, e17t)
DATED_LIGHT_VERBS = _words("dated_light_verbs")
HELD_GATHERING_NOUNS = _words("held_gathering_nouns")
CONTEST_OCCASION_NOUNS = _words("contest_occasion_nouns")
REFUSAL_VERBS = _words("refusal_verbs")
REFUSED_SAYING_VERBS = _words("refused_saying_verbs")
PLAN_ENDING_VERBS = _words("plan_ending_verbs")
SEASON_KIND_NOUNS = _words("season_kind_nouns")
HEDGED_TIME_OPENERS = _words("hedged_time_openers")
ROUTINE_DAY_WORDS = _words("routine_day_words")
# "is held every year in August": a month beside a yearly SET is a routine's, no particular one
YEARLY_SET_WORDS = _words("yearly_set_words")
ENDED_PLAN_NOUNS = _words("ended_plan_nouns")
FRACTION_DETERMINERS = _words("fraction_determiners")
# "after one in January": a stand-in for an earlier event of the kind counted (attach, helper g19)
EARLIER_INSTANCE_PRONOUNS = _words("earlier_instance_pronouns")
# "planned to open it in May but postponed it until June": the pronoun is the planned act (attach, helper g19)
DELAYED_OBJECT_PRONOUNS = _words("delayed_object_pronouns")
# "On Tuesday, the league plans to hold ...": a fronted time ahead dates the intended act (attach, helper g19)
INTENDING_VERBS = _words("intending_verbs")
# "was found Tuesday clinging to a ledge": a bare time before the state participle dates the finding (attach, g19)
DISCOVERING_VERBS = _words("discovering_verbs")
OBJECT_FORM_PRONOUNS = _words("object_form_pronouns")
RAISING_PREDICATES_AFTER_MODAL: dict[str, str] = _table("raising_predicates_after_modal")
EXCLUDING_VERBS: dict[str, str] = _table("excluding_verbs")
REPORT_TAKING_VERBS = _words("report_taking_verbs")
OUTCOME_VERBS = _words("outcome_verbs")
# "cancelled flights during the strike in March": an act inside an occasion shares its time (attach, helper g19b)
ACT_FRAME_PREPOSITIONS = _words("act_frame_prepositions")
# "could develop into a storm later this week": the state reached, the time the becoming's (attach, helper g19b)
BECOMING_INTO_VERBS = _words("becoming_into_verbs")
# "unthinkable before Russia's invasion in February 2022": the time is the invasion's (attach, helper g20)
PRECEDED_EVENT_PREPOSITIONS = _words("preceded_event_prepositions")
# "Last month's storm killed 54 people": what an event brought about, dated by the event's possessive time (attach, g20)
CONSEQUENCE_VERBS = _words("consequence_verbs")
# "had asked for an emergency meeting last week": the event asked for is ahead of the asking (attach, helper g20b)
REQUESTING_VERBS = _words("requesting_verbs")
REQUEST_NOUNS = _words("request_nouns")
# "detained the driver for questioning on Sunday": the bare gerund is what the act was for (attach, helper g20b)
PURPOSE_PREPOSITIONS = _words("purpose_prepositions")
# "denied wrongdoing in a statement issued late Monday": the statement's giving out dates what it says (attach, g20b)
PUBLISHING_PARTICIPLES = _words("publishing_participles")
PLAIN_SAYING_VERBS = _words("plain_saying_verbs")
# "were given until June to remove the gear": the deadline is what is given, and stays in the headline (summary)
DEADLINE_GIVING_VERBS = _words("deadline_giving_verbs")
# "cleared it to fly in 2020", "took effect Aug. 9 pending approval", "secured promotion with a 3-0 victory on Sunday":
# verbs that clear someone to act, participles used as prepositions, outcomes that were an act's means (attach)
PERMITTING_VERBS = _words("permitting_verbs")
PREPOSITION_PARTICIPLES = _words("preposition_participles")
WINNING_MEANS_NOUNS = _words("winning_means_nouns")
AGE_NOUNS = _words("age_nouns")

# (helper g22) a participle giving an age ("children aged 5 to 11"): no event
AGE_PARTICIPLES = _words("age_participles")
MEASURE_PARTICIPLES = _words("measure_participles")
DEMONSTRATIVES = _words("demonstratives")
# (helper g22) prepositions that make a time a deadline of the act ("rule on X before the end of the year")
DEADLINE_LEADS = _words("deadline_leads")
# (helper s25) "a project due to begin next spring": the noun before the adjective does what the infinitive says
POSTNOMINAL_TIMING_ADJECTIVES = _words("postnominal_timing_adjectives")
# (helper s25) "kept rising until": the gerund, not "keep", is what the time bounds
ONGOING_ASPECTUAL_VERBS = _words("ongoing_aspectual_verbs")
# (helper s25) "enough cash to last until 2027": the cash lasts
RESOURCE_LASTING_VERBS = _words("resource_lasting_verbs")
# (helper g25) "its review of the fire": a time after the object's own complement dates the object
OBJECT_COMPLEMENT_PREPOSITIONS = _words("object_complement_prepositions")
# (helper g25) "spent $4 million on firefighting": the amount's purpose, no event of its own
AMOUNT_PURPOSE_PREPOSITIONS = _words("amount_purpose_prepositions")
# "demanded a siren system after the 2016 incident": the year dates the noun the verb follows
YEAR_NOUN_SEQUENCE_LEADS = _words("year_noun_sequence_leads")
YEAR_DATED_NOUNS = _words("year_dated_nouns")
# "he", "she": the subject forms, the keys of pronoun_genders
PRONOUN_GENDERS_SUBJECT = frozenset(_table("pronoun_genders"))
# "He also confirmed ...": a speaker going on after a quotation
ALSO_WORDS = _words("continuing_adverbs")
# "The minister, in office since 2019, resigned": a set-off state whose time is its own
ASIDE_STATE_PREPOSITIONS = _words("aside_state_prepositions")
