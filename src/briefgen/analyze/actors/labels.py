"""Transcript speaker labels as people: each named label a person hit, joined to the full name the text gives.

"MR. RHODES:" is Ben Rhodes when the text introduces him ("First we have Ben Rhodes; he’s the …") or names
him anywhere with a given name ("PRESS CALL BY …", "Ben Rhodes said"); otherwise the person is the label's
name as the text spells it ("Price"). "THE PRESIDENT:" is the one person the text gives the title President
("Remarks by President Biden"), when there is exactly one. The label's name words are then a mention of
that person, which is how a turn's quote gets its speaker.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from .lexicon import NAME_TOKEN, SENTENCE_STARTERS, TITLE_WORDS, is_name_word, name_tokens
from .mentions import Entity, Mention
from .people import PersonHit
from .turns import Turn


def label_hits(
    text: str, turns: Sequence[Turn], hits: Sequence[PersonHit]
) -> tuple[list[tuple[Turn, PersonHit]], list[PersonHit]]:
    """A person hit for each label that names a person, with its turn; and a hit for each full name of such a
    person that the text gives where no other trigger found it."""
    full: dict[str, str] = {}  # family name (folded) -> a full name of two words or more
    known: set[str] = set()  # every word of every name found
    for hit in hits:
        tokens = name_tokens(hit.name)
        known.update(t.casefold() for t in tokens)
        if len(tokens) >= 2:
            full.setdefault(tokens[-1].casefold(), hit.name)
    out: list[tuple[Turn, PersonHit]] = []
    given_names: list[PersonHit] = []
    spelled: dict[str, str | None] = {}
    lowered = ""  # the text in lower case, made for the first label in capitals
    for turn in turns:
        if turn.kind == "person":
            if turn.speaker not in spelled:
                # a label written as a name is written ("Mr. Takeshi Osuga, …:", "Harding:"); one in capitals is
                # looked up in the text
                written = text[turn.name_start:turn.name_start + len(turn.speaker)]
                if written != turn.speaker or written.isupper():
                    lowered = lowered or text.lower()
                spelled[turn.speaker] = written if written == turn.speaker and not written.isupper() else (
                    _spelling(text, turn.speaker, lowered))
            found = spelled[turn.speaker]
            if turn.weak and found is None:
                continue  # "KIRBY:" counts only for a name the text gives
            name = found or turn.speaker
            tokens = name_tokens(name)
            last = tokens[-1].casefold() if tokens else ""
            if turn.weak and last not in known:
                continue
            if last and last not in full and len(tokens) == 1:
                given = _introduced(text, name)
                if given is not None:
                    full[last] = given[2]
                    given_names.append(PersonHit(given[0], given[1], given[2], ()))
            # The label's title is the person's role ("SECRETARY OF DEFENSE PETE HEGSETH:"); an abbreviated one
            # ("SEC. CARTER:") adds nothing to the role the text gives in full.
            titles = ((turn.start, turn.title),) if turn.title and not turn.title.endswith(".") else ()
            # A label of initials ("SFA:") is a mention of the person as long as the initials, not the name.
            end = turn.end if turn.initials else turn.name_start + len(turn.speaker)
            out.append((turn, PersonHit(turn.name_start, end, name, titles)))
        elif turn.kind == "role" and turn.title:
            holder = _titled_person(hits, turn.title)
            if holder is not None:
                out.append((turn, PersonHit(turn.start, turn.end, holder, ((turn.start, turn.title),))))
    return out, given_names


def label_mentions(pairs: Sequence[tuple[Turn, PersonHit]], entities: Sequence[Entity]) -> list[Mention]:
    """The mention each label makes of the person it names (labels whose person is known), in source order."""
    by_surface: dict[str, str] = {}
    for entity in entities:
        if entity.kind == "person":
            for surface in entity.surfaces:
                by_surface.setdefault(surface, entity.name)
    out = []
    for turn, hit in pairs:
        name = by_surface.get(hit.name)
        if name is not None:
            by_role = turn.kind == "role"
            out.append(Mention(hit.start, hit.end, hit.name, name, "person", turn.paragraph, by_role))
    return sorted(out)


def _titled_person(hits: Sequence[PersonHit], title: str) -> str | None:
    """The name of the one person the hits give ``title`` ("President"), if exactly one (by family name)."""
    folded = title.casefold()
    names: dict[str, str] = {}
    for hit in hits:
        if any(role.casefold() == folded for _, role in hit.roles):
            tokens = name_tokens(hit.name)
            if tokens:
                names.setdefault(tokens[-1], hit.name)
    if len(names) != 1:
        return None
    return next(iter(names.values()))


def _spelling(text: str, name: str, lowered: str = "") -> str | None:
    """How the text spells a label's name where it is not in capitals ("MCAULIFFE" -> "McAuliffe"), or None;
    ``lowered`` is ``text.lower()``, in which the name is found by ``str.find`` (a case-blind regex tries every
    position of the text, once per label)."""
    lowered = lowered or text.lower()
    needle = name.lower()
    if len(lowered) != len(text) or len(needle) != len(name):
        return _spelling_by_regex(text, name)  # a letter whose lower case is longer: offsets would not agree
    size = len(needle)
    i = lowered.find(needle)
    while i >= 0:
        end = i + size
        if (i == 0 or not _word_char(text[i - 1])) and (end == len(text) or not _word_char(text[end])):
            surface = text[i:end]
            if not surface.isupper() and surface[:1].isupper():
                return surface
        i = lowered.find(needle, i + 1)
    return None


def _word_char(char: str) -> bool:
    return char.isalnum() or char in "_’'-"


def _spelling_by_regex(text: str, name: str) -> str | None:
    # The name first and the look-behind after it (the same check of the character before the name, from its
    # end): the engine then rejects most positions on their first character, twice as fast as look-behind first.
    for m in re.finditer(rf"{re.escape(name)}(?<![\w’'-](?s:.){{{len(name)}}})(?![\w’'-])", text, re.IGNORECASE):
        surface = m.group()
        if not surface.isupper() and surface[:1].isupper():
            return surface
    return None


def _introduced(text: str, surname: str) -> tuple[int, int, str] | None:
    """The first full name the text gives with this family name ("Ben Rhodes"), as (start, end, name)."""
    for m in _introductions(text, surname):
        words = m.group("given").split()
        at = m.start()
        while words and not _given_word(words[0]):
            at = text.index(words[1], at + len(words[0])) if len(words) > 1 else m.end("given")
            words.pop(0)
        if words:
            return at, m.end(), text[at:m.end()]
    return None


def _introductions(text: str, surname: str) -> Iterator[re.Match[str]]:
    r"""The matches of ``(?<![\w.’'-])(?P<given>(?:NAME_TOKEN\s+){1,2})SURNAME(?![\w’'-])`` in ``text``, as
    ``finditer`` gives them. A match ends with the family name after white space, so the pattern is tried only
    in the two runs of non-space before each place the name stands (found by ``str.find``), not at every
    position of the text: one scan of a long text per label was most of the actors stage on transcripts."""
    pattern = re.compile(rf"(?<![\w.’'-])(?P<given>(?:{NAME_TOKEN}\s+){{1,2}}){re.escape(surname)}(?![\w’'-])")
    if not surname or surname[0].isspace():
        yield from pattern.finditer(text)
        return
    at = 0  # where the last match ended: matches do not overlap
    size = len(surname)
    i = text.find(surname)
    while i >= 0:
        after = text[i + size:i + size + 1]
        if i and text[i - 1].isspace() and not (after and (after.isalnum() or after in "_’'-")):
            lo = i
            for _ in range(2):  # back over white space, then over a run of non-space
                while lo > 0 and text[lo - 1].isspace():
                    lo -= 1
                while lo > 0 and not text[lo - 1].isspace():
                    lo -= 1
            p = max(lo, at)
            while p < i:
                m = pattern.match(text, p)
                if m is None:
                    p += 1
                    continue
                yield m
                p = at = m.end()
        i = text.find(surname, i + 1)


def _given_word(word: str) -> bool:
    """True for a word that may be a given name: not in capitals, not a title, not a sentence's opening word."""
    if (word.isupper() and len(word) > 1) or word in TITLE_WORDS or not is_name_word(word):
        return False
    return word.lower() not in SENTENCE_STARTERS
