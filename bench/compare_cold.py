"""This checkout's code beside another checkout's (a speed commit's base): cold builds taking turns, outputs compared.

    git worktree add --detach /tmp/base <commit>
    python bench/compare_cold.py /tmp/base [--runs 10] [--brief seeds/cambodia]

Runs ``briefgen build BRIEF`` (4 formats, a fresh process into an empty folder) with this checkout's
``src`` and with BASE's ``src`` in turn: a warm-up round, then ``--runs`` rounds; prints each one's median
and least CPU time (user + system) and median wall time. Taking turns puts the load of other processes
on both alike, and CPU time grows much less with load than wall time does. Both build the same brief
folders (this checkout's), so only the code differs. Then both build the seed and the fixture briefs,
and every output file (PDF, DOCX, HTML, JSON; not the build manifests, which name the code) is compared
byte for byte: a speed commit changes none. Exit 1 when one differs. SOURCE_DATE_EPOCH is fixed.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from _process import child_env, run

ROOT = Path(__file__).resolve().parents[1]
BRIEFS = [ROOT / "seeds" / "cambodia", ROOT / "tests" / "fixtures" / "briefs" / "asean",
          ROOT / "tests" / "fixtures" / "briefs" / "mixed"]


def _env(src: Path, cache: str) -> dict[str, str]:
    env = child_env(cache)
    env["PYTHONPATH"] = str(src)
    env["SOURCE_DATE_EPOCH"] = "1764000000"
    return env


def _build(env: dict[str, str], brief: Path, out: str) -> tuple[float, float]:
    return run([sys.executable, "-m", "briefgen", "build", "-q", "--force", str(brief), "--out", out], env)


def timings(envs: dict[str, dict[str, str]], brief: Path, runs: int) -> dict[str, tuple[list[float], list[float]]]:
    """Wall and CPU seconds of ``runs`` cold builds per checkout, taking turns (after a warm-up round)."""
    times: dict[str, tuple[list[float], list[float]]] = {name: ([], []) for name in envs}
    for round_number in range(runs + 1):
        for name, env in envs.items():
            with tempfile.TemporaryDirectory() as out:
                wall, cpu = _build(env, brief, out)
            if round_number:  # the first round fills the bytecode and disk caches
                times[name][0].append(wall)
                times[name][1].append(cpu)
    return times


def differing_outputs(envs: dict[str, dict[str, str]]) -> tuple[int, list[str]]:
    """(files compared, the relative paths of those that differ) over the seed and fixture briefs."""
    with tempfile.TemporaryDirectory() as tmp:
        outs = {name: Path(tmp) / name for name in envs}
        for name, env in envs.items():
            for brief in BRIEFS:
                subprocess.run([sys.executable, "-m", "briefgen", "build", "-q", "--force", str(brief),
                                "--out", str(outs[name])], env=env, check=True, capture_output=True)
        first, second = outs.values()
        files = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file() and not p.name.startswith("."))
        other = sorted(p.relative_to(second) for p in second.rglob("*") if p.is_file() and not p.name.startswith("."))
        differ = [str(f) for f in files if not filecmp.cmp(first / f, second / f, shallow=False)]
        differ += [f"{f} (only in one)" for f in set(files) ^ set(other)]
        return len(files), differ


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("base", type=Path, help="another checkout of briefgen (e.g. a git worktree of the base commit)")
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--brief", type=Path, default=ROOT / "seeds" / "cambodia")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as cache:
        envs = {"base": _env(args.base.resolve() / "src", cache), "this": _env(ROOT / "src", cache)}
        print(f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f}; {args.runs} rounds, taking turns")
        for name, (walls, cpus) in timings(envs, args.brief, args.runs).items():
            print(f"  {name}: cold build {args.brief.name}: CPU median {statistics.median(cpus) * 1000:6.0f} ms "
                  f"(least {min(cpus) * 1000:4.0f}), wall median {statistics.median(walls) * 1000:6.0f} ms")
        print(f"  load average at the end {os.getloadavg()[0]:.2f}")
        count, differ = differing_outputs(envs)
    for path in differ:
        print(f"  DIFFERENT {path}")
    print(f"  outputs: {count - len(differ)}/{count} identical")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
