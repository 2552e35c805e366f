"""Serving a file over HTTP: ETag and Last-Modified validators, 304 on revalidation, single byte ranges.

The file is opened once and every header and byte comes from that open file, so a brief rebuilt
(renamed into place) while it is being downloaded is served whole, in its old version. Where the
server offers ASGI's zero-copy extension (the site's own protocol, ``zerocopy.py``) the kernel
sends the bytes from that open file; elsewhere they are read in chunks of ``CHUNK_SIZE``.
"""

from __future__ import annotations

import functools
import hashlib
import os
import re
import stat
import sys
from dataclasses import dataclass
from email.utils import formatdate, parsedate_to_datetime
from pathlib import Path
from typing import BinaryIO
from urllib.parse import quote

import anyio.to_thread
from starlette.datastructures import Headers
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from . import zerocopy
from .exact import SetChanged, Signature, open_exact

CHUNK_SIZE = 1024 * 1024
_RANGE = re.compile(r"\s*bytes\s*=\s*([0-9]*)\s*-\s*([0-9]*)\s*", re.IGNORECASE | re.ASCII)
#: Digits read of a byte position; a longer number (Python refuses over 4,300) is past any file's end.
MAX_POSITION_DIGITS = 18
#: Downloads may be cached but must be revalidated, so a rebuilt brief shows at once.
CACHE_CONTROL = "private, no-cache"


@dataclass(frozen=True, slots=True)
class ByteRange:
    """A satisfiable byte range of a file: ``start`` inclusive, ``end`` exclusive."""

    start: int
    """First byte."""
    end: int
    """One past the last byte."""


class Unsatisfiable(Exception):
    """A Range header that asks only for bytes past the end of the file."""


def file_response(
    request: Request,
    path: Path,
    media_type: str,
    download_name: str | None = None,
    signature: Signature | None = None,
) -> Response:
    """A GET/HEAD response for one file: 200, 206, 304 or 416; 404 when the file is not a readable regular file.

    With ``signature``, the file must still be the one with that signature, else ``SetChanged``.
    It opens and stats the file (microseconds on a local disk: the site calls it on its event loop).
    """
    try:
        if signature is not None:
            fd = open_exact(path, signature)
        else:
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except SetChanged:
        raise
    except OSError:
        raise HTTPException(404) from None
    handle = os.fdopen(fd, "rb", buffering=0)
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise HTTPException(404)
        etag = f'"{st.st_ino:x}-{st.st_size:x}-{st.st_mtime_ns:x}"'
        headers = {
            "ETag": etag,
            "Last-Modified": http_date(st.st_mtime),
            "Cache-Control": CACHE_CONTROL,
            "Accept-Ranges": "bytes",
        }
        if download_name:
            headers["Content-Disposition"] = content_disposition(download_name)
        if not_modified(request.headers, etag, int(st.st_mtime)):
            handle.close()
            return Response(status_code=304, headers=headers)
        try:
            span = requested_range(request.headers, etag, headers["Last-Modified"], st.st_size)
        except Unsatisfiable:
            handle.close()
            headers["Content-Range"] = f"bytes */{st.st_size}"
            return Response(status_code=416, headers=headers)
        status = 200
        if span is None:
            span = ByteRange(0, st.st_size)
        else:
            status = 206
            headers["Content-Range"] = f"bytes {span.start}-{span.end - 1}/{st.st_size}"
        headers["Content-Length"] = str(span.end - span.start)
        if request.method == "HEAD":
            handle.close()
            return Response(status_code=status, headers=headers, media_type=media_type)
        return _FileBody(handle, span, status, headers, media_type)
    except BaseException:
        handle.close()
        raise


def bytes_response(request: Request, data: bytes, media_type: str, cache_control: str = "no-cache") -> Response:
    """A response for bytes held in memory (the site's static files), with an ETag and 304s."""
    etag = '"' + hashlib.sha256(data).hexdigest()[:32] + '"'
    headers = {"ETag": etag, "Cache-Control": cache_control}
    if not_modified(request.headers, etag, None):
        return Response(status_code=304, headers=headers)
    return Response(
        b"" if request.method == "HEAD" else data,
        headers=headers | {"Content-Length": str(len(data))},
        media_type=media_type,
    )


def not_modified(headers: Headers, etag: str, mtime: int | None) -> bool:
    """True when the client's cached copy is current (If-None-Match, else If-Modified-Since)."""
    if_none_match = headers.get("if-none-match")
    if if_none_match is not None:
        tags = [t.strip() for t in if_none_match.split(",")]
        return "*" in tags or any(_weak(t) == _weak(etag) for t in tags)
    since = _http_date(headers.get("if-modified-since"))
    return mtime is not None and since is not None and mtime <= since


def requested_range(headers: Headers, etag: str, last_modified: str, size: int) -> ByteRange | None:
    """The single byte range asked for, or None for the whole file.

    Ranges in another unit, malformed, multiple, or guarded by an If-Range that no longer matches
    are ignored (the whole file is sent, as RFC 9110 allows); a range wholly past the end raises
    ``Unsatisfiable``.
    """
    value = headers.get("range")
    if not value:
        return None
    if_range = headers.get("if-range")
    if if_range is not None and if_range.strip() not in (etag, last_modified):
        return None
    match = _RANGE.fullmatch(value)
    if match is None:
        return None
    first, last = match.groups()
    if not first and not last:
        return None
    if not first:
        suffix = _position(last)
        if suffix == 0 or size == 0:
            raise Unsatisfiable
        return ByteRange(max(0, size - suffix), size)
    start = _position(first)
    if last and _position(last) < start:
        return None
    if start >= size:
        raise Unsatisfiable
    return ByteRange(start, min(_position(last) + 1, size) if last else size)


def _position(digits: str) -> int:
    """A byte position of a Range header; any number too long to be a real position reads as ``sys.maxsize``."""
    digits = digits.lstrip("0") or "0"
    return int(digits) if len(digits) <= MAX_POSITION_DIGITS else sys.maxsize


@functools.lru_cache(maxsize=1024)
def http_date(mtime: float) -> str:
    """A modification time as an HTTP date (kept per time: the same files are served again and again)."""
    return formatdate(mtime, usegmt=True)


@functools.lru_cache(maxsize=1024)
def content_disposition(filename: str) -> str:
    """An ``attachment`` Content-Disposition naming the file, safe for any name (RFC 6266)."""
    fallback = "".join(c if c.isascii() and c.isprintable() and c not in '"\\' else "_" for c in filename)
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(filename, safe='')}"


def _weak(tag: str) -> str:
    return tag.removeprefix("W/")


def _http_date(value: str | None) -> int | None:
    if not value:
        return None
    try:
        return int(parsedate_to_datetime(value).timestamp())
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


class _FileBody(Response):
    """Streams a byte range of an open file, then closes it (also when the client goes away)."""

    def __init__(
        self, handle: BinaryIO, span: ByteRange, status_code: int, headers: dict[str, str], media_type: str
    ) -> None:
        self._handle = handle
        self._span = span
        super().__init__(None, status_code, headers, media_type)

    def _read(self, offset: int, size: int) -> bytes:
        self._handle.seek(offset)
        return self._handle.read(size)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        try:
            await send({"type": "http.response.start", "status": self.status_code, "headers": self.raw_headers})
            if zerocopy.EXTENSION in scope.get("extensions", {}):  # the kernel sends the bytes (zerocopy.py)
                await send(
                    {
                        "type": zerocopy.EXTENSION,
                        "file": self._handle,
                        "offset": self._span.start,
                        "count": self._span.end - self._span.start,
                        "more_body": False,
                    }
                )
                return
            position = self._span.start
            while position < self._span.end:
                chunk = await anyio.to_thread.run_sync(self._read, position, min(CHUNK_SIZE, self._span.end - position))
                if not chunk:  # truncated in place underneath us; the short body tells the client
                    return
                position += len(chunk)
                await send({"type": "http.response.body", "body": chunk, "more_body": position < self._span.end})
            if self._span.start == self._span.end:
                await send({"type": "http.response.body", "body": b"", "more_body": False})
        except OSError:  # the client went away
            return
        finally:
            self._handle.close()
