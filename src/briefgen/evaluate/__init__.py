"""The evaluation harness: gold annotations under tests/gold, scored per stage (``briefgen eval``)."""

from .gold import GoldText, load_gold
from .harness import Report, evaluate
from .report import format_report, totals
from .runner import STAGES, gold_folders

__all__ = ["STAGES", "GoldText", "Report", "evaluate", "format_report", "gold_folders", "load_gold", "totals"]
