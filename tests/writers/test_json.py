"""JSON writer: the contract fields, cites as {source, paragraph, start, end}."""

from __future__ import annotations

import json
from pathlib import Path

from briefgen.writers.json import write_json

from writers.sample_document import sample_job


def test_contract_fields(tmp_path: Path) -> None:
    data = json.loads(write_json(sample_job(tmp_path)))
    for key in ("title", "sources", "themes", "figures", "actors", "quotes", "timeline"):
        assert key in data
    source = data["sources"][0]
    assert set(source) >= {"id", "title", "path", "sha256"}
    theme = data["themes"][0]
    assert set(theme) >= {"id", "title", "summary", "figures"}
    assert set(theme["summary"][0]) >= {"text", "cite"}
    assert set(theme["summary"][0]["cite"]) == {"source", "paragraph", "start", "end"}
    figure = data["figures"][0]
    assert set(figure) >= {"text", "value", "unit", "kind", "label", "theme", "sidebar", "cite"}
    assert set(data["actors"][0]) >= {"name", "role"}
    assert set(data["quotes"][0]) >= {"speaker", "text", "cite"}


def test_non_ascii_is_kept_readable(tmp_path: Path) -> None:
    raw = write_json(sample_job(tmp_path)).decode("utf-8")
    assert "\\u2019" not in raw  # curly quotes stay as characters
