"""Keyword evidence of each sentence for each theme, in normalised units (a BM25-style score).

A keyword (a word or phrase matched on Snowball stems, see ``keyword_scan``) found in a sentence
adds its weight relative to the theme's strongest keyword, times its idf over the brief's sentences
relative to the average idf of all keyword hits, times a saturating term frequency with
sentence-length normalisation. Hits in a run-in heading ("Emerging Defense Leaders Program: The
Department…") count double. A theme's total in one sentence saturates too, so a list of examples
("terrorism, maritime security and cybercrime") cannot outweigh the sentence's subject.

One unit is about one occurrence of a theme's strongest keyword of typical rarity, whatever weights
the author chose: thresholds on these scores do not depend on the absolute keyword weights.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Sentence, Source
from ..spec import ThemeSpec
from .keyword_scan import Keyword, compile_keywords, find_hits

K1 = 1.2
"""Term-frequency saturation."""
B = 0.5
"""Sentence-length normalisation strength."""
THEME_SATURATION = 2.0
"""A theme's score in one sentence approaches ``1 + THEME_SATURATION`` units at most."""
LABEL_BOOST = 2.0
"""Weight of keywords in a paragraph's run-in heading."""

# A run-in heading: a short title-case label and a colon opening the paragraph.
_LABEL = re.compile(r"[^\s:][^:\n]{2,90}?:\s")


@dataclass(frozen=True, slots=True)
class Evidence:
    """What one sentence says for each theme."""

    scores: dict[str, float]
    """Theme id -> evidence in units (themes without hits are absent)."""
    terms: dict[str, tuple[str, ...]]
    """Theme id -> the keywords that matched, as written in brief.toml, in order of first hit."""


NO_EVIDENCE = Evidence({}, {})
"""Evidence of a sentence that matches no keyword."""


def sentence_evidence(
    sources: Sequence[Source], sentences: Sequence[Sentence], themes: Sequence[ThemeSpec]
) -> list[Evidence]:
    """The evidence of every sentence, parallel to ``sentences``."""
    index = compile_keywords(themes)
    if index.candidates is None:
        return [NO_EVIDENCE for _ in sentences]
    labels = _label_ends(sources, sentences)
    lengths: list[int] = []
    all_hits: list[list[tuple[float, Keyword]]] = []
    for sentence, label_end in zip(sentences, labels, strict=True):
        lengths.append(len(sentence.text.split()))
        all_hits.append(
            [(LABEL_BOOST if hit.start < label_end else 1.0, hit.keyword) for hit in find_hits(sentence.text, index)]
        )
    idf = _idf(all_hits, len(sentences))
    avg_len = sum(lengths) / max(1, len(lengths))
    return [_evidence(hits, idf, length, avg_len) for hits, length in zip(all_hits, lengths, strict=True)]


def _label_ends(sources: Sequence[Source], sentences: Sequence[Sentence]) -> list[int]:
    """For each sentence, the length of the run-in heading it opens with (0 for none)."""
    starts = {(s.id, p.index): p.start for s in sources for p in s.paragraphs if not p.heading}
    out: list[int] = []
    for sentence in sentences:
        end = 0
        if starts.get((sentence.source, sentence.paragraph)) == sentence.start:
            m = _LABEL.match(sentence.text)
            if m is not None and _title_case(m.group(0)):
                end = m.end()
        out.append(end)
    return out


def _title_case(label: str) -> bool:
    words = re.findall(r"[^\W\d_][\w’'.-]*", label)
    if not words or len(words) > 12:
        return False
    capital = sum(1 for w in words if w[0].isupper())
    return capital * 2 > len(words) and words[0][0].isupper()


def _idf(all_hits: list[list[tuple[float, Keyword]]], n: int) -> dict[str, float]:
    """Each keyword's idf over the sentences, relative to the average idf of all hits."""
    df: dict[str, int] = defaultdict(int)
    occurrences: dict[str, int] = defaultdict(int)
    for hits in all_hits:
        for term in {k.term for _b, k in hits}:
            df[term] += 1
        for _boost, keyword in hits:
            occurrences[keyword.term] += 1
    raw = {term: math.log(1 + n / count) for term, count in df.items()}
    total = sum(occurrences.values())
    mean = sum(raw[t] * c for t, c in occurrences.items()) / total if total else 1.0
    return {term: value / mean for term, value in raw.items()}


def _evidence(hits: list[tuple[float, Keyword]], idf: dict[str, float], length: int, avg_len: float) -> Evidence:
    if not hits:
        return NO_EVIDENCE
    tf: dict[tuple[str, str], float] = defaultdict(float)
    weight: dict[tuple[str, str], float] = {}
    terms: dict[str, list[str]] = defaultdict(list)
    for boost, keyword in hits:
        key = (keyword.theme, keyword.term)
        tf[key] += boost
        weight[key] = keyword.weight
        if keyword.term not in terms[keyword.theme]:
            terms[keyword.theme].append(keyword.term)
    norm = 1 - B + B * length / max(avg_len, 1.0)
    raw: dict[str, float] = defaultdict(float)
    for (theme, term), count in tf.items():
        raw[theme] += weight[(theme, term)] * idf[term] * count * (K1 + 1) / (count + K1 * norm)
    scores = {t: r * (1 + THEME_SATURATION) / (r + THEME_SATURATION) for t, r in raw.items()}
    return Evidence(scores, {t: tuple(v) for t, v in terms.items()})
