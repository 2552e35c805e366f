"""The harness on the real gold: every stage scored, the issue's figure targets met, the report printed."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefgen.cli import app
from briefgen.evaluate import Report, evaluate, format_report, gold_folders, totals

GOLD = Path(__file__).parent.parent / "gold"


@pytest.fixture(scope="module")
def report() -> Report:
    return evaluate(gold_folders(GOLD), baseline=False)


def test_figure_targets_hold_on_the_gold(report: Report) -> None:
    figures = totals(report)["figures"]
    assert figures["recall"] >= 0.97
    assert figures["precision"] >= 0.95
    assert figures["value+kind"] >= 0.97


def test_actors_and_quotes_on_the_gold(report: Report) -> None:
    got = totals(report)
    assert got["actors"]["f1"] >= 0.95
    assert got["actors"]["role"] >= 0.9
    assert got["quotes"]["f1"] >= 0.95
    assert got["quotes"]["speaker"] >= 0.95


def test_every_paragraph_is_judged(report: Report) -> None:
    judged = sum(t.themes.accuracy.total for t in report.texts if t.themes)
    assert judged == 81  # 31 + 37 + 3 + 4 + 6 paragraphs
    assert 0.0 <= totals(report)["themes"]["accuracy"] <= 1.0


def test_the_report_names_each_text_stage_and_target(report: Report) -> None:
    text = format_report(report, details=True)
    for word in ("cambodia", "us-asean-factsheet", "figures", "paragraph themes", "actors", "quotes", "targets:"):
        assert word in text
    assert "figures recall" in text and "met" in text


def test_eval_command_scores_one_stage() -> None:
    result = CliRunner().invoke(app, ["eval", "--gold", str(GOLD), "--stage", "themes"])
    assert result.exit_code == 0, result.output
    assert "paragraph themes" in result.output and "figures" not in result.output


def test_eval_command_refuses_an_unknown_stage() -> None:
    result = CliRunner().invoke(app, ["eval", "--gold", str(GOLD), "--stage", "summaries"])
    assert result.exit_code == 1
    assert "use some of figures,themes,actors,quotes" in result.output


def test_quantulum3_baseline_when_installed() -> None:
    pytest.importorskip("quantulum3")
    folders = [GOLD / "biden-hun-sen"]
    report = evaluate(folders, stages=("figures",), baseline=True)
    assert report.baseline is not None and report.speed is not None
    assert report.speed.briefgen > 0 and (report.speed.quantulum or 0) > 0
    assert "quantulum3" in format_report(report)
