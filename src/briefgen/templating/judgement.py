"""The ``judgement`` filter: an analyst section's paragraphs and list items as brief markup, in italics,
with the supported claims' citations; the desk's words stay typographically apart from source text."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup, escape

from ..model import AnalystSection, Brief, Cite, JudgementBlock, JudgementRun
from .filters import cite_filter


def judgement_filter(brief: Brief) -> Callable[..., Markup]:
    """The ``judgement`` filter for one brief: ``{{ section | judgement(pm) }}``."""
    cite = cite_filter(brief)

    def run_markup(run: JudgementRun) -> str:
        text = str(escape(" ".join(run.text.split("\n"))))
        if run.strong:
            text = f"<strong>{text}</strong>"
        if run.cites:
            text += _many(cite, run)
        return text

    def block_markup(block: JudgementBlock, mark: str) -> str:
        body = "".join(run_markup(r) for r in block.runs).strip()
        return f"{escape(mark)}<em>{body}</em>"

    def judgement(section: AnalystSection, mark: str = "") -> Markup:
        """The section's blocks: paragraphs as ``<p class="judgement">``, runs of list items as one ``<ul>``."""
        out: list[str] = []
        items: list[str] = []
        for block in section.blocks:
            if block.item:
                items.append(f"<li>{block_markup(block, mark)}</li>")
                continue
            if items:
                out.append('<ul class="judgement">' + "".join(items) + "</ul>")
                items = []
            out.append(f'<p class="judgement">{block_markup(block, mark)}</p>')
        if items:
            out.append('<ul class="judgement">' + "".join(items) + "</ul>")
        return Markup("\n".join(out))

    return judgement


@dataclass(frozen=True, slots=True)
class _Cited:
    """Cites in the shape the ``cite`` filter reads: the first, and the others as ``also``."""

    cite: Cite
    also: tuple[Cite, ...]


def _many(cite: Callable[[Any], Markup], run: JudgementRun) -> str:
    """One superscript for several cites, as the ``cite`` filter gives a figure with ``also``."""
    return str(cite(_Cited(run.cites[0], run.cites[1:])))
