"""Reading the briefs folder: which briefs and files are known, in what order, and re-reading on change."""

from __future__ import annotations

import os
import time
from dataclasses import replace
from pathlib import Path

from briefgen.web.library import Library
from web.brief_fixtures import MARITIME, TRADE, make_brief


def test_briefs_newest_first_with_their_files(briefs_root: Path) -> None:
    entries = Library(briefs_root).briefs()
    assert [e.name for e in entries] == [MARITIME.name, TRADE.name]
    first = entries[0]
    assert [f.format.ext for f in first.files] == ["pdf", "docx", "html", "json"]
    assert first.title == MARITIME.title and first.date == "2026-03-14"
    assert [f.display for f in first.top_figures] == ["$250M", "40%", "12"]
    assert [(t.title, t.covered) for t in first.themes][-1] == ("Climate adaptation", False)


def test_same_date_orders_by_file_time(tmp_path: Path) -> None:
    make_brief(tmp_path, replace(MARITIME, name="older", date="2026-01-01"))
    make_brief(tmp_path, replace(MARITIME, name="newer", date="2026-01-01"))
    stamp = time.time() - 3600
    for path in (tmp_path / "older").iterdir():
        os.utime(path, (stamp, stamp))
    assert [e.name for e in Library(tmp_path).briefs()] == ["newer", "older"]


def test_part_files_hidden_folders_and_strays_are_ignored(briefs_root: Path) -> None:
    (briefs_root / MARITIME.name / f".{MARITIME.name}.pdf.ab12.part").write_bytes(b"%PDF-half")
    (briefs_root / ".cache").mkdir()
    (briefs_root / ".cache" / ".cache.pdf").write_bytes(b"%PDF")
    (briefs_root / "README.md").write_text("# briefs")
    (briefs_root / "empty").mkdir()
    (briefs_root / "halfway").mkdir()
    (briefs_root / "halfway" / ".halfway.json.zz.part").write_text("{")
    library = Library(briefs_root)
    assert [e.name for e in library.briefs()] == [MARITIME.name, TRADE.name]
    assert library.brief(".cache") is None and library.brief("halfway") is None
    assert library.brief(MARITIME.name).file_named(f".{MARITIME.name}.pdf.ab12.part") is None  # type: ignore[union-attr]


def test_brief_without_json_or_with_broken_json(tmp_path: Path) -> None:
    make_brief(tmp_path, replace(MARITIME, formats=("pdf",)))
    make_brief(tmp_path, TRADE)
    (tmp_path / TRADE.name / f"{TRADE.name}.json").write_text("{not json")
    entries = {e.name: e for e in Library(tmp_path).briefs()}
    assert entries[MARITIME.name].summary is None and entries[MARITIME.name].title == MARITIME.name
    assert entries[TRADE.name].summary is None and entries[TRADE.name].themes == ()


def test_changes_are_seen_on_the_next_call(briefs_root: Path) -> None:
    library = Library(briefs_root)
    assert library.brief(TRADE.name).title == TRADE.title  # type: ignore[union-attr]
    make_brief(briefs_root, replace(TRADE, title="Trade Outlook, revised"))
    assert library.brief(TRADE.name).title == "Trade Outlook, revised"  # type: ignore[union-attr]
    (briefs_root / TRADE.name / f"{TRADE.name}.pdf").unlink()
    assert library.brief(TRADE.name).file("pdf") is None  # type: ignore[union-attr]


def test_names_that_are_not_a_plain_folder_name(briefs_root: Path) -> None:
    library = Library(briefs_root)
    for name in ("", ".", "..", "../briefs", f"{MARITIME.name}/", "/etc", "a\\b", "x\x00", f".{MARITIME.name}"):
        assert library.brief(name) is None, repr(name)


def test_missing_root_is_an_empty_library(tmp_path: Path) -> None:
    assert Library(tmp_path / "nowhere").briefs() == ()


def test_current_files_answer_from_the_listing_only_while_every_file_is_unchanged(briefs_root: Path) -> None:
    library = Library(briefs_root)
    library._scan_quick()  # the site's listing, as a library request makes it
    listed = library.current_files(MARITIME.name)
    assert listed == library.files(MARITIME.name)
    assert library.current_files(MARITIME.name) is listed  # nothing changed: the listing's own tuple
    pdf = briefs_root / MARITIME.name / f"{MARITIME.name}.pdf"
    part = pdf.with_name(f".{pdf.name}.new.part")
    part.write_bytes(b"%PDF-1.4 rebuilt")
    part.replace(pdf)  # renamed in, as the writers do (the root is untouched)
    now = library.current_files(MARITIME.name)
    assert now == library.files(MARITIME.name) and now != listed
    assert next(f for f in now if f.name == pdf.name).size == len(b"%PDF-1.4 rebuilt")
    pdf.unlink()
    assert pdf.name not in {f.name for f in library.current_files(MARITIME.name)}
    assert library.current_files("../" + MARITIME.name) == ()
