"""Merge the actors of several sources: one actor however each source names it.

Two actors of the same kind are one when a name of either is a name or alias of the other
("ASEAN" / "Association of Southeast Asian Nations"); two people also when the shorter name is
the longer one's surname or a run of its words ("Biden" / "Joseph R. Biden, Jr.", "Xi" / "Xi
Jinping"), or the same surname with a compatible given name ("Joe Biden"). A short name that
fits several different people ("Kim") joins none of them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from ...model import Actor
from .groups import OF, holds_run, merge_roles, own_words, person_tokens, same_first
from .lexicon import name_tokens


@dataclass(slots=True)
class _Merged:
    actor: Actor
    names: set[str] = field(default_factory=set)
    tokens: list[str] = field(default_factory=list)
    order: int = 0


def merge_actors(actors: Sequence[Actor]) -> tuple[Actor, ...]:
    """One actor per real-world actor across sources, mentions added, most mentioned first."""
    indexed = list(enumerate(actors))
    # Fullest names first, so that short names find the full one to join.
    indexed.sort(key=lambda pair: (-len(name_tokens(pair[1].name)) if pair[1].kind == "person" else 0, pair[0]))
    merged: list[_Merged] = []
    index = _Index()
    for order, actor in indexed:
        target = _target(actor, index)
        if target is None:
            entry = _Merged(actor, _names(actor), person_tokens(actor.name), order)
            merged.append(entry)
            index.add(entry, entry.names, new=True)
            continue
        target.actor = _combine(target.actor, actor, earlier=order < target.order)
        new_names = _names(actor) - target.names
        target.names |= new_names
        index.add(target, new_names)
        target.order = min(target.order, order)
    merged.sort(key=lambda m: (-m.actor.mentions, m.order))
    return tuple(m.actor for m in merged)


@dataclass(slots=True)
class _Index:
    """The merged actors by kind and folded name, and the merged people by name token: the only ones a new
    actor can join (a shorter name that fits a person holds its first or its last token)."""

    by_name: dict[tuple[str, str], list[_Merged]] = field(default_factory=dict)
    by_token: dict[str, list[_Merged]] = field(default_factory=dict)

    def add(self, entry: _Merged, names: set[str], new: bool = False) -> None:
        """Index ``entry`` under ``names``, and a ``new`` person under its tokens."""
        for name in names:
            self.by_name.setdefault((entry.actor.kind, name), []).append(entry)
        if new and entry.actor.kind == "person":
            for token in dict.fromkeys(own_words(entry.tokens)):
                self.by_token.setdefault(token, []).append(entry)


def _names(actor: Actor) -> set[str]:
    return {_fold(n) for n in (actor.name, *actor.aliases)}


def _fold(name: str) -> str:
    return " ".join(name.replace("’", "'").split()).casefold()


def _target(actor: Actor, index: _Index) -> _Merged | None:
    by_name = {id(m): m for n in _names(actor) for m in index.by_name.get((actor.kind, n), ())}
    if len(by_name) == 1:
        return next(iter(by_name.values()))
    if by_name or actor.kind != "person":
        return None
    tokens = person_tokens(actor.name)
    if not tokens:
        return None
    candidates = {id(m): m for t in (tokens[0], tokens[-1]) for m in index.by_token.get(t, ())}
    fitting = [m for m in candidates.values() if _same_person(tokens, m.tokens)]
    return fitting[0] if len(fitting) == 1 else None


def _same_person(short: list[str], full: list[str]) -> bool:
    """True when ``short`` names the person ``full`` names: a run of its words, or surname and given name."""
    if not short or not full or len(short) > len(full):
        return False
    n = len(short)
    if holds_run(full, short):
        return n > 1 or short[0] in (full[0], full[-1])
    return n > 1 and OF not in full and short[-1] == full[-1] and same_first(short[0], full[0])


def _combine(kept: Actor, other: Actor, earlier: bool) -> Actor:
    """``kept`` with ``other``'s roles, mentions, aliases and themes; ``other``'s cite when it came first."""
    roles = merge_roles([(i, r) for i, r in enumerate((*kept.role.split("; "), *other.role.split("; "))) if r])
    aliases = [a for a in dict.fromkeys((*kept.aliases, other.name, *other.aliases)) if a != kept.name]
    return replace(
        kept,
        role="; ".join(roles),
        mentions=kept.mentions + other.mentions,
        aliases=tuple(aliases),
        themes=tuple(dict.fromkeys((*kept.themes, *other.themes))),
        cite=(other.cite or kept.cite) if earlier else (kept.cite or other.cite),
    )
