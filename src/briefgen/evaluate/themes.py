"""Score paragraph themes: the share of paragraphs whose assigned theme the gold accepts."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Analysis, Source
from .gold import NO_THEME, GoldText
from .scores import Accuracy


@dataclass(frozen=True, slots=True)
class ThemeScore:
    """Paragraph theme accuracy of one text."""

    accuracy: Accuracy
    """Paragraphs whose theme is right."""
    errors: tuple[str, ...] = ()
    """One line per wrong paragraph: index, expected, got, score and the paragraph's opening."""


def score_themes(gold: GoldText, analysis: Analysis, source: Source) -> ThemeScore:
    """Compare ``analysis.paragraph_themes`` with the gold theme of every paragraph."""
    right = 0
    errors: list[str] = []
    for index, accepted in sorted(gold.paragraph_themes.items()):
        match = analysis.paragraph_themes.get((gold.source_id, index))
        got = (match.theme if match is not None else None) or NO_THEME
        if got in accepted:
            right += 1
            continue
        score = match.score if match is not None else 0.0
        opening = " ".join(source.paragraphs[index].text.split()[:8])
        errors.append(f"paragraph {index}: expected {'|'.join(accepted)}, got {got} ({score:g}): {opening}…")
    return ThemeScore(Accuracy(right, len(gold.paragraph_themes)), tuple(errors))
