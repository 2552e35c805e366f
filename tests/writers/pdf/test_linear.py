"""The PDF writer stays linear in its input: long words, long paragraphs and long tables (issue 15 item 2)."""

from __future__ import annotations

import builtins
import random
from typing import Any

import pytest

from briefgen.document import Cell, Em, Para, Row, Strong, Table, Text, plain_text
from briefgen.writers.pdf import breaks
from briefgen.writers.pdf.chunks import PARA_CHARS, TABLE_ROWS, para_pieces, table_pieces


class _Frag:
    def __init__(self, text: str, line_break: bool = False) -> None:
        self.text = text
        if line_break:
            self.lineBreak = True


def _char_runs(frags: list[Any]) -> list[list[tuple[int, int, str]]]:
    """The tokens as the writer used to find them, character by character (the reference)."""
    runs: list[list[tuple[int, int, str]]] = []
    current: list[tuple[int, int, str]] = []
    for index, frag in enumerate(frags):
        if getattr(frag, "lineBreak", False):
            if current:
                runs.append(current)
                current = []
            continue
        for offset, char in enumerate(frag.text):
            if char.isspace():
                if current:
                    runs.append(current)
                    current = []
            else:
                current.append((index, offset, char))
    if current:
        runs.append(current)
    return runs


def test_tokens_found_by_pieces_are_the_tokens_found_char_by_char() -> None:
    rng = random.Random(7)
    for _ in range(3000):
        frags: list[Any] = []
        for _ in range(rng.randint(0, 5)):
            if rng.random() < 0.15:
                frags.append(_Frag("", line_break=True))
            else:
                frags.append(_Frag("".join(rng.choice("ab \u00a0\n\t") for _ in range(rng.randint(0, 6)))))
        assert [breaks._chars(r, frags) for r in breaks._spans(frags)] == _char_runs(frags)


def test_remaining_width_test_decides_as_the_plain_sum_does() -> None:
    rng = random.Random(3)
    for _ in range(200):
        glyphs = [breaks.Glyph(0, i, "a", rng.choice([0.1, 0.2, 0.3, 1 / 3, 5.55]), False) for i in range(300)]
        rest = breaks._Rest(glyphs)
        widths = [g.width for g in glyphs]
        for start in range(0, 300, 7):
            exact = sum(widths[start:])
            for limit in (exact, exact - 1e-12, exact + 1e-12, exact / 2, exact * 2):
                assert rest.wider_than(start, limit) == (sum(widths[start:]) > limit)


def test_a_long_paragraph_becomes_consecutive_paragraphs_with_the_same_text() -> None:
    children = (Text("x" * (PARA_CHARS * 2)), Strong((Text("y " * PARA_CHARS),)), Em((Text("tail"),)))
    para = Para(children, id="p1", classes=("bluf",))
    pieces = para_pieces(para)
    assert len(pieces) > 2
    assert "".join(plain_text(p.children) for p in pieces) == plain_text(children)
    assert all(len(plain_text(p.children)) <= PARA_CHARS for p in pieces)
    assert [p.id for p in pieces] == ["p1"] + [""] * (len(pieces) - 1)
    assert all(p.classes == ("bluf",) for p in pieces)
    assert para_pieces(Para((Text("short"),))) == [Para((Text("short"),))]


def test_a_long_table_becomes_tables_of_bounded_rows_under_its_header() -> None:
    header = Row((Cell((Text("Name"),), header=True),))
    rows = tuple(Row((Cell((Text(str(i)),)),)) for i in range(TABLE_ROWS * 2 + 5))
    pieces = table_pieces(Table((header, *rows)), header=True)
    assert len(pieces) == 3
    assert all(p.rows[0] == header and len(p.rows) <= TABLE_ROWS + 1 for p in pieces)
    assert tuple(r for p in pieces for r in p.rows[1:]) == rows


def test_breaking_a_long_token_sums_each_width_a_bounded_number_of_times(monkeypatch: pytest.MonkeyPatch) -> None:
    """It summed the rest of the token once per line: the square of the token's length (77 s for 160k)."""
    summed = 0

    def counting_sum(values: Any, start: float = 0.0) -> float:
        nonlocal summed
        items = list(values)
        summed += len(items)
        return float(builtins.sum(items, start))

    monkeypatch.setattr(breaks, "sum", counting_sum, raising=False)
    glyphs = [breaks.Glyph(0, i, "a", 5.0, False) for i in range(200_000)]
    cuts = breaks.break_points(glyphs, 100.0, 450.0)
    assert len(cuts) > 2000
    assert summed <= 4 * len(glyphs)
