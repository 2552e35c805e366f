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

    def names_in(self, text: str) -> frozenset[str]:
        """Canonical names of the actors ``text`` mentions by name or alias."""
        if not self.by_first:
            return _NONE
        tokens = _TOKEN.findall(text)
        found: set[str] = set()
        for i, token in enumerate(tokens):
            for name_tokens, canonical in self.by_first.get(token, ()):
                if len(name_tokens) == 1 or tuple(tokens[i : i + len(name_tokens)]) == name_tokens:
                    found.add(canonical)
        return frozenset(found) if found else _NONE


def mention_index(actors: Sequence[Actor]) -> MentionIndex:
    """The index of the names and aliases of ``actors``."""
    index: dict[str, list[tuple[tuple[str, ...], str]]] = defaultdict(list)
    for actor in actors:
        for name in (actor.name, *actor.aliases):
            name_tokens = tuple(_TOKEN.findall(name))
            if name_tokens and len(name) >= MIN_NAME:
                index[name_tokens[0]].append((name_tokens, actor.name))
    return MentionIndex({k: tuple(sorted(v, key=lambda e: -len(e[0]))) for k, v in index.items()})
