"""Templates render in a sandbox: filters work, errors name file:line, escapes and runaways stop."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.errors import TemplateError
from briefgen.style import Style
from briefgen.templating import (
    BriefFormat,
    find_format,
    format_date,
    format_money,
    format_percent,
    render,
)

from writers.sample_document import sample_brief


def _format(tmp_path: Path, body: str) -> BriefFormat:
    (tmp_path / "brief.html.j2").write_text(body, encoding="utf-8")
    return BriefFormat("t", tmp_path, Style())


def test_filters() -> None:
    assert format_money(588_000_000) == "$588M"
    assert format_money(17_700_000_000) == "$17.7B"
    assert format_money(1200, "KHR") == "1,200 KHR"
    assert format_percent(65) == "65%"
    assert format_date("2026-11-28") == "28 Nov 2026"
    assert format_date("2024-03") == "Mar 2024"
    assert format_date("2021") == "2021"


def test_autoescape_and_cite(tmp_path: Path) -> None:
    brief = sample_brief()
    fmt = _format(tmp_path, "<p>{{ '<b>&' }}{{ brief.themes[0].summary[0] | cite }}</p>")
    out = render(fmt, brief)
    assert "&lt;b&gt;&amp;" in out
    assert '<sup class="cite"><a href="#src-1"' in out


def test_undefined_is_an_error_with_line(tmp_path: Path) -> None:
    fmt = _format(tmp_path, "<p>ok</p>\n<p>{{ brief.nothing_here }}</p>\n")
    with pytest.raises(TemplateError) as info:
        render(fmt, sample_brief())
    assert "brief.html.j2:2" in str(info.value)


def test_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    fmt = _format(tmp_path, "<p>ok</p>\n{% for x in %}\n")
    with pytest.raises(TemplateError) as info:
        render(fmt, sample_brief())
    assert "brief.html.j2:2" in str(info.value)


@pytest.mark.parametrize(
    "expr",
    [
        "''.__class__.__mro__",
        "brief|attr('__class__')",
        "'x' * 10**9",
        "range(10**9) | list",
    ],
)
def test_sandbox_stops_escapes_and_runaways(tmp_path: Path, expr: str) -> None:
    fmt = _format(tmp_path, "<p>{{ " + expr + " }}</p>")
    with pytest.raises(TemplateError):
        render(fmt, sample_brief())


def test_unknown_format_lists_available() -> None:
    with pytest.raises(TemplateError, match=r"available: .*policy-brief"):
        find_format("no-such-format")
