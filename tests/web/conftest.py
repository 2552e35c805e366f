"""Shared fixtures of the web tests: a briefs folder with two briefs, a test client over it, and a browser."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from briefgen.web import create_app
from web.brief_fixtures import MARITIME, TRADE, MadeBrief, make_brief
from web.chromium import CHROMIUM, launched_chromium


@pytest.fixture
def briefs_root(tmp_path: Path) -> Path:
    """A briefs folder holding the MARITIME (newer) and TRADE briefs."""
    root = tmp_path / "briefs"
    root.mkdir()
    make_brief(root, MARITIME)
    make_brief(root, TRADE)
    return root


@pytest.fixture
def maritime(briefs_root: Path) -> MadeBrief:
    """The MARITIME brief of ``briefs_root`` (rewritten identically, to get its details)."""
    return make_brief(briefs_root, MARITIME)


@pytest.fixture
def client(briefs_root: Path) -> Iterator[TestClient]:
    """A test client of the site over ``briefs_root``."""
    with TestClient(create_app(briefs_root)) as test_client:
        yield test_client


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Headless Chromium for one test module; skips without Playwright or Chromium."""
    pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install -e '.[test]')")
    if not Path(CHROMIUM).exists():
        pytest.skip(f"Chromium not found at {CHROMIUM} (install Debian's chromium)")
    with launched_chromium() as launched:
        yield launched
