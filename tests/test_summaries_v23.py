"""Issue 12, "summaries read like headlines" and "who did what": shapes found reading fifteen new news texts in the
2026-12-02 afternoon session. An ordinal set off after the clause ranks it like a superlative ("..., the first by a
French leader since 2019"): it goes whole, not without its time (which made the row say the visit was the first
ever). An adjective set off by commas whose only complement was another row's time goes with its commas ("its
debentures, due March 15, 2007," left "its debentures, due"); one that is the row's own trigger takes a copula ("The
folk tent, new this year," → "The folk tent was new"), schedule words ("due") staying bare as newspapers write them;
a "%" is a word of the noun's phrase. A verb that takes a time to act in keeps its infinitive ("could take until
April to clear"). A past verb the parser joined to an infinitive complement ("asked the mayor to resign and called a
vote") is the governing verb's conjunct: its subject, its verb group (no "asked to" modality), its headline. A length
a verb takes ("took two years to build") never controls the infinitive. Each with sentences where the rule fires
and sentences where it must not."""

import pytest

from headline_cases import case_row, headline_suite

PUB = "2025-03-12"

# (text, time expression of the row, words the headline must hold, words it must not hold)
CASES = {
    "ordinal-ranking": ("The Polish president arrived in Rome on Tuesday for a two-day visit, the first by a Polish "
                        "leader since 2019.", "Tuesday", ["arrived in Rome for a two-day visit"],
                        ["the first", "leader"]),
    "ordinal-ranking-count": ("The striker scored twice on Saturday, his third double of the season.", "Saturday",
                              ["The striker scored twice"], ["third"]),
    # negative: an ordinal that is the complement stays
    "ordinal-complement": ("The cyclist finished first on Sunday.", "Sunday", ["finished first"], []),
    "emptied-adjective": ("The company said it would redeem its bonds, due June 1, 2031, on April 15.", "April 15",
                          ["would redeem its bonds"], ["due", ","]),
    "emptied-adjective-passive": ("Its 6% notes, due 2030, were refinanced on Monday.", "Monday",
                                  ["Its 6% notes were refinanced"], ["due", ","]),
    # negative: the row's own schedule word stays bare, with its noun's "%"
    "own-due": ("Its 6% notes, due 2030, were refinanced on Monday.", "2030", ["Its 6% notes due"], ["was", "were"]),
    "own-adjective-copula": ("The ferry terminal, empty since January, is up for sale.", "January",
                             ["The ferry terminal was empty"], []),
    # negative: an adjective that keeps words of its own besides the time is no emptied aside
    "adjective-with-words": ("The pier, closed to boats since 2021, will reopen in June.", "June",
                             ["will reopen"], []),
    # a participle set off after the subject, which the parser made the root with the real verb joined to it
    "root-participle": ("Traders on the quay, flooded three times since 2019, said on Friday they would move.",
                        "2019", ["Traders on the quay were flooded three times"], [","]),
    # negative: that sentence's own verb keeps its headline
    "root-participle-said": ("Traders on the quay, flooded three times since 2019, said on Friday they would move.",
                             "Friday", ["said"], ["were flooded"]),
    "take-until-to": ("The union said the backlog could take until May to clear.", "May",
                      ["could take until May to clear"], []),
    "given-until-to": ("Tenants were given until July to leave the building.", "July",
                       ["were given until July to leave the building"], []),
    # negative: "take" with an object and a plain "until" keeps its own reading
    "take-break-until": ("The minister will take a break until Friday.", "Friday", ["will take a break"],
                         ["until"]),
    # a time opening a copular clause with no other subject is what the clause is about (the parser made it the
    # copula's adverb)
    "time-subject": ("Saturday was calmer.", "Saturday", ["Saturday was calmer"], []),
    "time-subject-record": ("Last month was the wettest on record.", "Last month",
                            ["Last month was the wettest on record"], []),
    # negative: with a subject of its own the time still goes
    "time-not-subject": ("Saturday the harbour was calmer.", "Saturday", ["the harbour was calmer"], ["Saturday"]),
    # another time's dashed range keeps both ends where the first stays
    "dashed-range-kept": ("The assembly passed a $2.1 billion budget for the 2024-25 fiscal year on Thursday.",
                          "Thursday", ["for the 2024-25 fiscal year"], ["2024 fiscal"]),
    # negative: a range whose first end goes takes its second with it
    "dashed-range-gone": ("Exports rose 3% in 2022-23, the ministry said on Monday.", "Monday",
                          ["Exports rose 3%"], ["2022", "23"]),
    "misread-conjunct": ("The board asked the mayor to resign and called a vote for Friday.", "Friday",
                         ["The board called a vote"], ["mayor", "resign"]),
    "misread-conjunct-police": ("Police urged drivers to stay away and closed the bridge on Monday.", "Monday",
                                ["Police closed the bridge"], ["drivers", "stay away"]),
    # negative: two infinitives are a true pair
    "true-pair": ("The firm wants to open a store and hire staff by June.", "June",
                  ["wants to open a store and hire staff"], []),
}

table, test_headline_reads_cleanly = headline_suite(CASES, PUB)

# (case, subject the row must name, asserted)
COLUMNS = [
    ("misread-conjunct", "The board", False),  # a vote called for Friday lies ahead
    ("misread-conjunct-police", "Police", True),
    ("true-pair", "The firm", False),
]


@pytest.mark.parametrize("key,subject,asserted", COLUMNS, ids=[c[0] for c in COLUMNS])
def test_misread_conjunct_columns(table, key, subject, asserted):
    row = case_row(table, CASES, key)
    assert row["subject"] == subject
    assert bool(row["asserted"]) is asserted


def test_a_length_never_controls_the_infinitive():
    import timeline
    df = timeline.extract("The bridge took two years to build and opened in 2019.", pub_date=PUB)
    row = df[df["timex_text"] == "2019"].iloc[0]
    assert row["subject"] == "The bridge"
    # negative: an object that is no length still controls ("asked the mayor to resign by Friday": the mayor)
    df = timeline.extract("The board asked the mayor to resign by Friday.", pub_date=PUB)
    assert df[df["timex_text"] == "Friday"].iloc[0]["subject"] == "the mayor"


# A month word the tagger reads as a verb or a name ("May recommended", "May said") is the month when it closes a
# list or range of months; after anything else it keeps its other readings.
MONTH_LISTS = [
    ("A review panel that met in April and May recommended cuts.", ["April", "May"]),
    ("Surveys in February and March showed a fall.", ["February", "March"]),
    ("Talks between Johnson and May ended without a deal.", []),
    ("Officials said May would not attend.", []),
]


@pytest.mark.parametrize("text,months", MONTH_LISTS, ids=[t[:30] for t, _ in MONTH_LISTS])
def test_month_closing_a_list(text, months):
    import timeline
    found = [t.text for t in timeline.tag(text, pub_date=PUB)]
    assert found == months


def test_listed_month_leaves_the_first_months_headline():
    import timeline
    df = timeline.extract("A review panel that studied the draft in April and May recommended cuts.", pub_date=PUB)
    for month in ("April", "May"):
        summary = df[df["timex_text"] == month].iloc[0]["event"]
        assert summary == "A review panel studied the draft", (month, summary)


# A feast the entity tagger took for a person ("the Easter floods") is never whom a later "she" means; a surname
# that happens to be a feast's ("Tom Easter") still is.
FEASTS = [
    ("Lena Ross mapped the river after the Easter floods of 2001. In 2009 she was made a dame.", "2009",
     "Lena Ross"),
    ("Tom Easter joined the board in 2001. In 2009 he was made chairman.", "2009", "Tom Easter"),
]


@pytest.mark.parametrize("text,timex,subject", FEASTS, ids=["feast", "surname"])
def test_a_feast_is_no_person(text, timex, subject):
    import timeline
    df = timeline.extract(text, pub_date="2019-05-14")
    assert df[df["timex_text"] == timex].iloc[0]["subject"] == subject


# A month between a possessor and the common noun it dates is a time, as after a determiner ("its March meeting"):
# "the Fed's September meeting", "the company's May results"; a capitalised word after it keeps it a name.
POSSESSED_MONTHS = [
    ("Investors watched the central bank's June meeting closely.", ["June"]),
    ("The company's May sales rose 4%.", ["May"]),
    ("The bank's May said no.", []),
]


@pytest.mark.parametrize("text,months", POSSESSED_MONTHS, ids=["meeting", "sales", "name"])
def test_month_after_a_possessor(text, months):
    import timeline
    assert [t.text for t in timeline.tag(text, pub_date="2015-08-19")] == months


# A day pair written with a dash before the noun it dates ("the July 28-29 meeting") is a range, as it is after "on"
# ("met on July 28-29"): one row over both days; a bare count pair ("28-29 cars") is no date.
def test_attributive_day_range_is_one_row():
    import timeline
    df = timeline.extract("The minutes of the June 16-17 meeting showed officials were split.", pub_date="2015-08-19")
    rows = df[df["trigger"] == "meeting"]
    assert len(rows) == 1
    assert (str(rows.iloc[0]["start"])[:10], str(rows.iloc[0]["end"])[:10]) == ("2015-06-16", "2015-06-18")
    assert [t.text for t in timeline.tag("Dealers sold 16-17 cars at the fair.", pub_date="2015-08-19")] == []


# "before"/"until" a time's possessed event ("before next year's show") bounds the event, not the time: the row is
# the event, dated by the time's own interval; before a bare time the bound stays ("before next year").
@pytest.mark.parametrize("text,start,end", [
    ("More seats will be added before next year's show.", "2017-01-01", "2018-01-01"),
    ("More seats will be added before next year.", "2016-07-25", "2017-01-01"),
], ids=["possessed", "bare"])
def test_bound_on_a_possessed_event(text, start, end):
    import timeline
    row = timeline.extract(text, pub_date="2016-07-25").iloc[0]
    assert (str(row["start"])[:10], str(row["end"])[:10]) == (start, end)
