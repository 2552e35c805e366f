"""Figures across sources: one reported by several sources is merged, one given differently is flagged.

Figures are one quantity only within one period (``periods``: the years of their label, sentence, paragraph
or source date); a share of a stated total is also checked against other sources' amounts (``derived``)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from ..analyze.merge import SentenceIndex
from ..model import Analysis, Discrepancy, Figure, Sentence
from .derived import derived_amounts, derived_discrepancies
from .periods import years_of_figures
from .rules import Facts, NameFinder, conflicting, facts_of, same_figure


class _Candidates:
    """Groups by kind, unit, label term and source: a figure is only compared with other sources' look-alikes."""

    def __init__(self) -> None:
        self._groups: dict[tuple[str, str, str], dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))

    def add(self, lead: Facts, group: int) -> None:
        """File a group under its first figure's kind, unit, label terms and source."""
        for term in lead.terms:
            self._groups[(lead.figure.kind, lead.figure.unit, term)][lead.figure.cite.source].append(group)

    def of(self, facts: Facts) -> list[int]:
        """Groups led by another source's figure of the same kind and unit sharing a label term, oldest first."""
        found: set[int] = set()
        for term in facts.terms:
            by_source = self._groups.get((facts.figure.kind, facts.figure.unit, term), {})
            for source, groups in by_source.items():
                if source != facts.figure.cite.source:
                    found.update(groups)
        return sorted(found)


def reconcile(analysis: Analysis) -> tuple[Analysis, tuple[Discrepancy, ...]]:
    """The analysis with shared figures merged (``Figure.also``), and the discrepancies between sources."""
    if len({f.cite.source for f in analysis.figures}) < 2:
        return analysis, ()  # figures of one source are left as they are
    groups: list[list[Facts]] = []
    candidates = _Candidates()
    facts = _facts(analysis)
    for item in facts:
        home = next((g for g in candidates.of(item) if _joins(groups[g], item)), None)
        if home is None:
            candidates.add(item, len(groups))
            groups.append([item])
        else:
            groups[home].append(item)
    merged = [_merge(group) for group in groups]
    found = _discrepancies(groups, merged, candidates)
    derived = derived_amounts(facts, analysis.sources)
    if derived:  # one step of arithmetic: a share of a stated total against another source's amount
        found += derived_discrepancies(derived, [g[0] for g in groups])
    return replace(analysis, figures=tuple(merged)), found


def as_listed(discrepancies: Sequence[Discrepancy], figures: Sequence[Figure]) -> tuple[Discrepancy, ...]:
    """The discrepancies holding their figures as the brief finally lists them (``sidebar`` set)."""
    final = {f.cite: f for f in figures}
    return tuple(replace(d, figures=tuple(final.get(f.cite, f) for f in d.figures)) for d in discrepancies)


def _joins(group: Sequence[Facts], item: Facts) -> bool:
    """A figure joins a group holding no figure of its source when it matches the group's first figure."""
    if any(member.figure.cite.source == item.figure.cite.source for member in group):
        return False
    return same_figure(group[0], item)


def _merge(group: Sequence[Facts]) -> Figure:
    """The group's first figure, citing the others too and as salient as the most salient of them."""
    lead = group[0].figure
    if len(group) == 1:
        return lead
    return replace(
        lead,
        also=tuple(member.figure.cite for member in group[1:]),
        salience=max(member.figure.salience for member in group),
    )


def _discrepancies(
    groups: Sequence[Sequence[Facts]], merged: Sequence[Figure], candidates: _Candidates
) -> tuple[Discrepancy, ...]:
    """Clusters of groups that give one quantity with values that cannot all hold."""
    parent = list(range(len(groups)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    sources = [{m.figure.cite.source for m in g} for g in groups]
    for i, group in enumerate(groups):
        for j in candidates.of(group[0]):
            if j > i and not sources[i] & sources[j] and conflicting(group[0], groups[j][0]):
                parent[root(j)] = root(i)
    clusters: dict[int, list[int]] = defaultdict(list)
    for i in range(len(groups)):
        clusters[root(i)].append(i)
    out: list[Discrepancy] = []
    for members in clusters.values():
        if len(members) > 1:
            first = merged[members[0]]
            out.append(Discrepancy(first.label, first.kind, first.unit, tuple(merged[i] for i in members)))
    return tuple(out)


def _facts(analysis: Analysis) -> list[Facts]:
    """The matching facts of every figure, with the years it holds for (``periods``) and the actors it names."""
    index = SentenceIndex(analysis.sentences, analysis.matches)
    sentences: dict[tuple[str, int], Sentence] = {(s.source, s.start): s for s in analysis.sentences}
    names = NameFinder(analysis.actors)
    return [
        facts_of(figure, sentences.get(index.sentence_key(figure.cite)), years, names)
        for figure, years in zip(analysis.figures, years_of_figures(analysis), strict=True)
    ]
