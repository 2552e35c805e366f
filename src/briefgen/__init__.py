"""briefgen: turn source documents into cited policy briefs (PDF, DOCX, HTML, JSON)."""

from __future__ import annotations

__version__ = "0.1.0"
