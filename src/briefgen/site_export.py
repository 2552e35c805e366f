"""``briefgen site --out DIR``: the download site written as static files any web server or CDN can serve.

The export holds the library page (every brief, newest first), a page per brief
(``briefs/<name>/index.html``) with its downloads beside it, each brief's citation passages as
JSON (``briefs/<name>/passages.json``), the site's static files, and a search index
(``search-index.json``) that ``static/search.js`` reads in the browser to answer ``/?q=…&theme=…``
on the library page with the same rules as the live site (every word in the brief's folded text;
a covered theme by title). The export is written into a staging folder beside DIR and put in its
place at the end, so a failed export leaves the previous one as it was.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import asdict, dataclass
from importlib.resources import files
from pathlib import Path
from typing import TypeVar

from .errors import BriefgenError
from .fileio import swap_in
from .web.brief_view import BriefView
from .web.exact import SetChanged, open_exact
from .web.index_db import haystack
from .web.library import SET_TRIES, BriefEntry, Library, SetBusy
from .web.manifest import normalise
from .web.pages import BriefPage, LibraryPage, render_brief, render_error, render_library
from .web.search import theme_choices
from .web.worker import ParsePool

T = TypeVar("T")
SEARCH_SCRIPT = '<script src="/static/search.js" defer></script>'
"""Added to the exported library page (the live site answers searches itself)."""


@dataclass(frozen=True, slots=True)
class ExportResult:
    """What an export wrote."""

    out: Path
    """The export folder."""
    briefs: int
    """Briefs exported."""
    files: int
    """Files written."""


class _InProcess(ParsePool):
    """A parse pool that parses in this process (an export has no event loop to keep free)."""

    def submit(self, job: Callable[..., T], *paths: Path | None) -> Future[T]:
        future: Future[T] = Future()
        try:
            future.set_result(job(*paths))
        except Exception as exc:  # the library treats a failed parse as an unreadable file
            future.set_exception(exc)
        return future


def export_site(briefs: Path, out: Path) -> ExportResult:
    """Write the site over ``briefs`` as static files in ``out`` (replaced as a whole)."""
    if not briefs.is_dir():
        raise BriefgenError(f"{briefs}: no such folder; give the briefs folder 'briefgen build' wrote (--briefs)")
    if out.resolve().is_relative_to(briefs.resolve()):
        raise BriefgenError(f"{out}: inside the briefs folder {briefs}; choose an --out outside it")
    if out.exists() and not out.is_dir():
        raise BriefgenError(f"{out}: exists and is not a folder; move it away or choose another --out")
    library = Library(briefs, pool=_InProcess())
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.site-", dir=out.parent))
    try:
        count, entries = _write(staging, library, library.briefs())
        os.chmod(staging, 0o755)
        swap_in(staging, out)  # the build's folder swap; staging then holds the previous export, removed below
    except OSError as exc:
        raise BriefgenError(f"{out}: cannot write the site ({exc.strerror}); check space and permissions") from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return ExportResult(out, len(entries), count)


def _write(folder: Path, library: Library, listed: tuple[BriefEntry, ...]) -> tuple[int, tuple[BriefEntry, ...]]:
    """Write every brief's page and files, each brief from one published set of its files, then the library."""
    written = 0

    def put(relative: str, data: bytes) -> None:
        nonlocal written
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        written += 1

    index: list[dict[str, object]] = []
    exported: list[BriefEntry] = []
    for name in (e.name for e in listed):
        found = _one_set(folder / "briefs" / name, library, name)
        if found is None:
            continue
        entry, view = found
        exported.append(entry)
        written += len(entry.files)
        brief = BriefPage(entry, view.content if view else None, view.passages if view else ())
        put(f"briefs/{entry.name}/index.html", render_brief(brief).encode())
        passages = {p.key: asdict(p) for p in brief.passages}
        put(f"briefs/{entry.name}/passages.json", json.dumps(passages, ensure_ascii=False, indent=1).encode())
        index.append(
            {
                "name": entry.name,
                "text": haystack(entry.name, entry.summary),
                "themes": [normalise(t.title) for t in entry.themes if t.covered],
            }
        )
    entries = tuple(exported)  # in the listing's order, each as exported
    page = LibraryPage(entries, len(entries), "", "", theme_choices(entries))
    put("index.html", render_library(page).replace("</body>", f"{SEARCH_SCRIPT}\n</body>", 1).encode())
    put("404.html", render_error(404, "Not found", "There is no brief or file at this address.").encode())
    put("search-index.json", json.dumps(index, ensure_ascii=False, separators=(",", ":")).encode())
    static = files("briefgen.web") / "static"
    for item in static.iterdir():
        if item.is_file():
            put(f"static/{item.name}", item.read_bytes())
    return written, entries


def _one_set(target: Path, library: Library, name: str) -> tuple[BriefEntry, BriefView | None] | None:
    """Copy brief ``name``'s files into ``target``, all from one published set; that set's entry and page parts.

    A rebuild swapping the brief's folder in meanwhile makes it read the new set instead; one rebuilt
    every time it is tried stops the export with a one-line error.
    """
    for _ in range(SET_TRIES):
        try:
            found = library.page(name)
        except SetBusy:
            break
        if found is None:
            return None
        with contextlib.ExitStack() as stack:
            try:  # every file opened first: the whole set is held before a byte is copied
                opened = [
                    (file.name, stack.enter_context(os.fdopen(open_exact(file.path, file.signature), "rb")))
                    for file in found[0].files
                ]
            except SetChanged:
                continue  # the set the page was read from was replaced meanwhile
            target.mkdir(parents=True, exist_ok=True)
            for file_name, source in opened:
                with open(target / file_name, "wb") as copy:
                    shutil.copyfileobj(source, copy)
        return found
    raise BriefgenError(f"{library.root / name}: rebuilt again and again during the export; run the export again")
