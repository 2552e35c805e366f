"""Fuzzing the template sandbox, the markup parser and the writers: only the project's own errors come out."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.errors import BriefgenError
from briefgen.markup import parse_markup
from briefgen.style import Style
from briefgen.templating.formats import BriefFormat, _render_here
from briefgen.writers import render as write_format
from briefgen.writers.base import RenderJob

from writers.sample_document import sample_brief

BRIEF = sample_brief()
NAMES = ["brief", "brief.title", "brief.themes", "brief.themes[0]", "brief.themes[0].summary", "brief.memo",
         "brief.sources", "brief.figures", "style", "range(3)", "range(10**9)", "loop", "x", "brief.__class__",
         "brief.themes.__class__.__mro__", "''.__class__", "cycler", "joiner", "namespace()", "lipsum",
         "brief.memo.update", "brief.title.format", "'%s' % brief", "'a' * 999999", "[1] * 3"]
FILTERS = ["money", "percent", "number", "date", "text", "figure", "chart", "cite", "length", "first", "last",
           "join(',')", "attr('__class__')", "map(attribute='title')", "sum", "center(10**9)", "indent(3)",
           "tojson", "safe", "e", "int", "float", "string", "list", "batch(2)", "format(1)", "replace('a','b')",
           "sort", "unique", "wordwrap(5)", "truncate(3)", "dictsort", "pprint", "xmlattr", "urlize"]
EXPR = st.recursive(
    st.one_of(st.sampled_from(NAMES), st.integers(-5, 5).map(str), st.text(max_size=6).map(repr)),
    lambda inner: st.one_of(
        st.tuples(inner, st.sampled_from(FILTERS)).map(lambda t: f"({t[0]}) | {t[1]}"),
        st.tuples(inner, st.sampled_from(["+", "*", "**", "~", "/", "//", "%", "and", "or", "in", "==", "<"]),
                  inner).map(lambda t: f"({t[0]} {t[1]} {t[2]})"),
        st.tuples(inner, st.sampled_from(["title", "text", "__dict__", "__globals__", "mro", "items", "keys"])).map(
            lambda t: f"({t[0]}).{t[1]}"),
        st.tuples(inner, inner).map(lambda t: f"({t[0]})[{t[1]}]"),
        st.tuples(inner, inner).map(lambda t: f"({t[0]})({t[1]})"),
    ),
    max_leaves=6,
)
MARKUP_TAGS = ["p", "h1", "h2", "h3", "ul", "ol", "li", "table", "tr", "td", "th", "aside", "figure", "blockquote",
               "strong", "em", "a", "sup", "span", "header", "footer", "hr", "div", "script"]
PIECE = st.one_of(
    EXPR.map(lambda e: "{{ " + e + " }}"),
    st.tuples(st.sampled_from(["x", "t"]), EXPR).map(lambda t: "{% for " + t[0] + " in " + t[1] + " %}{{ "
                                                     + t[0] + " }}{% endfor %}"),
    EXPR.map(lambda e: "{% if " + e + " %}a{% else %}b{% endif %}"),
    EXPR.map(lambda e: "{% set v = " + e + " %}"),
    st.sampled_from(MARKUP_TAGS).map(lambda t: f"<{t}>"),
    st.sampled_from(MARKUP_TAGS).map(lambda t: f"</{t}>"),
    st.sampled_from([
        '<a href="javascript:alert(1)">', '<a href="#src-1">', '<a href="https://x.org">', "{% include 'x' %}",
        "{% extends 'brief.html.j2' %}", "{% macro m() %}{{ m() }}{% endmacro %}{{ m() }}", "{#", "{%", "{{",
        "&amp;", "&#0;", "<!DOCTYPE html>", "<?x?>", "<td class='a'>", "<p id='x'>", "{{ '\\ud800' }}",
    ]),
    st.text(max_size=12),
)
TEMPLATE = st.lists(PIECE, max_size=12).map("".join)


def _render(body: str) -> str | None:
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "brief.html.j2").write_text(body, encoding="utf-8", errors="surrogatepass")
        fmt = BriefFormat("fuzz", Path(folder), Style())
        try:
            return _render_here(fmt, BRIEF, None, 2.0)
        except BriefgenError as exc:
            assert "\n" not in str(exc).strip(), str(exc)
            return None


@given(TEMPLATE)
def test_template_sandbox(body: str) -> None:
    markup = _render(body)
    document = None if markup is None else _document(markup)
    if document is not None:
        _write(document, "html")


MARKUP = st.lists(
    st.one_of(
        st.sampled_from(MARKUP_TAGS).map(lambda t: f"<{t}>"),
        st.sampled_from(MARKUP_TAGS).map(lambda t: f"</{t}>"),
        st.sampled_from(['<a href="java&#9;script:x">', '<a href="#nowhere">', '<a href="mailto:a@b">', "<hr/>",
                         '<p class="banner">', '<figure data-caption="c">', "<td>1</td>", "<td>n/a</td>", "&lt;",
                         "\u200b", "\x00", "\ud800"]),
        st.text(max_size=20),
    ),
    max_size=30,
).map("".join)


def _document(markup: str):  # type: ignore[no-untyped-def]
    try:
        return parse_markup(markup, "fuzz.j2")
    except BriefgenError as exc:
        assert "\n" not in str(exc).strip(), str(exc)
        return None


@given(MARKUP)
def test_markup_parser_and_html_writer(markup: str) -> None:
    document = _document(markup)
    if document is not None:
        _write(document, "html")


@settings(max_examples=max(5, settings().max_examples // 4))
@given(MARKUP)
def test_pdf_and_docx_writers(markup: str) -> None:
    document = _document(markup)
    if document is not None:
        for name in ("pdf", "docx"):
            _write(document, name)


def _write(document, name: str) -> None:  # type: ignore[no-untyped-def]
    with tempfile.TemporaryDirectory() as folder:
        try:
            write_format(RenderJob(BRIEF, document, Style(), Path(folder)), name)
        except BriefgenError as exc:
            assert "\n" not in str(exc).strip(), str(exc)
