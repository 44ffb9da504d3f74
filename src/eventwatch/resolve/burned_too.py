"""A burning told with another deed of the same raid is an incident of its own.

"Gunmen killed the watchman and set fire to the farm", "the commando kidnapped 20 villagers and,
before fleeing, burned a store": MUC-4 fills one template per kind of deed, so the arson is coded
beside the killing or the kidnapping, at the same day and place (a fire told after a bombing, in the
passive and with no deed of its own, is the blast's damage). The draft keeps the deed that types
it (a killing outranks the fire it set); the burning becomes a draft of its own, made of the same
sentences with only their burning words as deeds and without the figures, which stay with the deed.
The words are data (resources/extract/burned_too_en.yaml).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING

from eventwatch.extract.casualties.verbs import FORMS_OF_BE
from eventwatch.extract.triggers import Trigger
from eventwatch.resolve.assertion import asserted
from eventwatch.resolve.facts import SentenceFacts, is_definite
from eventwatch.resolve.split import split_drafts, split_part, told_without_figures
from eventwatch.resources import load_yaml

if TYPE_CHECKING:
    from eventwatch.resolve.events import Draft

_ARSON = "arson"  # the kind of the trigger lexicon (a code, not a word)


@dataclass(frozen=True)
class _Words:
    burning: frozenset[str]
    hurt_before: frozenset[str]
    other_deeds: frozenset[str]
    explosive: frozenset[str]
    same_deed: frozenset[str]
    agents: frozenset[str]
    crowd: frozenset[str]


@cache
def _words() -> _Words:
    data = load_yaml("extract/burned_too_en.yaml")
    return _Words(
        burning=frozenset(w.lower() for w in data["burning"]),
        hurt_before=frozenset(w.lower() for w in data["hurt_before"]),
        other_deeds=frozenset(data["other_deeds"]),
        explosive=frozenset(data["explosive"]),
        same_deed=frozenset(data["same_deed"]),
        agents=frozenset(w.lower() for w in data["agents"]),
        crowd=frozenset(data["crowd"]),
    )


def _word_before(facts: SentenceFacts, trigger: Trigger) -> str:
    return facts.tokens[trigger.start_index - 1].lower if trigger.start_index else ""


def _burning(facts: SentenceFacts, trigger: Trigger) -> bool:
    """A word of property set on fire told as done ("set fire to the store"), not a wound ("was
    badly burned") nor one of many ("arson attacks")."""
    words = _words()
    if trigger.kind != _ARSON or trigger.stage != "accomplished" or trigger.plural:
        return False
    if " ".join(trigger.text.lower().split()) not in words.burning:
        return False
    return _word_before(facts, trigger) not in words.hurt_before


def _burnings(facts: SentenceFacts) -> list[Trigger]:
    if not any(t.kind == _ARSON and not t.plural for t in facts.live_triggers):
        return []  # most sentences burn nothing: spare them the assertion checks
    return [t for t in asserted(facts, facts.live_triggers, False) if _burning(facts, t)]


def _other_day(draft: Draft, facts: SentenceFacts) -> bool:
    """The sentence dates its burning apart from the draft's deed ("after attacks during which buses
    were burned on 24 October", "and burned their homes in 1985"): another day's deed, told as
    background."""
    start = draft.date_start
    if start is None:
        return False
    for mention in facts.dates:
        if mention.value is None or mention in facts.said_on:
            continue
        if mention.precision == "day" and mention.value != start:
            return True
        if mention.precision == "year" and mention.value.year != start.year:
            return True
    return False


def _blast_damage(facts: SentenceFacts, trigger: Trigger) -> bool:
    """ "The truck's cab was burned when a mine went off": what the blast set on fire, part of the
    bombing, told in the passive before the explosive deed that caused it ("two shops were bombed
    while a bus was burned" tells two deeds)."""
    explosive = any(t.kind in _words().explosive and t.start_index > trigger.start_index for t in facts.live_triggers)
    return explosive and _word_before(facts, trigger) in FORMS_OF_BE


def _fire_of_told_blast(draft: Draft, facts: SentenceFacts, trigger: Trigger) -> bool:
    """ "A bomb wrecked the bank branch. In that attack the branch was set on fire; its files were
    burned too": property told burned in the passive, after a deed told only as blasts,
    in a sentence that tells no deed of its own besides (at most it names the deed already told, "the
    attack") is what the blast did, not an arson of its own."""
    words = _words()
    if _word_before(facts, trigger) not in FORMS_OF_BE:
        return False
    others = [t for t in facts.live_triggers if t is not trigger and not _burning(facts, t)]
    if any(t.kind not in words.same_deed or not is_definite(facts.tokens, t) for t in others):
        return False
    before = {
        t.kind
        for f in draft.sentences
        if f.sentence.index < facts.sentence.index and f.sentence.index not in draft.early
        for t in asserted(f, f.live_triggers, False)
        if t.stage == "accomplished"
        and not _burning(f, t)
        and not is_definite(f.tokens, t)  # "the attack": the deed named again
        and " ".join(t.text.lower().split()) not in words.agents
    }
    return bool(before) and before <= words.explosive


def _aftermath(facts: SentenceFacts, trigger: Trigger) -> bool:
    """ "Five villagers were killed and many huts were burned": homes burned, told in the passive
    beside the deaths, are the deadly raid's aftermath, typed and counted with it (the
    ``secondary_when_deadly`` kinds of the taxonomy); "killed the watchman and set fire to the barn"
    tells a second deed of the raiders."""
    return _word_before(facts, trigger) in FORMS_OF_BE and any(f.effect == "killed" for f in facts.casualties)


def split_burnings(drafts: list[Draft]) -> list[Draft]:
    """``drafts`` with each draft that tells a burning beside another deed followed by a draft of
    the burning."""
    return split_drafts(drafts, _burning_part)


def _burning_part(draft: Draft, facts: SentenceFacts) -> list[Draft]:
    burnings = [
        t
        for t in _burnings(facts)
        if not _blast_damage(facts, t) and not _aftermath(facts, t) and not _fire_of_told_blast(draft, facts, t)
    ]
    if not burnings or _other_day(draft, facts):
        return []
    own = [f for f in draft.sentences if f.sentence.index not in draft.early]
    # an attack told in the burning's own sentence is most often the burning itself ("during the
    # raid the clinic was set on fire", "raids in which lorries were burned")
    deeds = {
        t.kind
        for f in own
        for t in asserted(f, f.live_triggers, False)
        if t.stage == "accomplished"
        and not (f is facts and t.kind in _words().same_deed)
        and " ".join(t.text.lower().split()) not in _words().agents
    }
    if {t.kind for f in own for t in f.live_triggers} & _words().crowd:
        return []  # shops torched by rioters: the riot's doing
    if not deeds & _words().other_deeds:
        return []  # the burning is the draft's only deed: it is typed by it already
    kept = {id(t) for t in burnings}
    told = [
        replace(f, triggers=[t for t in f.triggers if id(t) in kept or t.stage not in ("accomplished", "attempted")])
        for f in told_without_figures(draft)
    ]
    return [split_part(draft, told, burnings[0].start, starts_anew=True)]
