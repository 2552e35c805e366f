"""Country names, adjectives and capital metonyms (pycountry plus a data file), and a matcher."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import pycountry

from ..quick_init import quick_init
from ..resources import data_toml
from .actor_lexicon import PLACE_WORDS, UPPER, alternation, is_plain_word


@quick_init
@dataclass(frozen=True, slots=True)
class CountryHit:
    """One mention of a country in a text."""

    start: int
    """Offset of the mention."""
    end: int
    """Offset one past it."""
    surface: str
    """The mention as written."""
    name: str
    """Canonical country name."""


def _official(value: str) -> str:
    return value[4:] if value.startswith("the ") else value


def _build_table() -> dict[str, str]:
    """Every known surface form (apostrophes folded to ``'``) -> canonical country name."""
    data = data_toml("actors_countries.toml")
    canonical: dict[str, str] = data.get("canonical", {})
    table: dict[str, str] = {}
    for country in pycountry.countries:
        code = country.alpha_2
        name = canonical.get(code) or getattr(country, "common_name", None) or country.name
        forms = [country.name, getattr(country, "common_name", None), getattr(country, "official_name", None)]
        for form in forms:
            if form and "," not in form and "(" not in form:
                table.setdefault(_official(form), name)
        table[name] = name
        for section in ("aliases", "capitals"):
            for alias in data.get(section, {}).get(code, []):
                table[alias] = name
    return {k.replace("’", "'"): v for k, v in table.items()}


_TABLE = _build_table()
_PATTERN = re.compile(alternation(_TABLE, not_after=r"[\w.]") + r"(?!\w)")
# A capitalised word right before or after the match makes it part of another name
# ("New Mexico", "Khmer Rouge", "South China Sea"), unless it is a title or a function word.
_WORD_BEFORE = re.compile(rf"([{UPPER}](?<!\w.)[\w’'.-]*)\s+$")  # a class first: the engine skips to capitals
_WORD_AFTER = re.compile(rf"\s+([{UPPER}][\w-]*)")


def _joins_name(word: str) -> bool:
    if word.endswith("."):  # the end of a sentence or an abbreviation ("U.S. China policy")
        return False
    return word in PLACE_WORDS or not is_plain_word(word)


def country_name(surface: str) -> str | None:
    """The canonical country a surface form names, or None."""
    return _TABLE.get(surface.replace("’", "'"))


def find_countries(text: str, offset: int = 0) -> Iterator[CountryHit]:
    """Country mentions in ``text`` (offsets shifted by ``offset``), skipping those inside other names."""
    for match in _PATTERN.finditer(text):
        start, end = match.span()
        before = _WORD_BEFORE.search(text, max(0, start - 40), start)
        if before and _joins_name(before.group(1)):
            continue
        after = _WORD_AFTER.match(text, end)
        if after and _joins_name(after.group(1)):
            continue
        surface = match.group(0)
        yield CountryHit(start + offset, end + offset, surface, _TABLE[surface.replace("’", "'")])
