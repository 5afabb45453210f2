"""Events v2 (issue 12): ranges and anchored durations as one row with their interval, resolved subjects,
the source of reported events, clean headlines and the ``asserted`` flag — each rule family with positive and
negative examples, the hand-written gold set (``tests/data/events_gold``) and the new columns in every export."""

import datetime as dt
import json

import pandas as pd
import pytest

import timeline
from timeline.export import read_table, write_table
from timeline.export.timelinejs import to_timelinejs

import events_gold

PUB = "2024-03-12"


@pytest.fixture(scope="module")
def gold():
    docs = events_gold.load()
    return docs, events_gold.run(docs)


def test_gold_set_is_at_least_90_percent_fully_right(gold):
    docs, df = gold
    results = events_gold.judge(df, docs)
    wrong = [(d, t, bad) for d, t, bad in results if bad]
    right = len(results) - len(wrong)
    # measured 39/42 (92.9%) when written; the three misses are listed in the closing note
    assert right / len(results) >= 0.90, "\n".join(f"{d} [{t}]: {'; '.join(b)}" for d, t, b in wrong)


@pytest.mark.parametrize("group", ["ranges", "since-until", "anchored-durations", "embedded", "summaries"])
def test_gold_groups_all_right(gold, group):
    docs, df = gold
    docs = [d for d in docs if d["group"] == group]
    wrong = [(d, t, bad) for d, t, bad in events_gold.judge(df, docs) if bad]
    assert not wrong, wrong


def rows_of(text: str, pub: str = PUB) -> pd.DataFrame:
    return timeline.extract_many([{"id": "t", "text": text, "pub_date": pub}])


@pytest.fixture(scope="module")
def negatives():
    """Sentences where a v2 rule must NOT fire, extracted in one run."""
    texts = {
        "measured": "The talks lasted for six months.",
        "past-within": "The fire was brought under control within hours.",
        "no-range": "The plant opened in 2011 and a second one followed in 2014.",
        "they": "The negotiations stalled over quotas. They resumed in May.",
        "he-alone": "He was arrested on Saturday.",
        "it-placeholder": "Northwind cut its forecast. It is possible the plant will reopen next year.",
        "reporter-row": "The minister said on Monday that prices would fall.",
        "plain": "The regulator fined the carrier on Friday.",
        "until-past": "The strike lasted until Thursday.",
    }
    df = timeline.extract_many([{"id": k, "text": v, "pub_date": PUB} for k, v in texts.items()])
    return {k: df[df["doc_id"] == k] for k in texts}


def test_measured_duration_is_no_row(negatives):
    assert negatives["measured"].empty


def test_past_within_is_not_anchored_to_the_report(negatives):
    rows = negatives["past-within"]
    assert rows["range_text"].isna().all() and rows["start"].isna().all()


def test_two_separate_dates_stay_two_rows(negatives):
    rows = negatives["no-range"]
    assert sorted(rows["timex_text"]) == ["2011", "2014"] and rows["range_text"].isna().all()


def test_plural_and_unanchored_pronouns_stay(negatives):
    # "they" after a subject that is no group of people ("the negotiations") is not resolved
    they = negatives["they"].iloc[0]
    assert they["subject"] == "They" and pd.isna(they["subject_resolved_from"])
    he = negatives["he-alone"].iloc[0]
    assert he["subject"] == "He" and pd.isna(he["subject_resolved_from"])


def test_placeholder_it_is_not_resolved(negatives):
    assert negatives["it-placeholder"]["subject_resolved_from"].isna().all()


def test_reporting_row_has_no_source(negatives):
    row = negatives["reporter-row"].iloc[0]
    assert row["trigger"] == "said" and pd.isna(row["source"])


def test_plain_past_event_is_asserted_without_extras(negatives):
    row = negatives["plain"].iloc[0]
    assert bool(row["asserted"]) and pd.isna(row["source"]) and pd.isna(row["range_text"])
    assert pd.isna(row["subject_resolved_from"])


def test_past_until_keeps_the_days_own_interval(negatives):
    row = negatives["until-past"].iloc[0]
    assert row["end"] - row["start"] == pd.Timedelta(days=1) and pd.isna(row["range_text"])


def test_range_row_covers_both_ends_and_keeps_the_first_timex():
    df = rows_of("Harlow coached the national team between 2011 and 2014.")
    assert len(df) == 1
    row = df.iloc[0]
    assert row["timex_text"] == "2011" and row["timex_value"] == "2011"
    assert row["range_text"] == "between 2011 and 2014"
    assert row["start"] == pd.Timestamp("2011-01-01") and row["end"] == pd.Timestamp("2015-01-01")
    assert "2014" not in row["event"] and not row["event"].endswith(("between", "and"))


def test_anchored_duration_keeps_its_timex3_type_and_value():
    row = rows_of("The inquiry will publish its report in three weeks.").iloc[0]
    assert row["timex_type"] == "DURATION" and row["timex_value"] == "P3W"
    assert row["range_text"] == "in three weeks" and not row["asserted"]
    assert row["start"] == pd.Timestamp("2024-04-02")


def test_vague_anchored_duration_is_fuzzy():
    row = rows_of("Rescue teams expect to reach the villages within hours.").iloc[0]
    assert row["fuzzy"] and row["start"] == pd.Timestamp(PUB)


EXPORT_TEXT = ("Officials said the copper mine shut between 2011 and 2012. Maria Lopez joined the board in 2015. "
               "She stepped down in June. The agency will publish its report in three weeks.")


@pytest.fixture(scope="module")
def v2_table():
    return rows_of(EXPORT_TEXT)


def test_new_columns_are_set(v2_table):
    df = v2_table
    assert df["source"].dropna().tolist() == ["Officials"]
    assert df["subject_resolved_from"].dropna().tolist() == ["She"]
    assert set(df["range_text"].dropna()) == {"between 2011 and 2012", "in three weeks"}
    assert df["asserted"].tolist().count(False) == 1


@pytest.mark.parametrize("ext", ["csv", "json", "parquet"])
def test_new_columns_round_trip(tmp_path, v2_table, ext):
    path = tmp_path / f"t.{ext}"
    write_table(v2_table, path, ext)
    back = read_table(path)
    pd.testing.assert_frame_equal(back, v2_table)
    for c in ("range_text", "asserted", "source", "subject_resolved_from"):
        assert c in back.columns
    assert back["asserted"].dtype == bool


def test_timelinejs_draws_a_covered_interval_and_names_the_source(v2_table):
    tl = to_timelinejs(v2_table)
    tl = json.loads(tl) if isinstance(tl, str) else tl
    events = tl["events"]
    mine = next(e for e in events if "mine" in e["text"]["headline"])
    assert mine["end_date"]["year"] == 2012 and mine["text"]["text"].startswith("Officials: ")
    report = next(e for e in events if "report" in e["text"]["headline"])
    assert "end_date" in report and "in three weeks" in report["display_date"]


def test_lexicon_cues_are_data():
    from timeline.events import lexicon

    assert lexicon.INTERVAL_CUES["since"] == "since" and lexicon.ANCHORED_DURATION_CUES["within"] == "within"
    assert "who" in lexicon.RELATIVE_PRONOUNS and lexicon.PERSONAL_PRONOUNS["she"] == ["PERSON"]
    assert ("meanwhile",) in lexicon.LEADING_CONNECTIVES and "they" not in lexicon.PERSONAL_PRONOUNS


@pytest.mark.parametrize("text", [
    "Prices have risen in recent weeks.",  # vague (PXW), no direction words: no invented dates
    "It is the first rate rise in ten years.",  # "in" + duration looking back, not three weeks on
    "Rescuers found the hikers within hours.",  # past: measured from story time
])
def test_durations_not_anchored_to_the_report(text):
    df = rows_of(text)
    assert df["range_text"].isna().all()


def test_coming_weeks_is_a_fuzzy_window_from_the_report():
    row = rows_of("The bank will act in the coming weeks.").iloc[0]
    assert row["range_text"] == "in the coming weeks" and row["fuzzy"]
    assert row["start"] == pd.Timestamp(PUB) and row["end"] == pd.Timestamp(PUB) + pd.Timedelta(weeks=3)


@pytest.mark.parametrize("text,timex,trigger", [
    # an event noun the subject owns, with the time after it: the verb is the event
    ("The central bank will announce its decision on Thursday.", "Thursday", "announce"),
    # negative: a time inside the noun phrase dates the noun
    ("Ralston attributed its fourth-quarter slump to higher costs.", "fourth-quarter", "slump"),
    # negative: someone else's event noun keeps the time
    ("Iran condemned Iraq's invasion of Kuwait on Aug. 2.", "Aug. 2", "invasion"),
    # light verbs with one occasion as object: the noun is the event, the verb stays in the headline
    # (session 34: a light verb with a plural, possessed or definite object is the event itself, not
    # the noun; was 'talks': docs/preceding_nominal_convention.md)
    ("The prime minister held talks with union leaders on Tuesday.", "Tuesday", "held"),
    ("The goalkeeper had an operation on his knee in March.", "March", "operation"),
    # negative: an amount under "have" is not an event noun's light verb
    ("The company had a loss of $5 million in the third quarter.", "the third quarter", "had"),
    # a time between a determiner and an event noun dates the noun, however the parser split the phrase
    ("Two agents were charged in the Dec. 21, 1988, bombing of Pan Am Flight 103.", "Dec. 21, 1988", "bombing"),
    ("He was indicted last year in the October 1998 shooting death of a doctor.", "October 1998", "shooting"),
    ("By setting a Jan. 14 return date, the service gave the relatives time.", "Jan. 14", "return"),
    # negative: no event noun after the time
    ("The rebels ignored the Sept. 30 deadline for a ceasefire.", "Sept. 30", "ignored"),
    # an aspectual verb is no secondary predicate: the event noun right before a time that cannot date the
    # present perfect keeps it
    ("Insurers have started paying claims from the flood three weeks ago.", "three weeks ago", "flood"),
    # a one-word temporal adjective dates the noun it modifies
    ("Weak car sales raise questions about future demand.", "future", "demand"),
    ("The company delayed the plant because of current market conditions.", "current", "conditions"),
    # negative: a frequency adjective is a set, not the noun's time
    ("He wrote about the conditions of his daily life in prison.", "daily", "wrote"),
    # plural things "of" a time happened then
    ("Many of the disasters of this century were man-made.", "this century", "disasters"),
    # negative: the hours of a day are part of the time, not an event
    ("Police arrested him in the early hours of Thursday.", "Thursday", "arrested"),
    # the medium of a saying is the saying
    ("The New York Times said in an editorial on Monday that the ruling was wrong.", "Monday", "said"),
    ("The company said in a statement on Tuesday it would appeal.", "Tuesday", "said"),
    # a time closing the verb's complement is the verb's: the speaking, not the news conference (session 27, docs/preceding_nominal_convention.md)
    ("The minister spoke at a news conference on Tuesday.", "Tuesday", "spoke"),
    # a light verb the lemmatizer misses ("staged" lemmatized "stag") is still a light verb (session 34: with one
    # occasion as its object; was "staged protests" -> protests, now the verb's: docs/preceding_nominal_convention.md)
    ("Farmers staged a protest in Paris on Tuesday.", "Tuesday", "protest"),
    # negative: a verb that only looks like one keeps the time ("staggered")
    ("Shares staggered lower in Tokyo on Tuesday.", "Tuesday", "staggered"),
    # a promise places its object in its own time (a past "promised" cannot be next year)
    ("The premier promised a national referendum next year after delegates voted for a republic.",
     "next year", "referendum"),
    # a noun only shaped like an event ("hiring") inside the verb's object is part of that argument
    ("The mayor announced a freeze on public hiring on Monday.", "Monday", "announced"),
    ("The regulator imposed limits on overnight lending on Friday.", "Friday", "imposed"),
    # a meal or a funeral is an event a time can date, but one closing the verb's complement is the verb's (session 27, docs/preceding_nominal_convention.md)
    ("The ministers discussed the budget over dinner on Tuesday.", "Tuesday", "discussed"),
    ("Mourners gathered at the funeral of the singer on Saturday.", "Saturday", "gathered"),
    ("The ministers discussed the budget over dinner last night.", "last night", "dinner"),
    # negative: the verb's own object stays its argument
    ("The chef cooked lunch for 200 guests on Tuesday.", "Tuesday", "cooked"),
    # market movements are events: the subject's own time dates it
    ("The slide in oil prices this month has hurt exporters.", "this month", "slide"),
    # "going to" is the future of the verb after it
    ("Now we are going to visit the flooded towns.", "Now", "visit"),
    # negative: "going" with no infinitive is the verb
    ("The talks are going well this week.", "this week", "going"),
    # the approving, whose complement the time closes (session 27, docs/preceding_nominal_convention.md; before, the earthquake); a bare time keeps the noun
    ("The agency approved claims from the earthquake on Friday.", "Friday", "approved"),
    # negative: a time after a clause's marker is the clause's own
    ("The premier resigned after delegates voted on Friday for a republic.", "Friday", "voted"),
])
def test_nominal_or_verb(text, timex, trigger):
    from timeline import pipeline
    from timeline.events import link_timex

    nlp = pipeline.load()
    doc = nlp(text)
    i = text.index(timex)
    ev = link_timex(doc, i, i + len(timex))
    assert ev.trigger == trigger
    assert trigger in ev.summary


@pytest.mark.parametrize("text,subject", [
    ("GENEVA (Reuters) - The World Health Organization declared the outbreak over on Friday.",
     "The World Health Organization"),
    ("NAIROBI, Kenya (AP) — The central bank raised its main rate on Monday.", "The central bank"),
    # negatives: a sentence with a dash in it is no dateline
    ("NATO leaders met in Vilnius on Monday — the first summit since the war began.", "NATO leaders"),
    ("COVID-19 cases rose on Monday.", "COVID-19 cases"),
])
def test_undated_dateline_never_in_a_subject(text, subject):
    row = rows_of(text).iloc[0]
    assert row["subject"] == subject
    assert not row["event"].startswith(("GENEVA", "NAIROBI"))


def test_range_words_stay_out_of_another_rows_headline():
    df = rows_of("A court convicted two officials on Wednesday of embezzling funds between 2019 and 2020.")
    wed = df[df["timex_text"] == "Wednesday"].iloc[0]
    assert "2019" not in wed["event"] and "between" not in wed["event"]


def test_whose_subject_names_its_owner():
    row = rows_of("The union, whose members went on strike for six weeks in 2019, said it would fight the closure.").iloc[0]
    assert row["subject"] == "The union's members" and row["subject_resolved_from"] == "whose"
    assert row["event"].startswith("The union's members went on strike")


def test_copular_noun_takes_the_copulas_subject():
    row = rows_of("From 2015 to 2018, Voltra was the country's third-largest carmaker.").iloc[0]
    assert row["subject"] == "Voltra" and row["range_text"] == "From 2015 to 2018"


@pytest.mark.parametrize("text,covered", [
    ("Voltra will close its plant by the end of 2025.", True),
    ("The troops had withdrawn by Friday.", False),  # past: the day itself, no interval from the report
])
def test_by_a_deadline(text, covered):
    row = rows_of(text).iloc[0]
    assert pd.notna(row["range_text"]) == covered
    if covered:
        assert row["start"] == pd.Timestamp(PUB) and row["end"] == pd.Timestamp("2026-01-01")


def _parsed(words, heads, deps, pos, ents=(), lemmas=None):
    """A Doc with a given parse, to test a rule against a parser slip the model makes only sometimes."""
    from spacy.tokens import Doc, Span
    from timeline import pipeline

    doc = Doc(pipeline.load().vocab, words=words, heads=heads, deps=deps, pos=pos,
              lemmas=lemmas or [w.lower() for w in words])
    doc.ents = [Span(doc, a, b, label=lab) for a, b, lab in ents]
    return doc


@pytest.mark.parametrize("mark,trigger", [
    # "next year" hung on the "after" clause's verb: a clause starts at its marker, so the time is the
    # main clause's, and the event noun right before it takes it
    ("after", "referendum"),
])
def test_time_before_a_clause_marker_is_outside_the_clause(mark, trigger):
    from timeline.events.attach import attach

    words = ["Ruiz", "promised", "a", "referendum", "next", "year", mark, "delegates", "voted", "."]
    heads = [1, 1, 3, 1, 5, 8, 8, 8, 1, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "amod", "npadvmod", "mark", "nsubj", "advcl", "punct"]
    pos = ["PROPN", "VERB", "DET", "NOUN", "ADJ", "NOUN", "SCONJ", "NOUN", "VERB", "PUNCT"]
    lemmas = ["Ruiz", "promise", "a", "referendum", "next", "year", mark, "delegate", "vote", "."]
    doc = _parsed(words, heads, deps, pos, [(4, 6, "DATE")], lemmas)
    pred, _ = attach(doc[5], {4, 5})
    assert pred.text == trigger


def test_time_inside_a_clause_after_its_marker_stays_there():
    from timeline.events.attach import attach

    words = ["Ruiz", "resigned", "after", "delegates", "voted", "next", "day", "."]
    heads = [1, 1, 4, 4, 1, 6, 4, 1]
    deps = ["nsubj", "ROOT", "mark", "nsubj", "advcl", "amod", "npadvmod", "punct"]
    pos = ["PROPN", "VERB", "SCONJ", "NOUN", "VERB", "ADJ", "NOUN", "PUNCT"]
    lemmas = ["Ruiz", "resign", "after", "delegate", "vote", "next", "day", "."]
    doc = _parsed(words, heads, deps, pos, [(5, 7, "DATE")], lemmas)
    pred, _ = attach(doc[6], {5, 6})
    assert pred.text == "voted"


@pytest.mark.parametrize("text,pub,cover", [
    # month arithmetic clamps at a month's end like the tagger's own (codec.shift)
    ("The bank will cut rates within two months.", "2024-01-31", ("2024-01-31", "2024-03-31")),
    ("Orders have fallen over the past few months.", "2024-03-12", ("2023-12-12", "2024-03-13")),
    # a vague count of decades and of quarters is the tagger's unit too
    ("Sales have slumped over the past several quarters.", "2024-03-12", ("2023-06-12", "2024-03-13")),
    # a clock unit moves no day: "within hours" is the report's day
    ("Rescuers expect to reach the village within hours.", "2024-03-12", ("2024-03-12", "2024-03-13")),
])
def test_anchored_duration_uses_the_taggers_units(text, pub, cover):
    row = rows_of(text, pub).iloc[0]
    assert (row["start"], row["end"]) == (pd.Timestamp(cover[0]), pd.Timestamp(cover[1]))


@pytest.mark.parametrize("modality,start,end,pub,failed,want", [
    (None, "2024-03-01", "2024-03-02", "2024-03-12", False, True),
    ("could", "2024-03-01", "2024-03-02", "2024-03-12", False, False),
    ("not", None, None, "2024-03-12", False, False),
    (None, "2024-03-13", "2024-03-14", "2024-03-12", False, False),  # after the report
    (None, "2024-03-12", "2029-03-12", "2024-03-12", False, False),  # a window from the report on
    (None, "2024-03-12T15:00", "2024-03-12T16:00", "2024-03-12", False, True),  # later the same day
    (None, "2024-03-01", None, None, False, True),  # no publication date: nothing says it is ahead
    (None, "2024-03-01", "2024-03-02", "2024-03-12", True, False),  # an error row states nothing
])
def test_one_asserted_rule_for_rows_and_tables(modality, start, end, pub, failed, want):
    from timeline.table import derive_asserted, is_asserted

    assert is_asserted(modality, start and pd.Timestamp(start), end and pd.Timestamp(end),
                       pub and dt.date.fromisoformat(pub), failed) is want
    # a table read back without the column (text cells, as from a CSV) derives the same
    df = pd.DataFrame({"modality": [modality], "start": [start], "end": [end], "pub_date": [pub],
                       "error": ["boom" if failed else None]})
    assert bool(derive_asserted(df).iloc[0]) is want


def test_extracted_asserted_column_matches_the_derived_one(v2_table):
    from timeline.table import derive_asserted

    assert v2_table["asserted"].tolist() == derive_asserted(v2_table.drop(columns=["asserted"])).tolist()


@pytest.mark.parametrize("text,timex,subject,pronoun", [
    # a plural pronoun stands for the most recent subject when that is a group of people or a coordination
    ("Two ministers resigned over the scandals. They left office in May.", "May", "Two ministers", "They"),
    ("Kim and Putin exchanged letters. They met in Vladivostok last week.", "last week", "Kim and Putin", "They"),
    ("Officials said they would reopen the bridge on Friday.", "Friday", "Officials", "they"),
    # a plural organisation noun is a group; a possessive apostrophe is no quote mark
    ("Landlords' associations said they would challenge the law in court on Monday.", "Monday",
     "Landlords' associations", "they"),
    # negatives: the most recent subject is no group, or there is none
    ("The negotiations between the two countries stalled. They resumed on Monday.", "Monday", "They", None),
    ("They reopened the bridge on Friday.", "Friday", "They", None),
    # "we" is never resolved
    ("The ministers met on Monday. We expect a deal on Friday, one said.", "Friday", "We", None),
])
def test_plural_pronoun_subjects(text, timex, subject, pronoun):
    # the full pipeline: the selective one leaves a sentence without a time unparsed
    df = timeline.extract_many([{"id": "t", "text": text, "pub_date": PUB}], full_pipeline=True)
    row = df[df["timex_text"] == timex].iloc[0]
    assert row["subject"] == subject
    assert (pd.isna(row["subject_resolved_from"]) if pronoun is None else row["subject_resolved_from"] == pronoun)
    if pronoun is not None:
        assert row["event"].startswith(subject)


@pytest.mark.parametrize("text,timex,subject", [
    # a gerund after "as"/"from"/"against"/"into" is done by the governing verb's named object
    ("The ministry quoted Shoigu as saying on Tuesday that the attack failed.", "Tuesday", "Shoigu"),
    ("The union warned the company against closing the plant in March.", "March", "the company"),
    # otherwise by the governing verb's subject
    ("After meeting the unions on Monday, the minister dropped the plan.", "Monday", "the minister"),
    # negative: an object that names no one does not do it
    ("The company earned money from selling cars in 2019.", "2019", "The company"),
])
def test_gerund_subject(text, timex, subject):
    row = rows_of(text)
    row = row[row["timex_text"] == timex].iloc[0]
    assert row["subject"] == subject


@pytest.mark.parametrize("text,timex,trigger,summary,subject", [
    # an event noun at which the verb's action took place: the headline is the verb's clause
    # (the headline's verb takes part in the event noun: its subject is the row's)
    ("Voters in the region rejected the proposal in a referendum on Sunday.", "Sunday", "rejected",
     "Voters in the region rejected the proposal in a referendum", "Voters in the region"),
    ("England, who also lost the 2021 final, have not won a major tournament since 1966.", "2021", "final",
     "England also lost the final", "England"),
    # negative: an event noun that is the verb's own subject takes no subject from the verb; its own "by"
    # phrase names its doer (issue 12: "its possessor/argument as subject")
    ("The strike by rail workers last month cost the economy millions.", "last month", "strike",
     "The strike by rail workers cost the economy millions", "rail workers"),
    # negative: after a time relation the verb's clause did not happen then; the noun's phrase stays
    ("The minister resigned after his arrest in March.", "March", "arrest", "his arrest", "his"),
    # a noun modifying another reads with the phrase it modifies, whose possessor is its subject
    ("Her 2018 election victory ended two decades of one-party rule.", "2018", "victory",
     "Her election victory ended two decades of one-party rule", "Her"),
    ("The 2019 bombing suspect was arrested in Lyon.", "2019", "bombing", "The bombing suspect was arrested in Lyon",
     None),
    # a noun "of" another reads with the phrase it belongs to
    ("Her office filed a notice of appeal on Tuesday.", "Tuesday", "filed", "Her office filed a notice of appeal",
     "Her office"),
    # a fronted "Following" is no headline's first word
    ("Following talks on Monday, the two sides agreed to a ceasefire.", "Monday", "talks", "talks", None),
])
def test_nominal_headlines(text, timex, trigger, summary, subject):
    df = rows_of(text)
    row = df[df["timex_text"] == timex].iloc[0]
    assert row["trigger"] == trigger and row["event"] == summary
    assert (pd.isna(row["subject"]) if subject is None else row["subject"] == subject)


@pytest.mark.parametrize("text,timex,summary", [
    # a long report reads "Speaker: what was said": a person by the surname, an organisation by its name,
    # a short speaker phrase whole, a long one cut to its noun
    ("Finance Minister Clara Dumont said on Monday that the government would cut taxes on diesel, petrol and "
     "heating oil for families on low incomes.", "Monday",
     "Dumont: the government would cut taxes on diesel, petrol and heating oil for families on low incomes"),
    ("The World Health Organization said on Friday that the outbreak in the eastern provinces had infected "
     "more than 2,000 people since January.", "Friday",
     "World Health Organization: the outbreak in the eastern provinces had infected more than 2,000 people"),
    ("A spokeswoman for the health ministry said on Wednesday that 14 patients had been admitted to hospital "
     "with symptoms of food poisoning.", "Wednesday",
     "A spokeswoman for the health ministry: 14 patients had been admitted to hospital with symptoms of food poisoning"),
    # a quote before its verb, whatever its length
    ('"We will rebuild the bridge," the mayor told reporters on Sunday.', "Sunday", "the mayor: We will rebuild the bridge"),
    # negatives: a short report keeps its verb; so does a negated one, and an indirect question its "whether"
    ("The minister said on Monday that prices would fall.", "Monday", "The minister said prices would fall"),
    ("Finance Minister Clara Dumont said on Monday that the government would cut fuel taxes for three months.",
     "Monday", "Finance Minister Clara Dumont said the government would cut fuel taxes"),
    ("The central bank did not say on Tuesday whether it would raise its main interest rate again at its "
     "next policy meeting.", "Tuesday",
     "The central bank did not say whether it would raise its main interest rate again at its next policy meeting"),
])
def test_reported_speech_headlines(text, timex, summary):
    df = rows_of(text)
    row = df[df["timex_text"] == timex].iloc[0]
    assert row["event"] == summary
    assert row["trigger_lemma"] in ("say", "tell")


@pytest.mark.parametrize("text,timex,trigger", [
    # a scheduling verb's object takes a time that lies ahead ...
    ("The agency postponed the launch until Thursday.", "Thursday", "launch"),
    ("The council scheduled a vote on the budget for next week.", "next week", "vote"),
    # ... but a time gone by dates the scheduling itself
    ("The agency postponed the launch of its new satellite on Monday after engineers found a fault.", "Monday",
     "postponed"),
    ("Organisers cancelled the concert on Friday because of the storm.", "Friday", "cancelled"),
])
def test_scheduled_object_or_scheduling(text, timex, trigger):
    df = rows_of(text)  # published on a Tuesday: Monday and Friday are gone by, Thursday is ahead
    row = df[df["timex_text"] == timex].iloc[0]
    assert row["trigger"] == trigger


@pytest.mark.parametrize("text,timex,trigger,subject,pronoun,summary", [
    # a possessive in a phrase before its clause's subject stands for that subject, when it fits
    ("Since its founding in 1975, the agency has launched more than 100 satellites.", "1975", "founding",
     "the agency", "its", "the agency's founding"),
    ("After his arrest on Monday, Marco Bellini was taken to a prison in Naples.", "Monday", "arrest",
     "Marco Bellini", "his", "Marco Bellini's arrest"),
    ("After their defeat on Sunday, the players left the stadium in silence.", "Sunday", "defeat",
     "the players", "their", "the players' defeat"),
    # negatives: a subject that does not fit the pronoun ("his" is no agency's), or no subject after it
    ("After his arrest on Monday, the agency closed the case.", "Monday", "arrest", "his", None, "his arrest"),
    ("The company said its earnings fell in March.", "March", "fell", "its earnings", None, "its earnings fell"),
])
def test_possessive_before_its_subject(text, timex, trigger, subject, pronoun, summary):
    df = rows_of(text)
    row = df[df["timex_text"] == timex].iloc[0]
    assert (row["trigger"], row["subject"], row["event"]) == (trigger, subject, summary)
    assert (pd.isna(row["subject_resolved_from"]) if pronoun is None else row["subject_resolved_from"] == pronoun)


@pytest.mark.parametrize("text,timex,summary", [
    # an adjective taking an infinitive keeps its verb group in the headline
    ("The satellite had been due to lift off from Kourou on Thursday.", "Thursday",
     "The satellite had been due to lift off from Kourou"),
    ("Prices are likely to fall next month.", "next month", "Prices are likely to fall"),
])
def test_raising_adjective_keeps_its_verb_group(text, timex, summary):
    df = rows_of(text)
    assert df[df["timex_text"] == timex].iloc[0]["event"] == summary
