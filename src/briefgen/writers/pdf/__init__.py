"""PDF writer (reportlab): ``write_pdf(job) -> bytes``, plus the glyph-coverage check it reports with."""

from __future__ import annotations

from .coverage import MissingGlyphWarning, check_coverage
from .render import write_pdf

__all__ = ["MissingGlyphWarning", "check_coverage", "write_pdf"]
