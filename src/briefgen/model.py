"""The content model: frozen dataclasses that flow from ingest through analysis to the brief."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from ._speed import dataclass_code  # noqa: F401  (imported first: methods of the dataclasses below from disk)
from ._speed.quick_init import quick_init

FigureKind = Literal["money", "percent", "count", "year", "date", "duration", "ordinal", "range"]
FIGURE_KINDS: tuple[FigureKind, ...] = (
    "money",
    "percent",
    "count",
    "year",
    "date",
    "duration",
    "ordinal",
    "range",
)


@quick_init
@dataclass(frozen=True, slots=True)
class Cite:
    """Where a piece of a brief comes from: ``source.text[start:end]`` is the cited text."""

    source: str
    """Id of the source document."""
    paragraph: int
    """0-based index among the source's non-empty paragraphs (headings count)."""
    start: int
    """Character offset of the first cited character in the decoded source text."""
    end: int
    """Character offset one past the last cited character."""


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One non-empty paragraph (or section heading) of a source, with its span."""

    index: int
    """0-based position among the source's non-empty paragraphs."""
    start: int
    """Offset of the paragraph's first non-blank character in the source text."""
    end: int
    """Offset one past its last non-blank character."""
    text: str
    """The paragraph's text, equal to ``source.text[start:end]``."""
    heading: bool = False
    """True when the paragraph is a section heading."""
    section: int | None = None
    """Index of the heading paragraph this paragraph falls under, if any."""


@dataclass(frozen=True, slots=True)
class Source:
    """A decoded source document split into paragraphs."""

    id: str
    """Short stable id, unique within a brief (derived from the file name)."""
    title: str
    """Human title: from metadata, the first heading or the file name."""
    path: str
    """Path of the original file as given in the brief's folder."""
    sha256: str
    """SHA-256 of the original file's bytes."""
    text: str
    """The decoded text every citation offset points into."""
    paragraphs: tuple[Paragraph, ...]
    """The non-empty paragraphs, in order."""
    reader: str = "text"
    """Name of the reader that decoded the file."""
    encoding: str = "utf-8"
    """Encoding the bytes were decoded with."""
    url: str | None = None
    """Original address, when the source names one."""
    outlet: str | None = None
    """Publisher or outlet, when known."""
    date: str | None = None
    """Publication date (ISO 8601), when known."""
    author: str | None = None
    """Author, when known."""


@quick_init
@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of a source paragraph."""

    source: str
    """Id of the source."""
    paragraph: int
    """Index of the paragraph it belongs to."""
    start: int
    """Offset of its first character in the source text."""
    end: int
    """Offset one past its last character."""
    text: str
    """Its verbatim text."""
    heading: bool = False
    """True when the sentence is a section heading."""

    @property
    def cite(self) -> Cite:
        """The citation of the whole sentence."""
        return Cite(self.source, self.paragraph, self.start, self.end)


@quick_init
@dataclass(frozen=True, slots=True)
class Figure:
    """A number found in a source: money, percentage, count, date and the like."""

    text: str
    """Surface form exactly as in the source (``"$588 million"``)."""
    value: float
    """Numeric value in base units (588000000.0); for dates and years, the year."""
    unit: str
    """Unit: a currency code, ``"%"``, the counted noun, ``"year"``, ``"date"``…"""
    kind: FigureKind
    """One of ``FIGURE_KINDS``."""
    label: str
    """Short phrase from the sentence saying what the number measures."""
    cite: Cite
    """Where the surface form stands in the source."""
    low: float | None = None
    """Lower bound, for ranges."""
    high: float | None = None
    """Upper bound, for ranges."""
    qualifier: str | None = None
    """Approximation or bound word kept with the figure (about, over, nearly…)."""
    iso: str | None = None
    """ISO 8601 form for dates (``"2024-03-01"``, ``"2024-03"``)."""
    salience: float = 0.0
    """How informative the figure is for a sidebar; higher is better."""
    theme: str | None = None
    """Id of the theme the figure's sentence belongs to, if any."""
    sidebar: bool = False
    """True when the brief shows the figure in a key-figure box."""
    display: str = ""
    """Short display form for sidebars (``"$588M"``, ``"65%"``)."""
    also: tuple[Cite, ...] = ()
    """Where other sources report the same figure (the brief lists it once, with every citation)."""
    label_complete: bool = True
    """False when the label could not be built from the sentence's grammar (no measure named, or the period its
    clause states left out): the figure stays in the JSON but no sidebar, callout, strip or chart shows it."""


@dataclass(frozen=True, slots=True)
class Discrepancy:
    """One quantity that different sources give with different values; every value is kept."""

    label: str
    """What the quantity measures (the first figure's label)."""
    kind: FigureKind
    """Kind of the figures."""
    unit: str
    """Their common unit."""
    figures: tuple[Figure, ...]
    """The differing figures, each with its own citation(s), in source order."""


@quick_init
@dataclass(frozen=True, slots=True)
class Actor:
    """A person, organisation or country that the sources mention."""

    name: str
    """Canonical name (the longest full mention)."""
    role: str
    """Title or role as the source gives it; empty when none is given."""
    kind: Literal["person", "organization", "country"]
    """What sort of actor it is."""
    mentions: int = 1
    """How often it is mentioned, later mentions and aliases included."""
    aliases: tuple[str, ...] = ()
    """Other names it goes by in the sources (surname, acronym…)."""
    cite: Cite | None = None
    """Its first mention."""
    themes: tuple[str, ...] = ()
    """Ids of the themes whose sentences mention it."""


@quick_init
@dataclass(frozen=True, slots=True)
class Quote:
    """Quoted speech and who said it."""

    speaker: str
    """Name of the speaker; empty when the source does not say."""
    text: str
    """The quoted words, verbatim, without the quotation marks."""
    cite: Cite
    """Span of the quoted words."""
    theme: str | None = None
    """Id of the theme the quote's sentence belongs to, if any."""


@quick_init
@dataclass(frozen=True, slots=True)
class Event:
    """A dated event for the timeline."""

    date: str
    """Date as ISO 8601 (``"2021"``, ``"2024-03"``, ``"2025-02-05"``)."""
    label: str
    """The date as the source wrote it (``"February 5"``)."""
    text: str
    """Short clause saying what happened, verbatim from the source."""
    cite: Cite
    """Span of that clause."""
    theme: str | None = None
    """Id of the theme the event's sentence belongs to, if any."""


@quick_init
@dataclass(frozen=True, slots=True)
class ThemeMatch:
    """Why a sentence was assigned to a theme."""

    theme: str | None
    """Id of the theme, or None for no theme."""
    score: float
    """Relevance score of the winning theme."""
    terms: tuple[str, ...] = ()
    """Keywords that matched."""
    basis: str = ""
    """For paragraphs, what decided: ``keywords`` (its own), ``context`` (a near tie settled by its
    neighbours and heading), ``section`` (its section's paragraphs mostly agree), or ``""`` (none)."""


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything the analysis stage found in a brief's sources."""

    sources: tuple[Source, ...]
    """The sources, in order."""
    sentences: tuple[Sentence, ...]
    """Every sentence of every source, in order."""
    matches: tuple[ThemeMatch, ...]
    """Theme assignment of each sentence, parallel to ``sentences``."""
    paragraph_themes: dict[tuple[str, int], ThemeMatch] = field(default_factory=dict)
    """Theme assignment of each paragraph, keyed by (source id, paragraph index)."""
    figures: tuple[Figure, ...] = ()
    """Every figure found, in source order."""
    actors: tuple[Actor, ...] = ()
    """Actors, most mentioned first."""
    quotes: tuple[Quote, ...] = ()
    """Quotes, in source order."""
    events: tuple[Event, ...] = ()
    """Dated events, in date order."""
    passing: dict[str, tuple[Cite, ...]] = field(default_factory=dict)
    """Themes the sources do not cover but mention in passing: one cited sentence per paragraph."""


@dataclass(frozen=True, slots=True)
class SummaryItem:
    """One verbatim source sentence chosen for a summary."""

    text: str
    """The sentence, verbatim."""
    cite: Cite
    """Where it stands."""
    score: float = 0.0
    """Why it was chosen: its selection score."""
    also: tuple[Cite, ...] = ()
    """Cites of the near-same sentence in other sources (merged into this item)."""
    date: str | None = None
    """Its source's date (ISO) when that lies more than a month before the brief's, else None."""
    stale: bool = False
    """Future tense from such an old source ("President Biden will …"): the future may have passed."""
    speaker: str = ""
    """Whose words it is, when it stands in a speaker's turn of a transcript or record of remarks (speech without
    quotation marks, "we", "I", "our" with no one named); empty for narration and reported speech."""


@dataclass(frozen=True, slots=True)
class ThemeDigest:
    """What the brief says about one theme."""

    id: str
    """Theme id from brief.toml."""
    title: str
    """Theme title."""
    description: str
    """One-line description from brief.toml."""
    summary: tuple[SummaryItem, ...]
    """3–6 verbatim, cited sentences in source order; empty when the sources are silent."""
    figures: tuple[Figure, ...]
    """Sidebar figures of the theme, most salient first."""
    actors: tuple[Actor, ...] = ()
    """Actors mentioned in the theme's sentences."""
    quotes: tuple[Quote, ...] = ()
    """Quotes from the theme's sentences."""
    events: tuple[Event, ...] = ()
    """Dated events of the theme."""
    covered: bool = True
    """False when the sources do not report on the theme."""
    passing: tuple[Cite, ...] = ()
    """For a theme not covered: a cited sentence from each paragraph that mentions it in passing."""
    reported: bool = False
    """True when the analysis finds that the sources report on the theme; ``covered`` but for a theme none of whose
    sentences reads alone out of its context (answers in a transcript: "They will also talk about …"): such a
    theme has no summary, and ``passing`` holds the paragraphs on it."""


@dataclass(frozen=True, slots=True)
class SourceRef:
    """A source as the brief lists it, with its citation number."""

    number: int
    """1-based citation number used in the brief."""
    id: str
    """Source id."""
    title: str
    """Source title."""
    path: str
    """Path of the original file."""
    sha256: str
    """SHA-256 of the original file."""
    reader: str
    """Reader that decoded it."""
    url: str | None = None
    """Original address, when known."""
    outlet: str | None = None
    """Outlet, when known."""
    date: str | None = None
    """Publication date, when known."""


@quick_init
@dataclass(frozen=True, slots=True)
class Passage:
    """A cited paragraph, so a reader of the brief can see a citation in its context."""

    source: str
    """Source id."""
    paragraph: int
    """Paragraph index."""
    start: int
    """Offset of the paragraph in the source text."""
    end: int
    """Offset one past its end."""
    text: str
    """The paragraph's text; a cite's span lies inside it."""


@quick_init
@dataclass(frozen=True, slots=True)
class ParagraphTheme:
    """Why a paragraph was given its theme (or none): the JSON's ``assignments``."""

    source: str
    """Source id."""
    paragraph: int
    """Paragraph index."""
    theme: str | None
    """Id of the theme, or None."""
    score: float
    """Keyword evidence for that theme in the paragraph, in normalised units."""
    terms: tuple[str, ...] = ()
    """The theme's keywords found in the paragraph, as written in brief.toml."""
    basis: str = ""
    """What decided: ``keywords``, ``context``, ``section`` or ``""`` (see ``ThemeMatch.basis``)."""


@dataclass(frozen=True, slots=True)
class JudgementRun:
    """A stretch of the analyst's text in one style; a checked claim ending here carries its cites."""

    text: str
    """The text, Markdown markup removed (line breaks as ``\\n``)."""
    strong: bool = False
    """Bold in ``analysis.md``."""
    em: bool = False
    """Italic in ``analysis.md``."""
    cites: tuple[Cite, ...] = ()
    """Citations shown after this run: the sources supporting the claim it ends."""


@dataclass(frozen=True, slots=True)
class JudgementBlock:
    """A paragraph or list item of an analyst section."""

    runs: tuple[JudgementRun, ...]
    """Its text as styled runs."""
    line: int
    """1-based line of ``analysis.md`` where it starts."""
    item: bool = False
    """True for a list item."""

    @property
    def text(self) -> str:
        """The block's plain text."""
        return "".join(r.text for r in self.runs)


@dataclass(frozen=True, slots=True)
class AnalystSection:
    """A ``##`` section of ``analysis.md``: the desk's judgement, not source text."""

    id: str
    """Lower-case slug of the title (``assessment``, ``talking-points``)."""
    title: str
    """Heading as written."""
    line: int
    """1-based line of its heading."""
    blocks: tuple[JudgementBlock, ...]
    """Its paragraphs and list items."""


@dataclass(frozen=True, slots=True)
class Claim:
    """A number or quotation of the analyst's text, checked against the sources."""

    text: str
    """The claim as written (``"$600 million"``, a quoted sentence)."""
    line: int
    """1-based line of ``analysis.md``."""
    kind: Literal["number", "quote"]
    """A figure or a quotation."""
    status: Literal["supported", "differs", "unsupported"]
    """Whether a source gives it, gives it differently, or nothing in the sources supports it."""
    section: str
    """Id of the analyst section it is in."""
    cites: tuple[Cite, ...] = ()
    """Where the sources give it (supported) or the differing value (differs)."""
    source_value: str = ""
    """For ``differs``: the value as the source writes it."""
    forward: bool = False
    """In a forward-looking or prescriptive section (Outlook, Recommendations): unsupported is no fault."""


@dataclass(frozen=True, slots=True)
class LanguageFinding:
    """An estimative-language rule (``data/analyst/estimative.toml``) that fired on the analyst's text."""

    rule: str
    """The rule: ``vague-hedge``, ``mixed-likelihood``, ``confidence-and-likelihood``, ``confidence-level``."""
    line: int
    """1-based line of ``analysis.md``."""
    section: str
    """Id of the analyst section."""
    text: str
    """The words that fired it."""
    message: str
    """What the rule asks for."""


@dataclass(frozen=True, slots=True)
class FigureChange:
    """A figure new, gone or changed in value since a previous brief."""

    status: Literal["new", "gone", "changed"]
    """What happened to it."""
    label: str
    """What it measures (the newer label when both exist)."""
    new: Figure | None = None
    """The figure now (None when gone)."""
    old: Figure | None = None
    """The figure in the previous brief (None when new); its cite points into that brief's sources."""
    new_where: str = ""
    """Where the brief's sources give it now: ``cambodia.txt ¶24``."""
    old_where: str = ""
    """Where the previous brief's sources gave it."""


@dataclass(frozen=True, slots=True)
class BriefChanges:
    """What changed since a previous brief (``compare_with`` in brief.toml, or ``briefgen diff``)."""

    previous: str
    """The previous brief's title."""
    previous_date: str
    """Its date (ISO 8601)."""
    figures: tuple[FigureChange, ...] = ()
    """Figures new, gone or changed in value."""
    themes_covered: tuple[str, ...] = ()
    """Titles of themes the sources now report on and did not before."""
    themes_dropped: tuple[str, ...] = ()
    """Titles of themes the sources reported on before and no longer do."""
    actors: tuple[str, ...] = ()
    """Names of actors the previous brief did not have."""
    quotes: tuple[Quote, ...] = ()
    """Quotes the previous brief did not have."""

    @property
    def empty(self) -> bool:
        """True when nothing changed."""
        return not (self.figures or self.themes_covered or self.themes_dropped or self.actors or self.quotes)


@dataclass(frozen=True, slots=True)
class Brief:
    """The brief's content model: what it says, every item cited."""

    name: str
    """Brief name (the seed folder's name)."""
    title: str
    """Title."""
    subtitle: str
    """Subtitle; may be empty."""
    date: str
    """Date of the brief, ISO 8601."""
    classification: str
    """Classification banner text (e.g. UNCLASSIFIED)."""
    author: str
    """Issuing office or author."""
    portion_marks: bool
    """True when titles, bullets and figures carry a portion mark such as "(U)"."""
    portion_mark: str
    """The portion mark, e.g. "(U)"."""
    sources: tuple[SourceRef, ...]
    """Sources, numbered for citation."""
    bluf: tuple[SummaryItem, ...]
    """Bottom line up front: at most four sentences across the themes."""
    themes: tuple[ThemeDigest, ...]
    """One digest per configured theme, in configured order."""
    sidebar: tuple[Figure, ...]
    """Key figures for the page-1 sidebar, most salient first."""
    figures: tuple[Figure, ...]
    """Every figure found in the sources, in source order."""
    actors: tuple[Actor, ...]
    """Actors across the sources."""
    quotes: tuple[Quote, ...]
    """Quotes across the sources."""
    timeline: tuple[Event, ...]
    """Dated events, in date order."""
    passages: tuple[Passage, ...] = ()
    """Every paragraph the brief cites, in source order."""
    assignments: tuple[ParagraphTheme, ...] = ()
    """The theme of every paragraph with its score and matched keywords, in source order."""
    discrepancies: tuple[Discrepancy, ...] = ()
    """Quantities the sources give with different values, each value shown with its sources."""
    memo: dict[str, str] = field(default_factory=dict)
    """Free fields from brief.toml's [memo] table (to, from…), for memo formats."""
    analyst: tuple[AnalystSection, ...] = ()
    """The desk's own sections from ``analysis.md`` (empty without one), in file order."""
    claims: tuple[Claim, ...] = ()
    """Every number and quotation of ``analysis.md``, checked against the sources."""
    language: tuple[LanguageFinding, ...] = ()
    """Estimative-language findings on ``analysis.md`` (vague hedges, mixed likelihoods …)."""
    changes: BriefChanges | None = None
    """What changed since the brief.toml's ``compare_with`` brief (None without one)."""

    def source_number(self, source_id: str) -> int:
        """The citation number of a source."""
        for ref in self.sources:
            if ref.id == source_id:
                return ref.number
        raise KeyError(source_id)
