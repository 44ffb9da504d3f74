"""Counts of people someone threatened, planned or tried to kill, hurt or seize ("the cartel has
threatened to kill 10 judges", "they planned to kidnap two ministers") counted no one who suffered:
the deed did not happen, so the figure is no toll. Only the infinitive is read ("threatened to kill
10"), so "threatened the town and killed 10" keeps its toll."""

from __future__ import annotations

from functools import cache

from eventwatch.extract.casualties.figure import CasualtyFigure
from eventwatch.resources import load_yaml
from eventwatch.text.tokens import Token

# tokens between "to" and the count: the verb and at most a qualifier ("to kill at least 10")
_REACH = 3


@cache
def _not_done_words() -> frozenset[str]:
    # the words that make an event word threatened or attempted, not done (extract/triggers.py)
    data = load_yaml("extract/stages_en.yaml")
    return frozenset(w for key in ("threatened", "attempted") for w in data[key])


def without_threatened(tokens: list[Token], figures: list[CasualtyFigure]) -> list[CasualtyFigure]:
    """``figures`` without the counts of a deed only threatened, planned or tried."""
    if not figures or not any(t.lower == "to" for t in tokens):
        return figures
    starts = {t.start: k for k, t in enumerate(tokens)}
    kept = []
    for figure in figures:
        k = starts.get(figure.start)
        if figure.value > 0 and k is not None and _threatened_before(tokens, k):
            continue
        kept.append(figure)
    return kept


def _threatened_before(tokens: list[Token], k: int) -> bool:
    for t in range(max(1, k - _REACH), k - 1):
        if tokens[t].lower == "to" and tokens[t - 1].lower in _not_done_words():
            return True
    return False
