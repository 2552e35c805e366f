"""Every format under templates/, built from the seed: reproducible PDF and DOCX, and a DOCX LibreOffice opens.

Parametrized over the template folders present, so a new format is checked as soon as it exists.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from briefgen.api import BuildOptions, BuildResult, build

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "cambodia"
FORMATS = sorted(p.parent.name for p in (ROOT / "templates").glob("*/brief.html.j2"))
SOFFICE = shutil.which("soffice")
POPPLER = shutil.which("pdftotext") and shutil.which("pdfinfo")


def _build(template: str, out: Path) -> BuildResult:
    """The seed built as PDF and DOCX with one format."""
    return build(SEED, BuildOptions(formats=("pdf", "docx"), template=template, out_root=out))


@pytest.fixture(scope="module")
def builds(tmp_path_factory: pytest.TempPathFactory) -> dict[str, BuildResult]:
    """Each format built once."""
    return {name: _build(name, tmp_path_factory.mktemp(name)) for name in FORMATS}


def _output(result: BuildResult, suffix: str) -> Path:
    """The output file with ``suffix``."""
    return next(p for p in result.outputs if p.suffix == suffix)


def test_the_default_format_is_present() -> None:
    assert "policy-brief" in FORMATS


@pytest.mark.parametrize("name", FORMATS)
def test_two_builds_give_identical_pdf_and_docx(name: str, builds: dict[str, BuildResult], tmp_path: Path) -> None:
    again = _build(name, tmp_path)
    for suffix in (".pdf", ".docx"):
        first, second = _output(builds[name], suffix), _output(again, suffix)
        assert first != second  # two folders
        assert first.read_bytes() == second.read_bytes(), f"{name}{suffix} differs between builds"


def _pages(pdf: Path) -> list[str]:
    """The text of each page of a PDF, by poppler."""
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    count = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    texts = []
    for n in range(1, count + 1):
        command = ["pdftotext", "-layout", "-f", str(n), "-l", str(n), str(pdf), "-"]
        texts.append(subprocess.run(command, capture_output=True, text=True, check=True).stdout)
    return texts


@pytest.fixture(scope="module")
def converted(builds: dict[str, BuildResult], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Each format's DOCX converted to PDF by LibreOffice (one soffice run for all)."""
    if not (SOFFICE and POPPLER):
        pytest.skip("needs LibreOffice (soffice) and poppler-utils (pdftotext, pdfinfo)")
    folder = tmp_path_factory.mktemp("libreoffice")
    sources = []
    for name, result in builds.items():
        source = folder / f"{name}.docx"
        source.write_bytes(_output(result, ".docx").read_bytes())
        sources.append(str(source))
    profile = (folder / "profile").as_uri()
    subprocess.run(
        [str(SOFFICE), f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(folder), *sources],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    return {name: folder / f"{name}.pdf" for name in builds}


@pytest.mark.parametrize("name", FORMATS)
def test_libreoffice_converts_the_docx_with_the_banner_on_every_page(
    name: str, builds: dict[str, BuildResult], converted: dict[str, Path]
) -> None:
    pdf = converted[name]
    assert pdf.is_file(), f"LibreOffice did not convert {name}.docx"
    banner = builds[name].brief.classification
    pages = _pages(pdf)
    assert pages
    for number, text in enumerate(pages, start=1):
        assert text.count(banner) >= 2, f"{name}: page {number} lacks its top and bottom banner"
        assert f"Page {number} of {len(pages)}" in text
    assert builds[name].brief.title.split(":")[0] in pages[0]


@pytest.mark.skipif(not POPPLER, reason="needs poppler-utils (pdftotext, pdfinfo)")
@pytest.mark.parametrize("name", FORMATS)
def test_the_pdf_has_the_banner_on_every_page(name: str, builds: dict[str, BuildResult]) -> None:
    banner = builds[name].brief.classification
    pages = _pages(_output(builds[name], ".pdf"))
    for number, text in enumerate(pages, start=1):
        assert text.count(banner) >= 2, f"{name}: page {number} lacks its top and bottom banner"
        assert f"Page {number} of {len(pages)}" in text
