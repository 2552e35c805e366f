"""``verify``: regenerate the brief from its folder in the edited file's format, read both back, compare."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ...api import BuildOptions, prepare_brief, render_document
from ...errors import BriefgenError
from ...templating.formats import find_format
from ...writers import render as write_format
from ...writers.base import RenderJob
from .compare import Comparison, compare
from .docx_reader import read_docx
from .html_reader import read_html
from .paragraphs import ReadParagraph
from .pdf_reader import read_pdf

Reader = Callable[[Path], tuple[ReadParagraph, ...]]
READERS: dict[str, Reader] = {"docx": read_docx, "pdf": read_pdf, "html": read_html}
"""Readers by output format."""


@dataclass(frozen=True, slots=True)
class Verified:
    """What ``verify`` found, with what it compared."""

    path: Path
    """The edited file."""
    folder: Path
    """The brief folder whose sources it was checked against."""
    comparison: Comparison
    """Findings and counts."""


def brief_folder_for(path: Path, given: Path | None, seeds: Path = Path("seeds")) -> Path:
    """The brief folder of an output file: ``--brief``, else ``seeds/<file name without suffix>``."""
    if given is not None:
        return given
    folder = seeds / path.stem
    if not (folder / "brief.toml").is_file():
        raise BriefgenError(
            f"{path}: no brief folder {folder}/ with a brief.toml; name the brief's folder with --brief"
        )
    return folder


def verify(path: Path, folder: Path, template: str | None = None) -> Verified:
    """Check an edited brief file against the sources of the brief folder it was built from."""
    suffix = path.suffix.lower().lstrip(".")
    reader = READERS.get(suffix)
    if reader is None:
        raise BriefgenError(f"{path}: can only verify .docx, .pdf or .html briefs, not '{path.suffix or path.name}'")
    if not path.is_file():
        raise BriefgenError(f"{path}: not found; give the edited brief's .docx, .pdf or .html file")
    edited = reader(path)
    prepared = prepare_brief(folder, BuildOptions())
    fmt = find_format(template or prepared.spec.template)
    job = RenderJob(prepared.brief, render_document(fmt, prepared.brief), fmt.style, fmt.folder)
    with tempfile.TemporaryDirectory(prefix="briefgen-verify-") as tmp:
        fresh = Path(tmp) / f"generated.{suffix}"
        fresh.write_bytes(write_format(job, suffix))
        expected = reader(fresh)
    comparison = compare(edited, expected, prepared.brief, prepared.analysis, str(path))
    return Verified(path, folder, comparison)


def report_lines(result: Verified, intact: bool = False) -> list[str]:
    """One line per finding (with ``intact``, one per intact cited paragraph too), then a summary line."""
    name = result.path
    lines = []
    if intact:
        for n, excerpt, marks in result.comparison.intact:
            lines.append(f"{name}: ¶{n} “{excerpt}”: intact [{', '.join(marks)}]")
    for f in result.comparison.findings:
        what = {
            "changed": f"{f.text} changed: {f.detail}",
            "invented": f"{f.text}: {f.detail} (added or altered)",
            "citation-removed": f"citation removed (now {f.text}); {f.detail}",
            "citation-changed": f"citation changed to {f.text}; {f.detail}",
            "wrong-speaker": f"quotation attributed to {f.text}; {f.detail}",
        }[f.kind]
        lines.append(f"{name}: ¶{f.paragraph} “{f.excerpt}”: {what}")
    c = result.comparison
    state = "differs" if c.findings else "ok"
    lines.append(
        f"{state}: {name}: {len(c.findings)} finding(s); {c.intact_cited} of {c.cited} cited passages intact; "
        f"{c.edited} paragraph(s) edited or added (checked against {result.folder})"
    )
    return lines
