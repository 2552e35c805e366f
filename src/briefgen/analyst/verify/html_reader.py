"""Read an HTML brief back: its block elements' text in order, ``<sup>`` citation marks apart."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import lxml.html  # type: ignore[import-untyped]

from ...errors import BriefgenError
from .paragraphs import ReadParagraph, paragraph

_BLOCKS = {"p", "li", "h1", "h2", "h3", "h4", "td", "th", "figcaption", "caption", "dt", "dd"}
_SKIPPED = {"script", "style", "svg", "head", "title"}


def read_html(path: Path) -> tuple[ReadParagraph, ...]:
    """The paragraphs of an HTML brief (running header and footer left out)."""
    try:
        root = lxml.html.fromstring(path.read_bytes())
    except FileNotFoundError:
        raise BriefgenError(f"{path}: not found; give the edited brief's .docx, .pdf or .html file") from None
    except Exception as exc:
        raise BriefgenError(f"{path}: not a readable HTML file ({type(exc).__name__})") from None
    out: list[ReadParagraph] = []
    for element in root.iter():
        if not isinstance(element.tag, str) or element.tag not in _BLOCKS or _running(element):
            continue
        text: list[str] = []
        cites: list[str] = []
        _collect(element, text, cites, top=True)
        read = paragraph("".join(text), cites)
        if read:
            out.append(read)
    return tuple(out)


def _running(element: Any) -> bool:
    for parent in element.iterancestors():
        if parent.tag in ("header", "footer") and "running" in (parent.get("class") or ""):
            return True
    return False


def _collect(element: Any, text: list[str], cites: list[str], top: bool = False) -> None:
    if not top and (element.tag in _BLOCKS or element.tag in _SKIPPED):
        if element.tail:
            text.append(element.tail)
        return
    if not top and element.tag == "sup":
        cites.append(element.text_content())
        if element.tail:
            text.append(element.tail)
        return
    if element.text:
        text.append(element.text)
    for child in element:
        if isinstance(child.tag, str):
            _collect(child, text, cites)
        elif child.tail:
            text.append(child.tail)
    if not top and element.tail:
        text.append(element.tail)
