"""The PDF writer's fonts come from the package, whatever the machine has installed."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.pdfbase import pdfmetrics

from briefgen.resources import data_path
from briefgen.writers.pdf import fonts
from briefgen.writers.pdf.coverage import check_coverage

BUNDLED_DIR = data_path("fonts")


def _file(font_name: str) -> Path:
    return Path(pdfmetrics.getFont(font_name).face.filename)


@pytest.mark.parametrize("family", ["Liberation Sans", "Liberation Serif", "Noto Sans Khmer"])
def test_bundled_families_load_from_the_package(family: str) -> None:
    found = fonts.resolve_family(family)
    assert found.family == family
    for face in (found.regular, found.bold):
        assert _file(face).parent == BUNDLED_DIR


def test_bundled_families_never_ask_the_system(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_system(args: list[str]) -> str:
        raise AssertionError(f"asked fontconfig: {args}")

    monkeypatch.setattr(fonts, "run_fontconfig", no_system)
    faces = fonts.find_family_files("Liberation Serif")
    assert set(faces) == {"regular", "bold", "italic", "bold_italic"}
    assert all(Path(f.path).is_file() for f in faces.values())


def test_every_bundled_font_has_its_licence() -> None:
    assert (BUNDLED_DIR / "OFL-1.1.txt").is_file()
    settings = fonts.data_toml("pdf_fonts.toml")["bundled"]
    for family, faces in settings.items():
        for name in faces.values():
            assert (BUNDLED_DIR / name).is_file(), (family, name)


def test_the_bundled_fonts_cover_the_scripts_briefs_use() -> None:
    text = "Phnom Penh ភ្នំពេញ — “Q&A” €5 ≥ 10% → Ελλάδα Россия naïve ✓"
    assert check_coverage(text) == []
