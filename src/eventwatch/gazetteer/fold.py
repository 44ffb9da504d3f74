"""Folding of names and text for matching: lower case, accents stripped, Cyrillic kept.

Folding maps each character to exactly one character, so offsets in the folded text are offsets
in the original; every character that is not a letter or a digit becomes a space. Runs of spaces
are then collapsed (keeping a map back to the original offsets) so that "St. Louis", "St Louis"
and a name broken across lines in wire copy all fold to the same key.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right

# letters NFD does not decompose; kept one-for-one so that offsets survive
_EXTRA = {"ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "t", "ı": "i", "æ": "a", "œ": "o", "ß": "s"}


def _fold_char(char: str) -> str:
    if not char.isalnum():
        return " "
    base = "".join(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c))
    low = (base or char).lower()
    low = _EXTRA.get(low, low)
    return low[:1] if low else " "


class _FoldTable(dict):
    """str.translate table that fills itself in on first sight of each character."""

    def __missing__(self, codepoint: int) -> str:
        value = _fold_char(chr(codepoint))
        self[codepoint] = value
        return value


_TABLE = _FoldTable()
for _cp in range(128):
    _TABLE[_cp] = _fold_char(chr(_cp))

_SPACES = re.compile(r" {2,}")


def fold(text: str) -> str:
    """Fold one-for-one: ``len(fold(s)) == len(s)``."""
    return text.translate(_TABLE)


def fold_key(name: str) -> str:
    """The matching key of a name: folded, spaces collapsed, no leading or trailing space."""
    return " ".join(fold(name).split())


class FoldedText:
    """A text folded and collapsed for the automaton, with offsets mapped back to the original.

    ``padded`` is " " + collapsed + " ", so keys stored as " key " only match whole words.
    """

    __slots__ = ("padded", "_cuts", "_shift")

    def __init__(self, text: str):
        folded = fold(text)
        cuts: list[int] = []  # collapsed offsets where the shift to original offsets changes
        shift: list[int] = []
        pieces: list[str] = []
        removed = 0
        last = 0
        for match in _SPACES.finditer(folded):
            pieces.append(folded[last : match.start() + 1])
            removed += match.end() - match.start() - 1
            last = match.end()
            cuts.append(match.start() + 1 - (removed - (match.end() - match.start() - 1)))
            shift.append(removed)
        pieces.append(folded[last:])
        self.padded = " " + "".join(pieces) + " "
        self._cuts = cuts
        self._shift = shift

    def original(self, collapsed_pos: int) -> int:
        """Original offset of a character of the collapsed text."""
        i = bisect_right(self._cuts, collapsed_pos)
        return collapsed_pos + (self._shift[i - 1] if i else 0)
