"""Building a brief with analysis.md: warnings, --strict, and the sections with citations in every format."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefgen.cli import app
from readback import docx_text, html_text, pdf_text, squash


@pytest.fixture(scope="module")
def built(analyst_seed: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, int]:
    """The seed with the fixture analysis.md, built into every format: (output folder, stderr, exit code)."""
    out = tmp_path_factory.mktemp("out")
    result = CliRunner().invoke(app, ["build", str(analyst_seed), "--out", str(out), "-q"])
    return out / "cambodia", result.stderr, result.exit_code


def test_warnings_name_file_line_and_source_value(built: tuple[Path, str, int], analyst_seed: Path) -> None:
    _folder, err, code = built
    assert code == 0
    where = analyst_seed / "analysis.md"
    lines = [line for line in err.splitlines() if line.startswith("warning:")]
    differs = "number $600 million differs from the sources: cambodia.txt ¶24 gives $588 million"
    assert f"warning: {where}:10: {differs}" in lines
    assert any(line.startswith(f"warning: {where}:19: number 12 Chinese warships is not supported") for line in lines)
    assert not any("40 percent" in line for line in lines)  # an Outlook's forecast: no source can give it
    assert not any("$588 million is" in line or "$17.7 billion" in line for line in lines)


def test_strict_fails_and_writes_nothing(analyst_seed: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["build", str(analyst_seed), "--out", str(tmp_path), "--strict", "-q"])
    assert result.exit_code == 1
    assert "warning:" in result.stderr and "(--strict)" in result.stderr.splitlines()[-1]
    assert not (tmp_path / "cambodia").exists()


def test_every_format_shows_the_sections_with_citations(built: tuple[Path, str, int]) -> None:
    folder, _err, _code = built
    for text, mark in (
        (pdf_text(folder / "cambodia.pdf"), ""),  # PDF citation marks have an empty ActualText (issue 14)
        (docx_text(folder / "cambodia.docx"), "1"),
        (html_text(folder / "cambodia.html"), "1"),
    ):
        flat = squash(text)
        for heading in ("Assessment", "Outlook", "Talkingpoints", "Thedesk'sjudgement,notsourcetext."):
            assert heading in flat
        assert f"Beijingpledged$588million{mark}" in flat  # the supported figure carries its citation number
        assert "$600million1" not in flat  # the differing one does not
    page = (folder / "cambodia.html").read_text(encoding="utf-8")
    assert page.index('id="analyst-assessment"') < page.index('id="theme-') < page.index('id="analyst-outlook"')
    assert page.index('id="analyst-outlook"') < page.index('id="sources"')


def test_json_records_every_claim(built: tuple[Path, str, int]) -> None:
    folder, _err, _code = built
    data = json.loads((folder / "cambodia.json").read_text(encoding="utf-8"))
    statuses = {c["text"]: c["status"] for c in data["claims"]}
    assert statuses["$588 million"] == "supported" and statuses["$600 million"] == "differs"
    assert statuses["40 percent"] == "unsupported"
    differs = next(c for c in data["claims"] if c["text"] == "$600 million")
    assert differs["line"] == 10 and differs["source_value"] == "$588 million" and differs["cites"]
    assert [s["id"] for s in data["analyst"]] == ["assessment", "outlook", "talking-points", "outlook-beyond-2027"]


@pytest.mark.parametrize("template", ["one-pager", "memo"])
def test_other_formats_place_the_sections_before_the_sources(analyst_seed: Path, tmp_path: Path, template: str) -> None:
    result = CliRunner().invoke(
        app, ["build", str(analyst_seed), "--out", str(tmp_path), "-t", template, "-f", "html", "-q"]
    )
    assert result.exit_code == 0, result.stderr
    page = (tmp_path / "cambodia" / "cambodia.html").read_text(encoding="utf-8")
    assert page.index('id="analyst-assessment"') < page.index('id="analyst-outlook"') < page.index('id="sources"')


def test_without_analysis_md_no_claims_and_no_sections(tmp_path: Path) -> None:
    seed = tmp_path / "cambodia"
    shutil.copytree(Path(__file__).resolve().parents[2] / "seeds" / "cambodia", seed)
    result = CliRunner().invoke(app, ["build", str(seed), "--out", str(tmp_path / "o"), "-f", "json,html", "-q"])
    claims = [w for w in result.stderr.splitlines() if w.startswith("warning") and "[provenance." not in w]
    assert result.exit_code == 0 and not claims  # the seed's one provenance warning (issue 11) is no claim
    data = json.loads((tmp_path / "o" / "cambodia" / "cambodia.json").read_text(encoding="utf-8"))
    assert data["analyst"] == [] and data["claims"] == []
    assert "analyst-" not in (tmp_path / "o" / "cambodia" / "cambodia.html").read_text(encoding="utf-8")


def test_language_warnings_name_their_rule_and_strict_ignores_them(
    built: tuple[Path, str, int], analyst_seed: Path, tmp_path: Path
) -> None:
    folder, err, _code = built
    where = analyst_seed / "analysis.md"
    assert f"warning: {where}:23: “may” in outlook-beyond-2027 [vague-hedge]: " in err
    for rule in ("mixed-likelihood", "confidence-and-likelihood", "confidence-level"):
        assert f"[{rule}]" in err
    data = json.loads((folder / "cambodia.json").read_text(encoding="utf-8"))
    assert [f["rule"] for f in data["language"]][:2] == ["vague-hedge", "mixed-likelihood"]
    strict = CliRunner().invoke(app, ["build", str(analyst_seed), "--out", str(tmp_path), "--strict", "-q"])
    assert "4 number(s) or quotation(s)" in strict.stderr  # style findings are not counted as errors
