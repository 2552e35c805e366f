"""The bound a figure's qualifier sets: "no more than $35" is at most (le), "over $100 million" more than (gt).

Read from the same marks as the compact display (``qualifier_marks.toml``), so a sidebar's ">$100M"
and the figure's bound never disagree.
"""

from __future__ import annotations

from functools import cache
from typing import Literal

from ...resources import data_toml

Bound = Literal["gt", "ge", "lt", "le", "approx", ""]
_BY_MARK: dict[str, Bound] = {">": "gt", "≥": "ge", "<": "lt", "≤": "le", "~": "approx"}


@cache
def _marks() -> dict[str, str]:
    marks: dict[str, str] = data_toml("qualifier_marks.toml")["marks"]
    return {" ".join(k.lower().split()): v for k, v in marks.items()}


def bound(qualifier: str | None) -> Bound:
    """The bound of a qualifier: "gt", "ge", "lt", "le", "approx", or "" for an exact figure."""
    if not qualifier:
        return ""
    return _BY_MARK.get(_marks().get(" ".join(qualifier.lower().split()), ""), "")
