"""The source limit on extracted text: a reader counts the text it produces and stops once it passes.

``--max-source-mb`` limits a source's file and, whatever the container (DOCX, HTML, PDF, text), the
text read from it, counted in characters (for ASCII text, the same as bytes): a 3 MB DOCX that
expands to 190 MB of text is refused as soon as its text passes the limit, before analysis.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import IngestError

MB = 1024 * 1024
"""One megabyte as ``--max-source-mb`` counts it."""


def megabytes(size: int) -> str:
    """A byte count in MB for messages, as ``--max-source-mb`` takes it: ``50``, ``2.5``, ``0.01``."""
    value = size / MB
    return f"{value:.0f}" if value >= 10 else f"{value:.3g}"


def text_too_large(path: Path, max_bytes: int) -> IngestError:
    """The one-line error for a source whose extracted text is over the limit."""
    return IngestError(
        f"{path}: extracted text exceeds the {megabytes(max_bytes)} MB source limit; "
        "split the document or raise --max-source-mb"
    )


class TextBudget:
    """The characters a reader has extracted from one file, refused with ``IngestError`` past the limit."""

    def __init__(self, path: Path, max_bytes: int) -> None:
        self.path = path
        self.max_bytes = max_bytes
        self.used = 0

    def spend(self, size: int) -> None:
        """Count ``size`` more characters; raise when the total is over the limit."""
        self.used += size
        if self.used > self.max_bytes:
            raise text_too_large(self.path, self.max_bytes)
