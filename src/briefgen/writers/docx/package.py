"""Package-level settings: core properties from the brief, and a reproducible zip container."""

from __future__ import annotations

import datetime as dt
import io
import os
import zipfile
from typing import Any

from docx.opc.constants import RELATIONSHIP_TYPE as RT

from ...errors import WriteError
from ...model import Brief

LANGUAGE = "en-GB"
_ZIP_EPOCH = dt.datetime(1980, 1, 1, tzinfo=dt.UTC)
_STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"
_FIRST = ("[Content_Types].xml", "_rels/.rels")


def brief_time(brief: Brief) -> dt.datetime:
    """The brief's date at 00:00 UTC (never the clock)."""
    try:
        day = dt.date.fromisoformat(brief.date[:10])
    except ValueError:
        raise WriteError(f"brief '{brief.name}': date '{brief.date}' is not a date such as 2026-11-28") from None
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)


def zip_time(brief: Brief) -> dt.datetime:
    """Timestamp for zip entries: SOURCE_DATE_EPOCH when set, else the brief's date."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not epoch:
        return brief_time(brief)
    try:
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC)
    except (ValueError, OverflowError, OSError):
        raise WriteError(f"SOURCE_DATE_EPOCH must be whole seconds since 1970, not '{epoch}'") from None


def set_core_properties(doc: Any, brief: Brief) -> None:
    """Title, subject, author, keywords, language and dates of the document."""
    themes = [theme.title for theme in brief.themes]
    props = doc.core_properties
    when = brief_time(brief).replace(tzinfo=None)
    props.title = brief.title
    props.subject = brief.subtitle or "; ".join(themes)
    props.author = brief.author or "briefgen"
    props.last_modified_by = brief.author or "briefgen"
    props.keywords = ", ".join(themes)
    props.category = brief.classification
    props.comments = ""
    props.language = LANGUAGE
    props.revision = 1
    props.created = when
    props.modified = when
    props.last_printed = when


def drop_stale_parts(doc: Any) -> None:
    """Remove the template's preview image and its Word 2010 style copy, which no longer match."""
    for rels, reltype in ((doc.part.package.rels, RT.THUMBNAIL), (doc.part.rels, _STYLES_WITH_EFFECTS)):
        for r_id, rel in list(rels.items()):
            if rel.reltype == reltype:
                rels.pop(r_id)


def reproducible_zip(data: bytes, when: dt.datetime) -> bytes:
    """Rewrite a zip with fixed entry order, dates, permissions and compression."""
    stamp = max(when, _ZIP_EPOCH).astimezone(dt.UTC)
    date_time = (stamp.year, stamp.month, stamp.day, stamp.hour, stamp.minute, stamp.second)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        names = source.namelist()
        ordered = [n for n in _FIRST if n in names] + sorted(n for n in names if n not in _FIRST)
        for name in ordered:
            info = zipfile.ZipInfo(name, date_time)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3
            info.external_attr = 0o644 << 16
            target.writestr(info, source.read(name), compresslevel=9)
    return out.getvalue()
