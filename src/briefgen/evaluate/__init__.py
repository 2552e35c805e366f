"""The evaluation harness: gold annotations under tests/gold/{dev,test}, scored per stage (``briefgen eval``)."""

from .gold import SPLITS, GoldText, load_gold, split_of
from .harness import Report, evaluate
from .report import format_report, split_totals, totals
from .runner import SPLIT_CHOICES, STAGES, check_folders, gold_folders, load_folder

__all__ = [
    "SPLITS",
    "SPLIT_CHOICES",
    "STAGES",
    "GoldText",
    "Report",
    "check_folders",
    "evaluate",
    "format_report",
    "gold_folders",
    "load_folder",
    "load_gold",
    "split_of",
    "split_totals",
    "totals",
]
