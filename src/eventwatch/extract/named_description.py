"""A description followed by the group's own name: in "the terrorist group XLF claimed the attack" the
actor is the XLF; "terrorist group" only says what kind of group it is."""

from __future__ import annotations

from functools import cache

from eventwatch.resources import load_yaml
from eventwatch.text.tokens import Token

_MAX_NAME = 5  # words of a name after the description
_JOINERS = frozenset({"al", "el", "ul", "e", "de", "del", "of"})  # lower-case words inside a name


@cache
def _heads() -> frozenset[str]:
    return frozenset(load_yaml("actors/groups.yaml")["named_after"])


def _capital(token: Token) -> bool:
    """A word of a name: capitalised, or an article joined to one ("al-Nasr")."""
    head, _, rest = token.text.partition("-")
    if rest and head.lower() in _JOINERS:
        return rest[:1].isupper()
    return token.text[:1].isupper() and token.text[:1].isalpha()


def name_after(tokens: list[Token], end: int, wire_caps: bool) -> int | None:
    """The end of a name written right after a description ending at ``end`` in one of named_after
    ("terrorist group XLF"), or None. Not in wire copy in capitals, where every word looks like a name."""
    if wire_caps or end >= len(tokens) or tokens[end - 1].lower not in _heads() or not _capital(tokens[end]):
        return None
    k = end + 1
    while k < len(tokens) and k < end + _MAX_NAME:
        if _capital(tokens[k]):
            k += 1
        elif tokens[k].lower in _JOINERS and k + 1 < len(tokens) and _capital(tokens[k + 1]):
            k += 2
        else:
            break
    return k
