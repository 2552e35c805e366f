"""HTML writer: one self-contained page (inline CSS from the format's style) from the document tree."""

from __future__ import annotations

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


def write_html(job: RenderJob) -> bytes:
    """The brief as a standalone HTML5 page."""
    doc = job.document
    brief = job.brief
    header = "".join(_block(p) for p in doc.header)
    footer = "".join(_block(p) for p in doc.footer)
    body = "\n".join(_block(b) for b in doc.body)
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


def stylesheet(style: Style) -> str:
    """CSS for a format's style settings."""
    width = style.page_mm[0]
    return f"""
:root {{ --accent: {style.accent_colour}; --muted: {style.muted_colour}; --shade: {style.sidebar_shade}; }}
body {{ margin: 0; background: #f3f3f1; color: {style.text_colour};
  font: {style.body_size}pt/{style.line_spacing} "{style.body_font}", "DejaVu Sans", Arial, sans-serif; }}
.page {{ max-width: {width}mm; margin: 1.5rem auto; background: #fff; box-sizing: border-box;
  padding: {style.margin_top}mm {style.margin_right}mm {style.margin_bottom}mm {style.margin_left}mm;
  box-shadow: 0 1px 4px rgba(0,0,0,.15); }}
h1, h2, h3 {{ font-family: "{style.heading_font}", "DejaVu Sans", Arial, sans-serif; color: var(--accent); }}
h1 {{ font-size: {style.title_size}pt; margin: .2em 0; }}
h2 {{ font-size: {style.h2_size}pt; border-bottom: 1.5px solid var(--accent); padding-bottom: 2px;
  margin: 1.2em 0 .5em; clear: both; }}
h3 {{ font-size: {style.h3_size}pt; margin: .8em 0 .3em; }}
.banner {{ text-align: center; font-weight: bold; color: {style.banner_colour};
  font-size: {style.small_size}pt; letter-spacing: .08em; margin: 0 0 1em; }}
footer.running .banner {{ margin: 2em 0 0; }}
.subtitle {{ font-size: {style.h3_size}pt; color: var(--muted); margin: 0 0 .4em; }}
.meta, .note, .attribution, .figure-label {{ color: var(--muted); font-size: {style.small_size}pt; }}
.meta {{ margin: .1em 0; }}
aside {{ background: var(--shade); padding: .6em .9em; border-radius: 2px; }}
aside.sidebar {{ float: right; width: {style.sidebar_width}mm; margin: 0 0 1em 1.2em; box-sizing: border-box; }}
aside.callout {{ margin: .8em 0; }}
aside h3 {{ margin-top: .2em; }}
.figure-value {{ font-size: {style.figure_size}pt; font-weight: bold; color: var(--accent); margin: .4em 0 0;
  line-height: 1.1; }}
.figure-label {{ margin: .1em 0 .5em; }}
sup.cite {{ font-size: 70%; }}
sup.cite a {{ color: var(--accent); text-decoration: none; }}
blockquote.pull {{ border-left: 3px solid var(--accent); margin: 1em 0; padding: .2em 1em;
  font-style: italic; font-size: {style.h3_size}pt; }}
table {{ border-collapse: collapse; width: 100%; margin: .5em 0; }}
th, td {{ border: 1px solid #cfd6de; padding: .25em .5em; text-align: left; vertical-align: top; }}
th {{ background: var(--shade); }}
table.compact td, table.memo-block td {{ border: none; padding: .15em .4em; }}
ol.sources {{ font-size: {style.small_size}pt; }}
ol.sources a {{ word-break: break-all; }}
.bar {{ display: inline-block; height: .8em; background: var(--accent); vertical-align: middle; }}
@media (max-width: 640px) {{
  .page {{ margin: 0; padding: 1rem; box-shadow: none; }}
  aside.sidebar {{ float: none; width: auto; margin: 0 0 1em; }}
}}
@media print {{ body {{ background: #fff; }} .page {{ box-shadow: none; margin: 0; }} }}
"""


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


def _block(node: Block) -> str:
    if isinstance(node, Heading):
        return f"<h{node.level}{_attrs(node.classes, node.id)}>{_inlines(node.children)}</h{node.level}>"
    if isinstance(node, Para):
        return f"<p{_attrs(node.classes, node.id)}>{_inlines(node.children)}</p>"
    if isinstance(node, ListBlock):
        tag = "ol" if node.ordered else "ul"
        items = "".join(
            f"<li{_attrs(i.classes, i.id)}>{_inlines(i.children)}{''.join(_block(b) for b in i.blocks)}</li>"
            for i in node.items
        )
        return f"<{tag}{_attrs(node.classes)}>{items}</{tag}>"
    if isinstance(node, BlockQuote):
        return f"<blockquote{_attrs(node.classes)}>{''.join(_block(b) for b in node.children)}</blockquote>"
    if isinstance(node, Aside):
        return f"<aside{_attrs(node.classes)}>{''.join(_block(b) for b in node.children)}</aside>"
    if isinstance(node, WithSidebar):
        return _block(node.sidebar) + "".join(_block(b) for b in node.main)
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
        return _figure(node)
    if isinstance(node, Rule):
        return f"<hr{_attrs(node.classes)}>"
    raise TypeError(f"unknown block node {type(node).__name__}")


def _figure(node: FigureBlock) -> str:
    caption = f"<figcaption>{escape(node.caption)}</figcaption>" if node.caption else ""
    if not node.bars:
        return f"<figure{_attrs(node.classes)}>{caption}{''.join(_block(b) for b in node.children)}</figure>"
    top = max(abs(b.value) for b in node.bars) or 1.0
    rows = "".join(
        f'<tr><td>{escape(b.label)}</td><td><span class="bar" style="width:{abs(b.value) / top * 8:.2f}em"></span> '
        f"{escape(b.display)}</td></tr>"
        for b in node.bars
    )
    return f"<figure{_attrs(node.classes)}>{caption}<table class=\"compact\">{rows}</table></figure>"
