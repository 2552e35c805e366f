"""The site's HTML pages, rendered from its own templates (``web/templates``) by a small Jinja2 environment."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from urllib.parse import quote

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from .content import BriefContent
from .library import BriefEntry, BriefFile
from .manifest import normalise
from .passages import PassageView

#: Formats offered as download buttons, in order.
DOWNLOADS = ("pdf", "docx")


@dataclass(frozen=True, slots=True)
class LibraryPage:
    """What the library page shows."""

    briefs: tuple[BriefEntry, ...]
    """The briefs matching the search, newest first."""
    total: int
    """How many briefs the folder holds."""
    words: str
    """The search words, as typed."""
    theme: str
    """The chosen theme title; empty for all themes."""
    themes: tuple[str, ...]
    """Theme titles to choose from."""
    matched: int = -1
    """How many briefs match the search (all pages); -1: as many as ``briefs`` holds."""
    number: int = 1
    """Which page of the matches this is, from 1."""
    pages: int = 1
    """How many pages the matches fill."""

    @property
    def matches(self) -> int:
        """How many briefs match the search, on every page."""
        return len(self.briefs) if self.matched < 0 else self.matched

    def link(self, number: int) -> str:
        """The address of another page of the same search."""
        query = [("q", self.words), ("theme", self.theme), ("page", str(number) if number > 1 else "")]
        text = "&".join(f"{k}={quote(v)}" for k, v in query if v)
        return f"/?{text}" if text else "/"


@dataclass(frozen=True, slots=True)
class BriefPage:
    """What a brief's page shows."""

    entry: BriefEntry
    """The brief."""
    content: BriefContent | None
    """Its sanitised HTML rendering; None when it has no HTML file."""
    passages: tuple[PassageView, ...]
    """The source passage of each citation."""


def render_library(page: LibraryPage) -> str:
    """The library page."""
    return _env().get_template("library.html").render(page=page)


def render_brief(page: BriefPage) -> str:
    """A brief's page."""
    content = Markup(page.content.html) if page.content else None  # already sanitised by content.py
    return _env().get_template("brief.html").render(page=page, entry=page.entry, content=content)


def render_error(status: int, title: str, message: str, link: tuple[str, str] | None = None) -> str:
    """An error page (404, 405…); ``link`` (address, label) adds a button besides the one to all briefs."""
    return _env().get_template("error.html").render(status=status, title=title, message=message, link=link)


def brief_path(name: str) -> str:
    """Address of the page of the brief of this folder name."""
    return f"/briefs/{quote(name, safe='')}"


def brief_url(entry: BriefEntry) -> str:
    """Address of a brief's page."""
    return brief_path(entry.name)


def file_url(entry: BriefEntry, file: BriefFile) -> str:
    """Address of one of a brief's files, in the set ``entry`` lists (``?v=``: the site serves no other)."""
    return f"{brief_url(entry)}/{quote(file.name, safe='')}?v={entry.version}"


def downloads(entry: BriefEntry) -> tuple[BriefFile, ...]:
    """The brief's files offered as download buttons."""
    return tuple(f for f in (entry.file(ext) for ext in DOWNLOADS) if f is not None)


def human_date(value: str) -> str:
    """``2026-11-28`` -> ``28 Nov 2026``; partial dates shortened the same way; anything else unchanged."""
    try:
        if len(value) == 10:
            day = date.fromisoformat(value)
            return f"{day.day} {day:%b %Y}"
        if len(value) == 7:
            return date.fromisoformat(value + "-01").strftime("%b %Y")
    except ValueError:
        pass
    return value


def file_size(size: int) -> str:
    """A byte count for people: ``812 KB``, ``1.4 MB``."""
    if size < 1000:
        return f"{size} B"
    if size < 1_000_000:
        return f"{round(size / 1000)} KB"
    return f"{size / 1_000_000:.1f} MB"


@lru_cache(maxsize=1)
def _env() -> Environment:
    env = Environment(
        loader=PackageLoader("briefgen.web", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(date=human_date, filesize=file_size)
    env.globals.update(brief_url=brief_url, file_url=file_url, downloads=downloads, normalise=normalise)
    return env
