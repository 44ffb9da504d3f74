"""A day told right after a verb that is no deed dates that verb's act, not the deed.

"Gunmen killed three farmers, defying the curfew imposed by the mayor 6 days ago": the day dates the
curfew. "The president left for home Friday following a bomb explosion in the capital on Wednesday":
Friday dates the journey, Wednesday the explosion. Such a day gives way to a day told beside a deed
word, and dates nothing when it stands far from every deed word. The day of an act done to people
("on 3 June, the police arrested two men", "the men suspected of the attack were released on 7 May")
dates that act even beside a deed word.
"""

from __future__ import annotations

import bisect
from functools import cache

from eventwatch.extract.dates import DateMention
from eventwatch.extract.triggers import Trigger
from eventwatch.resources import load_yaml
from eventwatch.text.tokens import Token

_BESIDE = 8  # tokens between a deed word and a day told for it
_CLOSE = 2  # a deed word this close to the verb is its subject or object


@cache
def _data() -> dict:
    return load_yaml("extract/other_deed_verbs_en.yaml")


@cache
def _verbs() -> tuple[frozenset[str], frozenset[str]]:
    return frozenset(_data()["verbs"]), frozenset(_data()["aspect_verbs"])


@cache
def _person_verbs() -> frozenset[str]:
    return frozenset(_data()["person_verbs"])


@cache
def _clause_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Words that open the clause a day starts, that end a subject, and that tell an act came soon
    after a deed ("after", "following")."""
    data = _data()
    return frozenset(data["clause_openers"]), frozenset(data["breaks"]), frozenset(data["soon_after"])


def _verb_before(tokens: list[Token], at: int, deed_tokens: set[int]) -> int | None:
    """The index of the other-deed verb right before token ``at``, if any."""
    verbs, aspect = _verbs()
    breaks = _clause_words()[1]
    for k in range(at - 1, max(-1, at - _data()["reach"] - 2), -1):
        word = tokens[k].lower
        if word in verbs:
            return None if _timing(tokens, k) else k
        if word in aspect:
            return None if _deed_subject(tokens, k, deed_tokens) or _timing(tokens, k) else k
        if k in deed_tokens or word in breaks:
            return None
    return None


def _held_for(triggers: list[Trigger], verb: int) -> bool:
    """ "The men suspected of the attack were released on 7 May": a deed word close before the verb of
    an act done to people, in its subject, names what they were held for."""
    return any(t.end_index <= verb and verb - t.end_index <= _CLOSE for t in triggers)


def _done_right_after(tokens: list[Token], verb: int, deed_tokens: set[int]) -> bool:
    """ "On 8 June, a man was arrested after a bomb was found": the act followed the deed told after
    it, most often on the same day, so the day may date the deed as well."""
    soon = _clause_words()[2]
    for k in range(verb + 1, len(tokens)):
        if k in deed_tokens:
            return False
        if tokens[k].lower in soon:
            return True
    return False


def _verb_after(tokens: list[Token], day: int, at: int, deed_tokens: set[int]) -> int | None:
    """ "On 3 June, the police arrested two men": the index of the other-deed verb a day opening its
    clause (token ``day``, ending before token ``at``) is told for, past its comma and a short
    subject, if any."""
    openers, breaks, _ = _clause_words()
    before = day - 1 if day > 0 and tokens[day - 1].lower == "on" else day
    if before > 0 and tokens[before - 1].lower not in openers:
        return None
    if at >= len(tokens) or tokens[at].lower != ",":
        return None
    verbs = _verbs()[0]
    first = at + 1
    for k in range(first, min(len(tokens), first + _data()["subject_after"] + 1)):
        word = tokens[k].lower
        if word in verbs:
            return k
        if k in deed_tokens or word in breaks:
            return None
    return None


def _timing(tokens: list[Token], verb: int) -> bool:
    """ "Shot when she arrived at school Friday": the verb's act times the deed."""
    openers = frozenset(_data()["timing_openers"])
    return any(t.lower in openers for t in tokens[max(0, verb - _data()["reach"]) : verb])


def _deed_subject(tokens: list[Token], verb: int, deed_tokens: set[int]) -> bool:
    """ "The fighting in the town began on 10 December", "the clashes, which began last night": a
    deed word before the verb in its part of the sentence may be what began."""
    stops = _data()["subject_stops"]
    for k in range(verb - 1, max(-1, verb - _data()["subject_reach"] - 1), -1):
        if k in deed_tokens:
            return True
        if tokens[k].lower in stops:
            return False
    return False


def _distance(triggers: list[Trigger], start: int, end: int) -> int:
    """Tokens between the span ``start:end`` and the nearest deed word (0 when they touch)."""
    return min((max(t.start_index - end, start - t.end_index, 0) for t in triggers), default=10**6)


def deed_days(tokens: list[Token], triggers: list[Trigger], dates: list[DateMention]) -> list[DateMention]:
    """``dates`` without the days that date another act than the sentence's deed."""
    days = [d for d in dates if d.value is not None and d.precision == "day" and not d.is_end]
    if not days or not triggers:
        return dates
    starts = [t.start for t in tokens]
    deed_tokens = {i for t in triggers for i in range(t.start_index, t.end_index)}
    gap: dict[int, int] = {}  # a day's distance from the nearest deed word
    other: list[DateMention] = []
    done_to_people: set[int] = set()
    for mention in days:
        first = bisect.bisect_left(starts, mention.start)
        gap[id(mention)] = _distance(triggers, first, bisect.bisect_left(starts, mention.end))
        verb = _verb_before(tokens, first, deed_tokens)
        opening = verb is None
        if opening:
            verb = _verb_after(tokens, first, bisect.bisect_left(starts, mention.end), deed_tokens)
        if verb is None or gap[id(mention)] == 0:
            continue
        if tokens[verb].lower in _person_verbs() and (
            _held_for(triggers, verb) or (opening and not _done_right_after(tokens, verb, deed_tokens))
        ):
            # "on 3 June, the police arrested two men", "the men suspected of the attack were released
            # on 7 May": the day of an act done to people, never the deed's, however close a deed word
            done_to_people.add(id(mention))
        elif _distance(triggers, verb, verb + 1) <= _CLOSE:
            continue  # "the attack began Friday", "signed Friday's bombing": the deed's own day
        other.append(mention)
    if not other:
        return dates
    beside = any(gap[id(d)] <= _BESIDE for d in days if d not in other)
    dropped = {id(d) for d in other if beside or gap[id(d)] > _BESIDE or id(d) in done_to_people}
    return [d for d in dates if id(d) not in dropped] if dropped else dates
