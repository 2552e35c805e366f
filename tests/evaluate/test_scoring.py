"""Scoring: precision, recall and F1 by overlapping spans; readings, roles and speakers judged on the matches."""

from __future__ import annotations

import pytest

from briefgen.evaluate.actors import score_actors
from briefgen.evaluate.figures import Found, score_figures
from briefgen.evaluate.gold import GoldActor, GoldFigure, GoldQuote
from briefgen.evaluate.match import match_spans, normalise_name, normalise_roles
from briefgen.evaluate.quotes import score_quotes
from briefgen.evaluate.scores import Accuracy, Counts
from briefgen.model import Actor, Cite, Quote


def test_counts_and_accuracy() -> None:
    c = Counts(8, 2, 0) + Counts(1, 0, 1)
    assert (c.tp, c.fp, c.fn) == (9, 2, 1)
    assert c.precision == pytest.approx(9 / 11)
    assert c.recall == pytest.approx(0.9)
    assert c.f1 == pytest.approx(2 * (9 / 11) * 0.9 / (9 / 11 + 0.9))
    assert Counts().precision == Counts().recall == 1.0
    assert (Accuracy(1, 2) + Accuracy(1, 2)).value == 0.5
    assert Accuracy().value == 1.0


def test_spans_match_one_to_one_by_largest_overlap() -> None:
    gold = [Found(0, 10, "a"), Found(12, 20, "b")]
    predicted = [Found(5, 15, "x"), Found(0, 9, "y"), Found(30, 35, "z")]
    assert match_spans(gold, predicted) == {0: 1, 1: 0}


def _gold_figure(start: int, end: int, kind: str = "money", value: float | None = 5e6, **kw: object) -> GoldFigure:
    return GoldFigure(start, end, "x" * (end - start), kind, value, ("aid",), **kw)  # type: ignore[arg-type]


def test_figures_found_missed_and_misread() -> None:
    gold = [
        _gold_figure(0, 10),
        _gold_figure(20, 24, "year", 2021),
        _gold_figure(30, 35, "count", 2),
        _gold_figure(40, 52, "range", 2018, low=2018, high=2021),
        _gold_figure(60, 65, "ordinal", 1, optional=True),
    ]
    predicted = [
        Found(0, 12, "over $5 million", "money", 5e6, unit="USD", theme="aid"),  # overlap suffices
        Found(20, 24, "2021", "count", 2021, theme=None),  # wrong kind
        Found(40, 52, "2018-2021", "range", 2018, 2018, 2020, theme="aid"),  # wrong bound
        Found(60, 65, "first", "ordinal", 1),  # optional: neither right nor wrong
        Found(70, 72, "53", "count", 53),  # extra
    ]
    score = score_figures(gold, predicted)
    assert score.counts == Counts(tp=3, fp=1, fn=1)
    assert score.value_kind == Accuracy(1, 3)
    assert score.theme == Accuracy(2, 3)
    assert any(e.startswith("missed") for e in score.errors)
    assert any("kind count, expected year" in e for e in score.errors)
    assert any("bounds" in e for e in score.errors)


def test_a_date_without_a_year_is_judged_on_its_kind_only() -> None:
    gold = [_gold_figure(0, 7, "date", None)]
    assert score_figures(gold, [Found(0, 7, "March 1", "date", 0.0)]).value_kind == Accuracy(1, 1)


def test_names_and_roles_are_normalised() -> None:
    assert normalise_name("The Cambodian People’s Party") == normalise_name("Cambodian People's Party")
    assert normalise_name("Joseph R. Biden, Jr.") == "joseph r biden jr"
    assert normalise_roles(["President of the People’s Republic of China (PRC)", "General"]) == normalise_roles(
        ["general", "President of the People's Republic of China"]
    )


def _actor(name: str, kind: str = "person", role: str = "", aliases: tuple[str, ...] = ()) -> Actor:
    return Actor(name, role, kind, aliases=aliases)  # type: ignore[arg-type]


def test_actors_by_name_or_alias_with_duplicates_and_roles() -> None:
    gold = [
        GoldActor("Prak Sokhonn", "person", roles=("Deputy Prime Minister", "Minister of Foreign Affairs")),
        GoldActor("Association of Southeast Asian Nations", "organization", ("ASEAN",)),
        GoldActor("Cambodia", "country", ("Phnom Penh",)),
        GoldActor("Chiefs of Defence", "organization", optional=True),
    ]
    predicted = [
        _actor("Prak Sokhonn", role="Minister of Foreign Affairs; Deputy Prime Minister"),
        _actor("ASEAN", "organization"),
        _actor("Association of Southeast Asian Nations", "organization"),  # listed twice
        _actor("Chiefs of Defence", "organization"),
        _actor("Cambodian", "person"),  # not an actor of the gold
    ]
    score = score_actors(gold, predicted)
    assert score.counts == Counts(tp=2, fp=2, fn=1)
    assert score.roles == Accuracy(1, 1)
    assert any(e.startswith("twice") for e in score.errors)
    assert any("missed  country 'Cambodia'" in e for e in score.errors)


def test_quote_speakers_accept_the_gold_actors_aliases() -> None:
    gold = [GoldQuote(10, 40, "q", "Joseph R. Biden, Jr."), GoldQuote(50, 60, "r", "Xi Jinping")]
    actors = [GoldActor("Joseph R. Biden, Jr.", "person", ("Biden",))]
    predicted = [
        Quote("Biden", "q", Cite("s", 0, 10, 40)),
        Quote("", "r", Cite("s", 0, 50, 60)),
        Quote("Xi", "s", Cite("s", 0, 70, 80)),
    ]
    score = score_quotes(gold, predicted, actors)
    assert score.counts == Counts(tp=2, fp=1, fn=0)
    assert score.speakers == Accuracy(1, 2)
