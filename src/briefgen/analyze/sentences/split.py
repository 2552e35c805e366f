"""Split a source's paragraphs into sentences with exact spans (the regex splitter of ``sentence_split``)."""

from __future__ import annotations

import re

from ...model import Paragraph, Sentence, Source
from .boundaries import sentence_spans

# A paragraph with no sentence punctuation before its end is one sentence.
_INNER_STOP = re.compile(r"[.!?…][\"”’'»)\]]*\s")


def split_sentences(source: Source) -> list[Sentence]:
    """Every sentence of every paragraph of ``source``, in order; headings are one sentence."""
    sentences: list[Sentence] = []
    for paragraph in source.paragraphs:
        sentences.extend(_paragraph_sentences(source.id, paragraph))
    return sentences


def _paragraph_sentences(source_id: str, paragraph: Paragraph) -> list[Sentence]:
    text = paragraph.text
    if paragraph.heading or not _INNER_STOP.search(text):
        return [Sentence(source_id, paragraph.index, paragraph.start, paragraph.end, text, paragraph.heading)]
    base = paragraph.start
    return [
        Sentence(source_id, paragraph.index, base + start, base + end, text[start:end])
        for start, end in sentence_spans(text)
    ]
