"""Writer registry: output formats by name, each a function from a RenderJob to bytes."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..errors import BriefgenError

if TYPE_CHECKING:  # the job types load the document model; the CLI's start-up needs only the names below
    from .base import RenderJob, WriterFn


@dataclass(frozen=True, slots=True)
class WriterSpec:
    """An output format: its file suffix and where its writer lives (imported on first use)."""

    name: str
    """Format name as given to --format."""
    suffix: str
    """File suffix, with the dot."""
    module: str
    """Module holding the writer, relative to this package."""
    function: str
    """Writer function name."""
    binary: bool
    """True for byte formats (PDF, DOCX), False for text formats."""

    def load(self) -> WriterFn:
        """Import and return the writer function."""
        module = importlib.import_module(self.module, __name__)
        writer: WriterFn = getattr(module, self.function)
        return writer


WRITERS: dict[str, WriterSpec] = {
    spec.name: spec
    for spec in (
        WriterSpec("pdf", ".pdf", ".pdf", "write_pdf", True),
        WriterSpec("docx", ".docx", ".docx", "write_docx", True),
        WriterSpec("html", ".html", ".html", "write_html", False),
        WriterSpec("json", ".json", ".json", "write_json", False),
    )
}
ALL_FORMATS = tuple(WRITERS)


def parse_formats(text: str) -> tuple[str, ...]:
    """``"pdf,docx"`` -> ``("pdf", "docx")``, refusing unknown names."""
    names = tuple(dict.fromkeys(n.strip().lower() for n in text.split(",") if n.strip()))
    unknown = [n for n in names if n not in WRITERS]
    if unknown or not names:
        raise BriefgenError(
            f"unknown output format '{unknown[0] if unknown else text}'; choose from {', '.join(ALL_FORMATS)}"
        )
    return names


def render(job: RenderJob, name: str) -> bytes:
    """Run the writer of one format."""
    return WRITERS[name].load()(job)
