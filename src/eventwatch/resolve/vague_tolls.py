"""Vague large quantities ("hundreds of peasants", "thousands of lives") give way to counts in numbers.

A count told in numbers for the same effect ("40 killed ... hundreds were killed in the district")
is the event's; the vague one is talk around it. Told alone, a vague count is read as
EVENT_SCHEMA.md says, ACLED's conservative reading: "hundreds" is 100, kept as ``low`` and as the
best estimate (``null`` would say nobody reported a toll), with ``high`` unknown.
"""

from __future__ import annotations

from functools import cache

from eventwatch.extract.casualties import CasualtyFigure
from eventwatch.model import Casualties
from eventwatch.resources import load_yaml


@cache
def _least() -> int:
    # the same threshold that makes a sentence counting only such figures a tally over time
    return int(load_yaml("extract/assertion_en.yaml")["statistic"]["vague_toll"])


def is_vague_toll(figure: CasualtyFigure) -> bool:
    """A figure told only vaguely and this large: "hundreds of", "thousands"."""
    return figure.vague and figure.value >= _least()


def split_vague(
    figures: list[tuple[int, CasualtyFigure]], effect: str
) -> tuple[list[tuple[int, CasualtyFigure]], tuple[Casualties, list[int]] | None]:
    """``figures`` without the vague large ones of ``effect``, and, when those are all ``effect``
    counts, the estimate they give alone: their conservative reading, as low and best."""
    vague = [(i, f) for i, f in figures if f.effect == effect and is_vague_toll(f)]
    if not vague:
        return figures, None
    kept = [(i, f) for i, f in figures if not (f.effect == effect and is_vague_toll(f))]
    if any(f.effect == effect for _, f in kept):
        return kept, None
    low = max(f.value for _, f in vague)
    return kept, (Casualties(best=low, low=low, high=None), [f.start for _, f in vague])
