"""Issue 12, "summaries read like headlines": the shapes a by-eye review found reading badly — a removed time
leaving its words behind, a conjunction lost with a dated conjunct, a quote run into its speaker, a trigger
missing from its own headline — each with sentences where the rule must fire and sentences where it must not."""

import pandas as pd
import pytest

import timeline

PUB = "2024-03-12"

# (text, time expression of the row, words the headline must hold, words it must not hold)
CASES = {
    # a time's leftovers: "as soon as", "as early as", "ago", "later"
    "as-soon": ("The regulator could approve the new drug as soon as next spring.", "next spring",
                ["could approve the new drug"], ["as soon", " as"]),
    "as-early": ("The band first played together as early as 1975.", "1975",
                 ["The band first played together"], ["as early"]),
    "later": ("The clinic reopened two years later after a fire.", "two years later",
              ["The clinic reopened"], ["later"]),
    # negative: a negation next to the time stays; an amount is no time leftover
    "not-until": ("The plant will not reopen until March.", "March", ["will not reopen"], []),
    "percent": ("Shares of the brewer dropped 8% on Monday after the recall.", "Monday",
                ["dropped 8%", "after the recall"], []),
    # (a clause removed after "as soon" leaves the same leftover)
    "as-soon-possible": ("The utility will restore power on Friday as soon as possible.", "Friday",
                         ["will restore power"], ["as soon"]),
    "adverb-stays": ("The minister abruptly resigned on Friday.", "Friday", ["The minister abruptly resigned"], []),
    # a dated conjunct goes with its own conjunction only
    "conj-three": ("The hospital found the leak on Monday and closed the ward, and began an inquiry in April.",
                   "Monday", ["found the leak and closed the ward"], ["began"]),
    "conj-three-last": ("The insurer spotted the breach and alerted regulators on Friday, and opened an "
                        "inquiry in March.", "March", ["opened an inquiry"], ["breach opened"]),
    # negative: two plainly coordinated verbs keep their "and"
    "conj-two": ("The airline found the fault last week and grounded two jets.", "last week",
                 ["found the fault and grounded two jets"], []),
    # a fronted quote is not glued to the verb that reports it
    "quoted-as-saying": ("\u201cThe dam could fail at any moment,\u201d the engineer was quoted as saying on "
                         "Monday.", "Monday", ["the engineer was quoted as saying"], ["moment the engineer"]),
    "quoted-prices": ("\"Prices will keep rising,\" the trade minister was quoted as saying on Sunday.", "Sunday",
                      ["quoted as saying"], ["rising the trade"]),
    "quote-inverted": ("\"We will not cut prices,\" said Anna Berg, the chain's finance chief, at a news "
                       "conference on Tuesday in Oslo.", "Tuesday", ["Anna Berg said at a news conference"],
                       ["prices said", "prices Anna"]),
    # negative: a time adverb with a meaning of its own stays ("break even", "faster")
    "break-even": ("The carmaker expects to break even in 2025.", "2025", ["break even"], []),
    "even-faster": ("Prices rose even faster than a year earlier, the bank said on Monday.", "Monday",
                    ["even faster"], []),
    # the trigger's own infinitive clause stays, after the clause it hangs on, in lower case
    "purpose-fronted": ("To finish the stadium by June, the city hired extra crews.", "June",
                        ["the city hired extra crews to finish the stadium"], ["To finish"]),
    "purpose-after": ("The charity chartered two planes to fly the medicine in next week.", "next week",
                      ["chartered two planes to fly the medicine"], []),
    # negative: an infinitive clause without the trigger stays out of another verb's headline
    "purpose-other": ("The city hired extra crews in May to finish the stadium.", "May",
                      ["The city hired extra crews"], ["finish"]),
    # a bare event noun reads with the clause it sits in; a time possessor removed leaves its article
    "bare-profit": ("The brewer reported a 12% fall in third-quarter profit.", "third-quarter",
                    ["The brewer reported a 12% fall in profit"], []),
    "bare-final": ("Thousands of fans gathered for Saturday's final.", "Saturday",
                   ["gathered for the final"], []),
    "possessive-time": ("Investors welcomed Monday's announcement.", "Monday",
                        ["welcomed the announcement"], ["welcomed announcement"]),
    # negative: a noun with a possessor of its own gets no extra article
    "own-possessor": ("Investors praised the company's merger last week.", "last week",
                      ["the company's merger"], ["the the", "the company's the"]),
    # negative: the quote's own dated event keeps its words; a long quote still becomes "Speaker: quote"
    "quote-own-event": ("\"The river rose faster than ever in 2021,\" the mayor said.", "2021",
                        ["The river rose faster than ever"], []),
    "quote-speaker": ("\"We will not give up,\" the coach told reporters on Sunday.", "Sunday",
                      ["the coach: We will not give up"], []),
    # a phrase set off after the time that only says more of it goes with it; a phrase about something else stays
    "time-aside": ("The cooperative raised its price twice in 2021, a record year for exporters.", "2021",
                   ["The cooperative raised its price twice"], ["record year", "twice a"]),
    "aside-not-time": ("The cooperative raised its price in 2021, angering dairy farmers.", "2021",
                       ["The cooperative raised its price"], ["2021"]),
    # "as recently as", "shortly after", "just before": the time's own comparison words go with it
    "as-recently": ("The coach had said as recently as Friday that he had the board's backing.", "Friday",
                    ["The coach had said", "he had the board's backing"], ["as recently", "recently"]),
    "shortly-after": ("The quarter-final ended shortly after 1 a.m. on Wednesday.", "Wednesday",
                      ["ended"], ["shortly"]),
    "just-before": ("The ferry sank just before midnight on Saturday.", "Saturday", ["The ferry sank"], ["just"]),
    # negative: an adverb of manner next to the time stays
    "quickly-stays": ("The fire spread quickly on Tuesday.", "Tuesday", ["spread quickly"], []),
    # a dated conjunct leaves with its whole conjunction ("rather than")
    "rather-than": ("The leader demanded that the chancellor hold the vote next week rather than wait until "
                    "January.", "next week", ["hold the vote"], ["rather"]),
    # "a"/"an" agree with the word that follows once the time between them is gone; untouched otherwise
    "an-after-removal": ("She recalled the siege in a 2010 interview with the BBC.", "2010",
                         ["an interview"], ["a interview"]),
    "a-stays": ("The inspector described the flaws in a 2019 report to the council.", "2019",
                ["a report"], ["an report"]),
    "an-to-a": ("The union began an 18-month campaign for higher pay in 2022.", "2022", ["an 18-month campaign"], []),
    # an indirect question keeps its "whether" under a preposition too
    "into-whether": ("Prosecutors opened an investigation on Tuesday into whether the fire was set deliberately.",
                     "Tuesday", ["into whether the fire was set"], []),
    # an adjective trigger after its noun reads with the noun's phrase, not alone
    "data-due": ("Investors are watching for weekly inventory data due on Wednesday.", "Wednesday",
                 ["inventory data due"], []),
    # a conjunct with a modal of its own does not drag in the verb group before it
    "own-modal": ("Many farmers had borrowed heavily in 2022 to expand herds and would struggle to meet repayments "
                  "before Christmas.", "Christmas", ["would struggle to meet repayments"], ["expand herds"]),
    # negative: a conjunct sharing the first verb's group keeps the coordination
    "shared-group": ("The airline will cut fares and add flights in May.", "May", ["cut fares and add flights"], []),
    "due-aside": ("Waxman said holders of its debentures, due March 15, 2007, have elected to convert the debt.",
                  "2007", ["debentures due"], []),
    # the time as the clause's own subject stays in its headline
    "time-subject": ("Protesters prayed for divine help as Easter week began.", "Easter week",
                     ["Easter week began"], []),
    # a bracketed aside leaves with its brackets
    "bracket-aside": ("The World Health Organization (WHO) said on Friday that the outbreak was over.", "Friday",
                      ["The World Health Organization said"], ["(", ")"]),
    "bracket-kept": ("The agency sent 200 workers (and 40 trucks) on Tuesday.", "Tuesday", ["sent 200 workers"], []),
    # a title with the name beside it speaks by the name
    "speaker-appos": ("The group will appeal the ruling, its lawyer, Tom Becker, said on Monday evening.", "Monday",
                      ["Becker: The group will appeal"], ["its lawyer:"]),
    # an absolute "with" phrase whose clause went goes whole; a relative "where" opens no headline
    "with-absolute": ("Oil prices fell for a third straight session on Tuesday, with Brent crude dropping below $70 a "
                      "barrel.", "Tuesday", ["Oil prices fell"], ["with Brent crude"]),
    "with-object-stays": ("The council approved the plan with two amendments on Monday.", "Monday",
                          ["approved the plan with two amendments"], []),
    "where-relative": ("She joined the staff of the hospital in 1962, where she worked until 1975.", "1975",
                       ["she worked"], ["where"]),
    # a currency the parser took for a verb stays in the amount
    "won-amount": ("The chipmaker earned 10.1 trillion won in the third quarter, up from 3.4 trillion won a year "
                   "earlier.", "third quarter", ["up from 3.4 trillion won"], []),
    # the source column names where a statement comes from; the headline leaves "according to X" out
    "according-after": ("Exports rose to $11.5 billion in 2023, according to the Rhodium Group.", "2023",
                        ["Exports rose to $11.5 billion"], ["according", "Rhodium"]),
    "according-fronted": ("According to the police, the suspect fled on Tuesday.", "Tuesday",
                          ["the suspect fled"], ["According", "police"]),
    # negative: "according to plan" says how it went, not who said so
    "according-plan": ("The rocket's second stage separated on Friday according to plan.", "Friday",
                       ["separated", "according to plan"], []),
    "according-demand": ("Prices were set according to demand in 2023.", "2023", ["set according to demand"], []),
    "according-figures": ("At least 40 people died on Monday, according to the latest figures.", "Monday",
                          ["At least 40 people died"], ["according", "figures"]),
    # an adverb placing the removed time goes with it; one with its own meaning stays
    "shortly-after": ("The suspect was arrested shortly after 6 a.m. on Friday.", "6 a.m.",
                      ["The suspect was arrested"], ["shortly"]),
    # negative: "late"/"early" may say the event was delayed or ahead of time, and stay
    "late-stays": ("The train left late on Sunday because of a signal fault.", "Sunday", ["left late"], []),
    "early-on-stays": ("The store opened early on Friday to handle crowds.", "Friday", ["opened early"], []),

    "early-stays": ("The shop opened early and closed at 5 p.m. on Monday.", "5 p.m.", ["opened early"], []),
    # a superlative set off after the clause only ranks it
    "smallest-gain": ("Average hourly pay rose 3.9% in April, the smallest gain since June 2021.", "April",
                      ["Average hourly pay rose 3.9%"], ["smallest"]),
    "biggest-drop": ("The index fell 2% on Monday, its biggest drop in a year.", "Monday", ["The index fell 2%"],
                     ["biggest"]),
    "highest-count": ("Officials have recorded 312 cases in the past 24 hours, the highest daily count since March.",
                      "the past 24 hours", ["Officials have recorded 312 cases"], ["highest"]),
    # the trigger's own clause, read with the clause it hangs on, keeps its subordinator
    "while-landing": ("A passenger jet skidded off a runway while landing in heavy rain on Saturday evening.",
                      "Saturday evening", ["skidded off a runway while landing"], []),
    # an amount the parser hung on the time stays, without the time's preposition
    "amount-on-time": ("The craft touched down on Jan. 20 about 55 meters from its target.", "Jan. 20",
                       ["touched down about 55 meters from its target"], [" on about"]),
    # negative: an aside that says more of the time goes with it
    "time-aside-goes": ("Prices rose in 2021, a year of 7% inflation.", "2021", ["Prices rose"], ["a year"]),
    # a counted length running up to the row's date is one period with it, and goes whole
    "months-to-june": ("Output grew 3% in the six months to June.", "June", ["Output grew 3%"], ["six months"]),
    # an onset participle set off before a verb with a modal dates that verb, whose headline it is
    "beginning-fronted": ("Beginning in March, the bank will close 40 branches.", "March",
                          ["the bank will close 40 branches"], ["eginning"]),
    "starting-aside": ("The new rules, starting in March, will cost firms $2 billion.", "March",
                       ["The new rules will cost firms $2 billion"], ["starting"]),
    # a part of the day the removed date is "of" goes with it; one that is the sentence's own subject stays
    "morning-of": ("The fire broke out on the morning of Dec. 30 and spread quickly.", "Dec. 30",
                   ["The fire broke out and spread quickly"], ["morning"]),
    "early-hours-of": ("Shelling continued into the early hours of Monday.", "Monday", ["Shelling continued"],
                       ["hours"]),
    "morning-subject": ("The morning of the vote on Sunday was calm.", "Sunday", ["The morning of the vote"], []),
    # a semicolon ends a sentence of its own
    "semicolon-after": ("In the winter of 1979, a storm cut the island off for six weeks; that summer, MacLeod "
                        "married Catriona Ross.", "that summer", ["MacLeod married Catriona Ross"], ["storm", ";"]),
    "semicolon-before": ("The plant closed in 2019; its workers were never rehired.", "2019", ["The plant closed"],
                         ["rehired"]),
    # a focusing adverb with its subordinator opens no headline
    "only-when": ("He left only when the light was automated in 1993.", "1993", ["the light was automated"],
                  ["only when"]),
    # negative: a superlative inside the clause stays
    "largest-stays": ("The firm opened its largest store on Monday.", "Monday", ["opened its largest store"], []),
    # the bound of a removed time goes with it
    "at-the-earliest": ("Victims could receive compensation by 2025 at the earliest.", "2025",
                        ["could receive compensation"], ["earliest", " at"]),
    "at-the-latest": ("The bridge will reopen by Friday at the latest.", "Friday", ["The bridge will reopen"],
                      ["latest"]),
    # negative: "at the latest" that bounds no removed time is the sentence's own
    "latest-model": ("The carmaker unveiled its latest model on Monday.", "Monday",
                     ["unveiled its latest model"], []),
    # after a first, last, only or superlative the infinitive says what the noun is, and stays
    "first-woman-to": ("Margaret Okafor, who in 1971 became the first woman to perform open-heart surgery in West "
                       "Africa, died on Sunday.", "1971",
                       ["became the first woman to perform open-heart surgery"], []),
    # a preposition whose object went ahead of it ends its clause in the headline too
    "stranded-on": ("\"We did not ask which side they were on,\" she told an interviewer in 2005.", "2005",
                    ["which side they were on"], []),
    # a comparison keeps its other term, or goes whole; it never leaves "jobs fewer"
    "fewer-than": ("U.S. employers added 175,000 jobs in April, fewer than expected, and the unemployment rate "
                   "ticked up to 3.9%.", "April", ["added 175,000 jobs"], ["jobs fewer"]),
    "faster-than": ("The economy grew faster than forecast in the third quarter.", "third quarter",
                    ["grew faster than forecast"], []),
    # a gerund subject reads with the clause it is the subject of; coordinated times go together
    "gerund-subject": ("Hiring in February and March was revised down by a combined 22,000.", "March",
                       ["Hiring was revised down"], ["February", " and was"]),
    # another row's time adverb goes from this row's headline, as its time phrases do
    "most-recently": ("Argentina has defaulted on its debt nine times, most recently in 2020.", "2020",
                      ["Argentina has defaulted on its debt nine times"], ["recently"]),
    # a participle clause that is the row's own trigger stays in its headline
    "participle-trigger": ("The storm hit the coast, killing three people on Tuesday.", "Tuesday",
                           ["killing three people"], []),
    "participle-total": ("The company cut 500 jobs last month, bringing the total since January to 2,000.",
                         "January", ["bringing the total to 2,000"], []),
    # a second verb the parser took for an adjective keeps the first verb's object
    "second-verb-as-adjective": ("A general strike shut schools and grounded flights from Monday through "
                                 "Wednesday.", "Monday", ["shut schools and grounded flights"], []),
    # a time the tagger read off a noun's own words ("the winter break") leaves the noun its article
    "winter-break": ("Students will make up the lost days during the winter break, which had been scheduled to "
                     "run from Dec. 18 to Jan. 2, the district said.", "the winter", ["make up the lost days"],
                     ["during break"]),
    # a coordinated clause with its own subject or its own time word is a second statement: it leaves the headline
    "conj-own-subject": ("The storm had flooded 200 homes by Sunday and officials were still counting the damage.",
                         "Sunday", ["The storm had flooded 200 homes"], ["officials", "counting"]),
    "conj-since-then": ("The mayor was arrested in May and has been on leave since then.", "May",
                        ["The mayor was arrested"], ["leave"]),
    "conj-later": ("The singer left the band in 2009 and later joined a rival label.", "2009",
                   ["The singer left the band"], ["joined"]),
    # negative: in a report, the second clause is part of what was said; and a dropped "then" clause leaves the
    # amount of the first ("%" joins nothing)
    "report-two-clauses": ("The ministry reported on Tuesday that exports fell and imports rose.", "Tuesday",
                           ["exports fell and imports rose"], []),
    "then-keeps-percent": ("Shares rose 5% on Tuesday and then fell back.", "Tuesday", ["Shares rose 5%"],
                           ["fell"]),
    # negative: a coordinated verb sharing the subject and the time stays
    "conj-shared": ("The ferry lost power on Friday and drifted toward the rocks.", "Friday",
                    ["lost power and drifted toward the rocks"], []),
    # a headline of a subordinate clause loses the length measured off its subordinator with it
    "measured-subordinator": ("The club sold its captain on Friday, hours before the transfer window closed at "
                              "11 p.m.", "11 p.m.", ["the transfer window closed"], ["hours"]),
    # negative: the main clause's own headline is untouched by it (and keeps no part of the subordinate clause)
    "measured-main": ("The ferry sank on Sunday, two hours after it left port.", "Sunday",
                      ["The ferry sank"], ["hours", "port"]),
    # a noun row inside a relative clause reads with what the relative pronoun stands for, not from a bare verb
    "noun-in-relative": ("The board said the buyback, which follows last year's sale of its shipping arm, would "
                         "be its largest.", "last year", ["the buyback follows the sale of its shipping arm"],
                         []),
    # negative: a verb row's relative subject is resolved as before
    "verb-relative": ("The levy, which takes effect in March, will raise fares.", "March",
                      ["The levy takes effect"], ["which"]),
    # a relative object is what the verb acts on: the headline names it after the verb (and its particle)
    "relative-object": ("The council approved the budget that the mayor proposed in March.", "March",
                        ["the mayor proposed the budget"], []),
    "relative-object-particle": ("The mill, which the owners shut down in 2015, will reopen as flats.", "2015",
                                 ["the owners shut down the mill"], ["down The"]),
    # a set is no other row's time: it stays in the headline ("up from" keeps what it compares)
    "set-stays": ("The airline will fly to Lima three times a week from June, up from twice now.", "June",
                  ["three times a week"], []),
    # a hedge hung on the removed time's preposition goes with it; one on the verb stays
    "hedge-on-time": ("The regulator said a ruling would be issued after the hearing, possibly in late May.",
                      "late May", ["a ruling would be issued"], ["possibly"]),
    "hedge-on-verb": ("The mine will probably close in June.", "June", ["will probably close"], []),
    # reviewer 2: a length measured off another event goes with that event's phrase
    "length-after-event": ("Three weeks after the election in May, the coalition collapsed.", "Three weeks",
                           ["the coalition collapsed"], ["election"]),
    "length-before-event": ("A week before the election in November, the candidate withdrew.", "A week",
                            ["the candidate withdrew"], ["election"]),
    # a clause under a preposition with a date of its own is that date's event
    "prep-clause-dated": ("The council froze fares in 2019, before raising them sharply in 2022.", "2019",
                          ["The council froze fares"], ["raising", ","]),
    # negative: without a date of its own it stays with its verb
    "prep-clause-undated": ("The council froze fares in 2019 after hearing from riders.", "2019",
                            ["froze fares after hearing from riders"], []),
}


@pytest.fixture(scope="module")
def table():
    return timeline.extract_many([{"id": k, "text": v[0], "pub_date": PUB} for k, v in CASES.items()])


def _row(table, key):
    text, timex = CASES[key][:2]
    rows = table[(table["doc_id"] == key) & (table["timex_text"].str.contains(timex.split()[-1], regex=False))]
    assert len(rows) >= 1, f"no row for {timex!r} in {text!r}: {table[table['doc_id'] == key]}"
    return rows.iloc[0]


@pytest.mark.parametrize("key", list(CASES))
def test_headline_reads_cleanly(table, key):
    row = _row(table, key)
    summary = str(row["event"])
    for w in CASES[key][2]:
        assert w in summary, (key, summary)
    for w in CASES[key][3]:
        assert w not in summary, (key, summary)


@pytest.mark.parametrize("key", list(CASES))
def test_headline_holds_its_trigger_or_is_a_report(table, key):
    row = _row(table, key)
    summary = str(row["event"])
    assert row["trigger"] in summary or ": " in summary, (key, row["trigger"], summary)


@pytest.mark.parametrize("key, trigger", [("beginning-fronted", "close"), ("starting-aside", "cost")])
def test_set_off_onset_participle_dates_the_modal_verb(table, key, trigger):
    assert _row(table, key)["trigger"] == trigger


def test_set_off_onset_participle_on_a_past_verb_stays():
    # negative: before a past verb the participle keeps the row (as the dev set's untuned half wants it)
    df = timeline.extract("Starting in 2019, the bank closed 40 branches.", pub_date=PUB)
    assert list(df["trigger"]) == ["Starting"]


@pytest.mark.parametrize("text, trigger", [
    ("Protesters gathered on the eve of the summit on Friday.", "gathered"),
    ("Biden met Xi on the sidelines of the G20 summit on Monday.", "met"),
])
def test_occasion_of_dates_the_verb(text, trigger):
    # the time after "the eve/sidelines of <event>" dates the verb that phrase hangs on, not the occasion
    df = timeline.extract(text, pub_date=PUB)
    assert list(df["trigger"]) == [trigger]
    assert trigger in df["event"].iloc[0]


def test_event_noun_with_its_own_time_stays_dated():
    # negative: the summit's own time dates the summit
    df = timeline.extract("The summit on Friday ended without a deal.", pub_date=PUB)
    assert list(df["trigger"]) == ["summit"]


def test_coordinated_phrase_with_another_rows_time_leaves_the_headline():
    # reviewer 2: "she lost, and again in 2020" read the second run's phrase into the first loss
    t = timeline.extract_many([{"id": "a", "text": "She first ran in 2016, when she lost, and again in 2020, when she won.",
                                "pub_date": PUB}])
    lost = t[t["trigger"] == "lost"]
    assert len(lost) == 1 and str(lost.iloc[0]["event"]) == "she lost", t[["timex_text", "trigger", "event"]]
