"""The briefs folder as the site sees it: the known briefs, their files and summaries, re-read when changed.

Only ``<root>/<name>/<name>.<ext>`` files are ever looked at, so the writers' temporary
``.NAME.*.part`` files are never seen, and a file is served only while its real path stays
inside the root (a symlink leading out of the folder makes it unknown).

A brief's files are listed as one set: all from the folder one build published (``files``), and
read only while they are still the files listed (``exact.py``); a page and the downloads it links
name that set by its ``version``, so a rebuild swapped in meanwhile never mixes two builds.

Files are parsed in a worker process (``worker.py``), once per version of a file however many
requests want it at the same time (``versions.py``); only the latest version of each is kept, as a
small summary for the library and the page's parts for a brief's page, within a memory budget.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import hashlib
import logging
import os
import stat
import threading
from collections import OrderedDict
from collections.abc import Iterable
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import anyio.to_thread

from .brief_view import BriefView, read_view
from .exact import SetChanged
from .index_db import LibraryIndex, Signature
from .manifest import KeyFigure, ThemeTag
from .summary import BriefSummary, read_summary
from .versions import VersionCache
from .worker import ParsePool, shared_pool

T = TypeVar("T")

#: Memory budget of the library's summaries (each at most a few hundred KB).
SUMMARY_BYTES = 64 * 1024 * 1024
#: Memory budget of the brief pages' parts (the latest is kept even when larger).
VIEW_BYTES = 64 * 1024 * 1024
#: Brief folders whose files the site looks at in full on each library request, whatever their folder's ``stat``.
RECHECK_PER_SCAN = 16
#: Times a brief's folder is listed again when a rebuild replaced it while it was being listed or read.
SET_TRIES = 8
#: Briefs whose last page read whole is kept, to be shown while a brief is rebuilt faster than it is read.
LAST_PAGES = 16


class SetBusy(Exception):
    """A brief was rebuilt every time the site tried to read one set of its files."""


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
    summary: BriefSummary | None
    """What its JSON says, when present and readable."""

    def file(self, ext: str) -> BriefFile | None:
        """The file of a format, if the brief has one."""
        return next((f for f in self.files if f.format.ext == ext), None)

    def file_named(self, filename: str) -> BriefFile | None:
        """The file with this exact name, if the brief has one."""
        return next((f for f in self.files if f.name == filename), None)

    @property
    def title(self) -> str:
        """Title from the JSON, else the folder name."""
        return (self.summary.title if self.summary else "") or self.name

    @property
    def subtitle(self) -> str:
        """Subtitle from the JSON; empty when unknown."""
        return self.summary.subtitle if self.summary else ""

    @property
    def date(self) -> str:
        """ISO date from the JSON; empty when unknown."""
        return self.summary.date if self.summary else ""

    @property
    def classification(self) -> str:
        """Classification banner text; empty when unknown."""
        return self.summary.classification if self.summary else ""

    @property
    def themes(self) -> tuple[ThemeTag, ...]:
        """Themes in configured order."""
        return self.summary.themes if self.summary else ()

    @property
    def top_figures(self) -> tuple[KeyFigure, ...]:
        """The first sidebar figures, for a library card."""
        return self.summary.top_figures if self.summary else ()

    @property
    def updated_ns(self) -> int:
        """Latest modification time of its files."""
        return max(f.mtime_ns for f in self.files)

    @property
    def version(self) -> str:
        """Names this set of the brief's files (a rebuild gives another); download links carry it."""
        return set_version(self.files)


def set_version(files: tuple[BriefFile, ...]) -> str:
    """A short id of one set of a brief's files, from each file's name and signature."""
    text = ";".join(f"{f.name}:{f.inode}:{f.size}:{f.mtime_ns}" for f in files)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


_Listed = tuple[
    tuple[tuple[str, tuple[BriefFile, ...]], ...], list[Future[BriefSummary | None] | None], tuple[BriefEntry, ...]
]
"""The last library listing: the folders found, their summaries' futures, and the entries made of them."""


class Library:
    """Read access to a briefs folder; every call looks at the disk again, parsing only what changed.

    The ``*_async`` methods are for the site's event loop: they look at the disk in a thread and
    wait for parses without holding one. The others block, for scripts and tests.
    """

    def __init__(
        self,
        root: Path,
        *,
        pool: ParsePool | None = None,
        summary_bytes: int = SUMMARY_BYTES,
        view_bytes: int = VIEW_BYTES,
    ) -> None:
        self.root = root.resolve()
        self._root = str(self.root)
        self.pool = pool or shared_pool()
        self.summaries: VersionCache[BriefSummary | None] = VersionCache(summary_bytes, _summary_size)
        self.views: VersionCache[BriefView | None] = VersionCache(view_bytes, _view_size)
        self._listing: tuple[tuple[int, int], tuple[str, ...]] | None = None
        self._folders: dict[str, tuple[tuple[int, int, int], tuple[BriefFile, ...]]] = {}
        self._cursor = 0
        self._entries: _Listed | None = None
        self._scanned_listing: tuple[tuple[int, int], tuple[str, ...]] | None = None
        self._found: tuple[tuple[str, tuple[BriefFile, ...]], ...] | None = None
        # Scans run in worker threads, several at once under load: one at a time, or a scan that sees a
        # folder another has just updated returns the listing from before that update.
        self._scan_lock = threading.Lock()
        self.index = LibraryIndex(self.root)
        self._indexed: tuple[object, dict[str, tuple[Signature, Future[BriefSummary | None]]]] = (None, {})
        self._pages: OrderedDict[str, tuple[BriefEntry, BriefView | None]] = OrderedDict()

    def briefs(self) -> tuple[BriefEntry, ...]:
        """Every brief of the folder, newest first (by brief date, then by file time)."""
        found = self._scan()
        return _newest_first(BriefEntry(n, f, _result(self._summary(f))) for n, f in found)

    def brief(self, name: str) -> BriefEntry | None:
        """The brief of this folder name, or None when there is no such brief."""
        files = self.files(name)
        return BriefEntry(name, files, _result(self._summary(files))) if files else None

    def view(self, entry: BriefEntry) -> BriefView | None:
        """The parts of a brief's page; None when it has no (readable) HTML file."""
        return _result(self._view(entry))

    def page(self, name: str) -> tuple[BriefEntry, BriefView | None] | None:
        """``page_async`` blocking (for the static export): a brief and its page's parts from one set of its files."""
        for _ in range(SET_TRIES):
            try:
                files = self.files(name)
                if not files:
                    return None
                entry = BriefEntry(name, files, _result(self._summary(files), changed=True))
                return entry, _result(self._view(entry), changed=True)
            except (SetChanged, SetBusy):
                continue
        raise SetBusy(name)

    async def briefs_async(self) -> tuple[BriefEntry, ...]:
        """``briefs()`` without blocking the event loop (the same tuple again while nothing changed)."""
        found = self._scan_inline()
        if found is None:
            found = await anyio.to_thread.run_sync(self._scan_quick)
        last = self._entries
        if last is not None and last[0] is found:  # nothing changed on disk since the listing was made
            return last[2]
        futures = [self._summary(files) for _, files in found]
        if (
            last is not None
            and len(last[0]) == len(found)
            and all(a[1] is b[1] for a, b in zip(last[0], found, strict=True))  # files tuples are kept while unchanged
            and all(a is b for a, b in zip(last[1], futures, strict=True))
        ):
            return last[2]
        summaries = [
            _result(f) if f is None or f.done() else await _wait(f) for f in futures
        ]  # only parses still running are awaited: gathering thousands of finished ones costs more than the page
        entries = _newest_first(BriefEntry(n, f, s) for (n, f), s in zip(found, summaries, strict=True))
        if all(f is None or (f.done() and not f.exception()) for f in futures):
            self._entries = (found, futures, entries)
        return entries

    async def brief_async(self, name: str) -> BriefEntry | None:
        """``brief(name)`` without blocking the event loop."""
        files = await anyio.to_thread.run_sync(self.files, name)
        return BriefEntry(name, files, await _wait(self._summary(files))) if files else None

    async def view_async(self, entry: BriefEntry) -> BriefView | None:
        """``view(entry)`` without blocking the event loop."""
        return await _wait(self._view(entry))

    async def page_async(self, name: str) -> tuple[BriefEntry, BriefView | None] | None:
        """A brief and its page's parts, all read from one published set of its files; None: no such brief.

        While a rebuild replaces the set being read, the folder is listed again. A brief rebuilt
        faster than it can be read ``SET_TRIES`` times over gets the last page read whole, an older
        set but one set (its downloads refused once replaced), or ``SetBusy`` when there is none.
        """
        for _ in range(SET_TRIES):
            try:
                files = await anyio.to_thread.run_sync(self.files, name)
                if not files:
                    return None
                entry = BriefEntry(name, files, await _wait(self._summary(files), changed=True))
                page = (entry, await _wait(self._view(entry), changed=True))
            except (SetChanged, SetBusy):
                continue
            self._pages[name] = page
            self._pages.move_to_end(name)
            while len(self._pages) > LAST_PAGES:
                self._pages.popitem(last=False)
            return page
        last = self._pages.get(name)
        if last is None:
            raise SetBusy(name)
        return last

    def _summary(self, files: tuple[BriefFile, ...]) -> Future[BriefSummary | None] | None:
        json_file = next((f for f in files if f.format.ext == "json"), None)
        if json_file is None:
            return None
        indexed = self._from_index(json_file)
        if indexed is not None:
            return indexed
        job = functools.partial(read_summary, signature=json_file.signature)
        return self.summaries.get(json_file.path, json_file.signature, lambda: self.pool.submit(job, json_file.path))

    def _from_index(self, json_file: BriefFile) -> Future[BriefSummary | None] | None:
        """The summary the library index holds for this very JSON file (same signature), as a finished future."""
        rows = self.index.rows()
        if not rows:
            return None
        row = rows.get(json_file.name[: -len(".json")])
        if row is None or row[0] != json_file.signature:
            return None
        source, done = self._indexed
        if source is not rows:
            done = {}
            self._indexed = (rows, done)
        known = done.get(json_file.name)
        if known is not None and known[0] == row[0]:
            return known[1]
        future: Future[BriefSummary | None] = Future()
        future.set_result(row[1])
        done[json_file.name] = (row[0], future)
        return future

    def _view(self, entry: BriefEntry) -> Future[BriefView | None] | None:
        html, json_file = entry.file("html"), entry.file("json")
        if html is None:
            return None
        json_path = json_file.path if json_file else None
        version = (html.signature, json_file.signature if json_file else None)
        job = functools.partial(read_view, signatures=version)
        return self.views.get(html.path, version, lambda: self.pool.submit(job, html.path, json_path))

    def _scan(self) -> list[tuple[str, tuple[BriefFile, ...]]]:
        """Every brief's files, looked up afresh (for scripts and tests: nothing remembered)."""
        try:
            names = sorted(e.name for e in os.scandir(self.root))
        except OSError:
            return []
        found = []
        for name in names:
            with contextlib.suppress(SetBusy):
                if files := self.files(name):
                    found.append((name, files))
        return found

    def _scan_quick(self) -> tuple[tuple[str, tuple[BriefFile, ...]], ...]:
        """``_scan`` for the site, costing one ``stat`` of the root while nothing was published.

        ``briefgen build`` publishes a brief by swapping its whole folder in with a rename in the
        root, and adding or removing a brief changes the root too: whenever the root's modification
        time moves, every folder is looked at again (one ``stat`` each; its files only when the
        folder's own ``stat`` moved). Changes made inside a folder by other means (a file renamed
        into it or rewritten in place) leave the root alone, so ``RECHECK_PER_SCAN`` folders, the
        longest unchecked, are looked at in full on every scan: such a change shows within
        ``brief count / RECHECK_PER_SCAN`` requests. The same tuple is returned while nothing changed.
        """
        with self._scan_lock:
            return self._scan_quick_locked()

    def _scan_inline(self) -> tuple[tuple[str, tuple[BriefFile, ...]], ...] | None:
        """``_scan_quick`` right here (on the event loop) when it costs little, else None (scan in a thread).

        It costs little when the root is unchanged since the last listing and no other scan is running:
        a ``stat`` of the root and the ``RECHECK_PER_SCAN`` folders, less than handing it to a thread.
        """
        listing = self._listing
        if listing is None or self._found is None:
            return None
        try:
            st = os.stat(self.root)
        except OSError:
            return None
        if (st.st_ino, st.st_mtime_ns) != listing[0] or not self._scan_lock.acquire(blocking=False):
            return None
        try:
            return self._scan_quick_locked(st)
        finally:
            self._scan_lock.release()

    def _scan_quick_locked(self, st: os.stat_result | None = None) -> tuple[tuple[str, tuple[BriefFile, ...]], ...]:
        """``_scan_quick`` under its lock; ``st``: the root's ``stat`` if just taken."""
        root = self._root
        if st is None:
            try:
                st = os.stat(root)
            except OSError:
                return ()
        signature = (st.st_ino, st.st_mtime_ns)
        listing = self._listing
        if listing is None or listing[0] != signature:
            try:
                names = tuple(sorted(n for n in (e.name for e in os.scandir(root)) if _plain_name(n)))
            except OSError:
                return ()
            listing = self._listing = (signature, names)
            self._folders = {n: f for n, f in self._folders.items() if n in set(names)}
        names = listing[1]
        recheck = names[self._cursor : self._cursor + RECHECK_PER_SCAN]
        self._cursor = self._cursor + RECHECK_PER_SCAN if self._cursor + RECHECK_PER_SCAN < len(names) else 0
        sweep = listing is not self._scanned_listing or self._found is None
        changed = sweep
        for name in names if sweep else recheck:
            changed = self._look(root, name, full=name in recheck or not sweep) or changed
        if not changed and self._found is not None:
            return self._found
        self._scanned_listing = listing
        folders = self._folders
        self._found = tuple((n, folders[n][1]) for n in names if n in folders and folders[n][1])
        return self._found

    def _look(self, root: str, name: str, *, full: bool) -> bool:
        """Bring what is known of one folder up to date; True when its files changed."""
        folders = self._folders
        known = folders.get(name)
        try:
            fst = os.stat(os.path.join(root, name))
        except OSError:
            return folders.pop(name, None) is not None
        key = (fst.st_ino, fst.st_mtime_ns, fst.st_ctime_ns)
        if known is not None and known[0] == key and (not full or _unchanged(os.path.join(root, name), name, known[1])):
            return False
        try:
            files = self.files(name) if stat.S_ISDIR(fst.st_mode) else ()
        except SetBusy:  # rebuilt again and again while being listed: looked at on a later scan
            return False
        same = known is not None and known[1] == files
        folders[name] = (key, known[1] if same and known is not None else files)
        return not same

    def current_files(self, name: str) -> tuple[BriefFile, ...]:
        """``files(name)``, answered from the last listing when the folder and each of its files are unchanged.

        One ``stat`` of the folder and one ``lstat`` per format decide it, making no objects; a folder
        swapped in, or a file new, gone, rewritten or reached through a symlink since, is listed afresh.
        """
        known = self._folders.get(name)
        if known is not None and _plain_name(name):
            folder = os.path.join(self._root, name)
            try:
                fst = os.stat(folder)
            except OSError:
                fst = None
            if (
                fst is not None
                and (fst.st_ino, fst.st_mtime_ns, fst.st_ctime_ns) == known[0]
                and known[1]
                and _unchanged(folder, name, known[1])
            ):
                return known[1]
        return self.files(name)

    def files(self, name: str) -> tuple[BriefFile, ...]:
        """The files of the brief of this folder name (nothing parsed); empty when there is no such brief.

        They are one published set: a build swaps the whole folder in, so the files are looked at
        again until the folder was the same one before and after (``SetBusy`` if it never is).
        """
        if not _plain_name(name):
            return ()
        for _ in range(SET_TRIES):
            folder = self._inside(self.root / name)
            if folder is None:
                return ()
            before = _folder_id(folder)
            if before is None:
                return ()
            files = tuple(f for f in (self._file(folder, name, fmt) for fmt in FORMATS) if f is not None)
            if _folder_id(folder) == before:
                return files
        raise SetBusy(name)

    def _file(self, folder: Path, name: str, fmt: FileFormat) -> BriefFile | None:
        filename = f"{name}.{fmt.ext}"
        path = folder / filename
        try:
            st = os.lstat(path)
            if stat.S_ISLNK(st.st_mode):  # followed only while it leads to a file inside the root
                real = self._inside(path)
                if real is None:
                    return None
                path, st = real, os.stat(real)
        except OSError:
            return None
        if not stat.S_ISREG(st.st_mode):
            return None
        return BriefFile(fmt, filename, path, st.st_size, st.st_mtime_ns, st.st_ino)

    def _inside(self, path: Path) -> Path | None:
        """The real path of ``root/NAME[/FILE]`` (plain names) if it lies inside the root, else None.

        Without a symlink in its last part the path is its own real path (the root is resolved and
        the names are plain), so one ``lstat`` answers; a symlink is resolved and checked.
        """
        try:
            if not stat.S_ISLNK(os.lstat(path).st_mode):
                return path
            real = path.resolve(strict=True)
        except (OSError, RuntimeError):
            return None
        return real if real.is_relative_to(self.root) else None


def _unchanged(folder: str, name: str, files: tuple[BriefFile, ...]) -> bool:
    """True when the folder's files are those listed, judged by one ``lstat`` per format and no new objects.

    False (look again in full) when any file is new, gone or rewritten, or is reached through a symlink.
    """
    listed = iter(files)
    file = next(listed, None)
    for fmt in FORMATS:
        try:
            st: os.stat_result | None = os.lstat(os.path.join(folder, f"{name}.{fmt.ext}"))
        except OSError:
            st = None
        if file is not None and file.format is fmt:
            if st is None or (st.st_ino, st.st_size, st.st_mtime_ns) != file.signature or not stat.S_ISREG(st.st_mode):
                return False
            file = next(listed, None)
        elif st is not None:
            return False
    return file is None


def _folder_id(folder: Path) -> tuple[int, int] | None:
    """(device, inode) of a folder (a published set's folder has its own); None when it is not a folder."""
    try:
        st = os.stat(folder)
    except OSError:
        return None
    return (st.st_dev, st.st_ino) if stat.S_ISDIR(st.st_mode) else None


def _newest_first(entries: Iterable[BriefEntry]) -> tuple[BriefEntry, ...]:
    return tuple(sorted(entries, key=lambda e: (e.date, e.updated_ns), reverse=True))


def _result(future: Future[T | None] | None, *, changed: bool = False) -> T | None:
    """The value of a parse, or None when there is none or it failed (the next request tries again).

    With ``changed``, a ``SetChanged`` (the files were replaced since they were listed) is raised.
    """
    if future is None:
        return None
    try:
        return future.result()
    except SetChanged:
        if changed:
            raise
        return None
    except Exception as exc:
        _log_failure(exc)
        return None


async def _wait(future: Future[T | None] | None, *, changed: bool = False) -> T | None:
    """``_result`` awaited; a request that goes away never cancels the parse others wait for.

    With ``changed``, a ``SetChanged`` (the files were replaced since they were listed) is raised.
    """
    if future is None:
        return None
    try:
        return await asyncio.shield(asyncio.wrap_future(future))
    except SetChanged:
        if changed:
            raise
        return None
    except Exception as exc:
        _log_failure(exc)
        return None


def _log_failure(exc: Exception) -> None:
    if not isinstance(exc, OSError):  # not merely a file replaced or removed meanwhile
        logging.getLogger("uvicorn.error").warning("Could not read a brief's files: %s: %s", type(exc).__name__, exc)


def _summary_size(summary: BriefSummary | None) -> int:
    return summary.size if summary else 64


def _view_size(view: BriefView | None) -> int:
    return view.size if view else 64


def _plain_name(name: str) -> bool:
    """A single, visible path component: no separators, no dot-names, no control characters."""
    return (
        0 < len(name) <= 255
        and not name.startswith(".")
        and not any(c in name for c in "/\\")
        and all(c.isprintable() for c in name)
    )
