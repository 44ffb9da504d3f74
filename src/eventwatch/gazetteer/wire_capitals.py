"""Wire copy in capitals: case says nothing about names there, so any word may be a village
somewhere. These checks tell such a text, the dateline at the head of a line, and which small
towns it may name at all."""

from __future__ import annotations

import re
from functools import lru_cache

from eventwatch.gazetteer.index import Index
from eventwatch.gazetteer.mention import PlaceMention
from eventwatch.gazetteer.neighbours import LINK
from eventwatch.gazetteer.spot_rules import SMALL_TOWN_POPULATION
from eventwatch.gazetteer.well_known import dominant_country

_DATELINE_TAIL = re.compile(r"\s*[,(—–-]")


@lru_cache(maxsize=16)  # asked for every mention of a document: count its letters once
def is_capitals(text: str) -> bool:
    """Wire copy in capitals: case says nothing about names."""
    head = text[:5000]
    upper = sum(map(str.isupper, head))  # map over the str method: no Python-level loop per character
    lower = sum(map(str.islower, head))
    return upper > 3 * lower


def dateline_shaped(text: str, start: int, end: int) -> bool:
    """A name in capitals at the start of a line, then a comma or a dash ("KABUL, 5 May")."""
    line = text.rfind("\n", 0, start) + 1
    return text[line:start].strip() == "" and bool(_DATELINE_TAIL.match(text, end))


def drop_unsupported(index: Index, text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """In capitals any word may be a village somewhere: a single-word name of small towns
    only counts in a country the document names (by a country, a demonym or a well-known
    place) or beside a region ("JUCUAPA, USULUTAN")."""
    idx = index

    def small(m: PlaceMention) -> bool:
        return (
            m.kind == "place"
            and len(m.text.split()) == 1  # "EL\nTRIUNFO" broken over a line is two words
            and bool(m.ids)
            and max(idx.population(i) for i in m.ids) < SMALL_TOWN_POPULATION
        )

    named = {m.country_code for m in mentions if m.country_code and not small(m)}
    # "1 KM FROM <VILLAGE>, NORTH OF BOGOTA": a big town's country, though namesakes share its name
    for m in mentions:
        cc = dominant_country(idx, m.ids) if m.kind == "place" and not m.country_code and not small(m) else None
        if cc:
            named.add(cc)
    kept = []
    for n, m in enumerate(mentions):
        beside = n + 1 < len(mentions) and LINK.match(text[m.end : mentions[n + 1].start])
        if small(m) and not beside:
            m.ids = [i for i in m.ids if idx.cc_of(i) in named]
            if not m.ids:
                continue
            ccs = {idx.cc_of(i) for i in m.ids}
            m.country_code = ccs.pop() if len(ccs) == 1 else None
        kept.append(m)
    return kept
