"""People named by a noun that always means two: "their parents were injured" is two hurt, "an elderly
couple was killed" two dead, however the sentence counts them (no number, or the "a" of one)."""

from __future__ import annotations

from eventwatch.extract.casualties.figure import CasualtyFigure, recount_ones
from eventwatch.extract.casualties.words import words
from eventwatch.text.tokens import Token

PAIRS = words("pair_people")
_SIZE = 2
_POSSESSIVES = frozenset({"his", "her", "their"})  # not "the": "the parents" of a school are many


def possessed_pair(tokens: list[Token], start: int, end: int) -> bool:
    """Whether ``tokens[start:end]`` ends in a pair noun owned by someone ("their parents", "his
    parents"): a plural with no number that still counts two people."""
    return end - start >= 2 and tokens[end - 1].lower in PAIRS and tokens[end - 2].lower in _POSSESSIVES


def pair_sizes(tokens: list[Token], figures: list[CasualtyFigure]) -> list[CasualtyFigure]:
    """Figures of one person whose words hold a pair noun ("an elderly couple") count two; "a couple
    of" is a vague few, not a pair, and stays as the readers counted it."""
    return recount_ones(tokens, figures, lambda tokens, k: _SIZE if _pair_at(tokens, k) else None)


def _pair_at(tokens: list[Token], k: int) -> bool:
    return tokens[k].lower in PAIRS and not (k + 1 < len(tokens) and tokens[k + 1].lower == "of")
