"""Where a wire report's unplaced deeds happened: the town its scene-setting sentences name.

A wire report is filed from a town ("BOGOTA, 7 SEP 89 --") and a deed whose own sentences name no
place falls back to it. But a report often sets its scene before it tells any deed: "FEAR HAS
GRIPPED CALI FOR A WEEK. ... A BOMB WENT OFF IN A SHOE SHOP", or a paragraph opens "CALI, THE
CAPITAL OF VALLE DEL CAUCA, HAS BEEN UNDER A CURFEW SINCE SUNDAY. ... A BOMB WENT OFF". The town
such a sentence names, one telling no deed of its own, is where the unplaced deeds after it
happened (precision 2, as for any town a record only falls back to).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from eventwatch.model import Place
from eventwatch.resolve.facts import PlaceFact, SentenceFacts

if TYPE_CHECKING:
    from eventwatch.resolve.events import Draft


def _filed_town(places: list[PlaceFact], fallback: Place | None) -> Place | None:
    """The dateline's town, when the document's fallback place is it (a report filed abroad about
    another country falls back to a place of that country instead)."""
    if fallback is None or fallback.feature != "place":
        return None
    filed = next((f.place for f in places if f.dateline and f.place is not None), None)
    return filed if filed is not None and filed.geonames_id == fallback.geonames_id else None


def _other_towns(facts: SentenceFacts, filed: Place) -> list[tuple[Place, int]]:
    """The towns of the dateline's country other than its own that ``facts`` names as places."""
    return [
        (fact.place, fact.start)
        for fact in facts.places
        if fact.usable
        and not fact.dateline
        and fact.place is not None
        and fact.place.feature == "place"
        and fact.place.country_code == filed.country_code
        and fact.place.geonames_id != filed.geonames_id
    ]


def _as_fallback(town: Place) -> Place:
    return replace(town, precision=max(2, town.precision))


def lead_town(
    all_facts: list[SentenceFacts], places: list[PlaceFact], fallback: Place | None
) -> tuple[Place, int] | None:
    """The first town the opening paragraph names before it tells any deed, and where it is named;
    None when the report has no dateline town or its first sentence tells a deed (a lead that
    tells a deed keeps its town to that deed)."""
    filed = _filed_town(places, fallback)
    if filed is None or not all_facts:
        return None
    lead = all_facts[0].sentence.paragraph
    for facts in all_facts:
        if facts.live_triggers or facts.sentence.paragraph != lead:
            return None
        towns = _other_towns(facts, filed)
        if towns:
            return _as_fallback(towns[0][0]), towns[0][1]
    return None


def paragraph_town(
    all_facts: list[SentenceFacts], places: list[PlaceFact], draft: Draft, fallback: Place | None
) -> tuple[Place, int] | None:
    """The one town that sentences telling no deed name earlier in the paragraph of ``draft``'s
    first sentence, for a draft with no place of its own, and where it is first named; None for
    several ("control over San Miguel, Zacatecoluca and Santa Ana" is a list, not a scene)."""
    filed = _filed_town(places, fallback)
    if filed is None or draft.place is not None:
        return None
    first = draft.sentences[0].sentence
    towns: dict[tuple[int | None, str], tuple[Place, int]] = {}
    for facts in all_facts:
        if facts.sentence.index >= first.index:
            break
        if facts.sentence.paragraph == first.paragraph and not facts.live_triggers:
            for town, start in _other_towns(facts, filed):
                towns.setdefault((town.geonames_id, town.name), (town, start))
    if len(towns) != 1:
        return None
    [(town, start)] = towns.values()
    return _as_fallback(town), start
