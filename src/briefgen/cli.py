"""Command line (typer): parse arguments, call ``api``, print. Nothing else lives here."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from . import __version__, api
from .errors import BriefgenError
from .writers import ALL_FORMATS, parse_formats

app = typer.Typer(
    help="briefgen: turn news articles and reports into cited policy briefs (PDF, DOCX, HTML, JSON).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"briefgen {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """briefgen: turn news articles and reports into cited policy briefs."""


def _err(message: str) -> None:
    typer.secho(message, err=True, fg=typer.colors.RED if sys.stderr.isatty() else None)


@app.command()
def build(
    folders: Annotated[
        list[Path] | None,
        typer.Argument(help="Brief folders (each with a brief.toml). Default: every seeds/*/ folder."),
    ] = None,
    formats: Annotated[
        str, typer.Option("--format", "-f", help=f"Comma-separated output formats: {','.join(ALL_FORMATS)}.")
    ] = ",".join(ALL_FORMATS),
    template: Annotated[
        str | None, typer.Option("--template", "-t", help="Format name (see 'templates list') or folder.")
    ] = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="Output root: writes OUT/<name>/<name>.<format>.")] = Path(
        "briefs"
    ),
    max_source_mb: Annotated[float, typer.Option(help="Refuse source files larger than this (MB).")] = 50.0,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print only errors.")] = False,
) -> None:
    """Build briefs: read the sources, analyse them, and write PDF, DOCX, HTML and JSON."""
    try:
        options = api.BuildOptions(
            formats=parse_formats(formats),
            template=template,
            out_root=out,
            max_source_bytes=int(max_source_mb * 1024 * 1024),
        )
        targets = list(folders) if folders else api.find_briefs(Path("seeds"))
        if not targets:
            raise BriefgenError("seeds: no brief folders (seeds/<name>/brief.toml) found; name a folder to build")
        for number, folder in enumerate(targets, start=1):
            prefix = f"[{number}/{len(targets)}] " if len(targets) > 1 else ""

            def progress(message: str, prefix: str = prefix) -> None:
                if not quiet:
                    typer.echo(f"{prefix}{message}", err=True)

            result = api.build(folder, options, progress)
            if not quiet:
                for path in result.outputs:
                    typer.echo(str(path))
                typer.echo(f"{prefix}{result.name}: done in {result.seconds:.1f} s", err=True)
    except BriefgenError as exc:
        _err(f"error: {exc}")
        raise typer.Exit(1) from None
    except KeyboardInterrupt:
        _err("interrupted; no partial files were left behind")
        raise typer.Exit(130) from None
    except Exception as exc:
        if os.environ.get("BRIEFGEN_DEBUG"):
            raise
        _err(f"internal error: {type(exc).__name__}: {exc}; rerun with BRIEFGEN_DEBUG=1 and report the traceback")
        raise typer.Exit(2) from None


@app.command()
def serve(
    briefs: Annotated[
        Path, typer.Option("--briefs", "-b", help="Briefs folder to serve (<name>/<name>.pdf …).")
    ] = Path("briefs"),
    host: Annotated[
        str, typer.Option(help="Address to listen on; the default is reachable only from this machine.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port to listen on.")] = 8000,
) -> None:
    """Serve the briefs folder as a read-only download site: library, brief pages, PDF and DOCX downloads."""
    from .web import serve as serve_site  # imported here: keeps 'briefgen build' start-up fast

    try:
        serve_site(briefs, host=host, port=port)
    except BriefgenError as exc:
        _err(f"error: {exc}")
        raise typer.Exit(1) from None


def main() -> None:
    """Console-script entry point."""
    try:
        app()
    except BriefgenError as exc:  # raised outside a command body
        _err(f"error: {exc}")
        sys.exit(1)
