"""Format look-up: a bare name is a bundled format, a stray folder of that name does not shadow it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefgen.cli import app
from briefgen.errors import TemplateError
from briefgen.templating.formats import find_format

ROOT = Path(__file__).parent.parent.parent


def test_stray_folder_named_like_a_format_does_not_shadow_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "policy-brief").mkdir()
    (tmp_path / "policy-brief" / "notes.txt").write_text("not a format", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    fmt = find_format("policy-brief")
    assert (fmt.folder / "brief.html.j2").is_file()
    assert fmt.folder != tmp_path / "policy-brief"


def test_build_works_beside_a_stray_policy_brief_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copytree(ROOT / "seeds" / "cambodia", tmp_path / "seed")
    (tmp_path / "policy-brief").mkdir()
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["build", "seed", "--format", "json", "--out", "out"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out" / "seed" / "seed.json").is_file()


def test_path_like_template_is_a_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "policy-brief").mkdir()
    with pytest.raises(TemplateError, match=r"no brief\.html\.j2 in this folder"):
        find_format("./policy-brief")
    shutil.copytree(ROOT / "templates" / "memo", tmp_path / "mine")
    assert find_format("./mine").folder == Path("./mine")
    assert find_format("mine").name == "mine"  # a bare name no format has is still tried as a folder
