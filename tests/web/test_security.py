"""Safe by default: only files of known briefs, no traversal, no listing, read-only, security headers."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from briefgen.web import create_app
from briefgen.web.security import SECURITY_HEADERS, host_name
from web.brief_fixtures import MARITIME
from web.raw_asgi import raw_request

TRAVERSALS = [
    "/briefs/../../etc/passwd",
    "/briefs/..%2f..%2fetc%2fpasswd",
    "/briefs/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "/briefs/%2e%2e/%2e%2e/etc/passwd",
    "/briefs/maritime-talks/..%2f..%2f..%2fetc%2fpasswd",
    "/briefs/maritime-talks/%2e%2e%2fmaritime-talks%2fmaritime-talks.pdf",
    "/briefs/%2Fetc%2Fpasswd/passwd",
    "/briefs//etc/passwd",
    "/briefs/%2e%2e/briefs",
    "/briefs/./maritime-talks.pdf",
    "/briefs/maritime-talks/%2Fetc%2Fpasswd",
    "/briefs/maritime-talks/maritime-talks.pdf%00.txt",
    "/briefs/maritime-talks/..",
    "/static/..%2fapp.py",
    "/static/%2e%2e%2f__init__.py",
    "/static/../app.py",
    "/..%2f..%2fetc%2fpasswd",
    "/etc/passwd",
]


@pytest.mark.parametrize("path", TRAVERSALS)
def test_traversal_attempts_give_404(briefs_root: Path, path: str) -> None:
    response = raw_request(create_app(briefs_root), path)
    assert response.status in (404, 307)
    assert b"root:" not in response.body
    if response.status == 307:  # a trailing-slash redirect, never to another host
        assert response.headers["location"].startswith(("/", "http://127.0.0.1:8000/"))


def test_only_the_named_output_files_are_served(briefs_root: Path, client: TestClient) -> None:
    folder = briefs_root / MARITIME.name
    (folder / f".{MARITIME.name}.pdf.x1y2.part").write_bytes(b"%PDF-half")
    (folder / "notes.txt").write_text("internal notes")
    (folder / f"{MARITIME.name}.toml").write_text("title = 'x'")
    for name in (f".{MARITIME.name}.pdf.x1y2.part", "notes.txt", f"{MARITIME.name}.toml"):
        assert client.get(f"/briefs/{MARITIME.name}/{name}").status_code == 404
    assert client.get(f"/briefs/{MARITIME.name}/{MARITIME.name}.pdf").status_code == 200


def test_no_directory_listing(briefs_root: Path, client: TestClient) -> None:
    (briefs_root / MARITIME.name / "notes.txt").write_text("internal notes")
    for path in ("/briefs", "/briefs/", "/static", "/static/"):
        assert client.get(path).status_code == 404, path
    folder = client.get(f"/briefs/{MARITIME.name}/", follow_redirects=False)
    assert folder.status_code == 307 and folder.headers["location"].endswith(f"/briefs/{MARITIME.name}")
    assert "notes.txt" not in client.get(f"/briefs/{MARITIME.name}/").text


def test_symlinks_leading_out_of_the_folder_give_404(tmp_path: Path, briefs_root: Path, client: TestClient) -> None:
    outside = tmp_path / "outside" / "secret"
    outside.mkdir(parents=True)
    (outside / "secret.pdf").write_bytes(b"%PDF-1.4 secret")
    (outside / "passwd").write_text("root:x:0:0")
    os.symlink(outside, briefs_root / "secret")
    docx = briefs_root / MARITIME.name / f"{MARITIME.name}.docx"
    docx.unlink()
    os.symlink(outside / "passwd", docx)
    assert client.get("/briefs/secret").status_code == 404
    assert client.get("/briefs/secret/secret.pdf").status_code == 404
    assert client.get(f"/briefs/{MARITIME.name}/{MARITIME.name}.docx").status_code == 404
    library = client.get("/").text
    assert "secret" not in library and f"{MARITIME.name}.docx" not in library


def test_symlinks_inside_the_folder_are_followed(briefs_root: Path, client: TestClient) -> None:
    os.symlink(briefs_root / MARITIME.name, briefs_root / "alias", target_is_directory=True)
    pdf = briefs_root / MARITIME.name / f"{MARITIME.name}.pdf"
    os.symlink(pdf, briefs_root / MARITIME.name / "alias.pdf")
    assert client.get("/briefs/alias/alias.pdf").content == pdf.read_bytes()


@pytest.mark.parametrize(
    "path",
    [
        "/",
        f"/briefs/{MARITIME.name}",
        f"/briefs/{MARITIME.name}/{MARITIME.name}.pdf",
        "/static/site.css",
        "/no/such/page",
    ],
)
def test_security_headers_on_every_response(client: TestClient, path: str) -> None:
    response = client.get(path)
    for name, value in SECURITY_HEADERS.items():
        assert response.headers[name] == value
    csp = response.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "frame-ancestors 'none'" in csp
    assert response.headers["x-content-type-options"] == "nosniff"


def test_pages_hold_no_inline_script_or_style(client: TestClient) -> None:
    for path in ("/", f"/briefs/{MARITIME.name}"):
        page = client.get(path).text
        assert "<style" not in page and " style=" not in page and "<script>" not in page
        assert '<script src="/static/site.js" defer></script>' in page


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "PATCH", "OPTIONS"])
def test_read_only(client: TestClient, briefs_root: Path, method: str) -> None:
    pdf = briefs_root / MARITIME.name / f"{MARITIME.name}.pdf"
    before = pdf.read_bytes()
    response = client.request(method, f"/briefs/{MARITIME.name}/{MARITIME.name}.pdf", content=b"x")
    assert response.status_code == 405
    assert response.headers["allow"] == "GET, HEAD"
    assert "content-security-policy" in response.headers
    assert pdf.read_bytes() == before


def test_unexpected_host_is_refused_when_hosts_are_restricted(briefs_root: Path) -> None:
    app = create_app(briefs_root, allowed_hosts=("127.0.0.1", "localhost", "::1"))
    assert raw_request(app, "/", host="127.0.0.1:8000").status == 200
    assert raw_request(app, "/", host="localhost").status == 200
    assert raw_request(app, "/", host="[::1]:8000").status == 200
    assert raw_request(app, "/", host="attacker.example:8000").status == 400


def test_host_name() -> None:
    assert host_name("LocalHost:8000") == "localhost"
    assert host_name("[::1]:8000") == "::1"
    assert host_name("127.0.0.1") == "127.0.0.1"
