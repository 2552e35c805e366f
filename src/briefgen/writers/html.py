"""HTML writer: one self-contained page (inline CSS from the format's style) from the document tree."""

from __future__ import annotations

import re
from html import escape

from ..document import (
    Aside,
    Block,
    BlockQuote,
    Em,
    FigureBlock,
    Heading,
    Inline,
    Link,
    ListBlock,
    Para,
    Rule,
    Span,
    Strong,
    Sup,
    Table,
    Text,
    WithSidebar,
)
from ..style import Style
from .base import RenderJob
from .html_style import stylesheet

_HEADING_TAG = re.compile(r"<(/?)(aside)(?=[\s>])|<h([1-6])(?=[\s>])")


def write_html(job: RenderJob) -> bytes:
    """The brief as a standalone HTML5 page."""
    doc = job.document
    brief = job.brief
    header = "".join(_block(p, job.style) for p in doc.header)
    footer = "".join(_block(p, job.style) for p in doc.footer)
    body = _heading_order("\n".join(_block(b, job.style) for b in doc.body))
    keywords = ", ".join(t.title for t in brief.themes)
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(brief.title)}</title>
<meta name="author" content="{escape(brief.author or 'briefgen')}">
<meta name="description" content="{escape(brief.subtitle)}">
<meta name="keywords" content="{escape(keywords)}">
<meta name="generator" content="briefgen">
<style>
{stylesheet(job.style)}
</style>
</head>
<body>
<div class="page">
<header class="running">{header}</header>
<main>
{body}
</main>
<footer class="running">{footer}</footer>
</div>
</body>
</html>
"""
    return page.encode("utf-8")


def _heading_order(html: str) -> str:
    """Give a heading more than one level below the one before it the level it means, as
    ``aria-level``: screen readers list headings as an outline, where a skipped level reads as a
    missing section. The tag, and so the format's look, stays. Headings inside an ``aside`` (the
    key-figure sidebar, placed before the text it floats beside) do not move the main outline."""
    last = 0
    asides = 0

    def renumber(match: re.Match[str]) -> str:
        nonlocal last, asides
        if match.group(2) is not None:  # an aside opens or closes
            asides += -1 if match.group(1) else 1
            return match.group(0)
        tag = int(match.group(3))
        level = min(tag, last + 1)
        if not asides:
            last = level
        return match.group(0) if level == tag else f'<h{tag} aria-level="{level}"'

    return _HEADING_TAG.sub(renumber, html)


def _attrs(classes: tuple[str, ...], node_id: str = "") -> str:
    out = ""
    if node_id:
        out += f' id="{escape(node_id)}"'
    if classes:
        out += f' class="{escape(" ".join(classes))}"'
    return out


def _inlines(nodes: tuple[Inline, ...]) -> str:
    return "".join(_inline(n) for n in nodes)


def _inline(node: Inline) -> str:
    if isinstance(node, Text):
        return escape(node.text, quote=False)
    inner = _inlines(node.children)
    if isinstance(node, Strong):
        return f"<strong{_attrs(node.classes)}>{inner}</strong>"
    if isinstance(node, Em):
        return f"<em{_attrs(node.classes)}>{inner}</em>"
    if isinstance(node, Sup):
        return f"<sup{_attrs(node.classes)}>{inner}</sup>"
    if isinstance(node, Span):
        return f"<span{_attrs(node.classes)}>{inner}</span>"
    if isinstance(node, Link):
        title = f' title="{escape(node.title)}"' if node.title else ""
        key = f' data-cite="{escape(node.cite_key)}"' if node.cite_key else ""
        return f'<a href="{escape(node.href)}"{title}{key}{_attrs(node.classes)}>{inner}</a>'
    raise TypeError(f"unknown inline node {type(node).__name__}")


def _block(node: Block, style: Style) -> str:
    if isinstance(node, Heading):
        return f"<h{node.level}{_attrs(node.classes, node.id)}>{_inlines(node.children)}</h{node.level}>"
    if isinstance(node, Para):
        return f"<p{_attrs(node.classes, node.id)}>{_inlines(node.children)}</p>"
    if isinstance(node, ListBlock):
        tag = "ol" if node.ordered else "ul"
        items = "".join(
            f"<li{_attrs(i.classes, i.id)}>{_inlines(i.children)}{''.join(_block(b, style) for b in i.blocks)}</li>"
            for i in node.items
        )
        return f"<{tag}{_attrs(node.classes)}>{items}</{tag}>"
    if isinstance(node, BlockQuote):
        return f"<blockquote{_attrs(node.classes)}>{''.join(_block(b, style) for b in node.children)}</blockquote>"
    if isinstance(node, Aside):
        return f"<aside{_attrs(node.classes)}>{''.join(_block(b, style) for b in node.children)}</aside>"
    if isinstance(node, WithSidebar):
        return _block(node.sidebar, style) + "".join(_block(b, style) for b in node.main)
    if isinstance(node, Table):
        rows = []
        for row in node.rows:
            cells = "".join(
                f"<{tag}{_attrs(c.classes)}>{_inlines(c.children)}</{tag}>"
                for c in row.cells
                for tag in ("th" if c.header else "td",)
            )
            rows.append(f"<tr>{cells}</tr>")
        return f"<table{_attrs(node.classes)}>{''.join(rows)}</table>"
    if isinstance(node, FigureBlock):
        return _figure(node, style)
    if isinstance(node, Rule):
        return f"<hr{_attrs(node.classes)}>"
    raise TypeError(f"unknown block node {type(node).__name__}")


def _figure(node: FigureBlock, style: Style) -> str:
    """A chart as inline SVG (plus its data as a table, hidden beside the SVG), or the figure's blocks."""
    caption = f"<figcaption>{escape(node.caption)}</figcaption>" if node.caption else ""
    if not node.bars:
        return f"<figure{_attrs(node.classes)}>{caption}{''.join(_block(b, style) for b in node.children)}</figure>"
    from .chart_image import chart_svg, text_width_pt  # imported here: PIL and reportlab only for a chart

    svg = chart_svg(node.bars, node.caption, text_width_pt(style), style)
    top = max(abs(b.value) for b in node.bars) or 1.0
    rows = "".join(
        f'<tr><td>{escape(b.label)}</td><td><span class="bar" style="width:{abs(b.value) / top * 8:.2f}em"></span> '
        f"{escape(b.display)}</td></tr>"
        for b in node.bars
    )
    # The table carries the data where SVG is stripped (the download site's sanitiser); CSS hides it beside the SVG.
    data = f'<table class="compact chart-data">{rows}</table>'
    return f"<figure{_attrs(node.classes)}>{caption}{svg}{data}</figure>"
