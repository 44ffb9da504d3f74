"""Running counts of a campaign: "840 rebels have been killed as of today", and what carries them on."""

from __future__ import annotations

import re
from functools import cache

from eventwatch.resolve.facts import SentenceFacts
from eventwatch.resources import load_yaml


@cache
def _perfect() -> frozenset[str]:
    return frozenset(load_yaml("extract/stages_en.yaml")["perfect"])


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = load_yaml("extract/tallies_en.yaml")
    running = re.compile("|".join(data["running_counts"]), re.IGNORECASE)
    return running, re.compile("|".join(data["tally_breakdowns"]), re.IGNORECASE)


def running_count(facts: SentenceFacts) -> bool:
    """A toll told in the perfect "as of today" or "up to now" is kept through a campaign, even with
    its day: the day dates the count, not a deed ("118 were killed while 153 were still missing as of
    today" tells the deed)."""
    if not facts.casualties or not {t.lower for t in facts.tokens} & _perfect():
        return False
    return bool(_patterns()[0].search(facts.sentence.text))


def heads_count(facts: SentenceFacts) -> bool:
    """ "Casualties up until this morning:": a heading whose figures follow in the next sentence."""
    text = facts.sentence.text.rstrip()
    return text.endswith(":") and bool(_patterns()[0].search(text))


def carries_on(facts: SentenceFacts, after_heading: bool) -> bool:
    """The figures under a running count's heading, or a sentence right after a running count that
    only breaks it down ("of them, 12 were officers", "the casualties include 20 soldiers")."""
    if not facts.casualties:
        return False
    return after_heading or bool(_patterns()[1].search(facts.sentence.text))
