"""Vague large quantities ("hundreds of peasants", "thousands of lives") are no count of one event.

GTD and ACLED leave a count unknown rather than invent one, and MUC codes no number for a vague
count, so a figure told only as "hundreds" or "thousands" becomes a lower bound with its best
estimate left unknown (EVENT_SCHEMA.md: vague counts are kept as ``low``). A count told in numbers
beside it ("15 killed and hundreds injured" for the killed) is unaffected.
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
    counts, the estimate they give alone: a lower bound, the best estimate unknown."""
    vague = [(i, f) for i, f in figures if f.effect == effect and is_vague_toll(f)]
    if not vague:
        return figures, None
    kept = [(i, f) for i, f in figures if not (f.effect == effect and is_vague_toll(f))]
    if any(f.effect == effect for _, f in kept):
        return kept, None
    low = max(f.value for _, f in vague)
    return kept, (Casualties(best=None, low=low, high=None), [f.start for _, f in vague])
