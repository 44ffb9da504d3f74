"""One draft per incident a sentence tells apart: "two bombs exploded last night in separate
locations", "soldiers killed two reporters in two separate shootings", "three bombs went off, one at
the park, another at the university and another at a school".

GTD codes each bomb of a series as an incident of its own, and the report says these deeds happened
apart; the grouping made one draft of the sentence. Each further incident becomes a draft of its own,
like the towns of a list (``resolve/split.py``): the same sentences (so the same day, place, actors
and kind), without the figures told for all of them, which stay with the first. The cue words are
data (``separately`` in resources/extract/new_incident_en.yaml).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from eventwatch.extract.casualties.verbs import FORMS_OF_BE
from eventwatch.extract.triggers import past_verb
from eventwatch.resolve.assertion import asserted
from eventwatch.resolve.facts import SentenceFacts
from eventwatch.resolve.split import listed_towns, split_drafts, split_part, told_without_figures
from eventwatch.resolve.taxonomy import is_violent_kind
from eventwatch.resources import load_yaml

if TYPE_CHECKING:
    from eventwatch.resolve.events import Draft


@dataclass(frozen=True)
class _Words:
    word: str
    nouns: frozenset[str]
    first_item: str
    next_items: frozenset[str]
    item_leads: frozenset[str]
    most: int
    numbers: dict[str, int]


@cache
def _words() -> _Words:
    data = load_yaml("extract/new_incident_en.yaml")["separately"]
    units = load_yaml("text/numbers_en.yaml")["units"]
    return _Words(
        word=data["word"],
        nouns=frozenset(data["nouns"]),
        first_item=data["first_item"],
        next_items=frozenset(data["next_items"]),
        item_leads=frozenset(data["item_leads"]),
        most=int(data["most"]),
        numbers={k: v for k, v in units.items() if isinstance(v, int) and v >= 2},
    )


def _number(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return _words().numbers.get(word)


def _verb_form(word: str) -> bool:
    return past_verb(word) or word in FORMS_OF_BE


def _deed_count(facts: SentenceFacts) -> int | None:
    """The count right before the sentence's first counted deed noun ("two bombs", "three powerful
    explosions"); not a count of people before a verb ("three people were killed")."""
    for trigger in facts.live_triggers:
        if _verb_form(facts.tokens[trigger.start_index].lower):
            continue  # a verb: "killed", "bombed", "were shot dead" (not "bombs exploded")
        before = facts.tokens[max(0, trigger.start_index - 2) : trigger.start_index]
        for k, token in enumerate(reversed(before)):
            count = _number(token.lower)
            if count is not None:
                return count
            if k or not token.lower.isalpha():
                break
    return None


def incidents_told(facts: SentenceFacts) -> int:
    """How many incidents the sentence tells apart (1 when it tells none apart)."""
    words = _words()
    lowered = [t.lower for t in facts.tokens]
    count: int | None = None
    for i, word in enumerate(lowered):
        if word == words.word and i + 1 < len(lowered) and lowered[i + 1] in words.nouns:
            # "in two separate shootings", "in separate locations"
            count = (_number(lowered[i - 1]) if i else None) or _deed_count(facts)
            break
    if count is None:
        starts = [i for i, w in enumerate(lowered[:-1]) if w == words.first_item and lowered[i + 1] in words.item_leads]
        if starts:
            later = [w for i, w in enumerate(lowered) if i > starts[0] and w in words.next_items]
            if later and lowered[starts[0] - 1 : starts[0]] == [","]:
                # ", one at the park, another at the university": as many as the items told
                count = 1 + len(later)
    if count is None or not 2 <= count <= words.most:
        return 1
    return count


def _tells_apart(facts: SentenceFacts) -> int:
    deeds = [t for t in asserted(facts, facts.live_triggers, False) if is_violent_kind(t.kind)]
    if not deeds or listed_towns(facts):
        return 1  # no violence told, or the towns of a list part it already
    return incidents_told(facts)


def split_by_count(drafts: list[Draft]) -> list[Draft]:
    """``drafts`` with each draft whose sentence tells several incidents apart followed by one draft
    per further incident."""
    return split_drafts(drafts, _incident_parts)


def _incident_parts(draft: Draft, facts: SentenceFacts) -> list[Draft]:
    count = _tells_apart(facts)
    if count < 2:
        return []
    told = told_without_figures(draft)
    return [split_part(draft, told, facts.sentence.start + k, starts_anew=True) for k in range(1, count)]
