"""Outputs published as one set: disk full, signals at each step of the swap, and what killed builds leave."""

from __future__ import annotations

import errno
import os
import signal
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from briefgen import fileio
from briefgen.errors import WriteError
from briefgen.interrupts import Interrupted, stop_signals_interrupt

OLD = [("x.pdf", b"old pdf"), ("x.docx", b"old docx"), ("x.html", b"old html"), ("x.json", b"old json")]
NEW = [(name, data.replace(b"old", b"new")) for name, data in OLD]


def _folder(target: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(target.iterdir())}


def _leftovers(root: Path) -> list[str]:
    return sorted(p.name for p in root.iterdir() if p.name.startswith("."))


@pytest.fixture
def target(tmp_path: Path) -> Path:
    folder = tmp_path / "out" / "x"
    fileio.publish_set(folder, OLD)
    assert _folder(folder) == dict(OLD)
    return folder


def test_a_new_set_replaces_the_old_one_whole(target: Path) -> None:
    outputs = fileio.publish_set(target, NEW)
    assert [p.name for p in outputs] == [name for name, _ in NEW]
    assert _folder(target) == dict(NEW)
    assert _leftovers(target.parent) == []
    assert oct(target.stat().st_mode & 0o777) == "0o755"
    assert all(oct(p.stat().st_mode & 0o777) == "0o644" for p in target.iterdir())


def test_files_of_formats_not_rebuilt_are_kept(target: Path) -> None:
    fileio.publish_set(target, [("x.pdf", b"new pdf")])
    assert _folder(target) == {**dict(OLD), "x.pdf": b"new pdf"}


def test_disk_full_while_writing_the_json_leaves_the_previous_set(
    target: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write = fileio._write_file

    def full_at_json(path: Path, data: bytes) -> None:
        if path.suffix == ".json":
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        write(path, data)

    monkeypatch.setattr(fileio, "_write_file", full_at_json)
    with pytest.raises(WriteError, match=r"cannot write x\.json \(No space left on device\).*previous outputs"):
        fileio.publish_set(target, NEW)
    assert _folder(target) == dict(OLD)
    assert _leftovers(target.parent) == []


def _signal_after(original: Callable[..., Any], signum: int) -> Callable[..., Any]:
    def wrapped(*args: Any) -> Any:
        result = original(*args)
        os.kill(os.getpid(), signum)
        return result

    return wrapped


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_a_signal_while_staging_leaves_the_previous_set(
    target: Path, monkeypatch: pytest.MonkeyPatch, signum: int
) -> None:
    monkeypatch.setattr(fileio, "_write_file", _signal_after(fileio._write_file, signum))
    with pytest.raises(KeyboardInterrupt), stop_signals_interrupt():
        fileio.publish_set(target, NEW)
    assert _folder(target) == dict(OLD)
    assert _leftovers(target.parent) == []


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_a_signal_right_after_the_exchange_leaves_the_new_set_whole(
    target: Path, monkeypatch: pytest.MonkeyPatch, signum: int
) -> None:
    monkeypatch.setattr(fileio, "_exchange", _signal_after(fileio._exchange, signum))
    with pytest.raises(KeyboardInterrupt) as caught, stop_signals_interrupt():
        fileio.publish_set(target, NEW)
    assert isinstance(caught.value, Interrupted) == (signum == signal.SIGTERM)
    assert _folder(target) == dict(NEW)
    assert _leftovers(target.parent) == []


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_a_signal_after_the_first_of_two_renames_leaves_the_new_set_whole(
    target: Path, monkeypatch: pytest.MonkeyPatch, signum: int
) -> None:
    """Where the system has no atomic exchange: the previous set is moved aside, then the new one in."""
    monkeypatch.setattr(fileio, "_exchange", lambda _a, _b: False)
    rename = os.rename
    calls: list[str] = []

    def rename_then_signal(source: Any, destination: Any) -> None:
        rename(source, destination)
        calls.append(str(destination))
        if len(calls) == 1:
            os.kill(os.getpid(), signum)

    monkeypatch.setattr(os, "rename", rename_then_signal)
    with pytest.raises(KeyboardInterrupt), stop_signals_interrupt():
        fileio.publish_set(target, NEW)
    monkeypatch.undo()
    assert len(calls) == 3  # aside, in, aside -> staging (removed)
    assert _folder(target) == dict(NEW)
    assert _leftovers(target.parent) == []


def test_what_a_killed_build_left_is_removed_by_the_next(target: Path) -> None:
    root = target.parent
    dead = _dead_pid()
    (root / f".x.build-{dead}-abc").mkdir()
    (root / f".x.build-{dead}-abc" / "x.pdf").write_bytes(b"half")
    (target / ".x.pdf.k2j3.part").write_bytes(b"%PDF-half")  # left by builds before staging folders
    alive = root / f".x.build-{os.getppid()}-def"  # another build of x still running
    alive.mkdir()
    fileio.publish_set(target, NEW)
    assert _folder(target) == dict(NEW)
    assert _leftovers(root) == [alive.name]


def test_a_set_moved_aside_by_a_killed_swap_is_put_back(target: Path) -> None:
    root = target.parent
    aside = root / f".x.prev-{_dead_pid()}-abc"
    os.rename(target, aside)
    fileio.clean_stale(target)
    assert _folder(target) == dict(OLD)
    assert _leftovers(root) == []


def test_a_file_in_the_way_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "x").write_text("not a folder")
    with pytest.raises(WriteError, match="exists and is not a folder"):
        fileio.publish_set(tmp_path / "x", NEW)


def _dead_pid() -> int:
    pid = os.fork()
    if pid == 0:  # pragma: no cover - child
        os._exit(0)
    os.waitpid(pid, 0)
    return pid


def test_a_file_that_cannot_be_synced_leaves_the_previous_set(
    target: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sync = os.fsync

    def failing_for_json(fd: int) -> None:
        if os.readlink(f"/proc/self/fd/{fd}").endswith(".json"):
            raise OSError(errno.EIO, os.strerror(errno.EIO))
        sync(fd)

    monkeypatch.setattr(os, "fsync", failing_for_json)
    threads = threading.active_count()
    with pytest.raises(WriteError, match=r"cannot write x\.json \(Input/output error\).*previous outputs"):
        fileio.publish_set(target, NEW)
    assert _folder(target) == dict(OLD)
    assert _leftovers(target.parent) == []
    assert threading.active_count() == threads  # the sync threads are gone


def test_every_file_and_the_folder_are_synced_before_the_swap(target: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    synced: list[str] = []
    sync, swap = os.fsync, fileio.swap_in

    def noting(fd: int) -> None:
        synced.append(os.path.basename(os.readlink(f"/proc/self/fd/{fd}")))
        sync(fd)

    def swap_noted(staging: Path, where: Path) -> None:
        synced.append("SWAP")
        swap(staging, where)

    monkeypatch.setattr(os, "fsync", noting)
    monkeypatch.setattr(fileio, "swap_in", swap_noted)
    fileio.publish_set(target, NEW)
    before = synced[: synced.index("SWAP")]
    assert sorted(name for name in before if not name.startswith(".")) == sorted(name for name, _ in NEW)
    assert any(name.startswith(f".{target.name}.build-") for name in before)  # the staging folder's names
