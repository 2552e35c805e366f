"""What the readers of an output file return: its paragraphs' text with the citation marks taken apart."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ReadParagraph:
    """A paragraph, heading, list item or table cell of a brief as read back from a file."""

    text: str
    """Its text without citation marks, white space collapsed."""
    cites: tuple[str, ...] = ()
    """Its citation marks in order, as written (``"1"``, ``"1,2"``)."""

    @property
    def key(self) -> str:
        """The text for matching: no white space, so line breaks and spacing do not count as edits."""
        return "".join(self.text.split())


def paragraph(text: str, cites: list[str]) -> ReadParagraph | None:
    """A read paragraph from collected text and marks; None when it holds no text."""
    flat = " ".join(text.split())
    if not flat and not cites:
        return None
    marks = tuple(m for m in ("".join(c.split()) for c in cites) if m)
    return ReadParagraph(flat, marks)
