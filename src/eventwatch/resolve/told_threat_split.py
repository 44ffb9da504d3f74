"""A threat told beside a deed done is an incident of its own.

"The band set fire to a club and threatened to kill its owners", "the rebels called a strike and
threatened to attack the buses that run": MUC-4 codes the threat at the threatened stage, apart from
the deed done in the same sentence. The draft keeps the deed, without the threat's words; the threat
becomes a draft of its own, made of that sentence with only its threat words as deeds and without the
figures, which stay with the deed. (A sentence telling only threats is a draft of its own already:
see ``threat_only`` in resolve/events.py.)
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from eventwatch.resolve.facts import SentenceFacts
from eventwatch.resolve.split import split_drafts, split_part

if TYPE_CHECKING:
    from eventwatch.resolve.events import Draft


def split_told_threats(drafts: list[Draft]) -> list[Draft]:
    """``drafts`` with each draft that tells a threat made beside a deed done followed by a draft of
    the threat."""
    return split_drafts(drafts, _threat_part)


def _threat_part(draft: Draft, facts: SentenceFacts) -> list[Draft]:
    threats = [t for t in facts.live_triggers if t.told_threat]
    if not threats or len(threats) == len(facts.live_triggers):
        return []
    kept = {id(t) for t in threats}
    # the deed keeps the sentence without the threat's words, which would type it
    at = next(i for i, f in enumerate(draft.sentences) if f is facts)
    draft.sentences[at] = replace(facts, triggers=[t for t in facts.triggers if id(t) not in kept])
    done = ("accomplished", "attempted")
    told = replace(facts, casualties=[], triggers=[t for t in facts.triggers if id(t) in kept or t.stage not in done])
    return [split_part(draft, [told], threats[0].start, starts_anew=True)]
