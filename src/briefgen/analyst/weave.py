"""Put each supported claim's citations into the analyst's text, right after the claim."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from ..model import AnalystSection, Cite, JudgementBlock, JudgementRun
from .check import PlacedClaim


def weave(sections: Sequence[AnalystSection], claims: Sequence[PlacedClaim]) -> tuple[AnalystSection, ...]:
    """The sections with the runs split where a supported claim ends, that run carrying the claim's cites."""
    cuts: dict[tuple[int, int], dict[int, list[Cite]]] = defaultdict(lambda: defaultdict(list))
    for placed in claims:
        if placed.claim.status == "supported" and placed.claim.cites:
            at = placed.place
            cuts[(at.section, at.block)][at.offset].extend(placed.claim.cites)
    out: list[AnalystSection] = []
    for s_index, section in enumerate(sections):
        blocks = tuple(
            _cut(block, cuts.get((s_index, b_index), {})) for b_index, block in enumerate(section.blocks)
        )
        out.append(AnalystSection(section.id, section.title, section.line, blocks))
    return tuple(out)


def _cut(block: JudgementBlock, at: dict[int, list[Cite]]) -> JudgementBlock:
    if not at:
        return block
    runs: list[JudgementRun] = []
    offset = 0
    for run in block.runs:
        start = offset
        end = offset + len(run.text)
        for cut in sorted(c for c in at if start < c <= end):
            piece = run.text[: cut - start]
            runs.append(JudgementRun(piece, run.strong, run.em, _unique(at[cut])))
            run = JudgementRun(run.text[cut - start :], run.strong, run.em)
            start = cut
        if run.text:
            runs.append(run)
        offset = end
    return JudgementBlock(tuple(runs), block.line, block.item)


def _unique(cites: Sequence[Cite]) -> tuple[Cite, ...]:
    return tuple(dict.fromkeys(cites))
