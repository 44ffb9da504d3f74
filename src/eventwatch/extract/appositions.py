"""A group described by the group it belongs to: in "the FPL, a faction of the FMLN, ambushed a
patrol" the subject is the FPL; the front named in the aside only says whose faction it is. The
deed's role passes from the aside to the group it describes."""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from eventwatch.resources import load_yaml

if TYPE_CHECKING:
    from eventwatch.extract.actors import ActorMention
    from eventwatch.text.tokens import Token

_ARTICLES = frozenset({"the", "a", "an", "its"})  # grammar, kept in code
_QUOTES = frozenset({'"', "'", "“", "”", "’", "‘"})


@cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    data = load_yaml("actors/groups.yaml")["part_of_group"]
    return frozenset(data["parts"]), frozenset(data["qualifiers"])


def _aside_of(tokens: list[Token], start: int, end: int) -> bool:
    """Whether ``tokens[start:end]``, the words between two groups, read like ", the armed wing of"."""
    parts, qualifiers = _words()
    words = [t for t in tokens[start:end] if t.text not in _QUOTES]
    if len(words) < 3 or words[0].text != "," or words[-1].lower not in ("of", "the"):
        return False
    rest = [t.lower for t in words[1:]]
    if rest[-1] == "the":
        rest.pop()
    if not rest or rest.pop() != "of" or not rest:
        return False
    if rest[0] in _ARTICLES:
        rest = rest[1:]
    return len(rest) >= 1 and rest[-1] in parts and all(w in qualifiers for w in rest[:-1]) and len(rest) <= 3


def _closed(tokens: list[Token], end: int) -> bool:
    """The aside ends with its group: a comma or a dash follows it."""
    return end < len(tokens) and tokens[end].text in (",", "-", "--", "—")


def described_by_part_of(tokens: list[Token], found: list[ActorMention]) -> list[ActorMention]:
    """``found`` (in text order) with the role of a group named in an aside that says whose part
    the group before it is ("X, the military arm of Y,") given to that group."""
    out = list(found)
    for k in range(1, len(out)):
        group, aside = out[k - 1], out[k]
        if aside.role is None or group.role is not None:
            continue
        if _aside_of(tokens, group.end_index, aside.start_index) and _closed(tokens, aside.end_index):
            out[k - 1] = replace(group, role=aside.role)
            out[k] = replace(aside, role=None)
    return out
