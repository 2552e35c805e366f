"""The library at scale: pages of ``PAGE_SIZE`` briefs, and a listing that is re-made only when something changed."""

from __future__ import annotations

import asyncio
import json
import os
import re
from pathlib import Path

from starlette.testclient import TestClient

from briefgen.web.app import PAGE_SIZE, create_app
from briefgen.web.index_db import rebuild_index, record_brief
from briefgen.web.library import RECHECK_PER_SCAN, BriefEntry, Library


def _brief(root: Path, number: int, title: str | None = None) -> Path:
    folder = root / f"brief-{number:04d}"
    folder.mkdir(parents=True, exist_ok=True)
    data = {"title": title or f"Brief {number}", "date": "2026-01-01", "themes": [], "sidebar": []}
    path = folder / f"{folder.name}.json"
    path.write_text(json.dumps(data))
    (folder / f"{folder.name}.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    return path


def _titles(page: str) -> list[str]:
    return re.findall(r'<h2 id="brief-\d+"><a href="[^"]+">([^<]+)</a></h2>', page)


def test_the_library_comes_in_pages(tmp_path: Path) -> None:
    count = 2 * PAGE_SIZE + 7
    for number in range(count):
        _brief(tmp_path, number)
    with TestClient(create_app(tmp_path)) as client:
        first = client.get("/").text
        assert len(_titles(first)) == PAGE_SIZE and f"{count} briefs" in first
        assert 'rel="next" href="/?page=2"' in first and 'rel="prev"' not in first
        last = client.get("/", params={"page": "3"}).text
        assert len(_titles(last)) == 7 and 'rel="prev" href="/?page=2"' in last and 'rel="next"' not in last
        every = [t for n in (1, 2, 3) for t in _titles(client.get("/", params={"page": str(n)}).text)]
        assert sorted(every) == sorted(f"Brief {n}" for n in range(count))
        assert _titles(client.get("/", params={"page": "99"}).text) == _titles(last)  # past the end: the last page
        assert _titles(client.get("/", params={"page": "x"}).text) == _titles(first)
        found = client.get("/", params={"q": "brief", "page": "2"}).text
        assert f"{count} of {count} briefs match" in found and 'href="/?q=brief&amp;page=3"' in found


def test_the_listing_is_kept_while_nothing_changes_and_redone_when_something_does(tmp_path: Path) -> None:
    paths = [_brief(tmp_path, number) for number in range(3)]
    library = Library(tmp_path)
    first = asyncio.run(library.briefs_async())
    assert asyncio.run(library.briefs_async()) is first
    part = paths[1].with_name(".rebuild.part")  # a rebuild: renamed into place, the folder changes
    part.write_text(json.dumps({"title": "Rebuilt", "date": "2026-01-02", "themes": [], "sidebar": []}))
    os.replace(part, paths[1])
    assert asyncio.run(library.briefs_async())[0].title == "Rebuilt"
    _brief(tmp_path, 7, "Added")
    assert "Added" in [e.title for e in asyncio.run(library.briefs_async())]


def test_a_file_rewritten_in_place_shows_within_a_bounded_number_of_requests(tmp_path: Path) -> None:
    count = RECHECK_PER_SCAN * 2
    paths = [_brief(tmp_path, number) for number in range(count)]
    library = Library(tmp_path)
    asyncio.run(library.briefs_async())
    paths[-1].write_text(json.dumps({"title": "Edited in place", "date": "2026-01-01", "themes": [], "sidebar": []}))
    titles: list[str] = []
    for _ in range(count // RECHECK_PER_SCAN + 1):
        titles = [e.title for e in asyncio.run(library.briefs_async())]
    assert "Edited in place" in titles


def test_a_file_added_or_removed_in_place_shows_within_a_bounded_number_of_requests(tmp_path: Path) -> None:
    count = RECHECK_PER_SCAN * 2
    paths = [_brief(tmp_path, number) for number in range(count)]
    library = Library(tmp_path)
    asyncio.run(library.briefs_async())
    html = paths[-1].with_suffix(".html")
    html.write_text("<html><body><main><h1>Added in place</h1></main></body></html>")
    entries: tuple[BriefEntry, ...] = ()
    for _ in range(count // RECHECK_PER_SCAN + 1):
        entries = asyncio.run(library.briefs_async())
    assert next(e for e in entries if e.name == paths[-1].stem).file("html") is not None
    html.unlink()
    for _ in range(count // RECHECK_PER_SCAN + 1):
        entries = asyncio.run(library.briefs_async())
    assert next(e for e in entries if e.name == paths[-1].stem).file("html") is None


def test_a_kept_search_page_changes_when_a_brief_is_rebuilt(tmp_path: Path) -> None:
    count = PAGE_SIZE + 5
    paths = [_brief(tmp_path, number, f"Trade brief {number}") for number in range(count)]
    rebuild_index(tmp_path)  # searched through the library index, as after 'briefgen build'
    with TestClient(create_app(tmp_path)) as client:
        first = client.get("/", params={"q": "trade", "page": "2"}).text
        assert f"{count} of {count} briefs match" in first and len(_titles(first)) == 5
        assert client.get("/", params={"q": "trade", "page": "2"}).text == first  # kept: the same page
        assert _titles(client.get("/", params={"q": "trade"}).text) != _titles(first)  # another page, its own key
        assert "No brief matches" in client.get("/", params={"q": "rebuilt"}).text
        part = paths[3].with_name(".rebuild.part")  # a rebuild: renamed into place and recorded in the index
        part.write_text(json.dumps({"title": "Rebuilt brief", "date": "2026-01-02", "themes": [], "sidebar": []}))
        os.replace(part, paths[3])
        record_brief(tmp_path, paths[3].parent.name, paths[3])
        again = client.get("/", params={"q": "trade", "page": "2"}).text
        assert f"{count - 1} of {count} briefs match" in again and len(_titles(again)) == 4
        assert _titles(client.get("/", params={"q": "rebuilt"}).text) == ["Rebuilt brief"]
        assert _titles(client.get("/", params={"q": "trade", "page": "2"}).text) == _titles(again)
