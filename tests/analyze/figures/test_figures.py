"""The figure extractor: what it finds in the seed and the corpus, and what it must never report."""

from __future__ import annotations

from pathlib import Path

import pytest

from _figures import figures_of
from briefgen.analyze.figures.extract import extract_figures
from briefgen.model import Figure, Paragraph, Sentence, Source

CORPUS = Path(__file__).parents[3] / "tests" / "fixtures" / "corpus"
FACT_SHEET = "05_wh_us_asean_comprehensive_strategic_partnership_factsheet.txt"
ALL_TEXTS = sorted(p.name for p in CORPUS.glob("*.txt"))


def _source(text: str, date: str | None = None) -> tuple[Source, list[Sentence]]:
    """A source whose every non-empty line is one paragraph and one "sentence"."""
    paragraphs: list[Paragraph] = []
    sentences: list[Sentence] = []
    offset = 0
    for line in text.split("\n"):
        if line.strip():
            start = offset + len(line) - len(line.lstrip())
            end = offset + len(line.rstrip())
            index = len(paragraphs)
            paragraphs.append(Paragraph(index, start, end, text[start:end]))
            sentences.append(Sentence("src", index, start, end, text[start:end]))
        offset += len(line) + 1
    return Source("src", "test", "test.txt", "0" * 64, text, tuple(paragraphs), date=date), sentences


def _figures(text: str, date: str | None = None) -> list[Figure]:
    source, sentences = _source(text, date)
    return extract_figures(source, sentences)


def _file_figures(name: str, date: str | None = None) -> list[Figure]:
    return _figures((CORPUS / name).read_text(encoding="utf-8"), date)


def _one(figures: list[Figure], text: str) -> Figure:
    found = [f for f in figures if f.text == text]
    assert len(found) == 1, f"{text!r} found {len(found)} times in {[f.text for f in figures]}"
    return found[0]


@pytest.fixture(scope="module")
def seed() -> list[Figure]:
    return _file_figures("cambodia.txt")


@pytest.fixture(scope="module")
def fact_sheet() -> list[Figure]:
    return _file_figures(FACT_SHEET)


# --- every cite is exact, on every text ---------------------------------------------------------


@pytest.mark.parametrize("name", ALL_TEXTS)
def test_every_cite_is_the_exact_surface_in_source_order(name: str) -> None:
    source, sentences = _source((CORPUS / name).read_text(encoding="utf-8"))
    figures = extract_figures(source, sentences)
    assert figures
    previous_end = 0
    for figure in figures:
        assert source.text[figure.cite.start : figure.cite.end] == figure.text
        assert figure.text == figure.text.strip()
        assert figure.cite.source == "src"
        paragraph = source.paragraphs[figure.cite.paragraph]
        assert paragraph.start <= figure.cite.start < figure.cite.end <= paragraph.end
        assert figure.cite.start >= previous_end
        previous_end = figure.cite.end
        assert figure.theme is None and figure.sidebar is False
        assert figure.display


# --- the seed -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("$588 million", 588_000_000.0, None),
        ("over $100 million", 100_000_000.0, "over"),
        ("$17.7 billion", 17_700_000_000.0, None),
    ],
)
def test_seed_money(seed: list[Figure], text: str, value: float, qualifier: str | None) -> None:
    figure = _one(seed, text)
    assert (figure.kind, figure.value, figure.unit, figure.qualifier) == ("money", value, "USD", qualifier)


def test_seed_money_is_all_the_money(seed: list[Figure]) -> None:
    assert [f.text for f in seed if f.kind == "money"] == ["$588 million", "over $100 million", "$17.7 billion"]


@pytest.mark.parametrize(
    ("text", "value"),
    [("approximately 65 percent", 65.0), ("60 percent", 60.0), ("75 percent", 75.0), ("68 percent", 68.0)],
)
def test_seed_percentages(seed: list[Figure], text: str, value: float) -> None:
    figure = _one(seed, text)
    assert (figure.kind, figure.value, figure.unit) == ("percent", value, "%")


def test_seed_partners_count(seed: list[Figure]) -> None:
    figure = _one(seed, "53 partners")
    assert (figure.kind, figure.value, figure.unit) == ("count", 53.0, "partners")


@pytest.mark.parametrize("year", ["1996", "2010", "2013", "2018", "2021", "2022", "2024", "2007"])
def test_seed_years(seed: list[Figure], year: str) -> None:
    figure = _one(seed, year)
    assert (figure.kind, figure.value, figure.unit, figure.iso) == ("year", float(year), "year", year)


def test_seed_year_range(seed: list[Figure]) -> None:
    figure = _one(seed, "Between 2018 and 2021")
    assert (figure.kind, figure.low, figure.high, figure.unit) == ("range", 2018.0, 2021.0, "year")


def test_seed_ordinal_is_not_a_count(seed: list[Figure]) -> None:
    figure = _one(seed, "13th")
    assert (figure.kind, figure.value, figure.unit) == ("ordinal", 13.0, "")
    assert not [f for f in seed if f.kind == "count" and "13" in f.text]


def test_seed_duration(seed: list[Figure]) -> None:
    figure = _one(seed, "nearly three decades")
    assert (figure.kind, figure.value, figure.unit, figure.qualifier) == ("duration", 30.0, "years", "nearly")


@pytest.mark.parametrize("text", ["March 1", "February 5"])
def test_seed_dates_without_a_year(seed: list[Figure], text: str) -> None:
    figure = _one(seed, text)
    assert figure.kind == "date"
    assert figure.iso is None


def test_seed_dates_take_the_year_from_the_publication_date() -> None:
    figures = _file_figures("cambodia.txt", date="2025-03-10")
    assert _one(figures, "March 1").iso == "2025-03-01"
    assert _one(figures, "February 5").iso == "2025-02-05"
    december = _one(figures, "December")
    assert (december.iso, december.value) == ("2024-12", 2024.0)


def test_seed_never_reports_nonsense(seed: list[Figure]) -> None:
    texts = [f.text for f in seed]
    assert not any(t.lower().startswith(("one", "first")) for t in texts)  # "one of the first ASEAN nations"
    assert "2007" in texts and not [f for f in seed if f.kind == "count" and "2007" in f.text]


def test_seed_display_forms(seed: list[Figure]) -> None:
    displays = {f.text: f.display for f in seed}
    assert displays["$588 million"] == "$588M"
    assert displays["$17.7 billion"] == "$17.7B"
    assert displays["approximately 65 percent"] == "65%"
    assert displays["53 partners"] == "53"
    assert displays["2021"] == "2021"
    assert displays["Between 2018 and 2021"] == "2018–2021"


def test_seed_labels_come_from_the_sentence(seed: list[Figure]) -> None:
    labels = {f.text: f.label for f in seed}
    assert labels["approximately 65 percent"] == "share of global GDP"
    assert labels["$17.7 billion"] == "Chinese aid received by Cambodia, by 2024"
    # a part introduced by "including" belongs to the whole: whom it went to is the whole's
    assert labels["over $100 million"] == "military assistance to Cambodia, 2018–2021"
    assert labels["$588 million"] == "aid pledged to Cambodia by Beijing, 2018–2021"
    assert labels["53 partners"] == "ASEM partners from Asia and Europe"  # "ASEM has become …, comprising 53 …"
    assert labels["13th"] == "ASEM Summit"
    assert labels["2007"] == "Preah Vihear border conflict"
    for figure in seed:
        assert len(figure.label.split(", ")[0].split()) <= 12


def test_seed_salience_ranks_money_over_counts_over_years(seed: list[Figure]) -> None:
    best = {kind: max(f.salience for f in seed if f.kind == kind) for kind in ("money", "percent", "count", "year")}
    assert best["money"] > best["percent"] > best["count"] > best["year"]
    assert _one(seed, "13th").salience < _one(seed, "53 partners").salience


# --- the fact sheet ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("over $860 million", 860_000_000.0, "over"),
        ("approximately $10 million", 10_000_000.0, "approximately"),
        ("$57 million", 57_000_000.0, None),
        ("$75 million", 75_000_000.0, None),
        ("$215 million", 215_000_000.0, None),
        ("$13 million", 13_000_000.0, None),
        ("over $7 billion", 7_000_000_000.0, "over"),
    ],
)
def test_fact_sheet_money(fact_sheet: list[Figure], text: str, value: float, qualifier: str | None) -> None:
    figure = _one(fact_sheet, text)
    assert (figure.kind, figure.value, figure.unit, figure.qualifier) == ("money", value, "USD", qualifier)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("109,000 Cambodian students", 109_000.0, "Cambodian students"),
        ("five new high-level dialogue processes", 5.0, "new high-level dialogue processes"),
        ("four pillars", 4.0, "pillars"),
        ("four languages", 4.0, "languages"),
    ],
)
def test_fact_sheet_counts(fact_sheet: list[Figure], text: str, value: float, unit: str) -> None:
    figure = _one(fact_sheet, text)
    assert (figure.kind, figure.value, figure.unit) == ("count", value, unit)


def test_fact_sheet_other_kinds(fact_sheet: list[Figure]) -> None:
    assert [f.text for f in fact_sheet if f.text == "two sides"] == ["two sides", "two sides"]
    assert _one(fact_sheet, "10th").kind == "ordinal"
    assert _one(fact_sheet, "second").kind == "ordinal"
    assert _one(fact_sheet, "five years").kind == "duration"
    april = _one(fact_sheet, "April 2022")
    assert (april.kind, april.iso, april.value) == ("date", "2022-04", 2022.0)
    assert {f.text for f in fact_sheet if f.kind == "year"} == {"2021", "2022", "2023", "2025"}


def test_fact_sheet_labels(fact_sheet: list[Figure]) -> None:
    labels = {f.text: f.label for f in fact_sheet}
    assert labels["$215 million"] == "loans to Southeast Asian financial institutions"
    assert labels["$57 million"] == "new programs across Southeast Asia"
    assert labels["approximately $10 million"] == "Emerging Defense Leaders Program per year"  # the paragraph's lead-in
    assert labels["10th"] == "annual U.S.-ASEAN Summit"


def test_fact_sheet_skips_names_and_versions(fact_sheet: list[Figure]) -> None:
    texts = " | ".join(f.text for f in fact_sheet)
    assert "19" not in texts  # COVID-19
    assert "2.0" not in texts  # ASEAN SME Academy 2.0


# --- small texts: what each kind looks like ----------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "surface", "kind", "value", "unit"),
    [
        ("Workers earn a $230-a-month wage.", "$230-a-month", "money", 230.0, "USD"),
        ("It raised US$1.5bn last year.", "US$1.5bn", "money", 1.5e9, "USD"),
        ("The fund holds €3.4bn.", "€3.4bn", "money", 3.4e9, "EUR"),
        ("It paid £200m.", "£200m", "money", 2e8, "GBP"),
        ("Tokyo lent ¥50 billion.", "¥50 billion", "money", 5e10, "JPY"),
        ("The canal costs 4 billion yuan.", "4 billion yuan", "money", 4e9, "CNY"),
        ("A ticket is 40,000 riel.", "40,000 riel", "money", 40_000.0, "KHR"),
        ("They gave five million dollars.", "five million dollars", "money", 5e6, "USD"),
        ("The EU invested 7.6 billion USD in ASEAN.", "7.6 billion USD", "money", 7.6e9, "USD"),
        ("A slowdown would cut growth by half a percent.", "half a percent", "percent", 0.5, "%"),
        ("Growth slowed by half a percentage point.", "half a percentage point", "percent", 0.5, "percentage points"),
        ("The programme is worth 800 million EUR.", "800 million EUR", "money", 8e8, "EUR"),
        ("The winner takes 100,000 € in prize money.", "100,000 €", "money", 100_000.0, "EUR"),
        ("Prices fell 5.5 per cent.", "5.5 per cent", "percent", 5.5, "%"),
        ("Turnout rose 2 percentage points.", "2 percentage points", "percent", 2.0, "percentage points"),
        ("About two-fifths of the debt is Chinese.", "About two-fifths", "percent", 40.0, "%"),
        ("A third of loans are overdue.", "A third", "percent", 100 / 3, "%"),
        ("One in five voters stayed home.", "One in five", "percent", 20.0, "%"),
        (
            "Some 1.2 million Chinese citizens visited.",
            "Some 1.2 million Chinese citizens",
            "count",
            1.2e6,
            "Chinese citizens",
        ),
        ("The population is about 16.7 million.", "about 16.7 million", "count", 16.7e6, ""),
        ("The pipeline is 230 km long.", "230 km", "count", 230.0, "km"),
        ("The 10-member bloc met.", "10-member", "count", 10.0, "member"),
        ("A dozen delegates attended.", "A dozen delegates", "count", 12.0, "delegates"),
        ("It signed a 99-year lease.", "99-year", "duration", 99.0, "years"),
        ("Talks lasted two weeks.", "two weeks", "duration", 14.0, "days"),
        ("It grew in the 1990s.", "1990s", "year", 1990.0, "year"),
        ("It began in mid-2023.", "mid-2023", "year", 2023.0, "year"),
        ("It is the 21st summit.", "21st", "ordinal", 21.0, ""),
        ("It was the first-ever visit.", "first-ever", "ordinal", 1.0, ""),
        ("It was the twenty-second round.", "twenty-second", "ordinal", 22.0, ""),
    ],
)
def test_kinds(sentence: str, surface: str, kind: str, value: float, unit: str) -> None:
    figure = _one(_figures(sentence), surface)
    assert (figure.kind, figure.unit) == (kind, unit)
    assert figure.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("sentence", "surface", "low", "high", "unit"),
    [
        ("Prices ranged from $70 to $80.", "$70 to $80", 70.0, 80.0, "USD"),
        ("Meals cost $4-10.", "$4-10", 4.0, 10.0, "USD"),
        ("Aid was $5-10 million.", "$5-10 million", 5e6, 10e6, "USD"),
        ("Between 5 and 10 percent of voters left.", "Between 5 and 10 percent", 5.0, 10.0, "%"),
        ("The 2018–2021 period was calm.", "2018–2021", 2018.0, 2021.0, "year"),
        ("The 2019-20 budget passed.", "2019-20", 2019.0, 2020.0, "year"),
        ("From 2018 to 2021 the economy grew.", "From 2018 to 2021", 2018.0, 2021.0, "year"),
        ("It takes three to five days.", "three to five days", 3.0, 5.0, "days"),
        ("Some 20 to 30 people came.", "Some 20 to 30 people", 20.0, 30.0, "people"),
    ],
)
def test_ranges(sentence: str, surface: str, low: float, high: float, unit: str) -> None:
    figure = _one(_figures(sentence), surface)
    assert (figure.kind, figure.low, figure.high, figure.unit) == ("range", low, high, unit)


def test_a_change_is_two_figures_not_a_range() -> None:
    figures = _figures("Prices rose from 5% to 7% this year.")
    assert [(f.text, f.kind) for f in figures] == [("5%", "percent"), ("7%", "percent")]


@pytest.mark.parametrize(
    ("sentence", "surface", "iso"),
    [
        ("It was renewed on 12 November 2022.", "12 November 2022", "2022-11-12"),
        ("It was signed on Monday, March 3, 2025.", "Monday, March 3, 2025", "2025-03-03"),
        ("It opened in November 2022.", "November 2022", "2022-11"),
        ("On Jan. 6, 2021, crowds gathered.", "Jan. 6, 2021", "2021-01-06"),
        ("The report is dated 2023-10-05.", "2023-10-05", "2023-10-05"),
    ],
)
def test_dates(sentence: str, surface: str, iso: str) -> None:
    figure = _one(_figures(sentence), surface)
    assert (figure.kind, figure.iso) == ("date", iso)


def test_qualifiers_stay_inside_the_surface() -> None:
    figures = _figures("More than 300 police and at least 12 people came, with up to $5 million.")
    assert [(f.text, f.qualifier) for f in figures] == [
        ("More than 300 police", "more than"),
        ("at least 12 people", "at least"),
        ("up to $5 million", "up to"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The G20 met during the COVID-19 pandemic in the Indo-Pacific.",
        "Call +855 23 216 436 or 202-456-1111 for details.",
        "See Section 301 and Article 5 of the treaty.",
        "Boeing 737 jets and F-16 fighters were grounded.",
        "It was one of the first nations to back the one China policy.",
        "They support the Five Point Consensus.",
        "Version 2.0 shipped after the 9/11 anniversary at 10:30.",
        "Read https://example.com/2022/11/12/report-5-million or mail info2022@example.org.",
        "Hundreds of people and thousands of troops gathered.",
    ],
)
def test_never_a_figure(sentence: str) -> None:
    assert _figures(sentence) == []


def test_odd_text_does_not_break_anything() -> None:
    text = (
        "“Q&A” sessions on ព្រះរាជាណាចក្រកម្ពុជា and 中国 ran 45 minutes; ๑๒๓ Thai digits cost ¥2,000.\n"
        "\n\t  \n"
        "Ça coûte €5 — “about 60 percent” of ‘two sides’ said so.\r\n"
    )
    figures = _figures(text)
    assert [f.text for f in figures] == ["45 minutes", "¥2,000", "€5", "about 60 percent", "two sides"]
    quoted = _one(figures, "about 60 percent")
    plain = _one(_figures("Ça coûte €5 — about 60 percent of two sides said so."), "about 60 percent")
    assert quoted.salience < plain.salience


def test_empty_input() -> None:
    assert _figures("") == []
    assert _figures("No numbers at all here.") == []


# --- numbers with no unit, "half of", "-strong" -------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "surface", "kind", "value", "unit"),
    [
        ("Arrivals reached 1.2 million, up from 900,000 in 2018.", "900,000", "count", 9e5, ""),
        ("The population shrinks by about 800,000 a year.", "about 800,000", "count", 8e5, ""),
        ("The ruling party won 120 of 125 seats.", "120", "count", 120.0, ""),
        ("A magnitude 7.8 earthquake struck.", "7.8", "count", 7.8, ""),
        ("Nearly half of the 25 member states agreed.", "Nearly half", "percent", 50.0, "%"),
        ("More than half of them left.", "More than half", "percent", 50.0, "%"),
        ("A 1,000-strong force crossed the river.", "1,000-strong", "count", 1000.0, "force"),
        ("His rating dropped 5 points.", "5 points", "count", 5.0, "points"),
        ("Twenty-five thousand people marched.", "Twenty-five thousand people", "count", 25e3, "people"),
        ("A stake of 50pc was sold.", "50pc", "percent", 50.0, "%"),
        ("Growth was −0.5% in 2020.", "−0.5%", "percent", -0.5, "%"),
        ("GDP growth (%) | 7.1 | -3.1", "-3.1", "count", -3.1, ""),
    ],
)
def test_numbers_without_a_unit_word(sentence: str, surface: str, kind: str, value: float, unit: str) -> None:
    figure = _one(_figures(sentence), surface)
    assert (figure.kind, figure.unit) == (kind, unit)
    assert figure.value == pytest.approx(value)


@pytest.mark.parametrize(
    "sentence",
    [
        "Police came to 23 Monivong Blvd and 7 Eleven.",
        "The bill passed 52-48 and the match ended 3-1.",
        "The Group of 77 met on the 2+2 dialogue.",
        "Warming must stay below 1.5C, the report (1) said [2].",
        "Exports grew in the first half of the year and the latter half of 2023.",
        "The 1.2-million-strong army paraded.",
    ],
)
def test_bare_numbers_that_are_not_figures(sentence: str) -> None:
    assert [f.text for f in _figures(sentence) if f.kind == "count" or f.text.endswith("half")] == []


@pytest.mark.parametrize(
    ("text", "surface", "kind", "unit"),
    [
        ("They stayed 5 yearſ there.", "5 yearſ", "duration", "years"),
        ("From 3 to 4 yearſ ago.", "3 to 4 yearſ", "range", "years"),
        ("It took three weekſ.", "three weekſ", "duration", "days"),
        ("About two-thirdſ of it.", "About two-thirdſ", "percent", "%"),
    ],
)
def test_letters_that_only_case_fold_to_a_unit_are_read_as_that_unit(
    text: str, surface: str, kind: str, unit: str
) -> None:
    # Case-blind patterns match the long s "ſ" as "s"; the unit tables are looked up case-folded.
    figure = _one(_figures(text), surface)
    assert (figure.kind, figure.unit) == (kind, unit)


def test_a_currency_word_that_begins_a_compound_name_is_not_money() -> None:
    money = [f.text for f in _figures("Players will show their best at the 2015 Euro-Asia All Stars Challenge.")]
    assert not any(f.endswith("Euro") for f in money)


def test_a_small_count_that_points_back_at_named_things_is_no_key_figure() -> None:
    from briefgen.compose import MIN_BOX_SALIENCE

    text = "Hayashi met Le Drian in Paris. The two foreign ministers confirmed that 2,400 troops would deploy."
    figures = {f.text: f for f in _figures(text)}
    assert figures["two foreign ministers"].salience < MIN_BOX_SALIENCE
    assert figures["2,400 troops"].salience >= MIN_BOX_SALIENCE


def test_a_share_after_a_run_in_colon_a_change_then_a_level_and_an_estimate() -> None:
    ratio = _figures("By the numbers: Two in five surveyed say rising costs are hindering growth.")
    assert [(f.text, f.value) for f in ratio] == [("Two in five", 40.0)]
    change = _figures("Quarterly freight car velocity improved 5% to 210 daily miles per car.")
    assert [f.kind for f in change] == ["percent", "count"]
    estimate = _figures("The tax gap is estimated to be $600 billion annually.")
    assert estimate[0].qualifier == "estimated to be" and estimate[0].value == 6e11


def test_an_amount_weighed_after_its_change_word_is_no_range() -> None:
    found = [(f.text, f.kind) for f in figures_of("Sales fell a full $3 million to $41 million.")]
    assert ("$3 million", "money") in found and ("$41 million", "money") in found
    spans = [(f.text, f.kind) for f in figures_of("The plan would cost a total of $2 billion to $3 billion.")]
    assert any(kind == "range" for _, kind in spans)


def test_a_percent_then_an_amount_in_a_currency_word_is_a_change_then_its_level_not_a_range() -> None:
    found = {f.text: f for f in figures_of("Defence spending will rise 6.1% to 42.5 billion pesos next year.")}
    assert set(found) == {"6.1%", "42.5 billion pesos"}, list(found)
    assert found["6.1%"].kind == "percent" and found["42.5 billion pesos"].value == 42.5e9
