"""The brief's HTML, re-serialised through an allow-list: markup kept, anything active or foreign dropped."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from briefgen.web.content import extract_content
from briefgen.writers.html import write_html

from writers.sample_document import sample_job

CITE = '<sup class="cite"><a href="#src-1" title="s ¶1, chars 0–5" data-cite="cite-my-src-0-5">1</a></sup>'


def test_main_content_and_citations() -> None:
    page = f"""<!DOCTYPE html><html><head><style>p {{ color: red }}</style></head><body>
    <header class="running"><p class="banner">SECRET</p></header>
    <main><h1 id="title">T</h1><aside class="sidebar"><p class="figure-value">$5M{CITE}</p></aside>
    <ul><li>Q&amp;A &lt;b&gt;{CITE}</li></ul></main></body></html>"""
    content = extract_content(page)
    assert content.has_h1
    assert "SECRET" not in content.html and "color: red" not in content.html
    assert '<aside class="sidebar">' in content.html
    assert "Q&amp;A &lt;b&gt;" in content.html
    assert 'data-cite="cite-my-src-0-5" aria-haspopup="dialog">1</a>' in content.html
    assert [(c.key, c.number, c.title) for c in content.cites] == [("cite-my-src-0-5", "1", "s ¶1, chars 0–5")]


def test_active_content_is_dropped() -> None:
    content = extract_content(
        "<main><p onclick='x()' style='color:red'>a<script>alert(1)</script>b</p>"
        "<a href='javascript:alert(1)'>j</a><a href=' https://ok.example/x'>ok</a>"
        "<img src=x onerror=alert(1)><iframe src='https://evil'>inside</iframe><svg><script>x</script></svg>"
        "<form action='/x'><input name=q></form><object data=x></object><a href='data:text/html,x'>d</a>"
        "<p class='a&quot; onmouseover=x b'>c</p></main>"
    )
    html = content.html
    for bad in (
        "onclick",
        "script",
        "alert",
        "javascript:",
        "<img",
        "<iframe",
        "inside",
        "<form",
        "<input",
        "<object",
        "data:",
        "style=",
        "onmouseover",
    ):
        assert bad not in html, bad
    assert "<p>ab</p>" in html and '<a href="https://ok.example/x">ok</a>' in html
    assert '<p class="b">c</p>' in html


def test_unclosed_and_stray_tags_are_balanced() -> None:
    html = extract_content("<main><aside><p>x</span><ul><li>y</main>").html
    assert html == "<aside><p>x<ul><li>y</li></ul></p></aside>"


def test_bar_widths_become_classes() -> None:
    html = extract_content(
        '<main><span class="bar" style="width:6.93em"></span>'
        '<span class="bar" style="width:99em"></span><span style="width:3em">x</span></main>'
    ).html
    assert '<span class="bar bar-w14"></span>' in html and '<span class="bar bar-w20"></span>' in html
    assert "<span>x</span>" in html
    huge = extract_content(f'<main><span class="bar" style="width:{"9" * 400}em"></span></main>').html
    assert huge == '<span class="bar bar-w20"></span>'  # an infinite width is the widest bar, not an error


def test_page_without_main_uses_body() -> None:
    content = extract_content("<html><body><h2>Only body</h2></body></html>")
    assert content.html == "<h2>Only body</h2>" and not content.has_h1


def test_citation_recovered_from_its_title_when_data_cite_is_missing() -> None:
    content = extract_content(
        '<main><p>x<sup class="cite"><a href="#src-1" title="my-src ¶4, chars 813–837">1</a></sup></p>'
        '<p><a href="#src-1" title="my-src ¶4, chars 1–2">not in a sup</a></p></main>'
    )
    assert [c.key for c in content.cites] == ["cite-my-src-813-837"]
    assert 'data-cite="cite-my-src-813-837" aria-haspopup="dialog"' in content.html


def test_the_html_writers_chart_passes_whole(tmp_path: Path) -> None:
    page = write_html(sample_job(tmp_path)).decode("utf-8")
    written = re.findall(r"<svg\b.*?</svg>", page, re.DOTALL)
    kept = re.findall(r"<svg\b.*?</svg>", extract_content(page).html, re.DOTALL)
    assert written and len(kept) == len(written)
    for before, after in zip(written, kept, strict=True):
        old, new = ET.fromstring(before), ET.fromstring(after)
        assert [(e.tag, e.attrib, e.text) for e in new.iter()] == [(e.tag, e.attrib, e.text) for e in old.iter()]
        assert new.get("viewBox") and new.get("role") == "img" and new.get("aria-label")
    assert 'class="compact chart-data"' in extract_content(page).html  # the data stays, for CSS to hide


def test_malicious_svg_is_stripped() -> None:
    html = extract_content(
        '<main><svg onload="alert(1)" viewBox="0 0 10 10" style="x" role="img" aria-label="ok">'
        "<script>alert(2)</script><title>Chart<script>alert(3)</script></title>"
        '<a href="javascript:alert(4)"><text x="1" y="2">link</text></a>'
        '<foreignObject width="10" height="10"><p onclick="alert(5)">html</p><iframe src="x"></iframe></foreignObject>'
        '<rect x="0" y="0" width="5" height="5" fill="url(javascript:alert(6))" onclick="alert(7)"/>'
        '<rect x="1" y="1" width="2" height="2" fill="#1f3b5c" transform="translate(2 3)"/>'
        '<g onmouseover="alert(8)"><text x="1" y="9" font-size="7" href="javascript:alert(9)">9%</text></g>'
        '<use href="#x"/><image href="https://evil.example/x.png"/><style>*{}</style>'
        '<animate attributeName="href" values="javascript:alert(10)"/><svg><rect x="1"/></svg>'
        '<line x1="0" y1="0" x2="1" y2="1" stroke="red" stroke-width="javascript:1"/>'
        "</svg><p>after</p></main>"
    ).html
    for bad in ("alert", "javascript", "onload", "onclick", "onmouseover", "style", "script", "href",
                "foreignobject", "foreignObject", "<p onclick", "html</p>", "<iframe", "<use", "<image",
                "<animate", "url(", "link", "<a"):  # fmt: skip
        assert bad not in html, bad
    assert html.startswith('<svg viewBox="0 0 10 10" role="img" aria-label="ok"><title>Chart</title>')
    assert '<rect x="1" y="1" width="2" height="2" fill="#1f3b5c" transform="translate(2 3)"></rect>' in html
    assert '<g><text x="1" y="9" font-size="7">9%</text></g>' in html
    assert html.count("<svg") == 1 and '<line x1="0" y1="0" x2="1" y2="1" stroke="red"></line>' in html
    assert html.endswith("</svg><p>after</p>")


def test_svg_elements_outside_an_svg_are_not_markup() -> None:
    html = extract_content('<main><p>a<rect x="1"></rect><title>t</title><text>b</text></p></main>').html
    assert html == "<p>ab</p>"


def test_heading_levels_for_assistive_technology_pass_only_on_headings() -> None:
    page = '<main><h3 aria-level="2">A</h3><p aria-level="2">b</p><h4 aria-level="x">c</h4></main>'
    html = extract_content(page).html
    assert '<h3 aria-level="2">' in html
    assert "<p>b</p>" in html and "<h4>c</h4>" in html
