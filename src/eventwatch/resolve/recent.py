"""A deed told "a few days ago" or "several hours ago" happened days before the report: the phrase
dates no day, yet it tells news, not history (``vague_recent`` in resources/extract/dates_en.yaml)."""

from __future__ import annotations

from functools import cache

from eventwatch.resolve.facts import SentenceFacts
from eventwatch.resources import load_yaml

_BESIDE = 8  # tokens between the phrase and the deed word it times


@cache
def _phrases() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(p.split()) for p in load_yaml("extract/dates_en.yaml")["vague_recent"])


def told_recent(facts: SentenceFacts) -> bool:
    """Whether a deed word of the sentence is timed by a vague recent phrase beside it."""
    live = facts.live_triggers
    if not live:
        return False
    words = [t.lower for t in facts.tokens]
    for phrase in _phrases():
        n = len(phrase)
        for k in range(len(words) - n + 1):
            if tuple(words[k : k + n]) == phrase and any(
                t.start_index - _BESIDE <= k + n and k <= t.end_index + _BESIDE for t in live
            ):
                return True
    return False
