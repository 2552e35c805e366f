"""Turn a text file's bytes into text: size and binary checks, UTF-8 (with or without BOM), cp1252."""

from __future__ import annotations

from pathlib import Path

from ..errors import IngestError

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
_CONTROL = {c for c in range(32) if chr(c) not in "\t\n\r\f"}


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
            f"{path}: {size / 1e6:.1f} MB is over the {max_bytes / 1e6:.0f} MB limit for a source; "
            "split the file or raise the limit with --max-source-mb"
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise IngestError(f"{path}: cannot read ({exc.strerror})") from None
    if not data.strip():
        raise IngestError(f"{path}: the file is empty; remove it or add its text")
    return data


def decode_text(path: Path, data: bytes) -> tuple[str, str]:
    """Decode text bytes; returns (text with ``\\n`` line ends, encoding name)."""
    sample = data[:65536]
    if b"\x00" in sample or sum(b in _CONTROL for b in sample) > len(sample) * 0.05:
        raise IngestError(f"{path}: looks like a binary file, not text; give a .txt or .md source")
    try:
        text, encoding = data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        try:
            text, encoding = data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            raise IngestError(f"{path}: not UTF-8 or cp1252 text; re-save it as UTF-8") from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise IngestError(f"{path}: the file holds no text; remove it or add its text")
    return text, encoding
