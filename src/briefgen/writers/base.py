"""What every writer receives: the brief, its parsed document tree, the style and the format folder."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..document import Document
from ..model import Brief
from ..style import Style


@dataclass(frozen=True, slots=True)
class RenderJob:
    """The inputs of a writer."""

    brief: Brief
    """The content model (metadata, citations)."""
    document: Document
    """The document tree the template produced."""
    style: Style
    """The format's style settings."""
    template_dir: Path
    """The format's folder (for reference.docx and assets)."""


#: A writer turns a render job into the bytes of one output file.
WriterFn = Callable[[RenderJob], bytes]
