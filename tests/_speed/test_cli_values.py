"""Command-line values read without pydantic give what typer's own reading gives, value or error."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import typer

from briefgen import cli
from briefgen._speed.cli_values import read_plainly

SAMPLES: list[Any] = [
    None, "", "x", "seeds", "does/not/exist", "12", "0", "007", "1", "2", "-3", " 4", "1.5", "1e3", "inf", "nan",
    "9" * 30, 50.0, 3600.0, 0.0, 3, Path("briefs"), ("seeds",), ("seeds", "tests"), (), ("",),
]


def _params() -> list[tuple[Any, Any]]:
    """(command, parameter) for every parameter typer gives a reading, plain-read and as typer made it."""
    plain = typer.main.get_command(cli.app)
    read_plainly(plain)
    found: list[tuple[Any, Any]] = []

    def walk(node: Any) -> None:
        for param in node.params:
            if getattr(param, "_runtime_param", None) is not None:
                found.append((node, param))
        for sub in getattr(node, "commands", {}).values():
            walk(sub)

    walk(plain)
    return found


def _outcome(read: Any, value: Any, param: Any, ctx: Any) -> tuple[str, Any]:
    try:
        found = read.coerce(value, param=param, ctx=ctx)
    except Exception as exc:  # the error typer would report
        return type(exc).__name__, str(exc)
    return "value", (type(found), repr(found))  # repr: a nan is the same reading


@pytest.mark.parametrize("value", SAMPLES, ids=repr)
def test_every_value_reads_as_typer_reads_it(value: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from typer._coercion import build_runtime_param

    monkeypatch.chdir(Path(__file__).parents[2])
    for command, param in _params():
        ctx = command.make_context(command.name, [], resilient_parsing=True)
        if isinstance(value, (tuple, list)) != (param.multiple or param.nargs == -1):
            continue  # click hands a many-valued parameter a tuple, any other one a single value
        typer_reading = build_runtime_param(param.type_descriptor)
        mine = _outcome(param._runtime_param, value, param, ctx)
        theirs = _outcome(typer_reading, value, param, ctx)
        assert mine == theirs, (command.name, param.name, value)
        param._runtime_param = None if mine[0] != "value" else param._runtime_param
        read_plainly(command)  # a value handed over to typer's reading leaves it there: start again


def test_a_build_loads_no_pydantic(tmp_path: Path) -> None:
    seed = Path(__file__).parents[2] / "seeds" / "cambodia"
    argv = ["briefgen", "build", "-q", "-f", "json", "--jobs", "1", "--out", str(tmp_path), str(seed)]
    code = (
        "import json, sys\nfrom briefgen.cli import main\n"
        f"sys.argv = {argv!r}\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] == 'pydantic')))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []
    assert (tmp_path / "cambodia" / "cambodia.json").is_file()


def test_plain_values_stay_with_the_plain_reading() -> None:
    build = next(command for command, _param in _params() if command.name == "build")
    ctx = build.make_context("build", [], resilient_parsing=True)
    params = {param.name: param for param in build.params}
    for name, value, expected in [("jobs", "2", 2), ("timeout", 3600.0, 3600.0), ("formats", "json", "json"),
                                  ("out", "out", Path("out")), ("folders", ("seeds",), [Path("seeds")])]:
        reading = params[name]._runtime_param
        assert reading.coerce(value, param=params[name], ctx=ctx) == expected
        assert params[name]._runtime_param is reading, name  # not handed over to typer's
