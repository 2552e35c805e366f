"""Reader for Markdown (``.md``) sources, through markdown-it-py: the text as read holds no Markdown markup.

Headings, paragraphs, list items and table rows become blocks; emphasis, links, inline code and
HTML lose their markup and keep their text; YAML front matter gives the metadata. As for HTML and
DOCX sources, citations point into the text as read (the blocks joined by blank lines), so no
``**``, ``[…](…)`` or ``#`` ever reaches a brief. A paragraph whose lines each end a sentence is
split into one paragraph per line, as in a ``.txt``; hard-wrapped prose stays whole.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from markdown_it.token import Token

from .blocks import Block, assemble
from .decode import DEFAULT_MAX_BYTES, decode_text
from .limits import TextBudget
from .mdsyntax import front_matter, parse, plain
from .paragraphs import split_paragraphs
from .source import Metadata, RawSource

_CELL_SEPARATOR = " | "
_SKIPPED = {"fence", "code_block", "html_block", "hr"}


def read_markdown(path: Path, data: bytes, max_bytes: int = DEFAULT_MAX_BYTES) -> RawSource:
    """Markdown: YAML front matter as metadata; headings, paragraphs, list items and table rows as paragraphs."""
    source_text, encoding = decode_text(path, data, max_bytes)
    tokens = parse(source_text)
    metadata = Metadata.from_fields(front_matter(path, tokens))
    text, paragraphs = assemble(markdown_blocks(tokens), budget=TextBudget(path, max_bytes))
    if not metadata.title and paragraphs and paragraphs[0].heading:
        metadata = metadata.with_title(paragraphs[0].text)
    return RawSource(text, paragraphs, "markdown", encoding, metadata)


def markdown_blocks(tokens: Sequence[Token]) -> Iterator[Block]:
    """The blocks of a parsed Markdown text, in order, their inline markup removed."""
    index = 0
    row: list[str] = []
    while index < len(tokens):
        token = tokens[index]
        kind = token.type
        if kind == "heading_open" and index + 1 < len(tokens):
            yield Block(plain(tokens[index + 1]).replace("\n", " "), heading=True)
            index += 3
            continue
        if kind == "inline" and token.level > 0 and _in_cell(tokens, index):
            row.append(" ".join(plain(token).split()))
        elif kind == "tr_close":
            if any(row):
                yield Block(_CELL_SEPARATOR.join(row))
            row = []
        elif kind == "inline":
            yield from _lines(plain(token))
        elif kind in _SKIPPED:
            pass
        index += 1


def _in_cell(tokens: Sequence[Token], index: int) -> bool:
    return index > 0 and tokens[index - 1].type in ("th_open", "td_open")


def _lines(text: str) -> Iterator[Block]:
    """A paragraph's text, split into line paragraphs unless it is hard-wrapped prose."""
    for start, end in split_paragraphs(text):
        yield Block(text[start:end])
