"""Edits a desk officer makes to a generated brief in Word, applied to its XML, then saved by LibreOffice.

Each edit takes the generated DOCX and returns the edited one; ``libreoffice_resave`` passes files
through LibreOffice (headless ``--convert-to docx``), so the tests read files as LibreOffice writes
them, tracked changes included.
"""

from __future__ import annotations

import copy
import io
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import docx
from docx.oxml.ns import qn

Edit = Callable[[bytes], bytes]


def _edit(data: bytes, change: Callable[[docx.document.Document], None]) -> bytes:
    document = docx.Document(io.BytesIO(data))
    change(document)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _runs_with(document: docx.document.Document, text: str) -> list:  # type: ignore[type-arg]
    runs = document.element.body.iter(qn("w:r"))
    return [r for r in runs if text in "".join(t.text or "" for t in r.iter(qn("w:t")))]


def _paragraph_with(document: docx.document.Document, start: str):  # type: ignore[no-untyped-def]
    """The first paragraph (body or table cell) whose text starts with ``start``."""
    for p in document.element.body.iter(qn("w:p")):
        if "".join(t.text or "" for t in p.iter(qn("w:t"))).startswith(start):
            return p
    raise AssertionError(f"no paragraph starts with {start!r}")


def _retext(run, old: str, new: str) -> None:  # type: ignore[no-untyped-def]
    for t in run.iter(qn("w:t")):
        if old in (t.text or ""):
            t.text = t.text.replace(old, new)
            return


def change_figure(data: bytes) -> bytes:
    """'$588 million' in the China summary sentence becomes '$600 million'."""

    def change(document: docx.document.Document) -> None:
        run = next(r for r in _runs_with(document, "Beijing pledged $588 million in aid to Cambodia, including"))
        _retext(run, "$588 million", "$600 million")

    return _edit(data, change)


def delete_citation(data: bytes) -> bytes:
    """The citation mark after the first bottom-line sentence is deleted."""

    def change(document: docx.document.Document) -> None:
        first = _paragraph_with(document, "By 2024, Cambodia had received")
        cite = [r for r in first.iter(qn("w:r")) if r.find(qn("w:rPr")) is not None and
                r.find(qn("w:rPr")).find(qn("w:rStyle")) is not None][-1]
        holder = cite.getparent()
        holder.remove(cite)
        if holder.tag == qn("w:hyperlink") and not len(holder):
            holder.getparent().remove(holder)

    return _edit(data, change)


def insert_number(data: bytes) -> bytes:
    """A new paragraph with a number no source gives, after the first bottom-line sentence."""

    def change(document: docx.document.Document) -> None:
        first = _paragraph_with(document, "By 2024, Cambodia had received")
        new = copy.deepcopy(first)
        for r in list(new.iter(qn("w:r")))[1:]:
            r.getparent().remove(r)
        t = next(new.iter(qn("w:t")))
        t.text = "Chinese firms now own 45 percent of Cambodia's garment factories."
        first.addnext(new)

    return _edit(data, change)


def tracked_change(data: bytes) -> bytes:
    """'$17.7 billion' replaced by '$19.7 billion' as a tracked change, not accepted (w:del + w:ins)."""

    def change(document: docx.document.Document) -> None:
        run = next(r for r in _runs_with(document, "Cambodia had received $17.7 billion in Chinese aid"))
        text = "".join(t.text or "" for t in run.iter(qn("w:t")))
        before, after = text.split("$17.7 billion", 1)
        _retext(run, text, before)
        deleted = copy.deepcopy(run)
        for t in deleted.iter(qn("w:t")):
            t.tag = qn("w:delText")
            t.text = "$17.7 billion"
        inserted = copy.deepcopy(run)
        next(inserted.iter(qn("w:t"))).text = "$19.7 billion"
        tail = copy.deepcopy(run)
        next(tail.iter(qn("w:t"))).text = after
        stamp = {qn("w:id"): "901", qn("w:author"): "Desk", qn("w:date"): "2026-11-29T10:00:00Z"}
        wrap_del = run.makeelement(qn("w:del"), stamp)
        wrap_del.append(deleted)
        wrap_ins = run.makeelement(qn("w:ins"), {**stamp, qn("w:id"): "902"})
        wrap_ins.append(inserted)
        run.addnext(wrap_del)
        wrap_del.addnext(wrap_ins)
        wrap_ins.addnext(tail)
        for t in list(run.iter(qn("w:t"))) + list(tail.iter(qn("w:t"))):
            t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")

    return _edit(data, change)


def accepted_change(data: bytes) -> bytes:
    """The same change of '$17.7 billion', accepted: the text simply reads '$19.7 billion'."""

    def change(document: docx.document.Document) -> None:
        run = next(r for r in _runs_with(document, "Cambodia had received $17.7 billion in Chinese aid"))
        _retext(run, "$17.7 billion", "$19.7 billion")

    return _edit(data, change)


def wrong_speaker(data: bytes) -> bytes:
    """The first pull quote's attribution names another speaker."""

    def change(document: docx.document.Document) -> None:
        run = _runs_with(document, "Prak Sokhonn")
        line = next(r for r in run if "".join(t.text or "" for t in r.iter(qn("w:t"))).strip(" —–-") == "Prak Sokhonn")
        _retext(line, "Prak Sokhonn", "Hun Manet")

    return _edit(data, change)


EDITS: dict[str, Edit] = {
    "changed-figure": change_figure,
    "deleted-citation": delete_citation,
    "inserted-number": insert_number,
    "tracked-not-accepted": tracked_change,
    "tracked-accepted": accepted_change,
    "wrong-speaker": wrong_speaker,
}


def libreoffice_resave(
    files: list[Path], out: Path, profile: Path, target: str = "docx:MS Word 2007 XML"
) -> list[Path]:
    """The files saved again by LibreOffice as DOCX (or exported as ``target``, e.g. ``pdf``) in one headless run."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    assert soffice is not None
    out.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", target,
         "--outdir", str(out), *map(str, files)],
        check=True, capture_output=True, timeout=300,
    )
    suffix = "." + target.split(":")[0]
    return [out / (f.stem + suffix) for f in files]
