"""HTML writer: a self-contained page holding every text of the document tree, escaped."""

from __future__ import annotations

from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

from briefgen.document import Para, Text
from briefgen.writers.html import write_html

from writers.sample_document import sample_job


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.text: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _read(page: bytes) -> _Collector:
    collector = _Collector()
    collector.feed(page.decode("utf-8"))
    return collector


def test_page_is_self_contained_and_holds_the_content(tmp_path: Path) -> None:
    page = write_html(sample_job(tmp_path))
    parsed = _read(page)
    text = " ".join(" ".join(parsed.text).split())
    assert page.startswith(b"<!DOCTYPE html>")
    assert "UNCLASSIFIED" in text and "Cambodia: Foreign Policy Outlook" in text
    assert "aside" in parsed.tags and "style" in parsed.tags
    for tag in ("script", "link", "img"):
        assert tag not in parsed.tags  # nothing fetched from elsewhere


def test_text_is_escaped(tmp_path: Path) -> None:
    job = sample_job(tmp_path)
    tricky = "Q&A <script>alert(1)</script> “curly” ព្រះរាជាណាចក្រកម្ពុជា 中国"
    doc = replace(job.document, body=(*job.document.body, Para((Text(tricky),))))
    page = write_html(replace(job, document=doc))
    assert b"<script>" not in page
    assert tricky in " ".join(_read(page).text)
