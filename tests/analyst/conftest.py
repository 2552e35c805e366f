"""The seed brief prepared once, with and without the analyst fixture, for the analyst tests."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from briefgen.api import Prepared, prepare_brief

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "analyst" / "analysis.md"


@pytest.fixture(scope="session")
def analyst_seed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of seeds/cambodia with the fixture analysis.md."""
    folder = tmp_path_factory.mktemp("analyst") / "cambodia"
    shutil.copytree(ROOT / "seeds" / "cambodia", folder)
    shutil.copy(FIXTURE, folder / "analysis.md")
    return folder


@pytest.fixture(scope="session")
def prepared(analyst_seed: Path) -> Prepared:
    """The seed brief composed with the fixture's analyst sections."""
    return prepare_brief(analyst_seed)
