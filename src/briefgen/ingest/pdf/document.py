"""Open a PDF with pdfminer: refuse encrypted, corrupt or hostile files, lay out its pages, read its info."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from pdfminer.converter import PDFPageAggregator
from pdfminer.layout import LAParams, LTPage
from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage
from pdfminer.pdftypes import resolve1
from pdfminer.utils import decode_text

from ...errors import IngestError
from ..source import Metadata
from .streams import BoundedParser, StreamBudget

_PDF_DATE = re.compile(r"(?:D:)?(\d{4})(\d{2})?(\d{2})?")
# Titles that are a file name or a producer's placeholder, not the document's title.
_JUNK_TITLE = re.compile(r"(?:.*\.(?:docx?|pdf|rtf|odt|txt|indd|pptx?)|microsoft word - .*|untitled.*)", re.I)
#: The most characters one page may draw; a dense A4 page holds some 15,000, and pdfminer takes
#: about 650 bytes of memory for each until the page is laid out.
MAX_PAGE_GLYPHS = 200_000


def open_pdf(path: Path, data: bytes) -> PDFDocument:
    """Parse the document structure; encrypted and corrupt files raise ``IngestError``."""
    if not data.lstrip()[:1024].find(b"%PDF") >= 0:
        raise IngestError(f"{path}: not a PDF file (no %PDF header); check the file and its suffix")
    try:
        document = PDFDocument(BoundedParser(io.BytesIO(data), StreamBudget(path)))
    except (PDFPasswordIncorrect, PDFEncryptionError):
        raise IngestError(f"{path}: the PDF is encrypted; remove the password first") from None
    except IngestError:
        raise
    except Exception as exc:  # pdfminer raises many types on malformed files
        raise _corrupt(path, exc) from None
    return document


def laid_out_pages(path: Path, document: PDFDocument) -> Iterator[LTPage]:
    """Each page's layout (text boxes and lines in reading order)."""
    resources = PDFResourceManager()
    # Reading order is rebuilt by columns.py, so skip pdfminer's slow box ordering.
    device = _TextAggregator(path, resources, laparams=LAParams(boxes_flow=None))
    interpreter = PDFPageInterpreter(resources, device)
    try:
        for page in PDFPage.create_pages(document):
            interpreter.process_page(page)
            yield device.get_result()
    except IngestError:
        raise
    except Exception as exc:  # as above: a damaged page stream can fail in many ways
        raise _corrupt(path, exc) from None


class _TextAggregator(PDFPageAggregator):
    """pdfminer's page aggregator without paths and images (as its text converter), capping characters per page."""

    def __init__(self, path: Path, resources: PDFResourceManager, laparams: LAParams) -> None:
        super().__init__(resources, laparams=laparams)
        self.path = path
        self.glyphs = 0

    def begin_page(self, page: PDFPage, ctm: Any) -> None:
        """Start a page, and its count of characters."""
        self.glyphs = 0
        super().begin_page(page, ctm)

    def render_char(self, *args: Any, **kwargs: Any) -> float:
        """Lay out one character, unless the page has drawn too many."""
        self.glyphs += 1
        if self.glyphs > MAX_PAGE_GLYPHS:
            raise IngestError(
                f"{self.path}: page {self.pageno} draws over {MAX_PAGE_GLYPHS:,} characters; "
                "the PDF looks malformed or hostile"
            )
        advance: float = super().render_char(*args, **kwargs)
        return advance

    def paint_path(self, *args: Any, **kwargs: Any) -> None:
        """Drop a path: lines and shapes are no text."""

    def render_image(self, *args: Any, **kwargs: Any) -> None:
        """Drop an image: it holds no text layer."""


def pdf_metadata(document: PDFDocument) -> Metadata:
    """Title and author from the document information dictionary. Its CreationDate says when the file was
    made, not when the text was published, so it does not date the source (a dated source needs its
    date in brief.toml)."""
    info: dict[str, Any] = {}
    for entry in document.info:
        info.update(entry)
    title = _info_text(info.get("Title"))
    return Metadata(
        title="" if _JUNK_TITLE.fullmatch(title) else title,
        author=_info_text(info.get("Author")) or None,
        date=None,
    )


def pdf_date(value: str) -> str | None:
    """``D:20221112093000Z`` -> ``2022-11-12``; None when it is not a PDF date."""
    match = _PDF_DATE.match(value.strip())
    if not match:
        return None
    year, month, day = int(match.group(1)), int(match.group(2) or 1), int(match.group(3) or 1)
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _info_text(value: Any) -> str:
    value = resolve1(value)
    if isinstance(value, bytes):
        value = decode_text(value)
    return " ".join(value.split()).strip("\x00") if isinstance(value, str) else ""


def _corrupt(path: Path, exc: Exception) -> IngestError:
    return IngestError(f"{path}: not a readable PDF ({type(exc).__name__}); re-export or re-save it")
