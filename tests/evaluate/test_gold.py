"""Gold files: surfaces are located in their paragraph, and a file that does not fit its text is refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.errors import GoldError
from briefgen.evaluate.gold import load_gold
from briefgen.evaluate.runner import gold_folders
from briefgen.ingest import read_source
from briefgen.model import Source
from briefgen.spec import load_spec

GOLD = Path(__file__).parent.parent / "gold"


def _source(tmp_path: Path, text: str) -> Source:
    path = tmp_path / "text.txt"
    path.write_text(text, encoding="utf-8")
    return read_source(path, "text")


def _folder(tmp_path: Path, themes: str, figures: str = "", actors: str = "", quotes: str = "") -> Path:
    folder = tmp_path / "gold"
    folder.mkdir()
    (folder / "themes.toml").write_text(themes, encoding="utf-8")
    (folder / "figures.toml").write_text(figures, encoding="utf-8")
    (folder / "actors.toml").write_text(actors, encoding="utf-8")
    (folder / "quotes.toml").write_text(quotes, encoding="utf-8")
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


def test_actors_and_quotes(tmp_path: Path) -> None:
    source = _source(tmp_path, "“We will act now,” Jane Roe said.\n")
    actors = 'actors = [{ name = "Jane Roe", kind = "person", aliases = ["Roe"], role = [] }]\n'
    quotes = 'quotes = [{ p = 0, text = "We will act now", speaker = "Jane Roe" }]\n'
    gold = load_gold(_folder(tmp_path, '[paragraphs]\n0 = "none"\n', actors=actors, quotes=quotes), source)
    assert gold.actors[0].names == ("Jane Roe", "Roe")
    assert gold.actors[0].roles == ()
    assert source.text[gold.quotes[0].start:gold.quotes[0].end] == "We will act now"


@pytest.mark.parametrize(
    ("themes", "figures", "message"),
    [
        ('[paragraphs]\n0 = "aid"\n', "", "give a theme for each of the 2 paragraphs"),
        (THEMES, 'figures = [{ p = 0, text = "$6 million", kind = "money", value = 6e6 }]', "is not in paragraph 0"),
        (THEMES, 'figures = [{ p = 1, text = "two leaders", kind = "count", value = 2 }]', "add nth"),
        (THEMES, 'figures = [{ p = 0, text = "2021", kind = "yr", value = 2021 }]', "kind must be one of"),
        (THEMES, 'figures = [{ p = 0, text = "2021", kind = "year" }]', "value is required"),
        (THEMES, 'figures = [{ p = 7, text = "2021", kind = "year", value = 2021 }]', "paragraph 7 does not exist"),
        (THEMES, "figures = [", "invalid TOML"),
    ],
)
def test_a_gold_file_that_does_not_fit_is_refused(tmp_path: Path, themes: str, figures: str, message: str) -> None:
    source = _source(tmp_path, TEXT)
    with pytest.raises(GoldError, match=message) as caught:
        load_gold(_folder(tmp_path, themes, figures), source)
    assert "\n" not in str(caught.value) and ".toml" in str(caught.value)


def test_every_gold_folder_loads() -> None:
    folders = gold_folders(GOLD)
    assert [f.name for f in folders] == [
        "biden-hun-sen", "biden-xi-bali", "cambodia", "east-asia-summit", "us-asean-factsheet"
    ]
    for folder in folders:
        path = load_spec(folder).source_files()[0]
        gold = load_gold(folder, read_source(path, "x"))
        assert gold.paragraph_themes and gold.actors
        assert all(f.text for f in gold.figures)
