"""The library index: the site's summaries and search from SQLite/FTS5, the same answers as reading every file."""

from __future__ import annotations

import json
import os
from concurrent.futures import Future
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from briefgen.web import create_app
from briefgen.web.index_db import INDEX_FILE, LibraryIndex, rebuild_index, record_brief
from briefgen.web.library import Library
from briefgen.web.search import search
from briefgen.web.summary import read_summary
from web.brief_fixtures import MARITIME, TRADE, make_brief

WORDS = ["Côte d'Ivoire", "maritime", "drills", "Jakarta", "aid", "grain", "tariffs", "Mekong", "x1", "5%"]
QUERIES = ["", "mari", "maritime drills", "cote", "CÔTE d'ivoire", "ai", "x", "5%", "nothing-like-this",
           'say "quoted"', "brief-0001", "grain tariffs mekong", "d'"]


class NoParses:
    """A parse pool that fails the test if asked to parse anything."""

    def submit(self, *_args: Any) -> Future[Any]:
        raise AssertionError("a JSON file was parsed although the index holds it")


def _write(root: Path, number: int, words: list[str]) -> Path:
    name = f"brief-{number:04d}"
    folder = root / name
    folder.mkdir(parents=True, exist_ok=True)
    data = {
        "title": f"Brief {number} on {words[0]}",
        "date": f"2026-01-{1 + number % 28:02d}",
        "themes": [{"id": "t", "title": "Trade", "covered": number % 2 == 0}],
        "sidebar": [{"display": "$5M", "label": "Aid", "text": "$5 million", "kind": "money"}],
        "subtitle": " ".join(words),
    }
    path = folder / f"{name}.json"
    path.write_text(json.dumps(data))
    return path


@pytest.fixture
def root(tmp_path: Path) -> Path:
    root = tmp_path / "briefs"
    for number in range(24):
        _write(root, number, [WORDS[(number * k) % len(WORDS)] for k in (1, 3, 7)])
    make_brief(root, MARITIME)
    make_brief(root, TRADE)
    assert rebuild_index(root) == 26
    return root


def _names(found: tuple[Any, ...]) -> list[str]:
    return [e.name for e in found]


def test_index_answers_as_the_scan(root: Path) -> None:
    entries = Library(root).briefs()
    index = LibraryIndex(root)
    for query in QUERIES:
        for theme in ("", "Trade"):
            assert _names(search(entries, query, theme, index)) == _names(search(entries, query, theme)), query
    assert _names(search(entries, "cote", "", index))  # found at all


def test_library_takes_summaries_from_the_index(root: Path) -> None:
    indexed = Library(root, pool=NoParses()).briefs()  # type: ignore[arg-type]
    for entry in indexed:
        json_file = entry.file("json")
        assert json_file is not None
        assert entry.summary == read_summary(json_file.path)


def test_a_file_changed_after_indexing_is_read_and_searched_from_disk(root: Path) -> None:
    path = root / "brief-0003" / "brief-0003.json"
    data = json.loads(path.read_text())
    data["subtitle"] = "zanzibar cloves"
    path.write_text(json.dumps(data))
    os.utime(path, ns=(1, 1))
    entries = Library(root).briefs()
    index = LibraryIndex(root)
    assert _names(search(entries, "zanzibar", "", index)) == ["brief-0003"]
    assert "brief-0003" not in _names(search(entries, "5%", "", index))


def test_no_index_or_a_corrupt_one_falls_back_to_the_scan(root: Path) -> None:
    entries = Library(root).briefs()
    expected = _names(search(entries, "maritime", ""))
    (root / INDEX_FILE).write_bytes(b"not a database at all" * 100)
    index = LibraryIndex(root)
    assert index.rows() is None and index.matching(["maritime"]) is None
    assert _names(search(entries, "maritime", "", index)) == expected
    (root / INDEX_FILE).unlink()
    assert _names(search(Library(root).briefs(), "maritime", "", LibraryIndex(root))) == expected


def test_record_replaces_a_brief_and_readers_see_it(root: Path) -> None:
    index = LibraryIndex(root)
    index.recheck_seconds = 0
    assert index.rows() is not None and index.matching(["zanzibar"]) == set()
    path = _write(root, 5, ["zanzibar"])
    record_brief(root, "brief-0005", path)
    assert index.matching(["zanzibar"]) == {"brief-0005"}
    rows = index.rows()
    assert rows is not None and rows["brief-0005"][1].title == "Brief 5 on zanzibar"


def test_site_search_with_the_index(root: Path) -> None:
    with TestClient(create_app(root)) as client:
        page = client.get("/", params={"q": "cote"}).text
    scan = _names(search(Library(root).briefs(), "cote", ""))
    assert scan and all(f"/briefs/{name}" in page for name in scan[:50])


def test_build_records_the_brief(tmp_path: Path) -> None:
    from briefgen.api import BuildOptions, build

    folder = tmp_path / "in" / "schools"
    folder.mkdir(parents=True)
    (folder / "brief.toml").write_text('title = "Schools"\ndate = "2025-03-01"\n')
    (folder / "news.txt").write_text("Cambodia's government said it would spend $120 million on rural schools.\n")
    out = tmp_path / "out"
    build(folder, BuildOptions(formats=("json",), out_root=out))
    rows = LibraryIndex(out).rows()
    assert rows is not None and rows["schools"][1] == read_summary(out / "schools" / "schools.json")
    assert LibraryIndex(out).matching(["rural"]) == {"schools"}


def test_a_brief_recorded_since_the_rows_were_read_is_found(root: Path) -> None:
    index = LibraryIndex(root)
    index.recheck_seconds = 3600  # the rows stay as first read
    assert index.rows() is not None and index.matching(["zanzibar"]) == set()
    record_brief(root, "brief-0007", _write(root, 7, ["zanzibar"]))
    assert index.matching(["zanzibar"]) == {"brief-0007"}
