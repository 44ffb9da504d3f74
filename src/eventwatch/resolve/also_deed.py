"""A deed told with "also" at a place or on a day of its own is one more incident.

"Rebels attacked the garrison in the capital. The command post in the next town was also attacked
on Sunday": the second sentence names a town or a day of its own, so it is another incident of the
series (GTD codes one per place and day), not more of the first; without them ("the school was
also attacked") it is the first incident told further. Deeds that count victims ("the driver was
also killed") are left to the casualty readers, which add such people to the toll. An "also" deed
told without a day of its own happened on the day the story had reached (``also_day``).
"""

from __future__ import annotations

from datetime import date
from functools import cache

from eventwatch.resolve.facts import SentenceFacts
from eventwatch.resolve.taxonomy import is_violent_kind
from eventwatch.resources import load_yaml


@cache
def _data() -> tuple[frozenset[str], int, frozenset[str]]:
    data = load_yaml("extract/also_deed_en.yaml")
    return frozenset(data["cues"]), int(data["reach"]), frozenset(data["victim_kinds"])


def _own_town(facts: SentenceFacts) -> bool:
    return any(p.usable and p.place is not None and p.place.feature == "place" for p in facts.places)


def also_day(facts: SentenceFacts, published: date | None) -> date | None:
    """The day of an undated deed told as "also" done: the day the story had reached ("on 9 March
    rebels killed three farmers ... Rebels also attacked posts in two towns" is 9 March), not the
    report's; None when the story never left the report's day or the sentence has no "also" deed."""
    if facts.story_day is None or facts.story_day == published or not _told_also(facts):
        return None
    return facts.story_day


def _told_also(facts: SentenceFacts) -> bool:
    cues, reach, victim_kinds = _data()
    tokens = facts.tokens
    if not any(t.lower in cues for t in tokens):
        return False
    for trigger in facts.live_triggers:
        if trigger.kind in victim_kinds or not is_violent_kind(trigger.kind):
            continue
        before = tokens[max(0, trigger.start_index - reach - 1) : trigger.start_index]
        if any(t.lower in cues for t in before):
            return True
    return False


def also_elsewhere(facts: SentenceFacts) -> bool:
    """Whether the sentence tells a deed as "also" done, at a town or on a day of its own."""
    return _told_also(facts) and bool(facts.own_dates or _own_town(facts))
