"""Tolls told in the perfect with no deed: "sadly, nine people have died and 30 have been hurt".

A speech or a briefing sums up the dead of a day or a campaign ("sadly, nine people have died", "the
clinic has taken in some 40 dead") without telling what killed them, when or where. With no
deed word beside the death, no armed doer, no day and no town of its own, past the report's opening sentence, such
a count is a tally of deeds told elsewhere (or nowhere), not an event of its own. The report's first
sentence ("Senator X has died of his wounds") and a count told with its place ("four people have been
killed in <town>") stay news.
"""

from __future__ import annotations

from functools import cache

from eventwatch.resolve.facts import SentenceFacts
from eventwatch.resolve.taxonomy import is_violent_kind
from eventwatch.resources import load_yaml


@cache
def _words() -> tuple[frozenset[str], int, frozenset[str], frozenset[str]]:
    data = load_yaml("extract/tallies_en.yaml")["bare_perfect_tolls"]
    return frozenset(data["auxiliaries"]), int(data["reach"]), frozenset(data["kinds"]), frozenset(data["undergone"])


def bare_perfect_toll(facts: SentenceFacts) -> bool:
    """Whether the sentence only counts dead or hurt in the perfect, with no deed, doer, day or town."""
    if facts.sentence.index == 0 or facts.own_dates or not facts.casualties:
        return False
    auxiliaries, reach, kinds, undergone = _words()
    violent = [t for t in facts.live_triggers if is_violent_kind(t.kind)]
    if not violent or any(t.kind not in kinds for t in violent):
        return False
    if any(p.usable and p.place is not None and p.place.feature == "place" for p in facts.places):
        return False
    # "the air force ... has killed three civilians": a doer named with the dead tells the deed
    if any(a.role == "perpetrator" and a.kind not in ("civilians", "other") for a in facts.actors):
        return False
    first = min(t.start_index for t in violent)
    if facts.tokens[first].lower.endswith("ing"):
        return False  # "have been charged with killing four teachers": a deed named, not a toll's participle
    if first > 0 and facts.tokens[first - 1].lower in auxiliaries and facts.tokens[first].lower not in undergone:
        return False  # "where it has killed three civilians": the active perfect has a doer, the deed's
    return any(t.lower in auxiliaries for t in facts.tokens[max(0, first - reach) : first])
