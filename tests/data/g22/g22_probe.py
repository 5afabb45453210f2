"""Probe for helper g22 (issue 12): which event a time dates, and which times give no row, by general classes of
news English. Sentences written for the purpose (none from a reviewer's text, the corpus or a read/held-out set),
committed before the tool ran on them. Each case: (text, timex, expected), expected being a trigger word, a set of
acceptable triggers, "no_event:<reason>" / "no_event:*", or a dict {"trigger": {...}, "start": day, "end": day}
for a row found by its trigger (the time it is read from may be a length: "two months after ...")."""

PUB = "2025-11-20"

CASES = [
    # a1) "is expected/due to V on whether X is ADJ by DATE": the deadline is the V's, not the whether-clause's
    ("The tribunal is expected to rule on whether the dismissals were unfair by the end of January.",
     "the end of January", "rule"),
    ("Ministers are due to decide on whether the old bridge is safe by Friday.", "Friday", "decide"),
    ("The panel is set to report on whether the vaccine is effective by December 15.", "December 15", "report"),
    ("The league will rule on whether the transfer was valid by next Tuesday.", "next Tuesday", "rule"),
    ("Auditors have been asked to say whether the accounts are accurate by March.", "March", "say"),
    # negatives: the adjective is the main predicate, or the verb has its own time
    ("The new runway will be operational by March.", "March", {"operational", "be"}),
    ("The court ruled on Monday that the strike was lawful.", "Monday", "ruled"),
    ("The road should be passable again by Saturday.", "Saturday", {"passable", "be"}),
    # a2) negated "have" with a compound object: the verb (or the object's head), never a modifier noun
    ("Farmers had not had a decent harvest since 2021.", "2021", {"had", "harvest"}),
    ("The club has not had a home win since October.", "October", {"had", "win"}),
    ("Residents have not had a council tax cut since 2010.", "2010", {"had", "cut"}),
    ("Teachers have not received a real-terms salary increase since 2020.", "2020", {"received", "increase"}),
    ("The island has not had a direct ferry link since 2017.", "2017", {"had", "link"}),
    ("The nurses had a pay rise in April.", "April", {"had", "rise"}),  # negative: not negated
    # a3) a "whose" clause inside the subject or object: its verb takes its own time, the main verb takes its own
    ("Corvan, a chipmaker whose revenue dropped in the quarter to September, cut 200 jobs on Monday.",
     "September", "dropped"),  # (changed after the first run: the tagger tags "the quarter" and "September" apart, the
    # temporal helper's class; the row of "September" is the one the clause's verb must get)
    ("Corvan, a chipmaker whose revenue dropped in the quarter to September, cut 200 jobs on Monday.", "Monday", "cut"),
    ("The actor, whose first film came out in 1994, died on Sunday.", "1994", "came"),
    ("The actor, whose first film came out in 1994, died on Sunday.", "Sunday", "died"),
    ("A ferry operator whose annual profit fell in 2024 is closing two routes.", "2024", "fell"),
    ("Investors sold shares in a retailer whose sales slumped in the six weeks to January 4.",
     "January 4", "slumped"),
    ("The union, whose members backed strikes in October, met managers on Wednesday.", "October", "backed"),
    ("The union, whose members backed strikes in October, met managers on Wednesday.", "Wednesday", "met"),
    # b) "in MONTH, N months after CLAUSE": the clause's verb gets the month moved back (fuzzy)
    ("The regulator opened a full inquiry in March, two months after the two banks agreed to merge.", "March", "opened"),
    ("The regulator opened a full inquiry in March, two months after the two banks agreed to merge.", "two months",
     {"trigger": {"agreed", "merge"}, "start": "2025-01-01", "end": "2025-02-01"}),
    ("The band released a new album in October 2023, three years after its singer left.", "three years",
     {"trigger": {"left"}, "start": "2020-01-01", "end": "2021-01-01"}),
    ("Flights resumed in August, four months after the volcano erupted.", "four months",
     {"trigger": {"erupted"}, "start": "2025-04-01", "end": "2025-05-01"}),
    # c) a comparison base: the time when the compared amount held makes no row of its own
    ("Industrial output would be 12% lower than a year earlier, the central bank estimated.", "a year earlier",
     "no_event:comparison-base"),
    ("The jobless rate rose to 5.2%, up from 4.8% a year earlier.", "a year earlier", "no_event:comparison-base"),
    ("Ticket sales fell 9% compared with the same period last year.", "last year", "no_event:comparison-base"),
    ("New car registrations dropped 6% from a year earlier.", "a year earlier", "no_event:comparison-base"),
    ("Grain exports were 20% higher than a year ago.", "a year ago", "no_event:comparison-base"),
    ("Passenger numbers rose 4% in October from a year earlier.", "a year earlier", "no_event:comparison-base"),
    ("Home prices climbed 3% in the third quarter compared with a year earlier.", "a year earlier",
     "no_event:comparison-base"),
    # negatives: an event of its own a year earlier, or the period the figure is for
    ("A year earlier, the company had cut 400 jobs.", "A year earlier", "cut"),
    ("The brewer had closed its Leeds plant a year earlier.", "a year earlier", "closed"),
    ("The jobless rate stood at 4.8% a year earlier.", "a year earlier", "stood"),
    ("Passenger numbers rose 4% in October from a year earlier.", "October", "rose"),
    ("The insurer was bought by a rival two years earlier.", "two years earlier", "bought"),
]

# Second batch, written and committed before the tool ran on it (the first batch's "a2" sentences all passed on main:
# the misparse needs a hyphenated modifier before the object's nouns)
CASES += [
    # a2) "had not had a real-terms pay rise": the modifier noun is read as a verb
    ("Cleaners have not had an above-inflation wage rise since 2015.", "2015", {"had", "rise"}),
    ("Bus drivers had not had a real-terms pay award since 2012.", "2012", {"had", "award"}),
    ("Care workers have not seen a real-terms wage increase since 2014.", "2014", {"seen", "increase"}),
    ("The union said members pay the higher fee from January.", "January", "pay"),  # negative: a real clause
    # c) more comparison bases after a comparative or a change by an amount
    ("Steel output was 7% lower than a year earlier.", "a year earlier", "no_event:comparison-base"),
    ("Bookings fell 11% from a year ago.", "a year ago", "no_event:comparison-base"),
    ("Wheat prices are about 30% higher than a year ago.", "a year ago", "no_event:comparison-base"),
    ("Mortgage approvals rose 5% from a year earlier to 61,000.", "a year earlier", "no_event:comparison-base"),
    # negatives: "than" or "from" with an event, or a time that is the change's own
    ("The vote came later than a year earlier, when it was held in May.", "May", "held"),
    ("Bookings fell 11% last month.", "last month", "fell"),
    ("Prices had risen sharply a year earlier.", "a year earlier", "risen"),
    ("The plant was reopened a year ago.", "a year ago", "reopened"),
]

# Third batch (read sets' trigger and no-row classes, with sentences of the helper's own), committed before the tool
# ran on it
CASES += [
    # d1) a possessive time on a thing (no event) labels which one it is: no row
    ("Growers are still storing last year's harvest surplus in sheds.", "last year", "no_event:*"),
    ("The board will publish last year's accounts in March.", "last year", "no_event:*"),
    ("The board will publish last year's accounts in March.", "March", "publish"),
    ("Fans queued for this year's programme booklets at the gate.", "this year", "no_event:*"),
    ("Last year's strike cost the port millions.", "Last year", {"strike", "cost"}),  # negative: an event noun ("cost"
    # added after the first run: the house reads a possessed cause's time as the effect's, attach.py _possessed_cause)
    ("Rescuers searched the rubble after last week's magnitude 5.9 earthquake.", "last week", "earthquake"),
    ("Damage from last month's two-day storm is still being counted.", "last month", "storm"),
    # d2) "the most/the highest ... since DATE": a record comparison
    ("The sale raised $80 million, the most for a single auction at the house since April 2019.", "April 2019",
     "no_event:record-comparison"),
    ("The team scored 41 points, the most in a final since 1998.", "1998", "no_event:record-comparison"),
    ("The team has played in every final since 1998.", "1998", {"played"}),  # negative
    # d3) "aged N to M": an age, no event; the time dates the verb
    ("The survey questioned people aged 18 to 24 between May and July.", "May", "questioned"),
    ("The clinic treated children aged 5 to 11 in 2023.", "2023", "treated"),
    # d4) a time ahead of the report on a past verb in a relative clause under a plan: the plan's verb
    ("The minister said the state would repay families who lost savings within the next two years.",
     "the next two years", "repay"),
    ("The council will rehouse tenants who were evicted before the end of March.", "the end of March", "rehouse"),
    ("Officials said they had traced drivers who fled the scene in June.", "June", "fled"),  # negative: a past time
    # d6) "expects to V ... by/before DATE" (the date ahead): the expected act
    ("The agency said it expects to rule on the two remaining complaints before the end of the year.",
     "the end of the year", "rule"),
    ("The airline expects to resume flights to the island, suspended since June, by early December.",
     "early December", "resume"),
    ("The bank expected in June that rates would fall.", "June", "expected"),  # negative: the expecting's time
]

# Fourth batch, committed before the tool ran on it
CASES += [
    # d6') a time ahead of the report hung on a present intending/expecting verb, after the infinitive's object set
    # off by commas: the act intended is what the time dates
    ("The airline hopes to restore its full schedule, disrupted by strikes, before Christmas.", "Christmas", "restore"),
    ("The council plans to reopen the library, closed since a flood, by next spring.", "next spring", "reopen"),
    ("The union expects to ballot its members, who work in 40 depots, before the end of January.",
     "the end of January", "ballot"),
    # negatives: a time gone by stays the intending's (or a plan with its own time)
    ("Last year, the council hoped to build a second bridge.", "Last year", "hoped"),
    ("The firm expected in March to finish the work by the summer.", "March", "expected"),
]

# Fifth batch, committed before the tool ran on it
CASES += [
    # d7) ", with the EVENT-NOUN on DAY" after a clause: an absolute phrase naming a second event, which the time dates
    ("Voting in the north is set for Sunday, with the runoff on March 9.", "March 9", "runoff"),
    ("The first leg will be played on Tuesday, with the return match on Aug. 20.", "Aug. 20", "match"),
    ("Talks resume on Monday, with a final session on Friday.", "Friday", "session"),
    ("Voting in the north is set for Sunday, with the runoff on March 9.", "Sunday", {"set", "Voting"}),
    # negatives: "with" a thing, or a time before "with"
    ("Police arrived on Friday with a warrant.", "Friday", "arrived"),
    ("The team celebrated with fans on Sunday.", "Sunday", "celebrated"),
]

# Sixth batch, committed before the tool ran on it
CASES += [
    # d7') "game" (singular) is a contest as "match" is
    ("Game 5 is set for Thursday, with a deciding game on Saturday if needed.", "Saturday", "game"),
    ("The league moved the opening game to Aug. 14.", "Aug. 14", {"game", "moved"}),
    ("The Rangers won the game on Tuesday.", "Tuesday", "won"),  # negative: the verb's object
    ("The studio released the game in 2019.", "2019", "released"),  # negative: a product
]
