"""Issue 12, "summaries read like headlines ... always contain the row's own trigger": a row on the infinitive of
a participle clause set off after the main clause ("Ash fell overnight, forcing schools to close on Thursday",
"..., prompting rivals to follow in April") had the main clause alone as its headline, which never named the
row's event; the participle clause now stays with its infinitive. An infinitive with a subject of its own ("wants
displaced families to return home on Saturday") read "displaced families to return home": it reads with the verb
it is the object of. A participle that only comments on a noun, or
one whose own clause holds no infinitive, still goes."""

from headline_cases import headline_suite

PUB = "2024-05-15"

# (text, time expression of the row, words the headline must hold, words it must not hold)
CASES = {
    "forcing-close": ("Heavy snow fell across the region overnight, forcing schools to close on Thursday.", "Thursday",
                      ["forcing schools to close"], []),
    "prompting-follow": ("The central bank raised its main rate in March, prompting other lenders to follow in April.",
                         "April", ["prompting other lenders to follow"], ["March"]),
    "leading-cut": ("Sales slumped in the first quarter, leading the company to cut 200 jobs on May 2.", "May 2",
                    ["leading the company to cut 200 jobs"], []),
    # an infinitive with its own subject reads with the verb it is the object of
    "wants-return": ("The minister wants displaced families to return home on Saturday.", "Saturday",
                     ["The minister wants displaced families to return home"], []),
    "allowing-return": ("The river fell on Tuesday, allowing residents to return home on Wednesday.", "Wednesday",
                        ["The river fell", "allowing residents to return home"], ["Tuesday"]),
    # negative: an infinitive without a subject of its own keeps its row's headline as before
    "asked-leave": ("Officials asked residents to leave the area by Friday.", "Friday",
                    ["Officials asked residents to leave the area"], []),
    # a second object joined by "and" with its own time right after it, which the parser hung on the verb
    "gapped-first": ("Finland joined the European Union in 1995 and the euro zone four years later.", "1995",
                     ["Finland joined the European Union"], ["euro zone"]),
    "gapped-second": ("Finland joined the European Union in 1995 and the euro zone four years later.",
                      "four years later", ["Finland joined the euro zone"], ["European Union"]),
    # negative: two objects sharing one time stay together
    "shared-time": ("The firm bought a plant in Ohio and a warehouse in Texas in 2019.", "2019",
                    ["bought a plant in Ohio and a warehouse in Texas"], []),
    # a comparison clause goes with the removed comparative it completes
    "than-planned": ("The plant closed in June, two months earlier than planned.", "June", ["The plant closed"],
                     ["planned", "than"]),
    # a second complement set off after a dated linking verb comments on it, with another row's time
    "post-held": ("He joined the union in 2000 and became its general secretary in 2009, a post he held until 2016.",
                  "2009", ["became its general secretary"], ["a post"]),
    # a preposition whose object was a removed time goes alone, its other words stay
    "from-to": ("Exports fell 12% from a year earlier to $3.4 billion in March.", "March",
                ["Exports fell 12% to $3.4 billion"], ["from to"]),
    "in-and-in": ("Two fires, in Spain in July and in Greece in August, burned 90,000 hectares.", "July",
                  ["in Spain and in Greece"], [" in and "]),
    # negative: a range's own preposition goes with its ends as before
    "from-range": ("The exhibition runs from April to July.", "April", ["The exhibition runs"], ["from", "to"]),
    # a lone participle on an object says what becomes of it, and stays
    "have-forgiven": ("In May 2023, the minister said that students would have up to $5,000 forgiven, or $8,000 for "
                      "those who had served in the military.", "May 2023", ["forgiven"], []),
    # negative: a participle clause of its own on an object still goes
    "report-released": ("The ministry cited a report released by auditors in 2019 on Tuesday.", "Tuesday",
                        ["The ministry cited a report"], ["auditors"]),
    # a past verb the parser read as a participle on a root noun is the sentence's verb
    "root-noun-launched": ("The company's new flagship phone, the Nova X, launched in March 2024 and will reach stores "
                           "in Europe in 2025.", "March 2024", ["the Nova X launched"], ["2025"]),
    "root-noun-conjunct": ("The company's new flagship phone, the Nova X, launched in March 2024 and will reach stores "
                           "in Europe in 2025.", "2025", ["the Nova X will reach stores in Europe"], ["launched"]),
    # an organisation that reports on itself is named once
    "said-itself": ("The ferry operator Bluewave will cut its winter service to the islands starting Wednesday, it said "
                    "on Sunday.", "Sunday", ["The ferry operator Bluewave said it will cut its winter service"], [":"]),
    "said-its-own": ("The union's members will strike on Friday, it said on Monday.", "Monday",
                     ["The union said its members will strike"], [":"]),
    # negative: a person keeps the speaker's label (no pronoun can be chosen for one)
    "said-person": ("Okafor will step down as chief executive in June after nine years in the post, she said on Monday.",
                    "Monday", ["Okafor:"], ["said it"]),
    # a relative object before an object-raising verb reads as the infinitive's object, as the subject column does
    "which-receive": ("The ministry had ordered 80,000 test kits, which it expected to receive by October.", "October",
                      ["The ministry expected to receive 80,000 test kits"], ["which"]),
    # negative: a thing's own infinitive keeps it as the doer
    "which-reopen": ("The city is repairing a bridge, which officials expect to reopen in May.", "May",
                     ["expect a bridge to reopen"], ["which"]),
    # negative: the main clause's own row keeps the main clause alone
    "forcing-main": ("Heavy snow fell across the region on Tuesday, forcing schools to close on Thursday.", "Tuesday",
                     ["Heavy snow fell across the region"], ["forcing", "close"]),
    # negative: a participle set off after a noun still goes from its headline
    "rescued-aside": ("The fishermen, rescued by a patrol boat after two days at sea, returned home on Monday.",
                      "Monday", ["returned home"], ["rescued"]),
}


table, test_headline_reads_cleanly = headline_suite(CASES, PUB)
