"""Probe for helper g23 (issue 12): which event a time dates, and which times give no row, by general classes of
news English not in the g21b/g22/g22b/n21 probes (event nouns dated by a modifier inside an at/during/after/since
phrase, light verbs, times inside infinitive and complement clauses, headline fragments, lists of dated items, and
times that date nothing: ages, a term's length, a rate, a comparison level, a forecast's year, a title). Sentences
written for the purpose (none from a reviewer's text, the corpus or a read/held-out set), committed before the tool
ran on them. Each case: (text, timex, expected), expected being a trigger word, a set of acceptable triggers, or
"no_event:<reason>" / "no_event:*" (a time the tagger does not tag at all gives no row either, which is fine)."""

PUB = "2026-03-18"  # a Wednesday

CASES = [
    # a) an event noun dated by its own modifier inside an adjunct phrase: the noun, not the clause's verb
    ("Shares in the lender rallied after last week's vote in parliament.", "last week", "vote"),
    ("Protesters gathered outside the courthouse ahead of Thursday's verdict.", "Thursday", "verdict"),
    ("The two candidates clashed over taxes during Tuesday's televised debate.", "Tuesday", {"debate", "clashed"}),
    ("Ministers signed the accord at the June summit in Lisbon.", "June", {"summit", "signed"}),
    ("Analysts still question the logic of the 2020 merger of the two dairies.", "2020", "merger"),
    ("The singer has not performed live since the 2019 tour.", "2019", "tour"),
    ("Turnout was lower than at the 2018 election.", "2018", "election"),
    ("Police are reviewing video footage of Saturday's clashes.", "Saturday", "clashes"),
    ("Before the May 4 referendum, polls showed the two camps level.", "May 4", "referendum"),
    ("The company has lost half its value since its March 2023 listing.", "March 2023", "listing"),
    ("Survivors of Monday's landslide were taken to hospital in the capital.", "Monday", "landslide"),
    ("Families of the victims of the 2017 fire are still waiting for compensation.", "2017", "fire"),
    ("Rebuilding after the January floods will take years.", "January", "floods"),
    ("Officials blamed a faulty valve for the Feb. 2 blast at the refinery.", "Feb. 2", "blast"),
    # negatives: the time is the verb's, the noun has no time of its own
    ("Shares in the lender rallied on Friday after the vote.", "Friday", "rallied"),
    ("The two candidates clashed over taxes on Tuesday.", "Tuesday", "clashed"),
    # b) light verbs: the noun carries the event (house convention, as "held talks")
    ("The Senate took a vote on the bill on Friday.", "Friday", "vote"),
    ("Inspectors carried out a surprise inspection of the plant in May.", "May", "inspection"),
    ("The striker had a scan on his ankle on Monday.", "Monday", "scan"),
    ("The two sides will resume negotiations next Monday.", "next Monday", {"resume", "negotiations"}),
    ("Lawyers for the bank lodged an appeal against the fine on Tuesday.", "Tuesday", {"lodged", "appeal"}),
    ("The president will deliver an address to the nation on Sunday evening.", "Sunday evening", "address"),
    ("Troops conducted raids in three villages overnight on Saturday.", "Saturday", {"raids", "conducted"}),
    # c) times inside infinitive and complement clauses: the clause's own verb
    ("The union voted on Monday to strike in April.", "April", "strike"),
    ("The union voted on Monday to strike in April.", "Monday", "voted"),
    ("The board agreed last week to sell the unit by the end of the year.", "the end of the year", "sell"),
    ("The board agreed last week to sell the unit by the end of the year.", "last week", "agreed"),
    ("The minister promised to publish the full report in the spring.", "the spring", "publish"),
    ("Officials said the bridge would reopen to traffic on Saturday.", "Saturday", "reopen"),
    ("The carmaker told staff it would close the factory in 2028.", "2028", "close"),
    ("The mayor on Sunday urged residents to conserve water.", "Sunday", "urged"),
    ("Doctors expect the senator to be discharged next week.", "next week", "discharged"),
    ("The regulator ordered the airline to refund passengers by April 30.", "April 30", "refund"),
    ("Police believe the gang began stealing cars in 2024.", "2024", {"began", "stealing"}),
    # d) headline-like fragments
    ("Storm Ella: schools in the west closed on Monday", "Monday", "closed"),
    ("Miner halts output at Andes copper pit after Tuesday quake", "Tuesday", "quake"),
    ("Flooding in the north: 300 people evacuated on Sunday", "Sunday", "evacuated"),
    ("Markets: stocks slip on Friday as oil jumps", "Friday", "slip"),
    ("Parliament to vote on budget in June", "June", "vote"),
    # e) lists of dated items: each time dates its own item
    ("The quarterfinals are on June 3, the semifinals on June 6 and the final on June 9.", "June 6", "semifinals"),
    ("The quarterfinals are on June 3, the semifinals on June 6 and the final on June 9.", "June 9", "final"),
    ("The museum will host a lecture on May 2, a concert on May 9 and a poetry reading on May 16.", "May 9",
     "concert"),
    ("The museum will host a lecture on May 2, a concert on May 9 and a poetry reading on May 16.", "May 16",
     "reading"),
    ("The company cut jobs in 2019, 2021 and 2023.", "2021", "cut"),
    ("Nominations close on Sept. 1 and voting begins on Sept. 15.", "Sept. 15", "begins"),
    ("Nominations close on Sept. 1 and voting begins on Sept. 15.", "Sept. 1", "close"),
    # f) times that date nothing
    ("The Treasury sold $20 billion of 10-year bonds on Tuesday.", "10-year", "no_event:*"),
    ("The Treasury sold $20 billion of 10-year bonds on Tuesday.", "Tuesday", "sold"),
    ("A 45-year-old man was arrested on Friday.", "45-year-old", "no_event:*"),
    ("A 45-year-old man was arrested on Friday.", "Friday", "arrested"),
    ("Emissions must fall back to the 2019 level by 2030.", "2019", "no_event:*"),
    ("Emissions must fall back to the 2019 level by 2030.", "2030", "fall"),
    ("The 2024 Olympic champion pulled out of Saturday's race.", "2024", "no_event:*"),
    ("The 2024 Olympic champion pulled out of Saturday's race.", "Saturday", "race"),
    ("The bank cut its 2026 growth forecast to 1.1 percent on Monday.", "2026", "no_event:*"),
    ("The bank cut its 2026 growth forecast to 1.1 percent on Monday.", "Monday", "cut"),
    ("Unemployment is now double the 2022 rate.", "2022", "no_event:*"),
    ("Buyers can fix the rate for a 25-year term.", "25-year", "no_event:*"),
    ("Applicants have a 30-day window to appeal, which closes on Friday.", "30-day", "no_event:*"),
    ("Rents in the city rise by about 3 percent per year.", "per year", "no_event:*"),
    ("The firm's 2025 results were published on Thursday.", "2025", "no_event:*"),
    ("The firm's 2025 results were published on Thursday.", "Thursday", "published"),
    ("Prices are still 20 percent above their 2021 levels.", "2021", "no_event:*"),
    # negatives: the same shapes with a real event
    ("The man, who turned 45 on Friday, was arrested at his home.", "Friday", "turned"),
    ("Emissions fell back to their old level in 2019.", "2019", "fell"),
    ("The champion won her first title in 2024.", "2024", "won"),
]

# Second batch (the first was mostly right on main), committed before the tool ran on it: more event nouns, more
# times that date nothing, and clauses whose time belongs to one verb of several
CASES += [
    # g) event nouns dated by a modifier, an "of" phrase, or a time-of-day premodifier
    ("Exports have not recovered since the crash of 2008.", "2008", "crash"),
    ("Insurers are still paying claims from the floods of 2007.", "2007", "floods"),
    ("Markets steadied in the wake of Sunday's attack on the pipeline.", "Sunday", "attack"),
    ("Banks were rescued during the 2008 financial crisis.", "2008", "crisis"),
    ("The police chief defended his Friday night arrest of the protest leader.", "Friday night", "arrest"),
    ("Passengers on the 6 a.m. flight were stranded for hours.", "6 a.m.", "flight"),
    ("Los Angeles will host the 2028 Olympics.", "2028", {"Olympics", "host"}),
    ("She repeated the claims she made in a June 2024 interview.", "June 2024", {"interview", "made"}),
    ("Officials are preparing for next month's state visit by the emperor.", "next month", "visit"),
    ("The stadium was damaged in the Nov. 8 storm and has not reopened.", "Nov. 8", "storm"),
    # negatives: the verb has the time, the noun is a thing
    ("The protest leader was arrested on Friday night.", "Friday night", "arrested"),
    ("The flight left at 6 a.m. on Tuesday.", "6 a.m.", "left"),
    # h) more light and support verbs with an event noun
    ("The former president suffered a stroke on Monday.", "Monday", {"stroke", "suffered"}),
    ("The company issued a profit warning on Thursday.", "Thursday", {"warning", "issued"}),
    ("The two leaders held a phone call on Saturday.", "Saturday", "call"),
    ("Police launched a manhunt for the gunman on Sunday.", "Sunday", {"manhunt", "launched"}),
    # i) a clause's time belongs to one verb of several
    ("The minister refused on Tuesday to resign.", "Tuesday", "refused"),
    ("The company hopes to start production at the plant in 2027.", "2027", "start"),
    ("Police said on Monday that the suspect fled in a stolen car.", "Monday", "said"),
    ("The court heard that the boy was last seen on March 2.", "March 2", "seen"),
    ("After winning the election in May, the mayor raised parking fees.", "May", "winning"),
    ("Engineers who inspected the dam in January found no cracks.", "January", "inspected"),
    ("The firm, which was founded in 1998, filed for bankruptcy on Friday.", "1998", "founded"),
    ("The firm, which was founded in 1998, filed for bankruptcy on Friday.", "Friday", "filed"),
    # j) headline-like fragments
    ("Exclusive: carmaker plans 2,000 job cuts next year - sources", "next year", {"cuts", "plans"}),
    ("Fire at chemical plant on Sunday forces evacuation of 500 homes", "Sunday", "Fire"),
    ("UPDATE 1-Port strike to go ahead on Monday after talks fail", "Monday", {"strike", "go"}),
    ("Court date set for April 14 in fraud case", "April 14", {"set", "date"}),
    # k) times that date nothing
    ("The 82-year-old actor died on Sunday.", "82-year-old", "no_event:*"),
    ("The 82-year-old actor died on Sunday.", "Sunday", "died"),
    ("The city's 2026 budget was approved on Monday.", "2026", "no_event:*"),
    ("The 2030 emissions target was dropped on Tuesday.", "2030", "no_event:*"),
    ("Her three-year term ends in May.", "three-year", "no_event:*"),
    ("Her three-year term ends in May.", "May", "ends"),
    ("The 10-day festival opens on Friday.", "10-day", "no_event:*"),
    ("The 10-day festival opens on Friday.", "Friday", "opens"),
    ("This year's harvest is smaller than last year's.", "last year", "no_event:*"),
    ("Traffic on the bridge was heavier than on a typical Friday.", "a typical Friday", "no_event:*"),
    ("The bank's 2031 bonds fell sharply on Monday.", "2031", "no_event:*"),
    ("The bank's 2031 bonds fell sharply on Monday.", "Monday", "fell"),
    ("The airline posted its first annual profit since 2019.", "2019", "no_event:*"),
    # negatives: a time that dates the same words' event
    ("The bonds mature in 2031.", "2031", "mature"),
    ("The festival lasted 10 days and ended on Sunday.", "Sunday", "ended"),
]

# Third batch, committed before the tool ran on it: times used as labels of kinds (no row) and their negatives
CASES += [
    # l) a time naming a kind of thing or a model, edition, shift or season of things: no row
    ("He was driving a 2012 Toyota when the crash happened on Friday.", "2012", "no_event:*"),
    ("He was driving a 2012 Toyota when the crash happened on Friday.", "Friday", {"happened", "crash"}),
    ("A Sunday newspaper reported that the minister would resign.", "Sunday", "no_event:*"),
    ("Nurses on the night shift walked out on Tuesday.", "night", "no_event:*"),
    ("Nurses on the night shift walked out on Tuesday.", "Tuesday", "walked"),
    ("The weekend ferry service was cut on Monday.", "weekend", "no_event:*"),
    ("The weekend ferry service was cut on Monday.", "Monday", "cut"),
    ("Drivers must fit winter tyres from November.", "winter", "no_event:*"),
    ("Tickets for the 2026-27 season go on sale on Monday.", "2026-27", "no_event:*"),
    ("The daily newspaper will close in June.", "daily", "no_event:*"),
    ("The daily newspaper will close in June.", "June", "close"),
    ("The council scrapped evening classes at the library on Thursday.", "evening", "no_event:*"),
    ("The council scrapped evening classes at the library on Thursday.", "Thursday", "scrapped"),
    ("Members of the Class of 2020 never had a graduation ceremony.", "2020", "no_event:*"),
    ("The club unveiled its 2026 home shirt on Wednesday.", "2026", "no_event:*"),
    ("The club unveiled its 2026 home shirt on Wednesday.", "Wednesday", "unveiled"),
    # negatives: the same words as times of an event
    ("Nurses walked out during the night.", "the night", "walked"),
    ("The ferry ran every weekend until the service was cut in May.", "May", "cut"),
    ("The paper reported on Sunday that the minister would resign.", "Sunday", "reported"),
    ("Heavy snow fell across the north this winter.", "this winter", "fell"),
]

# Fourth batch, committed before the tool ran on it: longer news sentences (fronted times, participial clauses,
# times after long objects, event nouns as subjects or objects of reporting)
CASES += [
    # m) a fronted time dates the main clause's verb, not a noun inside the subject
    ("On Tuesday, the collapse of the hotel's roof injured 14 guests.", "Tuesday", {"injured", "collapse"}),
    ("Late on Friday, negotiators from both sides announced a deal to end the strike.", "Late on Friday",
     "announced"),
    ("In 2019, a report by the city's auditor found widespread fraud.", "2019", "found"),
    # n) a time in a participial clause dates the participle
    ("The ship, launched in 1998, sank off the coast on Sunday.", "1998", "launched"),
    ("The ship, launched in 1998, sank off the coast on Sunday.", "Sunday", "sank"),
    ("Citing a sharp drop in orders since January, the firm cut 300 jobs.", "January", {"drop"}),
    ("Arrested in March, the suspect was released on bail on Thursday.", "March", "Arrested"),
    ("Arrested in March, the suspect was released on bail on Thursday.", "Thursday", "released"),
    # o) a time after a long object dates the verb
    ("Regulators approved the sale of the country's second-largest mobile network to a foreign buyer on Monday.",
     "Monday", "approved"),
    ("The committee published its long-awaited report into the collapse of the water company on Wednesday.",
     "Wednesday", "published"),
    # p) event nouns reported on
    ("Witnesses described the explosion on Saturday as deafening.", "Saturday", {"explosion", "described"}),
    ("Investigators are still trying to explain Monday's derailment near the border.", "Monday", "derailment"),
    ("The agency confirmed the death of a second patient on Friday.", "Friday", {"confirmed", "death"}),
    ("Officials postponed Thursday's launch of the weather satellite.", "Thursday", "launch"),
    # q) times that date nothing inside longer sentences
    ("The bank, which has raised rates 10 times since 2022, kept them at 4.5% on Thursday.", "2022", "raised"),
    ("Shares fell 4% on Monday, their biggest one-day drop since March 2020.", "March 2020", "no_event:*"),
    ("Shares fell 4% on Monday, their biggest one-day drop since March 2020.", "Monday", "fell"),
    ("Turnout reached 68%, above the 2021 level but below the record set in 1992.", "2021", "no_event:*"),
    ("Turnout reached 68%, above the 2021 level but below the record set in 1992.", "1992", "set"),
]

# Fifth batch, committed before the tool ran on it: timeline lists, schedules and dated items set off by
# punctuation
CASES += [
    # r) a dated line of a timeline box: the line's event
    ("2019: The company is founded in a garage in Leeds.\n2021: Its first factory opens in Hull.", "2021",
     "opens"),
    ("2019: The company is founded in a garage in Leeds.\n2021: Its first factory opens in Hull.", "2019",
     "founded"),
    ("March 4 - Protests begin in the capital.\nMarch 9 - The president resigns.", "March 9", "resigns"),
    ("Key dates: Feb. 1, nominations open; March 3, polling day.", "Feb. 1", "open"),
    # s) schedules and lists set off by dashes, semicolons or brackets
    ("The band will play Dublin (June 2), Belfast (June 4) and Cork (June 7).", "June 4", "play"),
    ("Three strikes - in June, August and October - cost the airline $90 million.", "August", "strikes"),
    ("The tour resumes in Lyon on Friday; the final stage is on Sunday.", "Sunday", "stage"),
    ("Two hearings are planned: one on April 2 and another on May 6.", "May 6", {"another", "hearings"}),
    # t) a date in brackets after an event noun
    ("The last eruption (in 1991) forced 20,000 people from their homes.", "1991", "eruption"),
    ("The first vote (on Tuesday) failed by three votes.", "Tuesday", "vote"),
]

# Sixth batch, committed before the tool ran on it (after trying other sentences of these shapes): a time
# premodifying an apposition's noun, and a comparison level after "at"
CASES += [
    # u) a time premodifying the noun of an apposition on the subject: never the main verb's
    ("Velta, a 2018 spin-off of the Danish shipping group, raised $40 million on Tuesday.", "2018",
     {"spin-off", "no_event:*"}),
    ("Velta, a 2018 spin-off of the Danish shipping group, raised $40 million on Tuesday.", "Tuesday", "raised"),
    ("Dr. Amal Haddad, a 1994 graduate of the medical school, was named its dean on Friday.", "1994",
     {"graduate", "no_event:*"}),
    ("The plant, a 1970s relic, will be demolished next year.", "1970s", {"relic", "no_event:*"}),
    ("The plant, a 1970s relic, will be demolished next year.", "next year", "demolished"),
    # negative: a time in the main clause, and an event noun in the apposition
    ("Velta, a spin-off of the shipping group, raised $40 million in 2018.", "2018", "raised"),
    # v) a comparison level after "at": when the level held, no event
    ("Home sales are back at 2019 levels.", "2019", "no_event:*"),
    ("Output has stayed at pre-2020 levels for two years.", "pre-2020", "no_event:*"),
    ("Factory orders remain well below 2022 levels.", "2022", "no_event:*"),
    # negatives: the level's own time, and a place after "at"
    ("Home sales peaked at record levels in 2019.", "2019", "peaked"),
    ("The minister spoke at the 2019 conference.", "2019", {"conference", "spoke"}),
]
