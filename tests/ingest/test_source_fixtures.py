"""The committed HTML/DOCX/PDF fixtures can be regenerated with LibreOffice and read the same way."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from briefgen.ingest.docx import read_docx
from briefgen.ingest.html import read_html
from briefgen.ingest.pdf import read_pdf
from briefgen.ingest.source import RawSource
from fixtures.sources.make_sources import build
from ingest.source_cases import SOURCES, got

_READERS = {".html": read_html, ".docx": read_docx, ".pdf": read_pdf}


def _read(path: Path) -> RawSource:
    return _READERS[path.suffix](path, path.read_bytes())


def test_fixtures_are_small() -> None:
    files = [p for p in SOURCES.iterdir() if p.suffix in _READERS]
    assert len(files) == 6
    assert all(p.stat().st_size < 200_000 for p in files)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_regenerated_fixtures_read_like_the_committed_ones(tmp_path: Path) -> None:
    for fresh in build(tmp_path):
        committed = SOURCES / fresh.name
        assert got(_read(fresh).paragraphs) == got(_read(committed).paragraphs), fresh.name
