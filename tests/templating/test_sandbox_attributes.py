"""The sandbox's attribute rule, kept per (type, name), answers as Jinja2's own rule does for every object."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from jinja2.sandbox import ImmutableSandboxedEnvironment

from briefgen.templating.sandbox import BriefSandbox, Deadline


@dataclass(frozen=True)
class Item:
    clear: str = "shown"
    append: str = "shown"


def _function() -> None:
    pass


@pytest.mark.parametrize("obj", [{}, [], set(), Item(), "text", _function, Item, (1, 2)], ids=repr)
@pytest.mark.parametrize("attr", ["clear", "append", "upper", "keys", "__class__", "_hidden", "mro", "__globals__"])
def test_same_answer_as_jinja(obj: object, attr: str) -> None:
    mine, jinja = BriefSandbox(Deadline.after(5)), ImmutableSandboxedEnvironment()
    for _ in range(2):  # asked again: the kept answer
        assert mine.is_safe_attribute(obj, attr, None) == jinja.is_safe_attribute(obj, attr, None)


def test_a_name_refused_on_a_dict_is_allowed_on_a_brief_object() -> None:
    env = BriefSandbox(Deadline.after(5))
    template = env.from_string("{{ d.clear }}|{{ i.clear }}")
    assert template.render(d={}, i=Item()) == "|shown"
