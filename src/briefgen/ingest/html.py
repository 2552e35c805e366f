"""Reader for web pages (``.html``): the article's main text and metadata, via trafilatura."""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import trafilatura

from ..errors import IngestError
from .blocks import Block, assemble
from .decode import DEFAULT_MAX_BYTES
from .limits import TextBudget
from .source import Metadata, RawSource

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_CONTROL = bytes(c for c in range(32) if chr(c) not in "\t\n\r\f")
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def read_html(path: Path, data: bytes, max_bytes: int = DEFAULT_MAX_BYTES) -> RawSource:
    """A web page: the article's headings, paragraphs, list items and table rows, plus its metadata."""
    page, encoding = decode_html(path, data)
    document = trafilatura.bare_extraction(
        page, with_metadata=True, include_comments=False, include_tables=True, include_formatting=False
    )
    body = getattr(document, "body", None)
    text, paragraphs = assemble(_blocks(body) if body is not None else (), budget=TextBudget(path, max_bytes))
    if not paragraphs:
        raise IngestError(
            f"{path}: no article text found in the page; save the article page itself, "
            "or copy its text into a .txt file"
        )
    metadata = Metadata(
        title=_field(document, "title") or "",
        url=_field(document, "url"),
        outlet=_field(document, "sitename"),
        date=_field(document, "date"),
        author=_field(document, "author"),
    )
    return RawSource(text, paragraphs, "html", encoding, metadata)


def decode_html(path: Path, data: bytes) -> tuple[str, str]:
    """Decode a page by BOM, then its ``<meta charset>``, then UTF-8, then cp1252."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data.decode(codec, errors="replace"), codec.removesuffix("-sig")
    sample = data[:65536]
    if b"\x00" in data or sum(sample.count(c) for c in _CONTROL) > len(sample) * 0.05:
        raise IngestError(f"{path}: looks like a binary file, not an HTML page; check the file and its suffix")
    declared = _META_CHARSET.search(data[:4096])
    candidates = [declared.group(1).decode("ascii").lower()] if declared else []
    for encoding in [*candidates, "utf-8", "cp1252"]:
        try:
            name = codecs.lookup(encoding).name
            return data.decode(name), name
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("utf-8", errors="replace"), "utf-8"


def _field(document: object, name: str) -> str | None:
    value = getattr(document, name, None)
    return (str(value).strip() or None) if value else None


def _blocks(body: Any) -> Iterator[Block]:
    """Blocks in page order from trafilatura's XML: head, p, list/item, table/row/cell, quote."""
    for element in body:
        tag = element.tag
        if tag == "head":
            yield Block(_text(element), heading=True)
        elif tag == "list":
            yield from _items(element)
        elif tag == "table":
            for row in element.iter("row"):
                cells = (" ".join(_text(cell).split()) for cell in row if cell.tag == "cell")
                yield Block(" | ".join(c for c in cells if c))
        elif tag == "quote" and any(child.tag in ("p", "list", "head") for child in element):
            yield from _blocks(element)
        else:
            yield Block(_text(element))


def _items(listing: Any) -> Iterator[Block]:
    for item in listing:
        if item.tag != "item":
            continue
        yield Block(_text(item, skip="list"))
        for nested in item.iter("list"):
            if nested is not item:
                yield from _items(nested)


def _text(element: Any, skip: str | None = None) -> str:
    """The element's text with ``<lb/>`` as a line break, leaving out ``skip`` children."""
    parts = [element.text or ""]
    for child in element:
        if child.tag == "lb":
            parts.append("\n")
        elif child.tag != skip:
            parts.append(_text(child, skip))
        parts.append(child.tail or "")
    return "".join(parts)
