"""Process-level speed tricks kept away from domain code: a GC pause for analysis stages, fast frozen-dataclass init."""
