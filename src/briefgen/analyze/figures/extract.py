"""Find the figures of a source (money, percentages, counts, years, dates, durations, ordinals, ranges).

``extract_figures`` is the stage's one entry point. Each figure's ``text`` is exactly
``source.text[cite.start:cite.end]``; qualifiers ("over", "nearly") are kept inside that surface.
How figures are recognised is documented in ``figure_patterns``; labels in ``figure_labels``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..._speed.gc_pause import without_gc
from ...model import Cite, Figure, Paragraph, Sentence, Source
from ..actors.turns import find_turns
from .anchors import AnchorIndex
from .captions import Caption, in_scope
from .clauses import Sentence as Words
from .clauses import caption_words
from .complete import (
    complement_noun,
    ends_on_verb,
    names_measure,
    says_counted,
    says_country,
    says_measure,
    says_what,
    says_whole,
    says_whose,
)
from .dates import parse_published
from .display import display
from .labels import around, figure_label
from .lexicon import lexicon
from .patterns import patterns
from .reading import read_figure
from .salience import salience
from .types import Context, Reading

_LEAD_IN_MAX_WORDS = 8
_SENTENCE_END = re.compile(r"[a-z]{2}\.\s")
_BULLETS = "-•*"  # the bullets ``lead_in`` may skip


@without_gc
def extract_figures(source: Source, sentences: Sequence[Sentence]) -> list[Figure]:
    """Every figure in ``sentences`` (spans into ``source.text``), in source order."""
    text = source.text
    published = parse_published(source.date)
    paragraphs = {p.index: p for p in source.paragraphs}
    lead_ins: dict[int, tuple[str, int] | None] = {}
    figures: list[Figure] = []
    earlier: tuple[int, tuple[tuple[frozenset[str], str], ...]] = (-1, ())  # the last captioned sentence's periods
    anchors_of = AnchorIndex(text).anchors
    addresses = _has_address(text)
    turns = {t.paragraph: t.kind for t in find_turns(text, sentences)} if ":" in text else {}
    for sentence in sentences:
        anchors = anchors_of(sentence.start, sentence.end)
        if not anchors:
            continue  # most sentences hold no number
        ctx = Context(text, sentence.start, sentence.end, published)
        consumed = sentence.start
        blocked = _addresses(sentence.text, sentence.start) if addresses else None
        readings: list[Reading] = []
        for anchor in anchors:
            if anchor.start < consumed or (blocked and _inside(anchor.start, blocked)):
                continue
            reading = read_figure(anchor, ctx, consumed)
            if reading is None:
                continue
            consumed = reading.end
            readings.append(reading)
        if not readings:
            continue
        paragraph = paragraphs.get(sentence.paragraph)
        if sentence.paragraph not in lead_ins:
            # a transcript's speaker label ("MR MILLER:", "QUESTION:") names who speaks, not the paragraph's topic
            lead_ins[sentence.paragraph] = _lead_in(paragraph) if sentence.paragraph not in turns else None
        lead = lead_ins[sentence.paragraph]
        caption: Caption | None = None
        for index, reading in enumerate(readings):
            lead_in = lead[0] if lead is not None and reading.start >= lead[1] else None
            label = None
            complete = False
            if in_scope(reading):
                if caption is None:
                    caption = Caption(Words(text, sentence.start, sentence.end, readings), lead_in)
                    if earlier[0] == sentence.paragraph:
                        caption.earlier = earlier[1]
                label = caption.label(index)
                complete = caption.complete and turns.get(sentence.paragraph) != "question"  # a reporter's figure
            figures.append(_figure(source, sentence, paragraph, reading, lead_in, label, complete))
        earlier = (sentence.paragraph, caption.dated() if caption is not None else ())
    return figures


def _figure(
    source: Source, sentence: Sentence, paragraph: Paragraph | None, reading: Reading, lead_in: str | None,
    label: str | None, complete: bool,
) -> Figure:
    """The figure of ``reading``; a label the caption reader could not build comes from the words around it
    (``figure_label``) and is complete only for kinds the caption reader does not handle, when it names a measure."""
    text = source.text
    if label is None:
        label = figure_label(reading, around(text, reading.start, reading.end, sentence.start, sentence.end, lead_in))
        complete = not in_scope(reading) and names_measure(label.split()) and _own_words_kept(text, reading, label)
    if in_scope(reading):
        owned = complement_label(sentence.text, reading.start - sentence.start, label)
        if owned is not None:
            label, complete = owned, True
    if lead_in is not None and label.strip(" :").casefold() == lead_in.strip(" :").casefold():
        complete = False  # only the paragraph's run-in heading: its topic, not what the number measures
    if complete and not says_what(label):
        complete = False  # "figure, 2013": a word pointing back to a measure another sentence names
    if complete and not says_counted(label, sentence.text, reading.end - sentence.start):
        complete = False  # "his party won" for "won 100 out of 125 parliamentary seats": not what is counted
    if complete and ends_on_verb(label, reading.kind, reading.unit):
        complete = False  # "Pheu Thai won" for "…, while Pheu Thai won 141": who, not what is counted
    if complete and not says_whole(label, reading.kind):
        complete = False  # "owed to China" for "almost two-thirds owed to China": a share of what, unsaid
    if complete and not says_country(label, sentence.text):
        complete = False  # "defence spending, 2025" where the sentence names the Philippines: whose, unsaid
    if complete and not says_whose(label, sentence.text):
        complete = False  # one noun ("loan, last week") where the sentence names whose: not said
    if complete and not says_measure(label, sentence.text, reading.start - sentence.start, reading.end - sentence.start,
                                     reading.kind, text[reading.start : reading.end], reading.unit):
        complete = False  # a verb left in it, a restated amount, a "with a … of" noun it lacks (complete.py)
    para_start = paragraph.start if paragraph is not None else sentence.start
    quoted = _quoted(text, para_start, reading.start)
    # Positional arguments, in field order (theme and sidebar at their defaults): thousands are made.
    return Figure(
        text[reading.start : reading.end],
        reading.value,
        reading.unit,
        reading.kind,
        label,
        Cite(source.id, sentence.paragraph, reading.start, reading.end),
        reading.low,
        reading.high,
        reading.qualifier,
        reading.iso,
        salience(reading, label, quoted, sentence.heading, _refers_back(text, sentence.start, reading)),
        None,
        False,
        display(reading),
        (),
        complete,
    )


_NEXT_WORD = re.compile(r"\s+([a-z][\w’'-]*)")


def _own_words_kept(text: str, reading: Reading, label: str) -> bool:
    """False for a bare number followed by its own lower-case words that a label from the words around it lacks
    ("… of the 20 participating political parties and 112 domestic social and civil organisations": 112 labelled
    by the parties before it, not the organisations it counts)."""
    if reading.kind != "count" or reading.unit:
        return True
    m = _NEXT_WORD.match(text, reading.end)
    if m is None or m.group(1) in lexicon().stop_words:
        return True
    return m.group(1) in label.lower().split()


_OWNER_MARKS = re.compile(
    r",(?=\s)|\b(?:is|are|was|were|and|has|have|had|becomes|became|remains|remained|[a-z]{2,}ed)\b(?:\s(?:in|to|of|for|by|at|on)\b)?"
)
_COPULA = re.compile(r"\b(?:is|are|was|were|becomes|became|remains|remained)\b")
_ARTICLE = re.compile(r"(?i:^(?:the|a|an)\s+)")
_OWNER_MAX_WORDS = 8
_LABEL_WITH = re.compile(r"(.+?) with an? ((?:[a-z][\w-]* ){0,2}[a-z][\w-]*)$")


def complement_label(sentence: str, start: int, label: str) -> str | None:
    """The label of a figure that measures the noun of a "with a … of" phrase, in the sentence's words: that noun,
    of the thing before "with", and of the clause's subject when that thing is its predicate ("The EU is the
    second largest investor in ASEAN with a total capital of 7.6 billion USD" -> "total capital of EU as second
    largest investor in ASEAN"; "An ancient vase with a floor price of HK$90 million" -> "floor price of ancient
    vase"); the label's period is kept. None when the figure is no such complement or the thing is not said."""
    before = " ".join(sentence[:start].split())
    noun = complement_noun(before.lower())
    period = label[len(label.split(",", 1)[0]) :] if "," in label else ""
    if noun is None:
        # "(US$11.6 million)" after "… with a floor price of HK$90 million": the label holds "with a floor price"
        own = _LABEL_WITH.match(label.split(",", 1)[0])
        return f"{own.group(2)} of {own.group(1)}{period}" if own and names_measure(own.group(1).split()) else None
    head = before[: before.lower().rfind(" with ")]
    marks = list(_OWNER_MARKS.finditer(head))
    owner = _ARTICLE.sub("", head[marks[-1].end() :].strip() if marks else head.strip())
    if not owner or len(owner.split()) > _OWNER_MAX_WORDS or not names_measure(owner.split()):
        return None
    copula = _COPULA.search(head)
    if copula is not None and (not marks or copula.start() <= marks[-1].start()):
        subject = _ARTICLE.sub("", head[: copula.start()].strip())
        low = subject.lower()
        if not subject[:1].isupper() or len(subject.split()) > 4 or low in caption_words("pronouns") \
                or low in caption_words("demonstratives"):
            return None  # whose it is lies in another clause or sentence ("It is …", "This is …")
        owner = f"{subject} as {owner}"
    return f"{noun} of {owner}{period}"


def _has_address(text: str) -> bool:
    """False when no sentence of ``text`` can hold a web or mail address."""
    return "@" in text or "://" in text or "www." in text


def _addresses(sentence: str, offset: int) -> list[tuple[int, int]]:
    """Spans of web and mail addresses in a sentence, inside which nothing is a figure."""
    if not _has_address(sentence):
        return []
    return [(offset + m.start(), offset + m.end()) for m in patterns().url.finditer(sentence)]


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= pos < end for start, end in spans)


def _lead_in(paragraph: Paragraph | None) -> tuple[str, int] | None:
    """A short title before a colon opening the paragraph, and the offset where its body starts."""
    if paragraph is None or paragraph.heading:
        return None
    if paragraph.text[:1] not in _BULLETS and paragraph.text.find(":", 3, 72) < 0:
        return None  # without a bullet, the title's colon comes within its first 72 characters
    found = patterns().lead_in.match(paragraph.text)
    if found is None or len(found.group(1).split()) > _LEAD_IN_MAX_WORDS or _SENTENCE_END.search(found.group(1)):
        return None
    return " ".join(found.group(1).split()), paragraph.start + found.end()


_DEFINITE_BEFORE = re.compile(r"(?i:\b(?:the|these|those|both|its|their|our|his|her|all)\s+)\Z")


def _refers_back(text: str, sentence_start: int, reading: Reading) -> bool:
    """True for a small count after a definite word ("The two foreign ministers confirmed …", "these three
    countries"): it points at things already named, it measures nothing ("the 1,200 facilities" still may)."""
    if reading.kind != "count" or reading.value >= 100:
        return False
    return _DEFINITE_BEFORE.search(text, max(sentence_start, reading.start - 12), reading.start) is not None


def _quoted(text: str, start: int, end: int) -> bool:
    """True when a quotation opened in ``text[start:end]`` is still open at its end."""
    if text.count("“", start, end) > text.count("”", start, end):
        return True
    return text.count('"', start, end) % 2 == 1
