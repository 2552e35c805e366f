"""Document tree: the typed, I/O-free nodes that brief markup parses into and writers consume.

Block nodes: Heading, Para, ListBlock, BlockQuote, Table, Aside, FigureBlock, Rule, WithSidebar.
Inline nodes: Text, Strong, Em, Link, Sup, Span. ``Document`` holds the header and footer (the
classification banner, repeated on every page by paged writers) and the body.

Every node carries ``classes``, the markup's ``class`` attribute split on spaces; writers map the
classes they know (see ``KNOWN_CLASSES``) to styles and treat the rest as plain content.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeAlias

#: Classes with a meaning to writers; a template may use others freely (HTML keeps them).
KNOWN_CLASSES = {
    "sidebar": "aside: shaded key-figure box, laid beside the blocks that follow it",
    "callout": "aside: shaded full-width box, e.g. a theme's figures",
    "banner": "header/footer paragraph: the classification banner",
    "subtitle": "p: subtitle under the title",
    "meta": "p: small grey line (date, sources count)",
    "bluf": "p or aside: the bottom line up front",
    "figure-value": "p or th: a large key-figure number",
    "figure-label": "p or td: the small label beneath a key figure",
    "figure-strip": "table: a shaded strip of key figures, numbers (th.figure-value) over labels (td.figure-label)",
    "pull": "blockquote: a pull quote",
    "attribution": "p: who said a pull quote",
    "note": "p: small print, e.g. 'the sources do not report on this theme'",
    "cite": "sup: a citation number",
    "memo-block": "table: TO/FROM/SUBJECT/DATE block",
    "chart": "figure: a bar chart of comparable figures (data in Chart)",
    "sources": "ol: the numbered source list",
    "compact": "table: small-print table",
}


@dataclass(frozen=True, slots=True)
class Text:
    """A run of plain text."""

    text: str
    """The characters, unescaped."""


@dataclass(frozen=True, slots=True)
class Strong:
    """Bold text."""

    children: tuple[Inline, ...]
    """Contents."""
    classes: tuple[str, ...] = ()
    """Class names."""


@dataclass(frozen=True, slots=True)
class Em:
    """Italic text."""

    children: tuple[Inline, ...]
    """Contents."""
    classes: tuple[str, ...] = ()
    """Class names."""


@dataclass(frozen=True, slots=True)
class Link:
    """A hyperlink; ``href`` starting with ``#`` points inside the document."""

    href: str
    """Target address or ``#anchor``."""
    children: tuple[Inline, ...]
    """Link text."""
    title: str = ""
    """Tooltip text (for citations, the cited passage)."""
    classes: tuple[str, ...] = ()
    """Class names."""
    cite_key: str = ""
    """For citations, ``cite-SOURCE-START-END`` (markup ``data-cite``), so viewers can show the passage."""


@dataclass(frozen=True, slots=True)
class Sup:
    """Superscript, e.g. a citation number."""

    children: tuple[Inline, ...]
    """Contents."""
    classes: tuple[str, ...] = ()
    """Class names."""


@dataclass(frozen=True, slots=True)
class Span:
    """A styled inline run with no meaning of its own."""

    children: tuple[Inline, ...]
    """Contents."""
    classes: tuple[str, ...] = ()
    """Class names."""


Inline: TypeAlias = Text | Strong | Em | Link | Sup | Span


@dataclass(frozen=True, slots=True)
class Heading:
    """A section heading, level 1 (title) to 3."""

    level: int
    """1, 2 or 3."""
    children: tuple[Inline, ...]
    """Heading text."""
    id: str = ""
    """Anchor id, used for the PDF outline and internal links."""
    classes: tuple[str, ...] = ()
    """Class names."""


@dataclass(frozen=True, slots=True)
class Para:
    """A paragraph."""

    children: tuple[Inline, ...]
    """Contents."""
    id: str = ""
    """Anchor id."""
    classes: tuple[str, ...] = ()
    """Class names."""


@dataclass(frozen=True, slots=True)
class ListItem:
    """One list item: inline content, optionally followed by nested blocks."""

    children: tuple[Inline, ...]
    """The item's text."""
    blocks: tuple[Block, ...] = ()
    """Nested blocks (e.g. a sub-list)."""
    id: str = ""
    """Anchor id."""
    classes: tuple[str, ...] = ()
    """Class names."""


@dataclass(frozen=True, slots=True)
class ListBlock:
    """A bulleted (``ul``) or numbered (``ol``) list."""

    ordered: bool
    """True for a numbered list."""
    items: tuple[ListItem, ...]
    """The items."""
    classes: tuple[str, ...] = ()
    """Class names."""


@dataclass(frozen=True, slots=True)
class BlockQuote:
    """A quotation block; class ``pull`` makes it a pull quote."""

    children: tuple[Block, ...]
    """Contents."""
    classes: tuple[str, ...] = ()
    """Class names."""


@dataclass(frozen=True, slots=True)
class Cell:
    """A table cell."""

    children: tuple[Inline, ...]
    """Contents."""
    header: bool = False
    """True for ``th``."""
    classes: tuple[str, ...] = ()
    """Class names."""


@dataclass(frozen=True, slots=True)
class Row:
    """A table row."""

    cells: tuple[Cell, ...]
    """The cells."""


@dataclass(frozen=True, slots=True)
class Table:
    """A table; the first row is a header row when its cells are ``th``."""

    rows: tuple[Row, ...]
    """The rows."""
    classes: tuple[str, ...] = ()
    """Class names."""


@dataclass(frozen=True, slots=True)
class Aside:
    """A shaded box: ``sidebar`` (beside the next blocks) or ``callout`` (full width)."""

    children: tuple[Block, ...]
    """Contents."""
    classes: tuple[str, ...] = ()
    """Class names."""


@dataclass(frozen=True, slots=True)
class Bar:
    """One bar of a chart."""

    label: str
    """Bar label."""
    value: float
    """Bar value."""
    display: str
    """Value as shown (``"65%"``)."""


@dataclass(frozen=True, slots=True)
class FigureBlock:
    """A ``figure``: a chart when it holds ``Bar`` data, else plain blocks with a caption."""

    children: tuple[Block, ...]
    """Contents (the caption or a fallback table)."""
    bars: tuple[Bar, ...] = ()
    """Chart data, from ``data-bars`` on the markup element."""
    caption: str = ""
    """Chart title."""
    classes: tuple[str, ...] = ()
    """Class names."""


@dataclass(frozen=True, slots=True)
class Rule:
    """A horizontal rule (``hr``)."""

    classes: tuple[str, ...] = ()
    """Class names."""


@dataclass(frozen=True, slots=True)
class WithSidebar:
    """Layout node: a sidebar ``Aside`` laid beside the main blocks that follow it."""

    main: tuple[Block, ...]
    """Blocks in the main column."""
    sidebar: Aside
    """The sidebar box."""


Block: TypeAlias = (
    Heading | Para | ListBlock | BlockQuote | Table | Aside | FigureBlock | Rule | WithSidebar
)


@dataclass(frozen=True, slots=True)
class Document:
    """A parsed brief: running header and footer, and the body blocks."""

    header: tuple[Para, ...]
    """Paragraphs repeated at the top of every page (the banner)."""
    footer: tuple[Para, ...]
    """Paragraphs repeated at the bottom of every page."""
    body: tuple[Block, ...]
    """The content."""


def plain_text(nodes: tuple[Inline, ...]) -> str:
    """The text of inline nodes without formatting."""
    out: list[str] = []
    for node in nodes:
        if isinstance(node, Text):
            out.append(node.text)
        else:
            out.append(plain_text(node.children))
    return "".join(out)
