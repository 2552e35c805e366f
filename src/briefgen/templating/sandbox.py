"""Jinja2's sandbox for brief templates, also refusing huge values, huge output and loops past a deadline."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
from jinja2.sandbox import ImmutableSandboxedEnvironment, safe_range

MAX_STRING = 2_000_000
"""Largest string or sequence a template may build with ``*`` or ``+``."""
MAX_OUTPUT = 20_000_000
"""Most characters a template may write."""
_CHECK_EVERY = 256
"""Loop steps between two looks at the clock."""


class TemplateTimeout(Exception):
    """A template ran past its deadline."""


@dataclass(frozen=True, slots=True)
class Deadline:
    """The moment (``time.monotonic()``) a render must be done by."""

    at: float
    """Monotonic clock reading."""
    seconds: float
    """The limit it was set from, for messages."""

    @classmethod
    def after(cls, seconds: float) -> Deadline:
        """A deadline ``seconds`` from now."""
        return cls(time.monotonic() + seconds, seconds)

    def check(self) -> None:
        """Raise ``TemplateTimeout`` when the deadline has passed."""
        if time.monotonic() > self.at:
            raise TemplateTimeout(f"rendering took over {self.seconds:g} s; stopped")


class TimedRange:
    """``range`` for templates: as big as Jinja's sandbox allows, and looking at the deadline as it runs."""

    def __init__(self, numbers: range, deadline: Deadline) -> None:
        """Wrap ``numbers``; iteration raises ``TemplateTimeout`` past ``deadline``."""
        self._numbers = numbers
        self._deadline = deadline

    def __iter__(self) -> Iterator[int]:
        deadline = self._deadline
        for step, number in enumerate(self._numbers):
            if step % _CHECK_EVERY == 0:
                deadline.check()
            yield number

    def __len__(self) -> int:
        return len(self._numbers)

    def __getitem__(self, index: int) -> int:
        return self._numbers[index]

    def __contains__(self, value: object) -> bool:
        return value in self._numbers

    def __reversed__(self) -> Iterator[int]:
        return iter(TimedRange(self._numbers[::-1], self._deadline))

    def __repr__(self) -> str:
        return repr(self._numbers)


class FolderLoader(jinja2.FileSystemLoader):
    """Templates of one format folder only: an ``include`` or ``extends`` of a link leading out is refused."""

    def __init__(self, folder: Path) -> None:
        """Load templates from ``folder``."""
        super().__init__(str(folder))
        self.real_folder = os.path.realpath(folder)

    def get_source(
        self, environment: jinja2.Environment, template: str
    ) -> tuple[str, str, Callable[[], bool]]:
        """The template's text, once its real path is known to stay inside the folder."""
        source, filename, uptodate = super().get_source(environment, template)
        real = os.path.realpath(filename)
        if os.path.commonpath([real, self.real_folder]) != self.real_folder:
            raise jinja2.exceptions.SecurityError(
                f"'{template}' is a link leading out of the format folder; copy the file into the folder"
            )
        return source, filename, uptodate


class BriefSandbox(ImmutableSandboxedEnvironment):
    """Jinja2's sandbox, read-only (no ``.update()``, ``.append()`` … on the brief), also refusing huge ``*``,
    ``**`` and ``+`` results and loops past a deadline."""

    intercepted_binops = frozenset({"*", "**", "+"})

    def __init__(self, deadline: Deadline, **options: Any) -> None:
        """A sandbox whose ``range`` stops at ``deadline``; ``options`` go to Jinja2's Environment."""
        super().__init__(**options)
        self.deadline = deadline

        def timed_range(*args: int) -> TimedRange:
            return TimedRange(safe_range(*args), deadline)

        self.globals["range"] = timed_range

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        """Jinja2's answer, kept per (type, attribute name): its rules look at nothing else (``isinstance`` tests
        of the object and the name), and a brief's template asks the same few thousand times per render."""
        key = (type(obj), attr)
        known = _SAFE_ATTRIBUTES.get(key)
        if known is None:
            if len(_SAFE_ATTRIBUTES) >= _MAX_SAFE_ATTRIBUTES:  # names made up by a template (``|attr``)
                _SAFE_ATTRIBUTES.clear()
            known = _SAFE_ATTRIBUTES[key] = super().is_safe_attribute(obj, attr, value)
        return known

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        """``left <operator> right``, refusing results over ``MAX_STRING`` and exponents over 100."""
        if operator == "**":
            if isinstance(right, (int, float)) and abs(right) > 100:
                raise jinja2.exceptions.SecurityError("exponent too large in template")
            return left**right
        if operator == "+":
            if _sized(left) and _sized(right) and len(left) + len(right) > MAX_STRING:
                raise jinja2.exceptions.SecurityError("template tried to build a value over 2 MB")
            return left + right
        if isinstance(left, int) and isinstance(right, (str, list, tuple)):
            left, right = right, left
        if isinstance(left, (str, list, tuple)) and isinstance(right, int) and len(left) * right > MAX_STRING:
            raise jinja2.exceptions.SecurityError("template tried to build a value over 2 MB")
        return left * right


_SAFE_ATTRIBUTES: dict[tuple[type, str], bool] = {}
"""``BriefSandbox.is_safe_attribute``'s answers, by (type of the object, attribute name)."""
_MAX_SAFE_ATTRIBUTES = 4096


def _sized(value: Any) -> bool:
    return isinstance(value, (str, list, tuple))


def render_capped(template: jinja2.Template, context: Mapping[str, Any]) -> str:
    """Render ``template`` piece by piece, stopping past ``MAX_OUTPUT`` characters.

    (The deadline is watched by ``range`` inside the template, so a timeout names the loop's line.)
    """
    parts: list[str] = []
    size = 0
    for part in template.generate(dict(context)):
        size += len(part)
        if size > MAX_OUTPUT:
            raise jinja2.exceptions.SecurityError(f"template output passed {MAX_OUTPUT // 1_000_000} MB; stopped")
        parts.append(part)
    return "".join(parts)
