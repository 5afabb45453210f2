"""Probe for helper g22b (issue 12): times that date no event of their own (a statistic's reference period, a
comparison base with a stated earlier figure) and triggers taken from a side noun. Sentences written for the purpose
(none from a reviewer's text, the corpus or a read/held-out set), committed before the tool ran on them. Each case:
(text, timex, expected), expected being a trigger word, a set of acceptable triggers, "no_event:<reason>" or
"no_event:*"."""

PUB = "2025-11-20"

CASES = [
    # a) a statistic's or report's reference period ("for <period>", a period adjective) when the verb has its own time
    ("Retail sales for October will be published on Tuesday.", "October", "no_event:*"),
    ("Retail sales for October will be published on Tuesday.", "Tuesday", "published"),
    ("The inflation figure for September is due on Wednesday.", "September", "no_event:*"),
    ("The inflation figure for September is due on Wednesday.", "Wednesday", {"due", "is"}),
    ("Payroll data for August were revised up last week.", "August", "no_event:*"),
    ("Payroll data for August were revised up last week.", "last week", "revised"),
    ("The airline will announce second-quarter earnings on November 30.", "second-quarter", "no_event:*"),
    ("The airline will announce second-quarter earnings on November 30.", "November 30", "announce"),
    # (changed after the first run from "no_event:*": read set 3's judge reads "revised down its estimates for
    # August" as the estimates' row; the revising is still not what the period dates)
    ("Export figures for June and July were revised lower.", "June", "figures"),
    ("Export figures for June and July were revised lower.", "July", "figures"),
    ("The bank posts its fourth-quarter results on Thursday.", "fourth-quarter", "no_event:*"),
    # negatives: the period is the verb's own time, or a non-statistic "for"
    ("Exports fell 3 percent in October.", "October", "fell"),
    ("Unemployment rose to 5.1 percent in the third quarter.", "the third quarter", "rose"),
    ("The council booked the hall for Saturday.", "Saturday", {"booked", "hall"}),
    ("The airline reported third-quarter profit of $2 billion.", "third-quarter", {"reported", "profit"}),
    ("The minister postponed the vote for a week on Monday.", "Monday", "postponed"),
    # b) a comparison base with a stated earlier figure
    ("Output reached 310,000 barrels a day in October, up from 280,000 in September.", "September", "no_event:*"),
    ("Output reached 310,000 barrels a day in October, up from 280,000 in September.", "October", "reached"),
    ("Ticket sales were 12 percent lower than in May 2019.", "May 2019", "no_event:*"),
    ("Turnout dropped from 71 percent in 2017 to 62 percent in 2024.", "2017", "no_event:*"),
    ("Turnout dropped from 71 percent in 2017 to 62 percent in 2024.", "2024", "dropped"),
    ("Prices climbed to 4.2 percent last month, from a revised 3.9 percent in August.", "August", "no_event:*"),
    ("The jobless rate stood at 4 percent in March, compared with 3.6 percent in January.", "January",
     "no_event:*"),
    # negatives: an earlier time that dates an event of its own
    ("A year earlier, the company had cut 500 jobs.", "A year earlier", "cut"),
    ("The plant closed in 2019 and reopened in 2024.", "2019", "closed"),
    ("Sales rose from Monday after the shop reopened.", "Monday", {"rose", "reopened"}),
    # c) a trigger taken from a side noun (a prepositional phrase's noun) instead of the verb
    ("The central bank, which kept rates on hold at its meeting last week, warned of weak growth.", "last week",
     "kept"),
    ("Nurses approved the pay offer at ballots on Monday and Tuesday.", "Monday", "approved"),
    ("A tourist fell ill after a cruise with the virus in late August.", "late August", {"fell", "ill"}),
    ("The mayor came back from a trade mission with two contracts on Friday.", "Friday", "came"),
    ("Shareholders rejected the bid at a meeting on Thursday.", "Thursday", "rejected"),
    # negatives: the noun is the event
    ("The board meeting on Thursday ended early.", "Thursday", {"meeting", "ended"}),
    ("The committee will hold its meeting next week.", "next week", {"hold", "meeting"}),
    ("His trip to Japan in May was cancelled.", "May", {"trip", "cancelled"}),
]
