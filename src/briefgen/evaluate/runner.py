"""Run the analysis over each gold folder's text and score every stage against the gold."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ..analyze.pipeline import analyze
from ..compose import compose
from ..errors import BriefgenError, GoldError
from ..ingest import read_sources
from ..model import Analysis, Brief, Source
from ..spec import SPEC_FILE, BriefSpec, brief_folders, load_spec
from .actors import ActorScore, score_actors
from .figures import FigureScore, found, score_figures
from .gold import SPLITS, GoldText, load_gold
from .quotes import QuoteScore, score_quotes
from .themes import ThemeScore, score_themes

STAGES: tuple[str, ...] = ("figures", "themes", "actors", "quotes")
"""The stages the harness scores, in report order."""
SPLIT_CHOICES: tuple[str, ...] = (*SPLITS, "all")
"""What ``--split`` accepts."""


@dataclass(frozen=True, slots=True)
class TextScores:
    """Every stage's score on one gold text (None for stages not asked for)."""

    name: str
    """Gold folder name."""
    size: int
    """Length of the text in UTF-8 bytes."""
    figures: FigureScore | None = None
    """Figures."""
    themes: ThemeScore | None = None
    """Paragraph themes, coverage and summary items."""
    actors: ActorScore | None = None
    """Actors."""
    quotes: QuoteScore | None = None
    """Quotes."""
    split: str = "dev"
    """The split of the gold folder: dev or test."""
    figure_scope: str = ""
    """The gold's figure scope ("money-percent"; "" every kind)."""
    actor_scope: str = ""
    """The gold's actor scope ("people"; "" every kind)."""


@dataclass(frozen=True, slots=True)
class GoldRun:
    """A gold text with its source and the analysis of it."""

    gold: GoldText
    """The gold annotations."""
    source: Source
    """The text as ingested."""
    analysis: Analysis
    """What the pipeline found."""
    brief: Brief | None = None
    """The brief composed from the analysis (for theme coverage and summary items); None when not built."""


def gold_folders(root: Path, split: str = "all") -> list[Path]:
    """The gold folders (holding a brief.toml) of ``root/dev`` and ``root/test`` (``split`` picks one),
    in split then name order; a root with neither holds its gold folders directly (all dev)."""
    if not root.is_dir():
        raise GoldError(f"{root}: no such folder; run from the project folder or pass --gold")
    if split not in SPLIT_CHOICES:
        raise GoldError(f"split {split!r}: use one of {', '.join(SPLIT_CHOICES)}")
    if not any((root / s).is_dir() for s in SPLITS):
        return brief_folders(root) if split in ("dev", "all") else []
    return [f for s in SPLITS if split in (s, "all") for f in brief_folders(root / s)]


def load_folder(folder: Path) -> tuple[BriefSpec, Source, GoldText]:
    """A gold folder's brief, its one text and its gold, every file checked (GoldError, SpecError…)."""
    spec = load_spec(folder)
    files = spec.source_files()
    if len(files) != 1:
        raise GoldError(f"{folder / SPEC_FILE}: 'sources' must select exactly one text, not {len(files)}")
    source = read_sources(files, spec.root)[0]
    return spec, source, load_gold(folder, source, [t.id for t in spec.themes])


def check_folders(folders: Sequence[Path]) -> list[str]:
    """One line per gold folder that does not load (every check of ``load_gold``); empty when all are sound."""
    problems: list[str] = []
    for folder in folders:
        try:
            load_folder(folder)
        except BriefgenError as exc:
            problems.append(str(exc))
    return problems


def run_folder(folder: Path, build: bool = True) -> GoldRun:
    """Read a gold folder's brief and text, analyse the text (with ``build``, compose the brief too), load its gold."""
    spec, source, gold = load_folder(folder)
    analysis = analyze((source,), spec)
    return GoldRun(gold, source, analysis, compose(analysis, spec) if build else None)


def score_run(run: GoldRun, stages: Sequence[str] = STAGES) -> TextScores:
    """Score the asked-for stages of one analysed gold text."""
    gold, analysis = run.gold, run.analysis
    figures = [found(f) for f in analysis.figures]
    return TextScores(
        name=gold.name,
        size=len(run.source.text.encode("utf-8")),
        figures=score_figures(gold.figures, figures, scope=gold.figure_scope) if "figures" in stages else None,
        themes=score_themes(gold, analysis, run.source, run.brief) if "themes" in stages else None,
        actors=score_actors(gold.actors, analysis.actors, gold.actor_scope) if "actors" in stages else None,
        quotes=score_quotes(gold.quotes, analysis.quotes, gold.actors) if "quotes" in stages else None,
        split=gold.split,
        figure_scope=gold.figure_scope,
        actor_scope=gold.actor_scope,
    )
