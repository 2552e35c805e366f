"""The harness: every stage scored per split, the first gold's targets held, the report printed side by side."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefgen.cli import app
from briefgen.evaluate import Report, evaluate, format_report, gold_folders, split_totals, totals

GOLD = Path(__file__).parent.parent / "gold"
OLD = ("biden-hun-sen", "biden-xi-bali", "cambodia", "east-asia-summit", "us-asean-factsheet")
"""The first gold (the seed and corpus texts), now in dev: the pipeline was built against it."""


@pytest.fixture(scope="module")
def old() -> Report:
    return evaluate([GOLD / "dev" / name for name in OLD], baseline=False)


@pytest.fixture(scope="module")
def report() -> Report:
    return evaluate(gold_folders(GOLD), baseline=False)


def test_figure_targets_hold_on_the_first_gold(old: Report) -> None:
    figures = totals(old)["figures"]
    assert figures["recall"] >= 0.97
    assert figures["precision"] >= 0.95
    assert figures["value+kind"] >= 0.97


def test_actors_and_quotes_on_the_first_gold(old: Report) -> None:
    got = totals(old)
    assert got["actors"]["f1"] >= 0.95
    assert got["actors"]["role"] >= 0.9
    assert got["quotes"]["f1"] >= 0.95
    assert got["quotes"]["speaker"] >= 0.95


def test_every_paragraph_of_the_first_gold_is_judged(old: Report) -> None:
    judged = sum(t.themes.accuracy.total for t in old.texts if t.themes)
    assert judged == 81  # 31 + 37 + 3 + 4 + 6 paragraphs
    assert all(t.themes and t.themes.coverage is None for t in old.texts)  # no coverage.toml: not scored


def test_every_text_and_stage_is_scored_per_split(report: Report) -> None:
    assert report.splits == ("dev", "test")
    dev, test = (sum(t.split == s for t in report.texts) for s in report.splits)
    assert dev >= 29 and test >= 40  # both grow as texts are annotated (test texts are never tuned on)
    by_split = split_totals(report)
    assert set(by_split) == {"dev", "test"}
    for got in by_split.values():
        assert {"accuracy", "on-theme", "coverage precision", "coverage recall", "coverage f1"} <= set(got["themes"])
        assert {"precision", "recall", "f1", "value+kind", "qualifier", "label"} <= set(got["figures"])
        assert {"precision", "recall", "f1", "role"} <= set(got["actors"])
        assert {"precision", "recall", "f1", "speaker"} <= set(got["quotes"])
        assert all(0.0 <= v <= 1.0 for stage in got.values() for v in stage.values())
    coverage = [t.themes.coverage for t in report.texts if t.themes and t.themes.coverage is not None]
    real = sum(1 for t in report.texts if t.split == "test") + dev - 5  # all but the five oldest dev texts
    assert sum(c.tp + c.fn for c in coverage) >= 1 and len(coverage) == real  # every real text has coverage.toml
    assert sum(t.themes.on_theme.total for t in report.texts if t.themes) > 0
    assert totals(report)["themes"]["accuracy"] == pytest.approx(
        sum(t.themes.accuracy.right for t in report.texts if t.themes)
        / sum(t.themes.accuracy.total for t in report.texts if t.themes)
    )


def test_the_report_shows_dev_and_test_side_by_side(report: Report) -> None:
    text = format_report(report)
    header = next(line for line in text.splitlines() if line.startswith("figures"))
    assert header.split() == ["figures", "dev", "test"]
    for words in ("paragraph accuracy", "coverage F1", "summary items on-theme", "qualifier right", "label right",
                  "speaker right", "targets (dev):", "targets (test):"):
        assert words in text
    assert "cambodia" not in text  # per-text scores only with details
    detailed = format_report(report, details=True)
    assert "cambodia" in detailed and any(line.startswith("dev/") for line in detailed.splitlines())
    n_test = sum(t.split == "test" for t in report.texts)
    assert f"test: misses of its {n_test} text(s) not shown" in detailed
    assert not any(line.startswith("test/") for line in detailed.splitlines())
    assert any(line.startswith("test/") for line in format_report(report, True, test_details=True).splitlines())


def _text_folder(root: Path, split: str, name: str, text: str, themes: str, figures: str) -> None:
    folder = root / split / name
    folder.mkdir(parents=True)
    (folder / "source.txt").write_text(text, encoding="utf-8")
    shutil.copy(GOLD / "tools" / "brief_template.toml", folder / "brief.toml")
    (folder / "coverage.toml").write_text(
        "[coverage]\nasem = false\nindo-pacific-security = false\nchina-alignment = false\n", encoding="utf-8"
    )
    (folder / "themes.toml").write_text(themes, encoding="utf-8")
    (folder / "figures.toml").write_text(f'scope = "money-percent"\nfigures = [{figures}]\n', encoding="utf-8")
    (folder / "actors.toml").write_text('scope = "people"\nactors = []\n', encoding="utf-8")
    (folder / "quotes.toml").write_text("quotes = []\n", encoding="utf-8")


@pytest.fixture
def tiny(tmp_path: Path) -> Path:
    """A gold of two texts, one per split; the test text's paragraph 0 is marked asem (a sure miss)."""
    text = "The city fixed 40 roads for $5 million this year.\n\nThe weather was fine.\n"
    money = ('{ p = 0, text = "$5 million", kind = "money", value = 5e6, unit = "USD", qualifier = "", '
             'bound = "", label_terms = ["roads"], label = "cost of road repairs" }')
    _text_folder(tmp_path, "dev", "roads", text, '[paragraphs]\n0 = "none"\n1 = "none"\n', money)
    _text_folder(tmp_path, "test", "weather", text, '[paragraphs]\n0 = "asem"\n1 = "none"\n', money)
    return tmp_path


def test_a_small_gold_in_two_splits(tiny: Path) -> None:
    report = evaluate(gold_folders(tiny), baseline=False)
    assert [(t.split, t.name) for t in report.texts] == [("dev", "roads"), ("test", "weather")]
    dev, test = totals(report, "dev"), totals(report, "test")
    assert dev["figures"]["recall"] == test["figures"]["recall"] == 1.0  # "$5 million" found; "40 roads" not judged
    assert dev["figures"]["precision"] == 1.0
    assert dev["themes"]["accuracy"] == 1.0 and test["themes"]["accuracy"] == 0.5


def test_eval_command_split_and_test_details(tiny: Path) -> None:
    runner = CliRunner()
    base = ["eval", "--gold", str(tiny), "--no-baseline", "--stage", "themes"]
    both = runner.invoke(app, base)
    assert both.exit_code == 0, both.output
    assert "themes" in both.output and "figures" not in both.output
    assert next(line for line in both.output.splitlines() if line.startswith("themes")).split() == [
        "themes", "dev", "test"
    ]
    test = runner.invoke(app, [*base, "--split", "test", "-d"])
    assert test.exit_code == 0 and "weather" in test.output and "roads" not in test.output
    assert "expected asem" not in test.output and "--show-test-details" in test.output
    shown = runner.invoke(app, [*base, "--split", "test", "-d", "--show-test-details"])
    assert "paragraph 0: expected asem" in shown.output
    one = runner.invoke(app, [*base, "--split", "dev", str(tiny / "dev" / "roads"), str(tiny / "test" / "weather")])
    assert one.exit_code == 0 and "1 gold text(s): dev 1" in one.output


def test_eval_command_refuses_an_unknown_stage_or_split(tiny: Path) -> None:
    result = CliRunner().invoke(app, ["eval", "--gold", str(tiny), "--stage", "summaries"])
    assert result.exit_code == 1
    assert "use some of figures,themes,actors,quotes" in result.output
    result = CliRunner().invoke(app, ["eval", "--gold", str(tiny), "--split", "train"])
    assert result.exit_code == 1 and "dev|test|all" in result.output


def test_quantulum3_baseline_when_installed() -> None:
    pytest.importorskip("quantulum3")
    folders = [GOLD / "dev" / "biden-hun-sen", GOLD / "dev" / "nw-laos-ldc-china-debt"]
    report = evaluate(folders, stages=("figures",), baseline=True)
    assert report.baseline is not None and report.speed is not None
    assert report.speed.briefgen > 0 and (report.speed.quantulum or 0) > 0
    assert "quantulum3 found" in format_report(report)
    assert "baseline recall" in totals(report)["figures"]
