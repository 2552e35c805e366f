"""Bare names in a text that writes family names in capitals: the text's own convention, used only there."""

from __future__ import annotations

from pathlib import Path

from _people import people_in


def test_a_text_that_writes_family_names_in_capitals_names_its_bare_runs(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "Jorund HALVORSEN and KWAN Mei-Lin will face each other in the opening match.\n"
        "Their coach Richard VANTERPOOL promised a good fight against world champion LIU Bao.\n"
        "Coach: DENG Xiaolun (CHN).\n",
    )
    assert {"Jorund HALVORSEN", "KWAN Mei-Lin", "Richard VANTERPOOL", "LIU Bao", "DENG Xiaolun"} <= set(people)


def test_runs_with_capitals_are_no_names_where_the_text_has_no_such_convention(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "The NASA Goddard team and the WHO Europe office met the USAID Mission staff.\n"
        "Deputy Secretary Alan Brinkley said the talks went well.\n",
    )
    assert set(people) == {"Alan Brinkley"}
