"""The tagging canvas saves and restores the graphics state as ReportLab's canvas does."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

from reportlab.lib.colors import Color
from reportlab.pdfgen.canvas import Canvas

from briefgen.writers.pdf.tagging import Tagger, TaggingCanvas


def _states(canvas: Canvas) -> list[dict[str, Any]]:
    """The canvas's state after each step of nested saves, changes and restores."""
    seen = []

    def state() -> dict[str, Any]:
        return {name: getattr(canvas, name) for name in Canvas.STATE_ATTRIBUTES if name != "_extgstate"}

    canvas.setFont("Helvetica", 11)
    for depth in range(3):
        canvas.saveState()
        canvas.translate(10 * depth, 5)
        canvas.setFont("Times-Roman", 8 + depth)
        canvas.setFillColor(Color(0.1 * depth, 0.2, 0.3))
        canvas.setFillAlpha(0.5)
        canvas.setLineWidth(depth + 0.5)
        seen.append(state())
    for _ in range(3):
        canvas.restoreState()
        seen.append({**state(), "alpha": canvas._extgstate.getValue("ca")})
    return seen


def test_saved_states_are_restored_as_reportlab_restores_them() -> None:
    tagger = Tagger("t", "en", dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
    ours = TaggingCanvas(io.BytesIO(), tagger=tagger, invariant=1)
    theirs = Canvas(io.BytesIO(), invariant=1)
    assert _states(ours) == _states(theirs)
    assert ours._code == theirs._code
    assert ours.state_stack == theirs.state_stack == []
