"""A theme's related terms: the words its field is reported in, added to the keywords its author chose.

Authors name a field by its head words ("security", "defence"); reports speak of its particulars
("missile launches", "coast guard patrols", "troops"). A theme whose keywords include a head word of
a group in ``data/themes/related.toml`` also counts that group's terms, at ``RELATED_SHARE`` of the
weight of the strongest head it names, so that the author's own words keep the most weight. Related
terms are common words: like the author's lower-case keywords, they count for a theme anchored on a
name only near that name or a place in its region (``coverage.anchor_scoped``). ``related = false``
in a theme's brief.toml table turns the expansion off.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass, replace

from ...resources import data_toml
from ...spec import Keyword, ThemeSpec

RELATED_SHARE = 0.5
"""Weight of a related term relative to the strongest head word of its group that the theme names."""


@dataclass(frozen=True, slots=True)
class RelatedGroup:
    """The head words that name a field and the terms the field is reported in."""

    heads: frozenset[str]
    terms: tuple[str, ...]


@functools.cache
def related_groups() -> tuple[RelatedGroup, ...]:
    """The groups of ``data/themes/related.toml``."""
    groups = data_toml("themes/related.toml")["groups"].values()
    return tuple(
        RelatedGroup(frozenset(h.casefold() for h in g["heads"]), tuple(g["terms"])) for g in groups
    )


def with_related_terms(themes: Sequence[ThemeSpec]) -> tuple[ThemeSpec, ...]:
    """The themes with their related terms added to their keywords (those already there keep their weight)."""
    return _expanded(tuple(themes))


@functools.lru_cache(maxsize=64)
def _expanded(themes: tuple[ThemeSpec, ...]) -> tuple[ThemeSpec, ...]:
    return tuple(_expand(theme) if theme.related else theme for theme in themes)


def _expand(theme: ThemeSpec) -> ThemeSpec:
    weights = {k.term.casefold(): k.weight for k in theme.keywords}
    added: dict[str, float] = {}
    for group in related_groups():
        head = max((weights[h] for h in group.heads if h in weights), default=0.0)
        if not head:
            continue
        for term in group.terms:
            if term.casefold() not in weights:
                added[term] = max(added.get(term, 0.0), RELATED_SHARE * head)
    if not added:
        return theme
    return replace(theme, keywords=theme.keywords + tuple(Keyword(t, w) for t, w in added.items()))
