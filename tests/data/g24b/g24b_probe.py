"""Probe for helper g24b (issue 12, session 24 wave 2): which event a time dates when it sits on a figure noun.
(a) a period word premodifying a company figure (earnings, sales, bookings, applications, share) that is the subject
of a predicate: the predicate is what the period dates, not the figure; (b) a figure with an amount as the object of
'have' ('had a $40 million loss'): the 'have' is the event, as 'posted'/'reported' would be. Negatives: an event noun
the period premodifies keeps the row; a light 'have' with an event noun and no amount keeps the noun. Sentences
written for the purpose (none from a reviewer's text, the corpus or a read/held-out set), committed before the tool
ran on them. Each case: (text, timex, expected trigger or set of acceptable triggers)."""

PUB = "2026-11-12"  # a Thursday

CASES = [
    # (a) period premodifier on a figure that is the subject of a predicate
    ("Fourth-quarter earnings will probably be weaker than analysts expect.", "Fourth-quarter", "weaker"),
    ("Second-quarter bookings haven't been strong, the airline said.", "Second-quarter", "strong"),
    ("Third-quarter mortgage applications dropped sharply to 40,000.", "Third-quarter", "dropped"),
    ("First-half shipments were hurt by a strike at the port.", "First-half", "hurt"),
    ("Last year's results were lifted by a one-time gain on a land sale.", "Last year", "lifted"),
    ("The brewer's current market share is estimated at 12 percent.", "current", "estimated"),
    ("Second-quarter ticket sales fell 8% from a year earlier.", "Second-quarter", "fell"),
    # negatives: the premodified noun is an event
    ("The second-quarter strike cost the miner $40 million.", "second-quarter", "strike"),
    ("Last year's floods were the worst in a century.", "Last year", "floods"),
    # (b) a figure with an amount after 'have'
    ("In the second quarter, the insurer had a $40 million loss on its car policies.", "the second quarter", "had"),
    ("The brewer had a net loss of $5 million, or 3 cents a share, a year earlier.", "a year earlier", "had"),
    ("The latest quarter had profit from its shipping arm of $7 million.", "The latest quarter", "had"),
    # negatives: a light 'have' with an event noun and no amount keeps the noun; another verb keeps itself
    ("The two leaders had a long meeting on Monday.", "Monday", "meeting"),
    ("The insurer posted a $40 million loss in the second quarter.", "the second quarter", "posted"),
]
