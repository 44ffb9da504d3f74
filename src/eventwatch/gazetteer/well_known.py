"""The country a well-known town's name stands for when namesakes abroad share it.

"BOGOTA" also names a small town in New Jersey, so its mention carries no single country; but a
writer who names the capital of Colombia means Colombia, and the document names that country as
surely as if it wrote it.
"""

from __future__ import annotations

from eventwatch.gazetteer.index import Index

# the largest namesake must outnumber the largest one abroad this many times over
DOMINANCE = 10
# and be a town that readers abroad know by its bare name
MIN_POPULATION = 100_000


def dominant_country(index: Index, ids: list[int]) -> str | None:
    """The country of the far largest place of these candidates, None when no place dominates."""
    best: dict[str, int] = {}
    for i in ids:
        cc = index.cc_of(i)
        best[cc] = max(best.get(cc, 0), index.population(i))
    if not best:
        return None
    ranked = sorted(best.items(), key=lambda kv: -kv[1])
    if ranked[0][1] < MIN_POPULATION:
        return None
    if len(ranked) > 1 and ranked[0][1] < DOMINANCE * max(ranked[1][1], 1):
        return None
    return ranked[0][0]
