"""Reading a brief's JSON: the contract's fields, tolerance of older or partial files, the search text."""

from __future__ import annotations

import json
from pathlib import Path

from briefgen.web.manifest import normalise, parse_manifest
from web.brief_fixtures import MARITIME, make_brief


def test_contract_fields(tmp_path: Path) -> None:
    made = make_brief(tmp_path, MARITIME)
    manifest = parse_manifest(json.dumps(made.json).encode())
    assert manifest is not None
    assert (manifest.title, manifest.date, manifest.classification) == (MARITIME.title, "2026-03-14", "UNCLASSIFIED")
    assert [t.id for t in manifest.themes] == ["coastguard", "funding", "climate"]
    assert manifest.sidebar[0].display == "$250M" and manifest.sidebar[0].label.startswith("Coastal patrol")
    assert manifest.source("news-report").number == 1  # type: ignore[union-attr]
    assert manifest.source("nope") is None
    assert len(manifest.passages) == 3
    assert {c.text for c in manifest.cited} >= {"$250 million", made.json["bluf"][0]["text"]}
    assert "jakarta" in manifest.search_text and "regional news report" in manifest.search_text


def test_partial_and_older_json_is_tolerated() -> None:
    manifest = parse_manifest(b'{"title": "Only a title", "themes": [{"id": "x"}, 5], "sidebar": "oops"}')
    assert manifest is not None
    assert manifest.title == "Only a title" and manifest.passages == () and manifest.sidebar == ()
    assert manifest.themes[0].title == "x" and manifest.themes[0].covered


def test_not_json_objects() -> None:
    for data in (b"", b"{", b"[1, 2]", b'"text"', b"\xff\xfe", b"[" * 100000):
        assert parse_manifest(data) is None


def test_normalise_folds_case_accents_and_space() -> None:
    assert normalise("  Côte   d’Ivoire\nSÃO Tomé ") == "cote d’ivoire sao tome"
