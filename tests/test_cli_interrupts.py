"""A real build process stopped at each step (SIGINT, SIGTERM, kill -9): the folder holds one whole set."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from briefgen import api
from briefgen.incremental import MANIFEST
from briefgen.web.index_db import INDEX_FILE

ROOT = Path(__file__).parent.parent
SEED = ROOT / "seeds" / "cambodia"
FORMATS = ("pdf", "docx", "html", "json")

# Runs the command line with a pause (announced on stdout) at one step of publishing the outputs.
DRIVER = textwrap.dedent(
    """
    import sys, time
    from briefgen import fileio, cli

    step = sys.argv.pop(1)

    def pause(seconds=60):
        print("paused", flush=True)
        time.sleep(seconds)

    if step == "staging":
        write = fileio._write_file
        def slow_write(path, data):
            write(path, data)
            if path.suffix == ".docx":
                pause()
        fileio._write_file = slow_write
    else:
        swap = fileio.swap_in
        def slow_swap(staging, target):
            swap(staging, target)
            pause(1.5)  # signals are held here: a long sleep would hold them as long
        fileio.swap_in = slow_swap
    sys.argv[0] = "briefgen"
    cli.main()
    """
)


@pytest.fixture(scope="module")
def old_set(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    out = tmp_path_factory.mktemp("first")
    result = api.build(SEED, api.BuildOptions(out_root=out))
    return {p.name: p.read_bytes() for p in result.outputs}


def _stopped_build(tmp_path: Path, old_set: dict[str, bytes], step: str, signum: int) -> tuple[Path, int, str]:
    """Copy the seed (with an edit, so the new set differs), build it, stop the build at ``step``."""
    seed = tmp_path / "cambodia"
    shutil.copytree(SEED, seed)
    toml = seed / "brief.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace('subtitle = "', 'subtitle = "Second edition: ', 1))
    out = tmp_path / "out"
    (out / "cambodia").mkdir(parents=True)
    for name, data in old_set.items():
        (out / "cambodia" / name).write_bytes(data)
    args = [sys.executable, "-c", DRIVER, step, "build", str(seed), "--out", str(out), "--quiet"]
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    with subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env) as process:
        assert process.stdout is not None and process.stderr is not None
        line = process.stdout.readline()
        assert line.strip() == "paused", process.stderr.read()
        process.send_signal(signum)
        stderr = process.stderr.read()
        code = process.wait(timeout=60)
    return out, code, stderr


def _set(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in (out / "cambodia").iterdir() if p.name != MANIFEST}


def _hidden(out: Path) -> list[str]:
    return sorted(p.name for p in out.iterdir() if p.name.startswith(".") and not p.name.startswith(INDEX_FILE))


def _is_new(files: dict[str, bytes], old_set: dict[str, bytes]) -> bool:
    """Every format present, and every one of the new edition."""
    edition = all(b"Second edition" in files[f"cambodia.{n}"] for n in ("html", "json"))
    return sorted(files) == sorted(old_set) and edition


@pytest.mark.parametrize(("signum", "code"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
@pytest.mark.parametrize("step", ["staging", "swapped"])
def test_a_stopped_build_leaves_one_whole_set_and_says_so(
    tmp_path: Path, old_set: dict[str, bytes], step: str, signum: int, code: int
) -> None:
    out, returncode, stderr = _stopped_build(tmp_path, old_set, step, signum)
    assert returncode == code, stderr
    assert stderr.strip().startswith("interrupted; each output folder holds a complete set"), stderr
    assert "Traceback" not in stderr
    files = _set(out)
    if step == "staging":
        assert files == old_set
    else:
        assert _is_new(files, old_set)
    assert _hidden(out) == []


@pytest.mark.parametrize("step", ["staging", "swapped"])
def test_kill_9_leaves_one_whole_set_and_the_next_build_cleans_up(
    tmp_path: Path, old_set: dict[str, bytes], step: str
) -> None:
    out, returncode, _ = _stopped_build(tmp_path, old_set, step, signal.SIGKILL)
    assert returncode == -signal.SIGKILL
    files = _set(out)
    assert files == old_set if step == "staging" else _is_new(files, old_set)
    assert len(_hidden(out)) == 1  # the killed build's staging folder
    api.build(tmp_path / "cambodia", api.BuildOptions(out_root=out, formats=("json",)))
    assert _hidden(out) == []
    assert sorted(_set(out)) == sorted(old_set)
