"""Read a DOCX brief back: body paragraphs and table cells in order, tracked insertions in and deletions out,
citation marks (superscript runs of digits) apart from the text."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import docx
from docx.oxml.ns import qn

from ...errors import BriefgenError
from .paragraphs import ReadParagraph, paragraph

_P, _TBL, _R, _T = qn("w:p"), qn("w:tbl"), qn("w:r"), qn("w:t")
_SKIP = {qn("w:del"), qn("w:moveFrom"), qn("w:instrText"), qn("w:rPr"), qn("w:pPr"), qn("w:txbxContent")}
_BREAKS = {qn("w:tab"): " ", qn("w:br"): " ", qn("w:cr"): " "}
_VAL = qn("w:val")


def read_docx(path: Path) -> tuple[ReadParagraph, ...]:
    """The paragraphs of a Word file, as the reader of the document sees them with every change accepted."""
    try:
        document = docx.Document(io.BytesIO(path.read_bytes()))
    except FileNotFoundError:
        raise BriefgenError(f"{path}: not found; give the edited brief's .docx, .pdf or .html file") from None
    except Exception as exc:  # python-docx and lxml raise many types on malformed packages
        raise BriefgenError(f"{path}: not a readable Word file ({type(exc).__name__}); re-save it from Word") from None
    superscript = _superscript_styles(document.styles.element)
    return tuple(p for p in (_read(e, superscript) for e in _paragraphs(document.element.body)) if p)


def _superscript_styles(styles: Any) -> frozenset[str]:
    """Ids of character styles that raise text to superscript (the brief's citation style)."""
    found = set()
    for style in styles.iter(qn("w:style")):
        align = style.find(f"{qn('w:rPr')}/{qn('w:vertAlign')}")
        if align is not None and align.get(_VAL) == "superscript":
            found.add(style.get(qn("w:styleId")))
    return frozenset(found)


def _paragraphs(container: Any) -> Iterator[Any]:
    for child in container:
        if child.tag == _P:
            yield child
        elif child.tag == _TBL:
            yield from (p for p in child.iter(_P))
        elif child.tag not in _SKIP:
            yield from _paragraphs(child)


def _read(element: Any, superscript: frozenset[str]) -> ReadParagraph | None:
    text: list[str] = []
    cites: list[str] = []
    last_cite = False

    def walk(node: Any) -> None:
        nonlocal last_cite
        for child in node:
            if child.tag in _SKIP:
                continue
            if child.tag == _R:
                words = "".join(t.text or "" for t in child.iter(_T)) + "".join(
                    _BREAKS[c.tag] for c in child if c.tag in _BREAKS
                )
                if not words:
                    continue
                if _is_cite(child, words, superscript):
                    if last_cite:
                        cites[-1] += words
                    else:
                        cites.append(words)
                    last_cite = True
                else:
                    text.append(words)
                    last_cite = False
            else:
                walk(child)

    walk(element)
    return paragraph("".join(text), cites)


def _is_cite(run: Any, words: str, superscript: frozenset[str]) -> bool:
    if not all(ch.isdigit() or ch in ", " for ch in words):
        return False
    props = run.find(qn("w:rPr"))
    if props is None:
        return False
    align = props.find(qn("w:vertAlign"))
    if align is not None:
        return bool(align.get(_VAL) == "superscript")
    style = props.find(qn("w:rStyle"))
    return style is not None and style.get(_VAL) in superscript
