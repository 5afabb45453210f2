"""Subjects round s20b: review20's subject classes. (1) a pronoun subject of a saying verb's complement clause is the
saying verb's own subject when that subject can be an "it" / "he" / "she" (not a noun of an earlier sentence);
(2) coordinated predicates with no subject of their own take the first conjunct's subject. Every sentence is our
own (none from a corpus, a held-out set or the reviewer's articles); each class has positive and negative ones."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import pytest  # noqa: E402
from test_events_v6 import _na, row_of  # noqa: E402

PUB = "2024-06-12"


def _field(text: str, timex: str, field: str, pub: str = PUB):
    v = row_of(text, timex, pub)[field]
    return "" if _na(v) else v


# --- "X said it/he/she would ...": the pronoun is X, not a noun of an earlier sentence -----------------------------

@pytest.mark.parametrize("text,timex,subject", [
    ("Shareholders of Ontario's largest grocer met in Toronto. Loblaw also said it expected to close the deal in "
     "the third quarter.", "the third quarter", "Loblaw"),
    ("Portugal's Galp said on Monday it would postpone a refinery upgrade until 2027.", "2027", "Galp"),
    ("Fans in Madrid were furious. The league said it had fined the club in March.", "March", "The league"),
    ("Voters in Ohio were split. The senator told reporters she would retire in 2026.", "2026", "The senator"),
    ("Analysts in London were surprised. The airline said on Tuesday it planned to buy 40 jets by 2030.",
     "Tuesday", "The airline"),
])
def test_pronoun_of_a_said_clause_is_the_speaker(text, timex, subject):
    assert _field(text, timex, "subject").startswith(subject)


@pytest.mark.parametrize("text,timex,subject", [
    # the speaker is plural: "it" is not the speakers but the earlier thing
    ("The museum reopened its east wing. Officials said it had been closed since 2019 for repairs.", "2019",
     "The museum"),
    # "he" cannot be a company: the earlier person stays
    ("Mark Ruiz was fired as chief executive. The bank said he had misled the board in January.", "January",
     "Mark Ruiz"),
])
def test_pronoun_of_a_said_clause_not_a_speaker_that_does_not_fit(text, timex, subject):
    assert _field(text, timex, "subject").startswith(subject)


# --- coordinated predicates without a subject of their own take the first conjunct's subject ----------------------

@pytest.mark.parametrize("text,timex,subject", [
    ("The tariff was introduced in 2015, suspended in May 2021 and restored a year later.", "May 2021",
     "The tariff"),
    ("The tariff was introduced in 2015, suspended in May 2021 and restored a year later.", "a year later",
     "The tariff"),
    ("Okafor trained as an engineer and taught at a college in Lagos in the 1980s.", "the 1980s", "Okafor"),
    ("The festival was cancelled in 2020 and revived in 2023.", "2023", "The festival"),
])
def test_coordinated_predicates_share_the_first_subject(text, timex, subject):
    assert _field(text, timex, "subject").startswith(subject)


@pytest.mark.parametrize("text,timex,subject", [
    # the second conjunct has its own subject: it stays
    ("The tariff was introduced in 2015 and the quota was lifted in 2021.", "2021", "the quota"),
    ("Okafor trained as an engineer and his brother taught in Lagos in the 1980s.", "the 1980s", "his brother"),
])
def test_coordinated_clause_keeps_its_own_subject(text, timex, subject):
    assert _field(text, timex, "subject").startswith(subject)
