"""Reading .txt and .md sources: encodings, line endings, paragraphs, headings, metadata."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefgen.errors import IngestError
from briefgen.ingest import read_source, read_sources
from briefgen.ingest.text import read_text


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_one_paragraph_per_line_with_exact_spans(tmp_path: Path) -> None:
    text = "First line here.\nSecond line here.\n\nThird after a blank.\n"
    source = read_source(_write(tmp_path, "a.txt", text.encode()), "a")
    assert [p.text for p in source.paragraphs] == ["First line here.", "Second line here.", "Third after a blank."]
    for p in source.paragraphs:
        assert source.text[p.start : p.end] == p.text


def test_hard_wrapped_block_is_one_paragraph(tmp_path: Path) -> None:
    text = "This sentence is wrapped\nacross two lines of the file.\n\nNext paragraph.\n"
    source = read_source(_write(tmp_path, "a.txt", text.encode()), "a")
    assert len(source.paragraphs) == 2
    assert source.paragraphs[0].text == "This sentence is wrapped\nacross two lines of the file."


def test_bom_crlf_and_cp1252(tmp_path: Path) -> None:
    bom = read_source(_write(tmp_path, "b.txt", "\ufeffHello there.\r\nSecond.\r\n".encode()), "b")
    assert bom.text.startswith("Hello") and "\r" not in bom.text
    assert [p.text for p in bom.paragraphs] == ["Hello there.", "Second."]
    legacy = read_source(_write(tmp_path, "c.txt", b"Caf\xe9 \x93quoted\x94.\n"), "c")
    assert legacy.encoding == "cp1252"
    assert legacy.paragraphs[0].text == "Café “quoted”."


def test_headings_are_recognised_and_carry_sections(tmp_path: Path) -> None:
    text = "Intro sentence here.\nRegional Tensions Shape the Outlook\nBody under the heading.\nEnd.\n"
    source = read_source(_write(tmp_path, "h.txt", text.encode()), "h")
    flags = [(p.text, p.heading, p.section) for p in source.paragraphs]
    assert flags[1] == ("Regional Tensions Shape the Outlook", True, None)
    assert flags[2][2] == 1
    assert not source.paragraphs[0].heading


def test_a_first_line_in_sentence_case_is_the_headline(tmp_path: Path) -> None:
    text = (
        "Taiwan and Kiribati sever ties after Beijing switch\n"
        "Taiwan severed ties on Friday, officials said.\nThe island has few allies left.\n"
    )
    source = read_source(_write(tmp_path, "n.txt", text.encode()), "n")
    assert [p.heading for p in source.paragraphs] == [True, False, False]
    later = "Officials met on Friday.\nTaiwan and Kiribati sever ties after Beijing switch\nMore followed.\n"
    assert not any(p.heading for p in read_source(_write(tmp_path, "m.txt", later.encode()), "m").paragraphs)


def test_a_standfirst_right_after_the_headline_is_a_heading(tmp_path: Path) -> None:
    text = (
        "Defence Ministers Meet in Canberra\n"
        "Joint statement on the patrol plan from the three defence ministers\n"
        "The ministers met on Monday to review the plan.\nThey agreed to meet again\nin March.\n"
    )
    source = read_source(_write(tmp_path, "s.txt", text.encode()), "s")
    assert [p.heading for p in source.paragraphs][:3] == [True, True, False]


def test_a_line_repeating_the_title_is_the_headline_however_long(tmp_path: Path) -> None:
    title = (
        "Remarks by the High Representative at the press conference on the Joint Communication: "
        "Connecting Europe and Asia – Building blocks for an EU Strategy"
    )
    text = f"# title: {title}\n{title}\nI am very pleased to be here today.\nThank you.\n"
    source = read_source(_write(tmp_path, "a.txt", text.encode()), "a")
    assert [p.heading for p in source.paragraphs] == [True, False, False]
    untitled = read_source(_write(tmp_path, "b.txt", f"{title}\nI am very pleased.\nThank you.\n".encode()), "b")
    assert not untitled.paragraphs[0].heading  # too long to read as a headline without the title to match


def test_markdown_headings_items_and_front_matter(tmp_path: Path) -> None:
    text = (
        "---\ntitle: A Report\ndate: 2024-05-01\nurl: https://example.org/r\n---\n"
        "# Big Title\n\n- item one is here.\n- item two is here.\n"
    )
    source = read_source(_write(tmp_path, "r.md", text.encode()), "r")
    assert source.title == "A Report" and source.date == "2024-05-01" and source.url == "https://example.org/r"
    assert [p.text for p in source.paragraphs] == ["Big Title", "item one is here.", "item two is here."]
    assert source.paragraphs[0].heading
    for p in source.paragraphs:
        assert source.text[p.start : p.end] == p.text


def test_comment_metadata_lines_in_text(tmp_path: Path) -> None:
    text = "# source: https://example.org/page (public domain)\nA Headline Like This\nBody text.\n"
    source = read_source(_write(tmp_path, "m.txt", text.encode()), "m")
    assert source.url == "https://example.org/page"
    assert source.title == "A Headline Like This"


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\n ", "empty"),
        ("bin.txt", b"\x00\x01\x02binary\x00" * 20, "binary"),
        ("bad.txt", b"\x81\x8d\x8f\x90\x9d" * 10, "not UTF-8"),
        ("x.xyz", b"hello", "no reader"),
    ],
)
def test_bad_input_is_one_clear_line(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    path = _write(tmp_path, name, data)
    with pytest.raises(IngestError) as info:
        read_source(path, "x")
    assert message in str(info.value)
    assert str(path) in str(info.value)
    assert "\n" not in str(info.value)


def test_missing_and_oversized(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match="not found"):
        read_source(tmp_path / "nope.txt", "x")
    big = _write(tmp_path, "big.txt", b"word " * 1000)
    with pytest.raises(IngestError, match="limit"):
        read_source(big, "x", max_bytes=100)


def test_ids_are_unique(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    paths = [_write(tmp_path, "Report.txt", b"One."), _write(tmp_path / "a", "report.txt", b"Two.")]
    sources = read_sources(paths, tmp_path)
    assert [s.id for s in sources] == ["report", "report-2"]


def test_bullet_markers_are_not_part_of_the_paragraph(tmp_path: Path) -> None:
    text = "Intro line here.\n- In May, the minister travelled.\n• Second item.\n3. Third item.\n"
    source = read_source(_write(tmp_path, "l.txt", text.encode()), "l")
    assert [p.text for p in source.paragraphs] == [
        "Intro line here.",
        "In May, the minister travelled.",
        "Second item.",
        "Third item.",
    ]
    for p in source.paragraphs:
        assert source.text[p.start : p.end] == p.text


_LINE = "The minister said exports rose by 4 percent in 2023, led by electronics and rice.\n"


@pytest.mark.parametrize("name", ["late.txt", "late.md"])
def test_a_nul_byte_past_the_sniffed_start_is_binary(tmp_path: Path, name: str) -> None:
    """The binary sniff reads the first 64 KB; a NUL anywhere after it still means binary, not text."""
    head = (_LINE * 1000).encode()
    assert len(head) > 65536
    path = _write(tmp_path, name, head + b"Tail \x00 of the file.\n")
    with pytest.raises(IngestError) as info:
        read_source(path, "x")
    assert str(info.value) == f"{path}: looks like a binary file, not text; give a .txt or .md source"


@pytest.mark.parametrize("name", ["controls.txt"])  # Markdown: tests/ingest/test_markdown.py (text as read)
def test_control_characters_anywhere_become_spaces_with_exact_offsets(tmp_path: Path, name: str) -> None:
    head = _LINE * 1000
    tail = "Late\x07 line\x1b[0m with\x0b\x0ccontrols\x7f and\x85 C1.\nLast line of the file.\n"
    path = _write(tmp_path, name, (head + tail).encode())
    source = read_source(path, "x")
    expected = head + "Late  line [0m with  controls  and  C1.\nLast line of the file.\n"
    assert source.text == expected  # one space per control character: offsets are those of the file's text
    assert not any((ord(c) < 32 and c not in "\t\n") or 0x7F <= ord(c) <= 0x9F for c in source.text)
    for p in source.paragraphs:
        assert source.text[p.start : p.end] == p.text
    last = source.paragraphs[-1]
    assert last.text == "Last line of the file." and last.start == len(head + tail) - len("Last line of the file.\n")
    assert "\\u00" not in json.dumps(source.text)


def test_text_over_the_limit_is_refused_in_mb_as_given(tmp_path: Path) -> None:
    path = _write(tmp_path, "half.txt", (_LINE * 8000).encode())  # 0.63 MB
    with pytest.raises(IngestError) as info:
        read_source(path, "x", max_bytes=512 * 1024)
    assert "0.6 MB is over the 0.5 MB limit for a source" in str(info.value)
    with pytest.raises(IngestError) as info:
        read_text(path, path.read_bytes(), max_bytes=512 * 1024)
    assert str(info.value) == (
        f"{path}: extracted text exceeds the 0.5 MB source limit; split the document or raise --max-source-mb"
    )
