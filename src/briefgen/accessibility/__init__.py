"""Accessibility checks of rendered briefs: machine-checkable rules walked over the output files."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Finding:
    """One broken accessibility rule at one place in a file."""

    rule: str
    """Short rule name, e.g. ``heading-order``."""
    where: str
    """Where in the file (part and block), for a reader to find it."""
    message: str
    """What is wrong and what the rule asks for."""

    def line(self) -> str:
        """The finding as one report line."""
        return f"{self.rule}: {self.where}: {self.message}"
