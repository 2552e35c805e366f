"""The designer's side of formats, behind ``briefgen templates``: list them, scaffold one, check one."""

from __future__ import annotations

import re
import shutil
import warnings
from dataclasses import dataclass
from pathlib import Path

from ..errors import MarkupError, TemplateError
from .formats import STYLE_FILE, TEMPLATE_FILE, BriefFormat, available_formats, find_format, render

DEFAULT_FORMAT = "policy-brief"
"""The format ``templates new`` copies unless told otherwise."""
SEED = "cambodia"
"""The bundled brief that ``templates check`` renders."""

_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
_COMMENT = re.compile(r"^\{#-?\s*(.*?)(?:-?#\}|$)", re.DOTALL)
_MARKUP_LINE = re.compile(r"^(?P<where>.*?): markup line (?P<line>\d+): (?P<message>.*)$")
_ELEMENT = re.compile(r"<(/?)([a-zA-Z][\w-]*)")
_PAGE = re.compile(rb"/Type\s*/Page[^s]")


@dataclass(frozen=True, slots=True)
class FormatInfo:
    """One format on the template path, as ``templates list`` shows it."""

    name: str
    """Format name (its folder's name)."""
    folder: Path
    """Where it lives."""
    page_size: str
    """``A4`` or ``Letter``, from its style."""
    description: str
    """The first sentence of the template's opening comment, or ""."""


@dataclass(frozen=True, slots=True)
class CheckReport:
    """What ``templates check`` found: the format renders and every writer accepts its markup."""

    name: str
    """Format name."""
    template: Path
    """The template file checked."""
    brief: str
    """The brief it was rendered against."""
    blocks: int
    """Top-level blocks in the document tree."""
    pages: int
    """PDF pages."""
    warnings: tuple[str, ...]
    """Writer warnings (e.g. characters no font can draw)."""


def describe(fmt: BriefFormat) -> str:
    """The first sentence of a template's opening ``{# … #}`` comment, without the leading ``name:``."""
    try:
        head = fmt.template_path.read_text(encoding="utf-8")[:2000]
    except (OSError, UnicodeDecodeError):
        return ""
    match = _COMMENT.match(head.lstrip())
    if not match:
        return ""
    text = " ".join(match.group(1).split())
    text = re.sub(rf"^{re.escape(fmt.name)}\s*:\s*", "", text)
    return text.split(". ")[0].rstrip(".")


def list_formats() -> list[FormatInfo]:
    """Every format on the template path, first occurrence of a name winning."""
    return [FormatInfo(f.name, f.folder, f.style.page_size, describe(f)) for f in available_formats()]


def scaffold(name: str, root: Path = Path("templates"), base: str = DEFAULT_FORMAT) -> Path:
    """Copy format ``base`` into ``root/name`` for a designer to edit; never overwrites."""
    if not _NAME.match(name):
        raise TemplateError(f"{name!r}: not a format name; use lowercase letters, digits, '-' and '_'")
    dest = root / name
    if dest.exists():
        raise TemplateError(f"{dest}: already exists; choose another name or remove that folder first")
    source = find_format(base)
    root.mkdir(parents=True, exist_ok=True)
    shutil.copytree(source.folder, dest, ignore=shutil.ignore_patterns("__pycache__", "*.pyc", ".*"))
    template = dest / TEMPLATE_FILE
    text = template.read_text(encoding="utf-8")
    renamed = re.sub(rf"^(\{{#-?\s*){re.escape(source.name)}:", rf"\g<1>{name}:", text, count=1)
    template.write_text(renamed, encoding="utf-8")
    if not (dest / STYLE_FILE).exists():
        (dest / STYLE_FILE).write_text("# Style settings: see README, \"Styles\".\n", encoding="utf-8")
    return dest


def seed_folder() -> Path:
    """The bundled brief: ``seeds/cambodia`` of this project, else of the working folder."""
    for root in (Path(__file__).resolve().parents[3], Path.cwd()):
        folder = root / "seeds" / SEED
        if (folder / "brief.toml").is_file():
            return folder
    raise TemplateError(f"seeds/{SEED}: the bundled brief is missing; pass --seed FOLDER to check against another")


def check_format(path: str, seed: Path | None = None) -> CheckReport:
    """Render a format against a brief and run every writer on it; errors name the template file and line."""
    fmt = find_format(path)
    folder = seed or seed_folder()
    from .. import api  # imported here: 'templates list' and 'new' load no analysis and no writer
    from ..markup import parse_markup
    from ..writers import render as write_format
    from ..writers.base import RenderJob

    _spec, _analysis, brief = api.prepare(folder)
    markup = render(fmt, brief)
    try:
        document = parse_markup(markup, str(fmt.template_path))
    except MarkupError as exc:
        raise MarkupError(locate_markup_error(str(exc), markup, fmt.template_path)) from None
    job = RenderJob(brief, document, fmt.style, fmt.folder)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        pdf = write_format(job, "pdf")
        for name in ("docx", "html"):
            write_format(job, name)
    notes = tuple(dict.fromkeys(str(w.message) for w in caught))
    return CheckReport(fmt.name, fmt.template_path, str(folder), len(document.body), count_pages(pdf), notes)


def count_pages(pdf: bytes) -> int:
    """Pages of a PDF written by briefgen (its page objects are never compressed)."""
    return len(_PAGE.findall(pdf))


def locate_markup_error(message: str, markup: str, template: Path) -> str:
    """A markup error (``…: markup line N: …``) re-pointed at the template line that writes the element.

    The rendered line is matched back by the element it names; when no template line writes that
    element, the message keeps the rendered line number.
    """
    match = _MARKUP_LINE.match(message)
    if not match:
        return message
    rendered_line = int(match.group("line"))
    element = _ELEMENT.search(match.group("message"))
    try:
        source = template.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        source = []
    if element:
        needle = f"<{element.group(1)}{element.group(2)}"
        lines = markup.splitlines()
        rendered = lines[rendered_line - 1] if 0 < rendered_line <= len(lines) else ""
        for number, text in enumerate(source, start=1):
            if needle in text and (not rendered or _shares_text(text, rendered)):
                return f"{template}:{number}: {match.group('message')} (rendered line {rendered_line})"
        for number, text in enumerate(source, start=1):
            if needle in text:
                return f"{template}:{number}: {match.group('message')} (rendered line {rendered_line})"
    return f"{template}: rendered markup line {rendered_line}: {match.group('message')}"


def _shares_text(template_line: str, rendered_line: str) -> bool:
    """True when the literal markup of a template line (its text outside ``{{ }}``/``{% %}``) is in a rendered line."""
    literal = re.split(r"\{\{.*?\}\}|\{%.*?%\}", template_line)
    pieces = [p.strip() for p in literal if p.strip()]
    return bool(pieces) and all(p in rendered_line for p in pieces)
