"""Open a zip-based document (DOCX) safely: refuse archives that are corrupt or expand too far."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from ..errors import IngestError

_MB = 1024 * 1024
MAX_UNCOMPRESSED = 200 * _MB
MAX_RATIO = 100
# Ratios of tiny archives mean nothing (a few KB of repetitive XML compresses very well).
_RATIO_FLOOR = _MB
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def check_zip(path: Path, data: bytes, kind: str) -> None:
    """Refuse non-zip data, encrypted/legacy OLE files and zip bombs, before any member is read."""
    if data.startswith(_OLE_MAGIC):
        raise IngestError(
            f"{path}: the file is password-protected or in an old binary format; "
            f"remove the password or save it as {kind} first"
        )
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError, ValueError, OSError):
        # (NotImplementedError: a member needing a newer zip version or an unknown compression, found by fuzzing)
        raise IngestError(f"{path}: not a valid {kind} file (not a zip archive); re-save it from its editor") from None
    expanded = sum(member.file_size for member in members)
    packed = sum(member.compress_size for member in members)
    if expanded > MAX_UNCOMPRESSED:
        raise IngestError(
            f"{path}: expands to {expanded / _MB:.0f} MB, over the {MAX_UNCOMPRESSED // _MB} MB limit "
            "(possible zip bomb); refusing to read it"
        )
    if expanded > _RATIO_FLOOR and expanded > MAX_RATIO * max(packed, 1):
        raise IngestError(
            f"{path}: compression ratio {expanded / max(packed, 1):.0f}:1 is over {MAX_RATIO}:1 "
            "(possible zip bomb); refusing to read it"
        )
