"""A report that gives a group's name with an acronym ("a group that names itself the X Forces, FPL,")
means that group wherever it writes the acronym, even when a better-known group shares it."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from eventwatch.extract.actors import shadowed_group

if TYPE_CHECKING:
    from eventwatch.resolve.facts import SentenceFacts


def own_acronyms(all_facts: list[SentenceFacts]) -> None:
    """Renames, in place, the known group an acronym names to the group the report itself names with it."""
    own: dict[str, tuple[str, str]] = {}
    for facts in all_facts:
        for actor in facts.actors:
            known = shadowed_group(actor.name) if actor.named else None
            if known is not None:
                own.setdefault(known, (actor.name, actor.kind))
    if not own:
        return
    for facts in all_facts:
        facts.actors = [
            replace(a, name=own[a.name][0], kind=own[a.name][1]) if a.name in own else a for a in facts.actors
        ]
