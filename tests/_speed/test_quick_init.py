"""quick_init: the faster __init__ keeps a frozen dataclass's behaviour."""

from __future__ import annotations

import dataclasses

import pytest

from briefgen._speed.quick_init import quick_init, replaced
from briefgen.model import Cite, Sentence


@quick_init
@dataclasses.dataclass(frozen=True, slots=True)
class _Point:
    x: int
    y: int = 2
    label: str = "p"


def test_positional_keyword_and_default_arguments() -> None:
    assert _Point(1) == _Point(x=1, y=2, label="p")
    assert _Point(1, 3, label="q") == _Point(1, 3, "q")
    assert repr(_Point(5, label="z")) == "_Point(x=5, y=2, label='z')"


def test_instances_stay_frozen_and_hashable() -> None:
    point = _Point(1)
    with pytest.raises(dataclasses.FrozenInstanceError):
        point.x = 4  # type: ignore[misc]
    assert hash(point) == hash(_Point(1))


def test_wrong_arguments_fail_as_before() -> None:
    with pytest.raises(TypeError):
        _Point()  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        _Point(1, z=3)  # type: ignore[call-arg]


def test_classes_it_cannot_serve_are_left_alone() -> None:
    @dataclasses.dataclass(frozen=True, slots=True)
    class WithFactory:
        items: list[int] = dataclasses.field(default_factory=list)

    init = WithFactory.__init__
    assert quick_init(WithFactory).__init__ is init
    assert WithFactory().items == []


def test_model_types_use_it() -> None:
    cite = Cite("s", 1, 2, 3)
    assert (cite.source, cite.paragraph, cite.start, cite.end) == ("s", 1, 2, 3)
    sentence = Sentence(source="s", paragraph=0, start=0, end=3, text="Hi.")
    assert sentence.text == "Hi." and sentence.heading is False


def test_replaced_copies_with_changes_like_dataclasses_replace() -> None:
    point = _Point(1, 3, "q")
    assert replaced(point, y=9) == dataclasses.replace(point, y=9) == _Point(1, 9, "q")
    assert replaced(point) == point
    with pytest.raises(TypeError):
        replaced(point, z=1)


def test_replaced_falls_back_for_classes_with_init_only_fields() -> None:
    @dataclasses.dataclass(frozen=True)
    class Tagged:
        name: str
        tag: str = dataclasses.field(default="x", init=False)

    assert replaced(Tagged("a"), name="b") == Tagged("b")
