"""The library search: all words, accent- and case-blind; a theme by title, only where covered."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from briefgen.web.library import Library
from briefgen.web.search import search, theme_choices
from web.brief_fixtures import MARITIME, TRADE, Sentence, make_brief


def test_words_and_themes(briefs_root: Path) -> None:
    entries = Library(briefs_root).briefs()
    names = lambda found: [e.name for e in found]  # noqa: E731
    assert names(search(entries, "", "")) == [MARITIME.name, TRADE.name]
    assert names(search(entries, "  jakarta   DRILLS ", "")) == [MARITIME.name]
    assert names(search(entries, "maritime-talks", "")) == [MARITIME.name]  # the folder name
    assert names(search(entries, "", "EXPORT growth")) == [TRADE.name]
    assert names(search(entries, "", "Climate adaptation")) == []
    assert theme_choices(entries) == ("Coast guard cooperation", "Export growth", "Funding")


def test_accents_fold(tmp_path: Path) -> None:
    make_brief(
        tmp_path,
        replace(MARITIME, paragraphs=((Sentence("Talks in Abidjan, Côte d’Ivoire.", "funding"),),), figures=()),
    )
    entries = Library(tmp_path).briefs()
    assert len(search(entries, "cote", "")) == 1
    assert len(search(entries, "CÔTE", "")) == 1
