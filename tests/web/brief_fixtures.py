"""Brief folders for the web tests, made on the spot: JSON per the README contract, a real PDF (reportlab),
a real DOCX (python-docx) and an HTML page shaped like the HTML writer's. No dependency on the pipeline.

``make_brief(root, SPEC)`` writes ``root/<name>/<name>.{json,pdf,docx,html}`` and returns what it wrote.
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from typing import Any

from docx import Document
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas


@dataclass(frozen=True)
class Sentence:
    """A sentence of the fixture source, placed by ``make_brief``."""

    text: str
    theme: str | None = None


@dataclass(frozen=True)
class FigureSpec:
    """A sidebar figure: its surface must occur in one of the sentences."""

    text: str
    display: str
    label: str
    kind: str = "money"


@dataclass(frozen=True)
class BriefSpec:
    """What a fixture brief says."""

    name: str
    title: str
    date: str
    themes: tuple[tuple[str, str, bool], ...]
    """(id, title, covered)."""
    paragraphs: tuple[tuple[Sentence, ...], ...]
    figures: tuple[FigureSpec, ...] = ()
    classification: str = "UNCLASSIFIED"
    subtitle: str = ""
    source_id: str = "news-report"
    source_title: str = "Regional news report"
    source_url: str = "https://news.example.org/report"
    pdf_pages: int = 2
    with_passages: bool = True
    formats: tuple[str, ...] = ("json", "pdf", "docx", "html")


@dataclass(frozen=True)
class MadeBrief:
    """What ``make_brief`` wrote."""

    folder: Path
    json: dict[str, Any]
    cites: tuple[dict[str, Any], ...]
    """Cite objects of the summary sentences, in order."""
    source_text: str
    files: dict[str, Path] = field(default_factory=dict)


MARITIME = BriefSpec(
    name="maritime-talks",
    title="Maritime Security Talks: Outcomes",
    date="2026-03-14",
    subtitle="Coast guard cooperation · Funding",
    themes=(
        ("coastguard", "Coast guard cooperation", True),
        ("funding", "Funding", True),
        ("climate", "Climate adaptation", False),
    ),
    paragraphs=(
        (
            Sentence(
                "Ministers from twelve coastal states met in Jakarta on Tuesday to discuss maritime security.",
                "coastguard",
            ),
        ),
        (
            Sentence(
                "The delegations agreed to fund a $250 million coastal patrol programme over five years.", "funding"
            ),
            Sentence("Officials said 40 percent of the money would come from regional partners & lenders.", "funding"),
        ),
        (
            Sentence("Coast guard commanders will hold joint drills twice a year, starting in 2027.", "coastguard"),
            Sentence("Observers called the agreement <modest> but overdue.", "coastguard"),
        ),
    ),
    figures=(
        FigureSpec("$250 million", "$250M", "Coastal patrol programme over five years"),
        FigureSpec("40 percent", "40%", "Share funded by regional partners", "percent"),
        FigureSpec("twelve", "12", "Coastal states at the talks", "count"),
    ),
)

TRADE = BriefSpec(
    name="trade-outlook",
    title="Trade Outlook for the Mekong Region",
    date="2025-11-02",
    classification="OFFICIAL",
    themes=(("exports", "Export growth", True), ("funding", "Funding", True)),
    source_id="mekong",
    source_title="Mekong trade bulletin",
    paragraphs=(
        (Sentence("Exports from the Mekong region rose by 8 percent in the first half of the year.", "exports"),),
        (
            Sentence("Rice shipments to Europe reached 1.2 million tonnes.", "exports"),
            Sentence("A development bank pledged $90 million for port upgrades in Vietnam.", "funding"),
        ),
    ),
    figures=(
        FigureSpec("8 percent", "8%", "Rise in exports, first half", "percent"),
        FigureSpec("$90 million", "$90M", "Pledged for port upgrades"),
    ),
)


def make_brief(root: Path, spec: BriefSpec) -> MadeBrief:
    """Write the brief's files under ``root/<name>/`` and return what was written."""
    text, placed = _source(spec)
    data = _json(spec, text, placed)
    folder = root / spec.name
    folder.mkdir(parents=True, exist_ok=True)
    writers = {
        "json": lambda: (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode(),
        "pdf": lambda: pdf_bytes(spec.title, spec.pdf_pages),
        "docx": lambda: docx_bytes(spec.title),
        "html": lambda: html_page(spec, data).encode(),
    }
    files = {}
    for fmt in spec.formats:
        path = folder / f"{spec.name}.{fmt}"
        path.write_bytes(writers[fmt]())
        files[fmt] = path
    cites = tuple(item["cite"] for theme in data["themes"] for item in theme["summary"])
    return MadeBrief(folder, data, cites, text, files)


def pdf_bytes(title: str, pages: int = 2) -> bytes:
    """A small valid PDF (reportlab, byte-stable)."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    pdf.setTitle(title)
    for number in range(1, pages + 1):
        pdf.setFont("Helvetica-Bold", 18)
        pdf.drawString(72, 770, title)
        pdf.setFont("Helvetica", 11)
        for line in range(40):
            pdf.drawString(72, 740 - line * 16, f"Page {number}, line {line + 1}: fixture text for download tests.")
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def docx_bytes(title: str) -> bytes:
    """A small valid DOCX (python-docx)."""
    document = Document()
    document.add_heading(title, level=1)
    document.add_paragraph("Fixture brief for the web tests.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _source(spec: BriefSpec) -> tuple[str, list[tuple[int, int, int, Sentence]]]:
    """The source text and each sentence's (paragraph, start, end)."""
    text = ""
    placed = []
    for index, sentences in enumerate(spec.paragraphs):
        if text:
            text += "\n\n"
        for number, sentence in enumerate(sentences):
            if number:
                text += " "
            placed.append((index, len(text), len(text) + len(sentence.text), sentence))
            text += sentence.text
    return text, placed


def _json(spec: BriefSpec, text: str, placed: list[tuple[int, int, int, Sentence]]) -> dict[str, Any]:
    def cite(paragraph: int, start: int, end: int) -> dict[str, Any]:
        return {"source": spec.source_id, "paragraph": paragraph, "start": start, "end": end}

    figures = []
    for fig in spec.figures:
        paragraph, start, _, sentence = next(p for p in placed if fig.text in p[3].text)
        at = start + sentence.text.index(fig.text)
        figures.append(
            {
                "text": fig.text,
                "value": 0,
                "unit": "",
                "kind": fig.kind,
                "label": fig.label,
                "theme": sentence.theme,
                "sidebar": True,
                "display": fig.display,
                "qualifier": None,
                "iso": None,
                "salience": 1.0,
                "cite": cite(paragraph, at, at + len(fig.text)),
            }
        )
    themes = [
        {
            "id": tid,
            "title": title,
            "description": f"What the sources say about {title.lower()}.",
            "covered": covered,
            "summary": [
                {"text": s.text, "cite": cite(p, a, b), "score": 1.0}
                for p, a, b, s in placed
                if s.theme == tid and covered
            ],
            "figures": [],
            "actors": [],
            "quotes": [],
            "timeline": [],
        }
        for tid, title, covered in spec.themes
    ]
    bounds: dict[int, list[int]] = {}
    for p, a, b, _ in placed:
        bounds.setdefault(p, [a, b])[1] = b
    data: dict[str, Any] = {
        "schema": 1,
        "generator": "briefgen tests",
        "name": spec.name,
        "title": spec.title,
        "subtitle": spec.subtitle,
        "date": spec.date,
        "classification": spec.classification,
        "author": "Test Desk",
        "sources": [
            {
                "id": spec.source_id,
                "number": 1,
                "title": spec.source_title,
                "path": "seeds/x/source.txt",
                "sha256": "0" * 64,
                "reader": "text",
                "url": spec.source_url,
                "outlet": "Example News",
                "date": None,
            }
        ],
        "bluf": [themes[0]["summary"][0]] if themes and themes[0]["summary"] else [],
        "themes": themes,
        "sidebar": figures,
        "figures": figures,
        "actors": [],
        "quotes": [],
        "timeline": [],
    }
    if spec.with_passages:
        data["passages"] = [
            {"source": spec.source_id, "paragraph": p, "start": a, "end": b, "text": text[a:b]}
            for p, (a, b) in sorted(bounds.items())
        ]
    return data


def _cite_html(c: dict[str, Any]) -> str:
    key = f"cite-{c['source']}-{c['start']}-{c['end']}"
    title = f"{c['source']} ¶{c['paragraph'] + 1}, chars {c['start']}–{c['end']}"
    return f'<sup class="cite"><a href="#src-1" title="{escape(title)}" data-cite="{escape(key)}">1</a></sup>'


def html_page(spec: BriefSpec, data: dict[str, Any]) -> str:
    """A standalone page shaped like the HTML writer's output (content inside ``<main>``)."""
    parts = [f'<h1 id="title">{escape(spec.title)}</h1>']
    if spec.subtitle:
        parts.append(f'<p class="subtitle">{escape(spec.subtitle)}</p>')
    parts.append(f'<p class="meta">{escape(spec.date)} · Test Desk · Prepared from 1 source</p>')
    if data["sidebar"]:
        rows = "".join(
            f'<p class="figure-value">{escape(f["display"])}{_cite_html(f["cite"])}</p>'
            f'<p class="figure-label">{escape(f["label"])}</p>'
            for f in data["sidebar"]
        )
        parts.append(f'<aside class="sidebar"><h3>Key figures</h3>{rows}</aside>')
    parts.append(
        '<h3 id="bluf">Bottom line</h3><ul class="bluf">'
        + "".join(f"<li>{escape(i['text'])}{_cite_html(i['cite'])}</li>" for i in data["bluf"])
        + "</ul>"
    )
    for theme in data["themes"]:
        parts.append(f'<h2 id="theme-{theme["id"]}">{escape(theme["title"])}</h2>')
        if theme["covered"]:
            parts.append(
                "<ul>"
                + "".join(f"<li>{escape(i['text'])}{_cite_html(i['cite'])}</li>" for i in theme["summary"])
                + "</ul>"
            )
        else:
            parts.append(f'<p class="note">The sources do not report on {escape(theme["title"])}.</p>')
    parts.append(
        '<figure class="chart"><figcaption>Shares</figcaption><table class="compact"><tr><td>Partners</td>'
        '<td><span class="bar" style="width:6.40em"></span> 40%</td></tr></table></figure>'
    )
    parts.append(
        f'<h2 id="sources">Sources</h2><ol class="sources"><li id="src-1">{escape(spec.source_title)}. '
        f'<a href="{escape(spec.source_url)}">{escape(spec.source_url)}</a></li></ol>'
    )
    body = "\n".join(parts)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{escape(spec.title)}</title>
<style>body {{ color: #222; }}</style></head>
<body><div class="page"><header class="running"><p class="banner">{escape(spec.classification)}</p></header>
<main>
{body}
</main>
<footer class="running"><p class="banner">{escape(spec.classification)}</p></footer></div></body></html>
"""


def padded_json(data: dict[str, Any], megabytes: float, seed: int = 0) -> bytes:
    """The brief's JSON grown to about ``megabytes`` MB with extra passages and paragraph assignments,
    as a brief built from a large corpus has (``seed`` varies their words)."""
    words = ("ministers", "agreed", "funding", "security", "partners", "regional", "talks", "trade", "aid")
    passages, assignments = list(data.get("passages", [])), []
    size, number = 0, 0
    while size < megabytes * 1_000_000:
        text = " ".join(f"{words[(number + i + seed) % len(words)]}{(number * 7 + i) % 997}" for i in range(150))
        start = 100_000 + number * 2000
        passages.append({"source": "bulk", "paragraph": number, "start": start, "end": start + len(text), "text": text})
        assignments.append(
            {"source": "bulk", "paragraph": number, "theme": None, "score": 0.0, "terms": [], "basis": ""}
        )
        size += len(text) + 200
        number += 1
    return json.dumps(data | {"passages": passages, "assignments": assignments}).encode()


def replace_file(path: Path, data: bytes) -> None:
    """Write ``path`` as the writers do: a temporary file renamed into place."""
    part = path.with_name(f".{path.name}.test.part")
    part.write_bytes(data)
    part.replace(path)
