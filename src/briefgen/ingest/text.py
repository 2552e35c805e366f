"""Reader for plain text (``.txt``) sources (Markdown has its own reader, ``markdown``)."""

from __future__ import annotations

import re
from pathlib import Path

from .decode import DEFAULT_MAX_BYTES, decode_text
from .paragraphs import build_paragraphs, split_paragraphs
from .source import Metadata, RawSource

_COMMENT_META = re.compile(r"\A(?:#[ \t]*([A-Za-z][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*(?:\n|\Z))+")
_COMMENT_LINE = re.compile(r"#[ \t]*([A-Za-z][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*(?:\n|\Z)")
_ITEM = re.compile(r"[ \t]*(?:[-*+•▪◦–]|\d{1,3}[.)])[ \t]+")
_URL = re.compile(r"https?://\S+")


def read_text(path: Path, data: bytes, max_bytes: int = DEFAULT_MAX_BYTES) -> RawSource:
    """Plain text: optional leading ``# key: value`` metadata lines, then paragraphs."""
    text, encoding = decode_text(path, data, max_bytes)
    meta_end, metadata = _comment_metadata(text)
    spans = [_strip_bullet(text, s, e) for s, e in split_paragraphs(text[meta_end:], meta_end)]
    return RawSource(text, build_paragraphs(text, spans, title=metadata.title), "text", encoding, metadata)


def _strip_bullet(text: str, start: int, end: int) -> tuple[int, int]:
    """A list item's span without its bullet or number marker (``- ``, ``• ``, ``1. ``)."""
    item = _ITEM.match(text, start, end)
    return (item.end(), end) if item and item.end() < end else (start, end)


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
