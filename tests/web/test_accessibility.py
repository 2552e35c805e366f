"""WCAG 2.1 AA in a real browser (issue 14): axe-core on the library, search results, brief pages and the
citation dialog at desktop and phone widths, on every bundled format's standalone HTML, and a keyboard-only
path library -> brief -> citation -> download.

The briefs are the frozen seed brief rendered by each bundled format (the writers' real HTML), beside
two fixture briefs for the search. Skips when playwright, axe-playwright-python or Chromium is missing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install -e '.[test]')")
axe_playwright = pytest.importorskip(
    "axe_playwright_python.sync_playwright", reason="axe-playwright-python is not installed (pip install -e '.[test]')"
)

from briefgen.api import render_document  # noqa: E402
from briefgen.templating.formats import find_format  # noqa: E402
from briefgen.writers import render as write_format  # noqa: E402
from briefgen.writers.base import RenderJob  # noqa: E402
from templates.frozen_brief import load  # noqa: E402
from web.brief_fixtures import MARITIME, TRADE, make_brief  # noqa: E402
from web.chromium import CHROMIUM, DESKTOP, PHONE  # noqa: E402
from web.live_server import live_server  # noqa: E402

if not Path(CHROMIUM).exists():
    pytest.skip(f"Chromium not found at {CHROMIUM} (install Debian's chromium)", allow_module_level=True)

ROOT = Path(__file__).resolve().parents[2]
FROZEN = ROOT / "tests" / "templates" / "golden" / "cambodia.brief.json"
FORMATS = sorted(p.parent.name for p in (ROOT / "templates").glob("*/brief.html.j2"))
#: The axe-core rule tags of WCAG 2.0 and 2.1, levels A and AA.
WCAG_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}
DOWNLOADS = ("pdf", "docx")
KEYS_LIMIT = 80


def _brief_folder(root: Path, name: str, fmt: str, formats: tuple[str, ...]) -> Path:
    """``root/<name>/<name>.<ext>`` for the frozen seed brief rendered by format ``fmt``."""
    brief = load(FROZEN.read_text(encoding="utf-8"))
    found = find_format(fmt)
    job = RenderJob(brief, render_document(found, brief), found.style, found.folder)
    folder = root / name
    folder.mkdir(parents=True)
    for ext in formats:
        (folder / f"{name}.{ext}").write_bytes(write_format(job, ext))
    return folder


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """A live site over each format's seed brief and the two fixture briefs."""
    root = tmp_path_factory.mktemp("briefs")
    for fmt in FORMATS:
        extra = DOWNLOADS if fmt == "policy-brief" else ()
        _brief_folder(root, f"seed-{fmt}", fmt, ("json", "html", *extra))
    make_brief(root, MARITIME)
    make_brief(root, TRADE)
    with live_server(root) as url:
        yield url, root


def _violations(page: Any, where: str) -> list[str]:
    """axe-core's WCAG 2.1 AA violations on the page as it is now, one line per rule and element."""
    results = axe_playwright.Axe().run(page, options=WCAG_AA)
    return [
        f"{where}: {v['id']} ({v['impact']}): {v['help']} at {node['target']}"
        for v in results.response["violations"]
        for node in v["nodes"]
    ]


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_no_wcag_aa_violations_on_the_site(site: tuple[str, Path], browser: Any, viewport: dict[str, int]) -> None:
    url, _ = site
    page = browser.new_context(viewport=viewport).new_page()
    found: list[str] = []
    pages = ["/", "/?q=patrol+programme", "/?q=nothing+matches+this", *(f"/briefs/seed-{f}" for f in FORMATS)]
    for path in pages:
        page.goto(url + path)
        found += _violations(page, path)
    page.goto(f"{url}/briefs/seed-policy-brief")
    page.locator("article sup.cite a").first.click()
    assert page.locator("#cite-dialog").is_visible()
    found += _violations(page, "citation dialog")
    assert not found, "\n".join(found)


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_no_wcag_aa_violations_in_each_formats_html(tmp_path: Path, browser: Any, viewport: dict[str, int]) -> None:
    page = browser.new_context(viewport=viewport).new_page()
    found: list[str] = []
    for fmt in FORMATS:
        folder = _brief_folder(tmp_path, fmt, fmt, ("html",))
        page.goto((folder / f"{fmt}.html").as_uri())
        found += _violations(page, f"{fmt}.html")
    assert not found, "\n".join(found)


def _tab_to(page: Any, wanted: Callable[[], bool], *, backwards: bool = False) -> None:
    """Press Tab (Shift+Tab) until ``wanted()``, failing after ``KEYS_LIMIT`` presses."""
    for _ in range(KEYS_LIMIT):
        page.keyboard.press("Shift+Tab" if backwards else "Tab")
        if wanted():
            return
    pytest.fail(f"not reached with {KEYS_LIMIT} presses of {'Shift+Tab' if backwards else 'Tab'}")


def _focused(page: Any, script: str) -> Any:
    """``script`` evaluated on the focused element (``el``)."""
    return page.evaluate(f"(() => {{ const el = document.activeElement; return {script}; }})()")


def test_keyboard_only_library_to_brief_to_citation_to_download(site: tuple[str, Path], browser: Any) -> None:
    url, root = site
    page = browser.new_context(viewport=DESKTOP, accept_downloads=True).new_page()
    page.goto(url + "/")
    target = "/briefs/seed-policy-brief"
    _tab_to(page, lambda: _focused(page, "el.getAttribute('href')") == target)
    assert _focused(page, "getComputedStyle(el).outlineStyle") != "none"  # the focus is visible
    page.keyboard.press("Enter")
    page.wait_for_url(f"**{target}")

    _tab_to(page, lambda: _focused(page, "el.matches('article a[data-cite]')"))
    key = _focused(page, "el.dataset.cite")
    page.keyboard.press("Enter")
    dialog = page.locator("#cite-dialog")
    assert dialog.is_visible()
    assert page.evaluate("document.getElementById('cite-dialog').contains(document.activeElement)")
    assert dialog.locator("mark").inner_text()
    page.keyboard.press("Escape")
    assert not dialog.is_visible()
    assert _focused(page, "el.dataset.cite") == key  # focus goes back to the citation

    _tab_to(page, lambda: _focused(page, "el.textContent.trim().startsWith('Download PDF')"), backwards=True)
    with page.expect_download() as download_info:
        page.keyboard.press("Enter")
    data = Path(download_info.value.path()).read_bytes()
    assert data == (root / "seed-policy-brief" / "seed-policy-brief.pdf").read_bytes()


def test_axe_reports_a_page_that_breaks_the_rules(browser: Any) -> None:
    page = browser.new_context(viewport=DESKTOP).new_page()
    page.set_content('<!DOCTYPE html><html><head><title>x</title></head><body><img src="a.png"></body></html>')
    assert any(": image-alt " in line for line in _violations(page, "broken page"))
