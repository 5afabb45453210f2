"""Issue 12, "summaries read like headlines": shapes found reading new news texts in the 2026-12-01 afternoon
session. A length measured off an event ("within hours of the crash") is no phrase the event noun belongs to: the
headline is the event ("the crash"), not "hours of the crash"; a bracketed restatement hung on a time ("at 8.38
a.m. local time (0538 GMT)") goes with that time, whichever row's headline it is; a condition set off after the
subject, which the parser reads as a clausal subject holding the noun ("the plant, if repaired, will reopen"),
goes, and the noun stays the headline's subject; "compared with" goes with the compared time it opens ("fell 8% last
year compared with 2019" left "fell 8% compared"); a row on a second conjunct in another tense is that conjunct
alone ("was delayed by the pandemic and is now planned for 2024" -> "The relocation is planned"); a gerund after
"before" holding the row's own time is that event in the finite verb's tense even when the main clause's headline
holds it ("spent three months checking the data before submitting their paper in January" -> "The team submitted
their paper"); a gapped object whose noun is left out too ("won his first title in 2000 and his last in 2010")
is a gapped object, read with its verb; a word that only approximates a removed time goes with it ("collapsed at
about 8:30 p.m. on Friday" left "collapsed at about") - each with sentences where the rule fires and sentences where it
must not."""

from headline_cases import headline_suite

PUB = "2024-05-15"

# (text, time expression of the row, words the headline must hold, words it must not hold)
CASES = {
    # a length measured off an event noun is not the phrase the noun belongs to
    "hours-crash": ("Rescuers reached the site within hours of the crash on Monday.", "Monday", ["the crash"],
                    ["hours"]),
    "minutes-blast": ("Police arrived within minutes of the explosion on Saturday.", "Saturday", [],
                      ["minutes of"]),
    # negative: a noun "of" another noun still reads with the phrase it belongs to
    "notice-appeal": ("The company filed a notice of appeal on Friday.", "Friday",
                      ["filed a notice of appeal"], []),
    # a bracketed restatement of a time goes with the time
    "gmt-time": ("The plane took off at 8.38 a.m. local time (0538 GMT) on Tuesday.", "8.38 a.m. local time",
                 ["The plane took off"], ["GMT", "("]),
    "gmt-day": ("The plane took off at 8.38 a.m. local time (0538 GMT) on Tuesday.", "Tuesday",
                ["The plane took off"], ["GMT", "local time"]),
    # negative: a bracketed aside on another word stays
    "who": ("The World Health Organization (WHO) declared the outbreak over on Friday.", "Friday",
            ["declared the outbreak over"], []),
    # a condition set off after the subject goes; the noun stays
    "if-repaired": ("Officials said the plant, if repaired, will reopen in August.", "August",
                    ["the plant will reopen"], ["repaired"]),
    "if-approved": ("The merger, if approved, would close in the third quarter, analysts said on Monday.",
                    "the third quarter", ["The merger would close"], ["approved"]),
    # negative: a fronted condition, or a clausal subject that is no condition, stays as it was
    "fronted-if": ("If approved, the merger would close in June.", "June", ["the merger would close"], []),
    "whoever": ("Whoever wins the vote on Sunday will face a hard winter.", "Sunday", ["Whoever wins the vote"], []),
    # "compared with" whose compared term was another row's time goes with it
    "compared-year": ("Library visits fell 8% last year compared with 2019, according to city figures.", "last year",
                      ["Library visits fell 8%"], ["compared"]),
    "compared-month": ("Exports rose 3% in May compared with the same month a year earlier.", "May",
                       ["Exports rose 3%"], ["compared"]),
    # negative: a comparison with something that is no time stays
    "compared-forecast": ("Sales fell in March compared with analysts' forecasts.", "March",
                          ["compared with analysts' forecasts"], []),
    # a row on a second conjunct in another tense does not take the first conjunct's statement
    "delayed-planned": ("The relocation was delayed by the pandemic and is now planned for 2024.", "2024",
                        ["The relocation is planned"], ["delayed"]),
    "rose-expected": ("Prices rose sharply last year and are expected to fall in 2025.", "2025",
                      ["Prices are expected to fall"], ["rose"]),
    # negative: a conjunct sharing its head's tense or auxiliary keeps it
    "arrested-charged": ("The suspect was arrested and charged on Monday.", "Monday",
                         ["The suspect was arrested and charged"], []),
    "visited-met": ("The minister visited Kyiv and met the president on Monday.", "Monday",
                    ["visited Kyiv and met the president"], []),
    # a gerund after "before"/"after" holding the row's own time is the event, even inside the main headline
    "before-submitting": ("The team spent the next three months checking the data before submitting their paper in "
                          "January.", "January", ["The team submitted their paper"], ["checking"]),
    # negative: a row of the main verb keeps its own headline
    "cut-before-closing": ("The company cut 300 jobs in March before closing the plant.", "March",
                           ["The company cut 300 jobs"], ["closed"]),
    # a gapped object whose noun is left out too reads with its verb
    "his-last": ("He won his first title in 2000 and his last in 2010.", "2010", ["He won his last"], ["first"]),
    "its-second": ("The band released its first album in 1990 and its second in 1993.", "1990",
                   ["The band released its first album"], ["second"]),
    # negative: coordinated adjectives are no objects
    "sad-lonely": ("She was sad and lonely in 2010.", "2010", ["She was sad and lonely"], []),
    # a word that only approximates a removed time goes with it
    "at-about": ("An Amazon warehouse partially collapsed at about 8:30 p.m. on Friday, trapping workers inside.",
                 "about 8:30 p.m. on Friday", ["An Amazon warehouse partially collapsed"], ["about"]),
    # negative: one that approximates an amount stays
    "about-3": ("Prices rose about 3% in May.", "May", ["Prices rose about 3%"], []),
}


table, test_headline_reads_cleanly = headline_suite(CASES, PUB)
