"""Check gold folders: every file loads and fits its text (the checks of ``briefgen.evaluate.load_gold``).

    .venv/bin/python tests/gold/tools/check.py [tests/gold/dev/<slug> ...]

With no folder named, checks every gold folder of tests/gold/dev and tests/gold/test.
"""

from __future__ import annotations

import sys
from pathlib import Path

from briefgen.evaluate import check_folders, gold_folders

GOLD = Path(__file__).resolve().parent.parent


def main(argv: list[str]) -> int:
    """Print one line per problem (or how many folders are sound); exit 1 on any problem."""
    folders = [Path(a) for a in argv] or gold_folders(GOLD)
    folders = [f.parent if f.is_file() else f for f in folders]
    problems = check_folders(folders)
    print("\n".join(problems) or f"{len(folders)} gold folder(s) OK")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
