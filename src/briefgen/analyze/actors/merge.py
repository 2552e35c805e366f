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
from .groups import merge_roles, same_first
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
    for order, actor in indexed:
        target = _target(actor, merged)
        if target is None:
            merged.append(_Merged(actor, _names(actor), name_tokens(actor.name), order))
            continue
        target.actor = _combine(target.actor, actor, earlier=order < target.order)
        target.names |= _names(actor)
        target.order = min(target.order, order)
    merged.sort(key=lambda m: (-m.actor.mentions, m.order))
    return tuple(m.actor for m in merged)


def _names(actor: Actor) -> set[str]:
    return {_fold(n) for n in (actor.name, *actor.aliases)}


def _fold(name: str) -> str:
    return " ".join(name.replace("’", "'").split()).casefold()


def _target(actor: Actor, merged: Sequence[_Merged]) -> _Merged | None:
    same_kind = [m for m in merged if m.actor.kind == actor.kind]
    names = _names(actor)
    by_name = [m for m in same_kind if m.names & names]
    if len(by_name) == 1:
        return by_name[0]
    if by_name or actor.kind != "person":
        return None
    tokens = name_tokens(actor.name)
    fitting = [m for m in same_kind if _same_person(tokens, m.tokens)]
    return fitting[0] if len(fitting) == 1 else None


def _same_person(short: list[str], full: list[str]) -> bool:
    """True when ``short`` names the person ``full`` names: a run of its words, or surname and given name."""
    if not short or not full or len(short) > len(full):
        return False
    n = len(short)
    if any(full[i:i + n] == short for i in range(len(full) - n + 1)):
        return n > 1 or short[0] in (full[0], full[-1])
    return n > 1 and short[-1] == full[-1] and same_first(short[0], full[0])


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
