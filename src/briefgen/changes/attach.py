"""Add a "What changed" part to a brief whose brief.toml names a previous brief (``compare_with``)."""

from __future__ import annotations

from dataclasses import replace

from ..errors import BriefgenError
from ..model import Brief
from ..spec import SPEC_FILE, BriefSpec


def attach_changes(brief: Brief, spec: BriefSpec) -> Brief:
    """The brief with ``changes`` against ``spec.compare_with`` (relative to the brief folder); unchanged without."""
    if not spec.compare_with:
        return brief
    path = spec.root / spec.compare_with
    if not path.is_file():
        raise BriefgenError(
            f"{spec.root / SPEC_FILE}: compare_with '{spec.compare_with}' is not a file; give the previous brief's "
            "JSON (e.g. copy briefs/<name>/<name>.json into the folder) or remove the key"
        )
    # Imported here: a brief without compare_with (most) does not load the comparison (a build's start-up).
    from .compare import compare_snapshots
    from .snapshot import load_snapshot, snapshot

    return replace(brief, changes=compare_snapshots(load_snapshot(path), snapshot(brief)))
