"""Every bundled format's output passes the accessibility checks (issue 14), from the frozen seed brief."""

from __future__ import annotations

from pathlib import Path

import pytest
from frozen_brief import load

from briefgen.accessibility.docx_check import check_docx
from briefgen.api import render_document
from briefgen.model import Brief
from briefgen.templating.formats import find_format
from briefgen.writers import render as write_format
from briefgen.writers.base import RenderJob

ROOT = Path(__file__).resolve().parents[2]
FROZEN = Path(__file__).parent / "golden" / "cambodia.brief.json"
FORMATS = sorted(p.parent.name for p in (ROOT / "templates").glob("*/brief.html.j2"))


@pytest.fixture(scope="module")
def frozen() -> Brief:
    """The frozen seed brief the golden files are made from."""
    return load(FROZEN.read_text(encoding="utf-8"))


def _job(name: str, brief: Brief) -> RenderJob:
    fmt = find_format(name)
    return RenderJob(brief, render_document(fmt, brief), fmt.style, fmt.folder)


@pytest.mark.parametrize("name", FORMATS)
def test_the_docx_passes_every_accessibility_rule(name: str, frozen: Brief) -> None:
    findings = check_docx(write_format(_job(name, frozen), "docx"), f"{name}.docx")
    assert not findings, "\n".join(f.line() for f in findings)
