"""Read built briefs back as a reader would: text of PDF, DOCX and HTML outputs, for end-to-end tests."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
from pathlib import Path

from docx import Document as open_docx
from pypdf import PdfReader


def squash(text: str) -> str:
    """Text without white space, for comparing extracted document text."""
    return re.sub(r"\s+", "", text)


def pdf_text(path: Path) -> str:
    """A PDF's text in reading order (pdftotext when installed, else pypdf)."""
    if shutil.which("pdftotext"):
        return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def docx_text(path: Path) -> str:
    """Every paragraph of a DOCX: body, table cells (nested too), headers and footers."""
    doc = open_docx(str(path))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            for cell in row.cells:
                parts.extend(p.text for p in cell.paragraphs)
                for inner in cell.tables:
                    for inner_row in inner.rows:
                        parts.extend(c.text for c in inner_row.cells)
    for section in doc.sections:
        parts.extend(p.text for p in section.header.paragraphs)
        parts.extend(p.text for p in section.footer.paragraphs)
    return "\n".join(parts)


def html_text(path: Path) -> str:
    """The visible text of an HTML page (styles and tags removed, entities decoded)."""
    raw = path.read_text(encoding="utf-8")
    raw = re.sub(r"<style.*?</style>", "", raw, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", "", raw))
