"""Voice and time (source dates, stale future) and near-repeats folded across a brief with every cite."""

from __future__ import annotations

from briefgen.analyze.summarize.dating import dated, future_tense
from briefgen.analyze.summarize.duplicates import cite_other_sources, fold_repeats, near_repeat
from briefgen.model import Cite, Sentence, SummaryItem


def _item(text: str, source: str = "a", at: int = 0) -> SummaryItem:
    return SummaryItem(text, Cite(source, 0, at, at + len(text)), 0.5)


def test_an_item_from_an_old_source_shows_its_date_and_its_future_is_stale() -> None:
    dates = {"old": "2022-11-12", "new": "2025-03-01", "none": None}
    will = _item("President Biden will attend the summit in Phnom Penh.", "old")
    done = _item("The summit closed with a joint statement on maritime security.", "old")
    assert dated(will, dates, "2025-03-12").date == "2022-11-12"
    assert dated(will, dates, "2025-03-12").stale
    assert not dated(done, dates, "2025-03-12").stale
    assert dated(_item("Ministers will meet again in May.", "new"), dates, "2025-03-12").date is None
    assert dated(_item("Ministers will meet again in May.", "none"), dates, "2025-03-12").date is None
    assert future_tense("They’ll meet tomorrow.") and not future_tense("They met on Monday.")


def test_near_repeats_fold_into_the_first_with_both_cites_but_other_numbers_stay() -> None:
    a = _item("By 2024, Cambodia had received $17.7 billion in Chinese aid, underscoring Beijing's role.", "a")
    b = _item("By 2024, Cambodia had received some $17.7 billion in Chinese aid, making Beijing its top lender.", "b")
    c = _item("Between 2018 and 2021, Beijing pledged $588 million in aid to Cambodia.", "a", 500)
    d = _item("Between 2018 and 2021, Beijing pledged $600 million in aid to Cambodia, analysts say.", "b", 500)
    assert near_repeat(a.text, b.text) and not near_repeat(c.text, d.text)
    bluf, theme = fold_repeats([[a], [b, c, d]])
    assert bluf == [a.__class__(a.text, a.cite, a.score, (b.cite,))]
    assert theme == [c, d]


def test_an_item_cites_the_other_sources_that_say_the_same() -> None:
    item = _item("By 2024, Cambodia had received $17.7 billion in Chinese aid, underscoring Beijing's role.", "a")
    other = "By 2024, Cambodia had received some $17.7 billion in Chinese aid, making Beijing its top lender."
    sentences = [Sentence("b", 3, 100, 100 + len(other), other), Sentence("b", 4, 300, 340, "Rain fell in Phnom Penh.")]
    [[cited]] = cite_other_sources([[item]], sentences)
    assert cited.also == (Cite("b", 3, 100, 100 + len(other)),)
