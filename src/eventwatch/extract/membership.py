"""A body named as the victim's in a relative clause: in "the judge, who was also a member of the party,
was killed by gunmen" the party is the judge's side; the clause says who the victim was, and the body it
names did not do the deed told after it."""

from __future__ import annotations

from functools import cache

from eventwatch.resources import load_yaml
from eventwatch.text.tokens import Token

_FILLERS = frozenset({"also", "a", "an", "the", "one", "of", "once", "formerly", "former", "still", "reportedly"})
_PASSIVE = frozenset({"was", "were", "had", "has", "have", "been", "being"})
_CLAUSE_REACH = 8  # words from the opener ("who") to the body's name


@cache
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[tuple[str, ...]]]:
    data = load_yaml("actors/roles.yaml")
    verbs = frozenset(tuple(v.split()) for v in data["membership_verbs"])
    return frozenset(data["membership_nouns"]), frozenset(data["membership_openers"]), verbs


def _clause_before(tokens: list[Token], start: int) -> bool:
    """Whether the name at ``start`` closes ", who was (also) a member of (the)": the clause of membership."""
    nouns, openers, verbs = _words()
    k = start - 1 if start >= 1 and tokens[start - 1].lower == "the" else start
    if k < 3 or tokens[k - 1].lower != "of" or tokens[k - 2].lower not in nouns:
        return False
    for j in range(k - 3, max(0, k - _CLAUSE_REACH) - 1, -1):
        if tokens[j].lower in openers:
            said = tuple(t.lower for t in tokens[j + 1 : k - 2] if t.lower not in _FILLERS)
            return j >= 1 and tokens[j - 1].text == "," and (said in verbs or said[:1] in verbs)
        if tokens[j].lower not in _FILLERS | _PASSIVE and (tokens[j].lower,) not in verbs:
            return False
    return False


def done_to(tokens: list[Token], end: int, trigger_indices: list[int]) -> bool:
    """True when a passive deed follows the words ending at ``end`` ("were killed", "had been shot")."""
    k = end
    while k < len(tokens) and k <= end + 2 and tokens[k].lower in _PASSIVE:
        k += 1
    return k > end and any(k <= t <= k + 1 for t in trigger_indices)


def victims_body(tokens: list[Token], start: int, end: int, trigger_indices: list[int]) -> bool:
    """True when the body at ``tokens[start:end]`` is named in a clause of membership about a person to
    whom the deed told right after the clause was done (", was assassinated")."""
    if end + 2 >= len(tokens) or tokens[end].text != "," or not _clause_before(tokens, start):
        return False
    return done_to(tokens, end + 1, trigger_indices)
