"""Actors held responsible together: "blamed on the army and the police", "by the police and
the army". Each of them is a perpetrator of the deed, and the record names them all."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from eventwatch.model import STATE_KINDS

if TYPE_CHECKING:
    from eventwatch.extract.actors import ActorMention
    from eventwatch.text.tokens import Token

# the words that join two actors into one blame (grammar, kept in code)
_AND = (["and"], ["and", "the"])


def coordinated(tokens: list[Token], found: list[ActorMention]) -> list[ActorMention]:
    """``found`` (in text order) with each actor joined by "and" to a perpetrator before it marked as a
    perpetrator too (``joined``)."""
    out: list[ActorMention] = []
    for actor in found:
        before = out[-1] if out else None
        if (
            before is not None
            and before.role == "perpetrator"
            and actor.role in (None, "target", "perpetrator")
            and actor.kind != "civilians"
            # "the rebels and the police fought": two sides of a fight, not one blame
            and (actor.kind in STATE_KINDS) == (before.kind in STATE_KINDS)
            and [t.lower for t in tokens[before.end_index : actor.start_index]] in _AND
        ):
            actor = replace(actor, role="perpetrator", joined=True)
        out.append(actor)
    return out


def partners(chosen: ActorMention, actors: list[ActorMention]) -> list[ActorMention]:
    """The actors of a sentence (``actors``) held responsible together with ``chosen``, one of them."""
    found: list[ActorMention] = []
    for actor in actors[actors.index(chosen) + 1 :]:
        if not actor.joined:
            break
        found.append(actor)
    return found
