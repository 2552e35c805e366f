"""Many briefs: ``briefgen build PARENT --jobs N`` over copies of the seed (issue 12: 1,000 briefs in <= 30 s).

    python bench/many_briefs.py [--count 1000] [--jobs 1,2] [--formats pdf,docx,html,json]

Copies seeds/cambodia ``--count`` times into a temporary folder, then times one whole
``briefgen build`` process per ``--jobs`` value (wall and CPU of the process and its workers),
and prints briefs per second and the projected time for 1,000.
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
    args = parser.parse_args()
    print(f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f}; {args.count} copies of the seed")
    with tempfile.TemporaryDirectory(prefix="briefgen-many-") as tmp:
        parent = Path(tmp) / "briefs"
        for number in range(args.count):
            shutil.copytree(ROOT / "seeds" / "cambodia", parent / f"brief{number:05d}")
        for jobs in (int(j) for j in args.jobs.split(",")):
            out = Path(tmp) / f"out{jobs}"
            argv = [sys.executable, "-m", "briefgen", "build", str(parent), "-q", "--jobs", str(jobs),
                    "--format", args.formats, "--out", str(out)]
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            started = time.perf_counter()
            subprocess.run(argv, check=True)
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
