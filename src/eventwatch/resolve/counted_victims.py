"""A deed named by the number of its victims ("the murder of two American citizens", "after the
assassination of 10 labor leaders") is one incident the report is about, even told in passing
without a day: the count says which deed, as a day would. A deed named by one victim ("the murder of
the archbishop") may be years old, a count said vaguely ("several officials") names no incident, and
a count as large as a war's toll is a campaign's."""

from __future__ import annotations

import bisect
from functools import cache

from eventwatch.resolve.facts import SentenceFacts
from eventwatch.resources import load_yaml
from eventwatch.text.numbers import parse_number

_FEWEST, _MOST = 2, 100  # victims of one deed, not a war's toll


@cache
def _deed_nouns() -> frozenset[str]:
    return frozenset(load_yaml("extract/event_reference_en.yaml")["counted_deeds"])


def _written_count(facts: SentenceFacts, start: int) -> bool:
    """Whether a figure starting at ``start`` is a number written out ("two", "10"), not a people
    noun the report counts elsewhere or a vague "several"."""
    starts = facts.token_starts
    k = bisect.bisect_left(starts, start)
    number = parse_number(facts.tokens, k, allow_article=False) if k < len(starts) else None
    return number is not None and not number.vague and number.qualifier is None


def names_deed_by_count(facts: SentenceFacts) -> bool:
    """Whether a deed word of the sentence is followed by "of" and a written count of its dead."""
    for trigger in facts.live_triggers:
        if trigger.text.lower() not in _deed_nouns() or not facts.names_victims(trigger):
            continue
        for figure in facts.casualties:
            if (
                figure.effect == "killed"
                and not figure.vague
                and _FEWEST <= figure.value < _MOST
                and figure.start > trigger.end
                and _written_count(facts, figure.start)
            ):
                return True
    return False
