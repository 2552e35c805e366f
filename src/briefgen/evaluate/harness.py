"""The evaluation harness: score every stage on every gold text, plus the quantulum3 baseline and throughputs."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .baseline import Throughput, quantulum, quantulum_figures, throughput
from .figures import FigureScore, score_figures
from .runner import STAGES, TextScores, run_folder, score_run


@dataclass(frozen=True, slots=True)
class Report:
    """Scores of every gold text, and the baseline when it was run."""

    texts: tuple[TextScores, ...]
    """Per text, in folder order."""
    stages: tuple[str, ...]
    """Stages scored."""
    baseline: tuple[FigureScore, ...] | None = None
    """quantulum3's figure scores per text; None when not run or not installed."""
    speed: Throughput | None = None
    """Figure extraction throughputs; None when the baseline was not run."""
    baseline_missing: bool = False
    """True when the baseline was asked for but quantulum3 is not installed."""


def evaluate(folders: Sequence[Path], stages: Sequence[str] = STAGES, baseline: bool = True) -> Report:
    """Score ``stages`` on each gold folder; with ``baseline``, also run quantulum3 and time both."""
    runs = [run_folder(folder) for folder in folders]
    texts = tuple(score_run(run, stages) for run in runs)
    if not baseline or "figures" not in stages:
        return Report(texts, tuple(stages))
    parser = quantulum()
    if parser is None:
        return Report(texts, tuple(stages), speed=throughput([r.source for r in runs], None), baseline_missing=True)
    scores = tuple(
        score_figures(run.gold.figures, quantulum_figures(parser, run.source), check_kind=False) for run in runs
    )
    return Report(texts, tuple(stages), scores, throughput([r.source for r in runs], parser))
