"""Find people in sentences: names after titles, before role appositions and speech verbs."""

from __future__ import annotations

import functools
import itertools
import operator
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from ..._speed.quick_init import quick_init
from ..._speed.regex_cache import compile_cached
from ...model import Sentence
from ...resources import word_list
from .blocks import Block
from .countries import country_name
from .lexicon import (
    ABBREV,
    AFFILIATION,
    CAP,
    CAP_WORD,
    FACILITY_NOUNS,
    FUNCTION_WORDS,
    GENERATIONS,
    GIVEN_NAMES,
    HONORIFIC_RE,
    HONORIFICS,
    LOCATIVES,
    MODIFIER_RE,
    MODIFIERS,
    MONTH_WORDS,
    NAME,
    NAME_REST,
    NAME_TOKEN,
    NON_NAMES,
    NUMERALS,
    ORG_NOUNS,
    ORG_WORD,
    ORG_WORDS,
    PARTICLE_RE,
    PORTFOLIO_RE,
    PORTFOLIO_WORDS,
    ROLE_ADJECTIVES,
    ROLE_NOUN_RE,
    ROLE_NOUN_WORDS,
    ROLE_NOUNS,
    SENTENCE_STARTERS,
    SPEECH_VERB_RE,
    SPEECH_VERBS,
    SURNAME_HOMOGRAPHS,
    SURNAME_TITLES,
    SYLLABLE,
    TITLE_RE,
    TITLE_UNIT,
    TITLE_WORDS,
    TITLES,
    UPPER,
    VERB_WORDS,
    alternation,
    caps_word,
    fold_accents,
    given_name,
    is_name_word,
    name_tokens,
)
from .orgs import KNOWN_ORGS


@quick_init
@dataclass(frozen=True, slots=True)
class PersonHit:
    """A person's name found in a sentence, with the role words around it."""

    start: int
    """Source offset of the name."""
    end: int
    """Offset one past it."""
    name: str
    """The name as written."""
    roles: tuple[tuple[int, str], ...] = ()
    """Role phrases as written, each with its source offset."""
    weak: bool = False
    """True when found in a heading-like line, where capitalised words prove little."""
    sure: bool = False
    """True when found in a way that holds in a heading too: a title and a name that ends before a lower-case
    word, a punctuation mark, a verb or the line's end ("Remarks by President Biden on …")."""


_QUAL = rf"(?:\d{{4}}\s+)?(?:{ABBREV})"
# "Minister for Defence the Hon. Richard Marles", "Prime Minister The Right Hon Dr …": an article may stand
# before a title of courtesy.
_CHAIN = (
    rf"(?:{_QUAL}\s+)?{TITLE_UNIT}(?:(?:\s+(?:[Tt]he\s+(?={HONORIFIC_RE}))?|/)(?:{_QUAL}\s+)?{TITLE_UNIT})*"
)
_OF_TAIL = rf"(?:the\s+)?{ORG_WORD}(?:\s+(?:(?:of|for|on|the|de)\s+)*{ORG_WORD})*(?:\s+\({ABBREV}\))?"
# Words before the title of a role apposition: "World Bank country director", "prominent activist".
_ROLE_LEAD = rf"(?:(?:{CAP}[\w.’'-]+|{alternation(ROLE_ADJECTIVES)})\s+){{0,3}}"
_ROLE_LINK = r"(?:(?:of|for|on|and|&|de|at|with|to)(?:\s+the)?)"
_ROLE = (
    rf"(?:{_QUAL}\s+)?{_ROLE_LEAD}(?i:{MODIFIER_RE}\s+)*(?i:{TITLE_RE}|{ROLE_NOUN_RE})"
    rf"(?:\s+(?:{_ROLE_LINK}\s+)*(?:{ORG_WORD}|\((?:{ABBREV})\)))*"
)
# "a former parliament member", "a rice farmer": a role noun after one or two plain nouns (no function word), in an
# apposition only.
# The nouns are checked after the match (no function word: "and the party leader" is none), which is cheaper than
# a look-ahead at every word.
_NOUN_ROLE = rf"(?P<nouns>(?i:{MODIFIER_RE}\s+)*(?:[a-z]{{3,}}\s+){{1,2}})(?:{ROLE_NOUN_RE})"
# "Kwon Oh-hyeok, one of the organisers of Saturday's rally,": one of several holding a role.
_ONE_OF = (
    rf"one\s+of\s+(?:the|its|his|her|their)\s+{_ROLE_LEAD}(?i:{MODIFIER_RE}\s+)*(?i:{TITLE_RE}|{ROLE_NOUN_RE})s"
    rf"(?:\s+(?:{_ROLE_LINK}\s+)*(?:{ORG_WORD}|\((?:{ABBREV})\)))*"
)

# "General (Ret) Fachrul Razi", "Maj. Gen. (ret.) …": a retired officer's rank keeps its mark.
_RETIRED = r"\s+\((?:[Rr]et(?:d|ired)?)\.?\)"
_TITLED = compile_cached(
    rf"(?=[{UPPER}\d])(?<![\w.’'-])(?P<chain>{_CHAIN})(?P<ret>{_RETIRED})?\s+(?P<name>{NAME})"
    rf"(?:\s+of\s+(?P<of>{_OF_TAIL}))?"
)
# A nickname in quotation marks inside a name: Joko "Jokowi" Widodo, Luiz Inácio “Lula” da Silva.
_NICKNAME_THEN = compile_cached(rf"\s+[\"“][{UPPER}][\w’'-]+[\"”]\s+(?P<rest>{NAME})")
_UNIT = compile_cached(rf"(?:{_QUAL}\s+)?{TITLE_UNIT}")
_AND_TITLE = compile_cached(rf",?\s+and\s+(?=(?:{MODIFIER_RE}\s+)*(?:{TITLE_RE})(?![\w-]))")
# "Ambassador to Thailand Robert Godec", "the Prime Minister of Italy Matteo Renzi", "the President of the
# European Council Herman Van Rompuy": a title, its place or body, then the name. Found from the title; the
# place is a country or ends in an organisation's head word ("Council"), and the name follows it.
_PLACE_LINK = compile_cached(rf"\s+(?:to|of|for|in)\s+(?:the\s+)?(?=[{UPPER}])")
# The words of a title unit before its title word: "U.S.", "Deputy", "Foreign" of "U.S. Deputy Foreign Minister".
_UNIT_LEAD = compile_cached(rf"(?:(?:{_QUAL}|{MODIFIER_RE}|{PORTFOLIO_RE})\s+)*$")
# The place or body may hold link words and a possessive: "the Standing Committee of the National People’s Congress".
_CAPS_AHEAD = compile_cached(
    rf"{CAP_WORD}(?:['’]s)?(?:\s+(?:(?:of|the|for)\s+)*(?:{PARTICLE_RE}\s+)?(?:[{UPPER}]\.|{CAP_WORD}(?:['’]s)?)){{1,8}}"
)
# …and, tried when that finds no name, a portfolio of several fields: "Under Secretary for Marketing and Regulatory
# Programs Jenny Lester Moffitt".
_CAPS_AND_AHEAD = compile_cached(
    rf"{CAP_WORD}(?:\s+(?:(?:of|the|for|and|&)\s+)*{CAP_WORD}){{1,8}}"
)
# "South Korea’s Shin Won-sik": a country in the possessive, then a name of two or three name words.
# One pattern per apostrophe: a literal first lets the engine skip to it (a class of two makes it test every character).
_POSSESSIVES = (compile_cached(rf"’s\s+(?=[{UPPER}])"), compile_cached(rf"'s\s+(?=[{UPPER}])"))
_WORDS_BEFORE = compile_cached(rf"(?<![\w.-])((?:[{UPPER}][\w.-]*\s+){{0,2}}[{UPPER}][\w.-]*)$")
# A titled name holds a title word, so titles are found first (a cheap scan: they start with a capital
# letter) and the titled-name pattern is tried only from a little before each.
_ANY_TITLE = compile_cached(alternation(TITLES, not_after=r"[\w.’']"))
# How far before its first title word a chain may begin ("Former Deputy", "2023 ASEAN"): ample.
_CHAIN_LEAD = 60
# Where a chain may start: a capital letter or digit that does not continue a word.
_CHAIN_START = compile_cached(rf"[{UPPER}\d](?<![\w.’'-].)")
# Triggers are found first and the name is then matched backwards from them: scanning for names
# first would try the name pattern at every capital letter of the text.
# "Ben Rhodes; he’s the Deputy …" and "Jane Doe, who is the …" introduce a role too.
# A role's own words up to the apposition's end: "chief economist at the bank", "director of immunization at the
# World Health Organization" (at most eight words, none a verb or a clause's start); "in" only before lower-case
# words ("senior lecturer in international security"), since "in Seattle" is where, not what, the role is.
_TAIL_STOP = rf"(?!(?:{SPEECH_VERB_RE}|who|which|that|and|but|is|was|are|were|has|had|have|will|would|said)(?![\w’'-]))"
_TAIL = (
    rf"\s+(?:(?:of|for|at|with|on|to)\s+|(?:in)\s+(?=(?:the\s+|a\s+|an\s+)?[a-z]))(?:(?:the|a|an)\s+)?{_TAIL_STOP}[\w’'.&-]+"
    rf"(?:\s+{_TAIL_STOP}[\w’'.&-]+){{0,7}}"
)
_APPOSITION = compile_cached(
    rf"(?:,|;(?=\s+(?:he|she)\b)|(?P<dash>[-–—]))\s+(?:(?:he|she|who)(?:’s|'s|\s+is|\s+was)\s+)?(?:(?:the|a|an|its|his|her|their)\s+)?(?:(?:[\w.-]+\s+){{0,2}}[\w.-]+['’]s\s+)?"
    r"(?:\d{1,3}-year-old\s+)?"  # "Teisina Fuko, a 69-year-old former parliament member,"
    rf"(?P<role>(?:{_ONE_OF}|{_ROLE}|{_NOUN_ROLE})(?:{_TAIL})?)(?:\s+(?:in|at|from)\s+{ORG_WORD}(?:\s+{ORG_WORD}){{0,2}})?"
    rf"(?=\s*[,.;:)]|\s*$|\s+and\s+others\b)"  # "… Mr. Tadamori Oshima, Speaker of the House and others."
)
# A body after a role and a comma, ending the line or the list item: ", U.S. Department of Commerce:".
# "…, OC of Nakla Police Station.", "…, officer-in-charge (OC) of …": a post of one or two words (or initials) at a
# body whose name ends in an organisation's or a facility's word (checked after the match).
_OF_BODY = compile_cached(
    rf",\s+(?P<role>(?P<head>[a-z][\w-]{{2,}}|[{UPPER}]{{2,5}})(?:\s+[a-z][\w-]{{2,}})?(?:\s+\([{UPPER}]{{2,6}}\))?"
    rf"\s+(?:of|at)\s+(?:the\s+)?(?:{ORG_WORD}\s+(?:(?:of|for|and|the)\s+)*){{0,5}}(?P<last>{CAP_WORD}))"
    rf"(?=\s*[,.;:)]|\s*$)"
)
# A role that ends in a given name and an initial ran into the next person's name: "… to Vietnam Marc E".
_ENDS_IN_INITIAL = compile_cached(rf"(?<![\w.’'-])(?P<given>[{UPPER}][a-z]+)\s+[{UPPER}]$")
# An abbreviation's period, then a pronoun or an article opening the next sentence.
_NEXT_SENTENCE = compile_cached(r"\.\s+(?=(?:He|She|It|They|We|I|The|This|That|These|Those|His|Her|Their)\s)")
# After a titled name in a list, the next item: "…, Deputy Prime Minister Lawrence Wong and Minister …".
_LIST_GOES_ON = compile_cached(r",?\s+and\s+|,\s+|;\s+")
_ROLE_BODY = compile_cached(
    rf",\s+(?:a\.i\.,\s+)?(?P<body>{ORG_WORD}(?:\s+(?:(?:of|for|and|the)\s+)*{ORG_WORD}){{0,6}})(?=\s*[:;]|\s*$)"
)
# The place of a body that ends a role ("… at the US Embassy in Riyadh", "… Studies (CSIS) in Jakarta").
_BODY_END = compile_cached(rf"\s(?:at|of)\s+(?:the\s+)?[{UPPER}][^,;]*(?:[{UPPER}][\w’'.-]*|\))$")
_BODY_PLACE = compile_cached(rf"\s+in\s+{CAP_WORD}(?:\s+{CAP_WORD})?(?=\s*[,.;:)]|\s*$)")
# A name ends right before an apposition's comma or a speech verb ("Prak Sokhonn said"), so both are
# found by one scan for a capitalised word followed by either; the class first lets the engine skip.
_CAP_THEN = compile_cached(
    rf"[{UPPER}](?<![\w.’'-].)[\w.’'-]*+(?:\s*(?P<comma>[,;]|(?<=\s)[-–—])(?=\s)|\s+(?P<verb>{SPEECH_VERB_RE})\b)"
)
# "Kim Yo Jong, the sister of …, said": a verb after a comma, where the name ends before an apposition.
_COMMA_THEN_VERB = compile_cached(rf",\s{{1,3}}(?P<verb>{SPEECH_VERB_RE})\b")
_DOUBLE_COMMA = compile_cached(r",\s{0,3},\s")
_NAME_AT_END = compile_cached(rf"(?P<name>[{UPPER}](?<![\w.’'-].){NAME_REST})\s*$")
# "Kim Yo Jong, the sister of …, said": a name, an apposition between commas, then the verb.
_NAME_APPOSED_END = compile_cached(rf"{CAP}(?<![\w.’'-])(?P<name>{NAME}),\s+[^,;“”\"]{{3,120}},\s*$")
# "North Korean leader Kim Jong Un": a lower-case title, trusted only before a name of two words or more.
# Found by the title's last word, then read backwards ("former trade minister") and forwards (the name).
_LOWER_TITLE_ENDS = frozenset([*(t.split()[-1].lower() for t in TITLES), *ROLE_NOUNS])
# The same, read in the reversed text: the capital first, a character rare enough for the engine to skip to, then the
# title word backwards (the words hold no space, so each match is one whole word, as forwards).
_LOWER_TITLE_END_REVERSED = compile_cached(
    rf"[{UPPER}]\s+(?P<word>{alternation(w[::-1] for w in _LOWER_TITLE_ENDS)})(?![\w.’'-])"
)
_LOWER_CHAIN = compile_cached(rf"(?<![\w.’'-])(?P<chain>(?i:{TITLE_UNIT})|{ROLE_NOUN_RE})$")
# A role with its place or body before a name at a sentence's end: "the new Prime Minister of the UK, Theresa May."
_OF_ROLE_END = compile_cached(
    rf"(?<![\w.’'-])(?P<chain>(?i:{TITLE_UNIT})|{ROLE_NOUN_RE})(?:\s+(?:of|to|for|in|at)\s+(?:the\s+)?{ORG_WORD}"
    rf"(?:\s+(?:{ORG_WORD}|of|for|in|the)){{0,5}})?$"
)
# Words before a lower-case role that belong to it: "U.S.-Cambodian dual citizen", "Foreign Ministry spokesperson".
_ROLE_WORD = compile_cached(r"(?:^|(?<=\s))(?P<word>[\w.’'-]+)\s+$")
_MAX_ROLE_WORDS = 3
# How many words before a role may qualify it when they reach a clause's edge ("Sylhet region head government").
_MAX_EDGE_WORDS = 4
_EDGE_WORD = compile_cached(rf"[^\W\d_][\w’'-]*[.!?]?|[.!?]|\([{UPPER}]{{2,6}}\)")
_EDGE_PREPOSITIONS = word_list("actors/prepositions.txt")
_EDGE_PREV = compile_cached(r"(?:^|(?<=\s))(?P<word>\S+)\s+$")
_NAME_NEXT = compile_cached(rf"\s+(?P<name>{NAME})")
_UNIT_NEXT = compile_cached(rf"\s+{TITLE_UNIT}")
# "Thailand's foreign minister, Maris Sangiampongsa, said": a role, then the name set off by commas.
# Found by the commas (cheap to scan for), then the role's last word is looked up before them.
# A person's age set off by commas after the name: "…, 70, of", "…, 45, said".
_AGE_APPOSED = compile_cached(r",\s(?:aged\s)?\d{1,3},\s")
_COMMA_NAME = compile_cached(rf",\s+(?P<name>{CAP}{NAME}),")
_ROLE_LAST_WORDS = frozenset(t.split()[-1].lower() for t in [*TITLES, *ROLE_NOUNS])
_LAST_WORD = compile_cached(r"(?<![\w.’'-])([\w.’'-]+)$")
_RELATIONS = word_list("actors/relation_nouns.txt")
_NAME_COMMA_BEFORE = compile_cached(rf"[{UPPER}][\w.’'-]*,\s+(?:[{UPPER}][\w.’'-]*\s+){{0,3}}$")
_SUFFIXES = GENERATIONS
# The possessive before a kinship noun: "Indyk’s ", "his ", "her late ".
_KIN_OF = compile_cached(r"(?:['’]s|\b(?:his|her|their))\s+(?:(?:late|former|eldest|younger|older)\s+)?$")
# A titled name in a heading holds when it ends before a lower-case word, a mark, a verb or the line's end.
# A preposition in a title-case heading ends a name too: "Remarks By Vice President Harris At Press Conference".
_HEADING_LINKS = word_list("actors/heading_links.txt")
_NAME_DONE = compile_cached(
    rf"(?:\s*$|[^\w\s]|\s+(?:[^\W{UPPER}]|(?:{alternation([*VERB_WORDS, *_HEADING_LINKS])})(?![\w’'-])))"
)
# "Ambassador to Sri Lanka" / "Representative to the UN Agencies in Rome": a role's place or body, at the end.
_ROLE_TO_END = compile_cached(
    rf"(?<![\w.’'-])(?i:{TITLE_RE}|{ROLE_NOUN_RE})(?P<link>\s+(?:to|of|for|in|at)\s+(?:the\s+)?{ORG_WORD}"
    # a portfolio of several fields, listed: "Commissioner for Industry, Trade and Investment"
    rf"(?:\s+(?:{ORG_WORD}|of|for|in|the)|,\s+{ORG_WORD}(?=(?:\s+{ORG_WORD})*,?\s+and\s)|,?\s+and\s+{ORG_WORD}){{0,5}})$"
)
_PLACE_LINKS = frozenset(("to", "of", "for", "in", "at"))  # the link words of ``_ROLE_TO_END``
# "Suzanne Dodd is the project manager for …", "Imogen Page-Jarrett is with the research firm …": a person
# introduced at a sentence's start. Found from the verb; the name is matched backwards.
_COPULA = compile_cached(r"\s(?:is|was)\s+(?:(?:a|an|the|now|currently|one\s+of\s+the)\s+|(?P<with>with\s+the\s+))")
_TAIL_WORD = r"(?:(?:[A-Z]\.)+|[\w’'-]+)"
_COPULA_ROLE = compile_cached(
    rf"(?:(?:current|currently|now|new)\s+)?(?P<role>(?:[\w.’'-]+\s+){{0,3}}?(?i:{TITLE_RE}|{ROLE_NOUN_RE})(?![\w-])"
    rf"(?:\s+(?i:{TITLE_RE}|{ROLE_NOUN_RE})(?![\w-]))*"
    rf"(?:\s+(?:for|of)\s+(?:the\s+)?{_TAIL_WORD}(?:\s+(?!(?:at|in|on|who|which|since|and|from)\b){_TAIL_WORD}){{0,3}}"
    rf"(?=[\s,.;]))?)"
)
_OPENS = compile_cached(r"(?:^|[.!?][”’\"]?|[“\"\x00])\s*$")
_SPOKEN = compile_cached(rf"[,”\"’]\s*{SPEECH_VERB_RE}\s+(?:{AFFILIATION})?(?P<name>{NAME})")
# A bare name opening with a given name ("Donald Trump"): the given name first, then the whole capitalised
# run after it, which must be two to four name words.
# Candidates for a given name: a capitalised word in title case right before another capitalised word (a cheap
# scan; the word is then looked up in the set of given names).
# A given name may be hyphenated ("Jean-Yves Le Drian", "Anne-Marie Trevelyan"): its first part is a given name.
_ACCENTED = "\u00df-\u00f6\u00f8-\u00ff"  # the lower-case letters of Latin-1 with a diacritic: "Andrés", "Zoë"
_GIVEN = compile_cached(
    rf"[{UPPER}](?<![\w.’'-].)[a-z{_ACCENTED}]+(?:-[{UPPER}][a-z]{{1,8}})?"
    rf"(?=[ \t]+(?:(?:{PARTICLE_RE})[ \t]+){{0,2}}[{UPPER}])"
)
_GIVEN_NAMES = frozenset(n for n in GIVEN_NAMES if country_name(n) is None)
_CAP_RUN = compile_cached(rf"{NAME_TOKEN}(?:\s+(?:{PARTICLE_RE}\s+)*{NAME_TOKEN})*(?:,?\s+(?:Jr\.|Sr\.)(?!\w))?")
_DIGIT_NEXT = compile_cached(r"\s*\d")
_ARTICLES = frozenset(("the", "a", "an", "The", "A", "An"))
# What opens a role set before a titled name: an article or a line's start ("the commander of …, General …").
_ROLE_OPENS = compile_cached(r"(?:^|(?<![\w’'-])(?:the|The))\s+$")
# A country in the possessive before a role: "Saudi Arabia’s " of "Saudi Arabia’s Foreign Minister, Prince …".
_COUNTRY_POSSESSIVE = compile_cached(
    rf"(?<![\w’'-])(?P<country>(?:[{UPPER}][\w.-]*\s+){{0,2}}[{UPPER}][\w.-]*)['’]s\s+$"
)
_NEXT_WORD = compile_cached(r"\s+([a-z]+)\b")
_SYLLABLE_HINT = compile_cached(r"-[a-z]{2,5}(?![\w-])")
_SYLLABLE_NAME = compile_cached(rf"[{UPPER}](?<![\w.’'-].)[a-z]{{1,4}}\s+[{UPPER}][a-z]{{0,4}}{SYLLABLE}")
# "… the choice of Gordon Ashby as its new treasurer", "the inauguration of Bola Ahmed Tinubu as President of
# Nigeria": a role given with "as" right after a bare name (without an article, a title in capitals).
_AS_ROLE = compile_cached(
    rf"\s+as\s+(?:(?:the|a|an|its|their|his|her)\s+(?:new\s+)?|(?={TITLE_RE}(?![\w-])))(?P<role>{_ROLE})"
    rf"(?=\s*[,.;:?!)]|\s*$|\s+(?:and|in|at|for|from|on|since|until|when|who|after|before)\b)"
)
# A lower-case role noun right after a bare name, with no comma: "Zahid Hussain correspondent for the Times of London
# was the moderator".
_BARE_ROLE = compile_cached(
    rf"\s+(?P<role>(?:{ROLE_NOUN_RE})(?:\s+(?:{_ROLE_LINK}\s+)*(?:{ORG_WORD}|\((?:{ABBREV})\)))*)"
    rf"(?=\s*[,.;:?!)]|\s*$|\s+(?:was|is|were|are|has|had|said|says|told|and|in|at|who)\b)"
)
# "Theresa May" after "the new Prime Minister of the UK,": a role, a comma, and the name ending the sentence.
_COMMA_NAME_END = compile_cached(rf",\s+(?P<name>{CAP}{NAME})(?=[.;:!?]|\s*$)")
_TOKEN = compile_cached(r"[^\s,]+(?:,?\s+(?:Jr\.|Sr\.))?")
_WORD_BEFORE = compile_cached(r"([\w.’'-]+)\s+$")
_INITIALS = compile_cached(rf"(?:[{UPPER}]\.\s+)+[{UPPER}][a-z]")
_PREPOSITIONS = word_list("actors/place_prepositions.txt")
# Up to three capitalised words right before a title, to look for an organisation's name among them.
_LEAD_WORDS = compile_cached(rf"(?<![\w.’'-])((?:[{UPPER}][\w.’'-]*\s+){{1,3}})$")
_WORD = compile_cached(r"[^\s]+")
_BODY_LINKS = frozenset(("of", "for", "the", "and", "on"))
_NOT_BODY_ENDINGS = ("ly", "while", "ever", "over", "day", "night", "morrow", "ing", "ed")
_ACRONYM_TOKEN = compile_cached(rf"\([{UPPER}]{{2,6}}\)")
_LINK_BEFORE = compile_cached(r"(?<![\w-])(?:of|for|the|and|on)\s+$")
_LONG_LOWER = compile_cached(r"[a-z](?<![\w’'-].)[a-z’'-]{4,}")  # the class first lets the engine skip


_SIGNED_NAME = compile_cached(rf"{CAP}{NAME}")
_SIGNED_ROLE = compile_cached(_ROLE)
_MAX_SIGNED_NAME = 50
_MAX_SIGNED_ROLE = 120


def signatures(paragraphs: Sequence[Block]) -> Iterator[PersonHit]:
    """People signing or heading a text: a name alone on its line, its title alone on the next ("Paul Abbate" /
    "Deputy Director", "Hillary Rodham Clinton" / "Secretary of State")."""
    for block, after in itertools.pairwise(paragraphs):
        text = block.text
        if len(text) > _MAX_SIGNED_NAME or len(after.text) > _MAX_SIGNED_ROLE or not text[:1].isupper():
            continue
        m = _SIGNED_NAME.fullmatch(text.rstrip())
        if m is None or _clean(text, 0, m.end(), trim_front=False, min_tokens=2) != (0, m.end()):
            continue
        role = after.text.rstrip(" .,")
        if _SIGNED_ROLE.fullmatch(role) is not None:
            yield PersonHit(block.start, block.start + m.end(), text[:m.end()], ((after.start, role),))


def heading_like(sentence: Sentence) -> bool:
    """True for a heading or a title-case line, where capitalisation does not mark names."""
    text = sentence.text.rstrip()
    if sentence.heading or not text:
        return True
    for count, _ in enumerate(_LONG_LOWER.finditer(text)):
        if count >= 1:
            return False  # two long lower-case words: running prose
    if text[-1] not in ".!?”\"’:;)":
        return True
    return sum(map(str.isupper, text)) > 1.5 * sum(map(str.islower, text))


_FORMER_WORDS = ("former", "outgoing", "incoming", "acting", "interim", "then")
_FORMER = compile_cached(rf"(?<![\w’'-])(?:{'|'.join(_FORMER_WORDS)})\s+$")
_ROLE_AND = compile_cached(rf"(?<![\w’'-])(?P<role>(?:[{UPPER}][\w’'-]*\s+)?{ROLE_NOUN_RE})\s+and\s+$")
_TITLE_AND = compile_cached(rf"(?<![\w’'.-])(?P<role>{_CHAIN})\s+and\s+$")
_BYLINE = compile_cached(r"By:?\s+(?=[A-Z])")
_MAX_BYLINE = 100
_BYLINE_NAME = compile_cached(rf"By:?\s+(?P<name>{NAME})\s*[:.,]?")
# An author's line with the outlet after the name: "By Jintana Panyaarvudh, The Nation", "Nillicent Bautista -
# Philstar.com" (a web outlet's address after a dash needs no "By").
_BYLINE_OUTLET = compile_cached(
    rf"(?:By:?\s+(?P<name>{NAME})\s*(?:,|\s[-–—|/])\s*[{UPPER}][^\n]{{0,60}}"
    rf"|(?P<web>{NAME})\s+[-–—|]\s+[\w.-]+\.(?:com|net|org|news)(?:\.[a-z]{{2}})?)\s*"
)


def find_people(block: Block) -> Iterator[PersonHit]:
    """Every person-name hit in one paragraph; hits in heading-like sentences are weak unless ``sure``."""
    byline = _BYLINE.match(block.text) is not None  # "By: Natasha Sarin, Deputy Assistant Secretary …"
    if byline and (alone := _BYLINE_NAME.fullmatch(block.text.rstrip())) is not None:
        # "By Daniel Mung:": the author's line, a name and nothing else
        name = _clean(block.text, alone.start("name"), alone.end("name"), trim_front=False, min_tokens=2)
        if name == alone.span("name"):
            yield PersonHit(block.start + name[0], block.start + name[1], alone.group("name"))
    elif len(block.text) <= _MAX_BYLINE and (line := _BYLINE_OUTLET.fullmatch(block.text.rstrip())) is not None:
        # "By Jintana Panyaarvudh, The Nation", "Nillicent Bautista - Philstar.com": the author, then the outlet
        group = "name" if line.group("name") is not None else "web"
        name = _clean(block.text, line.start(group), line.end(group), trim_front=False, min_tokens=2)
        if name == line.span(group):
            yield PersonHit(block.start + name[0], block.start + name[1], line.group(group))
    quoted_words = '"' in block.text or "“" in block.text
    for hit in _people(block.text, block.start):
        if quoted_words:
            hit = _with_nickname(block.text, block.start, hit)
        yield PersonHit(hit.start, hit.end, hit.name, hit.roles, True) if not hit.sure and not (
            hit.roles and (byline or _signs(block.text, hit.start - block.start))) and block.flag_at(hit.start) else hit


def _signs(text: str, at: int) -> bool:
    """True when a name with its role at ``at`` opens its line or follows "by" ("Natasha Sarin, Counselor for Tax
    Policy", "Guest blog post by Stefan M. Selig, Under Secretary of Commerce"): the author's line of a text."""
    return at == 0 or text[at - 1] == "\n" or text.endswith(("by ", "By "), max(0, at - 3), at)


def _with_nickname(text: str, base: int, hit: PersonHit) -> PersonHit:
    """The hit taken on over a nickname in quotation marks and the rest of the name (Joko "Jokowi" Widodo)."""
    m = _NICKNAME_THEN.match(text, hit.end - base)
    if m is None:
        return hit
    rest = _clean(text, m.start("rest"), m.end("rest"), trim_front=False, min_tokens=1)
    if rest is None or rest[0] != m.start("rest"):
        return hit
    return PersonHit(hit.start, base + rest[1], text[hit.start - base:rest[1]], hit.roles, hit.weak, hit.sure)


def _people(text: str, base: int) -> Iterator[PersonHit]:
    titles = list(_ANY_TITLE.finditer(text))
    for m in _titled(text, titles):
        name = _clean(text, m.start("name"), m.end("name"), trim_front=False, min_tokens=1,
                      month_ok=_DIGIT_NEXT.match(text, m.end("name")) is None)
        if name is None:
            continue
        roles = [
            (base + u.start() + m.start("chain"), u.group(0))
            for u in _UNIT.finditer(m.group("chain"))
            if u.group(0) not in HONORIFICS and not all(w in HONORIFICS for w in u.group(0).split())
            # "Mr.", "H.E. Mr.", "Right Hon": courtesy, no role
        ]
        if "/" in m.group("chain"):
            roles = _slashed(roles)
        if m.group("of") and roles and name[1] == m.end("name"):
            offset, last = roles[-1]
            roles[-1] = (offset, f"{last} of {m.group('of')}")
        if m.group("ret") and roles:
            offset, last = roles[-1]
            roles[-1] = (offset, last + m.group("ret"))
        if roles:
            lead = _org_lead(text, m.start("chain"))
            if lead < m.start("chain"):
                roles[0] = (base + lead, text[lead:m.start("chain")] + roles[0][1])
            former = _FORMER.search(text, max(0, lead - 12), lead) if text[max(0, lead - 12):lead].rstrip().endswith(
                _FORMER_WORDS) else None
            if former is not None:  # "former President Donald Trump": the role is a former one
                roles[0] = (base + former.start(), text[former.start():lead] + roles[0][1])
                lead = former.start()
            other = _ROLE_AND.search(text, max(0, lead - 40), lead) if _ends_with_and(text, lead) else None
            title = _TITLE_AND.search(text, max(0, lead - 80), lead) if other is None and text.endswith(
                " and ", max(0, lead - 5), lead) else None
            if other is not None:  # "Republican candidate and former President Donald Trump": two roles
                roles.insert(0, (base + other.start("role"), other.group("role")))
            elif title is not None and not _ROLE_OPENS.search(text, max(0, title.start() - 5), title.start()):
                # "Deputy Prime Minister and Minister for Defence the Hon. Richard Marles"; not "the President and
                # Chancellor Merkel", two people
                at = _org_lead(text, title.start("role"))
                roles.insert(0, (base + at, text[at:title.end("role")]))
            elif (set_before := _role_set_before(text, lead)) is not None:
                # "the commander of U.S. Central Command, General Frank McKenzie": a role set before the titled name
                roles.insert(0, (base + set_before, text[set_before:lead - 2]))
        elif (set_before := _role_set_before(text, m.start("chain"))) is not None:
            # "Saudi Arabia’s Foreign Minister, Prince Faisal bin Farhan": a role before a name with a courtesy title
            roles.append((base + set_before, text[set_before:m.start("chain") - 2]))
        sure = len(name_tokens(text[name[0]:name[1]])) <= 2 and _NAME_DONE.match(text, name[1]) is not None
        yield PersonHit(base + name[0], base + name[1], text[name[0]:name[1]], tuple(roles), sure=sure)
    for title_start, title_end in _lower_title_ends(text):
        chain = _LOWER_CHAIN.search(text, max(0, title_start - 60), title_end)
        after = _NAME_NEXT.match(text, title_end)
        if chain is not None and after is not None and after.group("name").split()[0] in TITLE_WORDS:
            # "Army spokesman Major Emmanuel Garcia": the rank is found with the name as a title
            unit = _UNIT_NEXT.match(text, title_end)
            after = _NAME_NEXT.match(text, unit.end()) if unit is not None else None
        if chain is None or after is None:
            continue
        name = _clean(text, after.start("name"), after.end("name"), trim_front=False, min_tokens=2)
        if name is not None:
            start = _role_start(text, chain.start("chain"))
            role = ((base + start, text[start:chain.end("chain")]),)
            yield PersonHit(base + name[0], base + name[1], text[name[0]:name[1]], role)
    for m in _COMMA_NAME.finditer(text):
        title_end = m.start()
        word = _LAST_WORD.search(text, max(0, title_end - 30), title_end)
        chain_end = title_end
        if word is not None and word.group(1) in _RELATIONS and _KIN_OF.search(text, max(0, word.start() - 40),
                                                                               word.start()) is not None:
            # "Indyk’s wife, Gal Hodges Burt,": a person named by kinship, no role
            name = _clean(text, m.start("name"), m.end("name"), trim_front=False, min_tokens=2)
            if name is not None and name[1] == m.end("name"):
                yield PersonHit(base + name[0], base + name[1], text[name[0]:name[1]], ())
            continue
        if word is None or word.group(1).lower() not in _ROLE_LAST_WORDS:
            # "the United States Ambassador to Sri Lanka, Julie Chung,": a role with its place or body
            window = text[max(0, title_end - 80):title_end]
            # the pattern's link word, between white space, tested first: the search starts at every position
            place = _ROLE_TO_END.search(text, max(0, title_end - 80), title_end) if not _PLACE_LINKS.isdisjoint(
                window.split()) else None
            if place is None or _NAME_COMMA_BEFORE.search(text, max(0, place.start() - 40), place.start()):
                continue  # "Henri, Grand Duke of Luxembourg, Jean Asselborn,": the role is the name before's
            chain_end = place.start("link")
        chain = _LOWER_CHAIN.search(text, max(0, chain_end - 60), chain_end)
        name = _clean(text, m.start("name"), m.end("name"), trim_front=False, min_tokens=2)
        if chain is not None and name is not None and name[1] == m.end("name"):
            start = _role_start(text, chain.start("chain"))
            role = ((base + start, text[start:title_end]),)
            yield PersonHit(base + name[0], base + name[1], text[name[0]:name[1]], role)
    for m in _COMMA_NAME_END.finditer(text):
        title_end = m.start()
        chain = _OF_ROLE_END.search(text, max(0, title_end - 120), title_end)
        name = _clean(text, m.start("name"), m.end("name"), trim_front=False, min_tokens=2,
                      month_ok=m.group("name").split()[0] not in MONTH_WORDS)
        if chain is not None and name is not None and name[1] == m.end("name"):
            start = _role_start(text, chain.start("chain"))
            role = ((base + start, text[start:title_end]),)
            yield PersonHit(base + name[0], base + name[1], text[name[0]:name[1]], role)
    yield from _given_names(text, base)
    if "-" in text:
        yield from _syllable_names(text, base)
    if titles:
        yield from _titled_with_place(text, base, titles)
    if "’s" in text or "'s" in text:
        yield from _after_country_possessive(text, base)
    commas, verbs = _name_ends(text)
    apposed = set()
    for m in _appositions(text, commas):
        apposed.add(m.start())
        if m.group("nouns") is not None and any(w in FUNCTION_WORDS for w in m.group("nouns").split()):
            continue  # "…, and the party leader": no noun compound
        name = _name_before(text, m.start(), role_follows=True) or _given_before_title(text, m)
        if name is not None and (_titled_name(text, m.start("role"), m.end("role")) or _ENDS_IN_INITIAL.search(
                text, max(m.start("role"), m.end("role") - 40), m.end("role")) is not None):
            # "Antony Blinken, U.S. Ambassador to Vietnam Marc E. Knapper, and …": the next titled person, not a role
            # "Kishida Fumio, Minister for Foreign Affairs Hayashi Yoshimasa, …": a list of titled people
            yield PersonHit(base + name[0], base + name[1], text[name[0]:name[1]], ())
        elif name is not None:
            # "Marcelo Ebrard - Secretary of the Economy": a list's line, a name and its title after a dash, holds
            # in a heading-like line too
            listed = m.group("dash") is not None and _ANY_TITLE.match(m.group("role")) is not None
            start, end = m.span("role")
            where = _BODY_PLACE.match(text, end) if _BODY_END.search(m.group("role")) is not None else None
            if where is not None:
                # "the Chargé d’Affaires at the US Embassy in Riyadh": the place is the body's, part of the role
                end = where.end()
            body = _ROLE_BODY.match(text, end) if text.startswith(",", end) else None
            if body is not None and any(w in ORG_WORDS for w in body.group("body").split()):
                # "Marisa Lago, Under Secretary of Commerce for International Trade, U.S. Department of Commerce:"
                # and "David Greene, Chargé d’Affaires, a.i., U.S. Embassy Abuja:" (a list's line): the body is the
                # role's
                end = body.end()
            cut = _NEXT_SENTENCE.search(text, start, end)
            if cut is not None:  # "chief economist for the I.M.F. He has said …": the role ends with its sentence
                end = cut.start() + 1
            yield PersonHit(base + name[0], base + name[1], text[name[0]:name[1]],
                            tuple(_split_roles(text[start:end], base + start)), sure=listed)
    for comma in commas:
        post = _OF_BODY.match(text, comma) if comma not in apposed else None
        if post is None or post.group("head").lower() in _RELATIONS or post.group("head").lower() in FUNCTION_WORDS:
            continue
        if post.group("last").lower() not in FACILITY_NOUNS and post.group("last") not in ORG_WORDS:
            continue  # "…, native of Kerala": a place, not a body one works for
        name = _name_before(text, post.start(), role_follows=True)
        if name is not None:
            # "Sanowar Hossain, officer-in-charge (OC) of Nalitabari Police Station": a post at a body, whatever
            # the post's word
            yield PersonHit(base + name[0], base + name[1], text[name[0]:name[1]],
                            ((base + post.start("role"), post.group("role")),))
    for verb in verbs:
        name = _name_before(text, verb)
        if name is not None:
            yield PersonHit(base + name[0], base + name[1], text[name[0]:name[1]], _opening_role(text, name[0], base))
    for m in (_COPULA.finditer(text) if " is " in text or " was " in text else ()):
        name = _name_before(text, m.start())
        if name is None or not _sentence_opens(text, name[0]):
            continue
        if m.group("with") is not None:
            yield PersonHit(base + name[0], base + name[1], text[name[0]:name[1]], ())
            continue
        said = _COPULA_ROLE.match(text, m.end())
        if said is not None and _quoted(text, name[0]):
            # “Martin Indyk was an extraordinarily skilled diplomat …”: praise in a quotation, no role
            yield PersonHit(base + name[0], base + name[1], text[name[0]:name[1]], ())
        elif said is not None:
            described = said.group("role")
            cut = _NEXT_SENTENCE.search(described)
            if cut is not None:  # "… chief economist for the I.M.F. He has said": the role ends with its sentence
                described = described[:cut.start() + 1]
            yield PersonHit(base + name[0], base + name[1], text[name[0]:name[1]],
                            ((base + said.start("role"), described),))
    for m in _SPOKEN.finditer(text):
        name = _clean(text, m.start("name"), m.end("name"), trim_front=True, min_tokens=2)
        if name is not None:
            yield PersonHit(base + name[0], base + name[1], text[name[0]:name[1]], ())
    for m in _AGE_APPOSED.finditer(text) if ", " in text else ():
        # "Zahura Khatun, 70, of Chenguria village", "Aleya Begum, 45, said": a name with the person's age
        name = _name_before(text, m.start())
        if name is not None:
            yield PersonHit(base + name[0], base + name[1], text[name[0]:name[1]], ())


def _ends_with_and(text: str, at: int) -> bool:
    """True when "and" between white space ends ``text[:at]`` (within ``_ROLE_AND``'s window), as ``_ROLE_AND`` needs:
    a cheap test that spares most titled names that pattern's search, tried at every position of its window."""
    head = text[max(0, at - 40):at]
    tail = head.rstrip()
    return tail != head and tail.endswith("and") and tail[-4:-3].isspace()


def _lower_title_ends(text: str) -> list[tuple[int, int]]:
    """The spans of the lower-case title words before a capitalised word ("North Korean leader Kim Jong Un"): a whole
    word of ``_LOWER_TITLE_ENDS`` (no letter, digit, ".", "-" or apostrophe before it) followed by white space and a
    capital, in text order. Found in the reversed text, from the capitals."""
    size = len(text)
    spans = [(size - m.end(), size - m.start("word")) for m in _LOWER_TITLE_END_REVERSED.finditer(text[::-1])]
    spans.reverse()
    return spans


def _given_names(text: str, base: int) -> Iterator[PersonHit]:
    """Bare names that open with a given name ("… comments about Donald Trump?"): the whole capitalised run
    from the given name on is two to four name words, and no capitalised word but a title stands before it
    (a ship's or a building's name: "USS John C. Stennis", "the Ronald Reagan Building")."""
    names = _GIVEN_NAMES
    for m in _GIVEN.finditer(text):
        # given_name(word, names), or the first part of a hyphenated word a given name; written out, since most
        # capitalised words are none
        word = m.group()
        if word not in names and (word.isascii() or fold_accents(word) not in names) and (
                "-" not in word or word.partition("-")[0] not in names):
            continue
        before = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
        if before is not None:
            word = before.group(1)
            if word[:1].isupper() and word not in TITLES and word.rstrip(".") not in TITLE_WORDS and not (
                    word.endswith((".", "!", "?", ":")) and len(word) > 2 and word[-2].islower()) and not (
                    # "Meanwhile Kevin McCarthy disagreed": a sentence's opening word, no part of a name
                    word.rstrip(",") in NON_NAMES and word.lower() in SENTENCE_STARTERS
                    and _sentence_opens(text, before.start(1))):
                continue
            if word in ORG_NOUNS or word.endswith("-based") or word in LOCATIVES:
                continue  # "analysts at Morgan Stanley", "in Virginia Beach": a firm's or a place's name
            if len(word) == 4 and word.isdigit():
                continue  # "the 2024 Summer Olympics": a year names an event, never a person
        run = _CAP_RUN.match(text, m.start())
        if run is None:
            continue
        name = _clean(text, run.start(), run.end(), trim_front=False, min_tokens=2, month_ok=True)
        if name is None or name[1] != run.end() or not _given_then_surname(name_tokens(run.group())):
            continue
        if before is not None and before.group(1) in _ARTICLES and any(
                caps_word(w) for w in text[name[0]:name[1]].split()):
            continue  # "at the Darwin RAAF base": a place's or a thing's name
        last = text[name[0]:name[1]].rsplit(" ", 1)[-1].lower()
        if _facility_next(text, name[1]) or (last in FACILITY_NOUNS and last not in _FACILITY_SURNAMES):
            continue  # "the Kai Tak site", "Ben Thanh market reopened", "Victoria Peak": a place named after a name
        if before is not None and before.group(1) in _ARTICLES and _no_noun_next(text, name[1]):
            continue  # "The Ronald Reagan had just come from exercises": a ship's or a thing's name
        yield PersonHit(base + name[0], base + name[1], text[name[0]:name[1]], _as_role(text, name[1], base))


def _no_noun_next(text: str, end: int) -> bool:
    """True when no lower-case word the name could modify follows ``end``: a function word ("had", "is"), or none
    ("the Ronald Reagan."); "the Joe Biden administration" names the president, "the Ronald Reagan had …" a thing."""
    m = _NEXT_WORD.match(text, end)
    return m is None or m.group(1) in FUNCTION_WORDS


def _facility_next(text: str, end: int) -> bool:
    """True when the word after ``end`` is a lower-case noun of a place or a facility ("… site", "… base")."""
    m = _NEXT_WORD.match(text, end)
    return m is not None and m.group(1) in FACILITY_NOUNS


def _syllable_names(text: str, base: int) -> Iterator[PersonHit]:
    """Bare East Asian names by their shape: a short family name, then a given name of two syllables joined by a
    hyphen ("Kwon Oh-hyeok", "Tsai Ing-wen", "Jeon Hyun-woong"), not after a capitalised word but a title."""
    for hint in _SYLLABLE_HINT.finditer(text):  # the hyphen first: a literal the engine skips to
        m = _SYLLABLE_NAME.search(text, max(0, hint.start() - 16), hint.end())
        if m is None or m.end() != hint.end() or not _bare_name_place(text, m.start()):
            continue
        name = _clean(text, m.start(), m.end(), trim_front=False, min_tokens=2)
        if name == (m.start(), m.end()):
            yield PersonHit(base + name[0], base + name[1], text[name[0]:name[1]], _as_role(text, name[1], base))


def _bare_name_place(text: str, at: int) -> bool:
    """True when a bare name may start at ``at``: no capitalised word but a title right before it (a ship's or a
    building's name), and no organisation noun or place preposition ("analysts at Morgan Stanley")."""
    before = _WORD_BEFORE.search(text, max(0, at - 30), at)
    if before is None:
        return True
    word = before.group(1)
    if word[:1].isupper() and word not in TITLES and word.rstrip(".") not in TITLE_WORDS and not (
            word.endswith((".", "!", "?", ":")) and len(word) > 2 and word[-2].islower()):
        return False
    return not (word in ORG_NOUNS or word.endswith("-based") or word in LOCATIVES)


def _titled_with_place(text: str, base: int, titles: Sequence[re.Match[str]]) -> Iterator[PersonHit]:
    """Names after a title with its place or body ("Ambassador to Thailand Robert Godec", "the President of
    the European Council Herman Van Rompuy"), the role being the title with that place. Found from the title
    words (``titles``, the matches of ``_ANY_TITLE``); the place is a country or ends in an organisation's head
    word ("Council"), and the name follows."""
    for title in titles:
        m = _PLACE_LINK.match(text, title.end())
        if m is None:
            continue
        for ahead in (_CAPS_AHEAD, _CAPS_AND_AHEAD):
            hit = _titled_place_name(text, base, title, ahead.match(text, m.end()))
            if hit is not None:
                yield hit
                break


def _titled_place_name(text: str, base: int, title: re.Match[str], run: re.Match[str] | None) -> PersonHit | None:
    """The name that ends ``run``, the capitalised words after a title's link word, and the title with its place as
    the role; None when no split of the run gives a place and a name."""
    if run is None:
        return None
    words = list(_WORD.finditer(text, run.start(), run.end()))
    for k in range(1, len(words)):
        if words[k].group() in HONORIFICS and k + 1 < len(words):
            # "the Crown Prince of Dubai Sheikh Hamdan Bin Mohammed …": a title of courtesy ends the place (none holds
            # one), and the name follows it
            return _honorific_place_name(text, base, title, words[:k], words[k + 1].start(), run.end())
        if words[k].group().islower() or words[k - 1].group() in _BODY_LINKS:
            continue  # a place ends on a capitalised word, and a name starts with one
        place = text[words[0].start():words[k - 1].end()]
        if " and " in place and any(w.group() in TITLE_WORDS or w.group() in _GIVEN_NAMES for w in words[:k]):
            break  # "… Affairs Wang Yi and Japanese Foreign Minister …": two titled people, not one portfolio
        if k == len(words) - 1 and ((country_name(place) is None and words[k - 1].group() not in ORG_WORDS)
                                    or _NAME_DONE.match(text, run.end()) is None):
            break  # a family name alone after the place: "Director of the … Policy Council Klein, and"
        if country_name(place) is None and words[k - 1].group() not in ORG_WORDS and not (
                # "Assistant Secretary for Tax Policy Mark Mazur": a portfolio, then a given name and surname
                # or a given name, a middle name and a surname ("… Regulatory Programs Jenny Lester Moffitt")
                words[k].group() in _GIVEN_NAMES and 2 <= len(words) - k <= 3
                and words[k - 1].group() not in _GIVEN_NAMES and words[-1].group() not in _SUFFIXES
                and not any(w.group() in PORTFOLIO_WORDS or w.group() in ORG_WORDS for w in words[k:])):
            continue
        least = 2 if k < len(words) - 1 else 1
        name = _clean(text, words[k].start(), run.end(), trim_front=False, min_tokens=least)
        if name is None or name != (words[k].start(), run.end()):
            continue
        lead = _UNIT_LEAD.search(text, max(0, title.start() - 60), title.start())
        start = _org_lead(text, lead.start() if lead is not None else title.start())
        role = ((base + start, text[start:words[k - 1].end()]),)
        # "Remarks by President of the European Council Herman Van Rompuy at …" holds in a heading too
        sure = len(name_tokens(text[name[0]:name[1]])) <= 3 and _NAME_DONE.match(text, name[1]) is not None
        return PersonHit(base + name[0], base + name[1], text[name[0]:name[1]], role, sure=sure)
    return None


def _honorific_place_name(text: str, base: int, title: re.Match[str], place: Sequence[re.Match[str]], start: int,
                          end: int) -> PersonHit | None:
    """The name from ``start`` to ``end`` after a title, its place (``place``, its words) and a title of courtesy,
    with the title and place as its role; None when the words there are no clean name."""
    name = _clean(text, start, end, trim_front=False, min_tokens=1)
    if name is None or name != (start, end):
        return None
    lead = _UNIT_LEAD.search(text, max(0, title.start() - 60), title.start())
    first = _org_lead(text, lead.start() if lead is not None else title.start())
    role = ((base + first, text[first:place[-1].end()]),)
    return PersonHit(base + start, base + end, text[start:end], role, sure=_NAME_DONE.match(text, end) is not None)


def _after_country_possessive(text: str, base: int) -> Iterator[PersonHit]:
    """Names right after a country in the possessive ("South Korea’s Shin Won-sik", "India’s Narendra Modi"):
    the whole capitalised run after it is two or three name words. Found from the "’s"."""
    curly, straight = _POSSESSIVES
    found = [*curly.finditer(text)] if "’s" in text else []
    if "'s" in text:
        found = sorted([*found, *straight.finditer(text)], key=_MATCH_START) if found else [*straight.finditer(text)]
    for m in found:
        before = _WORDS_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if before is None:
            continue
        words = before.group(1).split()
        if not any(country_name(" ".join(words[i:])) is not None for i in range(len(words))):
            continue
        run = _CAP_RUN.match(text, m.end())
        if run is None or text[run.end():run.end() + 2].startswith(("’s", "'s")):
            continue
        name = _clean(text, run.start(), run.end(), trim_front=False, min_tokens=2)
        if name == (run.start(), run.end()) and len(name_tokens(run.group())) <= 3:
            yield PersonHit(base + name[0], base + name[1], text[name[0]:name[1]], _as_role(text, name[1], base))


_MATCH_START = operator.methodcaller("start")


def _as_role(text: str, end: int, base: int) -> tuple[tuple[int, str], ...]:
    """The role given with "as" right after a name ending at ``end`` ("… Boris Johnson as the foreign
    secretary"), or a lower-case role noun right after it ("Zahid Hussain correspondent for the Times"), if any."""
    m = _AS_ROLE.match(text, end) or _BARE_ROLE.match(text, end)
    return ((base + m.start("role"), m.group("role")),) if m is not None else ()


def _given_then_surname(tokens: Sequence[str]) -> bool:
    """True for the words of a bare name: a given name, maybe a second given name, then one family name
    ("Donald Trump", "Mary Ann Smith"; not "Summer Olympic Games"), or two given names and two family names, the
    Spanish way ("Andrés Manuel López Obrador")."""
    tokens = [t for t in tokens if not t.islower()]  # particles: "Mohammed bin Salman", "Ursula von der Leyen"
    if len(tokens) == 4:
        return given_name(tokens[1]) and not given_name(tokens[2])
    return 2 <= len(tokens) <= 3 and all(t in GIVEN_NAMES for t in tokens[1:-1])


def _titled(text: str, titles: Sequence[re.Match[str]]) -> Iterator[re.Match[str]]:
    """The matches of ``_TITLED.finditer(text)``, found by trying the pattern only where a chain may start
    in the few words before each title word (``titles``, the matches of ``_ANY_TITLE``)."""
    at = 0
    for title in titles:
        if title.end() <= at:
            continue
        for start in _CHAIN_START.finditer(text, max(at, title.start() - _CHAIN_LEAD), title.end()):
            m = _TITLED.match(text, start.start())
            if m is not None:
                yield m
                at = m.end()
                break


def _name_ends(text: str) -> tuple[list[int], list[int]]:
    """Where a name may end before an apposition or a speech verb: the offsets of the commas and of
    the speech verbs that follow a capitalised word, plus those of the verbs after "…, the minister,"."""
    commas: list[int] = []
    verbs: list[int] = []
    for m in _CAP_THEN.finditer(text):
        if m.start("comma") >= 0:
            commas.append(m.start("comma"))
        else:
            verbs.append(m.start("verb"))
    after_comma = [m.start("verb") for m in _COMMA_THEN_VERB.finditer(text)]
    return commas, sorted({*verbs, *after_comma}) if after_comma else verbs


def _appositions(text: str, commas: list[int]) -> Iterator[re.Match[str]]:
    """The matches of ``_APPOSITION.finditer(text)`` that ``_name_before`` can use. An apposition holds
    one comma, its first, so the pattern is tried at the given commas only; after ", ," a name may end
    before any comma, so such a text is scanned whole."""
    if _DOUBLE_COMMA.search(text):
        yield from _APPOSITION.finditer(text)
        return
    for comma in commas:
        m = _APPOSITION.match(text, comma)
        if m is not None:
            yield m


def _given_before_title(text: str, m: re.Match[str]) -> tuple[int, int] | None:
    """A person named by a given name alone before a titled apposition ("Henri, Grand Duke of Luxembourg"):
    the role opens with a title in capitals and the name word is a given name that opens its sentence or
    follows a comma."""
    if not m.group("role")[:1].isupper() or _ANY_TITLE.match(m.group("role")) is None:
        return None
    word = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start() + 1)
    if word is None or word.group(1) not in GIVEN_NAMES:
        return None
    start = word.start(1)
    before = text[max(0, start - 2):start]
    if start and not (before.endswith(", ") or _sentence_opens(text, start)):
        return None
    return start, word.end(1)


def _split_roles(role: str, at: int) -> Iterator[tuple[int, str]]:
    """A role phrase cut into the roles it joins with "and" before another title ("Special Assistant and Senior
    Director for European Affairs"), each with its offset; "Minister of Foreign Affairs and International
    Cooperation" stays whole."""
    last = role.rsplit(None, 1)[-1]
    if last.endswith(".") and "." not in last[:-1]:
        role = role[:-1]  # the sentence's full stop ("… at the bank."), not an abbreviation's ("U.S.")
    start = 0
    for m in _AND_TITLE.finditer(role):
        yield at + start, role[start:m.start()]
        start = m.end()
    yield at + start, role[start:]


def _titled_name(text: str, start: int, end: int) -> bool:
    """True when the would-be role ``text[start:end]`` is a title and a person's name ("Minister for Foreign
    Affairs Hayashi Yoshimasa", "External Affairs Minister S. Jaishankar"): the next item of a list of titled
    people, not a role."""
    m = next((t for s in _CHAIN_START.finditer(text, start, end) if (t := _TITLED.match(text, s.start()))), None)
    if m is None or m.group("of") is not None or (m.end("name") < end and _LIST_GOES_ON.match(text, m.end("name"))
                                                  is None):
        return False  # "… Lawrence Wong and Minister for Foreign Affairs Vivian Balakrishnan attended": a list
    name = _clean(text, m.start("name"), m.end("name"), trim_front=False, min_tokens=1)
    return name == m.span("name") and len(text[name[0]:name[1]].split()) >= 2


def _org_lead(text: str, start: int) -> int:
    """Where a title's role begins when a well-known organisation's name or a country's stands right before it
    ("Pentagon Press Secretary", "White House Press Secretary", "Japanese Foreign Minister"): the start of that
    name, else ``start``."""
    m = _LEAD_WORDS.search(text, max(0, start - 40), start)
    if m is None:
        # "Department of Health and Human Services Secretary": a link word before the title's own words
        # or a body's acronym in brackets: "National Assembly (NA) Chairman"
        return _body_lead(text, start) if _LINK_BEFORE.search(text, max(0, start - 6), start) or text.endswith(
            ") ", 0, start) else start
    words = list(_WORD.finditer(text, m.start(1), m.end(1)))
    body = _body_lead(text, start)
    for i in range(len(words)):
        lead = text[words[i].start():words[-1].end()]
        if lead in KNOWN_ORGS or (i == len(words) - 1 and country_name(lead) is not None):
            return min(words[i].start(), body)
    return body


def _body_lead(text: str, start: int) -> int:
    """Where a title's role begins when the name of a body of two words or more stands right before it, after a
    lower-case word or a comma or quotation mark ("with People’s Republic of China Vice Premier", "…,” Asian Tour
    Chairman"): the start of that name, else ``start``. No word of it a plain or a calendar word."""
    tokens = list(_WORD.finditer(text, max(0, start - 80), start))
    i = len(tokens)
    while i > 0:
        word = tokens[i - 1].group()
        if word in _BODY_LINKS or (word[:1].isupper() and not (word.endswith(".") and word[-2:-1].islower())
                                   and word[-1] not in ",;:") or _ACRONYM_TOKEN.fullmatch(word):
            i -= 1  # "National Assembly (NA) Chairman": the body's acronym may stand between it and the title
            continue
        break
    while i < len(tokens) and tokens[i].group().lower() in _BODY_LINKS:  # "THE Opposition Leader": no "THE"
        i += 1
    run = [t.group() for t in tokens[i:]]
    if "and" in run and any(w in GIVEN_NAMES for w in run[:len(run) - run[::-1].index("and")]):
        # "Deb Haaland and California Governor": the words before the last "and" are another item of a list
        i += len(run) - run[::-1].index("and")
    caps = [t.group() for t in tokens[i:]]
    named = sum(1 for w in caps if w[:1].isupper())
    if named == 0 or (i == 0 and (start > 80 or named < 2)):
        return start
    before = tokens[i - 1].group() if i else ","  # "Foreign Ministry Spokesperson …" opening the paragraph
    if before[-1:] in ".!?" and before[-2:-1].islower() and named >= 2 and _body_head(caps):
        before = ","  # "… complete. Union Election Commission Chairman Thein Soe said": a body's name opens it
    if not (before[-1:] in ",”\"" or before.islower()) or before[-1:] in ".!?":
        return start  # a sentence's start, or more capitalised words
    if named == 1 and (not before.isalpha() or len(caps) > 1 or caps[0][-2:] in ("’s", "'s")
                       or caps[0] in GIVEN_NAMES or not caps[0].isalpha()):
        return start  # one word: a place or a party after a plain word ("… and California Governor")
    headed = named >= 2 and _body_head(caps)  # "Union", "National" may open a body's name, not a person's
    if any((w in NON_NAMES and not (headed and _body_word(w))) or w in MONTH_WORDS or w in VERB_WORDS or w in TITLES
           for w in caps):
        return start  # "Meanwhile", "Monday", "Announces", "President Trump and": no body's name
    return tokens[i].start()


def _body_head(words: Sequence[str]) -> bool:
    """True when capitalised words end in an organisation's head word, its acronym in brackets after it allowed
    ("Union Election Commission", "National Assembly (NA)")."""
    last = [w for w in words if not _ACRONYM_TOKEN.fullmatch(w)]
    return bool(last) and last[-1] in ORG_WORDS


def _body_word(word: str) -> bool:
    """True when a word kept out of names may be a body's ("National", "Union"), not an opening adverb, a day or a
    participle ("Meanwhile", "However", "Today", "Monday", "According", "Based")."""
    return not (word.lower() in FUNCTION_WORDS or word in SENTENCE_STARTERS or word.endswith(_NOT_BODY_ENDINGS))


def _slashed(roles: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Title units written with a slash between them kept as one role ("High Representative/Vice-President")."""
    out: list[tuple[int, str]] = []
    for offset, unit in roles:
        if out and out[-1][0] + len(out[-1][1]) + 1 == offset:
            out[-1] = (out[-1][0], f"{out[-1][1]}/{unit}")
        else:
            out.append((offset, unit))
    return out


def _role_set_before(text: str, lead: int) -> int | None:
    """Where a role set off by a comma before a titled name begins ("the commander of U.S. Central Command, General
    …", "Saudi Arabia’s Foreign Minister, Prince …"), or None: the role opens its sentence or follows an article
    or a country in the possessive (which, as in "China’s Foreign Minister Qin Gang", is not the role's)."""
    if text[max(0, lead - 2):lead] != ", ":
        return None
    before = _OF_ROLE_END.search(text, max(0, lead - 122), lead - 2)
    if before is None:
        return None
    at = _role_start(text, before.start("chain"))
    if _ROLE_OPENS.search(text, max(0, before.start() - 12), before.start()):
        return at
    owner = _COUNTRY_POSSESSIVE.search(text, max(0, at - 40), at)
    if owner is not None and country_name(owner.group("country")) is not None and (
            owner.start() == 0 or _sentence_opens(text, owner.start()) or _ROLE_OPENS.search(
                text, max(0, owner.start() - 12), owner.start())):
        return at
    return None


def _role_start(text: str, start: int) -> int:
    """Where a lower-case role begins, taking in capitalised words and role adjectives before it; or, when the
    words before it up to a clause's edge are all nouns or adjectives that may qualify a role, all of them
    ("…, Sylhet region head government administrator Mosharraf Hossain said", "Pipdda village resident …")."""
    near, participle = start, None
    for _ in range(_MAX_ROLE_WORDS):
        m = _ROLE_WORD.search(text, max(0, near - 40), near)
        if m is None:
            break
        word = m.group("word")
        if word.endswith(".") and len(word) > 2 and word[-2].islower():
            break  # "… North Korea. Presidential spokesperson Kim Eun-hye": the sentence before ends there
        capital = (word[:1].isupper() and word.lower() not in FUNCTION_WORDS and not word.endswith(("’s", "'s"))) or (
            _ACRONYM_TOKEN.fullmatch(word) is not None)  # "Pakistan Tehreek-e-Insaf (PTI) chairman"
        if not (capital or word in ROLE_ADJECTIVES or word in MODIFIERS):
            break
        if participle is not None:
            near = participle  # "Thai police detained activist": a word before "detained" makes it a verb
            break
        participle = m.end("word") + 1 if word.endswith("ed") else None
        near = m.start("word")
    edge = _role_start_at_edge(text, start)
    return near if edge is None else edge


def _role_start_at_edge(text: str, start: int) -> int | None:
    """Where the words before a role begin when all of them, up to a phrase's edge (the text's or a sentence's
    start, a comma, a colon, a dash, an opening bracket or quotation mark, a speech verb, a preposition), may
    qualify the role: at most ``_MAX_EDGE_WORDS``, none a number, a possessive, or a word ending as a verb or an
    adverb does ("-ed", "-ing", "-ly", "-s") unless it is a role adjective ("jailed", and then the first of the
    words). None when they do not reach such an edge (or there are none)."""
    at, participle = start, False
    for _ in range(_MAX_EDGE_WORDS + 1):
        m = _EDGE_PREV.search(text, max(0, at - 40), at)
        if m is None:
            return at if at < start and not text[max(0, at - 40):at].strip() else None
        word = m.group("word")
        if word[-1] in ",;:—–(“\"" or word.lower() in SPEECH_VERBS or (
                word[-1] in ".!?" and len(word) > 2 and word[-2].islower()):
            return at if at < start else None  # the edge: "…, Sylhet region head …", "said ousted civilian …"
        if word.endswith(("’s", "'s")) or not _EDGE_WORD.fullmatch(word):
            return None
        if at < start and text[m.end("word"):at].strip():
            return None
        lower = word.lower()
        if lower in FUNCTION_WORDS:
            # "against world champion MA Long": a preposition opens the phrase; after an article ("the new Prime
            # Minister") or a determiner ("that day Vietnamese …") the words may be no role's
            return at if at < start and lower in _EDGE_PREPOSITIONS else None
        if lower in MONTH_WORDS or word in NON_NAMES:
            return None
        if participle or (not (lower in ROLE_ADJECTIVES or lower in MODIFIERS) and (
                lower.endswith(("ed", "ing", "ly")) or (lower.endswith("s") and not lower.endswith("ss")))):
            return None  # "Thai police detained activist …": a word before "detained" makes it a verb
        participle = lower.endswith("ed")
        at = m.start("word")
    return None



def _name_before(text: str, end: int, role_follows: bool = False) -> tuple[int, int] | None:
    """A name of two or more words ending right before ``end`` (spaces between allowed); with ``role_follows``
    (a person's role in apposition after it) also after a preposition ("according to Rahul Verma, an
    analyst")."""
    m = _NAME_AT_END.search(text, max(0, end - 80), end)
    if m is None and text[max(0, end - 4):end].rstrip().endswith(","):
        m = _NAME_APPOSED_END.search(text, max(0, end - 200), end)
    if m is None:
        return None
    name = _clean(text, m.start("name"), m.end("name"), trim_front=True, min_tokens=1)
    if name is None or name[1] != m.end("name"):
        return None
    if text[name[0] + 1:name[0] + 2] != "." and " " not in text[name[0]:name[1]]:
        return None  # one word
    if len(name_tokens(text[name[0]:name[1]])) < 2 and _INITIALS.match(text, name[0]) is None:
        return None  # one word, unless initials stand before it ("S. Jaishankar", "J. Kristiadi")
    before = _WORD_BEFORE.search(text, max(0, name[0] - 30), name[0])
    if before is None:
        return name
    word = before.group(1)
    # "in Cambodia", "technology company Apple", "U.S.-based Aurora Innovation": no person's name; but "from
    # Mike Pence" is one (a given name first)
    if word in _PREPOSITIONS and not role_follows and text[name[0]:name[1]].split()[0] not in GIVEN_NAMES:
        return None
    if word in ORG_NOUNS or word.endswith("-based"):
        return None
    return name


def _opening_role(text: str, at: int, base: int) -> tuple[tuple[int, str], ...]:
    """The role noun that opens the sentence right before a name ("Meteorologist David Bishop said"), if any."""
    before = _WORD_BEFORE.search(text, max(0, at - 30), at)
    if before is None or before.group(1) not in ROLE_NOUN_WORDS or not _sentence_opens(text, before.start(1)):
        return ()
    return ((base + before.start(1), before.group(1)),)


def _quoted(text: str, at: int) -> bool:
    """True when ``at`` is inside quotation marks opened earlier in the paragraph."""
    before = text[:at]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _sentence_opens(text: str, at: int) -> bool:
    """True when a sentence (or the text) starts at ``at``."""
    return _OPENS.search(text, max(0, at - 6), at) is not None


def _clean(
    text: str, start: int, end: int, trim_front: bool, min_tokens: int, month_ok: bool = False
) -> tuple[int, int] | None:
    """The span of the name proper: leading plain words dropped, cut before the first non-name word; with
    ``month_ok`` (right after a title, no number after it) a month's name may be a family name ("Prime
    Minister May"). It reads ``text[start:end]`` only, so it is worked out once per distinct span text."""
    span = _clean_words(text[start:end], trim_front, min_tokens, month_ok)
    return None if span is None else (start + span[0], start + span[1])


@functools.lru_cache(maxsize=8192)
def _clean_words(words: str, trim_front: bool, min_tokens: int, month_ok: bool) -> tuple[int, int] | None:
    """``_clean`` of all of ``words``."""
    text, start, end = words, 0, len(words)
    tokens = [t.span() for t in _TOKEN.finditer(text, start, end)]
    if trim_front:
        # Plain words, and a sentence's opening word ("Although Kim Sok said"), are not the name's.
        while tokens and _not_first(text[tokens[0][0]:tokens[0][1]]):
            tokens.pop(0)
        if len(tokens) >= 3 and country_name(text[tokens[0][0]:tokens[0][1]]) is not None:
            tokens.pop(0)  # "… of France Thierry Repentin": the country of the role before; "Jordan Peterson" stays
    kept: list[tuple[int, int]] = []
    for i, (s, e) in enumerate(tokens):
        token = text[s:e]
        if not _name_part(token) and not (month_ok and token in MONTH_WORDS and token[1:].islower()) and not (
                i == 0 and not trim_front and token in SURNAME_HOMOGRAPHS and i + 1 < len(tokens)
                and _name_part(text[tokens[1][0]:tokens[1][1]])):
            # "David Bishop said": a one-word title after a given name, and nothing of a name after it
            if kept and token in SURNAME_TITLES and text[kept[0][0]:kept[0][1]] in GIVEN_NAMES and (
                    i + 1 == len(tokens) or not _name_part(
                    text[tokens[i + 1][0]:tokens[i + 1][1]])):
                kept.append((s, e))
            break
        kept.append((s, e))
    kept = _one_caps_word(text, kept)
    while kept and text[kept[-1][0]:kept[-1][1]].islower():  # a trailing particle
        kept.pop()
    if not kept:
        return None
    span = (kept[0][0], kept[-1][1])
    surface = text[span[0]:span[1]]
    if len(name_tokens(surface)) < min_tokens or country_name(surface) is not None:
        return None
    if surface.rstrip(".") in _SUFFIXES:
        return None  # "Martin Luther King Jr. Boulevard": a suffix alone after a title-like word is no name
    return span


def clean_name(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a name of two words or more in ``text[start:end]``, cut as names are (see ``_clean``)."""
    return _clean(text, start, end, trim_front=False, min_tokens=2)


def _one_caps_word(text: str, kept: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The name's words with at most one family name in capitals, first or last beside a name in title case
    ("TANAKA Hiroshi", "Hiroshi TANAKA"); a run of capitals ("BEN RHODES") is a heading's, no name."""
    caps = [i for i, (s, e) in enumerate(kept) if caps_word(text[s:e])]
    if caps == [0] and len(kept) >= 4:
        return kept[1:]  # "Rear Admiral TNI Tatit Eko Witjaksono": a body's acronym, then a name of three words
    if not caps or (len(caps) == 1 and len(kept) > 1 and caps[0] in (0, len(kept) - 1)):
        return kept
    while kept and caps and caps[0] == 0:
        kept = kept[1:]
        caps = [i - 1 for i in caps[1:]]
    return kept[:caps[0]] if caps else kept


def _name_part(token: str) -> bool:
    if token.islower():  # a particle such as "von"; the NAME pattern only lets those through
        return True
    if (token.endswith(".") and len(token) == 2) or (len(token) == 1 and token in _BARE_INITIALS):
        return True  # an initial, with or without its full stop ("R Priya")
    if token[1:2] == "." and _JOINED_INITIALS.fullmatch(token) and country_name(token) is None and (
            token not in KNOWN_ORGS):
        return True  # initials written together ("K.P. Fabian"), not a country's ("U.S.") or a body's ("U.N.")
    word = token.split(",")[0]
    if word in PORTFOLIO_WORDS:
        return False  # "Minister for Foreign and European Affairs": the title's end, no name
    if word.isupper():
        return token in NUMERALS or (
            caps_word(word) and word not in KNOWN_ORGS and country_name(word) is None
        )
    return is_name_word(word)


def _not_first(token: str) -> bool:
    """True for a word a name cannot begin with: no name word, a sentence's opening word ("Although"), or a verb
    opening a command or a greeting ("Meet Jane Doe, the new envoy")."""
    return not _name_part(token) or token.lower() in SENTENCE_STARTERS or token in _OPENING_VERBS


_OPENING_VERBS = word_list("actors/opening_verbs.txt")
_FACILITY_SURNAMES = word_list("actors/facility_surnames.txt")
_BARE_INITIALS = frozenset("BCDEFGHJKLMNOPQRSTUVWXYZ")
_JOINED_INITIALS = compile_cached(rf"(?:[{UPPER}]\.){{2,3}}")
