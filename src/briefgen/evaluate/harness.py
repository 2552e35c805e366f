"""The evaluation harness: score every stage on every gold text, plus the quantulum3 baseline and throughputs."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .baseline import Throughput, quantulum_run, throughput
from .figures import FigureScore, score_figures
from .gold import SPLITS
from .runner import STAGES, TextScores, run_folder, score_run


@dataclass(frozen=True, slots=True)
class Report:
    """Scores of every gold text, and the baseline when it was run."""

    texts: tuple[TextScores, ...]
    """Per text, in folder order."""
    stages: tuple[str, ...]
    """Stages scored."""
    baseline: tuple[FigureScore, ...] | None = None
    """quantulum3's figure scores per text (parallel to ``texts``); None when not run or not installed."""
    speed: Throughput | None = None
    """Figure extraction throughputs; None when the baseline was not run."""
    baseline_missing: bool = False
    """True when the baseline was asked for but quantulum3 is not installed."""

    @property
    def splits(self) -> tuple[str, ...]:
        """The splits the report's texts come from, dev before test."""
        present = {t.split for t in self.texts}
        return tuple(s for s in SPLITS if s in present)


def evaluate(folders: Sequence[Path], stages: Sequence[str] = STAGES, baseline: bool = True) -> Report:
    """Score ``stages`` on each gold folder; with ``baseline``, also run quantulum3 and time both.

    Each text's split (dev or test) is the folder holding its gold folder; ``totals(report, split)``
    adds the scores up per split."""
    runs = [run_folder(folder, build="themes" in stages) for folder in folders]
    texts = tuple(score_run(run, stages) for run in runs)
    if not baseline or "figures" not in stages:
        return Report(texts, tuple(stages))
    sources = [r.source for r in runs]
    found = quantulum_run(sources)
    if found is None:
        return Report(texts, tuple(stages), speed=throughput(sources, None), baseline_missing=True)
    predicted, seconds = found
    scores = tuple(
        score_figures(run.gold.figures, p, check_kind=False, scope=run.gold.figure_scope)
        for run, p in zip(runs, predicted, strict=True)
    )
    return Report(texts, tuple(stages), scores, throughput(sources, seconds))
