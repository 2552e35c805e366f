"""Numbers of made-up analyst texts against a made-up source: rounding, bounds, other measures, years."""

from __future__ import annotations

import pytest

from briefgen.api import prepare_brief

SOURCE = (
    "Aid Report\n\n"
    "In 2023, Japan pledged $588 million in development aid to Cambodia.\n"
    "Exports to Europe rose by 12.4 percent in 2023, the ministry said.\n"
)


@pytest.fixture(scope="module")
def statuses(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[str, str]]:
    folder = tmp_path_factory.mktemp("numbers") / "aid"
    folder.mkdir()
    (folder / "brief.toml").write_text('title = "Aid"\ndate = "2026-01-10"\n', encoding="utf-8")
    (folder / "report.txt").write_text(SOURCE, encoding="utf-8")
    (folder / "analysis.md").write_text(
        "## Assessment\n\n"
        "Japan pledged about $590 million in development aid to Cambodia in 2023.\n\n"
        "Japan pledged more than $500 million in development aid to Cambodia.\n\n"
        "Japan pledged $650 million in development aid to Cambodia.\n\n"
        "Exports to Europe rose by 12 percent in 2023.\n\n"
        "Exports to Europe grew 14 percent.\n\n"
        "Rice yields fell 30 percent in 2019.\n\n"
        "## Outlook\n\nAid should double by 2030.\n",
        encoding="utf-8",
    )
    brief = prepare_brief(folder).brief
    return {c.text: (c.status, c.source_value) for c in brief.claims}


def test_rounded_and_bounded_values_are_supported(statuses: dict[str, tuple[str, str]]) -> None:
    assert statuses["about $590 million"][0] == "supported"
    assert statuses["more than $500 million"][0] == "supported"
    assert statuses["2023"][0] == "supported"
    assert statuses["12 percent"][0] == "supported"  # 12.4 rounded, as reconcile rounds


def test_another_value_of_the_same_measure_differs(statuses: dict[str, tuple[str, str]]) -> None:
    assert statuses["$650 million"] == ("differs", "$588 million")
    assert statuses["14 percent"] == ("differs", "12.4 percent")


def test_unreported_numbers_and_years_are_unsupported(statuses: dict[str, tuple[str, str]]) -> None:
    assert statuses["30 percent"][0] == "unsupported"
    assert statuses["2019"][0] == "unsupported"
    assert "2030" not in statuses  # a forecast
