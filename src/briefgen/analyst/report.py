"""Warning lines for the analyst's claims that the sources do not bear out, and the ``--strict`` error."""

from __future__ import annotations

from pathlib import Path

from ..errors import BriefgenError
from ..model import Brief, Claim
from ..spec import ANALYST_FILE, SPEC_FILE

_SHORT = 90


class UnsupportedClaims(BriefgenError):
    """``--strict``: numbers or quotations of the analyst's text that differ from the sources or none supports."""

    def __init__(self, message: str, warnings: tuple[str, ...]) -> None:
        super().__init__(message)
        self.warnings = warnings
        """The warning line of each such claim."""


def analyst_file(folder: Path) -> Path:
    """The analysis.md of a brief folder (given as the folder or its brief.toml)."""
    return (folder.parent if folder.name == SPEC_FILE else folder) / ANALYST_FILE


def claim_warnings(brief: Brief, path: Path | str) -> tuple[str, ...]:
    """One ``warning:`` line per claim that differs from the sources or that no source supports."""
    paths = {s.id: s.path for s in brief.sources}
    lines = []
    for claim in brief.claims:
        if claim.status != "supported":
            lines.append(f"warning: {path}:{claim.line}: {_describe(claim, paths)}")
    return tuple(lines)


def _describe(claim: Claim, paths: dict[str, str]) -> str:
    what = f"“{_short(claim.text)}”" if claim.kind == "quote" else claim.text
    noun = "quotation" if claim.kind == "quote" else "number"
    if claim.status == "differs" and claim.cites:
        cite = claim.cites[0]
        where = f"{paths.get(cite.source, cite.source)} ¶{cite.paragraph + 1}"
        value = f"“{_short(claim.source_value)}”" if claim.kind == "quote" else claim.source_value
        return f"{noun} {what} differs from the sources: {where} gives {value}"
    return f"{noun} {what} is not supported by any source (give the source or drop it)"


def _short(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= _SHORT else flat[: _SHORT - 1].rstrip() + "…"


def require_supported(brief: Brief, folder: Path) -> None:
    """For ``--strict``: raise ``UnsupportedClaims`` when any claim is not supported."""
    warnings = claim_warnings(brief, analyst_file(folder))
    if warnings:
        raise UnsupportedClaims(
            f"{analyst_file(folder)}: {len(warnings)} number(s) or quotation(s) not borne out by the sources "
            "(--strict); correct them, cite a source that gives them, or build without --strict",
            warnings,
        )
