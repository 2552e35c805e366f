"""``briefgen check-a11y``: ok lines for accessible files, one line per finding and exit 4 otherwise."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas
from typer.testing import CliRunner

from briefgen.cli import app
from briefgen.writers.docx import write_docx
from briefgen.writers.pdf import write_pdf

from writers.sample_document import sample_job

pytest.importorskip("pikepdf", reason="pikepdf is not installed (pip install -e '.[test]')")


def test_the_writers_files_are_ok(tmp_path: Path) -> None:
    job = sample_job(tmp_path)
    pdf, docx = tmp_path / "brief.pdf", tmp_path / "brief.docx"
    pdf.write_bytes(write_pdf(job))
    docx.write_bytes(write_docx(job))
    result = CliRunner().invoke(app, ["check-a11y", str(pdf), str(docx)])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [f"{pdf}: ok", f"{docx}: ok"]


def test_an_untagged_pdf_exits_4_naming_the_rules(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.drawString(72, 72, "Plain text")
    canvas.save()
    plain = tmp_path / "plain.pdf"
    plain.write_bytes(buffer.getvalue())
    result = CliRunner().invoke(app, ["check-a11y", str(plain)])
    assert result.exit_code == 4
    assert f"{plain}: tagged: catalog:" in result.output


def test_another_file_kind_is_a_one_line_error(tmp_path: Path) -> None:
    other = tmp_path / "notes.txt"
    other.write_text("x")
    result = CliRunner().invoke(app, ["check-a11y", str(other)])
    assert result.exit_code == 1
    assert "not a .pdf or .docx file" in result.output
