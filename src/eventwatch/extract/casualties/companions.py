"""People who shared a victim's fate: "the minister was killed near his home, along with two of his
bodyguards". The count after "along with" takes the effect of the victim told before it and adds to
that victim; the number rules leave it alone because no effect word is next to it."""

from __future__ import annotations

from functools import cache

from eventwatch.extract.casualties.figure import CasualtyFigure, has_person, make_figure
from eventwatch.extract.casualties.noun_phrase import noun_phrase_end
from eventwatch.extract.phrases import PhraseTable
from eventwatch.resources import load_yaml
from eventwatch.text.numbers import parse_number
from eventwatch.text.tokens import Token

# conjunctions and clause punctuation (grammar, kept in code)
_NEW_CLAUSE = frozenset({"and", "but", "while", "whereas", ";", ":"})


@cache
def _companions() -> PhraseTable[bool]:
    return PhraseTable((w, True) for w in load_yaml("extract/casualties_en.yaml").get("companions") or [])


def companions(tokens: list[Token], figures: list[CasualtyFigure], used: set[int]) -> list[CasualtyFigure]:
    found: list[CasualtyFigure] = []
    for match in _companions().find_all(tokens):
        at = match.end_index
        number = parse_number(tokens, at) if at < len(tokens) else None
        if number is None or any(i in used for i in range(number.start_index, number.end_index)):
            continue
        if any(f.start <= tokens[at].start < f.end for f in figures):
            continue  # already counted by another rule
        np_end = noun_phrase_end(tokens, number.end_index)
        if not has_person(tokens, number.end_index, np_end):
            continue  # "found along with two rifles"
        victim = next((f for f in reversed(figures) if f.end <= match.start and not f.is_part and f.value > 0), None)
        if victim is None:
            continue  # "arrested along with two of his men": no casualty to share
        between = [t.lower for t in tokens if victim.end <= t.start < match.start]
        if any(word in _NEW_CLAUSE for word in between):
            continue  # "three were injured and two were among the kidnapped, together with ...": another fate
        found.append(make_figure(victim.effect, number, tokens, np_end))
    return found
