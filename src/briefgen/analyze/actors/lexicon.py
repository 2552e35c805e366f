"""Word lists and regular-expression pieces for finding actors, built once from the data files."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from typing import Any

from ...resources import data_toml, word_list

#: Every upper-case letter of the Latin, Greek and Cyrillic blocks, for a ``[...]`` class.
UPPER = "".join(chr(c) for c in range(0x41, 0x530) if chr(c).isupper() and chr(c).isalpha())
_LETTER = r"[^\W\d_]"
#: Look-ahead for a capital letter: put first in patterns that start with a capitalised word.
CAP = rf"(?=[{UPPER}])"

#: A capitalised word: "Sokhonn", "Jean-Claude", "O’Brien" (a possessive "’s" is left out).
CAP_WORD = rf"[{UPPER}]{_LETTER}*(?:[-'’][{UPPER}]{_LETTER}*)*"
#: A dotted abbreviation ("U.S.", "D.P.R.K.") or an acronym ("ASEAN", "ADMM+", "SuFiA"); "THE" of a text in
#: capitals is the article, no acronym ("THE Opposition Leader …").
ABBREV = rf"(?:(?:[{UPPER}]\.){{2,}}|(?!THE(?!\w))[{UPPER}][{UPPER}0-9&]*[{UPPER}0-9][a-z]?[{UPPER}0-9+]*\+?)(?!\w)"
#: A word of an organisation name: capitalised, abbreviated, hyphenated ("U.S.-ASEAN"), possessive.
ORG_WORD = rf"(?:{ABBREV}|{CAP_WORD})(?:-(?:{ABBREV}|{CAP_WORD}))*(?:['’]s|(?<=s)['’](?=\s))?"
#: ``ORG_WORD`` less its first letter (a capital), for patterns that consume that letter first: a
#: pattern that starts with a character class lets the regex engine skip to the places it may match.
ORG_WORD_REST = (
    rf"(?:(?:\.(?:[{UPPER}]\.)+|[{UPPER}0-9&]*[{UPPER}0-9][a-z]?[{UPPER}0-9+]*\+?)(?!\w)"
    rf"|{_LETTER}*(?:[-'’][{UPPER}]{_LETTER}*)*)(?:-(?:{ABBREV}|{CAP_WORD}))*(?:['’]s|(?<=s)['’](?=\s))?"
)
#: Lower-case words allowed inside an organisation name.
ORG_LINK = r"(?:(?:of|for|on|and|&|de)(?:\s+the)?)"


def words(name: str) -> frozenset[str]:
    """The entries of a word-list data file."""
    return word_list(name)


def alternation(entries: Iterable[str], not_after: str = "") -> str:
    """A regex matching any of the literal ``entries`` (longest first), as a prefix trie so that it
    stays fast with hundreds of entries; the two apostrophes ' and ’ match each other. With
    ``not_after`` (a one-character class such as ``[\\w.]``), only where no such character precedes."""
    trie: dict[str, Any] = {}
    for entry in set(entries):
        node = trie
        for char in entry.replace("’", "'"):
            node = node.setdefault(char, {})
        node[""] = {}
    if not trie:
        return "(?!)"
    if not_after and "" not in trie:
        # Each branch starts with its literal first character and checks the one before it after that,
        # so the regex engine can skip to candidate characters instead of trying every position.
        branches = [_char(c) + f"(?<!{not_after}.)" + _trie_regex(child) for c, child in sorted(trie.items())]
        return "(?:" + "|".join(branches) + ")"
    # A one-character look-ahead first lets the engine skip most positions cheaply.
    first = "".join(sorted(_char_class(c) for c in trie))
    return f"(?=[{first}]){_trie_regex(trie)}"


def _trie_regex(node: dict[str, Any]) -> str:
    # A run of nodes with one child each and no end (most of a name's letters) is written in one loop.
    chain = ""
    while len(node) == 1 and "" not in node:
        ((c, node),) = node.items()
        chain += _char(c)
    ends = "" in node
    branches = [_char(c) + _trie_regex(child) for c, child in sorted(node.items()) if c]
    if not branches:
        return chain
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return chain + "(?:" + body + ")?"
    return chain + body


@functools.cache
def _char(c: str) -> str:
    return "['’]" if c == "'" else re.escape(c)


def _char_class(c: str) -> str:
    return "'’" if c == "'" else re.escape(c)


HONORIFICS = words("actors/honorifics.txt")
TITLES = words("actors/titles.txt") | HONORIFICS
MODIFIERS = words("actors/title_modifiers.txt")
PORTFOLIOS = words("actors/portfolios.txt")
ORG_WORDS = words("actors/org_words.txt")
PARTICLES = words("actors/particles.txt")
#: Generation words after a name, without a full stop ("Jr", "III"): not name words.
GENERATIONS = words("actors/generations.txt")
#: The Roman numerals among them ("II", "III", "IV").
NUMERALS = frozenset(g for g in GENERATIONS if g.isupper())
PLACE_WORDS = words("actors/place_words.txt")
#: Head nouns of facilities and sites, lower case ("airport", "hotel", "station"): a name before one is the thing's.
FACILITY_NOUNS = words("actors/facility_nouns.txt")
#: Prepositions of place ("at", "in", "outside"): a bare capitalised name after them is a place's or a body's.
LOCATIVES = words("actors/locative_prepositions.txt")
NON_NAMES = words("actors/non_names.txt")
SPEECH_VERBS = words("actors/speech_verbs.txt")
ROLE_NOUNS = words("actors/role_nouns.txt")
ROLE_ADJECTIVES = words("actors/role_adjectives.txt")
FUNCTION_WORDS = words("stopwords_en.txt")
MONTH_WORDS = frozenset(w for line in words("timeline_months.txt") for w in line.split())
#: Month and day names: a date, never part of a name ("the Coast Guard on August 5th")
DATE_WORDS = MONTH_WORDS | frozenset(data_toml("figures/calendar.toml")["words"]["weekdays"])

#: One word of any title, for telling title words apart from name words (a hyphenated title whole and in parts:
#: "Director-General", "Director", "General").
TITLE_WORDS = frozenset(
    w for t in TITLES for w in (*re.split(r"[\s-]+", t), *t.split()) if w[:1].isupper()
)
#: Verbs of headlines and speech, capitalised ("Announces", "Meets", "Says"): they end a name.
VERB_WORDS = frozenset(
    w[:1].upper() + w[1:] for w in (*words("actors/headline_verbs.txt"), *SPEECH_VERBS) if " " not in w
)
#: Role nouns capitalised at a sentence's start ("Meteorologist", "Economist").
ROLE_NOUN_WORDS = frozenset(w[:1].upper() + w[1:] for w in ROLE_NOUNS)
#: Lower-case nouns that stand before an organisation's name ("company", "firm").
ORG_NOUNS = words("actors/org_nouns.txt")

#: The one-word portfolios ("Affairs", "Treasury", "European"): the end of a title, never a person's name word
#: (they may be an organisation's: "Chiefs of Defence").
PORTFOLIO_WORDS = frozenset(p for p in PORTFOLIOS if " " not in p)
#: Titles and role nouns in the plural ("Governors", "Ministers", "Senators"): a group's, never a name word
#: ("Governors Lawal Dauda of Zamfara, Bala Mohammed of Bauchi …" names no "Governors Lawal Dauda").
TITLE_PLURALS = frozenset(
    w[:-3] + "men" if w.endswith("man") else w + "s"
    for w in {t for t in TITLES if " " not in t} | ROLE_NOUN_WORDS
    if w[1:].isalpha() and w[1:].islower() and w[-1] not in "sy"
)
#: Words that cannot be part of a person's name.
NOT_NAME = NON_NAMES | ORG_WORDS | PLACE_WORDS | MONTH_WORDS | TITLE_WORDS | MODIFIERS | VERB_WORDS | ROLE_NOUN_WORDS

TITLE_RE = alternation(TITLES)
HONORIFIC_RE = alternation(HONORIFICS)
MODIFIER_RE = alternation(MODIFIERS)
PORTFOLIO_RE = alternation(PORTFOLIOS)
SPEECH_VERB_RE = alternation(SPEECH_VERBS)
ROLE_NOUN_RE = alternation(ROLE_NOUNS)
PARTICLE_RE = alternation(PARTICLES)
#: A particle between two words of a name, in lower case or with a capital: "Mohammed Bin Zayed Al Nahyan",
#: "Charles De Gaulle". It does not count among a name's four words ("Hamdan Bin Mohammed bin Rashid Al Maktoum").
INNER_PARTICLE_RE = alternation(PARTICLES | {p.capitalize() for p in PARTICLES if len(p) > 1})

#: One word of a personal name, or an initial ("J.").
#: A lower-case syllable joined to a name word: "Won-sik", "Ki-moon", "Jae-in" (not "-led", "-based", "-born");
#: of five letters only with a romanised syllable's ending: "Jae-myung", "Oh-hyeok", "Sung-hoon" (not "-style");
#: or a letter and a syllable, as in the Thai "Chan-o-cha".
SYLLABLE = r"(?:-(?!born\b)(?:[a-z]{3}(?:ng|ok|uk|on|ul|un)|[a-z]{2,4}|[a-z]-[a-z]{2,4})(?<!ed)(?![\w-]))"
#: The Arabic article joined to a family name: "al-Sisi", "el-Sisi", "bin-Zayed".
ARTICLE = rf"(?:(?:al|el|ad|ar|as|ash|at|az|an|ud|ul|bin|ibn|abu)-(?=[{UPPER}]))"
# An initial without its full stop, as Indian names write them ("M Karunanidhi", "R Priya"): one capital but the
# article A and the pronoun I, before a name word.
BARE_INITIAL = r"[B-HJ-Z](?=\s+[A-Z][a-z])"
NAME_TOKEN = rf"(?:[{UPPER}]\.(?:[{UPPER}]\.){{0,2}}(?=\s+[{UPPER}])|{BARE_INITIAL}|{ARTICLE}?{CAP_WORD}{SYLLABLE}?)"
#: A personal name of one to four words, with particles and a generational suffix.
NAME = (
    rf"{NAME_TOKEN}(?:\s+(?:{INNER_PARTICLE_RE}\s+)*{NAME_TOKEN}){{0,3}}"
    r"(?:,?\s+(?:Jr\.|Sr\.|II|III|IV)(?![\w]))?"
)
#: An affiliation in the possessive before a name: "University of Hawaii’s " (of "University of Hawaii’s
#: Lauren Schurmeier"), "NASA’s ".
AFFILIATION = rf"(?:(?:[{UPPER}][\w.&-]*|of|for|the|and)\s+){{0,5}}?[{UPPER}][\w.&-]*['’]s\s+"


@functools.lru_cache(maxsize=4096)
def fold_accents(word: str) -> str:
    """A word without its diacritics ("Andrés" -> "Andres", "Bárcena" -> "Barcena")."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


GIVEN_NAMES = frozenset(
    w for w in words("actors/given_names.txt") | words("actors/given_names_world.txt") if w not in NOT_NAME
)


def given_name(word: str, names: frozenset[str] = GIVEN_NAMES) -> bool:
    """True when ``word`` is in ``names``, written with diacritics or without ("Andrés" for "Andres")."""
    return word in names or (not word.isascii() and fold_accents(word) in names)
#: Family names spelled like an English or place word ("He", "Park"): a name word only right after a title and
#: before another name word ("Vice-Premier He Lifeng").
SURNAME_HOMOGRAPHS = words("actors/surname_homographs.txt")

#: ``NAME`` less its first letter (a capital), for patterns that consume that letter first (see ``ORG_WORD_REST``).
NAME_REST = (
    rf"(?:\.(?:[{UPPER}]\.){{0,2}}(?=\s+[{UPPER}])|{_LETTER}*(?:[-'’][{UPPER}]{_LETTER}*)*{SYLLABLE}?)(?:\s+(?:{INNER_PARTICLE_RE}\s+)*{NAME_TOKEN}){{0,3}}"
    r"(?:,?\s+(?:Jr\.|Sr\.|II|III|IV)(?![\w]))?"
)
#: A title with its modifiers and portfolio: "Deputy Prime Minister", "Environment Minister", "Secretary of Energy".
TITLE_UNIT = (
    rf"(?:{MODIFIER_RE}(?:\s+|-(?=[{UPPER}])))*(?:{PORTFOLIO_RE}\s+){{0,2}}{TITLE_RE}"
    rf"(?:\s+(?:of|for)\s+(?:the\s+)?{PORTFOLIO_RE}(?:\s+(?:and\s+|&\s+)?{PORTFOLIO_RE})*){{0,2}}"
)


def is_name_word(word: str) -> bool:
    """True when a capitalised word may belong to a person's name."""
    return (
        word not in NOT_NAME and word.rstrip(".") not in NOT_NAME and word.lower() not in FUNCTION_WORDS
        and not _PLURAL_ACRONYM.fullmatch(word) and word not in TITLE_PLURALS
    )


#: An acronym in the plural ("MPs", "CEOs", "NGOs"): a group of people or things, never a name word.
_PLURAL_ACRONYM = re.compile(rf"[{UPPER}]{{2,}}[’']?s")


#: One-word titles that are also family names ("Bishop", "King", "Judge"): a name word when they end a name
#: after a given name ("David Bishop said"), never before one.
SURNAME_TITLES = frozenset(
    t for t in TITLES
    if " " not in t and "-" not in t and not t.endswith(".") and t[1:].islower()
    and t not in NON_NAMES | ORG_WORDS | PLACE_WORDS | MONTH_WORDS | MODIFIERS
)
#: Words that open English sentences ("Although", "Meanwhile"): never a name's first word at a sentence start.
SENTENCE_STARTERS = words("sentence_starters.txt")


def surname_word(word: str) -> bool:
    """True when a capitalised word may be a family name: a name word, or a one-word title such as "Bishop"."""
    return is_name_word(word) or word in SURNAME_TITLES


def is_filler(word: str) -> bool:
    """True for a word that may precede an organisation's name in a capitalised run: a function word,
    title or month ("The", "Commander", "In")."""
    return word.lower() in FUNCTION_WORDS or word in TITLES or word in MODIFIERS or word in MONTH_WORDS


def is_plain_word(word: str) -> bool:
    """True for a function word, title, month or the like, which never starts a proper name."""
    return word in NOT_NAME or word.lower() in FUNCTION_WORDS


def title_case(word: str) -> str:
    """An upper-case word in title case: "MR." -> "Mr.", "THOMAS-GREENFIELD" -> "Thomas-Greenfield"."""
    return "-".join(part[:1] + part[1:].lower() for part in word.split("-"))


def caps_word(token: str) -> bool:
    """True for a family name written in capitals ("TANAKA" of "TANAKA Hiroshi"): letters only, a vowel,
    and a name word once in title case."""
    return (
        len(token) > 1 and token.isalpha() and token.isupper() and any(c in "AEIOUY" for c in token)
        and token not in NUMERALS and is_name_word(title_case(token))
    )


_BARE_INITIAL = re.compile(r"[B-HJ-Z]")
_NAME_SPLIT = re.compile(r"[\s,]+")
_ARTICLE_START = re.compile(ARTICLE)


def name_tokens(name: str) -> list[str]:
    """The words of a name without initials, particles, suffixes and a joined article: "Joseph R. Biden, Jr." ->
    [Joseph, Biden], "al-Sisi" -> [Sisi]; a family name in capitals in title case ("TANAKA Hiroshi" -> [Tanaka,
    Hiroshi])."""
    return list(_name_tokens(name))


@functools.lru_cache(maxsize=16384)
def _name_tokens(name: str) -> tuple[str, ...]:
    """``name_tokens`` as a tuple, remembered: a text names the same people again and again."""
    out = []
    for token in _NAME_SPLIT.split(name):
        if not token or token.endswith(".") or token in PARTICLES or token in NUMERALS or (
                _BARE_INITIAL.fullmatch(token)):
            continue
        token = _ARTICLE_START.sub("", token)
        out.append(title_case(token) if token.isupper() and len(token) > 1 else token)
    return tuple(out)
