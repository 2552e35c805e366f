"""``briefgen verify`` on briefs edited in Word, saved by LibreOffice: each kind of edit found, the unedited passes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner
from word_edits import EDITS, libreoffice_resave

from briefgen.cli import app

ROOT = Path(__file__).resolve().parents[3]
pytestmark = pytest.mark.skipif(
    shutil.which("soffice") is None and shutil.which("libreoffice") is None, reason="needs LibreOffice"
)


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The seed brief built as DOCX, edited each way, every file saved again by LibreOffice."""
    base = tmp_path_factory.mktemp("verify")
    seed = base / "cambodia"
    shutil.copytree(ROOT / "seeds" / "cambodia", seed)
    result = CliRunner().invoke(app, ["build", str(seed), "--out", str(base / "out"), "-f", "docx,html,pdf", "-q"])
    assert result.exit_code == 0, result.stderr
    built = base / "out" / "cambodia" / "cambodia.docx"
    edited = base / "edited"
    edited.mkdir()
    originals = [edited / "unedited.docx"]
    shutil.copy(built, originals[0])
    for name, edit in EDITS.items():
        path = edited / f"{name}.docx"
        path.write_bytes(edit(built.read_bytes()))
        originals.append(path)
    saved = libreoffice_resave(originals, base / "libreoffice", base / "profile")
    found = {p.stem: p for p in saved}
    chosen = [found[name] for name in ("unedited", "changed-figure", "inserted-number")]
    exported = libreoffice_resave(chosen, base / "exported", base / "profile", "pdf")
    found.update({f"{p.stem}-pdf": p for p in exported})
    found["generated-html"] = base / "out" / "cambodia" / "cambodia.html"
    found["generated-pdf"] = base / "out" / "cambodia" / "cambodia.pdf"
    found["seed"] = seed
    return found


def _verify(files: dict[str, Path], name: str) -> tuple[int, list[str]]:
    result = CliRunner().invoke(app, ["verify", str(files[name]), "--brief", str(files["seed"])])
    return result.exit_code, result.stdout.splitlines()


@pytest.mark.parametrize("name", ["unedited", "generated-html", "generated-pdf"])
def test_the_unedited_brief_passes(files: dict[str, Path], name: str) -> None:
    code, lines = _verify(files, name)
    assert code == 0, lines
    assert lines[-1].startswith("ok: ") and "0 finding(s)" in lines[-1]


def test_a_changed_figure_names_the_source_value(files: dict[str, Path]) -> None:
    code, lines = _verify(files, "changed-figure")
    assert code == 4
    assert any("$600 million changed: the sources give $588 million (cambodia.txt ¶24)" in line for line in lines)


def test_a_deleted_citation(files: dict[str, Path]) -> None:
    code, lines = _verify(files, "deleted-citation")
    assert code == 4
    assert any("“By 2024, Cambodia had received" in line and "citation removed" in line for line in lines)


def test_an_inserted_unsupported_number(files: dict[str, Path]) -> None:
    code, lines = _verify(files, "inserted-number")
    assert code == 4
    assert any("45 percent: no source gives it" in line for line in lines)


@pytest.mark.parametrize("name", ["tracked-accepted", "tracked-not-accepted"])
def test_tracked_changes_accepted_or_not(files: dict[str, Path], name: str) -> None:
    code, lines = _verify(files, name)
    assert code == 4
    assert any("$19.7 billion changed: the sources give $17.7 billion" in line for line in lines), lines


def test_a_quotation_given_to_the_wrong_speaker(files: dict[str, Path]) -> None:
    code, lines = _verify(files, "wrong-speaker")
    assert code == 4
    assert any("quotation attributed to Hun Manet; the sources give it to Prak Sokhonn" in line for line in lines)


def test_bad_input_is_one_clear_line(files: dict[str, Path], tmp_path: Path) -> None:
    odd = tmp_path / "brief.txt"
    odd.write_text("x", encoding="utf-8")
    result = CliRunner().invoke(app, ["verify", str(odd), "--brief", str(files["seed"])])
    assert result.exit_code == 1 and result.stderr.count("\n") == 1 and ".docx, .pdf or .html" in result.stderr
    missing = CliRunner().invoke(app, ["verify", str(tmp_path / "elsewhere.docx")])
    assert missing.exit_code == 1 and "--brief" in missing.stderr


def test_an_edited_html_brief(files: dict[str, Path], tmp_path: Path) -> None:
    page = files["generated-html"].read_text(encoding="utf-8")
    edited = tmp_path / "cambodia.html"
    old = "Beijing pledged $588 million in aid to Cambodia, including"
    edited.write_text(page.replace(old, old.replace("$588", "$600")), encoding="utf-8")  # text and tooltips
    result = CliRunner().invoke(app, ["verify", str(edited), "--brief", str(files["seed"])])
    assert result.exit_code == 4
    assert "$600 million changed: the sources give $588 million" in result.stdout


def test_intact_lists_the_cited_passages_still_as_generated(files: dict[str, Path]) -> None:
    args = ["verify", str(files["inserted-number"]), "--brief", str(files["seed"]), "--intact"]
    result = CliRunner().invoke(app, args)
    intact = [line for line in result.stdout.splitlines() if line.endswith("intact [1]")]
    summary = result.stdout.splitlines()[-1]
    assert intact and f"{len(intact)} of " in summary  # every cited paragraph is listed, none lost its citation
    assert any("“By 2024, Cambodia had received" in line for line in intact)


def test_a_pdf_exported_from_the_edited_docx(files: dict[str, Path]) -> None:
    """Laid out by LibreOffice, not briefgen: paragraphs break elsewhere, the numbers are still checked."""
    code, lines = _verify(files, "unedited-pdf")
    assert code == 0, lines
    code, lines = _verify(files, "changed-figure-pdf")
    assert code == 4 and any("$600 million changed: the sources give $588 million" in line for line in lines)
    code, lines = _verify(files, "inserted-number-pdf")
    assert code == 4 and any("45 percent: no source gives it" in line for line in lines)
