"""Find quoted speech and its speaker: “…,” Prak Sokhonn said; “…,” he added (the last person named).

Quotes are looked for per paragraph, so one that opens in a sentence and closes in the next is one
quote. Double quotes (curly or straight) count as speech when they hold at least four words and are
not a title-case name; single curly quotes only with an explicit attribution next to them. A quote
with no attribution of its own continues the speaker of the quote before it in the paragraph. The
quote's text and citation are the words inside the marks, without a trailing comma. Marks may be mixed
(“…", "…”, "…''). A speaker named only by a role keeps the role as written ("a government spokesman",
"the weather service in Seattle"). Titles of books, reports and films in quotation marks are no quotes (a long
quotation closed by a comma and attributed by a speech verb is speech, however capitalised). A "he"/"she" that
is itself the subject of the quote's sentence means someone named before that sentence; the object of a
preposition ("speaking at a press briefing said") is no speaker; an attribution ending the sentence ("…,” the
bureau said.") names the sentence's quotes. A paragraph ending "… said:" hands its first-named person to a
quotation filling the next paragraph, which may open with a straight mark it never closes (news stories close
a quotation of several paragraphs only in the last).

Transcripts: each labelled turn ("MR. PRICE:", "MODERATOR:", "SENIOR ADMINISTRATION OFFICIAL:") is a quote
of its first sentence or so (at least eight words, at most three sentences), without the label or a stage
note such as "(As interpreted.)"; its speaker is the person the actor finder resolved the label to, else
the label as written in title case ("Moderator"). Reporters' questions ("Q", "QUESTION:") make no quote:
a brief lists what the actors said, and a question is no statement of theirs.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import groupby

from .._speed.gc_pause import without_gc
from .._speed.regex_cache import compile_cached
from ..model import Cite, Quote, Sentence, Source
from ..resources import word_list
from .actors.lexicon import (
    AFFILIATION,
    MODIFIER_RE,
    NAME,
    ORG_WORDS,
    PARTICLE_RE,
    ROLE_NOUN_RE,
    ROLE_NOUNS,
    SPEECH_VERB_RE,
    TITLE_RE,
    TITLES,
    UPPER,
    is_name_word,
    name_tokens,
)
from .actors.mentions import Mention
from .actors.turns import Turn, find_turns

_MIN_WORDS = 4
_NAME_ONLY = compile_cached(rf"{NAME}[\s,.;]*")
_TURN_WORDS = 8
_TURN_SENTENCES = 3
# Curly or straight marks, also mixed as texts mix them: “…", "…”, and "…'' (two apostrophes for the closing mark).
_DOUBLE = compile_cached(
    r"“(?P<in>[^“”\"]+)(?:”|\"(?!\w)|$)"
    r"|(?<![\w])\"(?P<st>[^\"“”\n]+?)(?:\"(?!\w)|”|''(?!\w))"
)
_SINGLE = compile_cached(r"(?<![\w])‘(?P<in>(?:[^‘’]|’(?=\w))+)’(?!\w)")
_OPENERS = {False: ("“", '"'), True: ("‘",)}
"""The marks that can open a match of ``_DOUBLE`` (False) and ``_SINGLE`` (True)."""


# An adverb between the speaker and the speech verb: "He only said: “…”", "…,” she later added".
_ADVERB = r"(?:(?:" + "|".join(sorted(word_list("quote_speech_adverbs.txt"))) + r")\s+)?"


# A role written before the speaker's name: "Foreign Ministry spokesperson Mao Ning told …".
_ROLE_BEFORE = (
    rf"(?:(?:(?:(?:[A-Z]\.)+|[\w’'&-]+)(?:\s+|/)){{0,4}}(?i:{TITLE_RE}|{ROLE_NOUN_RE})\s+"
    rf"(?:(?:to|for|of|in)\s+(?:the\s+)?(?:(?:(?:[A-Z]\.)+|[{UPPER}][\w’'-]*|and|&)\s+){{1,4}}?(?=[{UPPER}]))?)?"
)
# A speaker named only by a role, kept as written: "a government spokesman", "the weather service in Seattle".
_PHRASE_WORD = r"(?:(?:[A-Z]\.)+|[\w’'&-]+)"
_PHRASE = rf"(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:{_PHRASE_WORD}\s+){{0,6}}?{_PHRASE_WORD}"


# "… 51-year-old farmer Zhu Kaifa from Damaidi Village said": where the speaker is from, between name and verb.
_FROM_PLACE = r"\s+from\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}"


def _who(tag: str) -> str:
    """Who speaks: a pronoun, a role ("the minister") or a name; groups named with ``tag``."""
    return (
        rf"(?:(?P<pron{tag}>[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|[Ii]t)"
        rf"|(?P<role{tag}>[Tt]he\s+(?:(?i:{MODIFIER_RE})\s+)*(?i:{TITLE_RE}))"
        rf"|{_ROLE_BEFORE}(?:{AFFILIATION})?(?P<name{tag}>(?:{PARTICLE_RE}\s+)?{NAME})|(?P<phrase{tag}>{_PHRASE}))"
    )


# "…,” Prak Sokhonn said" / "…,” he added" / "…,” said Hun Sen" / "…,” Kim, the minister, said".
_AFTER = compile_cached(
    rf"\s*[,.]?\s*(?:(?:\d{{1,3}}-year-old\s+)?{_who('')}(?:,[^,“”\"]{{1,80}},|{_FROM_PLACE})?"
    rf"\s+{_ADVERB}{SPEECH_VERB_RE}\b"
    rf"|{SPEECH_VERB_RE}\s+(?:\d{{1,3}}-year-old\s+)?{_who('2')})"  # "…,” says 24-year-old Pankaj"
)
# "Prak Sokhonn said: “…" / "He added that “…" / "the minister told reporters, “…".
_BEFORE = compile_cached(
    rf"{_who('')}(?:,[^,“”\"]{{1,80}},)?\s+{_ADVERB}{SPEECH_VERB_RE}\b[^“”\".!?]{{0,120}}?(?:[:,]|\s+that)?\s*$"
)
# "Clinton also shared his condolences on X writing, “…": the speaker, what they did, then a participle of speech.
_BEFORE_PARTICIPLE = compile_cached(
    rf"{_who('')}\s+(?:[\w’'.-]+\s+){{1,10}}?(?:saying|writing|adding|noting|declaring|stating|telling\s+\w+)"
    r"\s*[:,]?\s*$"
)
_BEFORE_END = compile_cached(rf"{SPEECH_VERB_RE}\b[^“”\".!?]{{0,120}}?(?:[:,]|\s+that)?\s*$")
"""How every match of ``_BEFORE`` ends: a speech verb, then up to the quote (see ``_before``)."""
_PARTICIPLE_END = compile_cached(r"(?:saying|writing|adding|noting|declaring|stating|telling\s+\w+)\s*[:,]?\s*$")
_PRONOUNS = {"he", "she"}
_IT = "\x00it"
"""What ``_speaker`` gives for "it said": the body that spoke last (a ministry, a bureau), found by the caller."""
# A sentence whose subject is "he"/"she" ("Then, he recalled that … Lasso, “…,” he said"): the people it names
# before the quote are objects, and the pronoun means someone named before the sentence.
_PRONOUN_SUBJECT = compile_cached(r"(?:[\w’'-]+(?:\s+[\w’'-]+){0,3},\s+)?(?:[Hh]e|[Ss]he)\s+(?!said\b)[a-z]")
# The attribution that ends the sentence of a quote: "… “high-quality development,” the bureau said."
_TAIL = compile_cached(
    rf"(?:,|,?[”\"’])\s*{_who('')}\s+{_ADVERB}{SPEECH_VERB_RE}\.?[”\"]?\s*$"
)
_MARKS = compile_cached(r"[\"“”]|''")
# The rest of a role phrase after a speech verb, to its clause's end: "a 45-year-old| farmer| who asked …".
_PHRASE_REST = compile_cached(
    r"(?:\s+(?!(?:who|which|that|and|in|at|on|of|from|to|with)\b)[a-z][\w’'-]*){1,4}(?=[\s,.;:])"
)
# A name set off by a comma after a role phrase: "one resident, Maria Santos".
_APPOSED_NAME = compile_cached(rf",\s+(?P<name>{NAME})")
_LEAD_IN = compile_cached(rf"\b{SPEECH_VERB_RE}\s*:\s*$")
# "“…,” according to a statement from Ukraine’s Foreign Ministry" / "according to the bureau": the source named.
_ACCORDING = compile_cached(
    r"\s*[,.]?\s*according\s+to\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+)?(?:statement|release|readout|transcript)"
    r"\s+(?:from|by|of|issued\s+by)\s+)?"
    r"(?P<src>(?:the\s+)?(?:[A-Z][\w’'.&-]*\s+(?:(?:of|for|and|on)\s+)?){0,5}[A-Z][\w’'.&-]*"
    r"|the\s+[a-z]+(?:\s+[a-z]+)?(?=\s*[,.;]))"
)
# A body before "said" with nothing of another quote or sentence between it and the quote: "The US State
# Department said …", "Singapore's Ministry of Foreign Affairs (MFA) said …".
_BODY_SAID = compile_cached(
    r"(?<![\w’'-])(?P<body>(?:[Tt]he\s+)?(?:[A-Z][\w.-]*['’]s\s+)?[A-Z][\w’'.&-]*"
    r"(?:\s+(?:(?:of|for|and|on|the)\s+)*[A-Z][\w’'.&-]*){0,6})(?:\s+\([A-Z]{2,8}\))?\s+said\s+[^“”\".!?]{0,160}$"
)
# "…, who says “…": a relative clause of speech right before the quote.
_WHO_SAYS = compile_cached(rf",\s+who\s+(?:also\s+)?{SPEECH_VERB_RE}\b[^“”\".!?,]{{0,60}}?[:,]?\s*$")
# "Statement by Secretary of Defense ", "Remarks by ": a heading's words before its author's name and titles.
_BY_AUTHOR = compile_cached(
    r"(?:Statement|Remarks|Message|Letter|Op-Ed|Readout)\s+(?:by|from|of)\s+(?:(?:[A-Z][\w.’'-]*|of|the|for)\s+){0,8}$"
)
_AUTHOR_PARAGRAPHS = 1
"""The paragraphs (from 0) where a statement's heading may name its author."""
_AGE_NOUN = compile_cached(r"\d{1,3}-year-old")
_PERSON_HEADS = frozenset({*(n.lower() for n in ROLE_NOUNS), *(t.split()[-1].lower() for t in TITLES)})
"""Last words of role phrases that name a person ("servant", "spokesman", "minister")."""
_EPITHET_BACK = 600
"""How far back the person a role phrase such as "the civil servant" refers to may be named."""
_NATIONAL_GAP = 40
"""How far a nationality may stand before the name it qualifies ("Brazilian President-elect Lula")."""
_PREPOSITIONS = word_list("actors/place_prepositions.txt")
_LONG_SPEECH = 8
"""Words from which a quotation closed by a comma and attributed by a speech verb is speech, not a title."""
# The name of an event or a campaign right before the quotation marks (no comma: "told the forum, “…”" is speech).
_EVENT_BEFORE = compile_cached(
    r"(?<![\w-])(?:" + "|".join(map(re.escape, sorted(word_list("quote_event_nouns.txt")))) + r")\s*$",
    re.IGNORECASE,
)
_WORK_BEFORE = compile_cached(
    r"(?<![\w-])(?:titled|entitled|book|report|study|paper|film|documentary|novel|article|essay|song|album|"
    r"play|series|memoir|poem|op-ed)\s*,?\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class _Span:
    start: int
    end: int
    single: bool
    open: int
    """Offset of the opening mark."""
    close: int
    """Offset one past the closing mark (or the paragraph's end for an unclosed quote)."""


@without_gc
def find_quotes(source: Source, sentences: Sequence[Sentence], mentions: Sequence[Mention]) -> list[Quote]:
    """Quotes of one source in source order, each with its speaker's canonical name when known;
    ``mentions`` are the source's actor mentions (``actor_findings``), of which people name speakers."""
    paragraphs = [list(group) for _, group in groupby(sentences, key=lambda s: s.paragraph)]
    spans = {
        id(p[0]): sorted(_quote_spans(source.text, p[0].start, p[-1].end), key=lambda q: q.start) for p in paragraphs
    }
    inside = sorted((s.start, s.end) for found in spans.values() for s in found)
    spans_found = bool(inside)
    people = [m for m in mentions if m.kind == "person" and not _within(inside, m.start)]
    starts = [m.start for m in people]
    known = {m.name for m in people}
    quotes: list[Quote] = []
    carried = lead_in = body = ""
    author = _author(source.text, people) if spans_found else ""
    before: Sequence[Sentence] = ()
    nationals = _nationals(mentions) if spans_found else {}
    for paragraph in paragraphs:
        # A paragraph that is one quote and nothing else goes on with the speaker of the paragraph before
        # (news stories run a speaker's words over several paragraphs).
        found = spans[id(paragraph[0])]
        whole = len(found) == 1 and _whole_paragraph(source.text, found[0], paragraph)
        previous = (carried or lead_in or _introduced(source.text, before, people, starts) or author) if whole else ""
        carried = ""
        lead_in = _lead_in(source.text, paragraph, people, starts)
        for span in found:
            speaker, attributed, named = _speaker(source.text, span, paragraph, people, starts)
            if attributed and not named and speaker[:4].lower() == "the " and nationals:
                # "“…,” the Brazilian added": the person the text calls Brazilian ("Lula, Brazilian President-elect")
                speaker = _national(nationals, speaker[4:], span.open) or speaker
            if attributed and not named and speaker[:4].lower() == "the " and speaker not in known and _epithet(
                    speaker) and not _unnamed_before(source.text, speaker.split()[-1], span.open):
                # "“…,” the civil servant said": the person the story last made a subject, named before
                speaker = _subject_before(source.text, people, starts, span.open) or speaker
            if speaker == _IT:
                speaker = body  # "“…,” it added": the ministry or bureau quoted last
            elif speaker and not named and speaker not in known:
                body = speaker
            if named and speaker not in known:
                # A speaker named only in the attribution ("Marles said") is who a later "he" means; a role
                # phrase ("the space agency said") is no one a "she" can mean.
                at = bisect.bisect_left(starts, span.open)
                starts.insert(at, span.open)
                people.insert(at, Mention(span.open, span.open, speaker, speaker, "person", paragraph[0].paragraph))
                known.add(speaker)
            if _titled_work(source.text, span) and not (attributed and _said_in_full(source.text, span)):
                continue
            if not attributed:
                if span.single or not _speech_like(source.text[span.start:span.end]) or _term(source.text, span):
                    continue
                speaker = previous
            previous = carried = speaker
            quotes.append(Quote(speaker, source.text[span.start:span.end],
                                Cite(source.id, paragraph[0].paragraph, span.start, span.end)))
        before = paragraph
    turns = find_turns(source.text, sentences)
    if turns:
        quotes.extend(_turn_quotes(source, turns, paragraphs, mentions))
        quotes.sort(key=lambda q: q.cite.start)
    return quotes


def _author(text: str, people: Sequence[Mention]) -> str:
    """The person a statement is by, when its heading says so ("Statement by Secretary of Defense Lloyd J. Austin
    III on …", "Remarks by Ambassador …"): who a paragraph that is one quote and nothing else, with no speaker
    before it, is said by. "" when the text's first paragraphs name no such author."""
    for mention in people:
        if mention.paragraph > _AUTHOR_PARAGRAPHS:
            break
        if mention.start < mention.end and _BY_AUTHOR.search(text, max(0, mention.start - 80), mention.start):
            return mention.name
    return ""


def _turn_quotes(
    source: Source, turns: Sequence[Turn], paragraphs: Sequence[Sequence[Sentence]], mentions: Sequence[Mention]
) -> Iterator[Quote]:
    """A quote for each transcript turn but a reporter's question: its first sentence or so (at least
    ``_TURN_WORDS`` words, at most ``_TURN_SENTENCES`` sentences), said by the person the label names."""
    by_paragraph = {p[0].paragraph: p for p in paragraphs}
    labels = [m for m in mentions if m.kind == "person"]
    starts = [m.start for m in labels]
    for turn in turns:
        if turn.kind == "question":
            continue
        speaker = _mention_at(labels, starts, turn.start, turn.end)
        if not speaker:
            if turn.kind == "person" and turn.weak:
                continue  # a bare name the text does not give: not taken for a label
            speaker = turn.speaker
        end = _turn_end(source.text, turn, by_paragraph[turn.paragraph])
        if _NAME_ONLY.fullmatch(source.text, turn.speech, end) is not None:
            continue  # "BRIEFER: Philip T. Reeker": a header naming someone, no words of theirs
        if end > turn.speech:
            yield Quote(speaker, source.text[turn.speech:end], Cite(source.id, turn.paragraph, turn.speech, end))


def _turn_end(text: str, turn: Turn, sentences: Sequence[Sentence]) -> int:
    """Where a turn's quote ends: after the sentences that give it ``_TURN_WORDS`` words."""
    end = turn.speech
    taken = 0
    for sentence in sentences:
        if sentence.end <= turn.speech:
            continue
        end = sentence.end
        taken += 1
        if taken >= _TURN_SENTENCES or len(text[turn.speech:end].split()) >= _TURN_WORDS:
            break
    while end > turn.speech and text[end - 1].isspace():
        end -= 1
    return end


def _quote_spans(text: str, start: int, end: int) -> Iterator[_Span]:
    """Spans of the words inside quotation marks in ``text[start:end]``, trimmed of spaces and commas."""
    doubles: list[tuple[int, int]] = []
    opened = _open_paragraph(text, start, end)
    if opened is not None:
        doubles.append((opened.open, opened.close))
        yield opened
    for pattern, single in ((_DOUBLE, False), (_SINGLE, True)):
        if all(text.find(mark, start, end) < 0 for mark in _OPENERS[single]):
            continue  # no opening mark: most paragraphs hold no quote
        for m in pattern.finditer(text, start, end):
            group = "in" if m.group("in") is not None else "st"
            s, e = m.start(group), m.end(group)
            if any(a <= s < b for a, b in doubles) and (single or opened is not None):
                continue  # a quote within a quote
            while e > s and (text[e - 1].isspace() or text[e - 1] == ","):
                e -= 1
            while s < e and text[s].isspace():
                s += 1
            if len(text[s:e].split()) >= _MIN_WORDS:
                if not single:
                    doubles.append((m.start(), m.end()))
                yield _Span(s, e, single, m.start(), m.end())


def _open_paragraph(text: str, start: int, end: int) -> _Span | None:
    """A paragraph that opens with a straight double quote it never closes (news stories close a quotation
    of several paragraphs only in the last one): the words to the paragraph's end."""
    lead = start
    while lead < end and text[lead].isspace():
        lead += 1
    if text[lead:lead + 1] != '"' or _MARKS.search(text, lead + 1, end) is not None:
        return None
    s, e = lead + 1, end
    while e > s and text[e - 1].isspace():
        e -= 1
    if len(text[s:e].split()) < _MIN_WORDS:
        return None
    return _Span(s, e, False, lead, end)


def _lead_in(text: str, paragraph: Sequence[Sentence], mentions: Sequence[Mention], starts: Sequence[int]) -> str:
    """The speaker a paragraph ending "… was asked about the plan and said:" hands to a quotation that
    fills the next paragraph: the first person named in that last sentence ("" if none)."""
    last = paragraph[-1]
    if text.rfind(":", last.start, last.end) < 0:
        return ""  # most paragraphs hold no colon
    if _LEAD_IN.search(text, max(last.start, last.end - 40), last.end) is None:
        return ""
    i = bisect.bisect_left(starts, last.start)
    return mentions[i].name if i < len(mentions) and mentions[i].start < last.end else ""


def _introduced(text: str, paragraph: Sequence[Sentence], mentions: Sequence[Mention], starts: Sequence[int]) -> str:
    """The person a paragraph introduces to the quotation filling the next one ("Olivier Blanchard is the chief
    economist at the IMF." / "“The main effect …”"): the subject of its last sentence, else the one person it
    names ("" if none or several)."""
    if not paragraph:
        return ""
    last = paragraph[-1]
    found = mentions[bisect.bisect_left(starts, paragraph[0].start):bisect.bisect_left(starts, last.end)]
    if not found:
        return ""
    own = next((m for m in found if m.start >= last.start and _subject(text, last.start, m)), None)
    if own is not None:
        return own.name
    return found[0].name if all(m.name == found[0].name for m in found) else ""


def _whole_paragraph(text: str, span: _Span, paragraph: Sequence[Sentence]) -> bool:
    """True when the quote's marks open and close the paragraph (only spaces and a full stop outside them)."""
    return not text[paragraph[0].start:span.open].strip() and not text[span.close:paragraph[-1].end].strip(" .")


def _titled_work(text: str, span: _Span) -> bool:
    """True for the title of a book, report, film or the like in quotation marks: its words mostly capitalised
    and not ending a sentence, or set after "titled", "report", "book" … ("the report “Ending Hunger by 2030”")."""
    words = text[span.start:span.end]
    event = _EVENT_BEFORE.search(text, max(0, span.open - 40), span.open) is not None
    if words.rstrip()[-1:] == "." or (words.rstrip()[-1:] in "?!" and not (event and _capitalised(words))):
        return False  # a title may ask or exclaim: "the Panel Discussion “Asia & Europe: The Dawning of a New Era?”"
    if not _speech_like(words):
        return True
    return event or _WORK_BEFORE.search(text, max(0, span.open - 40), span.open) is not None


def _term(text: str, span: _Span) -> bool:
    """True for a short quoted phrase that a sentence runs through, no one said to say it: "were conferred “Asia’s
    premier prize and highest honor” at …" (a slogan or a term, not speech): a lower-case word right before the
    marks, no sentence's end inside them, no speech verb before them in the sentence ("He said … and “requested the
    ship keep clear”" reports speech)."""
    words = text[span.start:span.end]
    before = _WORD_BEFORE_MARK.search(text, max(0, span.open - 40), span.open)
    return (
        before is not None and len(words.split()) <= _TERM_WORDS and not _SENTENCE_INSIDE.search(words)
        and before.group(1) not in _SPEECH_LEADS
        and _SPEECH_VERB.search(text, _sentence_start(text, span.open), span.open) is None
    )


_WORD_BEFORE_MARK = compile_cached(r"(?<![\w’'-])([a-z]+)\s*$")
_SENTENCE_INSIDE = compile_cached(r"[.!?;:]")
_TERM_WORDS = 8
_SPEECH_VERB = compile_cached(rf"(?<![\w’'-]){SPEECH_VERB_RE}(?![\w’'-])")
_SPEECH_LEADS = frozenset(("that", "said", "says", "say", "saying"))


def _speech_like(words: str) -> bool:
    """False for a quoted name or term ("Food for School Feeding"): mostly capitalised words."""
    return not _capitalised(words) or words.rstrip()[-1:] in ".?!"


def _capitalised(words: str) -> bool:
    """True when half the words or more are capitalised ("Asia & Europe: The Dawning of a New Era?")."""
    tokens = [w for w in words.split() if w[:1].isalpha()]
    return sum(1 for w in tokens if w[0].isupper()) * 2 >= len(tokens)


def _speaker(
    text: str, span: _Span, paragraph: Sequence[Sentence], mentions: Sequence[Mention], starts: Sequence[int]
) -> tuple[str, bool, bool]:
    """(speaker, attributed, named): who the attribution after or before the quote names, if any, and
    whether that is a person's name (not a role phrase)."""
    after = _AFTER.match(text, span.close, min(paragraph[-1].end, span.close + 160))
    for which, tag in (("after", ""), ("after", "2"), ("before", ""), ("participle", "")):
        # The attribution before the quote is looked for only when the one after it names nobody.
        lo = max(paragraph[0].start, span.open - 200)
        if which == "participle" and _PARTICIPLE_END.search(text, max(lo, span.open - 30), span.open) is None:
            continue  # the costly pattern only where a participle of speech stands right before the quote
        if which == "after":
            m = after
        elif which == "before":
            m = _before(text, lo, span.open)
        else:
            m = _BEFORE_PARTICIPLE.search(text, lo, span.open)
        while which == "before" and m is not None and m.group("name") is not None and not (
                _mention_at(mentions, starts, m.start("name"), m.end("name")) or _plain_name(m.group("name"))):
            # "When asked whether …, he said: “…": the first capitalised word was no name; who speaks is later
            m = _before(text, m.end("name"), span.open)
        if m is None:
            continue
        if m.group("pron" + tag) is not None:
            pronoun = m.group("pron" + tag).lower()
            if pronoun == "it":
                return _IT, True, False
            if pronoun not in _PRONOUNS:
                return "", True, False
            return _pronoun_person(text, mentions, starts, _pronoun_anchor(text, span, paragraph)), True, False
        if which == "before" and _after_preposition(text, m.start()):
            # "Geng Shuang speaking at a press briefing on Friday said …": the words before "said" are the
            # object of a preposition, not its subject; the subject is the person named before them.
            return _last_person_from(mentions, starts, _sentence_at(paragraph, span.open).start, m.start()), True, True
        if m.group("role" + tag) is not None:
            # "“…,” the Prime Minister responded": the person the role refers to, else the role as written
            start, end = m.span("role" + tag)
            return _mention_at(mentions, starts, start, end) or " ".join(m.group("role" + tag).split()), True, False
        if m.group("name" + tag) is not None:
            known = _mention_at(mentions, starts, m.start("name" + tag), m.end("name" + tag))
            name = known or _plain_name(m.group("name" + tag))
            if name:
                return name, True, True
        if m.group("phrase" + tag) is not None:
            start, end = m.span("phrase" + tag)
            known = _mention_at(mentions, starts, start, end)
            if not known and tag == "2":
                # "…,” said a 45-year-old farmer who asked …" / "said one resident, Maria Santos, 52": the phrase
                # after the verb runs to its clause's end, and a name set after it by a comma is who speaks
                rest = _PHRASE_REST.match(text, end)
                end = rest.end() if rest is not None else end
                named = _APPOSED_NAME.match(text, end)
                if named is not None and (person := _mention_at(mentions, starts, named.start("name"),
                                                                named.end("name"))):
                    return person, True, True
                return " ".join(text[start:end].split()), True, False
            return known or " ".join(m.group("phrase" + tag).split()), True, False
    lo = max(_sentence_at(paragraph, span.open).start, span.open - 200)
    who = _WHO_SAYS.search(text, lo, span.open) if "who" in text[lo:span.open] else None
    if who is not None:
        # "… like Louisiana resident Alfred Mason, who says “…”": the person the relative clause follows
        person = _last_person_from(mentions, starts, lo, who.start())
        if person:
            return person, True, True
    body = _body_said(text, lo, span.open)
    if body:
        # "The US State Department said Ms Lempert met Prince Faisal and “…”": the body that said it
        return body, True, False
    if "according" in text[span.close:span.close + 20]:
        # "Kuleba “called on …,” according to a statement from the ministry": the source speaks, unless someone
        # is said to speak before the quote ("Kuleba told Wang that …")
        source = _ACCORDING.match(text, span.close, min(paragraph[-1].end, span.close + 160))
        if source is not None:
            start, end = source.span("src")
            known = _mention_at(mentions, starts, start, end)
            return known or " ".join(source.group("src").split()), True, bool(known)
    sentence = _sentence_at(paragraph, max(span.start, span.close - 1))
    lo = max(span.close, sentence.end - 120)
    tail = _TAIL.search(text, lo, sentence.end) if lo < sentence.end else None
    if tail is not None:
        # Attributed at the end of its sentence, after other words: "“…” amid … “…,” the bureau said."
        if tail.group("pron") is not None:
            if tail.group("pron").lower() not in _PRONOUNS:
                return "", True, False
            return _pronoun_person(text, mentions, starts, _pronoun_anchor(text, span, paragraph)), True, False
        for group in ("role", "name", "phrase"):
            if tail.group(group) is not None:
                start, end = tail.span(group)
                known = _mention_at(mentions, starts, start, end)
                if group == "name":
                    name = known or _plain_name(tail.group(group))
                    if name:
                        return name, True, True
                    continue
                return known or " ".join(tail.group(group).split()), True, False
    said = "" if span.single else _said_before(text, paragraph, mentions, starts, span.open)
    if said:
        # "Jerome Powell said the question … is how high to raise rates, “which …”", "Rear Admiral Tatit stated that
        # … . “This training center …”": who said something in the quote's sentence or the one before it
        return said, True, True
    return "", False, False


def _said_before(
    text: str, paragraph: Sequence[Sentence], mentions: Sequence[Mention], starts: Sequence[int], before: int
) -> str:
    """The last person named right before a speech verb in the sentence holding ``before`` or the one before it,
    in the same paragraph ("" if none)."""
    k = next((i for i, s in enumerate(paragraph) if before < s.end), len(paragraph) - 1)
    lo = paragraph[max(0, k - 1)].start
    i = bisect.bisect_left(starts, before) - 1
    while i >= 0 and mentions[i].start >= lo:
        if _SPEECH_NEXT.match(text, mentions[i].end) is not None:
            return mentions[i].name
        i -= 1
    return ""


def _epithet(phrase: str) -> bool:
    """True for a role phrase that names a person ("the civil servant", "the top Japanese government spokesman"):
    its last word a role noun or a title's last word, not a body's ("the ministry", "the bureau")."""
    last = phrase.split()[-1].lower().strip(".,")
    return last in _PERSON_HEADS or _AGE_NOUN.fullmatch(last) is not None  # "the 23-year-old said": a person


def _unnamed_before(text: str, head: str, before: int) -> bool:
    """True when the text brought in someone by an indefinite role phrase with this head word before ``before``
    ("a senior defense official said …" … "the official said"): the role phrase is that unnamed person's."""
    return re.search(rf"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w’'-]+\s+){{0,4}}{re.escape(head)}s?\b",
                     text[max(0, before - 3000):before]) is not None


def _subject_before(text: str, mentions: Sequence[Mention], starts: Sequence[int], before: int) -> str:
    """The last person named as a sentence's subject in the ``_EPITHET_BACK`` characters before ``before`` (not in
    the possessive: "Kishida's visit"), or ""."""
    i = bisect.bisect_left(starts, before) - 1
    while i >= 0 and mentions[i].start >= before - _EPITHET_BACK:
        m = mentions[i]
        if m.start == m.end:
            return m.name  # a speaker named only in an attribution ("…,” said Lokman"): the subject of "said"
        lo = _sentence_start(text, m.start)
        if not text.startswith(("’s", "'s"), m.end) and not _after_preposition(text, m.start) and (
                i == 0 or mentions[i - 1].start < lo or text.startswith(("’s", "'s"), mentions[i - 1].end)):
            return m.name  # the first person its sentence names, not as an owner or after a preposition
        i -= 1
    return ""


def _body_said(text: str, start: int, end: int) -> str:
    """The organisation that "said" what the quote before ``end`` reports, in the quote's own sentence ("The US
    State Department said Ms Lempert … and “…”", "Singapore's Ministry of Foreign Affairs (MFA) said both leaders
    had a “…”"), as written without its acronym; "" if none."""
    if " said " not in text[start:end]:
        return ""
    m = _BODY_SAID.search(text, start, end)
    if m is None or not any(w in ORG_WORDS for w in m.group("body").split()):
        return ""
    return " ".join(m.group("body").split())


def _before(text: str, start: int, end: int) -> re.Match[str] | None:
    """``_BEFORE.search(text, start, end)``: only where the speech verb that ends each of its matches stands
    (``_BEFORE_END``, a plain search, ~30 times cheaper than the costly pattern's try at every position)."""
    if _BEFORE_END.search(text, start, end) is None:
        return None
    return _BEFORE.search(text, start, end)


def _nationals(mentions: Sequence[Mention]) -> dict[str, list[tuple[int, str]]]:
    """People the text gives a nationality right beside their name ("Brazilian President-elect Lula", "Lula,
    Brazilian President-elect"), by that word folded: (offset, person) in source order."""
    out: dict[str, list[tuple[int, str]]] = {}
    last_person: Mention | None = None
    pending: list[Mention] = []
    for m in mentions:
        if m.kind == "person":
            for country in pending:
                if 0 <= m.start - country.end <= _NATIONAL_GAP:
                    out.setdefault(country.text.casefold(), []).append((m.start, m.name))
            pending = []
            last_person = m
        elif m.kind == "country":
            if last_person is not None and 0 <= m.start - last_person.end <= 2:
                out.setdefault(m.text.casefold(), []).append((m.start, last_person.name))
            pending.append(m)
    return out


def _national(nationals: dict[str, list[tuple[int, str]]], word: str, before: int) -> str:
    """The last person named before ``before`` with the nationality ``word``, if only one person has it."""
    found = nationals.get(word.strip().casefold(), [])
    if len({name for _, name in found}) != 1:
        return ""
    return next((name for at, name in reversed(found) if at < before), "")


def _sentence_at(paragraph: Sequence[Sentence], at: int) -> Sentence:
    """The sentence of ``paragraph`` holding offset ``at`` (the last one if none does)."""
    for sentence in paragraph:
        if at < sentence.end:
            return sentence
    return paragraph[-1]


def _pronoun_anchor(text: str, span: _Span, paragraph: Sequence[Sentence]) -> int:
    """Where to look back from for the person a "he"/"she" names: the quote's opening mark, or the start of
    its sentence when that sentence's subject is itself "he"/"she" (its names are objects)."""
    sentence = _sentence_at(paragraph, span.open)
    if sentence.start < span.open and _PRONOUN_SUBJECT.match(text, sentence.start, span.open) is not None:
        return sentence.start
    return span.open


def _after_preposition(text: str, at: int) -> bool:
    """True when the word before offset ``at`` is a preposition ("at a press briefing")."""
    before = text[max(0, at - 20):at].split()
    return bool(before) and before[-1].lower() in _PREPOSITIONS


def _last_person_from(mentions: Sequence[Mention], starts: Sequence[int], lo: int, before: int) -> str:
    """The last person named in ``[lo, before)``, or ""."""
    i = bisect.bisect_left(starts, before) - 1
    return mentions[i].name if i >= 0 and mentions[i].start >= lo else ""


def _said_in_full(text: str, span: _Span) -> bool:
    """True for a long quotation closed by a comma ("…, were acquired through the Project,” the embassy
    said"): a sentence someone said, however many of its words are capitalised."""
    return text[span.end:span.close - 1].strip() == "," and len(text[span.start:span.end].split()) >= _LONG_SPEECH


def _plain_name(name: str) -> str:
    """The name without leading non-name words ("Fed Chair Jerome Powell" -> "Jerome Powell"); "" if none."""
    words = name.split()
    while words and not is_name_word(words[0]):
        words.pop(0)
    tokens = name_tokens(" ".join(words))
    return " ".join(words) if tokens and all(is_name_word(t) for t in tokens) else ""


def _pronoun_person(text: str, mentions: Sequence[Mention], starts: Sequence[int], before: int) -> str:
    """Whom a "he"/"she" before offset ``before`` means: the last person named, unless that person was named in
    an earlier sentence whose subject is someone else ("Muscat noted the apology which Konrad Mizzi delivered
    … “…,” he said": Muscat), as a reader takes the subject before an object."""
    i = bisect.bisect_left(starts, before) - 1
    if i < 0:
        return ""
    last = mentions[i]
    lo = _sentence_start(text, last.start)
    if _sentence_start(text, before) <= last.start:
        return last.name  # named in the quote's own sentence
    j = i
    while j > 0 and mentions[j - 1].start >= lo:
        j -= 1
    first = mentions[j]
    if first.name != last.name and _subject(text, lo, first):
        return first.name
    return last.name


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding offset ``at`` starts (looked for at most ``_SENTENCE_BACK`` characters back)."""
    lo = max(0, at - _SENTENCE_BACK)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, at)]
    return ends[-1] if ends else lo


def _subject(text: str, lo: int, mention: Mention) -> bool:
    """True when ``mention`` is its sentence's subject: it opens the sentence (after a title, or an opening phrase
    set off by a comma) or a speech verb follows it ("Keir Starmer asked …", "On Monday, Muscat noted …")."""
    if _SPEECH_NEXT.match(text, mention.end) is not None:
        return True
    prefix = text[lo:mention.start]
    if "," in prefix:
        prefix = prefix[prefix.rfind(",") + 1:]
    return all(w[:1].isupper() or w in _TITLE_LINKS for w in prefix.split())


_SENTENCE_BACK = 400
_SENTENCE_END = compile_cached(r"[.!?][”\"’]?\s+(?=[“\"‘]?[A-Z])|\n")
_SPEECH_NEXT = compile_cached(rf"\s+(?:also\s+|later\s+|then\s+)?{SPEECH_VERB_RE}\b")
_TITLE_LINKS = frozenset(("the", "of", "for", "and", "de"))


def _last_person(mentions: Sequence[Mention], starts: Sequence[int], before: int) -> str:
    i = bisect.bisect_left(starts, before) - 1
    return mentions[i].name if i >= 0 else ""


def _mention_at(mentions: Sequence[Mention], starts: Sequence[int], start: int, end: int) -> str:
    i = bisect.bisect_left(starts, start)
    for m in mentions[max(0, i - 1):i + 3]:
        if m.start < end and start < m.end:
            return m.name
    return ""


def _within(spans: Sequence[tuple[int, int]], at: int) -> bool:
    i = bisect.bisect_right(spans, (at, 1 << 62)) - 1
    return i >= 0 and spans[i][0] <= at < spans[i][1]
