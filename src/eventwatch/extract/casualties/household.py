"""A household counted by its size: "gunmen killed a family of five" is five dead, not one. The
readers count "a family" as one victim (a singular noun after an article); the size told after "of"
says how many people it is."""

from __future__ import annotations

from eventwatch.extract.casualties.figure import CasualtyFigure, recount_ones
from eventwatch.extract.casualties.words import words
from eventwatch.text.numbers import parse_number
from eventwatch.text.tokens import Token

_HOUSEHOLDS = words("households")
_LINKS = words("household_links")
_MEMBERS = words("household_members")
_LINK_WORDS = 2  # "made up", "composed"


def household_sizes(tokens: list[Token], figures: list[CasualtyFigure]) -> list[CasualtyFigure]:
    """Figures of one person whose words are a household and its size take the size as their count."""
    return recount_ones(tokens, figures, _size_of_household)


def _size_of_household(tokens: list[Token], k: int) -> int | None:
    return household_size(tokens, k) if tokens[k].lower in _HOUSEHOLDS else None


def household_size(tokens: list[Token], k: int) -> int | None:
    """The size told after the household noun at ``k`` ("family of five", "family made up of six
    people"), or None; a number followed by another noun ("the family of the two victims") is none."""
    m = k + 1
    while m < len(tokens) and m - k <= _LINK_WORDS and tokens[m].lower in _LINKS:
        m += 1
    if m >= len(tokens) or tokens[m].lower != "of":
        return None
    number = parse_number(tokens, m + 1, allow_article=False)
    if number is None:
        return None
    after = tokens[number.end_index] if number.end_index < len(tokens) else None
    if after is not None and after.text.isalpha() and after.lower not in _MEMBERS and _is_noun_like(after):
        return None
    return number.value


def _is_noun_like(token: Token) -> bool:
    """A word after the size that is no verb or preposition: "of two victims" names other people."""
    return not (token.lower.endswith("ed") or token.lower.endswith("ing") or token.lower in _FUNCTION_WORDS)


# words that may follow the size without naming other people (grammar, kept in code)
_FUNCTION_WORDS = frozenset(
    {"was", "were", "is", "are", "had", "have", "has", "died", "in", "at", "on", "from", "and", "who", "when"}
)
