"""A realistic hand-built brief and document tree, shared by the writer tests (DOCX, PDF…).

``sample_job(tmp_template_dir)`` is the stable entry point; ``sample_brief()`` and
``sample_document()`` give the parts. Texts are verbatim sentences of the Cambodia seed, so the
cites point at real spans of ``SOURCE_TEXT``.
"""

from __future__ import annotations

from pathlib import Path

from briefgen.document import (
    Aside,
    Bar,
    Block,
    BlockQuote,
    Cell,
    Document,
    Em,
    FigureBlock,
    Heading,
    Link,
    ListBlock,
    ListItem,
    Para,
    Row,
    Rule,
    Strong,
    Sup,
    Table,
    Text,
    WithSidebar,
)
from briefgen.model import Actor, Brief, Cite, Figure, Quote, SourceRef, SummaryItem, ThemeDigest
from briefgen.style import Style
from briefgen.writers.base import RenderJob

BANNER = "UNCLASSIFIED"
TITLE = "Cambodia: Foreign Policy Outlook"
SOURCE_ID = "cambodia"
SOURCE_URL = "https://www.khmertimeskh.com/cambodia-foreign-policy-outlook"

_SENTENCES = (
    # ASEM engagement
    "Cambodia has reaffirmed its commitment to strengthening Asia-Europe relations, vowing to maintain "
    "an active role in the Asia-Europe Meeting (ASEM) process.",
    "Since its inception in 1996, ASEM has become a significant global platform, comprising 53 partners "
    "from Asia and Europe.",
    "Collectively, these nations account for approximately 65 percent of global GDP, 60 percent of the "
    "world’s population, 75 percent of global tourism, and 68 percent of global trade.",
    # Indo-Pacific security
    "Amid rising geopolitical uncertainties, Cambodia is reinforcing its commitment to regional security "
    "cooperation, urging deeper collaboration to address threats in the Indo-Pacific, from cybercrime to "
    "transnational terrorism.",
    "He called for enhanced intelligence-sharing, joint military exercises, and greater cooperation "
    "between civilian and defense agencies to reinforce stability.",
    "The South China Sea and Taiwan Strait remain flashpoints, as China asserts control over contested "
    "waters, drawing concern from Southeast Asian nations and the U.S.",
    # China alignment
    "In 2010, Cambodia elevated its ties with China to a comprehensive strategic partnership, granting "
    "Beijing the highest diplomatic status in its foreign policy hierarchy.",
    "Between 2018 and 2021, Beijing pledged $588 million in aid to Cambodia, including over $100 million "
    "in military assistance.",
    "By 2024, Cambodia had received $17.7 billion in Chinese aid, underscoring Beijing’s role as "
    "Phnom Penh’s largest economic benefactor.",
    "Unlike Western aid, which often comes with democratic reform conditions, Chinese assistance remains "
    "largely unconditional, reinforcing its appeal to Cambodian leadership.",
    # quote
    "“Despite current challenges, Cambodia, as an active member and Chair of the 13th ASEM Summit in "
    "2021, remains confident in ASEM’s capacity to drive global cooperation,” he added.",
)

#: The cited source text: the sentences above, one per paragraph.
SOURCE_TEXT = "\n".join(_SENTENCES)

THEMES = (
    ("asem", "ASEM engagement", _SENTENCES[0:3]),
    ("security", "Indo-Pacific security", _SENTENCES[3:6]),
    ("china", "China alignment", _SENTENCES[6:10]),
)

#: (display, label, surface form in the source) of the four sidebar figures.
KEY_FIGURES = (
    ("$17.7B", "Chinese aid received by 2024", "$17.7 billion"),
    ("$588M", "Chinese aid pledged, 2018–2021", "$588 million"),
    ("53", "ASEM partners from Asia and Europe", "53 partners"),
    ("65%", "ASEM share of global GDP", "65 percent"),
)


def _cite(surface: str) -> Cite:
    """The citation of a surface form of ``SOURCE_TEXT``."""
    start = SOURCE_TEXT.index(surface)
    paragraph = SOURCE_TEXT.count("\n", 0, start)
    return Cite(SOURCE_ID, paragraph, start, start + len(surface))


def cite_sup(surface: str) -> Sup:
    """A superscript citation of source 1 with the cited passage as its tooltip."""
    return Sup((Link("#src-1", (Text("1"),), title=surface),), classes=("cite",))


def _figure(display: str, label: str, surface: str, theme: str) -> Figure:
    """A sidebar money/percent/count figure."""
    kind = "money" if surface.startswith("$") else "percent" if "percent" in surface else "count"
    return Figure(
        text=surface,
        value=0.0,
        unit="USD" if kind == "money" else "%" if kind == "percent" else "partners",
        kind=kind,
        label=label,
        cite=_cite(surface),
        theme=theme,
        sidebar=True,
        display=display,
    )


def sample_brief() -> Brief:
    """A small but complete content model matching ``sample_document()``."""
    figures = tuple(
        _figure(display, label, surface, "china" if display.startswith("$") else "asem")
        for display, label, surface in KEY_FIGURES
    )
    digests = tuple(
        ThemeDigest(
            id=theme_id,
            title=title,
            description=f"What the sources say about {title}.",
            summary=tuple(SummaryItem(text, _cite(text)) for text in sentences),
            figures=tuple(f for f in figures if f.theme == theme_id),
        )
        for theme_id, title, sentences in THEMES
    )
    quote_text = _SENTENCES[10][1:].split(",” he added.")[0]
    return Brief(
        name="cambodia",
        title=TITLE,
        subtitle="ASEM engagement · Indo-Pacific security · China alignment",
        date="2026-11-28",
        classification=BANNER,
        author="Asia-Pacific Desk",
        portion_marks=False,
        portion_mark="(U)",
        sources=(
            SourceRef(
                number=1,
                id=SOURCE_ID,
                title="Cambodia’s Foreign Policy in a Shifting Global Order",
                path="seeds/cambodia/cambodia.txt",
                sha256="0" * 64,
                reader="text",
                url=SOURCE_URL,
                outlet="Khmer Times",
            ),
        ),
        bluf=(SummaryItem(_SENTENCES[8], _cite(_SENTENCES[8])),),
        themes=digests,
        sidebar=figures,
        figures=figures,
        actors=(
            Actor("Prak Sokhonn", "Deputy Prime Minister", "person", mentions=3),
            Actor("Vong Pisen", "Commander-in-Chief, RCAF", "person", mentions=2),
            Actor("Hun Manet", "Prime Minister", "person", mentions=3),
        ),
        quotes=(Quote("Prak Sokhonn", quote_text, _cite(quote_text), theme="asem"),),
        timeline=(),
    )


def _bullets(sentences: tuple[str, ...]) -> ListBlock:
    """Verbatim sentences as a bulleted list, each ending with its citation."""
    return ListBlock(False, tuple(ListItem((Text(s), cite_sup(s))) for s in sentences))


def _theme_section(theme_id: str, title: str, sentences: tuple[str, ...]) -> tuple[Block, ...]:
    """A theme's heading and its summary bullets."""
    return (Heading(2, (Text(title),), id=f"theme-{theme_id}"), _bullets(sentences))


def _sidebar() -> Aside:
    """The page-1 key-figure box."""
    blocks: list[Block] = [Heading(3, (Text("Key figures"),))]
    for display, label, surface in KEY_FIGURES:
        blocks.append(Para((Text(display), cite_sup(surface)), classes=("figure-value",)))
        blocks.append(Para((Text(label),), classes=("figure-label",)))
    return Aside(tuple(blocks), classes=("sidebar",))


def _actors_table() -> Table:
    """Actors with their roles, header row first."""
    head = Row((Cell((Text("Actor"),), header=True), Cell((Text("Role"),), header=True)))
    rows = [
        Row((Cell((Text("Prak Sokhonn"),)), Cell((Text("Deputy Prime Minister & Foreign Minister"),)))),
        Row((Cell((Text("Vong Pisen"),)), Cell((Text("Commander-in-Chief, Royal Cambodian Armed Forces"),)))),
        Row((Cell((Text("Hun Manet"),)), Cell((Text("Prime Minister"),)))),
        Row((Cell((Text("Samuel J. Paparo"),)), Cell((Text("Commander, U.S. Indo-Pacific Command"),)))),
    ]
    return Table((head, *rows))


def _chart() -> FigureBlock:
    """ASEM's shares of world totals as bar data."""
    bars = (
        Bar("Global GDP", 65.0, "65%"),
        Bar("World population", 60.0, "60%"),
        Bar("Global tourism", 75.0, "75%"),
        Bar("Global trade", 68.0, "68%"),
    )
    caption = "ASEM partners’ share of world totals"
    return FigureBlock((Para((Text(caption),), classes=("figure-label",)),), bars, caption, ("chart",))


def sample_document() -> Document:
    """The document tree a policy-brief template would produce for ``sample_brief()``."""
    banner = (Para((Text(BANNER),), classes=("banner",)),)
    bluf_text = _SENTENCES[8]
    bluf = Para(
        (Strong((Text("Bottom line: "),)), Text(bluf_text), cite_sup(bluf_text)),
        classes=("bluf",),
    )
    quote = _SENTENCES[10]
    quote_words = quote[: quote.index("”") + 1]
    pull = BlockQuote(
        (
            Para((Text(quote_words), cite_sup(quote_words))),
            Para((Text("— Prak Sokhonn, Deputy Prime Minister"),), classes=("attribution",)),
        ),
        classes=("pull",),
    )
    callout = Aside(
        (
            Para(
                (
                    Strong((Text("Q&A on aid: "),)),
                    Text("China’s pledge of "),
                    Strong((Text("$588M"),)),
                    Text(" (2018–2021) included over $100 million in military assistance < 20% of the total"),
                    cite_sup("over $100 million"),
                )
            ),
            Para((Em((Text("Figures as reported; not independently verified."),)),), classes=("note",)),
        ),
        classes=("callout",),
    )
    sources = ListBlock(
        True,
        (
            ListItem(
                (
                    Text("Khmer Times, “Cambodia’s Foreign Policy in a Shifting Global Order”. "),
                    Link(SOURCE_URL, (Text(SOURCE_URL),)),
                ),
                id="src-1",
            ),
        ),
        classes=("sources",),
    )
    first, *rest = THEMES
    body: tuple[Block, ...] = (
        Heading(1, (Text(TITLE),), id="title"),
        Para((Text("ASEM engagement · Indo-Pacific security · China alignment"),), classes=("subtitle",)),
        Para((Text("28 November 2026 · Asia-Pacific Desk · Prepared from 1 source"),), classes=("meta",)),
        WithSidebar(main=(bluf, *_theme_section(*first)), sidebar=_sidebar()),
        *(block for theme in rest for block in _theme_section(*theme)),
        callout,
        pull,
        _chart(),
        Heading(2, (Text("Actors"),), id="actors"),
        _actors_table(),
        Rule(),
        Heading(2, (Text("Sources"),), id="sources"),
        sources,
    )
    return Document(header=banner, footer=banner, body=body)


def sample_job(tmp_template_dir: Path) -> RenderJob:
    """A render job for the sample brief; ``tmp_template_dir`` may hold a reference.docx."""
    return RenderJob(sample_brief(), sample_document(), Style(), tmp_template_dir)
