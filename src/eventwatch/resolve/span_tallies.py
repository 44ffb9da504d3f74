"""Tolls kept over a span: "five judges have been killed in two months", "since August, three
students have been murdered", "14 policemen have been killed since last Monday", "during the current
campaign three candidates have been murdered".

A toll told in the perfect over a span opened by "since" or measured in weeks or months counts the
deaths of a period, not one deed's; the day that opens the span ("since 20 December") and the day a
statement was made ("the army said today") date no deed of the sentence.
"""

from __future__ import annotations

import bisect
import re
from functools import cache

from eventwatch.resolve.facts import SentenceFacts
from eventwatch.resources import load_yaml

_CLAUSE_ENDS = frozenset({",", ";", ":", "--", "(", ")"})


@cache
def _data() -> tuple[re.Pattern[str], frozenset[str], frozenset[str], frozenset[str]]:
    data = load_yaml("extract/tallies_en.yaml")["span_tallies"]
    return (
        re.compile("|".join(data["patterns"]), re.IGNORECASE),
        frozenset(data["openers"]),
        frozenset(data["effects"]),
        frozenset(data["kinds"]),
    )


def _opens_span(facts: SentenceFacts, start: int, openers: frozenset[str]) -> bool:
    """Whether a day stands in a clause opened by "since" ("since the rebels attacked on 11 November")."""
    at = bisect.bisect_left(facts.token_starts, start)
    for k in range(at - 1, -1, -1):
        word = facts.tokens[k].lower
        if word in openers:
            return True
        if word in _CLAUSE_ENDS:
            return False
    return False


def span_tally(facts: SentenceFacts) -> bool:
    """Whether the sentence counts its dead or hurt in the perfect over a span of weeks or more; with
    no figure, a deed word of killing counts them ("a number have been killed since ...")."""
    pattern, openers, effects, kinds = _data()
    if facts.casualties:
        if not any(c.effect in effects for c in facts.casualties):
            return False  # "three engineers have been held since May": captives, not a toll
    elif not any(t.kind in kinds for t in facts.live_triggers):
        return False
    days = [
        d
        for d in facts.own_dates
        if all(d is not said for said in facts.said_on) and not _opens_span(facts, d.start, openers)
    ]
    return not days and bool(pattern.search(facts.sentence.text))
