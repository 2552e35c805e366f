"""Inline nodes to reportlab paragraph markup: every text run escaped, uncovered glyphs re-fonted."""

from __future__ import annotations

import re
from html import escape as html_escape

from reportlab.lib.colors import Color
from reportlab.lib.fonts import ps2tt, tt2ps
from reportlab.lib.styles import ParagraphStyle

from ...document import Em, Inline, Link, Span, Strong, Sup, Text
from .coverage import font_runs

_SUP_SIZE = 0.62
_SUP_MAX = 8.0
_SUP_RISE = 0.4
_URL_SCHEME = re.compile(r"^(https?|mailto|ftp|file):", re.IGNORECASE)


def escape(text: str) -> str:
    """``&``, ``<`` and ``>`` as entities, as ``xml.sax.saxutils.escape`` (which imports urllib and ssl) does."""
    return html_escape(text, quote=False)


def attr(value: str) -> str:
    """A value escaped for a double-quoted markup attribute."""
    return escape(value).replace('"', "&quot;")


def hex_colour(colour: Color) -> str:
    """``#rrggbb`` of a reportlab colour, for ``<font color=…>``."""
    return "#" + str(colour.hexval())[2:]


class InlineMarkup:
    """Writes the markup of inline nodes and records characters no font can draw."""

    def __init__(self, anchors: frozenset[str], link_colour: Color, missing: dict[str, None]) -> None:
        """``anchors``: ids that internal links may target; ``missing`` collects undrawable characters."""
        self.anchors = anchors
        self.link_colour = hex_colour(link_colour)
        self.missing = missing
        self._sup = ""

    def markup(self, nodes: tuple[Inline, ...], style: ParagraphStyle, anchor: str = "") -> str:
        """Paragraph markup for ``nodes`` set in ``style``, opening with anchor ``anchor`` if given."""
        _, bold, italic = ps2tt(style.fontName)
        head = f'<a name="{attr(anchor)}"/>' if anchor else ""
        # reportlab's default superscript is nearly full size; cites in key figures need it small.
        size = min(style.fontSize * _SUP_SIZE, _SUP_MAX)
        self._sup = f'<super size="{size:.1f}" rise="{style.fontSize * _SUP_RISE:.1f}">'
        return head + self._nodes(nodes, style.fontName, bool(bold), bool(italic))

    def _nodes(self, nodes: tuple[Inline, ...], font: str, bold: bool, italic: bool) -> str:
        """Markup of a sequence of nodes in the given face state."""
        return "".join([self._node(node, font, bold, italic) for node in nodes])  # a list: faster than a generator

    def _node(self, node: Inline, font: str, bold: bool, italic: bool) -> str:
        """Markup of one node."""
        if isinstance(node, Text):
            return self.text(node.text, tt2ps(font, int(bold), int(italic)))
        if isinstance(node, Strong):
            return "<b>" + self._nodes(node.children, font, True, italic) + "</b>"
        if isinstance(node, Em):
            return "<i>" + self._nodes(node.children, font, bold, True) + "</i>"
        if isinstance(node, Sup):
            return self._sup + self._nodes(node.children, font, bold, italic) + "</super>"
        if isinstance(node, Link):
            return self._link(node, font, bold, italic)
        if isinstance(node, Span):
            return self._nodes(node.children, font, bold, italic)
        raise TypeError(f"not an inline node: {node!r}")  # pragma: no cover - closed union

    def _link(self, node: Link, font: str, bold: bool, italic: bool) -> str:
        """An internal or external link; a target that cannot resolve keeps only its text."""
        inner = self._nodes(node.children, font, bold, italic)
        href = node.href.strip()
        internal = href.startswith("#") and href[1:] in self.anchors
        if not internal and not _URL_SCHEME.match(href):
            return inner
        return f'<a href="{attr(href)}" color="{self.link_colour}">{inner}</a>'

    def text(self, text: str, face: str) -> str:
        """Escaped text in ``face``, with runs the face lacks switched to a fallback font."""
        runs = font_runs(text, face)
        if len(runs) == 1 and runs[0].font is None and not runs[0].missing:
            return escape(runs[0].text)  # the usual case: the face has every glyph
        out: list[str] = []
        for run in runs:
            chunk = escape(run.text)
            if run.missing:
                self.missing.update(dict.fromkeys(run.text))
            out.append(f'<font face="{run.font}">{chunk}</font>' if run.font else chunk)
        return "".join(out)
