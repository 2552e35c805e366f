"""The one orchestrator: brief folder -> sources -> analysis -> brief -> markup -> outputs on disk."""

from __future__ import annotations

import math
import os
import sys
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ._speed import dataclass_code  # noqa: F401  (imported first: methods of the dataclasses below from disk)
from ._speed.import_pause import import_paused
from .document import Document
from .errors import BriefgenError, IngestError
from .fileio import publish_set
from .incremental import MANIFEST, BuildInputs, UpToDate, input_key, manifest_bytes, up_to_date
from .ingest import read_sources
from .ingest.decode import DEFAULT_MAX_BYTES
from .markup import parse_markup
from .model import Analysis, Brief
from .provenance import apply_provenance
from .spec import BriefSpec, brief_folders, load_spec
from .templating.formats import BriefFormat, find_format, render
from .timelimit import time_limit
from .writers import ALL_FORMATS, WRITERS
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
    strict: bool = False
    """Refuse to build when analysis.md holds a number or quotation the sources do not bear out."""
    timeout: float | None = None
    """Wall-clock limit of one brief's build, in seconds (None: none); past it nothing is written."""
    skip_unchanged: bool = False
    """``build_unless_current``: leave a brief whose inputs are unchanged since its last build (no ``--force``)."""
    record_index: bool = True
    """Record each brief written with JSON in the library index (a batch's workers leave it to the batch)."""


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


def source_limit(megabytes: float) -> int:
    """``--max-source-mb`` in bytes; a clear error for zero, negative, infinite or not-a-number values."""
    if not math.isfinite(megabytes) or megabytes <= 0:
        raise BriefgenError(f"--max-source-mb {megabytes}: give a positive number of megabytes such as 50")
    return max(1, int(megabytes * 1024 * 1024))


def time_limit_seconds(seconds: float) -> float | None:
    """``--timeout`` in seconds (0: no limit); a clear error for negative or not-a-number values."""
    if math.isnan(seconds) or seconds < 0:
        raise BriefgenError(f"--timeout {seconds}: give a number of seconds such as 600, or 0 for no limit")
    return None if seconds == 0 or math.isinf(seconds) else seconds


def check_targets(folders: list[Path]) -> list[Path]:
    """The brief folders of one build, each once; an error when two different folders share a name.

    (Both would be written to ``<out>/<name>/``, the second silently replacing the first.)
    """
    seen: dict[str, Path] = {}
    unique: list[Path] = []
    for folder in folders:
        real = folder.resolve()
        if real.name == "brief.toml":
            real = real.parent
        other = seen.get(real.name)
        if other is None:
            seen[real.name] = real
            unique.append(folder)
        elif other != real:
            raise BriefgenError(
                f"{folder}: has the same name as {other}, so both would be written to <out>/{real.name}/; "
                "rename one or build them separately with different --out"
            )
    return unique


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
    sources = list(apply_provenance(sources, spec.provenance))  # brief.toml's [provenance."FILE"] tables
    if not sources:
        raise IngestError(
            f"{spec.root}: none of its {len(files)} source file(s) could be read ({skipped[0].reason}); "
            "fix or remove them"
        )
    # Imported here: an up-to-date check (incremental builds) never pays for compiling the analysis.
    from .analyst.attach import attach_analyst
    from .analyze.pipeline import analyze
    from .changes.attach import attach_changes
    from .compose import compose

    analysis = analyze(sources, spec)
    brief = attach_analyst(compose(analysis, spec), analysis, spec.root)  # analysis.md: the desk's sections
    brief = attach_changes(brief, spec)  # compare_with: what changed since the previous brief
    return Prepared(spec, analysis, brief, tuple(skipped))


_RECENT: OrderedDict[str, Prepared] = OrderedDict()
"""Briefs this process composed lately, by folder and build key (``build_key``: the inputs' content hash that
incremental builds trust to skip a build, which covers every input of ``prepare_brief``). Small: a process that
builds a brief again (a second format, a server, a test) reuses it. Batch workers keep none (``keep_prepared``):
a batch builds each brief once."""
_MAX_RECENT = 4
_KEEP = [True]


def _prepare_cached(folder: Path, options: BuildOptions, key: str) -> Prepared:
    """``prepare_brief``, or the brief this process composed from the same inputs (same output, no analysis)."""
    where = f"{folder}\n{folder.resolve()}\n{key}"  # the key hashes the files, not the folder's name or spelling
    known = _RECENT.get(where)
    if known is not None:
        _RECENT.move_to_end(where)
        return known
    prepared = prepare_brief(folder, options)
    if _KEEP[0] and build_key(prepared.spec, options) == key:  # no input changed while read: the key names it
        _RECENT[where] = prepared
        if len(_RECENT) > _MAX_RECENT:
            _RECENT.popitem(last=False)
    return prepared


def forget_prepared() -> None:
    """Drop the briefs kept by ``build`` and the analyses kept by content (benches time the analysis with it)."""
    _RECENT.clear()
    pipeline = sys.modules.get("briefgen.analyze.pipeline")  # not imported yet: nothing kept
    if pipeline is not None:
        pipeline.forget_analyses()


def keep_prepared(keep: bool) -> None:
    """Whether ``build`` keeps the briefs it composed for a later build of the same inputs (default: yes)."""
    _KEEP[0] = keep
    if not keep:
        _RECENT.clear()


def render_document(fmt: BriefFormat, brief: Brief) -> Document:
    """Render a format's template for a brief and parse the markup."""
    return parse_markup(render(fmt, brief), str(fmt.template_path))


def build(folder: Path, options: BuildOptions | None = None, progress: Progress | None = None) -> BuildResult:
    """Build one brief folder into its output files, published as one set once every format has rendered."""
    return _build(folder, options, progress, None)


def _build(folder: Path, options: BuildOptions | None, progress: Progress | None, key: str | None) -> BuildResult:
    """``build``; ``key``: the build key worked out just before (by ``build_unless_current``), None to work it out."""
    started = time.perf_counter()
    options = options or BuildOptions()
    say = progress or (lambda _msg: None)
    message = (
        f"{folder}: the build took over {options.timeout or 0:g} s (--timeout) and was stopped; nothing was written "
        "(raise --timeout or split the sources)"
    )
    import_paused(_build_modules(options))
    with time_limit(options.timeout, message) as limit:
        if key is None:  # before reading: a source edited meanwhile is built again
            key = build_key(load_spec(folder), options)
        prepared = _prepare_cached(folder, options, key)
        limit.check()
        spec, brief = prepared.spec, prepared.brief
        if options.strict:
            from .analyst.report import require_supported

            require_supported(brief, spec.root)  # issue 13: the analyst's claims, before anything is written
        skipped = f" ({len(prepared.skipped)} skipped)" if prepared.skipped else ""
        unsummarised = sum(t.reported and not t.covered for t in brief.themes)
        more = f" ({unsummarised} more reported in sentences that need their context)" if unsummarised else ""
        say(f"{spec.name}: {len(brief.sources)} source(s){skipped}, {len(brief.figures)} figures, "
            f"{sum(t.covered for t in brief.themes)}/{len(brief.themes)} themes covered{more}")
        fmt = find_format(options.template or spec.template)
        document = render_document(fmt, brief)
        job = RenderJob(brief, document, fmt.style, fmt.folder)
        rendered: list[tuple[str, bytes]] = []
        for name in options.formats:
            limit.check()
            say(f"{spec.name}: writing {name}")
            rendered.append((f"{spec.name}.{name}", write_format(job, name)))
        limit.disarm()
    outputs = publish_set(options.out_root / spec.name, [*rendered, (MANIFEST, manifest_bytes(key, rendered))])
    if "json" in options.formats and options.record_index:
        _record_in_index(options.out_root, spec.name, say)
    return BuildResult(spec.name, outputs[:-1], brief, time.perf_counter() - started, prepared.skipped)


_LAZY_MODULES = (
    "analyze.pipeline", "analyst.attach", "changes.attach", "compose",  # prepare_brief
    "templating.sandbox", "templating.filters", "templating.charts", "templating.judgement", "templating.runner",
)
"""The modules (in this package) a build imports on first use besides the writers and the index."""


def _build_modules(options: BuildOptions) -> list[str]:
    """The modules a build imports on first use (``prepare_brief``, the template, the writers, the index)."""
    names = [f"{__package__}.{name}" for name in _LAZY_MODULES]
    writers = [WRITERS[name].module.lstrip(".") for name in options.formats if name in WRITERS]
    names += [f"{__package__}.writers.{module}" for module in writers]
    if "json" in options.formats and options.record_index:
        names.append(f"{__package__}.web.index_db")
    return names


def _record_in_index(out_root: Path, name: str, say: Progress) -> None:
    """Record a published brief in the site's library index; the site reads the files when this fails."""
    import sqlite3

    from .web.index_db import INDEX_FILE, record_brief  # imported here: only builds that write JSON need it

    try:
        record_brief(out_root, name, out_root / name / f"{name}.json")
    except (sqlite3.Error, OSError) as exc:
        say(f"{name}: the library index {out_root / INDEX_FILE} was not updated ({exc}); the site reads the files")


def build_unless_current(
    folder: Path, options: BuildOptions | None = None, progress: Progress | None = None
) -> BuildResult | UpToDate:
    """``build``, or with ``options.skip_unchanged`` nothing when the brief's outputs are current (incremental)."""
    options = options or BuildOptions()
    if not options.skip_unchanged:
        return build(folder, options, progress)
    spec = load_spec(folder)
    names = [f"{spec.name}.{name}" for name in options.formats]
    target = options.out_root / spec.name
    key = build_key(spec, options)
    if up_to_date(target, key, names):
        return UpToDate(spec.name, tuple(target / name for name in names))
    return _build(folder, options, progress, key)  # the key just worked out, before reading the sources


def build_key(spec: BriefSpec, options: BuildOptions) -> str:
    """The content key of a build's inputs (incremental builds)."""
    fmt = find_format(options.template or spec.template)
    extra = [spec.root / spec.compare_with] if spec.compare_with else []
    settings = (
        ("template", str(fmt.folder.resolve())),
        ("date", spec.date),
        ("max_source_bytes", str(options.max_source_bytes)),
        ("keep_going", str(options.keep_going)),
        ("strict", str(options.strict)),
        ("SOURCE_DATE_EPOCH", os.environ.get("SOURCE_DATE_EPOCH", "")),
    )
    inputs = BuildInputs(spec.root, (*spec.source_files(), *extra), fmt.folder, settings, options.out_root)
    return input_key(inputs)
