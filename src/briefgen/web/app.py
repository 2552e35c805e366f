"""The Starlette application: routes of the download site over a briefs folder."""

from __future__ import annotations

from collections.abc import Collection
from importlib.resources import files
from pathlib import Path

import anyio.to_thread
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp

from .exact import SetChanged
from .files import bytes_response, file_response
from .library import SET_TRIES, BriefEntry, Library, SetBusy, set_version
from .pages import BriefPage, LibraryPage, brief_path, render_brief, render_error, render_library
from .search import MAX_QUERY_CHARS, search, theme_choices
from .security import SecureSite

STATIC_TYPES = {".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".svg": "image/svg+xml"}
PAGE_CACHE = "private, no-cache"
PAGE_SIZE = 50
"""Briefs on one page of the library."""


def create_app(briefs_dir: Path, *, allowed_hosts: Collection[str] | None = None) -> ASGIApp:
    """The site over ``briefs_dir``; with ``allowed_hosts``, requests naming another Host get a 400.

    Pages wait for parses without holding the event loop or a thread (``Library``'s async methods)
    and render in a thread; the static files, held in memory, are answered on the loop at once.
    """
    library = Library(briefs_dir)
    static = _static_files()

    async def library_page(request: Request) -> Response:
        words = request.query_params.get("q", "")[:MAX_QUERY_CHARS]
        theme = request.query_params.get("theme", "")[:MAX_QUERY_CHARS]
        number = request.query_params.get("page", "1")
        entries = await library.briefs_async()
        html = await anyio.to_thread.run_sync(_library_html, entries, words, theme, number, library)
        return HTMLResponse(html, headers={"Cache-Control": PAGE_CACHE})

    async def brief_page(request: Request) -> Response:
        try:
            found = await library.page_async(request.path_params["name"])
        except SetBusy:
            return _busy()
        if found is None:
            raise HTTPException(404)
        entry, view = found
        page = BriefPage(entry, view.content if view else None, view.passages if view else ())
        html = await anyio.to_thread.run_sync(render_brief, page)
        return HTMLResponse(html, headers={"Cache-Control": PAGE_CACHE})

    def brief_file(request: Request) -> Response:
        """One file of a brief; with ``?v=``, only from the set of that version (the page that linked it)."""
        name, filename = request.path_params["name"], request.path_params["filename"]
        wanted = request.query_params.get("v")
        try:
            for _ in range(SET_TRIES):
                files = library.files(name)
                file = next((f for f in files if f.name == filename), None)
                if file is None:
                    raise HTTPException(404)
                if wanted is not None and set_version(files) != wanted:
                    return _rebuilt(name)
                try:
                    return file_response(
                        request, file.path, file.format.media_type, download_name=file.name, signature=file.signature
                    )
                except SetChanged:
                    continue
        except SetBusy:
            pass
        return _busy()

    async def static_file(request: Request) -> Response:
        found = static.get(request.path_params["filename"])
        if found is None:
            raise HTTPException(404)
        return bytes_response(request, *found)

    routes = [
        Route("/", library_page),
        Route("/briefs/{name}", brief_page),
        Route("/briefs/{name}/{filename}", brief_file),
        Route("/static/{filename}", static_file),
    ]
    app = Starlette(routes=routes, exception_handlers={HTTPException: _http_error})
    return SecureSite(app, allowed_hosts)


def _library_html(
    entries: tuple[BriefEntry, ...], words: str, theme: str, number: str, library: Library | None = None
) -> str:
    """One page (``PAGE_SIZE`` briefs) of the library's matches; a page number out of range shows the nearest page."""
    matches = search(entries, words, theme, library.index if library else None) if words or theme else entries
    pages = max(1, -(-len(matches) // PAGE_SIZE))
    page = min(max(int(number) if number.isdigit() and len(number) < 10 else 1, 1), pages)
    shown = matches[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
    choices = _theme_choices(entries)
    return render_library(LibraryPage(shown, len(entries), words, theme, choices, len(matches), page, pages))


_CHOICES: list[tuple[tuple[BriefEntry, ...], tuple[str, ...]]] = []


def _theme_choices(entries: tuple[BriefEntry, ...]) -> tuple[str, ...]:
    """``theme_choices``, worked out once per listing (the library hands out the same tuple while nothing changed)."""
    last = _CHOICES[-1] if _CHOICES else None
    if last is not None and last[0] is entries:
        return last[1]
    choices = theme_choices(entries)
    _CHOICES[:] = [(entries, choices)]
    return choices


def _static_files() -> dict[str, tuple[bytes, str]]:
    folder = files("briefgen.web") / "static"
    return {
        item.name: (item.read_bytes(), STATIC_TYPES[Path(item.name).suffix])
        for item in folder.iterdir()
        if Path(item.name).suffix in STATIC_TYPES
    }


def _rebuilt(name: str) -> Response:
    """410 for a file of a set a rebuild has replaced since the page linking it was shown."""
    page = render_error(
        410,
        "This brief was rebuilt",
        "The brief was rebuilt after its page was shown, so this file is no longer the one that page "
        "offered. Open the brief again to read and download the current version.",
        link=(brief_path(name), "Open the current brief"),
    )
    return HTMLResponse(page, status_code=410, headers={"Cache-Control": PAGE_CACHE})


def _busy() -> Response:
    """503 for a brief rebuilt every time the site tried to read it."""
    page = render_error(503, "Being rebuilt", "This brief is being rebuilt right now. Try again in a moment.")
    return HTMLResponse(page, status_code=503, headers={"Cache-Control": PAGE_CACHE, "Retry-After": "1"})


async def _http_error(request: Request, exc: Exception) -> Response:
    status = exc.status_code if isinstance(exc, HTTPException) else 500
    if status == 404:
        page = render_error(404, "Not found", "There is no brief or file at this address.")
    else:
        page = render_error(status, "Request refused", "The site could not answer this request.")
    return HTMLResponse(page, status_code=status, headers=getattr(exc, "headers", None))
