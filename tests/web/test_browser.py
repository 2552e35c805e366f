"""The site in a real browser (Playwright driving Debian's Chromium): library -> search -> brief -> download.

Screenshots at desktop and phone widths are saved under tests/artifacts/web/ for people to look at.
Skips when playwright or Chromium is not installed.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install playwright)")

from web.brief_fixtures import MARITIME, TRADE, make_brief  # noqa: E402
from web.chromium import CHROMIUM, DESKTOP, PHONE  # noqa: E402
from web.live_server import live_server  # noqa: E402

if not Path(CHROMIUM).exists():
    pytest.skip(f"Chromium not found at {CHROMIUM} (install Debian's chromium)", allow_module_level=True)

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts" / "web"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    root = tmp_path_factory.mktemp("briefs")
    make_brief(root, MARITIME)
    make_brief(root, TRADE)
    with live_server(root) as url:
        yield url, root


@pytest.fixture
def page_errors() -> list[str]:
    return []


def _page(browser: Any, viewport: dict[str, int], errors: list[str], **options: Any) -> Any:
    context = browser.new_context(viewport=viewport, accept_downloads=True, **options)
    page = context.new_page()
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    return page


def _shot(page: Any, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_library_search_brief_citation_download(site: tuple[str, Path], browser: Any, page_errors: list[str]) -> None:
    url, root = site
    page = _page(browser, DESKTOP, page_errors)
    page.goto(url + "/")
    assert page.locator("h1").inner_text() == "Policy briefs"
    titles = page.locator(".briefs h2").all_inner_texts()
    assert titles == [MARITIME.title, TRADE.title]  # newest first
    _shot(page, "library-desktop")

    page.get_by_label("Words").fill("patrol programme")
    page.get_by_label("Words").press("Enter")
    page.wait_for_url("**/?q=patrol+programme**")
    assert page.locator(".briefs h2").all_inner_texts() == [MARITIME.title]

    page.get_by_role("link", name=MARITIME.title, exact=True).click()
    page.wait_for_url(f"**/briefs/{MARITIME.name}")
    assert page.locator("article h1").inner_text() == MARITIME.title

    cite = page.locator("article sup.cite a").first
    cite.click()
    dialog = page.locator("#cite-dialog")
    assert dialog.is_visible()
    assert dialog.locator("mark").inner_text() == MARITIME.figures[0].text  # the first sidebar figure
    _shot(page, "brief-citation-desktop")
    page.keyboard.press("Escape")
    assert not dialog.is_visible()
    assert page.evaluate("document.activeElement.dataset.cite") == cite.get_attribute("data-cite")
    _shot(page, "brief-desktop")

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download PDF", exact=False).first.click()
    download = download_info.value
    assert download.suggested_filename == f"{MARITIME.name}.pdf"
    data = Path(download.path()).read_bytes()
    assert data.startswith(b"%PDF")
    assert data == (root / MARITIME.name / f"{MARITIME.name}.pdf").read_bytes()
    assert page_errors == []  # no CSP violation, no script error


def test_theme_filter_and_keyboard(site: tuple[str, Path], browser: Any, page_errors: list[str]) -> None:
    url, _ = site
    page = _page(browser, DESKTOP, page_errors)
    page.goto(url + "/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to content"
    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.id") == "q"
    page.get_by_label("Theme", exact=True).select_option("Export growth")
    page.get_by_role("button", name="Search").click()
    page.wait_for_url("**theme=Export+growth**")
    assert page.locator(".briefs h2").all_inner_texts() == [TRADE.title]
    assert page_errors == []


def test_phone_width_is_readable(site: tuple[str, Path], browser: Any, page_errors: list[str]) -> None:
    url, _ = site
    page = _page(browser, PHONE, page_errors, is_mobile=True, has_touch=True, device_scale_factor=2)
    for path, name in (("/", "library-phone"), (f"/briefs/{MARITIME.name}", "brief-phone")):
        page.goto(url + path)
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, f"{path} scrolls sideways by {overflow}px at phone width"
        _shot(page, name)
    page.locator("article sup.cite a").first.tap()
    assert page.locator("#cite-dialog mark").is_visible()
    _shot(page, "brief-citation-phone")
    assert page_errors == []
