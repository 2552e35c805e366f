"""Read the value of a written number: digits, number words and scales ("1.2 million", "twenty-five")."""

from __future__ import annotations

from ..._speed.regex_cache import compile_cached
from .lexicon import lexicon

_SPLIT = compile_cached(r"[\s\-‐‑–]+")
_DIGITS_THEN_LETTERS = compile_cached(r"^([0-9][0-9,]*(?:\.[0-9]+)?)([a-z]+)$")


def parse_number(text: str) -> float | None:
    """The value of ``text`` ("588 million" -> 588e6, "two-fifths" is not a number), or None."""
    lex = lexicon()
    total = 0.0
    current: float | None = None
    seen = False
    place = 0.0  # after a spoken "point": the worth of the next digit word ("one point five" -> 1.5)
    for raw in _SPLIT.split(text.strip().lower()):
        if not raw:
            continue
        token = raw
        attached = _DIGITS_THEN_LETTERS.match(token)
        if attached:
            token, suffix = attached.group(1), attached.group(2)
            if suffix in lex.scales and suffix != "hundred":
                total += _digits(token) * lex.scales[suffix]  # "167million"
                current = None
            elif suffix in lex.short_scales:
                current = _digits(token) * lex.short_scales[suffix]
            else:
                return None
            seen = True
            continue
        if "/" in token:
            top, _, bottom = token.partition("/")
            if current is None or not (top.isdigit() and bottom.isdigit()) or not 0 < int(top) < int(bottom):
                return None
            current += int(top) / int(bottom)  # "3-3/4": the fraction after a whole number
            continue
        if token[0].isdigit() or (token[0] == "." and token[1:2].isdigit()):
            if current is not None:
                return None
            current = _digits(token)
            seen = True
        elif token == "and":
            continue
        elif token == "point" and current is not None and not place:
            place = 0.1
        elif place and lex.cardinals.get(token, 10) < 10:
            current = (current or 0.0) + lex.cardinals[token] * place
            place /= 10
        elif token == "half" and current is None:
            current = 0.5  # "half a billion"
        elif token == "half":
            current = (current or 0.0) + 0.5  # "three and a half billion"
        elif token in ("a", "an"):
            current = 1.0 if current is None else current
        elif token in lex.cardinals:
            current = (current or 0.0) + lex.cardinals[token]
            seen = True
        elif token == "hundred":
            current = (current or 1.0) * 100
            seen = True
        elif token in lex.groups:
            current = (current or 1.0) * lex.groups[token]
            seen = True
        elif token in lex.scales and current is None and total and token in lex.compound_scales:
            total *= lex.scales[token]  # "5 lakh crore"
        elif token in lex.scales:
            total += (current or 1.0) * lex.scales[token]
            current = None
            seen = True
        elif token in lex.short_scales and current is not None:
            current *= lex.short_scales[token]
        else:
            return None
    if not seen:
        return None
    return total + (current or 0.0)


def _digits(token: str) -> float:
    whole, comma, decimals = token.rpartition(",")
    if comma and len(decimals) < 3 and "." not in token:
        return float(f"{whole.replace(',', '')}.{decimals}")  # "1,5": a decimal comma (no group has 1-2 digits)
    return float(token.replace(",", ""))


def parse_ordinal(text: str) -> int | None:
    """The value of an ordinal ("13th" -> 13, "twenty-first" -> 21, "second" -> 2), or None."""
    lex = lexicon()
    word = text.strip().lower()
    if word[:1].isdigit():
        digits = word.rstrip("stndrh")
        return int(digits) if digits.isdigit() else None
    parts = [p for p in _SPLIT.split(word) if p and p != "ever"]
    if not parts or parts[-1] not in lex.ordinals:
        return None
    head = sum(lex.cardinals.get(p, 0) for p in parts[:-1])
    return head + lex.ordinals[parts[-1]]
