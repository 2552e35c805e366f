"""Start-up hygiene (issue 12): what ``--help``, ``--version``, ``templates list`` and each writer import.

No timings here (those are in bench/cli_startup.py); these tests check the modules loaded, in a fresh
interpreter each, so that a top-level import added later shows up as a failure naming the module.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from briefgen import cli

RUN_CLI = """
import json, sys
from briefgen.cli import main
sys.argv = ["briefgen", *json.loads(sys.argv[1])]
try:
    main()
except SystemExit:
    pass
sys.stderr.write("\\nMODULES " + json.dumps(sorted(sys.modules)) + "\\n")
"""

IMPORT = """
import importlib, json, sys
importlib.import_module(sys.argv[1])
sys.stderr.write("\\nMODULES " + json.dumps(sorted(sys.modules)) + "\\n")
"""


def _modules(program: str, argument: str) -> set[str]:
    done = subprocess.run([sys.executable, "-c", program, argument], capture_output=True, text=True, check=True)
    line = next(line for line in done.stderr.splitlines() if line.startswith("MODULES "))
    return set(json.loads(line.removeprefix("MODULES ")))


def _loaded(modules: set[str], prefixes: tuple[str, ...]) -> list[str]:
    return sorted(m for m in modules if m in prefixes or m.startswith(tuple(f"{p}." for p in prefixes)))


HEAVY = ("briefgen.analyze", "briefgen.api", "briefgen.model", "briefgen.writers.pdf", "jinja2", "reportlab", "docx")
"""What a command that builds nothing must not load."""


@pytest.mark.parametrize("argv", [["--help"], ["--version"], ["templates", "list"], ["build", "--help"]])
def test_commands_that_build_nothing_load_no_analysis_writer_or_template_engine(argv: list[str]) -> None:
    assert _loaded(_modules(RUN_CLI, json.dumps(argv)), HEAVY) == []


def test_the_html_writer_loads_the_chart_renderer_only_for_a_chart() -> None:
    assert _loaded(_modules(IMPORT, "briefgen.writers.html"), ("PIL", "reportlab", "briefgen.writers.pdf")) == []


@pytest.mark.parametrize("writer", ["briefgen.writers.docx", "briefgen.writers.html", "briefgen.writers.json"])
def test_a_writer_does_not_load_the_pdf_layout(writer: str) -> None:
    pdf_layout = ("briefgen.writers.pdf.render", "briefgen.writers.pdf.flow", "briefgen.writers.pdf.tagging")
    assert _loaded(_modules(IMPORT, writer), pdf_layout) == []


def test_command_annotations_are_objects_not_strings() -> None:
    """typer reads every command's annotations at each start; strings would be evaluated twice per command."""
    callbacks = [info.callback for typer_app in (cli.app, cli.templates_app) for info in typer_app.registered_commands]
    assert callbacks
    for callback in callbacks:
        strings = [name for name, value in callback.__annotations__.items() if isinstance(value, str)]
        assert strings == [], f"{callback.__module__}.{callback.__name__}: {strings}"
