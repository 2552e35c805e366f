"""The country names read from the copy kept on disk are pycountry's own, in its order."""

from __future__ import annotations

import pycountry

from briefgen.analyze.actors.countries import find_countries, pycountry_names


def test_the_kept_names_are_pycountrys() -> None:
    expected = {
        c.alpha_2: (c.name, getattr(c, "common_name", "") or "", getattr(c, "official_name", "") or "")
        for c in pycountry.countries
    }
    names = pycountry_names()
    assert names == expected
    assert list(names) == list(expected)  # the same order: where two countries share a form, the first wins


def test_a_country_before_a_dollar_sign_is_the_currency() -> None:
    found = [surface for _, _, surface, _ in find_countries("A U.S. $500 million loan from China to Laos.")]
    assert found == ["China", "Laos"]


def test_a_place_that_begins_the_name_of_an_accord_or_a_newspaper_is_no_country() -> None:
    text = "Both sides backed the Paris Agreement, China Daily said; officials in Paris agreed."
    assert [surface for _, _, surface, _ in find_countries(text)] == ["Paris"]
