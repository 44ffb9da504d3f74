"""A later sentence telling a deed of another family than the draft's is an incident of its own.

"Gunmen shot the guard dead at the farm. Later the same men blew up a pylon in the town": the
grouping joins the two sentences (same day, same place), but MUC-4 fills one template per kind of
deed, so the bombing is coded beside the killing. A draft whose first deeds are all of one family (a
bombing, a killing, a kidnapping) and whose later sentence tells, as news, singly and by a verb,
deeds of one other family only, at a town of its own and on no other day, gets a draft for that
later deed: the same day, the sentences from that one on with only that family's words as deeds and
without figures, which stay with the draft (as for a burning, ``burned_too.py``).

Kept narrow on purpose: a later death or wound is most often the first deed's toll ("a passer-by
lost his life"), so only bombings and kidnappings open anew; a blast named by a noun ("the blast
of a parcel device", "armed with grenades") or told with no town of its own is as often the first
deed's means or damage; a deed named again ("the attack") is the first one retold. The families are data
(resources/extract/kind_split_en.yaml).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING

from eventwatch.extract.triggers import Trigger, past_verb
from eventwatch.resolve.assertion import asserted
from eventwatch.resolve.facts import SentenceFacts, is_definite
from eventwatch.resolve.split import split_part, told_without_figures
from eventwatch.resources import load_yaml

if TYPE_CHECKING:
    from eventwatch.resolve.events import Draft


_DONE = ("accomplished", "attempted")  # the stages of deeds done (codes of the trigger reader)


@dataclass(frozen=True)
class _Words:
    family: dict[str, str]  # trigger kind -> family name
    agents: frozenset[str]
    later: frozenset[str]  # the families a later sentence may open anew


@cache
def _words() -> _Words:
    data = load_yaml("extract/kind_split_en.yaml")
    family = {kind: name for name, kinds in data["families"].items() for kind in kinds}
    return _Words(family=family, agents=frozenset(w.lower() for w in data["agents"]), later=frozenset(data["later"]))


def _deeds(facts: SentenceFacts) -> list[Trigger]:
    """The deeds the sentence tells as done news, of a known family."""
    words = _words()
    if not any(t.kind in words.family for t in facts.live_triggers):
        return []  # most sentences tell none: spare them the assertion checks
    return [
        t
        for t in asserted(facts, facts.live_triggers, False)
        if t.kind in words.family and t.stage == "accomplished" and " ".join(t.text.lower().split()) not in words.agents
    ]


def _own_town(facts: SentenceFacts) -> bool:
    return any(p.usable and p.place is not None and p.place.feature == "place" for p in facts.places)


def _other_day(draft: Draft, facts: SentenceFacts) -> bool:
    """The sentence dates its deed apart from the draft's ("in October the group blew up ..."):
    another day's deed, told as background."""
    start = draft.date_start
    for mention in facts.dates:
        if mention.value is None or mention in facts.said_on:
            continue
        if start is None or mention.precision != "day" or mention.value != start:
            return True
    return False


def split_by_kind(drafts: list[Draft]) -> list[Draft]:
    """``drafts`` with each draft that tells a later deed of another family followed by its draft."""
    out: list[Draft] = []
    for draft in drafts:
        out.append(draft)
        if not draft.background:
            out.extend(_kind_part(draft))
    return out


def _kind_part(draft: Draft) -> list[Draft]:
    words = _words()
    own = [f for f in draft.sentences if f.sentence.index not in draft.early]
    told: set[str] = set()  # the families of the deeds told so far
    for facts in own:
        deeds = _deeds(facts)
        if not deeds:
            continue
        families = {words.family[t.kind] for t in deeds}
        if not told:
            told = families
            continue
        if families & told:
            return []  # the first deed retold, or deeds of several families mixed: left as one
        if len(families) > 1 or any(t.plural or is_definite(facts.tokens, t) for t in deeds):
            return []
        if not families <= words.later or facts.casualties:
            return []  # a death or a wound told after a deed is most often its toll, not a deed of its own
        if not any(past_verb(facts.tokens[t.start_index].lower) for t in deeds):
            return []  # "armed with grenades", "a parcel device's blast": arms or damage named, not a deed done
        if _other_day(draft, facts):
            return []
        if not _own_town(facts):
            return []  # told without a town of its own, a blast is as often the first deed's means
        kept = {id(t) for t in deeds}
        start = facts.sentence.index
        later = [
            replace(f, triggers=[t for t in f.triggers if id(t) in kept or t.stage not in _DONE])
            for f in told_without_figures(draft)
            if f.sentence.index >= start
        ]
        return [split_part(draft, later, deeds[0].start, starts_anew=True)]
    return []
