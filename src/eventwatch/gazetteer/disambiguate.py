"""Document-level choice of one Place per mention.

Evidence, strongest first: a region or country written beside the name (already applied by the
spotter, which keeps only the candidates inside it); the document's focus country; the regions
and places already resolved in the document; population last.
"""

from __future__ import annotations

import math
from collections import Counter

from eventwatch.gazetteer.index import Index, haversine_km
from eventwatch.gazetteer.spot import PlaceMention
from eventwatch.model import Place

FOCUS_BONUS = 3.0
COUNTRY_MENTION_BONUS = 1.0  # per mention of the candidate's country, up to 3
REGION_BONUS = 2.5  # the candidate lies in a region named in the document
NEAR_BONUSES = ((50.0, 2.0), (200.0, 1.5), (500.0, 0.5))  # km from a place already resolved


def focus_of(index: Index, mentions: list[PlaceMention]) -> tuple[str | None, Counter]:
    """The most-mentioned country (country names and demonyms count double)."""
    counts: Counter = Counter()
    for m in mentions:
        if not m.country_code:
            continue
        counts[m.country_code] += 2 if m.kind in ("country", "demonym") else 1
    return (counts.most_common(1)[0][0] if counts else None), counts


def resolve(
    index: Index, mentions: list[PlaceMention], text: str, focus_country: str | None = None
) -> list[Place | None]:
    focus, counts = focus_of(index, mentions)
    if focus_country:
        focus = focus_country
    results: list[Place | None] = [None] * len(mentions)
    regions: set[int] = set()
    points: list[tuple[float, float]] = []

    # unambiguous first: they are the context for the rest
    def rank(n: int) -> tuple[bool, bool, bool, int]:
        m = mentions[n]
        return (m.kind not in ("country", "demonym"), m.kind != "admin1", len(m.ids) > 1, n)

    order = sorted(range(len(mentions)), key=rank)
    for n in order:
        m = mentions[n]
        if not m.ids:
            results[n] = m.candidates[0] if m.candidates else None
            continue
        if m.kind in ("country", "demonym"):
            results[n] = index.place(m.ids[0])
            continue
        best = max(m.ids[:200], key=lambda i: _score(index, i, focus, counts, regions, points))
        results[n] = index.place(best)
        a1 = index.admin1_of(best)
        if a1 >= 0:
            regions.add(a1)
        if index.kind_of(best) == "place":
            points.append(index.latlon(best))
    return results


def _score(
    index: Index,
    ident: int,
    focus: str | None,
    counts: Counter,
    regions: set[int],
    points: list[tuple[float, float]],
) -> float:
    cc = index.cc_of(ident)
    score = math.log10(index.population(ident) + 10)
    if cc == focus:
        score += FOCUS_BONUS
    score += COUNTRY_MENTION_BONUS * min(counts.get(cc, 0), 3)
    if index.admin1_of(ident) in regions:
        score += REGION_BONUS
    if points:
        lat, lon = index.latlon(ident)
        nearest = min(haversine_km(lat, lon, p_lat, p_lon) for p_lat, p_lon in points)
        for limit, bonus in NEAR_BONUSES:
            if nearest <= limit:
                score += bonus
                break
    return score
