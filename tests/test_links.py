"""Only http(s), mailto, anchors and relative paths become links: from source metadata, templates and old JSON."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from briefgen import api
from briefgen.document import Inline, Link, Para, Span
from briefgen.links import safe_href, safe_url
from briefgen.markup import parse_markup
from briefgen.web.manifest import parse_manifest

BAD = [
    "javascript:alert(1)",
    " JavaScript:alert(document.cookie)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "\x01javascript:alert(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
    "ms-settings:privacy",
]


@pytest.mark.parametrize("value", BAD)
def test_other_schemes_are_never_links(value: str) -> None:
    assert safe_url(value) is None
    assert safe_href(value) is None


@pytest.mark.parametrize(
    "value", ["https://example.org/a?b=c#d", "HTTP://Example.org", "mailto:desk@example.org"]
)
def test_web_and_mail_addresses_pass(value: str) -> None:
    assert safe_url(value) == value
    assert safe_href(value) == value


def test_anchors_and_relative_paths_pass_only_in_templates() -> None:
    for value in ("#src-1", "annex.pdf", "../other/brief.html"):
        assert safe_href(value) == value
        assert safe_url(value) is None
    assert safe_url("http:/no-host") is None
    assert safe_href("") == ""


@pytest.mark.parametrize(
    "href", ["javascript:alert(1)", "JaVaScRiPt&#x3a;alert(1)", "java&#9;script:alert(1)", "data:text/html,x"]
)
def test_a_template_written_bad_href_keeps_only_its_text(href: str) -> None:
    doc = parse_markup(f'<p>See <a href="{href}" class="x">this</a> and <a href="#src-1">1</a>.</p>')
    para = doc.body[0]
    assert isinstance(para, Para)
    links = [n for n in _inlines(para.children) if isinstance(n, Link)]
    assert [link.href for link in links] == ["#src-1"]
    assert any(isinstance(n, Span) and n.classes == ("x",) for n in para.children)


def _inlines(nodes: tuple[Inline, ...]) -> list[Inline]:
    out: list[Inline] = []
    for node in nodes:
        out.append(node)
        out.extend(_inlines(getattr(node, "children", ())))
    return out


def test_an_old_json_with_a_script_url_gives_the_site_no_link() -> None:
    data = {"sources": [{"id": "a", "number": 1, "title": "A", "url": "javascript:alert(1)"}]}
    manifest = parse_manifest(json.dumps(data).encode())
    assert manifest is not None and manifest.sources[0].url is None


TEXT = "The ministry said on Monday that the port will reopen. " * 3


@pytest.fixture(scope="module")
def hostile_brief(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("seeds") / "hostile"
    folder.mkdir()
    (folder / "brief.toml").write_text('title = "Hostile links"\ndate = 2026-01-05\n', encoding="utf-8")
    (folder / "a.txt").write_text(f"# title: Port note\n# url: javascript:alert(1)\n\n{TEXT}\n", encoding="utf-8")
    (folder / "b.md").write_text(
        f"---\ntitle: Port memo\nurl: data:text/html,<script>alert(1)</script>\n---\n\n{TEXT}\n", encoding="utf-8"
    )
    (folder / "c.txt").write_text(f"# url:  vbscript:msgbox(1)\n\n{TEXT}\n", encoding="utf-8")
    (folder / "d.html").write_text(
        '<html><head><title>Port page</title><link rel="canonical" href="javascript:alert(2)">'
        '<meta property="og:url" content="javascript:alert(3)"></head>'
        f"<body><article><h1>Port page</h1><p>{TEXT}</p><p>{TEXT}</p></article></body></html>",
        encoding="utf-8",
    )
    return folder


@pytest.mark.parametrize("template", ["policy-brief", "memo", "one-pager"])
def test_script_urls_from_source_metadata_become_no_link_in_any_output(
    hostile_brief: Path, tmp_path: Path, template: str
) -> None:
    result = api.build(hostile_brief, api.BuildOptions(out_root=tmp_path, template=template))
    assert all(source.url is None for source in result.brief.sources)
    files = {p.suffix: p.read_bytes() for p in result.outputs}
    for suffix in (".html", ".json"):
        text = files[suffix].decode("utf-8").lower()
        assert "javascript:" not in text and "vbscript:" not in text and "data:text/html" not in text
    with zipfile.ZipFile(io.BytesIO(files[".docx"])) as package:
        rels = " ".join(package.read(n).decode() for n in package.namelist() if n.endswith(".rels")).lower()
    assert "javascript" not in rels and "vbscript" not in rels and "data:" not in rels
    uris = [
        str(annot.get_object().get("/A", {}).get("/URI", ""))
        for page in PdfReader(io.BytesIO(files[".pdf"])).pages
        for annot in page.get("/Annots") or []
    ]
    assert not [u for u in uris if u and not u.startswith(("http", "mailto"))]
