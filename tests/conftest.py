"""Shared test helpers: where the TempEval-3 dev corpus is (it lives outside the repository)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# A rule builder that raises is a bug: in the tests it fails loudly instead of being logged and skipped.
os.environ.setdefault("TIMELINE_STRICT_RULES", "1")


def tempeval_root() -> Path:
    """../shared/data/tempeval3/train beside the checkout, or $TIMELINE_TEMPEVAL_DIR."""
    env = os.environ.get("TIMELINE_TEMPEVAL_DIR")
    return Path(env) if env else Path(__file__).resolve().parents[1].parent / "shared/data/tempeval3/train"


@pytest.fixture
def tempeval_dir() -> Path:
    root = tempeval_root()
    if not root.is_dir() or not any(root.rglob("*.tml")):
        pytest.skip(f"TempEval-3 dev data not found at {root} (set TIMELINE_TEMPEVAL_DIR)")
    return root
