"""The PDF writer alone, warm, beside plain reportlab writing the same text with the same TTF (issue 12).

    python bench/pdf_writer.py [--runs 21] [--repeats 3] [--brief seeds/cambodia]

In one process, after a first write that is not timed: ``--repeats`` rounds, each the median and the least
CPU time of ``--runs`` writes of the brief's PDF, then of the anchor (its paragraphs as plain reportlab
``Paragraph``s, in the same font file loaded as reportlab's own ``TTFont``: briefgen's font class
remembers string widths, which would speed up the anchor too). CPU time of this process is the figure
to read on a shared machine; the load average is printed before and after.

The anchor runs in the same process after briefgen's PDF writer is imported, so it shares the pure-Python
helpers the writer installs into ReportLab (``frags.same_frag``, ``syntax.encode``/``check_pdfdoc``: the
same answers, faster); its font is ReportLab's own ``TTFont`` (no remembered widths or subsets: before
2026-12-08 ReportLab's registry silently gave it briefgen's font of the same face, which made it faster).
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
from html import escape
from pathlib import Path

os.environ.setdefault("SOURCE_DATE_EPOCH", "1764000000")

from build_speed import measure, paragraphs, row

from briefgen.api import prepare_brief, render_document
from briefgen.templating.formats import find_format
from briefgen.writers.base import RenderJob
from briefgen.writers.pdf import write_pdf

ROOT = Path(__file__).resolve().parents[1]


def plain_reportlab(texts: list[str]) -> bytes:
    """The anchor: ``texts`` as plain reportlab paragraphs in Liberation Sans, reportlab's ``TTFont``."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from briefgen.writers.pdf.fonts import resolve_family

    ours = resolve_family("Liberation Sans").regular
    face = f"plain-{ours}"
    if face not in pdfmetrics.getRegisteredFontNames():
        font = TTFont(face, pdfmetrics.getFont(ours).face.filename)
        pdfmetrics.registerFont(font)
        # ReportLab registers a second font of a face already registered as the first font object of that face
        # (here briefgen's CachingTTFont, with its remembered widths and subsets): the anchor's own TTFont instead.
        pdfmetrics._fonts[face] = font
    style = ParagraphStyle("body", fontName=face, fontSize=10, leading=13)
    out = io.BytesIO()
    SimpleDocTemplate(out, invariant=1).build([Paragraph(escape(t, quote=False), style) for t in texts])
    return out.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--brief", type=Path, default=ROOT / "seeds" / "cambodia")
    args = parser.parse_args()
    print(f"{os.cpu_count()} cores, load average {', '.join(f'{x:.2f}' for x in os.getloadavg())}")
    prepared = prepare_brief(args.brief)
    fmt = find_format(prepared.spec.template)
    job = RenderJob(prepared.brief, render_document(fmt, prepared.brief), fmt.style, fmt.folder)
    texts = paragraphs(job)
    write_pdf(job)
    plain_reportlab(texts)
    ours, anchor = [], []
    for _ in range(args.repeats):
        ours.append(measure(lambda: write_pdf(job), args.runs))
        row(f"pdf writer, {args.brief.name} ({args.runs} runs)", ours[-1])
        anchor.append(measure(lambda: plain_reportlab(texts), args.runs))
        row(f"anchor: plain reportlab, {len(texts)} paragraphs", anchor[-1])
    for label, times in (("pdf writer", ours), ("anchor", anchor)):
        median = statistics.median(t[1] for t in times) * 1000
        least = min(t[2] for t in times) * 1000
        print(f"{label}: median of the rounds' median CPU {median:.1f} ms, least {least:.1f} ms")
    print(f"load average at the end {', '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
