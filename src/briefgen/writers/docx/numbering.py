"""List numbering: list styles that carry bullets or numbers, and per-list restarts."""

from __future__ import annotations

from typing import Any

from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.parts.numbering import NumberingPart

from .oxml import PPR_ORDER, child, element
from .styles import find_style

MAX_DEPTH = 3
_BULLETS = ("•", "–", "▪")
_INDENT_TWIPS = 360


def list_style(doc: Any, ordered: bool, depth: int) -> str:
    """Name of the list style for a list at ``depth`` (0 = top), created with numbering if missing."""
    name = _list_style_name(ordered, depth)
    level = min(depth, MAX_DEPTH - 1)
    st = find_style(doc, name)
    if st is None:
        st = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        st.base_style = find_style(doc, "Normal")
        st.quick_style = True
    if _style_num_id(st) is None:
        abstract = _add_abstract(doc, ordered, level)
        num_id = _numbering(doc).add_num(abstract).numId
        numpr = child(st.element.get_or_add_pPr(), "w:numPr", PPR_ORDER)
        numpr.append(element("w:numId", val=str(num_id)))
    return name


def lists_ready(doc: Any) -> bool:
    """Whether every list style ``list_style`` can ask for is there with its numbering (so it changes no style)."""
    for ordered in (False, True):
        for depth in range(MAX_DEPTH):
            st = find_style(doc, _list_style_name(ordered, depth))
            if st is None or _style_num_id(st) is None:
                return False
    return True


def _list_style_name(ordered: bool, depth: int) -> str:
    level = min(depth, MAX_DEPTH - 1)
    return ("List Number" if ordered else "List Bullet") + (f" {level + 1}" if level else "")


def restart(doc: Any, style_name: str) -> int | None:
    """A new numbering instance for an ordered list of ``style_name`` that starts again at 1."""
    num_id = _style_num_id(find_style(doc, style_name))
    if num_id is None:
        return None
    numbering = _numbering(doc)
    try:
        abstract = numbering.num_having_numId(num_id).abstractNumId.val
    except KeyError:
        return None
    num = numbering.add_num(abstract)
    num.add_lvlOverride(ilvl=0).add_startOverride(1)
    return int(num.numId)


def apply_num(paragraph: Any, num_id: int) -> None:
    """Point a paragraph at numbering instance ``num_id`` (level 0)."""
    numpr = child(paragraph._p.get_or_add_pPr(), "w:numPr", PPR_ORDER)
    for item in list(numpr):
        numpr.remove(item)
    numpr.append(element("w:ilvl", val="0"))
    numpr.append(element("w:numId", val=str(num_id)))


def _style_num_id(st: Any) -> int | None:
    """The numId a paragraph style sets, if any."""
    ppr = st.element.find(qn("w:pPr"))
    found = None if ppr is None else ppr.find(f"{qn('w:numPr')}/{qn('w:numId')}")
    return None if found is None else int(found.get(qn("w:val")))


def _numbering(doc: Any) -> Any:
    """The document's ``w:numbering`` element, creating numbering.xml when the template has none."""
    try:
        return doc.part.part_related_by(RT.NUMBERING).element
    except KeyError:
        el = parse_xml(f"<w:numbering {nsdecls('w')}/>")
        part = NumberingPart(PackURI("/word/numbering.xml"), CT.WML_NUMBERING, el, doc.part.package)
        doc.part.relate_to(part, RT.NUMBERING)
        return el


def _add_abstract(doc: Any, ordered: bool, level: int) -> int:
    """Add a one-level bullet or decimal abstract numbering definition; returns its id."""
    numbering = _numbering(doc)
    ids = [int(v) for v in numbering.xpath("./w:abstractNum/@w:abstractNumId")]
    abstract_id = max(ids, default=-1) + 1
    abstract = element("w:abstractNum", abstractNumId=str(abstract_id))
    abstract.append(element("w:multiLevelType", val="singleLevel"))
    lvl = element("w:lvl", ilvl="0")
    lvl.append(element("w:start", val="1"))
    lvl.append(element("w:numFmt", val="decimal" if ordered else "bullet"))
    lvl.append(element("w:lvlText", val="%1." if ordered else _BULLETS[level]))
    lvl.append(element("w:lvlJc", val="left"))
    ppr = element("w:pPr")
    ppr.append(element("w:ind", left=str(_INDENT_TWIPS * (level + 1)), hanging=str(_INDENT_TWIPS)))
    lvl.append(ppr)
    abstract.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is None:
        numbering.append(abstract)
    else:
        first_num.addprevious(abstract)
    return abstract_id
