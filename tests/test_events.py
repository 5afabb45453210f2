"""Event linking on hand-made sentences: trigger, arguments, actors, modality, headline."""

import pytest

from timeline import pipeline as nlp_mod
from timeline.events import Event, is_event_nominal, link_timex


@pytest.fixture(scope="module")
def nlp():
    return nlp_mod.load()


def link(nlp, text, timex):
    doc = nlp(text)
    start = text.index(timex)
    return link_timex(doc, start, start + len(timex))


def test_coordinated_verbs_share_the_date_and_headline(nlp):
    ev = link(nlp, "Russia's Defence Minister Sergei Shoigu visited North Korea and met with Kim in July.", "July")
    assert isinstance(ev, Event)
    assert ev.trigger == "met" and ev.trigger_lemma == "meet"
    assert ev.summary.endswith("Shoigu visited North Korea and met with Kim")
    assert "Sergei Shoigu" in ev.actors and "North Korea" in ev.actors
    assert "July" not in ev.summary


def test_reporting_verb_and_weekday(nlp):
    ev = link(nlp, "US National Security Advisor Jake Sullivan said on Tuesday that the talks are advancing.", "Tuesday")
    assert ev.trigger == "said"
    assert "Jake Sullivan" in ev.subject
    assert "on Tuesday" not in ev.summary and ev.summary.startswith("US National Security Advisor Jake Sullivan said")


@pytest.mark.parametrize("text,timex,modality", [
    ("Putin could meet with Kim next week.", "next week", "could"),
    ("The minister will visit Paris next month.", "next month", "will"),
    ("Patel did not provide details on Tuesday.", "Tuesday", "not"),
    ("Officials are expected to sign the deal next year.", "next year", "expected to"),
])
def test_modality(nlp, text, timex, modality):
    ev = link(nlp, text, timex)
    assert modality in ev.modality.split(" ") or ev.modality == modality


def test_event_nominal_in_possessive(nlp):
    ev = link(nlp, "Analysts discussed last year's elections at length.", "last year")
    assert ev.trigger == "elections"


def test_time_after_event_nominal_in_pp_dates_the_nominal(nlp):
    ev = link(nlp, "President Clinton welcomed the figures at a news conference Friday.", "Friday")
    assert ev.trigger == "conference"


def test_quantity_subject_dates_the_verb(nlp):
    ev = link(nlp, "Travelers Corp.'s third-quarter net income rose 11%.", "third-quarter")
    assert ev.trigger == "rose"


@pytest.mark.parametrize("text,timex,trigger", [
    # a time right after a reporting verb dates the saying, even when the parser hangs it on the complement
    ("The police said on Tuesday they had arrested four men.", "Tuesday", "said"),
    ("The president said Monday his government told the envoys it was worried.", "Monday", "said"),
    # a participle describing the main verb's argument is not the event
    ("The sailor was found clinging to a raft on March 3 off the coast.", "March 3", "found"),
    # an amount stated with a copula or a measure verb: the amount noun is the event
    ("A year earlier, net income was $2.1 million.", "A year earlier", "income"),
    ("Last year's results were hurt by restructuring charges.", "Last year", "results"),
    # ", when ..." describes the time: its clause is the event
    ("Profit fell from a year ago, when the industry enjoyed strong demand.", "a year ago", "enjoyed"),
    # a scheduled event has its own time
    ("The prosecutor has scheduled a news conference Thursday to announce the charges.", "Thursday", "conference"),
])
def test_attachment_patterns(nlp, text, timex, trigger):
    assert link(nlp, text, timex).trigger == trigger


def test_amount_subject_stays_in_the_headline(nlp):
    ev = link(nlp, "Third-quarter sales dropped 11% to $1.27 billion.", "Third-quarter")
    assert ev.trigger == "dropped" and ev.summary.startswith("sales dropped")


def test_conjunct_with_its_own_date_stays_out_of_the_headline(nlp):
    text = "Construction began in 1996 and the bridge opened on May 30, 1998."
    ev = link(nlp, text, "1996")
    assert ev.trigger == "began" and "opened" not in ev.summary


def test_fragment_without_predicate_gives_none_or_nearest(nlp):
    assert link(nlp, "Tuesday, 5 September 2023", "Tuesday") is None


def test_event_nominal_lexicon():
    class Tok:  # is_event_nominal reads only these attributes
        def __init__(self, text, pos="NOUN"):
            self.lower_ = text.lower()
            self.lemma_ = text.lower()
            self.pos_ = pos
            self.ent_type_ = ""

    assert is_event_nominal(Tok("invasion")) and is_event_nominal(Tok("talks")) and is_event_nominal(Tok("meeting"))
    assert not is_event_nominal(Tok("government")) and not is_event_nominal(Tok("nation"))
    assert not is_event_nominal(Tok("invade", "VERB"))
