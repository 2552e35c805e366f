"""Quantities one step of arithmetic away from what a source states: a share of a stated total.

"Two-thirds of Laos's $4.3 billion debt is owed to China" states, without writing it, about $2.9 billion
owed to China; another source's "Laos owes China more than $4 billion" cannot hold beside it. The derived
amount cites the words it comes from (the share through the total) and is compared with other sources'
amounts of the same measure; it is never listed as a figure of its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..analyze.terms import content_terms
from ..model import Cite, Discrepancy, Figure, Source
from .rules import Facts, comparable, derived_conflict

MAX_GAP = 40
"""Most characters between a share and the total it is a share of ("two-thirds of its external $4.3 billion")."""
APPROX_SHARE = 0.05
"""Relative tolerance of an amount derived from an approximate share ("about two-thirds")."""

_OF = re.compile(r"\s+of\s+(?:[^\s$€£¥,;.]+\s+){0,3}$")
"""Between a share and its total: "of", then at most three words ("of its", "of Laos's external")."""
_SHARE_WORDS = re.compile(r"^(?:the\s+)?share\s+of\s+", re.IGNORECASE)


def derived_amounts(facts: Sequence[Facts], sources: Sequence[Source]) -> list[Facts]:
    """The amounts that shares of stated totals come to, one per share, as facts to compare."""
    texts = {s.id: s.text for s in sources}
    by_source: dict[str, list[Facts]] = {}
    for item in facts:
        by_source.setdefault(item.figure.cite.source, []).append(item)
    out: list[Facts] = []
    for source, items in by_source.items():
        text = texts.get(source, "")
        for i, share in enumerate(items):
            figure = share.figure
            if figure.kind != "percent" or not 0 < figure.value < 100:
                continue
            total = next((t for t in items[i + 1 :] if t.figure.cite.start > figure.cite.end), None)
            if total is None or total.figure.kind != "money" or total.figure.cite.paragraph != figure.cite.paragraph:
                continue
            gap = text[figure.cite.end : total.figure.cite.start]
            if len(gap) > MAX_GAP or not _OF.fullmatch(gap):
                continue
            out.append(_derive(share, total, text))
    return out


def _derive(share: Facts, total: Facts, text: str) -> Facts:
    """The amount ``share`` of ``total`` comes to, labelled by the share's measure."""
    part, whole = share.figure, total.figure
    value = whole.value * part.value / 100
    label = _SHARE_WORDS.sub("", part.label) or whole.label
    start, end = part.cite.start, whole.cite.end
    approximate = share.mark == "~" or total.mark == "~"
    figure = Figure(
        text[start:end], value, whole.unit, "money", label, Cite(part.cite.source, part.cite.paragraph, start, end),
        qualifier=part.qualifier or whole.qualifier, salience=whole.salience, theme=part.theme,
        display=f"≈{_short(value)}",
    )
    precision = value * APPROX_SHARE if approximate else total.precision * part.value / 100
    return replace(
        share, figure=figure, terms=frozenset(content_terms(label)), unit_terms=frozenset(), mark="~" if approximate
        else total.mark, precision=precision,
    )


def derived_discrepancies(derived: Sequence[Facts], leads: Sequence[Facts]) -> tuple[Discrepancy, ...]:
    """Each derived amount that another source's amount of the same measure contradicts."""
    out: list[Discrepancy] = []
    for item in derived:
        clashing = [lead.figure for lead in leads if comparable(item, lead) and derived_conflict(item, lead)]
        if clashing:
            ordered = sorted((item.figure, *clashing), key=lambda f: (f.cite.source, f.cite.start))
            out.append(Discrepancy(clashing[0].label or item.figure.label, "money", item.figure.unit, tuple(ordered)))
    return tuple(out)


def _short(value: float) -> str:
    for size, suffix in ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K")):
        if value >= size:
            return f"{value / size:.1f}{suffix}"
    return f"{value:,.0f}"
