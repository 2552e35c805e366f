"""Find the people, organisations and countries a source mentions, with roles and mention counts.

People are found without a language model: a capitalised name after a title ("Prime Minister Hun
Manet"), before a role apposition ("Xavier Becerra, Secretary of Health") or next to a speech verb
("Prak Sokhonn said"), introduced at a sentence's start ("Suzanne Dodd is the project manager …",
"we have Ben Rhodes; he’s the …"), signing a text (a name alone on its line, its title on the next), or
named by a transcript's speaker label ("MR. RHODES:", joined to "Ben Rhodes" where the text gives him).
Names in headings count only after a title and when they end cleanly ("Remarks by President Biden on …").
Sentence openers ("Although"), headline verbs ("Announces") and organisation nouns ("company", "-based")
are kept out of names; a family name may be in capitals ("TANAKA Hiroshi"), and in a text that writes them so, a
bare name of that shape is a person ("Bastian STEGER and CHUANG Chih-Yuan will face …"). Also: bare names that
open with a given name ("… comments about Donald Trump"), a role then the name ("the new Prime Minister of the UK,
Theresa May."), a title with its place ("Ambassador to Thailand Robert Godec"), a country in the possessive ("South
Korea’s Shin Won-sik"), the mates of a known name in a list ("Stewart Cink, Tiger Woods and Phil Mickelson"),
and reporters a transcript calls on by given name ("Jeff.", "Darlene, why don't you …").

Organisations come from acronyms with their expansions, names with a head word ("Party", "Department")
and a list of well-known ones; countries from pycountry and a data file
of short names, adjectives and capitals. Every later mention (surname, acronym, "the general",
"Chinese", "Beijing") is counted for its actor. Role references such as "the general" are counted
but not listed as aliases, since they are not names.
"""

from __future__ import annotations

import bisect
import heapq
import operator
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from ..._speed.gc_pause import without_gc
from ..._speed.literal_alternation import literal_alternation, not_after
from ...model import Actor, Cite, Sentence, Source
from ...resources import word_list
from .blocks import blocks, joined
from .capitals import capitals_names
from .countries import subdivision_names
from .echoes import echoed_names
from .groups import group_orgs, group_people, join_aliases
from .labels import label_hits, label_mentions
from .lexicon import (
    FACILITY_NOUNS,
    FUNCTION_WORDS,
    MONTH_WORDS,
    NOT_NAME,
    ORG_WORDS,
    PLACE_WORDS,
    VERB_WORDS,
    caps_word,
    fold_accents,
)
from .lists import list_mates
from .mentions import Entity, Mention, locate_mentions
from .orgs import KNOWN_ORGS, OrgHit, find_orgs
from .people import PersonHit, find_people, heading_like, signatures
from .turns import Turn, find_turns
from .vocatives import vocative_hits

_SPACE_RUN = re.compile(r"\s+")
HONOUR_NOUNS = word_list("actors/honour_nouns.txt")
_CAP_NEXT = re.compile(r"[ \t]+([A-Z][\w’'-]*)")  # on the same line: a heading below starts a new thing
SHIP_PREFIXES = word_list("actors/ship_prefixes.txt")
_WORD_BEFORE = re.compile(r"(\S+)\s+$")
# Words never in a person's name that may stand between a name and a facility's head word ("King Khaled
# International Airport", "Sultan Qaboos Grand Mosque"); not verbs or months ("Biden Visits Port …").
_NEVER_NAMES = NOT_NAME - VERB_WORDS - MONTH_WORDS
# After a name, a letter, or a space and a capitalised word, means the name goes on.
_NAME_GOES_ON = re.compile(r"\w|\s+[A-Z]")


@dataclass(frozen=True, slots=True)
class ActorFindings:
    """The actors of one source and every mention of them (which quotes use to name speakers)."""

    actors: list[Actor]
    """Most mentioned first, then by first appearance."""
    mentions: list[Mention]
    """Every mention in source order: names, aliases, role references ("the general"), countries."""


def find_actors(source: Source, sentences: Sequence[Sentence]) -> list[Actor]:
    """Actors of one source, most mentioned first, then by first appearance."""
    return actor_findings(source, sentences).actors


@without_gc
def actor_findings(source: Source, sentences: Sequence[Sentence]) -> ActorFindings:
    """Actors of one source with their mentions."""
    paragraphs = blocks(sentences, heading_like)
    whole = joined(paragraphs)
    found = []
    for block in paragraphs:
        hits = list(find_people(block))
        found.extend(hits)
        if hits:
            found.extend(list_mates(block, hits))
    org_hits = _cut_after_names(source.text, _cut_before_titled_names(source.text, find_orgs(whole), found), found)
    org_spans = sorted((h.start, h.end) for h in org_hits)
    person_hits = [hit for hit in found if not _inside(org_spans, hit.start, hit.end)]
    person_hits.extend(signatures(paragraphs))
    person_hits.extend(_outside(org_spans, echoed_names(source.text, person_hits)))
    person_hits.extend(_outside(org_spans, capitals_names(source.text, person_hits)))
    person_hits = _without_acronym_prefix(source.text, person_hits)
    person_hits = _without_role_words(person_hits)
    person_hits = _without_others_roles(person_hits)
    person_hits = _joined_over_given_abbreviation(source.text, person_hits)
    person_hits = _without_place_names(person_hits)
    person_hits = _heading_names_cut(source.text, person_hits)
    person_hits, variants = _without_slips(person_hits)
    person_hits = [h for h in person_hits if not _ship(source.text, h) and not _named_thing(source.text, h)]
    person_hits = _without_ship_names(source.text, person_hits)
    person_hits = _without_title_names(source.text, person_hits)
    turns = find_turns(source.text, sentences)
    labels: list[tuple[Turn, PersonHit]] = []
    if turns:
        initialled = {t.speaker for t in turns if t.initials}
        if initialled:  # "Karen Davila (KD):" in a transcript: a person's initials, not an organisation's acronym
            org_hits = [h for h in org_hits if h.name not in initialled]
        labels, given = label_hits(source.text, turns, person_hits)
        person_hits.extend(given)
        person_hits.extend(hit for _, hit in labels)
        person_hits.extend(vocative_hits(source.text, turns, sentences))
    entities = [*group_orgs(org_hits), *join_aliases(source.text, group_people(person_hits))]
    if variants:  # "Kim Jong Un" beside "Kim Jong-un": the other spelling is a name the person goes by
        entities = [_with_variants(e, variants) for e in entities]
    mentions = locate_mentions(whole, entities)
    if labels:
        mentions = list(heapq.merge(mentions, label_mentions(labels, entities), key=_START))
    return ActorFindings(_actors(source, entities, mentions), mentions)


def _actors(source: Source, entities: Sequence[Entity], mentions: Sequence[Mention]) -> list[Actor]:
    by_name: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        by_name[mention.name].append(mention)
    roles = {e.name: "; ".join(e.roles) for e in entities}
    actors: list[tuple[int, Actor]] = []
    for name, found in by_name.items():
        first = found[0]
        aliases = dict.fromkeys([m.text for m in found if not m.by_role])
        aliases.pop(name, None)
        actor = Actor(
            name=name,
            role=roles.get(name, ""),
            kind=first.kind,
            # An acronym right after its expansion is not counted again; alone (its expansion inside a longer
            # name), it is the one mention.
            mentions=max(1, sum(m.counted for m in found)),
            aliases=tuple(aliases),
            cite=Cite(source.id, first.paragraph, first.start, first.end),
        )
        actors.append((first.start, actor))
    actors.sort(key=lambda pair: (-pair[1].mentions, pair[0]))
    return [actor for _, actor in actors]


_START = operator.attrgetter("start")
_TRAILING_LINK = re.compile(r"(?:\s+(?:and|of|the|for|&))+$")
_OF_BODY = re.compile(r"\s+of\s+(?:the\s+)?")
_LEADING_LINKS = re.compile(r"(?:\s+(?:and|of|the|for|&))*\s+")


def _cut_before_titled_names(text: str, orgs: Sequence[OrgHit], people: Sequence[PersonHit]) -> list[OrgHit]:
    """Organisation names cut where a titled person's name ends them: the run of capitals in "the President of
    the European Council Herman Van Rompuy" is "European Council", and Herman Van Rompuy a person."""
    titled = sorted((h.start, h.end) for h in people if h.roles and not h.weak)
    if not titled:
        return list(orgs)
    # Where a titled person's role starts inside a run of capitals: "Agriculture Secretary Tom Vilsack and
    # Secretary of the Navy Ray Mabus" is two titled people, no organisation.
    role_starts = sorted((h.roles[0][0], h.start) for h in people if h.roles and not h.weak and h.roles[0][0] < h.start)
    # "Premier Li Keqiang and Chairman of the Standing Committee …": a run that opens with a titled name is no
    # organisation's name up to that name's end
    name_ends = {h.start: h.end for h in people if h.roles and not h.weak and h.roles[0][0] < h.start}
    out = []
    for org in orgs:
        end = name_ends.get(org.start)
        if end is not None and not org.acronym and org.name not in KNOWN_ORGS:
            rest = _LEADING_LINKS.match(text, end, org.end)
            if rest is None or rest.end() >= org.end:
                continue
            org = org._replace(start=rest.end(), name=text[rest.end():org.end])
        if not org.acronym and org.name not in KNOWN_ORGS:
            i = bisect.bisect_left(role_starts, (org.start, -1))
            first = next((r for r, s in role_starts[i:i + 3] if r < org.end and s < org.end), None)
            if first is not None:
                name = _TRAILING_LINK.sub("", text[org.start:first].rstrip())
                if not name:
                    continue  # the run opens with the role: no organisation
                org = org._replace(end=org.start + len(name), name=name)
        i = bisect.bisect_right(titled, (org.start, org.end))
        cut = next((s for s, e in titled[i:i + 3] if org.start < s < org.end <= e), None)
        if cut is not None and org.name in KNOWN_ORGS:
            pass  # "General Motors": a known name holds its title-like word
        elif cut is not None:
            name = text[org.start:cut].rstrip()
            if name and not org.acronym:
                org = org._replace(end=org.start + len(name), name=name)
        elif not org.acronym:
            # "Admiral Mike Rogers of Cyber Command": the body starts after the titled name's "of"
            head = next((e for s, e in titled[max(0, i - 2):i + 1] if s <= org.start < e < org.end), None)
            tail = _OF_BODY.match(text, head) if head is not None else None
            if tail is not None and tail.end() < org.end:
                org = org._replace(start=tail.end(), name=text[tail.end():org.end])
        out.append(org)
    return out


def _cut_after_names(text: str, orgs: Sequence[OrgHit], people: Sequence[PersonHit]) -> list[OrgHit]:
    """Organisation names that open with a person's name and "of": "Daniel Wordsworth of the American Refugee
    Committee" is the person and, after "of the", the organisation."""
    starts = {h.start: h.end for h in people if not h.weak}
    out = []
    for org in orgs:
        end = starts.get(org.start)
        tail = _OF_BODY.match(text, end) if end is not None and end < org.end and not org.acronym else None
        if tail is not None and tail.end() < org.end:
            org = org._replace(start=tail.end(), name=text[tail.end():org.end])
        out.append(org)
    return out


def _joined_over_given_abbreviation(text: str, hits: list[PersonHit]) -> list[PersonHit]:
    """A hit that is only an abbreviated given name joined to the name after its full stop, with the roles of both:
    "Secretary Ma." and "Theresa Lazaro" are Ma. Theresa Lazaro (María), the Secretary."""
    short = [h for h in hits if h.name in _GIVEN_ABBREVIATIONS and text.startswith(". ", h.end)]
    if not short:
        return hits
    by_start: dict[int, list[PersonHit]] = defaultdict(list)
    for hit in hits:
        by_start[hit.start].append(hit)
    out = [h for h in hits if h not in short]
    for hit in short:
        rest = max(by_start.get(hit.end + 2, ()), key=lambda h: h.end, default=None)
        if rest is None:
            continue  # no name follows: an abbreviation alone is no person
        roles = hit.roles + tuple(r for r in rest.roles if r not in hit.roles)
        out.append(PersonHit(hit.start, rest.end, text[hit.start:rest.end], roles, rest.weak and hit.weak, hit.sure))
    return out


_GIVEN_ABBREVIATIONS = word_list("actors/given_name_abbreviations.txt")


def _without_others_roles(hits: list[PersonHit]) -> list[PersonHit]:
    """Hits without the roles that hold another person's name: in "… ambassador Hong Liang, Chair of the Committee
    U Set Aung and President of the Corporation Chang Zhenming", what follows Hong Liang's comma is the next
    people's titles, not his."""
    spans = sorted({(h.start, h.end) for h in hits if h.roles or " " in h.name})
    if not spans:
        return hits
    starts = [s for s, _ in spans]
    out = []
    for hit in hits:
        kept = []
        for offset, role in hit.roles:
            held = _held_start(spans, starts, offset, offset + len(role), (hit.start, hit.end))
            if held is None:
                kept.append((offset, role))
                continue
            # "Ashraf Jehangir Qazi, former ambassador to Washington and Mehr Tarar, senior columnist": his role
            # ends before "and" and the next person
            before = role[:held - offset].rstrip()
            head = _AND_END.sub("", before)
            if head != before and " " in head:
                kept.append((offset, head))
        out.append(hit if kept == list(hit.roles) else PersonHit(hit.start, hit.end, hit.name, tuple(kept), hit.weak,
                                                                   hit.sure))
    return out


_AND_END = re.compile(r"\s*(?:,\s*)?\band\s*$")


def _held_start(spans: list[tuple[int, int]], starts: list[int], lo: int, hi: int, own: tuple[int, int]) -> int | None:
    """Where the first span of ``spans`` other than ``own`` that lies inside ``lo:hi`` starts; None if none does."""
    i = bisect.bisect_left(starts, lo)
    while i < len(spans) and spans[i][0] < hi:
        if spans[i][1] <= hi and spans[i] != own:
            return spans[i][0]
        i += 1
    return None


def _without_role_words(hits: list[PersonHit]) -> list[PersonHit]:
    """Hits cut where a titled hit of the same name shows their first words to be the end of its role: beside "Jenny
    Lester Moffitt" titled "Under Secretary for Marketing and Regulatory Programs", a hit "Programs Jenny Lester
    Moffitt" (found before "said") is Jenny Lester Moffitt."""
    by_end: dict[int, list[tuple[int, int]]] = defaultdict(list)  # a titled hit's end -> (its start, its role's)
    for hit in hits:
        for offset, role in hit.roles:
            if offset < hit.start <= offset + len(role) + 1:
                by_end[hit.end].append((hit.start, offset))
    if not by_end:
        return hits
    out = []
    for hit in hits:
        for start, role_start in by_end.get(hit.end, ()):
            if role_start <= hit.start < start:
                hit = PersonHit(start, hit.end, hit.name[start - hit.start:], hit.roles, hit.weak, hit.sure)
                break
        out.append(hit)
    return out


def _heading_names_cut(text: str, hits: list[PersonHit]) -> list[PersonHit]:
    """Hits from a heading cut to their first words where the text writes those words alone as a name, and no hit
    outside a heading the whole ("Congresswoman Barbara Lee Commends Passage of …" as a title, "Barbara Lee
    (CA-13)" in the text): a heading's capitalised words after a name are its verb and object, not the name's."""
    out = []
    confirmed = {h.name for h in hits if not h.weak}
    for hit in hits:
        words = hit.name.split()
        if hit.weak and len(words) >= 3 and hit.name not in confirmed:
            for k in range(len(words) - 1, 1, -1):
                prefix = " ".join(words[:k])
                if _elsewhere(text, prefix, hit.start):
                    hit = PersonHit(hit.start, hit.start + len(prefix), prefix, hit.roles, hit.weak, hit.sure)
                    break
        out.append(hit)
    return out


def _elsewhere(text: str, name: str, start: int) -> bool:
    """True when ``name`` stands in ``text`` as a whole name (no name word right after it) other than at ``start``."""
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if at != start and (at == 0 or not text[at - 1].isalnum()) and not _NAME_GOES_ON.match(text, end):
            return True
        at = text.find(name, at + 1)
    return False


def _named_thing(text: str, hit: PersonHit) -> bool:
    """True for a hit that ends in, or comes right before (maybe over words never in a name: "International"), the
    head word of a place, a facility, a body or an honour named after someone ("King Salman Bin Abdulaziz Airport",
    "Queen Sirikit Convention Centre", "the President Hotel", "the Senator John McCain Award"): a thing's name, not a
    mention of the person."""
    last = hit.name.rsplit(" ", 1)[-1]
    if last in HONOUR_NOUNS or (" " not in hit.name and last.lower() in FACILITY_NOUNS):
        return True  # "Senator John McCain Award", "President Hotel" (a family name may be "Park" or "Hall")
    at = hit.end
    for _ in range(3):  # "King Khaled International Airport": a word or two that are never names may come first
        after = _CAP_NEXT.match(text, at)
        word = after.group(1) if after is not None else ""
        if word.lower() in FACILITY_NOUNS or word in PLACE_WORDS or word in HONOUR_NOUNS or word in ORG_WORDS:
            return True
        if after is None or word not in _NEVER_NAMES or word.lower() in FUNCTION_WORDS:
            return False  # "Vice President Harris At Press Conference": a heading's next word
        at = after.end()
    return False


def _ship(text: str, hit: PersonHit) -> bool:
    """True for a hit a ship's prefix stands right before, or opens the role of ("HMS Queen Elizabeth": a ship, not
    a queen named Elizabeth), or an untitled hit after a noun of ships ("the destroyer John S. McCain docked",
    "aboard the George Washington")."""
    before = _WORD_BEFORE.search(text, max(0, hit.start - 8), hit.start)
    return (before is not None and before.group(1) in SHIP_PREFIXES) or any(
        role.split(" ", 1)[0] in SHIP_PREFIXES for _, role in hit.roles) or (
        not hit.roles and _SHIP_NOUN_BEFORE.search(text, max(0, hit.start - 24), hit.start) is not None)


def _without_ship_names(text: str, hits: list[PersonHit]) -> list[PersonHit]:
    """Hits without the untitled ones that name a ship the text names after its prefix or a noun of ships ("the
    destroyer John S. McCain"): beside "USS Ronald Reagan", "Ronald Reagan will host tours", "Reagan Sailors" and
    "Reagan" are the carrier and its crew, not the president. One given a title or role ("President Ronald Reagan")
    stays."""
    ships = [m.group("name") for m in _SHIP_NAME.finditer(text)]
    ships.extend(_ship_noun_names(text))
    if not ships:
        return hits
    names = set(ships)
    lasts = {ship.rsplit(" ", 1)[-1] for ship in ships if " " in ship}
    titled = {h.name for h in hits if h.roles}
    return [
        h for h in hits
        if h.roles or h.name in titled
        or not (h.name in names or h.name in lasts or h.name.split(" ", 1)[0] in lasts)
    ]


def _without_title_names(text: str, hits: list[PersonHit]) -> list[PersonHit]:
    """Hits without the untitled ones inside the quoted title of a work that the text does not name outside such a
    title: in "He read “Long Walk to Freedom” by Nelson Mandela", "Long Walk" opens a book's title (Long is a given
    name), not a person; a name whose last word the text writes elsewhere too stays ("the memoir “Neither a Hawk nor
    a Dove by Khurshid Mahmud Kasuri”" beside "Kasuri said")."""
    titles = [(m.start(1), m.end(1)) for m in _QUOTED.finditer(text) if _title_like(m.group(1))]
    if not titles:
        return hits
    out = []
    for hit in hits:
        last = hit.name.rsplit(" ", 1)[-1]
        if not hit.roles and _inside(titles, hit.start, hit.end) and not _outside_titles(text, last, titles):
            continue
        out.append(hit)
    return out


def _title_like(quoted: str) -> bool:
    """True for a quotation that reads as a work's title: three words or more, every word of four letters or more
    capitalised, no sentence's punctuation ("Long Walk to Freedom", "Neither a Hawk nor a Dove: An Insider’s
    Account")."""
    words = quoted.split()
    return (
        len(words) >= 3 and not _SENTENCE_MARK.search(quoted)
        and all(w[0].isupper() or len(w) < 4 or not w[0].isalpha() for w in words)
    )


def _outside_titles(text: str, name: str, titles: list[tuple[int, int]]) -> bool:
    """True when ``name`` (a name's last word) stands in ``text`` somewhere outside the ``titles`` spans."""
    at = text.find(name)
    while at >= 0:
        if not _inside(titles, at, at + len(name)):
            return True
        at = text.find(name, at + 1)
    return False


_QUOTED = re.compile(r"[“\"]([^“”\"\n]{3,200})[”\"]")
_SENTENCE_MARK = re.compile(r"[.,;!?]")


# A noun of ships right before a name, maybe over "the" or a class: "the destroyer ", "aboard the ".
_SHIP_NOUN_BEFORE = re.compile(
    r"(?<![\w’'-])(?:" + "|".join(sorted(word_list("actors/ship_nouns.txt"))) + r")\s+(?:the\s+)?$"
)
# What follows a noun of ships to name one: "the destroyer John S. McCain", "aboard the Zheng He". The nouns are found
# with str.find (``_ship_noun_names``): a regex opening with them stops at every "s", "c", "v" … of a long text.
_SHIP_NOUNS = tuple(sorted(word_list("actors/ship_nouns.txt")))
_AFTER_SHIP_NOUN = re.compile(r"\s+(?:the\s+)?(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)")
# A ship's prefix and the capitalised words of its name: "USS Ronald Reagan (CVN 76)" -> "Ronald Reagan".
# The prefixes themselves in the pattern (all of two to five capitals), each first letter followed by the check of
# a word's start (``literal_alternation``): a scan for any acronym before a capitalised word matched at every
# "ASEAN Regional Forum" of a long text only to drop it.
_SHIP_NAME = re.compile(
    r"(?P<prefix>" + literal_alternation(SHIP_PREFIXES, not_after(r"[\w-]")) + r")(?![A-Z])\s+"
    r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)"
)


def _ship_noun_names(text: str) -> list[str]:
    """The names after a noun of ships that starts a word ("the destroyer John S. McCain" -> "John S. McCain")."""
    names = []
    for noun in _SHIP_NOUNS:
        at = text.find(noun)
        while at >= 0:
            if at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "_’'-"):
                m = _AFTER_SHIP_NOUN.match(text, at + len(noun))
                if m is not None:
                    names.append(m.group("name"))
            at = text.find(noun, at + 1)
    return names


def _with_variants(entity: Entity, variants: dict[str, str]) -> Entity:
    """The entity with the other spellings of its names (``variants``: spelling -> the name kept) as names too."""
    if entity.kind != "person":
        return entity
    more = tuple(v for v, kept in variants.items() if kept in entity.surfaces and v not in entity.surfaces)
    return replace(entity, surfaces=entity.surfaces + more) if more else entity


def _without_slips(hits: list[PersonHit]) -> tuple[list[PersonHit], dict[str, str]]:
    """Hits of a name written as another of the text but for diacritics, case, hyphens or spaces ("Nguyen Phu Trong"
    and "Nguyễn Phú Trọng", "Kim Jong-un" and "Kim Jong Un", "Xi Jin Ping" and "Xi Jinping"), or, of three words
    or more, but for a slip of the pen in one word (two letters swapped), given that other name, the one found
    more often (or first): "U Nya Phone Latt" beside "U Nay Phone Latt" is one spokesman. One letter changed is
    no slip: "Nguyen Van Hung" and "Nguyen Van Hong" are two people. Also the spellings given another (spelling
    -> the name kept)."""
    counts: dict[str, int] = {}
    for hit in hits:
        if " " in hit.name or "-" in hit.name:
            counts[hit.name] = counts.get(hit.name, 0) + 1
    if len(counts) < 2:
        return hits, {}
    names = list(counts)  # in order of first appearance
    fixed: dict[str, str] = {}
    keys: dict[str, str] = {}  # folded name -> the first name of that key
    # A slip swaps two letters of one word: the names it may join have as many words and the same letters.
    earlier: dict[tuple[int, str], list[str]] = defaultdict(list)
    for name in names:
        words = name.split()
        key = _SPACE_RUN.sub("", fold_accents(name).casefold().replace("-", ""))
        other = keys.setdefault(key, name)
        letters = (len(words), "".join(sorted("".join(words))))
        if other == name and name.count(" ") >= 2:
            other = next((o for o in earlier[letters] if o not in fixed and _slip(name, o)), "")
        earlier[letters].append(name)
        if other and other != name:
            keep, drop = (other, name) if counts[other] >= counts[name] else (name, other)
            fixed[drop] = keep
            if keep == name:
                keys[key] = name
    if not fixed:
        return hits, {}
    return [replace(h, name=fixed[h.name]) if h.name in fixed else h for h in hits], fixed


def _slip(a: str, b: str) -> bool:
    """True when two names of as many words differ in one word only, of three letters or more, there by two
    letters next to each other swapped."""
    words_a, words_b = a.split(), b.split()
    if len(words_a) != len(words_b):
        return False
    diff = [(x, y) for x, y in zip(words_a, words_b, strict=True) if x != y]
    if len(diff) != 1:
        return False
    x, y = diff[0]
    if len(x) != len(y) or len(x) < 3:
        return False
    at = [k for k in range(len(x)) if x[k] != y[k]]
    return len(at) == 2 and at[1] == at[0] + 1 and x[at[0]] == y[at[1]] and x[at[1]] == y[at[0]]


def _without_place_names(hits: list[PersonHit]) -> list[PersonHit]:
    """Hits without those that name a province, state or region of two words or more and are never given a role
    ("Nay Pyi Taw announced …", "residents of Da Nang and Hai Phong said …"): a place, not a person. One titled
    anywhere stays ("President Ho Chi Minh")."""
    places = {h.name for h in hits if " " in h.name and fold_accents(h.name).casefold() in subdivision_names()}
    if not places:
        return hits
    places.difference_update(h.name for h in hits if h.roles)
    return [h for h in hits if h.name not in places] if places else hits


def _without_acronym_prefix(text: str, hits: list[PersonHit]) -> list[PersonHit]:
    """Hits of a capitalised acronym and one name word cut to that word where the text sets the same acronym before
    a longer name opening with it: "Rear Admiral TNI Tatit Eko Witjaksono" makes "Rear Admiral TNI Tatit" name
    Tatit (TNI is his service's acronym, no family name in capitals)."""
    prefixed = set()
    for hit in hits:
        words = hit.name.split()
        if len(words) >= 3 and not any(caps_word(w) for w in words):
            before = text[max(0, hit.start - 12):hit.start].split()
            if before and caps_word(before[-1]):
                prefixed.add((before[-1], words[0]))
    if not prefixed:
        return hits
    out = []
    for hit in hits:
        words = hit.name.split()
        if len(words) == 2 and (words[0], words[1]) in prefixed:
            start = hit.end - len(words[1])
            hit = PersonHit(start, hit.end, words[1], hit.roles, hit.weak, hit.sure)
        out.append(hit)
    return out


def _outside(spans: list[tuple[int, int]], hits: Iterable[PersonHit]) -> list[PersonHit]:
    return [hit for hit in hits if not _inside(spans, hit.start, hit.end)]


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """True when ``start:end`` overlaps one of the sorted ``spans``."""
    i = bisect.bisect_right(spans, (start, end))
    return any(s < end and start < e for s, e in spans[max(0, i - 3):i + 2])
