"""People named in a list beside a person the finder knows: "Corey Pavin, Tiger Woods and Phil Mickelson".

A name found by a title, a speech verb or a given name makes its list mates people too, when each mate is a
whole run of two or three name words (no organisation, place, title or country word) joined to it by a comma
or "and". The list is walked outwards from each known name, one mate at a time, forwards over an item's
affiliation or origin too, forwards and backwards ("Daniel Wordsworth of the American Refugee Committee, and Hashi
Shafi of …", "Luigi Di Maio of Italy, Marise Payne of Australia and Melanie Joly of Canada", "Miriam Coronel-Ferrer
from the Philippines, Eugenio Lemos from Timor-Leste, and Korvi Rakshand from Bangladesh").
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..._speed.regex_cache import compile_cached
from .blocks import Block
from .countries import country_name
from .lexicon import LOCATIVES, NAME_TOKEN, PARTICLE_RE, ROLE_NOUNS, TITLES, is_name_word, name_tokens
from .people import PersonHit, clean_name

_RUN = rf"{NAME_TOKEN}(?:\s+(?:{PARTICLE_RE}\s+)*{NAME_TOKEN}){{1,3}}"
# After a name: ", Tiger Woods", ", and Tiger Woods", " and Tiger Woods" (a capitalised word must not follow).
_NEXT = compile_cached(rf"(?:,\s+(?:and\s+)?|\s+and\s+)(?P<name>{_RUN})(?![\w’'-]|\s+[A-Z])")
# Before a name: "Tiger Woods, " / "Tiger Woods and ", the mate not itself after a capitalised word.
_PREVIOUS = compile_cached(rf"(?<![\w’'.-])(?<![A-Z][\w’'-] )(?P<name>{_RUN})(?:,\s+|\s+and\s+)$")
# A list item's affiliation after its name, which the list goes on after: "Daniel Wordsworth of the American Refugee
# Committee, and …" (no "and" inside it, which may join the next item).
_AFFILIATION = compile_cached(
    r"\s+(?:of|from)\s+(?:the\s+)?(?:[A-Z][\w’'.&-]*\s+(?:(?:of|for|on)\s+(?:the\s+)?)?){0,5}[A-Z][\w’'.&-]*(?=,)"
)
# Before a name, over the mate's affiliation: "Luigi Di Maio of Italy, " / "Marise Payne of Australia and ".
_PREVIOUS_OF = compile_cached(
    rf"(?<![\w’'.-])(?<![A-Z][\w’'-] )(?P<name>{_RUN})\s+(?:of|from)\s+(?:the\s+)?"
    r"(?:[A-Z][\w’'.&-]*\s+(?:(?:of|for|on)\s+(?:the\s+)?)?){0,5}[A-Z][\w’'.&-]*(?:,\s+|\s+and\s+)$"
)
#: Words after which a capitalised run is a place's or a body's name, not a list mate: "Governor of Akwa Ibom,
#: Udom Emmanuel" names one person ("talks with Luigi Di Maio of Italy, Marise Payne …" lists people).
_WHERE = LOCATIVES | frozenset(("of",))
_WORD_BEFORE = compile_cached(r"([\w’'-]+)\s+$")
_WORD_AFTER = compile_cached(r"\s+([a-z]+)\b")
# Lower-case role words, one or many ("member", "members", "ministers", "chairmen"): a capitalised run right before
# one is the body the role belongs to ("Lok Sabha members Dayanidhi Maran and …"), not a list mate.
_ROLE_WORDS = frozenset(w.lower() for w in TITLES | ROLE_NOUNS if " " not in w and w.isalpha())
_MAX_MATES = 8
_LOOK_BACK = 60


def list_mates(block: Block, hits: Sequence[PersonHit]) -> Iterator[PersonHit]:
    """Person hits for the list mates of ``hits`` (the people found in ``block``, source offsets)."""
    text, base = block.text, block.start
    seen = {(h.start, h.end) for h in hits}
    for hit in hits:
        if hit.weak or len(name_tokens(hit.name)) < 2:
            continue
        end = hit.end - base
        for _ in range(_MAX_MATES):
            if text.startswith((" of ", " from "), end):
                affiliation = _AFFILIATION.match(text, end)
                end = affiliation.end() if affiliation is not None else end
            if not text.startswith((",", " and "), end):
                break  # no list goes on here (most names): skip the pattern
            m = _NEXT.match(text, end)
            if m is None or not _mate(text, m.start("name"), m.end("name")):
                break
            end = m.end("name")
            if (base + m.start("name"), base + end) not in seen:
                seen.add((base + m.start("name"), base + end))
                yield PersonHit(base + m.start("name"), base + end, m.group("name"))
        start = hit.start - base
        for _ in range(_MAX_MATES):
            if not text.endswith((", ", " and "), 0, start):
                break
            m = _PREVIOUS.search(text, max(0, start - _LOOK_BACK), start)
            if m is None and (text.find(" of ", max(0, start - _LOOK_BACK), start) >= 0
                              or text.find(" from ", max(0, start - _LOOK_BACK), start) >= 0):
                m = _PREVIOUS_OF.search(text, max(0, start - 2 * _LOOK_BACK), start)
            if m is None or not _mate(text, m.start("name"), m.end("name")):
                break
            start = m.start("name")
            if (base + start, base + m.end("name")) not in seen:
                seen.add((base + start, base + m.end("name")))
                yield PersonHit(base + start, base + m.end("name"), m.group("name"))


def _mate(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is wholly a name of two or three name words (no title, no country's
    adjective: "Philippine Secretary" is none), not after a preposition ("of Akwa Ibom")."""
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    if before is not None and before.group(1) in _WHERE:
        return False
    after = _WORD_AFTER.match(text, end)
    if after is not None and _role_word(after.group(1)):
        return False
    tokens = name_tokens(text[start:end])
    return (
        clean_name(text, start, end) == (start, end) and 2 <= len(tokens) <= 3
        and all(is_name_word(t) and country_name(t) is None for t in tokens)
    )


def _role_word(word: str) -> bool:
    """True for a lower-case role word, one or many: "member", "members", "ministers", "chairmen"."""
    return word in _ROLE_WORDS or (word.endswith("s") and word[:-1] in _ROLE_WORDS) or (
        word.endswith("men") and word[:-3] + "man" in _ROLE_WORDS)
