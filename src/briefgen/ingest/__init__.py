"""Ingest: read source files into ``Source`` records, one reader per file suffix."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from pathlib import Path

from ..errors import IngestError
from ..model import Source
from .decode import DEFAULT_MAX_BYTES, read_bytes
from .source import RawSource, make_source, slug

Reader = Callable[[Path, bytes, int], RawSource]
"""A file's path, its bytes and the source limit in; its text (within the limit) and paragraphs out."""
OnError = Callable[[Path, IngestError], None]
"""Told of each source file that cannot be read, when a build goes on without it."""

#: Readers by lower-case file suffix, as (module, function); imported on first use, since the HTML
#: and PDF readers pull in heavy libraries that a text-only build never needs.
READERS: dict[str, tuple[str, str]] = {
    ".txt": (".text", "read_text"),
    ".text": (".text", "read_text"),
    ".md": (".markdown", "read_markdown"),
    ".markdown": (".markdown", "read_markdown"),
    ".html": (".html", "read_html"),
    ".htm": (".html", "read_html"),
    ".docx": (".docx", "read_docx"),
    ".pdf": (".pdf", "read_pdf"),
}
#: Globs selecting every file a reader exists for (the default ``sources`` of a brief).
SOURCE_GLOBS: tuple[str, ...] = tuple(f"*{suffix}" for suffix in READERS)


def reader_for(path: Path) -> Reader:
    """The reader of a file's suffix."""
    entry = READERS.get(path.suffix.lower())
    if entry is None:
        known = ", ".join(sorted(READERS))
        raise IngestError(f"{path}: no reader for '{path.suffix or 'no suffix'}' files; use one of {known}")
    module = importlib.import_module(entry[0], __name__)
    reader: Reader = getattr(module, entry[1])
    return reader


def read_source(
    path: Path, source_id: str, shown_path: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Source:
    """Read one file with the reader its suffix selects."""
    reader = reader_for(path)
    data = read_bytes(path, max_bytes)
    raw = reader(path, data, max_bytes)
    if not raw.paragraphs:
        raise IngestError(f"{path}: no paragraphs of text found; check the file's contents")
    return make_source(source_id, path, data, raw, shown_path or str(path))


def read_sources(
    paths: Sequence[Path], root: Path, max_bytes: int = DEFAULT_MAX_BYTES, on_error: OnError | None = None
) -> list[Source]:
    """Read several files, giving each a unique id from its name; with ``on_error``, unreadable ones are skipped."""
    sources: list[Source] = []
    used: set[str] = set()
    real_root = root.resolve()
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
        try:
            if not path.resolve().is_relative_to(real_root):
                raise IngestError(
                    f"{path}: a link leading out of the brief folder ({path.resolve()}); copy the file into the folder"
                )
            sources.append(read_source(path, source_id, shown, max_bytes))
        except IngestError as exc:
            if on_error is None:
                raise
            on_error(path, exc)
    return sources
