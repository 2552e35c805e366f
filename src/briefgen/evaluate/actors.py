"""Score actors: names found (normalised, aliases allowed), then kind and role of those found.

A gold actors.toml with ``scope = "people"`` lists named people only; against it only the predicted
people are judged (organisations and countries are left out), and a predicted person that is no
gold person is junk.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Actor
from .gold import ACTOR_SCOPES, GoldActor
from .match import normalise_name, normalise_roles
from .scores import Accuracy, Counts


@dataclass(frozen=True, slots=True)
class ActorScore:
    """Actor scores of one text."""

    counts: Counts
    """Actors found against the gold; an actor listed twice counts once right, once wrong."""
    roles: Accuracy
    """Matched people whose role phrases equal the gold's (as a set, normalised)."""
    kinds: Accuracy
    """Matched actors of the right kind."""
    errors: tuple[str, ...] = ()
    """One line per miss, false alarm, duplicate or wrong role."""


def score_actors(gold: Sequence[GoldActor], predicted: Sequence[Actor], scope: str = "") -> ActorScore:
    """Match each predicted actor to the gold actor its name (or failing that an alias) names;
    ``scope`` is the gold's actor scope ("" every kind, "people")."""
    if scope:
        predicted = [a for a in predicted if a.kind in ACTOR_SCOPES[scope]]
    junk = "junk   " if scope else "extra  "
    by_name: dict[str, int] = {}
    for index, actor_gold in enumerate(gold):
        for name in actor_gold.names:
            by_name.setdefault(normalise_name(name), index)
    taken: dict[int, Actor] = {}
    errors: list[str] = []
    fp = 0
    roles = kinds = Accuracy()
    for actor in predicted:
        i = _gold_index(actor, by_name)
        if i is None:
            fp += 1
            errors.append(f"{junk} {actor.kind} {actor.name!r}")
            continue
        g = gold[i]
        if i in taken:
            if not g.optional:
                fp += 1
                errors.append(f"twice   {g.name!r}: also listed as {actor.name!r}")
            continue
        taken[i] = actor
        if g.optional:
            continue
        kinds += Accuracy(actor.kind == g.kind, 1)
        if actor.kind != g.kind:
            errors.append(f"kind    {g.name!r}: {actor.kind}, expected {g.kind}")
        if g.roles is not None and g.kind == "person":
            got = [r for r in actor.role.split("; ") if r]
            ok = normalise_roles(got) == normalise_roles(g.roles)
            roles += Accuracy(ok, 1)
            if not ok:
                errors.append(f"role    {g.name!r}: {actor.role!r}, expected {'; '.join(g.roles)!r}")
    fn = 0
    for i, g in enumerate(gold):
        if i not in taken and not g.optional:
            fn += 1
            errors.append(f"missed  {g.kind} {g.name!r}")
    tp = sum(1 for i in taken if not gold[i].optional)
    return ActorScore(Counts(tp, fp, fn), roles, kinds, tuple(errors))


def _gold_index(actor: Actor, by_name: dict[str, int]) -> int | None:
    own = by_name.get(normalise_name(actor.name))
    if own is not None:
        return own
    for alias in actor.aliases:
        hit = by_name.get(normalise_name(alias))
        if hit is not None:
            return hit
    return None
