"""``briefgen check-a11y FILE…``: the machine-checkable accessibility rules of built briefs (exit 4 when any fails)."""

import sys
from pathlib import Path
from typing import Annotated

import typer

EXIT_FINDINGS = 4
"""Exit code when a file breaks an accessibility rule."""


def check_a11y(
    files: Annotated[list[Path], typer.Argument(help="Built briefs to check: .pdf (PDF/UA-1) or .docx.")],
) -> None:
    """Check built briefs for accessibility: PDF/UA-1 tagging of PDFs, headings, tables, alt text of DOCX."""
    from ..accessibility.docx_check import DocxError, check_docx
    from ..accessibility.pdf_check import PdfError, check_pdf

    failed = False
    for path in files:
        suffix = path.suffix.lower()
        if suffix not in (".pdf", ".docx"):
            _err(f"error: {path}: not a .pdf or .docx file; give a built brief")
            raise typer.Exit(1)
        try:
            data = path.read_bytes()
            findings = check_pdf(data, str(path)) if suffix == ".pdf" else check_docx(data, str(path))
        except (OSError, PdfError, DocxError) as exc:
            _err(f"error: {exc}" if not isinstance(exc, OSError) else f"error: {path}: cannot read ({exc.strerror})")
            raise typer.Exit(1) from None
        for finding in findings:
            typer.echo(f"{path}: {finding.line()}")
        if not findings:
            typer.echo(f"{path}: ok")
        failed = failed or bool(findings)
    if failed:
        raise typer.Exit(EXIT_FINDINGS)


def _err(message: str) -> None:
    typer.secho(message, err=True, fg=typer.colors.RED if sys.stderr.isatty() else None)
