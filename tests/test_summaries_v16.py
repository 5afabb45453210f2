"""Issue 12, "summaries read like headlines": shapes found reading new news texts in the second 2026-12-01
session. An event noun whose own phrase says nothing but what it was ("a cyberattack") is told by the relative
clause on it ("over a 2022 cyberattack that exposed the bank details of ..."), also when the verb it is an
argument of has a date of its own; a relative clause without a relative word has the noun it hangs on as its
object ("a decision her predecessor made in 2021": "her predecessor made a decision", not "her predecessor
made"); a subordinator the parser took for a preposition ("after weeks of wrangling delayed a vote") and
a bare infinitive under "let"/"see" ("this drag on"), and a participle set off after a noun that the parser
hung on the main verb ("restore the murals, painted in the 1930s," -> "the murals were painted"), and "did not V
until X" read as the event at X ("work did not begin until the spring" -> "work began") — each with sentences where the rule fires and sentences where it must not."""

import pytest

from headline_cases import headline_suite

from timeline.events.summary import past_form

PUB = "2024-05-15"

# (text, time expression of the row, words the headline must hold, words it must not hold)
CASES = {
    # an event noun told by its relative clause
    "cyberattack": ("The watchdog fined the retailer on Wednesday over a 2022 cyberattack that exposed the bank "
                    "details of 1.3 million customers.", "2022",
                    ["cyberattack exposed the bank details of 1.3 million customers"], ["that", "fined"]),
    "flood": ("The city is still rebuilding after a 2021 flood that destroyed 400 homes.", "2021",
              ["flood destroyed 400 homes"], ["rebuilding"]),
    # ... also when the verb it is the subject of has its own date (a 2019 merger is no Friday approval)
    "merger-approved": ("The 2019 merger, which created the world's largest brewer, was approved by regulators on "
                        "Friday.", "2019", ["The merger created the world's largest brewer"], ["approved"]),
    "flood-now": ("The 2021 flood, which destroyed 400 homes, is now blamed on a broken dam.", "2021",
                  ["The flood destroyed 400 homes"], ["blamed"]),
    # negative: the other clause's own row keeps its verb
    "merger-friday": ("The 2019 merger, which created the world's largest brewer, was approved by regulators on "
                      "Friday.", "Friday", ["merger was approved by regulators"], ["created"]),
    # negative: a verb with no date of its own still tells its subject noun
    "merger-welcomed": ("The 2019 merger, which created the world's largest brewer, was welcomed by investors.",
                        "2019", ["The merger was welcomed by investors"], ["created"]),
    # negative: a relative clause with a time of its own is that time's row, not the noun's headline
    "cyberattack-dated": ("Investigators traced a 2022 cyberattack that was discovered in March to a group in "
                          "Eastern Europe.", "2022", ["cyberattack"], ["discovered"]),
    # negative: a noun the parser made the root has its main verb misread inside the relative clause
    "report-ignored": ("A 2019 report that found widespread abuse was ignored.", "2019", ["report"], ["found"]),
    # a bare relative clause's missing object is the noun it hangs on
    "decision-made": ("Dubois reversed a decision her predecessor made in 2021.", "2021",
                      ["her predecessor made a decision"], []),
    "law-passed": ("The court struck down the law Congress passed in 2022.", "2022", ["Congress passed the law"], []),
    "plant-shut": ("The company reopened the plant it shut down in May.", "May", ["shut down the plant"], []),
    # negatives: a noun of time, reason or place, a stranded preposition, a "whose" subject
    "day-arrived": ("She recalled the day she arrived in 2019.", "2019", ["she arrived"], ["arrived the day"]),
    "reason-left": ("That was the reason he left in 2019.", "2019", ["he left"], ["left the reason"]),
    "house-lived": ("He sold the house he lived in until 2019.", "2019", ["he lived"], ["lived the house"]),
    "whose-members": ("The union, whose members went on strike in May, signed the deal.", "May",
                      ["members went on strike"], ["went the union"]),
    # a subordinator the parser took for a preposition: its "object" is the subject of the verb after it
    "after-wrangling": ("Merz said on Wednesday his coalition would agree a budget by the end of next month, after weeks "
                        "of wrangling over pensions delayed a cabinet vote planned for July.", "July",
                        ["weeks of wrangling over pensions delayed a cabinet vote"], ["after"]),
    # negative: a real subordinate clause keeps its subject; a fronted "after" phrase is kept whole
    "after-team": ("He was promoted after his team won the title in May.", "May", ["his team won the title"],
                   ["after"]),
    "after-phrase": ("After a two-hour meeting, the board approved the sale on Monday.", "Monday",
                     ["the board approved the sale"], []),
    # a bare infinitive under "let"/"make"/"see" reads with that verb
    "let-drag": ('"We will not let this drag on into the autumn," Merz told reporters.', "the autumn",
                 ["We will not let this drag on"], []),
    "watched-rise": ("Residents watched the river rise on Saturday.", "Saturday", ["Residents watched the river rise"],
                     []),
    # negative: a to-infinitive keeps its own reading ("wants the talks to end" is the object-raising rule's)
    "help-to": ("The fund will help farmers to replant in the spring.", "the spring", ["replant"], []),
    # a participle set off after a noun, that the parser hung on the main verb, with the row's own time inside
    "murals-painted": ("The city will restore the murals, painted in the 1930s, next year.", "the 1930s",
                       ["the murals were painted"], ["restore"]),
    "murals-plans": ("The city plans to restore the building's murals, painted in the 1930s, by 2027.", "the 1930s",
                     ["murals were painted"], ["restore"]),
    # negative: the main verb's own time, after the closing comma, keeps the main clause
    "car-found": ("Police found the car, abandoned near the border, on Tuesday.", "Tuesday", ["Police found the car"],
                  ["was abandoned"]),
    # "did not V until X": the row at X is the event happening; the headline says so
    "began-until": ("The council approved a renovation in 2021, but work did not begin until the following spring "
                    "because of a dispute.", "the following spring", ["work began"], ["not", "did", "because"]),
    "told-until": ("Marlow & Finch did not tell customers until that October, the regulator said.", "that October",
                   ["Marlow & Finch told customers"], ["not"]),
    "excavated-until": ("The tomb was not excavated until 2019.", "2019", ["The tomb was excavated"], ["not"]),
    "stopped-until": ("Police did not stop the march until 4 p.m.", "4 p.m.", ["Police stopped the march"], ["not"]),
    # negatives: a prediction, a habit and a verb of lasting keep their negation
    "will-not-until": ("The museum will not reopen until March.", "March", ["The museum will not reopen"], []),
    "does-not-until": ("The shop does not open until 10 a.m.", "10 a.m.", ["The shop does not open"], []),
    "last-until": ("The truce did not last until Christmas.", "Christmas", ["The truce did not last"], []),
    # a fronted connective goes with its complement, also when that is another row's time
    "contrast-thursday": ("In contrast to Thursday, when 133 people were arrested, protesters in Miami were much "
                          "calmer Friday.", "Friday", ["protesters in Miami were much calmer"], ["Thursday", "to"]),
    "addition-fine": ("In addition to the fine, the firm must pay damages by June.", "June",
                      ["the firm must pay damages"], ["to the fine"]),
    # negative: the row of a noun inside the connective phrase keeps it
    "addition-monday": ("In addition to the fine on Monday, the firm must pay damages by June.", "Monday",
                        ["In addition to the fine"], []),
    # a bare noun reads with the conjoined verb it sits under, whose subject is its head verb's
    "sales-conjoined": ("The unit makes intravenous pumps used by hospitals and had more than $110 million in sales "
                        "last year, according to Advanced Medical.", "last year",
                        ["had more than $110 million in sales"], []),
    # a period that ended on a day reads as ended, not "was ended"; an event participle keeps its copula
    "quarter-ended": ("Net income rose 18% in the quarter ended Sept. 30.", "Sept. 30", ["the quarter ended"],
                      ["was"]),
    "bridge-built": ("The bridge, built in 1958, was closed on Monday.", "1958", ["The bridge was built"], []),
}


table, test_headline_reads_cleanly = headline_suite(CASES, PUB)


@pytest.mark.parametrize("verb, past", [("begin", "began"), ("tell", "told"), ("stop", "stopped"), ("plan", "planned"),
                                        ("open", "opened"), ("visit", "visited"), ("try", "tried"), ("play", "played"),
                                        ("admit", "admitted"), ("fix", "fixed"), ("agree", "agreed"), ("fail", "failed")])
def test_past_form(verb, past):
    assert past_form(verb) == past
