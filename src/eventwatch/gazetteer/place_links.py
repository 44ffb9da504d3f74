"""A town and the region or country written beside it ("San Carlos, Morazan Department",
"Aktobe, Kazakhstan", "Madagali Nigeria"): the container keeps the town's candidates to those it
holds, and a town the data lacks is kept, placed at its container."""

from __future__ import annotations

import re

from eventwatch.gazetteer.index import Index
from eventwatch.gazetteer.mention import PlaceMention
from eventwatch.gazetteer.neighbours import LINK
from eventwatch.gazetteer.spot_rules import SMALL_TOWN_POPULATION, SPOTTING, rules
from eventwatch.model import Place
from eventwatch.resources import alternation

# "Las Flores, in Morazan Department", "El Zapotal in Usulutan department": a link word before a region
_REGION_LINK = re.compile(
    r"^,?\s+(?:" + alternation(SPOTTING["region_link_words"]) + r")\s+(?:the\s+)?$", re.IGNORECASE
)


def link(index: Index, text: str, mentions: list[PlaceMention]) -> None:
    """Tie each town or region to the region or country written right after it."""
    idx = index
    for n in range(len(mentions) - 2, -1, -1):
        m, q = mentions[n], mentions[n + 1]
        if m.kind == "place" and q.kind == "place" and LINK.match(text[m.end : q.start]):
            _region_named_like_a_town(idx, m, q)
        if m.kind not in ("place", "admin1") or q.kind not in ("admin1", "country"):
            continue
        by_word = not LINK.match(text[m.end : q.start])
        if by_word and not _held_by_word(index, text, m, q):
            continue
        if q.kind == "country":
            fits = [i for i in m.ids if idx.cc_of(i) == q.country_code]
        elif q.ids:
            regions = set(q.ids)
            fits = [i for i in m.ids if idx.admin1_of(i) in regions]
        else:
            # a province the data lacks ("Balbalan, Kalinga province"): the town in its country
            fits = [i for i in m.ids if q.candidates and idx.cc_of(i) == q.candidates[0].country_code]
        if by_word and not fits and m.ids and not _wire_or_small(index, text, m):
            continue  # "Qatif in the Oriental province": a sizeable town is meant, not a namesake region
        m.qualifier = n + 1
        if text[m.end : q.start] == " " and (not fits or text[m.start : q.end].isupper()):
            continue  # only a town and its container are written side by side ("Madagali Nigeria")
        if fits:
            m.ids = fits
            ccs = {idx.cc_of(i) for i in fits}
            m.country_code = ccs.pop() if len(ccs) == 1 else None
            continue
        # the town is missing from the data: keep it, placed at its region or country
        anchor = q.candidates[0] if q.candidates else idx.place(q.ids[0]) if q.ids else None
        if anchor is None:
            continue
        name = m.text.title() if m.text.isupper() else m.text
        m.ids = []
        m.kind = "place"
        m.country_code = anchor.country_code
        m.candidates = [
            Place(
                name=name,
                country=anchor.country,
                country_code=anchor.country_code,
                admin1=anchor.admin1,
                lat=anchor.lat,
                lon=anchor.lon,
                precision=2 if anchor.feature == "admin1" else 3,
                feature="place",
            )
        ]


def _region_named_like_a_town(index: Index, m: PlaceMention, q: PlaceMention) -> None:
    """ "Remedios, Antioquia": the second name is also a region, and a town of the first name lies
    in it; the writer names the town by its region, not by a larger namesake town abroad (Antakya's
    old name). ``q`` becomes that region, so the link below keeps the town inside it."""
    regions = [i for i in q.all_ids or q.ids if index.kind_of(i) == "admin1"]
    holding = [r for r in regions if any(index.admin1_of(i) == r for i in m.ids)]
    if len(holding) != 1:
        return
    q.kind = "admin1"
    q.ids = holding
    q.country_code = index.cc_of(holding[0])


def _held_by_word(index: Index, text: str, m: PlaceMention, q: PlaceMention) -> bool:
    """ "NEAR EL ZAPOTAL, IN MORAZAN DEPARTMENT": a town, a link word and a region holding it; not
    a described part of a region ("IN THE EASTERN REGION OF ...")."""
    if q.kind != "admin1" or not _REGION_LINK.match(text[m.end : q.start]):
        return False
    first = q.text.split()[0].lower()
    return first not in rules().prefixes and not re.match(r"\s+of\b", text[q.end : q.end + 4], re.IGNORECASE)


def _wire_or_small(index: Index, text: str, m: PlaceMention) -> bool:
    """Whether a town known only abroad may yield to the region written after it: in wire capitals
    any name matches a hamlet somewhere; in mixed case only a small namesake yields."""
    return text[m.start : m.end].isupper() or max(index.population(i) for i in m.ids) < SMALL_TOWN_POPULATION
