"""Start-up time of the command line (whole process, median of repeated runs) beside a minimal typer app.

    python bench/cli_startup.py [--runs 15]

Times ``briefgen --help``, ``--version`` and ``templates list`` and the same ``--help``/``--version``
of a three-line typer app run by the same interpreter, like hyperfine would (a warm-up run first,
then ``--runs`` runs; median, min and max). Also lists what ``--help`` imports from briefgen, to
show that no analysis and no writer is loaded (``python -X importtime``).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

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


def timed(argv: list[str], runs: int) -> list[float]:
    """Wall times of ``runs`` runs of a command after one warm-up run."""
    subprocess.run(argv, capture_output=True, check=True)
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(argv, capture_output=True, check=True)
        times.append(time.perf_counter() - started)
    return times


def briefgen_imports(argv: list[str]) -> list[str]:
    """The briefgen modules a command imports."""
    done = subprocess.run([sys.executable, "-X", "importtime", "-m", "briefgen", *argv], capture_output=True, text=True)
    return sorted({line.split("|")[-1].strip() for line in done.stderr.splitlines() if "briefgen" in line})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    load = os.getloadavg()[0]
    print(f"{os.cpu_count()} cores, load average {load:.2f}; {args.runs} runs each (median [min-max])")
    with tempfile.TemporaryDirectory() as tmp:
        app = Path(tmp) / "minimal.py"
        app.write_text(MINIMAL_APP)
        cases = [
            ("briefgen --help", [sys.executable, "-m", "briefgen", "--help"]),
            ("minimal typer --help", [sys.executable, str(app), "--help"]),
            ("briefgen --version", [sys.executable, "-m", "briefgen", "--version"]),
            ("minimal typer --version", [sys.executable, str(app), "--version"]),
            ("briefgen templates list", [sys.executable, "-m", "briefgen", "templates", "list"]),
        ]
        for label, argv in cases:
            times = timed(argv, args.runs)
            low, high = min(times) * 1000, max(times) * 1000
            print(f"  {label:<26} {statistics.median(times) * 1000:6.0f} ms  [{low:.0f}-{high:.0f}]")
    for argv in (["--help"], ["templates", "list"]):
        heavy = [m for m in briefgen_imports(argv) if m.startswith(HEAVY)]
        print(f"  briefgen {' '.join(argv)} imports analysis/writers: {', '.join(heavy) or 'none'}")


if __name__ == "__main__":
    main()
