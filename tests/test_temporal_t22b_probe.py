"""Temporal helper t22b (issue 11, direction of a time from the tense): sentences of our own, written and committed
before the tagger ran on them, positive and negative for each class:
 a) a season, month or weekday under a future or expectation verb looks ahead;
 b) "last <season>" said after that season ended this year;
 c) a past participle clause ("borrowings used to buy a mill in March") keeps the past;
 d) "<weekday> next week" is one time, next week's weekday.
``python tests/test_temporal_t22b_probe.py`` prints the misses."""

from __future__ import annotations

import pytest

import timeline

# "last <season>" after this year's season ended: a rule reading it as this year's season cost the dev check half a
# value (.823 -> .822; the tuned half has no such case), so the corpus's annotators read it as the year before:
# dropped, kept here as known misses
_LAST_SEASON = "dev annotation reads 'last <season>' as the year before's; rule dropped (t22b)"

# (sentence, a word of the expected time's span, expected span text, value, pub date)
CASES = [
    # a) future / expectation: ahead
    ("She expected a leadership contest to begin in the spring.", "spring", "the spring", "2025-SP", "2024-11-20"),
    ("The agency would begin a new round of tests in September, officials said.", "September", "September",
     "2026-09", "2026-02-10"),
    ("Analysts expect the central bank to cut rates in March.", "March", "March", "2026-03", "2025-10-15"),
    ("The factory is expected to reopen in January.", "January", "January", "2025-01", "2024-08-01"),
    ("The band plans to tour Europe in the summer.", "summer", "the summer", "2025-SU", "2024-10-03"),
    ("Residents will not be allowed to return before Tuesday at the earliest.", "Tuesday", "Tuesday", "2025-08-19",
     "2025-08-17"),
    ("The talks are due to resume on Thursday.", "Thursday", "Thursday", "2025-08-21", "2025-08-17"),
    # a) negatives: a past verb keeps the past
    ("The leadership contest began in the spring.", "spring", "the spring", "2024-SP", "2024-11-20"),
    ("Sales fell sharply in September.", "September", "September", "2025-09", "2026-02-10"),
    ("She said the tests began in September.", "September", "September", "2025-09", "2026-02-10"),
    ("Residents returned to their homes on Tuesday.", "Tuesday", "Tuesday", "2025-08-12", "2025-08-17"),
    ("The striker had expected to sign a new contract in January.", "January", "January", "2024-01", "2024-08-01"),
    # b) "last <season>" after that season ended this year
    pytest.param("Production of the model ended last spring.", "spring", "last spring", "2025-SP", "2025-09-20",
                 marks=pytest.mark.xfail(strict=True, reason=_LAST_SEASON)),
    pytest.param("The museum reopened last summer after a long refit.", "summer", "last summer", "2025-SU",
                 "2025-11-02",
                 marks=pytest.mark.xfail(strict=True, reason=_LAST_SEASON)),
    # b) negatives: the season not yet over (or not yet begun) this year is last year's
    ("The museum reopened last summer after a long refit.", "summer", "last summer", "2024-SU", "2025-07-10"),
    ("Prices rose last winter.", "winter", "last winter", "2024-WI", "2025-03-01"),
    # c) past participle clause keeps the past
    ("The company reported borrowings of $600 million used to buy a paper mill in March.", "March", "March",
     "1989-03", "1989-10-30"),
    ("Investors holding shares bought in April face steep losses.", "April", "April", "2024-04", "2024-09-12"),
    ("The ministry cited a report published in June.", "June", "June", "2023-06", "2023-11-05"),
    # c) negatives: an infinitive or future under the participle still looks ahead
    ("The money will be used to buy a paper mill in March.", "March", "March", "1990-03", "1989-10-30"),
    ("A report to be published in June will set out the plan.", "June", "June", "2024-06", "2023-11-05"),
    # d) "<weekday> next week"
    ("If no deal is reached by Friday next week, the strike will begin.", "Friday", "Friday next week",
     "2026-06-26", "2026-06-19"),
    ("The results are due on Monday next week.", "Monday", "Monday next week", "2026-06-22", "2026-06-17"),
    # d) negatives
    ("The vote will be held next week.", "week", "next week", "2026-W26", "2026-06-17"),
    ("The vote will be held on Friday.", "Friday", "Friday", "2026-06-19", "2026-06-17"),
    # added after the first run, from the rules written: a past governor keeps the past; a plan participle after
    # its noun does not pin the time; "<weekday> of last week"
    ("Residents were not allowed to return before Tuesday.", "Tuesday", "Tuesday", "2025-08-12", "2025-08-17"),
    ("The firm will be forced to close on Tuesday.", "Tuesday", "Tuesday", "2025-08-19", "2025-08-17"),
    ("A decision expected in March will shape the budget.", "March", "March", "2026-03", "2025-10-15"),
    ("A law passed in December bans the practice.", "December", "December", "2022-12", "2023-11-20"),
    ("The board met on Tuesday of last week.", "Tuesday", "Tuesday of last week", "2023-08-29", "2023-09-05"),
    # a bare verb coordinated with a verb and its gerund ("would finish repairing ... and begin"): the first's tense
    ("Rossi said the team would finish repairing the engine by the summer and begin new tests in September.",
     "September", "September", "2026-09", "2026-02-20"),
    ("The crew will stop drilling the well by Friday and start pumping on Monday.", "Monday", "Monday", "2026-02-23",
     "2026-02-18"),
    ("The crew stopped drilling the well on Friday and began pumping on Monday.", "Monday", "Monday", "2026-02-16",
     "2026-02-18"),
]


def _got(sentence, word, pub):
    for t in timeline.tag(sentence, pub_date=pub):
        if word in t.text:
            return t.text, t.value
    return None, None


@pytest.mark.parametrize("sentence,word,span,value,pub", CASES)
def test_t22b_direction(sentence, word, span, value, pub):
    assert _got(sentence, word, pub) == (span, value)


if __name__ == "__main__":
    bad = 0
    for case in CASES:
        sentence, word, span, value, pub = getattr(case, "values", case)
        got = _got(sentence, word, pub)
        if got != (span, value):
            bad += 1
            print(f"MISS {pub} {sentence!r}: want {(span, value)} got {got}")
    print(f"{len(CASES) - bad}/{len(CASES)} right")
