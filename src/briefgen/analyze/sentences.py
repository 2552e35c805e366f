"""Split a source's paragraphs into sentences with exact spans (syntok's segmenter)."""

from __future__ import annotations

import re

from syntok import segmenter

from ..model import Paragraph, Sentence, Source

# A paragraph with no sentence punctuation before its end needs no segmenter.
_INNER_STOP = re.compile(r"[.!?…][\"”’)\]]*\s")


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
    out: list[Sentence] = []
    for para in segmenter.analyze(text):
        for tokens in para:
            if not tokens:
                continue
            start = tokens[0].offset
            end = tokens[-1].offset + len(tokens[-1].value)
            if start < end:
                out.append(
                    Sentence(source_id, paragraph.index, paragraph.start + start,
                             paragraph.start + end, text[start:end])
                )
    return _merge_quote_tails(out, text, paragraph.start)


def _merge_quote_tails(sentences: list[Sentence], text: str, base: int) -> list[Sentence]:
    """Join a fragment that only closes a quotation (``”``) to the sentence before it."""
    merged: list[Sentence] = []
    for sentence in sentences:
        if merged and sentence.text.strip() in {"”", "\"", "’", "'", ")"}:
            prev = merged.pop()
            start, end = prev.start, sentence.end
            merged.append(Sentence(prev.source, prev.paragraph, start, end, text[start - base:end - base]))
        else:
            merged.append(sentence)
    return merged
