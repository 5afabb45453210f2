"""Events v2 (issue 12), clause-level rules: a pronoun subject of a reported clause stands for the reporter,
a ", when ..." clause describes the time before it, and a trailing ", X said" is the source of the event it
follows. Each rule with positive and negative examples, several domains, extracted in one run per group."""

import pandas as pd
import pytest

import timeline

PUB = "2024-03-12"


def _text(v) -> str:
    return "" if v is None or (not isinstance(v, str) and pd.isna(v)) else str(v)


def _rows(texts: dict[str, str]) -> dict[str, pd.DataFrame]:
    df = timeline.extract_many([{"id": k, "text": v, "pub_date": PUB} for k, v in texts.items()])
    return {k: df[df["doc_id"] == k] for k in texts}


# id: (text, time expression, expected subject, expected subject_resolved_from)
REPORTED = {
    "it-org": ("The commission said it would decide by Friday.", "Friday", "The commission", "it"),
    "it-that": ("Northwind Energy announced that it would close the Leeds plant in June.", "June",
                "Northwind Energy", "it"),
    "it-court": ("The court said it would decide the case next month.", "next month", "The court", "it"),
    "she-noun": ("The health minister said she would resign in May.", "May", "The health minister", "she"),
    "he-name": ("Coach Daniel Ortega said he would retire in June.", "June",
                "Coach Daniel Ortega", "he"),
    "they-group": ("The unions said they would strike on Tuesday.", "Tuesday", "The unions", "they"),
    "said-day": ("The airline said on Monday it would cut 300 jobs in April.", "April", "The airline", "it"),
    "statement": ("The company said in a statement that it would cut 300 jobs in April.", "April", "The company",
                  "it"),
    "addressee-plural": ("The company told investors it would cut 300 jobs in April.", "April", "The company",
                         "it"),
    # reporting verbs beyond say/tell/announce (vocab reporting_verbs)
    "signalled": ("The central bank signalled it could cut rates in June.", "June", "The central bank", "it"),
    "admitted": ("The ministry admitted it had lost the files in 2019.", "2019", "The ministry", "it"),
    "revealed": ("The retailer revealed that it would shut 40 stores in May.", "May", "The retailer", "it"),
    # negatives: the pronoun does not fit the reporter, or another noun comes first
    "it-person": ("A spokesman said it would appeal the ruling on Monday.", "Monday", "it", ""),
    "he-org": ("The club said he would return in August.", "August", "he", ""),
    "she-org": ("The commission said she would decide by Friday.", "Friday", "she", ""),
    "they-thing": ("The report said they would meet in April.", "April", "they", ""),
    "other-noun": ("The regulator told the carrier it would rule on Friday.", "Friday", "it", ""),
    "two-people": ("Ana Ruiz told Maria Lopez she would resign in May.", "May", "she", ""),
    "placeholder": ("The bank said it was likely that rates would fall in May.", "May", "rates", ""),
    "weather": ("The forecaster said it would rain on Friday.", "Friday", "it", ""),
}


@pytest.fixture(scope="module")
def reported():
    return _rows({k: v[0] for k, v in REPORTED.items()})


@pytest.mark.parametrize("key", list(REPORTED))
def test_pronoun_subject_of_a_reported_clause(reported, key):
    _, timex, subject, resolved = REPORTED[key]
    rows = reported[key]
    row = rows[rows["timex_text"] == timex].iloc[0]
    assert (_text(row["subject"]), _text(row["subject_resolved_from"])) == (subject, resolved)
    if resolved:
        assert row["event"].startswith(subject)


def test_reporter_lexicon_is_data():
    from timeline.events.lexicon import PERSON_NOUNS, REPORTED_PRONOUN_SUBJECTS

    assert REPORTED_PRONOUN_SUBJECTS["it"] == "thing" and "spokesman" in PERSON_NOUNS


# id: (text, time expression, expected trigger)
WHEN = {
    "fraud": ("The fraud came to light in 2021, when an auditor noticed the gaps.", "2021", "came"),
    "floods": ("The town was hit by floods in August 2021, when the river burst its banks.", "August 2021", "hit"),
    "club": ("The club was founded in 1902, when football was still an amateur game.", "1902", "founded"),
    "prices": ("Prices peaked in March, when the central bank raised rates.", "March", "peaked"),
    "warehouse": ("The company was hit by a fire at its main warehouse in August 2021, when flames destroyed most "
                  "of its stock.", "August 2021", "hit"),
    "gallery": ("The gallery reopened on March 3, when crowds queued around the block.", "March 3", "reopened"),
    # negatives: no comma (the clause restricts the time), a cue that opens an interval, a time that is an
    # amount's ("from $186 million a year ago"), a when-clause with its own time
    "restrictive": ("Fighting broke out in 1979 when the army invaded.", "1979", "invaded"),
    "until": ("The mill operated until 2012, when the furnace was switched off.", "2012", "operated"),
    "amount": ("Profit fell to $58 million from $186 million a year ago, when demand was strong.", "a year ago",
               "was"),
    "own-time": ("When the river burst its banks in August, the town was flooded.", "August", "burst"),
}


@pytest.fixture(scope="module")
def when_rows():
    return _rows({k: v[0] for k, v in WHEN.items()})


@pytest.mark.parametrize("key", list(WHEN))
def test_when_clause_describes_the_time(when_rows, key):
    _, timex, trigger = WHEN[key]
    rows = when_rows[key]
    row = rows[rows["timex_text"] == timex].iloc[0]
    assert row["trigger"] == trigger
    assert trigger in row["event"]


# id: (text, time expression, expected trigger, expected source)
TRAILING = {
    "said": ("The firm notified regulators two days later, Nair said.", "two days later", "notified", "Nair"),
    "told": ("The firm notified regulators two days later, Nair told reporters.", "two days later", "notified",
             "Nair"),
    "apposition": ("The hospital closed its wards on Friday, Ana Ruiz, a nurse there, said.", "Friday", "closed",
                   "Ana Ruiz"),
    "company": ("The plant closed in March, the company said.", "March", "closed", "the company"),
    "aside": ("The club, its chairman said, sacked the coach in 2022.", "2022", "sacked", "its chairman"),
    "told-passive": ("Investors were told on March 3, Nair said.", "March 3", "told", "Nair"),
    # negatives: a time after the reporting verb dates the saying, which has no source of its own
    "said-when": ("The plant closed in March, the company said on Tuesday.", "Tuesday", "said", ""),
    "plain-said": ("The minister said on Monday that prices would fall.", "Monday", "said", ""),
    "fronted": ("On Tuesday, the company said the plant would close.", "Tuesday", "said", ""),
}


@pytest.fixture(scope="module")
def trailing_rows():
    return _rows({k: v[0] for k, v in TRAILING.items()})


@pytest.mark.parametrize("key", list(TRAILING))
def test_trailing_reporting_clause_is_the_source(trailing_rows, key):
    _, timex, trigger, source = TRAILING[key]
    rows = trailing_rows[key]
    row = rows[rows["timex_text"] == timex].iloc[0]
    assert (row["trigger"], _text(row["source"])) == (trigger, source)


# id: (text, time expression, expected trigger or "" for none, expected row end or "" when not checked)
UNDATED = {
    "painting": ("The museum bought a 17th-century Dutch painting last week.", "17th-century", "", ""),
    "era-building": ("Developers plan to demolish the 1960s-era building next year.", "1960s", "", ""),
    "shipwreck": ("Divers found an 18th-century shipwreck off the coast.", "18th-century", "", ""),
    "church": ("The council restored the 16th-century church last year.", "16th-century", "", ""),
    "decade": ("The family sold a 1920s mansion on the coast.", "1920s", "", ""),
    "lowest": ("Unemployment fell to its lowest level since 2009 in March.", "2009", "", "2010-01-01"),
    "highest": ("Inflation rose to the highest since 1982.", "1982", "", "1983-01-01"),
    "first-time": ("The party won the seat for the first time since 2015.", "2015", "", "2016-01-01"),
    # negatives: an event noun keeps its period; a plain "since" spans to the report; a state since a year
    "war": ("The 19th-century war left the region in ruins.", "19th-century", "war", ""),
    "recession": ("The 1990s recession hit the region hard.", "1990s", "recession", ""),
    "since": ("Shares have fallen since 2009.", "2009", "fallen", "2024-03-13"),
    "state-since": ("The company has been the largest employer in the town since 1950.", "1950", "employer",
                    "2024-03-13"),
    "main-time": ("Unemployment fell to its lowest level since 2009 in March.", "March", "fell", ""),
}


@pytest.fixture(scope="module")
def undated_rows():
    return _rows({k: v[0] for k, v in UNDATED.items()})


@pytest.mark.parametrize("key", list(UNDATED))
def test_period_labels_and_record_comparisons_date_nothing(undated_rows, key):
    _, timex, trigger, end = UNDATED[key]
    rows = undated_rows[key]
    row = rows[rows["timex_text"].str.contains(timex, regex=False)].iloc[0]
    assert _text(row["trigger"]) == trigger
    if end:
        assert pd.Timestamp(row["end"]).date().isoformat() == end
    if not trigger:
        assert pd.isna(row["range_text"])


def test_record_comparison_needs_the_superlative_right_before_since():
    from timeline import pipeline
    from timeline.events.grammar import record_comparison

    doc = pipeline.load()("The largest employer in the town has hired workers since 1950. Prices hit the highest since 1982.")
    sinces = [t for t in doc if t.lower_ == "since"]
    assert [record_comparison(t) for t in sinces] == [False, True]


# "which" stands for a thing: where the parser hangs its clause on the people of "X of Y" / "X at Y", the
# thing Y is the subject; people, or a thing the parser already took, stay as they are
WHICH = {
    "valley": ("Residents of Marlow, which flooded in 2007, were moved on Monday.", "2007", "Marlow"),
    "plant": ("Workers at Halden, which opened in 1998, went on strike on Monday.", "1998", "Halden"),
    "company": ("Shares of the company, which was founded in 1990, fell on Monday.", "1990", "the company"),
    "who-people": ("The mayor, who took office in 2021, resigned on Monday.", "2021", "The mayor"),
}


@pytest.fixture(scope="module")
def which_rows():
    return _rows({k: v[0] for k, v in WHICH.items()})


@pytest.mark.parametrize("key", list(WHICH))
def test_which_stands_for_a_thing(which_rows, key):
    _, timex, subject = WHICH[key]
    rows = which_rows[key]
    assert _text(rows[rows["timex_text"] == timex].iloc[0]["subject"]) == subject
