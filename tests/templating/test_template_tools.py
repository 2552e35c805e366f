"""`briefgen templates list | new | check`: formats listed, scaffolds that never overwrite, file:line errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefgen.cli import app
from briefgen.templating.tools import locate_markup_error

runner = CliRunner()


def test_list_shows_the_three_bundled_formats() -> None:
    result = runner.invoke(app, ["templates", "list"])
    assert result.exit_code == 0, result.output
    for name in ("policy-brief", "one-pager", "memo"):
        assert name in result.output
    assert "A4" in result.output and "foreign ministry" in result.output


def test_new_copies_the_default_and_refuses_to_overwrite(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["templates", "new", "embassy"])
    assert result.exit_code == 0, result.output
    folder = tmp_path / "templates" / "embassy"
    assert (folder / "brief.html.j2").read_text(encoding="utf-8").startswith("{#- embassy:")
    assert (folder / "style.toml").is_file()
    listed = runner.invoke(app, ["templates", "list"])
    assert "embassy" in listed.output
    (folder / "style.toml").write_text('page_size = "Letter"\n', encoding="utf-8")
    again = runner.invoke(app, ["templates", "new", "embassy"])
    assert again.exit_code == 1 and "already exists" in again.output
    assert (folder / "style.toml").read_text(encoding="utf-8") == 'page_size = "Letter"\n'
    bad = runner.invoke(app, ["templates", "new", "My Format"])
    assert bad.exit_code == 1 and "not a format name" in bad.output
    other = runner.invoke(app, ["templates", "new", "short", "--from", "one-pager"])
    assert other.exit_code == 0 and (tmp_path / "templates" / "short" / "brief.html.j2").read_text().startswith(
        "{#- short:"
    )


def _scaffold(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    assert runner.invoke(app, ["templates", "new", "draft"]).exit_code == 0
    return tmp_path / "templates" / "draft"


def test_check_passes_a_good_format(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _scaffold(tmp_path, monkeypatch)
    result = runner.invoke(app, ["templates", "check", str(folder)])
    assert result.exit_code == 0, result.output
    assert "ok:" in result.output and "PDF page(s)" in result.output


def _broken(folder: Path, old: str, new: str) -> tuple[Path, int]:
    template = folder / "brief.html.j2"
    lines = template.read_text(encoding="utf-8").splitlines()
    number = next(i for i, line in enumerate(lines, start=1) if old in line)
    lines[number - 1] = lines[number - 1].replace(old, new)
    template.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return template, number


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("{% for theme in brief.themes %}", "{% for theme in %}", "Expected an expression"),
        ("{{ theme.title }}", "{{ theme.no_such_field }}", "UndefinedError"),
        ('<h2 id="actors">', '<div id="actors">', "unknown element <div>"),
    ],
)
def test_check_reports_file_and_line_and_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, old: str, new: str, message: str
) -> None:
    template, number = _broken(_scaffold(tmp_path, monkeypatch), old, new)
    result = runner.invoke(app, ["templates", "check", str(template.parent)])
    assert result.exit_code == 1, result.output
    errors = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and message in errors[0]
    assert f"{template}:{number}:" in errors[0] or f"brief.html.j2:{number}:" in errors[0]


def test_check_of_a_folder_without_a_template_fails(tmp_path: Path) -> None:
    result = runner.invoke(app, ["templates", "check", str(tmp_path)])
    assert result.exit_code == 1 and "no brief.html.j2" in result.output


def test_markup_errors_are_pointed_back_at_the_template(tmp_path: Path) -> None:
    template = tmp_path / "brief.html.j2"
    template.write_text("<p>{{ a }}</p>\n<p>{{ b }}</p>\n<div>{{ c }}</div>\n", encoding="utf-8")
    rendered = "<p>1</p>\n<p>2</p>\n<div>3</div>\n"
    message = f"{template}: markup line 3: unknown element <div>; brief markup allows: …"
    assert locate_markup_error(message, rendered, template).startswith(f"{template}:3: unknown element <div>")
    nowhere = f"{template}: markup line 3: <li> is never closed"
    assert "rendered markup line 3" in locate_markup_error(nowhere, rendered, template)
