"""Whole-build limits and checks of the command line's arguments: --timeout, --max-source-mb, duplicate names."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefgen import api
from briefgen.cli import app
from briefgen.errors import TemplateError, TimeLimitError
from briefgen.templating import runner as template_runner
from briefgen.timelimit import time_limit

ROOT = Path(__file__).parent.parent
SEED = ROOT / "seeds" / "cambodia"
cli = CliRunner()


def _error_line(args: list[str]) -> str:
    result = cli.invoke(app, args)
    assert result.exit_code == 1, result.output
    lines = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert len(lines) == 1 and "Traceback" not in result.output, result.output
    return lines[0]


def test_a_build_past_its_timeout_stops_with_one_line_and_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "out"
    line = _error_line(["build", str(SEED), "--out", str(out), "--timeout", "0.05"])
    assert line.startswith(f"error: {SEED}: the build took over 0.05 s (--timeout)") and "nothing was written" in line
    assert not out.exists() or not any(out.iterdir())


def test_the_timeout_api_leaves_the_previous_outputs(tmp_path: Path) -> None:
    first = api.build(SEED, api.BuildOptions(out_root=tmp_path, formats=("json",)))
    before = first.outputs[0].read_bytes()
    with pytest.raises(TimeLimitError, match="--timeout"):
        api.build(SEED, api.BuildOptions(out_root=tmp_path, timeout=0.01))
    assert sorted(p.name for p in (tmp_path / "cambodia").iterdir()) == [".briefgen-build.json", "cambodia.json"]
    assert first.outputs[0].read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [".briefgen-index.sqlite", "cambodia"]


def test_the_build_limit_is_kept_while_a_template_renders_under_its_own() -> None:
    with pytest.raises(TimeLimitError), time_limit(0.2, "whole build"), template_runner._alarm(30, "render"):
        while True:
            time.sleep(0.01)
    with pytest.raises(TemplateError), time_limit(30, "whole build"), template_runner._alarm(0.01, "render"):
        time.sleep(3)


@pytest.mark.parametrize("value", ["nan", "inf", "-1", "0"])
def test_max_source_mb_must_be_a_positive_number(tmp_path: Path, value: str) -> None:
    line = _error_line(["build", str(SEED), "--out", str(tmp_path), "--max-source-mb", value])
    assert "--max-source-mb" in line and "positive number" in line


@pytest.mark.parametrize("value", ["nan", "-5"])
def test_timeout_must_be_a_number_of_seconds(tmp_path: Path, value: str) -> None:
    assert "--timeout" in _error_line(["build", str(SEED), "--out", str(tmp_path), "--timeout", value])


def test_two_folders_with_the_same_name_are_refused_before_anything_is_built(tmp_path: Path) -> None:
    other = tmp_path / "elsewhere" / "cambodia"
    shutil.copytree(SEED, other)
    out = tmp_path / "out"
    line = _error_line(["build", str(SEED), str(other), "--out", str(out)])
    assert str(other) in line and "same name" in line
    assert not out.exists()


def test_the_same_folder_named_twice_is_built_once(tmp_path: Path) -> None:
    assert api.check_targets([SEED, SEED.parent / ".." / SEED.parent.name / SEED.name, SEED / "brief.toml"]) == [SEED]
