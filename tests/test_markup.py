"""Brief markup parses into the document tree; anything outside the subset is an error with its line."""

from __future__ import annotations

import pytest

from briefgen.document import Aside, Heading, Link, ListBlock, Para, Sup, Table, Text, WithSidebar, plain_text
from briefgen.errors import MarkupError
from briefgen.markup import parse_markup

SAMPLE = """<header><p class="banner">UNCLASSIFIED</p></header>
<footer><p class="banner">UNCLASSIFIED</p></footer>
<h1 id="title">Title &amp; more</h1>
<aside class="sidebar"><h3>Key figures</h3>
<p class="figure-value">$588M<sup class="cite"><a href="#src-1">1</a></sup></p></aside>
<h3>Bottom line</h3>
<ul><li>First   point
 here.</li><li>Q&amp;A &lt;b&gt; stays text</li></ul>
<h2 id="t">Theme</h2>
<table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table>
"""


def test_parses_header_footer_and_body() -> None:
    doc = parse_markup(SAMPLE)
    assert [plain_text(p.children) for p in doc.header] == ["UNCLASSIFIED"]
    assert [plain_text(p.children) for p in doc.footer] == ["UNCLASSIFIED"]
    title = doc.body[0]
    assert isinstance(title, Heading) and title.level == 1 and plain_text(title.children) == "Title & more"


def test_sidebar_pairs_with_following_blocks_until_h2() -> None:
    doc = parse_markup(SAMPLE)
    group = doc.body[1]
    assert isinstance(group, WithSidebar)
    assert isinstance(group.sidebar, Aside) and "sidebar" in group.sidebar.classes
    assert [type(b) for b in group.main] == [Heading, ListBlock]
    assert isinstance(doc.body[2], Heading) and doc.body[2].level == 2
    assert isinstance(doc.body[3], Table)


def test_whitespace_collapses_and_entities_decode() -> None:
    doc = parse_markup(SAMPLE)
    group = doc.body[1]
    assert isinstance(group, WithSidebar)
    items = group.main[1]
    assert isinstance(items, ListBlock)
    assert plain_text(items.items[0].children) == "First point here."
    assert plain_text(items.items[1].children) == "Q&A <b> stays text"


def test_citation_inlines() -> None:
    doc = parse_markup('<p>Text<sup class="cite"><a href="#src-1" title="p">1</a></sup></p>')
    para = doc.body[0]
    assert isinstance(para, Para)
    sup = para.children[1]
    assert isinstance(sup, Sup) and sup.classes == ("cite",)
    link = sup.children[0]
    assert isinstance(link, Link) and link.href == "#src-1" and link.children == (Text("1"),)


@pytest.mark.parametrize(
    ("markup", "message"),
    [
        ("<p>ok</p>\n<div>bad</div>", "markup line 2: unknown element <div>"),
        ("<p>ok\n<script>x</script></p>", "unknown element <script>"),
        ("<ul><p>x</p></ul>", "only <li>"),
        ("<p><strong>x</p>", "closes <strong>"),
        ("<p>never closed", "never closed"),
        ("<p>a <h2>b</h2></p>", "close the paragraph first"),
    ],
)
def test_errors_name_the_line(markup: str, message: str) -> None:
    with pytest.raises(MarkupError) as info:
        parse_markup(markup, "t.html.j2")
    assert message in str(info.value)
    assert str(info.value).startswith("t.html.j2: markup line")


PLAIN_FORMS = """<H1 ID="t">Title &amp; &#x41;&lt;</H1>
<p class='a' data-x="1&amp;2" title="">one<hr/>two</p><hr />
<ul><li>item <a href="#x" title="say &quot;hi&quot;"
   >link</a></li></ul><p  class = "b"
>tail &amp</p>"""


@pytest.mark.parametrize(
    "markup",
    [
        SAMPLE,
        PLAIN_FORMS,
        PLAIN_FORMS + "<!-- a comment: read by HTMLParser -->",
        "<p>a < b</p>",
        "<p>one</p>\n\n<p>two</em>",
        "<p>\n<script>x</script></p>",
        "<p>never closed\n<em>x</em>",
    ],
)
def test_plain_markup_is_read_as_html_parser_reads_it(markup: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from briefgen import markup as module

    def read(text: str) -> object:
        try:
            return parse_markup(text, "t")
        except MarkupError as exc:
            return str(exc)

    quick = read(markup)
    monkeypatch.setattr(module, "_fed_plainly", lambda _builder, _text: False)
    assert quick == read(markup)
