"""Placeholder; replaced by the rule-based tagger."""
from __future__ import annotations


def tag_doc(doc, pub_date):
    return []
