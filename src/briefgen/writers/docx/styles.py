"""The brief's Word style sheet: built-in and custom styles set from the format's ``Style``."""

from __future__ import annotations

import weakref
from dataclasses import dataclass
from typing import Any

from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml.ns import qn
from docx.oxml.parser import parse_xml
from docx.shared import Pt, RGBColor
from docx.styles.style import StyleFactory
from lxml import etree  # type: ignore[import-untyped]

from ...style import Style
from .oxml import (
    PPR_ORDER,
    RPR_ORDER,
    STYLE_ORDER,
    TBLPR_ORDER,
    border,
    borders,
    child,
    element,
    hex_colour,
    margins,
    put,
)


@dataclass(frozen=True, slots=True)
class StyleSpec:
    """How one Word style looks; ``None`` leaves a property to the base style."""

    name: str
    """Word style name (built-in names as Word's UI shows them)."""
    font: str = ""
    """``body`` or ``heading`` (the Style's font), or empty to inherit."""
    size: str = ""
    """Name of the Style field giving the size in points, or empty to inherit."""
    scale: float = 1.0
    """Factor applied to ``size``."""
    colour: str = ""
    """Name of the Style field giving the colour, or empty to inherit."""
    bold: bool | None = None
    """Bold."""
    italic: bool | None = None
    """Italic."""
    caps: bool | None = None
    """All capitals."""
    superscript: bool | None = None
    """Raised and smaller (character styles)."""
    underline: bool | None = None
    """Underlined (character styles)."""
    align: str = ""
    """``left``, ``center`` or ``right``; empty to inherit."""
    before: float | None = None
    """Space before, pt."""
    after: float | None = None
    """Space after, pt."""
    line: float | None = None
    """Line spacing multiple; ``None`` inherits, 0 uses the Style's ``line_spacing`` (at least size × spacing)."""
    indent: float | None = None
    """Left indent, mm."""
    keep_next: bool | None = None
    """Keep with the next paragraph."""
    outline: int | None = None
    """Outline level (0 = top) for the navigation pane."""
    rule_below: str = ""
    """Style colour field for a bottom border, or empty for none."""
    rule_left: str = ""
    """Style colour field for a thick left border, or empty for none."""
    kind: str = "paragraph"
    """``paragraph`` or ``character``."""


def _p(name: str, **kw: Any) -> StyleSpec:
    """A paragraph style spec."""
    return StyleSpec(name, **kw)


#: Cell margins of data tables (top, left, bottom, right), twips.
CELL_MARGINS = (20, 85, 20, 85)
#: Size of table text relative to body text.
TABLE_TEXT_SCALE = 0.9

#: The style sheet. Order matters only for readability; every style is based on Normal.
SHEET: tuple[StyleSpec, ...] = (
    _p("Normal", font="body", size="body_size", colour="text_colour", before=0, after=4, line=0),
    _p("Title", font="heading", size="title_size", colour="accent_colour", bold=True, before=0, after=2,
       line=1.0, keep_next=True),
    _p("Subtitle", font="heading", size="h3_size", colour="accent_colour", bold=False, italic=False,
       before=0, after=2, keep_next=True),
    _p("Heading 1", font="heading", size="h2_size", colour="accent_colour", bold=True, before=12, after=4,
       keep_next=True, outline=0, rule_below="accent_colour"),
    _p("Heading 2", font="heading", size="h3_size", colour="accent_colour", bold=True, before=8, after=2,
       keep_next=True, outline=1),
    _p("Heading 3", font="heading", size="body_size", colour="text_colour", bold=True, before=6, after=2,
       keep_next=True, outline=2),
    _p("List Bullet", after=3),
    _p("List Bullet 2", after=2),
    _p("List Bullet 3", after=2),
    _p("List Number", after=3),
    _p("List Number 2", after=2),
    _p("List Number 3", after=2),
    _p("List Continue", after=3, indent=6.35),
    _p("Quote", italic=True, colour="text_colour", indent=8, before=4, after=6),
    _p("Intense Quote", size="body_size", scale=1.3, colour="accent_colour", italic=True, bold=False,
       before=10, after=2, indent=4, line=1.15, rule_left="accent_colour", keep_next=True),
    _p("Caption", font="heading", size="small_size", scale=1.1, colour="muted_colour", bold=True, before=8,
       after=3, keep_next=True),
    _p("Brief Banner", font="heading", size="small_size", scale=1.15, colour="banner_colour", bold=True,
       align="center", before=0, after=0, line=1.0),
    _p("Brief Page Number", size="small_size", colour="muted_colour", align="right", before=0, after=0,
       line=1.0),
    _p("Brief Meta", size="small_size", colour="muted_colour", before=0, after=8),
    _p("Brief Note", size="small_size", colour="muted_colour", italic=True, before=2, after=4),
    _p("Brief BLUF", size="body_size", scale=1.05, colour="text_colour", before=0, after=8, indent=3,
       rule_left="accent_colour"),
    _p("Key Figure", font="heading", size="figure_size", colour="accent_colour", bold=True, before=6,
       after=0, line=1.0, keep_next=True),
    _p("Key Figure Label", size="small_size", colour="muted_colour", before=0, after=4, line=1.1),
    _p("Sidebar Heading", font="heading", size="small_size", scale=1.15, colour="accent_colour", bold=True,
       before=0, after=2, keep_next=True, rule_below="accent_colour"),
    _p("Quote Attribution", size="small_size", colour="muted_colour", align="right", before=0, after=10, indent=6),
    _p("Table Heading", size="body_size", scale=TABLE_TEXT_SCALE, bold=True, before=1, after=1, line=1.1,
       keep_next=True),
    _p("Table Text", size="body_size", scale=TABLE_TEXT_SCALE, before=1, after=1, line=1.1),
    _p("Table Small", size="small_size", before=0, after=0, line=1.1),
    _p("Brief Rule", size="small_size", scale=0.5, before=2, after=8, line=1.0, rule_below="accent_colour"),
    _p("Brief Spacer", size="small_size", scale=0.5, before=0, after=0, line=1.0),
    _p("Brief Chart", before=0, after=8, line=1.0),
    StyleSpec("Brief Citation", colour="accent_colour", superscript=True, kind="character"),
    StyleSpec("Hyperlink", colour="accent_colour", underline=True, kind="character"),
)  # fmt: skip

#: Paragraph classes and their Word styles; the first class a paragraph has that is listed wins.
PARA_STYLES = {
    "banner": "Brief Banner",
    "subtitle": "Subtitle",
    "meta": "Brief Meta",
    "bluf": "Brief BLUF",
    "figure-value": "Key Figure",
    "figure-label": "Key Figure Label",
    "attribution": "Quote Attribution",
    "note": "Brief Note",
}
def para_style(classes: tuple[str, ...], default: str = "Normal") -> str:
    """The Word style for a paragraph with ``classes``."""
    for name in classes:
        if name in PARA_STYLES:
            return PARA_STYLES[name]
    return default


TABLE_STYLE = "Brief Table"
_ALIGN = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
}
_THEME_FONT_ATTRS = ("w:asciiTheme", "w:hAnsiTheme")


_SHEETS: dict[tuple[bytes, Style, bool], bytes] = {}
"""Style sheets made so far in this process: (sheet before, style, keep_existing) -> sheet after."""
_MAX_SHEETS = 32


def install_styles(doc: Any, style: Style, *, keep_existing: bool) -> None:
    """Create every style of ``SHEET``; restyle existing ones unless ``keep_existing`` (reference.docx).

    The result depends only on the sheet it starts from and the style settings, so it is made once
    per process and copied into later documents (restyling runs python-docx's slow style lookups)."""
    sheet = doc.styles.element
    key = (etree.tostring(sheet), style, keep_existing)
    made = _SHEETS.get(key)
    if made is None:
        _install_styles(doc, style, keep_existing=keep_existing)
        if len(_SHEETS) >= _MAX_SHEETS:
            _SHEETS.clear()
        _SHEETS[key] = etree.tostring(sheet)
        return
    _INDEXES.pop(doc.part, None)  # its nodes are about to go
    for node in list(sheet):
        sheet.remove(node)
    sheet.extend(list(parse_xml(made)))  # python-docx's parser: its element classes


def _install_styles(doc: Any, style: Style, *, keep_existing: bool) -> None:
    """``install_styles`` done the slow way, style by style."""
    if not keep_existing:
        _set_defaults(doc, style)
    for spec in SHEET:
        kind = WD_STYLE_TYPE.CHARACTER if spec.kind == "character" else WD_STYLE_TYPE.PARAGRAPH
        existing = find_style(doc, spec.name)
        if existing is not None and keep_existing:
            continue
        if existing is None:
            existing = doc.styles.add_style(spec.name, kind)
            existing.quick_style = True
            if spec.kind == "paragraph" and spec.name != "Normal":
                existing.base_style = find_style(doc, "Normal")
        else:
            _reset(existing)
        _apply(existing, spec, style)
    if find_style(doc, TABLE_STYLE) is None:
        _table_style(doc, style)


def _table_style(doc: Any, style: Style) -> None:
    """``Brief Table``: light rules on every edge, a little cell padding."""
    st = doc.styles.add_style(TABLE_STYLE, WD_STYLE_TYPE.TABLE)
    st.quick_style = True
    normal_table = find_style(doc, "Normal Table")
    if normal_table is not None:
        st.base_style = normal_table
    rule = _tint(style.muted_colour, 0.6)
    edges = {side: border(side, rule, 4) for side in ("top", "left", "bottom", "right", "insideH", "insideV")}
    tbl_pr = put(st.element, element("w:tblPr"), STYLE_ORDER)
    put(tbl_pr, borders("w:tblBorders", edges), TBLPR_ORDER)
    put(tbl_pr, margins("w:tblCellMar", *CELL_MARGINS), TBLPR_ORDER)


def _tint(colour: str, amount: float) -> str:
    """``colour`` mixed with white by ``amount`` (0 = unchanged, 1 = white)."""
    rgb = [int(colour[i : i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(c + (255 - c) * amount):02x}" for c in rgb)


def find_style(doc: Any, name: str) -> Any:
    """The style called ``name`` (ignoring case, as Word does), or None.

    Reads the raw ``w:name`` values (python-docx's ``Styles`` lookups decode every style each time),
    through an index of the sheet kept per document and made again whenever the sheet's length changes.
    """
    sheet = doc.styles.element
    count = len(sheet)
    index: tuple[int, dict[str, Any]] | None = _INDEXES.get(doc.part)
    if index is None or index[0] != count:
        names: dict[str, Any] = {}
        for node in sheet.iterchildren(qn("w:style")):
            found = node.find(qn("w:name"))
            if found is not None:
                names.setdefault(str(found.get(qn("w:val"), "")).lower(), node)
        index = _INDEXES[doc.part] = (count, names)
    node = index[1].get(name.lower())
    return StyleFactory(node) if node is not None else None


_INDEXES: weakref.WeakKeyDictionary[Any, tuple[int, dict[str, Any]]] = weakref.WeakKeyDictionary()
"""Per python-docx document part: (length of its style sheet when indexed, lower-case style name -> node)."""


def style_positions(doc: Any) -> dict[str, int]:
    """Lower-case style name -> the position among the style sheet's children of the style ``find_style`` finds."""
    find_style(doc, "")  # the index, made now if need be
    children = list(doc.styles.element)  # held while ids are compared: lxml gives one live proxy per node
    positions = {id(node): position for position, node in enumerate(children)}
    return {name: positions[id(node)] for name, node in _INDEXES[doc.part][1].items()}


def seed_index(doc: Any, positions: dict[str, int]) -> None:
    """Give ``find_style`` the index of a document whose style sheet is a copy of one indexed before
    (``positions``: ``style_positions`` of that one): the nodes at the same places, without reading every name."""
    sheet = doc.styles.element
    children = list(sheet)
    _INDEXES[doc.part] = (len(sheet), {name: children[position] for name, position in positions.items()})


def _reset(st: Any) -> None:
    """Drop a built-in style's formatting, keeping its list numbering and outline level."""
    el = st.element
    ppr = el.find(qn("w:pPr"))
    if ppr is not None:
        for item in list(ppr):
            if item.tag not in (qn("w:numPr"), qn("w:outlineLvl")):
                ppr.remove(item)
    rpr = el.find(qn("w:rPr"))
    if rpr is not None:
        el.remove(rpr)


def _set_defaults(doc: Any, style: Style) -> None:
    """Document defaults: body font for Latin text (other scripts keep theme fonts), language."""
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    if defaults is None:
        return
    rpr = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}")
    if rpr is None:
        return
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is not None:
        for attr in _THEME_FONT_ATTRS:
            fonts.attrib.pop(qn(attr), None)
        fonts.set(qn("w:ascii"), style.body_font)
        fonts.set(qn("w:hAnsi"), style.body_font)
    # A reference.docx may set no language; screen readers need one to pick a voice.
    child(rpr, "w:lang", RPR_ORDER).set(qn("w:val"), "en-GB")


def _apply(st: Any, spec: StyleSpec, style: Style) -> None:
    """Write ``spec``'s properties onto style ``st``."""
    font = st.font
    if spec.font:
        name = style.heading_font if spec.font == "heading" else style.body_font
        font.name = name
        fonts = st.element.rPr.find(qn("w:rFonts"))
        for attr in _THEME_FONT_ATTRS:
            fonts.attrib.pop(qn(attr), None)
    if spec.size:
        font.size = Pt(round(getattr(style, spec.size) * spec.scale * 2) / 2)
    if spec.colour:
        font.color.rgb = RGBColor.from_string(hex_colour(getattr(style, spec.colour)))
    for attr, value in (
        ("bold", spec.bold),
        ("italic", spec.italic),
        ("all_caps", spec.caps),
        ("superscript", spec.superscript),
        ("underline", spec.underline),
    ):
        if value is not None:
            setattr(font, attr, value)
    if spec.kind == "paragraph":
        _apply_paragraph(st, spec, style)


def _apply_paragraph(st: Any, spec: StyleSpec, style: Style) -> None:
    """Paragraph properties of a paragraph style."""
    fmt = st.paragraph_format
    if spec.align:
        fmt.alignment = _ALIGN[spec.align]
    if spec.before is not None:
        fmt.space_before = Pt(spec.before)
    if spec.after is not None:
        fmt.space_after = Pt(spec.after)
    if spec.line:
        fmt.line_spacing = spec.line
    elif spec.line is not None:
        # Word's "multiple" scales the font's own line height (about 1.17 em), not the size; "at least"
        # size × line_spacing gives the PDF's leading and still grows for pictures and large runs.
        size = getattr(style, spec.size) * spec.scale if spec.size else style.body_size
        fmt.line_spacing = Pt(round(size * style.line_spacing * 20) / 20)
        fmt.line_spacing_rule = WD_LINE_SPACING.AT_LEAST
    if spec.indent is not None:
        fmt.left_indent = Pt(spec.indent * 72 / 25.4)
    if spec.keep_next is not None:
        fmt.keep_with_next = spec.keep_next
    ppr = st.element.get_or_add_pPr()
    edges = {}
    if spec.rule_below:
        edges["bottom"] = border("bottom", getattr(style, spec.rule_below), 6, 1)
    if spec.rule_left:
        edges["left"] = border("left", getattr(style, spec.rule_left), 18, 6)
    if edges:
        put(ppr, borders("w:pBdr", edges), PPR_ORDER)
    if spec.outline is not None:
        child(ppr, "w:outlineLvl", PPR_ORDER).set(qn("w:val"), str(spec.outline))
