"""Gold annotations of one text (``tests/gold/<name>/``), read from TOML and anchored to the source's offsets.

A gold folder holds a ``brief.toml`` (its themes and its one source) and ``themes.toml``,
``figures.toml``, ``actors.toml`` and ``quotes.toml``; the format is documented in
``tests/gold/README.md``. Surfaces are written as they appear in a paragraph and located here, so a
gold file never carries raw offsets; a surface that is missing or ambiguous is an error.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import GoldError
from ..model import FIGURE_KINDS, FigureKind, Source

NO_THEME = "none"
"""The theme id gold files use for "about none of the brief's themes"."""


@dataclass(frozen=True, slots=True)
class GoldFigure:
    """A numeric expression as a careful reader marks it."""

    start: int
    """Offset of the surface in the source text."""
    end: int
    """Offset one past it."""
    text: str
    """Surface exactly as written."""
    kind: FigureKind
    """Figure kind."""
    value: float | None
    """Value in base units; None when the text does not fix it (a date without a year)."""
    themes: tuple[str, ...]
    """Acceptable themes of its sentence (``"none"`` for no theme)."""
    low: float | None = None
    """Lower bound of a range."""
    high: float | None = None
    """Upper bound of a range."""
    unit: str | None = None
    """Unit to check (currency code, counted noun), when the gold gives one."""
    optional: bool = False
    """True for a borderline item: finding it or not is neither rewarded nor penalised."""


@dataclass(frozen=True, slots=True)
class GoldActor:
    """A person, organisation or country the text mentions."""

    name: str
    """Canonical name."""
    kind: str
    """person, organization or country."""
    aliases: tuple[str, ...] = ()
    """Other names the text uses for it."""
    roles: tuple[str, ...] | None = None
    """Role phrases as the text gives them (people); None when the gold does not check roles."""
    optional: bool = False
    """True for a borderline item (a forum or place that some would count)."""

    @property
    def names(self) -> tuple[str, ...]:
        """The canonical name and every alias."""
        return (self.name, *self.aliases)


@dataclass(frozen=True, slots=True)
class GoldQuote:
    """Quoted speech and who said it."""

    start: int
    """Offset of the quoted words."""
    end: int
    """Offset one past them."""
    text: str
    """The quoted words, without the quotation marks."""
    speaker: str
    """Canonical name of the speaker ("" when the text does not say)."""


@dataclass(frozen=True, slots=True)
class GoldText:
    """Every gold annotation of one text."""

    name: str
    """Name of the gold folder."""
    folder: Path
    """The gold folder (holding brief.toml)."""
    source_id: str
    """Id of the text's source."""
    paragraph_themes: dict[int, tuple[str, ...]]
    """Acceptable themes of every paragraph, by paragraph index (the first is preferred)."""
    figures: tuple[GoldFigure, ...]
    """Every numeric expression, in source order."""
    actors: tuple[GoldActor, ...]
    """Every actor."""
    quotes: tuple[GoldQuote, ...]
    """Every quote, in source order."""


def load_gold(folder: Path, source: Source) -> GoldText:
    """Read the gold files of ``folder`` and anchor them in ``source``."""
    themes = _paragraph_themes(folder / "themes.toml", source)
    return GoldText(
        name=folder.resolve().name,
        folder=folder,
        source_id=source.id,
        paragraph_themes=themes,
        figures=_figures(folder / "figures.toml", source, themes),
        actors=_actors(folder / "actors.toml"),
        quotes=_quotes(folder / "quotes.toml", source),
    )


def _read(path: Path) -> dict[str, Any]:
    if not path.is_file():
        raise GoldError(f"{path}: not found; every gold folder needs it (see tests/gold/README.md)")
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise GoldError(f"{path}: invalid TOML: {exc}") from None


def _theme_list(path: Path, where: str, value: Any) -> tuple[str, ...]:
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not items or not all(isinstance(v, str) and v for v in items):
        raise GoldError(f"{path}: {where}: give a theme id, \"none\" or a list of them")
    return tuple(items)


def _paragraph_themes(path: Path, source: Source) -> dict[int, tuple[str, ...]]:
    table = _read(path).get("paragraphs")
    if not isinstance(table, dict):
        raise GoldError(f"{path}: missing [paragraphs] table of index = \"theme\"")
    themes = {int(k): _theme_list(path, f"paragraph {k}", v) for k, v in table.items() if k.isdigit()}
    expected = set(range(len(source.paragraphs)))
    if set(themes) != expected or len(themes) != len(table):
        missing = sorted(expected - set(themes))
        raise GoldError(f"{path}: give a theme for each of the {len(expected)} paragraphs 0-{len(expected) - 1}"
                        + (f"; missing {missing[:5]}" if missing else "; extra or malformed keys"))
    return themes


def _locate(path: Path, source: Source, entry: dict[str, Any], where: str) -> tuple[int, int, str]:
    """Offsets of ``entry["text"]`` in paragraph ``entry["p"]`` (its ``nth`` occurrence, 1-based)."""
    text, index, nth = entry.get("text"), entry.get("p"), entry.get("nth")
    if not isinstance(text, str) or not text or not isinstance(index, int):
        raise GoldError(f"{path}: {where}: needs p = paragraph index and text = \"surface\"")
    if not 0 <= index < len(source.paragraphs):
        raise GoldError(f"{path}: {where}: paragraph {index} does not exist")
    paragraph = source.paragraphs[index]
    hits: list[int] = []
    at = paragraph.text.find(text)
    while at >= 0:
        hits.append(at)
        at = paragraph.text.find(text, at + 1)
    if not hits:
        raise GoldError(f"{path}: {where}: {text!r} is not in paragraph {index}; copy the surface exactly")
    if nth is None and len(hits) > 1:
        raise GoldError(f"{path}: {where}: {text!r} occurs {len(hits)} times in paragraph {index}; add nth = 1, 2…")
    position = 1 if nth is None else nth
    if not isinstance(position, int) or not 1 <= position <= len(hits):
        raise GoldError(f"{path}: {where}: nth = {nth!r}, but {text!r} occurs {len(hits)} time(s)")
    start = paragraph.start + hits[position - 1]
    return start, start + len(text), text


def _number(path: Path, where: str, entry: dict[str, Any], key: str) -> float | None:
    value = entry.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise GoldError(f"{path}: {where}: {key} must be a number")
    return float(value)


def _figures(path: Path, source: Source, themes: dict[int, tuple[str, ...]]) -> tuple[GoldFigure, ...]:
    out: list[GoldFigure] = []
    for i, entry in enumerate(_read(path).get("figures", [])):
        where = f"figures[{i}]"
        start, end, text = _locate(path, source, entry, where)
        kind = entry.get("kind")
        if kind not in FIGURE_KINDS:
            raise GoldError(f"{path}: {where}: kind must be one of {', '.join(FIGURE_KINDS)}")
        value = _number(path, where, entry, "value")
        if value is None and kind != "date":
            raise GoldError(f"{path}: {where}: value is required (only a date without a year may omit it)")
        low, high = _number(path, where, entry, "low"), _number(path, where, entry, "high")
        if kind == "range" and (low is None or high is None):
            raise GoldError(f"{path}: {where}: a range needs low and high")
        theme = entry.get("theme")
        out.append(GoldFigure(
            start=start,
            end=end,
            text=text,
            kind=kind,
            value=value,
            themes=_theme_list(path, where, theme) if theme is not None else themes[entry["p"]],
            low=low,
            high=high,
            unit=entry.get("unit"),
            optional=bool(entry.get("optional", False)),
        ))
    return tuple(sorted(out, key=lambda f: f.start))


def _actors(path: Path) -> tuple[GoldActor, ...]:
    out: list[GoldActor] = []
    for i, entry in enumerate(_read(path).get("actors", [])):
        name, kind = entry.get("name"), entry.get("kind")
        if not isinstance(name, str) or kind not in ("person", "organization", "country"):
            raise GoldError(f"{path}: actors[{i}]: needs name and kind = person, organization or country")
        role = entry.get("role")
        roles = None if role is None else tuple([role] if isinstance(role, str) and role else role or ())
        out.append(GoldActor(name, kind, tuple(entry.get("aliases", ())), roles, bool(entry.get("optional", False))))
    return tuple(out)


def _quotes(path: Path, source: Source) -> tuple[GoldQuote, ...]:
    out: list[GoldQuote] = []
    for i, entry in enumerate(_read(path).get("quotes", [])):
        start, end, text = _locate(path, source, entry, f"quotes[{i}]")
        out.append(GoldQuote(start, end, text, str(entry.get("speaker", ""))))
    return tuple(sorted(out, key=lambda q: q.start))
