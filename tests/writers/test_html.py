"""HTML writer: a self-contained page holding every text of the document tree, escaped."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

from briefgen.document import Para, Text
from briefgen.style import Style
from briefgen.writers.html import write_html

from writers.sample_document import sample_job


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.text: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _read(page: bytes) -> _Collector:
    collector = _Collector()
    collector.feed(page.decode("utf-8"))
    return collector


def test_page_is_self_contained_and_holds_the_content(tmp_path: Path) -> None:
    page = write_html(sample_job(tmp_path))
    parsed = _read(page)
    text = " ".join(" ".join(parsed.text).split())
    assert page.startswith(b"<!DOCTYPE html>")
    assert "UNCLASSIFIED" in text and "Cambodia: Foreign Policy Outlook" in text
    assert "aside" in parsed.tags and "style" in parsed.tags
    for tag in ("script", "link", "img"):
        assert tag not in parsed.tags  # nothing fetched from elsewhere


def test_text_is_escaped(tmp_path: Path) -> None:
    job = sample_job(tmp_path)
    tricky = "Q&A <script>alert(1)</script> “curly” ព្រះរាជាណាចក្រកម្ពុជា 中国"
    doc = replace(job.document, body=(*job.document.body, Para((Text(tricky),))))
    page = write_html(replace(job, document=doc))
    assert b"<script>" not in page
    assert tricky in " ".join(_read(page).text)


def _css(page: bytes) -> str:
    """The page's stylesheet."""
    text = page.decode("utf-8")
    return text[text.index("<style>") : text.index("</style>")]


def test_style_settings_drive_the_css(tmp_path: Path) -> None:
    style = Style(
        page_size="Letter",
        margin_top=30.0,
        margin_left=12.0,
        body_font="Liberation Serif",
        heading_font="Noto Sans",
        body_size=11.0,
        title_size=26.0,
        h2_size=15.5,
        figure_size=22.0,
        line_spacing=1.6,
        text_colour="#101010",
        accent_colour="#aa0000",
        muted_colour="#707070",
        sidebar_shade="#fafa00",
        banner_colour="#cc0000",
        sidebar_width=48.0,
    )
    css = _css(write_html(replace(sample_job(tmp_path), style=style)))
    assert "@page { size: letter; margin: 30.0mm 20.0mm 20.0mm 12.0mm; }" in css
    assert "max-width: 215.9mm" in css
    assert 'font: 11.0pt/1.6 "Liberation Serif"' in css
    assert 'h1, h2, h3 { font-family: "Noto Sans"' in css
    for expected in ("26.0pt", "15.5pt", "22.0pt", "width: 48.0mm"):
        assert expected in css
    colours = ("--text: #101010", "--accent: #aa0000", "--muted: #707070", "--shade: #fafa00", "--banner: #cc0000")
    for variable in colours:
        assert variable in css


def test_default_style_is_a4(tmp_path: Path) -> None:
    css = _css(write_html(sample_job(tmp_path)))
    assert "size: A4" in css and "max-width: 210.0mm" in css and "--accent: #1f3b5c" in css


def test_chart_is_inline_svg_with_title_and_label(tmp_path: Path) -> None:
    page = write_html(sample_job(tmp_path)).decode("utf-8")
    figure = page[page.index('<figure class="chart">') : page.index("</figure>")]
    svg = figure[figure.index("<svg") : figure.index("</svg>") + 6]
    root = ET.fromstring(svg)
    assert root.get("role") == "img"
    assert str(root.get("aria-label")).startswith("Bar chart: ASEM partners’ share of world totals. Global GDP 65%")
    assert root.findtext("{http://www.w3.org/2000/svg}title") == "ASEM partners’ share of world totals"
    assert len(root.findall("{http://www.w3.org/2000/svg}rect")) == 4  # one plain bar per value, no track
    assert "style=" not in svg  # presentation attributes only: allowed by a strict Content-Security-Policy
    # The data also travels as a table (for viewers that strip SVG), hidden beside the SVG.
    assert '<table class="compact chart-data">' in figure and "Global trade" in figure
    assert "figure.chart svg + table.chart-data { display: none; }" in _css(page.encode())
