"""A theme's query and excluded phrases restrict where its keywords count, as the author asked."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from briefgen.analyze.sentences.split import split_sentences
from briefgen.analyze.themes.assign import assign_themes
from briefgen.ingest import read_source
from briefgen.spec import Keyword, ThemeSpec

SECURITY = ThemeSpec(
    "sec",
    "Maritime security",
    "",
    (Keyword("security", 2), Keyword("navy", 1.5), Keyword("patrols", 1.5), Keyword("coast guard", 1.5)),
)

TEXT = """The navy expanded patrols near the Spratly Islands, and the coast guard joined them.

Security officials in Manila said the patrols would continue through the year. The navy will add ships.

Separately, the Social Security office reported that Social Security payments rose; security of benefits was discussed.

The Social Security trust fund and Social Security disability claims were reviewed by the Social Security board.
"""


def _assign(tmp_path: Path, theme: ThemeSpec, text: str = TEXT) -> tuple[set[int], bool]:
    path = tmp_path / "t.txt"
    path.write_text(text, encoding="utf-8")
    source = read_source(path, "t")
    result = assign_themes([source], split_sentences(source), [theme])
    paragraphs = {p for (_s, p), m in result.paragraphs.items() if m.theme == theme.id}
    return paragraphs, theme.id in result.covered


FOOD = """The navy stepped up patrols along the coast after the incident.

Drought threatens food security across the region; food security programmes reached 40,000 families.

Donors pledged more for food security, officials said.

Coast guard patrols will continue, the navy said.
"""


def _by_keywords(tmp_path: Path, theme: ThemeSpec, text: str) -> set[int]:
    path = tmp_path / "t.txt"
    path.write_text(text, encoding="utf-8")
    source = read_source(path, "t")
    result = assign_themes([source], split_sentences(source), [theme])
    return {p for (_s, p), m in result.paragraphs.items() if m.basis == "keywords" and "security" in m.terms}


def test_excluded_phrases_do_not_count(tmp_path: Path) -> None:
    assert _by_keywords(tmp_path, SECURITY, FOOD) == {1, 2}
    assert _by_keywords(tmp_path, replace(SECURITY, exclude=("food secur*",)), FOOD) == set()


def test_query_restricts_keywords_to_matching_paragraphs(tmp_path: Path) -> None:
    anywhere, _ = _assign(tmp_path, SECURITY)
    assert {2, 3} <= anywhere  # the pension paragraphs follow the text's theme without a query
    scoped, covered = _assign(tmp_path, replace(SECURITY, query="Spratly OR Manila OR (South NEAR/2 Sea)"))
    assert {0, 1} <= scoped
    assert not scoped & {2, 3}
    assert covered


def test_query_on_whole_source(tmp_path: Path) -> None:
    _, covered = _assign(tmp_path, replace(SECURITY, query="Cambodia", query_scope="source"))
    assert not covered
    _, covered = _assign(tmp_path, replace(SECURITY, query="Manila AND NOT Cambodia", query_scope="source"))
    assert covered
