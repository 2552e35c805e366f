"""Downloads: Content-Type, Content-Disposition, ETag/Last-Modified with 304s, and byte ranges."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from starlette.datastructures import Headers
from starlette.testclient import TestClient

from briefgen.web.files import ByteRange, Unsatisfiable, content_disposition, requested_range
from web.brief_fixtures import MARITIME, pdf_bytes
from web.live_server import http_get, live_server

PDF_URL = f"/briefs/{MARITIME.name}/{MARITIME.name}.pdf"


def _pdf(root: Path) -> bytes:
    return (root / MARITIME.name / f"{MARITIME.name}.pdf").read_bytes()


@pytest.mark.parametrize(
    ("ext", "media_type"),
    [
        ("pdf", "application/pdf"),
        ("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        ("json", "application/json"),
        ("html", "text/html; charset=utf-8"),
    ],
)
def test_download_headers(client: TestClient, briefs_root: Path, ext: str, media_type: str) -> None:
    response = client.get(f"/briefs/{MARITIME.name}/{MARITIME.name}.{ext}")
    assert response.status_code == 200
    assert response.headers["content-type"] == media_type
    assert response.headers["content-disposition"].startswith(f'attachment; filename="{MARITIME.name}.{ext}"')
    assert response.headers["etag"].startswith('"')
    assert response.headers["last-modified"].endswith(" GMT")
    assert response.headers["accept-ranges"] == "bytes"
    assert response.content == (briefs_root / MARITIME.name / f"{MARITIME.name}.{ext}").read_bytes()
    assert int(response.headers["content-length"]) == len(response.content)


def test_revalidation_gives_304(client: TestClient) -> None:
    first = client.get(PDF_URL)
    etag, modified = first.headers["etag"], first.headers["last-modified"]
    by_etag = client.get(PDF_URL, headers={"If-None-Match": etag})
    assert by_etag.status_code == 304 and by_etag.content == b""
    assert by_etag.headers["etag"] == etag
    assert client.get(PDF_URL, headers={"If-None-Match": f'"other", W/{etag}'}).status_code == 304
    assert client.get(PDF_URL, headers={"If-Modified-Since": modified}).status_code == 304
    assert client.get(PDF_URL, headers={"If-None-Match": '"stale"'}).status_code == 200
    # If-None-Match wins over If-Modified-Since
    assert client.get(PDF_URL, headers={"If-None-Match": '"stale"', "If-Modified-Since": modified}).status_code == 200
    assert client.get(PDF_URL, headers={"If-Modified-Since": "Mon, 01 Jan 2001 00:00:00 GMT"}).status_code == 200
    assert client.get(PDF_URL, headers={"If-Modified-Since": "not a date"}).status_code == 200


def test_a_rebuilt_file_gets_a_new_etag(client: TestClient, briefs_root: Path) -> None:
    old = client.get(PDF_URL).headers["etag"]
    target = briefs_root / MARITIME.name / f"{MARITIME.name}.pdf"
    part = target.with_name(f".{target.name}.abc.part")
    part.write_bytes(pdf_bytes("Rebuilt", pages=3))
    os.replace(part, target)  # what the writers do
    response = client.get(PDF_URL, headers={"If-None-Match": old})
    assert response.status_code == 200
    assert response.content == target.read_bytes()
    assert response.headers["etag"] != old


def test_ranges(client: TestClient, briefs_root: Path) -> None:
    data = _pdf(briefs_root)
    size = len(data)
    part = client.get(PDF_URL, headers={"Range": "bytes=0-4"})
    assert part.status_code == 206 and part.content == b"%PDF-"
    assert part.headers["content-range"] == f"bytes 0-4/{size}"
    assert part.headers["content-length"] == "5"
    assert client.get(PDF_URL, headers={"Range": "bytes=100-"}).content == data[100:]
    assert client.get(PDF_URL, headers={"Range": "bytes=-10"}).content == data[-10:]
    assert client.get(PDF_URL, headers={"Range": f"bytes=10-{size * 2}"}).content == data[10:]
    unsatisfiable = client.get(PDF_URL, headers={"Range": f"bytes={size}-"})
    assert unsatisfiable.status_code == 416
    assert unsatisfiable.headers["content-range"] == f"bytes */{size}"


def test_if_range(client: TestClient, briefs_root: Path) -> None:
    etag = client.get(PDF_URL).headers["etag"]
    assert client.get(PDF_URL, headers={"Range": "bytes=0-9", "If-Range": etag}).status_code == 206
    stale = client.get(PDF_URL, headers={"Range": "bytes=0-9", "If-Range": '"old"'})
    assert stale.status_code == 200 and stale.content == _pdf(briefs_root)


def test_head_sends_headers_only(client: TestClient, briefs_root: Path) -> None:
    response = client.head(PDF_URL)
    assert response.status_code == 200 and response.content == b""
    assert response.headers["content-length"] == str(len(_pdf(briefs_root)))
    assert response.headers["content-type"] == "application/pdf"


def _range(value: str, size: int = 1000, if_range: str | None = None) -> ByteRange | None:
    headers = {"range": value} | ({"if-range": if_range} if if_range else {})
    return requested_range(Headers(headers), '"tag"', "Sat, 01 Jan 2000 00:00:00 GMT", size)


def test_requested_range() -> None:
    assert _range("bytes=0-0") == ByteRange(0, 1)
    assert _range("bytes=990-") == ByteRange(990, 1000)
    assert _range("bytes=-5000") == ByteRange(0, 1000)
    assert _range("BYTES = 5 - 9") == ByteRange(5, 10)
    for ignored in ("bytes=5-1", "bytes=0-1,5-6", "items=0-5", "bytes=-", "bytes=a-b", "bytes 0-5", "bytes=0x1-2"):
        assert _range(ignored) is None, ignored
    assert _range("bytes=0-9", if_range="Sat, 01 Jan 2000 00:00:00 GMT") == ByteRange(0, 10)
    assert _range("bytes=0-9", if_range='W/"tag"') is None  # If-Range needs a strong match
    for bad in ("bytes=1000-", "bytes=-0", "bytes=5000-6000"):
        with pytest.raises(Unsatisfiable):
            _range(bad)
    with pytest.raises(Unsatisfiable):
        _range("bytes=0-", size=0)


def test_content_disposition_of_any_name() -> None:
    assert content_disposition("brief.pdf") == "attachment; filename=\"brief.pdf\"; filename*=UTF-8''brief.pdf"
    header = content_disposition('Phnom Penh "ព្រះ" brief.pdf')
    assert header.isascii()
    assert 'filename="Phnom Penh ______ brief.pdf"' in header  # quotes and Khmer replaced
    assert "filename*=UTF-8''Phnom%20Penh%20%22%E1%9E%96" in header


def test_a_range_with_huge_numbers_is_never_an_error(client: TestClient, briefs_root: Path) -> None:
    """Issue 15: a 5,000-digit position (past Python's int() limit) gave a 500."""
    data, huge = _pdf(briefs_root), "9" * 5000
    for header in (f"bytes={huge}-", f"bytes={huge}-{huge}"):
        past = client.get(PDF_URL, headers={"Range": header})
        assert past.status_code == 416 and past.headers["content-range"] == f"bytes */{len(data)}"
    for header in (f"bytes=0-{huge}", f"bytes=-{huge}"):
        whole = client.get(PDF_URL, headers={"Range": header})
        assert whole.status_code == 206 and whole.content == data
    zeros = client.get(PDF_URL, headers={"Range": f"bytes={'0' * 5000}5-{'0' * 5000}9"})
    assert zeros.status_code == 206 and zeros.content == data[5:10]
    assert _range(f"bytes=10-{huge}") == ByteRange(10, 1000) and _range(f"bytes={huge}-5") is None
    with pytest.raises(Unsatisfiable):
        _range(f"bytes={huge}-")


def test_a_range_with_huge_numbers_on_the_wire(briefs_root: Path) -> None:
    with live_server(briefs_root) as url:
        response = http_get(url, PDF_URL, {"Range": f"bytes={'9' * 5000}-"})
    assert response.startswith(b"HTTP/1.1 416")
