"""``analysis.md`` -> analyst sections: each ``##`` heading opens one; blocks keep their lines."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import BriefgenError
from ..ingest.decode import DEFAULT_MAX_BYTES, decode_text, read_bytes
from ..ingest.mdsyntax import parse, runs
from ..model import AnalystSection, JudgementBlock, JudgementRun

if TYPE_CHECKING:  # for annotations only: markdown-it is imported when an analysis.md is parsed
    from markdown_it.token import Token

_SLUG = re.compile(r"[^a-z0-9]+")


def read_analysis(path: Path) -> tuple[AnalystSection, ...]:
    """The sections of an ``analysis.md`` file; a clear one-line error when it cannot be read or holds none."""
    try:
        text, _encoding = decode_text(path, read_bytes(path, DEFAULT_MAX_BYTES), DEFAULT_MAX_BYTES)
    except BriefgenError as exc:
        raise BriefgenError(str(exc).replace("give a .txt or .md source", "give a Markdown analysis.md")) from None
    sections = parse_analysis(text)
    if not sections:
        raise BriefgenError(
            f"{path}: no '## ' sections found; write the desk's sections as '## Assessment', '## Outlook', … headings"
        )
    return sections


def parse_analysis(text: str) -> tuple[AnalystSection, ...]:
    """The ``##`` sections of a Markdown text; anything before the first is ignored (a ``#`` title, notes)."""
    tokens = parse(text)
    sections: list[AnalystSection] = []
    title = ""
    line = 0
    blocks: list[JudgementBlock] = []
    item_depth = 0

    def close() -> None:
        if title:
            sections.append(AnalystSection(slug(title), title, line, tuple(blocks)))

    for index, token in enumerate(tokens):
        if token.type == "heading_open" and token.tag == "h2":
            close()
            title = " ".join(_plain(tokens[index + 1]).split())
            line = _line(token)
            blocks = []
        elif token.type == "list_item_open":
            item_depth += 1
        elif token.type == "list_item_close":
            item_depth -= 1
        elif token.type == "inline" and title and tokens[index - 1].type == "paragraph_open":
            styled = tuple(JudgementRun(r.text, r.strong, r.em) for r in runs(token))
            if styled:
                blocks.append(JudgementBlock(styled, _line(tokens[index - 1]), item=item_depth > 0))
    close()
    return tuple(sections)


def _plain(token: Token) -> str:
    return "".join(r.text for r in runs(token))


def _line(token: Token) -> int:
    return token.map[0] + 1 if token.map else 0


def slug(title: str) -> str:
    """A section id from its title: ``Talking points`` -> ``talking-points``."""
    return _SLUG.sub("-", title.lower()).strip("-") or "section"


def line_at(block: JudgementBlock, offset: int) -> int:
    """The ``analysis.md`` line of a character offset in a block's text (each softbreak is a source line)."""
    return block.line + block.text.count("\n", 0, offset)
