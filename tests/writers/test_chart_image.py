"""Chart images: the PDF's bar chart replayed as inline SVG (HTML) and PNG (DOCX)."""

from __future__ import annotations

import io
import re
import warnings
import xml.etree.ElementTree as ET

import pytest
from PIL import Image

from briefgen.document import Bar
from briefgen.style import Style
from briefgen.writers.chart_image import PNG_DPI, alt_text, chart_png, chart_svg, layout_chart, text_width_pt
from briefgen.writers.pdf import MissingGlyphWarning

BARS = (
    Bar("Global GDP", 65.0, "65%"),
    Bar("World population", 60.0, "60%"),
    Bar("Global tourism", 75.0, "75%"),
    Bar("Global trade", 68.0, "68%"),
)
CAPTION = "ASEM partners’ share of world totals"
SVG = "{http://www.w3.org/2000/svg}"
WIDE = 1000.0


def _svg(bars: tuple[Bar, ...] = BARS, caption: str = CAPTION, style: Style | None = None) -> ET.Element:
    """The chart SVG parsed."""
    return ET.fromstring(chart_svg(bars, caption, WIDE, style or Style()))


def test_alt_text_says_what_the_chart_shows() -> None:
    assert alt_text(BARS, CAPTION) == (
        "Bar chart: ASEM partners’ share of world totals. "
        "Global GDP 65%; World population 60%; Global tourism 75%; Global trade 68%."
    )
    assert alt_text(BARS[:1], "") == "Bar chart: Global GDP 65%."


def test_chart_is_small_whatever_the_column_width() -> None:
    assert layout_chart(BARS, WIDE, Style()).width == pytest.approx(120 * 72 / 25.4)
    assert layout_chart(BARS, 200.0, Style()).width == 200.0


def test_svg_is_accessible_and_self_contained() -> None:
    root = _svg()
    assert root.tag == f"{SVG}svg"
    assert root.get("role") == "img"
    assert root.get("aria-label") == alt_text(BARS, CAPTION)
    assert root.findtext(f"{SVG}title") == CAPTION
    text = chart_svg(BARS, CAPTION, WIDE, Style())
    for banned in ("<script", "style=", "href", "<image", "<foreignObject"):
        assert banned not in text


def test_svg_draws_one_plain_bar_per_value_with_labels() -> None:
    root = _svg()
    rects = root.findall(f"{SVG}rect")
    assert len(rects) == len(BARS)  # no pale full-length track behind a bar: it would read as "out of 100"
    texts = [t.text for t in root.findall(f"{SVG}text")]
    for bar in BARS:
        assert bar.label in texts and bar.display in texts
    labels = [t for t in root.findall(f"{SVG}text") if t.text == "Global GDP"]
    assert labels[0].get("text-anchor") == "end"  # labels align on the bars whatever font the browser has


def test_svg_bar_lengths_are_proportional() -> None:
    fills = Style().accent_colour
    bars = [float(str(r.get("width"))) for r in _svg().findall(f"{SVG}rect") if r.get("fill") == fills]
    assert bars[2] == max(bars)
    assert bars[0] / bars[2] == pytest.approx(65 / 75, rel=1e-3)


def test_svg_colours_and_font_follow_the_style() -> None:
    style = Style(accent_colour="#aa0000", sidebar_shade="#00ff00", text_colour="#123456", body_font="Liberation Serif")
    root = _svg(style=style)
    fills = {r.get("fill") for r in root.findall(f"{SVG}rect")}
    assert fills == {"#aa0000"}
    label = next(t for t in root.findall(f"{SVG}text") if t.text == "Global GDP")
    assert label.get("fill") == "#123456"
    assert str(label.get("font-family")).startswith("Liberation Serif")


def test_svg_escapes_labels() -> None:
    text = chart_svg((Bar("Q&A <b>", 1.0, "1"),), 'say "hi"', WIDE, Style())
    root = ET.fromstring(text)
    assert "Q&A <b>" in [t.text for t in root.findall(f"{SVG}text")]
    assert "<b>" not in text


def test_png_is_a_transparent_image_of_the_chart_size() -> None:
    data, chart = chart_png(BARS, WIDE, Style())
    image = Image.open(io.BytesIO(data))
    assert image.format == "PNG" and image.mode == "RGBA"
    scale = PNG_DPI / 72
    assert image.size == (pytest.approx(chart.width * scale, abs=1), pytest.approx(chart.height * scale, abs=1))
    assert image.getpixel((0, 0))[3] == 0
    colours = {rgba[:3] for _, rgba in image.getcolors(1 << 20) or [] if rgba[3] == 255}
    assert (0x1F, 0x3B, 0x5C) in colours  # the accent bars


def test_png_follows_the_style_colours() -> None:
    data, _ = chart_png(BARS, WIDE, Style(accent_colour="#aa0000"))
    image = Image.open(io.BytesIO(data))
    colours = {rgba[:3] for _, rgba in image.getcolors(1 << 20) or [] if rgba[3] == 255}
    assert (0xAA, 0, 0) in colours and (0x1F, 0x3B, 0x5C) not in colours


def test_png_is_reproducible() -> None:
    assert chart_png(BARS, WIDE, Style())[0] == chart_png(BARS, WIDE, Style())[0]


def test_png_reports_characters_no_font_has() -> None:
    with pytest.warns(MissingGlyphWarning, match=re.escape("U+10FFFD")):
        chart_png((Bar("odd \U0010fffd", 1.0, "1"),), WIDE, Style())
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        chart_png(BARS, WIDE, Style())


def test_text_width_follows_page_and_margins() -> None:
    assert text_width_pt(Style(page_size="Letter", margin_left=10, margin_right=10)) == pytest.approx(
        (215.9 - 20) * 72 / 25.4
    )
