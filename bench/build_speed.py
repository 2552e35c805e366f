"""Per-brief build cost: cold (a whole ``briefgen build`` process) and warm (in one process), per writer.

    python bench/build_speed.py [--runs 7] [--brief seeds/cambodia]

Cold: ``briefgen build BRIEF`` (4 formats) in a fresh process writing into an empty folder, median wall and
CPU time (the on-disk caches, e.g. trimmed DOCX fonts, are warm after the first run ever). Python's bytecode
cache is on, as an installed package has it (in a temporary folder, ``PYTHONPYCACHEPREFIX``), also when the
environment sets ``PYTHONDONTWRITEBYTECODE``; ``--no-bytecode-cache`` times every module compiled from source.
Warm: in one process after a first build, the median of ``--runs`` builds of the whole brief
(template, all writers; the composed brief is kept by the process, as ``build`` keeps it for the same
inputs), the same analysing and composing the brief again each time (as every brief of a batch is),
and each writer alone, beside the anchors the issue names: plain reportlab and plain python-docx writing the
same text (its paragraphs, with the same TTF).
CPU time (this process only) is shown next to wall time because the machine is shared: on a busy
machine the wall time grows, the CPU time much less; the least CPU time of the runs grows least of all.
"""

from __future__ import annotations

import argparse
import dataclasses
import io
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("SOURCE_DATE_EPOCH", "1764000000")

from _process import child_env, run

from briefgen.api import BuildOptions, build, forget_prepared, prepare_brief, render_document
from briefgen.document import Cell, Heading, ListItem, Para, plain_text
from briefgen.templating.formats import find_format
from briefgen.writers import ALL_FORMATS
from briefgen.writers import render as write_format
from briefgen.writers.base import RenderJob

ROOT = Path(__file__).resolve().parents[1]


def measure(fn: Callable[[], object], runs: int) -> tuple[float, float, float]:
    """Median wall, median CPU and least CPU seconds of ``runs`` calls (the least is the steadiest figure when
    other processes share the cores)."""
    walls, cpus = [], []
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        fn()
        cpus.append(time.process_time() - cpu)
        walls.append(time.perf_counter() - wall)
    return statistics.median(walls), statistics.median(cpus), min(cpus)


def cold(brief: Path, runs: int, bytecode_cache: bool = True) -> tuple[float, float, float]:
    """Median wall, median CPU and least CPU of a whole ``briefgen build`` process, each into an empty folder
    (into the same folder every run after the first would only find the brief up to date), after a warm-up run."""
    walls, cpus = [], []
    with tempfile.TemporaryDirectory() as cache:
        env = child_env(cache if bytecode_cache else None)
        for run in range(runs + 1):
            wall, cpu = _cold_run(brief, env)
            if run:  # the first run fills the bytecode cache
                walls.append(wall)
                cpus.append(cpu)
    return statistics.median(walls), statistics.median(cpus), min(cpus)


def _cold_run(brief: Path, env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds of one ``briefgen build`` process into an empty folder."""
    with tempfile.TemporaryDirectory() as out:
        return run([sys.executable, "-m", "briefgen", "build", "-q", str(brief), "--out", out], env)


def paragraphs(job: RenderJob) -> list[str]:
    """The text of every paragraph of the document (in boxes, lists, tables too), for the anchors."""
    out: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, (Para, Heading, ListItem, Cell)):
            out.append(plain_text(node.children))
            walk(getattr(node, "blocks", ()))
        elif isinstance(node, tuple):
            for item in node:
                walk(item)
        elif dataclasses.is_dataclass(node):
            for field in dataclasses.fields(node):
                walk(getattr(node, field.name))

    walk(job.document.body)
    return out


def plain_reportlab(texts: list[str]) -> bytes:
    """The anchor: the same paragraphs through plain reportlab with the same TTF."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from briefgen.writers.pdf.fonts import resolve_family

    face = resolve_family("Liberation Sans").regular
    style = ParagraphStyle("body", fontName=face, fontSize=10, leading=13)
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, invariant=1)
    from xml.sax.saxutils import escape

    doc.build([Paragraph(escape(t), style) for t in texts])
    return out.getvalue()


def plain_docx(texts: list[str]) -> bytes:
    """The anchor: the same paragraphs through plain python-docx."""
    import docx

    document = docx.Document()
    for text in texts:
        document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def row(label: str, times: tuple[float, float, float]) -> None:
    wall, cpu, least = times
    print(f"  {label:<42} {wall * 1000:7.1f} ms wall {cpu * 1000:7.1f} ms CPU (least {least * 1000:6.1f})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--brief", type=Path, default=ROOT / "seeds" / "cambodia")
    parser.add_argument("--no-bytecode-cache", action="store_true", help="cold runs compile every module from source")
    args = parser.parse_args()
    cache = "off" if args.no_bytecode_cache else "on"
    print(f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f}; medians of {args.runs} runs")
    times = cold(args.brief, max(3, args.runs // 2), not args.no_bytecode_cache)
    row(f"cold: briefgen build {args.brief.name} (4 formats)", times)
    print(f"  (cold: bytecode cache {cache})")
    with tempfile.TemporaryDirectory() as out:
        options = BuildOptions(out_root=Path(out))
        build(args.brief, options)
        row("warm: whole build, 4 formats", measure(lambda: build(args.brief, options), args.runs))

        def analysed_again() -> None:
            forget_prepared()
            build(args.brief, options)

        row("warm: the same, analysed again each time", measure(analysed_again, args.runs))
    prepared = prepare_brief(args.brief)
    fmt = find_format(prepared.spec.template)
    row("warm: template + markup", measure(lambda: render_document(fmt, prepared.brief), args.runs))
    job = RenderJob(prepared.brief, render_document(fmt, prepared.brief), fmt.style, fmt.folder)
    for name in ALL_FORMATS:
        write_format(job, name)
        row(f"warm: {name} writer", measure(lambda name=name: write_format(job, name), args.runs))
    texts = paragraphs(job)
    plain_reportlab(texts)
    plain_docx(texts)
    row(f"anchor: plain reportlab, {len(texts)} paragraphs", measure(lambda: plain_reportlab(texts), args.runs))
    row(f"anchor: plain python-docx, {len(texts)} paragraphs", measure(lambda: plain_docx(texts), args.runs))
    print(f"load average at the end {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
