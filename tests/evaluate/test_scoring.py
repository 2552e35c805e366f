"""Scoring: precision, recall and F1 by overlapping spans; readings, roles and speakers judged on the matches."""

from __future__ import annotations

import pytest

from briefgen.evaluate.actors import score_actors
from briefgen.evaluate.figures import Found, bound_of, missing_terms, score_figures
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


def _scoped(start: int, end: int, kind: str, value: float, **kw: object) -> GoldFigure:
    return GoldFigure(start, end, "x" * (end - start), kind, value, ("none",), **kw)  # type: ignore[arg-type]


def test_money_percent_scope_judges_money_percent_and_what_overlaps_the_gold() -> None:
    gold = [
        _scoped(0, 10, "money", 4e9, unit="USD", bound="gt", qualifier="more than",
                label_terms=("debt", "China|Chinese")),
        _scoped(20, 30, "percent", 66.67, bound="approx", qualifier="nearly", label_terms=("share",)),
        _scoped(40, 50, "count", 5e8, bound="", label_terms=("people",)),
        _scoped(60, 65, "percent", 9900, bound="approx", optional=True),
    ]
    predicted = [
        Found(0, 10, "$4 billion", "money", 4e9, unit="USD", qualifier="over", label="debts owed to Chinese banks"),
        Found(15, 30, "nearly two-thirds", "percent", 66.666667, unit="%", qualifier="nearly", label="share of debt"),
        Found(40, 50, "half a billion people", "count", 5.02e8, unit="people", qualifier=None, label="people"),
        Found(60, 65, "a hundredfold", "percent", 100.0),  # on an optional gold figure: no false alarm
        Found(70, 72, "53 partners", "count", 53, unit="partners"),  # out of scope
        Found(80, 84, "2021", "year", 2021),  # out of scope
        Found(90, 100, "$3 million", "money", 3e6, unit="USD"),  # in scope: a false alarm
        Found(110, 130, "5 to 10 percent", "range", 5, 5, 10, unit="%"),  # a percent range: in scope
    ]
    score = score_figures(gold, predicted, scope="money-percent")
    assert score.counts == Counts(tp=3, fp=2, fn=0)
    assert score.value_kind == Accuracy(3, 3)  # 5.02e8 is 0.4% off and 66.666667 is 66.67: both right
    assert score.qualifier == Accuracy(3, 3)  # over = gt, nearly = approx, none = exact
    assert score.label == Accuracy(3, 3)
    assert sum(e.startswith("extra") for e in score.errors) == 2
    unscoped = score_figures(gold, predicted)  # every prediction judged, values exact
    assert unscoped.counts == Counts(tp=3, fp=4, fn=0)
    assert unscoped.value_kind == Accuracy(1, 3)


def test_value_tolerance_and_kind_in_scope() -> None:
    gold = [_scoped(0, 5, "percent", 40.0), _scoped(10, 15, "money", 1e6, unit="USD"),
            _scoped(20, 40, "percent", 70, low=70, high=85)]
    predicted = [Found(0, 5, "41%", "percent", 40.3), Found(10, 15, "€1m", "money", 1e6, unit="EUR"),
                 Found(20, 40, "70 percent to 85 percent", "range", 70, 70, 85, unit="%")]
    score = score_figures(gold, predicted, scope="money-percent")
    assert score.value_kind == Accuracy(1, 3)  # 40.3 is 0.75% off; EUR is not USD; the range is right
    assert any("unit 'EUR'" in e for e in score.errors)


def test_wrong_qualifier_and_label_are_listed() -> None:
    gold = [_scoped(0, 5, "money", 35, qualifier="no more than", bound="le", label_terms=("fee|fees", "2023"),
                    label="fee cap, 2023")]
    predicted = [Found(0, 5, "more than $35", "money", 35, qualifier="more than", label="fees paid")]
    score = score_figures(gold, predicted, scope="money-percent")
    assert score.qualifier == Accuracy(0, 1) and score.label == Accuracy(0, 1)
    assert any("bound" in e and "(gt), expected 'no more than' (le)" in e for e in score.errors)
    assert any("lacks 2023" in e for e in score.errors)


def test_qualifiers_map_to_bounds() -> None:
    assert [bound_of(q) for q in ("More than", "over", "at least", "or more", "under", "up to", "no more than",
                                  "nearly", "an estimated", "only", "early", None, "")] == [
        "gt", "gt", "ge", "ge", "lt", "le", "le", "approx", "approx", "", "", "", ""
    ]


def test_label_terms() -> None:
    assert missing_terms("Debts owed to Chinese lenders", ["debt|owes", "China|Chinese"]) == []
    assert missing_terms("Growth rate of GDP", ["grew|growth", "GDP|gross domestic product"]) == []
    assert missing_terms("gross domestic product", ["GDP|gross domestic product"]) == []
    assert missing_terms("the U.S. share", ["U.S.", "share"]) == []
    assert missing_terms("China's exports", ["Chinese"]) == ["Chinese"]  # not a prefix of each other
    assert missing_terms("the pay", ["payment"]) == ["payment"]  # "pay": fewer than 4 letters shared
    assert missing_terms("payments", ["payment"]) == []
    assert missing_terms("children aged 6 to 16", ["6 to 16", "child"]) == []
    assert missing_terms("", ["debt"]) == ["debt"]


def test_people_scope_judges_people_only_and_lists_junk() -> None:
    gold = [
        GoldActor("Antony J. Blinken", "person", ("Blinken", "Secretary Blinken"), ("Secretary of State",)),
        GoldActor("Ned Price", "person", ("Price",), ()),
    ]
    predicted = [
        _actor("Antony Blinken", role="Secretary of State", aliases=("Secretary Blinken",)),
        _actor("State Department", "organization"),  # not judged under the people scope
        _actor("Aurora Innovation", "person"),  # junk
    ]
    score = score_actors(gold, predicted, scope="people")
    assert score.counts == Counts(tp=1, fp=1, fn=1)
    assert score.roles == Accuracy(1, 1)
    assert any(e.startswith("junk") and "Aurora Innovation" in e for e in score.errors)
    assert not any("State Department" in e for e in score.errors)
    assert any("missed  person 'Ned Price'" in e for e in score.errors)


def test_optional_quotes_and_role_phrase_speakers() -> None:
    gold = [
        GoldQuote(0, 20, "a", "a government spokesman"),
        GoldQuote(30, 40, "b", "reporter", optional=True),
        GoldQuote(50, 60, "c", "Ned Price"),
        GoldQuote(70, 80, "d", "reporter", optional=True),
    ]
    actors = [GoldActor("Ned Price", "person", ("Price", "MR. PRICE"))]
    predicted = [
        Quote("Government Spokesman", "a", Cite("s", 0, 0, 25)),
        Quote("", "b", Cite("s", 0, 30, 45)),  # overlaps an optional quote: no false alarm
        Quote("MR. PRICE", "c", Cite("s", 0, 50, 60)),
    ]
    score = score_quotes(gold, predicted, actors)
    assert score.counts == Counts(tp=2, fp=0, fn=0)  # the missed optional quote costs nothing
    assert score.speakers == Accuracy(2, 2)


def test_a_quote_is_found_only_where_it_starts() -> None:
    """A predicted quote that starts inside the gold quote's first words (a fragment), or merely touches
    them, does not find it; a mark or a space of slack at the start does."""
    gold = [GoldQuote(10, 40, "q", "Ned Price"), GoldQuote(100, 130, "r", "Ned Price")]
    predicted = [
        Quote("Ned Price", "frag", Cite("s", 0, 25, 60)),  # starts 15 characters late
        Quote("Ned Price", "r", Cite("s", 0, 99, 140)),  # the opening mark taken along
    ]
    score = score_quotes(gold, predicted, [])
    assert score.counts == Counts(tp=1, fp=1, fn=1)
    assert score.speakers == Accuracy(1, 1)
