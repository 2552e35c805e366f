"""Score themes: paragraph accuracy, theme coverage (coverage.toml), and summary items on-theme.

Coverage is judged as the brief states it: a theme of the composed brief is covered when its digest is
(``ThemeDigest.covered``), or when the brief says the sources report on it in sentences that need their
context (``ThemeDigest.reported``). A summary item — a theme digest's
summary sentence or a bottom-line item — is on-theme when the gold theme list of the paragraph it
cites holds the theme it is shown under (a bottom-line item's theme is that of its sentence).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Analysis, Brief, Source, SummaryItem
from .gold import NO_THEME, GoldText
from .scores import Accuracy, Counts


@dataclass(frozen=True, slots=True)
class ThemeScore:
    """Theme scores of one text."""

    accuracy: Accuracy
    """Paragraphs whose theme is right."""
    errors: tuple[str, ...] = ()
    """One line per wrong paragraph (index, expected, got, score, opening), coverage call or off-theme item."""
    coverage: Counts | None = None
    """Per theme, "covered" predicted against coverage.toml; None when the folder has none."""
    on_theme: Accuracy = field(default_factory=Accuracy)
    """Summary and bottom-line items whose cited paragraph the gold gives their theme."""


def score_themes(gold: GoldText, analysis: Analysis, source: Source, brief: Brief | None = None) -> ThemeScore:
    """Compare ``analysis.paragraph_themes`` with the gold theme of every paragraph; with the composed
    ``brief``, also its covered themes with coverage.toml and its summary items with the paragraphs' themes."""
    right = 0
    errors: list[str] = []
    for index, accepted in sorted(gold.paragraph_themes.items()):
        match = analysis.paragraph_themes.get((gold.source_id, index))
        got = (match.theme if match is not None else None) or NO_THEME
        if got in accepted:
            right += 1
            continue
        score = match.score if match is not None else 0.0
        errors.append(f"paragraph {index}: expected {'|'.join(accepted)}, got {got} ({score:g}): "
                      f"{_opening(source, index)}")
    if brief is None:
        return ThemeScore(Accuracy(right, len(gold.paragraph_themes)), tuple(errors))
    coverage = _coverage(gold, brief, errors)
    on_theme = _on_theme(gold, analysis, brief, source, errors)
    return ThemeScore(Accuracy(right, len(gold.paragraph_themes)), tuple(errors), coverage, on_theme)


def _coverage(gold: GoldText, brief: Brief, errors: list[str]) -> Counts | None:
    if gold.coverage is None:
        return None
    covered = {d.id: d.covered or d.reported for d in brief.themes}
    counts = Counts()
    for theme, expected in sorted(gold.coverage.items()):
        got = covered.get(theme, False)
        counts += Counts(int(got and expected), int(got and not expected), int(expected and not got))
        if got != expected:
            errors.append(f"coverage {theme}: {'covered' if got else 'not covered'}, "
                          f"expected {'covered' if expected else 'not covered'}")
    return counts


def _on_theme(gold: GoldText, analysis: Analysis, brief: Brief, source: Source, errors: list[str]) -> Accuracy:
    shown: list[tuple[str, str, SummaryItem]] = [
        ("bottom line", _sentence_theme(analysis, i.cite.source, i.cite.start) or NO_THEME, i) for i in brief.bluf
    ]
    shown += [("summary", d.id, i) for d in brief.themes for i in d.summary]
    on_theme = Accuracy()
    for where, theme, item in shown:
        if item.cite.source != gold.source_id:
            continue
        accepted = gold.paragraph_themes.get(item.cite.paragraph, ())
        ok = theme in accepted
        on_theme += Accuracy(ok, 1)
        if not ok:
            errors.append(f"off-theme {where} item under {theme}, paragraph {item.cite.paragraph} is "
                          f"{'|'.join(accepted)}: {_opening(source, item.cite.paragraph)}")
    return on_theme


def _sentence_theme(analysis: Analysis, source: str, start: int) -> str | None:
    """The theme of the sentence holding offset ``start`` (an item may cite part of a sentence, e.g. without
    its run-in heading)."""
    for sentence, match in zip(analysis.sentences, analysis.matches, strict=True):
        if sentence.source == source and sentence.start <= start < sentence.end:
            return match.theme
    return None


def _opening(source: Source, index: int) -> str:
    return " ".join(source.paragraphs[index].text.split()[:8]) + "…"
