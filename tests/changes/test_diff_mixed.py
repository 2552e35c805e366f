"""``briefgen diff`` and ``compare_with`` on two builds of the mixed-sources fixture, one source updated."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefgen.cli import app
from readback import docx_text, html_text, pdf_text, squash

MIXED = Path(__file__).resolve().parents[1] / "fixtures" / "briefs" / "mixed"
UPDATES = (
    ("$17.7 billion in Chinese aid", "$19.2 billion in Chinese aid"),  # a figure changed
    ("approximately 65 percent of global GDP", "approximately 66 percent of global GDP"),  # another
    ("75 percent of global tourism", "a large share of global tourism"),  # a figure gone
)
ADDED = "In 2025, Cambodia's garment exports to Europe rose by 14 percent, the commerce ministry said.\n"


def _build(folder: Path, out: Path, *formats: str) -> Path:
    result = CliRunner().invoke(app, ["build", str(folder), "--out", str(out), "-f", ",".join(formats), "-q"])
    assert result.exit_code == 0, result.stderr
    return out / folder.name


@pytest.fixture(scope="module")
def builds(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    """(old JSON, new JSON, folder of the updated brief) — the fixture built, then built with cambodia.txt updated."""
    base = tmp_path_factory.mktemp("diff")
    folder = base / "mixed"
    shutil.copytree(MIXED, folder)
    old = _build(folder, base / "old", "json") / "mixed.json"
    text = (folder / "cambodia.txt").read_text(encoding="utf-8")
    for before, after in UPDATES:
        assert before in text
        text = text.replace(before, after)
    (folder / "cambodia.txt").write_text(text + "\n" + ADDED, encoding="utf-8")
    new = _build(folder, base / "new", "json") / "mixed.json"
    return old, new, folder


def test_diff_table_lists_changed_new_and_gone_figures(builds: tuple[Path, Path, Path]) -> None:
    old, new, _folder = builds
    result = CliRunner().invoke(app, ["diff", str(old), str(new)])
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert "$17.7 billion (cambodia.txt ¶24)" in out and "$19.2 billion (cambodia.txt ¶24)" in out
    assert "approximately 66 percent" in out
    assert "14 percent" in out and "75 percent" in out


def test_diff_json(builds: tuple[Path, Path, Path]) -> None:
    old, new, _folder = builds
    result = CliRunner().invoke(app, ["diff", str(old), str(new), "--json"])
    data = json.loads(result.stdout)
    by_status: dict[str, list[tuple[str | None, str | None]]] = {}
    for change in data["figures"]:
        pair = ((change["old"] or {}).get("text"), (change["new"] or {}).get("text"))
        by_status.setdefault(change["status"], []).append(pair)
    assert ("$17.7 billion", "$19.2 billion") in by_status["changed"]
    assert ("approximately 65 percent", "approximately 66 percent") in by_status["changed"]
    assert (None, "14 percent") in by_status["new"]
    assert ("75 percent", None) in by_status["gone"]
    changed = next(c for c in data["figures"] if c["new"] and c["new"]["text"] == "$19.2 billion")
    assert changed["old"]["cite"]["source"] == "cambodia" and changed["new"]["where"] == "cambodia.txt ¶24"


def test_the_same_build_twice_has_no_changes(builds: tuple[Path, Path, Path]) -> None:
    _old, new, _folder = builds
    result = CliRunner().invoke(app, ["diff", str(new), str(new), "--json"])
    data = json.loads(result.stdout)
    assert data["figures"] == [] and data["actors"] == [] and data["quotes"] == []


def test_compare_with_adds_what_changed_to_every_format(builds: tuple[Path, Path, Path], tmp_path: Path) -> None:
    old, _new, folder = builds
    shutil.copy(old, folder / "previous.json")
    toml = (folder / "brief.toml").read_text(encoding="utf-8")
    (folder / "brief.toml").write_text('compare_with = "previous.json"\n' + toml, encoding="utf-8")
    out = _build(folder, tmp_path, "pdf", "docx", "html", "json")
    for text in (pdf_text(out / "mixed.pdf"), docx_text(out / "mixed.docx"), html_text(out / "mixed.html")):
        flat = squash(text)
        assert "Whatchangedsincethepreviousbrief" in flat
        assert "$17.7billion(cambodia.txt¶24)" in flat and "$19.2billion" in flat
    data = json.loads((out / "mixed.json").read_text(encoding="utf-8"))
    assert any(c["status"] == "changed" and c["new"]["text"] == "$19.2 billion" for c in data["changes"]["figures"])
    page = (out / "mixed.html").read_text(encoding="utf-8")
    assert page.index('id="changes"') < page.index('id="sources"')
    for template in ("one-pager", "memo"):
        result = CliRunner().invoke(
            app, ["build", str(folder), "--out", str(tmp_path / template), "-t", template, "-f", "html,pdf", "-q"]
        )
        assert result.exit_code == 0, result.stderr
        assert 'id="changes"' in (tmp_path / template / "mixed" / "mixed.html").read_text(encoding="utf-8")


def test_bad_inputs_are_one_clear_line(builds: tuple[Path, Path, Path], tmp_path: Path) -> None:
    old, _new, folder = builds
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    for args in ([str(bad), str(old)], [str(tmp_path / "none.json"), str(old)]):
        result = CliRunner().invoke(app, ["diff", *args])
        assert result.exit_code == 1 and result.stderr.count("\n") == 1
    other = tmp_path / "other"
    shutil.copytree(folder, other)
    toml = (other / "brief.toml").read_text(encoding="utf-8").replace('"previous.json"', '"missing.json"')
    (other / "brief.toml").write_text(toml if "missing.json" in toml else 'compare_with = "missing.json"\n' + toml)
    result = CliRunner().invoke(app, ["build", str(other), "--out", str(tmp_path / "o"), "-f", "json"])
    assert result.exit_code == 1 and "compare_with 'missing.json'" in result.stderr
