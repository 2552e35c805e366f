"""Precision, recall, F1 and accuracy counts, addable across texts."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Counts:
    """True positives, false positives and false negatives of one stage."""

    tp: int = 0
    """Predictions that match a gold item."""
    fp: int = 0
    """Predictions that match none."""
    fn: int = 0
    """Gold items that no prediction matches."""

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        """Share of predictions that are right (1.0 when nothing was predicted)."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """Share of gold items found (1.0 when there are none)."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True, slots=True)
class Accuracy:
    """How many of some judged items were right."""

    right: int = 0
    """Items judged right."""
    total: int = 0
    """Items judged."""

    def __add__(self, other: Accuracy) -> Accuracy:
        return Accuracy(self.right + other.right, self.total + other.total)

    @property
    def value(self) -> float:
        """The share right (1.0 when nothing was judged)."""
        return self.right / self.total if self.total else 1.0
