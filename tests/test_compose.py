"""Compose's selection: summaries, the bottom line, absent themes, generic briefs and the assignments."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from briefgen.analyze.pipeline import analyze
from briefgen.compose import MAX_BLUF, MIN_SUMMARY, compose
from briefgen.ingest import read_source
from briefgen.model import Brief, SummaryItem
from briefgen.spec import BriefSpec, load_spec
from briefgen.templating.formats import find_format, render
from briefgen.writers.json import brief_to_json

ROOT = Path(__file__).parents[1]
CORPUS = ROOT / "tests" / "fixtures" / "corpus"
SEED = load_spec(ROOT / "seeds" / "cambodia")


def _brief(spec: BriefSpec, *names: str) -> Brief:
    sources = [read_source(next(CORPUS.glob(f"{name}*.txt")), name) for name in names]
    return compose(analyze(sources, spec), spec)


def _seed_brief_of(tmp_path: Path, name: str, text: str) -> Brief:
    """The seed's brief composed from ``text`` alone, as source ``name``."""
    path = tmp_path / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return compose(analyze([read_source(path, name)], SEED), SEED)


def _verbatim(brief: Brief, items: tuple[SummaryItem, ...], names: dict[str, str]) -> None:
    for item in items:
        text = (CORPUS / names[item.cite.source]).read_text(encoding="utf-8")
        assert text[item.cite.start : item.cite.end] == item.text


@pytest.fixture(scope="module")
def seed() -> Brief:
    return _brief(SEED, "cambodia")


def test_every_theme_of_the_seed_has_a_cited_verbatim_summary(seed: Brief) -> None:
    names = {"cambodia": "cambodia.txt"}
    for theme in seed.themes:
        assert theme.covered
        assert MIN_SUMMARY <= len(theme.summary) <= SEED.summary_items
        assert [i.cite.start for i in theme.summary] == sorted(i.cite.start for i in theme.summary)
        _verbatim(seed, theme.summary, names)
    _verbatim(seed, seed.bluf, names)


def test_the_bottom_line_spans_the_themes_and_is_not_repeated(seed: Brief) -> None:
    assert 1 <= len(seed.bluf) <= min(SEED.bluf_items, MAX_BLUF)
    shown = [i for t in seed.themes for i in t.summary]
    assert not set(seed.bluf) & set(shown)
    themes_of_bluf = {t.id for t in seed.themes for i in seed.bluf if i.cite.paragraph in _paragraphs(seed, t.id)}
    assert len(themes_of_bluf) == len(seed.bluf)  # one per theme


def _paragraphs(brief: Brief, theme: str) -> set[int]:
    return {a.paragraph for a in brief.assignments if a.theme == theme}


def test_the_bottom_line_never_exceeds_four_items() -> None:
    spec = replace(SEED, bluf_items=4)
    brief = _brief(spec, "cambodia", "05", "08")
    assert len(brief.bluf) == MAX_BLUF
    assert len({i.text for i in brief.bluf}) == MAX_BLUF


def test_a_theme_the_sources_do_not_cover_is_said_to_be_absent() -> None:
    brief = _brief(SEED, "08")  # the Biden-Xi readout never mentions ASEM or Europe
    asem = next(t for t in brief.themes if t.id == "asem")
    assert not asem.covered
    assert asem.summary == asem.figures == asem.quotes == asem.events == asem.actors == ()
    assert all(a.theme != "asem" for a in brief.assignments)
    assert all(f.theme != "asem" for f in brief.figures)
    others = [t for t in brief.themes if t.id != "asem"]
    assert all(t.covered and t.summary for t in others)
    data = brief_to_json(brief)
    assert next(t for t in data["themes"] if t["id"] == "asem")["covered"] is False
    assert "The sources do not report on ASEM engagement" in render(find_format(SEED.template), brief)


def test_a_brief_without_themes_gives_the_best_sentences_of_all_sources() -> None:
    spec = replace(SEED, themes=(), summary_items=5, bluf_items=2)
    brief = _brief(spec, "05", "06", "07", "08")
    (overview,) = brief.themes
    assert overview.id == "overview" and overview.covered
    assert len(overview.summary) == 5 and len(brief.bluf) == 2
    picked = [*brief.bluf, *overview.summary]
    assert len({i.text for i in picked}) == len(picked)
    assert len({i.cite.source for i in picked}) >= 3  # not all from the longest source
    assert brief.assignments and all(a.theme is None for a in brief.assignments)


def test_summary_items_follow_brief_toml() -> None:
    brief = _brief(replace(SEED, summary_items=3), "cambodia")
    assert all(len(t.summary) == 3 for t in brief.themes)


def test_the_json_explains_every_paragraph(seed: Brief) -> None:
    data = brief_to_json(seed)
    source = read_source(CORPUS / "cambodia.txt", "cambodia")
    rows = data["assignments"]
    assert [(r["source"], r["paragraph"]) for r in rows] == [("cambodia", p.index) for p in source.paragraphs]
    first = rows[0]
    assert first["theme"] == "asem" and first["basis"] == "keywords" and "ASEM" in first["terms"]
    assert first["score"] > 0
    assert {r["basis"] for r in rows} <= {"keywords", "context", "section", ""}


def test_a_theme_mentioned_only_in_passing_is_absent_and_the_brief_says_where(tmp_path: Path) -> None:
    text = (
        "The county opened three new libraries this year, officials said.\n\n"
        "The libraries will lend laptops and offer classes; one reading room was paid for by a Chinese donor.\n\n"
        "Attendance at the libraries rose by a third, and opening hours will be longer from March.\n"
    )
    brief = _seed_brief_of(tmp_path, "libraries", text)
    china = next(t for t in brief.themes if t.id == "china-alignment")
    assert not china.covered and china.summary == ()
    (cite,) = china.passing
    assert "Chinese donor" in text[cite.start : cite.end] and cite.paragraph == 1
    assert next(t for t in brief_to_json(brief)["themes"] if t["id"] == "china-alignment")["mentioned_in_passing"] == [
        {"source": "libraries", "paragraph": 1, "start": cite.start, "end": cite.end}
    ]
    assert all(not t.passing for t in brief.themes if t.id != "china-alignment")
    assert "mentioned in passing in 1 paragraph (¶2" in render(find_format(SEED.template), brief)


def test_a_theme_reported_in_no_sentence_that_reads_alone_is_said_to_be_reported(tmp_path: Path) -> None:
    text = (
        "Press Briefing on the Summit\n\n"
        "MR. KIRBY: They will discuss trilateral security cooperation, including ballistic missile defense and "
        "the threat posed by North Korea's nuclear and missile programs in the Indo-Pacific.\n\n"
        "Q Will they announce new steps on North Korea's missile launches?\n\n"
        "MR. KIRBY: But I can tell you that deterrence and missile defense on the Korean Peninsula will be very "
        "much on the agenda, and we will keep sharing missile warning data with our allies in real time.\n\n"
        "MR. KIRBY: It's about the three democracies working together on security for a free and open "
        "Indo-Pacific, with their navies and coast guards.\n"
    )
    brief = _seed_brief_of(tmp_path, "briefing", text)
    security = next(t for t in brief.themes if t.id == "indo-pacific-security")
    assert security.reported and not security.covered and security.summary == ()
    assert security.passing
    as_json = next(t for t in brief_to_json(brief)["themes"] if t["id"] == "indo-pacific-security")
    assert as_json["reported"] is True and as_json["covered"] is False
    page = render(find_format(SEED.template), brief)
    assert "The sources report on Indo-Pacific security in" in page
    assert "The sources do not report on Indo-Pacific security" not in page
    assert "The sources do not report on the brief" not in page
    assert all(not t.reported for t in brief.themes if t.id != "indo-pacific-security")


def test_a_quantity_the_sources_give_differently_is_no_key_figure() -> None:
    spec = load_spec(ROOT / "tests" / "fixtures" / "briefs" / "mixed")
    sources = [read_source(path, path.stem) for path in spec.source_files()]
    brief = compose(analyze(sources, spec), spec)
    assert brief.discrepancies, "the fixture's sources disagree on one aid figure"
    disputed = {c for d in brief.discrepancies for f in d.figures for c in (f.cite, *f.also)}
    shown = [*brief.sidebar, *(f for t in brief.themes for f in t.figures)]
    assert shown and not any(f.cite in disputed for f in shown)
    assert {f.display for d in brief.discrepancies for f in d.figures} <= {f.display for f in brief.figures}


@pytest.mark.parametrize("template", ["policy-brief", "one-pager", "memo"])
def test_the_brief_says_how_many_figures_it_keeps_off_the_page(template: str) -> None:
    spec = load_spec(ROOT / "tests" / "fixtures" / "briefs" / "mixed")
    sources = [read_source(path, path.stem) for path in spec.source_files()]
    brief = compose(analyze(sources, spec), spec)
    held = sum(not f.label_complete for f in brief.figures)
    assert held > 0
    html = render(find_format(template), brief)
    assert f"{held} more figures from the sources are kept in the JSON output only" in html
    seed = _brief(SEED, "cambodia")
    seed_held = sum(not f.label_complete for f in seed.figures)
    assert ("kept in the JSON output only" in render(find_format(template), seed)) == (seed_held > 0)


def test_a_covered_theme_with_no_sentence_that_stands_alone_is_shown_where_it_is_mentioned(tmp_path: Path) -> None:
    text = (
        "The following is attributable to the Spokesperson:\n\n"
        "They discussed maritime claims in the South China Sea and military cooperation with partners. "
        "They also discussed the security ties that bind the two countries.\n"
    )
    brief = _seed_brief_of(tmp_path, "readout", text)
    security = next(t for t in brief.themes if t.id == "indo-pacific-security")
    assert not security.covered and security.summary == ()  # nothing that reads alone: no summary to show
    (cite,) = security.passing  # but the brief says where the sources mention it, not that they do not
    assert text[cite.start : cite.end].startswith("They discussed maritime claims")


def test_the_build_message_counts_a_theme_reported_without_a_summary(tmp_path: Path) -> None:
    from briefgen import api

    text = (
        "Press Briefing on the Summit\n\n"
        "MR. KIRBY: They will discuss trilateral security cooperation, including ballistic missile defense and "
        "the threat posed by North Korea's nuclear and missile programs in the Indo-Pacific.\n\n"
        "MR. KIRBY: But I can tell you that deterrence and missile defense on the Korean Peninsula will be very "
        "much on the agenda, and we will keep sharing missile warning data with our allies in real time.\n\n"
        "MR. KIRBY: It's about the three democracies working together on security for a free and open "
        "Indo-Pacific, with their navies and coast guards.\n"
    )
    folder = tmp_path / "briefing"
    folder.mkdir()
    (folder / "brief.toml").write_text((ROOT / "tests/gold/tools/brief_template.toml").read_text(encoding="utf-8"))
    (folder / "source.txt").write_text(text, encoding="utf-8")
    said: list[str] = []
    api.build(folder, api.BuildOptions(formats=("json",), out_root=tmp_path / "out"), progress=said.append)
    assert any("0/3 themes covered (1 more reported in sentences that need their context)" in s for s in said)
