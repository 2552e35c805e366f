"""Test helper: the quotes briefgen finds in a made-up text, with the people it finds as their speakers."""

from __future__ import annotations

from pathlib import Path

from _sentences import from_text
from briefgen.analyze.actors.find import actor_findings
from briefgen.analyze.quotes import find_quotes
from briefgen.model import Quote


def quotes_in(tmp_path: Path, text: str) -> list[Quote]:
    """The quotes found in ``text`` (written to a file under ``tmp_path``), in source order."""
    source, sentences = from_text(tmp_path, text)
    return find_quotes(source, sentences, actor_findings(source, sentences).mentions)
