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
from dataclasses import dataclass, replace

from ...model import Sentence, Source
from ...spec import ThemeSpec
from .keyword_scan import Keyword, compile_keywords, find_all_hits
from .scope import restrict_hits
from .usage import headline_like, is_keyword_use

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
_LABEL_COLON_BY = 1 + 90 + 1
"""The colon of a run-in heading is before this offset (after the first character and 2 to 90 more)."""


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
    texts = [sentence.text for sentence in sentences]
    openers = {(s.id, p.index): p.start for s in sources for p in s.paragraphs if not p.heading}
    found = find_all_hits(texts, index)
    labels = [
        _label_end(s.text) if hits and openers.get((s.source, s.paragraph)) == s.start else 0
        for s, hits in zip(sentences, found, strict=True)
    ]
    all_hits = [
        _real_uses(text, hits, label) if hits else hits for text, hits, label in zip(texts, found, labels, strict=True)
    ]
    all_hits = restrict_hits(sources, sentences, all_hits, themes)
    idf = _idf(all_hits, len(sentences))
    # Sentence lengths in words (``len(text.split())``): in text whose only whitespace is single spaces
    # between words (printable, no two in a row, none at either end), one word more than spaces.
    joined = " ".join(texts)
    spaced = bool(joined) and joined.isprintable() and "  " not in joined and joined[0] != " " != joined[-1]
    words = joined.count(" ") + 1 if spaced else sum(map(len, map(str.split, texts)))
    avg_len = max(words / max(1, len(texts)), 1.0)
    out: list[Evidence] = []
    for sentence, hits, label_end in zip(sentences, all_hits, labels, strict=True):
        if not hits:
            out.append(NO_EVIDENCE)
            continue
        text = sentence.text
        length = text.count(" ") + 1 if spaced else len(text.split())
        out.append(_evidence(hits, label_end, idf, 1 - B + B * length / avg_len))
    return out


def _real_uses(text: str, hits: list[tuple[int, Keyword]], label_end: int) -> list[tuple[int, Keyword]]:
    """The hits that are the keyword itself, not a derivation or a word inside a name (``usage``); in a
    title-case line or run-in heading (before ``label_end``) capitals say nothing."""
    headline = headline_like(text)
    real = [(at, k) for at, k in hits if is_keyword_use(text, at, k.forms, k.common, headline or at < label_end)]
    return _one_per_name(text, real) if len(real) > 1 else real


_NEXT_NAME_WORD = re.compile(r"[\W_]*?[^\W_]+(?:[’'.][^\W_]+)*")
_NAME_GAP = re.compile(r"[ -]")


def _one_per_name(text: str, hits: list[tuple[int, Keyword]]) -> list[tuple[int, Keyword]]:
    """One hit per theme for a name made of several of its keywords ("Chinese Communist Party" is one mention
    of one thing, not "Chinese" and "Communist Party"): of names (keywords written with capitals) that touch,
    the first, with the largest weight among them, stands for the whole."""
    out: list[tuple[int, Keyword]] = []
    name_end: dict[str, tuple[int, int]] = {}  # theme -> (end of its last name hit, that hit's index in out)
    for at, keyword in sorted(hits, key=lambda h: h[0]):
        end = at
        for _word in keyword.forms or (keyword.term,):
            m = _NEXT_NAME_WORD.match(text, end)
            if m is None:
                break
            end = m.end()
        previous = name_end.get(keyword.theme)
        if keyword.common:
            name_end.pop(keyword.theme, None)
        elif previous is not None and _NAME_GAP.fullmatch(text, previous[0], at) is not None:
            i = previous[1]
            first = out[i][1]
            if keyword.weight > first.weight:
                out[i] = (out[i][0], replace(first, weight=keyword.weight))
            name_end[keyword.theme] = (end, i)
            continue
        else:
            name_end[keyword.theme] = (end, len(out))
        out.append((at, keyword))
    return out


def _label_end(text: str) -> int:
    """The length of the run-in heading a paragraph's first sentence opens with (0 for none)."""
    if text.find(":", 3, _LABEL_COLON_BY) < 0:  # the cheap test first: no colon where a label's can be
        return 0
    m = _LABEL.match(text)
    return m.end() if m is not None and _title_case(m.group(0)) else 0


def _title_case(label: str) -> bool:
    words = re.findall(r"[^\W\d_][\w’'.-]*", label)
    if not words or len(words) > 12:
        return False
    capital = sum(1 for w in words if w[0].isupper())
    return capital * 2 > len(words) and words[0][0].isupper()


def _idf(all_hits: list[list[tuple[int, Keyword]]], n: int) -> dict[str, float]:
    """Each keyword's idf over the sentences, relative to the average idf of all hits."""
    df: dict[str, int] = defaultdict(int)
    occurrences: dict[str, int] = defaultdict(int)
    for hits in all_hits:
        if len(hits) == 1:
            term = hits[0][1].term
            df[term] += 1
            occurrences[term] += 1
            continue
        for term in {k.term for _s, k in hits}:
            df[term] += 1
        for _start, keyword in hits:
            occurrences[keyword.term] += 1
    raw = {term: math.log(1 + n / count) for term, count in df.items()}
    total = sum(occurrences.values())
    mean = sum(raw[t] * c for t, c in occurrences.items()) / total if total else 1.0
    return {term: value / mean for term, value in raw.items()}


_K1_PLUS_1 = K1 + 1
_SATURATED = 1 + THEME_SATURATION


def _evidence(hits: list[tuple[int, Keyword]], label_end: int, idf: dict[str, float], norm: float) -> Evidence:
    """A sentence's evidence from its hits (those before ``label_end`` boosted), with length norm ``norm``."""
    if len(hits) == 1:  # the sums below, with one term
        start, keyword = hits[0]
        count = LABEL_BOOST if start < label_end else 1.0
        r = keyword.weight * idf[keyword.term] * count * _K1_PLUS_1 / (count + K1 * norm)
        return Evidence({keyword.theme: r * _SATURATED / (r + THEME_SATURATION)}, {keyword.theme: (keyword.term,)})
    tf: dict[tuple[str, str], float] = {}
    weight: dict[tuple[str, str], float] = {}
    for start, keyword in hits:
        key = (keyword.theme, keyword.term)
        if key in tf:
            tf[key] += LABEL_BOOST if start < label_end else 1.0
        else:
            tf[key] = LABEL_BOOST if start < label_end else 1.0
        weight[key] = keyword.weight
    raw: dict[str, float] = {}
    terms: dict[str, list[str]] = {}
    k1_norm = K1 * norm
    for key, count in tf.items():
        theme, term = key
        value = weight[key] * idf[term] * count * _K1_PLUS_1 / (count + k1_norm)
        if theme in raw:
            raw[theme] += value
            terms[theme].append(term)
        else:
            raw[theme] = value
            terms[theme] = [term]
    scores = {t: r * _SATURATED / (r + THEME_SATURATION) for t, r in raw.items()}
    return Evidence(scores, {t: tuple(v) for t, v in terms.items()})
