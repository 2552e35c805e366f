"""A Brief frozen to JSON and thawed again, so golden files change with layout, not with analysis.

``dump`` writes every dataclass field (``dataclasses.asdict``); ``load`` rebuilds the dataclasses
from the model's type hints, giving fields the file lacks their defaults.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from typing import Any

from briefgen.model import Brief


def dump(brief: Brief) -> str:
    """The brief as indented JSON."""
    return json.dumps(dataclasses.asdict(brief), ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def load(text: str) -> Brief:
    """A Brief from ``dump``'s JSON."""
    brief = _build(Brief, json.loads(text))
    assert isinstance(brief, Brief)
    return brief


def _build(kind: Any, value: Any) -> Any:
    """``value`` (parsed JSON) as an instance of the type hint ``kind``."""
    origin = typing.get_origin(kind)
    if dataclasses.is_dataclass(kind) and isinstance(kind, type):
        hints = typing.get_type_hints(kind)
        known = {f.name for f in dataclasses.fields(kind) if f.init}
        return kind(**{k: _build(hints[k], v) for k, v in value.items() if k in known})
    if origin in (typing.Union, types.UnionType):
        if value is None:
            return None
        options = [a for a in typing.get_args(kind) if a is not type(None)]
        return _build(options[0], value)
    if origin is tuple:
        item = typing.get_args(kind)[0]
        return tuple(_build(item, v) for v in value)
    if origin is dict:
        return dict(value)
    if kind is float:
        return float(value)
    return value
