"""analysis.md -> sections: '##' headings, blocks with their lines, markup removed, bad files refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.analyst.parse import line_at, parse_analysis, read_analysis, slug
from briefgen.errors import BriefgenError


def test_sections_blocks_and_lines() -> None:
    text = (
        "# Title, ignored\n\nA note before any section, ignored.\n\n## Assessment\n\n"
        "First **bold** claim\nwraps here.\n\n## Talking points\n\n- one *item*\n- [linked](https://x.org) two\n"
    )
    sections = parse_analysis(text)
    assert [(s.id, s.title, s.line) for s in sections] == [
        ("assessment", "Assessment", 5),
        ("talking-points", "Talking points", 10),
    ]
    first = sections[0].blocks[0]
    assert first.text == "First bold claim\nwraps here." and first.line == 7 and not first.item
    runs = [(r.text, r.strong) for r in first.runs]
    assert runs == [("First ", False), ("bold", True), (" claim\nwraps here.", False)]
    assert line_at(first, first.text.index("wraps")) == 8
    items = sections[1].blocks
    assert [(b.text, b.item, b.line) for b in items] == [("one item", True, 12), ("linked two", True, 13)]
    assert items[0].runs[1].em


def test_slug() -> None:
    assert slug("Talking Points & Lines") == "talking-points-lines"
    assert slug("***") == "section"


def test_a_file_without_sections_is_one_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "analysis.md"
    path.write_text("# Only a title\n\nText.\n", encoding="utf-8")
    with pytest.raises(BriefgenError) as info:
        read_analysis(path)
    assert str(path) in str(info.value) and "## Assessment" in str(info.value) and "\n" not in str(info.value)


def test_binary_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "analysis.md"
    path.write_bytes(b"\x00\x01binary\x00" * 50)
    with pytest.raises(BriefgenError, match="binary"):
        read_analysis(path)
