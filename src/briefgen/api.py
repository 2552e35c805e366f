"""The one orchestrator: brief folder -> sources -> analysis -> brief -> markup -> outputs on disk."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .analyze.pipeline import analyze
from .compose import compose
from .document import Document
from .errors import BriefgenError, IngestError
from .fileio import write_atomic
from .ingest import read_sources
from .ingest.decode import DEFAULT_MAX_BYTES
from .markup import parse_markup
from .model import Analysis, Brief
from .spec import BriefSpec, brief_folders, load_spec
from .templating.formats import BriefFormat, find_format, render
from .writers import ALL_FORMATS
from .writers import render as write_format
from .writers.base import RenderJob

Progress = Callable[[str], None]


@dataclass(frozen=True, slots=True)
class BuildOptions:
    """How to build: which formats, which template, where to."""

    formats: tuple[str, ...] = ALL_FORMATS
    """Output formats to write."""
    template: str | None = None
    """Format name or folder; None uses the brief.toml's."""
    out_root: Path = Path("briefs")
    """Outputs go to ``<out_root>/<name>/<name>.<format>``."""
    max_source_bytes: int = DEFAULT_MAX_BYTES
    """Largest source file accepted."""
    keep_going: bool = False
    """Skip unreadable source files (``BuildResult.skipped``) instead of stopping at the first."""


@dataclass(frozen=True, slots=True)
class SkippedSource:
    """A source file a ``keep_going`` build left out."""

    path: Path
    """The file."""
    reason: str
    """The one-line error it gave (names the file and what to do)."""


@dataclass(frozen=True, slots=True)
class BuildResult:
    """What a build produced."""

    name: str
    """Brief name."""
    outputs: tuple[Path, ...]
    """Files written."""
    brief: Brief
    """The brief's content model."""
    seconds: float
    """Wall time of the build."""
    skipped: tuple[SkippedSource, ...] = ()
    """Source files left out because they could not be read (only with ``keep_going``)."""


@dataclass(frozen=True, slots=True)
class Prepared:
    """A brief folder read and composed, before any template runs."""

    spec: BriefSpec
    """The brief.toml."""
    analysis: Analysis
    """What the analysis found in the sources read."""
    brief: Brief
    """The content model."""
    skipped: tuple[SkippedSource, ...] = ()
    """Source files left out (only with ``keep_going``)."""


def find_briefs(seeds: Path) -> list[Path]:
    """Every brief folder (holding a brief.toml) directly under ``seeds``."""
    if not seeds.is_dir():
        raise BriefgenError(f"{seeds}: no such folder; run from the project folder or name a brief folder")
    return brief_folders(seeds)


def prepare(folder: Path, options: BuildOptions | None = None) -> tuple[BriefSpec, Analysis, Brief]:
    """Read a brief folder and compose its brief (no templates, no files written)."""
    prepared = prepare_brief(folder, options)
    return prepared.spec, prepared.analysis, prepared.brief


def prepare_brief(folder: Path, options: BuildOptions | None = None) -> Prepared:
    """Read a brief folder and compose its brief, noting the sources a ``keep_going`` build skipped."""
    options = options or BuildOptions()
    spec = load_spec(folder)
    files = spec.source_files()
    if not files:
        patterns = ", ".join(spec.sources)
        raise IngestError(f"{spec.root}: no source files match {patterns}; add sources or fix 'sources' in brief.toml")
    skipped: list[SkippedSource] = []

    def skip(path: Path, error: IngestError) -> None:
        skipped.append(SkippedSource(path, str(error)))

    sources = read_sources(files, spec.root, options.max_source_bytes, skip if options.keep_going else None)
    if not sources:
        raise IngestError(
            f"{spec.root}: none of its {len(files)} source file(s) could be read ({skipped[0].reason}); "
            "fix or remove them"
        )
    analysis = analyze(sources, spec)
    return Prepared(spec, analysis, compose(analysis, spec), tuple(skipped))


def render_document(fmt: BriefFormat, brief: Brief) -> Document:
    """Render a format's template for a brief and parse the markup."""
    return parse_markup(render(fmt, brief), str(fmt.template_path))


def build(folder: Path, options: BuildOptions | None = None, progress: Progress | None = None) -> BuildResult:
    """Build one brief folder into its output files; nothing is written unless every format renders."""
    started = time.perf_counter()
    options = options or BuildOptions()
    say = progress or (lambda _msg: None)
    prepared = prepare_brief(folder, options)
    spec, brief = prepared.spec, prepared.brief
    skipped = f" ({len(prepared.skipped)} skipped)" if prepared.skipped else ""
    say(f"{spec.name}: {len(brief.sources)} source(s){skipped}, {len(brief.figures)} figures, "
        f"{sum(t.covered for t in brief.themes)}/{len(brief.themes)} themes covered")
    fmt = find_format(options.template or spec.template)
    document = render_document(fmt, brief)
    job = RenderJob(brief, document, fmt.style, fmt.folder)
    out_dir = options.out_root / spec.name
    rendered: list[tuple[Path, bytes]] = []
    for name in options.formats:
        say(f"{spec.name}: writing {name}")
        rendered.append((out_dir / f"{spec.name}.{name}", write_format(job, name)))
    for path, data in rendered:
        write_atomic(path, data)
    outputs = tuple(p for p, _ in rendered)
    return BuildResult(spec.name, outputs, brief, time.perf_counter() - started, prepared.skipped)
