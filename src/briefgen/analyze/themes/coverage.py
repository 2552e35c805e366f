"""Which themes the sources really report on: enough distinct evidence, anchored where the theme has anchors.

A theme is covered when

1. at least ``MIN_DIRECT_SENTENCES`` sentences carry direct evidence for it (``SENTENCE_THRESHOLD``
   units), so that a single passing mention is not enough — or, in a short text, ``MIN_SHORT_DIRECT``
   sentences that make at least ``SHORT_SHARE`` of its sentences (a four-sentence readout), or that name
   ``MIN_VARIED_CONCEPTS`` distinct concepts besides the title's anchors between them in a text of any
   length. A sentence whose only evidence is the name of the region the title names ("a free and open
   Indo-Pacific") says where, not what: it anchors its paragraph but is no direct evidence;
2. its evidence names at least ``MIN_CONCEPTS`` distinct concepts: one generic word repeated
   ("security … security") is not a report on "Indo-Pacific security" — unless that concept is one
   of the theme's anchors named in ``MIN_ANCHOR_PARAGRAPHS`` paragraphs or more (a readout of a
   meeting with China's president names China throughout). Keywords that are spellings
   or forms of one word ("China", "Chinese"; "defence", "defense") are one concept: a concept is the
   first ``CONCEPT_PREFIX`` letters of a keyword's last word;
3. when the theme's title names one of its proper-noun keywords ("Indo-Pacific security", "China
   alignment", "ASEM engagement": the theme is about a named place or actor), a sentence of direct
   evidence names that anchor (or a keyword of the same concept: "Beijing" for "China") or sits in a
   paragraph naming a place inside the region the title names; generic words alone ("threat",
   "nuclear", "security") report on security in general, not in the Indo-Pacific, and the theme's
   other names ("Europe", "European Union" for ASEM) report on one side of it only. Its generic
   keywords count only in paragraphs near one of its proper-noun keywords (``anchor_scoped``).

``assign_themes`` then keeps only the covered themes that at least one paragraph is mainly about.

Everything here is relative to the author's own keywords; no word of any theme is named in code.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from functools import cache

from ...model import Sentence
from ...spec import ThemeSpec
from ..actors.countries import country_name
from .evidence import Evidence
from .keyword_scan import Keyword

_WORD = re.compile(r"[^\W_]+(?:[’'.-][^\W_]+)*")

SENTENCE_THRESHOLD = 0.5
"""Evidence (units) a sentence needs to count as direct evidence for a theme."""
MIN_DIRECT_SENTENCES = 3
"""Sentences of direct evidence a covered theme needs."""
MIN_SHORT_DIRECT = 2
"""Sentences of direct evidence enough in a short text, when they are ``SHORT_SHARE`` of its body or more."""
SHORT_SHARE = 0.5
"""Share of a text's sentences (headings aside) that makes ``MIN_SHORT_DIRECT`` sentences enough: a readout of four
sentences, two of them on the theme, reports on it."""
MIN_VARIED_CONCEPTS = 3
"""Distinct concepts in ``MIN_SHORT_DIRECT`` direct sentences that make them enough in a text of any length: a
summit report whose one paragraph on security names terrorism, nuclear weapons and security reports on it."""
MIN_CONCEPTS = 2
"""Distinct concepts a covered theme's evidence needs."""
ANCHOR_REACH = 1
"""Paragraphs on either side of an anchor where a theme's generic keywords still count."""
MIN_ANCHOR_PARAGRAPHS = 3
"""Paragraphs naming a theme's anchor that make one concept enough (a text about China names it throughout)."""
CONCEPT_PREFIX = 4
"""Letters of a keyword's last word that name its concept."""


def _only_region(names: frozenset[str] | None, terms: Sequence[str]) -> bool:
    """True when the ``terms`` (a sentence's evidence for a theme) are all names of the region its title names."""
    return names is not None and bool(terms) and all(t.casefold() in names for t in terms)


def title_anchors(themes: Sequence[ThemeSpec]) -> dict[str, frozenset[str]]:
    """Per theme, its proper-noun keywords that its title names ("China" in "China alignment"); a theme with any
    is anchored (see the module doc)."""
    out: dict[str, frozenset[str]] = {}
    for theme in themes:
        title = {w.casefold() for w in _WORD.findall(theme.title)}
        out[theme.id] = frozenset(
            k.term
            for k in theme.keywords
            if not k.term.islower()
            and (words := [w.casefold() for w in _WORD.findall(k.term)])
            and all(w in title for w in words)
        )
    return out


@cache
def concept(keyword: Keyword) -> str:
    """The concept a keyword stands for: the country it names ("China", "Chinese" and "Beijing" are one),
    else the start of its last word without inflection."""
    country = country_name(keyword.term)
    if country is not None:
        return "country:" + country
    return keyword.forms[-1][:CONCEPT_PREFIX] if keyword.forms else keyword.term.lower()


def covered_themes(
    sentences: Sequence[Sentence],
    evidence: Sequence[Evidence],
    scoped: Sequence[Evidence],
    keywords: dict[tuple[str, str], Keyword],
    title_terms: dict[str, frozenset[str]],
    places: dict[str, frozenset[int]],
    region_names: dict[str, frozenset[str]] | None = None,
) -> frozenset[str]:
    """Ids of the themes covered (see the module doc): concepts counted over all the ``evidence``,
    direct sentences and anchors over the ``scoped`` evidence (``anchor_scoped``). A sentence in a paragraph
    naming a place inside the region a theme's title names (``places``, sentence indices) names its anchor; only
    the anchors the title itself names (``title_terms``, ``title_anchors``; a theme with any is anchored) make
    one concept enough."""
    # Each keyword's concept and case, looked up by (theme, term) once: ``concept`` hashes a whole Keyword.
    concept_of = {key: concept(k) for key, k in keywords.items()}
    proper = {key for key, k in keywords.items() if not k.common}
    title_concepts = {
        theme: {concept_of[theme, t] for t in terms if (theme, t) in concept_of}
        for theme, terms in title_terms.items()
    }
    direct: dict[str, int] = defaultdict(int)
    direct_concepts: dict[str, set[str]] = defaultdict(set)
    concepts: dict[str, set[str]] = defaultdict(set)
    anchored: set[str] = set()
    anchor_paragraphs: dict[str, set[tuple[str, int]]] = defaultdict(set)
    has_anchor = {theme for theme, terms in title_terms.items() if terms}
    body = sum(not s.heading for s in sentences)
    for e in evidence:
        for theme, terms in e.terms.items():
            concepts[theme].update(concept_of[theme, t] for t in terms if (theme, t) in concept_of)
    place_paragraphs = {
        theme: {(sentences[i].source, sentences[i].paragraph) for i in found} for theme, found in places.items()
    }
    regional = region_names or {}
    # Sentences whose only evidence is the name of the region the title names locate the theme's topic but do
    # not report on it ("a free and open Indo-Pacific" is no report on its security); their paragraphs anchor.
    located: dict[str, set[tuple[str, int]]] = defaultdict(set)
    for sentence, e in zip(sentences, scoped, strict=True):
        for theme, terms in e.terms.items():
            if _only_region(regional.get(theme), terms):
                located[theme].add((sentence.source, sentence.paragraph))
    for sentence, e in zip(sentences, scoped, strict=True):
        for theme, score in e.scores.items():
            at = (sentence.source, sentence.paragraph)
            if at in located.get(theme, ()) and _only_region(regional.get(theme), e.terms.get(theme, ())):
                anchor_paragraphs[theme].add(at)
                continue
            own_title = title_concepts.get(theme, ())
            titled = bool(own_title) and any(
                (theme, t) in proper and concept_of[theme, t] in own_title for t in e.terms.get(theme, ())
            )
            if titled:
                anchor_paragraphs[theme].add(at)
            if score >= SENTENCE_THRESHOLD:
                direct[theme] += 1
                direct_concepts[theme].update(
                    concept_of[theme, t] for t in e.terms.get(theme, ()) if (theme, t) in concept_of
                )
                if titled or at in place_paragraphs.get(theme, ()) or at in located.get(theme, ()):
                    anchored.add(theme)
    return frozenset(
        theme
        for theme, n in direct.items()
        if (n >= MIN_DIRECT_SENTENCES or (n >= MIN_SHORT_DIRECT and n >= SHORT_SHARE * body)
            or (n >= MIN_SHORT_DIRECT
                and len(direct_concepts[theme] - title_concepts.get(theme, set())) >= MIN_VARIED_CONCEPTS))
        and (len(concepts[theme]) >= MIN_CONCEPTS or len(anchor_paragraphs[theme]) >= MIN_ANCHOR_PARAGRAPHS)
        and (theme not in has_anchor or theme in anchored)
    )


def anchor_scoped(
    sentences: Sequence[Sentence],
    evidence: Sequence[Evidence],
    keywords: dict[tuple[str, str], Keyword],
    anchored_ids: frozenset[str],
    places: dict[str, frozenset[int]] | None = None,
) -> list[Evidence]:
    """Evidence with each anchored theme kept only in paragraphs that name one of its anchors, or a place
    inside the region its title names (``places``: sentence indices), or are next to one (``ANCHOR_REACH``).

    "Aid" or "investment" in a paragraph that names neither China nor Beijing is not evidence of
    alignment with China: generic keywords of an anchored theme count only beside an anchor.
    """
    if not anchored_ids:
        return list(evidence)
    named: set[tuple[str, int, str]] = set()
    for theme, indices in (places or {}).items():
        for i in indices:
            named.add((sentences[i].source, sentences[i].paragraph, theme))
    proper = {key for key, k in keywords.items() if not k.common}
    for sentence, e in zip(sentences, evidence, strict=True):
        for theme, terms in e.terms.items():
            if theme in anchored_ids and any((theme, t) in proper for t in terms):
                named.add((sentence.source, sentence.paragraph, theme))
    out: list[Evidence] = []
    for sentence, e in zip(sentences, evidence, strict=True):
        near = [(sentence.source, sentence.paragraph + d) for d in range(-ANCHOR_REACH, ANCHOR_REACH + 1)]
        drop = [t for t in e.scores if t in anchored_ids and not any((*at, t) in named for at in near)]
        out.append(_without(e, drop))
    return out


def with_parties(
    sentences: Sequence[Sentence], evidence: Sequence[Evidence], parties: dict[str, frozenset[tuple[str, int]]]
) -> list[Evidence]:
    """Evidence with each theme about a country's relations (``parties``: per such theme, the paragraphs naming
    a second party, see ``parties.py``) kept only in those paragraphs."""
    if not parties:
        return list(evidence)
    out: list[Evidence] = []
    for sentence, e in zip(sentences, evidence, strict=True):
        at = (sentence.source, sentence.paragraph)
        drop = [t for t in e.scores if t in parties and at not in parties[t]]
        out.append(_without(e, drop))
    return out


def _without(e: Evidence, drop: Sequence[str]) -> Evidence:
    """``e`` without the themes in ``drop`` (``e`` itself when there are none)."""
    if not drop:
        return e
    return Evidence(
        {t: v for t, v in e.scores.items() if t not in drop}, {t: v for t, v in e.terms.items() if t not in drop}
    )
