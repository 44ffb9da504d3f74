"""Weapon words → GTD weapon types."""

from __future__ import annotations

from functools import cache

from eventwatch.extract.phrases import PhraseTable
from eventwatch.resources import load_yaml
from eventwatch.text.tokens import Token


@cache
def _table() -> PhraseTable[str]:
    data = load_yaml("extract/weapons_en.yaml")["weapons"]
    return PhraseTable((w, kind) for kind, words in data.items() for w in words)


def find_weapons(tokens: list[Token]) -> list[tuple[str, int, int]]:
    """(GTD weapon type, start, end) for each weapon word in the tokens."""
    return [(m.payload, m.start, m.end) for m in _table().find_all(tokens)]
