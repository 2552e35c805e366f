"""Transcript turns: a speaker label at the start of a paragraph and the words that follow it.

Press-briefing and speech transcripts open each turn with a label: ``MR. PRICE:``, ``SECRETARY BLINKEN:``,
``SENIOR ADMINISTRATION OFFICIAL:``, ``MODERATOR:``, ``Q`` or ``QUESTION:``. A label is

- a question (``Q``, ``Q:``, ``QUESTION:``): the turn is a reporter's, and no quote is made of it; so is a
  turn that asks a question under a "Name, Outlet:" label without a title word (``Ukai, TV Tokyo:``);
- a person: title or courtesy words, then one to three name words (``SEC. CARTER``, ``GOVERNOR MCAULIFFE``,
  ``JOHN KIRBY``); the name is resolved by the actor finder to the person the text introduces
  ("our spokesperson, Ned Price"), else kept as the label's name ("Price");
- a role: anything else holding a title or role word (``MODERATOR``, ``SENIOR ADMINISTRATION OFFICIAL ONE``,
  ``THE PRESIDENT``); kept as written, in title case, unless the actor finder resolves its title to the one
  person the text gives it.

A label may stand alone on its line, its words in the next paragraph (``MR PRICE:``), and a time stamp may come
before it (``[00:02:31] QUESTION:``). Labels are upper case, or in title case when they start with a title or
role word (``Secretary Blinken:``, ``Moderator:``). A bare name without a title (``KIRBY:``, ``JOHN KIRBY:``) is
``weak`` unless it labels two turns or more: a weak label counts only in a text that also has a strong label, and
only when the name is a person's that the text names elsewhere. So a news story's dateline (``PHNOM PENH: Cambodia
will …``) is no transcript.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import groupby
from operator import attrgetter
from typing import Literal

from ...model import Sentence
from ...resources import word_list
from .lexicon import (
    GENERATIONS,
    HONORIFICS,
    MODIFIERS,
    NOT_NAME,
    NUMERALS,
    PORTFOLIOS,
    ROLE_NOUNS,
    TITLE_WORDS,
    TITLES,
    UPPER,
    surname_word,
    title_case,
)

TurnKind = Literal["question", "person", "role"]

TURN_ROLES = word_list("actors/turn_roles.txt")
REPORTER = "reporter"
"""Who asks a question turn."""

_WORD = rf"[{UPPER}][{UPPER}.’'-]*"
# Upper-case label: up to eight words (a number may end it: "OFFICIAL 2"; a title of three words, a name of
# four with its initial and generation: "SECRETARY OF DEFENSE LLOYD J. AUSTIN III"), an optional stage note, a
# colon.
_CAPS = re.compile(
    rf"(?P<label>{_WORD}(?:[ \t]+(?:{_WORD}|\d{{1,2}})){{0,7}}(?:,[ \t]*(?:JR|SR)\.?)?)"
    rf"(?:[ \t]*\([^()\n]{{1,40}}\))?[ \t]*:[ \t]*(?=\S)"
)
_GENERATIONS = NUMERALS
_SUFFIXES = frozenset((*GENERATIONS, *(g + "." for g in GENERATIONS - NUMERALS)))
"""Generation words after a name ("Ferdinand Marcos, Jr.", "Lloyd J. Austin III"): not name words."""
# Title-case label: up to four capitalised words, a colon ("Secretary Blinken:", "Moderator:").
_MIXED = re.compile(rf"(?P<label>[{UPPER}][\w.’'-]*(?:[ \t]+[{UPPER}][\w.’'-]*){{0,3}})[ \t]*:[ \t]*(?=\S)")
# "Q", "Q:", "Q.", "QUESTION:", "Question:" (a bare "Q" needs two spaces or a capital after it).
_QUESTION = re.compile(
    r"(?P<label>QUESTION|Question|Q)(?:[ \t]*:|(?<=Q)(?:[ \t]*\.|[ \t]{2,}|[ \t]+(?=[A-Z(“\"])))[ \t]*(?=\S)"
)
# The answer's label inside a question's paragraph, after the question's last mark ("Q: … What's your comment on
# that? A: I have stated …", as some foreign ministries print their press conferences).
_INLINE_ANSWER = re.compile(r"(?<=[.?!”\"’)])[ \t]+(?P<label>A|Answer|ANSWER)[ \t]*:[ \t]*(?=[A-Z“\"‘])")
# A time stamp before a label ("[00:02:31] QUESTION: …", "(14:05) MR. PRICE: …", "2:12 P.M. MR. KIRBY: …").
_STAMP = re.compile(r"[\[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[AaPp]\.?[Mm]\.?)?[\])]?[ \t]+(?=\S)")
# A label alone in its paragraph, its words in the next one ("MR PRICE:"): a few capitalised words and a colon.
_LABEL_ALONE = re.compile(rf"[{UPPER}][\w.’'-]*(?:,?[ \t]+[\w.’'()-]+){{0,9}}[ \t]*:[ \t]*")
# A name, a comma and the speaker's role: "Mr. MOTEGI Toshimitsu, Minister for Foreign Affairs:", "Mr. Takeshi
# Osuga, Foreign Press Secretary:" (transcripts of some foreign ministries). The role must hold a title word.
_NAME_ROLE = re.compile(
    rf"(?P<label>(?P<name>[{UPPER}][\w.’'-]*(?:[ \t]+[{UPPER}][\w.’'-]*){{0,4}}),[ \t]+"
    rf"(?P<role>[{UPPER}][\w.’'-]*(?:[ \t]+[\w.’'-]+){{0,7}}))[ \t]*:[ \t]*(?=\S)"
)
# A label that gives the speaker's initials in brackets: "Karen Davila (KD):", "Secretary Teodoro L. Locsin, Jr.
# (SFA):"; and a label of such initials: "KD:".
_DEFINES_INITIALS = re.compile(
    rf"(?P<label>[{UPPER}][\w.’'-]*(?:,?[ \t]+[{UPPER}][\w.’'-]*){{1,5}})[ \t]*\((?P<initials>[{UPPER}]{{2,5}})\)"
    rf"[ \t]*:[ \t]*(?=\S)"
)
_INITIALS_LABEL = re.compile(rf"(?P<initials>[{UPPER}]{{2,5}})[ \t]*:[ \t]*(?=\S)")
# Stage notes before the words: "(As interpreted.)", "(Laughter.)".
_NOTES = re.compile(r"(?:\([^()\n]{0,80}\)[ \t]*)+")
_TOKENS = re.compile(r"\S+")
_GIVEN_BEFORE = re.compile(rf"(?<![\w’'-])[{UPPER}][a-z]+(?:\s+[{UPPER}]\.)?\s+$")
_BARE = "\x00bare"
"""The ``title`` of a turn labelled by a family name alone in title case ("Harding:"), until the text shows it."""
_MAX_LOOKS = 20
_NAMED = "\x00named"
"""The ``title`` of a turn labelled by a full name in title case ("Mao Ning:"), until the text shows it titled."""
_MAX_NAME_WORDS = 3
_PARAGRAPH = attrgetter("paragraph")
_PORTFOLIO_WORDS = frozenset(w for p in PORTFOLIOS for w in p.split())


@dataclass(frozen=True, slots=True)
class Turn:
    """One labelled turn of a transcript."""

    paragraph: int
    """Index of the paragraph the label opens."""
    start: int
    """Source offset of the label."""
    end: int
    """Offset one past the label's last word (before the colon)."""
    speech: int
    """Offset of the first spoken word (after the colon and any stage note)."""
    stop: int
    """Offset one past the paragraph's last character; for a question, the start of the answer's label when the
    answer follows in the same paragraph ("… your comment? A: I have stated …")."""
    kind: TurnKind
    """question, person or role."""
    speaker: str
    """person: the label's name words in title case ("Price"); role: the whole label in title case
    ("Senior Administration Official One"); question: "reporter"."""
    title: str = ""
    """The title words of the label ("Secretary", "President" of "THE PRESIDENT"), in title case."""
    name_start: int = -1
    """person: source offset of the name words."""
    weak: bool = False
    """person: a bare name without a title, which counts only when the text names that person elsewhere."""
    initials: bool = False
    """person: the label is the initials the text gave the person at their first label ("SFA:" after
    "Secretary Teodoro L. Locsin, Jr. (SFA):"); ``speaker`` is the name given there."""


# The recent answers of ``find_turns``, by (text, its sentences' number, first and last), oldest first. The figure,
# actor and quote finders ask for the turns of a source in turn; the brief's speakers ask again for every source.
_RECENT: dict[tuple[str, int, Sentence | None, Sentence | None], tuple[Turn, ...]] = {}
_MAX_RECENT = 16


def find_turns(text: str, sentences: Sequence[Sentence]) -> list[Turn]:
    """The labelled turns of a source (``text`` is its text), in order; [] for a text with no strong label. The
    answer for a text and sentences (their number, first and last: the sentences of a text are all of its
    sentences, split once) asked for among the last ``_MAX_RECENT`` is that call's, not worked out again."""
    key = (text, len(sentences), *((sentences[0], sentences[-1]) if sentences else (None, None)))
    known = _RECENT.get(key)
    if known is not None:
        return list(known)
    found = _find_turns(text, sentences)
    if len(_RECENT) >= _MAX_RECENT:
        del _RECENT[next(iter(_RECENT))]
    _RECENT[key] = tuple(found)
    return found


def _find_turns(text: str, sentences: Sequence[Sentence]) -> list[Turn]:
    """``find_turns`` worked out."""
    turns: list[Turn] = []
    defined: dict[str, Turn] = {}  # initials -> the turn whose label gave them
    alone: Turn | None = None  # the turn of a label on a line of its own, whose words are the next paragraph
    for paragraph, run in groupby(sentences, _PARAGRAPH):
        members = list(run)
        start, stop = members[0].start, members[-1].end
        if alone is not None:
            if not members[0].heading and _label_at(text, start, stop) is None:
                speech = _speech(text, start, stop)
                turns.append(replace(alone, paragraph=paragraph, speech=speech, stop=_question_stop(
                    text, speech, stop) if alone.kind == "question" else stop))
            alone = None
        stamp = _STAMP.match(text, start, stop)
        if stamp is not None and stamp.end() < stop:
            start = stamp.end()  # "[00:02:31] QUESTION: …", "(14:05) MR. PRICE: …"
        if members[0].heading or not text[start:start + 1].isupper():
            continue
        if _LABEL_ALONE.fullmatch(text, start, stop) is not None:
            alone = _label_at(text, start, stop)
            continue
        turn = _initials_turn(text, paragraph, start, stop, defined) if "(" in text[start:start + 80] or (
            defined) else None
        if turn is None:
            turn = _turn(text, paragraph, start, stop)
        if turn is not None:
            turns.append(turn)
    turns = [t for t in turns if t.title != _BARE or _introduced(text, t.speaker)]
    turns = [t for t in turns if t.title != _NAMED or _titled_elsewhere(text, t.speaker)]
    bare = Counter(t.speaker for t in turns if t.kind == "person" and t.name_start == t.start)
    named_by_initials = {t.speaker for t in defined.values()}
    turns = [replace(t, weak=True) if t.kind == "person" and t.name_start == t.start and bare[t.speaker] < 2
             and t.title not in (_BARE, _NAMED) and t.speaker not in named_by_initials else t for t in turns]
    if all(t.weak for t in turns):
        return []
    return [replace(t, title="") if t.title in (_BARE, _NAMED) else t for t in turns]


def _label_at(text: str, start: int, stop: int) -> Turn | None:
    """The turn a label alone on its line would open ("MR PRICE:", then the words in the next paragraph), read as
    if words followed its colon; its ``speech`` and ``stop`` are the caller's to set. None for no label."""
    label = text[start:stop].rstrip()
    if not label.endswith(":"):
        return _turn(text, -1, start, stop)  # a paragraph that opens with a label of its own
    probe = text[:start] + label + " x"
    return _turn(probe, -1, start, len(probe))


def _question_stop(text: str, speech: int, stop: int) -> int:
    answer = _INLINE_ANSWER.search(text, speech, stop)
    return answer.start() if answer else stop


def _initials_turn(text: str, paragraph: int, start: int, stop: int, defined: dict[str, Turn]) -> Turn | None:
    """A turn whose label gives the speaker's initials ("Karen Davila (KD): …", "Secretary Teodoro L. Locsin, Jr.
    (SFA): …"), which it records in ``defined``; or one labelled by initials given before ("KD: …"), said by the
    person they stand for. None for any other paragraph."""
    m = _INITIALS_LABEL.match(text, start, stop)
    if m is not None and m.group("initials") in defined:
        first = defined[m.group("initials")]
        return replace(first, paragraph=paragraph, start=start, end=m.end("initials"),
                       speech=_speech(text, m.end(), stop), stop=stop, name_start=start, initials=True)
    m = _DEFINES_INITIALS.match(text, start, stop)
    if m is None:
        return None
    words = [(w.start() + start, w.group()) for w in _TOKENS.finditer(m.group("label"))]
    i = 0
    while i < len(words) and (_title_word(words[i][1]) or words[i][1] in HONORIFICS):
        i += 1
    rest = [w.rstrip(",") for _, w in words[i:] if w.rstrip(",") not in _SUFFIXES]
    if not rest or len(rest) > _MAX_NAME_WORDS + 1 or not all(
            surname_word(w) or (len(w) == 2 and w.endswith(".")) for w in rest):
        return None
    title = " ".join(w for _, w in words[:i] if w not in HONORIFICS)
    turn = Turn(paragraph, start, m.end("label"), _speech(text, m.end(), stop), stop, "person",
                text[words[i][0]:m.end("label")], title, words[i][0])
    defined[m.group("initials")] = turn
    return turn


def _turn(text: str, paragraph: int, start: int, stop: int) -> Turn | None:
    q = _QUESTION.match(text, start, stop)
    if q is not None:
        speech = _speech(text, q.end(), stop)
        return Turn(paragraph, start, q.end("label"), speech, _question_stop(text, speech, stop), "question",
                    REPORTER)
    colon = text.find(":", start, min(stop, start + 80))
    if colon < 0:
        return None
    named = _NAME_ROLE.match(text, start, stop)
    if named is not None:
        speech = _speech(text, named.end(), stop)
        turn = _named_with_role(named, paragraph, speech, stop)
        if turn is not None:
            return turn
        if _asks(named, text, speech, stop):
            return Turn(paragraph, start, named.end("label"), speech, stop, "question", REPORTER)
    m = _CAPS.match(text, start, stop)
    mixed = m is None
    if m is None:
        m = _MIXED.match(text, start, stop)
        if m is None:
            return None
    label_start, label_end = m.span("label")
    words = [(w.start() + label_start, w.group()) for w in _TOKENS.finditer(m.group("label"))]
    if len(words) == 1 and len(words[0][1].rstrip(".")) < 2:
        return None  # "A:" of a question-and-answer list
    return _classify(words, paragraph, label_start, label_end, _speech(text, m.end(), stop), stop, mixed)


def _named_with_role(m: re.Match[str], paragraph: int, speech: int, stop: int) -> Turn | None:
    """A "Name, Role:" label as a person's turn: the name one to three name words after courtesy words ("Mr."),
    the role holding a title word. Without courtesy words the label is weak (one such paragraph makes no
    transcript)."""
    words = [(w.start() + m.start("name"), w.group()) for w in _TOKENS.finditer(m.group("name"))]
    i = 0
    while i < len(words) and words[i][1] in HONORIFICS:
        i += 1
    rest = [w for _, w in words[i:]]
    if not rest or len(rest) > _MAX_NAME_WORDS or not all(surname_word(title_case(w)) for w in rest):
        return None
    role_words = m.group("role").split()
    if not any(w in TITLE_WORDS or w in TITLES or w.lower() in ROLE_NOUNS for w in role_words):
        return None
    name_start = words[i][0]
    speaker = m.group("name")[name_start - m.start("name"):]
    return Turn(paragraph, m.start("label"), m.end("label"), speech, stop, "person", speaker, m.group("role"),
                name_start, weak=i == 0)


def _asks(m: re.Match[str], text: str, speech: int, stop: int) -> bool:
    """True for a "Name, Outlet:" label of a press conference ("Ukai, TV Tokyo:", "Chijiwa, TV Asahi:", "Said Arikat,
    Al-Quds:"): one or two capitalised words (a reporter's name may be a word of any kind), a role without a
    title word, and a turn that asks a question: a reporter's turn."""
    name = m.group("name").split()
    return (
        len(name) <= 2
        and all(w[:1].isupper() and w.replace("-", "").replace("’", "").replace("'", "").isalpha() for w in name)
        and "?" in text[speech:stop]
    )


def _speech(text: str, at: int, stop: int) -> int:
    notes = _NOTES.match(text, at, stop)
    return notes.end() if notes is not None and notes.end() < stop else at


def _classify(
    words: list[tuple[int, str]], paragraph: int, start: int, end: int, speech: int, stop: int, mixed: bool
) -> Turn | None:
    cased = [w if mixed or (k and w in _GENERATIONS) else title_case(w) for k, (_, w) in enumerate(words)]
    first = 1 if cased[0] == "The" else 0
    i = first
    # A title runs on over the link words inside it: "SECRETARY OF DEFENSE PETE HEGSETH" is the Secretary of
    # Defense, Pete Hegseth ("Of" between two title words is written in lower case).
    while i < len(cased) and (
        _title_word(cased[i])
        or (i > first and cased[i].lower() in _TITLE_LINKS and i + 1 < len(cased) and _title_word(cased[i + 1]))
    ):
        i += 1
    title = " ".join(w.lower() if w.lower() in _TITLE_LINKS else w for w in cased[first:i] if w not in HONORIFICS)
    rest = cased[i:]
    plain = [w.rstrip(",") for w in rest if w not in _SUFFIXES]  # "Ferdinand Marcos, Jr."
    if plain and not first and len(plain) <= _MAX_NAME_WORDS and all(surname_word(w) for w in plain) and not any(
        w.lower() in TURN_ROLES or w.lower() in ROLE_NOUNS for w in plain
    ):
        titled = i > 0
        if mixed and not titled and len(rest) == 1 and len(words) == 1:
            # "Harding: Since taking office …" (an interview): a family name alone, kept only where the text
            # gives the full name ("Brian Harding")
            return Turn(paragraph, start, end, speech, stop, "person", rest[0], _BARE, words[0][0])
        if mixed and not titled:
            if len(rest) == len(words) and len(rest) <= _MAX_NAME_WORDS:
                # "Mao Ning: Tanzania is …": a full name, kept only where the text gives it after a title
                # elsewhere ("Foreign Ministry Spokesperson Mao Ning’s Regular Press Conference")
                return Turn(paragraph, start, end, speech, stop, "person", " ".join(rest), _NAMED, words[0][0])
            return None  # "Washington Post:": a title-case label is trusted only with a title
        return Turn(paragraph, start, end, speech, stop, "person", " ".join(rest), title, words[i][0],
                    weak=not titled and len(rest) < 2)
    lowered = [w.lower() for w in cased]
    if i > first or any(w in TURN_ROLES or w in ROLE_NOUNS for w in lowered):
        return Turn(paragraph, start, end, speech, stop, "role", " ".join(cased), title if not rest else "")
    return None


_TITLE_LINKS = frozenset(("of", "for", "and", "the"))


def _introduced(text: str, surname: str) -> bool:
    """True when the text gives a full name ending in ``surname`` ("Brian Harding") outside a label: each place
    the family name stands (found by ``str.find``) is looked at, not the whole text by a pattern."""
    at = text.find(surname)
    while at >= 0:
        end = at + len(surname)
        if not text[end:end + 1].isalnum() and not text[end:end + 2].lstrip().startswith(":") and (
                _GIVEN_BEFORE.search(text, max(0, at - 40), at) is not None):
            return True
        at = text.find(surname, end)
    return False


@functools.lru_cache(maxsize=16)
def _titled_elsewhere(text: str, name: str) -> bool:
    """True when the text writes ``name`` right after a title or role word outside a label ("Spokesperson Mao
    Ning’s Regular Press Conference"): the first ``_MAX_LOOKS`` places the name stands (found by ``str.find``)
    are looked at; the answer is kept per text and name (the actor finder and the quote finder both ask)."""
    at = text.find(name)
    for _ in range(_MAX_LOOKS):
        if at < 0:
            break
        end = at + len(name)
        before = text[max(0, at - 40):at].split()
        if before and not text[end:end + 2].lstrip().startswith(":") and (
                _title_word(before[-1]) or before[-1].lower() in ROLE_NOUNS) and before[-1] not in HONORIFICS:
            return True
        at = text.find(name, end)
    return False


def _title_word(word: str) -> bool:
    return word in TITLE_WORDS or word in TITLES or word in MODIFIERS or word in HONORIFICS or (
        word in _PORTFOLIO_WORDS and word in NOT_NAME
    )
