"""Markdown syntax through markdown-it-py: the parser, YAML front matter, and inline tokens as plain styled runs."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import IngestError

if TYPE_CHECKING:  # markdown-it and PyYAML are imported when a Markdown text is parsed, not by importing this
    from markdown_it import MarkdownIt
    from markdown_it.token import Token


@dataclass(frozen=True, slots=True)
class Run:
    """A stretch of inline text with one style, its Markdown markup removed."""

    text: str
    """The text as a reader sees it (softbreaks as ``\\n``)."""
    strong: bool = False
    """Inside ``**…**``."""
    em: bool = False
    """Inside ``*…*``."""


@cache
def parser() -> MarkdownIt:
    """CommonMark with tables and front matter; raw HTML is parsed as HTML tokens (and then dropped)."""
    from markdown_it import MarkdownIt
    from mdit_py_plugins.front_matter import front_matter_plugin

    return MarkdownIt("commonmark").enable("table").use(front_matter_plugin)


def parse(text: str) -> list[Token]:
    """The block tokens of a Markdown text (each with ``map``: its 0-based [first, last) source lines)."""
    return parser().parse(text)


def front_matter(path: Path, tokens: Sequence[Token]) -> dict[str, str]:
    """The YAML front matter as lower-case keys to text values ({} when there is none).

    A front matter that is not YAML, or not a mapping, is an error naming the file and the line.
    """
    if not tokens or tokens[0].type != "front_matter":
        return {}
    import yaml

    try:
        data = yaml.safe_load(tokens[0].content)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark is not None else ""
        problem = getattr(exc, "problem", None) or "not valid YAML"
        raise IngestError(
            f"{path}: the front matter between the --- lines is not valid YAML{where}: {problem}; fix or remove it"
        ) from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise IngestError(f"{path}: the front matter must be 'key: value' lines (YAML mapping); fix or remove it")
    return {str(k).lower(): _text(v) for k, v in data.items() if v is not None and _text(v)}


def _text(value: Any) -> str:
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return ", ".join(_text(v) for v in value)
    if isinstance(value, dict):
        return ""
    return str(value).strip()


def runs(inline: Token) -> list[Run]:
    """An inline token's content as styled runs: emphasis, links, code and HTML markup removed, text kept."""
    out: list[Run] = []
    strong = em = 0
    for child in inline.children or ():
        kind = child.type
        if kind == "strong_open":
            strong += 1
        elif kind == "strong_close":
            strong -= 1
        elif kind == "em_open":
            em += 1
        elif kind == "em_close":
            em -= 1
        elif kind in ("text", "code_inline"):
            _add(out, Run(child.content, strong > 0, em > 0))
        elif kind in ("softbreak", "hardbreak"):
            _add(out, Run("\n", strong > 0, em > 0))
    return out


def _add(out: list[Run], run: Run) -> None:
    if not run.text:
        return
    if out and out[-1].strong == run.strong and out[-1].em == run.em:
        out[-1] = Run(out[-1].text + run.text, run.strong, run.em)
    else:
        out.append(run)


def plain(inline: Token) -> str:
    """An inline token's text without any markup."""
    return "".join(r.text for r in runs(inline))
