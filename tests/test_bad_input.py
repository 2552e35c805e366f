"""The smaller bad inputs of issue 15: each gives one clear error naming the file, or the right behaviour."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from briefgen import api
from briefgen.document import Para, plain_text
from briefgen.errors import IngestError, MarkupError, SpecError, TemplateError
from briefgen.markup import MAX_COLUMNS, parse_markup
from briefgen.spec import load_spec
from briefgen.style import Style
from briefgen.templating.formats import BriefFormat, render

from writers.sample_document import sample_brief

ROOT = Path(__file__).parent.parent
SEED = ROOT / "seeds" / "cambodia"
THEME = '[[themes]]\nid = "port"\ntitle = "Port"\n[themes.keywords]\n"port" = {weight}\n'


def _spec(tmp_path: Path, text: str) -> Path:
    (tmp_path / "brief.toml").write_text('title = "T"\n' + text, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("weight", ["nan", "inf", "+inf", "-inf", "-nan", "0", "-1"])
def test_keyword_weights_must_be_finite_and_positive(tmp_path: Path, weight: str) -> None:
    with pytest.raises(SpecError, match=r"brief\.toml: 'themes\[0\]\.keywords\.port' must be a positive number"):
        load_spec(_spec(tmp_path, THEME.format(weight=weight)))


@pytest.mark.parametrize("date", ['"2026-02-30"', '"2026-13-01"', '"2026-00-10"'])
def test_a_date_not_on_the_calendar_is_refused_whatever_the_formats(tmp_path: Path, date: str) -> None:
    with pytest.raises(SpecError, match="is not a day of the calendar"):
        load_spec(_spec(tmp_path, f"date = {date}\n"))


@pytest.mark.parametrize("date", ["2026-02-03T10:20:00Z", "2026-02-03T10:20:00", "2026-02-03 10:20:00+02:00"])
def test_a_toml_datetime_gives_its_day(tmp_path: Path, date: str) -> None:
    assert load_spec(_spec(tmp_path, f"date = {date}\n")).date == "2026-02-03"


def test_a_toml_time_of_day_is_not_a_date(tmp_path: Path) -> None:
    with pytest.raises(SpecError, match="'date' must be a date"):
        load_spec(_spec(tmp_path, "date = 10:20:00\n"))


@pytest.mark.parametrize(
    ("pattern", "message"),
    [
        ("/etc/*", "is not relative"),
        ("C:/Windows/*.txt", "is not relative"),
        ("../*.txt", "leads out of the brief folder"),
        ("sub/../../x.txt", "leads out of the brief folder"),
        ("..\\\\x.txt", "leads out of the brief folder"),
        ("", "must be a glob"),
    ],
)
def test_source_globs_stay_inside_the_brief_folder(tmp_path: Path, pattern: str, message: str) -> None:
    with pytest.raises(SpecError, match=message):
        load_spec(_spec(tmp_path, f'sources = ["{pattern}"]\n'))


def _seed_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "cambodia"
    shutil.copytree(SEED, folder)
    return folder


def test_a_source_linking_out_of_the_folder_is_refused_or_skipped(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("Top secret: the password is swordfish.\n", encoding="utf-8")
    folder = _seed_copy(tmp_path)
    (folder / "notes.txt").symlink_to(secret)
    options = api.BuildOptions(out_root=tmp_path / "out", formats=("json",))
    with pytest.raises(IngestError, match=r"notes\.txt: a link leading out of the brief folder"):
        api.build(folder, options)
    result = api.build(folder, api.BuildOptions(out_root=tmp_path / "out", formats=("json",), keep_going=True))
    assert [s.path.name for s in result.skipped] == ["notes.txt"]
    assert "swordfish" not in result.outputs[0].read_text(encoding="utf-8")


def test_a_link_inside_the_folder_is_read(tmp_path: Path) -> None:
    folder = _seed_copy(tmp_path)
    (folder / "sub").mkdir()
    os.rename(folder / "cambodia.txt", folder / "sub" / "cambodia.txt")
    (folder / "cambodia.txt").symlink_to(folder / "sub" / "cambodia.txt")
    result = api.build(folder, api.BuildOptions(out_root=tmp_path / "out", formats=("json",)))
    assert [s.path for s in result.brief.sources] == ["cambodia.txt"]


def _template(tmp_path: Path, body: str) -> BriefFormat:
    folder = tmp_path / "fmt"
    folder.mkdir(exist_ok=True)
    (folder / "brief.html.j2").write_text(body, encoding="utf-8")
    return BriefFormat("fmt", folder, Style())


@pytest.mark.parametrize(
    "body",
    [
        "<p>" + "{% if true %}" * 3000 + "x" + "{% endif %}" * 3000 + "</p>",
        "<p>{{ " + "(" * 3000 + "1" + ")" * 3000 + " }}</p>",
        "{% macro m(n) %}{{ m(n + 1) }}{% endmacro %}<p>{{ m(0) }}</p>",
    ],
    ids=["blocks", "brackets", "macro"],
)
def test_deep_nesting_in_a_template_is_a_clear_template_error(tmp_path: Path, body: str) -> None:
    with pytest.raises(TemplateError, match=r"brief\.html\.j2(:\d+)?: the template nests too deeply"):
        render(_template(tmp_path, body), sample_brief())


def test_deeply_nested_markup_is_a_clear_markup_error() -> None:
    with pytest.raises(MarkupError, match="markup line 1: elements nested more than"):
        parse_markup("<p>" + "<span>" * 5000 + "x" + "</span>" * 5000 + "</p>", "t.j2")


def test_a_table_of_two_thousand_columns_is_a_clear_markup_error() -> None:
    row = "<tr>" + "<td>x</td>" * 2000 + "</tr>"
    with pytest.raises(MarkupError, match=f"t.j2: markup line 1: a table row of 2000 cells; at most {MAX_COLUMNS}"):
        parse_markup(f"<table>{row}</table>", "t.j2")
    parse_markup("<table><tr>" + "<td>x</td>" * MAX_COLUMNS + "</tr></table>", "t.j2")


def test_include_does_not_follow_a_link_out_of_the_format_folder(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("swordfish", encoding="utf-8")
    fmt = _template(tmp_path, '<p>{% include "leak.j2" %}</p>')
    (fmt.folder / "leak.j2").symlink_to(secret)
    with pytest.raises(TemplateError, match=r"'leak\.j2' is a link leading out of the format folder"):
        render(fmt, sample_brief())
    (fmt.folder / "part.j2").write_text("inside", encoding="utf-8")
    (fmt.folder / "brief.html.j2").write_text('<p>{% include "part.j2" %}</p>', encoding="utf-8")
    assert "inside" in render(fmt, sample_brief())


@pytest.mark.parametrize(
    "call",
    ['brief.memo.update({"to": "x"})', "brief.memo.clear()", "brief.memo.pop('to')", 'brief.memo.setdefault("x", 1)'],
)
def test_the_template_context_is_read_only(tmp_path: Path, call: str) -> None:
    with pytest.raises(TemplateError, match="unsafe"):
        render(_template(tmp_path, f"<p>{{{{ {call} }}}}</p>"), sample_brief())


def test_the_json_is_compact(tmp_path: Path) -> None:
    """Indenting every level made the JSON a third larger than its content (158 MB from a 50 MB source)."""
    result = api.build(SEED, api.BuildOptions(out_root=tmp_path, formats=("json",)))
    raw = result.outputs[0].read_bytes()
    data = json.loads(raw)
    assert len(raw) <= len(json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()) + 2 * len(data) + 4
    assert raw.startswith(b'{\n"schema":1,\n')


def test_a_lone_surrogate_in_template_output_is_replaced() -> None:
    """Found by the fuzzer: a template's '\\ud800' string escape crashed the HTML writer's UTF-8 encoding."""
    document = parse_markup("<p>a\ud800b</p>", "t.j2")
    assert isinstance(document.body[0], Para) and plain_text(document.body[0].children) == "a\ufffdb"
