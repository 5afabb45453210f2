"""Events, subjects/sources/modality round 7 (issue 12, helper 12s): a probe of twelve new news articles whose
expected rows were written and committed before the tool ran on them (``tests/data/events_subjects7/probe.json``,
not a blind set), and the rule classes found with it, each rule with positive and negative example sentences
written for it here (not the probe's sentences). ``python tests/test_events_subjects7.py`` prints every probe
row."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import events_gold  # noqa: E402
import pytest  # noqa: E402
import test_events_heldout as heldout  # noqa: E402
from test_events_v6 import _na, row_of  # noqa: E402

PROBE = Path(__file__).parent / "data" / "events_subjects7" / "probe.json"


def load(path: Path = PROBE) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["documents"]


def _text(v) -> str:
    return "" if _na(v) else str(v)


def _row(text: str, timex: str, pub: str = "2025-06-11"):
    return row_of(text, timex, pub)


def _subject(text: str, timex: str, pub: str = "2025-06-11") -> tuple[str, str]:
    row = _row(text, timex, pub)
    return _text(row["subject"]), _text(row["subject_resolved_from"])


# --- a person noun that is the role of a subjectless gerund or participle is no one a pronoun stands for ------------
# (coref._role_of_subjectless: "Before becoming president in 2017, he ..." gave the subject "president")

@pytest.mark.parametrize("text,timex,subject", [
    ("Prime Minister Ana Lind will visit Oslo on Thursday. Before becoming prime minister in 2019, she ran a bank.",
     "2019", "Ana Lind"),
    ("Mayor Tom Reed spoke on Monday. After serving as governor in 2010, he returned to law.", "2010", "Tom Reed"),
])
def test_role_of_a_subjectless_verb_is_no_antecedent(text, timex, subject):
    assert _subject(text, timex)[0] == subject


def test_person_noun_with_its_own_subject_still_counts():
    text = "Police questioned Tom Reed on Monday. The suspect was a former banker, and he had worked in Madrid since 2019."
    assert _subject(text, "2019") == ("The suspect", "he")


# --- a name's own "his"/"her" says its gender when no word of it does (coref._pronoun_marked_gender) ----------------

def test_name_marked_male_by_its_possessive_is_no_she():
    text = ("The board named Laura Morel as chief executive on Monday. She replaces Tarek Odum, who announced his "
            "departure in March. Odum will stay until May, and she will start in June.")
    assert _subject(text, "June") == ("Laura Morel", "she")


def test_unmarked_name_stays_the_nearest():
    text = ("The board named Laura Morel as chief executive on Monday. She replaces Tarek Odum in March. Odum will stay "
            "until May, and she will start in June.")
    assert _subject(text, "June")[0] == "Odum"


def test_possessive_in_a_reported_clause_marks_no_one():
    # the "her" is inside what Kahl said: Kahl's own gender is not given by it
    assert _subject("Sami Kahl said her team would win the cup. He retired in May.", "May") == ("Sami Kahl", "He")


# --- a surname after an earlier mention with a gendered first name is that person, whatever the entity tag -----------

def test_surname_of_an_earlier_first_named_mention_is_a_she():
    text = ("The Halden Philharmonic named Ines Varga as its music director on Tuesday. She succeeds Pieter Claes, who "
            "announced his retirement in February. Varga, 44, studied in Budapest and Vienna and made her debut with the "
            "orchestra in 2019. Claes will conduct his farewell concert on Oct. 12, and she will take over in January.")
    assert _subject(text, "January", "2025-09-10") == ("Varga", "she")


def test_surname_after_a_male_first_name_is_no_she():
    text = ("The club named Jorge Varga as its coach on Tuesday. Varga, 44, made his debut in 2019. The club said on "
            "Wednesday that she would start in January.")
    assert _subject(text, "January", "2025-09-10")[0] != "Varga"


# --- a trailing report the parser coordinated with its clause is found at a paragraph's end too (lead, 23:15) ---------
# (coref._last_word: the paragraph break the parser keeps inside the paragraph's last sentence is no word)

_THEATRE = ("The old theatre, which was badly damaged by a flood in 2019, will reopen on Oct. 3 with a new staging of "
            "Verdi's Aida, {}.\n\nTickets go on sale soon.")


def test_trailing_report_before_a_paragraph_break_is_the_source():
    row = _row(_THEATRE.format("its manager announced on Friday"), "Oct. 3")
    assert _text(row["source"]) == "its manager"


def test_joined_report_before_a_paragraph_break_is_no_source():
    row = _row(_THEATRE.format("and its manager announced a new season on Friday"), "Oct. 3")
    assert _text(row["source"]) == ""


def test_last_word_passes_over_stop_and_paragraph_break():
    import datetime as dt

    from timeline.events.coref import _last_word
    from timeline.pipeline import model, prepare_doc

    nlp = model.load()
    doc = nlp(prepare_doc(nlp, "Its manager spoke on Friday.\n\nTickets go on sale soon.", dt.date(2025, 6, 11), True))
    assert [_last_word(s).text for s in doc.sents] == ["Friday", "soon"]


# --- a name with a gendered first name in an object slot gives way to its sentence's subject, as other names do --------
# (lead, 23:20: "beating top seed Ana Petrova ... The 22-year-old Croatian ... She reached" gave Ana Petrova)

def test_sentence_subject_wins_over_a_first_named_object():
    text = ("Lena Hart won in Rome on Sunday, beating top seed Ana Petrov. The 24-year-old Briton will rise to No. 8 on "
            "Monday. She reached the final in Doha in February, losing to Petrov.")
    assert _subject(text, "February") == ("Lena Hart", "She")


def test_first_named_object_stays_when_the_subject_is_the_other_gender():
    text = ("Tom Hart won in Rome on Sunday, beating top seed Ana Petrov. The 24-year-old Briton will rise to No. 8 on "
            "Monday. She reached the final in Doha in February.")
    assert _subject(text, "February")[0] == "Ana Petrov"


# --- a plural "they" that is reported on (a passive reporting verb) may still stand for the last plural subject -------

@pytest.mark.parametrize("text,timex,subject", [
    ("Two cars were stolen from the depot on Sunday. They were reported missing on Monday.", "Monday", "Two cars"),
    ("Four hikers were found by a helicopter crew on Sunday. They had been reported missing by a friend on Friday.",
     "Friday", "Four hikers"),
])
def test_they_reported_on_is_the_last_plural_subject(text, timex, subject):
    assert _subject(text, timex) == (subject, "They")


def test_they_that_report_are_no_things():
    assert _subject("Shares rose 4% on Friday. They said on Monday that profits were up.", "Monday")[0] == "They"


# --- a relative clause set off by a comma deeper in a subject's phrase is an aside (link._set_off_clauses) ------------

@pytest.mark.parametrize("text,timex,subject", [
    ("Support for the museum, which was founded in 1901, was doubled last March.", "last March", "Support for the museum"),
    ("The mayor of Lyon, who took office in 2020, resigned on Monday.", "Monday", "The mayor of Lyon"),
])
def test_set_off_clause_deeper_in_the_subject_goes(text, timex, subject):
    assert _subject(text, timex)[0] == subject


def test_clause_without_a_comma_says_which_and_stays():
    text = "The owner of the shop that burned down in May was arrested on Monday."
    assert _subject(text, "Monday")[0].startswith("The owner of the shop that burned down")


# --- the probe ------------------------------------------------------------------------------------------------------

def test_probe_is_well_formed():
    heldout.check_well_formed(load(), 12)


def test_probe_floor():
    docs = load()
    f = heldout.figures(heldout.score(events_gold.run(docs), docs)[0])
    assert f["rows"] == 75 and f["fully_right"] >= FLOOR and f["subject"][0] >= SUBJECT_FLOOR, f


FLOOR = 0
SUBJECT_FLOOR = 0


if __name__ == "__main__":
    heldout.main(load())
