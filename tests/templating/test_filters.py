"""Template tests that keep a page from saying a thing twice: ``repeating`` and ``self_attributed``."""

from __future__ import annotations

from briefgen.model import Cite, Quote, SummaryItem
from briefgen.templating.filters import repeats, self_attributed

CITE = Cite("s", 1, 0, 10)


def _item(text: str, speaker: str = "") -> SummaryItem:
    return SummaryItem(text, CITE, speaker=speaker)


def test_a_quote_opening_with_a_shown_sentence_repeats_it_even_when_it_goes_on() -> None:
    said = "Dayan Jayatilleka: “China’s goal is to put the Hambantota port to dual use, commercial and military."
    quote = Quote(
        "Dayan Jayatilleka",
        "China’s goal is to put the Hambantota port to dual use, commercial and military. It is trying to build "
        "the capability to move and maneuver ships at the port with a military purpose",
        CITE,
    )
    assert repeats(quote, said)
    assert not repeats(quote, "Colombo was forced to give up control of the port.")


def test_a_short_shared_phrase_is_no_repeat() -> None:
    assert not repeats("We agree. Thank you.", "We agree. Thank you. The talks went well.")
    assert repeats("The talks went well and will go on.", "“The talks went well and will go on,” he said.")


def test_an_item_naming_its_speaker_outside_the_quote_is_self_attributed() -> None:
    told = _item(
        "“Sri Lanka needs financial assistance,” Jehan Perera, executive director of the council, told VOA.",
        "Jehan Perera",
    )
    assert self_attributed(told)
    assert self_attributed(_item("“We will not stand by,” Blinken said.", "Antony J. Blinken"))
    assert not self_attributed(_item("“China’s goal is to put the port to dual use.", "Dayan Jayatilleka"))
    assert not self_attributed(_item("“Perera is right,” the minister said.", "Jehan Perera"))
    assert not self_attributed(_item("The talks went well.", ""))


def test_the_bundled_formats_lead_an_item_with_its_speaker_once_and_capitalised() -> None:
    from dataclasses import replace

    from briefgen.templating.formats import find_format, render

    from writers.sample_document import sample_brief

    brief = sample_brief()
    theme = brief.themes[0]
    first = replace(theme.summary[0], text="“Our patrols will cover the whole coast by June.", speaker="the secretary")
    named = replace(theme.summary[1], text="“We agree,” Ms. Okafor said.", speaker="Ada Okafor")
    brief = replace(brief, themes=(replace(theme, summary=(first, named, *theme.summary[2:])), *brief.themes[1:]))
    shown = 0
    for name in ("policy-brief", "memo", "one-pager"):
        out = render(find_format(name), brief)
        shown += "<strong>The secretary:</strong>" in out
        assert "<strong>the secretary:</strong>" not in out
        if "Our patrols will cover" in out:
            assert "<strong>The secretary:</strong>" in out, name
        assert "<strong>Ada Okafor:</strong>" not in out, name
    assert shown  # the policy brief shows every summary item
