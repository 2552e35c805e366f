"""Format a harness report as plain text: one table per stage, totals, targets and the baseline."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import reduce
from typing import TypeVar

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


def _sum(items: Iterable[T], empty: T) -> T:
    return reduce(lambda a, b: a + b, items, empty)


def _prf(c: Counts) -> str:
    return f"{c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f}"


def _acc(a: Accuracy) -> str:
    return f"{a.value:6.3f} ({a.right}/{a.total})"


def _rows(texts: tuple[TextScores, ...], row: Callable[[TextScores], str | None]) -> list[str]:
    width = max([len(t.name) for t in texts] + [7])
    return [f"  {t.name:<{width}} {line}" for t in texts if (line := row(t)) is not None]


def totals(report: Report) -> dict[str, dict[str, float]]:
    """Overall measures by stage: figures precision/recall/f1/value+kind/theme, themes accuracy, …"""
    out: dict[str, dict[str, float]] = {}
    t = report.texts
    if "figures" in report.stages:
        c = _sum((x.figures.counts for x in t if x.figures), Counts())
        vk = _sum((x.figures.value_kind for x in t if x.figures), Accuracy())
        th = _sum((x.figures.theme for x in t if x.figures), Accuracy())
        out["figures"] = {"precision": c.precision, "recall": c.recall, "f1": c.f1,
                          "value+kind": vk.value, "theme": th.value}
    if "themes" in report.stages:
        out["themes"] = {"accuracy": _sum((x.themes.accuracy for x in t if x.themes), Accuracy()).value}
    if "actors" in report.stages:
        c = _sum((x.actors.counts for x in t if x.actors), Counts())
        roles = _sum((x.actors.roles for x in t if x.actors), Accuracy())
        out["actors"] = {"precision": c.precision, "recall": c.recall, "f1": c.f1, "role": roles.value}
    if "quotes" in report.stages:
        c = _sum((x.quotes.counts for x in t if x.quotes), Counts())
        sp = _sum((x.quotes.speakers for x in t if x.quotes), Accuracy())
        out["quotes"] = {"precision": c.precision, "recall": c.recall, "f1": c.f1, "speaker": sp.value}
    return out


def format_report(report: Report, details: bool = False) -> str:
    """The report as text; with ``details``, every miss, false alarm and wrong reading too."""
    t = report.texts
    width = max([len(x.name) for x in t] + [7])
    lines = [f"briefgen eval: {len(t)} gold text(s), {sum(x.size for x in t) / 1000:.1f} kB"]

    def block(title: str, header: str, row: Callable[[TextScores], str | None], total: str) -> None:
        lines.extend(["", f"{title:<{width + 2}} {header}", *_rows(t, row), f"  {'overall':<{width}} {total}"])

    if "figures" in report.stages:
        figs = [x.figures for x in t if x.figures]
        block("figures", "     P      R     F1  value+kind       theme",
              lambda x: _fig(x.figures.counts, x.figures.value_kind, x.figures.theme) if x.figures else None,
              _fig(_sum((f.counts for f in figs), Counts()), _sum((f.value_kind for f in figs), Accuracy()),
                   _sum((f.theme for f in figs), Accuracy())))
    if "themes" in report.stages:
        block("paragraph themes", "accuracy",
              lambda x: _acc(x.themes.accuracy) if x.themes else None,
              _acc(_sum((x.themes.accuracy for x in t if x.themes), Accuracy())))
    if "actors" in report.stages:
        acts = [x.actors for x in t if x.actors]
        block("actors", "     P      R     F1  role (people)    kind",
              lambda x: _act(x.actors.counts, x.actors.roles, x.actors.kinds) if x.actors else None,
              _act(_sum((a.counts for a in acts), Counts()), _sum((a.roles for a in acts), Accuracy()),
                   _sum((a.kinds for a in acts), Accuracy())))
    if "quotes" in report.stages:
        qs = [x.quotes for x in t if x.quotes]
        block("quotes", "     P      R     F1  speaker",
              lambda x: f"{_prf(x.quotes.counts)}  {_acc(x.quotes.speakers)}  {_tally(x.quotes.counts)}"
              if x.quotes else None,
              f"{_prf(_sum((q.counts for q in qs), Counts()))}  {_acc(_sum((q.speakers for q in qs), Accuracy()))}"
              f"  {_tally(_sum((q.counts for q in qs), Counts()))}")
    lines.extend(_baseline(report, width))
    lines.extend(_targets(report))
    if details:
        lines.extend(_details(report))
    return "\n".join(lines)


def _tally(c: Counts) -> str:
    return f"tp/fp/fn {c.tp}/{c.fp}/{c.fn}"


def _fig(c: Counts, vk: Accuracy, th: Accuracy) -> str:
    return f"{_prf(c)}  {_acc(vk):<15} {_acc(th):<15} {_tally(c)}"


def _act(c: Counts, roles: Accuracy, kinds: Accuracy) -> str:
    return f"{_prf(c)}  {_acc(roles):<15}  {_acc(kinds):<15} {_tally(c)}"


def _baseline(report: Report, width: int) -> list[str]:
    lines: list[str] = []
    if report.baseline_missing:
        lines += ["", "quantulum3 baseline: not installed (pip install quantulum3)"]
    if report.baseline is not None:
        ours = _sum((x.figures.counts for x in report.texts if x.figures), Counts())
        theirs = _sum((b.counts for b in report.baseline), Counts())
        value = _sum((b.value_kind for b in report.baseline), Accuracy())
        lines += ["", f"{'figures F1 vs quantulum3':<{width + 2}}      P      R     F1  value",
                  f"  {'briefgen':<{width}} {_prf(ours)}",
                  f"  {'quantulum3':<{width}} {_prf(theirs)}  {_acc(value)}  {_tally(theirs)}"]
    if report.speed is not None:
        speed = f"throughput (figures, CPU time): briefgen {report.speed.briefgen:.2f} MB/s"
        if report.speed.quantulum is not None:
            speed += f", quantulum3 {report.speed.quantulum:.3f} MB/s"
        lines += ["", speed]
    return lines


def _targets(report: Report) -> list[str]:
    got = totals(report)
    checks = []
    for stage, measure, minimum in TARGETS:
        if stage in got:
            value = got[stage][measure]
            checks.append(f"{stage} {measure} {value:.3f} {'>=' if value >= minimum else '<'} {minimum} "
                          f"{'met' if value >= minimum else 'NOT MET'}")
    return ["", "targets: " + "; ".join(checks)] if checks else []


def _details(report: Report) -> list[str]:
    lines: list[str] = []
    for x in report.texts:
        for stage, score in (("figures", x.figures), ("themes", x.themes), ("actors", x.actors),
                             ("quotes", x.quotes)):
            if score is not None and score.errors:
                lines += ["", f"{x.name} · {stage}:"] + [f"  {e}" for e in score.errors]
    return lines
