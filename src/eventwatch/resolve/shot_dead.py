"""People told as shot in a report of their death: "X was murdered this morning ... X was shot in the
head several times" (or "... was hit by five bullets") tells how the dead died, not one more person hurt.

A sentence that counts people as shot and tells no death of its own, in an event whose dead are at
least as many, counts the dead again; its hurt is dropped. People told apart ("another guard was
shot", "two other persons were shot") stay hurt, as do the shot told beside a death in their own
sentence ("one man was killed and another was shot in the leg").
"""

from __future__ import annotations

from eventwatch.extract.casualties import CasualtyFigure
from eventwatch.extract.casualties.hit_by_shots import told_by_hit
from eventwatch.extract.casualties.shot import told_by_shot
from eventwatch.extract.casualties.words import words as casualty_words
from eventwatch.resolve.facts import SentenceFacts
from eventwatch.text.tokens import Token


def without_shot_dead(
    sentences: list[SentenceFacts], figures: list[tuple[int, CasualtyFigure]]
) -> list[tuple[int, CasualtyFigure]]:
    """The event's ``figures`` less the hurt told only as "shot" of people its dead already count."""
    dead = max(
        (f.value for _, f in figures if f.effect == "killed" and not f.is_part and f.side != "perpetrators"),
        default=0,
    )
    if dead == 0:
        return figures
    tokens = {s.sentence.index: s.tokens for s in sentences}
    with_death = {i for i, f in figures if f.effect == "killed"}
    shot = [
        (i, f)
        for i, f in figures
        if i not in with_death
        and not f.additional
        and not f.is_total
        and not _told_apart(tokens[i], f)
        and (told_by_shot(tokens[i], f) or told_by_hit(tokens[i], f))
    ]
    if not shot or sum(f.value for _, f in shot) > dead:
        return figures
    gone = {id(f) for _, f in shot}
    return [(i, f) for i, f in figures if id(f) not in gone]


_OTHER = frozenset({"other", "others", "another", "more"})  # grammar, kept in code
_SURVIVED = casualty_words("survivor_words")


def _told_apart(tokens: list[Token], figure: CasualtyFigure) -> bool:
    """ "two other militants were shot", "one worker survived despite being shot": not the dead."""
    inside = {t.lower for t in tokens if figure.start <= t.start < figure.end}
    return bool(inside & _OTHER) or any(t.lower in _SURVIVED for t in tokens)
