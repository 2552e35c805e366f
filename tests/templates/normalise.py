"""Normalised content of rendered briefs for golden files: PDF text per page, DOCX paragraphs by style."""

from __future__ import annotations

import io
import re
import subprocess
import zipfile
from xml.etree import ElementTree

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_SPACES = re.compile(r"[ \t]+")


def pdf_pages(data: bytes) -> list[str]:
    """Each page's text as poppler's pdftotext reads it, lines stripped, blank lines dropped."""
    done = subprocess.run(["pdftotext", "-enc", "UTF-8", "-", "-"], input=data, capture_output=True, check=True)
    pages = done.stdout.decode("utf-8").split("\f")
    if pages and not pages[-1].strip():
        pages.pop()
    return ["\n".join(_SPACES.sub(" ", line).strip() for line in page.splitlines() if line.strip()) for page in pages]


def pdf_text(data: bytes) -> str:
    """The golden form of a PDF: its pages' texts under ``=== page N ===`` rules."""
    return "".join(f"=== page {n} ===\n{text}\n" for n, text in enumerate(pdf_pages(data), start=1))


def docx_text(data: bytes) -> str:
    """The golden form of a DOCX: headers, footers and body as ``[Style] text`` lines, tables as indented tags.

    Volatile parts (ids, bookmarks, relationship targets, field codes, zip dates) are left out.
    """
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        names = package.namelist()
        out: list[str] = []
        for name in sorted(n for n in names if re.fullmatch(r"word/(header|footer)\d*\.xml", n)):
            root = ElementTree.fromstring(package.read(name))
            kind = "header" if "header" in name else "footer"
            out.extend(f"<{kind}> {line}" for line in _blocks(root) if line.strip())
        body = ElementTree.fromstring(package.read("word/document.xml")).find(f"{_W}body")
        assert body is not None
        out.extend(_blocks(body))
    return "\n".join(out) + "\n"


def _blocks(parent: ElementTree.Element) -> list[str]:
    """Lines for the paragraphs and tables directly inside ``parent``."""
    lines: list[str] = []
    for child in parent:
        if child.tag == f"{_W}p":
            text = _para_text(child)
            style = child.find(f"{_W}pPr/{_W}pStyle")
            name = style.get(f"{_W}val") if style is not None else "Normal"
            if text or child.find(f".//{_W}drawing") is not None:
                lines.append(f"[{name}] {text}" if text else f"[{name}] <image>")
        elif child.tag == f"{_W}tbl":
            lines.append("<table>")
            for row in child.findall(f"{_W}tr"):
                lines.append("  <tr>")
                for cell in row.findall(f"{_W}tc"):
                    lines.append("    <td>")
                    lines.extend(f"      {line}" for line in _blocks(cell))
            lines.append("</table>")
        elif child.tag == f"{_W}sdt":
            content = child.find(f"{_W}sdtContent")
            if content is not None:
                lines.extend(_blocks(content))
    return lines


def _para_text(paragraph: ElementTree.Element) -> str:
    """The visible text of a paragraph (runs, hyperlinks, tabs), without field codes."""
    parts: list[str] = []
    for node in paragraph.iter():
        if node.tag == f"{_W}t" and node.text:
            parts.append(node.text)
        elif node.tag == f"{_W}tab":
            parts.append("\t")
        elif node.tag in (f"{_W}br", f"{_W}cr"):
            parts.append("\n")
    return _SPACES.sub(" ", "".join(parts)).strip()
