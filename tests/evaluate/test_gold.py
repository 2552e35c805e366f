"""Gold files: surfaces are located in their paragraph, and a file that does not fit its text is refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.errors import GoldError
from briefgen.evaluate import check_folders, gold_folders, load_folder, split_of
from briefgen.evaluate.gold import load_gold
from briefgen.ingest import read_source
from briefgen.model import Source

GOLD = Path(__file__).parent.parent / "gold"
OLD = ("biden-hun-sen", "biden-xi-bali", "cambodia", "east-asia-summit", "us-asean-factsheet")
"""The first gold: the seed and the corpus texts, every figure and actor kind, no coverage.toml."""
SEED_THEMES = ("asem", "indo-pacific-security", "china-alignment")


def _source(tmp_path: Path, text: str) -> Source:
    path = tmp_path / "text.txt"
    path.write_text(text, encoding="utf-8")
    return read_source(path, "text")


def _folder(
    tmp_path: Path, themes: str, figures: str = "", actors: str = "", quotes: str = "", coverage: str | None = None
) -> Path:
    folder = tmp_path / "gold"
    folder.mkdir()
    (folder / "themes.toml").write_text(themes, encoding="utf-8")
    (folder / "figures.toml").write_text(figures, encoding="utf-8")
    (folder / "actors.toml").write_text(actors, encoding="utf-8")
    (folder / "quotes.toml").write_text(quotes, encoding="utf-8")
    if coverage is not None:
        (folder / "coverage.toml").write_text(coverage, encoding="utf-8")
    return folder


TEXT = "Aid rose to $5 million in 2021.\n\nThe two leaders met. The two leaders agreed.\n"
THEMES = '[paragraphs]\n0 = "aid"\n1 = ["talks", "none"]\n'


def test_surfaces_are_located_in_their_paragraph(tmp_path: Path) -> None:
    source = _source(tmp_path, TEXT)
    figures = """figures = [
      { p = 0, text = "$5 million", kind = "money", value = 5e6, unit = "USD" },
      { p = 1, text = "two leaders", nth = 2, kind = "count", value = 2, theme = "talks" },
      { p = 0, text = "2021", kind = "year", value = 2021, optional = true },
    ]"""
    gold = load_gold(_folder(tmp_path, THEMES, figures), source)
    assert [source.text[f.start:f.end] for f in gold.figures] == ["$5 million", "2021", "two leaders"]
    assert gold.figures[2].start == TEXT.rindex("two leaders")
    assert gold.figures[0].themes == ("aid",)  # the paragraph's theme by default
    assert gold.figures[2].themes == ("talks",)
    assert gold.figures[1].optional
    assert gold.paragraph_themes == {0: ("aid",), 1: ("talks", "none")}
    assert gold.figure_scope == gold.actor_scope == "" and gold.coverage is None
    assert gold.figures[0].bound is None and gold.figures[0].label_terms is None  # not judged


def test_a_repeated_surface_without_nth_is_its_first_occurrence(tmp_path: Path) -> None:
    source = _source(tmp_path, TEXT)
    figures = 'figures = [{ p = 1, text = "two leaders", kind = "count", value = 2 }]'
    gold = load_gold(_folder(tmp_path, THEMES, figures), source)
    assert gold.figures[0].start == TEXT.index("two leaders")


def test_actors_and_quotes(tmp_path: Path) -> None:
    source = _source(tmp_path, "“We will act now,” Jane Roe said.\n")
    actors = 'actors = [{ name = "Jane Roe", kind = "person", aliases = ["Roe"], role = [] }]\n'
    quotes = 'quotes = [{ p = 0, text = "We will act now", speaker = "Jane Roe" }]\n'
    gold = load_gold(_folder(tmp_path, '[paragraphs]\n0 = "none"\n', actors=actors, quotes=quotes), source)
    assert gold.actors[0].names == ("Jane Roe", "Roe")
    assert gold.actors[0].roles == ()
    assert source.text[gold.quotes[0].start:gold.quotes[0].end] == "We will act now"
    assert not gold.quotes[0].optional


NEW_TEXT = (
    "Debt owed to China reached more than $4 billion, nearly two-thirds of the total.\n\n"
    "“We will not stand by,” Secretary Blinken said. Q Can you say whether it will?\n"
)


def test_the_annotating_format(tmp_path: Path) -> None:
    source = _source(tmp_path, NEW_TEXT)
    figures = """scope = "money-percent"
figures = [
  { p = 0, text = "$4 billion", kind = "money", value = 4e9, unit = "USD", qualifier = "more than", bound = "gt", \
label_terms = ["debt|owes|owed", "China|Chinese"], label = "debt owed to China" },
  { p = 0, text = "two-thirds", kind = "percent", value = 66.67, qualifier = "nearly", bound = "approx", \
label_terms = ["debt"], label = "share of debt owed to China" },
]"""
    actors = """scope = "people"
actors = [{ name = "Antony J. Blinken", kind = "person", aliases = ["Blinken", "Secretary Blinken"], \
role = ["Secretary of State"] }]"""
    quotes = """quotes = [
  { p = 1, text = "We will not stand by", speaker = "Antony J. Blinken" },
  { p = 1, text = "Can you say whether", speaker = "reporter", optional = true },
]"""
    coverage = "[coverage]\nasem = false\nindo-pacific-security = false\nchina-alignment = true\n"
    themes = '[paragraphs]\n0 = "china-alignment"\n1 = "none"\n'
    folder = _folder(tmp_path, themes, figures, actors, quotes, coverage)
    gold = load_gold(folder, source, SEED_THEMES)
    assert gold.figure_scope == "money-percent" and gold.actor_scope == "people"
    assert gold.coverage == {"asem": False, "indo-pacific-security": False, "china-alignment": True}
    assert [(f.text, f.bound, f.qualifier) for f in gold.figures] == [
        ("$4 billion", "gt", "more than"), ("two-thirds", "approx", "nearly")
    ]
    assert gold.figures[0].label_terms == ("debt|owes|owed", "China|Chinese")
    assert [q.optional for q in gold.quotes] == [False, True]
    assert gold.split == "dev"  # a folder outside dev/ and test/ counts as dev


COVERAGE = "[coverage]\nasem = false\nindo-pacific-security = true\nchina-alignment = false\n"
SEED = '[paragraphs]\n0 = "china-alignment"\n1 = "none"\n'
SCOPED = 'scope = "money-percent"\nfigures = [{ p = 0, text = "$4 billion", kind = "money", value = 4e9, %s }]'


@pytest.mark.parametrize(
    ("themes", "figures", "actors", "quotes", "coverage", "message"),
    [
        (SEED, SCOPED % 'bound = "more"', "", "", COVERAGE, "bound 'more': use one of"),
        (SEED, SCOPED % 'label_terms = "debt"', "", "", COVERAGE, "label_terms must be a list"),
        (SEED, 'scope = "money"\nfigures = []', "", "", COVERAGE, "scope 'money'"),
        (SEED, SCOPED.replace('kind = "money"', 'kind = "year"') % "bound = ''", "", "", COVERAGE,
         "kind must be one of money, percent, count"),
        (SEED, "", 'scope = "people"\nactors = [{ name = "China", kind = "country" }]', "", COVERAGE,
         "kind = person"),
        (SEED, "", "", 'quotes = [{ p = 1, text = "We will", speaker = "x", optional = "yes" }]', COVERAGE,
         "optional must be true or false"),
        (SEED, "", "", "", "[coverage]\nasem = false\nindo-pacific-security = true\n", "for each of asem"),
        (SEED, "", "", "", COVERAGE.replace("true", '"yes"'), "true/false"),
        ('[paragraphs]\n0 = "china"\n1 = "none"\n', "", "", "", COVERAGE, "unknown theme 'china'"),
        (SEED, SCOPED % 'bound = ""', "", "", None, "coverage.toml: not found"),
    ],
)
def test_an_annotation_that_does_not_fit_the_format_is_refused(
    tmp_path: Path, themes: str, figures: str, actors: str, quotes: str, coverage: str | None, message: str
) -> None:
    source = _source(tmp_path, NEW_TEXT)
    with pytest.raises(GoldError, match=message) as caught:
        load_gold(_folder(tmp_path, themes, figures, actors, quotes, coverage), source, SEED_THEMES)
    assert "\n" not in str(caught.value) and ".toml" in str(caught.value)


@pytest.mark.parametrize(
    ("themes", "figures", "message"),
    [
        ('[paragraphs]\n0 = "aid"\n', "", "give a theme for each of the 2 paragraphs"),
        (THEMES, 'figures = [{ p = 0, text = "$6 million", kind = "money", value = 6e6 }]', "is not in paragraph 0"),
        (THEMES, 'figures = [{ p = 1, text = "two leaders", nth = 3, kind = "count", value = 2 }]', "occurs 2 time"),
        (THEMES, 'figures = [{ p = 0, text = "2021", kind = "yr", value = 2021 }]', "kind must be one of"),
        (THEMES, 'figures = [{ p = 0, text = "2021", kind = "year" }]', "value is required"),
        (THEMES, 'figures = [{ p = 7, text = "2021", kind = "year", value = 2021 }]', "paragraph 7 does not exist"),
        (THEMES, 'figures = [{ p = 0, text = "2021", kind = "range", value = 2021, low = 2021 }]', "low and high"),
        (THEMES, "figures = [", "invalid TOML"),
    ],
)
def test_a_gold_file_that_does_not_fit_is_refused(tmp_path: Path, themes: str, figures: str, message: str) -> None:
    source = _source(tmp_path, TEXT)
    with pytest.raises(GoldError, match=message) as caught:
        load_gold(_folder(tmp_path, themes, figures), source)
    assert "\n" not in str(caught.value) and ".toml" in str(caught.value)


def test_gold_folders_by_split(tmp_path: Path) -> None:
    for name in ("dev/b", "dev/a", "test/c"):
        (tmp_path / name).mkdir(parents=True)
        (tmp_path / name / "brief.toml").write_text("", encoding="utf-8")
    assert [f"{split_of(f)}/{f.name}" for f in gold_folders(tmp_path)] == ["dev/a", "dev/b", "test/c"]
    assert [f.name for f in gold_folders(tmp_path, "test")] == ["c"]
    assert [f.name for f in gold_folders(tmp_path / "dev")] == ["a", "b"]  # a flat folder of gold: all dev
    with pytest.raises(GoldError, match="split 'train'"):
        gold_folders(tmp_path, "train")


def test_every_gold_folder_loads() -> None:
    folders = gold_folders(GOLD)
    assert check_folders(folders) == []
    dev, test = gold_folders(GOLD, "dev"), gold_folders(GOLD, "test")
    assert folders == dev + test and len(dev) >= 29 and len(test) >= 40  # both grow as texts are added
    assert set(OLD) <= {f.name for f in dev}
    for folder in folders:
        spec, source, gold = load_folder(folder)
        assert gold.paragraph_themes and gold.split == folder.parent.name
        assert all(f.text for f in gold.figures)
        if folder.name in OLD:
            assert gold.coverage is None and gold.figure_scope == gold.actor_scope == "" and gold.actors
            continue
        # The real-text gold of tests/gold/tools/ANNOTATING.md, judged against the seed's three themes.
        assert [t.id for t in spec.themes] == list(SEED_THEMES)
        assert gold.coverage is not None and set(gold.coverage) == set(SEED_THEMES)
        assert (gold.figure_scope, gold.actor_scope) == ("money-percent", "people")
        assert all(f.bound is not None and f.label_terms for f in gold.figures)
        assert source.path.endswith("source.txt")


def test_check_folders_names_the_folder_and_file(tmp_path: Path) -> None:
    folder = tmp_path / "dev" / "broken"
    folder.mkdir(parents=True)
    (folder / "source.txt").write_text("One paragraph.\n", encoding="utf-8")
    (folder / "brief.toml").write_text('title = "x"\nsources = ["source.txt"]\n', encoding="utf-8")
    (folder / "themes.toml").write_text('[paragraphs]\n0 = "none"\n', encoding="utf-8")
    problems = check_folders([folder])
    assert len(problems) == 1 and "figures.toml: not found" in problems[0]
