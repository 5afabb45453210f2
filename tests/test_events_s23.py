"""Subjects and modality round s23: constructions the s21/s22 probes left out (passives with a "by" agent,
coordinated subjects, fronted adverbials and datelines, title-first appositions, object control, partitives,
expletive "there", raising predicates, quotes with the speaker after, "according to", negation, conditionals,
plans, proposals and denials). Every sentence is our own (tests/data/events_probe_s23/probe.json, written before the
tool ran on it), none from a corpus, a held-out set or the reviewer's articles.
``python tests/test_events_s23.py`` prints the probe and its score."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import pytest  # noqa: E402
from events_probe import load_subject_probe, open_marked, subject_probe_main, subject_problems  # noqa: E402
from test_events_v6 import _na, row_of  # noqa: E402

_DIR = Path(__file__).parent / "data" / "events_probe_s23"
# part 2: more constructions (coordinated passives, absolutes, modal and raising verbs, sources, inversions);
# part 3: hedging adverbs, past modals, allegations, group subjects, clefts, sources, pronouns; part 4: sources of
# reported speech and a few modal cases
PROBE = load_subject_probe(_DIR, "probe.json", "probe2.json", "probe3.json", "probe4.json")


def problems(item: dict) -> list[str]:
    """What the item's row gets wrong (empty when right)."""
    return subject_problems(item, row_of(item["text"], item["timex"], PROBE["pub"]))


# items the round did not fix (kept, so that a later rule shows up as a pass): (cls, timex) -> why
_OPEN: dict[tuple[str, str], str] = {
    ("ctl-object-allow", "October"): "the time dates 'allowed', not the infinitive 'resume' (events/attach.py, not this round's)",
    ("rel-zero-object", "Friday"): "the parser reads 'The man police' as one noun phrase: no relative clause to resolve",
    ("alleg-suspected", "Sunday"): "the time dates the noun 'the fire' (the gerund's object), which did take place; "
                                   "the gold judged the setting",
    ("mod-no-longer", "2020"): "'no longer ... since 2020': no rule for 'no longer' (and the sentence is awkward English)",
    ("mod-yet-to", "March"): "the time dates 'due' (the budget's schedule), which the row states; 'has yet to' is not read",
}


@pytest.mark.parametrize("item", open_marked(PROBE["items"], _OPEN),
                         ids=[f"{i['cls']}:{i['timex']}" for i in PROBE["items"]])
def test_probe_item(item):
    assert not problems(item)


def main() -> None:
    subject_probe_main("s23", PROBE["items"], problems)


if __name__ == "__main__":
    main()


# --- one rule family each: positives and negatives (own sentences) -------------------------------------------------

def _row(text: str, timex: str):
    return row_of(text, timex, PROBE["pub"])


@pytest.mark.parametrize("text,timex,modality", [
    # a hedge or hearsay over a to-infinitive (hedging_raising_predicates): the event is in doubt, not asserted
    ("The economy appears to have shrunk in the fourth quarter.", "the fourth quarter", "appears to"),
    ("The blaze seems to have started in a storeroom on Friday.", "Friday", "seems to"),
    ("The gunman is believed to have fled to Belgium on Saturday.", "Saturday", "believed to"),
    ("The singer is said to have married in 2015.", "2015", "said to"),
    ("The minister is thought to have resigned on Friday.", "Friday", "thought to"),
])
def test_hedging_raising_predicate(text, timex, modality):
    r = _row(text, timex)
    assert r["modality"] == modality and not r["asserted"]


@pytest.mark.parametrize("text,timex", [
    # negatives: the same verbs with no to-infinitive under them state what happened
    ("Witnesses reported seeing smoke over the plant on Friday.", "Friday"),
    ("The minister appeared in court on Monday.", "Monday"),
    ("Police said the gunman fled on Saturday.", "Saturday"),
])
def test_hedging_verb_without_infinitive(text, timex):
    r = _row(text, timex)
    assert _na(r["modality"]) and r["asserted"]


@pytest.mark.parametrize("text,timex,subject", [
    # a fronted participle with "be" after it and no subject of its own: the noun after "be" (link._inverted_subject)
    ("Also arrested on Friday was the mayor's brother.", "Friday", "the mayor's brother"),
    ("Joining the protest on Saturday were hundreds of farmers.", "Saturday", "hundreds of farmers"),
    ("Also charged on Monday were two former directors of the bank.", "Monday", "two former directors of the bank"),
    # negatives: an ordinary passive keeps its subject; a participle with a subject is no inversion
    ("The mayor's brother was arrested on Friday.", "Friday", "The mayor's brother"),
    ("Police arrested on Friday the mayor's brother.", "Friday", "Police"),
])
def test_inverted_subject(text, timex, subject):
    assert _row(text, timex)["subject"] == subject


@pytest.mark.parametrize("text,timex,subject", [
    # a noun's "by" names who is to do what its infinitive says, as its possessor would (link._planner)
    ("A decision by the council to shut the library in June was reversed on Monday.", "June", "the council"),
    ("The bid by rebels to seize the town in May failed.", "May", "rebels"),
    # negative: a possessor still wins; a "by" with a time is no doer
    ("The council's decision to shut the library in June was reversed.", "June", "The council"),
])
def test_by_owner_of_infinitive_noun(text, timex, subject):
    assert _row(text, timex)["subject"] == subject


@pytest.mark.parametrize("text,timex,negated", [
    # "not" before a subject counted as one (negated_one_determiners): none did it
    ("Not a single vote was cast in the village on Sunday.", "Sunday", True),
    ("Not one passenger was hurt on Friday.", "Friday", True),
    ("Not one of the passengers was hurt on Friday.", "Friday", True),
    # negatives: "not all", "not many" leave some that did
    ("Not all flights were cancelled on Monday.", "Monday", False),
    ("Not many voters turned out on Sunday.", "Sunday", False),
])
def test_not_one_subject(text, timex, negated):
    r = _row(text, timex)
    assert (str(r["modality"]) == "not") == negated and bool(r["asserted"]) != negated


@pytest.mark.parametrize("text,timex,modality,asserted", [
    # "slated to" is a plan, as "scheduled to" is
    ("The bridge was slated to open in 2024 but is still closed.", "2024", "slated to", False),
    # negative: "slated" as a verb of its own (criticised) states what happened
    ("Critics slated the film in 2019.", "2019", None, True),
])
def test_slated_to(text, timex, modality, asserted):
    r = _row(text, timex)
    assert (None if _na(r["modality"]) else r["modality"]) == modality and bool(r["asserted"]) == asserted


@pytest.mark.parametrize("text,timex,modality", [
    # a hedging adverb on the verb (hedging_adverbs): on someone's word, not established
    ("Vance allegedly took bribes from a builder in 2016.", "2016", "allegedly"),
    ("The singer reportedly married her manager in 2015.", "2015", "reportedly"),
    ("The fire probably started in the basement on Sunday.", "Sunday", "probably"),
    # a gerund after an alleging verb and its own preposition (alleging_verbs)
    ("Hale is accused of stealing $2 million from the charity in 2018.", "2018", "accused of"),
    ("Hale was charged with stealing $2 million from the charity in 2018.", "2018", "charged with"),
    ("The mayor was cleared of taking bribes in 2019.", "2019", "cleared of"),
])
def test_hedged_or_alleged(text, timex, modality):
    r = _row(text, timex)
    assert r["modality"] == modality and not r["asserted"]


@pytest.mark.parametrize("text,timex", [
    # negatives: an adverb of certainty; a verb that establishes the deed; a charge with a noun, dated itself
    ("The fire clearly started in the basement on Sunday.", "Sunday"),
    ("Hale was convicted of stealing money from the charity in 2018.", "2018"),
    ("Hale admitted stealing money from the charity in 2018.", "2018"),
    ("Hale was charged with theft in 2018.", "2018"),
])
def test_not_hedged(text, timex):
    r = _row(text, timex)
    assert _na(r["modality"]) and r["asserted"]


@pytest.mark.parametrize("text,timex,subject", [
    # a subject's conjunct after "as well as", set off by commas, is an aside (aside_conjunctions)
    ("The coach, as well as three players, was suspended on Tuesday.", "Tuesday", "The coach"),
    ("Spain, as well as Portugal, closed its borders in March.", "March", "Spain"),
    # negatives: a list joined by "and" stays whole; an object is left as it is
    ("Spain, Portugal and Greece closed their borders in March.", "March", "Spain, Portugal and Greece"),
    ("Brazil and Argentina, as neighbours, signed the deal on Friday.", "Friday", "Brazil and Argentina"),
])
def test_aside_conjunct(text, timex, subject):
    assert _row(text, timex)["subject"] == subject


@pytest.mark.parametrize("text,timex,subject", [
    # two subjects the parser split at "as well as" (no commas) are one coordinated subject, written once
    ("The coach as well as three players were suspended on Tuesday.", "Tuesday", "The coach as well as three players"),
    # negative: a run-on noun phrase split in two is still joined ("A magnitude" + "6.4 earthquake")
    ("A magnitude 6.4 earthquake struck the coast on Monday.", "Monday", "A magnitude 6.4 earthquake"),
])
def test_split_subject_after_coordinator(text, timex, subject):
    assert _row(text, timex)["subject"] == subject


@pytest.mark.parametrize("text,timex,source", [
    # "testify" reports what its clause says (reporting_verbs, temporal/vocab/en.json): its subject is the source
    ("The witness testified that he saw the car on Friday.", "Friday", "The witness"),
    ("A nurse testified that the patient had been sedated on Monday.", "Monday", "A nurse"),
    # negative: testimony itself dated is a row of its own, with no source
    ("She testified before Congress in 2019.", "2019", None),
])
def test_testify_reports(text, timex, source):
    r = _row(text, timex)
    assert (None if _na(r["source"]) else r["source"]) == source


@pytest.mark.parametrize("text,timex,source", [
    # a promise's "that" clause is what its subject says will happen (reporting_verbs: promise, pledge, vow)
    ("The mayor promised that the pool would reopen in 2027.", "2027", "The mayor"),
    ("The minister vowed that the border would stay open until May.", "May", "The minister"),
    # negative: a promise to do something oneself is the subject's own plan, with no source
    ("The president vowed to end the war by Christmas.", "Christmas", None),
])
def test_promise_reports(text, timex, source):
    r = _row(text, timex)
    assert (None if _na(r["source"]) else r["source"]) == source and not r["asserted"]
