"""Templates render in a sandbox: filters work, errors name file:line, escapes and runaways stop."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.errors import TemplateError
from briefgen.model import Cite, Event, SummaryItem
from briefgen.style import Style
from briefgen.templating import runner as template_runner
from briefgen.templating.filters import event_when, fitting, is_statement
from briefgen.templating.formats import (
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
    assert format_money(5_000_000, "EUR") == "€5M"


def test_when_keeps_a_label_with_a_year_and_reads_out_the_rest() -> None:
    cite = Cite("s", 0, 0, 1)
    assert event_when(Event("2018", "Between 2018 and 2021", "…", cite)) == "Between 2018 and 2021"
    assert event_when(Event("2026-03-01", "March 1", "…", cite)) == "1 Mar 2026"
    assert event_when(Event("2025-12", "December", "…", cite)) == "Dec 2025"
    assert event_when(Event("", "February 5", "…", cite)) == "February 5 (year not stated)"


def test_fitting_takes_the_first_item_short_enough_else_the_shortest() -> None:
    cite = Cite("s", 0, 0, 1)
    items = [SummaryItem("a" * 300, cite), SummaryItem("b" * 120, cite), SummaryItem("c" * 90, cite)]
    assert fitting(items, 150).text[0] == "b"
    assert fitting(items, 50).text[0] == "c"
    assert fitting([], 50) is None


def test_statement_tells_a_whole_quoted_statement_from_a_quoted_phrase(tmp_path: Path) -> None:
    assert is_statement("Kiribati today officially notified us that it was cutting diplomatic ties.")
    assert not is_statement("lured Kiribati to change its diplomatic ties")  # a phrase quoted inside a sentence
    assert not is_statement("These officials said so again and again today.")  # opens on what came before
    fmt = _format(tmp_path, "{% for t in ['said the minister', 'Our patrols will cover the whole coast by June.'] "
                  "if t is statement %}<p>{{ t }}</p>{% endfor %}")
    out = render(fmt, sample_brief())
    assert "Our patrols" in out and "said the minister" not in out


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


@pytest.mark.parametrize(
    "body",
    [
        "{% for i in range(10**5) %}{% for j in range(10**5) %}x{% endfor %}{% endfor %}",
        "{% for i in range(10**5) %}{% for j in range(10**5) %}{% endfor %}{% endfor %}",
    ],
)
def test_runaway_loops_stop_at_the_time_limit(tmp_path: Path, body: str) -> None:
    fmt = _format(tmp_path, "<p>ok</p>\n" + body)
    with pytest.raises(TemplateError, match=r"brief\.html\.j2:2: rendering took over 1 s; stopped"):
        render(fmt, sample_brief(), seconds=1)


@pytest.mark.parametrize(
    "body",
    [
        "{% set ns = namespace(s='x') %}{% for i in range(64) %}{% set ns.s = ns.s ~ ns.s %}{% endfor %}",
        "{{ 'x' | center(10**9) }}",
        "{% set ns = namespace(s='x' * 1000000) %}{% for i in range(10) %}{% set ns.s = ns.s + ns.s %}{% endfor %}",
    ],
)
def test_memory_runaways_end_with_a_clear_error(tmp_path: Path, body: str) -> None:
    fmt = _format(tmp_path, body)
    with pytest.raises(TemplateError, match=r"brief\.html\.j2:1: .*(memory|over 2 MB)"):
        render(fmt, sample_brief(), seconds=5)


def test_without_fork_the_sandbox_still_stops_runaway_loops(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(template_runner, "FORK", False)
    fmt = _format(tmp_path, "{% for i in range(10**5) %}{% for j in range(10**5) %}{% endfor %}{% endfor %}")
    with pytest.raises(TemplateError, match=r"brief\.html\.j2:1: rendering took over 1 s; stopped"):
        render(fmt, sample_brief(), seconds=1)
    fmt = _format(tmp_path, "<p>{{ brief.title }}</p>")
    assert render(fmt, sample_brief()) == "<p>Cambodia: Foreign Policy Outlook</p>"


def test_a_render_in_time_is_untouched_by_the_limits(tmp_path: Path) -> None:
    fmt = _format(tmp_path, "{% for i in range(3) %}<p>{{ i }} {{ brief.title }}</p>{% endfor %}")
    assert render(fmt, sample_brief(), seconds=5).count("<p>") == 3


def test_unknown_format_lists_available() -> None:
    with pytest.raises(TemplateError, match=r"available: .*policy-brief"):
        find_format("no-such-format")
