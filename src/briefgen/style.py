"""A format's style settings (``style.toml`` beside its template), shared by every writer."""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from .errors import StyleError

_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
PAGE_SIZES_MM = {"A4": (210.0, 297.0), "Letter": (215.9, 279.4)}


@dataclass(frozen=True, slots=True)
class Style:
    """Page, type and colour settings of a format. Lengths in millimetres, sizes in points."""

    page_size: str = "A4"
    """``A4`` or ``Letter``."""
    margin_top: float = 20.0
    """Top margin, mm (the header banner sits inside it)."""
    margin_bottom: float = 20.0
    """Bottom margin, mm (the footer sits inside it)."""
    margin_left: float = 20.0
    """Left margin, mm."""
    margin_right: float = 20.0
    """Right margin, mm."""
    body_font: str = "Liberation Sans"
    """Body font family (bundled or system TrueType; see data/fonts/README.md; Vera as last resort in PDF)."""
    heading_font: str = "Liberation Sans"
    """Heading font family."""
    body_size: float = 10.0
    """Body text size, pt."""
    small_size: float = 8.0
    """Small print size (labels, notes, banner), pt."""
    title_size: float = 20.0
    """Title size, pt."""
    h2_size: float = 13.0
    """Section heading size, pt."""
    h3_size: float = 11.0
    """Sub-heading size, pt."""
    figure_size: float = 18.0
    """Key-figure number size, pt."""
    line_spacing: float = 1.25
    """Line height as a multiple of the font size."""
    text_colour: str = "#1a1a1a"
    """Body text colour."""
    accent_colour: str = "#1f3b5c"
    """Headings, rules and key-figure numbers."""
    muted_colour: str = "#5a5a5a"
    """Labels, meta lines and notes."""
    sidebar_shade: str = "#e8eef4"
    """Background of sidebars and callouts."""
    banner_colour: str = "#0b6e2e"
    """Classification banner text colour."""
    sidebar_width: float = 55.0
    """Width of the page-1 sidebar, mm."""

    @property
    def page_mm(self) -> tuple[float, float]:
        """Page width and height in millimetres."""
        return PAGE_SIZES_MM[self.page_size]


def load_style(path: Path) -> Style:
    """Read ``style.toml``; a missing file gives the defaults, a bad value a StyleError."""
    try:
        data = path.read_bytes()
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        return Style()
    return _parsed_style(data, str(path))


@functools.lru_cache(maxsize=32)
def _parsed_style(data: bytes, where: str) -> Style:
    """The style a ``style.toml`` of these bytes gives (parsed once per process: every build looks up every
    format's style, each time from the file's current bytes)."""
    try:
        settings = tomllib.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise StyleError(f"{where}: not valid TOML: {exc}") from None
    return style_from_mapping(settings, where)


def style_from_mapping(data: dict[str, Any], where: str) -> Style:
    """Validate a mapping of settings against ``Style``'s fields."""
    known = {f.name: f for f in fields(Style)}
    base = Style()
    changes: dict[str, Any] = {}
    for key, value in data.items():
        if key not in known:
            raise StyleError(f"{where}: unknown setting '{key}'; known: {', '.join(sorted(known))}")
        default = getattr(base, key)
        if isinstance(default, float):
            if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
                raise StyleError(f"{where}: '{key}' must be a positive number")
            value = float(value)
        elif not isinstance(value, str):
            raise StyleError(f"{where}: '{key}' must be text in quotes")
        if (key.endswith("colour") or key == "sidebar_shade") and not _COLOUR.match(value):
            raise StyleError(f"{where}: '{key}' must be a colour such as \"#1f3b5c\"")
        if key == "page_size" and value not in PAGE_SIZES_MM:
            raise StyleError(f"{where}: 'page_size' must be one of {', '.join(PAGE_SIZES_MM)}")
        changes[key] = value
    return replace(base, **changes)
