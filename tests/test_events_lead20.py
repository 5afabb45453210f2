"""A length after a clause counts from the verb's own day only ("announced the extension on Saturday, two days after
Saudi Arabia signalled ..."): a day inside the verb's object ("recount ballots from the Nov. 24 vote, a week after a
candidate finished first") is the object's, and counting from it put the result before the vote it came from
(review20, round 1)."""

import pandas as pd

import timeline

PUB = "2025-03-14"


def test_a_day_inside_the_object_is_no_day_to_count_from():
    df = timeline.extract("The commission said on Friday it would audit ballots from the March 2 primary in six "
                          "districts, a week after a challenger finished second.", pub_date=PUB)
    finished = df[df["trigger"] == "finished"]
    assert finished.empty or pd.isna(finished.iloc[0]["start"])


def test_the_verbs_own_day_still_counts():
    df = timeline.extract("The commission ordered the audit on Friday, a week after a challenger finished second.",
                          pub_date=PUB)
    finished = df[df["trigger"] == "finished"]
    assert len(finished) == 1 and str(finished.iloc[0]["start"])[:10] == "2025-03-07"


def test_a_time_the_parser_hung_on_the_verbs_object_still_counts():
    # ("on Monday" hung on "talks", the object of "resumed": still the resuming's day)
    df = timeline.extract("Unions resumed pay talks on Monday, two weeks after the last round collapsed.", pub_date=PUB)
    collapsed = df[df["trigger"] == "collapsed"]
    assert len(collapsed) == 1 and str(collapsed.iloc[0]["start"])[:10] == "2025-02-24"
