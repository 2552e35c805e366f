"""Read a PDF brief back: each text box a paragraph, small raised digits (citation marks) apart from the text."""

from __future__ import annotations

import statistics
from pathlib import Path
from typing import Any

from ...errors import BriefgenError
from .paragraphs import ReadParagraph, paragraph

_SMALL = 0.8
"""A digit this much smaller than its line's usual characters is a citation mark."""


def read_pdf(path: Path) -> tuple[ReadParagraph, ...]:
    """The text boxes of a PDF in reading order, as paragraphs."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams, LTChar, LTTextBox, LTTextLine

    if not path.is_file():
        raise BriefgenError(f"{path}: not found; give the edited brief's .docx, .pdf or .html file")
    out: list[ReadParagraph] = []
    try:
        for page in extract_pages(str(path), laparams=LAParams()):
            for box in page:
                if not isinstance(box, LTTextBox):
                    continue
                text: list[str] = []
                cites: list[str] = []
                for line in box:
                    if not isinstance(line, LTTextLine):
                        continue
                    chars = [c for c in line if isinstance(c, LTChar)]
                    usual = statistics.median(c.size for c in chars) if chars else 0.0
                    last_cite = False
                    for item in line:
                        glyph: str = item.get_text()
                        small = isinstance(item, LTChar) and item.size < usual * _SMALL
                        if small and (glyph.isdigit() or (glyph == "," and last_cite)):
                            if last_cite:
                                cites[-1] += glyph
                            else:
                                cites.append(glyph)
                            last_cite = True
                        else:
                            text.append(glyph)
                            last_cite = last_cite and glyph == ""
                    text.append(" ")
                read = _paragraph(text, cites, box)
                if read:
                    out.append(read)
    except BriefgenError:
        raise
    except Exception as exc:  # pdfminer raises many types on damaged files
        raise BriefgenError(f"{path}: not a readable PDF ({type(exc).__name__})") from None
    return tuple(out)


def _paragraph(text: list[str], cites: list[str], _box: Any) -> ReadParagraph | None:
    return paragraph("".join(text), cites)
