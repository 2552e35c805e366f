"""Does a sentence stand alone as a brief's item? Unresolved references, ceremony, run-in headings.

A brief shows sentences out of their context, so a sentence that opens with a reference to the one
before it ("It played…", "The high-level conference…", "…made the remarks") says nothing to a reader,
and a pleasantry ("It is a great pleasure and honor…") is not content. The signal words are data
(``data/summary_signals.toml``); matching is by word stem, so inflections count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from ...resources import data_toml, word_list
from ..terms import stem

_WORD = re.compile(r"[^\W_]+(?:[’'\-][^\W_]+)*")
_OPENING_QUOTES = "“\"‘'"
_RUN_IN = re.compile(r"^([^:!?;]{3,80}):\s+(?=[“\"‘']?[A-Z])")
"""A run-in heading: a short lead ending in a colon, then a sentence starting with a capital."""
TABLE_BAR = "|"
"""How the DOCX reader joins a table row's cells; a row is not a sentence."""
MAX_RUN_IN_WORDS = 12
MAX_LEAD_WORDS = 15
"""An opening phrase before the first comma up to this long is read past to find the subject."""


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The signal words, as stems or lower-case words."""

    ceremony: dict[str, float]
    """Stem -> weight (1: ceremonial on its own)."""
    openers: tuple[tuple[str, ...], ...]
    """Opening words that refer back, as word tuples."""
    resolving_links: frozenset[str]
    """Words after a definite description that attach what it refers to."""
    speech_nouns: frozenset[str]
    """Nouns of things said."""
    speech_links: frozenset[str]
    """Words after a speech noun that make it self-contained."""
    significance: frozenset[str]
    """Stems of discourse markers of why something matters."""
    demonstratives: frozenset[str]
    """Demonstrative words ("this", "these")."""
    time_nouns: frozenset[str]
    """Nouns of time that make a demonstrative point at the text's own time ("this year")."""
    address: frozenset[str]
    """Words that address the listeners ("you", "your")."""
    shell_nouns: frozenset[str]
    """Nouns that stand for something said or done before after a demonstrative ("this fact", "that issue")."""
    introductions: re.Pattern[str]
    """A speaker giving their own name or post ("My name is Jed …", "I’m the Assistant Secretary")."""


@cache
def lexicon() -> Lexicon:
    """The signal words of ``summary_signals.toml``."""
    data = data_toml("summary_signals.toml")
    ana = data["anaphora"]
    return Lexicon(
        ceremony={stem(w): float(v) for w, v in data["ceremony"].items()},
        openers=tuple(tuple(o.lower().replace(",", "").split()) for o in ana["openers"]),
        resolving_links=frozenset(ana["resolving_links"]),
        speech_nouns=frozenset(ana["speech_nouns"]),
        speech_links=frozenset(ana["speech_links"]),
        significance=frozenset(stem(w) for w in data["significance"]["words"]),
        demonstratives=frozenset(ana["demonstratives"]),
        time_nouns=frozenset(ana["time_nouns"]),
        address=frozenset(data["address"]["words"]),
        shell_nouns=frozenset(ana["shell_nouns"]),
        introductions=re.compile(
            r"(?<![\w’'])(?i:" + "|".join(re.escape(o) for o in data["introductions"]["openers"])
            + r")\s+(?:the\s+)?[A-Z]"
        ),
    )


def introduces_self(text: str) -> bool:
    """True when the speaker gives their own name or post ("My name is Jed Wolfington and I am the moderator of
    today’s briefing", "Again, I’m Dan Kritenbrink"): an introduction, not content."""
    return lexicon().introductions.search(text) is not None


def words(text: str) -> list[str]:
    """The words of a text, as written."""
    return _WORD.findall(text)


@lru_cache(maxsize=8192)
def ceremony(text: str) -> float:
    """How ceremonial a sentence is: the summed weights of its pleasantry, thanks and commemoration words (kept:
    a brief's summaries ask about the same sentences many times over)."""
    weights = lexicon().ceremony
    return sum(weights.get(stem(w), 0.0) for w in words(text))


def ceremonial(text: str) -> bool:
    """True for a pleasantry, greeting, thanks or commemoration (ceremony weight 1 or more)."""
    return ceremony(text) >= 1.0


def addresses_listener(text: str) -> bool:
    """True when the sentence speaks to its listeners ("Your leadership is vital …", "As you'll recall, …")."""
    address = lexicon().address
    return any(w.lower() in address for w in words(text))


def significance(text: str) -> int:
    """How many markers of why something matters the sentence has."""
    marks = lexicon().significance
    return sum(1 for w in words(text) if stem(w) in marks)


@lru_cache(maxsize=8192)
def unresolved_reference(text: str) -> bool:
    """True when the sentence leans on one before it: it opens (or its main clause, after a short opening
    phrase, opens) with a pronoun or demonstrative, with a
    definite description of common nouns that nothing attaches to a name ("The high-level conference,
    chaired…"), or refers to words said elsewhere ("…made the remarks on ASEM Day")."""
    body = text.lstrip()
    if body[:1] in _OPENING_QUOTES:
        return False  # direct speech: its pronouns belong to the speaker
    tokens = words(body)
    if not tokens:
        return False
    lex = lexicon()
    lowered = [t.lower() for t in tokens]
    if _opens_with(lowered, lex):
        return True
    if _partitive_reference(lowered, lex):
        return True  # "Details of this implementation …", "Part of these funds …"
    lead, comma, main = body.partition(",")
    if comma and len(words(lead)) <= MAX_LEAD_WORDS and _opens_with([w.lower() for w in words(main)], lex):
        return True  # "Collectively, these nations …", "As tensions mount, he underscored …"
    at = body.find(",", len(lead) + 1)
    while at >= 0 and len(words(body[:at])) <= MAX_LEAD_WORDS:
        # After a later comma only a demonstrative, not "and" of a list: "Separated into three phases, A, B and C,
        # this program …"
        rest = [w.lower() for w in words(body[at + 1:])]
        if rest and rest[0] in lex.demonstratives and _opens_with(rest, lex):
            return True
        at = body.find(",", at + 1)
    if lowered[0] == "the" and _dangling_description(words(re.split(r"[,;:()—–]", body, maxsplit=1)[0])[1:], lex):
        return True
    return _speech_reference(lowered, lex) or _shell_reference(lowered, lex)


def points_back(text: str) -> bool:
    """True when a demonstrative in the sentence stands for something said or done before (``_shell_reference``):
    unlike an opening pronoun, this holds in direct speech too ("I didn't hear the end of that.")."""
    return _shell_reference([w.lower() for w in words(text)], lexicon())


def _shell_reference(lowered: list[str], lex: Lexicon) -> bool:
    """A demonstrative before a noun that stands for something said or done before, with nothing after it saying
    what ("The Philippine side knows this fact very well"), or a demonstrative that ends the sentence ("I didn't
    hear the end of that")."""
    if len(lowered) > 1 and lowered[-1] in lex.demonstratives and lowered[-2] not in lex.demonstratives:
        return True
    for i, word in enumerate(lowered[:-1]):
        if word in lex.demonstratives and word != "such" and lowered[i + 1] in lex.shell_nouns:
            nxt = lowered[i + 2] if i + 2 < len(lowered) else ""
            if nxt not in lex.speech_links:
                return True
    return False


_CONTRACTION = re.compile(r"[’'](?:s|re|ll|ve|d)$")
"""The verb joined to a pronoun ("it’s", "they're"): "It’s a comprehensive look at …" opens with "it"."""


def _opens_with(lowered: list[str], lex: Lexicon) -> bool:
    if lowered and _CONTRACTION.search(lowered[0]):
        lowered = [_CONTRACTION.sub("", lowered[0]), *lowered[1:]]
    by_first = _openers_by_first(lex.openers)
    if "" in by_first:
        return True  # an empty opener opens everything
    if len(lowered) > 1 and lowered[0] in lex.demonstratives and without_possessive(lowered[1]) in lex.time_nouns:
        return False  # "This year, China pledged …": the text's own time, which the brief's date gives
    return bool(lowered) and any(tuple(lowered[: len(o)]) == o for o in by_first.get(lowered[0], ()))


def without_possessive(word: str) -> str:
    """The word without a possessive ending ("year’s" -> "year", "Marles's" -> "Marles")."""
    return word.removesuffix("’s").removesuffix("'s")


def _partitive_reference(lowered: list[str], lex: Lexicon) -> bool:
    """True when one of the first few words is "of" followed by a demonstrative that is not a time's ("Details
    of this implementation", "Most of these funds"; not "the budget of this year")."""
    for i in range(1, min(4, len(lowered) - 1)):
        if lowered[i] == "of" and lowered[i + 1] in lex.demonstratives:
            return i + 2 >= len(lowered) or without_possessive(lowered[i + 2]) not in lex.time_nouns
    return False


@cache
def _openers_by_first(openers: tuple[tuple[str, ...], ...]) -> dict[str, list[tuple[str, ...]]]:
    """The openers by their first word ("" for an empty one), so that a sentence is compared with the few that
    may fit."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for opener in openers:
        out.setdefault(opener[0] if opener else "", []).append(opener)
    return out


def _dangling_description(rest: list[str], lex: Lexicon) -> bool:
    """``rest`` (up to the first comma) follows an opening "The": lower-case words not tied to a name by
    "of", "in", …"""
    phrase = 0
    while phrase < len(rest) and phrase < 5 and rest[phrase][:1].islower():
        if rest[phrase] in lex.resolving_links:
            break
        phrase += 1
    if phrase == 0:
        return False  # "The United States", "The 10th Summit"
    after = rest[phrase:phrase + 2]
    return not (len(after) == 2 and after[0] in lex.resolving_links and after[1][:1].isupper())


def _speech_reference(lowered: list[str], lex: Lexicon) -> bool:
    """"the remarks", "these comments" with nothing saying which."""
    for i, word in enumerate(lowered[:-1]):
        if word in ("the", "these", "those", "such") and lowered[i + 1] in lex.speech_nouns:
            nxt = lowered[i + 2] if i + 2 < len(lowered) else ""
            if nxt not in lex.speech_links:
                return True
    return False


_DATELINE = re.compile(
    r"[A-Z][A-Z’'-]+(?:\s[A-Z][A-Z’'-]+){0,3}(?:,\s[A-Z][\w’'.]*(?:\s[A-Z][\w’'.]*){0,2})?"
    r"(?:\s?\([A-Za-z][\w .’'-]{0,30}\))?(?:\s+(?:--?|[—–])\s*|--\s*)(?=[“\"‘']?[A-Z0-9])"
)
"""A news dateline: a place in capitals, maybe its region, maybe the agency, then a dash ("WASHINGTON --",
"NUKU’ALOFA, Tonga —", "BEIJING (AP) —")."""


_ANSWER_LABEL = re.compile(r"(?:(?:Q|A)[ \t]*:|Q(?=[ \t]))[ \t]+(?=[“\"‘']?[A-Z])")
"""The one-letter label of a question or an answer ("A: I have stated …", "Q And this morning, …"), which a run-in
heading's three letters or more leave out."""


def run_in_heading(text: str) -> int:
    """Length of a run-in heading that opens the text ("U.S. Assistance in Southeast Asia: The United
    States …": a short title-case lead and a colon), of a dateline ("WASHINGTON -- The Ministers …") or of a
    question's or answer's label ("A: I have stated …"); 0 when there is none. The sentence after it stands
    alone, so a brief may cite just that part."""
    dateline = _DATELINE.match(text) or _ANSWER_LABEL.match(text)
    if dateline:
        return dateline.end()
    match = _RUN_IN.match(text)
    if not match:
        return 0
    if match.group(1).count("(") > match.group(1).count(")"):
        return 0  # the colon is inside a parenthesis: "Union Pacific Corporation (NYSE: UNP) today reported …"
    lead = words(match.group(1))
    small = word_list("title_small_words.txt")
    if not lead or len(lead) > MAX_RUN_IN_WORDS:
        return 0
    if not all(w[:1].isupper() or w[:1].isdigit() or w.lower() in small for w in lead):
        return 0
    return match.end()
