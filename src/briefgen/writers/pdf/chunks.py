"""Very long paragraphs and tables cut into consecutive pieces, so laying them out stays linear.

reportlab lays out the rest of a paragraph or table again on every page it spills onto, so one
block of n lines spread over p pages costs n × p: a 5 MB word or a 16,000-row table never
finishes. Cut into pieces of a bounded size, the same content costs about n × (piece size). The
pieces follow each other with no space between, so only blocks far past any real brief's size
(``PARA_CHARS``, ``TABLE_ROWS``) are cut, and they look nearly the same.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

from ...document import Em, Inline, Link, Para, Row, Span, Strong, Sup, Table, Text

PARA_CHARS = 20_000
"""Paragraphs longer than this (in characters of text) are cut into pieces about this long."""
TABLE_ROWS = 100
"""Tables with more body rows than this are cut into tables of this many rows."""

_Container = Strong | Em | Sup | Link | Span


def _length(node: Inline) -> int:
    """Characters of text in an inline node."""
    if isinstance(node, Text):
        return len(node.text)
    return sum(_length(child) for child in node.children)


def _pieces(node: Inline, limit: int) -> Iterator[Inline]:
    """``node`` cut into consecutive nodes of at most ``limit`` characters (containers keep their kind)."""
    if isinstance(node, Text):
        for start in range(0, len(node.text), limit):
            yield Text(node.text[start : start + limit])
        return
    container: _Container = node
    for group in _groups(container.children, limit):
        yield dataclasses.replace(container, children=group)


def _groups(nodes: tuple[Inline, ...], limit: int) -> Iterator[tuple[Inline, ...]]:
    """``nodes`` grouped into runs of at most about ``limit`` characters, long nodes cut."""
    group: list[Inline] = []
    size = 0
    for node in nodes:
        parts = _pieces(node, limit) if _length(node) > limit else iter((node,))
        for part in parts:
            length = _length(part)
            if group and size + length > limit:
                yield tuple(group)
                group, size = [], 0
            group.append(part)
            size += length
    if group:
        yield tuple(group)


def para_pieces(para: Para) -> list[Para]:
    """The paragraph, or consecutive paragraphs of at most about ``PARA_CHARS`` characters when longer.

    Only the first piece keeps the paragraph's id (a link target)."""
    if sum(_length(node) for node in para.children) <= PARA_CHARS:
        return [para]
    groups = list(_groups(para.children, PARA_CHARS))
    return [dataclasses.replace(para, children=g, id=para.id if i == 0 else "") for i, g in enumerate(groups)]


def table_pieces(table: Table, header: bool) -> list[Table]:
    """The table, or consecutive tables of ``TABLE_ROWS`` body rows (each under the header row, if any)."""
    head: tuple[Row, ...] = table.rows[:1] if header else ()
    body = table.rows[len(head) :]
    if len(body) <= TABLE_ROWS:
        return [table]
    return [
        dataclasses.replace(table, rows=head + body[start : start + TABLE_ROWS])
        for start in range(0, len(body), TABLE_ROWS)
    ]
