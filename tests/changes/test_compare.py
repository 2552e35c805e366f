"""Comparing two made-up snapshots: changed, new and gone figures source by source, themes, actors, quotes."""

from __future__ import annotations

from briefgen.changes.compare import compare_snapshots
from briefgen.changes.snapshot import Snapshot
from briefgen.model import Cite, Figure, Quote


def _fig(text: str, value: float, label: str, source: str = "a", para: int = 0, also: tuple[Cite, ...] = ()) -> Figure:
    return Figure(text, value, "USD", "money", label, Cite(source, para, 0, len(text)), also=also)


def _snap(figures: tuple[Figure, ...], themes: tuple[tuple[str, str, bool], ...] = (), actors: tuple[str, ...] = (),
          quotes: tuple[Quote, ...] = ()) -> Snapshot:
    return Snapshot("Brief", "2026-01-01", {"a": "a.txt", "b": "b.txt"}, figures, themes, actors, quotes)


def test_changed_new_and_gone() -> None:
    old = _snap((_fig("$5 million", 5e6, "aid pledged to Laos"), _fig("$2 million", 2e6, "loan to Nepal")))
    new = _snap((_fig("$6 million", 6e6, "aid pledged to Laos"), _fig("$9 million", 9e6, "grant for schools")))
    changes = compare_snapshots(old, new)
    assert [(c.status, c.old and c.old.text, c.new and c.new.text) for c in changes.figures] == [
        ("changed", "$5 million", "$6 million"),
        ("new", None, "$9 million"),
        ("gone", "$2 million", None),
    ]
    assert changes.figures[0].old_where == "a.txt ¶1"


def test_one_source_updates_a_figure_another_still_gives() -> None:
    both = _fig("$5 million", 5e6, "aid pledged to Laos", "a", 3, also=(Cite("b", 7, 0, 10),))
    old = _snap((both,))
    still = _fig("$5 million", 5e6, "aid pledged to Laos", "b", 7)
    new = _snap((still, _fig("$6 million", 6e6, "aid pledged to Laos", "a", 3)))
    changes = compare_snapshots(old, new)
    assert [(c.status, c.old_where, c.new_where) for c in changes.figures] == [("changed", "a.txt ¶4", "a.txt ¶4")]


def test_themes_actors_and_quotes() -> None:
    cite = Cite("a", 0, 0, 5)
    said = (Quote("A", "Old words here", cite),)
    old = _snap((), (("x", "Security", True), ("y", "Trade", False)), ("Hun Sen",), said)
    new = _snap((), (("x", "Security", False), ("y", "Trade", True)), ("Hun Sen", "Hun Manet"),
                (Quote("A", "Old  words here", cite), Quote("B", "New words", cite)))
    changes = compare_snapshots(old, new)
    assert changes.themes_covered == ("Trade",) and changes.themes_dropped == ("Security",)
    assert changes.actors == ("Hun Manet",) and [q.text for q in changes.quotes] == ["New words"]
    assert not changes.empty and compare_snapshots(new, new).empty
