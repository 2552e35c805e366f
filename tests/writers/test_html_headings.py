"""The HTML writer's headings never skip a level for assistive technology (``aria-level``), keeping their tags."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from briefgen.document import Aside, Document, Heading, Para, Text
from briefgen.writers.html import write_html

from sample_document import sample_job


def _headings(document: Document, tmp_path: Path) -> list[str]:
    page = write_html(replace(sample_job(tmp_path), document=document)).decode("utf-8")
    return re.findall(r"<h[1-6][^>]*>", page)


def test_a_skipped_level_gets_the_level_it_means(tmp_path: Path) -> None:
    body = (
        Heading(1, (Text("Title"),)),
        Heading(3, (Text("Bottom line"),)),
        Para((Text("Text."),)),
        Heading(2, (Text("Theme"),)),
        Heading(3, (Text("Figures"),)),
    )
    assert _headings(Document(header=(), footer=(), body=body), tmp_path) == [
        "<h1>",
        '<h3 aria-level="2">',
        "<h2>",
        "<h3>",
    ]


def test_headings_in_order_are_left_alone(tmp_path: Path) -> None:
    body = (Heading(1, (Text("T"),)), Heading(2, (Text("A"),)), Heading(3, (Text("B"),)), Heading(2, (Text("C"),)))
    assert _headings(Document(header=(), footer=(), body=body), tmp_path) == ["<h1>", "<h2>", "<h3>", "<h2>"]


def test_a_sidebar_heading_does_not_move_the_main_outline(tmp_path: Path) -> None:
    body = (
        Heading(1, (Text("Title"),)),
        Aside((Heading(3, (Text("Key figures"),)),), classes=("sidebar",)),
        Heading(3, (Text("Bottom line"),)),
    )
    assert _headings(Document(header=(), footer=(), body=body), tmp_path) == [
        "<h1>",
        '<h3 aria-level="2">',
        '<h3 aria-level="2">',
    ]
