"""The writer's line breaking gives exactly ReportLab's lines, or leaves the paragraph to ReportLab's own."""

from __future__ import annotations

import itertools
from typing import Any

import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from briefgen.writers.pdf.breaks import BreakingParagraph
from briefgen.writers.pdf.linebreak import break_lines

BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13, splitLongWords=1, uriWasteReduce=0.3)
PLAIN = ParagraphStyle("plain", fontName="Helvetica", fontSize=10, leading=13, spaceShrinkage=0)
JUSTIFIED = ParagraphStyle("justified", parent=BODY, alignment=4, justifyBreaks=1)
LINK = '<a href="#src-{0}" color="#1f3b5c">{0}</a>'
CITE = '<super size="8.0" rise="6.8">' + LINK + "</super>"
TEXTS = [
    "Cambodia and the United States agreed on a new programme of cooperation in 2024.",
    "  leading and trailing spaces,\u00a0a no-break space and   runs of   spaces  ",
    "Trade rose by 60%" + CITE.format(1) + " in a year, and by <b>twice that</b> since 2019" + CITE.format(2) + ".",
    'See <a href="https://www.state.gov/briefings/department-press-briefing">the press briefing</a> of the '
    "department, <i>in full</i>, and the text" + CITE.format(3) + CITE.format(4) + " it cites.",
    "A first line<br/>and a second after a forced break,<br/><br/>then a third after an empty one.",
    '<a name="anchor-1"/>An anchored paragraph with <font color="#aa0000">coloured</font> text.',
    "Words" + CITE.format(5) + "," + CITE.format(6) + " and marks<b>run</b>together<i>without</i>spaces here.",
    "",
    "   ",
    "A lone word",
]
WIDTHS: list[Any] = [30, 60, 95, 140, 200, 320, 500, [150, 300], [80, 200, 60]]


def _parts(value: Any) -> Any:
    """A comparable form of a line-breaking result: lists, tuples and attribute bags taken apart."""
    if isinstance(value, (list, tuple)):
        return type(value).__name__, [_parts(item) for item in value]
    if hasattr(value, "__dict__") and not isinstance(value, type):
        return type(value).__name__, sorted((key, _parts(item)) for key, item in vars(value).items())
    return type(value).__name__, repr(value)


@pytest.mark.parametrize("style", [BODY, PLAIN, JUSTIFIED], ids=lambda s: s.name)
def test_lines_are_reportlabs(style: ParagraphStyle) -> None:
    fast = 0
    for text, width in itertools.product(TEXTS, WIDTHS):
        mine, theirs = BreakingParagraph(text, style), BreakingParagraph(text, style)
        before = mine.frags
        laid = break_lines(mine, list(width) if isinstance(width, list) else width)
        if laid is None:  # left to ReportLab: the paragraph is as it was
            assert mine.frags is before
            continue
        fast += 1
        want = Paragraph.breakLines(theirs, list(width) if isinstance(width, list) else width)
        assert _parts(laid) == _parts(want), (text, width)
        assert _parts(mine.frags) == _parts(theirs.frags)
        assert (mine._width_max, mine.height) == (theirs._width_max, theirs.height)
    assert fast > len(TEXTS) * len(WIDTHS) // 2


def test_what_only_reportlab_does_is_left_to_it() -> None:
    url = "https://www.example.org/a/very/long/path/that/cannot/fit/on/one/narrow/line/at/all/index.html"
    hyphenated = ParagraphStyle("hyphenated", parent=BODY, hyphenationLang="en_GB")
    cases = [
        (BreakingParagraph("soft\u00adhyphen in a word", BODY), 40),
        (BreakingParagraph(f"see {url} here", PLAIN), 100),  # a word wider than the line: split by ReportLab
        (BreakingParagraph(f"see <b>{url}</b> here", BODY), 100),
        (BreakingParagraph("hyphenation by a dictionary", hyphenated), 40),
        (BreakingParagraph("a bullet", BODY, bulletText="•"), 100),
    ]
    for para, width in cases:
        before = para.frags
        assert break_lines(para, width) is None
        assert para.frags is before


def test_a_paragraph_draws_the_same_either_way() -> None:
    text = TEXTS[2] + " " + TEXTS[3]
    fast, slow = BreakingParagraph(text, BODY), Paragraph(text, BODY)
    assert fast.wrap(180, 1000) == slow.wrap(180, 1000)
    assert _parts(fast.blPara) == _parts(slow.blPara)
