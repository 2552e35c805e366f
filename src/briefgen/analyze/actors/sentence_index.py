"""Which actors a sentence names: one scan over its word tokens against every name and alias."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from ...model import Actor

MIN_NAME = 3
"""Names and aliases shorter than this (in characters) are too ambiguous to count."""

_TOKEN = re.compile(r"[^\W_]+")
_NONE: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class MentionIndex:
    """Every actor name and alias as word tokens, indexed by the first token."""

    by_first: dict[str, tuple[tuple[tuple[str, ...], str], ...]]
    """First token -> (all tokens of the name, the actor's canonical name), longest first."""
    by_size: dict[str, tuple[tuple[int, dict[tuple[str, ...], tuple[str, ...]]], ...]]
    """``by_first`` looked up by the name's tokens: first token -> (a number of tokens, those names' tokens -> the
    canonical names), so that a token costs a look-up per name length, not a comparison per name (a common first
    word starts many names, more the longer the text)."""

    def names_in(self, text: str) -> frozenset[str]:
        """Canonical names of the actors ``text`` mentions by name or alias."""
        if not self.by_first:
            return _NONE
        tokens = _TOKEN.findall(text)
        found: set[str] = set()
        by_size = self.by_size
        for i, token in enumerate(tokens):
            sizes = by_size.get(token)
            if sizes is None:
                continue
            for size, names in sizes:
                canonical = names.get(tuple(tokens[i : i + size]))
                if canonical is not None:
                    found.update(canonical)
        return frozenset(found) if found else _NONE


def mention_index(actors: Sequence[Actor]) -> MentionIndex:
    """The index of the names and aliases of ``actors``."""
    index: dict[str, list[tuple[tuple[str, ...], str]]] = defaultdict(list)
    for actor in actors:
        for name in (actor.name, *actor.aliases):
            name_tokens = tuple(_TOKEN.findall(name))
            if name_tokens and len(name) >= MIN_NAME:
                index[name_tokens[0]].append((name_tokens, actor.name))
    by_first = {k: tuple(sorted(v, key=lambda e: -len(e[0]))) for k, v in index.items()}
    by_size: dict[str, dict[int, dict[tuple[str, ...], list[str]]]] = {}
    for first, entries in by_first.items():
        for name_tokens, canonical in entries:
            by_size.setdefault(first, {}).setdefault(len(name_tokens), {}).setdefault(name_tokens, []).append(canonical)
    return MentionIndex(by_first, {
        first: tuple((size, {n: tuple(c) for n, c in names.items()}) for size, names in sizes.items())
        for first, sizes in by_size.items()
    })
