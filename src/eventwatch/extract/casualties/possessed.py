"""People counted through whose they are: "killed a judge and his driver", "wounding a farmer and
her two sons". After "and", a possessive opens one more group of the same fate; with no number of its
own, a singular people noun ("his driver", "her son") is one person."""

from __future__ import annotations

from eventwatch.extract.casualties.figure import has_person
from eventwatch.extract.casualties.words import words
from eventwatch.text.numbers import NumberPhrase, parse_number
from eventwatch.text.tokens import Token

# possessives (grammar, kept in code)
_POSSESSIVES = frozenset({"his", "her", "their"})
# nouns that never stand for one person: plurals without -s ("children") and groups ("family")
_NOT_ONE = words("plural_people") | words("collective_people")
# nouns that always name two people ("her parents")
_PAIRS = words("pair_people")


def possessed_count(tokens: list[Token], k: int) -> NumberPhrase | None:
    """The count of "his driver" or "her two sons" starting at ``k``; None where ``k`` opens no such
    phrase or its noun is a plural without a number ("their children" counts no one)."""
    if k + 1 >= len(tokens) or tokens[k].lower not in _POSSESSIVES:
        return None
    number = parse_number(tokens, k + 1, allow_article=False)
    if number is not None:
        return number
    noun = tokens[k + 1].lower
    if noun in _PAIRS:
        return NumberPhrase(value=2, start_index=k, end_index=k + 1)  # "his parents": two people
    if not has_person(tokens, k + 1, k + 2) and k + 2 < len(tokens) and has_person(tokens, k + 1, k + 3):
        noun = tokens[k + 2].lower  # "his security guard": the noun after a word describing it
    elif not has_person(tokens, k + 1, k + 2):
        return None
    if noun.endswith("s") or noun in _NOT_ONE:
        return None
    return NumberPhrase(value=1, start_index=k, end_index=k + 1)
