"""Someone held by a group: "the cartel is still holding the senator" tells a kidnapping.

A group keeping a named kind of person ("is holding liberal senator X", "are holding two foreign
engineers") holds a captive; reports of an ongoing kidnapping often say only that. Meetings, talks
and positions held are no captives, and the object must follow "holding" closely.
"""

from __future__ import annotations

from eventwatch.resources import load_yaml
from eventwatch.text.tokens import Token

_WORDS = load_yaml("extract/held_captive_en.yaml")
_AUXILIARIES = frozenset(_WORDS["auxiliaries"])
_CAPTIVES = frozenset(_WORDS["captives"])
_BREAKS = frozenset(_WORDS["breaks"])
_GAP = 3  # words that may stand between "holding" and the captive ("the two foreign engineers")


_SINCE = _WORDS["held_since"]
_SINCE_AUXILIARIES = frozenset(_SINCE["auxiliaries"])


def _held_since(tokens: list[Token]) -> tuple[int, int] | None:
    """ "three nurses have been held by a rebel column since 3 March": the span of "held"."""
    for k, token in enumerate(tokens):
        if token.lower != "held" or k == 0 or tokens[k - 1].lower not in _SINCE_AUXILIARIES:
            continue
        after = [t.lower for t in tokens[k + 1 : k + 1 + _SINCE["reach"]]]
        if after[:1] == ["by"] and "since" in after:
            return k, k + 1
    return None


def held_captive(tokens: list[Token]) -> tuple[int, int] | None:
    """Token span ("holding" .. the captive noun) of a person told as held by someone, if any; or of
    "held" in "have been held by <someone> since <a day>"."""
    since = _held_since(tokens)
    if since is not None:
        return since
    for k, token in enumerate(tokens):
        if token.lower != "holding" or k == 0 or tokens[k - 1].lower not in _AUXILIARIES:
            continue
        for j in range(k + 1, min(len(tokens), k + 2 + _GAP)):
            word = tokens[j].lower
            if word in _CAPTIVES:
                return k, j + 1
            if word in _BREAKS or not any(c.isalnum() for c in word):
                break
    return None
