"""The briefs folder as the site sees it: the known briefs, their files and manifests, re-read when changed.

Only ``<root>/<name>/<name>.<ext>`` files are ever looked at, so the writers' temporary
``.NAME.*.part`` files are never seen, and a file is served only while its real path stays
inside the root (a symlink leading out of the folder makes it unknown).
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .manifest import KeyFigure, Manifest, ThemeTag, parse_manifest

#: Sidebar figures a library card shows.
TOP_FIGURES = 3


@dataclass(frozen=True, slots=True)
class FileFormat:
    """An output format the site serves."""

    ext: str
    """File name suffix without the dot."""
    media_type: str
    """Content-Type it is served with."""
    label: str
    """Name shown on download buttons."""


FORMATS: tuple[FileFormat, ...] = (
    FileFormat("pdf", "application/pdf", "PDF"),
    FileFormat("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word"),
    FileFormat("html", "text/html; charset=utf-8", "HTML"),
    FileFormat("json", "application/json", "JSON"),
)


@dataclass(frozen=True, slots=True)
class BriefFile:
    """One output file of a brief, as it stood when the folder was read."""

    format: FileFormat
    """Its format."""
    name: str
    """File name, ``<brief>.<ext>``."""
    path: Path
    """Real (symlink-free) path, inside the root."""
    size: int
    """Size in bytes."""
    mtime_ns: int
    """Modification time, in nanoseconds."""
    inode: int
    """Inode number (changes when the file is replaced by a rename)."""

    @property
    def signature(self) -> tuple[int, int, int]:
        """What changes when the file is rewritten; the key of every cache over its content."""
        return (self.inode, self.size, self.mtime_ns)


@dataclass(frozen=True, slots=True)
class BriefEntry:
    """A brief of the folder: its files and what its JSON says."""

    name: str
    """Folder (and file stem) name."""
    files: tuple[BriefFile, ...]
    """Its output files, in ``FORMATS`` order."""
    manifest: Manifest | None
    """Its JSON, when present and readable."""

    def file(self, ext: str) -> BriefFile | None:
        """The file of a format, if the brief has one."""
        return next((f for f in self.files if f.format.ext == ext), None)

    def file_named(self, filename: str) -> BriefFile | None:
        """The file with this exact name, if the brief has one."""
        return next((f for f in self.files if f.name == filename), None)

    @property
    def title(self) -> str:
        """Title from the JSON, else the folder name."""
        return (self.manifest.title if self.manifest else "") or self.name

    @property
    def date(self) -> str:
        """ISO date from the JSON; empty when unknown."""
        return self.manifest.date if self.manifest else ""

    @property
    def classification(self) -> str:
        """Classification banner text; empty when unknown."""
        return self.manifest.classification if self.manifest else ""

    @property
    def themes(self) -> tuple[ThemeTag, ...]:
        """Themes in configured order."""
        return self.manifest.themes if self.manifest else ()

    @property
    def top_figures(self) -> tuple[KeyFigure, ...]:
        """The first sidebar figures, for a library card."""
        return self.manifest.sidebar[:TOP_FIGURES] if self.manifest else ()

    @property
    def updated_ns(self) -> int:
        """Latest modification time of its files."""
        return max(f.mtime_ns for f in self.files)


class Library:
    """Read access to a briefs folder; every call looks at the disk again, parsing only what changed."""

    def __init__(self, root: Path) -> None:
        self.root = root.resolve()

    def briefs(self) -> tuple[BriefEntry, ...]:
        """Every brief of the folder, newest first (by brief date, then by file time)."""
        try:
            names = sorted(e.name for e in os.scandir(self.root))
        except OSError:
            return ()
        entries = [e for e in map(self.brief, names) if e is not None]
        entries.sort(key=lambda e: (e.date, e.updated_ns), reverse=True)
        return tuple(entries)

    def brief(self, name: str) -> BriefEntry | None:
        """The brief of this folder name, or None when there is no such brief."""
        if not _plain_name(name):
            return None
        folder = self._inside(self.root / name)
        if folder is None or not folder.is_dir():
            return None
        files = tuple(f for f in (self._file(folder, name, fmt) for fmt in FORMATS) if f is not None)
        if not files:
            return None
        json_file = next((f for f in files if f.format.ext == "json"), None)
        return BriefEntry(name, files, _manifest_of(json_file) if json_file else None)

    def _file(self, folder: Path, name: str, fmt: FileFormat) -> BriefFile | None:
        filename = f"{name}.{fmt.ext}"
        path = self._inside(folder / filename)
        if path is None:
            return None
        try:
            st = path.stat()
        except OSError:
            return None
        if not stat.S_ISREG(st.st_mode):
            return None
        return BriefFile(fmt, filename, path, st.st_size, st.st_mtime_ns, st.st_ino)

    def _inside(self, path: Path) -> Path | None:
        try:
            real = path.resolve(strict=True)
        except (OSError, RuntimeError):
            return None
        return real if real.is_relative_to(self.root) else None


def _plain_name(name: str) -> bool:
    """A single, visible path component: no separators, no dot-names, no control characters."""
    return (
        0 < len(name) <= 255
        and not name.startswith(".")
        and not any(c in name for c in "/\\")
        and all(c.isprintable() for c in name)
    )


def _manifest_of(file: BriefFile) -> Manifest | None:
    try:
        return _load_manifest(file.path, file.signature)
    except OSError:
        return None


@lru_cache(maxsize=512)
def _load_manifest(path: Path, signature: tuple[int, int, int]) -> Manifest | None:
    # ``signature`` is only the cache key: a rewritten file has a new one and is parsed again.
    return parse_manifest(path.read_bytes())
