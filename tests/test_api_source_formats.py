"""A brief built from the HTML, DOCX or PDF version of a text has the figures and summary of the text's brief.

The HTML, DOCX and PDF fixtures (tests/fixtures/sources, made by LibreOffice from the corpus texts) carry
a publication date in their metadata, which dates without a year ("December") are read against; the
text version is given the same date (a ``# date:`` line) so both briefs read dates alike.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from briefgen import api
from briefgen.ingest import read_source
from briefgen.model import Brief
from fixtures.sources.make_sources import CAMBODIA, FACTSHEET, FACTSHEET_TABLE, XI

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "tests" / "fixtures" / "sources"
CORPUS = ROOT / "tests" / "fixtures" / "corpus"
SPECS = {
    FACTSHEET: ROOT / "tests" / "fixtures" / "briefs" / "asean" / "brief.toml",
    CAMBODIA: ROOT / "seeds" / "cambodia" / "brief.toml",
}
GENERIC = 'title = "Readout"\ndate = 2026-01-05\n'


def _brief(tmp_path: Path, name: str, data: bytes, corpus: str) -> Brief:
    """The brief of a folder holding only ``name``, configured as the corpus text's brief is."""
    folder = tmp_path / name.replace(".", "_")
    folder.mkdir()
    (folder / name).write_bytes(data)
    spec = SPECS[corpus].read_text(encoding="utf-8") if corpus in SPECS else GENERIC
    lines = [line for line in spec.splitlines() if not line.startswith("sources")]
    (folder / "brief.toml").write_text(f'sources = ["{name}"]\n' + "\n".join(lines) + "\n", encoding="utf-8")
    return api.prepare(folder)[2]


def _summary(brief: Brief, hyphens: bool) -> list[str]:
    """Bottom line and theme summaries, white space normalised (and hyphens dropped unless ``hyphens``)."""
    texts = sorted(i.text for i in brief.bluf) + [i.text for t in brief.themes for i in t.summary]
    return [" ".join((t if hyphens else t.replace("-", "")).split()) for t in texts]


def _figures(brief: Brief, paragraphs: int) -> Counter[tuple[str, float]]:
    """(kind, value) of every figure in the first ``paragraphs`` paragraphs (the text's body)."""
    return Counter((f.kind, f.value) for f in brief.figures if f.cite.paragraph < paragraphs)


@pytest.mark.parametrize(
    ("fixture", "corpus", "hyphens"),
    [
        ("factsheet.html", FACTSHEET, True),
        ("factsheet.docx", FACTSHEET, True),
        ("factsheet.pdf", FACTSHEET, True),
        ("xi_bali_readout.html", XI, True),
        ("cambodia.pdf", CAMBODIA, True),
        # Narrow justified columns break compounds at their hyphen ("high-" / "level"): without a dictionary
        # the PDF reader cannot tell those from hyphenation, so this one is compared ignoring hyphens.
        ("cambodia_columns.pdf", CAMBODIA, False),
    ],
)
def test_brief_from_another_format_matches_the_text_brief(
    tmp_path: Path, fixture: str, corpus: str, hyphens: bool
) -> None:
    path = SOURCES / fixture
    other = _brief(tmp_path, fixture, path.read_bytes(), corpus)
    date = read_source(path, "x").date
    text = (CORPUS / corpus).read_bytes()
    if fixture in ("factsheet.docx", "factsheet.pdf"):
        # These versions add a table; the text version gets the same rows, so both hold the same words (the
        # theme evidence weighs keywords by their rarity among all sentences, table rows included).
        text += b"\n\n" + "\n\n".join(" | ".join(row) for row in FACTSHEET_TABLE).encode() + b"\n"
    plain = _brief(tmp_path, "corpus.txt", f"# date: {date}\n".encode() + text if date else text, corpus)
    body = len(read_source(CORPUS / corpus, "x").paragraphs)

    assert _figures(other, body) == _figures(plain, body)
    assert _summary(other, hyphens) == _summary(plain, hyphens)
    assert len(plain.figures) > 5 and len(_summary(plain, hyphens)) >= 3
    # What lies beyond the text's body is the table the DOCX and PDF versions add.
    extra = [f.text for f in other.figures if f.cite.paragraph >= body]
    table = " ".join(" ".join(row) for row in FACTSHEET_TABLE)
    assert all(surface in table for surface in extra)
    assert bool(extra) == (fixture in ("factsheet.docx", "factsheet.pdf"))
