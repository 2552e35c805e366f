"""Fingerprint every bundled format's output for the seed and fixture briefs; check speed work changes nothing.

    python bench/output_fingerprint.py --save    # record bench/output_fingerprints.json (before a change)
    python bench/output_fingerprint.py           # compare against it (after every change); exit 1 on a difference

Each brief folder is composed once; every bundled format (templates/*) is rendered into all four
outputs twice in one process (cold, then warm, so a per-process cache that leaks state between
builds shows up as a difference). The composed briefs are kept in a pickle beside the fingerprints
(``--save`` writes it), so that changes to the analysis made meanwhile by others do not show up
here: only the stage from template to bytes is compared. Recorded per output: the SHA-256 of the bytes, and for the PDF
also the page count, the ``pdftotext -layout`` text and the PNG of every page at 60 dpi
(``pdftoppm -r 60``), for the DOCX its ``word/document.xml``. SOURCE_DATE_EPOCH is fixed.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import pickle
import subprocess
import sys
import tempfile
import zipfile
from io import BytesIO
from pathlib import Path

os.environ["SOURCE_DATE_EPOCH"] = "1764000000"

from briefgen.api import BuildOptions, prepare_brief, render_document
from briefgen.model import Brief
from briefgen.templating.formats import find_format
from briefgen.writers import ALL_FORMATS
from briefgen.writers import render as write_format
from briefgen.writers.base import RenderJob

ROOT = Path(__file__).resolve().parents[1]
BRIEFS = [ROOT / "seeds" / "cambodia", ROOT / "tests" / "fixtures" / "briefs" / "asean",
          ROOT / "tests" / "fixtures" / "briefs" / "mixed"]
FORMATS = sorted(p.name for p in (ROOT / "templates").iterdir() if (p / "brief.html.j2").is_file())
STORE = ROOT / "bench" / "output_fingerprints.json"
BRIEF_STORE = Path(os.environ.get("TMPDIR", "/tmp")) / "briefgen-fingerprint-briefs.pickle"


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _pdf_prints(data: bytes) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "x.pdf"
        pdf.write_bytes(data)
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, check=True).stdout
        subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(Path(tmp) / "p")], check=True)
        pages = sorted(Path(tmp).glob("p-*.png"))
        return {"pages": len(pages), "text": _sha(text), "png": [_sha(p.read_bytes()) for p in pages]}


def _prints(name: str, data: bytes) -> dict[str, object]:
    out: dict[str, object] = {"bytes": _sha(data)}
    if name == "pdf":
        out.update(_pdf_prints(data))
    elif name == "docx":
        with zipfile.ZipFile(BytesIO(data)) as z:
            out["document.xml"] = _sha(z.read("word/document.xml"))
    return out


def composed(save: bool) -> dict[str, Brief]:
    """The briefs to render: composed now (and stored) with ``save``, else the stored ones."""
    if save or not BRIEF_STORE.exists():
        briefs = {folder.name: prepare_brief(folder, BuildOptions()).brief for folder in BRIEFS}
        BRIEF_STORE.write_bytes(pickle.dumps(briefs))
        return briefs
    briefs: dict[str, Brief] = pickle.loads(BRIEF_STORE.read_bytes())
    return briefs


def fingerprint(briefs: dict[str, Brief]) -> dict[str, object]:
    """{brief/format/output: fingerprint} for every brief and bundled format, checking cold == warm."""
    prints: dict[str, object] = {}
    for folder_name, brief in briefs.items():
        for fmt_name in FORMATS:
            fmt = find_format(fmt_name)
            runs = []
            for _ in range(2):
                job = RenderJob(brief, render_document(fmt, brief), fmt.style, fmt.folder)
                runs.append({name: write_format(job, name) for name in ALL_FORMATS})
            for name in ALL_FORMATS:
                key = f"{folder_name}/{fmt_name}/{name}"
                if runs[0][name] != runs[1][name]:
                    prints[key] = {"error": "cold and warm builds in one process differ"}
                    continue
                prints[key] = _prints(name, runs[0][name])
    return prints


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--save", action="store_true", help="record the fingerprints instead of checking them")
    args = parser.parse_args()
    prints = fingerprint(composed(args.save))
    if args.save:
        STORE.write_text(json.dumps(prints, indent=1, sort_keys=True) + "\n")
        print(f"saved {len(prints)} fingerprints to {STORE}")
        return 0
    saved = json.loads(STORE.read_text())
    bad = 0
    for key in sorted(saved.keys() | prints.keys()):
        old, new = saved.get(key), prints.get(key)
        if old != new:
            bad += 1
            diff = [k for k in sorted(set(old or {}) | set(new or {})) if (old or {}).get(k) != (new or {}).get(k)]
            print(f"DIFFERENT {key}: {', '.join(diff)}")
    print(f"{len(prints) - bad}/{len(prints)} outputs identical" + ("" if not bad else f"; {bad} differ"))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
