"""Command line (typer): parse arguments, call ``api``, print. Nothing else lives here."""

# No ``from __future__ import annotations`` here nor in commands/: typer reads every command's annotations at
# each start (also for --help), and annotations kept as strings are evaluated twice per command (~10 ms).
import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from . import __version__
from .commands.check_a11y import check_a11y as check_a11y_command
from .commands.diff import diff as diff_command
from .commands.verify import verify as verify_command
from .errors import BriefgenError
from .interrupts import Interrupted
from .writers import ALL_FORMATS, parse_formats

app = typer.Typer(
    help="briefgen: turn news articles and reports into cited policy briefs (PDF, DOCX, HTML, JSON).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


_STANDALONE = [False]
"""Whether the command line runs as a process of its own (``main``), not inside a test's runner."""


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
    keep_going: Annotated[
        bool, typer.Option("--keep-going", "-k", help="Skip unreadable sources with a warning (exit code 3).")
    ] = False,
    timeout: Annotated[
        float, typer.Option(help="Stop a brief's build after this many seconds, writing nothing (0: no limit).")
    ] = 3600.0,
    strict: Annotated[
        bool, typer.Option("--strict", help="Fail (exit 1) when analysis.md has numbers or quotes the sources lack.")
    ] = False,
    jobs: Annotated[
        int | None, typer.Option("--jobs", "-j", min=1, help="Briefs built at once (worker processes). Default: cores.")
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Build every brief, also those unchanged since their last build.")
    ] = False,
) -> None:
    """Build briefs: read the sources, analyse them, and write PDF, DOCX, HTML and JSON."""
    from ._speed.import_pause import import_paused

    if _STANDALONE[0]:  # a process of its own (not a test's runner): libraries' slow patterns come ready-made
        from ._speed import re_priming

        re_priming.prime()
    import_paused(f"{__package__}.{name}" for name in ("api", "batch", "analyst.report", "incremental", "provenance"))
    from . import api, batch  # imported here: --help, --version and 'templates list' load no analysis
    from .analyst.report import analyst_file, claim_warnings
    from .incremental import UpToDate
    from .provenance import provenance_warnings

    skipped = 0
    try:
        options = api.BuildOptions(
            formats=parse_formats(formats),
            template=template,
            out_root=out,
            max_source_bytes=api.source_limit(max_source_mb),
            keep_going=keep_going,
            timeout=api.time_limit_seconds(timeout),
            strict=strict,
            skip_unchanged=not force,
        )
        targets = api.check_targets(batch.expand(list(folders))) if folders else api.find_briefs(Path("seeds"))
        if not targets:
            raise BriefgenError("seeds: no brief folders (seeds/<name>/brief.toml) found; name a folder to build")

        def progress(number: int, message: str) -> None:
            if not quiet:
                typer.echo(f"[{number}/{len(targets)}] {message}" if len(targets) > 1 else message, err=True)

        workers = jobs or batch.default_jobs()
        for number, (folder, result) in enumerate(batch.build_all(targets, options, workers, progress), start=1):
            prefix = f"[{number}/{len(targets)}] " if len(targets) > 1 else ""
            if isinstance(result, UpToDate):  # incremental: inputs unchanged since the last build
                if not quiet:
                    typer.echo(f"{prefix}{result.name}: up to date", err=True)
                continue
            for item in result.skipped:
                _err(f"warning: {item.reason} (skipped)")
            for line in claim_warnings(result.brief, analyst_file(folder)):  # issue 13: analysis.md's claims
                _err(line)
            for line in provenance_warnings(result.brief, folder):  # issue 11: sources a reader can check
                _err(line)
            skipped += len(result.skipped)
            if not quiet:
                for path in result.outputs:
                    typer.echo(str(path))
                typer.echo(f"{prefix}{result.name}: done in {result.seconds:.1f} s", err=True)
    except BriefgenError as exc:
        for line in getattr(exc, "warnings", ()):  # --strict: each claim the sources do not bear out
            _err(line)
        _err(f"error: {exc}")
        raise typer.Exit(1) from None
    except KeyboardInterrupt as exc:
        _err("interrupted; each output folder holds a complete set: the new one, or the previous if cut short")
        raise typer.Exit(exc.exit_code if isinstance(exc, Interrupted) else 130) from None
    except Exception as exc:
        if os.environ.get("BRIEFGEN_DEBUG"):
            raise
        _err(f"internal error: {type(exc).__name__}: {exc}; rerun with BRIEFGEN_DEBUG=1 and report the traceback")
        raise typer.Exit(2) from None
    if skipped:
        raise typer.Exit(3)  # built, but without the sources warned about


app.command("verify")(verify_command)  # issue 13: an edited brief checked against its sources
app.command("diff")(diff_command)  # issue 13: what changed between two builds of a brief
app.command("check-a11y")(check_a11y_command)  # issue 14: accessibility rules of built PDFs and DOCX


@app.command()
def serve(
    briefs: Annotated[
        Path, typer.Option("--briefs", "-b", help="Briefs folder to serve (<name>/<name>.pdf …).")
    ] = Path("briefs"),
    host: Annotated[
        str, typer.Option(help="Address to listen on; the default is reachable only from this machine.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port to listen on.")] = 8000,
    workers: Annotated[
        int, typer.Option(help="Server processes sharing the port (e.g. the number of cores for a busy site).")
    ] = 1,
) -> None:
    """Serve the briefs folder as a read-only download site: library, brief pages, PDF and DOCX downloads."""
    from .web import serve as serve_site  # imported here: keeps 'briefgen build' start-up fast

    try:
        serve_site(briefs, host=host, port=port, workers=workers)
    except BriefgenError as exc:
        _err(f"error: {exc}")
        raise typer.Exit(1) from None


@app.command("site")
def site(
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder to write the static site into (replaced).")],
    briefs: Annotated[
        Path, typer.Option("--briefs", "-b", help="Briefs folder to export (<name>/<name>.pdf …).")
    ] = Path("briefs"),
) -> None:
    """Write the download site as static files (library, brief pages, downloads, search) for any web server."""
    from .site_export import export_site  # imported here: keeps 'briefgen build' start-up fast

    try:
        result = export_site(briefs, out)
    except BriefgenError as exc:
        _err(f"error: {exc}")
        raise typer.Exit(1) from None
    typer.echo(f"{result.out}: {result.briefs} brief(s), {result.files} files; serve it with any web server")


@app.command("eval")
def eval_gold(
    folders: Annotated[
        list[Path] | None,
        typer.Argument(help="Gold folders (brief.toml + gold files). Default: every one in --gold's dev/ and test/."),
    ] = None,
    gold: Annotated[Path, typer.Option(help="Folder of gold folders (with dev/ and test/).")] = Path("tests/gold"),
    split: Annotated[str, typer.Option(help="Which gold of --gold to score: dev, test or all.")] = "all",
    stage: Annotated[str, typer.Option(help="Comma-separated stages: figures,themes,actors,quotes.")] = (
        "figures,themes,actors,quotes"
    ),
    baseline: Annotated[bool, typer.Option(help="Also score quantulum3 on the figures and time both.")] = True,
    details: Annotated[
        bool, typer.Option("--details", "-d", help="Each text's scores, and every miss and wrong reading of dev texts.")
    ] = False,
    show_test_details: Annotated[
        bool,
        typer.Option("--show-test-details", help="With -d, list the test texts' misses too (do not tune on them)."),
    ] = False,
) -> None:
    """Score the analysis against gold annotations, dev and test side by side: precision, recall and F1 per stage."""
    from . import evaluate  # imported here: keeps 'briefgen build' start-up fast

    try:
        stages = tuple(s.strip() for s in stage.split(",") if s.strip())
        unknown = [s for s in stages if s not in evaluate.STAGES]
        if unknown or not stages:
            raise BriefgenError(f"--stage {stage!r}: use some of {','.join(evaluate.STAGES)}")
        if split not in evaluate.SPLIT_CHOICES:
            raise BriefgenError(f"--split {split!r}: use one of {'|'.join(evaluate.SPLIT_CHOICES)}")
        if folders:
            targets = [f for f in folders if split == "all" or evaluate.split_of(f) == split]
        else:
            targets = evaluate.gold_folders(gold, split)
        if not targets:
            raise BriefgenError(f"no gold folders to score (--split {split})")
        report = evaluate.evaluate(targets, stages, baseline)
        typer.echo(evaluate.format_report(report, details, show_test_details))
    except BriefgenError as exc:
        _err(f"error: {exc}")
        raise typer.Exit(1) from None


templates_app = typer.Typer(help="List, scaffold and check brief formats (templates/NAME/).", no_args_is_help=True)
app.add_typer(templates_app, name="templates")


@templates_app.command("list")
def templates_list() -> None:
    """List the formats on the template path: name, page size, folder and what each is for."""
    from .templating import tools as template_tools

    for info in template_tools.list_formats():
        typer.echo(f"{info.name:<16} {info.page_size:<7} {info.folder}")
        if info.description:
            typer.echo(f"{'':<16} {info.description}")


@templates_app.command("new")
def templates_new(
    name: Annotated[str, typer.Argument(help="Name of the new format (lowercase letters, digits, - and _).")],
    base: Annotated[str, typer.Option("--from", help="Format to copy.")] = "policy-brief",
    into: Annotated[Path, typer.Option("--dir", help="Folder of formats to create it in.")] = Path("templates"),
) -> None:
    """Scaffold a new format: a copy of the default (or --from FORMAT) in ./templates/NAME, never overwriting."""
    from .templating import tools as template_tools

    try:
        folder = template_tools.scaffold(name, into, base)
    except BriefgenError as exc:
        _err(f"error: {exc}")
        raise typer.Exit(1) from None
    typer.echo(f"created {folder}: edit its brief.html.j2 and style.toml, then 'briefgen templates check {folder}'")


@templates_app.command("check")
def templates_check(
    path: Annotated[str, typer.Argument(help="Format folder or name.")],
    seed: Annotated[Path | None, typer.Option(help="Brief folder to render (default: the bundled seed).")] = None,
) -> None:
    """Render a format against the bundled brief and run every writer; errors as file:line, non-zero exit."""
    from .templating import tools as template_tools

    try:
        report = template_tools.check_format(path, seed)
    except BriefgenError as exc:
        _err(f"error: {exc}")
        raise typer.Exit(1) from None
    for note in report.warnings:
        _err(f"warning: {note}")
    typer.echo(f"ok: {report.template}: {report.blocks} blocks, {report.pages} PDF page(s) for {report.brief}")


def main() -> None:
    """Console-script entry point."""
    from ._speed.cli_values import read_plainly
    from ._speed.import_pause import freeze_after_imports

    _STANDALONE[0] = True
    freeze_after_imports()  # a short-lived process: what a build imports is frozen out of the collector's sight
    try:
        command = typer.main.get_command(app)  # what app() runs, with values read without pydantic where plain
        read_plainly(command)
        command()
    except BriefgenError as exc:  # raised outside a command body
        _err(f"error: {exc}")
        sys.exit(1)
