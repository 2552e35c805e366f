"""The bottom line: a judgement across themes, most important first, no ceremony, spread across themes."""

from __future__ import annotations

from briefgen.analyze.summarize.bottom_line import Entry, bottom_line
from briefgen.model import Cite, SummaryItem


def _item(text: str, score: float, at: int) -> SummaryItem:
    return SummaryItem(text, Cite("s", at, at * 1000, at * 1000 + len(text)), score)


PLEASANTRY = _item("It is a great pleasure and honor to join our partners in celebrating Forum Day.", 0.9, 0)
AID = _item("By 2024, Cambodia had received $17.7 billion in Chinese aid, underscoring Beijing's role.", 0.7, 1)
AID_AGAIN = _item("Cambodia had received $17.7 billion in Chinese aid by 2024, Beijing's largest grants.", 0.69, 2)
HISTORY = _item("In 2007, Beijing backed Cambodia in a border conflict with Thailand.", 0.8, 3)
SECURITY = _item("Cambodia is reinforcing security cooperation with the U.S. in the Indo-Pacific.", 0.6, 4)
FORUM = _item("Cambodia vowed to keep an active role in the Asia-Europe forum.", 0.5, 5)


def test_the_bottom_line_opens_with_news_not_ceremony_or_background() -> None:
    entries = [
        Entry("forum", PLEASANTRY), Entry("forum", FORUM), Entry("china", HISTORY), Entry("china", AID),
        Entry("china", AID_AGAIN), Entry("security", SECURITY),
    ]
    line = bottom_line(entries, 3, 2026, lambda i: "$" in i.text)
    assert line[0] == AID
    assert PLEASANTRY not in line and AID_AGAIN not in line
    assert {SECURITY, FORUM} <= set(line)  # spread across themes


def test_at_most_four_items_and_none_without_candidates() -> None:
    entries = [Entry(f"t{i}", _item(f"Minister {i} signed a new trade pact with Laos.", 0.5, i)) for i in range(8)]
    assert len(bottom_line(entries, 9, 2026, lambda _i: False)) <= 4
    assert bottom_line([Entry("forum", PLEASANTRY)], 3, 2026, lambda _i: False) == ()


def test_a_future_from_an_old_source_is_not_the_bottom_line() -> None:
    stale = SummaryItem("President Biden will elevate relations with ASEAN at the summit.", Cite("s", 9, 9000, 9070),
                        0.9, date="2022-11-12", stale=True)
    line = bottom_line([Entry("us", stale), Entry("forum", FORUM)], 2, 2025, lambda _i: False)
    assert line == (FORUM,)


def test_words_to_the_listeners_are_no_bottom_line() -> None:
    address = _item("Your leadership is vital to a secure and prosperous region, Mr. President.", 0.95, 6)
    recall = _item("As you'll recall, the premier visited Phnom Penh last year.", 0.9, 7)
    line = bottom_line([Entry("security", address), Entry("china", recall), Entry("security", SECURITY)], 3, 2026,
                       lambda _i: False)
    assert line == (SECURITY,)


def test_a_second_item_in_one_speakers_words_gives_way_to_another_voice() -> None:
    first = SummaryItem("“We will double our aid to the coast guard,” the minister said.", Cite("s", 6, 6000, 6063),
                        0.9, speaker="Ana Lobo")
    second = SummaryItem("“Our navy will buy four frigates from Korea,” she said.", Cite("s", 7, 7000, 7054), 0.9,
                         speaker="Ana Lobo")
    fact = _item("Rice exports to Japan fell by a tenth in March.", 0.85, 8)
    line = bottom_line([Entry("aid", first), Entry("navy", second), Entry("trade", fact)], 2, 2026,
                       lambda _i: False)
    assert line == (first, fact)
