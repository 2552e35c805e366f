"""Long URLs and tokens in the PDF: they break at URL punctuation, never run past the margin, lose no text."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace
from itertools import pairwise
from pathlib import Path

import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from briefgen.document import (
    Aside,
    Block,
    Cell,
    Document,
    Em,
    Link,
    ListBlock,
    ListItem,
    Para,
    Row,
    Strong,
    Table,
    Text,
    WithSidebar,
)
from briefgen.writers.base import RenderJob
from briefgen.writers.pdf import write_pdf
from briefgen.writers.pdf.breaks import BreakingParagraph, Glyph, break_points, candidates
from briefgen.writers.pdf.fonts import resolve_family

from writers.sample_document import sample_job

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")

URL = (
    "https://bidenwhitehouse.archives.gov/briefing-room/statements-releases/2022/11/12/fact-sheet-president-biden-"
    "and-asean-leaders-launch-the-u-s-asean-comprehensive-strategic-partnership/?utm_source=newsletter&utm_medium"
    "=email&utm_campaign=asean_summit_2022"
)
FILE_URL = "https://example.org/reports/AnnualReportOnTheImplementationOfTheStrategicPartnershipFinalRevisedEdition.pdf"
HASH = "6905ecd096a3" * 12


def _glyphs(text: str, width: float = 1.0) -> list[Glyph]:
    """Glyphs of ``text``, each ``width`` wide."""
    return [Glyph(0, i, c, width, False) for i, c in enumerate(text)]


def _pieces(text: str, room: float, width: float) -> list[str]:
    """``text`` cut where ``break_points`` says."""
    cuts = [0, *break_points(_glyphs(text), room, width), len(text)]
    return [text[a:b] for a, b in pairwise(cuts)]


def test_break_opportunities_follow_url_conventions() -> None:
    text = "https://a.org/b-c_d.e?f=g&h=iJk"
    allowed = {text[i:] for i, ok in enumerate(candidates(text)) if ok}
    assert "a.org/b-c_d.e?f=g&h=iJk" in allowed  # after the double slash, never inside it
    assert "/b-c_d.e?f=g&h=iJk" not in allowed  # a slash ends a line, it does not start one
    assert {"-c_d.e?f=g&h=iJk", "_d.e?f=g&h=iJk", ".e?f=g&h=iJk", "?f=g&h=iJk"} <= allowed  # before these
    assert {"g&h=iJk", "h=iJk", "iJk", "Jk"} <= allowed  # after = and &, and inside CamelCase
    assert "//a.org/b-c_d.e?f=g&h=iJk" not in allowed and ".org/b-c_d.e?f=g&h=iJk" in allowed


def test_pieces_fill_lines_at_break_points() -> None:
    assert _pieces("aaaa/bbbb/cccc/dddd", 10, 10) == ["aaaa/bbbb/", "cccc/dddd"]
    assert _pieces("aaaa/bbbb/cccc/dddd", 6, 10) == ["aaaa/", "bbbb/cccc/", "dddd"]


def test_a_token_without_a_fitting_point_starts_the_next_line() -> None:
    # Only 3 units left on the current line: no point fits, so the first piece is a whole line.
    assert _pieces("aaaa/bbbb/cccc/dddd", 3, 10) == ["aaaa/bbbb/", "cccc/dddd"]


def test_a_run_without_break_points_is_cut_between_characters() -> None:
    assert _pieces("x" * 25, 10, 10) == ["x" * 10, "x" * 10, "x" * 5]
    assert _pieces("a/" + "x" * 15, 10, 10) == ["a/", "x" * 10, "x" * 5]


def test_a_citation_mark_stays_with_the_text_before_it() -> None:
    glyphs = [*_glyphs("aaaa/bbbb/cc/"), Glyph(1, 0, "1", 1.0, True)]
    assert break_points(glyphs, 13, 13) == [10]  # not [13], which would leave the "1" alone


def test_ordinary_text_wraps_exactly_as_reportlab_does() -> None:
    face = resolve_family("Liberation Sans").regular
    style = ParagraphStyle("t", fontName=face, fontSize=10, leading=12)
    text = "Cambodia has reaffirmed its commitment to strengthening Asia-Europe relations, <b>vowing</b> to " * 3
    ours, theirs = BreakingParagraph(text, style), Paragraph(text, style)
    ours.wrap(200, 1000)
    theirs.wrap(200, 1000)
    assert ours.getActualLineWidths0() == theirs.getActualLineWidths0()


def test_wrapping_again_at_the_same_width_keeps_the_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    face = resolve_family("Liberation Sans").regular
    style = ParagraphStyle("t", fontName=face, fontSize=10, leading=12)
    para = BreakingParagraph("Cambodia has reaffirmed its commitment to Asia-Europe relations. " * 4, style)
    broken: list[float] = []
    break_lines = BreakingParagraph.breakLines

    def counting(self: BreakingParagraph, width: float | list[float]) -> object:
        broken.append(1)
        return break_lines(self, width)

    monkeypatch.setattr(BreakingParagraph, "breakLines", counting)
    first = para.wrap(200, 1000)
    lines = para.getActualLineWidths0()
    assert para.wrap(200, 50) == first  # a table, a keep-together and the frame all ask: broken once
    assert para.getActualLineWidths0() == lines and len(broken) == 1
    narrow = para.wrap(120, 1000)
    assert narrow[1] > first[1] and len(broken) == 2
    assert para.wrap(200, 1000) == first and para.getActualLineWidths0() == lines  # the latest width is what counts
    assert len(broken) == 3


def _job(*blocks: Block) -> RenderJob:
    """The sample job with this body."""
    job = sample_job(Path("unused"))
    return replace(job, document=Document(job.document.header, job.document.footer, blocks))


def _link(url: str) -> Link:
    return Link(url, (Text(url),))


def _words(pdf: bytes) -> tuple[float, list[tuple[float, str]]]:
    """The page width and every word's right edge and text, per poppler."""
    done = subprocess.run(["pdftotext", "-bbox", "-", "-"], input=pdf, capture_output=True, check=True)
    xml = done.stdout.decode("utf-8")
    page = float(re.search(r'<page width="([\d.]+)"', xml).group(1))  # type: ignore[union-attr]
    words = [(float(m[1]), m[2]) for m in re.finditer(r'xMax="([\d.]+)"[^>]*>([^<]*)<', xml)]
    return page, words


@needs_poppler
def test_long_urls_stay_inside_the_margin_everywhere(tmp_path: Path) -> None:
    job = _job(
        Para((Text("See "), _link(URL), Text(" and "), _link(FILE_URL), Text(". Hash "), Text(HASH), Text(" end."))),
        Table(
            (
                Row((Cell((Text("Source"),), header=True), Cell((Text("Address"),), header=True))),
                Row((Cell((Text("White House fact sheet"),)), Cell((_link(URL),)))),
                Row((Cell((Text(HASH),)), Cell((_link(FILE_URL),)))),
            )
        ),
        # Two over-wide columns beside a narrow one: each still gets a positive width.
        Table((Row((Cell((Strong((_link(FILE_URL),)),)), Cell((Text("x"),)), Cell((_link(URL),)))),)),
        WithSidebar(main=(Para((Text("Main column. " * 30),)),), sidebar=Aside((Para((_link(URL),)),), ("sidebar",))),
        ListBlock(True, (ListItem((Text("Title. "), Em((Text("a.txt"),)), Text(" — "), _link(URL))),), ("sources",)),
    )
    pdf = write_pdf(job)
    page, words = _words(pdf)
    right = page - job.style.margin_right * 72 / 25.4
    assert words and all(x <= right + 0.5 for x, _ in words), [w for x, w in words if x > right + 0.5]
    joined = "".join(w for _, w in words)
    assert joined.count(URL.replace("&", "&amp;")) == 5  # every character kept, in order, no hyphen added
    assert joined.count(FILE_URL) == 3 and joined.count(HASH) == 2


@needs_poppler
def test_a_url_that_fits_a_line_is_not_broken(tmp_path: Path) -> None:
    url = "https://example.org/a/short/path"
    pdf = write_pdf(_job(Para((_link(url), Text(" " + "word " * 30)))))
    _, words = _words(pdf)
    assert url in [w for _, w in words]


@pytest.mark.parametrize(
    "text", ["  plain  text\n over   lines ", "<b>bold</b>\n\n  and <i>more</i>  ", "", "\n", "tail\t\n"]
)
def test_remembered_markup_gives_reportlabs_paragraph(text: str) -> None:
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph

    style = getSampleStyleSheet()["BodyText"]
    first, again, theirs = BreakingParagraph(text, style), BreakingParagraph(text, style), Paragraph(text, style)
    for ours in (first, again):  # parsed, then remembered
        assert ours.text == theirs.text
        assert [vars(f) for f in ours.frags] == [vars(f) for f in theirs.frags]
