"""Inline nodes (Text, Strong, Em, Link, Sup, Span) as runs and hyperlinks of a Word paragraph."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import quote, urlsplit

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from ...document import Em, Inline, Link, Span, Strong, Sup, Text
from .context import Context, anchor_name
from .oxml import hyperlink, new_element, sub_element, xml_safe

CITATION_STYLE = "Brief Citation"
LINK_STYLE = "Hyperlink"
_EXTERNAL_SCHEMES = ("http", "https", "mailto")
#: Characters left as they are in link targets; others (spaces, <, ", non-ASCII) are %-encoded for Word.
_URI_SAFE = ":/?#[]@!$&'()*+,;=%~-._"
#: Characters python-docx writes as elements of their own (``w:tab``, ``w:br``) when it sets a run's text.
_BREAKS = frozenset("\t\r\n")
_VAL, _PRESERVE = qn("w:val"), qn("xml:space")


@dataclass(frozen=True, slots=True)
class RunFormat:
    """Formatting inherited by the runs of nested inline nodes."""

    bold: bool = False
    """Inside Strong."""
    italic: bool = False
    """Inside Em."""
    superscript: bool = False
    """Inside a non-citation Sup."""
    char_style: str = ""
    """Character style name, if any."""
    in_link: bool = False
    """Inside a hyperlink (links do not nest)."""


def add_inlines(ctx: Context, paragraph: Any, nodes: tuple[Inline, ...], fmt: RunFormat = RunFormat()) -> None:
    """Append ``nodes`` to a python-docx paragraph."""
    for node in nodes:
        if isinstance(node, Text):
            _add_text(ctx, paragraph, node.text, fmt)
        elif isinstance(node, Strong):
            add_inlines(ctx, paragraph, node.children, replace(fmt, bold=True))
        elif isinstance(node, Em):
            add_inlines(ctx, paragraph, node.children, replace(fmt, italic=True))
        elif isinstance(node, Sup):
            inner = (
                replace(fmt, char_style=CITATION_STYLE) if "cite" in node.classes else replace(fmt, superscript=True)
            )
            add_inlines(ctx, paragraph, node.children, inner)
        elif isinstance(node, Link):
            _add_link(ctx, paragraph, node, fmt)
        elif isinstance(node, Span):
            add_inlines(ctx, paragraph, node.children, fmt)


def add_paragraph(ctx: Context, container: Any, style: str, nodes: tuple[Inline, ...] = ()) -> Any:
    """A new paragraph in style ``style`` holding ``nodes``, appended to a block container."""
    paragraph = new_paragraph(container)
    style_id = ctx.style_id(style)
    if style_id is not None:  # python-docx's rule: the default style is left implicit
        properties = new_element("w:pPr")  # what ``paragraph._p.style = style_id`` makes in the new, empty w:p
        sub_element(properties, "w:pStyle", {_VAL: style_id})
        paragraph._p.insert(0, properties)
    add_inlines(ctx, paragraph, nodes)
    return paragraph


_BODY, _SECT_PR = qn("w:body"), qn("w:sectPr")
_APPENDED = frozenset({qn("w:tc"), qn("w:hdr"), qn("w:ftr")})
"""Containers whose new paragraph goes last (python-docx gives their ``w:p`` no successor)."""


def new_paragraph(container: Any) -> Any:
    """``container.add_paragraph()`` of python-docx (an empty ``w:p`` last, in the body before its ``w:sectPr``),
    made directly for the body, a cell, a header and a footer (python-docx's route looks up its methods by name
    for every paragraph)."""
    parent = container._element
    if parent.tag == _BODY:
        p = new_element("w:p")
        section = parent.find(_SECT_PR)
        if section is None:
            parent.append(p)
        else:
            section.addprevious(p)
    elif parent.tag in _APPENDED:
        p = new_element("w:p")
        parent.append(p)
    else:
        return container.add_paragraph()
    return Paragraph(p, container)


def _add_text(ctx: Context, paragraph: Any, text: str, fmt: RunFormat) -> None:
    """One run; python-docx turns ``\\n`` into a line break and ``\\t`` into a tab."""
    text = xml_safe(text)
    if not text:
        return
    if _BREAKS.isdisjoint(text):
        paragraph._p.append(plain_run(text, fmt, ctx.style_id(fmt.char_style) if fmt.char_style else None))
        return
    run = paragraph.add_run(text)
    if fmt.char_style:
        run._r.style = ctx.style_id(fmt.char_style)
    if fmt.bold:
        run.bold = True
    if fmt.italic:
        run.italic = True
    if fmt.superscript:
        run.font.superscript = True


def plain_run(text: str, fmt: RunFormat, style_id: str | None) -> Any:
    """The ``w:r`` python-docx makes for text with no tab or line break and these formats, built directly:
    its element-by-element route looks up every later sibling's tag for each child it inserts."""
    run = new_element("w:r")
    if fmt.char_style or fmt.bold or fmt.italic or fmt.superscript:
        properties = sub_element(run, "w:rPr")  # children in schema order
        if style_id is not None:
            sub_element(properties, "w:rStyle", {_VAL: style_id})
        if fmt.bold:
            sub_element(properties, "w:b")
        if fmt.italic:
            sub_element(properties, "w:i")
        if fmt.superscript:
            sub_element(properties, "w:vertAlign", {_VAL: "superscript"})
    node = sub_element(run, "w:t")
    node.text = text
    if len(text.strip()) < len(text):
        node.set(_PRESERVE, "preserve")
    return run


def _add_link(ctx: Context, paragraph: Any, link: Link, fmt: RunFormat) -> None:
    """A ``w:hyperlink``: external by relationship id, internal by bookmark name; else plain text."""
    href = link.href.strip()
    r_id = anchor = None
    if fmt.in_link or not href:
        pass
    elif href.startswith("#"):
        anchor = anchor_name(href[1:]) if len(href) > 1 else None
    elif urlsplit(href).scheme.lower() in _EXTERNAL_SCHEMES:
        r_id = paragraph.part.relate_to(quote(xml_safe(href), safe=_URI_SAFE), RT.HYPERLINK, is_external=True)
    if r_id is None and anchor is None:
        add_inlines(ctx, paragraph, link.children, fmt)
        return
    element = hyperlink(r_id, anchor, link.title)
    paragraph._p.append(element)
    start = len(paragraph._p)
    add_inlines(ctx, paragraph, link.children, replace(fmt, char_style=fmt.char_style or LINK_STYLE, in_link=True))
    for run in list(paragraph._p)[start:]:
        element.append(run)
