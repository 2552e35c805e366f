"""Package-level settings: core properties from the brief, and a reproducible zip container."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from typing import Any

from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part

from ...model import Brief
from ..dates import brief_time

LANGUAGE = "en-GB"
_ZIP_EPOCH = dt.datetime(1980, 1, 1, tzinfo=dt.UTC)
_STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"
_FIRST = ("[Content_Types].xml", "_rels/.rels")
_APP_PART = "/docProps/app.xml"
#: briefgen's extended properties: the producing application, and no template or stale counts.
APP_XML = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
    b'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    b"<Application>briefgen</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>"
    b"<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>"
    b"</Properties>"
)


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


def set_app_properties(doc: Any) -> None:
    """Replace the template's ``docProps/app.xml`` (Word's name, Normal.dotm, old counts) with briefgen's."""
    package = doc.part.package
    for r_id, rel in list(package.rels.items()):
        if rel.reltype == RT.EXTENDED_PROPERTIES:
            package.rels.pop(r_id)
    part = Part(PackURI(_APP_PART), CT.OFC_EXTENDED_PROPERTIES, APP_XML, package)
    package.relate_to(part, RT.EXTENDED_PROPERTIES)


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
