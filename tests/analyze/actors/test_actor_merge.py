"""Actors merged across sources: one person however each source names them, ambiguous short names left alone."""

from __future__ import annotations

from briefgen.analyze.merge import merge_actors
from briefgen.model import Actor, Cite


def _actor(name: str, kind: str = "person", role: str = "", mentions: int = 1, aliases: tuple[str, ...] = (),
           source: str = "a") -> Actor:
    return Actor(name, role, kind, mentions, aliases, Cite(source, 0, 0, len(name)), ("t",))  # type: ignore[arg-type]


def test_a_surname_joins_the_full_name_across_sources() -> None:
    merged = merge_actors([
        _actor("Biden", role="President", mentions=10, source="fact-sheet"),
        _actor("Joseph R. Biden, Jr.", role="President", mentions=7, aliases=("Joe Biden", "Biden"), source="readout"),
        _actor("Antony Blinken", role="Secretary of State", mentions=2, aliases=("Blinken",), source="fact-sheet"),
        _actor("Blinken", role="Secretary of State", source="readout"),
        _actor("Xi", role="President", source="x"),
        _actor("Xi Jinping", role="President of the People’s Republic of China", mentions=3, source="y"),
    ])
    by_name = {a.name: a for a in merged}
    assert list(by_name) == ["Joseph R. Biden, Jr.", "Xi Jinping", "Antony Blinken"]
    biden = by_name["Joseph R. Biden, Jr."]
    assert (biden.mentions, biden.role) == (17, "President")
    assert biden.cite is not None and biden.cite.source == "fact-sheet"  # the first source's mention
    assert set(biden.aliases) == {"Joe Biden", "Biden"}
    assert by_name["Antony Blinken"].mentions == 3
    assert by_name["Xi Jinping"].role == "President of the People’s Republic of China"


def test_same_surname_different_people_stay_apart() -> None:
    merged = merge_actors([
        _actor("Hun Sen", source="a"),
        _actor("Hun Manet", source="b"),
        _actor("Hun", source="c"),  # fits both: joins neither
        _actor("Kim Jong Un", source="a"),
        _actor("Kim Yo Jong", source="b"),
    ])
    assert sorted(a.name for a in merged) == ["Hun", "Hun Manet", "Hun Sen", "Kim Jong Un", "Kim Yo Jong"]


def test_organisations_join_by_alias_and_countries_by_name() -> None:
    merged = merge_actors([
        _actor("Association of Southeast Asian Nations", "organization", mentions=4, aliases=("ASEAN",)),
        _actor("ASEAN", "organization", mentions=2, source="b"),
        _actor("China", "country", mentions=3, aliases=("Beijing",)),
        _actor("China", "country", mentions=2, aliases=("PRC",), source="b"),
        _actor("Power", "person"),  # a person named like nothing else
    ])
    by_name = {a.name: a for a in merged}
    assert by_name["Association of Southeast Asian Nations"].mentions == 6
    assert set(by_name["China"].aliases) == {"Beijing", "PRC"}
    assert len(merged) == 3
