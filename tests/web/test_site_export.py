"""'briefgen site --out DIR': the static export, read as files and served by python -m http.server in Chromium.

The browser part follows the live site's test (library -> search -> brief -> citation -> download);
it skips when playwright or Chromium is not installed.
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from briefgen.cli import app
from briefgen.site_export import export_site
from web.brief_fixtures import MARITIME, TRADE, make_brief
from web.chromium import DESKTOP


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("briefs")
    make_brief(root, MARITIME)
    make_brief(root, TRADE)
    out = tmp_path_factory.mktemp("export") / "site"
    result = export_site(root, out)
    assert result.briefs == 2
    return root, out


def test_export_holds_pages_downloads_passages_and_search_index(exported: tuple[Path, Path]) -> None:
    root, out = exported
    assert {"index.html", "404.html", "search-index.json"} <= {p.name for p in out.iterdir()}
    assert {"site.css", "site.js", "search.js"} <= {p.name for p in (out / "static").iterdir()}
    for spec in (MARITIME, TRADE):
        folder = out / "briefs" / spec.name
        assert spec.title in (folder / "index.html").read_text()
        for source in (root / spec.name).iterdir():
            assert (folder / source.name).read_bytes() == source.read_bytes()
        passages = json.loads((folder / "passages.json").read_text())
        assert passages and all({"cited", "before", "after", "source_title"} <= set(p) for p in passages.values())
    index = {b["name"]: b for b in json.loads((out / "search-index.json").read_text())}
    assert set(index) == {MARITIME.name, TRADE.name}
    assert "export growth" in index[TRADE.name]["themes"]
    assert "/static/search.js" in (out / "index.html").read_text()


def test_export_replaces_a_previous_one_and_refuses_bad_folders(exported: tuple[Path, Path], tmp_path: Path) -> None:
    root, _ = exported
    out = tmp_path / "site"
    out.mkdir()
    (out / "stale.html").write_text("old")
    runner = CliRunner()
    result = runner.invoke(app, ["site", "--briefs", str(root), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert not (out / "stale.html").exists() and (out / "index.html").is_file()
    for args, message in (
        (["site", "--briefs", str(tmp_path / "none"), "--out", str(out)], "no such folder"),
        (["site", "--briefs", str(root), "--out", str(root / "inside")], "inside the briefs folder"),
    ):
        result = runner.invoke(app, args)
        assert result.exit_code == 1 and message in result.output and "Traceback" not in result.output


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def static_url(exported: tuple[Path, Path]) -> Iterator[str]:
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1", "--directory", str(exported[1])],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1):
                    break
            except OSError:
                time.sleep(0.1)
        yield f"http://127.0.0.1:{port}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_static_site_in_chromium(exported: tuple[Path, Path], static_url: str, browser: Any) -> None:
    root, _ = exported
    errors: list[str] = []
    context = browser.new_context(viewport=DESKTOP, accept_downloads=True)
    page = context.new_page()
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(static_url + "/")
    assert page.locator("h1").inner_text() == "Policy briefs"
    assert page.locator(".briefs h2").all_inner_texts() == [MARITIME.title, TRADE.title]

    page.get_by_label("Words").fill("patrol programme")
    page.get_by_label("Words").press("Enter")
    page.wait_for_url("**/?q=patrol+programme**")
    page.wait_for_selector("li.card[hidden]", state="attached")
    assert page.locator(".briefs li.card:not([hidden]) h2").all_inner_texts() == [MARITIME.title]
    assert page.locator(".result-count").inner_text() == "1 of 2 briefs match"
    assert page.get_by_label("Words").input_value() == "patrol programme"

    page.goto(static_url + "/?theme=Export+growth")
    page.wait_for_selector("li.card[hidden]", state="attached")
    assert page.locator(".briefs li.card:not([hidden]) h2").all_inner_texts() == [TRADE.title]

    page.goto(static_url + "/?q=nothing-matches-this")
    page.wait_for_selector(".empty h2")
    assert page.locator(".briefs li.card:not([hidden])").count() == 0

    page.goto(static_url + "/")
    page.get_by_role("link", name=MARITIME.title, exact=True).click()
    page.wait_for_url(f"**/briefs/{MARITIME.name}/")
    assert page.locator("article h1").inner_text() == MARITIME.title
    cite = page.locator("article sup.cite a").first
    cite.click()
    dialog = page.locator("#cite-dialog")
    assert dialog.is_visible()
    assert dialog.locator("mark").inner_text() == MARITIME.figures[0].text
    page.keyboard.press("Escape")
    assert not dialog.is_visible()

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download PDF", exact=False).first.click()
    download = download_info.value
    assert download.suggested_filename == f"{MARITIME.name}.pdf"
    assert Path(download.path()).read_bytes() == (root / MARITIME.name / f"{MARITIME.name}.pdf").read_bytes()
    assert errors == []
    context.close()
