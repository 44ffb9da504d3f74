"""Nouns for people and the side they are on (attackers, security forces, civilians)."""

from __future__ import annotations

from functools import cache

from eventwatch.extract.phrases import PhraseTable
from eventwatch.resources import load_yaml
from eventwatch.text.tokens import Token

SIDES = ("perpetrators", "security_forces", "civilians", "unspecified")


@cache
def people_table() -> PhraseTable[str]:
    data = load_yaml("actors/people_en.yaml")
    return PhraseTable((noun, side) for side in SIDES for noun in data[side]["nouns"])


def side_of(tokens: list[Token], start: int, end: int) -> tuple[str | None, int | None]:
    """The side named by the last people noun in ``tokens[start:end]`` and its token index."""
    table = people_table()
    side, where = None, None
    i = start
    while i < end:
        match = table.match_at(tokens, i)
        if match is not None and match.end_index <= end:
            side, where = match.payload, match.start_index
            i = match.end_index
        else:
            i += 1
    if side is None and end - start >= 1:
        # "three Iraqis were killed": a capitalised plural is a people's name
        last = tokens[end - 1]
        if last.text[:1].isupper() and last.text.endswith("s") and not last.text.isupper() and end - 1 > start - 1:
            return "unspecified", end - 1
    return side, where
