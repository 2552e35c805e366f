"""The HTML writer's stylesheet, generated from a format's style settings (the same ones the PDF and DOCX use)."""

from __future__ import annotations

from ..style import Style

#: CSS page-size keywords of the style's page sizes.
_CSS_PAGE = {"A4": "A4", "Letter": "letter"}
_FALLBACK_FONTS = '"Liberation Sans", Arial, sans-serif'


def _font(name: str) -> str:
    """A CSS font-family list led by ``name``."""
    quoted = name.replace("\\", "").replace('"', "")
    return f'"{quoted}", {_FALLBACK_FONTS}'


def stylesheet(style: Style) -> str:
    """CSS for a format's style settings: page, fonts, sizes, colours, sidebar."""
    width = style.page_mm[0]
    margins = f"{style.margin_top}mm {style.margin_right}mm {style.margin_bottom}mm {style.margin_left}mm"
    return f"""
@page {{ size: {_CSS_PAGE[style.page_size]}; margin: {margins}; }}
:root {{ --text: {style.text_colour}; --accent: {style.accent_colour}; --muted: {style.muted_colour};
  --shade: {style.sidebar_shade}; --banner: {style.banner_colour}; }}
body {{ margin: 0; background: #f3f3f1; color: var(--text);
  font: {style.body_size}pt/{style.line_spacing} {_font(style.body_font)}; }}
.page {{ max-width: {width}mm; margin: 1.5rem auto; background: #fff; box-sizing: border-box;
  padding: {margins}; box-shadow: 0 1px 4px rgba(0,0,0,.15); }}
h1, h2, h3 {{ font-family: {_font(style.heading_font)}; color: var(--accent); line-height: 1.2; }}
h1 {{ font-size: {style.title_size}pt; margin: .2em 0; }}
h2 {{ font-size: {style.h2_size}pt; border-bottom: 1.5px solid var(--accent); padding-bottom: 2px;
  margin: 1.2em 0 .5em; }}
/* Text flows on beside the key-figure sidebar, as in the PDF; rules and boxes stop at its edge. */
h2, aside.callout, blockquote, figure, hr {{ display: flow-root; }}
h3 {{ font-size: {style.h3_size}pt; margin: .8em 0 .3em; }}
.banner {{ text-align: center; font-weight: bold; color: var(--banner); font-family: {_font(style.heading_font)};
  font-size: {style.small_size}pt; letter-spacing: .08em; margin: 0 0 1em; }}
footer.running .banner {{ margin: 2em 0 0; }}
.subtitle {{ font-size: {style.h3_size}pt; color: var(--accent); margin: 0 0 .4em; }}
.meta, .note, .attribution, .figure-label, figcaption {{ color: var(--muted); font-size: {style.small_size}pt; }}
.meta {{ margin: .1em 0; }}
.note {{ font-style: italic; }}
aside {{ background: var(--shade); padding: .6em .9em; }}
aside.sidebar {{ float: right; width: {style.sidebar_width}mm; margin: 0 0 1em 1.2em; box-sizing: border-box;
  border-top: 2pt solid var(--accent); }}
aside.callout {{ margin: .8em 0; border-left: 3pt solid var(--accent); }}
aside h3 {{ font-size: {style.body_size}pt; margin: .2em 0 .4em; }}
p.bluf {{ border-left: 3pt solid var(--accent); padding-left: .8em; }}
.figure-value {{ font-size: {style.figure_size}pt; font-weight: bold; color: var(--accent); margin: .4em 0 0;
  line-height: 1.1; font-family: {_font(style.heading_font)}; }}
.figure-label {{ margin: .1em 0 .5em; }}
sup.cite {{ font-size: 70%; line-height: 0; }}
sup.cite a {{ color: var(--accent); text-decoration: none; }}
a {{ color: var(--accent); }}
blockquote.pull {{ border-left: 3pt solid var(--accent); margin: 1em 0; padding: .2em 1em;
  font-style: italic; font-size: {style.body_size * 1.35:.1f}pt; color: var(--accent); }}
blockquote.pull .attribution {{ text-align: right; font-style: normal; }}
table {{ border-collapse: collapse; width: 100%; margin: .5em 0; font-size: {style.body_size * 0.92:.1f}pt; }}
th, td {{ border: 1px solid #cfd6de; padding: .25em .5em; text-align: left; vertical-align: top; }}
th {{ background: var(--shade); border-bottom: 1.5px solid var(--accent); }}
table.compact {{ font-size: {style.small_size}pt; }}
table.compact td, table.memo-block td, table.memo-block th {{ border: none; padding: .15em .4em; }}
table.memo-block th, table.memo-block td:first-child {{ background: none; width: 1%; white-space: nowrap;
  padding-right: 1.5em; }}
/* The one-pager's strip of key figures: large numbers over small labels on a shaded band, no grid. */
table.figure-strip {{ background: var(--shade); border-top: 2pt solid var(--accent); margin: .6em 0 1em; }}
table.figure-strip th, table.figure-strip td {{ border: none; background: none; padding: 1pt 2pt 1pt 6pt; }}
table.figure-strip th {{ vertical-align: bottom; padding-top: 6pt; white-space: nowrap; }}
table.figure-strip td {{ padding-bottom: 8pt; }}
.figure-value sup.cite {{ font-size: 45%; vertical-align: super; }}
td.figure-label, th.figure-label {{ line-height: 1.25; }}
ol.sources {{ font-size: {style.small_size}pt; color: var(--muted); }}
ol.sources a {{ word-break: break-all; }}
main {{ overflow-wrap: break-word; }}
figure {{ margin: .8em 0; }}
figcaption {{ font-weight: bold; margin-bottom: .3em; }}
figure.chart svg {{ display: block; max-width: 100%; height: auto; }}
figure.chart svg + table.chart-data {{ display: none; }}
.bar {{ display: inline-block; height: .8em; background: var(--accent); vertical-align: middle; }}
@media (max-width: 640px) {{
  .page {{ margin: 0; padding: 1rem; box-shadow: none; }}
  aside.sidebar {{ float: none; width: auto; margin: 0 0 1em; }}
  table.figure-strip {{ display: block; overflow-x: auto; }}
}}
@media print {{ body {{ background: #fff; }} .page {{ box-shadow: none; margin: 0; padding: 0; max-width: none; }} }}
"""
