"""Read and validate a brief's ``brief.toml`` into a ``BriefSpec``; errors name the file and key."""

from __future__ import annotations

import datetime as dt
import math
import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any

from .analyze.themes.query import QueryError
from .analyze.themes.query import parse as parse_query
from .errors import SpecError
from .ingest import SOURCE_GLOBS
from .provenance import SourceMeta, parse_provenance

SPEC_FILE = "brief.toml"
_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
ANALYST_FILE = "analysis.md"
"""The desk's own sections (``briefgen.analyst``): never a source."""
_TOP_KEYS = {
    "title",
    "compare_with",
    "subtitle",
    "date",
    "classification",
    "template",
    "author",
    "sources",
    "portion_marks",
    "portion_mark",
    "summary_items",
    "sidebar_figures",
    "bluf_items",
    "themes",
    "memo",
    "provenance",
}
_THEME_KEYS = {"id", "title", "description", "keywords", "query", "query_scope", "exclude", "related"}
_QUERY_SCOPES = ("paragraph", "source")


@dataclass(frozen=True, slots=True)
class Keyword:
    """A theme keyword or phrase with its weight."""

    term: str
    """The word or phrase as the author wrote it."""
    weight: float
    """How strongly it signals the theme (1 is ordinary)."""


@dataclass(frozen=True, slots=True)
class ThemeSpec:
    """A theme as the brief's author configured it."""

    id: str
    """Stable id (lowercase letters, digits, - and _)."""
    title: str
    """Title shown in the brief."""
    description: str
    """One-line description."""
    keywords: tuple[Keyword, ...]
    """Weighted keywords and phrases that signal the theme."""
    query: str = ""
    """Boolean query (``analyze.themes.query``) a paragraph or source must satisfy for the keywords to
    count in it; empty for none."""
    query_scope: str = "paragraph"
    """Where the query is tested: each ``paragraph`` or the whole ``source``."""
    exclude: tuple[str, ...] = ()
    """Phrases inside which the theme's keywords do not count ("Social Security", "fine china")."""
    related: bool = True
    """Whether the words its field is reported in count too (``analyze.themes.related``)."""


@dataclass(frozen=True, slots=True)
class BriefSpec:
    """A validated brief.toml plus where it lives."""

    name: str
    """Brief name: the folder's name."""
    root: Path
    """Folder holding brief.toml and the sources."""
    title: str
    """Brief title."""
    subtitle: str = ""
    """Subtitle under the title."""
    date: str = ""
    """Date of the brief (ISO 8601); defaults to today or SOURCE_DATE_EPOCH."""
    classification: str = "UNCLASSIFIED"
    """Classification banner text."""
    template: str = "policy-brief"
    """Name of the format under templates/, or a path to a template folder."""
    author: str = ""
    """Issuing office or author."""
    compare_with: str = ""
    """A previous brief's JSON (relative to the folder): the brief gets a "What changed" section."""
    sources: tuple[str, ...] = SOURCE_GLOBS
    """Glob patterns, relative to the folder, selecting the source files (default: every readable kind)."""
    portion_marks: bool = False
    """Whether to put a portion mark on titles, bullets and figures."""
    portion_mark: str = "(U)"
    """The portion mark text."""
    summary_items: int = 5
    """Target number of summary items per theme (3–6)."""
    sidebar_figures: int = 6
    """Maximum number of figures in the page-1 sidebar."""
    bluf_items: int = 3
    """Number of sentences in the bottom line (at most 4)."""
    themes: tuple[ThemeSpec, ...] = ()
    """Configured themes, in order; empty for a generic brief."""
    memo: dict[str, str] = field(default_factory=dict)
    """Free text fields for memo formats (to, from, through…)."""
    provenance: tuple[SourceMeta, ...] = ()
    """``[provenance."FILE"]``: title, outlet, date and url of sources whose files lack them."""

    def source_files(self) -> list[Path]:
        """The source files the globs select, sorted, without duplicates."""
        found: dict[Path, None] = {}
        for pattern in self.sources:
            for path in sorted(self.root.glob(pattern)):
                if path.is_file() and path.name not in (SPEC_FILE, ANALYST_FILE):
                    found[path] = None
        return list(found)


def brief_folders(root: Path) -> list[Path]:
    """Every brief folder (holding a brief.toml) directly under ``root``, sorted."""
    return sorted(p.parent for p in root.glob(f"*/{SPEC_FILE}"))


def default_date() -> str:
    """Today's date, or the date of SOURCE_DATE_EPOCH when set (for reproducible builds)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.strip().isdigit():
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC).date().isoformat()
    return dt.date.today().isoformat()


def load_spec(folder: Path) -> BriefSpec:
    """Load ``folder/brief.toml`` (or the file itself when given) into a validated spec."""
    path = folder if folder.name == SPEC_FILE else folder / SPEC_FILE
    if not path.is_file():
        if not path.parent.exists():
            raise SpecError(f"{path.parent}: no such folder; give a brief folder such as seeds/cambodia")
        raise SpecError(f"{path}: not found; every brief folder needs a brief.toml (see README)")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except UnicodeDecodeError:
        raise SpecError(f"{path}: not UTF-8 text; save it as UTF-8") from None
    except tomllib.TOMLDecodeError as exc:
        raise SpecError(f"{path}: invalid TOML: {exc}") from None
    return _build(path, data)


def _build(path: Path, data: dict[str, Any]) -> BriefSpec:
    unknown = sorted(set(data) - _TOP_KEYS)
    if unknown:
        raise SpecError(f"{path}: unknown key '{unknown[0]}'; known keys: {', '.join(sorted(_TOP_KEYS))}")
    get = _Getter(path)
    title = get.text(data, "title", required=True)
    themes = tuple(_theme(path, i, t) for i, t in enumerate(get.list(data, "themes", dict)))
    ids = [t.id for t in themes]
    for theme_id in ids:
        if ids.count(theme_id) > 1:
            raise SpecError(f"{path}: theme id '{theme_id}' is used twice; ids must be unique")
    date = _date(path, data.get("date"))
    sources = data.get("sources", list(SOURCE_GLOBS))
    if isinstance(sources, str):
        sources = [sources]
    if not isinstance(sources, list) or not sources or not all(isinstance(s, str) and s.strip() for s in sources):
        raise SpecError(f"{path}: 'sources' must be a glob or a list of globs such as [\"*.txt\"]")
    for pattern in sources:
        if "\x00" in pattern or PurePosixPath(pattern).is_absolute() or PureWindowsPath(pattern).anchor:
            raise SpecError(f"{path}: 'sources' pattern {pattern!r} is not relative; name files in the brief folder")
        if ".." in re.split(r"[\\/]", pattern):
            raise SpecError(f"{path}: 'sources' pattern {pattern!r} leads out of the brief folder; copy the files in")
    memo = data.get("memo", {})
    if not isinstance(memo, dict) or not all(isinstance(v, str) for v in memo.values()):
        raise SpecError(f"{path}: [memo] must hold text fields such as to = \"...\"")
    summary_items = get.integer(data, "summary_items", 5, 1, 6)
    return BriefSpec(
        name=path.parent.resolve().name,
        root=path.parent,
        title=title,
        subtitle=get.text(data, "subtitle"),
        date=date,
        classification=get.text(data, "classification") or "UNCLASSIFIED",
        template=get.text(data, "template") or "policy-brief",
        author=get.text(data, "author"),
        compare_with=get.text(data, "compare_with"),
        sources=tuple(sources),
        portion_marks=get.boolean(data, "portion_marks", False),
        portion_mark=get.text(data, "portion_mark") or "(U)",
        summary_items=summary_items,
        sidebar_figures=get.integer(data, "sidebar_figures", 6, 0, 12),
        bluf_items=get.integer(data, "bluf_items", 3, 1, 4),
        themes=themes,
        memo={str(k): v for k, v in memo.items()},
        provenance=parse_provenance(path, data.get("provenance")),
    )


def _date(path: Path, value: object) -> str:
    """The brief's date as ISO text: a TOML date, a TOML date-time (its day) or a real date in quotes."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if value is None:
        return default_date()
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        try:
            return dt.date.fromisoformat(value).isoformat()
        except ValueError:
            raise SpecError(f"{path}: 'date' = {value!r} is not a day of the calendar; check day and month") from None
    raise SpecError(f"{path}: 'date' must be a date such as 2026-11-28")


def _theme(path: Path, index: int, data: dict[str, Any]) -> ThemeSpec:
    where = f"themes[{index}]"
    unknown = sorted(set(data) - _THEME_KEYS)
    if unknown:
        raise SpecError(f"{path}: unknown key '{where}.{unknown[0]}'; known: {', '.join(sorted(_THEME_KEYS))}")
    get = _Getter(path, where + ".")
    theme_id = get.text(data, "id", required=True)
    if not _ID.match(theme_id):
        raise SpecError(f"{path}: '{where}.id' = {theme_id!r}: use lowercase letters, digits, - or _")
    raw = data.get("keywords")
    if not isinstance(raw, dict) or not raw:
        raise SpecError(f"{path}: '{where}.keywords' must be a table of \"term\" = weight, e.g. \"ASEM\" = 3")
    keywords = []
    for term, weight in raw.items():
        if isinstance(weight, bool) or not isinstance(weight, (int, float)) or not 0 < weight < math.inf:
            raise SpecError(f"{path}: '{where}.keywords.{term}' must be a positive number such as 1 or 3, not {weight}")
        if not term.strip():
            raise SpecError(f"{path}: '{where}.keywords' has an empty term")
        keywords.append(Keyword(term.strip(), float(weight)))
    query = get.text(data, "query")
    if query:
        try:
            parse_query(query)
        except QueryError as exc:
            raise SpecError(f"{path}: '{where}.query' = {query!r}: {exc}") from None
    scope = get.text(data, "query_scope") or "paragraph"
    if scope not in _QUERY_SCOPES:
        raise SpecError(f"{path}: '{where}.query_scope' = {scope!r}: use \"paragraph\" or \"source\"")
    exclude = data.get("exclude", [])
    if not isinstance(exclude, list) or not all(isinstance(e, str) and e.strip() and '"' not in e for e in exclude):
        raise SpecError(f"{path}: '{where}.exclude' must be an array of phrases, e.g. [\"Social Security\"]")
    for phrase in exclude:
        try:
            parse_query(f'"{phrase.strip()}"')
        except QueryError as exc:
            raise SpecError(f"{path}: '{where}.exclude' phrase {phrase!r}: {exc}") from None
    return ThemeSpec(
        id=theme_id,
        title=get.text(data, "title", required=True),
        description=get.text(data, "description"),
        keywords=tuple(keywords),
        query=query,
        query_scope=scope,
        exclude=tuple(e.strip() for e in exclude),
        related=get.boolean(data, "related", True),
    )


class _Getter:
    """Typed reads from a TOML table with errors that name the file and key."""

    def __init__(self, path: Path, prefix: str = "") -> None:
        self.path = path
        self.prefix = prefix

    def _fail(self, key: str, what: str) -> SpecError:
        return SpecError(f"{self.path}: '{self.prefix}{key}' must be {what}")

    def text(self, data: dict[str, Any], key: str, required: bool = False) -> str:
        value = data.get(key)
        if value is None:
            if required:
                raise SpecError(f"{self.path}: missing required key '{self.prefix}{key}'")
            return ""
        if not isinstance(value, str):
            raise self._fail(key, "text in quotes")
        if required and not value.strip():
            raise self._fail(key, "non-empty text")
        return value.strip()

    def boolean(self, data: dict[str, Any], key: str, default: bool) -> bool:
        value = data.get(key, default)
        if not isinstance(value, bool):
            raise self._fail(key, "true or false")
        return value

    def integer(self, data: dict[str, Any], key: str, default: int, low: int, high: int) -> int:
        value = data.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise self._fail(key, f"a whole number from {low} to {high}")
        return value

    def list(self, data: dict[str, Any], key: str, item: type) -> list[Any]:
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, item) for v in value):
            raise self._fail(key, "an array of tables ([[themes]])")
        return value
