"""Turn a matched figure pattern into a ``Reading``, or reject it when the match makes no sense there."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from ..._speed.regex_cache import compile_cached
from ...model import FigureKind
from .dates import DateParts, iso_date, resolve_date
from .lexicon import lexicon
from .lookback import previous_word
from .numbers import parse_number, parse_ordinal
from .patterns import HYPHEN, patterns
from .types import Context, Reading

Handler = Callable[[re.Match[str], Context], Reading | None]
_SCALE_SUFFIX = compile_cached(r"([a-z]+)\s*$")
_LETTERS = compile_cached(r"[A-Za-z]")
_NEXT_WORD = compile_cached(r"\s+([A-Za-z][\w-]*)")
_PERIOD_OF = compile_cached(
    r"\s+of\s+(?:the\s+|this\s+|last\s+|next\s+)?(?:(?:fiscal\s+)?year\b|(?:1[5-9]|20)[0-9]{2}\b)", re.IGNORECASE
)


@cache
def qualifier_ends() -> frozenset[str]:
    """The last word of every qualifier ("than" for "more than"), for a quick look before the full match."""
    return frozenset(q.split()[-1] for q in lexicon().qualifiers)


@cache
def _prefix_codes() -> dict[str, str]:
    return {pre: c.code for c in lexicon().currencies for pre in c.prefixes}


@cache
def _word_codes() -> dict[str, str]:
    return {" ".join(w.lower().split()): c.code for c in lexicon().currencies for w in c.words}


@cache
def _subunits() -> frozenset[str]:
    """Currency words worth a hundredth ("cents")."""
    return frozenset(" ".join(w.lower().split()) for c in lexicon().currencies for w in c.subunits)


def _word_factor(word: str) -> float:
    """What one of the currency word ``word`` is worth in the currency: 0.01 for a subunit, else 1."""
    return 0.01 if " ".join(word.casefold().split()) in _subunits() else 1.0


def _previous_token(ctx: Context, start: int) -> str:
    found = previous_word(ctx.text, max(ctx.sentence_start, start - 40), start)
    return found[1] if found else ""


def _at_sentence_start(ctx: Context, start: int) -> bool:
    return not ctx.text[ctx.sentence_start : start].strip(" \t\n-•*“\"'‘(")


def _is_reference(token: str) -> bool:
    refs = lexicon().reference_nouns
    bare = token.rstrip(",;:")
    return bare in refs or bare.capitalize() in refs or bare.endswith(("$", "#"))


def _name_capital(word: str, ctx: Context, start: int) -> bool:
    """True for a capitalised word inside a sentence ("Five Point Consensus"): part of a name."""
    if not word[:1].isupper() or word.isupper() or _at_sentence_start(ctx, start):
        return False
    # After a run-in lead's colon a capital opens the clause ("By the numbers: Two in five surveyed say …").
    return ctx.text[max(ctx.sentence_start, start - 2) : start] != ": "


def _scaled(number: str) -> bool:
    return (bool(_LETTERS.search(number)) and number[:1].isdigit()) or any(
        w in lexicon().scales for w in number.lower().split()
    )


def _money_pre(m: re.Match[str], ctx: Context) -> Reading | None:
    value = parse_number(m["num"])
    if value is None:
        return None
    if m["cur"][-1].isalpha() and m.end("cur") == m.start("num") and not _scaled(m["num"]) \
            and len(m["num"].split(".")[0].replace(",", "")) < 2:
        return None  # "PHP7", "CHF5": a code glued to one digit is more often a name than money ("RM50" is money)
    rate = m["rate"].split()[-1].split("-")[-1].lstrip("/") if m["rate"] else ""
    return Reading(
        m.start(),
        m.end(),
        "money",
        value,
        _prefix_codes()[m["cur"]],
        raw=value,
        raw_unit=rate,
        scaled=_scaled(m["num"]),
    )


def _money_post(m: re.Match[str], ctx: Context) -> Reading | None:
    value = parse_number(m["num"])
    if value is None:
        return None
    code = _word_codes()[" ".join(m["curw"].casefold().split())]
    rate = m["rate"].split()[-1].split("-")[-1].lstrip("/") if m["rate"] else ""
    return Reading(
        m.start(),
        m.end(),
        "money",
        value * _word_factor(m["curw"]),
        code,
        raw=value,
        raw_unit=rate,
        scaled=_scaled(m["num"]),
        spelled=not m["num"][0].isdigit(),
    )


_HALF_ONE = re.compile(r"(?i:half\s+(?:a|one))")


def _percent(m: re.Match[str], ctx: Context) -> Reading | None:
    value = 0.5 if _HALF_ONE.fullmatch(m["num"]) else parse_number(m["num"])  # "half a percent"
    if value is None or _name_capital(m["num"], ctx, m.start()):
        return None
    unit = m["unit"].casefold()
    if "basis" in unit or "bps" in unit:
        return Reading(m.start(), m.end(), "percent", value / 100, "percentage points", raw=value, raw_unit="bp")
    if "point" in unit:
        return Reading(m.start(), m.end(), "percent", value, "percentage points", raw=value, raw_unit="pp")
    return Reading(m.start(), m.end(), "percent", value, "%", raw=value, spelled=not m["num"][0].isdigit())


def _fraction(m: re.Match[str], ctx: Context) -> Reading | None:
    word = m["num"].casefold()
    top = 1.0 if word in ("a", "an") else parse_number(word)
    bottom = lexicon().fractions[(m["den"] or m["den2"]).casefold()]
    if top is None or not 0 < top < bottom:
        return None
    if m["unit"]:
        return _fraction_of_unit(m, top / bottom)
    if m["whole"]:
        return None  # "two and a half years": a number with a fraction, read by no branch here
    if m["alone"] is not None and _previous_token(ctx, m.start()).lower() not in _half_leads():
        return None  # "a third" with no "of": a share only after "more than", "by", "only" … ("less than a fifth.")
    if _PERIOD_OF.match(ctx.text, m.end(), ctx.sentence_end):
        return None  # "the first three quarters of 2011": a part of a year, not a share
    return Reading(
        m.start(),
        m.end(),
        "percent",
        100 * top / bottom,
        "%",
        raw=100 * top / bottom,
        spelled=True,
        fraction=(int(top), bottom),
    )


def _fraction_of_unit(m: re.Match[str], share: float) -> Reading | None:
    """A percentage written with a fraction in words: "three-tenths percent" is 0.3 %, "one and one-half
    percent" 1.5 %, "a tenth of a point" and "three-quarters of a percentage point" 0.1 and 0.75 points."""
    whole = parse_number(m["whole"]) if m["whole"] else 0.0
    if whole is None:
        return None
    value = whole + share
    unit = m["unit"].casefold()
    if "basis" in unit or "bps" in unit:
        return Reading(m.start(), m.end(), "percent", value / 100, "percentage points", raw=value, raw_unit="bp",
                       spelled=True)
    if "point" in unit:
        return Reading(m.start(), m.end(), "percent", value, "percentage points", raw=value, raw_unit="pp",
                       spelled=True)
    return Reading(m.start(), m.end(), "percent", value, "%", raw=value, spelled=True)


def _slash(m: re.Match[str], ctx: Context) -> Reading | None:
    """A fraction in digits before "of" ("1/3 of the voters"): a share."""
    top, bottom = int(m["top"]), int(m["bottom"])
    if top >= bottom or _PERIOD_OF.match(ctx.text, m.end(), ctx.sentence_end):
        return None  # "3/4 of 2020": a part of a year
    share = 100 * top / bottom
    return Reading(m.start(), m.end(), "percent", share, "%", raw=share, spelled=True, fraction=(top, bottom))


def _ratio(m: re.Match[str], ctx: Context) -> Reading | None:
    top, bottom = parse_number(m["top"]), parse_number(m["bottom"])
    if top is None or bottom is None or not 0 < top < bottom or _name_capital(m["top"], ctx, m.start()):
        return None
    share = 100 * top / bottom
    return Reading(
        m.start(),
        m.end(),
        "percent",
        share,
        "%",
        raw=share,
        spelled=not m["top"][0].isdigit(),
        fraction=(int(top), int(bottom)),
        raw_unit="in",
    )


def _scaled_count(m: re.Match[str], ctx: Context) -> Reading | None:
    """A bare number with a scale word ("population is 16.7 million"): a count of what the sentence says."""
    value = parse_number(m["num"])
    if value is None or _is_reference(_previous_token(ctx, m.start())):
        return None
    return Reading(m.start(), m.end(), "count", value, "", raw=value, scaled=True, spelled=not m["num"][0].isdigit())


def _duration(m: re.Match[str], ctx: Context) -> Reading | None:
    value = parse_number(m["num"])
    if value is None or _name_capital(m["num"], ctx, m.start()):
        return None
    if m["half"]:
        value += 0.5  # "three and a half years"
    word = m["unit"].casefold()
    base, factor = lexicon().durations[word]
    return Reading(
        m.start(),
        m.end(),
        "duration",
        value * factor,
        base,
        raw=value,
        raw_unit=word,
        spelled=not m["num"][0].isdigit(),
    )


def _ordinal(m: re.Match[str], ctx: Context) -> Reading | None:
    if m["num"]:
        return Reading(m.start(), m.end(), "ordinal", float(int(m["num"])), "", raw=float(int(m["num"])))
    word = m["word"]
    if (word.lower() == "first" and not m["ever"]) or _name_capital(word, ctx, m.start()):
        return None
    value = parse_ordinal(word)
    if value is None:
        return None
    return Reading(m.start(), m.end(), "ordinal", float(value), "", raw=float(value), spelled=True)


def _half(m: re.Match[str], ctx: Context) -> Reading | None:
    """"half of" without a numerator ("nearly half of the members"), but not "the first half of 2024"."""
    previous = _previous_token(ctx, m.start()).lower().strip("“\"(")
    if previous in lexicon().half_blockers:
        return None
    if not ctx.text.startswith("of", _skip_space(ctx.text, m.end())) and previous not in _half_leads():
        return None  # without "of", only "more than half", "by half", "only half", "is half"
    return Reading(m.start(), m.end(), "percent", 50.0, "%", raw=50.0, spelled=True, fraction=(1, 2))


def _skip_space(text: str, at: int) -> int:
    while at < len(text) and text[at].isspace():
        at += 1
    return at


@cache
def _half_leads() -> frozenset[str]:
    """Words before a "half" with no "of" after it that make it a share ("more than half", "cut by half")."""
    return qualifier_ends() | frozenset(("by", "only", "is", "are", "was", "were", "be", "been", "nearly", "almost"))


def _bare(m: re.Match[str], ctx: Context) -> Reading | None:
    """A number in digits that nothing else reads: a count of what its sentence says ("up from 900,000")."""
    number = m["num"]
    value = parse_number(number)
    if value is None or value in (0, 1) or (number[0] == "0" and number[1:2].isdigit()):
        return None  # "023 123 456": a phone number or code
    text, start, end = ctx.text, m.start(), m.end()
    before = text[start - 1] if start > ctx.sentence_start else " "
    after = text[end] if end < ctx.sentence_end else " "
    if before in "[#+" or (before == "(" and after in ")]") or (after in "+)]" and before != " "):
        return None  # "(1)", "[3]", "#5": markers and numbering
    if _digit_run(text, start, end):
        return None  # "023 123 456": a run of digit groups
    following = _NEXT_WORD.match(text, end, ctx.sentence_end)
    if following and following.group(1)[:1].isupper():
        return None  # "23 Monivong Blvd", "7 Eleven": an address or a name
    if after in HYPHEN or (before in HYPHEN and text[start - 2:start - 1].isdigit()):
        return None  # "52-48", "1.2-million-strong": a score or a compound the other branches did not read
    previous = _previous_token(ctx, start)
    if _is_reference(previous) or _in_name(previous, ctx, start) or _of_name(ctx, start, previous):
        return None
    return Reading(start, end, "count", value, "", raw=value)


def _digit_run(text: str, start: int, end: int) -> bool:
    """True when another group of digits follows or precedes across one space."""
    return (text[end:end + 1] == " " and text[end + 1:end + 2].isdigit()) or (
        text[start - 1:start] == " " and text[start - 2:start - 1].isdigit()
    )


def _of_name(ctx: Context, start: int, previous: str) -> bool:
    """True for "Group of 77": a capitalised word and "of" right before the number."""
    if previous != "of":
        return False
    word = previous_word(ctx.text, max(ctx.sentence_start, start - 40), start - 3)
    return word is not None and word[1][:1].isupper() and not _at_sentence_start(ctx, word[0])


def _year(m: re.Match[str], ctx: Context) -> Reading | None:
    if _is_reference(_previous_token(ctx, m.start())):
        return None
    year = int(m["year"])
    decade = bool(m["decade"])
    parts = DateParts(year)
    return Reading(
        m.start(),
        m.end(),
        "year",
        float(year),
        "year",
        iso=None if decade else str(year),
        date=parts,
        raw=float(year),
        raw_unit="s" if decade else "",
    )


def _count(m: re.Match[str], ctx: Context) -> Reading | None:
    number = m["num"]
    value = parse_number(number)
    if value is None or value == 1:
        return None
    spelled = not number[0].isdigit()
    previous = _previous_token(ctx, m.start())
    if _is_reference(previous) or (spelled and _name_capital(number, ctx, m.start())):
        return None
    if not spelled and _in_name(previous, ctx, m.start()):
        return None
    if m["np"]:
        words = " ".join(m["np"].split())
    else:
        words = m["hy"]
        lex = lexicon()
        if words in lex.not_counted or words in lex.durations or words in lex.ordinals or words in lex.fractions:
            return None

    unit = words
    if not m["np"] and words in lexicon().strength_words:
        counted = _NEXT_WORD.match(ctx.text, m.end(), ctx.sentence_end)
        unit = counted.group(1) if counted else words  # "1,000-strong force" counts the force
    return Reading(
        m.start(),
        m.end(),
        "count",
        value,
        unit,
        count_words=words,
        raw=value,
        raw_unit="" if m["np"] else "-",
        scaled=_scaled(number),
        spelled=spelled,
    )


def _in_name(previous: str, ctx: Context, start: int) -> bool:
    """True when a digit follows a capitalised word ("Boeing 737 jets"): a model or name number."""
    if not previous or not previous[0].isupper() or previous[-1] in ",;:)”\"'":
        return False
    if previous.endswith(("’s", "'s", "s’", "s'")):
        return False
    lower = previous.lower()
    return lower not in lexicon().stop_words and lower not in qualifier_ends()


def _date(m: re.Match[str], ctx: Context) -> Reading | None:
    lex = lexicon()
    month_text = m["month"]
    month = int(month_text) if month_text.isdigit() else lex.months.get(month_text)
    if month is None:
        month = lex.months.get(month_text.rstrip(".")) or lex.months.get(month_text + ".")
    if month is None:
        return None
    groups = m.groupdict()
    year = int(groups["year"]) if groups.get("year") else None
    day = int(groups["day"]) if groups.get("day") else None
    if m.re is patterns().branches["date_month"] and not _month_lead(ctx, m.start()):
        return None
    parts = resolve_date(DateParts(year, month, day), ctx.published)
    return Reading(m.start(), m.end(), "date", float(parts.year or 0), "date", iso=iso_date(parts), date=parts)


def _month_lead(ctx: Context, start: int) -> bool:
    before = ctx.text[max(ctx.sentence_start, start - 4) : start].lower()
    if before.endswith(tuple(f"mid{h}" for h in HYPHEN)):
        return True
    return _previous_token(ctx, start).lower().strip('(“"') in lexicon().month_lead


def _range(m: re.Match[str], ctx: Context) -> Reading | None:
    low, high = parse_number(m["anum"]), parse_number(m["bnum"])
    if low is None or high is None:
        return None
    sep = (m.groupdict().get("sep") or "and").lower()
    currency = m["acur"] or m["bcur"]
    code = _prefix_codes()[currency] if currency else None
    if m["curw"]:
        code = _word_codes()[" ".join(m["curw"].casefold().split())]
        factor = _word_factor(m["curw"])
        low, high = low * factor, high * factor
    if m["bcur"] and not m["acur"] and _year_bounds(m["anum"], m["anum"], low, low + 1) is not None:
        return None  # "in 2020 to $3,600": a year, then an amount
    if m["apct"] and "%" not in m["apct"] and not (m["bpct"] or m["tail_pct"]):
        return None  # "5 percent to 12": the low end's unit, but the high end's is not said
    if (m["apct"] and (m["bcur"] or m["curw"])) or (m["acur"] and m["bpct"]) \
            or (m["apct"] and m["np"] and not m["bpct"]):
        return None  # "rose 12% to $9.2 billion", "rise 4.2% to 59.4 trillion won": a change, then the level
    if sep == "to" and ((m["acur"] and m["bcur"]) or (m["apct"] and (m["bpct"] or m["tail_pct"]))) \
            and _change_before(ctx, m.start()):
        return None  # "reduced by $3.0 billion to $9.0 billion", "forecast up $700 million to $33.8 billion"
    years = _year_bounds(m["anum"], m["bnum"], low, high)
    inner: FigureKind
    end = m.end()
    raw_unit = ""
    if code is None and not (m["apct"] or m["bpct"] or m["tail_pct"]) and years is not None:
        inner, unit, (low, high) = "year", "year", years
        end = m.end("bnum")
    elif code is not None:
        inner, unit = "money", code
    elif m["apct"] or m["bpct"] or m["tail_pct"]:
        inner, unit = "percent", "%"
        if m["tail_pct"] and "point" in m["tail_pct"].lower():
            unit = "percentage points"
    elif m["dur"]:
        base, factor = lexicon().durations[m["dur"].casefold()]
        inner, unit, raw_unit = "duration", base, m["dur"].casefold()
        low, high = low * factor, high * factor
    elif m["np"]:
        inner, unit = "count", " ".join(m["np"].split())
    else:
        return None
    if sep in HYPHEN and not (m["anum"][:1].isdigit() or m["bnum"][:1].isdigit()):
        return None  # "Twenty-five thousand": one number in words, not a range
    if sep == "/" and inner != "year":
        return None
    if inner != "money" and _SCALE_SUFFIX.search(m["anum"] + m["bnum"]) and _short_scale_used(m):
        return None
    start = m.start()
    before = previous_word(ctx.text, max(ctx.sentence_start, start - 40), start)
    if sep == "to" and before is not None and before[1].lower() == "from":
        if inner == "year":
            start = before[0]
        elif _previous_token(ctx, before[0]).lower() in lexicon().change_words:
            return None
    low = _carry_scale(m["anum"], m["bnum"], low, high)
    if not low < high:
        return None
    if inner == "money" and m["rate"]:
        raw_unit = m["rate"].split()[-1].split("-")[-1].lstrip("/")
    elif inner != "money":
        end = min(end, m.start("rate")) if m["rate"] else end
    return Reading(
        start,
        end,
        "range",
        low,
        unit,
        inner=inner,
        low=low,
        high=high,
        iso=f"{int(low)}/{int(high)}" if inner == "year" else None,
        raw_unit=raw_unit,
        count_words=unit if inner == "count" else "",
    )


def _change_before(ctx: Context, start: int) -> bool:
    """True when a change word ("up", "reduced") or "by" comes right before ``start``, or before a qualifier
    there ("down nearly $2 billion to …"): an amount written there is a change, not a range's low end."""
    lo = max(ctx.sentence_start, start - 40)
    for _ in range(2):
        found = previous_word(ctx.text, lo, start)
        if found is None:
            return False
        word = found[1].lower()
        if word == "by" or word in lexicon().change_words:
            return True
        if word not in qualifier_ends():
            return _weighed_change(ctx, lo, found[0], word)
        start = found[0]
    return False


def _weighed_change(ctx: Context, lo: int, start: int, word: str) -> bool:
    """True when an article and at most two adjectives stand between a change word and the amount ("decrease a
    full $2 billion to …", "rose a whopping $3 billion to …"): the adjectives only weigh the change."""
    for _ in range(_WEIGHING_WORDS):
        if not word.isalpha() or not word.islower():
            return False
        found = previous_word(ctx.text, lo, start)
        if found is None:
            return False
        if word in ("a", "an"):
            return found[1].lower() in lexicon().change_words
        word, start = found[1], found[0]
    return False


_WEIGHING_WORDS = 3
"""How many words (an article and two adjectives) may weigh an amount after its change word."""


def _short_scale_used(m: re.Match[str]) -> bool:
    short = lexicon().short_scales
    return any((s := _SCALE_SUFFIX.search(n)) and s.group(1) in short for n in (m["anum"].lower(), m["bnum"].lower()))


def _year_bounds(a: str, b: str, low: float, high: float) -> tuple[float, float] | None:
    """The bounds of a year range ("2018–2021", "2018-21"), or None when these are not years."""
    if not (a.isdigit() and b.isdigit() and len(a) == 4 and 1500 <= low <= 2100):
        return None
    if len(b) == 4:
        return (low, high) if high > low else None
    if len(b) == 2:
        full = low - low % 100 + high
        return (low, full) if full > low else None
    return None


def _carry_scale(a: str, b: str, low: float, high: float) -> float:
    """Apply the upper bound's scale to a bare lower bound: "$5-10 million" runs from 5 million."""
    scale = _SCALE_SUFFIX.search(b.lower())
    if scale is None or _LETTERS.search(a) or not a[:1].isdigit():
        return low
    lex = lexicon()
    factor = lex.scales.get(scale.group(1)) or lex.short_scales.get(scale.group(1))
    if factor and low * factor <= high:
        return low * factor
    return low


HANDLERS: dict[str, Handler] = {
    "range_between": _range,
    "range_sep": _range,
    "date_iso": _date,
    "date_dmy": _date,
    "date_mdy": _date,
    "date_my": _date,
    "date_month": _date,
    "money_pre": _money_pre,
    "money_post": _money_post,
    "percent": _percent,
    "fraction": _fraction,
    "ratio": _ratio,
    "slash": _slash,
    "scaled": _scaled_count,
    "duration": _duration,
    "ordinal": _ordinal,
    "year": _year,
    "count": _count,
    "half": _half,
    "bare": _bare,
}
