"""Start-up time of the command line (whole process, median of repeated runs) beside a minimal typer app.

    python bench/cli_startup.py [--runs 15]

Times ``briefgen --help``, ``--version`` and ``templates list`` and the same ``--help``/``--version``
of a three-line typer app run by the same interpreter, like hyperfine would (a warm-up run first,
then ``--runs`` rounds; median, min and max). The commands take turns within each round, so that the
load other processes put on the machine falls on briefgen and the anchor alike; the CPU time of each
process (user + system) is shown beside the wall time, and its least value over the runs, the
steadiest figure on a shared machine. Also lists what ``--help`` imports from briefgen, to show that
no analysis and no writer is loaded (``python -X importtime``).

The commands run with Python's bytecode cache on (in a temporary folder, ``PYTHONPYCACHEPREFIX``), as an
installed package has it, also when the environment sets ``PYTHONDONTWRITEBYTECODE`` (which would make
every run compile briefgen's modules from source); ``--no-bytecode-cache`` measures that case instead.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from _process import child_env, run

MINIMAL_APP = '''
import typer
app = typer.Typer(add_completion=False)
def _version(value: bool) -> None:
    if value:
        typer.echo("minimal 1.0")
        raise typer.Exit()
@app.callback()
def main(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True)) -> None:
    """A minimal app."""
@app.command()
def build(name: str) -> None:
    """Build."""
app()
'''


HEAVY = ("briefgen.analyze", "briefgen.writers.", "briefgen.api")
"""Modules start-up must not load."""


def timed(cases: list[tuple[str, list[str]]], runs: int, env: dict[str, str]) -> dict[str, list[tuple[float, float]]]:
    """(wall, CPU) of ``runs`` runs of each command, after one warm-up run each, the commands taking turns."""
    for _, argv in cases:
        run(argv, env)
    times: dict[str, list[tuple[float, float]]] = {label: [] for label, _ in cases}
    for _ in range(runs):
        for label, argv in cases:
            times[label].append(run(argv, env))
    return times


def briefgen_imports(argv: list[str]) -> list[str]:
    """The briefgen modules a command imports."""
    done = subprocess.run([sys.executable, "-X", "importtime", "-m", "briefgen", *argv], capture_output=True, text=True)
    return sorted({line.split("|")[-1].strip() for line in done.stderr.splitlines() if "briefgen" in line})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--no-bytecode-cache", action="store_true", help="compile every module from source each run")
    args = parser.parse_args()
    load = os.getloadavg()[0]
    cache = "off" if args.no_bytecode_cache else "on"
    print(
        f"{os.cpu_count()} cores, load average {load:.2f}; {args.runs} runs each, taking turns; bytecode cache: {cache}"
    )
    print(f"  {'':<26} {'wall: median [min-max]':<24} CPU: median (least)")
    with tempfile.TemporaryDirectory() as tmp:
        env = child_env(None if args.no_bytecode_cache else str(Path(tmp) / "pycache"))
        app = Path(tmp) / "minimal.py"
        app.write_text(MINIMAL_APP)
        cases = [
            ("briefgen --help", [sys.executable, "-m", "briefgen", "--help"]),
            ("minimal typer --help", [sys.executable, str(app), "--help"]),
            ("briefgen --version", [sys.executable, "-m", "briefgen", "--version"]),
            ("minimal typer --version", [sys.executable, str(app), "--version"]),
            ("briefgen templates list", [sys.executable, "-m", "briefgen", "templates", "list"]),
        ]
        for label, times in timed(cases, args.runs, env).items():
            walls = [wall * 1000 for wall, _ in times]
            cpus = [cpu * 1000 for _, cpu in times]
            wall = f"{statistics.median(walls):6.0f} ms [{min(walls):.0f}-{max(walls):.0f}]"
            print(f"  {label:<26} {wall:<24} {statistics.median(cpus):4.0f} ms ({min(cpus):.0f})")
    print(f"  load average at the end {os.getloadavg()[0]:.2f}")
    for argv in (["--help"], ["templates", "list"]):
        heavy = [m for m in briefgen_imports(argv) if m.startswith(HEAVY)]
        print(f"  briefgen {' '.join(argv)} imports analysis/writers: {', '.join(heavy) or 'none'}")


if __name__ == "__main__":
    main()
