"""Gold annotations of one text (``tests/gold/{dev,test}/<name>/``), read from TOML and anchored to the source.

A gold folder holds a ``brief.toml`` (its themes and its one source) and ``themes.toml``,
``figures.toml``, ``actors.toml`` and ``quotes.toml``, and optionally ``coverage.toml``; the format
is documented in ``tests/gold/README.md`` and ``tests/gold/tools/ANNOTATING.md``. Surfaces are
written as they appear in a paragraph and located here, so a gold file never carries raw offsets;
a surface that is missing is an error, and one that occurs more than once is its ``nth`` occurrence
(the first by default). Everything a gold file says is checked here, so a folder that loads is sound.
"""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import GoldError
from ..model import FIGURE_KINDS, FigureKind, Source

NO_THEME = "none"
"""The theme id gold files use for "about none of the brief's themes"."""
BOUNDS: tuple[str, ...] = ("", "gt", "ge", "lt", "le", "approx")
"""What a figure's qualifier means: exact, more than, at least, less than, at most, about."""
FIGURE_SCOPES: dict[str, tuple[str, ...]] = {"money-percent": ("money", "percent", "count")}
"""``scope`` of a figures.toml -> the kinds its gold lists (no scope: every kind)."""
ACTOR_SCOPES: dict[str, tuple[str, ...]] = {"people": ("person",)}
"""``scope`` of an actors.toml -> the actor kinds its gold lists (no scope: every kind)."""
ACTOR_KINDS: tuple[str, ...] = ("person", "organization", "country")
"""Kinds of actor."""
SPLITS: tuple[str, ...] = ("dev", "test")
"""The gold splits: tune on dev, only look at the scores of test."""


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
    bound: str | None = None
    """What its qualifier means (one of ``BOUNDS``); None when the gold does not say."""
    qualifier: str = ""
    """The qualifier words as written ("more than"), "" when none."""
    label_terms: tuple[str, ...] | None = None
    """Words a right label must contain, each entry "word|alternative"; None when not checked."""
    label: str = ""
    """The gold's own caption of the figure (shown in details)."""


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
    """Canonical name of the speaker ("" when the text does not say), or the role phrase naming them."""
    optional: bool = False
    """True for a borderline quote (a reporter's question): neither rewarded nor penalised."""


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
    split: str = "dev"
    """``dev`` or ``test``: the name of the folder holding the gold folder (dev when it is neither)."""
    coverage: dict[str, bool] | None = None
    """Whether the text reports on each theme (coverage.toml); None when the folder has no coverage.toml."""
    figure_scope: str = ""
    """``scope`` of figures.toml ("money-percent"), "" when the gold lists figures of every kind."""
    actor_scope: str = ""
    """``scope`` of actors.toml ("people"), "" when the gold lists actors of every kind."""


def split_of(folder: Path) -> str:
    """The split a gold folder belongs to: the name of its parent folder, ``dev`` or ``test`` (else dev)."""
    parent = folder.resolve().parent.name
    return parent if parent in SPLITS else "dev"


def load_gold(folder: Path, source: Source, theme_ids: Sequence[str] | None = None) -> GoldText:
    """Read the gold files of ``folder`` and anchor them in ``source``; with ``theme_ids`` (the
    brief's themes), every theme the gold names must be one of them."""
    known = None if theme_ids is None else frozenset(theme_ids) | {NO_THEME}
    themes = _paragraph_themes(folder / "themes.toml", source, known)
    figure_scope, figures = _figures(folder / "figures.toml", source, themes, known)
    actor_scope, actors = _actors(folder / "actors.toml")
    coverage = folder / "coverage.toml"
    if (figure_scope or actor_scope) and not coverage.is_file():
        raise GoldError(f"{coverage}: not found; a gold annotated per tests/gold/tools/ANNOTATING.md "
                        "(figures or actors with a scope) needs it")
    return GoldText(
        name=folder.resolve().name,
        folder=folder,
        source_id=source.id,
        paragraph_themes=themes,
        figures=figures,
        actors=actors,
        quotes=_quotes(folder / "quotes.toml", source),
        split=split_of(folder),
        coverage=_coverage(coverage, theme_ids) if coverage.is_file() else None,
        figure_scope=figure_scope,
        actor_scope=actor_scope,
    )


def _read(path: Path) -> dict[str, Any]:
    if not path.is_file():
        raise GoldError(f"{path}: not found; every gold folder needs it (see tests/gold/README.md)")
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise GoldError(f"{path}: invalid TOML: {exc}") from None


def _theme_list(path: Path, where: str, value: Any, known: frozenset[str] | None) -> tuple[str, ...]:
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not items or not all(isinstance(v, str) and v for v in items):
        raise GoldError(f"{path}: {where}: give a theme id, \"none\" or a list of them")
    unknown = [v for v in items if known is not None and v not in known]
    if unknown:
        raise GoldError(f"{path}: {where}: unknown theme {unknown[0]!r}; use one of {', '.join(sorted(known or ()))}")
    return tuple(items)


def _coverage(path: Path, theme_ids: Sequence[str] | None) -> dict[str, bool]:
    table = _read(path).get("coverage")
    expected = set(theme_ids) if theme_ids is not None else set(table or {})
    if not isinstance(table, dict) or set(table) != expected or not all(isinstance(v, bool) for v in table.values()):
        raise GoldError(f"{path}: give a [coverage] table of true/false for each of {', '.join(sorted(expected))}")
    return dict(table)


def _paragraph_themes(path: Path, source: Source, known: frozenset[str] | None) -> dict[int, tuple[str, ...]]:
    table = _read(path).get("paragraphs")
    if not isinstance(table, dict):
        raise GoldError(f"{path}: missing [paragraphs] table of index = \"theme\"")
    themes = {int(k): _theme_list(path, f"paragraph {k}", v, known) for k, v in table.items() if k.isdigit()}
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


def _figures(
    path: Path, source: Source, themes: dict[int, tuple[str, ...]], known: frozenset[str] | None
) -> tuple[str, tuple[GoldFigure, ...]]:
    data = _read(path)
    scope = data.get("scope", "")
    if scope != "" and scope not in FIGURE_SCOPES:
        raise GoldError(f"{path}: scope {scope!r}: use one of {', '.join(FIGURE_SCOPES)} (or none: every kind)")
    kinds = FIGURE_SCOPES.get(scope, FIGURE_KINDS)
    out: list[GoldFigure] = []
    for i, entry in enumerate(data.get("figures", [])):
        where = f"figures[{i}]"
        start, end, text = _locate(path, source, entry, where)
        kind = entry.get("kind")
        if kind not in kinds:
            raise GoldError(f"{path}: {where}: kind must be one of {', '.join(kinds)}")
        value = _number(path, where, entry, "value")
        if value is None and kind != "date":
            raise GoldError(f"{path}: {where}: value is required (only a date without a year may omit it)")
        low, high = _number(path, where, entry, "low"), _number(path, where, entry, "high")
        if (kind == "range" or low is not None or high is not None) and (low is None or high is None):
            raise GoldError(f"{path}: {where}: a range needs low and high")
        bound = entry.get("bound")
        if bound is not None and bound not in BOUNDS:
            raise GoldError(f"{path}: {where}: bound {bound!r}: use one of {', '.join(repr(b) for b in BOUNDS)}")
        qualifier = entry.get("qualifier", "")
        label, terms = entry.get("label", ""), entry.get("label_terms")
        if not isinstance(qualifier, str) or not isinstance(label, str):
            raise GoldError(f"{path}: {where}: qualifier and label must be strings")
        if terms is not None and (
            not isinstance(terms, list) or not all(isinstance(t, str) and t.strip("| ") for t in terms)
        ):
            raise GoldError(f"{path}: {where}: label_terms must be a list of words (\"word|alternative\")")
        theme = entry.get("theme")
        out.append(GoldFigure(
            start=start,
            end=end,
            text=text,
            kind=kind,
            value=value,
            themes=_theme_list(path, where, theme, known) if theme is not None else themes[entry["p"]],
            low=low,
            high=high,
            unit=entry.get("unit"),
            optional=_flag(path, where, entry, "optional"),
            bound=bound,
            qualifier=qualifier,
            label_terms=None if terms is None else tuple(terms),
            label=label,
        ))
    return scope, tuple(sorted(out, key=lambda f: f.start))


def _flag(path: Path, where: str, entry: dict[str, Any], key: str) -> bool:
    value = entry.get(key, False)
    if not isinstance(value, bool):
        raise GoldError(f"{path}: {where}: {key} must be true or false")
    return value


def _actors(path: Path) -> tuple[str, tuple[GoldActor, ...]]:
    data = _read(path)
    scope = data.get("scope", "")
    if scope != "" and scope not in ACTOR_SCOPES:
        raise GoldError(f"{path}: scope {scope!r}: use one of {', '.join(ACTOR_SCOPES)} (or none: every kind)")
    kinds = ACTOR_SCOPES.get(scope, ACTOR_KINDS)
    out: list[GoldActor] = []
    for i, entry in enumerate(data.get("actors", [])):
        name, kind = entry.get("name"), entry.get("kind")
        if not isinstance(name, str) or not name or kind not in kinds:
            raise GoldError(f"{path}: actors[{i}]: needs name and kind = {' or '.join(kinds)}")
        aliases, role = entry.get("aliases", []), entry.get("role")
        if not isinstance(aliases, list) or not all(isinstance(a, str) and a for a in aliases):
            raise GoldError(f"{path}: actors[{i}]: aliases must be a list of names")
        if role is not None and not isinstance(role, str) and not (
            isinstance(role, list) and all(isinstance(r, str) for r in role)
        ):
            raise GoldError(f"{path}: actors[{i}]: role must be a list of role phrases")
        roles = None if role is None else tuple([role] if isinstance(role, str) and role else role or ())
        optional = _flag(path, f"actors[{i}]", entry, "optional")
        out.append(GoldActor(name, kind, tuple(aliases), roles, optional))
    return scope, tuple(out)


def _quotes(path: Path, source: Source) -> tuple[GoldQuote, ...]:
    out: list[GoldQuote] = []
    for i, entry in enumerate(_read(path).get("quotes", [])):
        where = f"quotes[{i}]"
        start, end, text = _locate(path, source, entry, where)
        speaker = entry.get("speaker", "")
        if not isinstance(speaker, str):
            raise GoldError(f"{path}: {where}: speaker must be a name or a role phrase")
        out.append(GoldQuote(start, end, text, speaker, _flag(path, where, entry, "optional")))
    return tuple(sorted(out, key=lambda q: q.start))
