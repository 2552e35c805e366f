"""A table laid out again at the same width with room for all its rows keeps its rows; otherwise it measures again."""

from __future__ import annotations

from typing import Any

import pytest
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph
from reportlab.platypus import Table as RLTable

from briefgen.writers.pdf.tables import MeasuredTable

WIDTH = 300.0


def _rows(count: int) -> list[list[Paragraph]]:
    style = getSampleStyleSheet()["BodyText"]
    words = ["a", "row", "of", "words", "that", "wraps", "onto", "several", "lines", "at", "a", "narrow", "width"]
    return [
        [Paragraph(" ".join(words[: 3 + (row * 5) % len(words)]), style), Paragraph(f"cell {row}", style)]
        for row in range(count)
    ]


def _layout(table: Any) -> tuple[Any, ...]:
    return table._width, table._height, list(table._rowHeights), list(table._rowpositions), table._hmax


def _calls(table: MeasuredTable, monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The heights ReportLab's ``Table._calc`` measures ``table`` at from now on."""
    seen: list[float] = []
    measure = RLTable._calc

    def counted(self: Any, width: float, height: float) -> None:
        if self is table:
            seen.append(height)
        measure(self, width, height)

    monkeypatch.setattr(RLTable, "_calc", counted)
    return seen


def test_a_second_layout_with_room_keeps_the_rows(monkeypatch: pytest.MonkeyPatch) -> None:
    ours = MeasuredTable(_rows(12), colWidths=[200, 100])
    ours.wrap(WIDTH, 1e6)
    full = _layout(ours)
    seen = _calls(ours, monkeypatch)
    size = ours.wrap(WIDTH, ours._height + 1)  # room for every row: the same layout, not measured again
    assert seen == []
    fresh = RLTable(_rows(12), colWidths=[200, 100])
    assert fresh.wrap(WIDTH, ours._height + 1) == size
    assert _layout(ours) == full == _layout(fresh)


def test_too_little_room_or_another_width_measures_again(monkeypatch: pytest.MonkeyPatch) -> None:
    ours = MeasuredTable(_rows(12), colWidths=[200, 100])
    ours.wrap(WIDTH, 1e6)
    height = ours._height
    short = RLTable(_rows(12), colWidths=[200, 100])
    short.wrap(WIDTH, height / 3)
    seen = _calls(ours, monkeypatch)
    ours.wrap(WIDTH, height / 3)  # less room than its height: measured again, as ReportLab measures it
    assert _layout(ours) == _layout(short)
    ours.wrap(WIDTH, height + 1)
    assert _layout(ours)[:2] == (300, height)
    other = RLTable(_rows(12), colWidths=[200, 100])
    ours.wrap(WIDTH + 50, height + 1)
    other.wrap(WIDTH + 50, height + 1)
    assert _layout(ours) == _layout(other)
    assert seen == [height / 3, height + 1]  # not the layout with room at the width just laid out


def test_splitting_after_a_full_layout_splits_as_reportlab() -> None:
    ours = MeasuredTable(_rows(12), colWidths=[200, 100], splitInRow=1)
    theirs = RLTable(_rows(12), colWidths=[200, 100], splitInRow=1)
    ours.wrap(WIDTH, 1e6)
    theirs.wrap(WIDTH, 1e6)
    half = ours._height / 2
    assert [_layout(p) for p in ours.split(WIDTH, half) if p.wrap(WIDTH, 1e6)] == [
        _layout(p) for p in theirs.split(WIDTH, half) if p.wrap(WIDTH, 1e6)
    ]
