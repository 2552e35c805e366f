"""Shared fixtures of the format tests: the seed and ASEAN briefs, composed once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.api import prepare
from briefgen.model import Brief

ROOT = Path(__file__).parents[2]
SEED = ROOT / "seeds" / "cambodia"
ASEAN = ROOT / "tests" / "fixtures" / "briefs" / "asean"


@pytest.fixture(scope="session")
def seed_brief() -> Brief:
    """The bundled Cambodia brief, as the pipeline composes it today."""
    return prepare(SEED)[2]


@pytest.fixture(scope="session")
def asean_brief() -> Brief:
    """The U.S.–ASEAN fact-sheet brief (portion marks on, a long classification)."""
    return prepare(ASEAN)[2]
