"""People counted as attacked, the dead among them: "stabbed three people ... one died and two were hurt".

A verb such as "stabbed" tells what befell everyone it counts, and the casualty readers take its count
as hurt; when the report goes on to say how many of them died ("stabbed two people, killing one"), those
are no longer among the hurt. A later count of the hurt beside the dead ("one died and two others were
injured") that makes up the attacked count replaces it.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from eventwatch.extract.casualties import CasualtyFigure
from eventwatch.extract.phrases import PhraseTable
from eventwatch.resolve.facts import SentenceFacts
from eventwatch.resources import load_yaml

_PRONOUNS = frozenset({"he", "she", "they"})
_BEFORE_COUNT = frozenset({"a", "an", "the", "all", "at", "least", "some", "about"})


@cache
def _attack_verbs() -> PhraseTable[bool]:
    return PhraseTable((w, True) for w in load_yaml("extract/casualties_en.yaml").get("attack_counts") or [])


def hurt_among_attacked(
    sentences: list[SentenceFacts], figures: list[tuple[int, CasualtyFigure]]
) -> list[tuple[int, CasualtyFigure]]:
    """The event's ``figures`` (sentence index, figure), an attacked count less the dead told among them."""
    for position, facts in enumerate(sentences):
        attacked = _attacked(facts)
        if not attacked:
            continue
        count = sum(f.value for f in attacked)
        dead = _killing_after(facts, attacked[-1]) or _split_next(sentences[position + 1 :], count)
        if not 0 < dead < count:
            continue
        keep = count - dead
        first = attacked[0]
        left = replace(first, value=keep, low=keep, high=keep if first.high is not None else None)
        gone = {id(f) for f in attacked}
        return [(i, left if f is first else f) for i, f in figures if f is first or id(f) not in gone]
    return figures


def _killing_after(facts: SentenceFacts, last: CasualtyFigure) -> int:
    """ "stabbed two people, killing one": the dead told by "killing" after the attacked count."""
    starts = {t.start: k for k, t in enumerate(facts.tokens)}
    dead = 0
    for figure in facts.casualties:
        k = starts.get(figure.start)
        if figure.effect == "killed" and figure.start > last.end and k and facts.tokens[k - 1].lower == "killing":
            dead += figure.value
    return dead


def _split_next(later: list[SentenceFacts], count: int) -> int:
    """ "... one died and two others were injured": the next sentence with figures splits the attacked
    count into its dead and its hurt; the number of dead, or 0 when it does not add up to the count."""
    facts = next((s for s in later if s.casualties), None)
    if facts is None:
        return 0
    told = facts.casualties
    # "He was shot dead": someone named before, in a report of an attack mostly its author
    pronoun = {t.start for t in facts.tokens if t.lower in _PRONOUNS}
    dead = sum(
        f.value
        for f in told
        if f.effect == "killed" and not f.is_part and f.side != "perpetrators" and f.start not in pronoun
    )
    # "another policeman was injured by friendly fire": more people than the attacked, not a share of them
    hurt = sum(f.value for f in told if f.effect == "wounded" and not f.is_part and not f.additional)
    return dead if dead > 0 and hurt > 0 and dead + hurt == count else 0


def _attacked(facts: SentenceFacts) -> list[CasualtyFigure]:
    """The hurt counts of the sentence that an attack verb right before them counts, or none."""
    hurt = [f for f in facts.casualties if f.effect == "wounded" and f.value > 0 and not f.is_part]
    if not hurt:
        return []
    tokens = facts.tokens
    opening = next((k for k, t in enumerate(tokens) if t.start >= hurt[0].start), None)
    if opening is None:
        return []
    k = opening
    while k > 0 and tokens[k - 1].lower in _BEFORE_COUNT:
        k -= 1
    verbs = _attack_verbs()
    told = any((m := verbs.match_at(tokens, j)) is not None and m.end_index == k for j in range(max(0, k - 2), k))
    return hurt if told else []
