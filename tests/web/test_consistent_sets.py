"""Issue 15: the site never shows a mixed set: a page and the downloads it links come from one build of a brief.

A brief is republished over and over with the build's own swap (``fileio.publish_set``), each set
marked with its build number in every format (JSON title, HTML heading, PDF /Title, DOCX heading),
while clients on loopback fetch its page and then every download the page links. Each fetched set
must carry one build number; a download whose set was replaced meanwhile is refused (410), never
taken from the newer set.
"""

from __future__ import annotations

import http.client
import io
import json
import re
import threading
import time
import zipfile
from dataclasses import replace
from html import unescape
from pathlib import Path

import pytest
from pypdf import PdfReader
from starlette.testclient import TestClient

from briefgen.fileio import publish_set
from briefgen.site_export import export_site
from briefgen.web import create_app
from briefgen.web.brief_view import read_view
from briefgen.web.exact import SetChanged
from briefgen.web.library import Library
from web.brief_fixtures import MARITIME, make_brief
from web.live_server import address, live_server

BUILDS = 3
CLIENTS = 4
SECONDS = 3.0
MIN_SETS = 10
EXPORTS = 8
"""Whole sets (page and every download) the clients must complete, so the check is not vacuous."""
_MARK = re.compile(r"Build (\d+) of the talks")
_HREF = re.compile(r'href="(/briefs/[^"]+\.(?:pdf|docx|json)(?:\?[^"]*)?)"')


def _sets(tmp_path: Path) -> list[list[tuple[str, bytes]]]:
    """``BUILDS`` complete sets of the brief's files, build ``n`` titled ``Build n of the talks``."""
    sets = []
    for number in range(BUILDS):
        made = make_brief(tmp_path / f"set-{number}", replace(MARITIME, title=f"Build {number} of the talks"))
        sets.append([(path.name, path.read_bytes()) for path in sorted(made.files.values())])
    return sets


def _mark(text: str, what: str) -> int:
    found = {int(m) for m in _MARK.findall(text)}
    assert len(found) == 1, f"{what}: build marks {sorted(found)}"
    return found.pop()


def _file_mark(target: str, body: bytes) -> int:
    if target.split("?")[0].endswith(".pdf"):
        metadata = PdfReader(io.BytesIO(body)).metadata
        return _mark(str(metadata.title if metadata else ""), target)
    if target.split("?")[0].endswith(".docx"):
        with zipfile.ZipFile(io.BytesIO(body)) as docx:
            return _mark(docx.read("word/document.xml").decode(), target)
    return _mark(json.loads(body)["title"], target)


def _client(url: str, until: float, whole: list[int], refused: list[int], mixed: list[str]) -> None:
    try:
        _fetch_sets(url, until, whole, refused, mixed)
    except Exception as exc:  # reported by the test, not lost in the thread
        mixed.append(f"{type(exc).__name__}: {exc}")


def _fetch_sets(url: str, until: float, whole: list[int], refused: list[int], mixed: list[str]) -> None:
    host, port = address(url)
    conn = http.client.HTTPConnection(host, port, timeout=15)
    try:
        while time.monotonic() < until:
            conn.request("GET", f"/briefs/{MARITIME.name}")
            response = conn.getresponse()
            page = response.read().decode()
            if response.status != 200:
                mixed.append(f"page: status {response.status}")
                continue
            title = re.search(r"<title>(.*?)</title>", page, re.S)
            heading = re.search(r'<h1 id="title">(.*?)</h1>', page, re.S)
            assert title and heading, page[:500]
            marks = {_mark(unescape(title.group(1)), "page title"), _mark(unescape(heading.group(1)), "page body")}
            links = sorted(set(_HREF.findall(page)))
            assert len(links) == 3, links
            for link in links:
                conn.request("GET", unescape(link))
                response = conn.getresponse()
                body = response.read()
                if response.status == 410:
                    refused.append(1)
                    break
                if response.status != 200:
                    mixed.append(f"{link}: status {response.status}")
                    break
                marks.add(_file_mark(link, body))
            else:
                whole.append(1)
            if len(marks) != 1:
                mixed.append(f"one page view showed builds {sorted(marks)}")
    finally:
        conn.close()


def test_page_and_downloads_come_from_one_build(tmp_path: Path) -> None:
    sets = _sets(tmp_path)
    root = tmp_path / "briefs"
    target = root / MARITIME.name
    publish_set(target, sets[0])
    whole: list[int] = []
    refused: list[int] = []
    mixed: list[str] = []
    rebuilds = 0
    with live_server(root) as url:
        until = time.monotonic() + SECONDS
        clients = [threading.Thread(target=_client, args=(url, until, whole, refused, mixed)) for _ in range(CLIENTS)]
        for thread in clients:
            thread.start()
        while time.monotonic() < until:
            rebuilds += 1
            publish_set(target, sets[rebuilds % BUILDS])
            time.sleep(0.01)
        for thread in clients:
            thread.join(timeout=30)
    assert not mixed, mixed[:5]
    assert rebuilds >= 10
    assert len(whole) >= MIN_SETS, (len(whole), len(refused))


def test_a_download_of_a_replaced_set_is_refused_not_swapped(tmp_path: Path) -> None:
    sets = _sets(tmp_path)
    root = tmp_path / "briefs"
    publish_set(root / MARITIME.name, sets[0])
    with TestClient(create_app(root)) as client:
        page = client.get(f"/briefs/{MARITIME.name}").text
        links = sorted(set(_HREF.findall(page)))
        assert links and all("?v=" in link for link in links)
        publish_set(root / MARITIME.name, sets[1])
        for link in links:
            refused = client.get(unescape(link))
            assert refused.status_code == 410
            assert f'href="/briefs/{MARITIME.name}"' in refused.text
            current = client.get(unescape(link).split("?")[0])  # an address without a version: the current file
            assert current.status_code == 200 and _file_mark(link, current.content) == 1
        fresh = sorted(set(_HREF.findall(client.get(f"/briefs/{MARITIME.name}").text)))
        assert all(client.get(unescape(link)).status_code == 200 for link in fresh)


def test_a_page_is_not_read_from_files_replaced_since_the_listing(tmp_path: Path) -> None:
    sets = _sets(tmp_path)
    root = tmp_path / "briefs"
    publish_set(root / MARITIME.name, sets[0])
    listed = Library(root).files(MARITIME.name)
    html, data = (next(f for f in listed if f.format.ext == ext) for ext in ("html", "json"))
    publish_set(root / MARITIME.name, sets[1])
    with pytest.raises(SetChanged):
        read_view(html.path, data.path, (html.signature, data.signature))


def test_a_static_export_takes_each_brief_from_one_build(tmp_path: Path) -> None:
    sets = _sets(tmp_path)
    root = tmp_path / "briefs"
    target = root / MARITIME.name
    publish_set(target, sets[0])
    stop = threading.Event()

    def rebuild() -> None:
        number = 0
        while not stop.is_set():
            number += 1
            publish_set(target, sets[number % BUILDS])
            time.sleep(0.005)

    rebuilder = threading.Thread(target=rebuild)
    rebuilder.start()
    try:
        for attempt in range(EXPORTS):
            out = tmp_path / f"site-{attempt}"
            export_site(root, out)
            folder = out / "briefs" / MARITIME.name
            page = (folder / "index.html").read_text()
            heading = re.search(r'<h1 id="title">(.*?)</h1>', page, re.S)
            assert heading
            marks = {_mark(unescape(heading.group(1)), "page")}
            marks |= {_file_mark(path.name, path.read_bytes()) for path in folder.iterdir() if path.suffix != ".html"
                      and path.name != "passages.json"}
            marks.add(_mark((folder / f"{MARITIME.name}.html").read_text(), "html"))
            assert len(marks) == 1, (attempt, marks)
    finally:
        stop.set()
        rebuilder.join()
