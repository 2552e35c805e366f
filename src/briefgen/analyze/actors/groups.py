"""Group the name hits of one source into entities: a person's later, shorter names join the full one."""

from __future__ import annotations

import functools
import operator
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from ...resources import word_list
from .countries import country_name
from .lexicon import PARTICLES, alternation, is_name_word, name_tokens, surname_word
from .mentions import Entity
from .orgs import KNOWN_ORGS, OrgHit
from .people import PersonHit

_SPELLINGS = {
    parts[0].strip(): parts[1].strip()
    for parts in (line.split("|") for line in word_list("actors/spelling_variants.txt"))
    if len(parts) == 2
}


@dataclass(slots=True)
class _Group:
    tokens: list[str]
    surfaces: list[str] = field(default_factory=list)
    roles: list[tuple[int, str]] = field(default_factory=list)
    strong: bool = False
    last: int = -1


def group_people(hits: Sequence[PersonHit]) -> list[Entity]:
    """People entities from person hits; groups seen only in heading-like lines are dropped."""
    groups = _Groups()
    tokens_of = {name: person_tokens(name) for name in {hit.name for hit in hits}}
    for hit in sorted(hits, key=lambda h: (-len(tokens_of[h.name]), h.start)):
        tokens = tokens_of[hit.name]
        if not tokens:
            continue
        group = groups.match(tokens, hit.start)
        if group is None:
            group = groups.add(tokens)
        if hit.name not in group.surfaces:
            group.surfaces.append(hit.name)
        if not hit.weak:
            group.strong = True
            group.roles.extend(hit.roles)
        if hit.start > group.last:
            group.last = hit.start
    shared = _shared_tokens(groups.all)
    entities = []
    for group in groups.all:
        if not group.strong:
            continue
        name = max(group.surfaces, key=len)
        singles = [t for t in own_words(group.tokens) if t not in shared and len(t) > 1 and country_name(t) is None
                   and (is_name_word(t) or (t == group.tokens[-1] and len(group.tokens) > 1 and surname_word(t)))]
        entities.append(Entity(name, "person", tuple(dict.fromkeys((name, *group.surfaces, *singles))),
                               merge_roles(group.roles)))
    return entities


_ABBREVIATED = {
    parts[0].strip(): parts[1].strip()
    for parts in (line.split("|") for line in word_list("actors/title_abbreviations.txt"))
}
_ALIAS_PHRASES = word_list("actors/alias_phrases.txt")
_ALIAS_LINK = re.compile(alternation(_ALIAS_PHRASES, not_after=r"[\w.-]") + r"\s+(?:(?:is|was)\s+)?(?=[^\W\d_])")


def join_aliases(text: str, entities: Sequence[Entity]) -> list[Entity]:
    """People entities with another person's entity folded in where the text says one name is another name of
    the same person ("Bobi Wine, whose real name is Robert Kyagulanyi,"): the later name's surfaces and roles
    join the earlier one's. Found from the linking phrases (``alias_phrases.txt``), then the names around them."""
    people = {e.name: e for e in entities if e.kind == "person"}
    if len(people) < 2 or not any(phrase in text for phrase in _ALIAS_PHRASES):
        return list(entities)  # most texts hold none of the phrases: a plain substring test each is cheap
    links = _alias_links(text)
    if not links:
        return list(entities)
    by_last: dict[str, list[tuple[str, str]]] = {}
    by_first: dict[str, list[tuple[str, str]]] = {}
    for entity in people.values():
        for surface in entity.surfaces:
            words = surface.split()
            if len(words) >= 2:
                by_last.setdefault(words[-1], []).append((surface, entity.name))
                by_first.setdefault(words[0], []).append((surface, entity.name))
    into: dict[str, str] = {}
    for link in links:
        before = text[max(0, link.start() - 80):link.start()].rstrip(" ,(")
        last = before.rsplit(None, 1)[-1] if before.strip() else ""
        host = next((n for s, n in sorted(by_last.get(last, ()), key=lambda p: -len(p[0])) if before.endswith(s)),
                    None)
        if host is None:
            continue
        first = text[link.end():link.end() + 60].split(None, 1)[0] if text[link.end():link.end() + 1] else ""
        other = next((n for s, n in sorted(by_first.get(first, ()), key=lambda p: -len(p[0]))
                      if n != host and text.startswith(s, link.end())), None)
        if other is not None and other not in into and host not in into:
            into[other] = host
    if not into:
        return list(entities)
    out: list[Entity] = []
    for entity in entities:
        if entity.name in into:
            continue
        extra = [people[n] for n, host in into.items() if host == entity.name]
        if extra:
            entity = Entity(entity.name, entity.kind,
                            tuple(dict.fromkeys([*entity.surfaces, *(s for e in extra for s in e.surfaces)])),
                            tuple(dict.fromkeys([*entity.roles, *(r for e in extra for r in e.roles)])))
        out.append(entity)
    return out


def _alias_links(text: str) -> list[re.Match[str]]:
    """The matches of ``_ALIAS_LINK.finditer(text)``, tried only where a phrase stands: a match opens with one, and
    its letters are common ("aka" in "Dhaka"), so finding the phrases first beats a scan that stops at each."""
    starts: set[int] = set()
    for phrase in _ALIAS_PHRASES:
        at = text.find(phrase)
        while at >= 0:
            starts.add(at)
            at = text.find(phrase, at + 1)
    links: list[re.Match[str]] = []
    done = 0
    for at in sorted(starts):
        if at >= done and (m := _ALIAS_LINK.match(text, at)) is not None:
            links.append(m)
            done = max(m.end(), at + 1)
    return links


def person_tokens(name: str) -> list[str]:
    """The words of a name for grouping; a capitalised particle opening it is left out, as a lower-case one is
    ("Del Rosario said" joins "Albert del Rosario"). In a name of descent ("Mohammed bin Salman bin Abdulaziz") each
    "son/daughter of" particle stays as the mark ``OF``: the words after it name the father, another person."""
    if _PATRONYMIC.search(name) is not None:
        tokens = []
        for k, part in enumerate(_PATRONYMIC.split(name)):
            tokens.extend([OF] if k else [])
            tokens.extend(t for t in name_tokens(part) if t.lower() not in PARTICLES)
    else:
        tokens = name_tokens(name)
    if len(tokens) > 1 and tokens[0].lower() in PARTICLES:
        return tokens[1:]
    return tokens


def own_words(tokens: list[str]) -> list[str]:
    """The words of a name that may stand for the person alone: not a "son of" mark nor the father's name after it."""
    if OF not in tokens:
        return tokens
    return [t for i, t in enumerate(tokens) if t != OF and (i == 0 or tokens[i - 1] != OF)]


_PATRONYMICS = word_list("actors/patronymic_particles.txt")
_PATRONYMIC = re.compile(r"(?i)\s(?:" + "|".join(sorted(_PATRONYMICS)) + r")\s")
OF = "bin"


class _Groups:
    """The groups made so far, with what finds them fast: a name of several words always goes to the same
    group (the first fitting one, and groups are only added), a one-word name to one of the groups holding it."""

    def __init__(self) -> None:
        self.all: list[_Group] = []
        self._by_tokens: dict[tuple[str, ...], _Group | None] = {}
        self._holders: dict[str, list[_Group]] = {}
        self._folded: dict[tuple[str, ...], _Group] = {}  # the words in lower case -> the first such group

    def add(self, tokens: list[str]) -> _Group:
        """A new group for a name that joins none."""
        group = _Group(tokens)
        self.all.append(group)
        self._by_tokens[tuple(tokens)] = group
        for token in dict.fromkeys(own_words(tokens)):
            self._holders.setdefault(token, []).append(group)
        self._folded.setdefault(tuple(t.casefold() for t in tokens), group)
        return group

    def match(self, tokens: list[str], at: int) -> _Group | None:
        """The group a name found at ``at`` joins, if any; a one-word name held by several groups joins the
        one seen last before ``at``."""
        if len(tokens) > 1:
            key = tuple(tokens)
            if key not in self._by_tokens:
                self._by_tokens[key] = self._match(tokens)
            return self._by_tokens[key]
        holders = self._holders.get(tokens[0], [])
        if len(holders) <= 1:
            return holders[0] if holders else None
        before = [g for g in holders if g.last <= at]
        return max(before or holders, key=lambda g: g.last)

    def _match(self, tokens: list[str]) -> _Group | None:
        """The group a name of several words joins: the same words, a run of a group's words, or the same
        surname with a fitting given name; the first such group made. Only the groups holding the name's first
        or last word can fit, so only those are tried (in the order made), not every group."""
        first = self._holders.get(tokens[0], [])
        for group in first:
            if group.tokens == tokens:
                return group
        for group in first:
            if holds_run(group.tokens, tokens):
                return group
        if OF in tokens:
            return None  # the last word of a name of descent is a father's name, shared by brothers
        for group in self._holders.get(tokens[-1], []):
            if len(group.tokens) > 1 and group.tokens[-1] == tokens[-1] and same_first(tokens[0], group.tokens[0]):
                return group
        if len(tokens) == 2:
            # the family name first or last ("Abe Shinzo" / "Shinzo Abe", "TANAKA Hiroshi" / "Hiroshi Tanaka")
            return self._folded.get((tokens[1].casefold(), tokens[0].casefold()))
        return None


def holds_run(longer: list[str], shorter: list[str]) -> bool:
    """True when ``shorter`` is a run of ``longer``'s words ("Sri Mulyani" in "Sri Mulyani Indrawati"), not one
    right after a "son of" particle ("Salman bin Abdulaziz" in "Mohammed bin Salman bin Abdulaziz" is his father)."""
    n = len(shorter)
    return any(longer[i:i + n] == shorter and (i == 0 or longer[i - 1] != OF) for i in range(len(longer) - n + 1))


def same_first(a: str, b: str) -> bool:
    """True for the same given name or a likely short form of it ("Jon"/"Jonathan", "Joe"/"Joseph")."""
    short, long = sorted((a, b), key=len)
    return long.startswith(short) or (len(short) <= 4 and short[:2] == long[:2])


def _shared_tokens(groups: Sequence[_Group]) -> set[str]:
    seen: set[str] = set()
    shared: set[str] = set()
    for group in groups:
        for token in set(group.tokens):
            (shared if token in seen else seen).add(token)
    return shared


def merge_roles(roles: Sequence[tuple[int, str]]) -> tuple[str, ...]:
    """Role phrases in source order, without repeats, phrases a longer one begins with, or an abbreviated title
    whose full form the person is also given ("Gov." beside "Governor")."""
    parts: list[str] = []
    lowered: set[str] = set()
    spaced: dict[str, str] = {}
    for _, role in sorted(roles):
        role = spaced.get(role) or spaced.setdefault(role, " ".join(role.split()))
        if role.lower() not in lowered:
            lowered.add(role.lower())
            parts.append(role)
    return tuple(
        p for p in parts
        if not any(_extends(q.lower(), p.lower()) for q in parts) and _ABBREVIATED.get(p, "").lower() not in lowered
    )


def _extends(longer: str, shorter: str) -> bool:
    """True when ``longer`` is ``shorter`` with words added before, after or both ("USAID Administrator",
    "US Secretary of Defense" for "Secretary")."""
    return longer != shorter and f" {shorter} " in f" {longer} "


def group_orgs(hits: Sequence[OrgHit]) -> list[Entity]:
    """Organisation entities: an acronym joins its expansion; "U.S. Department of X" joins "Department of X"."""
    keys: dict[str, str] = {}  # any surface or key -> group key
    surfaces: dict[str, list[str]] = {}
    countries: dict[str, str] = {}  # group key -> the country its names open with, if any
    strong: set[str] = set()
    done: dict[tuple[str, str], str] = {}  # (name, acronym) -> its key: a second hit changes nothing else
    ordered = sorted(hits, key=_START)
    for hit in [h for h in ordered if h.acronym] + [h for h in ordered if not h.acronym]:
        key = done.get((hit.name, hit.acronym), "")
        if not key:
            key = done[hit.name, hit.acronym] = _join(hit, keys, surfaces, countries)
        if not hit.weak:
            strong.add(key)
    known = set(KNOWN_ORGS.values())
    for surface, canonical in KNOWN_ORGS.items():
        if canonical in surfaces and surface not in surfaces[canonical]:
            surfaces[canonical].append(surface)
    entities = []
    for key, names in surfaces.items():
        if key in strong:
            full = [n for n in names if not n.isupper()] or names
            name = key if key in known else max(full, key=len)
            entities.append(Entity(name, "organization", tuple(names)))
    return entities


def _join(hit: OrgHit, keys: dict[str, str], surfaces: dict[str, list[str]], countries: dict[str, str]) -> str:
    """Add an organisation hit to the group its names point to, or to a new one; return the group's key. A name
    without its country joins a group of that name only when no other country's name is in it: the "PRC Coast
    Guard" and the "Philippine Coast Guard" are two."""
    name = KNOWN_ORGS.get(hit.name, hit.name)
    bare = _without_country(name)
    country = country_name(name[: len(name) - len(bare)].strip()) if bare != name else None
    short = _without_suffix(name)  # "Union Pacific Corporation" is the "Union Pacific" of the next line
    by_bare = keys.get(_fold(bare))
    if by_bare is not None and country is not None and countries.get(by_bare, country) != country:
        by_bare = None
    key = keys.get(_fold(name)) or keys.get(hit.acronym) or by_bare or keys.get(_fold(short)) or name
    if country is not None:
        countries.setdefault(key, country)
    for alias in (name, hit.name, hit.acronym, bare, short):
        if alias:
            keys.setdefault(_fold(alias), key)
    group = surfaces.setdefault(key, [])
    for alias in (name, hit.name, hit.acronym):
        if alias and alias not in group:
            group.append(alias)
    return key


_START = operator.attrgetter("start")


@functools.lru_cache(maxsize=8192)
def _without_country(name: str) -> str:
    """The name without a leading country ("U.S. Department of Energy", "United States Agency for …")."""
    words = name.split()
    for n in range(min(3, len(words) - 1), 0, -1):
        if country_name(" ".join(words[:n])) is not None:
            return " ".join(words[n:])
    return name


@functools.lru_cache(maxsize=8192)
def _without_suffix(name: str) -> str:
    """The name without a trailing company designator ("Union Pacific Corporation" -> "Union Pacific"), when
    two words or more are left."""
    words = name.split()
    if len(words) >= 3 and words[-1] in word_list("actors/corporate_suffixes.txt"):
        return " ".join(words[:-1]).rstrip(",")
    return name


@functools.lru_cache(maxsize=8192)
def _fold(name: str) -> str:
    """A name with British spellings made American, for telling one organisation's names apart."""
    return " ".join(_SPELLINGS.get(w, w) for w in name.split())
