"""Issue 12, "summaries read like headlines": two shapes found reading new news texts in the 2026-12-02 midday
session. A semicolon joins two clauses, each a headline of its own; where the parser hangs one on the other, the
row's headline must not glue them ("the festival The pandemic forced organisers ..."). A time listed with others
("the 2018 and 2019 harvests", "in 2015, 2016 and 2018") takes the list with it: the row's own time alone cannot
leave it, whose first member holds the rest ("the 2018 and harvests"). "At least" hedging a removed time goes with
it ("to stay high at least until March" read "to stay high at least"). A plan set off after "the <event> of <thing>"
is the event's ("the launch of its van, originally planned for January": "the launch of its van was planned", not
"its van was planned"). Each with sentences where the rule fires
and sentences where it must not."""

from headline_cases import headline_suite

PUB = "2024-08-20"

# (text, time expression of the row, words the headline must hold, words it must not hold)
CASES = {
    "semicolon-first": ("A drought forced growers to abandon the 2018 harvest; the vineyard reopened in May 2021 "
                        "with new vines.", "2018", ["forced growers to abandon the harvest"],
                        ["vineyard", "reopened"]),
    "semicolon-second": ("A drought forced growers to abandon the 2018 harvest; the vineyard reopened in May 2021 "
                         "with new vines.", "May 2021", ["the vineyard reopened"], ["drought", "abandon"]),
    # the parser hangs the first clause under the second ("forced" read as an adjective, "cancel" under
    # "returned")
    "semicolon-misparsed": ("The outbreak forced organisers to cancel the 2020 and 2021 fairs; the fair returned in "
                            "June 2022 with fewer stalls.", "2021", ["forced organisers to cancel the fairs"],
                            ["the fair The", ";", "returned", "2020"]),
    "semicolon-wire": ("The storm knocked out power to 40,000 homes on Monday; crews restored most of it by "
                       "Wednesday.", "Monday", ["The storm knocked out power"], ["crews"]),
    "semicolon-wire-second": ("The storm knocked out power to 40,000 homes on Monday; crews restored most of it by "
                              "Wednesday.", "Wednesday", ["crews restored"], ["storm"]),
    # negative: without a semicolon a coordinated clause the time scopes over stays
    "no-semicolon": ("The brewery closed its Leeds site in 2019 and sold the land to a developer.", "2019",
                     ["closed its Leeds site and sold the land"], []),
    # listed times
    "listed-modifiers-second": ("Flooding forced the club to call off the 2018 and 2019 tournaments.", "2019",
                                ["call off the tournaments"], ["2018", " and tournaments"]),
    "listed-modifiers-first": ("Flooding forced the club to call off the 2018 and 2019 tournaments.", "2018",
                               ["call off the tournaments"], ["2019"]),
    "listed-objects-last": ("The rowing club won the national title in 2015, 2016 and 2018.", "2018",
                            ["won the national title"], ["2015", "2016", " in "]),
    "listed-objects-middle": ("The rowing club won the national title in 2015, 2016 and 2018.", "2016",
                              ["won the national title"], ["2015", "2018"]),
    "listed-days": ("Inspectors visited the depot on Monday and Tuesday.", "Tuesday",
                    ["Inspectors visited the depot"], ["Monday"]),
    # negative: a range is one row with its own reading; a noun listed with a dated noun keeps its words
    "range": ("The smelter operated between 2011 and 2014 under state control.", "2011",
              ["The smelter operated"], []),
    "listed-nouns": ("The council approved the 2023 budget and a new parking plan on Tuesday.", "Tuesday",
                     ["approved the 2023 budget and a new parking plan"], []),
    # a hedge on a removed time goes with it
    "hedged-until": ("The utility said it expected gas prices to stay high at least until the end of the first "
                     "quarter of 2025.", "the end of the first quarter of 2025", ["to stay high"], ["at least"]),
    "hedged-until-short": ("Ferry fares will stay frozen at least until March.", "March",
                           ["Ferry fares will stay frozen"], ["least"]),
    # negative: a hedge on something else stays
    "hedge-elsewhere": ("The bakery sold at least 400 loaves on Saturday.", "Saturday",
                        ["sold at least 400 loaves"], []),
    # a plan set off after "the <event> of <thing>" is the event's
    "planned-event-of": ("The carmaker said it had delayed the launch of its electric van, originally planned for "
                         "January, until the autumn.", "January", ["the launch of its electric van was planned"], []),
    "scheduled-event-of": ("The studio pushed back the release of the sequel, first scheduled for March, to the "
                           "autumn.", "March", ["the release of the sequel was scheduled"], []),
    # negative: a participle that is not a plan stays with the nearest noun
    "built-thing-of": ("The city will restore the walls of the chapel, painted in the 1930s, by 2027.", "the 1930s",
                       ["the chapel was painted"], ["walls of"]),
}

table, test_headline_reads_cleanly = headline_suite(CASES, PUB)
