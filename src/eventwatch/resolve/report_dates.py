"""The day of a statement is not the day of the deed it tells of.

"A navy spokesman announced today that guerrillas set fire to the customs house on Thursday night":
both days are in one sentence and "today" comes first, but it dates the announcement. A day right after a verb of saying
gives way when the sentence names another day for the deed, and so does one right before it ("the bishop today urged an
inquiry into the murder 2 days ago").
"""

from __future__ import annotations

import bisect
from functools import cache

from eventwatch.extract.dates import DateMention
from eventwatch.resources import load_yaml
from eventwatch.text.tokens import Token


@cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    data = load_yaml("extract/reporting_en.yaml")
    return frozenset(data["verbs"]), frozenset(data["between"])


def reporting_verbs() -> frozenset[str]:
    """The verbs of saying (reporting_en.yaml)."""
    return _words()[0]


def _after_saying(tokens: list[Token], starts: list[int], mention: DateMention) -> bool:
    verbs, between = _words()
    at = bisect.bisect_left(starts, mention.start)
    k = at - 1
    while k >= 0 and at - k <= 3 and tokens[k].lower in between:
        k -= 1
    return k >= 0 and tokens[k].lower in verbs


def _is_day(mention: DateMention) -> bool:
    return mention.value is not None and mention.precision == "day" and not mention.is_end


def deed_dates(tokens: list[Token], dates: list[DateMention]) -> list[DateMention]:
    """``dates`` without those of a statement, when a later day in the sentence is left for the deed."""
    days = [d for d in dates if _is_day(d)]
    if len(days) < 2:
        return dates
    starts = [t.start for t in tokens]
    told = [d for d in days if _after_saying(tokens, starts, d) or _before_saying(tokens, starts, d)]
    if not told:
        return dates
    dropped = {id(d) for d in told if any(o.start > d.end and o not in told for o in days)}
    return [d for d in dates if id(d) not in dropped] if dropped else dates


def _before_saying(tokens: list[Token], starts: list[int], mention: DateMention) -> bool:
    """ "The group today reaffirmed ...": a day told between a speaker and the verb of saying."""
    verbs, _ = _words()
    at = bisect.bisect_left(starts, mention.end)
    return at < len(tokens) and tokens[at].lower in verbs


def statement_days(tokens: list[Token], dates: list[DateMention]) -> list[DateMention]:
    """The days that date what someone says ("said today", "today denounced"), not a deed."""
    starts = [t.start for t in tokens]
    return [d for d in dates if _is_day(d) and (_after_saying(tokens, starts, d) or _before_saying(tokens, starts, d))]


def statement_day(tokens: list[Token], dates: list[DateMention], value: object) -> bool:
    """Whether the sentence's day ``value`` is told right after a verb of saying ("said today")."""
    starts = [t.start for t in tokens]
    return any(_is_day(d) and d.value == value and _after_saying(tokens, starts, d) for d in dates)
