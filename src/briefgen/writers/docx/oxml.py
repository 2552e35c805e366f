"""Low-level WordprocessingML helpers python-docx lacks: borders, shading, margins, fields, links."""

from __future__ import annotations

import re
from typing import Any

from docx.oxml.ns import NamespacePrefixedTag, qn
from docx.oxml.parser import oxml_parser
from lxml import etree  # type: ignore[import-untyped]

#: Schema order of the children we insert, per parent (Word rejects out-of-order children).
PPR_ORDER = (
    "w:pStyle", "w:keepNext", "w:keepLines", "w:pageBreakBefore", "w:framePr", "w:widowControl",
    "w:numPr", "w:suppressLineNumbers", "w:pBdr", "w:shd", "w:tabs", "w:suppressAutoHyphens",
    "w:kinsoku", "w:wordWrap", "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN",
    "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
    "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
    "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange",
)  # fmt: skip
RPR_ORDER = (
    "w:rStyle", "w:rFonts", "w:b", "w:bCs", "w:i", "w:iCs", "w:caps", "w:smallCaps", "w:strike",
    "w:dstrike", "w:outline", "w:shadow", "w:emboss", "w:imprint", "w:noProof", "w:snapToGrid",
    "w:vanish", "w:webHidden", "w:color", "w:spacing", "w:w", "w:kern", "w:position", "w:sz", "w:szCs",
    "w:highlight", "w:u", "w:effect", "w:bdr", "w:shd", "w:fitText", "w:vertAlign", "w:rtl", "w:cs",
    "w:em", "w:lang", "w:eastAsianLayout", "w:specVanish", "w:oMath",
)  # fmt: skip
TBLPR_ORDER = (
    "w:tblStyle", "w:tblpPr", "w:tblOverlap", "w:bidiVisual", "w:tblStyleRowBandSize",
    "w:tblStyleColBandSize", "w:tblW", "w:jc", "w:tblCellSpacing", "w:tblInd", "w:tblBorders", "w:shd",
    "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption", "w:tblDescription",
)  # fmt: skip
TRPR_ORDER = (
    "w:cnfStyle", "w:divId", "w:gridBefore", "w:gridAfter", "w:wBefore", "w:wAfter", "w:cantSplit",
    "w:trHeight", "w:tblHeader", "w:tblCellSpacing", "w:jc", "w:hidden",
)  # fmt: skip
TCPR_ORDER = (
    "w:cnfStyle", "w:tcW", "w:gridSpan", "w:hMerge", "w:vMerge", "w:tcBorders", "w:shd", "w:noWrap",
    "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark",
)  # fmt: skip
STYLE_ORDER = (
    "w:name", "w:aliases", "w:basedOn", "w:next", "w:link", "w:autoRedefine", "w:hidden",
    "w:uiPriority", "w:semiHidden", "w:unhideWhenUsed", "w:qFormat", "w:locked", "w:personal",
    "w:personalCompose", "w:personalReply", "w:rsid", "w:pPr", "w:rPr", "w:tblPr", "w:trPr", "w:tcPr",
    "w:tblStylePr",
)  # fmt: skip

SIDES = ("top", "left", "bottom", "right")
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")

#: Twentieths of a point per millimetre.
TWIPS_PER_MM = 1440 / 25.4


def xml_safe(text: str) -> str:
    """Text with the characters XML 1.0 cannot hold (controls, lone surrogates) removed."""
    return _XML_INVALID.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def twips(mm: float) -> int:
    """Millimetres as twentieths of a point."""
    return round(mm * TWIPS_PER_MM)


def hex_colour(colour: str) -> str:
    """``#1f3b5c`` as Word's ``1F3B5C``."""
    return colour.lstrip("#").upper()


def element(tag: str, **attrs: str) -> Any:
    """A new ``w:`` element with ``w:`` attributes (lxml escapes the values)."""
    return new_element(tag, {_w_attr(key): value for key, value in attrs.items()} if attrs else None)


_W_ATTRS: dict[str, str] = {}
"""``element``'s attribute names: ``key`` -> ``qn("w:key")``."""


def _w_attr(key: str) -> str:
    name = _W_ATTRS.get(key)
    if name is None:
        name = _W_ATTRS[key] = qn(f"w:{key}")
    return name


_TAGS: dict[str, tuple[str, dict[str, str]]] = {}
"""``new_element``'s tags: prefixed tag -> (Clark name, its namespace declaration)."""


def new_element(tag: str, attrs: dict[str, str] | None = None) -> Any:
    """python-docx's ``OxmlElement(tag, attrs)``: a loose element of its class for ``tag``, declaring the tag's
    namespace; the tag is read once (``OxmlElement`` parses it again for every element)."""
    known = _TAGS.get(tag)
    if known is None:
        parsed = NamespacePrefixedTag(tag)
        known = _TAGS[tag] = (parsed.clark_name, parsed.nsmap)
    return oxml_parser.makeelement(known[0], attrib=attrs, nsmap=known[1])


def sub_element(parent: Any, tag: str, attrs: dict[str, str] | None = None) -> Any:
    """``parent.append(new_element(tag, attrs))`` for a tag in a namespace ``parent`` declares (the appended
    element's own declaration is dropped as redundant): the same XML, made in place at half the cost."""
    known = _TAGS.get(tag)
    if known is None:
        new_element(tag)
        known = _TAGS[tag]
    return etree.SubElement(parent, known[0], attrs)


def put(parent: Any, child: Any, order: tuple[str, ...]) -> Any:
    """Insert ``child`` in schema order, replacing an existing child with the same tag."""
    for old in parent.findall(child.tag):
        parent.remove(old)
    rank = order.index(_prefixed(child.tag))
    for index, sibling in enumerate(parent):
        name = _prefixed(sibling.tag)
        if name in order and order.index(name) > rank:
            parent.insert(index, child)
            return child
    parent.append(child)
    return child


def _prefixed(tag: str) -> str:
    """Clark-notation ``{ns}local`` as ``w:local`` (other namespaces unchanged)."""
    if tag.startswith("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"):
        return "w:" + tag.split("}", 1)[1]
    return tag


def child(parent: Any, tag: str, order: tuple[str, ...]) -> Any:
    """The existing ``tag`` child of ``parent``, or a new one inserted in schema order."""
    found = parent.find(qn(tag))
    return found if found is not None else put(parent, element(tag), order)


def border(side: str, colour: str, size_eighths: int = 4, space: int = 0, val: str = "single") -> Any:
    """One border edge (``w:top``…); size in eighths of a point."""
    return element(f"w:{side}", val=val, sz=str(size_eighths), space=str(space), color=hex_colour(colour))


def no_border(side: str) -> Any:
    """An explicitly absent border edge."""
    return element(f"w:{side}", val="nil")


def borders(tag: str, edges: dict[str, Any]) -> Any:
    """A ``w:pBdr``/``w:tblBorders``/``w:tcBorders`` holding ``edges`` in schema order."""
    box = element(tag)
    order = ("top", "left", "start", "bottom", "right", "end", "insideH", "insideV", "between", "bar")
    for side in sorted(edges, key=order.index):
        box.append(edges[side])
    return box


def shading(fill: str) -> Any:
    """A solid background ``w:shd``."""
    return element("w:shd", val="clear", color="auto", fill=hex_colour(fill))


def margins(tag: str, top: int, left: int, bottom: int, right: int) -> Any:
    """A ``w:tcMar``/``w:tblCellMar`` in twips."""
    box = element(tag)
    for side, value in zip(SIDES, (top, left, bottom, right), strict=True):
        box.append(element(f"w:{side}", w=str(value), type="dxa"))
    return box


def width(tag: str, value: int) -> Any:
    """A ``w:tcW``/``w:tblW``/``w:tblInd`` in twips."""
    return element(tag, w=str(value), type="dxa")


def field_runs(run_factory: Any, instruction: str, placeholder: str) -> None:
    """Append a complex field (``PAGE``, ``NUMPAGES``…) as runs made by ``run_factory()``."""
    parts = [
        element("w:fldChar", fldCharType="begin"),
        _instr(instruction),
        element("w:fldChar", fldCharType="separate"),
        None,
        element("w:fldChar", fldCharType="end"),
    ]
    for part in parts:
        run = run_factory()
        if part is None:
            run.text = placeholder
        else:
            run._r.append(part)


def _instr(instruction: str) -> Any:
    """A ``w:instrText`` with preserved spaces."""
    el = new_element("w:instrText")
    el.set(qn("xml:space"), "preserve")
    el.text = f" {instruction} "
    return el


def hyperlink(r_id: str | None, anchor: str | None, tooltip: str) -> Any:
    """An empty ``w:hyperlink`` to a relationship id (external) or a bookmark name (internal)."""
    el = new_element("w:hyperlink")
    if r_id:
        el.set(_R_ID, r_id)
    if anchor:
        el.set(_ANCHOR, anchor)
    if tooltip:
        el.set(_TOOLTIP, xml_safe(tooltip)[:255])
    el.set(_HISTORY, "1")
    return el


_R_ID, _ANCHOR, _TOOLTIP, _HISTORY = qn("r:id"), qn("w:anchor"), qn("w:tooltip"), qn("w:history")


def bookmark(p: Any, number: int, name: str) -> None:
    """Wrap the contents of paragraph element ``p`` in a bookmark."""
    start = element("w:bookmarkStart", id=str(number), name=name)
    ppr = p.find(qn("w:pPr"))
    p.insert(0 if ppr is None else p.index(ppr) + 1, start)
    p.append(element("w:bookmarkEnd", id=str(number)))
