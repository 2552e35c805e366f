"""Split decoded text into paragraphs with exact spans, and recognise section headings."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Paragraph
from ..resources import word_list

_BLOCK_SPLIT = re.compile(r"\n[ \t]*\n")
_TERMINAL = ".!?:;,\"”’)]…"
_WORD = re.compile(r"[^\W\d_][\w’'&.-]*")
_MAX_HEADING_WORDS = 20
_MAX_HEADING_CHARS = 160


def split_paragraphs(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Spans of the paragraphs of ``text`` (shifted by ``offset``), in order.

    A blank line always ends a paragraph. Inside a block, every line is its own paragraph unless
    the block is hard-wrapped prose (lines that do not end a sentence), which is kept whole.
    """
    spans: list[tuple[int, int]] = []
    for block_start, block_end in _blocks(text):
        lines = list(_lines(text, block_start, block_end))
        if len(lines) > 1 and _is_wrapped(text, lines):
            spans.append((lines[0][0] + offset, lines[-1][1] + offset))
        else:
            spans.extend((s + offset, e + offset) for s, e in lines)
    return spans


def _blocks(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for match in _BLOCK_SPLIT.finditer(text):
        yield start, match.start()
        start = match.end()
    yield start, len(text)


def _lines(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    pos = start
    while pos < end:
        newline = text.find("\n", pos, end)
        line_end = end if newline == -1 else newline
        s, e = pos, line_end
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            yield s, e
        pos = line_end + 1


def _is_wrapped(text: str, lines: list[tuple[int, int]]) -> bool:
    """True when most line breaks of a block fall mid-sentence (hard-wrapped prose)."""
    breaks = lines[:-1]
    mid_sentence = sum(
        1 for s, e in breaks if text[e - 1] not in _TERMINAL and not is_heading_text(text[s:e])
    )
    return mid_sentence * 2 > len(breaks)


def is_heading_text(line: str, any_case: bool = False) -> bool:
    """True for a short, title-like line without a final full stop (with ``any_case``, in sentence case too)."""
    line = line.strip()
    if not line or len(line) > _MAX_HEADING_CHARS or line[-1] in ".!?;,:" or line[0] in "-*•–—“\"‘'(":
        return False
    words = _WORD.findall(line)
    if not words or len(line.split()) > _MAX_HEADING_WORDS:
        return False
    if any_case:
        return True
    small = word_list("title_small_words.txt")
    content = [w for w in words if w.lower() not in small]
    if not content:
        return False
    capitalised = sum(1 for w in content if w[0].isupper())
    return capitalised / len(content) >= 0.75


def build_paragraphs(
    text: str, spans: list[tuple[int, int]], headings: set[int] | None = None, title: str | None = None
) -> tuple[Paragraph, ...]:
    """Paragraph records for spans; ``headings`` forces heading indexes, else lines are judged. A paragraph that
    repeats the document's ``title`` (from its metadata) is its headline, however long."""
    paragraphs: list[Paragraph] = []
    section: int | None = None
    same_as_title = _folded(title) if title else None
    for index, (start, end) in enumerate(spans):
        body = text[start:end]
        heading = (
            index in headings
            if headings is not None
            else _looks_like_heading(body, index, spans, text, after_headline=index == 1 and paragraphs[0].heading)
        )
        heading = heading or (same_as_title is not None and index + 1 < len(spans) and _folded(body) == same_as_title)
        if heading:
            section = index
        paragraphs.append(
            Paragraph(index=index, start=start, end=end, text=body, heading=heading,
                      section=None if heading else section)
        )
    return tuple(paragraphs)


def _folded(line: str) -> str:
    return " ".join(line.split()).casefold()


_SENTENCE_END = re.compile(r"[.!?][”\"’']?\s+[A-Z“\"‘]")


def _looks_like_heading(
    body: str, index: int, spans: list[tuple[int, int]], text: str, after_headline: bool = False
) -> bool:
    # The first line of a text is its headline when it reads as one, in title or sentence case ("Taiwan and
    # Kiribati sever ties after Beijing switch"): news sites write headlines both ways. So is the line right after
    # a headline that reads as one (a standfirst: "Joint statement on AUKUS from UK, US, and Australian defence
    # ministers").
    if after_headline and _SENTENCE_END.search(body):
        return False  # two sentences, the last without its full stop: body text, not a standfirst
    if "\n" in body or not is_heading_text(body, any_case=index == 0 or after_headline):
        return False
    # A heading introduces something: the last paragraph of a text is not one.
    return index + 1 < len(spans)
