"""Golden files: each format's PDF text per page and DOCX content, from a frozen brief.

A layout or template change shows up in review as a change of ``golden/<format>.{pdf,docx}.txt``.
The input is ``golden/cambodia.brief.json`` (the seed brief frozen), so changes in the analysis do
not move the goldens. Regenerate after an intended change with::

    UPDATE_GOLDEN=1 .venv/bin/pytest tests/templates          # goldens from the frozen brief
    UPDATE_GOLDEN=brief .venv/bin/pytest tests/templates      # also re-freeze the brief from the seed
"""

from __future__ import annotations

import difflib
import os
import shutil
from pathlib import Path

import pytest
from frozen_brief import dump, load
from normalise import docx_text, pdf_text

from briefgen.api import render_document
from briefgen.model import Brief
from briefgen.templating.formats import find_format
from briefgen.writers import render as write_format
from briefgen.writers.base import RenderJob

GOLDEN = Path(__file__).parent / "golden"
FROZEN = GOLDEN / "cambodia.brief.json"
FORMATS = ("policy-brief", "one-pager", "memo")
UPDATE = os.environ.get("UPDATE_GOLDEN", "")

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")


@pytest.fixture(scope="module")
def frozen(seed_brief: Brief) -> Brief:
    """The frozen seed brief (re-frozen from the pipeline with UPDATE_GOLDEN=brief or when missing)."""
    if UPDATE == "brief" or not FROZEN.exists():
        GOLDEN.mkdir(exist_ok=True)
        FROZEN.write_text(dump(seed_brief), encoding="utf-8")
    return load(FROZEN.read_text(encoding="utf-8"))


def _compare(name: str, actual: str) -> None:
    path = GOLDEN / name
    if UPDATE or not path.exists():
        path.write_text(actual, encoding="utf-8")
        return
    expected = path.read_text(encoding="utf-8")
    if actual != expected:
        diff = "".join(difflib.unified_diff(expected.splitlines(True), actual.splitlines(True), name, "now", n=1))
        pytest.fail(f"{name} changed (UPDATE_GOLDEN=1 to accept):\n{diff[:4000]}")


@pytest.mark.parametrize("name", FORMATS)
def test_format_matches_its_golden_files(name: str, frozen: Brief) -> None:
    fmt = find_format(name)
    job = RenderJob(frozen, render_document(fmt, frozen), fmt.style, fmt.folder)
    _compare(f"{name}.pdf.txt", pdf_text(write_format(job, "pdf")))
    _compare(f"{name}.docx.txt", docx_text(write_format(job, "docx")))


def test_the_frozen_brief_thaws_to_an_equal_brief(seed_brief: Brief) -> None:
    assert load(dump(seed_brief)) == seed_brief
