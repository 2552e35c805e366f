"""The quick paths of the actors stage give what the plain ones give."""

from __future__ import annotations

import re
from pathlib import Path

from briefgen.analyze.actors import turns as turns_module
from briefgen.analyze.actors.lexicon import alternation
from briefgen.analyze.actors.mentions import Entity, _has_title, _holders
from briefgen.analyze.actors.people import _clean, _clean_words
from briefgen.analyze.sentences.split import split_sentences
from briefgen.ingest import read_source


def _person(name: str, *roles: str) -> Entity:
    return Entity(name, "person", (name,), roles)


def test_holders_are_the_people_whose_roles_hold_the_title() -> None:
    people = [
        _person("Ann Lee", "Prime Minister of Fiji"),
        _person("Bo Tan", "prime ministerial adviser"),  # "minister" inside a longer word: no
        _person("Cy Ode", "Deputy Foreign Minister", "party leader"),
        _person("Di Ng", "PRIME MINISTER"),
        _person("Ed Kay", "Kelvin\u212a minister"),  # not ASCII: the pattern decides
        _person("Flo Ray", "spokeswoman"),
    ]
    for title in ("Prime Minister", "minister", "prime minister", "Leader", "spokesman", "Minister\u212a"):
        plain = [p for p in people if any(_has_title(role, title) for role in p.roles)]
        assert _holders(people, title) == plain
    assert [p.name for p in _holders(people, "prime minister")] == ["Ann Lee", "Di Ng"]


def test_clean_reads_only_its_span() -> None:
    text = "Foreign Minister Penny Wong said on Monday that Ms. Wong would go"
    start = text.index("Penny")
    assert _clean(text, start, start + len("Penny Wong said"), trim_front=False, min_tokens=2) == (
        start, start + len("Penny Wong"))
    assert _clean_words("Penny Wong said", False, 2, False) == (0, len("Penny Wong"))


def test_alternation_matches_its_entries_longest_first() -> None:
    entries = ["Ann", "Anna", "Anne Marie", "Bo", "Bob's", "U.S. Army", "x" * 400]  # a long chain: no recursion limit
    pattern = re.compile(alternation(entries, not_after=r"[\w]") + r"(?!\w)")
    text = "Anna met Anne Marie, Bob’s aide, the U.S. Army and " + "x" * 400 + " but not Annex or Bobby"
    assert [m.group() for m in pattern.finditer(text)] == ["Anna", "Anne Marie", "Bob’s", "U.S. Army", "x" * 400]
    assert re.fullmatch(alternation(["ab", "abc", "b"]), "abc") is not None


def test_turns_of_the_same_sentences_are_found_once_and_equal(tmp_path: Path) -> None:
    path = tmp_path / "t.txt"
    path.write_text("MR. PRICE: Good afternoon.\n\nQUESTION: Thank you.\n\nMR. PRICE: We will see.\n", encoding="utf-8")
    source = read_source(path, "t")
    sentences = split_sentences(source)
    first = turns_module.find_turns(source.text, sentences)
    first.clear()  # a caller's list is its own
    again = turns_module.find_turns(source.text, sentences)
    assert again == turns_module._find_turns(source.text, sentences)
    assert [t.kind for t in again] == ["person", "question", "person"]
    other = list(sentences)  # another list of the same sentences: the same answer
    assert turns_module.find_turns(source.text, other) == again
    fewer = sentences[:-1]  # other sentences: worked out anew
    assert [t.kind for t in turns_module.find_turns(source.text, fewer)] == ["person", "question"]
