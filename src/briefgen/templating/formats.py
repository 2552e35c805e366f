"""Find brief formats and render their Jinja2 templates in a sandbox, with the brief's filters."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import TemplateError
from ..style import Style, load_style

if TYPE_CHECKING:  # rendering needs Jinja2, the filters and the model; finding formats ('templates list') does not
    from ..model import Brief
    from .filters import format_date, format_figure, format_money, format_number, format_percent, tidy_text
    from .sandbox import BriefSandbox, Deadline

__all__ = [
    "BriefFormat",
    "available_formats",
    "find_format",
    "format_date",
    "format_figure",
    "format_money",
    "format_number",
    "format_percent",
    "make_environment",
    "render",
    "template_dirs",
    "tidy_text",
]

_FILTERS = frozenset(("format_date", "format_figure", "format_money", "format_number", "format_percent", "tidy_text"))
"""Filters this module re-exports (``__all__``), imported from ``.filters`` on first use."""


def __getattr__(name: str) -> Any:
    """The re-exported filters, loaded on first use (finding formats does not load them)."""
    if name in _FILTERS:
        from . import filters

        return getattr(filters, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


TEMPLATE_FILE = "brief.html.j2"
STYLE_FILE = "style.toml"
RENDER_SECONDS = 10.0
"""Longest a template may take to render."""


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
    dirs.append(Path(__file__).resolve().parents[3] / "templates")
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
    """A format by name, or by the path of its folder.

    A bare name (no separator, not starting with ``.`` or ``~``) is a format name first: a stray folder of
    that name in the working directory never shadows it; only a name no format has is tried as a folder."""
    path = Path(name_or_path).expanduser()
    if _path_like(name_or_path):
        return _from_folder(path)
    for fmt in available_formats():
        if fmt.name == name_or_path:
            return fmt
    if (path / TEMPLATE_FILE).is_file():
        return _from_folder(path)
    names = ", ".join(f.name for f in available_formats()) or "none found"
    raise TemplateError(f"template '{name_or_path}' not found; available: {names} (see 'briefgen templates list')")


def _path_like(text: str) -> bool:
    """True when ``--template`` names a folder rather than a format."""
    return "/" in text or os.sep in text or text.startswith((".", "~"))


def _from_folder(path: Path) -> BriefFormat:
    if not (path / TEMPLATE_FILE).is_file():
        raise TemplateError(f"{path}: no {TEMPLATE_FILE} in this folder; a format folder needs one")
    return BriefFormat(path.name, path, load_style(path / STYLE_FILE))


def make_environment(folder: Path, brief: Brief | None = None, deadline: Deadline | None = None) -> BriefSandbox:
    """The sandboxed environment for one format folder, with the brief's filters."""
    import jinja2

    from .._speed.template_cache import template_bytecode_cache
    from .charts import chart_filter
    from .filters import (
        compared,
        event_when,
        fitting,
        format_date,
        format_figure,
        format_money,
        format_number,
        format_percent,
        is_statement,
        repeats,
        self_attributed,
        tidy_text,
    )
    from .sandbox import BriefSandbox, Deadline, FolderLoader

    env = BriefSandbox(
        deadline or Deadline.after(RENDER_SECONDS),
        loader=FolderLoader(folder),
        bytecode_cache=template_bytecode_cache(),
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
        chart=chart_filter,
        fitting=fitting,
        when=event_when,
        compared=compared,
    )
    env.tests["statement"] = is_statement
    env.tests["repeating"] = repeats
    env.tests["self_attributed"] = self_attributed
    if brief is not None:
        from .filters import cite_filter
        from .judgement import judgement_filter

        env.filters["cite"] = cite_filter(brief)
        env.filters["judgement"] = judgement_filter(brief)  # issue 13: analyst sections
    return env


def bundled_dir() -> Path:
    """The project's own formats (trusted: rendered in-process, with no forked child)."""
    return Path(__file__).resolve().parents[3] / "templates"


def is_bundled(fmt: BriefFormat) -> bool:
    """True for a format shipped with briefgen, whose templates are known not to run away."""
    return fmt.folder.resolve().parent == bundled_dir()


def render(fmt: BriefFormat, brief: Brief, extra: dict[str, Any] | None = None, seconds: float = RENDER_SECONDS) -> str:
    """Render a format's template for a brief under the sandbox's limits; errors name the template file and line.

    A user's template runs in a forked child with its memory capped and killed at the deadline (``runner``);
    the bundled formats are trusted and render in this process under the sandbox's own limits."""
    if is_bundled(fmt):
        return _render_here(fmt, brief, extra, seconds)
    from .runner import run_limited

    return run_limited(lambda: _render_here(fmt, brief, extra, seconds), seconds, str(fmt.template_path))


_ENVIRONMENTS: dict[Path, BriefSandbox] = {}
"""One environment per format folder and process: its compiled templates are kept between renders."""


def _environment(folder: Path, brief: Brief, deadline: Deadline) -> BriefSandbox:
    """The folder's cached environment, set up for one render (the brief's filters, the deadline's ``range``).

    A fresh environment is cheap; compiling the templates is not. The fresh one only lends its
    per-render filters and globals to the cached one, which keeps the compiled templates."""
    fresh = make_environment(folder, brief, deadline)
    env = _ENVIRONMENTS.setdefault(folder.resolve(), fresh)
    if env is not fresh:
        env.deadline = deadline
        env.filters.update(fresh.filters)
        env.globals.update(fresh.globals)
    return env


def _render_here(fmt: BriefFormat, brief: Brief, extra: dict[str, Any] | None, seconds: float) -> str:
    """Render in this process, turning every template failure into a ``TemplateError`` with file:line."""
    import jinja2

    from .sandbox import Deadline, TemplateTimeout, render_capped

    deadline = Deadline.after(seconds)
    env = _environment(fmt.folder, brief, deadline)
    context = {"brief": brief, "style": fmt.style, **(extra or {})}
    try:
        template = env.get_template(TEMPLATE_FILE)
        return render_capped(template, context)
    except jinja2.TemplateSyntaxError as exc:
        where = exc.filename or str(fmt.template_path)
        raise TemplateError(f"{where}:{exc.lineno}: {exc.message}") from None
    except jinja2.TemplateNotFound as exc:
        raise TemplateError(f"{fmt.folder}: template file '{exc.name}' not found") from None
    except TemplateTimeout as exc:
        raise TemplateError(f"{_location(exc, fmt)}: {exc}") from None
    except MemoryError as exc:
        raise TemplateError(f"{_location(exc, fmt)}: the template needed too much memory; stopped") from None
    except RecursionError as exc:
        raise TemplateError(
            f"{_location(exc, fmt)}: the template nests too deeply (blocks, brackets, includes or macros "
            "calling themselves); flatten it"
        ) from None
    except (jinja2.TemplateError, TypeError, ValueError, AttributeError, KeyError, IndexError,
            ZeroDivisionError, OverflowError) as exc:
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
