"""Font discovery and registration for the PDF writer: bundled families first, then system TrueType, Vera last."""

from __future__ import annotations

import logging
import shutil
import subprocess
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError

from ...resources import data_path, data_toml
from .ttf import CachingTTFont

log = logging.getLogger(__name__)

_SETTINGS = "pdf_fonts.toml"
_STYLES = {"regular": "", "bold": ":bold", "italic": ":italic", "bold_italic": ":bold:italic"}
_FC_TIMEOUT = 10.0


@dataclass(frozen=True, slots=True)
class FontFile:
    """One font file on disk (``index`` selects a face inside a .ttc collection)."""

    path: str
    """Absolute path of the .ttf/.ttc file."""
    index: int = 0
    """Sub-font index inside a collection."""


@dataclass(frozen=True, slots=True)
class FontFamily:
    """A registered family: the reportlab font names of its four faces."""

    family: str
    """Family name as found (``"DejaVu Sans"``)."""
    regular: str
    """Registered name of the regular face."""
    bold: str
    """Registered name of the bold face (the regular one when the family has none)."""
    italic: str
    """Registered name of the italic face."""
    bold_italic: str
    """Registered name of the bold italic face."""

    def face(self, bold: bool, italic: bool) -> str:
        """The registered name of the face with the given weight and slant."""
        if bold and italic:
            return self.bold_italic
        if bold:
            return self.bold
        return self.italic if italic else self.regular


def fontconfig_available() -> bool:
    """True when fontconfig's ``fc-match`` can be run."""
    return shutil.which("fc-match") is not None


def run_fontconfig(args: list[str]) -> str:
    """Output of a fontconfig command, or "" when it is missing or fails."""
    if shutil.which(args[0]) is None:
        return ""
    try:
        done = subprocess.run(args, capture_output=True, text=True, timeout=_FC_TIMEOUT, check=False)
    except (OSError, subprocess.SubprocessError):
        return ""
    return done.stdout if done.returncode == 0 else ""


def _fc_face(family: str, style: str) -> FontFile | None:
    """The file fontconfig picks for a family and style, if it really is that family."""
    out = run_fontconfig(["fc-match", "-f", "%{family}\t%{file}\t%{index}", f"{family}{style}"])
    parts = out.split("\t")
    if len(parts) != 3:
        return None
    names = {name.strip().casefold() for name in parts[0].split(",")}
    if family.casefold() not in names or not parts[1]:
        return None
    return FontFile(parts[1], int(parts[2]) if parts[2].isdigit() else 0)


def _known_faces(family: str) -> dict[str, FontFile]:
    """Faces of a family from the data file's known paths that exist on this system."""
    table: dict[str, dict[str, str]] = data_toml(_SETTINGS).get("files", {})
    entry = next((v for k, v in table.items() if k.casefold() == family.casefold()), {})
    return {style: FontFile(path) for style, path in entry.items() if Path(path).is_file()}


def bundled_faces(family: str) -> dict[str, FontFile]:
    """Faces of a family shipped in ``briefgen/data/fonts`` ({} when the family is not bundled)."""
    table: dict[str, dict[str, str]] = data_toml(_SETTINGS).get("bundled", {})
    entry = next((v for k, v in table.items() if k.casefold() == family.casefold()), {})
    return {style: FontFile(str(data_path("fonts", name))) for style, name in entry.items()}


def find_family_files(family: str) -> dict[str, FontFile]:
    """Files of a family's faces (keys ``regular``, ``bold``, ``italic``, ``bold_italic``); {} if absent.

    A bundled family never comes from the system, so output does not depend on installed fonts.
    """
    faces = bundled_faces(family)
    if faces:
        return faces
    if fontconfig_available():
        for style, pattern in _STYLES.items():
            found = _fc_face(family, pattern)
            if found is not None:
                faces[style] = found
    if "regular" not in faces:
        faces = _known_faces(family)
    return faces if "regular" in faces else {}


def _font_name(family: str, style: str) -> str:
    """A reportlab font name for a family's face (no spaces, unique per face)."""
    return "".join(ch for ch in family if ch.isalnum()) + "-" + style


def _register_face(name: str, file: FontFile) -> bool:
    """Register one TrueType face under ``name``; False when reportlab cannot load it."""
    if name in pdfmetrics.getRegisteredFontNames():
        return True
    try:
        pdfmetrics.registerFont(CachingTTFont(name, file.path, subfontIndex=file.index))
    except (TTFError, OSError, ValueError, KeyError) as exc:
        log.info("PDF: cannot use font %s (%s): %s", name, file.path, exc)
        return False
    return True


def _register(family: str, faces: dict[str, FontFile]) -> FontFamily | None:
    """Register a family's faces; missing faces fall back to the nearest one registered."""
    names: dict[str, str] = {}
    for style, file in faces.items():
        name = _font_name(family, style)
        if _register_face(name, file):
            names[style] = name
    if "regular" not in names:
        return None
    regular = names["regular"]
    bold = names.get("bold", regular)
    italic = names.get("italic", regular)
    result = FontFamily(family, regular, bold, italic, names.get("bold_italic", bold))
    key = _font_name(family, "family")
    pdfmetrics.registerFontFamily(key, normal=regular, bold=bold, italic=italic, boldItalic=result.bold_italic)
    # A face standing in for a missing one must still map back to the plain style.
    addMapping(key, 0, 0, regular)
    return result


@cache
def register_family(family: str) -> FontFamily | None:
    """Find and register a bundled or system TrueType family by name; None when it is not available."""
    faces = find_family_files(family)
    return _register(family, faces) if faces else None


@cache
def vera_family() -> FontFamily:
    """reportlab's bundled Bitstream Vera, always available."""
    faces = {
        "regular": FontFile("Vera.ttf"),
        "bold": FontFile("VeraBd.ttf"),
        "italic": FontFile("VeraIt.ttf"),
        "bold_italic": FontFile("VeraBI.ttf"),
    }
    family = _register("Bitstream Vera Sans", faces)
    if family is None:  # pragma: no cover - reportlab ships these files
        raise RuntimeError("reportlab's bundled Vera fonts are missing")
    return family


@cache
def resolve_family(family: str) -> FontFamily:
    """The named family if installed, else the default family, else Vera (logged once)."""
    found = register_family(family)
    if found is not None:
        return found
    default = str(data_toml(_SETTINGS).get("default_family", ""))
    found = register_family(default) if default else None
    chosen = found if found is not None else vera_family()
    log.warning("PDF: font family %r not found; using %s", family, chosen.family)
    return chosen


def fallback_family_names() -> tuple[str, ...]:
    """Families tried, in order, for characters the running font lacks (from the data file)."""
    return tuple(str(name) for name in data_toml(_SETTINGS).get("fallbacks", []))


def glyph_map(font_name: str) -> dict[int, int]:
    """The registered TrueType font's code point -> glyph map (empty for other fonts); looked up once per name."""
    cmap = _GLYPH_MAPS.get(font_name)
    if cmap is None:
        face = getattr(pdfmetrics.getFont(font_name), "face", None)
        cmap = _GLYPH_MAPS[font_name] = getattr(face, "charToGlyph", {})
    return cmap


_GLYPH_MAPS: dict[str, dict[int, int]] = {}


def covers(font_name: str, char: str) -> bool:
    """True when the registered TrueType font has a glyph for ``char``."""
    return ord(char) in glyph_map(font_name)
