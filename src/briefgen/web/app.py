"""The Starlette application: routes of the download site over a briefs folder."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Collection, Hashable, Mapping
from importlib.resources import files
from pathlib import Path
from types import MappingProxyType

import anyio
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
PAGE_CACHE_BYTES = 8 * 1024 * 1024
"""Memory for the library's rendered pages (about 70 KB each), kept while no brief changes."""
SEARCH_THREADS = 2
"""Searches rendered at once (the rest wait their turn): more only share the cores and the GIL, each slower."""
SEARCH_CACHE_BYTES = 8 * 1024 * 1024
"""Memory for rendered search pages, per (words, theme, page asked for), kept while no brief changes."""


def create_app(briefs_dir: Path, *, allowed_hosts: Collection[str] | None = None) -> ASGIApp:
    """The site over ``briefs_dir``; with ``allowed_hosts``, requests naming another Host get a 400.

    Pages wait for parses without holding the event loop or a thread (``Library``'s async methods)
    and render in a thread; the static files, held in memory, are answered on the loop at once.
    """
    library = Library(briefs_dir)
    static = _static_files()
    pages = PageCache()
    searches = PageCache(SEARCH_CACHE_BYTES)
    searching = anyio.CapacityLimiter(SEARCH_THREADS)

    async def library_page(request: Request) -> Response:
        query = _query(request)
        words = query.get("q", "")[:MAX_QUERY_CHARS]
        theme = query.get("theme", "")[:MAX_QUERY_CHARS]
        number = query.get("page", "1")
        entries = await library.briefs_async()
        if words or theme:
            # A search's page depends on the listing alone: the index answers only for briefs whose JSON is
            # the one it holds (search.py), exactly as the scan of their text would, so it is kept per listing.
            asked = (words, theme, _asked_number(number))
            found = searches.get(entries, asked)
            if found is None:
                html = await anyio.to_thread.run_sync(
                    _library_html, entries, words, theme, number, library, limiter=searching
                )
                found = searches.put(entries, asked, html.encode())
            body = found
        else:
            key = _page_number(number, len(entries))
            found = pages.get(entries, key)
            if found is None:
                html = await anyio.to_thread.run_sync(_library_html, entries, "", "", str(key), library)
                found = pages.put(entries, key, html.encode())
            body = found
        return Response(body, media_type="text/html; charset=utf-8", headers={"Cache-Control": PAGE_CACHE})

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

    async def brief_file(request: Request) -> Response:
        """One file of a brief; with ``?v=``, only from the set of that version (the page that linked it).

        Answered on the event loop: listing the folder and opening the file are a few ``stat`` calls,
        less than handing them to a thread.
        """
        name, filename = request.path_params["name"], request.path_params["filename"]
        wanted = _query(request).get("v")
        try:
            for _ in range(SET_TRIES):
                files = library.current_files(name)
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


_NO_QUERY: Mapping[str, str] = MappingProxyType({})


def _query(request: Request) -> Mapping[str, str]:
    """The request's query parameters (none parsed when there is no query string, as for most requests)."""
    return request.query_params if request.scope.get("query_string") else _NO_QUERY


def _library_html(
    entries: tuple[BriefEntry, ...], words: str, theme: str, number: str, library: Library | None = None
) -> str:
    """One page (``PAGE_SIZE`` briefs) of the library's matches; a page number out of range shows the nearest page."""
    matches = search(entries, words, theme, library.index if library else None) if words or theme else entries
    pages = max(1, -(-len(matches) // PAGE_SIZE))
    page = _page_number(number, len(matches))
    shown = matches[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
    choices = _theme_choices(entries)
    return render_library(LibraryPage(shown, len(entries), words, theme, choices, len(matches), page, pages))


def _page_number(number: str, matches: int) -> int:
    """The page ``?page=`` asks for, within the pages that ``matches`` briefs fill (else the nearest)."""
    pages = max(1, -(-matches // PAGE_SIZE))
    return min(_asked_number(number), pages)


def _asked_number(number: str) -> int:
    """The page number ``?page=`` asks for (1 when it is not a number), before it is fitted to the matches."""
    return max(int(number) if number.isdigit() and len(number) < 10 else 1, 1)


class PageCache:
    """Pages rendered for one listing (the same entries tuple), by key, within a byte budget.

    The library hands out the very same tuple while no brief changed; any other tuple empties the cache.
    """

    def __init__(self, budget: int = PAGE_CACHE_BYTES) -> None:
        self.budget = budget
        self._entries: tuple[BriefEntry, ...] | None = None
        self._pages: OrderedDict[Hashable, bytes] = OrderedDict()
        self._bytes = 0

    def get(self, entries: tuple[BriefEntry, ...], number: Hashable) -> bytes | None:
        """Page ``number`` (a page number, or a search's key) rendered from ``entries``, if kept."""
        if entries is not self._entries:
            return None
        body = self._pages.get(number)
        if body is not None:
            self._pages.move_to_end(number)
        return body

    def put(self, entries: tuple[BriefEntry, ...], number: Hashable, body: bytes) -> bytes:
        """Keep page ``number`` of ``entries`` (dropping the least recently used past the budget); ``body``."""
        if entries is not self._entries:
            self._entries, self._pages, self._bytes = entries, OrderedDict(), 0
        old = self._pages.pop(number, None)
        self._bytes += len(body) - (len(old) if old is not None else 0)
        self._pages[number] = body
        while self._bytes > self.budget and len(self._pages) > 1:
            _, dropped = self._pages.popitem(last=False)
            self._bytes -= len(dropped)
        return body


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
