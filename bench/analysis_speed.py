"""Speed of the whole analysis (sentences, figures, actors, quotes, timeline, themes, merge, compose).

    .venv/bin/python bench/analysis_speed.py                  # 1, 2, 5 and 10 MB and gold, plus the splitters
    .venv/bin/python bench/analysis_speed.py --sizes 1,gold --no-splitters --repeat 5

The input is built by repeating the real texts of tests/fixtures/corpus into one source of the
wanted size, themed by the seed's brief.toml. Repeated text flatters the caches (a name, a stem, a
sentence seen before costs nothing the second time), so the size ``gold`` is the dev gold texts
joined instead (about 0.3 MB that never repeats itself): the speed on real input. Each size runs in
a fresh child process on one core:
first ``analyze`` + ``compose`` end to end (cold caches, the figure that counts), then every stage
alone, each reported as CPU seconds and MB/s; peak RSS is the child's high-water mark
(``resource.getrusage``) less the RSS before analysis. The last column, s/MB, shows linearity. The
one-time setup of a process (patterns compiled on first use, word lists read) is measured apart, on
the seed, and printed above the table: it is part of every row's total, and weighs most at 1 MB.
Each size runs ``--repeat`` times (default 3) in fresh processes and the fastest run is shown, with
every run's MB/s after the row: on a shared machine the slow runs measure the neighbours.

The splitter section compares syntok, pysbd (each when installed) and briefgen's own splitter on
the hand-checked sentence gold (tests/fixtures/sentences/) and on speed over the corpus.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "fixtures" / "corpus"
GOLD = ROOT / "tests" / "fixtures" / "sentences"
SEED = ROOT / "seeds" / "cambodia"
STAGES = ("sentences", "figures", "actors", "quotes", "timeline", "themes", "merge", "compose")


def corpus_text(megabytes: float) -> str:
    """The corpus texts (without their metadata lines) repeated to at least ``megabytes`` MB."""
    texts = []
    for path in sorted(CORPUS.glob("*.txt")):
        lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("# ")]
        texts.append("\n".join(lines))
    block = "\n\n".join(texts)
    copies = int(megabytes * 1e6 / len(block.encode("utf-8"))) + 1
    return "\n\n".join([block] * copies)


def gold_text() -> str:
    """The dev gold texts (without their metadata lines) joined: real text that does not repeat itself, so that
    the caches that the repeated corpus hits nearly always (names, stems, repeats) count as on real input."""
    texts = []
    for path in sorted((ROOT / "tests" / "gold" / "dev").glob("*/source.txt")):
        lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("# ")]
        texts.append("\n".join(lines))
    return "\n\n".join(texts)


def _timed(fn: Callable[[], Any]) -> tuple[Any, float]:
    start = time.process_time()
    result = fn()
    return result, time.process_time() - start


def run_one(size: str) -> dict[str, Any]:
    """Analyse one input (``size`` in MB of the repeated corpus, or ``gold``) in this process; the measurements."""
    from briefgen.analyze.actors.find import actor_findings
    from briefgen.analyze.figures.extract import extract_figures
    from briefgen.analyze.merge import merge_actors, tag_themes
    from briefgen.analyze.pipeline import analyze
    from briefgen.analyze.quotes import find_quotes
    from briefgen.analyze.sentences.split import split_sentences
    from briefgen.analyze.themes.assign import assign_themes
    from briefgen.analyze.timeline.events import find_events
    from briefgen.compose import compose
    from briefgen.ingest import read_source
    from briefgen.spec import load_spec

    spec = load_spec(SEED)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "corpus.txt"
        path.write_text(gold_text() if size == "gold" else corpus_text(float(size)), encoding="utf-8")
        source, ingest = _timed(lambda: read_source(path, "corpus", max_bytes=10**9))
    size = len(source.text.encode("utf-8")) / 1e6
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    wall = time.perf_counter()
    analysis, t_analyze = _timed(lambda: analyze([source], spec))
    _brief, t_compose = _timed(lambda: compose(analysis, spec))
    wall = time.perf_counter() - wall
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    del analysis, _brief

    times: dict[str, float] = {}
    sentences, times["sentences"] = _timed(lambda: split_sentences(source))
    figures, times["figures"] = _timed(lambda: extract_figures(source, sentences))
    found, times["actors"] = _timed(lambda: actor_findings(source, sentences))
    quotes, times["quotes"] = _timed(lambda: find_quotes(source, sentences, found.mentions))
    events, times["timeline"] = _timed(lambda: find_events(source, sentences, source.date))
    assignment, times["themes"] = _timed(lambda: assign_themes([source], sentences, spec.themes))
    _tagged, times["merge"] = _timed(
        lambda: merge_actors(tag_themes(sentences, assignment.sentences, figures, quotes, events, found.actors).actors)
    )
    analysis = analyze([source], spec)
    _brief, times["compose"] = _timed(lambda: compose(analysis, spec))
    return {
        "mb": size,
        "ingest": ingest,
        "total": t_analyze + t_compose,
        "wall": wall,
        "stages": times,
        "rss_mb": (peak - rss_before) / 1024,
        "peak_rss_mb": peak / 1024,
        "sentences": len(sentences),
    }


def setup_cost() -> dict[str, float]:
    """One-time costs of a process (lazy pattern compilation, word lists): the seed analysed twice."""
    from briefgen.analyze.pipeline import analyze, forget_analyses
    from briefgen.compose import compose
    from briefgen.ingest import read_source
    from briefgen.spec import load_spec

    spec = load_spec(SEED)
    source = read_source(SEED / "cambodia.txt", "seed")
    _first, first = _timed(lambda: compose(analyze([source], spec), spec))
    forget_analyses()  # the second run analyses again (a process keeps an analysis by its inputs' content)
    _second, second = _timed(lambda: compose(analyze([source], spec), spec))
    return {"first": first, "second": second}


def scaling(sizes: list[str], repeat: int) -> None:
    """Run each size ``repeat`` times, each in a fresh child process, and print the fastest run's row."""
    out = subprocess.run([sys.executable, __file__, "--setup"], capture_output=True, text=True, check=True)
    once = json.loads(out.stdout.strip().splitlines()[-1])
    print(
        f"one-time setup per process (lazy regex compilation, word lists): {once['first'] - once['second']:.2f} s "
        "CPU, included in each row's total"
    )
    head = f"{'MB':>6} {'total s':>8} {'MB/s':>6} {'s/MB':>6} {'wall s':>7} {'RSS+ MB':>8} {'peak MB':>8}"
    print(f"{head}  per stage MB/s")
    for size in sizes:
        rows = []
        for _ in range(repeat):
            out = subprocess.run([sys.executable, __file__, "--one", size], capture_output=True, text=True, check=True)
            rows.append(json.loads(out.stdout.strip().splitlines()[-1]))
        row = min(rows, key=lambda r: r["total"])
        mb = row["mb"]
        speeds = " ".join(f"{mb / r['total']:.2f}" for r in rows)
        spread = f"  (runs: {speeds} MB/s)" if repeat > 1 else ""
        stages = "  ".join(f"{name} {mb / max(row['stages'][name], 1e-9):.1f}" for name in STAGES)
        what = "  [dev gold texts]" if size == "gold" else ""
        print(
            f"{mb:6.2f} {row['total']:8.2f} {mb / row['total']:6.2f} {row['total'] / mb:6.2f} {row['wall']:7.2f} "
            f"{row['rss_mb']:8.0f} {row['peak_rss_mb']:8.0f}  {stages}{spread}{what}",
            flush=True,
        )


def _gold_texts() -> list[tuple[str, list[str]]]:
    """(paragraph text, gold sentences) pairs from the corpus gold files and the tricky cases."""
    from briefgen.ingest import read_source

    pairs: list[tuple[str, list[str]]] = []
    for gold in sorted(GOLD.glob("*.txt")):
        if gold.stem == "tricky":
            blocks = gold.read_text(encoding="utf-8").split("\n\n")
            for block in blocks:
                lines = [line for line in block.splitlines() if line and not line.startswith("#")]
                pairs.append((" ".join(lines), lines))
            continue
        expected = gold.read_text(encoding="utf-8").splitlines()
        source = read_source(CORPUS / gold.name, "gold")
        for paragraph in source.paragraphs:
            if paragraph.heading:
                continue
            pairs.append((paragraph.text, [s for s in expected if s in paragraph.text]))
    return pairs


def splitters() -> None:
    """Accuracy (exact sentences found / gold sentences, and extra ones) and speed of each splitter."""
    from briefgen.analyze.sentences.boundaries import sentence_spans

    candidates: dict[str, Callable[[str], list[tuple[int, int]]]] = {"briefgen": sentence_spans}
    try:
        from syntok import segmenter

        def syntok_spans(text: str) -> list[tuple[int, int]]:
            return [
                (tokens[0].offset, tokens[-1].offset + len(tokens[-1].value))
                for paragraph in segmenter.analyze(text)
                for tokens in paragraph
                if tokens
            ]

        candidates["syntok"] = syntok_spans
    except ImportError:
        print("syntok not installed: skipped")
    try:
        import pysbd

        segmenter_sbd = pysbd.Segmenter(language="en", clean=False, char_span=True)

        def pysbd_spans(text: str) -> list[tuple[int, int]]:
            return [(s.start, s.start + len(s.sent.rstrip())) for s in segmenter_sbd.segment(text)]

        candidates["pysbd"] = pysbd_spans
    except ImportError:
        print("pysbd not installed: skipped")

    pairs = _gold_texts()
    corpus = corpus_text(0.3)
    size = len(corpus.encode("utf-8")) / 1e6
    paragraphs = [p for p in corpus.split("\n") if p.strip()]
    print(f"{'splitter':>10} {'gold found':>11} {'extra':>6} {'MB/s':>7}")
    for name, spans in candidates.items():
        found = extra = total = 0
        for text, expected in pairs:
            got = {text[a:b].strip() for a, b in spans(text)}
            found += len(got & set(expected))
            extra += len(got - set(expected))
            total += len(expected)
        _result, seconds = _timed(lambda spans=spans: [spans(p) for p in paragraphs])  # type: ignore[misc]
        print(f"{name:>10} {found:>5}/{total:<5} {extra:>6} {size / seconds:7.2f}", flush=True)


def main() -> None:
    """Parse arguments and run the benchmark."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sizes",
        default="1,2,5,10,gold",
        help="input sizes in MB of the repeated corpus, comma-separated; 'gold' is the dev gold texts joined "
        "(real text that does not repeat itself, ~0.3 MB)",
    )
    parser.add_argument("--no-splitters", action="store_true", help="skip the sentence splitter comparison")
    parser.add_argument("--repeat", type=int, default=3, help="fresh-process runs per size; the fastest is shown")
    parser.add_argument("--one", help=argparse.SUPPRESS)
    parser.add_argument("--setup", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one is not None:
        print(json.dumps(run_one(args.one)))
        return
    if args.setup:
        print(json.dumps(setup_cost()))
        return
    if not args.no_splitters:
        splitters()
        print()
    scaling([s.strip() for s in args.sizes.split(",")], max(1, args.repeat))


if __name__ == "__main__":
    main()
