"""brief.toml validation: good specs load, bad ones name the file and key."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.errors import SpecError
from briefgen.spec import load_spec

ROOT = Path(__file__).parent.parent


def test_bundled_seed_loads() -> None:
    spec = load_spec(ROOT / "seeds" / "cambodia")
    assert spec.name == "cambodia"
    assert [t.title for t in spec.themes] == ["ASEM engagement", "Indo-Pacific security", "China alignment"]
    assert spec.classification == "UNCLASSIFIED"
    assert [p.name for p in spec.source_files()] == ["cambodia.txt"]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("title = ", "invalid TOML"),
        ("subtitle = 'x'", "missing required key 'title'"),
        ("title = 'T'\ncolour = 'red'", "unknown key 'colour'"),
        ("title = 'T'\ndate = 'tomorrow'", "'date'"),
        ("title = 'T'\n[[themes]]\nid = 'Bad Id'\ntitle = 'x'\nkeywords = {a = 1}", "themes[0].id"),
        ("title = 'T'\n[[themes]]\nid = 'a'\ntitle = 'x'", "themes[0].keywords"),
        ("title = 'T'\n[[themes]]\nid = 'a'\ntitle = 'x'\nkeywords = {a = -1}", "positive"),
        ("title = 'T'\nsummary_items = 40", "summary_items"),
        ("title = 'T'\n[[themes]]\nid = 'a'\ntitle = 'x'\nkeywords = {a = 1}\nquery = '(a OR b'", "never closed"),
        ("title = 'T'\n[[themes]]\nid = 'a'\ntitle = 'x'\nkeywords = {a = 1}\nquery_scope = 'page'", "query_scope"),
        ("title = 'T'\n[[themes]]\nid = 'a'\ntitle = 'x'\nkeywords = {a = 1}\nexclude = 'Social Security'", "exclude"),
        ("title = 'T'\n[[themes]]\nid = 'a'\ntitle = 'x'\nkeywords = {a = 1}\nrelated = 'no'", "related"),
    ],
)
def test_bad_specs(tmp_path: Path, body: str, message: str) -> None:
    (tmp_path / "brief.toml").write_text(body, encoding="utf-8")
    with pytest.raises(SpecError) as info:
        load_spec(tmp_path)
    assert message in str(info.value)
    assert "brief.toml" in str(info.value)


def test_missing_spec(tmp_path: Path) -> None:
    with pytest.raises(SpecError, match=r"brief\.toml: not found"):
        load_spec(tmp_path)
    with pytest.raises(SpecError, match="no such folder"):
        load_spec(tmp_path / "nothing")


def test_related_terms_are_on_unless_a_theme_turns_them_off(tmp_path: Path) -> None:
    (tmp_path / "brief.toml").write_text(
        "title = 'T'\n[[themes]]\nid = 'a'\ntitle = 'x'\nkeywords = {a = 1}\n"
        "[[themes]]\nid = 'b'\ntitle = 'y'\nkeywords = {b = 1}\nrelated = false\n",
        encoding="utf-8",
    )
    assert [t.related for t in load_spec(tmp_path).themes] == [True, False]
