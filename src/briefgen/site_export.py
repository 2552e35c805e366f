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
from .web.index_db import haystack
from .web.library import BriefEntry, Library
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
    entries = library.briefs()
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.site-", dir=out.parent))
    try:
        count = _write(staging, library, entries)
        os.chmod(staging, 0o755)
        swap_in(staging, out)  # the build's folder swap; staging then holds the previous export, removed below
    except OSError as exc:
        raise BriefgenError(f"{out}: cannot write the site ({exc.strerror}); check space and permissions") from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return ExportResult(out, len(entries), count)


def _write(folder: Path, library: Library, entries: tuple[BriefEntry, ...]) -> int:
    written = 0

    def put(relative: str, data: bytes) -> None:
        nonlocal written
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        written += 1

    page = LibraryPage(entries, len(entries), "", "", theme_choices(entries))
    put("index.html", render_library(page).replace("</body>", f"{SEARCH_SCRIPT}\n</body>", 1).encode())
    put("404.html", render_error(404, "Not found", "There is no brief or file at this address.").encode())
    index: list[dict[str, object]] = []
    for entry in entries:
        view = library.view(entry)
        brief = BriefPage(entry, view.content if view else None, view.passages if view else ())
        put(f"briefs/{entry.name}/index.html", render_brief(brief).encode())
        passages = {p.key: asdict(p) for p in brief.passages}
        put(f"briefs/{entry.name}/passages.json", json.dumps(passages, ensure_ascii=False, indent=1).encode())
        for file in entry.files:
            target = folder / "briefs" / entry.name / file.name
            shutil.copyfile(file.path, target)
            written += 1
        index.append(
            {
                "name": entry.name,
                "text": haystack(entry.name, entry.summary),
                "themes": [normalise(t.title) for t in entry.themes if t.covered],
            }
        )
    put("search-index.json", json.dumps(index, ensure_ascii=False, separators=(",", ":")).encode())
    static = files("briefgen.web") / "static"
    for item in static.iterdir():
        if item.is_file():
            put(f"static/{item.name}", item.read_bytes())
    return written
