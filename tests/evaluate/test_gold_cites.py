"""Every cite of every brief built from the gold's real texts is exact: it points at the words it stands for."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from briefgen.evaluate.runner import gold_folders, run_folder
from briefgen.writers.json import brief_to_json

GOLD = Path(__file__).parents[1] / "gold"


def _cites(data: Any, path: str = "") -> Iterator[tuple[str, dict[str, Any], dict[str, Any]]]:
    """(where, cite, the object holding it) for every cite in the brief's JSON."""
    if isinstance(data, dict):
        for key, value in data.items():
            if key in ("cite", "also", "cites", "mentioned_in_passing"):
                for cite in value if isinstance(value, list) else [value]:
                    if isinstance(cite, dict):
                        yield f"{path}.{key}", cite, data
            else:
                yield from _cites(value, f"{path}.{key}")
    elif isinstance(data, list):
        for i, value in enumerate(data):
            yield from _cites(value, f"{path}[{i}]")


@pytest.mark.parametrize("folder", gold_folders(GOLD), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_cite_is_exact(folder: Path) -> None:
    run = run_folder(folder)
    assert run.brief is not None
    source = run.source
    paragraphs = {p.index: p for p in source.paragraphs}
    data = brief_to_json(run.brief)
    checked = 0
    for where, cite, holder in _cites(data):
        if cite["source"] != source.id:
            continue
        start, end = cite["start"], cite["end"]
        paragraph = paragraphs[cite["paragraph"]]
        assert paragraph.start <= start < end <= paragraph.end, f"{where}: span outside its paragraph"
        span = source.text[start:end]
        assert span == span.strip() and span, f"{where}: {span!r} is not a whole span"
        if where.endswith(".cite") and isinstance(holder.get("text"), str) and "value" not in holder:
            assert holder["text"] == span or holder["text"] in span, f"{where}: {holder['text']!r} vs {span!r}"
        if where.endswith(".cite") and "value" in holder:
            assert holder["text"] in span, f"{where}: figure {holder['text']!r} not in {span!r}"
        checked += 1
    assert checked > 0
