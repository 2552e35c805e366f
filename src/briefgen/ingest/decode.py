"""Turn a text file's bytes into text: size and binary checks, UTF-8 (with or without BOM), cp1252."""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import IngestError
from .limits import MB, megabytes, text_too_large

DEFAULT_MAX_BYTES = 50 * MB
_CONTROL = bytes(c for c in range(32) if chr(c) not in "\t\n\r\f")
# Control characters (Unicode Cc) other than tab and line feed: C0, DEL and C1.
_CONTROL_CHARS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def read_bytes(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """Read a source file, refusing missing, empty and oversized files with a clear message."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise IngestError(f"{path}: file not found") from None
    except OSError as exc:
        raise IngestError(f"{path}: cannot read ({exc.strerror})") from None
    if size > max_bytes:
        raise IngestError(
            f"{path}: {size / MB:.1f} MB is over the {megabytes(max_bytes)} MB limit for a source; "
            "split the file or raise the limit with --max-source-mb"
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise IngestError(f"{path}: cannot read ({exc.strerror})") from None
    if not data.strip():
        raise IngestError(f"{path}: the file is empty; remove it or add its text")
    return data


def decode_text(path: Path, data: bytes, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[str, str]:
    """Decode text bytes; returns (text with ``\\n`` line ends, encoding name).

    A NUL byte anywhere, or many control bytes at the start, mean a binary file. Other control
    characters are replaced one for one by spaces, so offsets into the text stay exact.
    """
    sample = data[:65536]
    controls = len(sample) - len(sample.translate(None, _CONTROL))  # the control bytes, counted in C
    if b"\x00" in data or controls > len(sample) * 0.05:
        raise IngestError(f"{path}: looks like a binary file, not text; give a .txt or .md source")
    try:
        text, encoding = data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        try:
            text, encoding = data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            raise IngestError(f"{path}: not UTF-8 or cp1252 text; re-save it as UTF-8") from None
    text = blank_controls(text.replace("\r\n", "\n").replace("\r", "\n"))
    if not text.strip():
        raise IngestError(f"{path}: the file holds no text; remove it or add its text")
    if len(text) > max_bytes:
        raise text_too_large(path, max_bytes)
    return text, encoding


def blank_controls(text: str) -> str:
    """The text with control characters other than tab and line feed replaced one for one by spaces."""
    return _CONTROL_CHARS.sub(" ", text)
