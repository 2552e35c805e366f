"""Run the analysis over each gold folder's text and score every stage against the gold."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ..analyze.pipeline import analyze
from ..errors import GoldError
from ..ingest import read_sources
from ..model import Analysis, Source
from ..spec import SPEC_FILE, brief_folders, load_spec
from .actors import ActorScore, score_actors
from .figures import FigureScore, found, score_figures
from .gold import GoldText, load_gold
from .quotes import QuoteScore, score_quotes
from .themes import ThemeScore, score_themes

STAGES: tuple[str, ...] = ("figures", "themes", "actors", "quotes")
"""The stages the harness scores, in report order."""


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
    """Paragraph themes."""
    actors: ActorScore | None = None
    """Actors."""
    quotes: QuoteScore | None = None
    """Quotes."""


@dataclass(frozen=True, slots=True)
class GoldRun:
    """A gold text with its source and the analysis of it."""

    gold: GoldText
    """The gold annotations."""
    source: Source
    """The text as ingested."""
    analysis: Analysis
    """What the pipeline found."""


def gold_folders(root: Path) -> list[Path]:
    """Every gold folder (holding a brief.toml) directly under ``root``."""
    if not root.is_dir():
        raise GoldError(f"{root}: no such folder; run from the project folder or pass --gold")
    return brief_folders(root)


def run_folder(folder: Path) -> GoldRun:
    """Read a gold folder's brief and text, analyse the text and load its gold."""
    spec = load_spec(folder)
    files = spec.source_files()
    if len(files) != 1:
        raise GoldError(f"{folder / SPEC_FILE}: 'sources' must select exactly one text, not {len(files)}")
    sources = read_sources(files, spec.root)
    analysis = analyze(sources, spec)
    return GoldRun(load_gold(folder, sources[0]), sources[0], analysis)


def score_run(run: GoldRun, stages: Sequence[str] = STAGES) -> TextScores:
    """Score the asked-for stages of one analysed gold text."""
    gold, analysis = run.gold, run.analysis
    return TextScores(
        name=gold.name,
        size=len(run.source.text.encode("utf-8")),
        figures=score_figures(gold.figures, [found(f) for f in analysis.figures]) if "figures" in stages else None,
        themes=score_themes(gold, analysis, run.source) if "themes" in stages else None,
        actors=score_actors(gold.actors, analysis.actors) if "actors" in stages else None,
        quotes=score_quotes(gold.quotes, analysis.quotes, gold.actors) if "quotes" in stages else None,
    )
