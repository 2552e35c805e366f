"""The command line: builds, progress, --help/--version, and one-line errors with nothing half-written."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefgen import __version__
from briefgen.cli import app

ROOT = Path(__file__).parent.parent
runner = CliRunner()


def _seed_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "seeds" / "cambodia"
    shutil.copytree(ROOT / "seeds" / "cambodia", folder)
    return folder


def test_version_and_help() -> None:
    assert runner.invoke(app, ["--version"]).output.strip() == f"briefgen {__version__}"
    for args in (["--help"], ["build", "--help"]):
        result = runner.invoke(app, args)
        assert result.exit_code == 0
        assert "Usage" in result.output


def test_build_one_brief_with_formats_and_out(tmp_path: Path) -> None:
    folder = _seed_copy(tmp_path)
    result = runner.invoke(app, ["build", str(folder), "--format", "pdf,json", "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    outputs = (tmp_path / "out" / "cambodia").iterdir()
    assert sorted(p.name for p in outputs if not p.name.startswith(".")) == ["cambodia.json", "cambodia.pdf"]


def test_build_without_arguments_builds_every_seed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _seed_copy(tmp_path)
    second = tmp_path / "seeds" / "asean"
    shutil.copytree(ROOT / "tests" / "fixtures" / "briefs" / "asean", second)
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["build", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert "[1/2]" in result.output and "[2/2]" in result.output
    assert (tmp_path / "briefs" / "cambodia" / "cambodia.json").exists()
    assert (tmp_path / "briefs" / "asean" / "asean.json").exists()


def _fails(args: list[str], message: str) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 1, result.output
    lines = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert len(lines) == 1 and message in lines[0], result.output
    assert "Traceback" not in result.output


def test_errors_are_one_line(tmp_path: Path) -> None:
    _fails(["build", str(tmp_path / "missing")], "no such folder")
    _fails(["build", str(tmp_path), "--out", str(tmp_path / "o")], "brief.toml: not found")
    folder = _seed_copy(tmp_path)
    _fails(["build", str(folder), "--format", "pdf,odt"], "unknown output format 'odt'")
    _fails(["build", str(folder), "--template", "nope"], "template 'nope' not found")


def test_bad_source_leaves_previous_outputs_untouched(tmp_path: Path) -> None:
    folder = _seed_copy(tmp_path)
    out = tmp_path / "out"
    assert runner.invoke(app, ["build", str(folder), "--out", str(out)]).exit_code == 0
    before = {p.name: p.read_bytes() for p in (out / "cambodia").iterdir()}
    (folder / "broken.txt").write_bytes(b"\x00\x01binary\x00" * 50)
    _fails(["build", str(folder), "--out", str(out)], "broken.txt: looks like a binary file")
    after = {p.name: p.read_bytes() for p in (out / "cambodia").iterdir()}
    assert after == before


def test_broken_template_writes_nothing(tmp_path: Path) -> None:
    folder = _seed_copy(tmp_path)
    template = tmp_path / "bad-format"
    template.mkdir()
    (template / "brief.html.j2").write_text("<p>ok</p>\n<div>{{ brief.title }}</div>\n", encoding="utf-8")
    out = tmp_path / "out"
    _fails(["build", str(folder), "--template", str(template), "--out", str(out)], "unknown element <div>")
    assert not out.exists() or not any(out.rglob("*"))


def test_console_script_runs_as_a_module(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    done = subprocess.run(
        [sys.executable, "-m", "briefgen", "build", str(tmp_path / "nothing")],
        capture_output=True, text=True, env=env, check=False,
    )
    assert done.returncode == 1
    assert done.stderr.strip().startswith("error:") and "\n" not in done.stderr.strip()
