"""A toll of unnamed people that leads a sentence, followed past a comma by counts of the same effect
that together come to no more than it, is broken down by them, not added to: "nine people were killed
in two raids, in one they shot five and in the other they killed three", "one person was killed by a
roadside bomb, killing one soldier". The later counts become shares of the lead (as "including" makes
them), so the sentence counts nine and one, not seventeen and two. Counts told with the lead's own
passive verb ("seven people were wounded at the office, and two were wounded at the gate") are more
people of a list of places, not the lead told again."""

from __future__ import annotations

from dataclasses import replace

from eventwatch.extract.casualties.figure import OTHER_PEOPLE, CasualtyFigure
from eventwatch.extract.casualties.lexicon import lexicon
from eventwatch.extract.casualties.words import words
from eventwatch.text.tokens import Token

_UNNAMED = words("unnamed_people")


def told_how(tokens: list[Token], figures: list[CasualtyFigure]) -> list[CasualtyFigure]:
    shares: set[int] = set()
    for effect in ("killed", "wounded"):
        # shares of a count ("five including a priest") are inside it already
        told = [f for f in figures if f.effect == effect and f.value > 0 and not f.is_part]
        told.sort(key=lambda f: f.start)
        if len(told) < 2:
            continue
        lead, later = told[0], told[1:]
        if any(f.is_total or f.additional for f in told):
            continue  # a total, or people told as besides others, settles how the counts add up
        if not _words(tokens, lead) & _UNNAMED:
            continue  # "five soldiers were killed, and two civilians": named groups add up
        # the later counts are told after a comma that closes the lead's clause
        if not any(t.text == "," and lead.end <= t.start < later[0].start for t in tokens):
            continue
        if sum(f.value for f in later) > lead.value:
            continue
        if any(_words(tokens, f) & OTHER_PEOPLE for f in later):
            continue  # "killed 8 people, while gunmen shot dead 4 others": others are not among them
        verb = _passive_verb(tokens, lead)
        if verb is not None and any(_passive_verb(tokens, f) == verb for f in later):
            continue  # "seven people were wounded at the office, and two were wounded at the gate": told alike, added
        shares.update(id(f) for f in later)
    if not shares:
        return figures
    return [replace(f, is_part=True) if id(f) in shares else f for f in figures]


def _passive_verb(tokens: list[Token], figure: CasualtyFigure) -> str | None:
    """The verb of a count told in the passive ("two were wounded" -> "wounded"), if it is."""
    k = next((i for i, t in enumerate(tokens) if t.start >= figure.end), len(tokens))
    aux = lexicon().aux
    while k < len(tokens) and tokens[k].lower in aux:
        k += 1
    if k >= len(tokens) or lexicon().passive.match_at(tokens, k) is None:
        return None
    return tokens[k].lower


def _words(tokens: list[Token], figure: CasualtyFigure) -> set[str]:
    return {t.lower for t in tokens if figure.start <= t.start < figure.end}
