"""Compiled regular expressions for figures, built once from the figure lexicon.

Scanning works in two steps so that it stays fast on long texts: ``figure_anchors`` finds the few
places where a figure can start (a digit, a currency sign, a number, ordinal or month word), then
the branch patterns here are tried only there, in order of precedence, with ``Pattern.match``.
Branches: ranges, dates, money, percentages, fractions and ratios, durations, ordinals, years,
counts (a number and the plural noun it counts, or a bare "16.7 million"), and last any other
number in digits ("up from 900,000").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from ..._speed.regex_cache import compile_cached
from .lexicon import Lexicon, lexicon

HYPHEN = "-‐‑–—"
_DASH = f"[{HYPHEN}]"
SUPERSCRIPTS = "¹²³⁴⁵⁶⁷⁸⁹⁰"
"""Footnote markers that may follow a figure's last word."""
SPACES = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
"""Every character ``str.isspace`` accepts, as a class body: what ``\\s`` matches, but tested faster."""
_WORD = rf"[^{SPACES},;:()\[\]“”\"!?‘’'{HYPHEN[3:]}]"


def alternation(entries: Iterable[str], fold: bool = False) -> str:
    """A regex alternation of literal entries (spaces match any whitespace), longest first so the longest one wins.

    Built as a prefix tree, which tries the entries that can match at a place (a chain of prefixes
    of one another) longest first, as a plain longest-first alternation does, without trying all
    the others. Pass ``fold`` when the alternation is used case-blind: ASCII entries are then
    lower-cased so that no two branches of the tree match the same character.
    """
    words = {e.lower() if fold and e.isascii() else e for e in entries}
    return _trie(words, True, True)


def trie(entries: Iterable[str], spaces: bool = False) -> str:
    """A regex matching exactly ``entries``, factored by common prefixes (much faster to scan).

    With ``spaces``, a space in an entry matches any run of whitespace.
    """
    return _trie(entries, spaces, False)


def _trie(entries: Iterable[str], spaces: bool, group: bool) -> str:
    """``trie``, as one group when ``group``; written with no group that changes nothing (quicker to compile)."""
    root: dict[str, dict[str, object]] = {}
    for entry in set(entries):
        node = root
        for char in entry:
            node = node.setdefault(char, {})  # type: ignore[assignment]
        node[""] = {}

    def escape(char: str) -> str:
        return r"\s+" if spaces and char == " " else re.escape(char)

    def build(node: dict[str, dict[str, object]], group: bool) -> str:
        branches = [escape(ch) + build(child, False) for ch, child in sorted(node.items()) if ch]  # type: ignore[arg-type]
        if not branches:
            return "(?:)" if group else ""
        if len(branches) > 1:
            body = "(?:" + "|".join(branches) + ")"
        elif group or ("" in node and not _atom(branches[0])):
            body = "(?:" + branches[0] + ")"
        else:
            body = branches[0]
        return body + "?" if "" in node else body

    return build(root, group)


def _atom(pattern: str) -> bool:
    """True for one literal character, escaped or not (which a quantifier may follow without a group)."""
    return len(pattern) == 1 or (len(pattern) == 2 and pattern[0] == "\\" and pattern != r"\s")


def _cased(words: Iterable[str]) -> list[str]:
    return [form for w in words for form in (w, w[:1].upper() + w[1:])]


@dataclass(frozen=True, slots=True)
class Patterns:
    """Every compiled pattern the extractor uses."""

    digits: re.Pattern[str]
    """A run of digits: where a written number may start."""
    words: re.Pattern[str]
    """A number, ordinal, fraction or month word, or "between": where a figure in words may start."""
    scan: re.Pattern[str]
    """One pass over a text: a non-word character, then one of those words (without abbreviation dots) or a digit."""
    currency_before: re.Pattern[str]
    """A currency prefix ending right before a digit ("US$", "€", "USD ")."""
    branches: dict[str, re.Pattern[str]]
    """Figure patterns by branch name, each matched at an anchor."""
    qualifier_before: re.Pattern[str]
    """A qualifier ending right where a figure starts (searched in a short window)."""
    qualifier_after: re.Pattern[str]
    """A qualifier written right after a figure ("or less", "-plus"), matched at its end."""
    period_before: re.Pattern[str]
    """"early", "mid-" or "late" right before a year or date."""
    weekday_before: re.Pattern[str]
    """A day name (and comma) right before a date."""
    url: re.Pattern[str]
    """Web and mail addresses, inside which nothing is a figure."""
    label_token: re.Pattern[str]
    """A word or a punctuation mark, for building labels."""
    lead_in: re.Pattern[str]
    """A short title ending in a colon at the start of a paragraph ("U.S. Assistance: ...")."""


def _pieces(lex: Lexicon) -> dict[str, str]:
    cardinals = [w for w, v in lex.cardinals.items() if v < 10]
    teens = [w for w, v in lex.cardinals.items() if 10 <= v < 20]
    tens = [w for w, v in lex.cardinals.items() if v >= 20]
    p: dict[str, str] = {}
    p["units"] = alternation(cardinals, fold=True)
    p["tens"] = alternation(tens, fold=True)
    p["small"] = rf"(?:{p['tens']}(?:[{HYPHEN}\s]{p['units']})?|{alternation(teens, fold=True)}|{p['units']})"
    scale_words = [w for w in lex.scales if w != "hundred"]
    p["scale"] = alternation(scale_words, fold=True)
    p["short"] = alternation(lex.short_scales, fold=True)
    p["group"] = alternation(lex.groups, fold=True)
    # A number in words: "twenty-five", "two hundred and ten", "a hundred", "a dozen".
    # … and as spoken in transcripts, before a scale or "percent": "a hundred and fifty million", "one point
    # five billion", "three and a half billion".
    spoken_end = rf"(?=\s+(?i:{p['scale']}|percent|per\s?cent)\b)"
    numw = (
        rf"(?:(?:{p['small']}(?:\s+hundred(?:\s+(?:and\s+)?{p['small']})?|\s+{p['group']})?"
        rf"|an?\s+(?:hundred(?:\s+and\s+{p['small']})?|{p['group']}))"
        rf"(?:\s+point(?:\s+{p['units']})+{spoken_end}|\s+and\s+a\s+half{spoken_end})?)"
    )
    # Digits, with decimals or a fraction after a whole number ("3-3/4 percent", "4 1/2 percent", as central
    # banks and budgets write them).
    p["numd"] = (
        r"(?:(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+|[-‐‑ ](?:[1-9]|1[0-5])/(?:2|3|4|8|16)(?![0-9/]))?"
        r"|\.[0-9]+)(?![0-9]|[.,][0-9])"  # and a decimal with no whole part (".2%", as budgets write it)
    )
    # Any number with an optional scale word; "a million" needs its scale.
    # The end of a scale or percent word: as "\b", but a footnote marker may follow ("$45.2 million¹").
    p["end"] = rf"(?![^\W{SUPERSCRIPTS}])"
    # A second scale multiplies the first ("₹5 lakh crore", as Indian budgets write 5 trillion rupees).
    p["scale2"] = rf"(?:\s+(?i:{alternation(lex.compound_scales, fold=True)}){p['end']})?"
    # A scale word may follow digits with no space ("167million", as some tables and releases write it).
    p["spc"] = r"(?:\s+|(?<=[0-9]))"
    p["num"] = (
        rf"(?:(?:{p['numd']}|(?i:{numw})\b)(?:{p['spc']}(?i:{p['scale']}){p['end']}{p['scale2']})?"
        rf"|(?i:(?:half\s+)?an?\s+{p['scale']}){p['end']})"
    )
    # A number that may carry an abbreviated scale ("10m", "1.5 bn"), for money.
    # After a currency sign: a scale joined by a hyphen ("$1.5-billion deal"), a decimal comma before a scale
    # ("€1,5 million", as European texts write it).
    p["num_money"] = (
        rf"(?:(?:{p['numd']}|[0-9]{{1,3}},[0-9]{{1,2}}(?=\s+(?i:{p['scale']}|{p['short']})\b))"
        rf"(?:\s?(?i:{p['short']})(?![\w'’])|(?:{p['spc']}|{_DASH})(?i:{p['scale']}){p['end']}{p['scale2']})?)"
    )
    p["num_any"] = (
        rf"(?:{p['numd']}(?:\s?(?i:{p['short']})(?![\w'’])|{p['spc']}(?i:{p['scale']}){p['end']})?|{p['num']})"
    )
    prefixes = [pre for c in lex.currencies for pre in c.prefixes]
    p["cur"] = alternation(prefixes)
    p["curw"] = "(?i:" + alternation((w for c in lex.currencies for w in c.words), fold=True) + rf")(?!\w|[{HYPHEN}]\w)"
    p["rate"] = (
        rf"(?:{_DASH}an?{_DASH}|\s+(?:a|an|per)\s+|\s?/\s?)"
        r"(?:month|year|day|week|hour|person|head|capita|barrel|tonne|ton|kg|litre|liter|gallon|share)\b"
    )
    p["pct"] = (
        rf"(?:\s?%|[{HYPHEN}\s]?(?i:percent|per\s?cent|pct|pc){p['end']}"
        rf"|(?:\s+|{_DASH})(?i:percentage[{HYPHEN}\s]points?|basis[{HYPHEN}\s]points?|bps)\b)"
    )
    p["dur"] = "(?i:" + alternation(lex.durations, fold=True) + r")\b"
    stops = alternation(lex.stop_words, fold=True)
    not_counted = alternation(lex.not_counted, fold=True)
    plural = r"[A-Za-z][A-Za-z'’-]*[a-hj-rt-zA-HJ-RT-Z]s"
    p["noun"] = (
        rf"(?!(?i:{stops}|{not_counted})\b)"
        rf"(?:(?i:{alternation(lex.irregular_plurals, fold=True)})|{alternation(lex.measures)}|{plural})"
        r"(?![\w]|['’][A-Za-z])"
    )
    p["gap"] = rf"(?!(?i:{stops})\b)[A-Za-z][\w'’.&{HYPHEN}]*"
    p["year"] = r"(?:1[5-9][0-9]{2}|20[0-9]{2}|2100)(?![0-9])"
    p["year_counts"] = alternation(lex.year_counts, fold=True)
    months_full = alternation(lex.month_names)
    months_any = alternation(lex.months)
    p["months_full"] = months_full
    p["months_any"] = months_any
    p["day"] = r"(?:[12][0-9]|3[01]|0?[1-9])(?![0-9]|[.,][0-9]|:)"
    p["fracs"] = alternation(lex.fractions, fold=True)
    p["ords"] = alternation(lex.ordinals, fold=True)
    return p


def _branches(lex: Lexicon, p: dict[str, str]) -> dict[str, str]:
    def value(tag: str) -> str:
        # the low end may carry its own "percent" ("from 3.9 percent to 4.1 percent")
        pct = r"\s?%|\s+(?i:percent|per\s?cent)\b" if tag == "a" else r"\s?%"
        return rf"(?:(?P<{tag}cur>{p['cur']})\s?)?(?P<{tag}num>{p['num_any']})(?P<{tag}pct>{pct})?"

    tail = (
        rf"(?:(?P<tail_pct>{p['pct']})|\s+(?P<curw>{p['curw']})"
        rf"|(?:\s+|[{HYPHEN}])(?P<dur>{p['dur']})|\s+(?P<np>(?:{p['gap']}\s+){{0,3}}?{p['noun']}))?"
    )
    sep = rf"\s*(?P<sep>[{HYPHEN}/]|to\b)\s*"
    b: dict[str, str] = {}
    # "between X and Y" and "X-Y" share one pattern (the biggest, so compiled once): "between" must
    # be read where it stands, and is never read elsewhere.
    b["range_between"] = b["range_sep"] = (
        rf"(?:(?P<between>(?i:between)\s+)|(?!(?i:between)\s)){value('a')}(?(between)\s+and\s+|{sep})"
        rf"{value('b')}{tail}(?P<rate>{p['rate']})?(?(between)|(?![{HYPHEN}]?[0-9]))"
    )
    b["date_iso"] = rf"(?P<year>{p['year']})-(?P<month>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12][0-9]|3[01])(?![0-9])"
    b["date_dmy"] = (
        rf"(?P<day>{p['day']})(?:st|nd|rd|th)?(?:\s+of)?\s+(?P<month>{p['months_any']})(?![A-Za-z])"
        rf"(?:,?\s+(?P<year>{p['year']}))?"
    )
    b["date_mdy"] = (
        rf"(?P<month>{p['months_any']})\s+(?P<day>{p['day']})(?:st|nd|rd|th)?\b"
        rf"(?:\s*[{HYPHEN}]\s*{p['day']}\b)?(?:,?\s+(?P<year>{p['year']}))?"
    )
    b["date_my"] = rf"(?P<month>{p['months_full']})(?:\s+of)?,?\s+(?P<year>{p['year']})"
    b["date_month"] = rf"(?P<month>{p['months_full']})\b(?!\s*[0-9])"
    b["money_pre"] = rf"(?P<cur>{p['cur']})\s?(?P<num>{p['num_money']})(?P<rate>{p['rate']})?"
    b["money_post"] = rf"(?P<num>{p['num']})\s+(?P<curw>{p['curw']})(?P<rate>{p['rate']})?"
    b["percent"] = rf"(?P<num>{p['num']}|(?i:half\s+(?:a|one))\b)(?P<unit>{p['pct']})"
    # "two-thirds", "a third of"; with a whole part and a unit, a percentage in words ("one and three-tenths
    # percent", "a tenth of a point", "three-quarters of a percentage point").
    of_one = r"\s+of\s+(?i:an?|one)\s+"
    b["fraction"] = (
        rf"(?i:(?:(?P<whole>{p['small']})\s+and\s+)?(?P<num>{p['small']}|an?))"
        rf"(?:[{HYPHEN}](?P<den>(?i:{p['fracs']}))\b"
        rf"|\s+(?P<den2>(?i:{p['fracs']}))\b(?=\s+of\b|\s+(?i:percent|per\s?cent|percentage)\b"
        rf"|(?P<alone>\s*[,.;:!?)\]–—]|\s*\Z|\s+(?:and|or|but|in|for|from|since|is|are|was|were|has|have|had|will|would)\b)))"
        rf"(?P<unit>{of_one}(?i:(?:percentage{_DASH}?\s*)?points?|percent|per\s?cent)\b|{p['pct']})?"
    )
    # "half of …", "more than half the …", or a half standing alone ("cut by more than half.", "only half for the
    # U.S."): ``_half`` decides
    b["half"] = (
        r"(?i:half)\b(?=\s+of\b|\s*[,.;:!?)\]–—]|\s*\Z|\s+(?i:for|in|among|from|and|or|but|while|whereas|since)\b"
        r"|\s+(?:the|its|their|this|these|those|his|her|our)\s)"
    )
    small_or_digits = rf"(?:(?i:{p['small']})\b|[1-9](?![0-9]))"
    bottom = rf"(?:(?i:{p['small']})\b|[1-9][0-9]{{0,2}}(?:,000)?(?![0-9]|[,.][0-9]))"
    # "one in five", "one-in-three", "one out of every four"
    # "1/3 of the voters", "2/3 of the funds" (not "24/7", "9/11")
    b["slash"] = r"(?P<top>[1-9])/(?P<bottom>[2-9]|10)(?![0-9/])(?=\s+of\s)"
    b["ratio"] = (
        rf"(?P<top>{small_or_digits})(?:\s+in\s+|{_DASH}in{_DASH}|\s+out\s+of\s+(?:every\s+)?)"
        rf"(?P<bottom>{bottom})(?!\s*(?:%|(?i:percent)))"
    )
    b["scaled"] = (
        rf"(?P<num>(?:{p['numd']}|(?i:{p['small']}|(?:half\s+)?an?)\b){p['spc']}(?i:{p['scale']}))\b(?![{HYPHEN}]?[0-9])"
    )
    # "10 years", "six-month", "three and a half years"
    b["duration"] = (
        rf"(?P<num>{p['num']})(?P<half>\s+and\s+a\s+half)?(?:\s+|[{HYPHEN}])(?P<unit>{p['dur']})"
        rf"(?:[{HYPHEN}](?:long|old)\b)?"
    )
    b["ordinal"] = (
        rf"(?P<num>[0-9]+)(?P<suf>st|nd|rd|th)\b"
        rf"|(?P<word>(?i:(?:{p['tens']}[{HYPHEN}])?{p['ords']}))\b(?P<ever>[{HYPHEN}\s]ever\b)?"
    )
    b["year"] = (
        rf"(?P<year>{p['year']})(?P<decade>s)?\b(?!\s?%|[{HYPHEN}.,][0-9])"
        rf"(?!\s+(?i:{p['year_counts']})\b)"
    )
    b["count"] = (
        rf"(?P<num>{p['num']})(?:\s+(?P<np>(?:{p['gap']}\s+){{0,3}}?{p['noun']})"
        rf"|[{HYPHEN}](?P<hy>[a-z]{{3,}}|{alternation(lex.measures)})\b(?![{HYPHEN}])(?=\s+[A-Za-z]))"
    )
    # A number in digits that no other branch reads ("up from 900,000", "a magnitude 7.8 quake").
    b["bare"] = rf"(?P<num>{p['numd']})(?![{HYPHEN}+/:]?[0-9]|[+/:%A-Za-z])"
    return b


def _anchor_words(lex: Lexicon) -> list[str]:
    words = [*lex.cardinals, *lex.scales, *lex.groups, *lex.ordinals, *lex.fractions, "between"]
    return [*_cased(words), *lex.months]


def _words(lex: Lexicon) -> str:
    # A plain trie with no group around it lets the regex engine skip quickly to candidate letters.
    return rf"\b{trie(_anchor_words(lex))}(?![A-Za-z])"


def _scan(lex: Lexicon) -> str:
    # Starting on a character class (not "\b") lets the engine skip to candidates; the class is a superset
    # of non-word characters, checked again by the caller. Dots are left out so every match ends on a
    # letter or digit and never swallows the character before the next candidate.
    # The lookahead on the first characters of the words and digits rules out most candidates with one
    # set test, before the alternation tries its branches one by one.
    words = {w.rstrip(".") for w in _anchor_words(lex)}
    first = re.escape("".join(sorted({w[0] for w in words})))
    return rf"[^0-9A-Za-z_](?=[0-9{first}])(?:({trie(words)})(?![A-Za-z])|[0-9])"


def _compiled(sources: dict[str, str]) -> dict[str, re.Pattern[str]]:
    """Each pattern compiled, once for names that share one."""
    done: dict[str, re.Pattern[str]] = {}
    return {name: done[rx] if rx in done else done.setdefault(rx, compile_cached(rx)) for name, rx in sources.items()}


@cache
def patterns() -> Patterns:
    """The compiled patterns (built on first use, then shared)."""
    lex = lexicon()
    p = _pieces(lex)
    quals = alternation(lex.qualifiers, fold=True)
    return Patterns(
        digits=compile_cached(r"[0-9][0-9,.]*"),
        words=compile_cached(_words(lex)),
        scan=compile_cached(_scan(lex)),
        currency_before=compile_cached(rf"(?<![A-Za-z]){p['cur']}\s?\Z"),
        branches=_compiled(_branches(lex, p)),
        qualifier_before=compile_cached(rf"(?<![\w])(?P<q>{quals})\s+\Z", re.IGNORECASE),
        qualifier_after=compile_cached(
            rf"(?:\s+(?P<q>{alternation([q for q in lex.postposed_qualifiers if q[0] != '-'], fold=True)})"
            rf"|(?P<h>[{HYPHEN[:3]}]plus|\+(?![0-9])))(?:(?<=[.)+])|\b)"
            rf"(?!\s+(?i:than)\b|(?<=[uU][pP])\s+(?i:to)\b|[{HYPHEN}])",  # not "and up to $3 billion"
            re.IGNORECASE,
        ),
        period_before=compile_cached(
            rf"(?<![\w])(?P<q>{alternation(lex.period_qualifiers, fold=True)})(?:\s+|[{HYPHEN}])\Z", re.IGNORECASE
        ),
        weekday_before=compile_cached(rf"(?<![\w])(?P<q>{alternation(lex.weekdays)}),?\s+\Z"),
        url=compile_cached(r"\b(?:https?://|www\.)\S+|\b[\w.+-]+@[\w-]+\.[\w.]+"),
        # Possessive: nothing follows a token's parts, so giving characters back never makes a match.
        label_token=compile_cached(rf"{_WORD}++(?:(?:,[0-9]|['’]{_WORD}){_WORD}*+)*+|[,;:()\[\]“”\"!?{HYPHEN[3:]}]"),
        lead_in=compile_cached(r"(?:[-•*]\s+)?([A-Z][^:!?\n]{2,70}?):\s"),
    )
