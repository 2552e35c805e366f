"""reportlab paragraph styles and colours derived from a format's ``Style`` settings."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.colors import Color, HexColor, white
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from ...style import Style
from .fonts import FontFamily, resolve_family

#: Paragraph classes with a style of their own (see ``briefgen.document.KNOWN_CLASSES``).
PARA_CLASSES = ("banner", "subtitle", "meta", "bluf", "figure-value", "figure-label", "attribution", "note")


@dataclass(frozen=True, slots=True)
class Palette:
    """The colours of a brief."""

    text: Color
    """Body text."""
    accent: Color
    """Headings, rules, key figures, links."""
    muted: Color
    """Labels, meta lines, notes."""
    shade: Color
    """Sidebar and callout background."""
    banner: Color
    """Classification banner text."""
    grid: Color
    """Light table grid and thin rules."""
    header_fill: Color
    """Table header row background."""


@dataclass(frozen=True, slots=True)
class Styles:
    """Every paragraph style the PDF writer uses, plus fonts, colours and sizes."""

    body_family: FontFamily
    """Registered body font family."""
    heading_family: FontFamily
    """Registered heading font family."""
    palette: Palette
    """Colours."""
    body: ParagraphStyle
    """Running text."""
    title: ParagraphStyle
    """Heading level 1."""
    h2: ParagraphStyle
    """Section headings."""
    h3: ParagraphStyle
    """Sub-headings."""
    box_heading: ParagraphStyle
    """Headings inside sidebars and callouts."""
    item: ParagraphStyle
    """List item text."""
    pull: ParagraphStyle
    """Pull quote text."""
    quote: ParagraphStyle
    """Ordinary block quote text."""
    cell: ParagraphStyle
    """Table cell text."""
    cell_header: ParagraphStyle
    """Table header cell text."""
    compact_cell: ParagraphStyle
    """Cell text of small-print tables."""
    caption: ParagraphStyle
    """Chart captions."""
    running: ParagraphStyle
    """Header and footer lines that are not the banner."""
    page_number: ParagraphStyle
    """The "Page X of Y" line."""
    classes: dict[str, ParagraphStyle]
    """Styles of the paragraph classes in ``PARA_CLASSES``."""
    body_size: float
    """Body size in points (for spacing)."""

    def table_font(self) -> tuple[object, ...]:
        """Table command giving cells the body font (reportlab's default, Helvetica, is not embedded)."""
        return ("FONT", (0, 0), (-1, -1), self.body_family.regular, self.body_size)

    def for_para(self, classes: tuple[str, ...], default: ParagraphStyle | None = None) -> ParagraphStyle:
        """The style of a paragraph with these classes: the first known class wins."""
        for name in classes:
            if name in self.classes:
                return self.classes[name]
        return default if default is not None else self.body


def mix(colour: Color, other: Color, amount: float) -> Color:
    """``colour`` moved ``amount`` (0–1) of the way towards ``other``."""
    return Color(
        colour.red + (other.red - colour.red) * amount,
        colour.green + (other.green - colour.green) * amount,
        colour.blue + (other.blue - colour.blue) * amount,
    )


def make_palette(style: Style) -> Palette:
    """The brief's colours from its style settings."""
    muted = HexColor(style.muted_colour)
    shade = HexColor(style.sidebar_shade)
    return Palette(
        text=HexColor(style.text_colour),
        accent=HexColor(style.accent_colour),
        muted=muted,
        shade=shade,
        banner=HexColor(style.banner_colour),
        grid=mix(muted, white, 0.65),
        header_fill=shade,
    )


def _para(name: str, family: FontFamily, size: float, style: Style, **extra: object) -> ParagraphStyle:
    """A paragraph style in ``family`` at ``size`` with the format's line spacing."""
    base: dict[str, object] = {
        "fontName": family.regular,
        "fontSize": size,
        "leading": size * style.line_spacing,
        "textColor": HexColor(style.text_colour),
        "alignment": TA_LEFT,
        "splitLongWords": 1,
        "uriWasteReduce": 0.3,
        "allowWidows": 0,
        "allowOrphans": 0,
    }
    base.update(extra)
    return ParagraphStyle(name, **base)


def make_styles(style: Style) -> Styles:
    """All paragraph styles of a brief, fonts registered on the way."""
    body = resolve_family(style.body_font)
    head = resolve_family(style.heading_font)
    pal = make_palette(style)
    size, small = style.body_size, style.small_size
    tight = 1.12
    classes = {
        "banner": _para("banner", body, small, style, fontName=body.bold, textColor=pal.banner, alignment=TA_CENTER),
        "subtitle": _para("subtitle", head, style.h3_size, style, textColor=pal.accent, spaceAfter=size * 0.3),
        "meta": _para("meta", body, small, style, textColor=pal.muted, spaceAfter=size * 1.2),
        "bluf": _para("bluf", body, size * 1.1, style, leading=size * 1.1 * style.line_spacing, spaceAfter=size * 0.6),
        "figure-value": _para(
            "figure-value",
            head,
            style.figure_size,
            style,
            fontName=head.bold,
            textColor=pal.accent,
            leading=style.figure_size * tight,
            spaceBefore=size * 0.5,
        ),
        "figure-label": _para(
            "figure-label", body, small, style, textColor=pal.muted, leading=small * 1.2, spaceAfter=2
        ),
        "attribution": _para("attribution", body, small, style, textColor=pal.muted, alignment=TA_RIGHT, spaceBefore=3),
        "note": _para("note", body, small, style, textColor=pal.muted, spaceBefore=2),
    }
    return Styles(
        body_family=body,
        heading_family=head,
        palette=pal,
        body=_para("body", body, size, style, spaceAfter=size * 0.5),
        title=_para(
            "title",
            head,
            style.title_size,
            style,
            fontName=head.bold,
            textColor=pal.accent,
            leading=style.title_size * tight,
            spaceAfter=size * 0.4,
        ),
        h2=_para(
            "h2",
            head,
            style.h2_size,
            style,
            fontName=head.bold,
            textColor=pal.accent,
            leading=style.h2_size * tight,
            spaceBefore=size * 1.2,
            spaceAfter=size * 0.4,
            keepWithNext=1,
        ),
        h3=_para(
            "h3",
            head,
            style.h3_size,
            style,
            fontName=head.bold,
            textColor=pal.text,
            leading=style.h3_size * tight,
            spaceBefore=size * 0.8,
            spaceAfter=size * 0.3,
            keepWithNext=1,
        ),
        box_heading=_para(
            "box_heading",
            head,
            size,
            style,
            fontName=head.bold,
            textColor=pal.accent,
            spaceAfter=size * 0.2,
            keepWithNext=1,
        ),
        item=_para("item", body, size, style, spaceAfter=size * 0.25),
        pull=_para(
            "pull",
            head,
            size * 1.35,
            style,
            fontName=head.italic,
            textColor=pal.accent,
            leading=size * 1.35 * 1.3,
        ),
        quote=_para("quote", body, size, style, fontName=body.italic, spaceAfter=size * 0.3),
        cell=_para("cell", body, size * 0.92, style, leading=size * 0.92 * 1.2),
        cell_header=_para("cell_header", body, size * 0.92, style, fontName=body.bold, leading=size * 0.92 * 1.2),
        compact_cell=_para("compact_cell", body, small, style, leading=small * 1.2),
        caption=_para("caption", body, small, style, fontName=body.bold, textColor=pal.muted, spaceAfter=3),
        running=_para("running", body, small, style, textColor=pal.muted, alignment=TA_CENTER),
        page_number=_para("page_number", body, small, style, textColor=pal.muted, alignment=TA_RIGHT),
        classes=classes,
        body_size=size,
    )
