"""Changes between two briefs as a terminal table (rich), for ``briefgen diff``."""

from __future__ import annotations

import io

from rich.console import Console
from rich.table import Table

from ..model import BriefChanges


def changes_table(changes: BriefChanges, width: int = 120) -> str:
    """The figures as a table (change, figure, before, now, with where each source gives it), then the rest."""
    out = io.StringIO()
    console = Console(file=out, width=width, force_terminal=False, color_system=None)
    if changes.figures:
        table = Table(title="Figures", show_lines=False)
        for column in ("change", "figure", "before", "now"):
            table.add_column(column)
        for c in changes.figures:
            before = f"{c.old.text} ({c.old_where})" if c.old else "—"
            now = f"{c.new.text} ({c.new_where})" if c.new else "—"
            table.add_row(c.status, c.label, before, now)
        console.print(table)
    else:
        console.print("Figures: no figure new, gone or changed")
    for name, items in (
        ("Themes newly covered", changes.themes_covered),
        ("Themes no longer covered", changes.themes_dropped),
        ("New actors", changes.actors),
    ):
        if items:
            console.print(f"{name}: " + ", ".join(items))
    for quote in changes.quotes:
        console.print(f"New quote: {quote.speaker or 'Unattributed'}: “{' '.join(quote.text.split())}”")
    if changes.empty:
        console.print(f"No changes since {changes.previous} ({changes.previous_date}).")
    return out.getvalue()
