"""Incremental builds: a brief whose inputs are unchanged since its last build is not built again.

The inputs of a build are hashed into one key: every file of the brief folder (brief.toml, the
sources, analysis.md, a ``compare_with`` brief; hidden files and the output root left out), source
files the globs find outside it, every file of the template folder, the brief's resolved date
(today's when brief.toml gives none), the options that change the outputs, and the code that
builds (briefgen's version, the size and time of each of its files, its dependencies' versions).
The key and the SHA-256 of each output are kept in ``<out>/<name>/.briefgen-build.json``, written
in the same atomic set as the outputs. A brief is up to date when that file's key is the one its
inputs give now and every output asked for is on disk with the recorded hash; an unreadable or
corrupt manifest means "build again", never an error.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from stat import S_ISREG

from . import __version__

MANIFEST = ".briefgen-build.json"
"""The manifest's file name inside a brief's output folder."""
_FORMAT_VERSION = 1
_CHUNK = 1 << 20
_REQUIREMENT_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")


@dataclass(frozen=True, slots=True)
class UpToDate:
    """A brief not built because its outputs are current."""

    name: str
    """Brief name."""
    outputs: tuple[Path, ...]
    """Its current output files (the formats asked for)."""


@dataclass(frozen=True, slots=True)
class BuildInputs:
    """What a build reads, for hashing: files and settings."""

    brief_root: Path
    """The brief folder."""
    files: tuple[Path, ...]
    """Files read outside the brief folder (sources found by globs such as ``../x/*.txt``)."""
    template_folder: Path
    """The format's folder."""
    settings: tuple[tuple[str, str], ...]
    """Options and resolved values that change the outputs, as (name, value)."""
    out_root: Path
    """The output root (left out when it lies inside the brief folder)."""


def input_key(inputs: BuildInputs) -> str:
    """The SHA-256 key of a build's inputs (hex)."""
    digest = hashlib.sha256()
    _add(digest, "code", code_fingerprint())
    for name, value in inputs.settings:
        _add(digest, f"setting:{name}", value)
    skip = _resolved(inputs.out_root)
    for label, folder in (("brief", inputs.brief_root), ("template", inputs.template_folder)):
        for path in _folder_files(folder, skip):
            _add(digest, f"{label}:{path.relative_to(folder).as_posix()}", file_hash(path))
    for path in sorted(set(inputs.files)):
        if not _inside(path, inputs.brief_root):
            _add(digest, f"file:{_resolved(path)}", file_hash(path))
    return digest.hexdigest()


def manifest_bytes(key: str, outputs: Sequence[tuple[str, bytes]]) -> bytes:
    """The manifest recording ``key`` and the hash of each output (name, bytes)."""
    record = {
        "manifest": _FORMAT_VERSION,
        "key": key,
        "outputs": {name: hashlib.sha256(data).hexdigest() for name, data in outputs},
    }
    return (json.dumps(record, indent=1, sort_keys=True) + "\n").encode()


def up_to_date(target: Path, key: str, output_names: Iterable[str]) -> bool:
    """True when ``target``'s manifest holds ``key`` and each named output is there with its recorded hash."""
    try:
        record = json.loads((target / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return False
    if not isinstance(record, dict) or record.get("manifest") != _FORMAT_VERSION or record.get("key") != key:
        return False
    recorded = record.get("outputs")
    if not isinstance(recorded, dict):
        return False
    for name in output_names:
        expected = recorded.get(name)
        if not isinstance(expected, str):
            return False
        try:
            if file_hash(target / name) != expected:
                return False
        except OSError:
            return False
    return True


def file_hash(path: Path) -> str:
    """SHA-256 of a file's bytes (hex)."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


@functools.cache
def code_fingerprint() -> str:
    """briefgen's version, the size and time of each file of the package, and its dependencies' versions."""
    digest = hashlib.sha256()
    _add(digest, "version", __version__)
    _add(digest, "python", sys.version)
    package = os.path.dirname(os.path.realpath(__file__))
    for top, dirs, names in os.walk(package):  # as _folder_files(package), with one stat per file and no Paths
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d != "__pycache__")
        folder = os.path.relpath(top, package).replace(os.sep, "/")
        for name in sorted(names):
            if name.startswith(".") or name.endswith((".pyc", ".pyo")):
                continue
            try:
                stat = os.stat(os.path.join(top, name))
            except OSError:
                continue
            if S_ISREG(stat.st_mode):
                label = name if folder == "." else f"{folder}/{name}"
                _add(digest, label, f"{stat.st_size}:{stat.st_mtime_ns}")
    for name, version in _dependency_versions():
        _add(digest, f"dependency:{name}", version)
    return digest.hexdigest()


def _dependency_versions() -> list[tuple[str, str]]:
    """(name, version) of each installed distribution briefgen requires (extras left out).

    Reading the distributions' metadata costs a start-up some 50 ms, so the answer is kept on disk
    (``_speed.disk_cache``) keyed by Python's version and each ``sys.path`` folder with its modification
    time: installing, upgrading or removing a distribution adds or removes a folder of its metadata there,
    which changes that time, and the versions are read again."""
    from ._speed.disk_cache import cache_key, cached_bytes

    places = [f"{entry}\0{_modified(entry)}".encode("utf-8", "surrogateescape") for entry in sys.path]
    key = cache_key(b"dependency-versions-1", sys.version.encode(), *places)
    data = cached_bytes("dependencies", key, lambda: json.dumps(_read_dependency_versions()).encode(), keep=32)
    try:
        return [(str(name), str(version)) for name, version in json.loads(data)]
    except (ValueError, TypeError):  # not what this code stores: read them
        return _read_dependency_versions()


def _modified(entry: str) -> int:
    """A ``sys.path`` entry's modification time in nanoseconds (-1 when it cannot be read)."""
    try:
        return os.stat(entry or ".").st_mtime_ns
    except OSError:
        return -1


def _read_dependency_versions() -> list[tuple[str, str]]:
    """``_dependency_versions`` from the distributions' metadata."""
    from importlib import metadata  # imported here: only builds need it

    try:
        requires = metadata.requires("briefgen") or []
    except metadata.PackageNotFoundError:
        return []
    out: list[tuple[str, str]] = []
    for line in requires:
        name = _REQUIREMENT_NAME.match(line)
        if name is None or "extra" in line.partition(";")[2]:
            continue
        try:
            out.append((name.group(0), metadata.version(name.group(0))))
        except metadata.PackageNotFoundError:
            out.append((name.group(0), "missing"))
    return sorted(out)


def _folder_files(folder: Path, skip: Path | None) -> list[Path]:
    """Regular files under ``folder``, sorted, leaving out hidden names, caches and ``skip``."""
    found: list[Path] = []
    for top, dirs, names in os.walk(folder):
        here = Path(top)
        dirs[:] = sorted(
            d
            for d in dirs
            if not d.startswith(".") and d != "__pycache__" and (skip is None or _resolved(here / d) != skip)
        )
        found.extend(here / n for n in sorted(names) if not n.startswith(".") and (here / n).is_file())
    return found


def _add(digest: hashlib._Hash, label: str, value: str) -> None:
    for part in (label, value):
        encoded = part.encode("utf-8", "surrogateescape")
        digest.update(len(encoded).to_bytes(8, "big"))
        digest.update(encoded)


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except OSError:
        return path.absolute()


def _inside(path: Path, folder: Path) -> bool:
    return _resolved(path).is_relative_to(_resolved(folder))
