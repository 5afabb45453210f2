"""A presence light verb's object the tagger reads as an adjective ("made landfall"): e18 dates the landfall; its
row also takes the verb's subject and reads as a headline with the verb, as "held talks" does (e18 left the row
with no subject and the headline "landfall")."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from test_events_v6 import rows_of  # noqa: E402


@pytest.mark.parametrize("text, timex, subject, event", [
    ("Hurricane Lidia made landfall at 1:40 a.m. on Tuesday near Puerto Vallarta.", "1:40 a.m. on Tuesday",
     "Hurricane Lidia", "Hurricane Lidia made landfall near Puerto Vallarta"),
    ("The typhoon made landfall in Fujian on Sunday.", "Sunday", "The typhoon", "The typhoon made landfall in Fujian"),
    ("The storm will make landfall on Friday, forecasters said.", "Friday", "The storm", "The storm will make landfall"),
])
def test_landfall_row_reads_with_its_verb(text, timex, subject, event):
    df = rows_of(text, "2023-10-12")
    r = df[df["timex_text"] == timex].iloc[0]
    assert (r["trigger"], r["subject"], r["event"]) == ("landfall", subject, event)


def test_adjective_object_of_other_verbs_is_untouched():
    # "made public on Monday": an adjective complement, not a presence noun; the row stays the verb's
    df = rows_of("The ministry made the report public on Monday.", "2023-10-12")
    r = df[df["timex_text"] == "Monday"].iloc[0]
    assert r["trigger"] == "made" and r["subject"] == "The ministry"


# After a clock's "a.m."/"p.m." a word that can only open a sentence opens one (timeline/pipeline/pieces.py): the
# small model ran "... at 10 p.m. Police arrested ..." on as one sentence, and the arrest took the first clause's
# speaker as its source.
@pytest.mark.parametrize("text, timex, trigger, source", [
    ("A student was hurt in a fight outside the bar at 10 p.m. Police arrested two men on Sunday, a spokesman said.",
     "Sunday", "arrested", "a spokesman"),
    ("The last train left at 11:40 p.m. The line reopened on Monday after repairs, the operator said.",
     "Monday", "reopened", "the operator"),
])
def test_sentence_opens_after_a_clock_stop(text, timex, trigger, source):
    df = rows_of(text, "2023-10-12")
    r = df[df["timex_text"] == timex].iloc[0]
    assert (r["trigger"], r["source"]) == (trigger, source)
    assert not r["sentence"].startswith(text[:10])


@pytest.mark.parametrize("text, timex", [
    ("The polls closed at 8 p.m. Tuesday and counting began at once.", "8 p.m. Tuesday"),
    ("The rocket lifted off at 9:12 a.m. EST from Cape Canaveral.", "9:12 a.m. EST"),
    ("The quake struck at 6 a.m. local time on Friday, officials said.", "6 a.m. local time on Friday"),
])
def test_clock_stop_before_a_time_word_keeps_the_sentence(text, timex):
    df = rows_of(text, "2023-10-12")
    assert (df["sentence"] == text).all(), df[["timex_text", "sentence"]].to_dict("records")
