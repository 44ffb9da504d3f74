"""A sentence about the people a deed counted, told right after it: "Armed men kidnapped four aid
workers near X on Monday. The four, two nurses and a driver, were travelling to Y when gunmen stopped
their vehicle ... Nobody was hurt." The second sentence has neither a time nor a toll of its own and
its subject points back at the very people counted ("the four", "the two officers", "the hostages"),
not only one person named by a noun ("the archbishop"), who may be recalled from another deed: it tells the
circumstances of that deed, not another one, so it joins the deed's record even though it names
another town (where they were going, where they were patrolling). The record keeps the place the deed
was told at; a sentence opened by words telling another incident ("Hours later, gunmen attacked")
points back at no one and is left alone. Words: ``told_people`` in
resources/extract/event_reference_en.yaml."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from eventwatch.resolve.facts import SentenceFacts
from eventwatch.resources import load_yaml
from eventwatch.text.numbers import parse_number
from eventwatch.text.tokens import Token

if TYPE_CHECKING:
    from eventwatch.resolve.events import Draft

_VICTIM_EFFECTS = frozenset({"killed", "wounded", "kidnapped"})  # codes of the record, not words of the text


@cache
def _words() -> tuple[frozenset[str], ...]:
    data = load_yaml("extract/event_reference_en.yaml")["told_people"]
    return tuple(frozenset(data[k]) for k in ("openers", "both", "nouns", "after_count", "anyone"))


def _reference(tokens: list[Token]) -> tuple[int | None, str | None] | None:
    """The count and the noun of a subject opening the sentence that points back at people ("The
    four," -> (4, None); "The two officers" -> (2, "officers"); "The hostages" -> (None, "hostages");
    "Both men" -> (2, "men")), or None when the sentence opens otherwise."""
    openers, both = _words()[:2]
    if len(tokens) < 2 or tokens[0].lower not in openers:
        return None
    if tokens[0].lower in both:
        count, after = 2, 1
    else:
        number = parse_number(tokens, 1, allow_article=False)
        if number is not None and (number.vague or number.qualifier is not None):
            return None
        count, after = (number.value, number.end_index) if number is not None else (None, 1)
    if after >= len(tokens) or tokens[after].lower == ",":
        return count, None  # "The four, two nurses and a driver, were ..."
    word = tokens[after].lower
    return (count, word) if word.isalpha() else None


def _head(sentence: SentenceFacts, start: int, end: int) -> str | None:
    """The last word of a counted phrase ("four aid workers" -> "workers")."""
    words = [t.lower for t in sentence.tokens if start <= t.start and t.end <= end and t.lower.isalpha()]
    return words[-1] if words else None


def retells_victims(draft: Draft, facts: SentenceFacts) -> bool:
    """Whether ``facts``, with neither a time nor a toll of its own, opens with a subject pointing back at people
    ``draft`` counted: the same count, alone ("the four,", "the two were"), with the noun that counted
    them ("the two officers" after "two police officers") or with a noun for anyone ("the two men");
    the noun that counted more than one of them without the count ("the workers" after "four aid
    workers"); or a noun that always names a deed's people ("the victims", "the hostages") after any
    count of victims."""
    # a time of its own ("in 2019", "on Monday") or a toll of its own ("that killed three of their
    # colleagues") tells another deed of the same people, or more than their deed's circumstances
    if facts.new_event or _dated(facts) or any(f.value > 0 for f in facts.casualties):
        return False
    reference = _reference(facts.tokens)
    if reference is None:
        return False
    count, noun = reference
    if count is None and noun is None:
        return False
    _, _, nouns, after_count, anyone = _words()
    for sentence in draft.sentences:
        for figure in sentence.casualties:
            # the attackers counted among the dead are no victims the report tells more of
            if figure.effect not in _VICTIM_EFFECTS or figure.value <= 0 or figure.side == "perpetrators":
                continue
            if noun in nouns:
                return True  # "the victims", "the four hostages": the deed counted someone
            if count is not None and figure.value != count:
                continue
            if count is not None and (noun is None or noun in after_count or noun in anyone):
                return True
            # "the workers" after "four aid workers"; one person named by a noun ("the archbishop")
            # is as often someone else the report recalls
            if (count is not None or figure.value > 1) and noun == _head(sentence, figure.start, figure.end):
                return True
    return False


def _dated(facts: SentenceFacts) -> bool:
    """Whether the sentence tells a time of its own, a year or a month as well as a day; not the day a
    statement was made ("the ministry said today")."""
    return any(d.value is not None and all(d is not said for said in facts.said_on) for d in facts.dates)
