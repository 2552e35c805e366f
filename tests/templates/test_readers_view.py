"""What a reader sees (issue 11): charts with a Source line and plain bars, each figure once, dated items
from old sources, source lists with provenance, tooltips that quote the cited sentence."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefgen.api import prepare, render_document
from briefgen.document import Aside, Block, FigureBlock, ListBlock, Para, Table, WithSidebar, plain_text
from briefgen.model import Brief
from briefgen.style import Style
from briefgen.templating.charts import Chart, ChartBar, chart_filter
from briefgen.templating.filters import cite_filter, compared
from briefgen.templating.formats import find_format
from briefgen.writers.pdf.chart import bar_chart
from briefgen.writers.pdf.styles import make_styles

ROOT = Path(__file__).parents[2]
MIXED = ROOT / "tests" / "fixtures" / "briefs" / "mixed"


@pytest.fixture(scope="module")
def mixed_brief() -> Brief:
    return prepare(MIXED)[2]


def _flat(blocks: tuple[Block, ...]) -> Iterator[Block]:
    for block in blocks:
        if isinstance(block, WithSidebar):
            yield from _flat((block.sidebar, *block.main))
        else:
            yield block


def _text(block: Block) -> str:
    if isinstance(block, Para):
        return plain_text(block.children)
    if isinstance(block, ListBlock):
        return " ".join(plain_text(item.children) for item in block.items)
    if isinstance(block, Table):
        return " ".join(plain_text(c.children) for row in block.rows for c in row.cells)
    if isinstance(block, (Aside, FigureBlock)):
        return " ".join(_text(b) for b in block.children)
    return ""


@pytest.mark.parametrize("which", ["seed_brief", "mixed_brief"])
def test_every_chart_has_a_source_line_and_no_figure_shows_twice(which: str, request: pytest.FixtureRequest) -> None:
    brief: Brief = request.getfixturevalue(which)
    blocks = list(_flat(render_document(find_format("policy-brief"), brief).body))
    for i, block in enumerate(blocks):
        if isinstance(block, FigureBlock) and block.bars:
            source = _text(blocks[i + 1])
            assert source.startswith("Source"), source
            assert re.search(r"\[\d+\]", source)
    boxes: list[object] = list(brief.sidebar)
    for theme in brief.themes:
        chart = chart_filter(theme.figures)
        charted = [b.figure for b in chart.bars] if chart else []
        boxes += charted + [f for f in theme.figures if f not in charted and f not in brief.sidebar]
    assert len(boxes) == len(set(map(id, boxes)))
    assert len({(f.cite, f.value) for f in boxes}) == len(boxes)  # type: ignore[attr-defined]


def test_bars_are_drawn_plain_without_a_full_length_track() -> None:
    from reportlab.graphics.shapes import Rect

    from briefgen.document import Bar

    bars = (Bar("share of trade", 68.0, "68%"), Bar("share of GDP", 65.0, "65%"), Bar("share of people", 60.0, "60%"))
    [drawing] = bar_chart(bars, 300.0, make_styles(Style()), {})
    rects = [s for s in drawing.contents if isinstance(s, Rect)]
    assert len(rects) == len(bars)
    assert max(r.width for r in rects) < 300.0 * 0.9


def test_a_chart_caption_says_what_is_compared() -> None:
    def bar(label: str) -> ChartBar:
        return ChartBar(label, "1%", None)  # type: ignore[arg-type]

    shares = Chart("percent", "%", "%", (bar("share of global GDP"), bar("share of global trade")))
    assert compared(shares) == "share of global GDP and trade (%)"
    mixed = Chart("money", "USD", "USD millions", (bar("aid pledged"), bar("loans received"), bar("grants")))
    assert compared(mixed) == "aid pledged, loans received and grants (USD millions)"


def test_items_from_old_sources_show_their_date_and_stale_future(mixed_brief: Brief) -> None:
    items = [i for t in mixed_brief.themes for i in t.summary] + list(mixed_brief.bluf)
    old = [i for i in items if i.date]
    assert old and all(i.date == "2022-11-12" for i in old)
    assert any(i.stale for i in old) and not any(i.stale for i in items if not i.date)
    text = " ".join(_text(b) for b in _flat(render_document(find_format("policy-brief"), mixed_brief).body))
    assert "(as of 12 Nov 2022)" in text


def test_the_source_list_shows_provenance_and_marks_what_is_missing(mixed_brief: Brief) -> None:
    for name in ("policy-brief", "memo", "one-pager"):
        blocks = list(_flat(render_document(find_format(name), mixed_brief).body))
        sources = next(b for b in blocks if isinstance(b, ListBlock) and "sources" in b.classes)
        lines = [plain_text(item.children) for item in sources.items]
        by_file = dict(zip([s.path for s in mixed_brief.sources], lines, strict=False))
        assert "The White House" in by_file["readout.pdf"] and "12 Nov 2022" in by_file["readout.pdf"]
        assert "no outlet or date" in by_file["cambodia.txt"]
        assert "Mekong Ledger" in by_file["china_aid.html"] and "no " not in by_file["china_aid.html"]


def test_citation_tooltips_name_the_source_and_quote_the_sentence(mixed_brief: Brief) -> None:
    cite = cite_filter(mixed_brief)
    item = mixed_brief.bluf[0]
    titles = re.findall(r'title="([^"]*)"', str(cite(item)))
    assert len(titles) == 1 + len(item.also)
    assert "paragraph" in titles[0] and "chars" not in titles[0]
    assert item.text[:40] in titles[0].replace("&#39;", "'")
    figure = mixed_brief.sidebar[0]
    [title] = re.findall(r'title="([^"]*)"', str(cite(figure)))[:1]
    assert len(title) > len(figure.text) + 30  # the sentence around the number, not the number alone
