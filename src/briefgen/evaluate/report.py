"""Format a harness report as plain text: per stage, the dev and test scores side by side, then targets.

With details, each text's scores per stage, and every miss, false alarm and wrong reading of the
dev texts; the test texts' misses are listed only when asked for (``--show-test-details``): the test
split is for reading scores, never for tuning on what it misses.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import reduce
from typing import TypeVar

from .figures import FigureScore
from .harness import Report
from .runner import TextScores
from .scores import Accuracy, Counts

T = TypeVar("T", Counts, Accuracy)

TARGETS: tuple[tuple[str, str, float], ...] = (
    ("figures", "recall", 0.97),
    ("figures", "precision", 0.95),
    ("figures", "value+kind", 0.97),
    ("themes", "accuracy", 0.95),
)
"""(stage, measure, minimum) the issue sets."""

CELL = 18
"""Width of one split's column."""


def _sum(items: Iterable[T], empty: T) -> T:
    return reduce(lambda a, b: a + b, items, empty)


@dataclass(frozen=True, slots=True)
class _Sums:
    """Every stage's scores added up over some texts."""

    figures: Counts
    value: Accuracy
    theme: Accuracy
    qualifier: Accuracy
    label: Accuracy
    label_shown: Accuracy
    baseline: Counts | None
    baseline_value: Accuracy
    paragraphs: Accuracy
    coverage: Counts | None
    on_theme: Accuracy
    actors: Counts
    roles: Accuracy
    kinds: Accuracy
    quotes: Counts
    speakers: Accuracy

    @staticmethod
    def of(texts: Sequence[TextScores], baseline: Sequence[FigureScore] | None) -> _Sums:
        figs = [t.figures for t in texts if t.figures]
        themes = [t.themes for t in texts if t.themes]
        coverage = [x.coverage for x in themes if x.coverage is not None]
        actors = [t.actors for t in texts if t.actors]
        quotes = [t.quotes for t in texts if t.quotes]
        return _Sums(
            figures=_sum((f.counts for f in figs), Counts()),
            value=_sum((f.value_kind for f in figs), Accuracy()),
            theme=_sum((f.theme for f in figs), Accuracy()),
            qualifier=_sum((f.qualifier for f in figs), Accuracy()),
            label=_sum((f.label for f in figs), Accuracy()),
            label_shown=_sum((f.label_shown for f in figs), Accuracy()),
            baseline=None if baseline is None else _sum((b.counts for b in baseline), Counts()),
            baseline_value=_sum((b.value_kind for b in baseline or ()), Accuracy()),
            paragraphs=_sum((x.accuracy for x in themes), Accuracy()),
            coverage=_sum(coverage, Counts()) if coverage else None,
            on_theme=_sum((x.on_theme for x in themes), Accuracy()),
            actors=_sum((a.counts for a in actors), Counts()),
            roles=_sum((a.roles for a in actors), Accuracy()),
            kinds=_sum((a.kinds for a in actors), Accuracy()),
            quotes=_sum((q.counts for q in quotes), Counts()),
            speakers=_sum((q.speakers for q in quotes), Accuracy()),
        )


def _texts(report: Report, split: str | None) -> tuple[list[TextScores], list[FigureScore] | None]:
    """The texts of one split (every text with None) and their baseline scores."""
    keep = [i for i, t in enumerate(report.texts) if split is None or t.split == split]
    baseline = None if report.baseline is None else [report.baseline[i] for i in keep]
    return [report.texts[i] for i in keep], baseline


def totals(report: Report, split: str | None = None) -> dict[str, dict[str, float]]:
    """Overall measures by stage, over the texts of ``split`` (``dev``, ``test``; None: every text).

    figures: precision, recall, f1, value+kind, theme, qualifier, label (and baseline precision,
    recall, f1, value when quantulum3 ran); themes: accuracy, on-theme (and coverage precision,
    coverage recall, coverage f1 when a text has coverage.toml); actors: precision, recall, f1, role;
    quotes: precision, recall, f1, speaker."""
    texts, baseline = _texts(report, split)
    s = _Sums.of(texts, baseline)
    out: dict[str, dict[str, float]] = {}
    if "figures" in report.stages:
        out["figures"] = {**_prf(s.figures), "value+kind": s.value.value, "theme": s.theme.value,
                          "qualifier": s.qualifier.value, "label": s.label.value}
        if s.baseline is not None:
            out["figures"].update({f"baseline {k}": v for k, v in _prf(s.baseline).items()})
            out["figures"]["baseline value"] = s.baseline_value.value
    if "themes" in report.stages:
        out["themes"] = {"accuracy": s.paragraphs.value, "on-theme": s.on_theme.value}
        if s.coverage is not None:
            out["themes"].update({f"coverage {k}": v for k, v in _prf(s.coverage).items()})
    if "actors" in report.stages:
        out["actors"] = {**_prf(s.actors), "role": s.roles.value}
    if "quotes" in report.stages:
        out["quotes"] = {**_prf(s.quotes), "speaker": s.speakers.value}
    return out


def split_totals(report: Report) -> dict[str, dict[str, dict[str, float]]]:
    """``totals`` of each split present: {"dev": {...}, "test": {...}}."""
    return {split: totals(report, split) for split in report.splits}


def _prf(c: Counts) -> dict[str, float]:
    return {"precision": c.precision, "recall": c.recall, "f1": c.f1}


def _acc(a: Accuracy) -> str:
    return f"{a.value:.3f} ({a.right}/{a.total})" if a.total else "-"


def _recall(c: Counts) -> str:
    return _acc(Accuracy(c.tp, c.tp + c.fn))


def _precision(c: Counts) -> str:
    return _acc(Accuracy(c.tp, c.tp + c.fp))


def _f1(c: Counts) -> str:
    return f"{c.f1:.3f}" if c.tp + c.fp + c.fn else "-"


Row = tuple[str, Callable[[_Sums], str]]


def _stage_rows(report: Report) -> list[tuple[str, list[Row]]]:
    """(stage title, rows) of every stage scored, in report order."""
    stages: list[tuple[str, list[Row]]] = []
    if "figures" in report.stages:
        rows: list[Row] = [
            ("found (recall)", lambda s: _recall(s.figures)),
            ("precision", lambda s: _precision(s.figures)),
            ("F1", lambda s: _f1(s.figures)),
            ("value right", lambda s: _acc(s.value)),
            ("qualifier right", lambda s: _acc(s.qualifier)),
            ("label right", lambda s: _acc(s.label)),
            ("label right, boxable", lambda s: _acc(s.label_shown)),
            ("theme right", lambda s: _acc(s.theme)),
        ]
        if report.baseline is not None:
            rows += [
                ("quantulum3 found", lambda s: _recall(s.baseline or Counts())),
                ("quantulum3 precision", lambda s: _precision(s.baseline or Counts())),
                ("quantulum3 F1", lambda s: _f1(s.baseline or Counts())),
                ("quantulum3 value", lambda s: _acc(s.baseline_value)),
            ]
        stages.append(("figures", rows))
    if "themes" in report.stages:
        stages.append(("themes", [
            ("paragraph accuracy", lambda s: _acc(s.paragraphs)),
            ("coverage precision", lambda s: _precision(s.coverage) if s.coverage else "-"),
            ("coverage recall", lambda s: _recall(s.coverage) if s.coverage else "-"),
            ("coverage F1", lambda s: _f1(s.coverage) if s.coverage else "-"),
            ("summary items on-theme", lambda s: _acc(s.on_theme)),
        ]))
    if "actors" in report.stages:
        stages.append(("actors", [
            ("found (recall)", lambda s: _recall(s.actors)),
            ("precision", lambda s: _precision(s.actors)),
            ("F1", lambda s: _f1(s.actors)),
            ("role right (people)", lambda s: _acc(s.roles)),
        ]))
    if "quotes" in report.stages:
        stages.append(("quotes", [
            ("found (recall)", lambda s: _recall(s.quotes)),
            ("precision", lambda s: _precision(s.quotes)),
            ("F1", lambda s: _f1(s.quotes)),
            ("speaker right", lambda s: _acc(s.speakers)),
        ]))
    return stages


def format_report(report: Report, details: bool = False, test_details: bool = False) -> str:
    """The report as text: each stage's scores, dev and test side by side; with ``details``, each
    text's scores and every miss, false alarm and wrong reading of the dev texts (of the test texts
    too with ``test_details``)."""
    splits = report.splits or ("dev",)
    groups = {split: _texts(report, split) for split in splits}
    sums = {split: _Sums.of(*groups[split]) for split in splits}
    sizes = ", ".join(f"{split} {len(groups[split][0])} ({sum(t.size for t in groups[split][0]) / 1000:.1f} kB)"
                      for split in splits)
    lines = [f"briefgen eval: {len(report.texts)} gold text(s): {sizes}"]
    label_width = 26
    for title, rows in _stage_rows(report):
        lines += ["", f"{title:<{label_width}}" + "".join(f"{split:<{CELL}}" for split in splits).rstrip()]
        for label, cell in rows:
            lines.append(f"  {label:<{label_width - 2}}" + "".join(f"{cell(sums[s]):<{CELL}}" for s in splits).rstrip())
        lines.extend(_scope_note(title, groups, splits))
    lines.extend(_speed(report))
    lines.extend(_targets(report, splits))
    if details:
        lines.extend(_per_text(report, splits))
        lines.extend(_details(report, test_details))
    return "\n".join(lines)


def _scope_note(stage: str, groups: dict[str, tuple[list[TextScores], list[FigureScore] | None]],
                splits: Sequence[str]) -> list[str]:
    """A note on texts whose gold lists every kind (the older gold) rather than money-percent / people."""
    scope: Callable[[TextScores], str] | None = {
        "figures": lambda t: t.figure_scope, "actors": lambda t: t.actor_scope
    }.get(stage)
    if scope is None:
        return []
    notes = []
    for split in splits:
        texts = groups[split][0]
        scoped = sorted({scope(t) for t in texts if scope(t)})
        every = sum(1 for t in texts if not scope(t))
        parts = [f"{sum(1 for t in texts if scope(t) == s)} {s}" for s in scoped]
        parts += [f"{every} every kind"] if every else []
        notes.append(f"{split}: {', '.join(parts)}")
    return [f"  (gold scope — {'; '.join(notes)})"]


def _speed(report: Report) -> list[str]:
    lines: list[str] = []
    if report.baseline_missing:
        lines += ["", "quantulum3 baseline: not installed (pip install quantulum3)"]
    if report.speed is not None:
        speed = f"throughput (figures, CPU time): briefgen {report.speed.briefgen:.2f} MB/s"
        if report.speed.quantulum is not None:
            speed += f", quantulum3 {report.speed.quantulum:.3f} MB/s"
        lines += ["", speed]
    return lines


def _targets(report: Report, splits: Sequence[str]) -> list[str]:
    lines = []
    for split in splits:
        got = totals(report, split)
        checks = []
        for stage, measure, minimum in TARGETS:
            if stage in got:
                value = got[stage][measure]
                checks.append(f"{stage} {measure} {value:.3f} {'>=' if value >= minimum else '<'} {minimum} "
                              f"{'met' if value >= minimum else 'NOT MET'}")
        if checks:
            lines.append(f"targets ({split}): " + "; ".join(checks))
    return ["", *lines] if lines else []


def _tally(c: Counts) -> str:
    return f"{c.tp}/{c.fp}/{c.fn}"


def _rpf(c: Counts) -> str:
    return f"{c.recall:6.3f} {c.precision:6.3f} {c.f1:6.3f}"


def _short(a: Accuracy) -> str:
    return f"{a.value:.2f} {a.right}/{a.total}" if a.total else "-"


PerText = tuple[str, str, Callable[[TextScores], str | None]]


def _per_text_tables() -> list[PerText]:
    """(stage, header, row) of each stage's per-text table."""

    def figures(t: TextScores) -> str | None:
        f = t.figures
        if f is None:
            return None
        return (f"{_rpf(f.counts)}  {_tally(f.counts):<10} "
                f"{_short(f.value_kind):<12} {_short(f.qualifier):<12} {_short(f.label):<12} {_short(f.theme)}")

    def themes(t: TextScores) -> str | None:
        x = t.themes
        if x is None:
            return None
        coverage = _tally(x.coverage) if x.coverage is not None else "-"
        return f"{_short(x.accuracy):<14} {coverage:<10} {_short(x.on_theme)}"

    def actors(t: TextScores) -> str | None:
        a = t.actors
        if a is None:
            return None
        return f"{_rpf(a.counts)}  {_tally(a.counts):<10} {_short(a.roles)}"

    def quotes(t: TextScores) -> str | None:
        q = t.quotes
        if q is None:
            return None
        return f"{_rpf(q.counts)}  {_tally(q.counts):<10} {_short(q.speakers)}"

    return [
        ("figures", "     R      P     F1  tp/fp/fn   value        qualifier    label        theme", figures),
        ("themes", "paragraphs     coverage   summary on-theme   (coverage tp/fp/fn)", themes),
        ("actors", "     R      P     F1  tp/fp/fn   role", actors),
        ("quotes", "     R      P     F1  tp/fp/fn   speaker", quotes),
    ]


def _per_text(report: Report, splits: Sequence[str]) -> list[str]:
    width = max([len(t.name) for t in report.texts] + [7])
    lines: list[str] = []
    for stage, header, row in _per_text_tables():
        if stage not in report.stages:
            continue
        lines += ["", f"{stage + ' per text':<{width + 2}} {header}"]
        for split in splits:
            lines.append(f" {split}")
            lines += [f"  {t.name:<{width}} {line}" for t in report.texts
                      if t.split == split and (line := row(t)) is not None]
    return lines


def _details(report: Report, test_details: bool) -> list[str]:
    lines: list[str] = []
    hidden = 0
    for x in report.texts:
        if x.split == "test" and not test_details:
            hidden += 1
            continue
        for stage, score in (("figures", x.figures), ("themes", x.themes), ("actors", x.actors),
                             ("quotes", x.quotes)):
            if score is not None and score.errors:
                lines += ["", f"{x.split}/{x.name} · {stage}:"] + [f"  {e}" for e in score.errors]
    if hidden:
        lines += ["", f"test: misses of its {hidden} text(s) not shown — the test split is for scores only "
                      "(--show-test-details lists them)"]
    return lines
