"""Glyph coverage: split text into runs by the font that has its glyphs, and name what no font has."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache

from reportlab.lib.fonts import ps2tt

from .fonts import (
    FontFamily,
    covers,
    fallback_family_names,
    glyph_map,
    register_family,
    resolve_family,
    run_fontconfig,
)

_MAX_FONTCONFIG_CANDIDATES = 8


class MissingGlyphWarning(UserWarning):
    """Some characters of a brief have no glyph in any installed font and render as blanks."""


@dataclass(frozen=True, slots=True)
class Run:
    """A stretch of text drawn with one font."""

    text: str
    """The characters, unescaped."""
    font: str | None = None
    """Registered fallback face to switch to; None keeps the running font."""
    missing: bool = False
    """True when no installed font has these characters (they render as blanks or boxes)."""


def describe(char: str) -> str:
    """A character as ``U+17A0 KHMER LETTER …`` for reports."""
    return f"U+{ord(char):04X} {unicodedata.name(char, '(unnamed)')}"


@cache
def _preferred_fallbacks() -> tuple[FontFamily, ...]:
    """The data file's fallback families that are installed, in order."""
    found = (register_family(name) for name in fallback_family_names())
    return tuple(family for family in found if family is not None)


def _fontconfig_candidates(char: str) -> list[str]:
    """Families fontconfig knows that claim to cover ``char``, best first."""
    pattern = f"sans-serif:charset={ord(char):x}"
    best = run_fontconfig(["fc-match", "-f", "%{family[0]}", pattern]).strip()
    listed = run_fontconfig(["fc-list", f":charset={ord(char):x}", "family"]).splitlines()
    others = sorted({line.split(",")[0].strip() for line in listed if line.strip()})
    return [name for name in [best, *others] if name][:_MAX_FONTCONFIG_CANDIDATES]


@cache
def fallback_for(char: str) -> FontFamily | None:
    """The first fallback family with a glyph for ``char``: the data file's list, then fontconfig's."""
    for family in _preferred_fallbacks():
        if covers(family.regular, char):
            return family
    for name in _fontconfig_candidates(char):
        found = register_family(name)
        if found is not None and covers(found.regular, char):
            return found
    return None


def _is_invisible(char: str) -> bool:
    """Format and control characters (zero-width joiners, soft hyphens…), which need no glyph."""
    return unicodedata.category(char) in ("Cf", "Cc")


def _font_for(char: str, face: str, bold: bool, italic: bool) -> tuple[str | None, bool]:
    """(fallback face or None for the running face, missing?) for one character."""
    if covers(face, char):
        return None, False
    family = fallback_for(char)
    if family is None:
        return None, True
    return family.face(bold, italic), False


_Choice = tuple[str | None, bool, str]
"""Per character: (fallback face or None, missing?, the character as set: a space, itself, or "" to drop)."""
_CHOICES: dict[str, dict[str, _Choice]] = {}
"""Per registered face, the choice made for each character seen (fonts never change once registered)."""


def _choice(char: str, face: str, bold: bool, italic: bool) -> _Choice:
    """What ``font_runs`` does with one character set in ``face``."""
    font, missing = _font_for(char, face, bold, italic)
    if missing and char.isspace():
        return None, False, " "
    if missing and _is_invisible(char):
        return None, False, ""
    return font, missing, char


_CHARACTERS: dict[str, tuple[dict[int, int], frozenset[str]]] = {}
"""Per registered face, its glyph map and the characters it has glyphs for (a set answers for a whole text)."""


def _characters(face: str, cmap: dict[int, int]) -> frozenset[str]:
    """The characters ``cmap`` (``face``'s glyph map) has glyphs for."""
    known = _CHARACTERS.get(face)
    if known is None or known[0] is not cmap:
        known = _CHARACTERS[face] = (cmap, frozenset(map(chr, cmap)))
    return known[1]


def font_runs(text: str, face: str) -> list[Run]:
    """Split ``text`` set in registered ``face`` into runs by the font that has each glyph.

    Whitespace no font has becomes a plain space and invisible format characters no font has
    are left out; every other uncovered character is kept in a run marked ``missing``.
    Linear in the text: each distinct character is looked up once per face.
    """
    if not text:
        return []
    cmap = glyph_map(face)
    if cmap and _characters(face, cmap).issuperset(text):
        return [Run(text)]  # the usual case: the face has every glyph
    choices = _CHOICES.setdefault(face, {})
    _, bold, italic = ps2tt(face)
    runs: list[Run] = []
    pieces: list[str] = []
    current: tuple[str | None, bool] | None = None
    for char in text:
        choice = choices.get(char)
        if choice is None:
            choice = choices[char] = _choice(char, face, bool(bold), bool(italic))
        font, missing, shown = choice
        if not shown:
            continue
        if (font, missing) != current:
            if pieces:
                runs.append(Run("".join(pieces), *current))  # type: ignore[misc]
            pieces, current = [], (font, missing)
        pieces.append(shown)
    if pieces:
        runs.append(Run("".join(pieces), *current))  # type: ignore[misc]
    return runs


def check_coverage(text: str, family: str = "Liberation Sans") -> list[str]:
    """Characters of ``text`` that neither ``family`` nor any fallback font can draw, described."""
    face = resolve_family(family).regular
    seen: dict[str, None] = {}
    for run in font_runs(text, face):
        if run.missing:
            seen.update(dict.fromkeys(run.text))
    return [describe(char) for char in seen]
