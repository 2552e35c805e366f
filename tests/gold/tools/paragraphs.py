"""Print a source file's paragraphs with the 0-based indices that gold annotations use."""

from __future__ import annotations

import sys
from pathlib import Path

from briefgen.ingest import read_source


def main(argv: list[str]) -> int:
    """Print ``index<TAB>text`` for each paragraph of each file named."""
    for name in argv:
        source = read_source(Path(name), "gold")
        for index, paragraph in enumerate(source.paragraphs):
            print(f"{index}\t{paragraph.text}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
