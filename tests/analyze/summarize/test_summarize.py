"""Summaries: central, relevant, covering figures, actors and sources; no repeats; verbatim, in source order."""

from __future__ import annotations

from _sentences import load
from briefgen.analyze.summarize.choose import MAX_GRAPH, Candidate, _pool, summarize, textrank, theme_candidates
from briefgen.model import Sentence, ThemeMatch


def _sentences(texts: list[str], source: str = "s") -> list[Sentence]:
    out: list[Sentence] = []
    at = 0
    for i, text in enumerate(texts):
        out.append(Sentence(source, i, at, at + len(text), text))
        at += len(text) + 1
    return out


def _candidates(sentences: list[Sentence], **figures: str) -> list[Candidate]:
    n = len(sentences)
    return [
        Candidate(s, 1.0, 1.0 - i / n, frozenset({figures[f"f{i}"]}) if f"f{i}" in figures else frozenset())
        for i, s in enumerate(sentences)
    ]


def test_the_central_sentence_ranks_first() -> None:
    terms = [frozenset(t.split()) for t in ("aid china port", "aid china", "china port", "aid port", "weather")]
    rank = textrank(terms)
    assert rank[0] == max(rank) == 1.0
    assert rank[4] == min(rank)


def test_items_are_verbatim_in_source_order_and_at_most_k() -> None:
    source, sentences = load("cambodia")
    candidates = theme_candidates(sentences, [ThemeMatch("t", 1.0)] * len(sentences), "t", [0.5] * len(sentences), {})
    items = summarize(candidates, 4)
    assert len(items) == 4
    assert [i.cite.start for i in items] == sorted(i.cite.start for i in items)
    for item in items:
        assert source.text[item.cite.start : item.cite.end] == item.text


def test_near_duplicates_and_repeats_are_dropped() -> None:
    sentences = _sentences(
        [
            "Beijing pledged $588 million in aid to Cambodia between 2018 and 2021.",
            "Beijing pledged $588 million in aid to Cambodia between 2018 and 2021, officials said.",
            "Beijing pledged $588 million in aid to Cambodia between 2018 and 2021.",
            "Cambodia also joined joint military exercises with Australia and Japan.",
        ]
    )
    items = summarize(_candidates(sentences), 3)
    texts = [i.text for i in items]
    assert len(texts) == 2
    assert sum("$588 million" in t for t in texts) == 1


def test_a_new_figure_beats_a_sentence_without_one() -> None:
    sentences = _sentences(
        [
            "Cambodia and China signed a broad agreement on trade and ports in Phnom Penh.",
            "Cambodia and China discussed trade and ports at length in Phnom Penh this week.",
            "Cambodia and China agreed trade and port deals worth $2 billion in Phnom Penh.",
        ]
    )
    items = summarize(_candidates(sentences, f2="money:2e9:USD"), 2)
    assert any("$2 billion" in i.text for i in items)


def test_actors_and_sources_not_yet_covered_are_preferred() -> None:
    first = _sentences(["Minister Sok praised the new port deal with China in Phnom Penh today."], "a")
    second = _sentences(
        [
            "Minister Sok praised the new port deal with China again in Phnom Penh on Monday.",
            "Hun Manet praised the new rail and port deal with China in Phnom Penh.",
        ],
        "b",
    )
    candidates = [Candidate(first[0], 1.0, 1.0), Candidate(second[0], 1.0, 1.0), Candidate(second[1], 1.0, 0.5)]

    def names(text: str) -> frozenset[str]:
        return frozenset({"Hun Manet"}) if "Hun Manet" in text else frozenset()

    texts = [i.text for i in summarize(candidates, 2, names)]
    assert texts == [first[0].text, second[1].text]


def test_short_fragments_and_headings_are_not_items() -> None:
    sentences = [
        Sentence("s", 0, 0, 20, "Regional Security Outlook", heading=True),
        Sentence("s", 1, 21, 30, "He left."),
        Sentence("s", 2, 31, 100, "ASEAN defence ministers agreed to hold joint maritime drills next year."),
    ]
    items = summarize(_candidates(sentences), 3)
    assert [i.text for i in items] == [sentences[2].text]


def test_title_case_lines_the_reader_did_not_mark_as_headings_are_not_items() -> None:
    texts = [
        "ARMS CONTROL 7-8 US Response to Protocol for Biological Weapons 7 Allegations of Unilateralist Tendencies 8",
        "U.S. DEPARTMENT OF STATE Daily Press Briefing Index Wednesday, July 25, 2001",
        "The Secretary will meet the foreign ministers of the region to discuss arms control on Friday.",
    ]
    items = summarize(_candidates(_sentences(texts)), 3)
    assert [i.text for i in items] == [texts[2]]


def test_the_graph_stays_small_on_huge_inputs() -> None:
    texts = [f"Officials in province {i} reported {i} new projects funded by partner agencies." for i in range(2000)]
    pool = _pool(_candidates(_sentences(texts)))
    assert len(pool) == MAX_GRAPH
    assert [c.sentence.start for c in pool] == sorted(c.sentence.start for c in pool)


def test_generic_candidates_are_every_sentence() -> None:
    _source, sentences = load("08")
    matches = [ThemeMatch(None, 0.0)] * len(sentences)
    candidates = theme_candidates(sentences, matches, None, [1.0] * len(sentences), {})
    assert [c.sentence for c in candidates] == sentences
    assert theme_candidates(sentences, matches, "asem", [1.0] * len(sentences), {}) == []
