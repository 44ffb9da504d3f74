"""Document-level choice of one Place per mention.

Evidence, strongest first: a region or country written beside the name (already applied by the
spotter, which keeps only the candidates inside it); the document's focus country; the regions
and places already resolved in the document; population last.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from dataclasses import replace

from eventwatch.gazetteer.build import ADMIN1_BASE, article_free
from eventwatch.gazetteer.fold import fold_key
from eventwatch.gazetteer.group_reach import group_reach
from eventwatch.gazetteer.index import Index, haversine_km
from eventwatch.gazetteer.spot import BIG_TOWN_POPULATION, SMALL_TOWN_POPULATION, PlaceMention, is_capitals, rules
from eventwatch.model import Place
from eventwatch.resources import alternation, load_yaml

FOCUS_BONUS = 3.0  # the country the caller says the document is about (its dateline's)
INFERRED_FOCUS_BONUS = 1.0  # the country the text itself names most
COUNTRY_MENTION_BONUS = 1.0  # per unit of evidence for the candidate's country, up to 3
# how much each kind of mention says the document happens in its country: a country named
# counts most; a demonym says who, not where ("American servicemen" in Madrid); a country
# before an organisation word ("the United States embassy") says nothing about where
MENTION_WEIGHTS = {"country": 1.5, "demonym": 0.5, "group": 0.5, "admin1": 1.0, "place": 1.0}
# a name written as a town ("the Taji district") whose only namesakes lie abroad
CUED_WEIGHT = 0.5
# how far after an unlisted town its region may be named ("the Nad Ali district of Helmand province")
REGION_REACH = 80
REGION_BONUS = 2.5  # the candidate lies in a region named in the document
NEAR_BONUSES = ((50.0, 2.0), (200.0, 1.5), (500.0, 0.5))  # km from a place already resolved
# the text spells the town's main name, not one of its alternates ("Islamabad" is also an old
# name of Chattogram): worth a population thirty times larger
PRIMARY_NAME_BONUS = 1.5
# a national capital is the place of that name the news means, unless the text says otherwise
# ("SAN SALVADOR" in a report filed from Madrid is not the Galician village)
CAPITAL_BONUS = 2.0
# words a mention may end with that are no part of the name as written ("Sopore town")
# the place words the rules below look for are data in spotting.yaml
_WORDS = load_yaml("gazetteer/spotting.yaml")
_TRAILING_GENERIC = re.compile(r"\s+(" + alternation(_WORDS["trailing_generic"]) + r")$", re.I)


# mentions that name a country as a whole: a country, its people, a group fighting only there
_NATIONAL = ("country", "demonym", "group")


def focus_of(index: Index, mentions: list[PlaceMention]) -> tuple[str | None, Counter]:
    """The country the document's mentions point at most, and the evidence for each country."""
    counts: Counter = Counter()
    skip_elsewhere = elsewhere_only_aside(mentions)
    for m in mentions:
        if not m.country_code or m.followed_by_org or (m.elsewhere and skip_elsewhere):
            continue
        weight = MENTION_WEIGHTS.get(m.kind, 1.0)
        if m.locative:  # "the Cameroonian town of ...": says where, as a country name does
            weight = MENTION_WEIGHTS["country"]
        elif m.cued and m.ids and max(index.population(i) for i in m.ids) < SMALL_TOWN_POPULATION:
            # a small namesake abroad of a town the data lacks says little
            weight = CUED_WEIGHT
        counts[m.country_code] += weight
    if not counts:
        return None, counts
    best, weight = counts.most_common(1)[0]
    return (best if weight >= 1.0 else None), counts


def elsewhere_only_aside(mentions: list[PlaceMention]) -> bool:
    """Whether countries named as an origin or a neighbour should be left out: only when the text
    has other evidence of where it happens ("near Bosso, close to Nigeria, in the Diffa Region")."""
    return any(m.country_code and not m.elsewhere and not m.followed_by_org for m in mentions)


def named_only_across(mentions: list[PlaceMention]) -> set[str]:
    """The countries the text names only for a border the event was near ("on the border with
    the Gaza Strip"); an origin ("from South Sudan") or a people ("French tourists") may still
    be where it happened."""
    across = {m.country_code for m in mentions if m.across and m.country_code}
    if not across:
        return across
    return across - {m.country_code for m in mentions if not m.across and m.kind in _NATIONAL}


def _not_across(index: Index, ids: list[int], best: int, scores: dict[int, float], across: set[str]) -> int:
    """ "the Tumbes region, on the border with Ecuador": of two namesakes, the one in a
    country the text names only as across a border is not the scene."""
    if index.cc_of(best) not in across:
        return best
    others = [i for i in ids if index.cc_of(i) not in across]
    return max(others, key=scores.__getitem__) if others else best


def resolve(
    index: Index, mentions: list[PlaceMention], text: str, focus_country: str | None = None
) -> list[Place | None]:
    focus, counts = focus_of(index, mentions)
    # for a town the data lacks, any country named will do ("Malian soldiers ... the village of X")
    aside = elsewhere_only_aside(mentions)
    any_country = Counter(
        m.country_code
        for m in mentions
        if m.kind in ("country", "demonym") and m.country_code and not (m.elsewhere and aside)
    )
    groups = {m.country_code for m in mentions if m.kind == "group"}
    # the countries the text names as such (a country, a people, a region, an armed group)
    named_here = {
        m.country_code
        for m in mentions
        if m.kind in ("country", "demonym", "group", "admin1") and m.country_code and not (m.elsewhere and aside)
    }
    # "Egyptian soldiers", "the Lebanese army": a country's own forces, which mostly act at home
    forces = {
        m.country_code
        for m in mentions
        if m.kind in ("country", "demonym") and m.country_code and _followed_by_force(text, m.end)
    }
    # a people may be the victims' or the attackers' ("Palestinian gunman ... in Hadera"): only
    # a country or a region named says where the text happens, or a people's adjective before a
    # word for a town ("in the Colombian municipality of X")
    named_places = {
        m.country_code
        for m in mentions
        if (m.kind in ("country", "admin1") or m.locative)
        and m.country_code
        and not m.followed_by_org
        and not m.elsewhere
    }
    # a people says who, not where ("Ethiopian troops" in Somalia): with no country or place
    # named, an armed group that fights in one country says more of where a town lies
    by_name = any(m.kind in ("country", "admin1", "place") and m.country_code for m in mentions)
    focus_bonus = INFERRED_FOCUS_BONUS
    if focus_country:
        focus, focus_bonus = focus_country, FOCUS_BONUS
    results: list[Place | None] = [None] * len(mentions)
    caps = is_capitals(text)
    across = named_only_across(mentions)
    regions: set[int] = set()
    points: list[tuple[float, float]] = []
    unlisted: list[int] = []
    chosen: dict[int, int] = {}  # mention -> the entry chosen for it

    # "Woolwich, London": a place written before the town or region holding it is resolved
    # after it, so that it agrees with it
    held = {
        n
        for n in range(len(mentions) - 1)
        if mentions[n + 1].kind != "demonym" and _COMMA_ONLY.match(text, mentions[n].end, mentions[n + 1].start)
    }

    # unambiguous first: they are the context for the rest
    def rank(n: int) -> tuple[bool, bool, bool, bool, int]:
        m = mentions[n]
        return (m.kind not in _NATIONAL, m.kind != "admin1", len(m.ids) > 1, n in held, n)

    order = sorted(range(len(mentions)), key=rank)
    for n in order:
        m = mentions[n]
        m.unsupported = False
        if not m.ids:
            if m.candidates:
                results[n] = _in_resolved_container(m, m.candidates[0], results)
            elif m.unlisted:
                unlisted.append(n)
            continue
        if m.kind in _NATIONAL:
            results[n] = index.place(m.ids[0])
            continue
        ids = m.ids[:200]
        if _dateline(m, text) and n not in held:
            # where the report was filed from: the best-known place of that name, whatever the
            # text says later ("BOGOTA, 3 NOV 89" is not the town in New Jersey); a place written
            # before the one holding it ("Woolwich, London pub bombing") is no dateline
            best = max(ids, key=lambda i: math.log10(index.population(i) + 10) + _primary_bonus(index, i, m.key))
            best = _filing_capital(index, ids, best)
            results[n] = as_written(index.place(best), m.text, caps)
            if index.kind_of(best) == "place":
                points.append(index.latlon(best))
            continue
        if caps and focus_country and m.qualifier is None:
            # in wire capitals any word may be a hamlet somewhere: a small town abroad only
            # counts when written beside its region or country
            ids = [i for i in ids if index.cc_of(i) == focus_country or index.population(i) >= SMALL_TOWN_POPULATION]
            if not ids:
                # "LAS PALMAS CIVIL DEFENSE POST, USULUTAN DEPARTMENT": a town the data lacks,
                # written beside a region of the document's country
                region = (
                    None if _names_a_building(m, text) else _region_beside(mentions, results, n, text, focus_country)
                )
                if region is not None or m.cued:
                    # "IN PALO BLANCO VILLAGE": written as a village, so one the data lacks here
                    results[n] = _unlisted(index, m, focus_country, region)
                continue
        scores = {i: _score(index, i, (focus, focus_bonus), counts, regions, points, m.key) for i in ids}
        best = max(ids, key=scores.__getitem__)
        best = _capital_of_named_country(index, ids, best, named_here)
        if not caps:
            best = _in_named_country(index, ids, best, named_here, scores, forces)
            best = _not_across(index, ids, best, scores, across)
            region = _region_after(mentions, results, n, text)
            if region is not None and region.country_code != index.cc_of(best) and m.cued:
                # "the Gelan district of southeastern Ghazni province": a district the data lacks
                # in the region named with it, not its namesake abroad
                results[n] = _unlisted(index, m, region.country_code, region)
                continue
        # with no focus, the country named most other than the namesake's ("the Zhari District ...
        # blamed on the Taliban")
        # or, failing that, the one country whose own forces are named ("Syrian Army posts in
        # the Al-Qasr area" is no Emirati suburb)
        home = focus or (None if caps else _other_country(counts, index.cc_of(best)) or _only_forces(forces))
        abroad = m.cued and home and index.cc_of(best) != home
        if abroad and (
            (counts.get(index.cc_of(best), 0) <= CUED_WEIGHT and index.population(best) < SMALL_TOWN_POPULATION)
            # in a wire report filed from its country, "THE TOWNSHIP OF CAMPINA" is a town there
            # unless the text names the namesake's country
            or (caps and focus_country and not any_country.get(index.cc_of(best)) and m.qualifier is None)
            # "the Jamrud tehsil of Khyber Agency in Pakistan": a district in the country named, not
            # a town of a country the text never names
            or (
                not caps
                and named_places
                and index.cc_of(best) not in named_here
                and m.qualifier is None
                and index.population(best) < BIG_TOWN_POPULATION
            )
        ):
            # "the Taji district, north of Baghdad": a town the data lacks, not its namesake abroad
            results[n] = _unlisted(index, m, home, _region_beside(mentions, results, n, text, home))
            continue
        results[n] = as_written(index.place(best), m.text, caps)
        chosen[n] = best
        a1 = index.admin1_of(best)
        if a1 >= 0:
            regions.add(a1)
        if index.kind_of(best) == "place":
            points.append(index.latlon(best))
    if not caps:
        for n, best in list(chosen.items()):
            unit = _unit_after(mentions, results, n, text) or _measured_from(mentions, results, n, text)
            if unit is not None and unit.country_code != index.cc_of(best) and _cued_or_small(index, mentions[n], best):
                # "Hajin in Bandipora district", "Kiunga, Lamu County": a place the data lacks in
                # the district written with it, not its namesake abroad
                results[n] = _unlisted(index, mentions[n], unit.country_code, unit)
                del chosen[n]
        # a town of a country named only by its big towns ("Jamrud ... west of Peshawar") is supported
        big = {index.cc_of(i) for i in chosen.values() if index.population(i) >= BIG_TOWN_POPULATION}
        for n, best in chosen.items():
            cc = results[n].country_code  # type: ignore[union-attr]
            mentions[n].unsupported = _unsupported(index, mentions[n], best, cc, named_places, named_here | big)
    for n, m in enumerate(mentions):
        if m.kind == "country" and not m.followed_by_org:
            town = _town_named_as_country(index, mentions, results, n, text)
            if town is not None:
                results[n] = as_written(index.place(town), m.text, caps)
    # places the data lacks last: the towns resolved around them tell their country
    resolved = Counter(p.country_code for p in results if p is not None and p.feature == "place")
    # an armed group's country is the weakest evidence: "Boko Haram ... near Bosso" is in Niger
    named = Counter({cc: w for cc, w in counts.items() if cc not in groups or cc in any_country or cc in resolved})
    if groups and not by_name and not resolved:
        # "Nigerien soldiers ... Boko Haram": a neighbour the group raids, named by its people
        abroad = {cc for cc in any_country if cc in group_reach(mentions)}
        named = Counter({cc: counts[cc] for cc in (abroad or groups) if cc in counts})
    for n in unlisted:
        m = mentions[n]
        evidence = named or any_country or resolved or counts
        cc = m.country_code or focus or (evidence.most_common(1)[0][0] if evidence else None)
        if cc:
            # a district the data lacks: even a demonym ("Afghan troops") says its country
            region = _region_beside(mentions, results, n, text, cc) or _only_region(results, cc)
            results[n] = _unlisted(index, m, cc, region)
    for n, place in enumerate(results):
        if place is not None and place.geonames_id is None and place.feature == "place":
            results[n] = _settled_territory(index, place, text[max(0, mentions[n].start - 40) : mentions[n].start])
    return results


# "Armenia, Quindío", "Benin city in Edo", "Puerto Rico (Caquetá)": a town named like a country
_TOWN_IN_REGION = re.compile(
    r"^(?:\s*[,(]\s*|(?:\s+(?:"
    + alternation(_WORDS["town_words"])
    + r"))?\s*,?\s+(?:of|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,3})$"
)


def _town_named_as_country(
    index: Index, mentions: list[PlaceMention], results: list[Place | None], n: int, text: str
) -> int | None:
    """A town that shares its name with a country, written with the region of another country
    that holds it: that town, not the country."""
    if n + 1 >= len(mentions):
        return None
    m, region = mentions[n], results[n + 1]
    if region is None or region.feature != "admin1" or region.country_code == m.country_code:
        return None
    if not _TOWN_IN_REGION.match(text[m.end : mentions[n + 1].start]):
        return None
    towns = [
        i
        for i in (m.all_ids or m.ids)
        if index.kind_of(i) == "place"
        and index.cc_of(i) == region.country_code
        and index.place(i).admin1 == region.admin1
    ]
    return max(towns, key=index.population) if towns else None


def _in_resolved_container(m: PlaceMention, place: Place, results: list[Place | None]) -> Place:
    """A town the data lacks, placed by the spotter at the first region of the name written beside
    it ("X MUNICIPALITY, BOLIVAR DEPARTMENT": several countries have a Bolivar region): at the region
    or country that name resolved to for the whole document instead."""
    if m.qualifier is None or place.geonames_id is not None:
        return place
    container = results[m.qualifier]
    if container is None or container.feature not in ("admin1", "country"):
        return place
    if container.country_code == place.country_code and container.feature == "country":
        return place
    if (container.country_code, container.admin1) == (place.country_code, place.admin1):
        return place
    return named_as_written(place.name, container)


def _only_region(results: list[Place | None], cc: str) -> Place | None:
    """The one region of country ``cc`` the document names ("... in Helmand province. ... in Tolvar
    district"): where a district the data lacks lies."""
    regions = {p.admin1: p for p in results if p is not None and p.feature == "admin1" and p.country_code == cc}
    return next(iter(regions.values())) if len(regions) == 1 else None


def _settled_territory(index: Index, place: Place, before: str) -> Place:
    """ "the Israeli settlement of Geva Binyamin": a settlement the data lacks lies in the territory
    its country settles (the West Bank), not in that country."""
    territory = index.territory_from(place.country_code or "")
    if territory is None or not territory.settled_as:
        return place
    words = re.sub(r"\s+of\s*$", "", before.lower()).split()
    if not words or words[-1] not in territory.settled_as:
        return place
    ident = index.country_id(territory.code)
    if ident is None:
        return place
    country = index.place(ident)
    return replace(
        place,
        country=country.country,
        country_code=country.country_code,
        admin1=territory.admin1,
        lat=country.lat if place.admin1 is None or place.lat is None else place.lat,
        lon=country.lon if place.admin1 is None or place.lon is None else place.lon,
    )


_COMMA_ONLY = re.compile(r"\s*,\s*$")


def _followed_by_force(text: str, end: int) -> bool:
    words = text[end : end + 30].lower().split()
    return bool(words) and words[0].strip(".,;:") in rules().force_words


def _in_named_country(
    index: Index, ids: list[int], best: int, named: set[str], scores: dict[int, float], forces: set[str]
) -> int:
    """The namesake in a country the text names ("Syrian soldiers ... in Palmyra" is not the town
    in New York), unless the one chosen is a big town and the namesake a small one
    ("Americans killed in Paris"); a big namesake is meant ("Lebanese soldiers ... Tripoli"), and
    so is any namesake in the country whose own forces are named ("Egyptian soldiers ... Rafah")."""
    if not named or index.cc_of(best) in named:
        return best
    home = [i for i in ids if index.cc_of(i) in named]
    if not home:
        return best
    alt = max(home, key=scores.__getitem__)
    big, small = index.population(best), index.population(alt)
    # "Egyptian soldiers ... in Rafah"; but a national capital stays ("American servicemen ... Madrid")
    at_home = index.cc_of(alt) in forces and best not in index.capitals
    if big >= BIG_TOWN_POPULATION and small < BIG_TOWN_POPULATION and 2 * small < big and not at_home:
        return best
    return alt


# wire bureaus file from capitals: a capital is the dateline's town unless a namesake is this much bigger
DATELINE_CAPITAL_RATIO = 5


def _filing_capital(index: Index, ids: list[int], best: int) -> int:
    """The national capital of a dateline's name ("SAN JOSE, 4 NOV --" is Costa Rica's), unless
    its namesake is many times bigger."""
    capital = next((i for i in ids if i in index.capitals), None)
    if capital is None or capital == best:
        return best
    return capital if DATELINE_CAPITAL_RATIO * index.population(capital) >= index.population(best) else best


def _capital_of_named_country(index: Index, ids: list[int], best: int, named: set[str]) -> int:
    """A national capital of a country the text names (its people, its armed group), not a small
    namesake in the country the report is filed from ("MEXICO CITY ... FMLN ... IN SAN SALVADOR")."""
    if best in index.capitals or index.population(best) >= SMALL_TOWN_POPULATION:
        return best
    capital = next((i for i in ids if i in index.capitals and index.cc_of(i) in named), None)
    return best if capital is None or index.cc_of(best) == index.cc_of(capital) else capital


def _only_forces(forces: set[str]) -> str | None:
    return next(iter(forces)) if len(forces) == 1 else None


def _other_country(counts: Counter, cc: str) -> str | None:
    others = [(w, c) for c, w in counts.items() if c != cc and w > 0]
    return max(others)[1] if others else None


def _unsupported(index: Index, m: PlaceMention, best: int, cc: str, named_places: set[str], named: set[str]) -> bool:
    """A small town in a country the text never names, not even by its people, although it names
    other countries or their regions: more often a word of a person's or a building's name than
    the place of the event. A name written as a town ("Yala town") is one."""
    return (
        bool(named_places)
        and cc not in named
        and not m.cued
        and index.kind_of(best) == "place"
        and m.qualifier is None
        and index.population(best) < BIG_TOWN_POPULATION
        and best not in index.capitals
    )


def _score(
    index: Index,
    ident: int,
    focus: tuple[str | None, float],
    counts: Counter,
    regions: set[int],
    points: list[tuple[float, float]],
    key: str = "",
) -> float:
    cc = index.cc_of(ident)
    score = math.log10(index.population(ident) + 10)
    score += _primary_bonus(index, ident, key)
    if ident in index.capitals:
        score += CAPITAL_BONUS
    if cc == focus[0]:
        score += focus[1]
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


def _names_a_building(m: PlaceMention, text: str) -> bool:
    """ "THE TOWN HALL, SAN MIGUEL DEPARTMENT": a building word, or a name right after a
    locality word, is no town the data lacks."""
    r = rules()
    before = text[max(0, m.start - 20) : m.start].lower().split()
    return " ".join(m.text.lower().split()) in r.facility_words or bool(before and before[-1] in r.locality_words)


def _dateline(m: PlaceMention, text: str) -> bool:
    line = text.rfind("\n", 0, m.start) + 1
    return m.start < 200 and text[line : m.start].strip() == "" and text[m.end : m.end + 1] == ","


def _primary_bonus(index: Index, ident: int, key: str) -> float:
    return PRIMARY_NAME_BONUS if key and _is_primary(index, ident, key) else 0.0


def _is_primary(index: Index, ident: int, key: str) -> bool:
    if ident >= ADMIN1_BASE:
        return True
    name = index.t.names[ident]
    if fold_key(name) == key:
        return True
    bare = article_free(name, index.t.ccs[ident])
    return bare is not None and fold_key(bare) == key


def as_written(place: Place, surface: str, caps: bool) -> Place:
    """The place named as the text spells it ("Sederot", not GeoNames' "Sderot"): readers and
    analysts search by the document's spelling; ``geonames_id`` still names the entry."""
    if place.feature not in ("place", "admin1"):
        return place
    written = _TRAILING_GENERIC.sub("", " ".join(surface.split()))
    if caps:
        written = written.title()
    if not written or written == place.name:
        return place
    if fold_key(written) == fold_key(place.name) and _ascii(written) == _ascii(place.name):
        # same letters, accents aside; but "Diyarbakir" is kept for "Diyarbakır", whose dotless
        # i has no ASCII decomposition
        return place
    bare = article_free(place.name, place.country_code)
    if bare and fold_key(bare) == fold_key(written):
        return place
    return replace(place, name=written)


def _ascii(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()


def _unlisted(index: Index, m: PlaceMention, cc: str, region: Place | None = None) -> Place | None:
    """A district or town the data lacks, in the document's country: named as written, placed
    at its region when the text names one beside it (precision 2: a part of the region), else at
    the country at precision 3: its point is unknown, and a map must not show it as near the
    country's."""
    anchor = region
    if anchor is None:
        ident = index.country_id(cc)
        if ident is None:
            return None
        anchor = index.place(ident)
    return named_as_written(m.text, anchor)


def named_as_written(written: str, anchor: Place) -> Place:
    """A place the data lacks, named as the text writes it, at the point of the region or country
    ``anchor`` that holds it: precision 2 in a region (a part of it), 3 at a country's point."""
    name = " ".join(written.split())
    if name.isupper() and len(name) > 4:  # "EL TRIUNFO" in a wire report in capitals
        name = name.title()
    precision = 3 if anchor.feature == "country" else 2
    return replace(anchor, name=name, precision=precision, feature="place", geonames_id=None, admin2=None)


def _region_after(mentions: list[PlaceMention], results: list[Place | None], n: int, text: str) -> Place | None:
    """The region written right after mention ``n`` as the unit holding it ("X district of Y
    province", "X in the southern Afghan province of Y"), whatever its country."""
    for k in range(n + 1, min(n + 3, len(mentions))):
        place = results[k]
        if place is not None and place.feature == "admin1":
            # a region of one country only ("Laguna province" is also a Californian county's name)
            return (
                place
                if mentions[k].country_code and _HELD_BY_REGION.match(text[mentions[n].end : mentions[k].start])
                else None
            )
        # "the southern Afghan province of", "in Niger's Tillaberi Region": a people, or a country
        # owning the region, between
        owner = mentions[k].kind == "country" and text[mentions[k].end : mentions[k].end + 2] in ("'s", "’s")
        if mentions[k].kind != "demonym" and not owner:
            return None
    return None


def _cued_or_small(index: Index, m: PlaceMention, best: int) -> bool:
    return m.cued or index.population(best) < BIG_TOWN_POPULATION


def _unit_after(mentions: list[PlaceMention], results: list[Place | None], n: int, text: str) -> Place | None:
    """A district or county of one country, written right after mention ``n`` as the unit holding
    it ("Hajin in Bandipora district", "Kiunga, Lamu County")."""
    if n + 1 >= len(mentions):
        return None
    q, place = mentions[n + 1], results[n + 1]
    if place is None or place.feature != "place" or not (q.cued or q.unlisted):
        return None
    if not _UNIT_WORD.search(q.text):
        return None
    gap = text[mentions[n].end : q.start]
    return place if _HELD_BY_REGION.match(gap) or _COMMA_GAP.match(gap) else None


def _measured_from(mentions: list[PlaceMention], results: list[Place | None], n: int, text: str) -> Place | None:
    """The town mention ``n`` is measured from ("Mahmudiya, 30 kilometers south of the capital Baghdad"):
    a place that close lies in the town's country."""
    if n + 1 >= len(mentions):
        return None
    place = results[n + 1]
    if (
        place is None
        or place.feature != "place"
        or not _DISTANCE_GAP.match(text[mentions[n].end : mentions[n + 1].start])
    ):
        return None
    return place


_DISTANCE_GAP = re.compile(
    r"^\s*,?\s*(?:about\s+|some\s+|around\s+)?\d+\s*(?:"
    + alternation(load_yaml("text/numbers_en.yaml")["distance_units"])
    + r")\s+"
    r"(?:[a-z-]+\s+){0,2}(?:of|from)\s+(?:the\s+)?(?:[a-z]+\s+)?(?:capital\s+|city\s+of\s+|town\s+of\s+)?$"
)
_UNIT_WORD = re.compile(r"\s(?:" + alternation(_WORDS["unit_words_after"]) + r")$", re.I)
_COMMA_GAP = re.compile(r"^(?:\s+(?:" + alternation(_WORDS["part_before_region_comma"]) + r"))?\s*,\s*$")


# "of southeastern", "in the", ", in the northern Afghan province of": only the words between a
# place and the region holding it
_HELD_BY_REGION = re.compile(
    r"^(?:\s+(?:"
    + alternation(_WORDS["part_before_region"])
    + r"))?\s*,?\s+(?:of|in)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}$"
)


def _region_beside(
    mentions: list[PlaceMention], results: list[Place | None], n: int, text: str, cc: str
) -> Place | None:
    """The region of country ``cc`` named right after mention ``n`` in its sentence ("... district
    of Helmand province") or just before it with a possessive ("Faryab's Shirin Tagab district")."""
    m = mentions[n]
    if n > 0 and re.fullmatch(r"['’]s\s+", text[mentions[n - 1].end : m.start]):
        place = results[n - 1]
        if place is not None and place.feature == "admin1" and place.country_code == cc:
            return place
    for k in range(n + 1, len(mentions)):
        q = mentions[k]
        gap = text[m.end : q.start]
        if q.start - m.end > REGION_REACH or re.search(r"[.;!?]\s", gap):
            break
        place = results[k]
        if place is not None and place.feature == "admin1" and place.country_code == cc:
            return place
    return None
