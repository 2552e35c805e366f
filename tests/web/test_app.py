"""The site's pages: the library with its search, a brief's page with downloads and citation passages."""

from __future__ import annotations

import json
import os
import re
from dataclasses import replace
from pathlib import Path

from starlette.testclient import TestClient

from briefgen.web import create_app
from web.brief_fixtures import MARITIME, TRADE, MadeBrief, make_brief


def _titles(page: str) -> list[str]:
    return re.findall(r'<h2 id="brief-\d+"><a href="[^"]+">([^<]+)</a></h2>', page)


def test_library_lists_every_brief_newest_first(client: TestClient) -> None:
    response = client.get("/")
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/html; charset=utf-8"
    page = response.text
    assert _titles(page) == [MARITIME.title, TRADE.title]
    for text in (
        "UNCLASSIFIED",
        "OFFICIAL",
        "14 Mar 2026",
        "2 Nov 2025",
        "Coast guard cooperation",
        "Export growth",
        "$250M",
        "Coastal patrol programme over five years",
        "8%",
    ):
        assert text in page
    assert re.search(rf'href="/briefs/{MARITIME.name}/{MARITIME.name}\.pdf\?v=[0-9a-f]{{16}}"', page)
    assert re.search(rf'href="/briefs/{MARITIME.name}/{MARITIME.name}\.docx\?v=[0-9a-f]{{16}}"', page)
    assert '<label for="q">' in page and '<label for="theme">' in page


def test_search_by_words(client: TestClient) -> None:
    assert _titles(client.get("/", params={"q": "PATROL programme"}).text) == [MARITIME.title]
    assert _titles(client.get("/", params={"q": "rice"}).text) == [TRADE.title]  # words of summary sentences
    assert _titles(client.get("/", params={"q": "mekong bulletin"}).text) == [TRADE.title]  # a source title
    assert _titles(client.get("/", params={"q": "patrol rice"}).text) == []  # every word must match
    page = client.get("/", params={"q": "zeppelin"}).text
    assert "No brief matches" in page and "0 of 2 briefs match" in page


def test_search_by_theme(client: TestClient) -> None:
    assert _titles(client.get("/", params={"theme": "Export growth"}).text) == [TRADE.title]
    assert _titles(client.get("/", params={"theme": "funding"}).text) == [MARITIME.title, TRADE.title]
    assert _titles(client.get("/", params={"theme": "Climate adaptation"}).text) == []  # not covered
    assert _titles(client.get("/", params={"theme": "Funding", "q": "rice"}).text) == [TRADE.title]
    page = client.get("/", params={"theme": "Funding"}).text
    assert '<option value="Funding" selected>Funding</option>' in page
    assert '<option value="Climate adaptation"' not in page


def test_search_input_is_escaped(client: TestClient) -> None:
    page = client.get("/", params={"q": '"><script>alert(1)</script>'}).text
    assert "<script>alert(1)" not in page
    assert "&#34;&gt;&lt;script&gt;" in page


def test_empty_folder(tmp_path: Path) -> None:
    with TestClient(create_app(tmp_path)) as client:
        page = client.get("/").text
    assert "No briefs yet" in page


def test_brief_page(client: TestClient, maritime: MadeBrief) -> None:
    response = client.get(f"/briefs/{MARITIME.name}")
    assert response.status_code == 200
    page = response.text
    assert f"<title>{MARITIME.title} · Brief library</title>" in page
    assert page.count("<h1") == 1 and f'<h1 id="title">{MARITIME.title}</h1>' in page
    name = MARITIME.name
    assert re.search(rf'<a class="button primary" href="/briefs/{name}/{name}\.pdf\?v=\w+" download>', page)
    assert re.search(rf'href="/briefs/{MARITIME.name}/{MARITIME.name}\.docx\?v=\w+" download', page)
    assert "Observers called the agreement &lt;modest&gt; but overdue." in page
    assert '<p class="banner">UNCLASSIFIED</p>' in page
    assert "body { color: #222; }" not in page  # the brief's own <style> is not carried over


def test_each_citation_has_its_passage_with_the_span_marked(client: TestClient, maritime: MadeBrief) -> None:
    page = client.get(f"/briefs/{MARITIME.name}").text
    for cite in maritime.cites:
        key = f"cite-{cite['source']}-{cite['start']}-{cite['end']}"
        assert f'data-cite="{key}"' in page
        template = re.search(rf'<template id="passage-{key}">(.*?)</template>', page, re.DOTALL)
        assert template, key
        cited = maritime.source_text[cite["start"] : cite["end"]]
        mark = re.search(r"<mark>(.*?)</mark>", template.group(1))
        assert mark and mark.group(1) == cited.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        assert f"Paragraph {cite['paragraph'] + 1}," in template.group(1)
        assert "Regional news report" in template.group(1)


def test_older_briefs_without_passages_show_the_cited_text(tmp_path: Path) -> None:
    made = make_brief(tmp_path, replace(MARITIME, with_passages=False))
    with TestClient(create_app(tmp_path)) as client:
        page = client.get(f"/briefs/{MARITIME.name}").text
    cite = made.cites[0]
    template = re.search(
        rf'<template id="passage-cite-news-report-{cite["start"]}-{cite["end"]}">(.*?)</template>', page, re.DOTALL
    )
    assert template
    assert f"<mark>{made.source_text[cite['start'] : cite['end']]}</mark>" in template.group(1)
    assert "does not record the surrounding paragraph" in template.group(1)


def test_brief_without_html_or_json(tmp_path: Path) -> None:
    make_brief(tmp_path, replace(MARITIME, formats=("pdf",)))
    with TestClient(create_app(tmp_path)) as client:
        library = client.get("/").text
        page = client.get(f"/briefs/{MARITIME.name}").text
    assert MARITIME.name in library
    assert "has no HTML rendering" in page
    assert re.search(rf'href="/briefs/{MARITIME.name}/{MARITIME.name}\.pdf\?v=\w+" download', page)
    assert ".docx" not in page


def test_unknown_brief_is_404(client: TestClient) -> None:
    for path in ("/briefs/nope", "/briefs/nope/nope.pdf", f"/briefs/{MARITIME.name}/{TRADE.name}.pdf"):
        response = client.get(path)
        assert response.status_code == 404
        assert "Not found" in response.text and 'href="/static/site.css"' in response.text


def test_a_rebuilt_brief_shows_without_restart(client: TestClient, briefs_root: Path) -> None:
    assert MARITIME.title in client.get("/").text
    path = briefs_root / MARITIME.name / f"{MARITIME.name}.json"
    data = json.loads(path.read_text())
    data["title"] = "Maritime Security Talks: Second Round"
    part = path.with_name(f".{path.name}.k2j3.part")
    part.write_text(json.dumps(data))
    os.replace(part, path)
    page = client.get("/").text
    assert "Second Round" in page
    make_brief(briefs_root, replace(TRADE, name="new-brief", title="A Brand New Brief", date="2027-01-01"))
    assert _titles(client.get("/").text)[0] == "A Brand New Brief"


def test_static_files(client: TestClient) -> None:
    css = client.get("/static/site.css")
    assert css.status_code == 200 and css.headers["content-type"] == "text/css; charset=utf-8"
    assert client.get("/static/site.css", headers={"If-None-Match": css.headers["etag"]}).status_code == 304
    assert client.get("/static/site.js").headers["content-type"] == "text/javascript; charset=utf-8"
    assert client.get("/static/favicon.svg").headers["content-type"] == "image/svg+xml"
    assert client.get("/static/nope.js").status_code == 404
