"""Quotes: the words inside the marks, verbatim, and who said them (pronouns resolved)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from _sentences import from_text, load

from briefgen.analyze.actors.find import actor_findings
from briefgen.analyze.quotes import find_quotes
from briefgen.model import Quote, Sentence, Source


def _quotes(source: Source, sentences: Sequence[Sentence]) -> list[Quote]:
    quotes = find_quotes(source, sentences, actor_findings(source, sentences).mentions)
    for quote in quotes:
        assert source.text[quote.cite.start : quote.cite.end] == quote.text
        paragraph = source.paragraphs[quote.cite.paragraph]
        assert paragraph.start <= quote.cite.start < quote.cite.end <= paragraph.end
    return quotes


def test_seed_quotes_all_resolve_to_prak_sokhonn() -> None:
    source, sentences = load("cambodia")
    quotes = _quotes(source, sentences)
    assert [q.speaker for q in quotes] == ["Prak Sokhonn"] * 4
    texts = [q.text for q in quotes]
    assert texts[0] == (
        "It is a great pleasure and honor to join other ASEM partners around the world in celebrating ASEM Day"
    )
    assert texts[1].startswith("This special occasion marks nearly three decades")  # follows the attributed one
    assert texts[2].startswith("Guided by principles of equal partnership")  # “…,” he stated.
    assert texts[3].startswith("Despite current challenges, Cambodia")  # “…,” he added.
    assert texts[3].endswith("to drive global cooperation")


def test_readouts_have_no_quotes() -> None:
    for name in ("05", "06", "07", "08"):
        source, sentences = load(name)
        assert _quotes(source, sentences) == []


def test_quote_across_two_sentences_is_one(tmp_path: Path) -> None:
    source, sentences = from_text(
        tmp_path,
        "Foreign Minister Wang Yi spoke on Monday. “We are ready to talk. We will not wait forever,” he said.\n",
    )
    quotes = _quotes(source, sentences)
    assert [(q.speaker, q.text) for q in quotes] == [
        ("Wang Yi", "We are ready to talk. We will not wait forever")
    ]


def test_attribution_forms(tmp_path: Path) -> None:
    source, sentences = from_text(
        tmp_path,
        "Prime Minister Hun Manet opened the session.\n"
        "“This is a historic day for all of us,” said Hun Manet.\n"
        "Marles, 56, said: \"We are living through the most challenging times in decades.\"\n"
        "‘We will be back next year for sure,’ she added.\n"
        "“Nobody knows what will happen next,” they said.\n",
    )
    quotes = _quotes(source, sentences)
    assert [(q.speaker, q.text) for q in quotes] == [
        ("Hun Manet", "This is a historic day for all of us"),
        ("Marles", "We are living through the most challenging times in decades."),
        ("Marles", "We will be back next year for sure"),
        ("", "Nobody knows what will happen next"),
    ]


def test_scare_quotes_and_quoted_names_are_skipped(tmp_path: Path) -> None:
    source, sentences = from_text(
        tmp_path,
        "The meeting “Plus” format and the “Food for School Feeding” program continue. "
        "The talks are ‘a first step’, officials said.\n",
    )
    assert _quotes(source, sentences) == []


def test_role_reference_as_speaker(tmp_path: Path) -> None:
    source, sentences = from_text(
        tmp_path,
        "General Vong Pisen met the delegation.\n“Our forces stand ready to help at any time,” the general said.\n",
    )
    assert [q.speaker for q in _quotes(source, sentences)] == ["Vong Pisen"]


def test_a_role_before_the_speakers_name(tmp_path: Path) -> None:
    source, sentences = from_text(
        tmp_path,
        "“We will not accept any interference,” Foreign Ministry spokesperson Mao Ning told reporters.\n"
        "“The decision is final and binding,” said Justice Ministry spokesman Chin Malin.\n",
    )
    assert [q.speaker for q in _quotes(source, sentences)] == ["Mao Ning", "Chin Malin"]
