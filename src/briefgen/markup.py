"""Parse brief markup (a strict subset of HTML) into the document tree; unknown elements are errors."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html import unescape
from html.parser import HTMLParser

from .document import (
    Aside,
    Bar,
    Block,
    BlockQuote,
    Cell,
    Document,
    Em,
    FigureBlock,
    Heading,
    Inline,
    Link,
    ListBlock,
    ListItem,
    Para,
    Row,
    Rule,
    Span,
    Strong,
    Sup,
    Table,
    Text,
    WithSidebar,
)
from .errors import MarkupError
from .links import safe_href

BLOCK_TAGS = {"header", "footer", "h1", "h2", "h3", "p", "ul", "ol", "li", "blockquote", "table", "tr",
              "th", "td", "aside", "figure", "hr"}
INLINE_TAGS = {"strong", "em", "a", "sup", "span"}
ALLOWED_TAGS = BLOCK_TAGS | INLINE_TAGS
_VOID = {"hr"}
_ATTRS = {"class", "id", "href", "title"}
MAX_DEPTH = 48
"""Deepest nesting of elements (every writer walks the tree recursively)."""
MAX_COLUMNS = 32
"""Most cells in a table row: more never fit a page."""
_SPACE = re.compile(r"\s+")
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass
class _Element:
    tag: str
    attrs: dict[str, str]
    line: int
    children: list[_Element | str] = field(default_factory=list)

    @property
    def classes(self) -> tuple[str, ...]:
        return tuple(self.attrs.get("class", "").split())


class _TreeBuilder(HTMLParser):
    def __init__(self, where: str) -> None:
        super().__init__(convert_charrefs=True)
        self.where = where
        self.root = _Element("#root", {}, 1)
        self.stack = [self.root]

    def _fail(self, message: str) -> MarkupError:
        line, _ = self.getpos()
        return MarkupError(f"{self.where}: markup line {line}: {message}")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ALLOWED_TAGS:
            allowed = " ".join(sorted(ALLOWED_TAGS))
            raise self._fail(f"unknown element <{tag}>; brief markup allows: {allowed}")
        kept = {k: v or "" for k, v in attrs if k in _ATTRS or k.startswith("data-")}
        element = _Element(tag, kept, self.getpos()[0])
        self.stack[-1].children.append(element)
        if tag not in _VOID:
            if len(self.stack) > MAX_DEPTH:
                raise self._fail(f"elements nested more than {MAX_DEPTH} deep; flatten the markup")
            self.stack.append(element)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.stack.pop()

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID:
            return
        if tag not in ALLOWED_TAGS:
            raise self._fail(f"unknown element </{tag}>")
        if len(self.stack) < 2 or self.stack[-1].tag != tag:
            open_tag = self.stack[-1].tag if len(self.stack) > 1 else "nothing"
            raise self._fail(f"</{tag}> closes <{open_tag}>; check the nesting")
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)

    def handle_decl(self, decl: str) -> None:
        raise self._fail(f"declarations such as <!{decl}> are not brief markup")

    def handle_pi(self, data: str) -> None:
        raise self._fail("processing instructions are not brief markup")


def parse_markup(markup: str, where: str = "template") -> Document:
    """Parse rendered template output into a ``Document``."""
    markup = _SURROGATE.sub("\ufffd", markup)  # a lone surrogate (from a template's string escape) cannot be written
    builder = _TreeBuilder(where)
    if not _fed_plainly(builder, markup):
        builder.feed(markup)
    builder.close()
    if len(builder.stack) > 1:
        element = builder.stack[-1]
        raise MarkupError(f"{where}: markup line {element.line}: <{element.tag}> is never closed")
    return _Converter(where).document(builder.root)


_WS = "[ \t\n\r\f]"
_TAG = re.compile(
    rf"<(?:([a-zA-Z][a-zA-Z0-9]*)((?:{_WS}+[a-zA-Z_:][-a-zA-Z0-9_:.]*(?:{_WS}*={_WS}*(?:\"[^\"]*\"|'[^']*'))?)*)"
    rf"{_WS}*(/?)>|/([a-zA-Z][a-zA-Z0-9]*){_WS}*>)"
)
"""A plain start tag (name, attributes: names with quoted values or none; group 3 the ``/`` of ``<hr/>``) or end
tag (group 4): the forms a template writes, which ``HTMLParser`` reads as these same tags."""
_ATTR = re.compile(rf"{_WS}+([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:{_WS}*={_WS}*(\"[^\"]*\"|'[^']*'))?")


def _fed_plainly(builder: _TreeBuilder, markup: str) -> bool:
    """Feed ``markup`` to ``builder``'s handlers as ``HTMLParser.feed`` would, when every ``<`` in it opens a
    ``_TAG`` of an allowed element (pure Python ``HTMLParser`` costs some 1.3 ms a brief); False, having fed
    nothing, for anything else (comments, declarations, a bare ``<``, unknown elements, other spellings of a tag),
    which ``HTMLParser`` then reads. As there: text between tags with its character references resolved, tag and
    attribute names in lower case, attribute values unquoted and resolved (None without a value), ``getpos()``'s
    line that of the tag's ``<``."""
    tokens: list[tuple[int, int, tuple[str | None, ...]]] = []
    at = markup.find("<")
    while at >= 0:
        match = _TAG.match(markup, at)
        if match is None:
            return False
        groups = match.groups()
        if (groups[0] or groups[3] or "").lower() not in ALLOWED_TAGS:
            return False
        tokens.append((at, match.end(), groups))
        at = markup.find("<", match.end())
    done = 0
    line = 1
    for at, end, (name, attributes, slash, closing) in tokens:
        if done < at:
            text = markup[done:at]
            builder.handle_data(unescape(text) if "&" in text else text)
        line += markup.count("\n", done, at)
        builder.lineno = line
        if closing is not None:
            builder.handle_endtag(closing.lower())
        else:
            attrs: list[tuple[str, str | None]] = []
            if attributes:
                for attr in _ATTR.finditer(attributes):
                    key, value = attr.groups()
                    if value is not None:
                        value = value[1:-1]
                        if "&" in value:
                            value = unescape(value)
                    attrs.append((key.lower(), value))
            tag = (name or "").lower()
            if slash:
                builder.handle_startendtag(tag, attrs)
            else:
                builder.handle_starttag(tag, attrs)
        line += markup.count("\n", at, end)
        done = end
    if done < len(markup):
        text = markup[done:]
        builder.handle_data(unescape(text) if "&" in text else text)
    return True


class _Converter:
    """Typed nodes from the generic element tree, checking what may contain what."""

    def __init__(self, where: str) -> None:
        self.where = where

    def _fail(self, element: _Element, message: str) -> MarkupError:
        return MarkupError(f"{self.where}: markup line {element.line}: {message}")

    def document(self, root: _Element) -> Document:
        header: list[Para] = []
        footer: list[Para] = []
        body: list[Block] = []
        for child in root.children:
            if isinstance(child, _Element) and child.tag in {"header", "footer"}:
                paras = [b for b in self.blocks(child) if isinstance(b, Para)]
                (header if child.tag == "header" else footer).extend(paras)
            elif isinstance(child, _Element):
                body.extend(self.blocks(_wrap(child)))
            elif child.strip():
                body.append(Para(self._inlines([child])))
        return Document(tuple(header), tuple(footer), tuple(_group_sidebars(body)))

    def blocks(self, parent: _Element) -> list[Block]:
        """Block children of a container; loose inline content becomes a paragraph."""
        out: list[Block] = []
        loose: list[_Element | str] = []

        def flush() -> None:
            inlines = self._inlines(loose)
            if inlines:
                out.append(Para(inlines))
            loose.clear()

        for child in parent.children:
            if isinstance(child, str) or child.tag in INLINE_TAGS:
                loose.append(child)
                continue
            flush()
            out.append(self.block(child))
        flush()
        return out

    def block(self, el: _Element) -> Block:
        tag, classes = el.tag, el.classes
        if tag in {"h1", "h2", "h3"}:
            return Heading(int(tag[1]), self._inlines(el.children, el), el.attrs.get("id", ""), classes)
        if tag == "p":
            return Para(self._inlines(el.children, el), el.attrs.get("id", ""), classes)
        if tag in {"ul", "ol"}:
            items = []
            for child in el.children:
                if isinstance(child, str):
                    if child.strip():
                        raise self._fail(el, f"text directly inside <{tag}>; put it in an <li>")
                    continue
                if child.tag != "li":
                    raise self._fail(child, f"<{child.tag}> inside <{tag}>; only <li> may go there")
                items.append(self._item(child))
            return ListBlock(tag == "ol", tuple(items), classes)
        if tag == "blockquote":
            return BlockQuote(tuple(self.blocks(el)), classes)
        if tag == "aside":
            return Aside(tuple(self.blocks(el)), classes)
        if tag == "table":
            return Table(tuple(self._row(child) for child in self._elements(el, {"tr"})), classes)
        if tag == "figure":
            return self._figure(el)
        if tag == "hr":
            return Rule(classes)
        raise self._fail(el, f"<{tag}> cannot stand here; check the nesting")

    def _elements(self, el: _Element, allowed: set[str]) -> list[_Element]:
        out = []
        for child in el.children:
            if isinstance(child, str):
                if child.strip():
                    raise self._fail(el, f"text directly inside <{el.tag}>")
            elif child.tag not in allowed:
                raise self._fail(child, f"<{child.tag}> inside <{el.tag}>; allowed: {', '.join(sorted(allowed))}")
            else:
                out.append(child)
        return out

    def _row(self, tr: _Element) -> Row:
        elements = self._elements(tr, {"td", "th"})
        if len(elements) > MAX_COLUMNS:
            raise self._fail(tr, f"a table row of {len(elements)} cells; at most {MAX_COLUMNS} fit a page")
        return Row(tuple(Cell(self._inlines(td.children, td), td.tag == "th", td.classes) for td in elements))

    def _item(self, li: _Element) -> ListItem:
        inline_part = [c for c in li.children if isinstance(c, str) or c.tag in INLINE_TAGS]
        nested = [c for c in li.children if isinstance(c, _Element) and c.tag not in INLINE_TAGS]
        blocks = tuple(self.block(c) for c in nested)
        return ListItem(self._inlines(inline_part, li), blocks, li.attrs.get("id", ""), li.classes)

    def _figure(self, el: _Element) -> FigureBlock:
        blocks = tuple(self.blocks(el))
        bars: list[Bar] = []
        for block in blocks:
            if isinstance(block, Table):
                bars.extend(_bars(block))
        caption = el.attrs.get("data-caption", "")
        return FigureBlock(blocks, tuple(bars), caption, el.classes)

    def _inlines(self, children: list[_Element | str], parent: _Element | None = None) -> tuple[Inline, ...]:
        nodes = self._inline_nodes(children)
        return _trim(nodes)

    def _inline_nodes(self, children: list[_Element | str]) -> list[Inline]:
        out: list[Inline] = []
        for child in children:
            if isinstance(child, str):
                text = _SPACE.sub(" ", child)
                if text:
                    out.append(Text(text))
                continue
            if child.tag not in INLINE_TAGS:
                raise self._fail(child, f"<{child.tag}> inside a line of text; close the paragraph first")
            inner = tuple(self._inline_nodes(child.children))
            classes = child.classes
            if child.tag == "strong":
                out.append(Strong(inner, classes))
            elif child.tag == "em":
                out.append(Em(inner, classes))
            elif child.tag == "sup":
                out.append(Sup(inner, classes))
            elif child.tag == "span" or (href := safe_href(child.attrs.get("href", ""))) is None:
                out.append(Span(inner, classes))  # a link to javascript:, data: … keeps only its text
            else:
                out.append(
                    Link(
                        href,
                        inner,
                        child.attrs.get("title", ""),
                        classes,
                        child.attrs.get("data-cite", ""),
                    )
                )
        return out


def _wrap(el: _Element) -> _Element:
    """A top-level element as the single child of a container, so ``blocks`` handles it."""
    return _Element("#wrap", {}, el.line, [el])


def _trim(nodes: list[Inline]) -> tuple[Inline, ...]:
    """Drop leading and trailing white space of a line of inline nodes."""
    items = list(nodes)
    while items and isinstance(items[0], Text) and not items[0].text.strip():
        items.pop(0)
    while items and isinstance(items[-1], Text) and not items[-1].text.strip():
        items.pop()
    if items and isinstance(items[0], Text):
        items[0] = Text(items[0].text.lstrip())
    if items and isinstance(items[-1], Text):
        items[-1] = Text(items[-1].text.rstrip())
    return tuple(items)


def _bars(table: Table) -> list[Bar]:
    """Chart bars from a two-column table whose second cells hold numbers."""
    from .document import plain_text

    bars = []
    for row in table.rows:
        if len(row.cells) < 2 or row.cells[0].header:
            continue
        display = plain_text(row.cells[1].children)
        match = re.search(r"-?\d[\d,]*\.?\d*", display)
        if match:
            bars.append(Bar(plain_text(row.cells[0].children), float(match.group(0).replace(",", "")), display))
    return bars


def _group_sidebars(body: list[Block]) -> list[Block]:
    """Pair each ``aside.sidebar`` with the blocks after it, up to the next h1/h2, rule or sidebar."""
    out: list[Block] = []
    i = 0
    while i < len(body):
        block = body[i]
        if isinstance(block, Aside) and "sidebar" in block.classes:
            j = i + 1
            while j < len(body) and not _ends_sidebar(body[j]):
                j += 1
            main = tuple(body[i + 1 : j])
            out.append(WithSidebar(main, block) if main else block)
            i = j
            continue
        out.append(block)
        i += 1
    return out


def _ends_sidebar(block: Block) -> bool:
    return (
        (isinstance(block, Heading) and block.level <= 2)
        or isinstance(block, Rule)
        or (isinstance(block, Aside) and "sidebar" in block.classes)
    )
