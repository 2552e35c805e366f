"""Hand-built PDFs for the bad-input tests: one page whose content stream (and its filters) a test writes."""

from __future__ import annotations

import zlib


def flate(data: bytes, repeat: int = 1) -> bytes:
    """``data`` repeated ``repeat`` times, Flate-compressed without ever holding the whole expansion."""
    packer = zlib.compressobj(9)
    return b"".join(packer.compress(data) for _ in range(repeat)) + packer.flush()


def one_page_pdf(stream: bytes, stream_dict: bytes = b"", extra: tuple[bytes, ...] = ()) -> bytes:
    """A PDF of one Letter page using Helvetica as /F1, whose contents are ``stream`` (already encoded as
    ``stream_dict`` says, e.g. ``/Filter /FlateDecode``); ``extra`` objects are numbered from 6."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> "
        b"/Contents 4 0 R >>",
        b"<< /Length %d %s >>\nstream\n" % (len(stream), stream_dict) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        *extra,
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def text_ops(lines: list[bytes], size: int = 10, top: int = 740) -> bytes:
    """Content operators drawing each of ``lines`` in /F1 at ``size`` points, one under the other."""
    ops = [b"BT /F1 %d Tf 1 0 0 1 72 %d Tm %d TL" % (size, top, size + 2)]
    ops += [b"(" + line + b") '" for line in lines]
    ops.append(b"ET")
    return b"\n".join(ops)
