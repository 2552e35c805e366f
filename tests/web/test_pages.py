"""Small formatting helpers of the pages."""

from __future__ import annotations

from briefgen.web.pages import file_size, human_date


def test_human_date() -> None:
    assert human_date("2026-11-28") == "28 Nov 2026"
    assert human_date("2026-03-05") == "5 Mar 2026"
    assert human_date("2026-11") == "Nov 2026"
    assert human_date("2026") == "2026"
    assert human_date("2026-13-40") == "2026-13-40"
    assert human_date("") == ""


def test_file_size() -> None:
    assert file_size(512) == "512 B"
    assert file_size(2752) == "3 KB"
    assert file_size(1_450_000) == "1.4 MB"
