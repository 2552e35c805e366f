"""``briefgen verify FILE``: list what in an edited brief no longer matches its sources (exit 4 when anything)."""

import sys
from pathlib import Path
from typing import Annotated

import typer

EXIT_DIFFERS = 4
"""Exit code when the edited brief holds something the sources do not bear out."""


def verify(
    file: Annotated[Path, typer.Argument(help="The edited brief: .docx, .pdf or .html.")],
    brief: Annotated[
        Path | None, typer.Option("--brief", "-b", help="The brief's folder (default: seeds/<file name>).")
    ] = None,
    template: Annotated[
        str | None, typer.Option("--template", "-t", help="Format it was built with (default: the brief.toml's).")
    ] = None,
    intact: Annotated[bool, typer.Option("--intact", help="Also list each cited passage still intact.")] = False,
) -> None:
    """Check an edited brief against its sources: changed or invented numbers and quotes, removed citations."""
    from ..analyst.verify.run import brief_folder_for, report_lines
    from ..analyst.verify.run import verify as run_verify
    from ..errors import BriefgenError

    try:
        result = run_verify(file, brief_folder_for(file, brief), template)
    except BriefgenError as exc:
        typer.secho(f"error: {exc}", err=True, fg=typer.colors.RED if sys.stderr.isatty() else None)
        raise typer.Exit(1) from None
    for line in report_lines(result, intact):
        typer.echo(line)
    if result.comparison.findings:
        raise typer.Exit(EXIT_DIFFERS)
