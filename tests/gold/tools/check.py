"""Check gold folders: TOML loads, every ``text`` occurs in its paragraph, themes and bounds are known."""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

from briefgen.ingest import read_source

THEMES = {"asem", "indo-pacific-security", "china-alignment", "none"}
BOUNDS = {"", "gt", "ge", "lt", "le", "approx"}
FILES = ("brief.toml", "coverage.toml", "themes.toml", "figures.toml", "actors.toml", "quotes.toml", "source.txt")


def check(folder: Path) -> list[str]:
    """Problems found in one gold folder (empty when it is sound)."""
    problems = [f"{folder}: missing {name}" for name in FILES if not (folder / name).is_file()]
    if problems:
        return problems
    paragraphs = [p.text for p in read_source(folder / "source.txt", "gold").paragraphs]
    tomls = [name for name in FILES if name.endswith(".toml")]
    data = {name: tomllib.loads((folder / name).read_text(encoding="utf-8")) for name in tomls}
    coverage = data["coverage.toml"].get("coverage", {})
    if set(coverage) != THEMES - {"none"} or not all(isinstance(v, bool) for v in coverage.values()):
        themes = ", ".join(sorted(THEMES - {"none"}))
        problems.append(f"{folder}/coverage.toml: give true/false for each of {themes}")
    themes = data["themes.toml"].get("paragraphs", {})
    for index in range(len(paragraphs)):
        value = themes.get(str(index))
        values = [value] if isinstance(value, str) else value
        if not values or not set(values) <= THEMES:
            problems.append(f"{folder}/themes.toml: paragraph {index} has no known theme ({value!r})")
    for name, key in (("figures.toml", "figures"), ("quotes.toml", "quotes")):
        for n, entry in enumerate(data[name].get(key, [])):
            p = entry.get("p")
            if not isinstance(p, int) or not 0 <= p < len(paragraphs):
                problems.append(f"{folder}/{name}: entry {n}: p={p!r} is not a paragraph index")
                continue
            count = paragraphs[p].count(entry.get("text", "\0"))
            if count < entry.get("nth", 1):
                problems.append(f"{folder}/{name}: entry {n}: {entry.get('text')!r} not in paragraph {p}")
            if name == "figures.toml" and entry.get("bound", "") not in BOUNDS:
                problems.append(f"{folder}/{name}: entry {n}: unknown bound {entry.get('bound')!r}")
    return problems


def main(argv: list[str]) -> int:
    """Check every folder named (or every gold folder under tests/gold/{dev,test})."""
    folders = [Path(a) for a in argv] or sorted(Path("tests/gold").glob("*/*/coverage.toml"))
    folders = [f.parent if f.is_file() else f for f in folders]
    problems = [line for folder in folders for line in check(folder)]
    print("\n".join(problems) or f"{len(folders)} gold folder(s) OK")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
