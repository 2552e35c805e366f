"""What a diplomat noticed reading the seed brief's formats (issue 11): the memo's background repeats nothing the
memo says elsewhere, states no date twice ("2010: In 2010, …") and holds no quotation ("…,” he added."); the
one-pager's key dates do not restate a figure of its strip."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from briefgen.api import prepare, render_document
from briefgen.document import Block, Document, Heading, Inline, ListBlock, Strong, Sup, Table, plain_text
from briefgen.model import Brief
from briefgen.templating.formats import find_format

MIXED = Path(__file__).parents[2] / "tests" / "fixtures" / "briefs" / "mixed"


@pytest.fixture(scope="module")
def mixed_brief() -> Brief:
    return prepare(MIXED)[2]


def _text(nodes: tuple[Inline, ...]) -> str:
    """The words of inline nodes, without citation marks."""
    return "".join(plain_text((n,)) for n in nodes if not isinstance(n, Sup)).strip()


def _sections(document: Document) -> Iterator[tuple[str, list[Block]]]:
    """(heading id, the blocks up to the next heading) of a document's body."""
    heading: str = ""
    blocks: list[Block] = []
    for block in document.body:
        if isinstance(block, Heading):
            yield heading, blocks
            heading, blocks = block.id, []
        else:
            blocks.append(block)
    yield heading, blocks


def _items(blocks: list[Block]) -> list[tuple[str, str]]:
    """(bold lead, whole text) of the items of the lists among ``blocks``."""
    return [
        (_text(item.children[0].children) if item.children and isinstance(item.children[0], Strong) else "",
         _text(item.children))
        for block in blocks if isinstance(block, ListBlock) for item in block.items
    ]


@pytest.mark.parametrize("which", ["seed_brief", "mixed_brief"])
def test_the_memo_background_repeats_nothing(which: str, request: pytest.FixtureRequest) -> None:
    brief = request.getfixturevalue(which)
    sections = dict(_sections(render_document(find_format("memo"), brief)))
    background = _items(sections["background"])
    elsewhere = [text for key, blocks in sections.items() if key != "background" for _, text in _items(blocks)]
    assert elsewhere
    for lead, text in background:
        body = text.removeprefix(lead).lstrip(": ")
        assert body[:1] not in "“\"‘", text  # a quotation is no event
        assert not lead or lead.rstrip(":") not in body, text  # the date is said once
        assert not any(body in other for other in elsewhere), text


@pytest.mark.parametrize("which", ["seed_brief", "mixed_brief"])
def test_the_one_pager_key_dates_do_not_restate_the_strip(which: str, request: pytest.FixtureRequest) -> None:
    brief = request.getfixturevalue(which)
    sections = dict(_sections(render_document(find_format("one-pager"), brief)))
    rows = [_text(row.cells[-1].children) for b in sections.get("dates", []) if isinstance(b, Table) for row in b.rows]
    strip = [f.text for f in brief.sidebar]
    assert strip
    for row in rows:
        assert not any(surface in row for surface in strip), row


def test_the_seed_memo_background_still_sets_the_scene(seed_brief: Brief) -> None:
    sections = dict(_sections(render_document(find_format("memo"), seed_brief)))
    assert len(_items(sections["background"])) >= 2
