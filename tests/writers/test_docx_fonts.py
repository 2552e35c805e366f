"""DOCX font embedding: the bundled faces the text uses, obfuscated as Word does, trimmed, and used by LibreOffice."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont  # type: ignore[import-untyped]

from briefgen.document import Em, Para, Text
from briefgen.style import Style
from briefgen.writers.docx import write_docx
from briefgen.writers.docx.fonts import obfuscate
from briefgen.writers.pdf.fonts import bundled_faces

from writers.sample_document import sample_job

_R_ID = re.compile(r'<w:(embed\w+) w:fontKey="(\{[0-9A-F-]{36}\})" r:id="(rId\d+)"/>')


def _embedded(data: bytes) -> dict[str, tuple[str, TTFont]]:
    """Embed element -> (family as the fontTable names it, the de-obfuscated font)."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        table = package.read("word/fontTable.xml").decode()
        rels = package.read("word/_rels/fontTable.xml.rels").decode()
        types = package.read("[Content_Types].xml").decode()
        found: dict[str, tuple[str, TTFont]] = {}
        for entry in re.findall(r'<w:font w:name="([^"]+)">(.*?)</w:font>', table):
            for tag, key, r_id in _R_ID.findall(entry[1]):
                target = re.search(rf'Id="{r_id}" Type="[^"]*/font" Target="([^"]+)"', rels)
                assert target is not None
                assert "obfuscatedFont" in types
                blob = package.read("word/" + target.group(1))
                found[f"{entry[0]}/{tag}"] = (entry[0], TTFont(io.BytesIO(obfuscate(blob, key))))
        return found


def test_the_faces_the_text_uses_are_embedded_and_readable_with_their_key(tmp_path: Path) -> None:
    data = write_docx(sample_job(tmp_path))
    fonts = _embedded(data)
    assert {"Liberation Sans/embedRegular", "Liberation Sans/embedBold"} <= set(fonts)
    for family, font in fonts.values():
        assert font["name"].getDebugName(1) == family
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        assert "<w:embedTrueTypeFonts/>" in package.read("word/settings.xml").decode()


def test_only_faces_in_use_are_embedded(tmp_path: Path) -> None:
    job = sample_job(tmp_path)
    plain = replace(
        job, document=replace(job.document, body=(Para((Text("Plain text only."),)),), header=(), footer=())
    )
    assert set(_embedded(write_docx(plain))) == {"Liberation Sans/embedRegular"}
    italic = replace(plain, document=replace(plain.document, body=(Para((Em((Text("In italics."),)),)),)))
    assert "Liberation Sans/embedItalic" in _embedded(write_docx(italic))
    serif = replace(plain, style=Style(body_font="Liberation Serif", heading_font="Liberation Serif"))
    assert set(_embedded(write_docx(serif))) == {"Liberation Serif/embedRegular"}


def test_embedded_faces_hold_the_document_text_and_an_editing_set_but_stay_small(tmp_path: Path) -> None:
    job = sample_job(tmp_path)
    text = "Phnom Penh’s €5 deal — naïve Ελλάδα Łódź"
    plain = replace(job, document=replace(job.document, body=(Para((Text(text),)),), header=(), footer=()))
    data = write_docx(plain)
    [(_, font)] = _embedded(data).values()
    cmap = font.getBestCmap()
    assert all(ord(c) in cmap for c in text if not c.isspace())
    assert all(ord(c) in cmap for c in "ÀÉÎÕÜßçñøœŠž‘’“”–—…€£¥")
    assert len(data) < 120_000  # one trimmed face, about 40 KB, not the 400 KB file


def test_the_key_obfuscates_the_first_32_bytes_reversibly() -> None:
    key = "{00112233-4455-6677-8899-AABBCCDDEEFF}"
    data = bytes(range(64))
    hidden = obfuscate(data, key)
    assert hidden[32:] == data[32:] and hidden[:32] != data[:32]
    assert hidden[0] == data[0] ^ 0xFF and hidden[15] == data[15] ^ 0x00 and hidden[16] == data[16] ^ 0xFF
    assert obfuscate(hidden, key) == data


@pytest.mark.skipif(
    not (shutil.which("soffice") and shutil.which("pdffonts") and shutil.which("fc-list")),
    reason="needs LibreOffice, poppler and fontconfig",
)
def test_libreoffice_sets_the_docx_in_the_embedded_font_when_the_machine_lacks_it(tmp_path: Path) -> None:
    fonts_dir = Path("/usr/share/fonts/truetype/dejavu")
    if not fonts_dir.is_dir():
        pytest.skip("needs DejaVu as the only font of the test's fontconfig")
    config = tmp_path / "fonts.conf"
    config.write_text(
        f'<?xml version="1.0"?><fontconfig><dir>{fonts_dir}</dir><cachedir>{tmp_path}/fc</cachedir></fontconfig>'
    )
    (tmp_path / "brief.docx").write_bytes(write_docx(sample_job(tmp_path)))
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "FONTCONFIG_FILE": str(config)}
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{tmp_path}/lo", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(tmp_path / "brief.docx")],
        env=env, check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    listed = subprocess.run(["fc-list"], env=env, capture_output=True, text=True, check=False).stdout
    assert "Liberation" not in listed
    fonts = subprocess.run(["pdffonts", str(tmp_path / "brief.pdf")], capture_output=True, text=True, check=True)
    assert "LiberationSans" in fonts.stdout and "LiberationSans-Bold" in fonts.stdout


def test_trimmed_faces_are_kept_on_disk_between_processes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from briefgen.writers.docx import fonts

    monkeypatch.setenv("BRIEFGEN_CACHE_DIR", str(tmp_path))
    face = bundled_faces("Liberation Sans")["regular"].path
    trims: list[int] = []
    trim = fonts._trim

    def counting(source: bytes, wanted: list[int]) -> bytes:
        trims.append(1)
        return trim(source, wanted)

    monkeypatch.setattr(fonts, "_trim", counting)
    first = fonts.trimmed_face(str(face), frozenset({0x03B1}))
    assert fonts.trimmed_face(str(face), frozenset({0x03B1})) == first  # as a new process would find it
    assert trims == [1]
    assert fonts.trimmed_face(str(face), frozenset()) != first and trims == [1, 1]  # other characters, other face
