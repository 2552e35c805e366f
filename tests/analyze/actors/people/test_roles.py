"""Roles as the text gives them: a title and its abbreviation are one role, a rank before a title is part of it."""

from __future__ import annotations

from pathlib import Path

from _people import people_in


def test_an_abbreviated_title_gives_way_to_the_full_one(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "Gov. Tim Walden toured the flooded towns on Monday.\n"
        "Governor Walden said the state would help.\n"
        "Lt. Governor Peggy Flanders joined him.\n"
        "Sen. Maria Ortez spoke later.\n",
    )
    assert people["Tim Walden"].role == "Governor"
    assert people["Peggy Flanders"].role == "Lt. Governor"
    assert people["Maria Ortez"].role == "Sen."
