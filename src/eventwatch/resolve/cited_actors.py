"""A perpetrator taken from elsewhere in the report is cited where the report names it.

"Guerrillas attacked the post" in a report that names the group two paragraphs up is coded as that
group (``build.build_event``); EVENT_SCHEMA.md asks for a sentence behind every filled field, so the
sentence naming the group joins the record's evidence for its perpetrators.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwatch.model import Event, Evidence

if TYPE_CHECKING:
    from eventwatch.extract.actors import ActorMention
    from eventwatch.resolve.facts import SentenceFacts


def cite_perpetrator(
    event: Event, doc_id: str, document_actors: list[ActorMention], all_facts: list[SentenceFacts]
) -> None:
    """Add the sentence that names the record's perpetrator when none of its evidence does ("guerrillas
    attacked" is cited for the perpetrators, but names no group)."""
    if not event.perpetrators:
        return
    names = {p.name for p in event.perpetrators}
    cited = {(e.start, e.end) for e in event.evidence if "perpetrators" in e.fields}
    if any(a.name in names for f in all_facts if (f.sentence.start, f.sentence.end) in cited for a in f.actors):
        return
    actor = next((a for a in document_actors if a.name in names), None)
    if actor is None:
        return
    sentence = next((f.sentence for f in all_facts if f.sentence.start <= actor.start < f.sentence.end), None)
    if sentence is None:
        return
    for evidence in event.evidence:
        if (evidence.start, evidence.end) == (sentence.start, sentence.end):
            evidence.fields = sorted({*evidence.fields, "perpetrators"})
            return
    event.evidence.append(Evidence(doc_id, sentence.start, sentence.end, "", ["perpetrators"]))
    event.evidence.sort(key=lambda e: e.start)
