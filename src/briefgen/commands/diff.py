"""``briefgen diff OLD.json NEW.json``: what changed between two builds of a brief, as a table or JSON."""

import sys
from pathlib import Path
from typing import Annotated

import typer


def diff(
    old: Annotated[Path, typer.Argument(help="The earlier brief's JSON (briefs/<name>/<name>.json).")],
    new: Annotated[Path, typer.Argument(help="The later brief's JSON.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the changes as JSON.")] = False,
) -> None:
    """Compare two builds of a brief: figures new, gone and changed in value, themes, actors and quotes."""
    import json  # imported here, like the rest: --help loads nothing a command needs only when it runs

    from ..changes.compare import compare_snapshots
    from ..changes.json import changes_json
    from ..changes.snapshot import load_snapshot
    from ..changes.table import changes_table
    from ..errors import BriefgenError

    try:
        changes = compare_snapshots(load_snapshot(old), load_snapshot(new))
    except BriefgenError as exc:
        typer.secho(f"error: {exc}", err=True, fg=typer.colors.RED if sys.stderr.isatty() else None)
        raise typer.Exit(1) from None
    if as_json:
        typer.echo(json.dumps(changes_json(changes), ensure_ascii=False, indent=2))
    else:
        typer.echo(changes_table(changes), nl=False)
