"""PDF writer (reportlab): ``write_pdf(job) -> bytes``, plus the glyph-coverage check it reports with."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .coverage import MissingGlyphWarning, check_coverage
    from .render import write_pdf

__all__ = ["MissingGlyphWarning", "check_coverage", "write_pdf"]

_LAZY = {"MissingGlyphWarning": ".coverage", "check_coverage": ".coverage", "write_pdf": ".render"}
"""Where each name above lives, imported on first use: the DOCX and HTML writers use this package's fonts,
tables and charts, and importing them must not load the PDF layout (platypus documents, tagging)."""


def __getattr__(name: str) -> Any:
    """The names of ``__all__``, from their modules on first use."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(module, __name__), name)
