"""Ingest: read source files into ``Source`` records, one reader per file suffix."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from ..errors import IngestError
from ..model import Source
from .decode import DEFAULT_MAX_BYTES, read_bytes
from .docx import read_docx
from .html import read_html
from .pdf import read_pdf
from .source import RawSource, make_source, slug
from .text import read_markdown, read_text

Reader = Callable[[Path, bytes], RawSource]

#: Readers by lower-case file suffix.
READERS: dict[str, Reader] = {
    ".txt": read_text,
    ".text": read_text,
    ".md": read_markdown,
    ".markdown": read_markdown,
    ".html": read_html,
    ".htm": read_html,
    ".docx": read_docx,
    ".pdf": read_pdf,
}


def read_source(
    path: Path, source_id: str, shown_path: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Source:
    """Read one file with the reader its suffix selects."""
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        known = ", ".join(sorted(READERS))
        raise IngestError(f"{path}: no reader for '{path.suffix or 'no suffix'}' files; use one of {known}")
    data = read_bytes(path, max_bytes)
    raw = reader(path, data)
    if not raw.paragraphs:
        raise IngestError(f"{path}: no paragraphs of text found; check the file's contents")
    return make_source(source_id, path, data, raw, shown_path or str(path))


def read_sources(paths: Sequence[Path], root: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> list[Source]:
    """Read several files, giving each a unique id from its name."""
    sources: list[Source] = []
    used: set[str] = set()
    for path in paths:
        base = slug(path.stem)
        source_id, n = base, 2
        while source_id in used:
            source_id, n = f"{base}-{n}", n + 1
        used.add(source_id)
        try:
            shown = str(path.relative_to(root))
        except ValueError:
            shown = str(path)
        sources.append(read_source(path, source_id, shown, max_bytes))
    return sources
