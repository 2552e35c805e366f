"""The fragment test the PDF writer gives ReportLab answers as ReportLab's C accelerator does."""

from __future__ import annotations

import itertools
import random

from reportlab.lib.colors import CMYKColor, Color, HexColor
from reportlab.lib.rl_accel import sameFrag as c_same_frag
from reportlab.platypus import paragraph
from reportlab.platypus.paraparser import ParaFrag

from briefgen.writers.pdf import frags
from briefgen.writers.pdf.breaks import BreakingParagraph


def _frags() -> list[ParaFrag]:
    """Fragments that differ, or not, in each attribute the test looks at (some missing altogether)."""
    rng = random.Random(3)
    values: dict[str, list[object]] = {
        "fontName": ["LiberationSans-regular", "LiberationSans-bold"],
        "fontSize": [10, 10.0, 6.2],
        "textColor": [HexColor("#1a1a1a"), Color(0.1, 0.1, 0.1), HexColor("#1a1a1a"), CMYKColor(0, 0, 0, 1)],
        "rise": [0, 3.8],
        "us_lines": [[], [("underline", 1)]],
        "link": [[], [(0, "#src-1")], [(0, "#src-1")]],
        "backColor": [None, Color(1, 1, 0)],
        "nobr": [False, True],
        "cbDefn": ["anchor"],
        "lineBreak": [True],
    }
    out = []
    for _ in range(300):
        frag = ParaFrag()
        for name, choices in values.items():
            if rng.random() < (0.05 if name in ("cbDefn", "lineBreak") else 0.8):
                setattr(frag, name, rng.choice(choices))
        frag.text = "word"
        out.append(frag)
    return out


class _Frag(ParaFrag):  # type: ignore[misc]
    """A fragment of a subclass (attributes looked up as on any object)."""


def test_same_answers_as_the_c_accelerator() -> None:
    made = _frags()
    for frag in made[::3]:
        frag.__class__ = _Frag
    pairs = list(itertools.product(made[:60], repeat=2))
    assert any(c_same_frag(f, g) for f, g in pairs)  # the sample has both answers
    assert not all(c_same_frag(f, g) for f, g in pairs)
    for f, g in pairs:
        assert bool(frags.same_frag(f, g)) == bool(c_same_frag(f, g))


def test_attributes_of_the_class_and_missing_ones_count_as_in_the_c_accelerator() -> None:
    class Raised(ParaFrag):  # type: ignore[misc]
        rise = 3.8

    class Breaking(ParaFrag):  # type: ignore[misc]
        lineBreak = 0

    plain, raised, unset = ParaFrag(), Raised(), ParaFrag()
    plain.rise, unset.backColor = 3.8, None
    for f, g in [(raised, plain), (Breaking(), ParaFrag()), (unset, ParaFrag()), (ParaFrag(), ParaFrag())]:
        assert bool(frags.same_frag(f, g)) == bool(c_same_frag(f, g))


def test_reportlab_paragraphs_use_it_once_the_pdf_layout_is_loaded() -> None:
    assert BreakingParagraph is not None
    assert paragraph.sameFrag is frags.same_frag
