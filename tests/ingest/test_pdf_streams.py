"""PDF streams decode as pdfminer decodes them, but compression bombs fail fast in bounded memory."""

from __future__ import annotations

import time
import tracemalloc
import zlib
from pathlib import Path
from typing import Any

import pytest
from pdfminer.pdftypes import PDFStream
from pdfminer.psparser import LIT
from pdfminer.runlength import rldecode

from briefgen.errors import IngestError
from briefgen.ingest.pdf import read_pdf
from briefgen.ingest.pdf.streams import MAX_STREAM_BYTES, BoundedStream, StreamBudget, _run_length_size
from ingest.pdf_cases import flate, one_page_pdf, text_ops

_MB = 1024 * 1024
_TEXT = b"The page holds one sentence of text."
_PACKED = zlib.compress(_TEXT * 20)
# The PDF reference's LZW example, and pdfminer's own RunLength test data.
_LZW = b"\x80\x0b\x60\x50\x22\x0c\x0c\x85\x01"
_RUNS = b"\x05123456\xfa7\x04abcde\x80junk"
_PNG_ROWS = zlib.compress(b"".join(b"\x02" + bytes([n, n + 1, n + 2, n + 3]) for n in range(8)))


def _stream(filters: Any, raw: bytes, params: dict[str, Any] | None = None) -> PDFStream:
    attrs: dict[str, Any] = {"Filter": filters}
    if params is not None:
        attrs["DecodeParms"] = params
    return PDFStream(attrs, raw)


def _bounded(stream: PDFStream, path: Path = Path("x.pdf"), per_stream: int = MAX_STREAM_BYTES,
             total: int = 4 * MAX_STREAM_BYTES) -> BoundedStream:
    return BoundedStream(stream, StreamBudget(path, per_stream, total))


@pytest.mark.parametrize(
    ("filters", "raw", "params"),
    [
        (LIT("FlateDecode"), _PACKED, None),
        (LIT("FlateDecode"), _PACKED + b"\r\nendstream garbage", None),
        (LIT("FlateDecode"), _PACKED[:-9], None),
        (LIT("FlateDecode"), _PACKED[:-1] + bytes([_PACKED[-1] ^ 0xFF]), None),
        (LIT("FlateDecode"), _PACKED[:6] + b"\xff\xff\xff" + _PACKED[9:], None),
        (LIT("FlateDecode"), b"", None),
        (LIT("Fl"), flate(b"0123456789abcdef" * 4096, 64), None),
        (LIT("LZWDecode"), _LZW, None),
        (LIT("RunLengthDecode"), _RUNS, None),
        ([LIT("ASCIIHexDecode"), LIT("FlateDecode")], _PACKED.hex().encode() + b">", None),
        (LIT("ASCII85Decode"), b"87cURD]i,\"Ebo80~>", None),
        (LIT("FlateDecode"), _PNG_ROWS, {"Predictor": 12, "Columns": 4}),
        (LIT("DCTDecode"), b"\xff\xd8 not decoded \xff\xd9", None),
    ],
    ids=["flate", "trailing-bytes", "truncated", "bad-checksum", "damaged", "empty", "large", "lzw", "runlength",
         "hex-then-flate", "ascii85", "png-predictor", "image"],
)
def test_decodes_like_pdfminer(filters: Any, raw: bytes, params: dict[str, Any] | None) -> None:
    assert _bounded(_stream(filters, raw, params)).get_data() == _stream(filters, raw, params).get_data()


def test_run_length_size_is_read_from_the_headers() -> None:
    for data in (_RUNS, b"\x81a" * 50, b"\x00x\x7f" + bytes(128) + b"\xff?"):
        assert _run_length_size(data) == len(rldecode(data))


def test_flate_bomb_fails_fast_in_bounded_memory(tmp_path: Path) -> None:
    """A 200 KB PDF whose page stream inflates to 200 MB: refused at 100 MB, never held whole."""
    path = tmp_path / "bomb.pdf"
    path.write_bytes(one_page_pdf(flate(b" " * _MB, 200), b"/Filter /FlateDecode"))
    data = path.read_bytes()
    tracemalloc.start()
    started = time.perf_counter()
    try:
        with pytest.raises(IngestError) as info:
            read_pdf(path, data)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    elapsed = time.perf_counter() - started
    message = str(info.value)
    assert message == f"{path}: a compressed stream expands past 100 MB; the PDF looks malformed or hostile"
    assert peak < 200 * _MB, f"peak {peak / _MB:.0f} MB"
    assert elapsed < 10, f"{elapsed:.1f} s"


def test_streams_of_a_document_share_one_budget() -> None:
    budget = StreamBudget(Path("many.pdf"), per_stream=1000, total=2500)
    streams = [BoundedStream(_stream(LIT("FlateDecode"), zlib.compress(b"x" * 900)), budget) for _ in range(3)]
    assert [len(s.get_data()) for s in streams[:2]] == [900, 900]
    with pytest.raises(IngestError, match=r"many.pdf: its compressed streams expand past .* MB in all; the PDF"):
        streams[2].get_data()


@pytest.mark.parametrize(
    ("filters", "raw", "params"),
    [
        (LIT("FlateDecode"), flate(bytes(_MB), 8), None),
        ([LIT("FlateDecode"), LIT("FlateDecode")], zlib.compress(flate(bytes(_MB), 8)), None),
        (LIT("RunLengthDecode"), b"\x81\x00" * 80_000, None),
        (LIT("LZWDecode"), _LZW, None),
        (LIT("FlateDecode"), zlib.compress(b"\x00\x00"), {"Predictor": 12, "Columns": 10**12}),
    ],
    ids=["flate", "flate-twice", "runlength", "lzw", "predictor-row"],
)
def test_every_expanding_filter_is_bounded(filters: Any, raw: bytes, params: dict[str, Any] | None) -> None:
    stream = _bounded(_stream(filters, raw, params), per_stream=8, total=10**9)
    with pytest.raises(IngestError, match=r"x.pdf: a compressed stream expands past .* MB; the PDF looks malformed"):
        stream.get_data()


def test_fax_data_in_a_page_stream_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "fax.pdf"
    path.write_bytes(one_page_pdf(b"\x00\x00\x00", b"/Filter /CCITTFaxDecode /DecodeParms << /K -1 /Columns 99999 >>"))
    with pytest.raises(IngestError, match="compressed as a fax image; the PDF looks malformed or hostile"):
        read_pdf(path, path.read_bytes())


def test_a_flate_page_stream_still_reads(tmp_path: Path) -> None:
    path = tmp_path / "ok.pdf"
    path.write_bytes(one_page_pdf(zlib.compress(text_ops([_TEXT])), b"/Filter /FlateDecode"))
    assert [p.text for p in read_pdf(path, path.read_bytes()).paragraphs] == [_TEXT.decode()]
