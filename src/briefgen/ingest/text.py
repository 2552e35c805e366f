"""Readers for plain text (``.txt``) and Markdown (``.md``) sources."""

from __future__ import annotations

import re
from pathlib import Path

from ..model import Paragraph
from .decode import DEFAULT_MAX_BYTES, decode_text
from .paragraphs import build_paragraphs, split_paragraphs
from .source import Metadata, RawSource

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)---[ \t]*(?:\n|\Z)", re.S)
_META_LINE = re.compile(r"^([A-Za-z][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$")
_COMMENT_META = re.compile(r"\A(?:#[ \t]*([A-Za-z][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*(?:\n|\Z))+")
_COMMENT_LINE = re.compile(r"#[ \t]*([A-Za-z][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*(?:\n|\Z)")
_MD_HEADING = re.compile(r"^[ \t]{0,3}(#{1,6})[ \t]+(.*?)[ \t#]*$")
_MD_ITEM = re.compile(r"^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+")
_ITEM = re.compile(r"[ \t]*(?:[-*+•▪◦–]|\d{1,3}[.)])[ \t]+")
_URL = re.compile(r"https?://\S+")


def read_text(path: Path, data: bytes, max_bytes: int = DEFAULT_MAX_BYTES) -> RawSource:
    """Plain text: optional leading ``# key: value`` metadata lines, then paragraphs."""
    text, encoding = decode_text(path, data, max_bytes)
    meta_end, metadata = _comment_metadata(text)
    spans = [_strip_bullet(text, s, e) for s, e in split_paragraphs(text[meta_end:], meta_end)]
    return RawSource(text, build_paragraphs(text, spans), "text", encoding, metadata)


def _strip_bullet(text: str, start: int, end: int) -> tuple[int, int]:
    """A list item's span without its bullet or number marker (``- ``, ``• ``, ``1. ``)."""
    item = _ITEM.match(text, start, end)
    return (item.end(), end) if item and item.end() < end else (start, end)


def read_markdown(path: Path, data: bytes, max_bytes: int = DEFAULT_MAX_BYTES) -> RawSource:
    """Markdown: optional front matter, ``#`` headings, list items as paragraphs."""
    text, encoding = decode_text(path, data, max_bytes)
    meta_end, metadata = _front_matter(text)
    spans: list[tuple[int, int]] = []
    headings: set[int] = set()
    for start, end in split_paragraphs(text[meta_end:], meta_end):
        line = text[start:end]
        heading = _MD_HEADING.match(line) if "\n" not in line else None
        if heading:
            inner = start + heading.start(2)
            if inner < start + heading.end(2):
                headings.add(len(spans))
                spans.append((inner, start + heading.end(2)))
            continue
        item = _MD_ITEM.match(line)
        spans.append((start + item.end(), end) if item else (start, end))
    paragraphs: tuple[Paragraph, ...] = build_paragraphs(text, spans, headings)
    if not metadata.title and paragraphs and paragraphs[0].heading:
        metadata = metadata.with_title(paragraphs[0].text)
    return RawSource(text, paragraphs, "markdown", encoding, metadata)


def _front_matter(text: str) -> tuple[int, Metadata]:
    match = _FRONT_MATTER.match(text)
    if not match:
        return 0, Metadata()
    fields: dict[str, str] = {}
    for line in match.group(1).splitlines():
        kv = _META_LINE.match(line)
        if kv:
            fields[kv.group(1).lower()] = kv.group(2).strip().strip("\"'")
    return match.end(), Metadata.from_fields(fields)


def _comment_metadata(text: str) -> tuple[int, Metadata]:
    block = _COMMENT_META.match(text)
    if not block:
        return 0, Metadata()
    fields: dict[str, str] = {}
    for line in _COMMENT_LINE.finditer(block.group(0)):
        key, value = line.group(1).lower(), line.group(2)
        if key == "source":
            url = _URL.search(value)
            if url:
                fields["url"] = url.group(0)
        else:
            fields[key] = value
    return block.end(), Metadata.from_fields(fields)
