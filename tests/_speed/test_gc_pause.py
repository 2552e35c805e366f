"""Tests for pausing the cyclic garbage collector during analysis stages."""

from __future__ import annotations

import gc

import pytest

from briefgen._speed.gc_pause import gc_paused, without_gc


def test_paused_inside_and_restored_after() -> None:
    assert gc.isenabled()
    with gc_paused():
        assert not gc.isenabled()
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the inner pause leaves the outer one in force
    assert gc.isenabled()


def test_restored_after_an_error() -> None:
    with pytest.raises(ValueError), gc_paused():
        raise ValueError("boom")
    assert gc.isenabled()


def test_left_off_when_it_was_off() -> None:
    gc.disable()
    try:
        with gc_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_decorator_keeps_result_and_name() -> None:
    @without_gc
    def state(x: int) -> tuple[int, bool]:
        """Doc."""
        return x * 2, gc.isenabled()

    assert state(21) == (42, False)
    assert state.__name__ == "state" and state.__doc__ == "Doc."
    assert gc.isenabled()
