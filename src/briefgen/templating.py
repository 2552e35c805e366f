"""Find brief formats and render their Jinja2 templates in a sandbox, with the brief's filters."""

from __future__ import annotations

import datetime as dt
import os
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup, escape

from .errors import TemplateError
from .model import Brief, Cite, Figure
from .resources import data_toml
from .style import Style, load_style

TEMPLATE_FILE = "brief.html.j2"
STYLE_FILE = "style.toml"
RENDER_SECONDS = 10
"""Longest a template may take to render."""
MAX_STRING = 2_000_000
"""Largest string or sequence a template may build with ``*``."""


@dataclass(frozen=True, slots=True)
class BriefFormat:
    """A brief format: a folder holding the template and its style."""

    name: str
    """Folder name."""
    folder: Path
    """The folder."""
    style: Style
    """Its style settings."""

    @property
    def template_path(self) -> Path:
        """The Jinja2 template file."""
        return self.folder / TEMPLATE_FILE


def template_dirs() -> list[Path]:
    """Where formats are looked up: $BRIEFGEN_TEMPLATES, ./templates, the project's templates/."""
    dirs: list[Path] = []
    env = os.environ.get("BRIEFGEN_TEMPLATES")
    if env:
        dirs.extend(Path(p) for p in env.split(os.pathsep) if p)
    dirs.append(Path.cwd() / "templates")
    dirs.append(Path(__file__).resolve().parents[2] / "templates")
    unique: dict[Path, None] = {}
    for d in dirs:
        unique.setdefault(d.resolve(), None)
    return list(unique)


def available_formats() -> list[BriefFormat]:
    """Every format found on the template path, first occurrence of a name wins."""
    found: dict[str, BriefFormat] = {}
    for directory in template_dirs():
        if directory.is_dir():
            for folder in sorted(directory.iterdir()):
                if (folder / TEMPLATE_FILE).is_file() and folder.name not in found:
                    found[folder.name] = BriefFormat(folder.name, folder, load_style(folder / STYLE_FILE))
    return list(found.values())


def find_format(name_or_path: str) -> BriefFormat:
    """A format by name, or by the path of its folder."""
    path = Path(name_or_path)
    if path.is_dir() or "/" in name_or_path or name_or_path.startswith("."):
        if not (path / TEMPLATE_FILE).is_file():
            raise TemplateError(f"{path}: no {TEMPLATE_FILE} in this folder; a format folder needs one")
        return BriefFormat(path.name, path, load_style(path / STYLE_FILE))
    for fmt in available_formats():
        if fmt.name == name_or_path:
            return fmt
    names = ", ".join(f.name for f in available_formats()) or "none found"
    raise TemplateError(f"template '{name_or_path}' not found; available: {names} (see 'briefgen templates list')")


class _BriefSandbox(SandboxedEnvironment):
    """Jinja2's sandbox, also refusing huge ``*`` and ``**`` results."""

    intercepted_binops = frozenset({"*", "**"})

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if operator == "**":
            if isinstance(right, (int, float)) and abs(right) > 100:
                raise jinja2.exceptions.SecurityError("exponent too large in template")
            return left**right
        if isinstance(left, int) and isinstance(right, (str, list, tuple)):
            left, right = right, left
        if isinstance(left, (str, list, tuple)) and isinstance(right, int) and len(left) * right > MAX_STRING:
            raise jinja2.exceptions.SecurityError("template tried to build a value over 2 MB")
        return left * right


def make_environment(folder: Path, brief: Brief | None = None) -> SandboxedEnvironment:
    """The sandboxed environment for one format folder, with the brief's filters."""
    env = _BriefSandbox(
        loader=jinja2.FileSystemLoader(str(folder)),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(
        money=format_money,
        percent=format_percent,
        number=format_number,
        date=format_date,
        text=tidy_text,
        figure=format_figure,
    )
    if brief is not None:
        env.filters["cite"] = _cite_filter(brief)
    return env


def render(fmt: BriefFormat, brief: Brief, extra: dict[str, Any] | None = None) -> str:
    """Render a format's template for a brief; errors name the template file and line."""
    env = make_environment(fmt.folder, brief)
    context = {"brief": brief, "style": fmt.style, **(extra or {})}
    try:
        with _time_limit(RENDER_SECONDS):
            template = env.get_template(TEMPLATE_FILE)
            return template.render(context)
    except jinja2.TemplateSyntaxError as exc:
        where = exc.filename or str(fmt.template_path)
        raise TemplateError(f"{where}:{exc.lineno}: {exc.message}") from None
    except jinja2.TemplateNotFound as exc:
        raise TemplateError(f"{fmt.folder}: template file '{exc.name}' not found") from None
    except _Timeout:
        raise TemplateError(f"{fmt.template_path}: rendering took over {RENDER_SECONDS} s; stopped") from None
    except (jinja2.TemplateError, TypeError, ValueError, AttributeError, KeyError, IndexError,
            ZeroDivisionError, OverflowError, MemoryError, RecursionError) as exc:
        raise TemplateError(f"{_location(exc, fmt)}: {type(exc).__name__}: {exc}") from None


def _location(exc: BaseException, fmt: BriefFormat) -> str:
    """file:line of the innermost template frame of a render error."""
    where = str(fmt.template_path)
    tb = exc.__traceback__
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename.endswith((".j2", ".html", ".jinja")):
            template_line = tb.tb_frame.f_globals.get("__jinja_template__")
            line = template_line.get_corresponding_lineno(tb.tb_lineno) if template_line else tb.tb_lineno
            where = f"{filename}:{line}"
        tb = tb.tb_next
    return where


class _Timeout(Exception):
    pass


@contextmanager
def _time_limit(seconds: int) -> Iterator[None]:
    """Interrupt a runaway render (main thread on POSIX; elsewhere only the sandbox limits apply)."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def on_alarm(_signum: int, _frame: Any) -> None:
        raise _Timeout

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


# Filters ----------------------------------------------------------------------------------------

_CURRENCY_SIGNS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "CNY": "¥"}


def _scaled(value: float) -> str:
    for size, suffix in ((1e12, "T"), (1e9, "B"), (1e6, "M")):
        if abs(value) >= size:
            return f"{value / size:.1f}".rstrip("0").rstrip(".") + suffix
    return f"{value:,.0f}" if value == int(value) else f"{value:,.2f}"


def format_money(value: Any, currency: str = "USD") -> str:
    """``588000000`` -> ``$588M``; a Figure gives its own display form."""
    if isinstance(value, Figure):
        return value.display or value.text
    sign = _CURRENCY_SIGNS.get(currency)
    amount = _scaled(float(value))
    return f"{sign}{amount}" if sign else f"{amount} {currency}"


def format_figure(figure: Figure) -> str:
    """A figure's compact form with its qualifier as a mark: ``over $100 million`` -> ``>$100M``."""
    shown = figure.display or figure.text
    if not figure.qualifier:
        return shown
    marks: dict[str, str] = data_toml("qualifier_marks.toml")["marks"]
    mark = marks.get(figure.qualifier.lower(), figure.qualifier + " ")
    return f"{mark}{shown}"


def format_percent(value: Any, digits: int = 0) -> str:
    """``65`` -> ``65%``."""
    if isinstance(value, Figure):
        return value.display or value.text
    return f"{float(value):.{digits}f}%"


def format_number(value: Any, digits: int = 0) -> str:
    """``1200000`` -> ``1,200,000``."""
    return f"{float(value):,.{digits}f}"


def format_date(value: Any, pattern: str = "%-d %b %Y") -> str:
    """An ISO date (``2026-11-28``, ``2026-11`` or ``2026``) in a reader's form (``28 Nov 2026``)."""
    text = str(value)
    try:
        if len(text) == 10:
            return dt.date.fromisoformat(text).strftime(pattern)
        if len(text) == 7:
            return dt.date.fromisoformat(text + "-01").strftime("%b %Y")
    except ValueError:
        pass
    return text


def tidy_text(value: Any) -> str:
    """Collapse runs of white space (hard-wrapped source lines) to single spaces."""
    return " ".join(str(value).split())


def _cite_filter(brief: Brief) -> Any:
    numbers = {s.id: s.number for s in brief.sources}

    def cite(value: Any) -> Markup:
        """A superscript citation number linking to the source list."""
        c: Cite | None = value if isinstance(value, Cite) else getattr(value, "cite", None)
        if c is None:
            return Markup("")
        number = numbers.get(c.source, 0)
        anchor = f"cite-{c.source}-{c.start}-{c.end}"
        return Markup(
            f'<sup class="cite"><a href="#src-{number}" title="{escape(c.source)} ¶{c.paragraph + 1}, '
            f'chars {c.start}–{c.end}" data-cite="{escape(anchor)}">{number}</a></sup>'
        )

    return cite
