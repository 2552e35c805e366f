"""People and roles on made-up sentences of the kinds a fresh batch of people-rich texts held: role words
naming a body or a field ("presidential spokesman", "defense lawyer"), nationalities before a title."""

from __future__ import annotations

from pathlib import Path

from _sentences import from_text
from briefgen.analyze.actors.find import find_actors
from briefgen.model import Actor


def _people(tmp_path: Path, text: str) -> dict[str, Actor]:
    source, sentences = from_text(tmp_path, text)
    return {a.name: a for a in find_actors(source, sentences) if a.kind == "person"}


def test_lower_case_words_of_a_body_or_field_belong_to_the_role(tmp_path: Path) -> None:
    people = _people(
        tmp_path,
        "The talks covered trade, according to Kenyan presidential spokesman Hussein Mwangi.\n"
        "“The charges were never proven,” Amara Nwosu, a defense lawyer, told reporters.\n"
        "Police spokesman Daniel Otieno declined to comment, and party official Grace Achieng said nothing.\n",
    )
    assert people["Hussein Mwangi"].role == "Kenyan presidential spokesman"
    assert people["Amara Nwosu"].role == "defense lawyer"


def test_a_nationality_before_a_title_is_the_roles(tmp_path: Path) -> None:
    people = _people(
        tmp_path,
        "Chilean President Rosa Ibáñez met Ugandan Foreign Minister Peter Okello in Santiago on Monday.\n",
    )
    assert people["Rosa Ibáñez"].role == "Chilean President"
    assert people["Peter Okello"].role == "Ugandan Foreign Minister"
