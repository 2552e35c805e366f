"""Who says a summary item: a sentence in a speaker's own words outside quotation marks names its speaker.

In a transcript or a record of remarks, a speaker's turn ("SECRETARY HEGSETH: Our storied alliance …")
is speech without quotation marks, and it goes on over the following paragraphs until the next
speaker's turn. A sentence chosen from it reads "we", "I", "our" with no one named; the brief must
say whose words they are. Turns are the quotes whose words stand without quotation marks around them
in the source (``analyze.quotes`` reads speaker labels as quotes). A text whose title says it is one
person's words ("Remarks by Ambassador Linda Thomas-Greenfield at …") has no turns: its first-person
sentences are that person's (the title words are in ``data/summary_signals.toml``). A speaker is shown
by the name of the person found in it ("Herman Van Rompuy" for "President of the European Council
Herman Van Rompuy") when there is one.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache

from ...model import Quote, Sentence, Source, SummaryItem
from ...resources import data_toml
from ..actors.lexicon import GENERATIONS, NUMERALS
from ..actors.turns import find_turns

_QUOTE_MARKS = "“”\"‘’'«»„"


@dataclass(frozen=True, slots=True)
class Turns:
    """The speaker turns of each source, in source order."""

    starts: Mapping[str, list[int]]
    """Per source id, where each turn starts."""
    turns: Mapping[str, list[tuple[int, int, int, str]]]
    """Per source id, each turn's (start, end, paragraph, speaker), parallel to ``starts``."""
    headings: Mapping[str, frozenset[int]]
    """Per source id, the indices of its heading paragraphs (a turn does not run past one)."""
    speech: Mapping[str, str] = field(default_factory=dict)
    """Per source id, the one speaker whose words the title says the text is (none for a joint one)."""
    people: tuple[str, ...] = ()
    """Names of the persons found, longest first: a speaker is shown by the one inside it."""
    quoted: Mapping[str, list[tuple[int, int, str]]] = field(default_factory=dict)
    """Per source id, each quotation in quotation marks with a speaker: (start, end, speaker), in order."""


ASKER = "Reporter"
"""The speaker of an item from a reporter's question turn."""


@cache
def _hosts() -> frozenset[str]:
    return frozenset(data_toml("summary_signals.toml")["hosts"]["words"])


_GENERATIONS = frozenset((*(g.lower() for g in GENERATIONS), *(g.lower() + "." for g in GENERATIONS - NUMERALS)))
"""Generation words after a name, in lower case ("jr.", "iii"): no family name."""


def family_name(speaker: str) -> str:
    """A speaker's last name word, in lower case, generation words aside ("Lloyd J. Austin III" -> "austin"; a
    role's last word: "moderator")."""
    name = [w for w in speaker.replace(",", " ").split() if w.lower() not in _GENERATIONS]
    return name[-1].lower() if name else ""


def _in_title(words: str, title: str) -> bool:
    return bool(words) and re.search(rf"(?<![\w-]){re.escape(words)}(?![\w-])", title, re.IGNORECASE) is not None


def _by_source(sentences: Sequence[Sentence]) -> dict[str, list[Sentence]]:
    """The sentences of each source, in order (one pass over them all, not one per source)."""
    out: dict[str, list[Sentence]] = {}
    for s in sentences:
        out.setdefault(s.source, []).append(s)
    return out


def voices(sources: Sequence[Source], sentences: Sequence[Sentence]) -> dict[str, frozenset[str]]:
    """Per transcript whose title names one of its speakers or more ("Secretary of Defense Austin Answers Questions
    at the Shangri-La Dialogue"), the family names (``family_name``) of the speakers its title names by name or by
    the title of their label ("Secretary of Defense Bilateral in Honor of … Marcos" names "SECRETARY OF DEFENSE
    PETE HEGSETH" too): the text is theirs, and the others' words (who chairs, who calls on the reporters) are
    not its message."""
    out: dict[str, frozenset[str]] = {}
    by_source = _by_source(sentences)
    for source in sources:
        if ":" not in source.text or not source.title:
            continue
        named = {
            family_name(t.speaker) for t in find_turns(source.text, by_source.get(source.id, []))
            if t.kind != "question" and (_in_title(family_name(t.speaker), source.title)
                                         or (t.kind == "person" and _in_title(t.title, source.title)))
        }
        named.discard("")
        if named:
            out[source.id] = frozenset(named)
    return out


def presides(speaker: str) -> bool:
    """True for a speaker named by the role of who runs the briefing or call ("Moderator", "Staff", "Operator"; the
    words are in ``data/summary_signals.toml``): their words introduce and hand over, and state no side's view."""
    return any(w in _hosts() for w in speaker.lower().split())


@dataclass(frozen=True, slots=True)
class Question:
    """Where a reporter's question stands in a transcript."""

    source: str
    """Source id."""
    paragraph: int
    """Index of its paragraph."""
    start: int
    """Source offset of its label (of the paragraph, for a paragraph that goes on with the question)."""
    stop: int
    """Offset one past its last character: the paragraph's end, or the answer's label in the same paragraph."""
    asked: bool
    """True when it has asked (a question mark) by its end: what follows without a label of its own is the
    answer, not the question going on."""


def question_turns(sources: Sequence[Source], sentences: Sequence[Sentence]) -> tuple[Question, ...]:
    """Every reporter's question of a transcript ("QUESTION: …", "Ukai, TV Tokyo: …"): what a reporter asks,
    and the claims a question puts forward ("China says the ships entered its waters illegally. Do you accept
    that?"), are no one's statement in the source. A question goes on over the next paragraphs without a label
    until it has asked, and then over those that ask more ("And on Taiwan, …?"); an answer that follows it
    without a label ("Q. How will the EU …?" then the answer), or after an answer label in its paragraph
    ("… your comment? A: I have stated …"), is not the reporter's."""
    out: list[Question] = []
    by_source = _by_source(sentences)
    for source in sources:
        if ":" not in source.text and "Q." not in source.text:
            continue
        turns = find_turns(source.text, by_source.get(source.id, []))
        labelled = {t.paragraph for t in turns}
        paragraphs = {p.index: p for p in source.paragraphs}
        for t in turns:
            if t.kind != "question":
                continue
            asked = "?" in source.text[t.speech:t.stop]
            out.append(Question(source.id, t.paragraph, t.start, t.stop, asked))
            if t.stop < paragraphs[t.paragraph].end:
                continue  # answered in its own paragraph
            at = t.paragraph + 1
            while at in paragraphs and at not in labelled and not paragraphs[at].heading:
                more = "?" in paragraphs[at].text
                if asked and not more:
                    break
                asked = asked or more
                out.append(Question(source.id, at, paragraphs[at].start, paragraphs[at].end, asked))
                at += 1
    return tuple(out)


def speaker_turns(
    sources: Sequence[Source], quotes: Sequence[Quote], people: Sequence[str] = (),
    asked: Sequence[Question] = (),
) -> Turns:
    """The quotes that are speech without quotation marks (speaker turns), by source; ``people`` are the names
    of the persons found; ``asked`` the reporters' questions (``question_turns``), said by ``ASKER``: the answer
    before a question does not go on into it, and a question that has asked goes on into no answer after it
    (what follows it without a label is no one's turn, or the title's speaker's)."""
    texts = {s.id: s.text for s in sources}
    by_source: dict[str, list[tuple[int, int, int, str]]] = {}
    for question in asked:
        asked_spans = by_source.setdefault(question.source, [])
        asked_spans.append((question.start, question.stop, question.paragraph, ASKER))
        if question.asked:
            asked_spans.append((question.stop, question.stop, question.paragraph, ""))
    quoted: dict[str, list[tuple[int, int, str]]] = {}
    for q in quotes:
        text = texts.get(q.cite.source)
        if text is None:
            continue
        if _quoted(text, q.cite.start, q.cite.end):
            if q.speaker:
                quoted.setdefault(q.cite.source, []).append((q.cite.start, q.cite.end, q.speaker))
            continue
        by_source.setdefault(q.cite.source, []).append((q.cite.start, q.cite.end, q.cite.paragraph, q.speaker))
    for turns in by_source.values():
        turns.sort()
    for spans in quoted.values():
        spans.sort()
    return Turns(
        {s: [t[0] for t in turns] for s, turns in by_source.items()},
        by_source,
        {s.id: frozenset(p.index for p in s.paragraphs if p.heading) for s in sources},
        {s.id: who for s in sources if (who := title_speaker(s.title))},
        tuple(sorted(set(people), key=len, reverse=True)),
        quoted,
    )


def spoken(item: SummaryItem, turns: Turns) -> SummaryItem:
    """The item with its speaker when it lies in a speaker's turn or in a paragraph that continues one, or is
    (part of) a quotation whose speaker the quotes found."""
    in_quote = _quotation_speaker(item, turns)
    if in_quote:
        return replace(item, speaker=_shown(in_quote, turns.people))
    starts = turns.starts.get(item.cite.source)
    if not starts:
        return _title_spoken(item, turns)
    i = bisect.bisect_right(starts, item.cite.start) - 1
    if i < 0:
        return item
    start, end, paragraph, speaker = turns.turns[item.cite.source][i]
    inside = start <= item.cite.start < end
    # The rest of a turn's paragraph, and a later paragraph with no turn of its own, continue the last turn,
    # unless a heading comes between.
    continues = (
        not inside
        and item.cite.paragraph >= paragraph
        and (i + 1 == len(starts) or turns.turns[item.cite.source][i + 1][2] > item.cite.paragraph)
        and not any(paragraph < h <= item.cite.paragraph for h in turns.headings.get(item.cite.source, ()))
    )
    if (inside or continues) and speaker:
        return replace(item, speaker=_shown(speaker, turns.people))
    if (inside or continues) and start == end:
        return _title_spoken(item, turns)  # the answer after a question, without a label of its own
    return item


def _title_spoken(item: SummaryItem, turns: Turns) -> SummaryItem:
    """The item said by the one speaker the title names, when it speaks in the first person."""
    who = turns.speech.get(item.cite.source)
    if who and first_person(item.text):
        return replace(item, speaker=_shown(who, turns.people))
    return item


def _quotation_speaker(item: SummaryItem, turns: Turns) -> str:
    """The speaker of the quotation an item's words are in: the item is quoted speech (``is_quotation``) and
    overlaps a quotation with a speaker."""
    if not is_quotation(item.text):
        return ""
    c = item.cite
    for start, end, speaker in turns.quoted.get(c.source, ()):
        if start < c.end and c.start < end:
            return speaker
    return ""


def is_quotation(text: str) -> bool:
    """True when a sentence is quoted speech, whole or in part: it opens with a quotation mark, or its quotation
    marks do not pair up (a quotation that began in an earlier sentence or goes on in the next one)."""
    if text.lstrip().startswith(("“", '"', "‘")):
        return True
    return text.count("“") != text.count("”") or text.count('"') % 2 == 1


def _shown(speaker: str, people: Sequence[str]) -> str:
    """The name of the person found inside ``speaker`` (a title and a name), else ``speaker``."""
    for name in people:
        if name in speaker:
            return name
    return speaker


@cache
def _speech_title() -> tuple[re.Pattern[str], frozenset[str], re.Pattern[str]]:
    data = data_toml("summary_signals.toml")["speech_titles"]
    nouns = "|".join(re.escape(n) for n in sorted(data["nouns"], key=len, reverse=True))
    links = "|".join(re.escape(w) for w in data["links"])
    ends = "|".join(re.escape(w) for w in data["ends"])
    pattern = re.compile(
        rf"^(?:\w+\s+)?(?:{nouns})\s+(?:{links})\s+(?P<who>.+?)(?:\s+(?:{ends})\s|[,:;(–—]|$)", re.IGNORECASE
    )
    possessed = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(data["possessed"], key=len,
                                                                            reverse=True))
    # A title and a name, capitalised words only, in the possessive: "Spokesperson Geng Shuang's Regular Press
    # Conference", "Secretary Blinken's Remarks" (not "China's Regular …": one word names no speaker).
    owner = re.compile(
        rf"^(?P<who>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)+)[’']s\s+(?:[A-Za-z-]+\s+){{0,2}}?(?i:{possessed})\b"
    )
    return pattern, frozenset(data["first_person"]), owner


def title_speaker(title: str) -> str:
    """The speaker a title names as the text's one voice ("Remarks by Ambassador X at …" -> "Ambassador X",
    "Spokesperson X's Regular Press Conference on …" -> "Spokesperson X"); empty for other titles and for joint
    remarks ("… by President Obama and President Quang …")."""
    m = _speech_title()[0].match(title.strip()) or _speech_title()[2].match(title.strip())
    if m is None:
        return ""
    who = m.group("who").strip()
    if re.search(r"\b(?:and|&)\b", who) or not who[:1].isupper():
        return ""
    return who


_WORD = re.compile(r"[^\W\d_]+(?:[’'][^\W\d_]+)?")
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")


def first_person(text: str) -> bool:
    """True when ``text`` speaks in the first person outside quotation marks ("We value …"; "US" is no "us")."""
    words = _speech_title()[1]
    return any(w.lower() in words and w != "US" for w in _WORD.findall(_QUOTED.sub(" ", text)))


def _quoted(text: str, start: int, end: int) -> bool:
    """True when quotation marks enclose ``text[start:end]``."""
    before = text[max(0, start - 2) : start].strip()
    after = text[end : end + 2].strip()
    return (bool(before) and before[-1] in _QUOTE_MARKS) or (bool(after) and after[0] in _QUOTE_MARKS)
