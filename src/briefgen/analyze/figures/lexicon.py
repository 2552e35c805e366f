"""The figure extractor's word lists (numbers, currencies, calendar, nouns), read once from data files."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from ...resources import data_toml


@dataclass(frozen=True, slots=True)
class Currency:
    """A currency and the ways a text writes it."""

    code: str
    """ISO 4217 code ("USD")."""
    symbol: str
    """Display prefix ("$"); empty when the code is shown instead."""
    prefixes: tuple[str, ...]
    """Forms written before an amount ("US$", "$", "USD")."""
    words: tuple[str, ...]
    """Forms written after an amount ("dollars", the code: "7.6 billion USD"), its subunits included."""
    subunits: tuple[str, ...] = ()
    """Forms of its hundredth written after an amount ("cents")."""


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Every word list the figure extractor uses; keys are lower case unless noted."""

    cardinals: Mapping[str, int]
    """Number words below one hundred ("twelve" -> 12)."""
    scales: Mapping[str, int]
    """Multiplying words ("million" -> 10**6), "hundred" included."""
    compound_scales: tuple[str, ...]
    """Scales that may follow another and multiply it ("lakh crore")."""
    short_scales: Mapping[str, int]
    """Abbreviated scales after money amounts ("bn" -> 10**9)."""
    groups: Mapping[str, int]
    """Group words ("dozen" -> 12)."""
    ordinals: Mapping[str, int]
    """Ordinal words ("third" -> 3)."""
    fractions: Mapping[str, int]
    """Fraction words and their denominators ("fifths" -> 5)."""
    currencies: tuple[Currency, ...]
    """Known currencies."""
    months: Mapping[str, int]
    """Month names and abbreviations as written ("March", "Mar.") -> month number."""
    month_names: frozenset[str]
    """Full month names, capitalised."""
    month_display: Mapping[int, str]
    """Short display name of each month ("Mar")."""
    weekdays: tuple[str, ...]
    """Day names, capitalised."""
    month_lead: frozenset[str]
    """Words before a bare month name that make it a date."""
    period_qualifiers: tuple[str, ...]
    """Qualifiers of years and dates ("early")."""
    qualifiers: tuple[str, ...]
    """Approximation and bound phrases ("more than")."""
    postposed_qualifiers: tuple[str, ...]
    """Bound phrases written after the number ("or less", "-plus")."""
    duration_not_qualifiers: frozenset[str]
    """Qualifiers that mean "during" before a duration."""
    durations: Mapping[str, tuple[str, int]]
    """Time words, singular and plural -> (base unit, multiplier)."""
    irregular_plurals: tuple[str, ...]
    """Counted nouns not ending in "s"."""
    measures: tuple[str, ...]
    """Units of measure (case as written)."""
    not_counted: frozenset[str]
    """Plural-looking words that are not counted things."""
    year_counts: frozenset[str]
    """Nouns that make a four-digit number a count, not a year."""
    reference_nouns: frozenset[str]
    """Words before a number that make it a reference ("Article 5"), case as written."""
    past_verbs: frozenset[str]
    """Irregular past participles."""
    label_links: frozenset[str]
    """Prepositions through which a label phrase may continue."""
    change_words: frozenset[str]
    """Words before "from X to Y" that make it a change rather than a range."""
    money_links: frozenset[str]
    """Words that open the phrase a money amount measures."""
    count_links: frozenset[str]
    """Words that open the phrase a count belongs to."""
    time_openers: tuple[str, ...]
    """Sentence openers that date a clause ("By 2024,")."""
    determiners: frozenset[str]
    """Determiners dropped at a label's start."""
    stop_words: frozenset[str]
    """Function words that end or trim labels and cannot sit inside a counted noun phrase."""
    strength_words: frozenset[str]
    """Words after a hyphened number that count the noun after them ("1,000-strong force")."""
    half_blockers: frozenset[str]
    """Words before "half of" that make it part of a period, not a fraction (ordinals and determiners too)."""


def _lower_map(table: Mapping[str, Any]) -> dict[str, int]:
    return {str(k).lower(): int(v) for k, v in table.items()}


def _durations(table: Mapping[str, Any]) -> dict[str, tuple[str, int]]:
    out: dict[str, tuple[str, int]] = {}
    for word, (base, factor) in table.items():
        plural = word[:-1] + "ies" if word.endswith("y") and word[-2] not in "aeiou" else word + "s"
        out[word] = out[plural] = (str(base), int(factor))
    return out


@cache
def lexicon() -> Lexicon:
    """The lexicon, loaded once from ``briefgen/data/figures_*.toml``."""
    numbers = data_toml("figures/numbers.toml")
    money = data_toml("figures/currencies.toml")
    calendar = data_toml("figures/calendar.toml")
    words = data_toml("figures/words.toml")
    nouns, context = words["nouns"], words["context"]
    months: dict[str, int] = {}
    display: dict[int, str] = {}
    names: set[str] = set()
    for number, forms in calendar["months"].items():
        names.add(forms[0])
        display[int(number)] = forms[1]
        for form in forms:
            months[form] = int(number)
    currencies = tuple(
        Currency(
            c["code"], c["symbol"], tuple(c["prefixes"]), (*c["words"], c["code"], *c.get("subunits", ())),
            tuple(c.get("subunits", ())),
        )
        for c in money["currency"]
    )
    return Lexicon(
        cardinals=_lower_map(numbers["cardinals"]),
        scales=_lower_map(numbers["scales"]),
        compound_scales=tuple(numbers["compound_scales"]),
        short_scales=_lower_map(numbers["short_scales"]),
        groups=_lower_map(numbers["groups"]),
        ordinals=_lower_map(numbers["ordinals"]),
        fractions=_lower_map(numbers["fractions"]),
        currencies=currencies,
        months=months,
        month_names=frozenset(names),
        month_display=display,
        weekdays=tuple(calendar["words"]["weekdays"]),
        month_lead=frozenset(w.lower() for w in calendar["words"]["month_lead"]),
        period_qualifiers=tuple(calendar["words"]["period_qualifiers"]),
        qualifiers=tuple(q.lower() for q in words["qualifiers"]),
        postposed_qualifiers=tuple(q.lower() for q in words["postposed_qualifiers"]),
        duration_not_qualifiers=frozenset(words["duration_not_qualifiers"]),
        durations=_durations(words["durations"]),
        irregular_plurals=tuple(nouns["irregular_plurals"]),
        measures=tuple(nouns["measures"]),
        not_counted=frozenset(w.lower() for w in nouns["not_counted"]),
        year_counts=frozenset(w.lower() for w in nouns["year_counts"]),
        reference_nouns=frozenset(context["reference_nouns"]),
        past_verbs=frozenset(context["past_verbs"]),
        label_links=frozenset(context["label_links"]),
        change_words=frozenset(context["change_words"]),
        money_links=frozenset(context["money_links"]),
        count_links=frozenset(context["count_links"]),
        time_openers=tuple(context["time_openers"]),
        determiners=frozenset(context["determiners"]),
        stop_words=frozenset(w.lower() for w in context["stop_words"]),
        strength_words=frozenset(context["strength_words"]),
        half_blockers=frozenset(
            [*context["half_blockers"], *context["determiners"], *(w.lower() for w in numbers["ordinals"])]
        ),
    )
