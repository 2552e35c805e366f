"""Country names, adjectives and capital metonyms (pycountry plus a data file), and a matcher."""

from __future__ import annotations

import functools
import importlib.util
import json
import os
from collections.abc import Iterator

from ..._speed.disk_cache import cache_key, cached_bytes
from ..._speed.regex_cache import compile_cached
from ...resources import data_toml, word_list
from .lexicon import PLACE_WORDS, UPPER, alternation, fold_accents, is_plain_word


def _official(value: str) -> str:
    return value[4:] if value.startswith("the ") else value


@functools.cache
def pycountry_names() -> dict[str, tuple[str, ...]]:
    """Per ISO alpha-2 code, pycountry's name, common name and official name ("" when it has none), read
    from a copy kept on disk: importing pycountry (which asks importlib.metadata for its version) costs
    ~40 ms of every cold start. The copy is keyed by pycountry's files, so an upgrade makes a new one."""
    spec = importlib.util.find_spec("pycountry")
    origin = spec.origin if spec is not None and spec.origin else ""
    folder = os.path.dirname(origin)
    stamps = [f"{origin}:{os.stat(origin).st_mtime_ns}"] if origin else []
    database = os.path.join(folder, "databases", "iso3166-1.json")
    if os.path.exists(database):
        stamps.append(f"{database}:{os.stat(database).st_mtime_ns}:{os.path.getsize(database)}")
    key = cache_key(b"pycountry-names-2", *(s.encode() for s in stamps))
    raw = cached_bytes("countries", key, _pycountry_names_json) if stamps else _pycountry_names_json()
    return {code: tuple(names) for code, names in json.loads(raw).items()}


@functools.cache
def subdivision_names() -> frozenset[str]:
    """The names of two words or more of the world's provinces, states and regions (ISO 3166-2, pycountry's
    data), folded (no diacritics, lower case): "nay pyi taw", "hai phong", "sylhet division" is not one. Read, as
    the country names are, from a copy kept on disk, keyed by pycountry's file."""
    spec = importlib.util.find_spec("pycountry")
    origin = spec.origin if spec is not None and spec.origin else ""
    database = os.path.join(os.path.dirname(origin), "databases", "iso3166-2.json") if origin else ""
    if not database or not os.path.exists(database):
        return frozenset()
    stamp = f"{database}:{os.stat(database).st_mtime_ns}:{os.path.getsize(database)}"
    raw = cached_bytes("subdivisions", cache_key(b"subdivision-names-1", stamp.encode()),
                       lambda: _subdivision_names_json(database))
    return frozenset(json.loads(raw))


def _subdivision_names_json(database: str) -> bytes:
    with open(database, encoding="utf-8") as handle:
        entries = json.load(handle).get("3166-2", [])
    names = sorted({fold_accents(e["name"]).casefold() for e in entries if " " in e.get("name", "")})
    return json.dumps(names, ensure_ascii=False).encode()


def _pycountry_names_json() -> bytes:
    import pycountry

    table = {
        c.alpha_2: [c.name, getattr(c, "common_name", "") or "", getattr(c, "official_name", "") or ""]
        for c in pycountry.countries
    }
    return json.dumps(table, ensure_ascii=False).encode()  # in pycountry's order: the first form wins


def _build_table() -> dict[str, str]:
    """Every known surface form (apostrophes folded to ``'``) -> canonical country name."""
    data = data_toml("actors/countries.toml")
    canonical: dict[str, str] = data.get("canonical", {})
    table: dict[str, str] = {}
    for code, (plain, common, official) in pycountry_names().items():
        name = canonical.get(code) or common or plain
        forms = [plain, common, official]
        for form in forms:
            if form and "," not in form and "(" not in form:
                table.setdefault(_official(form), name)
        table[name] = name
        for section in ("aliases", "capitals"):
            for alias in data.get(section, {}).get(code, []):
                table[alias] = name
    return {k.replace("’", "'"): v for k, v in table.items()}


_TABLE = _build_table()
# The word after a match is captured by a look-ahead, so it comes with the match instead of from another scan.
_PATTERN = compile_cached(
    alternation(_TABLE, not_after=r"[\w.]") + rf"(?!\w)(?:(?=\s+([{UPPER}][\w-]*)))?"
)
# A capitalised word right before or after the match makes it part of another name
# ("New Mexico", "Khmer Rouge", "South China Sea"), unless it is a title or a function word.
_WORD_BEFORE = compile_cached(rf"([{UPPER}](?<!\w.)[\w’'.-]*)\s+$")  # a class first: the engine skips to capitals


@functools.lru_cache(maxsize=8192)
def _joins_name(word: str) -> bool:
    if word.endswith("."):  # the end of a sentence or an abbreviation ("U.S. China policy")
        return False
    return word in PLACE_WORDS or word in _NAME_HEADS or not is_plain_word(word)


_NAME_HEADS = word_list("actors/place_name_heads.txt")


def country_name(surface: str) -> str | None:
    """The canonical country a surface form names, or None."""
    return _TABLE.get(surface.replace("’", "'"))


@functools.cache
def all_countries() -> tuple[str, ...]:
    """Every canonical country name, once each."""
    return tuple(dict.fromkeys(_TABLE.values()))


def country_forms(country: str) -> tuple[str, ...]:
    """Every surface form naming ``country`` (a canonical name), in the table's order."""
    return _forms_by_country().get(country, ())


@functools.cache
def _forms_by_country() -> dict[str, tuple[str, ...]]:
    """The table turned round: each canonical name's surface forms, in the table's order."""
    forms: dict[str, list[str]] = {}
    for form, name in _TABLE.items():
        forms.setdefault(name, []).append(form)
    return {name: tuple(found) for name, found in forms.items()}


def find_countries(text: str) -> Iterator[tuple[int, int, str, str]]:
    """Country mentions in ``text`` as (start, end, surface, canonical name), skipping those inside other names."""
    table = _TABLE
    joins = _joins_name
    word_before = _WORD_BEFORE.search
    for match in _PATTERN.finditer(text):
        after = match.group(1)
        if after is not None and joins(after):
            continue
        start, end = match.span()
        if text.startswith(("$", " $"), end):
            continue  # "U.S. $500 million": the currency, not the country
        if start and text[start - 1].isspace():  # no white space before: no word before either
            # word_window(text, start, 40), written out: it runs for most matches
            lo = start - 40 if start > 40 else 0
            if start >= 2 and text[start - 1] == " " and not text[start - 2].isspace():
                after_space = text.rfind(" ", lo, start - 1) + 1
                if after_space > lo:
                    lo = after_space
                if text[lo:start - 1].islower():
                    lo = -1  # the word before holds no capital: nothing to search
            if lo >= 0 and (before := word_before(text, lo, start)) and joins(before.group(1)):
                continue
        surface = match.group(0)
        yield start, end, surface, table[surface.replace("’", "'")]


def word_window(text: str, start: int, width: int) -> int:
    """Where a pattern for the capitalised word before white space at ``start`` needs to search from, at most
    ``width`` characters back: after the last space before that word when one space alone separates it from
    ``start`` (such a word holds no space), or -1 when that word holds no capital letter, so nothing matches."""
    lo = start - width if start > width else 0
    if start < 2 or text[start - 1] != " " or text[start - 2].isspace():
        return lo
    after_space = text.rfind(" ", lo, start - 1) + 1
    if after_space > lo:
        lo = after_space
    return -1 if text[lo:start - 1].islower() else lo
