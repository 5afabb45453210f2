"""Probe for helper g24 (issue 12, session 24): which event a time dates, and which times give no row, by kinds of
news English not in the g21b/g22/g22b/g23/g23b/n21 probes: times inside noun phrases of several layers, event nouns
as objects of reporting verbs, times in purpose and result clauses, a time set off by commas after its clause, times
in parentheses, "as of" and "effective" dates, lists with semicolons, times in questions and quotes, and times that
date nothing (ages, lengths of contracts, decades and centuries as styles, names). Sentences written for the purpose
(none from a reviewer's text, the corpus or a read/held-out set), committed before the tool ran on them. Each case:
(text, timex, expected), expected being a trigger word, a set of acceptable triggers, or "no_event:<reason>" /
"no_event:*" (a time the tagger does not tag at all gives no row either, which is fine)."""

PUB = "2026-11-12"  # a Thursday

CASES = [
    # a) a time inside a noun phrase of several layers dates the innermost event noun it modifies, not the outer
    # noun or the clause's verb ("the cancellation of the March 3 flight": the flight was on March 3)
    ("Passengers demanded refunds after the cancellation of the March 3 flight to Lima.", "March 3", "flight"),
    ("The council published a report on last year's floods in the valley.", "last year", "floods"),
    ("Four men went on trial on Monday over the 2019 bombing of a bus station.", "2019", "bombing"),
    ("Four men went on trial on Monday over the 2019 bombing of a bus station.", "Monday", {"went", "trial"}),
    ("Residents called for an inquiry into Tuesday's power cut.", "Tuesday", "cut"),
    ("Hundreds gathered to mark the anniversary of the 1986 disaster.", "1986", "disaster"),
    ("The fallout from the collapse of the June 5 talks is still being felt.", "June 5", "talks"),
    ("Lawyers are studying the ruling on the legality of the 2024 strike.", "2024", "strike"),
    ("The minister faced questions about the cost of the May 1 parade.", "May 1", "parade"),
    # negative: the time is the verb's
    ("The airline cancelled the flight to Lima on March 3.", "March 3", "cancelled"),
    # b) a dated event noun as the object of a reporting or disclosing verb: the noun (the verb has no time)
    ("The company confirmed the 2019 sale of its shipping arm.", "2019", "sale"),
    ("The ministry disclosed the March data breach on Wednesday.", "March", "breach"),
    ("The ministry disclosed the March data breach on Wednesday.", "Wednesday", "disclosed"),
    ("Officials announced the June 1 closure of the coal plant.", "June 1", "closure"),
    ("The club denied Sunday's reports of a takeover.", "Sunday", "reports"),
    ("Investors welcomed last week's rate cut.", "last week", "cut"),
    ("The senator recalled her 1998 meeting with the pope.", "1998", "meeting"),
    # negative: the reporting verb's own time
    ("The company confirmed on Tuesday that it had sold its shipping arm.", "Tuesday", "confirmed"),
    # c) purpose and result clauses: the time belongs to the clause it stands in
    ("The bank cut interest rates in March to support growth.", "March", "cut"),
    ("Crews worked through the night so the line could reopen on Saturday.", "Saturday", "reopen"),
    ("The city raised bus fares in 2024, forcing thousands of commuters back into their cars.", "2024", "raised"),
    ("The council closed the road on Monday to allow repairs to the bridge.", "Monday", "closed"),
    ("Farmers sold their herds early to avoid the price fall expected in the spring.", "the spring",
     {"fall", "expected"}),
    ("The storm flooded the main road on Friday, cutting off three villages.", "Friday", "flooded"),
    ("The firm hired 200 staff in October in order to meet Christmas demand.", "October", "hired"),
    # d) a time set off by commas after (or inside) its clause dates that clause, not a later one
    ("The refinery shut down, on Tuesday, after a gas leak.", "Tuesday", "shut"),
    ("The deal was signed in Cairo, the ministry said on Friday.", "Friday", "said"),
    ("The strike ended last month, union leaders said.", "last month", "ended"),
    ("Prices rose sharply, in March and April, before easing in the summer.", "March", "rose"),
    ("Prices rose sharply, in March and April, before easing in the summer.", "the summer", "easing"),
    ("The rebels seized the town, for the second time this year, on Sunday.", "Sunday", "seized"),
    ("The ferry sank off the island, late on Saturday, with 40 people on board.", "Saturday", "sank"),
    # e) times in parentheses date the clause inside them; a parenthetical comparison dates nothing
    ("The museum (opened in 1932) will close for repairs next year.", "1932", "opened"),
    ("The museum (opened in 1932) will close for repairs next year.", "next year", "close"),
    ("Rowan Ltd reported a loss of $3 million (its first since 2015) on Wednesday.", "2015", "no_event:*"),
    ("Rowan Ltd reported a loss of $3 million (its first since 2015) on Wednesday.", "Wednesday", "reported"),
    ("The law (passed in 2003 after a long campaign) was repealed on Monday.", "2003", "passed"),
    ("The law (passed in 2003 after a long campaign) was repealed on Monday.", "Monday", "repealed"),
    ("The singer (who turned 70 in May) announced a farewell tour.", "May", "turned"),
    ("Unemployment fell to 4.1 percent in October (from 4.3 percent in September).", "September", "no_event:*"),
    # f) "as of" and "effective" dates: the state or change they date
    ("As of Monday, rescuers had pulled 40 people from the rubble.", "Monday", "pulled"),
    ("Fares will rise by 5 percent, effective Jan. 1.", "Jan. 1", {"rise", "effective"}),
    ("The chief executive's resignation is effective March 31.", "March 31", {"resignation", "effective"}),
    ("The company had $2 billion in debt as of June 30.", "June 30", {"had", "debt"}),
    ("The new speed limit takes effect on Dec. 1.", "Dec. 1", {"takes", "effect"}),
    ("The new rules, effective from April 6, apply to all landlords.", "April 6", {"effective", "apply", "rules"}),
    # g) lists with semicolons: each time dates its own item
    ("The club signed the striker in 2019; sold him in 2021; and brought him back in 2024.", "2021", "sold"),
    ("The club signed the striker in 2019; sold him in 2021; and brought him back in 2024.", "2024", "brought"),
    ("Nominations close on May 2; campaigning starts on May 5; polls open on June 4.", "May 5", "starts"),
    ("Nominations close on May 2; campaigning starts on May 5; polls open on June 4.", "June 4", "open"),
    ("Sales rose in July; they fell in August; in September they recovered.", "August", "fell"),
    ("Sales rose in July; they fell in August; in September they recovered.", "September", "recovered"),
    # h) times in questions and quotes
    ("Will the central bank cut rates in December?", "December", "cut"),
    ("\"We will reopen the mine in April,\" the chief executive said on Tuesday.", "April", "reopen"),
    ("\"We will reopen the mine in April,\" the chief executive said on Tuesday.", "Tuesday", "said"),
    ("\"I got here on Monday and have not slept since,\" one volunteer said.", "Monday", "got"),
    ("Why did the council wait until June to act?", "June", {"wait", "act"}),
    ("What happened on the night of March 4 remains unclear.", "March 4", "happened"),
    ("\"The 2015 deal is dead,\" the foreign minister said.", "2015", "deal"),
    # i) times that date nothing: a length of a contract or loan, an age, a style or era of a thing, a name; a dated
    # event noun ("the 2008 financial crisis") is an event the time dates, and keeps its row
    ("The striker, 29, signed a five-year contract on Wednesday.", "five-year", "no_event:*"),
    ("The striker, 29, signed a five-year contract on Wednesday.", "Wednesday", "signed"),
    ("The 19-year-old was charged with arson on Tuesday.", "19-year-old", "no_event:*"),
    ("The 2008 financial crisis left deep scars on the town.", "2008", "crisis"),
    ("The firm makes furniture in a 19th-century mill.", "19th-century", "no_event:*"),
    ("Residents of the 1960s tower block were moved out on Friday.", "1960s", "no_event:*"),
    ("Residents of the 1960s tower block were moved out on Friday.", "Friday", "moved"),
    ("The company runs a 24-hour helpline for customers.", "24-hour", "no_event:*"),
    ("The government unveiled its Vision 2040 plan on Monday.", "2040", "no_event:*"),
    ("Ministers agreed a two-year pay deal for nurses on Thursday.", "two-year", "no_event:*"),
    ("The 30-year mortgage rate rose to 7 percent last week.", "30-year", "no_event:*"),
    ("The 30-year mortgage rate rose to 7 percent last week.", "last week", "rose"),
    # negatives: the same words as times of an event
    ("The striker signed for the club five years ago.", "five years ago", "signed"),
    ("The tower block was built in the 1960s.", "the 1960s", "built"),
]

# Second batch (the first was mostly right at the session's start), committed before the tool ran on it: event
# nouns (the weak spot of the dev set's end-to-end figures) as subjects, objects and objects of prepositions, dated by
# a phrase after them or a premodifier; times after "first ... in", ages of records, and clauses inside reports
CASES += [
    # j) an event noun dated by the phrase after it, wherever the noun stands
    ("The closure of the plant in March was a blow to the town.", "March", "closure"),
    ("The government's handling of the 2021 floods was criticised on Tuesday.", "2021", "floods"),
    ("The government's handling of the 2021 floods was criticised on Tuesday.", "Tuesday", "criticised"),
    ("Investors are bracing for a rate rise in December.", "December", "rise"),
    ("Officials are preparing for the pope's visit in June.", "June", "visit"),
    ("Demand for tickets to the Sept. 8 concert crashed the website.", "Sept. 8", "concert"),
    ("The drought of 2022 forced farmers to cull their herds.", "2022", "drought"),
    ("His death in 1975 ended an era for the studio.", "1975", "death"),
    ("A vote on the bill is expected in the spring.", "the spring", {"vote", "expected"}),
    ("The city faces a court challenge in January over the parking scheme.", "January", "challenge"),
    ("Voters will choose a new mayor in a by-election on May 7.", "May 7", {"by-election", "choose"}),
    ("Police made three arrests after the match on Saturday.", "Saturday", {"match", "arrests"}),
    ("The minister's 2019 memo warned of shortages.", "2019", {"memo", "warned"}),
    ("The talks, scheduled for Monday, were called off.", "Monday", {"scheduled", "talks"}),
    ("A ceasefire agreed on Friday was broken within hours.", "Friday", "agreed"),
    # negatives: the time is the clause's, the noun a thing
    ("The plant closed in March.", "March", "closed"),
    ("Police made three arrests on Saturday.", "Saturday", {"arrests", "made"}),
    # k) clauses inside reports and relatives
    ("Customers who bought tickets before March 1 will get refunds.", "March 1", "bought"),
    ("The firm recalled cars made between 2018 and 2020.", "2018", "made"),
    ("An estimated 2,000 people were evacuated overnight, officials said on Sunday.", "Sunday", "said"),
    ("Temperatures hit 40C for the first time on record in July 2022.", "July 2022", "hit"),
    ("The museum marks its 50th anniversary in May.", "May", {"marks", "anniversary"}),
    ("The state pension age will rise to 68 in the 2040s.", "the 2040s", "rise"),
    # l) times that date nothing: the length of a gap before a record, a forecast year's figure
    ("It was the club's first win in six weeks.", "six weeks", "no_event:*"),
    ("Her first novel in a decade is published on Thursday.", "a decade", "no_event:*"),
    ("Her first novel in a decade is published on Thursday.", "Thursday", "published"),
    ("The 2026 budget deficit is forecast at 3 percent.", "2026", "no_event:*"),
    ("Officials called it the worst drought in a century.", "a century", "no_event:*"),
    # negatives
    ("The club won for the first time in six weeks on Saturday.", "Saturday", "won"),
    ("The drought lasted a decade.", "a decade", {"lasted", "no_event:*"}),
]
