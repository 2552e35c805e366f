"""The brief's bundled fonts embedded in the Word file as Word embeds them, so Word and LibreOffice set
the DOCX in the same faces as the PDF on machines that lack them.

Each face the document uses (regular, bold, italic, bold italic of each bundled family it names) goes
into ``word/fonts/fontN.odttf``, obfuscated with its font key (ECMA-376 Part 1, 17.8.1: the first 32
bytes XORed with the key's bytes in reverse order), related from ``word/fontTable.xml``'s
``w:embedRegular`` (…Bold, …Italic, …BoldItalic) with ``w:fontKey``; ``settings.xml`` says
``w:embedTrueTypeFonts``. To keep the file small each face is trimmed with fontTools to the
characters of the document plus an editing set (Latin-1, Latin Extended-A, general punctuation,
currency): staff typing in English and most European languages stay in the embedded face. Hinting
is kept (Word on Windows renders small text with it). Only bundled fonts are embedded: their
licence (SIL OFL 1.1) allows it; a system font named by a reference.docx is left to the machine.
"""

from __future__ import annotations

import hashlib
import io
import uuid
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml.ns import qn
from fontTools import version as fonttools_version  # type: ignore[import-untyped]
from lxml import etree  # type: ignore[import-untyped]

from ..._speed.disk_cache import cache_key, cached_bytes
from ..pdf.fonts import bundled_faces
from .oxml import element

FONT_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.obfuscatedFont"
#: Characters every embedded face keeps besides the document's own, so edits stay in the face.
EDITING_SET = frozenset(
    [*range(0x20, 0x7F), *range(0xA0, 0x180), *range(0x2010, 0x2050), *range(0x20A0, 0x20C0), 0x2122, 0x2212]
)
#: Face key (as in the PDF writer's font settings) -> (bold, italic, fontTable element).
FACES = {
    "regular": (False, False, "w:embedRegular"),
    "bold": (True, False, "w:embedBold"),
    "italic": (False, True, "w:embedItalic"),
    "bold_italic": (True, True, "w:embedBoldItalic"),
}
_FONT_ORDER = (
    "w:altName", "w:panose1", "w:charset", "w:family", "w:notTrueType", "w:pitch", "w:sig",
    "w:embedRegular", "w:embedBold", "w:embedItalic", "w:embedBoldItalic",
)  # fmt: skip
#: settings.xml elements that come before ``w:embedTrueTypeFonts`` in the schema.
_BEFORE_EMBED = (
    "w:writeProtection", "w:view", "w:zoom", "w:removePersonalInformation", "w:removeDateAndTime",
    "w:doNotDisplayPageBoundaries", "w:displayBackgroundShape", "w:printPostScriptOverText",
    "w:printFractionalCharacterWidth", "w:printFormsData",
)  # fmt: skip
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
#: Names how ``_trim`` cuts a face, in the disk cache's key: change it whenever ``_trim`` changes.
_TRIM_FORMAT = b"docx-embedded-face-1"


@dataclass(frozen=True, slots=True)
class RunFace:
    """The font family and face one run of text is set in, with the characters it holds."""

    family: str
    """Font family name (``w:rFonts``' ``w:ascii``)."""
    bold: bool
    """Bold."""
    italic: bool
    """Italic."""


def embed_fonts(doc: Any, styles: StyleChains | None = None) -> None:
    """Embed the bundled faces the document's text is set in (trimmed), as Word does; others are left.

    ``styles``: the ``StyleChains`` of the document's style sheet, when kept from an earlier write (see
    ``used_faces``)."""
    used, chars = used_faces(doc, styles)
    table_part = _font_table_part(doc)
    if table_part is None:
        return
    table = etree.fromstring(table_part.blob)
    count = 0
    for family in sorted({face.family for face in used}):
        files = bundled_faces(family)
        if not files:
            continue
        entry = _font_entry(table, family)
        for key, (bold, italic, tag) in FACES.items():
            if RunFace(family, bold, italic) not in used or key not in files:
                continue
            font_key, blob = embeddable_face(files[key].path, frozenset(chars - EDITING_SET))
            count += 1
            part = Part(PackURI(f"/word/fonts/font{count}.odttf"), FONT_CONTENT_TYPE, blob, doc.part.package)
            r_id = table_part.relate_to(part, RT.FONT)
            embed = element(tag, fontKey=font_key)
            embed.set(_R_ID, r_id)
            _put_in_order(entry, embed)
    if count:
        table_part._blob = etree.tostring(table, xml_declaration=True, encoding="UTF-8", standalone=True)
        _embed_setting(doc.settings.element)


def obfuscate(data: bytes, font_key: str) -> bytes:
    """The font's bytes with the first 32 XORed with the key (the key's hex digits read back to front)."""
    key = bytes.fromhex(font_key.strip("{}").replace("-", ""))[::-1]
    head = bytes(byte ^ key[index % 16] for index, byte in enumerate(data[:32]))
    return head + data[32:]


def _font_key(data: bytes) -> str:
    """A GUID made from the face's bytes, so the same document always gets the same key."""
    return "{" + str(uuid.UUID(bytes=hashlib.sha256(data).digest()[:16])).upper() + "}"


@lru_cache(maxsize=16)
def embeddable_face(path: str, chars: frozenset[int]) -> tuple[str, bytes]:
    """The trimmed face's font key and its obfuscated bytes (made once per process for each face and extra set)."""
    data = trimmed_face(path, chars)
    font_key = _font_key(data)
    return font_key, obfuscate(data, font_key)


def trimmed_face(path: str, chars: frozenset[int]) -> bytes:
    """The font file at ``path`` cut to the editing set plus ``chars``, hinting, names and features kept.

    Most briefs add no character outside the editing set, so one trimmed face serves them all. Trimming
    takes fontTools about a seventh of a second per face, so the result is also kept on disk between
    processes (``_speed.disk_cache``), keyed by the font's bytes, the characters and the fontTools version."""
    source = Path(path).read_bytes()
    wanted = sorted(chars | EDITING_SET)
    key = cache_key(
        _TRIM_FORMAT, fonttools_version.encode(), hashlib.sha256(source).digest(), ",".join(map(str, wanted)).encode()
    )
    return cached_bytes("fonts", key, lambda: _trim(source, wanted))


def _trim(source: bytes, wanted: list[int]) -> bytes:
    """The face ``source`` cut to the code points ``wanted`` (see ``trimmed_face``)."""
    # Imported here: fontTools' subsetter takes a fifth of a second to import, and the disk cache
    # usually has the trimmed face already.
    from fontTools import subset
    from fontTools.ttLib import TTFont  # type: ignore[import-untyped]

    font = TTFont(io.BytesIO(source), recalcTimestamp=False)
    options = subset.Options()
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.layout_features = ["*"]
    options.notdef_outline = True
    options.recalc_timestamp = False
    options.drop_tables = [*options.drop_tables, "FFTM"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=wanted)
    subsetter.subset(font)
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


def used_faces(doc: Any, styles: StyleChains | None = None) -> tuple[set[RunFace], set[int]]:
    """Every (family, bold, italic) that text in the body, headers and footers is set in, and its characters.

    ``styles``: the ``StyleChains`` of the document's style sheet kept from an earlier write into a copy of the
    same sheet, none of whose copies a write changes (the faces it worked out then stand); None reads the sheet."""
    styles = styles or StyleChains(doc.styles.element)
    faces: set[RunFace] = set()
    texts: list[str] = []
    roots = [doc.element.body]
    for section in doc.sections:
        for story in (section.header, section.footer, section.first_page_header, section.first_page_footer):
            if not story.is_linked_to_previous:
                roots.append(story._element)
    by_styles, by_properties = styles.by_styles, styles.by_properties
    for root in roots:
        for paragraph in root.iter(_P):
            p_style = _val(_grandchild(paragraph, _PPR, _P_STYLE)) or styles.default
            for run in paragraph.iter(_R):
                text = "".join(t.text or "" for t in run.iter(_T))
                if not text:
                    continue
                texts.append(text)
                rpr = next(run.iterchildren(_RPR), None)  # ``find``'s path machinery costs more than the walk
                r_style = _val(next(rpr.iterchildren(_R_STYLE), None)) if rpr is not None else ""
                known = by_styles.get((r_style, p_style))
                if known is None:  # the styles' part of the chain, worked out once per pair of styles
                    chain = [*styles.chain(r_style), *styles.chain(p_style), styles.defaults]
                    known = by_styles[r_style, p_style] = (chain, _face(chain))
                if rpr is None or not len(rpr):
                    faces.add(known[1])
                    continue
                # The run's own properties decide by their tags and attributes only: the same ones (a bold
                # run, a link's run style) give the same face, worked out once.
                properties = (r_style, p_style, *((c.tag, *c.attrib.items()) for c in rpr))
                face = by_properties.get(properties)
                if face is None:
                    face = by_properties[properties] = _face([rpr, *known[0]])
                faces.add(face)
    return faces, set(map(ord, set("".join(texts))))  # each character once: a set of a string is made in C


def _face(chain: list[Any]) -> RunFace:
    """The face run properties ``chain`` (nearest first) set text in."""
    return RunFace(_font(chain), _toggle(chain, "w:b"), _toggle(chain, "w:i"))


_P, _R, _T, _RPR, _R_STYLE = qn("w:p"), qn("w:r"), qn("w:t"), qn("w:rPr"), qn("w:rStyle")
_PPR, _P_STYLE = qn("w:pPr"), qn("w:pStyle")


def _grandchild(node: Any, tag: str, inner: str) -> Any:
    """``node.find("tag/inner")``: the first ``inner`` child of a ``tag`` child (None when there is none)."""
    for middle in node.iterchildren(tag):
        for found in middle.iterchildren(inner):
            return found
    return None


class StyleChains:
    """Run properties of each style and of the document defaults, following ``basedOn``, and the faces
    ``used_faces`` worked out from them."""

    def __init__(self, sheet: Any) -> None:
        """Read the style sheet ``sheet`` (``w:styles``)."""
        self.by_styles: dict[tuple[str, str], tuple[list[Any], RunFace]] = {}
        """(run style, paragraph style) -> the styles' part of a run's chain and the face it sets."""
        self.by_properties: dict[tuple[object, ...], RunFace] = {}
        """(run style, paragraph style, the run's own properties' tags and attributes) -> the face."""
        self.rpr: dict[str, Any] = {}
        self.based: dict[str, str] = {}
        self.default = ""
        for style in sheet.iterchildren(qn("w:style")):
            style_id = style.get(qn("w:styleId"), "")
            self.rpr[style_id] = style.find(qn("w:rPr"))
            self.based[style_id] = _val(style.find(qn("w:basedOn")))
            if style.get(qn("w:type")) == "paragraph" and style.get(qn("w:default")) in ("1", "true", "on"):
                self.default = style_id
        self.defaults = sheet.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")

    def chain(self, style_id: str) -> list[Any]:
        """The run properties of a style and the styles it is based on, nearest first."""
        out: list[Any] = []
        seen: set[str] = set()
        while style_id and style_id not in seen and style_id in self.rpr:
            seen.add(style_id)
            out.append(self.rpr[style_id])
            style_id = self.based[style_id]
        return out


def _val(node: Any) -> str:
    """A node's ``w:val`` ('' when the node is absent)."""
    return str(node.get(_VAL, "")) if node is not None else ""


_VAL = qn("w:val")


def _toggle(chain: list[Any], tag: str) -> bool:
    """A bold or italic setting, the nearest in the chain deciding."""
    for rpr in chain:
        node = rpr.find(qn(tag)) if rpr is not None else None
        if node is not None:
            return node.get(qn("w:val"), "true") not in ("0", "false", "off")
    return False


def _font(chain: list[Any]) -> str:
    """The Latin font family, the nearest ``w:rFonts`` naming one deciding."""
    for rpr in chain:
        fonts = rpr.find(qn("w:rFonts")) if rpr is not None else None
        if fonts is not None and fonts.get(qn("w:ascii")):
            return str(fonts.get(qn("w:ascii")))
    return ""


def _font_table_part(doc: Any) -> Any:
    """The document's font table part (None when the starting document has none)."""
    for rel in doc.part.rels.values():
        if rel.reltype == RT.FONT_TABLE:
            return rel.target_part
    return None


def _font_entry(table: Any, family: str) -> Any:
    """The font table's ``w:font`` for ``family``, added (TrueType, variable pitch) when missing."""
    for font in table.iterchildren(qn("w:font")):
        if font.get(qn("w:name")) == family:
            for tag in FACES.values():
                for old in font.findall(qn(tag[2])):
                    font.remove(old)
            return font
    font = etree.SubElement(table, qn("w:font"))
    font.set(qn("w:name"), family)
    etree.SubElement(font, qn("w:charset")).set(qn("w:val"), "00")
    etree.SubElement(font, qn("w:family")).set(qn("w:val"), "auto")
    etree.SubElement(font, qn("w:pitch")).set(qn("w:val"), "variable")
    return font


def _put_in_order(parent: Any, node: Any) -> None:
    """Insert ``node`` into a ``w:font`` in schema order."""
    rank = _FONT_ORDER.index(node.prefix + ":" + etree.QName(node).localname)
    for index, item in enumerate(parent):
        name = f"w:{etree.QName(item).localname}"
        if name in _FONT_ORDER and _FONT_ORDER.index(name) > rank:
            parent.insert(index, node)
            return
    parent.append(node)


def _embed_setting(settings: Any) -> None:
    """``w:embedTrueTypeFonts`` in settings.xml, in schema order."""
    if settings.find(qn("w:embedTrueTypeFonts")) is not None:
        return
    node = element("w:embedTrueTypeFonts")
    before = {qn(tag) for tag in _BEFORE_EMBED}
    index = 0
    for position, item in enumerate(settings):
        if item.tag in before:
            index = position + 1
    settings.insert(index, node)
