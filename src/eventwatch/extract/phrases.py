"""Longest-match lookup of multi-word phrases over tokens: the engine behind every lexicon."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar

from eventwatch.text.tokens import Token

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class PhraseMatch(Generic[T]):
    start_index: int
    end_index: int
    start: int
    end: int
    payload: T


def phrase_key(phrase: str) -> tuple[str, ...]:
    """The token sequence a lexicon phrase stands for ("car-bomb" → ("car-bomb",))."""
    from eventwatch.text.tokens import tokenize

    return tuple(t.lower for t in tokenize(phrase.lower()))


class PhraseTable(Generic[T]):
    """Phrases (token tuples) → payload, matched longest first, left to right."""

    def __init__(self, entries: Iterable[tuple[str, T]]):
        self._table: dict[tuple[str, ...], T] = {}
        for phrase, payload in entries:
            key = phrase_key(phrase)
            if key:
                self._table.setdefault(key, payload)
        # the phrase lengths that start with each first word, longest first: most tokens start no
        # phrase at all, and those that do are tried only at lengths that exist
        lengths: dict[str, set[int]] = {}
        for key in self._table:
            lengths.setdefault(key[0], set()).add(len(key))
        self._lengths = {first: sorted(found, reverse=True) for first, found in lengths.items()}

    def starts_with(self, word: str) -> bool:
        """Whether some phrase starts with ``word`` (lower case): a cheap test before ``match_at``."""
        return word in self._lengths

    def match_at(self, tokens: list[Token], i: int) -> PhraseMatch[T] | None:
        if i >= len(tokens):
            return None
        lengths = self._lengths.get(tokens[i].lower)
        if not lengths:
            return None
        room = len(tokens) - i
        for length in lengths:
            if length > room:
                continue
            payload = self._table.get(tuple(t.lower for t in tokens[i : i + length]))
            if payload is not None:
                return PhraseMatch(i, i + length, tokens[i].start, tokens[i + length - 1].end, payload)
        return None

    def find_all(self, tokens: list[Token]) -> list[PhraseMatch[T]]:
        found: list[PhraseMatch[T]] = []
        lengths = self._lengths
        resume = 0  # a match's tokens start no other match
        # most tokens start no phrase: skip them without a call
        for i in [k for k, token in enumerate(tokens) if token.lower in lengths]:
            if i < resume:
                continue
            match = self.match_at(tokens, i)
            if match is not None:
                found.append(match)
                resume = match.end_index
        return found
