"""The Word writer: a document tree as a styled, reproducible .docx (python-docx)."""

from __future__ import annotations

from .writer import write_docx

__all__ = ["write_docx"]
