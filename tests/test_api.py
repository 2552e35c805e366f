"""End to end: build real briefs and read every output back as a reader would."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from briefgen import api
from briefgen.ingest import read_source
from readback import docx_text, html_text, pdf_text, squash

ROOT = Path(__file__).parent.parent
SEED = ROOT / "seeds" / "cambodia"
ASEAN = ROOT / "tests" / "fixtures" / "briefs" / "asean"


@pytest.fixture(scope="module")
def seed_build(tmp_path_factory: pytest.TempPathFactory) -> api.BuildResult:
    out = tmp_path_factory.mktemp("briefs")
    return api.build(SEED, api.BuildOptions(out_root=out))


def _json(result: api.BuildResult) -> dict[str, Any]:
    path = next(p for p in result.outputs if p.suffix == ".json")
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def test_writes_all_four_formats(seed_build: api.BuildResult) -> None:
    names = sorted(p.name for p in seed_build.outputs)
    assert names == ["cambodia.docx", "cambodia.html", "cambodia.json", "cambodia.pdf"]
    folder = seed_build.outputs[0].parent
    assert folder.name == "cambodia"
    assert not [p for p in folder.iterdir() if p.name.endswith(".part")]


def test_json_has_three_covered_themes_with_cited_summaries(seed_build: api.BuildResult) -> None:
    data = _json(seed_build)
    assert [t["title"] for t in data["themes"]] == ["ASEM engagement", "Indo-Pacific security", "China alignment"]
    for theme in data["themes"]:
        assert theme["covered"]
        assert 3 <= len(theme["summary"]) <= 6
    assert 1 <= len(data["bluf"]) <= 4


def test_every_cite_is_exact(seed_build: api.BuildResult) -> None:
    data = _json(seed_build)
    texts = {s["id"]: read_source(SEED / s["path"], s["id"]).text for s in data["sources"]}

    def check(item: dict[str, Any], surface: str) -> None:
        cite = item["cite"]
        assert texts[cite["source"]][cite["start"] : cite["end"]] == surface

    for theme in data["themes"]:
        for s in theme["summary"]:
            check(s, s["text"])
    for s in data["bluf"]:
        check(s, s["text"])
    for f in data["figures"]:
        check(f, f["text"])
    for q in data["quotes"]:
        check(q, q["text"])
    for e in data["timeline"]:
        check(e, e["text"])
    for p in data["passages"]:
        assert texts[p["source"]][p["start"] : p["end"]] == p["text"]


def test_every_money_amount_and_percentage_of_the_seed(seed_build: api.BuildResult) -> None:
    figures = _json(seed_build)["figures"]
    money = sorted(f["value"] for f in figures if f["kind"] == "money")
    percent = sorted(f["value"] for f in figures if f["kind"] == "percent")
    assert money == [100_000_000, 588_000_000, 17_700_000_000]
    assert percent == [60, 65, 68, 75]
    partners = [f for f in figures if f["kind"] == "count" and f["value"] == 53]
    assert partners and partners[0]["label"]
    for f in figures:
        assert f["label"], f


def test_pdf_reads_back(seed_build: api.BuildResult, tmp_path: Path) -> None:
    pdf = next(p for p in seed_build.outputs if p.suffix == ".pdf")
    reader = PdfReader(pdf)
    assert 2 <= len(reader.pages) <= 4
    assert reader.metadata is not None and reader.metadata.title == "Cambodia: Foreign Policy Outlook"
    _assert_content(pdf_text(pdf), _json(seed_build))
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
        assert "A4" in info


def test_docx_reads_back(seed_build: api.BuildResult) -> None:
    docx = next(p for p in seed_build.outputs if p.suffix == ".docx")
    _assert_content(docx_text(docx), _json(seed_build))


def test_html_reads_back(seed_build: api.BuildResult) -> None:
    html = next(p for p in seed_build.outputs if p.suffix == ".html")
    _assert_content(html_text(html), _json(seed_build))


def _assert_content(text: str, data: dict[str, Any]) -> None:
    flat = squash(text)
    assert "UNCLASSIFIED" in text
    for theme in data["themes"]:
        assert squash(theme["title"]) in flat, theme["title"]
        for item in theme["summary"]:
            assert squash(item["text"]) in flat, item["text"]
    for figure in data["sidebar"]:
        assert squash(figure["display"]) in flat, figure["display"]
        assert squash(figure["label"]) in flat, figure["label"]


@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice (soffice) is not installed")
def test_docx_opens_in_libreoffice(seed_build: api.BuildResult, tmp_path: Path) -> None:
    docx = next(p for p in seed_build.outputs if p.suffix == ".docx")
    profile = tmp_path / "profile"
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(docx)],
        capture_output=True, check=True, timeout=180,
    )
    converted = tmp_path / "cambodia.pdf"
    assert converted.exists()
    assert "Cambodia: Foreign Policy Outlook" in " ".join(pdf_text(converted).split())


def test_a_second_brief_on_a_corpus_text(tmp_path: Path) -> None:
    result = api.build(ASEAN, api.BuildOptions(out_root=tmp_path))
    data = _json(result)
    assert [t["id"] for t in data["themes"]] == ["economy", "maritime", "people"]
    assert all(len(t["summary"]) >= 3 for t in data["themes"])
    money = {f["value"] for f in data["figures"] if f["kind"] == "money"}
    assert {860_000_000, 7_000_000_000, 10_000_000} <= money
    flat = squash(pdf_text(next(p for p in result.outputs if p.suffix == ".pdf")))
    assert squash("UNCLASSIFIED//FOR OFFICIAL USE ONLY") in flat
    assert squash("(U) Economic cooperation") in flat  # portion marks on


TRICKY = (
    "Trade Officials Meet\n"
    "Trade ministers held a Q&A on tariffs < 5% and said “trade is fair” in Phnom Penh.\n"
    "A trade pact, called ព្រះរាជាណាចក្រកម្ពុជា trade accord by Khmer media, covers $2 billion of trade.\n"
    "Trade between the partners rose to 40 percent of exports, trade officials said.\n"
    "A final sentence about trade flows closes the report on trade.\n"
)


def test_special_characters_survive_every_format(tmp_path: Path) -> None:
    folder = tmp_path / "tricky"
    folder.mkdir()
    (folder / "news.txt").write_text(TRICKY, encoding="utf-8")
    (folder / "brief.toml").write_text(
        'title = "Q&A <Trade> “Brief”"\ndate = 2026-01-01\n[[themes]]\nid = "trade"\ntitle = "Trade & tariffs"\n'
        '[themes.keywords]\n"trade" = 2\n"tariffs" = 1\n',
        encoding="utf-8",
    )
    result = api.build(folder, api.BuildOptions(out_root=tmp_path / "out"))
    needles = ["Q&A on tariffs < 5%", "“trade is fair”", "ព្រះរាជាណាចក្រកម្ពុជា", "Trade & tariffs", "Q&A <Trade> “Brief”"]
    outputs = {p.suffix: p for p in result.outputs}
    data = json.loads(outputs[".json"].read_text(encoding="utf-8"))
    assert data["title"] == "Q&A <Trade> “Brief”"
    raw_json = outputs[".json"].read_text(encoding="utf-8")
    for text in (html_text(outputs[".html"]), docx_text(outputs[".docx"]), pdf_text(outputs[".pdf"]), raw_json):
        flat = squash(text)
        for needle in needles:
            assert squash(needle) in flat, needle
