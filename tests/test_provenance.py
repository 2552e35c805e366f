"""brief.toml's [provenance."FILE"] tables, and one warning line per source without a date or outlet."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefgen.cli import app
from briefgen.errors import SpecError
from briefgen.spec import load_spec

ROOT = Path(__file__).parent.parent


def _seed(tmp_path: Path, extra: str = "") -> Path:
    folder = tmp_path / "brief"
    shutil.copytree(ROOT / "seeds" / "cambodia", folder)
    with (folder / "brief.toml").open("a", encoding="utf-8") as toml:
        toml.write(extra)
    return folder


def test_provenance_fills_in_what_a_file_does_not_say(tmp_path: Path) -> None:
    folder = _seed(tmp_path, '\n[provenance."cambodia.txt"]\noutlet = "Khmer Times"\ndate = 2025-03-02\n'
                             'url = "https://example.org/asem"\ntitle = "Cambodia and ASEM"\n')
    result = CliRunner().invoke(app, ["build", str(folder), "--format", "json", "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert "warning" not in result.output
    [source] = json.loads((tmp_path / "out" / "brief" / "brief.json").read_text(encoding="utf-8"))["sources"]
    assert (source["outlet"], source["date"], source["url"], source["title"]) == (
        "Khmer Times", "2025-03-02", "https://example.org/asem", "Cambodia and ASEM")


def test_a_source_without_date_or_outlet_gets_one_warning_line(tmp_path: Path) -> None:
    folder = _seed(tmp_path)
    result = CliRunner().invoke(app, ["build", str(folder), "--format", "json", "--out", str(tmp_path / "out")])
    assert result.exit_code == 0
    lines = [line for line in result.output.splitlines() if line.startswith("warning:")]
    assert len(lines) == 1
    assert "cambodia.txt: no outlet and no date known" in lines[0] and '[provenance."cambodia.txt"]' in lines[0]


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ('\n[provenance."a.txt"]\ncolour = "red"\n', r"unknown key 'colour'"),
        ('\n[provenance."a.txt"]\ndate = "last week"\n', r"'date' must be a date"),
        ('\n[provenance]\n"a.txt" = 3\n', r"must be a table"),
        ('\n[provenance."a.txt"]\nurl = "javascript:alert(1)"\n', r"'url' must be an http\(s\) or mailto address"),
        ('\n[provenance."a.txt"]\nurl = "data:text/html,x"\n', r"'url' must be an http\(s\) or mailto address"),
    ],
)
def test_bad_provenance_is_a_one_line_error(tmp_path: Path, extra: str, message: str) -> None:
    folder = _seed(tmp_path, extra)
    with pytest.raises(SpecError, match=message):
        load_spec(folder)
