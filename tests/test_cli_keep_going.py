"""Bad sources: one clear line, exit 1 and nothing written; with --keep-going, skipped with a warning and exit 3."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from reportlab.lib import pdfencrypt
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas
from typer.testing import CliRunner

from briefgen import api
from briefgen.cli import app
from briefgen.errors import IngestError

runner = CliRunner()

GOOD = (
    "Trade Ministers Meet in Jakarta\n"
    "Trade ministers from ten countries met in Jakarta on Monday to review regional trade rules.\n"
    "They agreed to cut tariffs on farm goods by 20 percent over five years, officials said.\n"
    "The region's exports reached $1.2 trillion last year, according to the secretariat.\n"
)


def _pdf(*, encrypt: pdfencrypt.StandardEncryption | None = None, scanned: bool = False) -> bytes:
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, encrypt=encrypt, invariant=1)
    if scanned:
        from PIL import Image

        page.drawImage(ImageReader(Image.new("L", (300, 400), 230)), 72, 300, 300, 400)
    else:
        page.drawString(72, 720, "The text layer of this page holds one sentence about trade.")
    page.showPage()
    page.save()
    return buffer.getvalue()


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


NO_ARTICLE = (
    b"<html><head><title>Home</title></head><body><nav><a href='/a'>News</a> <a href='/b'>Sport</a>"
    b"</nav><footer>Copyright</footer></body></html>"
)

#: (file name, bytes, what the one-line message must say, extra command-line arguments)
CASES: dict[str, tuple[str, Callable[[], bytes], str, list[str]]] = {
    "encrypted-pdf": (
        "locked.pdf",
        lambda: _pdf(encrypt=pdfencrypt.StandardEncryption("user", ownerPassword="owner")),
        "encrypted; remove the password first",
        [],
    ),
    "scanned-pdf": ("scan.pdf", lambda: _pdf(scanned=True), "no text layer", []),
    "corrupt-docx": ("notes.docx", lambda: b"This is plain text saved with a .docx name.", "not a zip archive", []),
    "zip-bomb-docx": ("bomb.docx", lambda: _zip({"word/document.xml": bytes(3 * 1024 * 1024)}), "zip bomb", []),
    "html-without-article": ("home.html", lambda: NO_ARTICLE, "no article text found", []),
    "empty-file": ("empty.txt", lambda: b"", "the file is empty", []),
    "binary-with-text-suffix": ("data.txt", lambda: b"\x00\x01\x02binary\x00" * 50, "looks like a binary file", []),
    "over-size-limit": (
        "long.md", lambda: ("A long line. " * 1200).encode(), "MB limit for a source", ["--max-source-mb", "0.01"]
    ),
}


def _folder(tmp_path: Path, name: str, data: bytes) -> Path:
    folder = tmp_path / "trade"
    folder.mkdir()
    (folder / "brief.toml").write_text(
        'title = "Regional Trade"\ndate = 2026-01-05\nsources = ["*.txt", "*.md", "*.html", "*.docx", "*.pdf"]\n',
        encoding="utf-8",
    )
    (folder / "agreed.txt").write_text(GOOD, encoding="utf-8")
    (folder / name).write_bytes(data)
    return folder


@pytest.mark.parametrize("case", list(CASES))
def test_bad_source_stops_the_build_and_writes_nothing(tmp_path: Path, case: str) -> None:
    name, make, message, extra = CASES[case]
    folder = _folder(tmp_path, name, make())
    out = tmp_path / "out"
    result = runner.invoke(app, ["build", str(folder), "--out", str(out), *extra])
    assert result.exit_code == 1, result.output
    assert result.stderr.count("\n") == result.stderr.count("error:") == 1, result.stderr
    line = result.stderr.strip()
    assert line.startswith(f"error: {folder / name}: ") and message in line, line
    if case == "scanned-pdf":
        assert line.endswith("run OCR first")
    assert "Traceback" not in result.output
    assert not out.exists()


@pytest.mark.parametrize("case", list(CASES))
def test_keep_going_skips_the_bad_source_with_a_warning(tmp_path: Path, case: str) -> None:
    name, make, message, extra = CASES[case]
    folder = _folder(tmp_path, name, make())
    out = tmp_path / "out"
    result = runner.invoke(app, ["build", str(folder), "--out", str(out), "-f", "json", "--keep-going", *extra])
    assert result.exit_code == 3, result.output
    warnings = [w for w in result.stderr.splitlines() if w.startswith("warning:") and "[provenance." not in w]
    assert len(warnings) == 1 and f"{folder / name}: " in warnings[0] and message in warnings[0], result.stderr
    assert "error:" not in result.stderr
    data = json.loads((out / "trade" / "trade.json").read_text(encoding="utf-8"))
    assert [s["path"] for s in data["sources"]] == ["agreed.txt"]
    assert any(f["value"] == 1.2e12 for f in data["figures"])


def test_keep_going_with_no_readable_source_fails(tmp_path: Path) -> None:
    folder = _folder(tmp_path, "empty.txt", b"")
    (folder / "agreed.txt").write_bytes(b"\x00\x01" * 100)
    out = tmp_path / "out"
    result = runner.invoke(app, ["build", str(folder), "--out", str(out), "--keep-going"])
    assert result.exit_code == 1, result.output
    line = result.stderr.strip()
    assert "\n" not in line and line.startswith(f"error: {folder}: none of its 2 source file(s) could be read")
    assert not out.exists()


def test_keep_going_without_bad_sources_exits_0(tmp_path: Path) -> None:
    folder = _folder(tmp_path, "more.txt", GOOD.replace("Jakarta", "Manila").encode())
    result = runner.invoke(app, ["build", str(folder), "--out", str(tmp_path / "out"), "-f", "json", "--keep-going"])
    assert result.exit_code == 0, result.output
    assert not [w for w in result.stderr.splitlines() if w.startswith("warning:") and "[provenance." not in w]


def test_api_build_reports_what_it_skipped(tmp_path: Path) -> None:
    folder = _folder(tmp_path, "scan.pdf", _pdf(scanned=True))
    options = api.BuildOptions(formats=("json",), out_root=tmp_path / "out", keep_going=True)
    result = api.build(folder, options)
    [skipped] = result.skipped
    assert skipped.path == folder / "scan.pdf" and "run OCR first" in skipped.reason
    assert [s.path for s in result.brief.sources] == ["agreed.txt"]
    with pytest.raises(IngestError, match=r"scan\.pdf: the PDF has no text layer"):
        api.build(folder, api.BuildOptions(formats=("json",), out_root=tmp_path / "strict"))
    assert not (tmp_path / "strict").exists()
