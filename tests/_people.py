"""Test helper: the people briefgen finds in a made-up text, by name."""

from __future__ import annotations

from pathlib import Path

from _sentences import from_text
from briefgen.analyze.actors.find import find_actors
from briefgen.model import Actor


def people_in(tmp_path: Path, text: str) -> dict[str, Actor]:
    """The persons found in ``text`` (written to a file under ``tmp_path``), by name."""
    source, sentences = from_text(tmp_path, text)
    return {a.name: a for a in find_actors(source, sentences) if a.kind == "person"}
