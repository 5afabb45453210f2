"""Probe for helper g25 (issue 12, session 25): a time phrase that closes a clause after the verb's object or an
oblique noun. Positives (class "verb"): a careful reader dates the verb, though the parser may hang the time on the
noun ("recorded 112 shark attacks between 2010 and 2020"). Negatives (class "noun"): the noun's time names its own
occurrence (premodifier, possessive, "of" + time, subject position, a figure's period, an event a present or past
verb looks ahead or back to, a light verb). Sentences written for the purpose (none from a reviewer's text, the
corpus or a read/held-out set), committed before the tool ran on them. Each case: (class, text, timex, expected),
expected a trigger word or a set of acceptable triggers."""

PUB = "2026-12-01"  # a Tuesday

CASES = [
    # --- verb: the time closes the clause after the object (or the object's own complement)
    ("verb", "The state recorded 112 shark attacks between 2010 and 2020.", "2010", "recorded"),
    ("verb", "The county spent $3 million on snow removal this winter.", "this winter", "spent"),
    ("verb", "The agency will start its investigation of the train derailment next week.", "next week", "start"),
    ("verb", "The government launched a review of the tax system in March.", "March", "launched"),
    ("verb", "The company announced a restructuring of its sales division on Tuesday.", "Tuesday", "announced"),
    ("verb", "Nurses rejected the government's pay offer on Friday.", "Friday", "rejected"),
    ("verb", "The company resumed production at the plant on Monday.", "Monday", "resumed"),
    ("verb", "Workers ended their strike at the port on Wednesday.", "Wednesday", "ended"),
    ("verb", "The government lifted its ban on fishing in the bay last month.", "last month", "lifted"),
    ("verb", "The exchange suspended trading in the firm's shares on Thursday.", "Thursday", "suspended"),
    ("verb", "Regulators approved the merger of the two airlines in March.", "March", "approved"),
    ("verb", "The ministry ordered an evacuation of coastal towns on Saturday.", "Saturday", "ordered"),
    ("verb", "The firm completed the sale of its chemicals unit in April.", "April", "completed"),
    ("verb", "The firm cut 400 jobs at its Ohio plant last year.", "last year", "cut"),
    ("verb", "The plant produced 5,000 cars in the third quarter.", "the third quarter", "produced"),
    ("verb", "The charity delivered food parcels to 3,000 families over Christmas.", "Christmas", "delivered"),
    ("verb", "Lawmakers passed a bill on data privacy on Thursday.", "Thursday", "passed"),
    ("verb", "The startup raised $30 million in a funding round last week.", "last week", "raised"),
    ("verb", "The bank cut its main interest rate by a quarter point in September.", "September", "cut"),
    ("verb", "Fans celebrated the team's victory in the streets on Sunday night.", "Sunday night", "celebrated"),
    ("verb", "The court heard evidence from the victim's family on Tuesday.", "Tuesday", "heard"),
    ("verb", "The regulator will open its inquiry into the pipeline leak next month.", "next month", "open"),
    # --- verb: the time closes the clause after an oblique noun
    ("verb", "The vaccine failed in an earlier study in 2020.", "2020", "failed"),
    ("verb", "The idea was first raised at a council meeting last spring.", "last spring", "raised"),
    ("verb", "Protesters clashed with police at a rally in the capital on Saturday.", "Saturday", "clashed"),
    ("verb", "The board will consider the offer at its next meeting in January.", "January", "consider"),
    ("verb", "The striker was injured in a collision with the goalkeeper on Sunday.", "Sunday", "injured"),
    ("verb", "The senator voted against the budget in the final reading last week.", "last week", "voted"),
    ("verb", "The museum reopened after a long renovation in May.", "May", "reopened"),
    # --- noun: the time names the noun's own occurrence
    ("noun", "Investors are still counting the cost of the 1987 crash.", "1987", "crash"),
    ("noun", "The minister defended the handling of last year's floods.", "last year", "floods"),
    ("noun", "Insurers are still paying claims from the storm of October 1987.", "October 1987", "storm"),
    ("noun", "The vote on Tuesday is expected to be close.", "Tuesday", "vote"),
    ("noun", "Her resignation in March surprised colleagues.", "March", {"resignation", "surprised"}),
    ("noun", "The company reported a net loss of $40 million for the quarter.", "the quarter", "loss"),
    ("noun", "The bank reported a profit of $1.2 billion for the third quarter.", "the third quarter", "profit"),
    ("noun", "Analysts expect a rate cut in December.", "December", "cut"),
    ("noun", "Unions have called a strike for next Tuesday.", "next Tuesday", "strike"),
    ("noun", "Police are bracing for protests on Saturday.", "Saturday", "protests"),
    ("noun", "The party has scheduled a leadership vote for next month.", "next month", "vote"),
    ("noun", "Police are investigating a burglary at the school on Sunday night.", "Sunday night", "burglary"),
    ("noun", "The council has approved plans for a festival in August.", "August", "festival"),
    ("noun", "The firm is still recovering from a cyber attack in June.", "June", "attack"),
    ("noun", "Lawyers for the driver will appeal against his conviction last month.", "last month", "conviction"),
    ("noun", "Ministers are studying the results of a trial in 2023.", "2023", "trial"),
    ("noun", "The company expects a profit of $5 million in 2027.", "2027", "profit"),
    ("noun", "The town is preparing for the arrival of 3,000 fans on Saturday.", "Saturday", "arrival"),
    ("noun", "The report criticised the police response to the riots in 2011.", "2011", {"riots", "response"}),
    ("noun", "Negotiators held talks in Geneva on Monday.", "Monday", {"talks", "held"}),
    ("noun", "The mayor attended the opening of the bridge on Saturday.", "Saturday", {"attended", "opening"}),
    ("noun", "The king made a rare visit to the region in May.", "May", {"visit", "made"}),
    ("noun", "Retail sales in November rose 2 percent.", "November", {"sales", "rose"}),
]
