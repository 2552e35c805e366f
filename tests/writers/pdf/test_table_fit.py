"""A table too wide for the PDF's text width is a one-line error naming the template, not a crash."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from briefgen import api
from briefgen.errors import MarkupError

ROOT = Path(__file__).parents[3]


def _format(tmp_path: Path, columns: int, margin: int) -> Path:
    folder = tmp_path / "fmt"
    shutil.copytree(ROOT / "templates" / "one-pager", folder)
    style = (folder / "style.toml").read_text(encoding="utf-8")
    lines = [
        f"margin_{side} = {margin}" if line.startswith(f"margin_{side} ") else line
        for line in style.splitlines()
        for side in [next((s for s in ("left", "right") if line.startswith(f"margin_{s} ")), "")]
    ]
    (folder / "style.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    template = (folder / "brief.html.j2").read_text(encoding="utf-8")
    row = "<tr>" + "<td>cell text</td>" * columns + "</tr>"
    (folder / "brief.html.j2").write_text(template + f"\n<table>{row}{row}</table>\n", encoding="utf-8")
    return folder


def test_a_table_too_wide_for_the_page_names_the_template(tmp_path: Path) -> None:
    folder = _format(tmp_path, columns=32, margin=80)
    options = api.BuildOptions(out_root=tmp_path / "out", template=str(folder), formats=("pdf",))
    with pytest.raises(MarkupError, match=r"fmt/brief\.html\.j2: PDF: a table of 32 columns does not fit"):
        api.build(ROOT / "seeds" / "cambodia", options)
    assert not (tmp_path / "out" / "cambodia").exists()


def test_a_table_that_fits_is_laid_out(tmp_path: Path) -> None:
    folder = _format(tmp_path, columns=4, margin=20)
    options = api.BuildOptions(out_root=tmp_path / "out", template=str(folder), formats=("pdf",))
    result = api.build(ROOT / "seeds" / "cambodia", options)
    assert [p.suffix for p in result.outputs] == [".pdf"]
