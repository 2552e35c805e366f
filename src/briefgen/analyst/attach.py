"""Add the analyst's sections and their checked claims to a brief whose folder has ``analysis.md``."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from ..model import Analysis, Brief
from ..spec import ANALYST_FILE


def analyst_path(root: Path) -> Path:
    """Where a brief folder's analyst file is."""
    return root / ANALYST_FILE


def attach_analyst(brief: Brief, analysis: Analysis, root: Path) -> Brief:
    """The brief with ``analyst`` sections and ``claims`` from ``root/analysis.md``; unchanged without one.

    The file is only read, never written: regenerating a brief keeps the desk's edits.
    """
    path = analyst_path(root)
    if not path.is_file():
        return brief
    # Imported here: a brief without analysis.md (most) does not load the checker (~10 ms of a build's start-up).
    from .check import check_claims
    from .language import check_language
    from .parse import read_analysis
    from .weave import weave

    sections = read_analysis(path)
    placed = check_claims(sections, str(path), analysis, brief.figures, brief.date)
    return replace(
        brief,
        analyst=weave(sections, placed),
        claims=tuple(p.claim for p in placed),
        language=check_language(sections),
    )
