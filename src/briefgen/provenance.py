"""Provenance a reader can check: brief.toml's ``[provenance."FILE"]`` tables (title, outlet, date, url for
files without metadata) and the warning lines for sources that still lack a date or an outlet."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath

from .errors import SpecError
from .links import safe_url
from .model import Brief, Source, SourceRef

_ISO_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def missing(source: SourceRef) -> list[str]:
    """What of ``outlet`` and ``date`` a source lacks."""
    return [name for name, value in (("outlet", source.outlet), ("date", source.date)) if not value]


def provenance_warnings(brief: Brief, folder: Path | None = None) -> list[str]:
    """One ``warning:`` line per source with no date or no outlet, naming the file and what to do."""
    lines: list[str] = []
    for source in brief.sources:
        lacks = missing(source)
        if lacks:
            where = folder / source.path if folder is not None else Path(source.path)
            what = " and no ".join(lacks)
            lines.append(
                f"warning: {where}: no {what} known; the source list marks it as unchecked "
                f"(give it in brief.toml: [provenance.\"{source.path}\"] {' = …, '.join(lacks)} = …)"
            )
    return lines


@dataclass(frozen=True, slots=True)
class SourceMeta:
    """What brief.toml's ``[provenance."FILE"]`` says of a source its file does not (or says wrongly)."""

    path: str
    """The source file, relative to the brief folder, as brief.toml names it."""
    title: str | None = None
    """Title of the text."""
    outlet: str | None = None
    """Who published it."""
    date: str | None = None
    """When (ISO 8601)."""
    url: str | None = None
    """Where it can be read."""


_KEYS = ("title", "outlet", "date", "url")


def parse_provenance(spec_path: Path, table: object) -> tuple[SourceMeta, ...]:
    """brief.toml's ``[provenance]`` table: one sub-table per file with ``title``, ``outlet``, ``date``, ``url``."""
    if table is None:
        return ()
    if not isinstance(table, dict):
        raise SpecError(f'{spec_path}: [provenance] must hold one table per file, e.g. [provenance."scan.pdf"]')
    out: list[SourceMeta] = []
    for name, fields in table.items():
        where = f'{spec_path}: [provenance."{name}"]'
        if not isinstance(fields, dict):
            raise SpecError(f"{where} must be a table with {', '.join(_KEYS)}")
        unknown = sorted(set(fields) - set(_KEYS))
        if unknown:
            raise SpecError(f"{where}: unknown key '{unknown[0]}'; known keys: {', '.join(_KEYS)}")
        values: dict[str, str | None] = {}
        for key in _KEYS:
            value = fields.get(key)
            if key == "date" and isinstance(value, dt.date):
                value = value.isoformat()[:10]
            if value is not None and (not isinstance(value, str) or not value.strip()):
                raise SpecError(f"{where}: '{key}' must be non-empty text" + (" or a date" if key == "date" else ""))
            if key == "date" and value is not None and not _ISO_DATE.fullmatch(value.strip()):
                raise SpecError(f"{where}: 'date' must be a date such as 2022-11-12 (or 2022-11, 2022)")
            if key == "url" and value is not None and safe_url(value.strip()) is None:
                raise SpecError(f"{where}: 'url' must be an http(s) or mailto address, not {value.strip()[:60]!r}")
            values[key] = value.strip() if isinstance(value, str) else None
        out.append(SourceMeta(str(name), **values))
    return tuple(out)


def apply_provenance(sources: Sequence[Source], metas: Sequence[SourceMeta]) -> tuple[Source, ...]:
    """The sources with what brief.toml gives of them in place of (or besides) their files' metadata."""
    by_path = {PurePosixPath(m.path).as_posix(): m for m in metas}
    out: list[Source] = []
    for source in sources:
        meta = by_path.get(PurePosixPath(source.path).as_posix())
        if meta is None:
            out.append(source)
            continue
        changes = {k: v for k in _KEYS if (v := getattr(meta, k)) is not None}
        out.append(replace(source, **changes))
    return tuple(out)
