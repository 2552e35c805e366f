"""Tests for joining stage outputs: actors take the themes of the sentences that name them."""

from __future__ import annotations

from briefgen.analyze.merge import tag_themes
from briefgen.model import Actor, Sentence, ThemeMatch


def _sentences(*texts: str) -> list[Sentence]:
    out, at = [], 0
    for i, text in enumerate(texts):
        out.append(Sentence("s", i, at, at + len(text), text))
        at += len(text) + 1
    return out


def test_an_actor_takes_the_themes_of_the_sentences_naming_it_by_name_or_alias_as_whole_words() -> None:
    sentences = _sentences(
        "Hun Manet met the (RCAF) chiefs.",  # a name, and an alias in parentheses
        "Manetti and Hun Manets were elsewhere.",  # inside longer words: no mention
        "Hun Manet spoke on trade.",  # a sentence with no theme
        "Later, Manet visited.",
    )
    matches = [ThemeMatch("security", 1.0), ThemeMatch("economy", 1.0), ThemeMatch(None, 0.0),
               ThemeMatch("diplomacy", 1.0)]
    actors = [
        Actor("Hun Manet", "Prime Minister", "person", aliases=("Manet",)),
        Actor("Royal Cambodian Armed Forces", "", "organization", aliases=("RCAF",)),
        Actor("Xi", "", "person"),  # too short a name to look for
    ]
    tagged = tag_themes(sentences, matches, [], [], [], actors)
    assert [a.themes for a in tagged.actors] == [("security", "diplomacy"), ("security",), ()]


def test_names_are_found_whatever_their_punctuation_and_only_as_written() -> None:
    sentences = _sentences(
        "The envoy met al-Sadr of St. Mary Hospital and read the Phnom Penh Post.",  # a stop, a hyphen
        "Post Penh Phnom, Sadr al and Hospital Mary St. were not named.",  # the same words in another order
        "Phnom Penh Posts and al-Sadrs are no names either.",
        "The Phnom Penh Post again.",
    )
    matches = [ThemeMatch("security", 1.0), ThemeMatch("economy", 1.0), ThemeMatch("diplomacy", 1.0),
               ThemeMatch("economy", 1.0)]
    actors = [
        Actor("Muqtada al-Sadr", "", "person", aliases=("al-Sadr",)),
        Actor("St. Mary Hospital", "", "organization"),
        Actor("Phnom Penh Post", "", "organization"),
        Actor("Siem Reap Times", "", "organization"),  # not in the text at all
    ]
    tagged = tag_themes(sentences, matches, [], [], [], actors)
    assert [a.themes for a in tagged.actors] == [("security",), ("security",), ("security", "economy"), ()]
