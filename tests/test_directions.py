"""Which way a time without its year or week points after "until", "by" and "no later than".

A delay, an extension or a deadline looks forward from the report even in a past-tense sentence ("the vote
was postponed until Thursday"); a past verb that only ends a stretch keeps its past ("the strike lasted until
Thursday"). Written against a Tuesday, 2023-09-05.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

import timeline
from timeline.temporal import tense
from timeline.temporal.morph import is_word

DCT = "2023-09-05"


def _both_paths(sentence: str, pub: str) -> tuple[dict, dict]:
    """The values ``tag`` and ``extract`` give each time in ``sentence``: the two paths must agree."""
    table = timeline.extract(sentence, pub_date=pub)
    tagged = {t.text: t.value for t in timeline.tag(sentence, pub_date=pub)}
    return tagged, dict(zip(table.timex_text, table.timex_value))


CASES = [
    # forward: delays, extensions, grants of time, deadlines
    ("The vote was delayed until Thursday.", "Thursday", "2023-09-07"),
    ("The vote was postponed until Thursday.", "Thursday", "2023-09-07"),
    ("The meeting was put off until Thursday.", "Thursday", "2023-09-07"),
    ("The launch was pushed back until Friday.", "Friday", "2023-09-08"),
    ("The court adjourned the case until Monday.", "Monday", "2023-09-11"),
    ("They were given until Thursday to respond.", "Thursday", "2023-09-07"),
    ("Iraq has until Friday to comply.", "Friday", "2023-09-08"),
    ("The report is due by Friday.", "Friday", "2023-09-08"),
    ("It must be done by Friday.", "Friday", "2023-09-08"),
    ("Bids are due no later than Friday.", "Friday", "2023-09-08"),
    ("Officials said the talks were postponed until December.", "December", "2023-12"),
    # "through"/"thru" in the guidelines' until reading: the end of a stretch still ahead
    ("The talks were extended through Friday.", "Friday", "2023-09-08"),
    ("The exhibit runs through Sunday.", "Sunday", "2023-09-10"),
    ("The ban stays in force thru March.", "March", "2024-03"),
    # backward: the past verb ends a stretch or states what was done by then
    ("The strike lasted until Thursday.", "Thursday", "2023-08-31"),
    ("He waited until Monday to call.", "Monday", "2023-09-04"),
    ("He did not arrive until Monday.", "Monday", "2023-09-04"),
    ("He gave a speech and stayed until Friday.", "Friday", "2023-09-01"),
    ("The judge deferred sentencing until Monday.", "Monday", "2023-09-11"),
    ("The troops withdrew by Friday.", "Friday", "2023-09-01"),
    ("By Friday the troops had left.", "Friday", "2023-09-01"),
    ("The strike lasted through Friday.", "Friday", "2023-09-01"),
    # a recession is no recess: whole words, not word beginnings, mark a delay
    ("The economy slid into recession until March.", "March", "2023-03"),
]


@pytest.mark.parametrize("sentence,span,value", CASES, ids=[c[0] for c in CASES])
def test_direction_after_until_and_by(sentence, span, value):
    found = {t.text: t.value for t in timeline.tag(sentence, pub_date=DCT)}
    assert found.get(span) == value, found


@pytest.mark.parametrize("sentence,span,value", [
    ("The bridge opened two weeks later than planned.", "two weeks", "P2W"),
    ("Harvests start ten days earlier than they used to.", "ten days", "P10D"),
])
def test_later_than_is_an_amount(sentence, span, value):
    found = [(t.text, t.type, t.value) for t in timeline.tag(sentence, pub_date=DCT)]
    assert found == [(span, "DURATION", value)]


@pytest.mark.parametrize("word,tag,delays", [
    ("postponed", "VBN", True), ("delays", "NNS", True), ("extension", "NN", True), ("recessed", "VBD", True),
    ("given", "VBN", True), ("granted", "VBD", True),
    ("recession", "NN", False), ("extensive", "JJ", False), ("grantee", "NN", False), ("giveaway", "NN", False),
])
def test_postponing_words_are_whole_words(word, tag, delays):
    tok = Doc(spacy.blank("en").vocab, words=[word], tags=[tag])[0]  # tags as the fast path has them, no lemmas
    assert is_word(tok, tense.POSTPONING) is delays


def test_until_readings_come_from_the_vocabulary():
    assert {"until", "till", "through", "thru"} <= tense.UNTIL
    assert "by" in tense.UNTIL_BY and "by" not in tense.UNTIL


# Against a Wednesday, 2023-09-06: what still goes on "after" an event noun dates that event behind the report;
# a schedule or a future verb keeps the time ahead.
CONTINUING = [
    ("Protests continue after his arrest on Monday.", "Monday", "2023-09-04"),
    ("Flights remain grounded following the strike on Friday.", "Friday", "2023-09-01"),
    ("Anger grows after the vote on Tuesday.", "Tuesday", "2023-09-05"),
    # negatives: a schedule, a future, a time not after an event noun
    ("The festival opens after the ceremony on Friday.", "Friday", "2023-09-08"),
    ("Talks will continue after the break on Monday.", "Monday", "2023-09-11"),
    ("The ban continues until Monday.", "Monday", "2023-09-11"),
]


@pytest.mark.parametrize("sentence,span,value", CONTINUING, ids=[c[0] for c in CONTINUING])
def test_what_continues_after_an_event_dates_that_event_behind_the_report(sentence, span, value):
    for found in _both_paths(sentence, "2023-09-06"):
        assert found.get(span) == value, found


# Tagging reads no parse: the nearest verb decides, and a verb past a comma or "and" heads a clause of its own, so
# the time's own verb before it wins even with a long object between ("a trailing ', the company said'"). The
# tag and extract paths must agree. Negatives: with no verb before the time the one after it still decides.
TRAILING_CLAUSE = [
    ("General Motors will close its Lordstown assembly plant in June, the company said Thursday.", "June",
     "2019-06"),
    ("The carmaker closed its Ohio assembly plant in June, the company said Thursday.", "June", "2018-06"),
    ("The board will review the long-delayed merger plan in June, and shareholders vote in July.", "June",
     "2019-06"),
    ("In June, the company will close the plant.", "June", "2019-06"),
    ("In June, the company closed the plant.", "June", "2018-06"),
]


@pytest.mark.parametrize("sentence,span,value", TRAILING_CLAUSE, ids=[c[0] for c in TRAILING_CLAUSE])
def test_a_clause_after_a_comma_does_not_give_the_time_its_tense(sentence, span, value):
    for found in _both_paths(sentence, "2019-03-08"):
        assert found.get(span) == value, found


# "will", "shall" or "'ll" states what is to happen: a month or day without a year lies ahead of the report, with
# none of the slack a reported or present clause keeps. Negatives: "would" (a reported schedule may be past) and a
# present simple keep the slack.
EXPLICIT_FUTURE = [
    ("The company will sell the plant in June.", "June", "2024-06"),
    ("The company said it will sell the plant in August.", "August", "2024-08"),
    ("The company won't sell the plant before June.", "June", "2024-06"),
    ("The council will vote on Aug. 1.", "Aug. 1", "2024-08-01"),
    ("The company will sell the plant in October.", "October", "2023-10"),
    ("The company said it would sell the plant in August.", "August", "2023-08"),
]


@pytest.mark.parametrize("sentence,span,value", EXPLICIT_FUTURE, ids=[c[0] for c in EXPLICIT_FUTURE])
def test_an_explicit_future_lies_ahead_without_slack(sentence, span, value):
    for found in _both_paths(sentence, "2023-09-05"):
        assert found.get(span) == value, found


# "Beginning in May, ...": an opening onset says when; the main clause's tense says which May. Negative: a past
# main clause keeps the past.
OPENING_ONSET = [
    ("Beginning in May, the company will charge a fee.", "May", "2024-05"),
    ("Starting in January, fares will rise.", "January", "2024-01"),
    ("Beginning in May, the company charged a fee.", "May", "2023-05"),
]


@pytest.mark.parametrize("sentence,span,value", OPENING_ONSET, ids=[c[0] for c in OPENING_ONSET])
def test_an_opening_onset_takes_the_main_clauses_tense(sentence, span, value):
    for found in _both_paths(sentence, "2023-09-25"):
        assert found.get(span) == value, found


# A bare verb after "and" shares the verb group before it ("will begin ... and end ..."): its time lies the
# same way. Negatives: a past pair keeps the past; a verb with its own "to" or auxiliary is its own group.
COORDINATED = [
    ("The festival will open on Monday and close on Saturday.", "Saturday", "2023-09-16"),
    ("Residents should stay indoors and avoid travel on Saturday.", "Saturday", "2023-09-16"),
    ("The festival opened on Monday and closed on Saturday.", "Saturday", "2023-09-09"),
]


@pytest.mark.parametrize("sentence,span,value", COORDINATED, ids=[c[0] for c in COORDINATED])
def test_a_bare_coordinated_verb_shares_the_verb_group_before_it(sentence, span, value):
    for found in _both_paths(sentence, "2023-09-11"):
        assert found.get(span) == value, found


# A month a figure is compared with is one already out: strictly before the report, whatever the verb's tense.
# Negative: the month the figure is for keeps the sentence's reading.
COMPARED = [
    ("Sales were flat compared with December.", "December", "2022-12"),
    ("Sales rose 3% versus December.", "December", "2022-12"),
    ("Prices fell 2% in October compared with September.", "October", "2023-10"),
]


@pytest.mark.parametrize("sentence,span,value", COMPARED, ids=[c[0] for c in COMPARED])
def test_a_month_compared_with_lies_behind_the_report(sentence, span, value):
    for found in _both_paths(sentence, "2023-11-08"):
        assert found.get(span) == value, found


# A measured change told in the simple past is over by the report, even in a reported clause: no schedule
# slack. Negative: a schedule reported in the past keeps the slack ("was set for December" is the coming one).
MEASURED = [
    ("The company said prices rose in December.", "December", "2022-12"),
    ("The agency said exports fell 3% in December.", "December", "2022-12"),
    ("Officials said the vote was set for December.", "December", "2023-12"),
    ("The company said sales were flat in December.", "December", "2022-12"),
    ("The company said the meeting was in December.", "December", "2023-12"),
]


@pytest.mark.parametrize("sentence,span,value", MEASURED, ids=[c[0] for c in MEASURED])
def test_a_reported_measured_change_lies_behind_the_report(sentence, span, value):
    for found in _both_paths(sentence, "2023-11-08"):
        assert found.get(span) == value, found
