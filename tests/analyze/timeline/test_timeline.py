"""Timeline: dated events with ISO dates, labels as written and short verbatim clauses."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import pytest

from _sentences import from_text, load
from briefgen.analyze.pipeline import analyze
from briefgen.analyze.timeline.dates import find_dates
from briefgen.analyze.timeline.events import find_events, order_events
from briefgen.model import Cite, Event, Sentence, Source
from briefgen.spec import load_spec


def _events(source: Source, sentences: Sequence[Sentence], reference: str | None) -> list[Event]:
    events = find_events(source, sentences, reference)
    for event in events:
        assert source.text[event.cite.start : event.cite.end] == event.text
        paragraph = source.paragraphs[event.cite.paragraph]
        assert paragraph.start <= event.cite.start < event.cite.end <= paragraph.end
        assert 3 <= len(event.text.split()) <= 25, event
    return events


@pytest.fixture(scope="module")
def seed() -> list[Event]:
    source, sentences = load("cambodia")
    return _events(source, sentences, "2025-03-10")


def test_seed_dates(seed: list[Event]) -> None:
    dates = [e.date for e in seed]
    for year in ("1996", "2007", "2010", "2013", "2018", "2021", "2022", "2024"):
        assert year in dates
    assert {"2024-12", "2025-02-05", "2025-03-01"} <= set(dates)
    assert dates == sorted(dates)


def test_seed_labels_and_clauses(seed: list[Event]) -> None:
    by_label = {e.label: e for e in seed}
    assert by_label["2010"].text == (
        "In 2010, Cambodia elevated its ties with China to a comprehensive strategic partnership"
    )
    assert by_label["1996"].text == "Since its inception in 1996, ASEM has become a significant global platform"
    assert by_label["February 5"].date == "2025-02-05"
    assert by_label["February 5"].text.endswith("meeting on February 5")
    assert by_label["March 1"].text == "made the remarks on ASEM Day, celebrated on March 1"
    assert by_label["December"].date == "2024-12"
    between = by_label["Between 2018 and 2021"]
    assert between.date == "2018"
    assert between.text == "Between 2018 and 2021, Beijing pledged $588 million in aid to Cambodia"


def test_without_reference_undated_events_sort_last() -> None:
    source, sentences = load("cambodia")
    events = _events(source, sentences, None)
    undated = [e for e in events if e.date == ""]
    assert {e.label for e in undated} == {"February 5", "March 1", "December"}
    assert events[-len(undated):] == undated


def test_readout_full_date_from_reference() -> None:
    source, sentences = load("08")
    events = _events(source, sentences, "2022-11-14")
    assert [(e.date, e.label) for e in events] == [("2022-11-14", "November 14")]


def test_date_forms(tmp_path: Path) -> None:
    source, sentences = from_text(
        tmp_path,
        "Talks in Geneva opened on April 14, 2025, after months of delay.\n"
        "The accord was signed on 5 February 2024 by both sides in the capital.\n"
        "The review published on 2023-06-30 found serious gaps in the plan.\n"
        "In April 2022, USAID launched the ASEAN SME Academy in Jakarta.\n"
        "The exercise ran from 2019 to 2021 with several partners, and again in 2016–2018 with others.\n",
    )
    found = {(e.date, e.label) for e in _events(source, sentences, "2025-05-01")}
    assert found == {
        ("2025-04-14", "April 14, 2025"),
        ("2024-02-05", "5 February 2024"),
        ("2023-06-30", "2023-06-30"),
        ("2022-04", "April 2022"),
        ("2019", "from 2019 to 2021"),
        ("2016", "2016–2018"),
    }


def test_month_without_year_follows_tense(tmp_path: Path) -> None:
    source, sentences = from_text(
        tmp_path,
        "In December, the agency will launch a new plan for the region.\n"
        "In December, the agency launched a smaller plan for the region.\n"
        "Leaders met again last October to review the progress made.\n",
    )
    events = _events(source, sentences, "2022-11-12")
    # Future tense: the next December; past: the last one; "last October": the most recent October.
    assert sorted((e.cite.paragraph, e.date) for e in events) == [(0, "2022-12"), (1, "2021-12"), (2, "2022-10")]
    assert [e.date for e in events] == ["2021-12", "2022-10", "2022-12"]


def test_a_present_expectation_points_ahead(tmp_path: Path) -> None:
    source, sentences = from_text(
        tmp_path,
        "Official results aren’t expected until mid-August, the election commission said.\n"
        "The final count is due in September, officials said on Monday.\n"
        "The first count was expected in March, but it slipped because of the rain.\n",
    )
    events = _events(source, sentences, "2018-07-30")
    # Before, "aren't expected until mid-August" in a story of 30 July 2018 was read as August 2017.
    assert sorted((e.cite.paragraph, e.date) for e in events) == [(0, "2018-08"), (1, "2018-09"), (2, "2018-03")]


def test_numbers_names_and_urls_are_not_dates(tmp_path: Path) -> None:
    source, sentences = from_text(
        tmp_path,
        "About 2000 troops joined the drills under the Master Plan on ASEAN Connectivity 2025 this week.\n"
        "See https://example.org/2022/11/12/readout for the $2024 budget. Officials may review it.\n",
    )
    assert _events(source, sentences, "2025-01-01") == []


def test_reference_date_may_be_written_out(tmp_path: Path) -> None:
    source, sentences = from_text(tmp_path, "The chiefs met virtually on February 5 to discuss security.\n")
    events = _events(source, sentences, "March 10, 2025")
    assert [(e.date, e.label) for e in events] == [("2025-02-05", "February 5")]


def test_a_date_opening_its_sentence_keeps_what_happened(tmp_path: Path) -> None:
    source, sentences = from_text(
        tmp_path,
        "Women, Peace, and Security: In December, USAID, in collaboration with ASEAN and UN Women, "
        "will launch the Regional Plan of Action on Women, Peace, and Security.\n"
        "By 2024, Cambodia had received $17.7 billion in Chinese aid, underscoring Beijing’s role as its benefactor.\n",
    )
    texts = [e.text for e in _events(source, sentences, None)]
    assert texts == [
        "By 2024, Cambodia had received $17.7 billion in Chinese aid",
        "In December, USAID, in collaboration with ASEAN and UN Women, will launch the Regional Plan of Action "
        "on Women, Peace, and Security",
    ]


def _event(date: str, label: str, text: str, source: str, start: int) -> Event:
    return Event(date, label, text, Cite(source, 0, start, start + len(text)))


def test_order_events_sorts_dedupes_and_keeps_undated_last_in_source_order() -> None:
    events = [
        _event("", "December", "In December, the agency will launch a plan", "b", 5),
        _event("2021", "2021", "The fund opened in 2021", "b", 50),
        _event("", "May", "In May, talks resumed", "a", 90),
        _event("2021", "2021", "the fund opened in 2021", "a", 10),  # the same event, another source
        _event("2018", "2018", "Elections were held in 2018", "b", 70),
    ]
    ordered = order_events(events, ["a", "b"])
    assert [(e.date, e.label, e.cite.source) for e in ordered] == [
        ("2018", "2018", "b"),
        ("2021", "2021", "a"),
        ("", "May", "a"),
        ("", "December", "b"),
    ]


def test_the_pipeline_dates_events_by_the_source_not_the_brief() -> None:
    spec = load_spec(Path(__file__).parents[3] / "seeds" / "cambodia")
    source, _sentences = load("cambodia")
    undated = analyze([source], spec).events
    assert {e.label for e in undated if e.date == ""} == {"February 5", "March 1", "December"}
    dated = analyze([replace(source, date="2025-03-10")], spec).events
    assert {e.date for e in dated if e.label in {"February 5", "March 1", "December"}} == {
        "2025-02-05",
        "2025-03-01",
        "2024-12",
    }
    assert [e.date for e in dated] == sorted(e.date for e in dated)


def test_dates_need_a_digit_or_a_month_name() -> None:
    assert list(find_dates("The ministers met again and agreed on nothing new.")) == []
    assert [h.label for h in find_dates("The talks resumed in December.")] == ["December"]
    assert [h.label for h in find_dates("The pact of 2019 still holds.")] == ["2019"]


def test_a_double_hyphen_ends_a_clause_like_a_dash(tmp_path: Path) -> None:
    source, sentences = from_text(
        tmp_path,
        "OMAHA, Neb.--(BUSINESS WIRE)--Oct. 24, 2024-- Union Pacific Corporation (NYSE: UNP) today reported "
        "2024 third quarter net income of $1.7 billion, or $2.75 per diluted share.\n"
    )
    texts = [e.text for e in _events(source, sentences, "2024-10-24")]
    assert "Union Pacific Corporation (NYSE: UNP) today reported 2024 third quarter net income of $1.7 billion" in texts


def test_a_heading_is_no_timeline_entry(tmp_path: Path) -> None:
    from briefgen.analyze.summarize.entries import readable_events

    source, sentences = from_text(
        tmp_path,
        "Statement by Secretary of Defense Lloyd J. Austin III on the Fiscal Year 2023 Budget\n"
        "In March 2022, the department sent its fiscal year 2023 budget request to Congress.\n",
    )
    events = readable_events(_events(source, sentences, "2022-03-28"), sentences)
    assert events and all(not e.text.startswith("Statement by") for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "We submit the fiscal year 2023 budget today.", "The FY 2024 request rose.", "In financial year 2022 it fell.",
        "Bills include the Balanced Trade Act of 2017 (H.R. 2766).", "She spoke to the Class of 2024.",
    ],
)
def test_a_year_naming_a_period_or_ending_a_name_dates_no_event(text: str) -> None:
    assert [hit.label for hit in find_dates(text)] == []


def test_a_year_after_a_lower_case_of_is_a_date() -> None:
    assert [hit.label for hit in find_dates("Prices rose at the end of 2017.")] == ["2017"]


def test_a_year_that_is_awaited_dates_no_event(tmp_path: Path) -> None:
    source, sentences = from_text(
        tmp_path,
        "The minister urged the government to reopen political space ahead of the 2023 elections.\n"
        "In the run-up to 2030, the plan will be reviewed every year.\n"
        "The modernisation programme will continue through 2027.\n"
        "The agenda covers the Sustainable Development Programme for 2030.\n",
    )
    assert _events(source, sentences, "2022-08-04") == []


def test_a_day_just_after_the_texts_date_is_the_coming_one(tmp_path: Path) -> None:
    source, sentences = from_text(
        tmp_path,
        "On 6 November, the ministers discuss regional affairs.\n"
        "The retirement takes effect on January 5th.\n"
        "On 20 November, the envoy met the minister.\n",
    )
    dates = sorted((e.cite.paragraph, e.date) for e in _events(source, sentences, "2015-11-05"))
    assert dates == [(0, "2015-11-06"), (1, "2015-01-05"), (2, "2014-11-20")]
    late = _events(*from_text(tmp_path, "The retirement takes effect on January 5th.\n"), "2022-12-28")
    assert [e.date for e in late] == ["2023-01-05"]


def test_the_baseline_of_a_comparison_does_not_date_the_event(tmp_path: Path) -> None:
    source, sentences = from_text(
        tmp_path,
        "Exports rose to $100 billion in 2011, up from $91 billion in 2010.\n"
        "Sales were up 2% over June 2023, the agency said in a report of 2024.\n"
        "From June 2018 to January 2019, criminals targeted 65 processors.\n",
    )
    dates = sorted((e.cite.paragraph, e.date) for e in _events(source, sentences, "2024-07-15"))
    assert dates == [(0, "2011"), (1, "2024"), (2, "2018-06")]
