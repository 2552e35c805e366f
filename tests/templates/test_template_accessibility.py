"""Every bundled format's output passes the accessibility checks (issue 14), from the frozen seed brief."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from frozen_brief import load

from briefgen.accessibility.docx_check import check_docx
from briefgen.accessibility.pdf_check import check_pdf
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


@pytest.fixture(scope="module")
def pdfs(frozen: Brief) -> dict[str, bytes]:
    """Each format's PDF of the frozen seed brief."""
    return {name: write_format(_job(name, frozen), "pdf") for name in FORMATS}


@pytest.mark.parametrize("name", FORMATS)
def test_the_pdf_passes_every_pdfua_check(name: str, pdfs: dict[str, bytes]) -> None:
    pytest.importorskip("pikepdf", reason="pikepdf is not installed (pip install -e '.[test]')")
    findings = check_pdf(pdfs[name], f"{name}.pdf")
    assert not findings, "\n".join(f.line() for f in findings)


@pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="needs poppler's pdfinfo")
@pytest.mark.parametrize("name", FORMATS)
def test_pdfinfo_reports_a_tagged_pdf(name: str, pdfs: dict[str, bytes]) -> None:
    info = subprocess.run(["pdfinfo", "-"], input=pdfs[name], capture_output=True, check=True).stdout.decode()
    assert "Tagged:          yes" in info


def _raw_text(data: bytes) -> list[str]:
    """The PDF's text in content order (``pdftotext -raw``), one line per item."""
    done = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", "-", "-"], input=data, capture_output=True, check=True)
    return [line.strip() for line in done.stdout.decode("utf-8").splitlines() if line.strip()]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
def test_the_seed_brief_reads_in_logical_order(pdfs: dict[str, bytes], frozen: Brief) -> None:
    lines = _raw_text(pdfs["policy-brief"])
    assert lines.index("Bottom line") < lines.index("Key figures")  # the bottom line before the sidebar
    first = frozen.bluf[0].text.split()
    bullet = next(line for line in lines if line.startswith("•"))
    assert bullet.split()[1:4] == first[:3]  # a bullet and its text read together


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
def test_copying_a_key_figure_leaves_out_its_citation_number(pdfs: dict[str, bytes], frozen: Brief) -> None:
    lines = _raw_text(pdfs["policy-brief"])
    shown = [f.display for f in frozen.sidebar]
    assert shown
    for value in shown:  # the figure's line ("$17.7B", ">$100M") ends with it, no citation digit after
        figure_lines = [line for line in lines if value in line and len(line) <= len(value) + 2]
        assert figure_lines and all(line.endswith(value) for line in figure_lines), (value, figure_lines)
