"""Every data file the package reads at run time is shipped: a wheel holds only what package-data names
(timeline/entities/vocab.json was missing, so `timeline entities` failed from a wheel install)."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_json_data_file_is_in_package_data():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]
    shipped = {p for package, globs in patterns.items() for g in globs
               for p in (ROOT / package.replace(".", "/")).glob(g)}
    data = set((ROOT / "timeline").rglob("*.json"))
    assert data and data <= shipped, sorted(str(p.relative_to(ROOT)) for p in data - shipped)
