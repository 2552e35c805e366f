"""The Markdown reader (markdown-it-py): no markup reaches the text, YAML front matter, exact spans."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.errors import IngestError
from briefgen.ingest import read_source


def _read(tmp_path: Path, text: str, name: str = "r.md"):  # type: ignore[no-untyped-def]
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_source(path, "r")


def _exact(source) -> None:  # type: ignore[no-untyped-def]
    for p in source.paragraphs:
        assert source.text[p.start : p.end] == p.text


def test_inline_markup_never_reaches_the_text(tmp_path: Path) -> None:
    source = _read(
        tmp_path,
        "# The **Big** Report\n\nAid reached **$588 million** in *2024*, said [the ministry](https://x.org/m).\n\n"
        "Use `code` and <b>html</b> here.\n\n![chart](c.png) Caption text.\n",
    )
    texts = [p.text for p in source.paragraphs]
    assert texts == [
        "The Big Report",
        "Aid reached $588 million in 2024, said the ministry.",
        "Use code and html here.",
        "Caption text.",
    ]
    for marker in ("**", "](", "`", "<b>", "# ", "!["):
        assert marker not in source.text
    assert source.paragraphs[0].heading and source.title == "The Big Report"
    _exact(source)


def test_yaml_front_matter_is_metadata(tmp_path: Path) -> None:
    text = (
        "---\ntitle: 'A Report: Part 2'\ndate: 2024-05-01\nurl: https://example.org/r\n"
        "outlet: >\n  Folded\n  outlet name\nauthor: [Ann Lee, Bo Chan]\n---\nBody sentence here.\n"
    )
    source = _read(tmp_path, text)
    assert source.title == "A Report: Part 2"  # a colon inside a quoted value: YAML, not 'key: value' lines
    assert source.date == "2024-05-01"
    assert source.url == "https://example.org/r"
    assert source.outlet == "Folded outlet name"
    assert source.author == "Ann Lee, Bo Chan"
    assert [p.text for p in source.paragraphs] == ["Body sentence here."]


def test_bad_front_matter_is_one_clear_line(tmp_path: Path) -> None:
    with pytest.raises(IngestError) as info:
        _read(tmp_path, "---\ntitle: [unclosed\ndate: 2024\n---\nBody.\n")
    message = str(info.value)
    assert "r.md" in message and "front matter" in message and "YAML" in message and "\n" not in message


def test_lists_tables_and_code(tmp_path: Path) -> None:
    text = (
        "Intro line.\n\n- item one is here.\n- item **two** is here.\n\n1. first\n2. second\n\n"
        "| Year | Aid |\n| --- | --- |\n| 2023 | $1 billion |\n\n```\ncode block\n```\n"
    )
    source = _read(tmp_path, text)
    assert [p.text for p in source.paragraphs] == [
        "Intro line.",
        "item one is here.",
        "item two is here.",
        "first",
        "second",
        "Year | Aid",
        "2023 | $1 billion",
    ]
    _exact(source)


def test_lines_and_wrapped_prose(tmp_path: Path) -> None:
    text = "First sentence here.\nSecond sentence here.\n\nThis sentence is wrapped\nacross two lines.\n"
    source = _read(tmp_path, text)
    assert [p.text for p in source.paragraphs] == [
        "First sentence here.",
        "Second sentence here.",
        "This sentence is wrapped\nacross two lines.",
    ]
    _exact(source)


def test_control_characters_become_spaces(tmp_path: Path) -> None:
    source = _read(tmp_path, "Late\x07 line with\x0bcontrols\x7f here.\nLast line of the file.\n")
    assert [p.text for p in source.paragraphs] == ["Late line with controls here.", "Last line of the file."]
    assert not any(ord(c) < 32 and c != "\n" for c in source.text)
    _exact(source)
