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
    """``warning:`` lines for analysis.md: each claim that differs or that no source supports, then each
    estimative-language finding, naming its rule."""
    return _claim_lines(brief, path) + tuple(
        f"warning: {path}:{f.line}: “{f.text}” in {f.section} [{f.rule}]: {f.message}" for f in brief.language
    )


def _claim_lines(brief: Brief, path: Path | str) -> tuple[str, ...]:
    paths = {s.id: s.path for s in brief.sources}
    return tuple(
        f"warning: {path}:{claim.line}: {_describe(claim, paths)}"
        for claim in brief.claims
        if claim.status == "differs" or (claim.status == "unsupported" and not claim.forward)
    )


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
    """For ``--strict``: raise ``UnsupportedClaims`` when any number or quotation is not supported.

    Estimative-language findings stay warnings: they are about style, not about the facts.
    """
    path = analyst_file(folder)
    failing = _claim_lines(brief, path)
    if failing:
        raise UnsupportedClaims(
            f"{path}: {len(failing)} number(s) or quotation(s) not borne out by the sources "
            "(--strict); correct them, cite a source that gives them, or build without --strict",
            claim_warnings(brief, path),
        )
