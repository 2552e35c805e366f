"""Compare an edited brief's paragraphs with a fresh rendering of the same brief and check what changed.

Paragraphs are aligned in order (difflib over their texts). An unchanged one (same text, same
marks) is intact; one with the same text but fewer or other marks has lost or changed its
citation. Any other paragraph was edited or added: its numbers and quotations are checked
against the sources as the analyst's are (``analyst.check``), leaving out what the original
paragraph it replaces already said, and a quotation now given to another speaker than the
sources name is flagged.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from ...model import Analysis, AnalystSection, Brief, Claim, JudgementBlock, JudgementRun, Quote
from ..check import check_claims
from .paragraphs import ReadParagraph

FindingKind = Literal["changed", "invented", "citation-removed", "citation-changed", "wrong-speaker"]
CLOSE = 0.6
"""Least similarity for an edited paragraph to be read as a change of an original one."""
_ATTRIBUTION = re.compile(r"^\s*(?:[—–-]\s*)?(.+?)\s*$")


@dataclass(frozen=True, slots=True)
class Finding:
    """Something in the edited brief that no longer matches the sources."""

    paragraph: int
    """1-based number of the paragraph in the file (as read: headings, list items and cells count)."""
    excerpt: str
    """The start of the paragraph's text."""
    kind: FindingKind
    """What is wrong."""
    text: str
    """The number, quotation, speaker or citation mark concerned."""
    detail: str
    """What the sources (or the generated brief) say instead."""


@dataclass(frozen=True, slots=True)
class Comparison:
    """The outcome of comparing an edited brief with its sources."""

    findings: tuple[Finding, ...]
    """Everything that no longer matches, in file order."""
    intact_cited: int
    """Paragraphs with citations that are exactly as generated."""
    cited: int
    """Paragraphs with citations in the generated brief."""
    edited: int
    """Paragraphs edited or added."""
    intact: tuple[tuple[int, str, tuple[str, ...]], ...] = ()
    """(paragraph number, excerpt, citation marks) of each cited paragraph that is exactly as generated."""


def compare(
    edited: Sequence[ReadParagraph], expected: Sequence[ReadParagraph], brief: Brief, analysis: Analysis, path: str
) -> Comparison:
    """Check an edited brief's paragraphs against the generated ones and the sources."""
    matcher = difflib.SequenceMatcher(None, [p.key for p in edited], [p.key for p in expected], autojunk=False)
    findings: list[Finding] = []
    changed: list[tuple[int, ReadParagraph]] = []
    closest: dict[int, ReadParagraph | None] = {}
    intact: list[tuple[int, str, tuple[str, ...]]] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            for number, para, was in zip(range(i1 + 1, i2 + 1), edited[i1:i2], expected[j1:j2], strict=True):
                if para.cites == was.cites:
                    if para.cites:
                        intact.append((number, _excerpt(para.text), para.cites))
                    continue
                kind: FindingKind = "citation-removed" if len(para.cites) < len(was.cites) else "citation-changed"
                mark = " ".join(para.cites) or "none"
                detail = f"the generated brief cites [{', '.join(was.cites)}]"
                findings.append(Finding(number, _excerpt(para.text), kind, mark, detail))
        elif tag in ("replace", "delete"):  # paragraphs of the edited file (a) not in the generated one (b)
            block = list(expected[j1:j2])
            for offset, index in enumerate(range(i1, i2)):
                changed.append((index + 1, edited[index]))
                same_size = tag == "replace" and i2 - i1 == j2 - j1
                closest[index + 1] = block[offset] if same_size else _closest(edited[index], block)
    findings += _check_edits(changed, closest, expected, brief, analysis, path)
    cited = sum(1 for p in expected if p.cites)
    findings.sort(key=lambda f: f.paragraph)
    return Comparison(tuple(findings), len(intact), cited, len(changed), tuple(intact))


def _check_edits(
    changed: Sequence[tuple[int, ReadParagraph]],
    closest: dict[int, ReadParagraph | None],
    expected: Sequence[ReadParagraph],
    brief: Brief,
    analysis: Analysis,
    path: str,
) -> list[Finding]:
    if not changed:
        return []
    blocks = tuple(JudgementBlock((JudgementRun(p.text),), number) for number, p in changed)
    sections = (AnalystSection("edited", "Edited", 0, blocks),)
    everything = " ".join(p.text for p in expected)
    texts = dict(changed)
    paths = {s.id: s.path for s in brief.sources}
    out: list[Finding] = []
    for placed in check_claims(sections, path, analysis, brief.figures, brief.date):
        claim = placed.claim
        number = claim.line
        before = closest[number]
        if claim.status == "supported":
            out += _speaker(number, texts[number], claim, analysis.quotes, before)
            continue
        if before is not None and claim.text in before.text:
            continue  # as generated
        if claim.text in everything and (before is None or (claim.status == "unsupported" and claim.kind == "number")):
            # as generated, in a paragraph laid out otherwise (a PDF exported from the edited DOCX), or a
            # number the brief itself writes (page counts, the date, a chart's scale)
            continue
        out.append(_claim_finding(number, texts[number], claim, paths))
    for number, para in changed:
        out += _attribution(number, para, closest[number], analysis.quotes)
    return out


def _closest(para: ReadParagraph, expected: Sequence[ReadParagraph]) -> ReadParagraph | None:
    best, score = None, CLOSE
    for other in expected:
        matcher = difflib.SequenceMatcher(None, para.key, other.key, autojunk=False)
        if matcher.real_quick_ratio() < score or matcher.quick_ratio() < score:
            continue
        ratio = matcher.ratio()
        if ratio >= score:
            best, score = other, ratio
    return best


def _claim_finding(number: int, para: ReadParagraph, claim: Claim, paths: dict[str, str]) -> Finding:
    where = ""
    if claim.cites:
        cite = claim.cites[0]
        where = f" ({paths.get(cite.source, cite.source)} ¶{cite.paragraph + 1})"
    if claim.status == "differs":
        detail = f"the sources give {claim.source_value}{where}"
        return Finding(number, _excerpt(para.text), "changed", claim.text, detail)
    return Finding(number, _excerpt(para.text), "invented", claim.text, "no source gives it")


def _speaker(
    number: int, para: ReadParagraph, claim: Claim, quotes: Sequence[Quote], before: ReadParagraph | None
) -> list[Finding]:
    """A verbatim quotation that the edited paragraph now puts in another named speaker's mouth."""
    if claim.kind != "quote" or not claim.cites:
        return []
    quote = _quote_at(claim, quotes)
    if quote is None or not quote.speaker or quote.speaker in para.text:
        return []
    surname = quote.speaker.split()[-1]
    if surname in para.text or (before is not None and before.text == para.text):
        return []
    names = [w for w in re.findall(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+\b", para.text) if w not in claim.text]
    if not names:
        return []
    return [Finding(number, _excerpt(para.text), "wrong-speaker", names[0], f"the sources give it to {quote.speaker}")]


def _attribution(
    number: int, para: ReadParagraph, before: ReadParagraph | None, quotes: Sequence[Quote]
) -> list[Finding]:
    """A pull quote's attribution line (``— Name`` or the name alone) changed to another speaker."""
    now = _ATTRIBUTION.match(para.text)
    was = _ATTRIBUTION.match(before.text) if before is not None else None
    if not now or not was or now.group(1) == was.group(1):
        return []
    speakers = {q.speaker for q in quotes}
    if was.group(1) not in speakers:
        return []
    detail = f"the sources give it to {was.group(1)}"
    return [Finding(number, _excerpt(para.text), "wrong-speaker", now.group(1), detail)]


def _quote_at(claim: Claim, quotes: Sequence[Quote]) -> Quote | None:
    cite = claim.cites[0]
    for quote in quotes:
        c = quote.cite
        if c.source == cite.source and c.start < cite.end and cite.start < c.end:
            return quote
    return None


def _excerpt(text: str, size: int = 60) -> str:
    return text if len(text) <= size else text[: size - 1].rstrip() + "…"
