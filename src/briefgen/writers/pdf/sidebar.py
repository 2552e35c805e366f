"""Lay a shaded sidebar box beside the main blocks, the overflow continuing full width below it."""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Spacer
from reportlab.platypus import Table as RLTable

from .scratch import scratch_canvas
from .styles import Styles

#: A block crossing the sidebar's bottom edge stays whole beside it when it overshoots by at most
#: this share of the sidebar's height; otherwise it is split there.
OVERSHOOT = 0.35
GAP = 14.0
PAD = 8.0


def _height(flowable: Flowable, width: float, canvas: Canvas) -> float:
    """Height of a flowable at ``width``, spacing included."""
    _, height = flowable.wrapOn(canvas, width, 1e6)
    return float(height + flowable.getSpaceBefore() + flowable.getSpaceAfter())


@dataclass(slots=True)
class Column:
    """The blocks placed beside the box so far, and their total height."""

    blocks: list[Flowable] = field(default_factory=list)
    """Flowables in the column, in order."""
    heights: list[float] = field(default_factory=list)
    """Height of each, spacing included."""

    @property
    def used(self) -> float:
        """Height filled so far."""
        return sum(self.heights)


def fill_beside(column: Column, flow: list[Flowable], width: float, height: float) -> list[Flowable]:
    """Move blocks of ``flow`` into ``column`` until it is ``height`` tall; returns what is left.

    A block crossing the bottom edge by more than ``OVERSHOOT`` is split there when it can be.
    """
    canvas = scratch_canvas()
    rest = list(flow)
    while rest and column.used < height:
        block = rest.pop(0)
        block_h = _height(block, width, canvas)
        if column.used + block_h <= height * (1 + OVERSHOOT):
            column.blocks.append(block)
            column.heights.append(block_h)
            continue
        room = height - column.used
        parts = block.splitOn(canvas, width, room) if room > 0 else []
        if len(parts) >= 2:
            column.blocks.append(parts[0])
            column.heights.append(room)
            rest[:0] = parts[1:]
        else:
            rest.insert(0, block)
        break
    # A heading must not end the column while its content flows below the box.
    while column.blocks and getattr(column.blocks[-1], "keepWithNext", False):
        column.heights.pop()
        rest.insert(0, column.blocks.pop())
    return rest


def beside(main: list[Flowable], box: list[Flowable], widths: tuple[float, float], styles: Styles) -> RLTable:
    """A two-cell row: ``main`` on the left, ``box`` shaded on the right (it splits across pages)."""
    pal = styles.palette
    commands: list[tuple[object, ...]] = [
        styles.table_font(),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (0, 0), 0),
        ("RIGHTPADDING", (0, 0), (0, 0), GAP),
        ("TOPPADDING", (0, 0), (0, 0), 0),
        ("BOTTOMPADDING", (0, 0), (0, 0), 0),
        ("LEFTPADDING", (1, 0), (1, 0), PAD),
        ("RIGHTPADDING", (1, 0), (1, 0), PAD),
        ("TOPPADDING", (1, 0), (1, 0), PAD),
        ("BOTTOMPADDING", (1, 0), (1, 0), PAD),
        ("BACKGROUND", (1, 0), (1, 0), pal.shade),
        ("LINEABOVE", (1, 0), (1, 0), 2.0, pal.accent),
    ]
    table = RLTable([[main or [Spacer(1, 1)], box]], colWidths=list(widths), style=commands, splitInRow=1)
    table.spaceAfter = styles.body_size * 0.4
    return table


def box_height(box: list[Flowable], width: float) -> float:
    """Height of the sidebar box's content laid out at ``width`` (the box's inner width), padding included."""
    canvas = scratch_canvas()
    return sum(_height(f, width, canvas) for f in box) + 2 * PAD
