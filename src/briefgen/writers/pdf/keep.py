"""Keep headings with the start of what follows them, where reportlab's ``keepWithNext`` falls short.

reportlab's ``keepWithNext`` glues a heading to the *entire* next flowable, so a heading over a
long table moves both to a new page and leaves the rest of the page empty; and it ignores
containers altogether (lists, boxes kept whole), so a heading over a list can end a page alone.
Here such a heading (with any headings just before it) instead asks for room for itself and the
start of what follows — a table's first rows, a list's first items, a box whole — through a
conditional page break, and the content splits as usual.
"""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, Flowable, ListFlowable
from reportlab.platypus import Table as RLTable

from .scratch import scratch_canvas
from .tagging import unwrapped

#: Body rows (besides a repeated header row) that must fit under a heading on its page.
MIN_ROWS = 3
#: List items that must fit under a heading on its page.
MIN_ITEMS = 2


def _height(flowable: Flowable, width: float, canvas: Canvas) -> float:
    """Height of a flowable at ``width``, space before included."""
    _, height = flowable.wrapOn(canvas, width, 1e6)
    return float(height + flowable.getSpaceBefore())


def _start_height(flowable: Flowable, width: float, canvas: Canvas, page: float) -> float | None:
    """Room the start of ``flowable`` needs under a heading; None when reportlab's own keeping works."""
    flowable = unwrapped(flowable)
    if isinstance(flowable, RLTable):
        if getattr(flowable, "keep_whole", False):
            return min(_height(flowable, width, canvas), page / 2)
        flowable.wrapOn(canvas, width, 1e6)
        rows = list(getattr(flowable, "_rowHeights", []) or [])
        repeat = int(getattr(flowable, "repeatRows", 0) or 0)
        return float(sum(rows[: repeat + MIN_ROWS]) + flowable.getSpaceBefore())
    if isinstance(flowable, ListFlowable):
        items = list(getattr(flowable, "_content", []))[:MIN_ITEMS]
        return sum(_height(item, width, canvas) for item in items) + float(flowable.getSpaceBefore())
    return None


def _keeps(flowable: Flowable) -> bool:
    """True for a flowable (a heading) that asks to stay with the next one."""
    return bool(flowable.getKeepWithNext()) and not isinstance(unwrapped(flowable), (RLTable, ListFlowable))


def keep_headings_with_starts(flow: list[Flowable], width: float, page: float) -> list[Flowable]:
    """``flow`` with each run of headings before a table, list or box preceded by a conditional page break.

    ``page`` is the frame height, points: a box taller than half a page is not kept whole with its heading.
    """
    canvas = scratch_canvas()
    out: list[Flowable] = []
    index = 0
    while index < len(flow):
        end = index
        while end < len(flow) and _keeps(flow[end]):
            end += 1
        if end == index:
            out.append(flow[index])
            index += 1
            continue
        run = flow[index:end]
        start = _start_height(flow[end], width, canvas, page) if end < len(flow) else None
        if start is not None:
            out.append(CondPageBreak(sum(_height(f, width, canvas) for f in run) + start))
            for heading in run:
                heading.keepWithNext = 0
        out.extend(run)
        index = end
    return out
