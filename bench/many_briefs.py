"""Many briefs: ``briefgen build PARENT --jobs N`` over copies of the seed (issue 12: 1,000 briefs in <= 30 s).

    python bench/many_briefs.py [--count 1000] [--jobs 1,2] [--formats pdf,docx,html,json] [--distinct]

Copies seeds/cambodia ``--count`` times into a temporary folder, then times one whole
``briefgen build`` process per ``--jobs`` value (wall and CPU of the process and its workers),
and prints briefs per second and the projected time for 1,000. Identical copies are analysed once
per worker process (the analysis is kept by its inputs' content); ``--distinct`` appends a sentence
naming its copy to each copy's source, so that every brief is analysed, as briefs on different
sources are.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--jobs", default="1,2")
    parser.add_argument("--formats", default="pdf,docx,html,json")
    parser.add_argument("--distinct", action="store_true", help="make each copy's source different")
    parser.add_argument("--quiet", action="store_true", help="hide the builds' warnings")
    args = parser.parse_args()
    kind = "distinct copies" if args.distinct else "copies"
    print(f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f}; {args.count} {kind} of the seed")
    with tempfile.TemporaryDirectory(prefix="briefgen-many-") as tmp:
        parent = Path(tmp) / "briefs"
        for number in range(args.count):
            folder = parent / f"brief{number:05d}"
            shutil.copytree(ROOT / "seeds" / "cambodia", folder)
            if args.distinct:
                with open(folder / "cambodia.txt", "a", encoding="utf-8") as source:
                    source.write(f"\nThis is copy number {number} of the brief.\n")
        for jobs in (int(j) for j in args.jobs.split(",")):
            out = Path(tmp) / f"out{jobs}"
            argv = [sys.executable, "-m", "briefgen", "build", str(parent), "-q", "--jobs", str(jobs),
                    "--format", args.formats, "--out", str(out)]
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            started = time.perf_counter()
            subprocess.run(argv, check=True, stderr=subprocess.DEVNULL if args.quiet else None)
            wall = time.perf_counter() - started
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
            jsons = [p for p in out.glob("*/*.json") if not p.name.startswith(".")]  # not the build manifests
            built = len(jsons) if "json" in args.formats else args.count
            print(f"  --jobs {jobs}: {built} briefs in {wall:7.1f} s wall, {cpu:7.1f} s CPU "
                  f"({args.count / wall:5.1f} briefs/s, {cpu / wall:4.2f} cores busy; 1,000 would take "
                  f"{1000 * wall / args.count:6.1f} s)")


if __name__ == "__main__":
    main()
