"""Provinces and districts GeoNames' PyPI data lacks, from pycountry's ISO 3166-2 list.

GeoNames' first-level regions are indexed already; ISO 3166-2 also lists second-level units of
many countries (Burkina Faso's provinces, the DR Congo's new provinces, Uganda's districts). A
name the spotter found but the index lacks ("a raid in Oudalan Province") that is such a
unit of one country only tells the country; and a type word written with the name ("Soum
Province") prefers the unit to a small town of that name abroad. The place keeps the name as
written and its first-level region's position (else the country's) at region precision (3): the
unit is known, not its point.
"""

from __future__ import annotations

from eventwatch.gazetteer.index import Index
from eventwatch.gazetteer.iso_units import TYPE_WORD, unit_for, unit_place
from eventwatch.gazetteer.spot import PlaceMention
from eventwatch.model import Place


def fill(index: Index, mentions: list[PlaceMention], results: list[Place | None]) -> list[Place | None]:
    """Results with unresolved unit names, and small towns abroad written with a unit word,
    placed in the country whose unit they name."""
    names_a_country = any(m.kind == "country" and not m.elsewhere for m in mentions)
    out = list(results)
    for n, (m, place) in enumerate(zip(mentions, results, strict=True)):
        if m.kind not in ("place", "admin1"):
            continue
        if place is None:
            if m.ids and not m.unlisted:
                continue
            unit = unit_for(m.text)
        elif place.feature != "country" and not names_a_country and TYPE_WORD.search(m.text.strip()):
            # "Soum Province" is the Burkinabe province, not the Senegalese village
            unit = unit_for(m.text)
            if unit is None or unit.cc == place.country_code:
                continue
        else:
            continue
        if unit is not None:
            out[n] = unit_place(index, m.text, unit) or place
    return out
