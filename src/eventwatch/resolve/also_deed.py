"""A deed told with "also" at a place or on a day of its own, or of another kind, is one more incident.

"Rebels attacked the garrison in the capital. The command post in the next town was also attacked
on Sunday": the second sentence names a town or a day of its own, so it is another incident of the
series (GTD codes one per place and day), not more of the first; without them ("the school was
also attacked") it is the first incident told further. Deeds that count victims ("the driver was
also killed") are left to the casualty readers, which add such people to the toll. An "also" deed
told without a day of its own happened on the day the story had reached (``also_day``).

A deed of another kind than the incident's, told by a verb with "also" ("Rebels attacked the barracks.
They also blew up two pylons"), is an incident of its own even with no town or day of its own: MUC-4
fills one template per kind of deed (as for a burning, ``burned_too.py``), and the fusion keeps
records of other kinds apart when the later one opens anew.
"""

from __future__ import annotations

from datetime import date
from functools import cache

from eventwatch.extract.triggers import past_verb
from eventwatch.resolve.facts import SentenceFacts
from eventwatch.resolve.taxonomy import is_violent_kind, kind_spec
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
    return bool(_also_deeds(facts))


def _also_deeds(facts: SentenceFacts, verbs_only: bool = False) -> list[str]:
    """The kinds of the deeds the sentence tells as "also" done (not deeds that count victims);
    ``verbs_only``: only deeds told by a verb ("also blew up"), not by a noun ("also placed snipers")."""
    cues, reach, victim_kinds = _data()
    tokens = facts.tokens
    if not any(t.lower in cues for t in tokens):
        return []
    kinds = []
    for trigger in facts.live_triggers:
        if trigger.kind in victim_kinds or not is_violent_kind(trigger.kind):
            continue
        if verbs_only and not past_verb(tokens[trigger.start_index].lower):
            continue
        before = tokens[max(0, trigger.start_index - reach - 1) : trigger.start_index]
        if any(t.lower in cues for t in before):
            kinds.append(trigger.kind)
    return kinds


def also_elsewhere(facts: SentenceFacts) -> bool:
    """Whether the sentence tells a deed as "also" done, at a town or on a day of its own."""
    return _told_also(facts) and bool(facts.own_dates or _own_town(facts))


def also_other_kind(kinds: list[str], facts: SentenceFacts) -> bool:
    """Whether the sentence tells as "also" done a deed of another kind than the deeds ``kinds`` of
    the incident told before it: "Rebels attacked the barracks ... They also blew up two pylons" is a
    bombing beside the attack, which MUC-4 codes as an incident of its own (one template per kind of
    deed, as for a burning: ``burned_too.py``), wherever and whenever it was done."""
    also = {kind_spec(k).get("attack_type") for k in _also_deeds(facts, verbs_only=True)} - {None}
    if not also:
        return False
    victim_kinds = _data()[2]
    if facts.casualties or any(t.kind in victim_kinds for t in facts.live_triggers):
        return False  # "the mayor has also been shot to death": a victim the casualty readers count
    told = {kind_spec(k).get("attack_type") for k in kinds if is_violent_kind(k)} - {None}
    return bool(told) and not also & told
