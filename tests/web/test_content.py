"""The brief's HTML, re-serialised through an allow-list: markup kept, anything active or foreign dropped."""

from __future__ import annotations

from briefgen.web.content import extract_content

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
        "<svg",
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
