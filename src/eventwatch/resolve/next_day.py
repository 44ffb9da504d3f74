"""A deed dated only by a report's day, whose day the next sentence tells with no event word.

"Doctors reported today that the teacher shot by two gunmen remains in a critical state. A nurse
at the clinic where he was brought after being wounded on 4 March said ...": the second sentence
names no deed of its own (the spotter finds no event word in "being wounded"), but its day beside
what befell the victim is the deed's day, not the report's.
"""

from __future__ import annotations

import bisect
from datetime import date
from functools import cache

from eventwatch.resolve.facts import SentenceFacts
from eventwatch.resolve.report_dates import statement_days
from eventwatch.resources import load_yaml

_BESIDE = 12  # tokens between the word of what befell the victim and its day
_SPAN = 31  # days before the report's day such a day may lie


@cache
def _befell() -> frozenset[str]:
    return frozenset(load_yaml("extract/dates_en.yaml")["befell_words"])


def next_day(report: date, following: SentenceFacts) -> date | None:
    """The one day ``following`` tells beside a word of what befell a victim, a few days before
    ``report`` (the day the deed was reported), when it tells no event word of its own."""
    if following.triggers:
        return None
    told = statement_days(following.tokens, following.dates)
    days = {d.value for d in following.own_dates if not d.is_end and d not in told}
    if len(days) != 1:
        return None
    (day,) = days
    if day is None or not 0 < (report - day).days <= _SPAN:
        return None
    starts = following.token_starts
    words = _befell()
    for mention in following.own_dates:
        at = bisect.bisect_left(starts, mention.start)
        near = following.tokens[max(0, at - _BESIDE) : at + _BESIDE]
        if any(t.lower in words for t in near):
            return day
    return None


@cache
def _pointing_back() -> tuple[str, ...]:
    return tuple(load_yaml("extract/dates_en.yaml")["day_named_before"])


def points_back(text: str) -> bool:
    """Whether a sentence dates something by "that very day", the day the sentence before named."""
    lower = " ".join(text.lower().split())
    return any(phrase in lower for phrase in _pointing_back())


def named_day(facts: SentenceFacts) -> date | None:
    """The one day a sentence with no event word names ("he chaired a forum on 18 August"), which
    "on that very day" in the next sentence points back at."""
    if facts.triggers:
        return None
    days = {d.value for d in facts.own_dates if not d.is_end}
    return days.pop() if len(days) == 1 else None
