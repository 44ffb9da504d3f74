"""A count of deeds held against someone tallies their crimes; it tells no incident.

"The police said the sergeant is responsible for seven other murders", "was found guilty of 12
killings": the deeds are counted and laid at someone's door, with no day, place or victim of any
one of them, so no record can be coded from them (``crime_tally`` in resources/extract/stages_en.yaml).
"The sergeant is responsible for the murder of two judges" names one deed and stays a deed.
"""

from __future__ import annotations

from functools import cache

from eventwatch.resources import load_yaml
from eventwatch.text.tokens import Token


@cache
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    data = load_yaml("extract/stages_en.yaml")["crime_tally"]
    counts = load_yaml("extract/event_counts_en.yaml")
    return (
        frozenset(data["holders"]),
        frozenset(data["links"]),
        frozenset(data["between"]),
        frozenset(counts["named"]) | frozenset(counts["vague"]),
    )


def _is_count(token: Token, count_words: frozenset[str]) -> bool:
    return token.text[:1].isdigit() or token.lower in count_words


def tallied_crimes(tokens: list[Token], start: int) -> bool:
    """Whether the deed word at ``start`` is counted ("seven other murders") right after a word that
    holds deeds against someone and its link ("responsible for", "guilty of", "accused of")."""
    holders, links, between, count_words = _words()
    k = start - 1
    while k >= 0 and tokens[k].lower in between:
        k -= 1  # "seven other murders"
    if k < 0 or not _is_count(tokens[k], count_words):
        return False
    k -= 1
    return k >= 1 and tokens[k].lower in links and tokens[k - 1].lower in holders
