"""Package-level settings: core properties from the brief, and a reproducible zip container."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
import zlib
from collections import OrderedDict
from collections.abc import Mapping
from typing import Any

from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.opc.pkgwriter import PackageWriter

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


class _Members:
    """A python-docx physical package writer that keeps each member's bytes instead of zipping them."""

    def __init__(self) -> None:
        """No members yet."""
        self.members: dict[str, bytes] = {}

    def write(self, pack_uri: Any, blob: bytes) -> None:
        """Keep ``blob`` as the member named by ``pack_uri``."""
        self.members[pack_uri.membername] = blob

    def close(self) -> None:
        """Nothing to flush."""


def package_members(doc: Any, known: Mapping[Any, bytes] | None = None) -> dict[str, bytes]:
    """The members of the document's package, name -> bytes, exactly as python-docx's ``save`` writes them.

    ``known``: parts whose bytes were worked out before (part -> its ``blob``), not serialised again."""
    package = doc.part.package
    parts = list(package.parts)
    for part in parts:
        part.before_marshal()
    sink = _Members()
    PackageWriter._write_content_types_stream(sink, parts)  # type: ignore[no-untyped-call]
    PackageWriter._write_pkg_rels(sink, package.rels)  # type: ignore[no-untyped-call]
    known = known or {}
    for part in parts:  # as ``PackageWriter._write_parts``
        blob = known.get(part)
        sink.write(part.partname, part.blob if blob is None else blob)
        if len(part.rels):
            sink.write(part.partname.rels_uri, part.rels.xml)
    return sink.members


_DEFLATED: OrderedDict[bytes, bytes] = OrderedDict()
"""Members deflated before (per process, up to ``_DEFLATED_BYTES`` of them): raw bytes -> deflated bytes.
Most of a Word file is the same from build to build: embedded fonts, the style sheet, theme, settings."""
_DEFLATED_BYTES = 16 << 20


def _deflated(data: bytes) -> bytes:
    """``data`` deflated as ``zipfile`` does at level 9, remembered."""
    known = _DEFLATED.get(data)
    if known is not None:
        _DEFLATED.move_to_end(data)
        return known
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    known = _DEFLATED[data] = compressor.compress(data) + compressor.flush()
    total = sum(map(len, _DEFLATED))
    while total > _DEFLATED_BYTES and len(_DEFLATED) > 1:
        old, _ = _DEFLATED.popitem(last=False)
        total -= len(old)
    return known


class _Precompressed:
    """A compressor for ``zipfile`` that hands over data deflated already (see ``_deflated``)."""

    def __init__(self, deflated: bytes) -> None:
        """The deflated bytes of the one member about to be written."""
        self.deflated = deflated

    def compress(self, _data: bytes) -> bytes:
        """The deflated bytes, once."""
        out, self.deflated = self.deflated, b""
        return out

    def flush(self) -> bytes:
        """Nothing more."""
        return b""


def reproducible_zip(members: dict[str, bytes], when: dt.datetime) -> bytes:
    """A zip of ``members`` with fixed entry order, dates, permissions and compression (deflate, level 9)."""
    stamp = max(when, _ZIP_EPOCH).astimezone(dt.UTC)
    date_time = (stamp.year, stamp.month, stamp.day, stamp.hour, stamp.minute, stamp.second)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        names = list(members)
        ordered = [n for n in _FIRST if n in members] + sorted(n for n in names if n not in _FIRST)
        for name in ordered:
            data = members[name]
            info = zipfile.ZipInfo(name, date_time)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3
            info.external_attr = 0o644 << 16
            info._compresslevel = 9  # type: ignore[attr-defined]  # as ``writestr(..., compresslevel=9)`` does
            info.file_size = len(data)
            with target.open(info, mode="w") as dest:
                if hasattr(dest, "_compressor"):  # CPython's writer: hand it the bytes deflated already
                    dest._compressor = _Precompressed(_deflated(data))
                dest.write(data)
    return out.getvalue()
