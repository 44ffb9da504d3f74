"""Rounds counted after the verb of firing: "fired seven shots at him", "firing two missiles at the
crossing" tell a shooting or a shelling as "fired shots" does, though the count stands inside the
phrase. The words are data (resources/extract/fired_rounds_en.yaml)."""

from __future__ import annotations

from functools import cache

from eventwatch.resources import load_yaml
from eventwatch.text.numbers import parse_number
from eventwatch.text.tokens import Token


@cache
def _data() -> tuple[frozenset[str], frozenset[str], dict[str, str]]:
    data = load_yaml("extract/fired_rounds_en.yaml")
    return frozenset(data["verbs"]), frozenset(data["ranges"]), dict(data["rounds"])


def fired_rounds(tokens: list[Token]) -> list[tuple[str, int, int]]:
    """(kind, start, end) token spans from the verb of firing to the rounds it fired, counted."""
    verbs, ranges, rounds = _data()
    found = []
    for k, token in enumerate(tokens):
        if token.lower not in verbs:
            continue
        count = parse_number(tokens, k + 1)
        if count is None:
            continue
        j = count.end_index
        if j + 1 < len(tokens) and tokens[j].lower in ranges:
            upper = parse_number(tokens, j + 1, allow_article=False)
            j = upper.end_index if upper is not None else j
        # the rounds right after the count, or after one word naming their gun ("two mortar shells")
        for n in (j, j + 1):
            if n < len(tokens) and tokens[n].lower in rounds:
                found.append((rounds[tokens[n].lower], k, n + 1))
                break
    return found
