"""A brief's HTML file -> the content of its ``<main>``, re-serialised through an allow-list, and its citations.

The site embeds the brief's own rendering in its page. The writer's output is trusted to be
escaped, but the page is rebuilt element by element anyway: only the brief-markup elements and
harmless attributes pass, links keep only local, http(s) and mailto targets, and unclosed elements
are closed, so no brief file can inject script, styles or broken structure into the site.

Charts pass as the small SVG subset the HTML writer draws them with (``svg g rect line text title
desc`` and presentation attributes whose values are numbers, colours, font names or transforms):
no styles, links, event handlers, ``foreignObject`` or script. Anything else inside an ``<svg>`` is
dropped with its content.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape
from html.parser import HTMLParser

ALLOWED = frozenset(
    {
        "header",
        "footer",
        "section",
        "div",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "p",
        "ul",
        "ol",
        "li",
        "dl",
        "dt",
        "dd",
        "blockquote",
        "table",
        "caption",
        "thead",
        "tbody",
        "tfoot",
        "tr",
        "th",
        "td",
        "aside",
        "figure",
        "figcaption",
        "hr",
        "br",
        "strong",
        "em",
        "b",
        "i",
        "u",
        "small",
        "sub",
        "sup",
        "span",
        "a",
        "code",
    }
)
VOID = frozenset({"hr", "br"})
#: Elements dropped together with everything inside them.
DROPPED = frozenset(
    {
        "script",
        "style",
        "template",
        "iframe",
        "object",
        "embed",
        "foreignobject",
        "math",
        "noscript",
        "textarea",
        "select",
        "title",
        "head",
    }
)
#: The SVG elements a chart is drawn with; ``svg`` opens the subset, the others live only inside it.
SVG_ELEMENTS = frozenset({"svg", "g", "rect", "line", "text", "title", "desc"})
_SVG_NUMBER = r"-?(?:\d+(?:\.\d*)?|\.\d+)"
_SVG_LENGTH = re.compile(rf"{_SVG_NUMBER}(?:pt|px|em|%)?")
_SVG_COLOUR = re.compile(r"#[0-9A-Fa-f]{3,8}|[A-Za-z]{1,30}")
_SVG_NUMBERS = rf"{_SVG_NUMBER}(?:[\s,]+{_SVG_NUMBER})*"
_SVG_TRANSFORM = re.compile(rf"(?:\s*(?:translate|scale|rotate|matrix|skewX|skewY)\(\s*{_SVG_NUMBERS}\s*\))+\s*")
#: Attributes kept on SVG elements (HTML's parser gives their names in lower case): canonical name, allowed value.
SVG_ATTRIBUTES: dict[str, tuple[str, re.Pattern[str]]] = {
    **{name: (name, _SVG_LENGTH) for name in ("x", "y", "x1", "y1", "x2", "y2", "width", "height", "font-size")},
    "stroke-width": ("stroke-width", _SVG_LENGTH),
    "fill": ("fill", _SVG_COLOUR),
    "stroke": ("stroke", _SVG_COLOUR),
    "font-family": ("font-family", re.compile(r"[\w ,.'\"-]{1,120}")),
    "font-weight": ("font-weight", re.compile(r"normal|bold|[1-9]00")),
    "font-style": ("font-style", re.compile(r"normal|italic|oblique")),
    "text-anchor": ("text-anchor", re.compile(r"start|middle|end")),
    "transform": ("transform", _SVG_TRANSFORM),
    "viewbox": ("viewBox", re.compile(rf"{_SVG_NUMBER}(?:[\s,]+{_SVG_NUMBER}){{3}}")),
    "role": ("role", re.compile(r"img")),
    "aria-label": ("aria-label", re.compile(r"[^\x00-\x1f]{1,2000}")),
    "xmlns": ("xmlns", re.compile(r"http://www\.w3\.org/2000/svg")),
}
_TOKEN = re.compile(r"[A-Za-z0-9_-]{1,64}")
_HEADING = re.compile(r"h[1-6]")
_LEVEL = re.compile(r"[1-6]")
_DATA_ATTR = re.compile(r"data-[a-z0-9-]{1,40}")
_CITE_KEY = re.compile(r"cite-.+-\d+-\d+")
#: The title the ``cite`` filter gives a citation link, for HTML files whose links lost ``data-cite``.
_CITE_TITLE = re.compile(r"(?P<source>\S.*?) ¶\d+, chars (?P<start>\d+)–(?P<end>\d+)")
_SAFE_HREF = re.compile(r"(#|https?://|mailto:)", re.IGNORECASE)
_BAR_WIDTH = re.compile(r"\s*width\s*:\s*(\d+(?:\.\d+)?)em\s*;?\s*")
#: Bar widths become classes ``bar-w0`` … ``bar-w20`` (half-em steps) so the CSP needs no inline styles.
BAR_STEPS = 20


@dataclass(frozen=True, slots=True)
class CiteLink:
    """A citation link of the brief's HTML."""

    key: str
    """Its ``data-cite`` value, ``cite-SOURCE-START-END``."""
    number: str
    """The citation number it shows."""
    title: str
    """Its ``title`` attribute (the writer puts the source, paragraph and characters there)."""


@dataclass(frozen=True, slots=True)
class BriefContent:
    """The safe fragment of a brief's HTML page."""

    html: str
    """Sanitised content of ``<main>`` (or of ``<body>`` when there is no ``<main>``)."""
    cites: tuple[CiteLink, ...]
    """Distinct citations, in order of first appearance."""
    has_h1: bool
    """True when the fragment holds its own top-level heading."""


def extract_content(page: str) -> BriefContent:
    """The sanitised main content of a brief's HTML page."""
    match = re.search(r"<main\b[^>]*>(.*)</main\s*>", page, re.DOTALL | re.IGNORECASE) or re.search(
        r"<body\b[^>]*>(.*)</body\s*>", page, re.DOTALL | re.IGNORECASE
    )
    cleaner = _Cleaner()
    cleaner.feed(match.group(1) if match else page)
    cleaner.close()
    return cleaner.result()


class _Cleaner(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.open: list[str] = []
        self.skip: list[str] = []
        self.cites: dict[str, CiteLink] = {}
        self.cite: tuple[str, str, list[str]] | None = None
        self.has_h1 = False

    def result(self) -> BriefContent:
        self.out.extend(f"</{tag}>" for tag in reversed(self.open))
        self.open.clear()
        return BriefContent("".join(self.out), tuple(self.cites.values()), self.has_h1)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        in_svg = "svg" in self.open
        if self.skip or (in_svg and tag not in SVG_ELEMENTS - {"svg"}) or (tag in DROPPED and not in_svg):
            if tag not in VOID:
                self.skip.append(tag)
            return
        svg = in_svg or tag == "svg"
        if not svg and tag not in ALLOWED:
            return
        self.has_h1 = self.has_h1 or tag == "h1"
        kept = _svg_attrs(dict(attrs)) if svg else self._attrs(tag, dict(attrs))
        rendered = "".join(f' {name}="{escape(value)}"' for name, value in kept)
        self.out.append(f"<{tag}{rendered}>")
        if tag not in VOID:
            self.open.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        depth = len(self.skip)
        self.handle_starttag(tag, attrs)
        if len(self.skip) > depth:
            self.skip.pop()  # a self-closed element drops nothing after it
        elif self.open and self.open[-1] == tag:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if self.skip:
            if tag == self.skip[-1]:
                self.skip.pop()
            return
        if tag not in self.open:
            return
        while self.open:
            current = self.open.pop()
            self.out.append(f"</{current}>")
            if current == "a" and self.cite:
                key, title, number = self.cite
                self.cites.setdefault(key, CiteLink(key, "".join(number).strip(), title))
                self.cite = None
            if current == tag:
                break

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        if self.cite:
            self.cite[2].append(data)
        self.out.append(escape(data, quote=False))

    def _attrs(self, tag: str, attrs: dict[str, str | None]) -> list[tuple[str, str]]:
        kept: list[tuple[str, str]] = []
        classes = [c for c in (attrs.get("class") or "").split() if _TOKEN.fullmatch(c)]
        width = _BAR_WIDTH.fullmatch(attrs.get("style") or "")
        if tag == "span" and "bar" in classes and width:
            classes.append(f"bar-w{round(min(float(width.group(1)) * 2, BAR_STEPS))}")
        if classes:
            kept.append(("class", " ".join(classes)))
        for name, value in attrs.items():
            if value is None:
                continue
            if (name == "id" and _TOKEN.fullmatch(value)) or name == "title" or _DATA_ATTR.fullmatch(name):
                kept.append((name, value))
            elif name == "href" and tag == "a" and _SAFE_HREF.match(value.strip()):
                kept.append((name, value.strip()))
            elif name in ("colspan", "rowspan") and tag in ("td", "th") and value.isdigit():
                kept.append((name, value))
            elif name == "aria-level" and _HEADING.fullmatch(tag) and _LEVEL.fullmatch(value):
                kept.append((name, value))  # the HTML writer's heading levels that never skip
        key = attrs.get("data-cite")
        if tag == "a" and not key and self.open[-1:] == ["sup"]:
            found = _CITE_TITLE.fullmatch(attrs.get("title") or "")
            if found:
                key = f"cite-{found['source']}-{found['start']}-{found['end']}"
                kept.append(("data-cite", key))
        if tag == "a" and key and _CITE_KEY.fullmatch(key):
            kept.append(("aria-haspopup", "dialog"))
            self.cite = (key, attrs.get("title") or "", [])
        return kept


def _svg_attrs(attrs: dict[str, str | None]) -> list[tuple[str, str]]:
    """The attributes of an SVG element that pass: presentation attributes with plain values, and classes."""
    kept: list[tuple[str, str]] = []
    classes = [c for c in (attrs.get("class") or "").split() if _TOKEN.fullmatch(c)]
    if classes:
        kept.append(("class", " ".join(classes)))
    for name, value in attrs.items():
        rule = SVG_ATTRIBUTES.get(name)
        if rule is not None and value is not None and rule[1].fullmatch(value.strip()):
            kept.append((rule[0], value.strip()))
    return kept
