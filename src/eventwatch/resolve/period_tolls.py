"""A large toll dated only by a whole month or year is the count of that period, not one event's."""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache

from eventwatch.resolve.facts import SentenceFacts
from eventwatch.resources import load_yaml


@cache
def _spans() -> re.Pattern[str]:
    names: dict[int, str] = defaultdict(str)
    for name, number in load_yaml("extract/dates_en.yaml")["months"].items():
        if len(name) > len(names[number]):
            names[number] = name  # the full name, not an abbreviation ("oct", "sept")
    month = "(?:" + "|".join(sorted(names.values())) + ")"
    patterns = [p.replace("{month}", month) for p in load_yaml("extract/tallies_en.yaml")["period_spans"]]
    return re.compile("|".join(patterns), re.IGNORECASE)


def over_period(facts: SentenceFacts) -> bool:
    """ "During March some 200 people were killed", "last year over 500 farmers were
    murdered": a sentence with no day of its own that spans a whole month or year counts over that
    span. The caller decides whether the toll is large enough to be a count rather than one event's;
    a bare month or year is no such span ("in May 2015 a car bomb killed 140")."""
    return not facts.day_dates and bool(_spans().search(facts.sentence.text))
