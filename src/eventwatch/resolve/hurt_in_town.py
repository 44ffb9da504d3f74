"""A report that opens by telling people hurt in a town, or hurt by someone, reports an attack.

"One civilian was wounded in Marinka", "A policeman was wounded at a filling station in Belfast":
the sentence a report opens with is its news, and people hurt at a named town by no accident were
hurt by someone, even where no event word says how; so were people told as hurt "by" a person ("two
guards were injured by a suspect"), wherever that was. A death told at a town is read the same way by
``events._killed_in_town``; hurt have no event word of their own, so the attack is implied here,
once the sentence's places are known.
"""

from __future__ import annotations

from eventwatch.extract.triggers import Trigger
from eventwatch.resolve.facts import SentenceFacts
from eventwatch.resources import load_yaml

_ACCIDENTS = frozenset(load_yaml("extract/stages_en.yaml")["accidents"])
_HURT_BY = frozenset(load_yaml("extract/stages_en.yaml")["hurt_by_people"]) | frozenset(
    w for w in load_yaml("actors/people_en.yaml")["perpetrators"]["nouns"] if " " not in w
)
# how far after "by" the person may stand ("by an Islamist-radicalized suspect")
_BY_REACH = 4
# prepositions that place the hurt at the town (grammar, kept in code)
_AT = frozenset({"in", "at", "near"})


def hurt_in_town(facts: SentenceFacts) -> Trigger | None:
    """An attack implied by the report's opening sentence counting people hurt at a town it names."""
    if facts.sentence.index != 0 or facts.triggers:
        return None
    hurt = [c for c in facts.casualties if c.effect == "wounded" and c.value > 0 and not c.vague]
    if not hurt or {t.lower for t in facts.tokens} & _ACCIDENTS:
        return None
    towns = [
        p
        for p in facts.places
        # a name kept only as written, with no country (resolve/unplaced.py), may be a farm or a
        # street as well as a town, and says no more than that
        if p.usable
        and p.place is not None
        and p.place.feature == "place"
        and p.place.country_code
        and p.preposition in _AT
    ]
    figure = hurt[0]
    if not towns and not _hurt_by_someone(facts, figure.end):
        return None
    index = next((k for k, t in enumerate(facts.tokens) if t.start >= figure.start), 0)
    return Trigger("attack", figure.start, figure.end, "", index, index + 1, False, "accomplished")


def _hurt_by_someone(facts: SentenceFacts, after: int) -> bool:
    """Whether a person is named after "by" following the count of the hurt ("were injured in the
    airport by an armed suspect")."""
    words = [t.lower for t in facts.tokens if t.start >= after]
    return any(
        word == "by" and not _HURT_BY.isdisjoint(words[k + 1 : k + 1 + _BY_REACH]) for k, word in enumerate(words)
    )
