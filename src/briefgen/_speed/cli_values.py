"""Command-line values read without pydantic where typer's reading of them is plain.

typer (0.2x) reads every value that is not a flag through a pydantic ``TypeAdapter``: importing pydantic
and building the adapters costs each ``briefgen build`` some 70 ms of CPU at start-up. Most of briefgen's
values read plainly: text as itself, a path as ``Path(text)`` (typer's own path checks still run), a
number written as plain digits inside the parameter's bounds as ``int``/``float``, a default as itself.
Those are read here; anything else (another spelling of a number, a value out of bounds, another type, a
parser or a click type) goes to typer's own reading, adapter and messages unchanged. Where typer keeps no
``_runtime_param`` (other versions), nothing changes.
"""

from __future__ import annotations

import types
import typing
from pathlib import Path
from typing import Any

_UNSET = object()
"""``plain_value``'s answer for a value it leaves to typer."""


def plain_value(annotation: Any, info: Any, value: Any) -> Any:
    """The value typer's adapter gives for ``value`` where that reading is plain, else ``_UNSET``."""
    if info.parser is not None or getattr(info, "click_type", None) is not None:
        return _UNSET
    kind = _without_none(annotation)
    if kind is str:
        return value if isinstance(value, str) else _UNSET
    if kind is float or kind is int:
        return _number(kind, info, value)
    if kind is annotation:  # a plain Path is checked by typer (``read_plainly``); other types are its own
        return _UNSET
    if kind is Path and _text(value):  # ``Path | None``: pydantic's Path of the text
        return Path(value)
    listed = typing.get_origin(kind) is list and typing.get_args(kind) == (Path,)
    if listed and isinstance(value, (tuple, list)) and all(_text(item) for item in value):
        return [Path(item) for item in value]  # ``list[Path] | None``: each text a Path, in a list
    return _UNSET


def _text(value: Any) -> bool:
    """A non-empty ``str``."""
    return isinstance(value, str) and bool(value)


def _path_like(value: Any) -> bool:
    """A ``Path`` or a non-empty ``str``."""
    return isinstance(value, Path) or _text(value)


def _without_none(annotation: Any) -> Any:
    """``X`` for ``X | None`` (or ``Optional[X]``), else the annotation itself."""
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        args = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
        if len(args) == 1:
            return args[0]
    return annotation


def _number(kind: type, info: Any, value: Any) -> Any:
    number: Any
    if type(value) is kind:  # a default: the adapter hands it back
        number = value
    elif isinstance(value, str) and (_plain_digits(value, 18) if kind is int else _plain_decimal(value)):
        number = kind(value)
    else:
        return _UNSET
    if (info.min is not None and number < info.min) or (info.max is not None and number > info.max):
        return _UNSET  # typer's message (or clamp)
    return number


def _plain_digits(text: str, most: int) -> bool:
    """``0`` or up to ``most`` ASCII digits not starting with 0."""
    return 0 < len(text) <= most and text.isascii() and text.isdigit() and (text == "0" or text[0] != "0")


def _plain_decimal(text: str) -> bool:
    """Plain digits (at most 15), optionally a point and 1-15 digits: what ``float`` and pydantic read alike."""
    whole, point, fraction = text.partition(".")
    decimals = 0 < len(fraction) <= 15 and fraction.isascii() and fraction.isdigit()
    return _plain_digits(whole, 15) and (not point or decimals)


def read_plainly(command: Any) -> None:
    """Give every parameter of ``command`` (a typer click command) and its subcommands the plain reading."""
    try:
        from typer._coercion import RuntimeParam, build_runtime_param
        from typer._param_types import coerce_cli_path
    except ImportError:  # another typer: it reads every value itself
        return

    class PlainRuntimeParam(RuntimeParam):  # RuntimeParam's fields and frozen dataclass methods
        """Reads plain values itself; hands anything else, for good, to the reading typer builds."""

        def _coerce_value(self, value: Any, param: Any, ctx: Any) -> Any:
            annotation, info = self.annotation, self.parameter_info
            if info.path_type is None and info.parser is None:  # typer's own checks, given pydantic's Path
                if annotation is Path and _path_like(value):
                    return coerce_cli_path(Path(value), info, path_type=Path, param=param, ctx=ctx)
                many = isinstance(value, (tuple, list)) and all(_path_like(item) for item in value)
                if annotation == list[Path] and many:
                    return [coerce_cli_path(Path(item), info, path_type=Path, param=param, ctx=ctx) for item in value]
            found = plain_value(annotation, info, value)
            if found is not _UNSET:
                return found
            real = build_runtime_param(param.type_descriptor)
            param._runtime_param = real
            return real._coerce_value(value, param=param, ctx=ctx)

    def seed(param: Any) -> None:
        descriptor: Any = getattr(param, "type_descriptor", None)
        unset = descriptor is not None and getattr(param, "_runtime_param", _UNSET) is None
        if unset and descriptor.file_annotation is None:
            param._runtime_param = PlainRuntimeParam(
                parameter_info=descriptor.parameter_info, annotation=descriptor.annotation
            )

    def walk(node: Any) -> None:
        for param in getattr(node, "params", ()):
            seed(param)
        made = getattr(node, "get_help_option", None)
        if made is not None:  # --help is made on first use

            def help_option(ctx: Any, made: Any = made) -> Any:
                option = made(ctx)
                seed(option)
                return option

            node.get_help_option = help_option
        for sub in getattr(node, "commands", {}).values():
            walk(sub)

    walk(command)
