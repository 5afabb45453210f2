"""The auxiliary verbs' forms are one vocabulary table (``auxiliaries`` in temporal/vocab/en.json) that the tagger,
the tense reader and the event stage all read through ``morph.aux_forms``: the narrower classes sit inside the
wider ones, and a contracted form is there with either apostrophe, as news text has either."""

import pytest

from timeline.temporal.morph import aux_forms
from timeline.temporal.vocab import vocab

CLASSES = sorted(vocab()["auxiliaries"])


@pytest.mark.parametrize("narrow,wide", [("be_past", "be"), ("have_finite", "have"), ("have_past", "have")])
def test_narrow_classes_sit_inside_wide_ones(narrow, wide):
    assert aux_forms(narrow) <= aux_forms(wide)


@pytest.mark.parametrize("cls", CLASSES)
def test_contractions_take_either_apostrophe(cls):
    forms = aux_forms(cls)
    for f in sorted(forms):
        if f[0] in "'’":
            assert {"'" + f[1:], "’" + f[1:]} <= forms, (cls, f)


def test_classes_are_apart():
    assert not aux_forms("be") & aux_forms("have")
    assert not aux_forms("do") & aux_forms("be", "have", "get_passive")
    assert "had" in aux_forms("have_past") and "has" not in aux_forms("have_past")
    assert "got" in aux_forms("get_passive") and "got" not in aux_forms("be")


def test_an_unknown_class_is_an_error():
    with pytest.raises(KeyError):
        aux_forms("modal")
