"""Reading web pages: the article's text without page furniture, headings, lists, tables, metadata."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.errors import IngestError
from briefgen.ingest import read_source
from briefgen.ingest.html import read_html
from briefgen.ingest.source import RawSource
from fixtures.sources.make_sources import FACTSHEET, XI
from ingest.source_cases import SOURCES, assert_exact_spans, expected, got


def _read(path: Path) -> RawSource:
    return read_html(path, path.read_bytes())


@pytest.mark.parametrize(("page", "corpus"), [("factsheet.html", FACTSHEET), ("xi_bali_readout.html", XI)])
def test_article_text_equals_the_text_version(page: str, corpus: str) -> None:
    raw = _read(SOURCES / page)
    assert got(raw.paragraphs) == expected(corpus)
    assert_exact_spans(raw.text, raw.paragraphs)
    for furniture in ("Advertisement", "Privacy Policy", "Briefing Room", "Sponsored", "Related", "Sign up"):
        assert furniture not in raw.text


def test_metadata_comes_from_the_page() -> None:
    meta = _read(SOURCES / "factsheet.html").metadata
    assert meta.title.startswith("FACT SHEET: President Biden and ASEAN Leaders")
    assert "|" not in meta.title
    assert meta.outlet == "The White House"
    assert meta.author == "White House Press Office"
    assert meta.date == "2022-11-12"
    assert meta.url is not None and meta.url.startswith("https://bidenwhitehouse.archives.gov/")


def test_declared_charset_is_honoured() -> None:
    raw = _read(SOURCES / "xi_bali_readout.html")
    assert raw.encoding == "cp1252"
    assert "People’s Republic of China" in raw.text


def test_lists_tables_and_line_breaks(tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    page.write_text(
        "<html><head><title>Budget Notes</title></head><body><nav><a href='/'>Home</a></nav><article>"
        "<h1>Budget Notes for the Region</h1>"
        "<p>The committee reviewed the regional budget and agreed on the following allocations for next year.</p>"
        "<ul><li>Health programmes received the largest share of new funds.<ul>"
        "<li>Vaccines were the first priority.</li></ul></li>"
        "<li>Roads and ports were funded from a separate line.</li></ul>"
        "<table><tr><th>Sector</th><th>Amount</th></tr><tr><td>Health</td><td>$12 million</td></tr></table>"
        "<p>Signed by the chair<br>on behalf of all members of the committee, after a long debate.</p>"
        "</article><footer>Copyright notice</footer></body></html>",
        encoding="utf-8",
    )
    raw = _read(page)
    texts = [p.text for p in raw.paragraphs]
    assert texts[0] == "Budget Notes for the Region" and raw.paragraphs[0].heading
    assert "Health programmes received the largest share of new funds." in texts
    assert "Vaccines were the first priority." in texts
    assert "Sector | Amount" in texts and "Health | $12 million" in texts
    assert "Signed by the chair\non behalf of all members of the committee, after a long debate." in texts
    assert "Copyright notice" not in raw.text
    assert_exact_spans(raw.text, raw.paragraphs)


def test_read_source_gives_a_source_with_metadata() -> None:
    source = read_source(SOURCES / "factsheet.html", "factsheet")
    assert source.reader == "html" and source.outlet == "The White House"
    assert source.title.startswith("FACT SHEET")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (bytes(range(256)) * 40, "looks like a binary file, not an HTML page"),
        (
            b"<html><head><title>Home</title></head><body><nav><a href='/a'>News</a> <a href='/b'>Sport</a>"
            b"</nav><footer>Copyright</footer></body></html>",
            "no article text found",
        ),
    ],
)
def test_bad_pages_give_one_clear_line(tmp_path: Path, data: bytes, message: str) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(data)
    with pytest.raises(IngestError) as info:
        _read(path)
    assert message in str(info.value) and str(path) in str(info.value) and "\n" not in str(info.value)


def _article(paragraphs: int) -> bytes:
    body = "".join(
        f"<p>Paragraph {n} reports that the committee met again and agreed on the budget for the region.</p>"
        for n in range(paragraphs)
    )
    return f"<html><head><title>Notes</title></head><body><article>{body}</article></body></html>".encode()


def test_text_past_the_source_limit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "long.html"
    path.write_bytes(_article(200))
    assert len(_read(path).text) > 10_000
    with pytest.raises(IngestError) as info:
        read_html(path, path.read_bytes(), max_bytes=10_000)
    assert str(info.value).startswith(f"{path}: extracted text exceeds the 0.00954 MB source limit;")


def test_a_nul_byte_past_the_sniffed_start_is_binary(tmp_path: Path) -> None:
    path = tmp_path / "late.html"
    data = _article(1000)
    assert len(data) > 65536
    path.write_bytes(data[:70000] + b"\x00" + data[70000:])
    with pytest.raises(IngestError, match="looks like a binary file, not an HTML page"):
        _read(path)
