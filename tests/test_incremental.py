"""Incremental builds: unchanged briefs are left alone; any changed input, --force or a bad manifest builds again."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefgen import incremental
from briefgen.cli import app

ROOT = Path(__file__).parent.parent
runner = CliRunner()
SOURCE = (
    "Cambodia's government said on Monday it would spend $120 million on new schools in 2025. "
    "Education minister Hang Chuon Naron said 300 schools would be built in rural provinces.\n\n"
    "The World Bank said the plan would reach about 40% of rural districts by 2027.\n"
)


def _brief(tmp_path: Path) -> Path:
    folder = tmp_path / "briefs-in" / "schools"
    folder.mkdir(parents=True)
    (folder / "brief.toml").write_text('title = "Schools"\ndate = "2025-03-01"\n')
    (folder / "news.txt").write_text(SOURCE)
    return folder


def _build(folder: Path, out: Path, *more: str) -> str:
    result = runner.invoke(app, ["build", str(folder), "--format", "json", "--out", str(out), *more])
    assert result.exit_code == 0, result.output
    return result.output


def _stamp(out: Path) -> tuple[int, int]:
    stat = (out / "schools" / "schools.json").stat()
    return stat.st_ino, stat.st_mtime_ns


@pytest.fixture
def built(tmp_path: Path) -> tuple[Path, Path]:
    folder, out = _brief(tmp_path), tmp_path / "out"
    assert "up to date" not in _build(folder, out)
    return folder, out


def test_unchanged_brief_is_up_to_date(built: tuple[Path, Path]) -> None:
    folder, out = built
    before = _stamp(out)
    assert "schools: up to date" in _build(folder, out)
    assert _stamp(out) == before
    manifest = json.loads((out / "schools" / incremental.MANIFEST).read_text())
    assert set(manifest["outputs"]) == {"schools.json"}


def test_force_rebuilds(built: tuple[Path, Path]) -> None:
    folder, out = built
    before = _stamp(out)
    assert "up to date" not in _build(folder, out, "--force")
    assert _stamp(out) != before


@pytest.mark.parametrize("change", ["source", "new file", "brief.toml", "analysis.md"])
def test_changed_brief_input_rebuilds(built: tuple[Path, Path], change: str) -> None:
    folder, out = built
    if change == "source":
        (folder / "news.txt").write_text(SOURCE.replace("300 schools", "310 schools"))
    elif change == "new file":
        (folder / "more.txt").write_text("The finance ministry said the budget grew 5% in 2025.\n")
    elif change == "brief.toml":
        (folder / "brief.toml").write_text('title = "Schools in Cambodia"\ndate = "2025-03-01"\n')
    else:
        (folder / "analysis.md").write_text("## Assessment\n\nThe plan is ambitious.\n")
    assert "up to date" not in _build(folder, out)
    assert "up to date" in _build(folder, out)


def test_changed_template_folder_rebuilds(tmp_path: Path) -> None:
    folder, out = _brief(tmp_path), tmp_path / "out"
    template = tmp_path / "fmt"
    shutil.copytree(ROOT / "templates" / "policy-brief", template)
    _build(folder, out, "--template", str(template))
    assert "up to date" in _build(folder, out, "--template", str(template))
    (template / "style.toml").write_text((template / "style.toml").read_text() + "\n# edited\n")
    assert "up to date" not in _build(folder, out, "--template", str(template))


def test_new_briefgen_version_rebuilds(built: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    folder, out = built
    monkeypatch.setattr(incremental, "__version__", "99.0")
    incremental.code_fingerprint.cache_clear()
    try:
        assert "up to date" not in _build(folder, out)
    finally:
        incremental.code_fingerprint.cache_clear()


def test_formats_built_before_are_current_and_options_rebuild(built: tuple[Path, Path]) -> None:
    folder, out = built
    result = runner.invoke(app, ["build", str(folder), "--format", "json,html", "--out", str(out)])
    assert result.exit_code == 0 and "up to date" not in result.output  # html was not built yet
    assert "up to date" in _build(folder, out)  # json was built with the same inputs
    assert "up to date" not in _build(folder, out, "--keep-going")  # an option that changes what is read
    assert "up to date" in _build(folder, out, "--keep-going")


@pytest.mark.parametrize("damage", ["corrupt", "not an object", "other key", "output edited", "output gone"])
def test_bad_manifest_or_outputs_rebuild(built: tuple[Path, Path], damage: str) -> None:
    folder, out = built
    manifest = out / "schools" / incremental.MANIFEST
    if damage == "corrupt":
        manifest.write_bytes(b"\x00{not json")
    elif damage == "not an object":
        manifest.write_text("[1, 2]")
    elif damage == "other key":
        manifest.write_text(manifest.read_text().replace('"key": "', '"key": "0'))
    elif damage == "output edited":
        (out / "schools" / "schools.json").write_text("{}")
    else:
        (out / "schools" / "schools.json").unlink()
    assert "up to date" not in _build(folder, out)
    assert "up to date" in _build(folder, out)
    json.loads((out / "schools" / "schools.json").read_text())


def test_output_root_inside_the_brief_folder_is_not_an_input(tmp_path: Path) -> None:
    folder = _brief(tmp_path)
    _build(folder, folder / "out")
    assert "up to date" in _build(folder, folder / "out")


def test_parallel_builds_skip_unchanged_briefs(tmp_path: Path) -> None:
    folder, out = _brief(tmp_path), tmp_path / "out"
    other = folder.parent / "roads"
    shutil.copytree(folder, other)
    _build(folder.parent, out, "--jobs", "2")
    (other / "news.txt").write_text(SOURCE.replace("schools", "roads"))
    output = _build(folder.parent, out, "--jobs", "2")
    assert "schools: up to date" in output and "roads: up to date" not in output
    assert "up to date" in _build(folder.parent / "roads", out)


def test_dependency_versions_are_kept_on_disk_until_a_path_folder_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os
    import sys

    monkeypatch.setenv("BRIEFGEN_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "site"
    folder.mkdir()
    monkeypatch.setattr(sys, "path", [*sys.path, str(folder)])
    reads: list[int] = []
    read = incremental._read_dependency_versions

    def counting() -> list[tuple[str, str]]:
        reads.append(1)
        return read()

    monkeypatch.setattr(incremental, "_read_dependency_versions", counting)
    first = incremental._dependency_versions()
    assert incremental._dependency_versions() == first == read() and reads == [1]
    (folder / "new-1.0.dist-info").mkdir()  # an install changes its folder's time
    os.utime(folder, ns=(1, 1))
    assert incremental._dependency_versions() == first and reads == [1, 1]
