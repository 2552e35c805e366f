"""What a reader returns, and how a reader's output becomes a ``Source``."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace
from pathlib import Path

from ..links import safe_url
from ..model import Paragraph, Source


@dataclass(frozen=True, slots=True)
class Metadata:
    """Descriptive fields a file may carry (front matter, document properties)."""

    title: str = ""
    """Title."""
    url: str | None = None
    """Original address."""
    outlet: str | None = None
    """Publisher or outlet."""
    date: str | None = None
    """Publication date."""
    author: str | None = None
    """Author."""

    @classmethod
    def from_fields(cls, fields: dict[str, str]) -> Metadata:
        """Pick the known fields out of free ``key: value`` pairs."""
        return cls(
            title=fields.get("title", ""),
            url=fields.get("url") or fields.get("source") or None,
            outlet=fields.get("outlet") or fields.get("publisher") or None,
            date=fields.get("date") or None,
            author=fields.get("author") or None,
        )

    def with_title(self, title: str) -> Metadata:
        """A copy with another title."""
        return replace(self, title=title)


@dataclass(frozen=True, slots=True)
class RawSource:
    """A reader's output: decoded text, its paragraphs and metadata."""

    text: str
    """Decoded text."""
    paragraphs: tuple[Paragraph, ...]
    """Non-empty paragraphs with spans into ``text``."""
    reader: str
    """Reader name."""
    encoding: str
    """Encoding used to decode the bytes."""
    metadata: Metadata
    """Descriptive fields."""


def make_source(source_id: str, path: Path, data: bytes, raw: RawSource, shown_path: str) -> Source:
    """Combine a reader's output with the file's identity into a ``Source``."""
    meta = raw.metadata
    title = meta.title
    if not title and raw.paragraphs and raw.paragraphs[0].heading:
        title = raw.paragraphs[0].text
    if not title:
        title = humanise(path.stem)
    return Source(
        id=source_id,
        title=title,
        path=shown_path,
        sha256=hashlib.sha256(data).hexdigest(),
        text=raw.text,
        paragraphs=raw.paragraphs,
        reader=raw.reader,
        encoding=raw.encoding,
        url=safe_url(meta.url),
        outlet=meta.outlet,
        date=meta.date,
        author=meta.author,
    )


def humanise(stem: str) -> str:
    """A readable title from a file name: ``cambodia_outlook`` -> ``Cambodia outlook``."""
    words = re.sub(r"[_\-.]+", " ", stem).strip()
    return words[:1].upper() + words[1:] if words else stem


def slug(stem: str) -> str:
    """A source id from a file name."""
    value = re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-")
    return value or "source"
