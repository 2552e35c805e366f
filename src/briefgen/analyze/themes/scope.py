"""Where a theme's keywords may count: inside its ``query``'s paragraphs (or sources), outside its ``exclude`` phrases.

Both come from brief.toml and are the author's own restrictions (``query`` for the language). A
keyword hit is dropped when its sentence's paragraph (or source, with ``query_scope = "source"``)
does not satisfy the theme's query, or when its first word lies inside one of the theme's excluded
phrases ("Security" inside "Social Security"). Other themes' hits are untouched.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...model import Sentence, Source, ThemeMatch
from ...spec import ThemeSpec
from .keyword_scan import Keyword
from .query import Node, Term, matches, parse, term_spans
from .usage import inflection_base

_TEXT_WORD = re.compile(r"[^\W_]+")

Hits = list[tuple[int, Keyword]]


def restrict_hits(
    sources: Sequence[Source], sentences: Sequence[Sentence], all_hits: Sequence[Hits], themes: Sequence[ThemeSpec]
) -> list[Hits]:
    """``all_hits`` (parallel to ``sentences``) without the hits the themes' queries and exclusions rule out."""
    queries = {t.id: (parse(t.query), t.query_scope) for t in themes if t.query}
    excludes = {t.id: tuple(parse(f'"{p}"') for p in t.exclude) for t in themes}
    excludes = {k: v for k, v in excludes.items() if v}
    if not queries and not excludes:
        return list(all_hits)
    by_id = {s.id: s for s in sources}
    paragraphs = {(s.id, p.index): p.text for s in sources for p in s.paragraphs} if queries else {}
    allowed: dict[tuple[str, str, int], bool] = {}

    def in_query(theme: str, sentence: Sentence) -> bool:
        node, scope = queries[theme]
        key = (theme, sentence.source, -1 if scope == "source" else sentence.paragraph)
        ok = allowed.get(key)
        if ok is None:
            if scope == "source" and sentence.source in by_id:
                text = by_id[sentence.source].text
            else:
                text = paragraphs.get((sentence.source, sentence.paragraph), sentence.text)
            ok = allowed[key] = matches(node, text)
        return ok

    out: list[Hits] = []
    for sentence, hits in zip(sentences, all_hits, strict=True):
        if not hits:
            out.append(hits)
            continue
        spans: dict[str, list[tuple[int, int]]] = {}
        kept: Hits = []
        for at, keyword in hits:
            theme = keyword.theme
            if theme in queries and not in_query(theme, sentence):
                continue
            if theme in excludes:
                if theme not in spans:
                    spans[theme] = _phrase_spans(sentence.text, excludes[theme])
                if any(start <= at < end for start, end in spans[theme]):
                    continue
            kept.append((at, keyword))
        out.append(kept)
    return out


def _phrase_spans(text: str, phrases: Sequence[Node]) -> list[tuple[int, int]]:
    """Character spans of ``text`` where any of ``phrases`` (``Term`` nodes) occurs."""
    found = list(_TEXT_WORD.finditer(text))
    words = [inflection_base(m.group()) for m in found]
    return [
        (found[first].start(), found[last].end())
        for phrase in phrases
        if isinstance(phrase, Term)
        for first, last in term_spans(phrase, words)
    ]


def drop_outside_queries(
    sources: Sequence[Source], chosen: dict[tuple[str, int], ThemeMatch], themes: Sequence[ThemeSpec]
) -> dict[tuple[str, int], ThemeMatch]:
    """``chosen`` paragraph themes with every paragraph outside its theme's query left without a theme
    (a paragraph may otherwise follow its section or neighbours into a theme the author scoped away)."""
    queries = {t.id: (parse(t.query), t.query_scope) for t in themes if t.query}
    if not queries:
        return chosen
    texts = {(s.id, p.index): p.text for s in sources for p in s.paragraphs}
    whole = {s.id: s.text for s in sources}
    out = dict(chosen)
    for key, match in chosen.items():
        if match.theme in queries:
            node, scope = queries[match.theme]
            text = whole.get(key[0], "") if scope == "source" else texts.get(key, "")
            if not matches(node, text):
                out[key] = ThemeMatch(None, 0.0)
    return out
