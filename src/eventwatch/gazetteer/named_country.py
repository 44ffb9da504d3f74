"""The one country a report names outweighs a namesake abroad of a place in it.

"a car bomb in San Lorenzo, near the coast of Ecuador" is not the Paraguayan city:
when the text names exactly one country as such and nothing in it points at the namesake's
country, the place is the namesake inside the named country, or, when the data has none there,
a place the data lacks in that country (named as written, at country precision, so nothing
is invented beyond what the text says).
"""

from __future__ import annotations

import re
from dataclasses import replace

from eventwatch.gazetteer.fold import fold_key
from eventwatch.gazetteer.index import Index
from eventwatch.gazetteer.spot import BIG_TOWN_POPULATION, SMALL_TOWN_POPULATION, PlaceMention, is_capitals, known_areas
from eventwatch.model import Place

# a country's name used for a town ("Benin City", "Circasia (Quindio)")
_TOWN_AFTER = re.compile(r"\s*(?:\(|city\b|City\b)")
# "the Safi tehsil": written as a district, so not the city of that name abroad
_UNIT_AFTER = re.compile(
    r"\s+(?:tehsil|district|sub-?division|block|taluka|agency|county|municipality|department)\b", re.IGNORECASE
)
# mentions that only say who (a people, an armed group) still count as pointing at a country:
# "Turkish shelling hit Atmeh" keeps Atmeh's Turkish namesake in play
_POINTING = ("country", "demonym", "group", "admin1", "place")


def reconcile(index: Index, mentions: list[PlaceMention], results: list[Place | None], text: str) -> list[Place | None]:
    """Results with places of an unnamed country moved into the one country the text names."""
    if is_capitals(text):  # wire capitals: the dateline's country is the caller's focus already
        return results
    results = _conflict_areas(index, mentions, results)
    named = {
        m.country_code
        for m, place in zip(mentions, results, strict=True)
        if m.kind == "country"
        and m.country_code
        and place is not None
        and not (m.followed_by_org or m.elsewhere or _TOWN_AFTER.match(text, m.end))
    }
    if not named:
        # "in central Kapisa province": a region of one country only names the country as well
        named = {
            m.country_code
            for m, place in zip(mentions, results, strict=True)
            if m.kind == "admin1"
            and place is not None
            and place.feature == "admin1"
            and place.country_code == m.country_code
        }
    if len(named) != 1:
        return results
    (home,) = named
    out = list(results)
    for n, (m, place) in enumerate(zip(mentions, results, strict=True)):
        if place is None or m.kind not in ("place", "admin1") or place.country_code in ("", home):
            continue
        if place.geonames_id is None and place.feature == "place":
            continue  # a place the data lacks already took its country from the whole text
        cc = place.country_code
        if any(k != n and _points_at(mentions[k], results[k], cc) for k in range(len(mentions))):
            continue
        if m.qualifier is not None:  # "Witu, Lamu County": written beside its own region
            continue
        ids = m.all_ids or m.ids
        if (
            len({index.cc_of(i) for i in ids}) == 1
            and _population(index, ids, place) >= SMALL_TOWN_POPULATION
            and (place.feature != "place" or _own_name(index, ids, place, m.text))
        ):
            continue  # a region or town of one country only ("Circasia (Quindio)" names no country)
        inside = [i for i in ids if index.cc_of(i) == home and index.kind_of(i) in ("place", "admin1")]
        if inside:
            best = max(inside, key=index.population)
            out[n] = replace(
                index.place(best), name=place.name if place.geonames_id is None else index.place(best).name
            )
            continue
        if (
            place.feature == "place"
            and place.geonames_id is not None
            and _population(index, ids, place) >= BIG_TOWN_POPULATION
            and not _UNIT_AFTER.match(text, m.end)
            and _own_name(index, ids, place, m.text)
        ):
            continue  # a city known abroad ("peace talks in Havana") is the city itself
        out[n] = _inferred(index, m, home)
    return out


def _conflict_areas(index: Index, mentions: list[PlaceMention], results: list[Place | None]) -> list[Place | None]:
    """A town listed among the areas of a conflict (aliases.yaml) outweighs a small namesake abroad,
    a big city abroad known by that name only as an alternate ("Iskandariya" is also Alexandria),
    and a country guessed for it from a people ("Turkmen" in Tuz Khormato), when the text says
    nothing else of that country (a bomb in Taji is no Chinese village)."""
    areas = known_areas()[0]
    out = list(results)
    for n, (m, place) in enumerate(zip(mentions, results, strict=True)):
        if place is None or m.kind != "place":
            continue
        cc = areas.get(fold_key(m.text))
        if cc is None or cc == place.country_code:
            continue
        ids = m.all_ids or m.ids
        if (
            place.geonames_id is not None
            and _population(index, ids, place) >= SMALL_TOWN_POPULATION
            and _own_name(index, ids, place, m.text)
        ):
            continue
        key = fold_key(m.text)
        if any(
            fold_key(mentions[k].text) != key and _supports(mentions[k], results[k], place.country_code)
            for k in range(len(mentions))
        ):
            continue
        ident = index.country_id(cc)
        if ident is not None:
            name = " ".join(m.text.split())
            out[n] = replace(index.place(ident), name=name, precision=3, feature="place", geonames_id=None, admin2=None)
    return out


def _own_name(index: Index, ids: list[int], place: Place, written: str) -> bool:
    """Whether ``written`` is the chosen place's own name, not one of its alternates in another
    language ("Rouse" for Ruse, "Colonia" for Cologne)."""
    own = {fold_key(index.place(i).name) for i in ids if index.place(i).geonames_id == place.geonames_id}
    return fold_key(written) in own


def _supports(m: PlaceMention, place: Place | None, cc: str) -> bool:
    """Whether a mention says the text happens in country ``cc``: not a people (the "Turkmen" of
    Tuz Khormato), a neighbour or an origin, a name before an organisation, or a place the data
    lacks (its country is a guess)."""
    if m.kind == "demonym" or m.elsewhere or m.followed_by_org:
        return False
    if place is not None and place.geonames_id is None and place.feature == "place":
        return False
    return _points_at(m, place, cc)


def _population(index: Index, ids: list[int], place: Place) -> int:
    """The population of the entry chosen for the mention (regions by their own figure)."""
    if place.feature != "place":
        return max((index.population(i) for i in ids if index.kind_of(i) == place.feature), default=0)
    return max((index.population(i) for i in ids if index.place(i).geonames_id == place.geonames_id), default=0)


def _points_at(m: PlaceMention, place: Place | None, cc: str) -> bool:
    if m.kind not in _POINTING:
        return False
    if m.kind in ("country", "demonym", "group"):
        return m.country_code == cc
    return place is not None and place.country_code == cc


def _inferred(index: Index, m: PlaceMention, cc: str) -> Place | None:
    ident = index.country_id(cc)
    if ident is None:
        return None
    name = " ".join(m.text.split())
    return replace(index.place(ident), name=name, precision=3, feature="place", geonames_id=None, admin2=None)
