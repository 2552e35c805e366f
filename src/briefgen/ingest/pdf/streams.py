"""Decode PDF streams as pdfminer does, but refuse streams that expand past a limit (compression bombs).

pdfminer inflates a stream in one ``zlib.decompress`` call, so a 1 MB file can hold a stream that
takes gigabytes before any text is seen. ``BoundedParser`` makes pdfminer's documents out of
``BoundedStream`` objects, which decode in chunks against a ``StreamBudget``: each stream may expand to
``MAX_STREAM_BYTES`` and all of a document's streams together to ``MAX_DOCUMENT_BYTES``.
"""

from __future__ import annotations

import contextlib
import io
import zlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any, BinaryIO

from pdfminer.ascii85 import ascii85decode, asciihexdecode
from pdfminer.lzw import LZWDecoder
from pdfminer.pdfexceptions import PDFNotImplementedError
from pdfminer.pdfparser import PDFParser
from pdfminer.pdftypes import (
    LITERAL_CRYPT,
    LITERALS_ASCII85_DECODE,
    LITERALS_ASCIIHEX_DECODE,
    LITERALS_CCITTFAX_DECODE,
    LITERALS_DCT_DECODE,
    LITERALS_FLATE_DECODE,
    LITERALS_JBIG2_DECODE,
    LITERALS_JPX_DECODE,
    LITERALS_LZW_DECODE,
    LITERALS_RUNLENGTH_DECODE,
    PDFStream,
    int_value,
)
from pdfminer.psparser import PSKeyword
from pdfminer.runlength import rldecode
from pdfminer.utils import apply_png_predictor, apply_tiff_predictor

from ...errors import IngestError
from ..limits import MB, megabytes

#: The most one stream may expand to when decoded.
MAX_STREAM_BYTES = 100 * MB
#: The most all of a document's streams may expand to together.
MAX_DOCUMENT_BYTES = 500 * MB
_CHUNK = MB
# pdfminer keeps a Flate stream whose error lies in its last bytes (a bad checksum), else drops it.
_CHECKSUM_TAIL = 3
_IMAGE_FILTERS = (*LITERALS_DCT_DECODE, *LITERALS_JBIG2_DECODE, *LITERALS_JPX_DECODE)


class _Overflow(Exception):
    """A decoder produced more than it was allowed to."""


class _FaxImage(Exception):
    """A stream pdfminer must decode for text is CCITT fax data (which only images use)."""


class StreamBudget:
    """How far one document's streams may expand: each to ``per_stream`` bytes, all to ``total``."""

    def __init__(self, path: Path, per_stream: int = MAX_STREAM_BYTES, total: int = MAX_DOCUMENT_BYTES) -> None:
        self.path = path
        self.per_stream = per_stream
        self.total = total
        self.used = 0

    def room(self) -> int:
        """The most the next stream may expand to."""
        return max(0, min(self.per_stream, self.total - self.used))

    def spend(self, size: int) -> None:
        """Count a decoded stream's size."""
        self.used += size

    def overflow(self) -> IngestError:
        """The error for a stream that expands past the room left."""
        if self.room() < self.per_stream:
            return IngestError(
                f"{self.path}: its compressed streams expand past {megabytes(self.total)} MB in all; "
                "the PDF looks malformed or hostile"
            )
        return IngestError(
            f"{self.path}: a compressed stream expands past {megabytes(self.per_stream)} MB; "
            "the PDF looks malformed or hostile"
        )


class BoundedStream(PDFStream):
    """A pdfminer stream that decodes within a ``StreamBudget``."""

    def __init__(self, stream: PDFStream, budget: StreamBudget) -> None:
        super().__init__(stream.attrs, stream.rawdata or b"", stream.decipher)
        self.budget = budget

    def decode(self) -> None:
        """Decode ``rawdata`` into ``data`` like ``PDFStream.decode``, refusing to expand past the budget."""
        assert self.data is None and self.rawdata is not None
        data = self.rawdata
        if self.decipher:
            assert self.objid is not None and self.genno is not None
            data = self.decipher(self.objid, self.genno, data, self.attrs)
        try:
            data = decode_filters(data, self.get_filters(), self.budget.room())
        except _Overflow:
            raise self.budget.overflow() from None
        except _FaxImage:
            raise IngestError(
                f"{self.budget.path}: a page or font stream is compressed as a fax image; "
                "the PDF looks malformed or hostile"
            ) from None
        self.budget.spend(len(data))
        self.data, self.rawdata = data, None


class BoundedParser(PDFParser):
    """pdfminer's PDF parser, making ``BoundedStream`` objects that share one budget."""

    def __init__(self, fp: BinaryIO, budget: StreamBudget) -> None:
        super().__init__(fp)
        self.budget = budget

    def do_keyword(self, pos: int, token: PSKeyword) -> None:
        """Parse a keyword; a stream object just read is swapped for a bounded one."""
        super().do_keyword(pos, token)
        if token is self.KEYWORD_STREAM and self.curstack:
            at, obj = self.curstack[-1]
            if type(obj) is PDFStream:
                self.curstack[-1] = (at, BoundedStream(obj, self.budget))


def decode_filters(data: bytes, filters: Sequence[tuple[Any, Any]], limit: int) -> bytes:
    """Apply a stream's filters and predictors in order, as pdfminer does; no step may exceed ``limit`` bytes."""
    for name, params in filters:
        if name in LITERALS_FLATE_DECODE:
            data = inflate(data, limit)
        elif name in LITERALS_LZW_DECODE:
            data = _unlzw(data, limit)
        elif name in LITERALS_RUNLENGTH_DECODE:
            if _run_length_size(data) > limit:
                raise _Overflow
            data = rldecode(data)
        elif name in LITERALS_ASCII85_DECODE:
            data = ascii85decode(data)
        elif name in LITERALS_ASCIIHEX_DECODE:
            data = asciihexdecode(data)
        elif name in LITERALS_CCITTFAX_DECODE:
            raise _FaxImage
        elif name == LITERAL_CRYPT:
            raise PDFNotImplementedError("/Crypt filter is unsupported")
        elif name not in _IMAGE_FILTERS:
            raise PDFNotImplementedError(f"Unsupported filter: {name!r}")
        data = _unpredict(data, params, limit)
    return data


def inflate(data: bytes, limit: int) -> bytes:
    """Flate-decode at most ``limit`` bytes; like pdfminer, a damaged checksum keeps the output, other
    damage gives nothing, and a truncated stream gives what it holds."""
    inflater = zlib.decompressobj()
    out = bytearray()
    split = max(0, len(data) - _CHECKSUM_TAIL)
    try:
        _feed(inflater, data[:split], out, limit)
    except zlib.error:
        return b""
    with contextlib.suppress(zlib.error):
        _feed(inflater, data[split:], out, limit)
    return bytes(out)


def _feed(inflater: Any, data: bytes, out: bytearray, limit: int) -> None:
    while True:
        chunk = inflater.decompress(data, _CHUNK)
        out += chunk
        if len(out) > limit:
            raise _Overflow
        data = inflater.unconsumed_tail
        if not data and (len(chunk) < _CHUNK or inflater.eof):
            return


def _unlzw(data: bytes, limit: int) -> bytes:
    out = bytearray()
    for chunk in LZWDecoder(io.BytesIO(data)).run():
        out += chunk
        if len(out) > limit:
            raise _Overflow
    return bytes(out)


def _run_length_size(data: bytes) -> int:
    """The size RunLengthDecode will give, read from the run headers without expanding them."""
    size = index = 0
    while index < len(data) and data[index] != 128:
        length = data[index]
        if length < 128:
            size, index = size + length + 1, index + length + 2
        else:
            size, index = size + 257 - length, index + 2
    return size


def _unpredict(data: bytes, params: Any, limit: int) -> bytes:
    """Undo a PNG or TIFF predictor, as pdfminer does; a row wider than ``limit`` is refused."""
    if not params or "Predictor" not in params:
        return data
    predictor = int_value(params["Predictor"])
    if predictor == 1:
        return data
    colors = int_value(params.get("Colors", 1))
    columns = int_value(params.get("Columns", 1))
    bits = int_value(params.get("BitsPerComponent", 8))
    if max(columns, colors * columns * bits // 8) > limit:
        raise _Overflow
    if predictor == 2:
        return apply_tiff_predictor(colors, columns, bits, data)
    if predictor >= 10:
        return apply_png_predictor(predictor, colors, columns, bits, data)
    raise PDFNotImplementedError(f"Unsupported predictor: {predictor!r}")
